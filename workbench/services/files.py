"""Whole-database file operations (Save As)."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def copy_database(src: Path, dst: Path) -> Path:
    """A consistent copy of a SQLite database (backup API, safe while it is open in WAL mode).

    Written to a temporary name first, so a failure never leaves a half-written target."""
    dst = Path(dst)
    tmp = dst.with_name(dst.name + ".partial")
    tmp.unlink(missing_ok=True)
    source = sqlite3.connect(str(src))
    try:
        target = sqlite3.connect(str(tmp))
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    tmp.replace(dst)
    return dst
