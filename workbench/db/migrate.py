"""Schema migrations: upgrade on open only when behind, with a copy of the file kept first."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Engine, inspect

from workbench.db.engine import copy_sqlite_file, sqlite_path

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class NewerDatabaseError(RuntimeError):
    """The database was written by a newer workbench than this one."""


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        cfg.set_main_option(
            "sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%")
        )
        cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_sqlite(path: Path, revision: str | None) -> Path:
    """Keep a copy of the database beside it before migrating."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{revision or 'none'}-{stamp}{path.suffix}")
    return copy_sqlite_file(path, target)


def _known(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def upgrade_if_needed(engine: Engine, revision: str = "head") -> Path | None:
    """Bring the schema to ``revision``; returns the backup file made, if any.

    A new, empty database is created without a backup; an existing one behind head is copied
    aside first. A database ahead of this program is refused rather than touched.
    """
    script = ScriptDirectory.from_config(alembic_config())
    target = script.get_current_head() if revision == "head" else revision
    current = current_revision(engine)
    if current == target:
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
    command.upgrade(alembic_config(engine), target or "head")
    return backup
