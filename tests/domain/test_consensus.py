"""Consensus maths on hand-computed cases (see the formulas in workbench/domain/consensus.py)."""

from __future__ import annotations

import pytest

from workbench.domain.consensus import (
    Candidate,
    Inputs,
    Tally,
    agreement_band,
    borda_points,
    check_weights,
    criteria_matrix,
    harmonise,
    kendalls_w,
    positions,
    rank_spread,
    sensitivity,
)


def abc(**totals: float) -> list[Candidate]:
    return [Candidate(key=k, code=k.upper(), total=t) for k, t in totals.items()]


def test_positions_close_gaps_and_average_ties() -> None:
    assert positions({"a": 1, "b": 5, "c": 9}) == {"a": 1, "b": 2, "c": 3}
    assert positions({"a": 2, "b": 2, "c": 1}) == {"c": 1, "a": 2.5, "b": 2.5}
    assert positions({}) == {}


def test_borda_one_voice_per_source_hand_computed() -> None:
    # S1 ranks a, b, c: 3/3, 2/3, 1/3; S2 ranks b, c: 2/2, 1/2; S3 ties a and c first
    # (position 1.5 → (2 − 1.5 + 1) / 2 = 0.75 each).
    inputs = Inputs(
        abc(a=30, b=30, c=30),
        rankings={"S1": {"a": 1, "b": 2, "c": 3}, "S2": {"b": 1, "c": 2}, "S3": {"a": 1, "c": 1}},
    )
    assert borda_points(inputs).tolist() == pytest.approx([1.75, 5 / 3, 1 / 3 + 0.5 + 0.75])
    result = harmonise(inputs, {"proposals": 1})
    assert [(r.key, r.borda_rank) for r in result.rows] == [("a", 1), ("b", 2), ("c", 3)]


def test_ranking_ignores_candidates_that_are_not_on_the_list() -> None:
    inputs = Inputs(abc(a=30, b=30), rankings={"S1": {"ghost": 1, "b": 2, "a": 3}})
    assert borda_points(inputs).tolist() == [0.5, 1.0]


def test_composite_hand_computed() -> None:
    cands = [
        Candidate("A", "A", 40, "tinggi"),
        Candidate("B", "B", 30, "sedang"),
        Candidate("C", "C", 20, "rendah"),
    ]
    votes = {"B": Tally(support=12, object=2), "C": Tally(support=6, object=1)}
    inputs = Inputs(cands, votes=votes)
    # rescaled: kumuh 1, .5, 0; other 1, .5, 0; proposals 0; votes (net 0, 10, 5) 0, 1, .5
    assert criteria_matrix(inputs).round(6).tolist() == [
        [1, 1, 0, 0],
        [0.5, 0.5, 0, 1],
        [0, 0, 0, 0.5],
    ]
    result = harmonise(inputs, {"kumuh": 0.4, "other": 0.2, "proposals": 0.25, "votes": 0.15})
    assert [r.key for r in result.rows] == ["A", "B", "C"]
    assert [round(r.composite, 6) for r in result.rows] == [0.6, 0.45, 0.075]
    # weights need not sum to one: they are divided by their sum
    doubled = harmonise(inputs, {"kumuh": 0.8, "other": 0.4, "proposals": 0.5, "votes": 0.3})
    assert [round(r.composite, 6) for r in doubled.rows] == [0.6, 0.45, 0.075]
    only_votes = harmonise(inputs, {"votes": 1})
    assert [r.key for r in only_votes.rows] == ["B", "C", "A"]


def test_points_budget_counts_with_the_tally() -> None:
    cands = abc(a=30, b=30, c=30)
    only_points = Inputs(
        cands, votes={"a": Tally(points=10), "b": Tally(points=60), "c": Tally(points=30)}
    )
    assert [r.key for r in harmonise(only_points, {"votes": 1}).rows] == ["b", "c", "a"]
    both = Inputs(
        cands,
        votes={
            "a": Tally(support=10, points=0),
            "b": Tally(points=100),
            "c": Tally(support=5, points=50),
        },
    )
    # net rescaled a 1, b 0, c .5; points rescaled a 0, b 1, c .5 → means .5, .5, .5: a tie
    assert criteria_matrix(both)[:, 3].tolist() == [0.5, 0.5, 0.5]


def test_ties_broken_by_total_then_hectares_then_code() -> None:
    cands = [
        Candidate("x", "RT-B", 30, area_ha=2.0),
        Candidate("y", "RT-A", 30, area_ha=2.0),
        Candidate("z", "RT-C", 30, area_ha=3.5),
        Candidate("w", "RT-D", 45, area_ha=0.1),
    ]
    # equal votes for all: composite on votes alone ties everyone
    result = harmonise(Inputs(cands), {"votes": 1})
    assert [r.key for r in result.rows] == ["w", "z", "y", "x"]
    assert [r.rank for r in result.rows] == [1, 2, 3, 4]


def test_kendalls_w_hand_computed() -> None:
    # rank sums 4, 6, 8, 12; S = 35; W = 12·35 / (3² · (4³ − 4)) = 420 / 540
    w = kendalls_w(
        {
            "S1": {"a": 1, "b": 2, "c": 3, "d": 4},
            "S2": {"a": 2, "b": 1, "c": 3, "d": 4},
            "S3": {"a": 1, "b": 3, "c": 2, "d": 4},
        }
    )
    assert w is not None
    assert w.w == pytest.approx(7 / 9)
    assert w.chi_square == pytest.approx(3 * 3 * 7 / 9)
    assert w.agreement == "very_strong"


