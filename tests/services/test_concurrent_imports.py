"""Issue 15 (part): two imports of the same programme file at once doubled every activity."""

from __future__ import annotations

import threading
from pathlib import Path

import pandas as pd
import pytest
import sqlalchemy as sa

from tests.units import unit
from workbench.db.engine import session_scope
from workbench.db.models import Activity
from workbench.services.demo import create_demo_database
from workbench.services.programme_io import export_programme, import_programme


@pytest.fixture
def engine(db_url: str):  # noqa: ANN201
    engine = create_demo_database(db_url, approved=False)
    yield engine
    engine.dispose()


def test_the_same_file_imported_twice_at_once_ends_as_imported_once(engine, workdir: Path) -> None:  # noqa: ANN001
    frame = unit(export_programme, engine)
    frame = frame.drop(columns=["id_kegiatan"], errors="ignore")
    frame["volume"] = frame["volume"] + 1000  # new activities, not the demo's own
    path = workdir / "investasi.csv"
    frame.to_csv(path, index=False)
    with session_scope(engine) as s:
        before = s.scalar(sa.select(sa.func.count()).select_from(Activity))
    results: list[object] = []

    def run() -> None:
        try:
            results.append(unit(import_programme, engine, path, user="test"))
        except Exception as exc:  # noqa: BLE001 - reported below
            results.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert all(not isinstance(r, Exception) for r in results), results
    with session_scope(engine) as s:
        after = s.scalar(sa.select(sa.func.count()).select_from(Activity))
    added = sorted(r.added for r in results)  # type: ignore[attr-defined]
    assert added[0] == 0 and added[1] == after - before > 0  # the second found them there
    assert after - before == len(pd.read_csv(path))


def test_the_same_baseline_imported_twice_at_once_is_told_not_duplicated(
    engine,  # noqa: ANN001
    workdir: Path,
) -> None:
    """The baseline import had a UNIQUE-constraint traceback for the second of two: now the
    second waits for the first and is told, row by row, that the year is there already."""
    from workbench.db.models import Assessment
    from workbench.services.baseline import BaselineError, export_baseline, import_baseline

    frame = unit(export_baseline, engine, 2024)
    frame["tahun"] = 2031
    path = workdir / "baseline 2031.csv"
    frame.to_csv(path, index=False)
    results: list[object] = []

    def run() -> None:
        try:
            results.append(unit(import_baseline, engine, path, user="test"))
        except Exception as exc:  # noqa: BLE001 - reported below
            results.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    refused = [r for r in results if isinstance(r, Exception)]
    assert len(results) == 2 and len(refused) == 1, results
    assert isinstance(refused[0], BaselineError)
    assert {i.key for i in refused[0].issues} == {"year_exists"}
    with session_scope(engine) as s:
        stored = s.scalar(
            sa.select(sa.func.count()).select_from(Assessment).where(Assessment.year == 2031)
        )
    assert stored == len(frame)
