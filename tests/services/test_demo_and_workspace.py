"""The demo database and what the tabs read from it."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from workbench.db.engine import session_scope
from workbench.db.migrate import current_revision, head_revision
from workbench.db.models import Allocation, Assessment, AssessmentVolume, Location
from workbench.services.collaboration import list_stakeholders
from workbench.services.demo import TargetExistsError, create_demo_database
from workbench.services.harmonisation import candidates, harmonised_view
from workbench.services.programme import programme_view
from workbench.services.scores import score_rows
from workbench.services.workspace import (
    create_empty_database,
    default_database,
    district_info,
    open_database,
)


def test_demo_database_on_any_backend(db_url: str) -> None:
    engine = create_demo_database(db_url)
    with session_scope(engine) as s:
        info = district_info(s)
        assert info.is_demo and "Demo" in info.name
        assert info.locations >= 60
        assert info.assessments == info.locations * 3
        assert info.stakeholders >= 25 and info.engagements >= 10 and info.activities >= 50
        assert (
            s.scalar(sa.select(sa.func.count()).select_from(AssessmentVolume))
            == info.assessments * 16
        )
        rows = score_rows(s)
        stored = dict(s.execute(sa.select(Assessment.id, Assessment.total_score)).all())
        assert all(stored[r.assessment_id] == r.total for r in rows)
        assert {r.level for r in rows} == {"HEAVY", "MEDIUM", "LIGHT", "NONE"}
    engine.dispose()


def test_demo_refuses_to_overwrite_without_force(workdir: Path) -> None:
    target = workdir / "demo.sqlite"
    create_demo_database(target).dispose()
    before = target.stat().st_size
    with pytest.raises(TargetExistsError, match="--force"):
        create_demo_database(target)
    assert target.stat().st_size == before
    create_demo_database(target, force=True).dispose()


def test_first_open_creates_the_default_database_with_the_demo(
    monkeypatch: pytest.MonkeyPatch, workdir: Path
) -> None:
    monkeypatch.setenv("PKP_WORKBENCH_DATA_DIR", str(workdir / "user data"))
    assert not default_database().exists()
    first = open_database(None)
    assert first.created_demo and default_database().exists()
    first.engine.dispose()
    again = open_database(None)
    assert not again.created_demo  # later runs open the same database
    with session_scope(again.engine) as s:
        assert district_info(s).locations >= 60
    again.engine.dispose()


def test_new_empty_database_holds_only_its_district(workdir: Path) -> None:
    engine = create_empty_database(workdir / "Kota Baru.sqlite", "Kota Baru", "Jawa Tengah")
    assert current_revision(engine) == head_revision()
    with session_scope(engine) as s:
        info = district_info(s)
        assert (info.name, info.locations, info.stakeholders) == ("Kota Baru", 0, 0)
        assert score_rows(s) == [] and candidates(s) == ([], "")
        assert harmonised_view(s).rows == []
    engine.dispose()
    with pytest.raises(FileExistsError):
        create_empty_database(workdir / "Kota Baru.sqlite", "Kota Baru")


def test_tab_services_return_plain_rows(demo_sqlite: Path) -> None:
    from workbench.domain.collation import name_key

    result = open_database(demo_sqlite, demo_if_new=False)
    with session_scope(result.engine) as s:
        stakeholders = list_stakeholders(s)
        assert stakeholders == sorted(stakeholders, key=lambda r: name_key(r.name))
        assert any(r.engagements == 0 for r in stakeholders)  # gaps exist to be found
        cands, _rules = candidates(s)
        assert cands and all(c.level != "NONE" for c in cands)
        assert [c.total for c in cands] == sorted((c.total for c in cands), reverse=True)
        rows = harmonised_view(s).rows
        assert any(len(r.source_ranks) >= 2 for r in rows) and any(r.support for r in rows)
        view = programme_view(s)
        assert view.years == [2026, 2027, 2028, 2029, 2030]
        # the demo's version 1 is approved and version 2 a copy being drafted: the tab shows
        # the draft's money, half of all stored
        assert view.plan is not None and view.plan.version_no == 2
        money = s.scalar(sa.select(sa.func.sum(Allocation.amount_rp)))
        assert sum(r.total_rp for r in view.rows) * 2 == money
        assert all(isinstance(v, int) for r in view.rows for v in r.by_year.values())
        codes = set(s.scalars(sa.select(Location.code)))
        assert {r.target for r in view.rows} <= codes
    result.engine.dispose()


def test_a_read_only_opening_reads_and_cannot_write(demo_sqlite: Path, workdir: Path) -> None:
    import shutil

    import sqlalchemy as sa
    from sqlalchemy.exc import OperationalError

    from workbench.db.models import Stakeholder
    from workbench.services.workspace import is_read_only

    copy = workdir / "bersama.sqlite"
    shutil.copy(demo_sqlite, copy)
    before = copy.read_bytes()
    result = open_database(copy, read_only=True)
    try:
        assert is_read_only(result.engine)
        with session_scope(result.engine) as s:
            assert district_info(s).stakeholders == 62
        with pytest.raises(OperationalError, match="readonly"):
            with session_scope(result.engine) as s:
                s.execute(sa.update(Stakeholder).values(influence=1))
    finally:
        result.engine.dispose()
    assert copy.read_bytes() == before


def test_demo_force_replaces_a_demo_on_any_backend(db_url: str) -> None:
    """Issue 15 (part): demo --force was refused on PostgreSQL."""
    from workbench.services.demo import TargetExistsError, create_demo_database

    create_demo_database(db_url, n_locations=12).dispose()
    with pytest.raises(TargetExistsError):
        create_demo_database(db_url, n_locations=12)
    engine = create_demo_database(db_url, force=True, n_locations=12)
    try:
        with session_scope(engine) as s:
            info = district_info(s)
            assert info.locations == 12 and info.stakeholders > 0
    finally:
        engine.dispose()
