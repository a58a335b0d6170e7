"""A database opened read-only (a second copy of the window) is read by many threads at
once: each query has a connection of its own for its duration (the in-memory URL's default
pool closed another thread's connection in the middle of a query: a crash in CI)."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.pool import QueuePool

from workbench.db.engine import make_engine, session_scope


def test_many_threads_read_a_read_only_copy_at_once(demo_sqlite: Path, workdir: Path) -> None:
    copy = workdir / "hanya baca.sqlite"
    shutil.copy(demo_sqlite, copy)
    engine = make_engine(copy, read_only=True)
    assert isinstance(engine.pool, QueuePool)
    counts: list[int] = []
    errors: list[BaseException] = []

    def reader() -> None:
        try:
            for _ in range(30):
                with session_scope(engine) as s:
                    counts.append(s.execute(sa.text("SELECT count(*) FROM assessment")).scalar())
        except BaseException as exc:  # noqa: BLE001 - said by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=reader) for _ in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    engine.dispose()
    assert not errors
    assert len(counts) == 300 and len(set(counts)) == 1 and counts[0] > 0
