"""A Pokja team on one PostgreSQL server: the group roles, what each may do, enforced by the
database itself (GRANTs, row-level security for a login's villages, triggers), and who the
connected login is.

Four group roles, each with what the one below it may do:

- ``pkp_viewer`` reads everything;
- ``pkp_editor`` changes the district's data; a login limited to some villages
  (``user_scope``) changes only their RT units, assessments, maps and coverage, and nothing
  district-wide (stakeholders, priorities, programme), and submits their villages' years;
- ``pkp_approver`` also approves plans, freezes agreed lists, and approves or returns a
  kelurahan's submitted year;
- ``pkp_admin`` also manages the catalogues (funding sources, activity types, the district)
  and who has which role.

The audit log is insert-only for everyone (its triggers refuse an UPDATE, a DELETE or a
TRUNCATE, and write the session's login into every entry). Every committed change sends a
notification (``pkp_changes``) that the other windows turn into a refresh.

``setup_server`` is idempotent: ``server init`` runs it after the migrations, and again
after an upgrade. Role names are the server's (a PostgreSQL role belongs to the cluster);
each database grants CONNECT only to the logins given a role in it, and keeps its own
village scopes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, text
from sqlalchemy.orm import Session

from workbench.db.base import Base
from workbench.domain.messages import UserError

VIEWER, EDITOR, APPROVER, ADMIN = "pkp_viewer", "pkp_editor", "pkp_approver", "pkp_admin"
ROLES = (VIEWER, EDITOR, APPROVER, ADMIN)  # each one may do what those before it may
ROLE_ALIASES = {
    "viewer": VIEWER,
    "editor": EDITOR,
    "approver": APPROVER,
    "admin": ADMIN,
    **{r: r for r in ROLES},
}
NOTIFY_CHANNEL = "pkp_changes"
NO_ROLE = "none"

# the village a row belongs to, as SQL over the row's columns: a login limited to some
# villages may change these rows only there
_LOCATION_VILLAGE = "(SELECT l.village_id FROM location l WHERE l.id = {col})"
_ASSESSMENT_VILLAGE = (
    "(SELECT l.village_id FROM assessment a JOIN location l ON l.id = a.location_id"
    " WHERE a.id = {col})"
)
SCOPED: dict[str, str] = {
    "location": "village_id",
    "assessment": _LOCATION_VILLAGE.format(col="location_id"),
    "assessment_volume": _ASSESSMENT_VILLAGE.format(col="assessment_id"),
    "assessment_history": _ASSESSMENT_VILLAGE.format(col="assessment_id"),
    "shape": "COALESCE(village_id, " + _LOCATION_VILLAGE.format(col="location_id") + ")",
    "coverage": "village_id",
    "village_submission": "village_id",
}
# a kelurahan's submitted (or approved) year is locked for its editors: these tables, with
# the year of the row
LOCKED_BY_SUBMISSION: dict[str, tuple[str, str]] = {
    "assessment": (_LOCATION_VILLAGE.format(col="location_id"), "year"),
    "assessment_volume": (
        _ASSESSMENT_VILLAGE.format(col="assessment_id"),
        "(SELECT a.year FROM assessment a WHERE a.id = assessment_id)",
    ),
}
ADMIN_ONLY = ("district", "funding_source", "activity_type", "user_scope")
APPROVER_ONLY = ("priority_list",)
READ_ONLY = ("alembic_version",)
INSERT_ONLY = ("audit_log",)
# no row policy: remembered column mappings (anyone who imports), and the scopes themselves
# (written by the admin only, through the GRANT)
UNGUARDED = ("db_setting", "user_scope")


def _tables() -> list[str]:
    return sorted(Base.metadata.tables)


def is_postgresql(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


def _require_postgresql(engine: Engine) -> None:
    if not is_postgresql(engine):
        raise UserError("server_needs_postgresql")


def _quote(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote_identifier(name)


_FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION pkp_unscoped() RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT NOT EXISTS (SELECT 1 FROM user_scope WHERE login = session_user)
$$;

CREATE OR REPLACE FUNCTION pkp_in_scope(v integer) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT pkp_unscoped() OR EXISTS (
    SELECT 1 FROM user_scope s
    WHERE s.login = session_user
      AND (s.village_id = v
           OR s.subdistrict_id = (SELECT subdistrict_id FROM village WHERE id = v)))
$$;

CREATE OR REPLACE FUNCTION pkp_is(role_name text) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT pg_has_role(session_user, role_name, 'USAGE')
      OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)
$$;

-- a kelurahan's year, once submitted or approved, is changed only by an approver
CREATE OR REPLACE FUNCTION pkp_year_open(v integer, y integer) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT pkp_is('{APPROVER}') OR COALESCE((
    SELECT s.status = 'dikembalikan' FROM village_submission s
    WHERE s.village_id = v AND s.year = y ORDER BY s.id DESC LIMIT 1), true)
$$;

CREATE OR REPLACE FUNCTION pkp_refuse(what text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'pkp: %', what USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE OR REPLACE FUNCTION pkp_audit_stamp() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.db_user := session_user;
  NEW.at := now();
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION pkp_audit_frozen() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pkp_refuse('audit_log is insert-only');
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION pkp_plan_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF pkp_is('{APPROVER}') THEN
    RETURN COALESCE(NEW, OLD);
  END IF;
  IF TG_OP <> 'INSERT' AND OLD.status = 'approved' THEN
    PERFORM pkp_refuse('plan_version approved');
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.status = 'approved' THEN
    PERFORM pkp_refuse('plan_version approve');
  END IF;
  RETURN COALESCE(NEW, OLD);
END $$;

CREATE OR REPLACE FUNCTION pkp_submission_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status <> 'diajukan' AND NOT pkp_is('{APPROVER}') THEN
    PERFORM pkp_refuse('village_submission ' || NEW.status);
  END IF;
  NEW.by := session_user;
  NEW.at := now();
  RETURN NEW;
END $$;

-- the old row of an UPDATE or DELETE must be in the login's scope too (the policies check
-- the new row; a row outside the scope is refused in words, not skipped without a word)
CREATE OR REPLACE FUNCTION pkp_scope_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  ok boolean;
BEGIN
  -- the common case first, without the row: a district-wide login, no year locked for it
  IF pkp_unscoped() AND (pkp_is('{APPROVER}') OR NOT EXISTS (SELECT 1 FROM village_submission))
  THEN
    RETURN COALESCE(NEW, OLD);
  END IF;
  EXECUTE format('SELECT %s FROM (SELECT ($1).*) AS r', TG_ARGV[0]) INTO ok USING OLD;
  IF NOT ok THEN
    PERFORM pkp_refuse(TG_TABLE_NAME || ' scope');
  END IF;
  RETURN COALESCE(NEW, OLD);
END $$;

-- a change written by hand (psql, another tool) counts as a change of the record too: the
-- program sets the next version itself, anything else has it set here
CREATE OR REPLACE FUNCTION pkp_version_bump() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.version = OLD.version THEN
    NEW.version := OLD.version + 1;
  END IF;
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION pkp_notify() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('{NOTIFY_CHANNEL}',
                    TG_TABLE_NAME || ' ' || current_setting('application_name', true));
  RETURN NULL;
END $$;
"""


