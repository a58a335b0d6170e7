"""A shared district database on PostgreSQL, checked as real logins through the database:
each role's allowed and refused writes (a refused write changes nothing), the village scope
through row-level security, the audit log that cannot be changed even by hand-written SQL,
a kelurahan's submitted year locked for its editors, and NOTIFY reaching another connection.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlalchemy import Engine

from tests.conftest import PG_URL
from tests.server import Server
from workbench.db.engine import session_scope
from workbench.domain.messages import UserError

pytestmark = pytest.mark.skipif(not PG_URL, reason="needs PKP_TEST_PG_URL (a PostgreSQL server)")


def _scalar(engine: Engine, sql: str, **params: object) -> object:
    with engine.connect() as conn:
        return conn.execute(sa.text(sql), params).scalar()


def _write(engine: Engine, sql: str, **params: object) -> None:
    """A hand-written statement in one unit of work (as the window's are)."""
    with session_scope(engine) as session:
        session.execute(sa.text(sql), params)


def _refused(engine: Engine, sql: str, **params: object) -> UserError:
    with pytest.raises(UserError) as info:
        _write(engine, sql, **params)
    return info.value


def _location_in(server: Server, village: str) -> int:
    return int(
        _scalar(  # type: ignore[arg-type]
            server.admin,
            "SELECT l.id FROM location l JOIN village v ON v.id = l.village_id"
            " WHERE v.name = :v ORDER BY l.id LIMIT 1",
            v=village,
        )
    )


def _assessment_in(server: Server, village: str) -> int:
    return int(
        _scalar(  # type: ignore[arg-type]
            server.admin,
            "SELECT a.id FROM assessment a WHERE a.location_id = :l ORDER BY a.year DESC LIMIT 1",
            l=_location_in(server, village),
        )
    )


def test_a_viewer_reads_and_changes_nothing(server: Server) -> None:
    viewer = server.as_("viewer")
    assert _scalar(viewer, "SELECT count(*) FROM stakeholder") > 0
    before = _scalar(server.admin, "SELECT name FROM stakeholder ORDER BY id LIMIT 1")
    error = _refused(
        viewer, "UPDATE stakeholder SET name = 'X' WHERE id = (SELECT min(id) FROM stakeholder)"
    )
    assert error.key == "not_permitted"
    assert "Anda tidak berhak mengubah pemangku kepentingan" in error.text("id")
    assert _scalar(server.admin, "SELECT name FROM stakeholder ORDER BY id LIMIT 1") == before
    assert (
        _refused(viewer, "INSERT INTO db_setting (key, value) VALUES ('x', 'y')").key
        == "not_permitted"
    )


def test_an_editor_changes_data_but_not_catalogues_nor_approvals(server: Server) -> None:
    editor = server.as_("editor")
    _write(
        editor,
        "UPDATE stakeholder SET notes = 'dicek editor'"
        " WHERE id = (SELECT min(id) FROM stakeholder)",
    )
    assert (
        _scalar(server.admin, "SELECT notes FROM stakeholder ORDER BY id LIMIT 1") == "dicek editor"
    )
    sources = _scalar(server.admin, "SELECT count(*) FROM funding_source")
    error = _refused(editor, "INSERT INTO funding_source (name, active) VALUES ('Dana Baru', true)")
    assert error.key == "not_permitted" and "sumber dana (katalog)" in error.text("id")
    assert _scalar(server.admin, "SELECT count(*) FROM funding_source") == sources
    plan = _scalar(
        server.admin, "SELECT id FROM plan_version WHERE status = 'draft' ORDER BY id LIMIT 1"
    )
    assert plan is not None
    error = _refused(editor, "UPDATE plan_version SET status = 'approved' WHERE id = :p", p=plan)
    assert error.key == "not_permitted_approve"
    assert _scalar(server.admin, "SELECT status FROM plan_version WHERE id = :p", p=plan) == "draft"
    assert _refused(editor, "DELETE FROM priority_list").key == "not_permitted"


def test_only_an_approver_approves_and_then_nobody_else_changes_the_plan(server: Server) -> None:
    approver, editor = server.as_("approver"), server.as_("editor")
    with server.admin.begin() as conn:
        plan = conn.execute(
            sa.text(
                "INSERT INTO plan_version (district_id, version_no, name, period_start, period_end,"
                " status, approved_by, snapshot_json, fingerprint, created_at, version)"
                " SELECT id, 99, 'uji', 2025, 2029, 'draft', '', '', '', now(), 1 FROM district"
                " RETURNING id"
            )
        ).scalar_one()
    _write(approver, "UPDATE plan_version SET status = 'approved' WHERE id = :p", p=plan)
    assert (
        _scalar(server.admin, "SELECT status FROM plan_version WHERE id = :p", p=plan) == "approved"
    )
    assert _refused(editor, "UPDATE plan_version SET name = 'x' WHERE id = :p", p=plan).key == (
        "not_permitted_approve"
    )
    assert _refused(editor, "DELETE FROM plan_version WHERE id = :p", p=plan).key == (
        "not_permitted_approve"
    )


def test_the_village_scope_is_row_level_security(server: Server) -> None:
    scoped = server.as_("scoped")
    inside, outside = (
        _assessment_in(server, server.village_a),
        _assessment_in(server, server.village_b),
    )
    _write(scoped, "UPDATE assessment SET notes = 'dari kelurahan' WHERE id = :a", a=inside)
    assert (
        _scalar(server.admin, "SELECT notes FROM assessment WHERE id = :a", a=inside)
        == "dari kelurahan"
    )
    before = _scalar(server.admin, "SELECT notes FROM assessment WHERE id = :a", a=outside)
    error = _refused(scoped, "UPDATE assessment SET notes = 'menyusup' WHERE id = :a", a=outside)
    assert error.key == "not_permitted_scope" and "penilaian RT" in error.text("id")
    assert _scalar(server.admin, "SELECT notes FROM assessment WHERE id = :a", a=outside) == before
    assert _refused(
        scoped, "DELETE FROM assessment_volume WHERE assessment_id = :a", a=outside
    ).key == ("not_permitted_scope")
    # moving a unit of their own village to another one is a write outside the scope too
    loc = _location_in(server, server.village_a)
    other = _scalar(server.admin, "SELECT id FROM village WHERE name = :v", v=server.village_b)
    assert _refused(
        scoped, "UPDATE location SET village_id = :o WHERE id = :l", o=other, l=loc
    ).key == ("not_permitted_scope")
    # an RT unit added outside the scope: the policy's check on the new row
    assert (
        _refused(
            scoped,
            "INSERT INTO location (code, name, village_id, rw, rt, created_at, version)"
            " VALUES ('LUAR', '', :o, '', '', now(), 1)",
            o=other,
        ).key
        == "not_permitted_scope"
    )
    # district-wide data is not a kelurahan team's
    assert _refused(scoped, "UPDATE stakeholder SET notes = 'x'").key == "not_permitted_scope"
    # reading is not limited
    assert _scalar(scoped, "SELECT count(*) FROM assessment") == _scalar(
        server.admin, "SELECT count(*) FROM assessment"
    )


def test_the_audit_log_is_insert_only_and_names_the_login(server: Server) -> None:
    editor = server.as_("editor")
    _write(
        editor,
        'INSERT INTO audit_log ("user", entity, entity_id, action, field, db_user)'
        " VALUES ('ui', 'stakeholder', 1, 'update', 'notes', 'seseorang lain')",
    )
    last = _scalar(server.admin, "SELECT db_user FROM audit_log ORDER BY id DESC LIMIT 1")
    assert last == server.logins["editor"]  # the trigger's, not what the statement said
    count = _scalar(server.admin, "SELECT count(*) FROM audit_log")
    for sql in (
        "UPDATE audit_log SET new_value = 'dipalsukan'",
        "DELETE FROM audit_log",
        "TRUNCATE audit_log",
    ):
        assert _refused(editor, sql).key in {"not_permitted_audit"}
    # not even the owner of the tables may
    assert _refused(server.admin, "DELETE FROM audit_log").key == "not_permitted_audit"
    assert _scalar(server.admin, "SELECT count(*) FROM audit_log") == count


def test_users_and_identity(server: Server) -> None:
    from workbench.services.server import APPROVER, EDITOR, VIEWER, identity, users

    listed = {g.login: g for g in users(server.admin)}
    assert listed[server.logins["viewer"]].role == VIEWER
    assert listed[server.logins["scoped"]].role == EDITOR
    assert listed[server.logins["scoped"]].villages == (server.village_a,)
    assert listed[server.logins["approver"]].role == APPROVER
    assert server.logins["other"] not in listed
    with session_scope(server.as_("scoped")) as session:
        me = identity(session)
    assert me.login == server.logins["scoped"] and me.role == EDITOR
    assert me.may_edit and not me.may_approve and not me.district_wide
    with session_scope(server.as_("viewer")) as session:
        assert not identity(session).may_edit


def test_a_login_without_a_role_cannot_connect(server: Server) -> None:
    other = server.as_("other")
    with pytest.raises(sa.exc.OperationalError):
        _scalar(other, "SELECT 1")


def test_grant_refuses_unknown_logins_roles_and_villages(server: Server) -> None:
    from workbench.services.server import grant

    with pytest.raises(UserError) as info:
        grant(server.admin, "tidak_ada_login_ini", "editor")
    assert info.value.key == "server_login_unknown"
    with pytest.raises(UserError) as info:
        grant(server.admin, server.logins["other"], "kepala")
    assert info.value.key == "server_role_unknown"
    with pytest.raises(UserError) as info:
        grant(server.admin, server.logins["other"], "editor", villages=["Kelurahan Fiktif"])
    assert info.value.key == "server_village_unknown"
    assert server.logins["other"] not in {
        g.login
        for g in __import__("workbench.services.server", fromlist=["users"]).users(server.admin)
    }


def test_a_submitted_year_is_locked_for_its_editors_until_returned(server: Server) -> None:
    scoped, approver = server.as_("scoped"), server.as_("approver")
    aid = _assessment_in(server, server.village_a)
    village, year = (
        _scalar(
            server.admin,
            "SELECT l.village_id FROM assessment a JOIN location l ON l.id = a.location_id"
            " WHERE a.id = :a",
            a=aid,
        ),
        _scalar(server.admin, "SELECT year FROM assessment WHERE id = :a", a=aid),
    )
    submit = (
        "INSERT INTO village_submission (village_id, year, status, reason, by)"
        " VALUES (:v, :y, :s, '', '')"
    )
    # an editor cannot approve their own
    assert _refused(scoped, submit, v=village, y=year, s="disetujui").key == "not_permitted_decide"
    _write(scoped, submit, v=village, y=year, s="diajukan")
    assert (
        _scalar(server.admin, "SELECT by FROM village_submission ORDER BY id DESC LIMIT 1")
        == server.logins["scoped"]
    )
    assert _refused(
        scoped, "UPDATE assessment SET notes = 'terlambat' WHERE id = :a", a=aid
    ).key == ("not_permitted_scope")
    _write(approver, submit, v=village, y=year, s="dikembalikan")
    _write(scoped, "UPDATE assessment SET notes = 'diperbaiki' WHERE id = :a", a=aid)
    assert (
        _scalar(server.admin, "SELECT notes FROM assessment WHERE id = :a", a=aid) == "diperbaiki"
    )


def test_notify_reaches_another_connection(server: Server) -> None:
    import psycopg

    url = sa.engine.make_url(server.url)
    dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn, autocommit=True) as listener:
        listener.execute("LISTEN pkp_changes")
        _write(
            server.as_("editor"),
            "UPDATE stakeholder SET notes = 'diberitahukan'"
            " WHERE id = (SELECT min(id) FROM stakeholder)",
        )
        got = [n.payload for n in listener.notifies(timeout=5, stop_after=1)]
    assert got and got[0].startswith("stakeholder")


