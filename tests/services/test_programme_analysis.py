"""Programme analysis on the demo district: projections never touch the assessments, and
enough investment takes an RT out of slum status in the year it is finished."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from tests.units import unit
from workbench.db.engine import session_scope
from workbench.db.models import (
    Activity,
    ActivityType,
    Allocation,
    AssessmentVolume,
    FundingSource,
    Location,
)
from workbench.services.demo import create_demo_database
from workbench.services.programme_analysis import analyse, works_frame


@pytest.fixture
def engine(db_url: str):  # noqa: ANN201
    engine = create_demo_database(db_url)
    yield engine
    engine.dispose()


def test_projection_is_read_only_and_never_worsens(engine) -> None:  # noqa: ANN001
    with session_scope(engine) as s:
        before = sorted(s.execute(sa.select(AssessmentVolume.id, AssessmentVolume.volume)).all())
        result = analyse(s)
        after = sorted(s.execute(sa.select(AssessmentVolume.id, AssessmentVolume.volume)).all())
    assert before == after
    assert result.years == [2026, 2027, 2028, 2029, 2030]
    assert len(result.locations) == 72
    for loc in result.locations:
        totals = [loc.totals[y] for y in result.years]
        assert totals == sorted(totals, reverse=True) and totals[0] <= loc.baseline_total
    ha = [result.slum_ha[y] for y in result.years]
    assert ha == sorted(ha, reverse=True) and ha[0] <= result.slum_ha_baseline
    assert any(loc.totals[2030] < loc.baseline_total for loc in result.locations)
    # the demo's agreed locations have unplanned criteria that score: gaps to show
    assert not result.gaps.empty


def test_enough_investment_clears_an_rt_in_its_finishing_year(engine) -> None:  # noqa: ANN001
    with session_scope(engine) as s:
        start = analyse(s)
        target = next(
            loc for loc in start.locations if loc.baseline_level != "NONE" and loc.exit_year is None
        )
        lid = s.scalar(sa.select(Location.id).where(Location.code == target.code))
        fs = s.scalar(sa.select(FundingSource.id).order_by(FundingSource.id))
        for code in (
            "1a",
            "1b",
            "1c",
            "2a",
            "2b",
            "3a",
            "3b",
            "4a",
            "4b",
            "4c",
            "5a",
            "5b",
            "6a",
            "6b",
            "7a",
            "7b",
        ):
            at = ActivityType(name=f"Uji {code}", criterion_code=code)
            s.add(at)
            s.flush()
            act = Activity(
                location_id=lid,
                criterion_code=code,
                activity_type_id=at.id,
                volume=1e9,
                status="disepakati",
            )
            act.allocations.append(Allocation(year=2027, funding_source_id=fs, amount_rp=1_000_000))
            act.allocations.append(Allocation(year=2028, funding_source_id=fs, amount_rp=1_000_000))
            s.add(act)
    with session_scope(engine) as s:
        works = works_frame(s)
        assert set(works[works["kode_lokasi"] == target.code]["tahun"]) >= {2028}
        result = analyse(s)
        outlook = next(loc for loc in result.locations if loc.code == target.code)
        assert outlook.exit_year == 2028  # finished in 2028, not 2027
        assert outlook.totals[2028] == 0
        assert result.slum_ha[2028] == pytest.approx(start.slum_ha[2028] - target.area_ha, abs=1e-6)
        realised = analyse(s, "realised")  # nothing of the new works is realised yet
        assert next(o for o in realised.locations if o.code == target.code).exit_year is None


def test_a_district_with_field_data_but_no_programme_yet(workdir) -> None:  # noqa: ANN001
    """A new district after its first baseline import has no plan and no activity: the
    programme tab failed to load (KeyError 'luas_ha' from an empty projection)."""
    from workbench.domain.demo import generate_baseline
    from workbench.services.baseline import import_baseline
    from workbench.services.workspace import create_empty_database

    path = workdir / "baseline.csv"
    generate_baseline(n_locations=12, years=(2025,)).to_csv(path, index=False)
    engine = create_empty_database(workdir / "baru.sqlite", "Kota Baru")
    unit(import_baseline, engine, path)
    with session_scope(engine) as s:
        analysis = analyse(s, "planned", [])
    assert analysis.years == [] and analysis.slum_ha == {}
    assert analysis.slum_ha_baseline > 0 and len(analysis.locations) > 0
    engine.dispose()
