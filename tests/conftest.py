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

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PKP_WORKBENCH_NO_CRASH_DIALOG"] = "1"
_SESSION_DIR = Path(tempfile.mkdtemp(prefix="pkp wörkbench ")) / "Pokja PKP – Jatén"
_SESSION_DIR.mkdir(parents=True)
os.environ["PKP_WORKBENCH_DATA_DIR"] = str(_SESSION_DIR / "data")
os.environ["PKP_WORKBENCH_LOG_DIR"] = str(_SESSION_DIR / "logs")
os.environ.pop("PKP_WORKBENCH_LANG", None)

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
def app(qapp):  # noqa: ANN001, ANN201
    """The session's QApplication with the Indonesian translation, as users get it."""
    from workbench.ui.app import make_app

    return make_app(language="id")
