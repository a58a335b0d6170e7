"""Programme analysis on the demo district: projections never touch the assessments, and
enough investment takes an RT out of slum status in the year it is finished."""

from __future__ import annotations

import pandas as pd
import pytest
import sqlalchemy as sa

from tests.units import unit
from workbench.db.engine import session_scope
from workbench.db.models import (
    Activity,
    ActivityType,
    Allocation,
    Assessment,
    AssessmentVolume,
    FundingSource,
    Location,
)
from workbench.services.demo import create_demo_database
from workbench.services.programme_analysis import analyse, reanalysed, works_frame


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


def _same(a, b) -> None:  # noqa: ANN001
    assert (a.years, a.basis, a.ruleset) == (b.years, b.basis, b.ruleset)
    assert a.locations == b.locations
    assert (a.slum_ha_baseline, a.slum_ha) == (b.slum_ha_baseline, b.slum_ha)
    pd.testing.assert_frame_equal(a.gaps, b.gaps, check_dtype=False)
    pd.testing.assert_frame_equal(a.over, b.over, check_dtype=False)


def test_a_reanalysed_programme_is_the_analysis_read_again(engine) -> None:  # noqa: ANN001
    """After one RT unit's assessment changes, projecting only it and its kawasan's other
    RT units (a kawasan work is shared by their problem volumes) gives the analysis that
    projecting every RT unit gives."""
    from workbench.domain.rules import get_ruleset
    from workbench.services.scores import set_assessment_value

    with session_scope(engine) as s:  # a kawasan-wide work (drainage, 2027)
        area = s.scalar(sa.select(Location.area_id).where(Location.area_id.is_not(None)))
        at = ActivityType(name="Saluran kawasan", criterion_code="4a")
        s.add(at)
        s.flush()
        act = Activity(
            area_id=area,
            criterion_code="4a",
            activity_type_id=at.id,
            volume=500,
            status="disepakati",
        )
        fs = s.scalar(sa.select(FundingSource.id).order_by(FundingSource.id))
        act.allocations.append(Allocation(year=2027, funding_source_id=fs, amount_rp=1_000_000))
        s.add(act)
    with session_scope(engine) as s:
        before = analyse(s)
        shared = works_frame(s)
        shared = shared[shared["kode_lokasi"] == ""]
        kawasan, crit = shared.iloc[0]["kawasan"], shared.iloc[0]["kriteria"]
        members = [loc for loc in before.locations if loc.kawasan == kawasan]
        assert len(members) > 1
        changed = s.scalar(sa.select(Location.id).where(Location.code == members[0].code))
        cleared = s.scalar(
            sa.select(Location.id).where(
                Location.code == next(o.code for o in before.locations if o.kawasan != kawasan)
            )
        )
        for lid, volumes in ((changed, {crit: 1e6}), (cleared, None)):
            aid = s.scalar(
                sa.select(Assessment.id)
                .where(Assessment.location_id == lid)
                .order_by(Assessment.year.desc())
            )
            rules = get_ruleset(s.get(Assessment, aid).ruleset_id)
            for code in rules.codes if volumes is None else volumes:
                value = 0.0 if volumes is None else volumes[code]
                set_assessment_value(s, aid, f"vol_{code}", value)
        s.flush()
        fresh = analyse(s)
        others = {o.code: o for o in fresh.locations if o.kawasan == kawasan}
        assert any(others[o.code] != o for o in members[1:])  # the kawasan's share moved
        _same(reanalysed(s, before, [changed, cleared]), fresh)
        s.rollback()
    with session_scope(engine) as s:
        again = analyse(s)
        _same(reanalysed(s, again, [changed]), again)
