"""Whole-database file operations (Save As)."""

from __future__ import annotations

from pathlib import Path

from workbench.db.engine import copy_sqlite_file


def copy_database(src: Path, dst: Path) -> Path:
    """Save As: a consistent copy of the open SQLite database at ``dst``."""
    return copy_sqlite_file(src, dst)
