"""File operations: Save As of the database, and writing any file so that a failure (or a
cancel) never leaves a half-written file under the real name."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from workbench.db.engine import copy_sqlite_file


def copy_database(src: Path, dst: Path) -> Path:
    """Save As: a consistent copy of the open SQLite database at ``dst``."""
    return copy_sqlite_file(src, dst)


@contextmanager
def replacing(path: Path, keep_suffix: bool = False) -> Iterator[Path]:
    """Write to the temporary path yielded; on success it replaces ``path`` in one rename,
    on any error it is removed and ``path`` is left as it was. ``keep_suffix`` ends the
    temporary name with the real suffix (writers that choose the format by it)."""
    path = Path(path)
    name = path.name + ".partial" + (path.suffix if keep_suffix else "")
    tmp = path.with_name(name)
    tmp.unlink(missing_ok=True)  # left by an earlier, interrupted write
    try:
        yield tmp
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
