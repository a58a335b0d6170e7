"""One limit for text on both engines (issue #15): PostgreSQL refused a 300-character name
with a driver traceback and SQLite stored it. Now both refuse it the same way, an import with
the spreadsheet row, an edit before any SQL."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.units import unit
from workbench.db.engine import session_scope
from workbench.db.models import Location, Stakeholder
from workbench.domain.messages import UserError
from workbench.services import collaboration
from workbench.services.baseline import BaselineError, export_baseline, import_baseline
from workbench.services.demo import create_demo_database
from workbench.services.registry_io import export_stakeholders, import_stakeholders


@pytest.fixture
def engine(db_url: str):  # noqa: ANN201
    engine = create_demo_database(db_url, approved=False)
    yield engine
    engine.dispose()


def _count(engine, model) -> int:  # noqa: ANN001
    with session_scope(engine) as s:
        return int(s.scalar(sa.select(sa.func.count()).select_from(model)) or 0)


def test_a_long_name_in_an_import_is_refused_with_its_row(engine, workdir: Path) -> None:  # noqa: ANN001
    frame = unit(export_stakeholders, engine)
    frame.loc[1, "nama"] = "Dinas " + "Perumahan " * 30  # 306 characters
    path = workdir / "pemangku.csv"
    frame.to_csv(path, index=False)
    before = _count(engine, Stakeholder)
    with pytest.raises(BaselineError) as info:
        unit(import_stakeholders, engine, path)
    issue = next(i for i in info.value.issues if i.key == "text_too_long")
    assert (issue.row, issue.column) == (3, "nama")
    assert "305 characters; at most 200" in issue.message  # stripped, as it would be stored
    assert _count(engine, Stakeholder) == before


def test_a_long_code_in_a_baseline_is_refused_with_its_row(engine, workdir: Path) -> None:  # noqa: ANN001
    frame = unit(export_baseline, engine, 2024).head(3).copy()
    frame["tahun"] = 2032
    frame.loc[2, "kode_lokasi"] = "K" * 61
    path = workdir / "baseline.csv"
    frame.to_csv(path, index=False)
    before = _count(engine, Location)
    with pytest.raises(BaselineError) as info:
        unit(import_baseline, engine, path)
    issue = next(i for i in info.value.issues if i.key == "text_too_long")
    assert (issue.row, issue.column) == (4, "kode_lokasi") and "at most 60" in issue.message
    assert _count(engine, Location) == before


def test_a_long_name_typed_in_the_window_is_refused_before_the_sql(engine) -> None:  # noqa: ANN001
    data = collaboration.StakeholderData(name="Badan " + "x" * 250, category="agency")
    with pytest.raises(UserError) as info, session_scope(engine) as s:
        collaboration.create_stakeholder(s, data)
    assert info.value.key == "text_too_long_field"
    assert "stakeholder.name: 256 characters, at most 200" in str(info.value)
    assert "paling banyak 200" in info.value.text("id")
    with session_scope(engine) as s:
        assert not s.scalars(sa.select(Stakeholder).where(Stakeholder.name.like("Badan x%"))).all()


def test_text_at_the_limit_is_kept_whole(engine) -> None:  # noqa: ANN001
    name = "Badan " + "y" * 194  # exactly 200
    with session_scope(engine) as s:
        sid = collaboration.create_stakeholder(
            s, collaboration.StakeholderData(name=name, category="agency")
        )
    with session_scope(engine) as s:
        assert s.get(Stakeholder, sid).name == name  # type: ignore[union-attr]
