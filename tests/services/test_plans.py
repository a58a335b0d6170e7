"""Approving a plan version: refused until it names an agreed list and signatories, then
frozen and sealed; a new draft starts as a copy; the seal detects changed data."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
import sqlalchemy as sa

from workbench.db.engine import session_scope
from workbench.db.models import Activity, Allocation, PlanVersion
from workbench.domain.messages import UserError
from workbench.services import harmonisation as hs
from workbench.services import plans
from workbench.services import programme_edit as pe
from workbench.services.demo import create_demo_database
from workbench.services.programme import programme_view


@pytest.fixture
def engine(db_url: str):  # noqa: ANN201
    engine = create_demo_database(db_url, approved=False)  # a draft, no frozen list
    yield engine
    engine.dispose()


def _ready(s) -> int:  # noqa: ANN001
    """Freeze the demo's agreed list and name the signatories."""
    list_id = hs.freeze(s, "Lokasi prioritas 2026", None)
    plan = pe.current_plan(s)
    people = [
        plans.Signatory(
            p.position, f"Nama {i}", f"19700101 200001 1 00{i}", "Kota Demo", date(2026, 12, 15)
        )
        for i, p in enumerate(plans.signatories(s, plan.id))
    ]
    plans.set_signatories(s, plan.id, people)
    return list_id


def test_approval_is_refused_until_list_and_names_are_there(engine) -> None:  # noqa: ANN001
    with session_scope(engine) as s:
        with pytest.raises(UserError) as err:
            plans.approve(s, "Bupati Demo")
        assert err.value.key == "approve_no_list"
        hs.freeze(s, "Lokasi prioritas 2026", None)
        with pytest.raises(UserError) as err:
            plans.approve(s, "Bupati Demo")
        assert err.value.key == "signatory_name" and "Ketua Pokja PKP" in str(err.value)
        assert pe.current_plan(s).status == "draft"


def test_every_signing_field_is_needed_before_approval(engine) -> None:  # noqa: ANN001
    """Issue 14.3: an empty date or place was accepted and sealed into the PDF for good."""
    good = plans.Signatory(
        "Ketua Pokja PKP", "Drs. Ahmad", "197204151998031005", "Kota Demo", date(2026, 12, 15)
    )
    plans.check_approval([good, replace(good, nip="")], "Rapat pleno")  # no NIP is fine
    for change, key in (
        ({"place": " "}, "signatory_place"),
        ({"sign_date": None}, "signatory_date"),
        ({"name": ""}, "signatory_name"),
        ({"nip": "1972041519"}, "nip_bad"),
        ({"position": ""}, "signatory_position"),
    ):
        with pytest.raises(UserError) as err:
            plans.check_approval([good, replace(good, **change)], "Rapat pleno")
        assert err.value.key == key
        assert err.value.text("id") != str(err.value)  # said in both languages
    with pytest.raises(UserError, match="who approves"):
        plans.check_approval([good], " ")
    with session_scope(engine) as s:  # the service itself refuses a block without a date
        _ready(s)
        plan = pe.current_plan(s)
        people = plans.signatories(s, plan.id)
        plans.set_signatories(s, plan.id, [replace(people[0], sign_date=None), *people[1:]])
        with pytest.raises(UserError) as err:
            plans.approve(s, "Bupati Demo")
        assert err.value.key == "signatory_date"
        assert pe.current_plan(s).status == "draft"


def test_approved_plan_is_sealed_frozen_and_continued_in_a_new_draft(engine) -> None:  # noqa: ANN001
    with session_scope(engine) as s:
        _ready(s)
        before = programme_view(s)
        fp = plans.approve(s, "Bupati Demo")
        plan = pe.current_plan(s)
        assert plan.status == "approved" and len(fp) == 64 and plan.fingerprint == fp
        stored = json.loads(plan.snapshot_json)
        assert plans.fingerprint_of(stored) == fp
        assert stored["plan"]["period"] == [2026, 2030]
        assert len(stored["programme"]) == len(before.rows)
        assert stored["priority_list"]["name"] == "Lokasi prioritas 2026"
        assert [p["name"] for p in stored["signatories"]] == ["Nama 0", "Nama 1", "Nama 2"]
        approved_id = plan.id
        aid = before.rows[0].id
        with pytest.raises(UserError) as err:  # frozen: no edits to its activities
            pe.set_year_amount(s, aid, 2027, 5)
        assert err.value.key == "plan_frozen"
        with pytest.raises(UserError):
            pe.set_plan(s, "lain", 2026, 2030)
        check = plans.check_version(s, approved_id)
        assert check.intact and check.data_unchanged
    with session_scope(engine) as s:
        draft_id = plans.new_draft(s)
        assert draft_id != approved_id and pe.current_plan(s).version_no == 2
        after = programme_view(s)
        assert after.by_source == before.by_source  # the draft starts as a copy
        assert len(after.rows) == len(before.rows)
        row = after.rows[0]
        pe.set_year_amount(s, row.id, next(iter(row.by_year)), 1)  # the draft is editable
    with session_scope(engine) as s:
        check = plans.check_version(s, approved_id)
        assert check.intact and check.data_unchanged  # editing the draft leaves v1 alone
        assert plans.find_by_fingerprint(s, fp.upper()) == approved_id
        # someone changes version 1's money behind the application's back
        a1 = s.scalar(sa.select(Activity.id).where(Activity.plan_version_id == approved_id))
        s.execute(
            sa.update(Allocation)
            .where(Allocation.activity_id == a1)
            .values(amount_rp=Allocation.amount_rp + 1)
        )
        assert not plans.check_version(s, approved_id).data_unchanged
        s.get(PlanVersion, approved_id).snapshot_json = s.get(
            PlanVersion, approved_id
        ).snapshot_json.replace("Nama 0", "Nama X")
        assert not plans.check_version(s, approved_id).intact
