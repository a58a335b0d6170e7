"""Workshop voting from participants' phones: what a round asks, what a ballot may say, and
how the ballots add up. Pure Python (no Qt, no SQL, no web).

Three kinds of question:

- ``for_against``: for each candidate *setuju* / *tidak setuju* / *abstain* (any may be
  left out);
- ``points``: a budget of points (e.g. 100) spread over the candidates;
- ``top_n``: the voter's top N candidates, in order (stored as Borda points: N for the
  first, N-1 for the second, …).

A ballot arrives as untrusted JSON from a phone: ``check_ballot`` accepts only the shape its
round asks for, with known candidates and bounded numbers, or says what is wrong.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

FOR_AGAINST, POINTS, TOP_N = "for_against", "points", "top_n"
KINDS = (FOR_AGAINST, POINTS, TOP_N)
CHOICES = ("support", "object", "abstain")  # the workshop's vote choices (db VOTE_CHOICES)
MAX_CANDIDATES = 200
MAX_BUDGET = 1000
MAX_NAME = 80


class BallotError(ValueError):
    """A ballot (or a round) that cannot be taken; ``key`` names the reason (the page
    says it in the voter's language)."""

    def __init__(self, key: str, detail: str = "") -> None:
        super().__init__(f"{key}: {detail}" if detail else key)
        self.key = key
        self.detail = detail


@dataclass(frozen=True)
class Candidate:
    """A candidate as the phones show it: its place in the ranking, score and level."""

    key: str  # the harmonisation row's key ("L12", "A3")
    code: str
    name: str
    place: int
    score: float
    level: str


@dataclass(frozen=True)
class RoundSpec:
    kind: str
    candidates: tuple[Candidate, ...]
    secret: bool = True
    budget: int = 100
    top_n: int = 3
    title: str = ""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise BallotError("round_kind", self.kind)
        if not self.candidates or len(self.candidates) > MAX_CANDIDATES:
            raise BallotError("round_candidates", str(len(self.candidates)))
        if len({c.key for c in self.candidates}) != len(self.candidates):
            raise BallotError("round_candidates", "a candidate twice")
        if self.kind == POINTS and not 1 <= self.budget <= MAX_BUDGET:
            raise BallotError("round_budget", str(self.budget))
        if self.kind == TOP_N and not 1 <= self.top_n <= len(self.candidates):
            raise BallotError("round_top_n", str(self.top_n))

    @property
    def keys(self) -> frozenset[str]:
        return frozenset(c.key for c in self.candidates)


@dataclass(frozen=True)
class Ballot:
    """One device's vote: ``choices`` (for/against), ``points`` or ``order`` (top N)."""

    choices: Mapping[str, str] = field(default_factory=dict)
    points: Mapping[str, float] = field(default_factory=dict)
    order: tuple[str, ...] = ()
    name: str = ""  # a named round: who voted, as they typed it


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise BallotError("ballot_number", repr(value)[:20])
    number = float(value)
    if not math.isfinite(number) or number < 0:
        raise BallotError("ballot_number", repr(value)[:20])
    return number


def check_ballot(spec: RoundSpec, raw: Any) -> Ballot:
    """The ballot a phone sent, checked against its round; ``BallotError`` otherwise."""
    if not isinstance(raw, dict):
        raise BallotError("ballot_shape")
    allowed = {"choices", "points", "order", "name"}
    if set(raw) - allowed:
        raise BallotError("ballot_shape", ", ".join(sorted(set(raw) - allowed))[:60])
    name = raw.get("name", "")
    if not isinstance(name, str) or len(name) > MAX_NAME:
        raise BallotError("ballot_name")
    name = " ".join(name.split())
    if not spec.secret and not name:
        raise BallotError("ballot_name_needed")
    keys = spec.keys
    if spec.kind == FOR_AGAINST:
        given = raw.get("choices", {})
        if not isinstance(given, dict) or set(given) - keys:
            raise BallotError("ballot_candidate")
        if any(v not in CHOICES for v in given.values()):
            raise BallotError("ballot_choice")
        return Ballot(choices=dict(given), name=name if not spec.secret else "")
    if spec.kind == POINTS:
        given = raw.get("points", {})
        if not isinstance(given, dict) or set(given) - keys:
            raise BallotError("ballot_candidate")
        points = {k: _number(v) for k, v in given.items()}
        if sum(points.values()) > spec.budget + 1e-9:
            raise BallotError("ballot_budget", f"{sum(points.values()):g}>{spec.budget}")
        return Ballot(
            points={k: v for k, v in points.items() if v}, name=name if not spec.secret else ""
        )
    given = raw.get("order", [])
    if not isinstance(given, list) or len(given) > spec.top_n:
        raise BallotError("ballot_order")
    if any(not isinstance(k, str) or k not in keys for k in given) or len(set(given)) != len(given):
        raise BallotError("ballot_candidate")
    return Ballot(order=tuple(given), name=name if not spec.secret else "")


@dataclass(frozen=True)
class Tally:
    """Per candidate: the counts of each choice, or the points; and the re-ranked order."""

    counts: dict[str, dict[str, float]]
    order: tuple[str, ...]  # candidate keys, most supported first
    ballots: int


def borda(spec: RoundSpec, order: Iterable[str]) -> dict[str, float]:
    """A top-N ballot as points: N for the first, N-1 for the second, …"""
    return {key: float(spec.top_n - i) for i, key in enumerate(order)}


def tally(spec: RoundSpec, ballots: Iterable[Ballot]) -> Tally:
    counts: dict[str, dict[str, float]] = {c.key: {} for c in spec.candidates}
    n = 0
    for b in ballots:
        n += 1
        if spec.kind == FOR_AGAINST:
            for key, choice in b.choices.items():
                counts[key][choice] = counts[key].get(choice, 0) + 1
        else:
            given = b.points if spec.kind == POINTS else borda(spec, b.order)
            for key, value in given.items():
                counts[key]["points"] = counts[key].get("points", 0) + value
    place = {c.key: c.place for c in spec.candidates}

    def strength(key: str) -> tuple[float, float, int]:
        c = counts[key]
        if spec.kind == FOR_AGAINST:
            return (-(c.get("support", 0) - c.get("object", 0)), -c.get("support", 0), place[key])
        return (-c.get("points", 0), 0.0, place[key])

    return Tally(counts, tuple(sorted(counts, key=strength)), n)
