"""Rotating backups of a SQLite district database, and putting one back.

A copy is taken through SQLite's backup API (consistent while the file is open and being
written) into a folder beside the database, ``NAME.backups/``: once a day when the file is
opened, before every import and before a plan is approved, and when asked. The last
``KEEP`` are kept. The copy made before a schema migration (``NAME.backup-REV.sqlite``,
one per revision) is listed too, and never pruned.

Restoring first keeps the current file as a backup of its own (so a restore can be taken
back), then writes the chosen copy over the database through the backup API. A copy that is
not a workbench database, is damaged, or was written by a newer version is refused and the
database is left as it was. PostgreSQL databases are backed up by their server (pg_dump):
every function here takes only SQLite files."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

from workbench.db.engine import copy_sqlite_file, sqlite_path
from workbench.db.migrate import check_ours
from workbench.domain.messages import UserError

KEEP = 10
REASONS = ("daily", "import", "approval", "manual", "restore", "migration")
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z]+)$")
_MIGRATION = re.compile(r"^(?P<stem>.+)\.backup-(?P<rev>[^.]+)$")


@dataclass(frozen=True)
class Backup:
    path: Path
    made: datetime
    reason: str  # one of REASONS
    size: int  # bytes


def backup_folder(db: Path) -> Path:
    return db.with_name(db.name + ".backups")


def engine_file(engine: Engine) -> Path | None:
    """The SQLite file behind an engine (None for a server database or memory)."""
    return sqlite_path(str(engine.url))


def make_backup(db: Path, reason: str, now: datetime | None = None, *, rotate: bool = True) -> Path:
    """A consistent copy of ``db`` in its backups folder; the oldest beyond ``KEEP`` go
    (unless ``rotate`` is false: the caller prunes once the copy proved worth keeping)."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    folder = backup_folder(db)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = folder / f"{db.stem}-{stamp}-{reason}{db.suffix}"
    n = 1
    while target.exists():  # two in one second (an import right after the daily copy)
        n += 1
        target = folder / f"{db.stem}-{stamp}-{n}-{reason}{db.suffix}"
    copy_sqlite_file(db, target)
    if rotate:
        prune(db)
    return target


def _rotating(db: Path) -> list[Backup]:
    folder = backup_folder(db)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"*{db.suffix}"):
        m = _NAME.match(path.stem)
        if m is None or m["stem"] != db.stem or m["reason"] not in REASONS:
            continue
        try:
            made = datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S")
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append((made, int(m["n"] or 1), Backup(path, made, m["reason"], size)))
    found.sort(key=lambda t: (t[0], t[1]), reverse=True)
    return [b for _m, _n, b in found]


def prune(db: Path) -> list[Path]:
    """Remove the rotating backups beyond the newest ``KEEP``; returns what went."""
    gone = []
    for old in _rotating(db)[KEEP:]:
        try:
            old.path.unlink()
            gone.append(old.path)
        except OSError:
            pass  # kept a little longer: another program has it open
    return gone


def list_backups(db: Path) -> list[Backup]:
    """Every backup of ``db``, newest first: the rotating ones and the migration copies."""
    out = _rotating(db)
    for path in db.parent.glob(f"{db.stem}.backup-*{db.suffix}"):
        if _MIGRATION.match(path.stem) is None:
            continue
        try:
            stat = path.stat()
        except OSError:
            continue
        out.append(Backup(path, datetime.fromtimestamp(stat.st_mtime), "migration", stat.st_size))
    out.sort(key=lambda b: b.made, reverse=True)
    return out


def daily_backup_if_due(db: Path, today: date | None = None) -> Path | None:
    """The day's first opening of an existing database keeps a copy of it."""
    day = today or date.today()
    if not db.exists() or any(b.made.date() == day for b in _rotating(db)):
        return None
    return make_backup(db, "daily")


def keep_copy(session: Session, reason: str) -> Path | None:
    """Before an import or an approval on a SQLite database, from within its unit of work:
    a copy of the file holding what was committed before it.
    It is kept only if the unit of work commits (the oldest beyond ``KEEP`` then go); a
    refused import or approval, rolled back, changed nothing and leaves no copy behind (nor
    pushes an older one out)."""
    bind = session.get_bind()
    db = engine_file(bind if isinstance(bind, Engine) else bind.engine)
    if db is None or not db.exists():
        return None
    path = make_backup(db, reason, rotate=False)

    pending = [True]  # the unit of work this copy belongs to has not ended yet

    def committed(_session: Session) -> None:
        if pending and pending.pop():
            prune(db)

    def rolled_back(_session: Session) -> None:
        if pending and pending.pop():
            path.unlink(missing_ok=True)

    # (the listeners stay with the session, which a unit of work does not outlive)
    event.listen(session, "after_commit", committed)
    event.listen(session, "after_rollback", rolled_back)
    return path


def backup_revision(path: Path) -> str | None:
    """The schema revision a backup file was written at (None: none recorded)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    finally:
        conn.close()
    return row[0] if row else None


def check_backup(path: Path) -> None:
    """Refuse a file that cannot be put back: not ours, damaged, or of a newer version."""
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    from workbench.db.migrate import alembic_config

    if not path.is_file():
        raise UserError("backup_missing", name=str(path))
    check_ours(path)
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        ok = conn.execute("PRAGMA quick_check").fetchone()
    except sqlite3.DatabaseError:
        ok = None
    finally:
        conn.close()
    if not ok or ok[0] != "ok":
        raise UserError("backup_damaged", name=path.name)
    revision = backup_revision(path)
    if revision is None:
        raise UserError("not_our_database", name=path.name)
    try:
        known = ScriptDirectory.from_config(alembic_config()).get_revision(revision)
    except CommandError:
        known = None
    if known is None:
        raise UserError("backup_newer", name=path.name, revision=revision)


def restore_backup(backup: Path, db: Path) -> Path | None:
    """Put ``backup`` back as ``db``; returns the copy of the file it replaced (None when
    there was no file). Close every connection to ``db`` first: the window reopens it."""
    check_backup(backup)
    if backup.resolve() == db.resolve():
        raise UserError("backup_is_database", name=db.name)
    kept = make_backup(db, "restore") if db.exists() else None
    db.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(str(db))
        try:
            source.backup(target)  # page by page into the file, its WAL included
        finally:
            target.close()
    finally:
        source.close()
    return kept