def test_kendalls_w_extremes_and_partial_lists_with_tie_correction() -> None:
    same = kendalls_w({"S1": {"a": 1, "b": 2, "c": 3}, "S2": {"a": 1, "b": 2, "c": 3}})
    assert same is not None and same.w == pytest.approx(1.0)
    reversed_ = kendalls_w({"S1": {"a": 1, "b": 2, "c": 3}, "S2": {"a": 3, "b": 2, "c": 1}})
    assert reversed_ is not None and reversed_.w == pytest.approx(0.0)
    # S2 ranks only a; b and c share the remaining ranks 2.5, 2.5 (one tie group of 2: T = 6).
    # R = 2, 4.5, 5.5; S = 6.5; W = 78 / (4 · 24 − 2 · 6) = 78 / 84
    partial = kendalls_w({"S1": {"a": 1, "b": 2, "c": 3}, "S2": {"a": 1}})
    assert partial is not None and partial.w == pytest.approx(78 / 84)
    assert kendalls_w({"S1": {"a": 1, "b": 2}}) is None


@pytest.mark.parametrize(
    ("w", "band"),
    [
        (0.0, "very_weak"),
        (0.0999, "very_weak"),
        (0.1, "weak"),
        (0.3, "moderate"),
        (0.5, "strong"),
        (0.6999, "strong"),
        (0.7, "very_strong"),
        (1.0, "very_strong"),
    ],
)
def test_agreement_bands_at_their_boundaries(w: float, band: str) -> None:
    assert agreement_band(w) == band


def test_rank_spread() -> None:
    inputs = Inputs(
        abc(a=1, b=1, c=1, d=1),
        rankings={
            "S1": {"a": 1, "b": 2, "c": 3},
            "S2": {"c": 1, "a": 2},
            "S3": {"a": 1, "b": 3, "c": 5},
        },
    )
    spread = rank_spread(inputs)
    assert spread["a"] == pytest.approx(100.0)  # first in S1 and S3, last in S2
    assert spread["b"] == pytest.approx(0.0)  # middle in S1 (0.5) and S3 (0.5)
    assert spread["c"] == pytest.approx(100.0)
    assert spread["d"] == 0.0  # ranked by nobody


def test_weights_are_checked() -> None:
    with pytest.raises(ValueError, match="at least one weight"):
        check_weights({"kumuh": 0, "votes": 0})
    with pytest.raises(ValueError, match="≥ 0"):
        check_weights({"kumuh": -1})
    with pytest.raises(ValueError, match="unknown weight 'cost'"):
        check_weights({"cost": 1})


def _field(n: int = 40) -> Inputs:
    cands = [
        Candidate(
            f"k{i}",
            f"RT{i:03d}",
            total=20 + (i * 7) % 40,
            other=("tinggi", "sedang", "rendah")[i % 3],
            area_ha=1 + i % 5,
        )
        for i in range(n)
    ]
    rankings = {
        "S1": {f"k{i}": i + 1 for i in range(0, n, 2)},
        "S2": {f"k{i}": n - i for i in range(n)},
    }
    votes = {f"k{i}": Tally(support=i % 9, object=i % 4) for i in range(n)}
    return Inputs(cands, rankings, votes)


def test_sensitivity_is_deterministic_for_a_seed() -> None:
    inputs = _field()
    w = {"kumuh": 0.4, "other": 0.2, "proposals": 0.25, "votes": 0.15}
    first = sensitivity(inputs, w, top_n=10, spread=0.3, draws=200, seed=7)
    again = sensitivity(inputs, w, top_n=10, spread=0.3, draws=200, seed=7)
    other = sensitivity(inputs, w, top_n=10, spread=0.3, draws=200, seed=8)
    assert first == again
    assert first != other
    assert sum(s.in_top for s in first) == pytest.approx(10.0)  # N places in every draw


def test_sensitivity_without_spread_reproduces_the_ranking() -> None:
    inputs = _field()
    w = {"kumuh": 0.4, "other": 0.2, "proposals": 0.25, "votes": 0.15}
    ranks = {r.key: r.rank for r in harmonise(inputs, w).rows}
    for s in sensitivity(inputs, w, top_n=10, spread=0.0, draws=50):
        assert s.best == s.worst == ranks[s.key]
        assert s.in_top == (1.0 if ranks[s.key] <= 10 else 0.0)


def test_a_dominant_candidate_stays_first_under_any_weights() -> None:
    cands = [Candidate("top", "A", 70, "tinggi", 5)] + abc(b=30, c=20)
    inputs = Inputs(cands, rankings={"S": {"top": 1, "b": 2}}, votes={"top": Tally(support=20)})
    result = {s.key: s for s in sensitivity(inputs, {"kumuh": 1, "votes": 1}, 1, 1.0, 300)}
    assert result["top"].in_top == 1.0 and result["top"].worst == 1
    assert result["c"].best == 3


def test_sensitivity_refuses_bad_settings() -> None:
    with pytest.raises(ValueError, match="between 0 and 100"):
        sensitivity(_field(), {"kumuh": 1}, 5, 1.5)
    with pytest.raises(ValueError, match="draws"):
        sensitivity(_field(), {"kumuh": 1}, 5, 0.2, draws=0)
