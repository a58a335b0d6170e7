"""Shared fixtures: headless Qt, isolated settings and data folders, fresh databases.

Every test gets its own folder whose path has spaces and non-ASCII characters (as Windows
users' profiles do). Database tests run on SQLite, and also on PostgreSQL when
PKP_TEST_PG_URL points at a server where the user may create databases (.ci/run does this).
"""

from __future__ import annotations

import os
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PKP_WORKBENCH_NO_CRASH_DIALOG"] = "1"
_SESSION_DIR = Path(tempfile.mkdtemp(prefix="pkp wörkbench ")) / "Pokja PKP – Jatén"
_SESSION_DIR.mkdir(parents=True)
os.environ["PKP_WORKBENCH_DATA_DIR"] = str(_SESSION_DIR / "data")
os.environ["PKP_WORKBENCH_LOG_DIR"] = str(_SESSION_DIR / "logs")
os.environ.pop("PKP_WORKBENCH_LANG", None)

if TYPE_CHECKING:
    from tests.server import Server

PG_URL = os.environ.get("PKP_TEST_PG_URL", "")


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    """A per-test folder with spaces and non-ASCII characters in its path."""
    d = tmp_path / "Kabupaten Démo – data ü"
    d.mkdir()
    return d


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return [sys.argv[0]]


@pytest.fixture(scope="session", autouse=True)
def _isolated_qsettings() -> None:
    from PySide6.QtCore import QSettings

    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(_SESSION_DIR / "settings")
    )


@pytest.fixture
def clean_settings() -> Iterator[None]:
    from workbench.ui.settings import qsettings

    qsettings().clear()
    yield
    qsettings().clear()


def _pg_database() -> Iterator[str]:
    import sqlalchemy as sa

    name = f"pkp_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = sa.engine.make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


DB_BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL else [])


@pytest.fixture(params=DB_BACKENDS)
def db_url(request: pytest.FixtureRequest, workdir: Path) -> Iterator[str]:
    """A URL of an empty database: a new SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        yield "sqlite:///" + str(workdir / "district.sqlite")
    else:
        yield from _pg_database()


@pytest.fixture(scope="session")
def demo_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo database for read-only tests (copy it before changing anything)."""
    from workbench.services.demo import create_demo_database

    path = tmp_path_factory.mktemp("démo shared") / "demo.sqlite"
    create_demo_database(path).dispose()
    return path


@pytest.fixture
def demo_engine(demo_sqlite: Path, workdir: Path) -> Iterator:
    """A private copy of the shared demo database, opened (a test may change it)."""
    import shutil

    from workbench.services.workspace import open_database

    copy = workdir / "demo.sqlite"
    shutil.copy(demo_sqlite, copy)
    engine = open_database(copy, demo_if_new=False).engine
    yield engine
    engine.dispose()


@pytest.fixture
def app(qapp):  # noqa: ANN001, ANN201
    """The session's QApplication with the Indonesian translation, as users get it."""
    from workbench.ui.app import make_app

    return make_app(language="id")


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    """The demo district on a PostgreSQL database set up with ``server init``, with a
    login for each role (and one limited to a village, one with no role yet)."""
    import sqlalchemy as sa

    from tests.server import Server
    from workbench.services.demo import create_demo_database
    from workbench.services.server import grant, init_server

    tag = uuid.uuid4().hex[:8]
    logins = {w: f"pkp_t{tag}_{w}" for w in ("viewer", "editor", "scoped", "approver", "other")}
    for database_url in _pg_database():
        engine = create_demo_database(database_url, n_locations=24, approved=False)
        with engine.connect() as conn:
            district = conn.execute(sa.text("SELECT name FROM district")).scalar_one()
            villages = [
                r
                for (r,) in conn.execute(
                    sa.text(
                        "SELECT v.name FROM village v WHERE EXISTS (SELECT 1 FROM location l"
                        " WHERE l.village_id = v.id) ORDER BY v.id"
                    )
                )
            ]
        init_server(engine, district)
        with engine.begin() as conn:
            for login in logins.values():
                conn.exec_driver_sql(f'CREATE ROLE "{login}" LOGIN')
        grant(engine, logins["viewer"], "viewer")
        grant(engine, logins["editor"], "editor")
        grant(engine, logins["scoped"], "editor", villages=[villages[0]])
        grant(engine, logins["approver"], "approver")
        made = Server(database_url, engine, logins, villages[0], villages[1], [])
        try:
            yield made
        finally:
            for e in made._engines:
                e.dispose()
            with engine.begin() as conn:
                for login in logins.values():
                    conn.exec_driver_sql(f'DROP OWNED BY "{login}"')
            engine.dispose()
    admin = sa.create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        for login in logins.values():
            conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{login}"')
    admin.dispose()
