"""A closed voting round stored as the workshop's votes and taken back (services.voting_rounds)."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from workbench.db.models import Stakeholder, Vote
from workbench.domain.ballots import FOR_AGAINST, TOP_N, Ballot, Candidate, RoundSpec
from workbench.services import harmonisation as hs
from workbench.services import priority_inputs as pi
from workbench.services.voting_rounds import store_round, unstore_round
from workbench.services.workspace import session_scope


def _round(session, kind: str, secret: bool = True):  # noqa: ANN001, ANN202
    rows = hs.harmonised_view(session).rows[:3]
    candidates = tuple(
        Candidate(r.key, r.info.code, r.info.name, i + 1, 60.0, "HEAVY") for i, r in enumerate(rows)
    )
    spec = RoundSpec(kind, candidates, secret=secret, top_n=2)
    return spec, {r.key: r.info.target for r in rows}, [r.key for r in rows]


def _votes(session, group: str) -> list[tuple]:  # noqa: ANN001
    return sorted(
        (v.location_id or v.area_id, v.choice, v.count, v.points)
        for v in session.scalars(select(Vote).where(Vote.group_label == group))
    )


@pytest.fixture
def engine(demo_engine):  # noqa: ANN001, ANN201 - the shared copy, by this module's name
    return demo_engine


def test_a_secret_round_is_one_group_of_counts_and_undo_takes_it_away(engine) -> None:  # noqa: ANN001
    with session_scope(engine) as s:
        spec, targets, keys = _round(s, FOR_AGAINST)
        ws = hs.get_settings(s).workshop_id
        ballots = {
            "a": Ballot(choices={keys[0]: "support", keys[1]: "object"}),
            "b": Ballot(choices={keys[0]: "support"}),
            "c": Ballot(choices={keys[0]: "abstain", keys[2]: "support"}),
        }
        stored = store_round(
            s, ws, spec, ballots, targets, "K7Q2", now=datetime(2026, 12, 2, 10, 5)
        )
        assert stored.group == "Ponsel K7Q2 10:05" and stored.voters == 3
        got = {(choice, count) for _t, choice, count, _p in _votes(s, stored.group)}
        assert got == {("support", 2), ("abstain", 1), ("object", 1), ("support", 1)}
        tallied = pi.get_tally(s, ws, targets[keys[0]], "support", stored.group)
        assert tallied == 2
    with session_scope(engine) as s:
        unstore_round(s, stored)
    with session_scope(engine) as s:
        assert _votes(s, stored.group) == []


def test_a_named_round_links_stakeholders_and_gives_back_what_it_replaced(engine) -> None:  # noqa: ANN001
    with session_scope(engine) as s:
        spec, targets, keys = _round(s, TOP_N, secret=False)
        ws = hs.get_settings(s).workshop_id
        st = s.scalars(select(Stakeholder).where(Stakeholder.archived.is_(False))).first()
        assert st is not None
        pi.set_points(s, ws, targets[keys[1]], 5, 100, stakeholder_id=st.id)  # an earlier vote
        ballots = {
            "a": Ballot(order=(keys[1], keys[0]), name=st.name.upper()),  # as typed on a phone
            "b": Ballot(order=(keys[2],), name="Warga RT 03"),
        }
        stored = store_round(s, ws, spec, ballots, targets, "AB12")
        mine = {
            (v.location_id or v.area_id, v.points)
            for v in s.scalars(
                select(Vote).where(Vote.stakeholder_id == st.id, Vote.choice == "points")
            )
        }
        assert mine == {(targets[keys[1]][1], 2.0), (targets[keys[0]][1], 1.0)}  # Borda, 5 gone
        assert _votes(s, "Warga RT 03") == [(targets[keys[2]][1], "points", 0, 2.0)]
    with session_scope(engine) as s:
        unstore_round(s, stored)
    with session_scope(engine) as s:
        back = [
            v.points
            for v in s.scalars(
                select(Vote).where(Vote.stakeholder_id == st.id, Vote.choice == "points")
            )
        ]
        assert back == [5.0]
        assert _votes(s, "Warga RT 03") == []
