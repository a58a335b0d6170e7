"""A kelurahan's year submitted, approved or returned with a reason, in order, with its
history (SQLite, and PostgreSQL as the database owner; the roles: test_server)."""

from __future__ import annotations

import pytest

from workbench.db.engine import session_scope
from workbench.domain.messages import UserError
from workbench.services import submissions as sub


@pytest.fixture
def engine(demo_engine):  # noqa: ANN001, ANN201 - the shared copy, by this module's name
    return demo_engine


def test_submit_approve_and_return_in_order_with_the_history(engine) -> None:  # noqa: ANN001
    with session_scope(engine) as s:
        year = sub.years(s)[-1]
        first, second = sub.village_years(s, year)[:2]
        assert first.status is None and first.locations > 0
        sub.submit(s, first.village_id, year, user="ui")
    with session_scope(engine) as s, pytest.raises(UserError) as info:
        sub.submit(s, first.village_id, year, user="ui")
    assert info.value.key == "submission_already"
    with session_scope(engine) as s, pytest.raises(UserError) as info:
        sub.approve(s, second.village_id, year, user="ui")  # never submitted
    assert info.value.key == "submission_not_submitted"
    with session_scope(engine) as s, pytest.raises(UserError) as info:
        sub.send_back(s, first.village_id, year, "  ", user="ui")
    assert info.value.key == "submission_reason_needed"
    with session_scope(engine) as s:
        sub.send_back(s, first.village_id, year, "volume drainase 3b belum diukur", user="ui")
        sub.submit(s, first.village_id, year, user="ui")  # open again: submitted anew
        sub.approve(s, first.village_id, year, user="ui")
    with session_scope(engine) as s:
        shown = next(v for v in sub.village_years(s, year) if v.village_id == first.village_id)
        assert sub.status_by_village(s, year) == {first.village_id: sub.APPROVED}
    assert [st.status for st in shown.steps] == [
        sub.SUBMITTED,
        sub.RETURNED,
        sub.SUBMITTED,
        sub.APPROVED,
    ]
    assert shown.steps[1].reason == "volume drainase 3b belum diukur"
    assert all(st.by for st in shown.steps)  # who took each step
