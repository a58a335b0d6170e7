"""Schema migrations: upgrade on open only when behind, with a copy of the file kept first."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import OperationalError, ProgrammingError

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

from workbench.db.engine import copy_sqlite_file, display_name, sqlite_path
from workbench.domain.messages import UserError

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class NewerDatabaseError(RuntimeError):
    """The database was written by a newer workbench than this one."""


# The SQLite header's application id of our files ("PKPW"): another program's SQLite file,
# or any other file, is refused unchanged instead of being given our tables.
APPLICATION_ID = 0x504B5057
SQLITE_MAGIC = b"SQLite format 3\x00"
OUR_TABLES = frozenset({"alembic_version", "district", "assessment"})


def check_ours(path: Path) -> None:
    """Refuse (UserError ``not_our_database``) an existing file that is not a workbench
    database: empty, not SQLite, another program's SQLite (its application id, or without
    our tables when it has none, as files of the first versions). Reads, never writes."""
    import sqlite3

    from workbench.domain.messages import UserError

    refused = UserError("not_our_database", name=path.name)
    with open(path, "rb") as f:
        header = f.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise refused
    app_id = int.from_bytes(header[68:72], "big")
    if app_id == APPLICATION_ID:
        return
    if app_id != 0:
        raise refused
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError:
        raise refused from None
    finally:
        conn.close()
    if not OUR_TABLES <= tables:
        raise refused


def stamp_ours(engine: Engine) -> None:
    """Mark a SQLite database as ours (its header's application id)."""
    if sqlite_path(str(engine.url)) is None:
        return
    with engine.begin() as conn:
        if conn.exec_driver_sql("PRAGMA application_id").scalar() != APPLICATION_ID:
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")


# The newest migration in ``migrations/versions``: opening a database that is at it needs no
# Alembic at all (its import is a tenth of a second of every start). A test holds it equal to
# the migrations' head; a new migration changes it.
HEAD_REVISION = "0006"


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        cfg.set_main_option(
            "sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%")
        )
        cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    """The head of the migration scripts, as Alembic reads them."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The schema revision written in the database (None: no schema yet)."""
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except (OperationalError, ProgrammingError):  # no such table: a new database
            return None


def backup_sqlite(path: Path, revision: str | None) -> Path:
    """Keep a copy of the database beside it before migrating: one per schema revision, so
    attempts that fail (and leave the file at that revision) replace it, never pile up."""
    target = path.with_name(f"{path.stem}.backup-{revision or 'none'}{path.suffix}")
    return copy_sqlite_file(path, target)


def _known(script: ScriptDirectory, revision: str) -> bool:
    from alembic.util import CommandError

    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def upgrade_if_needed(engine: Engine, revision: str = "head") -> Path | None:
    """Bring the schema to ``revision``; returns the backup file made, if any.

    A new, empty database is created without a backup; an existing one behind head is copied
    aside first. A database ahead of this program is refused rather than touched.
    """
    current = current_revision(engine)
    if current == (HEAD_REVISION if revision == "head" else revision):
        stamp_ours(engine)  # files of versions that did not mark them yet
        return None
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    target = script.get_current_head() if revision == "head" else revision
    if current == target:
        stamp_ours(engine)
        return None
    if current is not None and not _known(script, current):
        raise NewerDatabaseError(
            f"this database has schema revision {current}, which this version of PKP Workbench "
            "does not know: it was written by a newer version. Update the program."
        )
    backup = None
    path = sqlite_path(str(engine.url))
    has_tables = bool(inspect(engine).get_table_names())
    if path is not None and path.exists() and has_tables:
        engine.dispose()
        backup = backup_sqlite(path, current)
        log.info("database %s backed up to %s before migration", path, backup)
    try:
        command.upgrade(alembic_config(engine), target or "head")
    except Exception as exc:  # the migration's transaction is rolled back whole
        log.exception("migration of %s from %s failed", engine.url, current)
        raise UserError(
            "migration_failed",
            name=display_name(str(engine.url)),
            reason=type(exc).__name__,
            backup=str(backup) if backup else "-",
        ) from exc
    stamp_ours(engine)
    return backup
