"""What a phone's ballot may say, and how the ballots add up (domain.ballots)."""

from __future__ import annotations

import pytest

from workbench.domain.ballots import (
    FOR_AGAINST,
    POINTS,
    TOP_N,
    BallotError,
    Candidate,
    RoundSpec,
    check_ballot,
    tally,
)

CANDIDATES = tuple(
    Candidate(f"L{i}", f"DM10{i}", f"RT00{i}", i, 70 - i, "HEAVY") for i in range(1, 5)
)


def _spec(kind: str, **kw: object) -> RoundSpec:
    return RoundSpec(kind, CANDIDATES, **kw)  # type: ignore[arg-type]


def test_for_against_counts_and_reranks() -> None:
    spec = _spec(FOR_AGAINST)
    ballots = [
        check_ballot(spec, {"choices": {"L3": "support", "L1": "object"}}),
        check_ballot(spec, {"choices": {"L3": "support", "L2": "support"}}),
        check_ballot(spec, {"choices": {"L1": "abstain"}}),
    ]
    t = tally(spec, ballots)
    assert t.ballots == 3
    assert t.counts["L3"] == {"support": 2} and t.counts["L1"] == {"object": 1, "abstain": 1}
    # support minus objection first, then support, then the harmonised place
    assert t.order == ("L3", "L2", "L4", "L1")


def test_points_within_the_budget_and_top_n_as_borda() -> None:
    spec = _spec(POINTS, budget=100)
    assert check_ballot(spec, {"points": {"L1": 60, "L2": 40}}).points == {"L1": 60, "L2": 40}
    with pytest.raises(BallotError) as info:
        check_ballot(spec, {"points": {"L1": 60, "L2": 40.5}})
    assert info.value.key == "ballot_budget"
    for bad in (-1, float("nan"), float("inf"), True, "10", None):
        with pytest.raises(BallotError):
            check_ballot(spec, {"points": {"L1": bad}})
    top = _spec(TOP_N, top_n=3)
    t = tally(
        top, [check_ballot(top, {"order": ["L4", "L1"]}), check_ballot(top, {"order": ["L1"]})]
    )
    assert t.counts["L1"] == {"points": 5.0} and t.counts["L4"] == {"points": 3.0}
    assert t.order[:2] == ("L1", "L4")
    for bad in (["L1", "L1"], ["L1", "L2", "L3", "L4"], ["X9"], [1], "L1"):
        with pytest.raises(BallotError):
            check_ballot(top, {"order": bad})


def test_only_the_rounds_shape_is_taken() -> None:
    spec = _spec(FOR_AGAINST)
    for bad in (
        [],
        "x",
        {"choices": {"L9": "support"}},
        {"choices": {"L1": "yes"}},
        {"choices": {}, "admin": True},
        {"name": "x" * 81},
    ):
        with pytest.raises(BallotError):
            check_ballot(spec, bad)
    # a secret round keeps no name; a named one needs it
    assert check_ballot(spec, {"choices": {}, "name": "Budi"}).name == ""
    named = _spec(FOR_AGAINST, secret=False)
    with pytest.raises(BallotError) as info:
        check_ballot(named, {"choices": {"L1": "support"}})
    assert info.value.key == "ballot_name_needed"
    assert check_ballot(named, {"choices": {}, "name": "  Ibu   Sari "}).name == "Ibu Sari"


def test_a_round_must_make_sense() -> None:
    with pytest.raises(BallotError):
        RoundSpec("raffle", CANDIDATES)
    with pytest.raises(BallotError):
        RoundSpec(FOR_AGAINST, ())
    with pytest.raises(BallotError):
        RoundSpec(TOP_N, CANDIDATES, top_n=5)
    with pytest.raises(BallotError):
        RoundSpec(FOR_AGAINST, (CANDIDATES[0], CANDIDATES[0]))