def test_the_command_line_grants_and_lists(
    server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    from workbench.cli import main

    kecamatan = _scalar(
        server.admin,
        "SELECT d.name FROM subdistrict d JOIN village v ON v.subdistrict_id = d.id"
        " WHERE v.name = :v",
        v=server.village_b,
    )
    login = server.logins["other"]
    assert (
        main(
            ["server", "grant", login, "editor", "--kecamatan", str(kecamatan), "--db", server.url]
        )
        == 0
    )
    assert f"{login}: pkp_editor (Kec. {kecamatan})" in capsys.readouterr().out
    assert main(["server", "users", "--db", server.url]) == 0
    listed = capsys.readouterr().out
    assert f"{login}\tpkp_editor\tKec. {kecamatan}" in listed
    assert f"{server.logins['viewer']}\tpkp_viewer\twhole district" in listed
    # the kecamatan's villages are theirs; another kecamatan's are not
    other = server.as_("other")
    inside = _assessment_in(server, server.village_b)
    _write(other, "UPDATE assessment SET notes = 'kecamatan' WHERE id = :a", a=inside)
    assert main(["server", "grant", login, "none", "--db", server.url]) == 0
    assert f"{login}: no role here any more" in capsys.readouterr().out
    assert main(["server", "grant", login, "kepala", "--db", server.url]) == 1
    assert "Unknown role" in capsys.readouterr().err


def test_submitting_through_the_service_as_logins(server: Server) -> None:
    from workbench.services import submissions as sub

    scoped, editor, approver = server.as_("scoped"), server.as_("editor"), server.as_("approver")
    with session_scope(server.admin) as s:
        year = sub.years(s)[0]  # (the other test locked the latest year of village A)
        rows = {v.village: v for v in sub.village_years(s, year)}
    mine, theirs = rows[server.village_a], rows[server.village_b]
    with pytest.raises(UserError) as info, session_scope(scoped) as s:
        sub.submit(s, theirs.village_id, year)
    assert info.value.key == "submission_not_yours"
    with session_scope(scoped) as s:
        sub.submit(s, mine.village_id, year)
    with pytest.raises(UserError) as info, session_scope(editor) as s:
        sub.approve(s, mine.village_id, year)
    assert info.value.key == "not_permitted_decide"
    with session_scope(approver) as s:
        sub.approve(s, mine.village_id, year)
    with session_scope(server.admin) as s:
        steps = next(v for v in sub.village_years(s, year) if v.village == server.village_a).steps
    assert [(st.status, st.by) for st in steps[-2:]] == [
        (sub.SUBMITTED, server.logins["scoped"]),
        (sub.APPROVED, server.logins["approver"]),
    ]


def test_a_change_written_by_hand_counts_as_a_new_version(server: Server) -> None:
    from workbench.services.versions import version_of

    with session_scope(server.admin) as s:
        sid = s.execute(sa.text("SELECT min(id) FROM stakeholder")).scalar_one()
        before = version_of(s, "stakeholder", sid)
    _write(server.as_("editor"), "UPDATE stakeholder SET phone = '0812' WHERE id = :s", s=sid)
    with session_scope(server.admin) as s:
        assert version_of(s, "stakeholder", sid) == before + 1
    # the program's own writes still count one each (it names the next version itself)
    from workbench.services import collaboration as svc

    with session_scope(server.as_("editor")) as s:
        svc.update_stakeholder(s, sid, {"phone": "0813"}, user="ui")
    with session_scope(server.admin) as s:
        assert version_of(s, "stakeholder", sid) == before + 2


def test_a_client_killed_in_the_middle_of_a_write_leaves_nothing_half_done(
    server: Server,
) -> None:
    """kill -9 of a program in the middle of its unit of work (an import): the server
    rolls the whole of it back, and the rows it held are free for the others at once."""
    import signal
    import subprocess
    import sys
    import textwrap

    editor_url = sa.engine.make_url(server.url).set(username=server.logins["editor"])
    script = textwrap.dedent(
        f"""
        import sys, time
        import sqlalchemy as sa
        from workbench.db.engine import make_engine, session_scope
        engine = make_engine({editor_url.render_as_string(hide_password=False)!r})
        with session_scope(engine) as s:
            s.execute(sa.text("UPDATE stakeholder SET notes = 'setengah jalan'"))
            s.execute(sa.text(
                "INSERT INTO db_setting (key, value) VALUES ('impor-terputus', 'x')"))
            print("ready", flush=True)
            time.sleep(60)
        """
    )
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
    assert (
        _scalar(server.admin, "SELECT count(*) FROM stakeholder WHERE notes = 'setengah jalan'")
        == 0
    )
    assert (
        _scalar(server.admin, "SELECT count(*) FROM db_setting WHERE key = 'impor-terputus'") == 0
    )
    # its row locks went with it: another login writes the same rows without waiting
    editor = server.as_("editor")
    with editor.connect() as conn:
        conn.exec_driver_sql("SET lock_timeout = '5s'")
        conn.execute(
            sa.text(
                "UPDATE stakeholder SET notes = notes WHERE id = (SELECT min(id) FROM stakeholder)"
            )
        )
        conn.commit()


PG_TCP = __import__("os").environ.get("PKP_TEST_PG_TCP", "")


@pytest.mark.skipif(not PG_TCP, reason="needs PKP_TEST_PG_TCP (the server over TCP, passwords)")
def test_a_login_whose_server_asks_for_a_password_is_asked_and_never_stored(
    server: Server,
) -> None:
    from workbench.db.engine import connect_engine, has_password, without_password
    from workbench.services.server import grant

    login = server.logins["other"]
    url = server.over_tcp("other", "rahasia-1", "viewer")
    asked: list[str] = []
    with pytest.raises(sa.exc.OperationalError):
        connect_engine(url, lambda who: asked.append(who) or None)  # the user cancels
    assert len(asked) == 1 and login in asked[0] and "rahasia" not in asked[0]
    wrong_then_right = iter(["salah", "rahasia-1"])
    engine = connect_engine(url, lambda _who: next(wrong_then_right))
    try:
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT session_user")).scalar() == login
        assert has_password(str(engine.url.render_as_string(hide_password=False)))
        assert "rahasia" not in without_password(engine.url.render_as_string(False))
    finally:
        engine.dispose()
        grant(server.admin, login, "none")
