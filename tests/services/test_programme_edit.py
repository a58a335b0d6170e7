"""Programme edits: activities with money per year and source, refusals that change nothing,
undo data, catalogue editing and plan period."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from workbench.db.engine import session_scope
from workbench.db.models import (
    Activity,
    ActivityType,
    Allocation,
    Commitment,
    FundingSource,
    Location,
    PlanVersion,
    Stakeholder,
)
from workbench.domain.messages import UserError
from workbench.services import programme_edit as pe
from workbench.services.demo import create_demo_database
from workbench.services.workspace import create_empty_database


@pytest.fixture
def engine(db_url: str):  # noqa: ANN201
    engine = create_demo_database(db_url, approved=False)  # a draft, no frozen list
    yield engine
    engine.dispose()


def _ids(s, name: str = "Penutup saluran") -> tuple[int, int, int, int]:  # noqa: ANN001
    loc = s.scalar(sa.select(Location.id).order_by(Location.code))
    t = s.scalar(sa.select(ActivityType.id).where(ActivityType.name == name))
    apbd = s.scalar(sa.select(FundingSource.id).where(FundingSource.code == "APBD_KAB"))
    dd = s.scalar(sa.select(FundingSource.id).where(FundingSource.code == "DANA_DESA"))
    return loc, t, apbd, dd


def test_activity_with_two_sources_round_trips_and_money_is_exact(engine) -> None:  # noqa: ANN001
    with session_scope(engine) as s:
        loc, t, apbd, dd = _ids(s)
        d = pe.ActivityData(
            location_id=loc,
            area_id=None,
            criterion_code="4c",
            activity_type_id=t,
            volume=30.0,
            unit_cost_rp=350_000,
            allocations=((2027, apbd, 6_000_000), (2027, dd, 4_500_001), (2028, apbd, 1)),
        )
        aid = pe.create_activity(s, d)
    with session_scope(engine) as s:
        back = pe.activity_data(s, aid)
        total = s.scalar(
            sa.select(sa.func.sum(Allocation.amount_rp)).where(Allocation.activity_id == aid)
        )
    assert back.allocations == ((2027, apbd, 6_000_000), (2027, dd, 4_500_001), (2028, apbd, 1))
    assert int(total) == 10_500_002 and isinstance(back.allocations[0][2], int)
    assert back.volume == 30.0 and back.status == "usulan"


@pytest.mark.parametrize(
    ("change", "key"),
    [
        (dict(criterion_code="9z"), "unknown_criterion"),
        (dict(criterion_code="2b"), "type_criterion"),  # Penutup saluran is a 4c type
        (dict(volume=-1.0), "volume_bad"),
        (dict(volume=float("nan")), "volume_bad"),
        (dict(unit_cost_rp=-5), "money_bad"),
        (dict(unit_cost_rp=12.5), "money_bad"),  # never float money
        (dict(status="selesai"), "choice_bad"),
        (dict(area_id=1), "one_target"),  # both an RT and a kawasan
        (dict(allocations=((1989, 1, 5),)), "year_bad"),
    ],
)
def test_refused_activities_name_the_problem_and_add_nothing(engine, change, key) -> None:  # noqa: ANN001
    with session_scope(engine) as s:
        loc, t, apbd, _ = _ids(s)
        before = s.scalar(sa.select(sa.func.count(Activity.id)))
        d = pe.ActivityData(
            location_id=loc,
            area_id=None,
            criterion_code="4c",
            activity_type_id=t,
            volume=10.0,
            allocations=((2027, apbd, 1_000),),
        ).with_changes(**change)
        with pytest.raises(UserError) as err:
            pe.create_activity(s, d)
        assert err.value.key == key
        assert err.value.text("id")  # the window shows it in Indonesian
    with session_scope(engine) as s:
        assert s.scalar(sa.select(sa.func.count(Activity.id))) == before


def test_same_source_twice_in_a_year_is_refused(engine) -> None:  # noqa: ANN001
    with session_scope(engine) as s:
        loc, t, apbd, _ = _ids(s)
        d = pe.ActivityData(
            location_id=loc,
            area_id=None,
            criterion_code="4c",
            activity_type_id=t,
            volume=10.0,
            allocations=((2027, apbd, 1), (2027, apbd, 2)),
        )
        with pytest.raises(UserError, match="twice"):
            pe.create_activity(s, d)


def test_delete_and_restore_keeps_id_allocations_and_commitment_link(engine) -> None:  # noqa: ANN001
    with session_scope(engine) as s:
        loc, t, apbd, _ = _ids(s)
        sid = s.scalar(sa.select(Stakeholder.id))
        c = Commitment(stakeholder_id=sid, form="uang", value_rp=5_000_000, year=2027)
        s.add(c)
        s.flush()
        aid = pe.create_activity(
            s,
            pe.ActivityData(
                location_id=loc,
                area_id=None,
                criterion_code="4c",
                activity_type_id=t,
                volume=12.0,
                allocations=((2028, apbd, 4_200_000),),
                commitment_ids=(c.id,),
            ),
        )
        cid = c.id
    with session_scope(engine) as s:
        old = pe.delete_activity(s, aid)
    with session_scope(engine) as s:
        assert s.get(Activity, aid) is None
        assert s.get(Commitment, cid).activity_id is None
        pe.restore_activity(s, aid, old)
    with session_scope(engine) as s:
        assert pe.activity_data(s, aid) == old
        assert s.get(Commitment, cid).activity_id == aid


def test_matrix_cell_sets_the_years_only_source_and_refuses_when_there_are_two(engine) -> None:  # noqa: ANN001
    with session_scope(engine) as s:
        loc, t, apbd, dd = _ids(s)
        aid = pe.create_activity(
            s,
            pe.ActivityData(
                location_id=loc,
                area_id=None,
                criterion_code="4c",
                activity_type_id=t,
                volume=12.0,
                allocations=((2027, apbd, 1_000), (2028, apbd, 2_000), (2028, dd, 3_000)),
            ),
        )
    with session_scope(engine) as s:
        old = pe.set_year_amount(s, aid, 2027, 7_000)
        pe.set_year_amount(s, aid, 2029, 9_000)  # a new year takes the main source
        with pytest.raises(UserError) as err:
            pe.set_year_amount(s, aid, 2028, 1)
        assert err.value.key == "several_sources"
    with session_scope(engine) as s:
        now = pe.activity_data(s, aid).allocations
        assert now == (
            (2027, apbd, 7_000),
            (2028, apbd, 2_000),
            (2028, dd, 3_000),
            (2029, apbd, 9_000),
        )
        pe.set_year_amount(s, aid, 2029, None)  # clearing removes the allocation
        pe.restore_activity(s, aid, old)
    with session_scope(engine) as s:
        assert pe.activity_data(s, aid).allocations == old.allocations


def test_plan_period_is_checked_and_approved_plans_are_frozen(engine) -> None:  # noqa: ANN001
    with session_scope(engine) as s:
        with pytest.raises(UserError, match="start no later"):
            pe.set_plan(s, "RP2KPKP", 2030, 2026)
        with pytest.raises(UserError, match="too long"):
            pe.set_plan(s, "RP2KPKP", 2025, 2050)
        old = pe.set_plan(s, "RP2KPKP 2025-2029", 2025, 2029)
        assert old[1:] == (2026, 2030)
        assert pe.plan_info(s).years == [2025, 2026, 2027, 2028, 2029]
        s.scalars(sa.select(PlanVersion)).one().status = "approved"
    with session_scope(engine) as s:
        aid = s.scalar(sa.select(Activity.id))
        with pytest.raises(UserError) as err:
            pe.set_year_amount(s, aid, 2026, 5)
        assert err.value.key == "plan_frozen"


def test_catalogue_edits_refuse_duplicates_and_deleting_what_is_used(engine) -> None:  # noqa: ANN001
    with session_scope(engine) as s:
        with pytest.raises(UserError, match="already exists"):
            pe.save_funding_source(s, None, "  apbd   provinsi ")
        sid, _, _ = pe.save_funding_source(s, None, "APBD II (KOTA/KAB)")
        assert s.get(FundingSource, sid).code == "APBD_II_KOTA_KAB"
        used = next(x for x in pe.funding_sources(s) if x.used)
        with pytest.raises(UserError) as err:
            pe.delete_funding_source(s, used.id)
        assert err.value.key == "source_in_use"
        pe.delete_funding_source(s, sid)
        tid, old = pe.save_activity_type(s, None, pe.TypeData("Biopori", "4a", "", 75_000))
        assert old is None and s.get(ActivityType, tid).unit == "ha"  # unit of criterion 4a
        used_t = next(x for x in pe.activity_types(s) if x.used)
        with pytest.raises(UserError, match="used by"):
            pe.delete_activity_type(s, used_t.id)
        gone = pe.delete_activity_type(s, tid)
        pe.save_activity_type(s, tid, gone)  # undo puts it back under its id
        assert s.get(ActivityType, tid).name == "Biopori"


def test_a_new_district_gets_the_default_catalogue_and_a_draft_plan(workdir) -> None:  # noqa: ANN001
    engine = create_empty_database(workdir / "baru.sqlite", "Kota Baru")
    try:
        with session_scope(engine) as s:
            names = {x.name for x in pe.activity_types(s)}
            assert {"Penutup saluran", "Hidran umum", "TPS 3R", "APAR"} <= names
            assert len(pe.funding_sources(s)) == 9
            assert pe.plan_info(s) is None
            plan = pe.editable_plan(s)
            assert plan.period_end - plan.period_start == 4
            assert not pe.ensure_catalogue(s)  # already there
    finally:
        engine.dispose()