# what does not depend on the row, in a scalar subquery: PostgreSQL evaluates it once per
# statement (an InitPlan), not once per row, so a district-wide editor's import of a
# province pays for the row checks only where there is something to check
UNSCOPED_ONCE = "(SELECT pkp_unscoped())"
OPEN_ONCE = f"(SELECT pkp_is('{APPROVER}') OR NOT EXISTS (SELECT 1 FROM village_submission))"


def _write_check(table: str) -> str:
    """The SQL a row of ``table`` must satisfy to be written by the session's login."""
    if table in SCOPED:
        check = f"({UNSCOPED_ONCE} OR pkp_in_scope({SCOPED[table]}))"
        if table in LOCKED_BY_SUBMISSION:
            village, year = LOCKED_BY_SUBMISSION[table]
            check += f" AND ({OPEN_ONCE} OR pkp_year_open({village}, {year}))"
        return check
    return UNSCOPED_ONCE


def _policies(conn: Connection, table: str) -> None:
    t = _quote(conn, table)
    conn.exec_driver_sql(f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY")
    for name in ("pkp_read", "pkp_insert", "pkp_update", "pkp_delete"):
        conn.exec_driver_sql(f"DROP POLICY IF EXISTS {name} ON {t}")
    check = _write_check(table)
    conn.exec_driver_sql(f"CREATE POLICY pkp_read ON {t} FOR SELECT USING (true)")
    conn.exec_driver_sql(f"CREATE POLICY pkp_insert ON {t} FOR INSERT WITH CHECK ({check})")
    conn.exec_driver_sql(
        f"CREATE POLICY pkp_update ON {t} FOR UPDATE USING (true) WITH CHECK ({check})"
    )
    conn.exec_driver_sql(f"CREATE POLICY pkp_delete ON {t} FOR DELETE USING (true)")
    conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS pkp_scope_guard ON {t}")
    literal = check.replace("'", "''")
    conn.exec_driver_sql(
        f"CREATE TRIGGER pkp_scope_guard BEFORE UPDATE OR DELETE ON {t} FOR EACH ROW"
        f" EXECUTE FUNCTION pkp_scope_guard('{literal}')"
    )


def _trigger(
    conn: Connection, table: str, name: str, events: str, function: str = "", row: bool = False
) -> None:
    t = _quote(conn, table)
    level = "FOR EACH ROW" if row else "FOR EACH STATEMENT"
    conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON {t}")
    conn.exec_driver_sql(
        f"CREATE TRIGGER {name} {events} ON {t} {level} EXECUTE FUNCTION {function or name}()"
    )


def setup_server(engine: Engine) -> None:
    """The roles, their privileges, the policies and triggers (again, when there already)."""
    _require_postgresql(engine)
    with engine.begin() as conn:
        for role in ROLES:
            exists = conn.execute(
                text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}
            ).first()
            if exists is None:
                conn.exec_driver_sql(f"CREATE ROLE {role} NOLOGIN")
        for lower, higher in zip(ROLES, ROLES[1:], strict=False):
            conn.exec_driver_sql(f"GRANT {lower} TO {higher}")
        me = conn.execute(text("SELECT current_user")).scalar_one()
        is_super = conn.execute(
            text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
        ).scalar_one()
        if not is_super:
            conn.exec_driver_sql(f"GRANT {ADMIN} TO {_quote(conn, me)} WITH ADMIN OPTION")
        database = _quote(conn, conn.execute(text("SELECT current_database()")).scalar_one())
        conn.exec_driver_sql(f"REVOKE ALL ON DATABASE {database} FROM PUBLIC")
        conn.exec_driver_sql(
            f"GRANT CONNECT, TEMPORARY ON DATABASE {database} TO {_quote(conn, me)}"
        )
        conn.exec_driver_sql("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
        conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {VIEWER}")
        conn.exec_driver_sql(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {VIEWER}")
        conn.exec_driver_sql(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {EDITOR}")
        conn.exec_driver_sql(_FUNCTIONS.replace("%", "%%"))  # no parameters: % is itself
        for table in _tables():
            t = _quote(conn, table)
            conn.exec_driver_sql(f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {t} FROM PUBLIC")
            for role in ROLES:
                conn.exec_driver_sql(f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {t} FROM {role}")
            if table in READ_ONLY:
                continue
            if table in INSERT_ONLY:
                conn.exec_driver_sql(f"GRANT INSERT ON {t} TO {EDITOR}")
                continue
            writer = (
                ADMIN if table in ADMIN_ONLY else APPROVER if table in APPROVER_ONLY else EDITOR
            )
            conn.exec_driver_sql(f"GRANT INSERT, UPDATE, DELETE ON {t} TO {writer}")
            if table not in UNGUARDED:
                _policies(conn, table)
            _trigger(conn, table, "pkp_notify", "AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE")
            if "version" in Base.metadata.tables[table].c:
                _trigger(conn, table, "pkp_version_bump", "BEFORE UPDATE", row=True)
        _trigger(conn, "audit_log", "pkp_audit_stamp", "BEFORE INSERT", row=True)
        _trigger(conn, "audit_log", "pkp_audit_frozen", "BEFORE UPDATE OR DELETE", row=True)
        _trigger(conn, "audit_log", "pkp_audit_no_truncate", "BEFORE TRUNCATE", "pkp_audit_frozen")
        _trigger(
            conn, "plan_version", "pkp_plan_guard", "BEFORE INSERT OR UPDATE OR DELETE", row=True
        )
        _trigger(conn, "village_submission", "pkp_submission_guard", "BEFORE INSERT", row=True)


def init_server(engine: Engine, district: str, province: str = "") -> None:
    """A shared district database: the schema (the migrations), the district, the roles."""
    _require_postgresql(engine)
    from workbench.db.engine import session_scope
    from workbench.db.migrate import upgrade_if_needed
    from workbench.db.models import District

    upgrade_if_needed(engine)
    with session_scope(engine) as session:
        present = session.query(District).first()
        if present is None:
            session.add(District(code=_district_code(district), name=district, province=province))
        elif district and present.name != district:
            raise UserError("server_other_district", name=present.name, given=district)
    setup_server(engine)


def _district_code(name: str) -> str:
    import re

    return re.sub(r"[^A-Z0-9]+", "-", name.upper()).strip("-")[:20] or "DISTRIK"


@dataclass(frozen=True)
class Grantee:
    login: str
    role: str
    villages: tuple[str, ...] = ()  # the village (and kecamatan) names of the scope; none: all


def grant(
    engine: Engine,
    login: str,
    role: str,
    villages: list[str] | None = None,
    kecamatan: str | None = None,
) -> Grantee:
    """Give ``login`` one role in this district database (its other pkp roles taken away),
    limited to some villages or one kecamatan, or the whole district. ``role`` "none"
    takes every role away."""
    _require_postgresql(engine)
    from workbench.db.models import Subdistrict, UserScope, Village

    wanted = role.strip().lower()
    if wanted != "none" and wanted not in ROLE_ALIASES:
        raise UserError("server_role_unknown", role=role, roles=", ".join(ROLES))
    with engine.begin() as conn:
        if (
            conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login}).first()
            is None
        ):
            raise UserError("server_login_unknown", login=login)
        if login in ROLES:
            raise UserError("server_role_unknown", role=login, roles="LOGIN")
        session = Session(bind=conn)
        scope: list[UserScope] = []
        names: list[str] = []
        for name in villages or []:
            found = session.query(Village).filter(Village.name.ilike(name.strip())).all()
            if len(found) != 1:
                raise UserError("server_village_unknown", name=name.strip(), count=len(found))
            scope.append(UserScope(login=login, village_id=found[0].id))
            names.append(found[0].name)
        if kecamatan:
            sub = session.query(Subdistrict).filter(Subdistrict.name.ilike(kecamatan.strip())).all()
            if len(sub) != 1:
                raise UserError("server_kecamatan_unknown", name=kecamatan.strip(), count=len(sub))
            scope.append(UserScope(login=login, subdistrict_id=sub[0].id))
            names.append(f"Kec. {sub[0].name}")
        q = _quote(conn, login)
        for r in ROLES:
            conn.exec_driver_sql(f"REVOKE {r} FROM {q}")
        database = _quote(conn, conn.execute(text("SELECT current_database()")).scalar_one())
        session.query(UserScope).filter(UserScope.login == login).delete()
        if wanted == "none":
            conn.exec_driver_sql(f"REVOKE CONNECT ON DATABASE {database} FROM {q}")
            session.flush()
            return Grantee(login, "none")
        target = ROLE_ALIASES[wanted]
        conn.exec_driver_sql(f"GRANT {target} TO {q}")
        conn.exec_driver_sql(f"GRANT CONNECT ON DATABASE {database} TO {q}")
        session.add_all(scope)
        session.flush()
    return Grantee(login, target, tuple(names))


def users(engine: Engine) -> list[Grantee]:
    """Who has which role here, and where."""
    _require_postgresql(engine)
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT m.rolname, g.rolname FROM pg_auth_members am"
                " JOIN pg_roles g ON g.oid = am.roleid JOIN pg_roles m ON m.oid = am.member"
                " WHERE g.rolname = ANY(:roles) AND NOT (m.rolname = ANY(:roles))"
                " ORDER BY m.rolname"
            ),
            {"roles": list(ROLES)},
        ).all()
        scopes: dict[str, list[str]] = {}
        for login, village, kecamatan in conn.execute(
            text(
                "SELECT s.login, v.name, d.name FROM user_scope s"
                " LEFT JOIN village v ON v.id = s.village_id"
                " LEFT JOIN subdistrict d ON d.id = s.subdistrict_id ORDER BY s.id"
            )
        ):
            scopes.setdefault(login, []).append(village if village else f"Kec. {kecamatan}")
    best: dict[str, str] = {}
    for login, role in rows:
        if ROLES.index(role) >= ROLES.index(best.get(login, VIEWER)):
            best[login] = role
    return [Grantee(login, role, tuple(scopes.get(login, ()))) for login, role in best.items()]


@dataclass(frozen=True)
class Identity:
    """Who the window is connected as, and what that login may do here."""

    login: str
    role: str | None  # the highest pkp role (or NO_ROLE); None: a database without roles
    villages: tuple[str, ...] = ()
    village_ids: frozenset[int] = field(default_factory=frozenset)

    def at_least(self, role: str) -> bool:
        if self.role is None:
            return True
        return self.role in ROLES and ROLES.index(self.role) >= ROLES.index(role)

    @property
    def may_edit(self) -> bool:
        return self.at_least(EDITOR)

    @property
    def may_approve(self) -> bool:
        return self.at_least(APPROVER)

    @property
    def may_administer(self) -> bool:
        return self.at_least(ADMIN)

    @property
    def district_wide(self) -> bool:
        return not self.villages

    def may_change_village(self, village_id: int) -> bool:
        """Whether this login may change a village's data (its role and its scope)."""
        return self.may_edit and (not self.village_ids or village_id in self.village_ids)


def identity(session: Session) -> Identity:
    """The connected login and its role (PostgreSQL); on SQLite the computer's user, who may
    do everything."""
    if session.get_bind().dialect.name != "postgresql":
        return Identity(local_user(), None)
    login, is_super = session.execute(
        text("SELECT session_user, rolsuper FROM pg_roles WHERE rolname = session_user")
    ).one()
    present = {
        r
        for (r,) in session.execute(
            text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:roles)"), {"roles": list(ROLES)}
        )
    }
    if not present:
        return Identity(login, None)  # a database set up without roles: one user, as on SQLite
    if is_super:
        return Identity(login, ADMIN)
    role = NO_ROLE  # connected, but given no role here: may do nothing
    for r in ROLES:
        if (
            r in present
            and session.execute(
                text("SELECT pg_has_role(session_user, :r, 'USAGE')"), {"r": r}
            ).scalar_one()
        ):
            role = r
    names: list[str] = []
    ids: set[int] = set()
    for village_id, village, sub_id, kecamatan in session.execute(
        text(
            "SELECT s.village_id, v.name, s.subdistrict_id, d.name FROM user_scope s"
            " LEFT JOIN village v ON v.id = s.village_id"
            " LEFT JOIN subdistrict d ON d.id = s.subdistrict_id"
            " WHERE s.login = session_user ORDER BY s.id"
        )
    ):
        if village_id is not None:
            names.append(village)
            ids.add(village_id)
        else:
            names.append(f"Kec. {kecamatan}")
            ids.update(
                v
                for (v,) in session.execute(
                    text("SELECT id FROM village WHERE subdistrict_id = :s"), {"s": sub_id}
                )
            )
    return Identity(login, role, tuple(names), frozenset(ids))


def local_user() -> str:
    """The computer's user name (who wrote a change on SQLite)."""
    from workbench.db.guards import local_user

    return local_user()
