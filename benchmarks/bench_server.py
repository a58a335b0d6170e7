"""A Pokja team on one PostgreSQL server: what the roles the database enforces cost.

The same province-scale baseline (16,667 RT units x 3 years = 50,001 RT-years) is stored
once into a database without roles, as its owner, and once into one set up with
``server init``, as an editor's login (row-level security checks every row written, the
triggers count versions and send one notification per statement). Then the scoring tab's
rows are read as a viewer, a scoped editor changes one kecamatan's notes, and a listener
on another connection times the notification of a committed change.

    PKP_BENCH_PG_URL=postgresql+psycopg://postgres@/postgres?host=/tmp/pg&port=5432 \\
        uv run python benchmarks/bench_server.py [--scale city|province]

The URL's login must be allowed to create databases and roles (a throw-away cluster).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the helper beside us
from _timing import timed  # noqa: E402

SCALES = {"city": 500, "province": 16_667}
YEARS = (2023, 2024, 2025)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", choices=SCALES, default="province")
    args = parser.parse_args()
    admin_url = os.environ.get("PKP_BENCH_PG_URL") or os.environ.get("PKP_TEST_PG_URL")
    if not admin_url:
        print("set PKP_BENCH_PG_URL to a PostgreSQL server where databases may be created")
        return 2

    import sqlalchemy as sa

    from workbench.db.engine import make_engine, session_scope
    from workbench.db.migrate import upgrade_if_needed
    from workbench.db.models import District
    from workbench.domain.demo import generate_baseline
    from workbench.domain.rules import get_ruleset
    from workbench.services.assessments import store_assessments
    from workbench.services.scores import score_rows
    from workbench.services.server import grant, setup_server

    n = SCALES[args.scale]
    rules = get_ruleset()
    frame = generate_baseline(n_locations=n, years=YEARS)
    print(f"scale {args.scale}: {n:,} RT units x {len(YEARS)} years = {len(frame):,} RT-years")
    tag = uuid.uuid4().hex[:6]
    root = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    names = {"plain": f"bench_plain_{tag}", "roles": f"bench_roles_{tag}"}
    logins = {w: f"bench_{tag}_{w}" for w in ("editor", "viewer", "scoped")}
    with root.connect() as conn:
        for name in names.values():
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        for login in logins.values():
            conn.exec_driver_sql(f'CREATE ROLE "{login}" LOGIN')

    def url_of(database: str, login: str | None = None) -> str:
        url = sa.engine.make_url(admin_url).set(database=database)
        if login:
            url = url.set(username=login)
        return url.render_as_string(hide_password=False)

    engines: list[sa.Engine] = []

    def engine(database: str, login: str | None = None) -> sa.Engine:
        made = make_engine(url_of(database, login))
        engines.append(made)
        return made

    def store(target: sa.Engine) -> int:
        with session_scope(target) as s:
            did = s.scalars(sa.select(District.id)).one()
            return store_assessments(s, did, frame, rules)

    try:
        plain = engine(names["plain"])
        upgrade_if_needed(plain)
        with session_scope(plain) as s:
            s.add(District(code="BENCH", name="Bench"))
        timed("store as the owner, no roles (as before #19)", lambda: store(plain))

        owner = engine(names["roles"])
        upgrade_if_needed(owner)
        with session_scope(owner) as s:
            s.add(District(code="BENCH", name="Bench"))
        timed("server init (roles, GRANTs, policies, triggers)", lambda: setup_server(owner))
        grant(owner, logins["editor"], "editor")
        grant(owner, logins["viewer"], "viewer")
        timed(
            "store as an editor (RLS on every row)",
            lambda: store(engine(names["roles"], logins["editor"])),
        )

        def rows(target: sa.Engine) -> int:
            with session_scope(target) as s:
                return len(score_rows(s))

        timed("scoring tab's rows, owner of a plain database", lambda: rows(plain))
        timed(
            "scoring tab's rows, as a viewer",
            lambda: rows(engine(names["roles"], logins["viewer"])),
        )

        with owner.connect() as conn:
            kecamatan = conn.execute(
                sa.text("SELECT name FROM subdistrict ORDER BY id LIMIT 1")
            ).scalar_one()
            in_scope = conn.execute(
                sa.text(
                    "SELECT count(*) FROM assessment a JOIN location l ON l.id = a.location_id"
                    " JOIN village v ON v.id = l.village_id JOIN subdistrict d ON d.id ="
                    " v.subdistrict_id WHERE d.name = :k"
                ),
                {"k": kecamatan},
            ).scalar_one()
        grant(owner, logins["scoped"], "editor", kecamatan=kecamatan)
        scoped = engine(names["roles"], logins["scoped"])

        def change_scope() -> None:
            with session_scope(scoped) as s:
                s.execute(
                    sa.text(
                        "UPDATE assessment SET notes = 'dicek' WHERE location_id IN (SELECT l.id"
                        " FROM location l JOIN village v ON v.id = l.village_id JOIN subdistrict"
                        " d ON d.id = v.subdistrict_id WHERE d.name = :k)"
                    ),
                    {"k": kecamatan},
                )

        timed(f"a kecamatan editor updates its {in_scope:,} assessments", change_scope)

        import psycopg

        from workbench.services.notify import libpq_dsn

        with psycopg.connect(libpq_dsn(url_of(names["roles"])), autocommit=True) as listener:
            listener.execute("LISTEN pkp_changes")
            editor = engine(names["roles"], logins["editor"])
            waits = []
            for _ in range(20):
                start = time.perf_counter()
                with session_scope(editor) as s:
                    s.execute(
                        sa.text(
                            "UPDATE assessment SET notes = 'x'"
                            " WHERE id = (SELECT min(id) FROM assessment)"
                        )
                    )
                next(iter(listener.notifies(timeout=5, stop_after=1)))
                waits.append(time.perf_counter() - start)
            waits.sort()
            label = "commit to notification on another connection (median)"
            print(f"{label:<56} {waits[10] * 1000:8.1f} ms")
    finally:
        for made in engines:
            made.dispose()
        with root.connect() as conn:
            for name in names.values():
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            for login in logins.values():
                conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{login}"')
        root.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
