"""Consensus maths for priority harmonisation: composite ranking, Borda, Kendall's W,
rank spread and Monte Carlo weight sensitivity.

Pure Python + numpy; no Qt, no SQL. Every function is deterministic (the sensitivity
draws take a seed).

Inputs
------
A *candidate* is an RT unit or a kawasan, identified by a string ``key``. A *source*
(SK Kumuh, a village RPLP, an agency, DPRD…) ranks some of the candidates: ``rankings`` maps
source name → {candidate key → rank}, rank 1 best. Ranks are read ordinally: gaps are closed
(1, 2, 5 → positions 1, 2, 3) and equal ranks are ties that share the average position.
Workshop votes are a :class:`Tally` per candidate.

Composite ranking (simple additive weighting)
---------------------------------------------
Four criteria, each rescaled over the candidate set with min–max normalisation
``x' = (x − min) / (max − min)`` (0 for every candidate when all are equal):

* ``kumuh``: the total kumuh score of the latest assessment;
* ``other``: pertimbangan lain, tinggi = 2, sedang = 1, rendah or unknown = 0;
* ``proposals``: the candidate's Borda points summed over sources (below);
* ``votes``: the net show-of-hands tally ``support − object``; when points were spread from a
  budget as well, the mean of the rescaled net tally and the rescaled points.

``composite_i = Σ_k w_k · x'_ik / Σ_k w_k`` (0…1). Weights must be ≥ 0 with a positive sum.

Ties (equal composite to 12 decimals) are broken, in order, by the higher kumuh total, the
larger area in hectares, then the candidate's code in alphabetical order. The same rule breaks
ties in the Borda ranking and in every sensitivity draw.

Borda count, one voice per source
---------------------------------
Emerson's modified Borda count for partial lists, normalised per source: a source that ranks
``m`` candidates gives the candidate at position ``p`` (average position for ties)
``(m − p + 1) / m`` points, so its first choice earns 1 and its last ``1/m``; candidates it does
not rank get 0. Summing over sources gives the Borda score. Normalising keeps the SK Kumuh
(which ranks every location) from outvoting a village RPLP (which ranks its own few RT units):
each source's first choice counts the same.

Kendall's coefficient of concordance W
--------------------------------------
Over the ``n`` candidates ranked by at least one of ``m ≥ 2`` sources: each source's ranks,
with the candidates it did not rank tied for the remaining positions (average rank
``(m_s + 1 + n) / 2``). With ``R_i`` the sum of candidate i's ranks and ``S = Σ (R_i − R̄)²``:

    W = 12 S / (m² (n³ − n) − m Σ_j T_j),   T_j = Σ_groups (t³ − t) over source j's ties

W = 1 is complete agreement, 0 none. The chi-square statistic is ``m (n − 1) W``. Schmidt's
(1997) reading: < 0.1 very weak, < 0.3 weak, < 0.5 moderate, < 0.7 strong, else very strong.

Rank spread
-----------
For each candidate, its relative position in each source that ranks it,
``q = (p − 1) / (m − 1)`` (0 = first, 1 = last; 0 when the source ranks one candidate), and the
spread ``100 · (max q − min q)`` in percentage points: 0 when every source puts it at the same
relative height, 100 when one puts it first and another last. Fewer than two sources: 0.

Sensitivity
-----------
Each of ``draws`` draws multiplies every weight by an independent factor uniform in
``[1 − s, 1 + s]`` (``s`` = ± share, 0 ≤ s ≤ 1), recomputes the composite and ranks with the tie
rule. Per candidate: the share of draws in which it is in the top N, and its best, median and
worst rank over the draws. The draws come from ``numpy.random.default_rng(seed)``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

CRITERIA = ("kumuh", "other", "proposals", "votes")
DEFAULT_WEIGHTS = {"kumuh": 0.4, "other": 0.2, "proposals": 0.25, "votes": 0.15}
OTHER_CONSIDERATION_VALUE = {"tinggi": 2.0, "sedang": 1.0, "rendah": 0.0}
AGREEMENT_BANDS = ((0.1, "very_weak"), (0.3, "weak"), (0.5, "moderate"), (0.7, "strong"))
_DECIMALS = 12


@dataclass(frozen=True)
class Candidate:
    key: str
    code: str
    total: float
    other: str = ""
    area_ha: float = 0.0


@dataclass(frozen=True)
class Tally:
    support: float = 0.0
    object: float = 0.0
    abstain: float = 0.0
    points: float = 0.0


@dataclass
class Inputs:
    candidates: list[Candidate]
    rankings: dict[str, dict[str, float]] = field(default_factory=dict)
    votes: dict[str, Tally] = field(default_factory=dict)


@dataclass(frozen=True)
class Concordance:
    w: float
    sources: int
    candidates: int
    chi_square: float

    @property
    def agreement(self) -> str:
        return agreement_band(self.w)


@dataclass(frozen=True)
class RankedCandidate:
    key: str
    rank: int
    composite: float
    criteria: dict[str, float]
    borda: float
    borda_rank: int
    spread: float
    source_ranks: dict[str, float]


@dataclass(frozen=True)
class Harmonised:
    rows: list[RankedCandidate]  # in composite rank order
    concordance: Concordance | None  # None with fewer than two sources or candidates
    weights: dict[str, float]


@dataclass(frozen=True)
class Stability:
    key: str
    in_top: float  # share of draws in the top N, 0…1
    best: int
    median: float
    worst: int


def check_weights(weights: Mapping[str, float]) -> dict[str, float]:
    """The four weights as floats; unknown names, negatives and an all-zero set are refused."""
    unknown = set(weights) - set(CRITERIA)
    if unknown:
        raise ValueError(f"unknown weight {sorted(unknown)[0]!r}; expected {', '.join(CRITERIA)}")
    out = {k: float(weights.get(k, 0.0)) for k in CRITERIA}
    for k, v in out.items():
        if not np.isfinite(v) or v < 0:
            raise ValueError(f"weight {k!r} must be a number ≥ 0, not {v}")
    if sum(out.values()) <= 0:
        raise ValueError("at least one weight must be above 0")
    return out


def agreement_band(w: float) -> str:
    for bound, name in AGREEMENT_BANDS:
        if w < bound:
            return name
    return "very_strong"


def positions(ranking: Mapping[str, float]) -> dict[str, float]:
    """Ordinal positions 1…m of one source's ranks, closing gaps, ties averaged."""
    if not ranking:
        return {}
    keys = list(ranking)
    values = np.array([float(ranking[k]) for k in keys])
    _, group, counts = np.unique(values, return_inverse=True, return_counts=True)
    end = np.cumsum(counts)  # a tie group holds positions start+1 … end
    average = (end - counts + 1 + end) / 2
    return dict(zip(keys, average[group].tolist(), strict=True))


def _known_positions(inputs: Inputs) -> dict[str, dict[str, float]]:
    """source → {candidate key → position}, counting only candidates on the list; computed
    once per Inputs (every measure below reads it)."""
    cached = inputs.__dict__.get("_positions")
    if cached is None:
        known = {c.key for c in inputs.candidates}
        cached = {
            source: positions({k: r for k, r in ranking.items() if k in known})
            for source, ranking in inputs.rankings.items()
        }
        inputs.__dict__["_positions"] = cached
    return cached


def borda_points(inputs: Inputs) -> np.ndarray:
    """Borda score of each candidate (in ``inputs.candidates`` order), one voice per source."""
    index = {c.key: i for i, c in enumerate(inputs.candidates)}
    points = np.zeros(len(inputs.candidates))
    for pos in _known_positions(inputs).values():
        m = len(pos)
        if m:
            idx = np.fromiter((index[k] for k in pos), dtype=np.int64, count=m)
            np.add.at(points, idx, (m - np.fromiter(pos.values(), float, count=m) + 1) / m)
    return points


def _minmax(x: np.ndarray) -> np.ndarray:
    lo, hi = (float(x.min()), float(x.max())) if len(x) else (0.0, 0.0)
    if hi - lo <= 0:
        return np.zeros_like(x, dtype=float)
    return (x - lo) / (hi - lo)


def criteria_matrix(inputs: Inputs) -> np.ndarray:
    """n × 4 matrix of rescaled criteria, columns in ``CRITERIA`` order."""
    cands = inputs.candidates
    total = np.array([float(c.total) for c in cands])
    other = np.array([OTHER_CONSIDERATION_VALUE.get(c.other, 0.0) for c in cands])
    borda = borda_points(inputs)
    tallies = [inputs.votes.get(c.key, Tally()) for c in cands]
    net = np.array([t.support - t.object for t in tallies], dtype=float)
    pts = np.array([t.points for t in tallies], dtype=float)
    votes = _minmax(net)
    if len(pts) and pts.max() > 0:
        votes = (votes + _minmax(pts)) / 2 if np.any(net != 0) else _minmax(pts)
    return (
        np.column_stack([_minmax(total), _minmax(other), _minmax(borda), votes])
        if cands
        else np.zeros((0, len(CRITERIA)))
    )


def tiebreak_order(candidates: Sequence[Candidate]) -> np.ndarray:
    """Candidate indices in tie-break order: higher total, larger area, then code."""
    return np.array(
        sorted(
            range(len(candidates)),
            key=lambda i: (
                -float(candidates[i].total),
                -float(candidates[i].area_ha),
                candidates[i].code,
                candidates[i].key,
            ),
        ),
        dtype=int,
    )


def rank_by(scores: np.ndarray, tiebreak: np.ndarray) -> np.ndarray:
    """Ranks 1…n from scores (higher first), equal scores ordered by ``tiebreak``.

    ``scores`` may be n × D (one column per draw); ranks have the same shape."""
    rounded = np.round(np.asarray(scores, dtype=float), _DECIMALS)
    two_d = rounded.ndim == 2
    s = rounded if two_d else rounded[:, None]
    order = np.argsort(-s[tiebreak], axis=0, kind="stable")  # positions in tiebreak order
    ranks = np.empty_like(order)
    cols = np.arange(s.shape[1])
    ranks[tiebreak[order], cols[None, :]] = np.arange(1, s.shape[0] + 1)[:, None]
    return ranks if two_d else ranks[:, 0]


def composite_scores(matrix: np.ndarray, weights: Mapping[str, float]) -> np.ndarray:
    w = np.array([check_weights(weights)[k] for k in CRITERIA])
    return matrix @ w / w.sum()


def kendalls_w(rankings: Mapping[str, Mapping[str, float]]) -> Concordance | None:
    """Kendall's W of the sources' rankings (see the module notes for partial lists)."""
    lists = [positions(r) for r in rankings.values() if r]
    keys = sorted({k for r in lists for k in r})
    m, n = len(lists), len(keys)
    if m < 2 or n < 2:
        return None
    col = {k: j for j, k in enumerate(keys)}
    ranks = np.empty((m, n))
    ties = 0.0
    for i, pos in enumerate(lists):
        ms = len(pos)
        ranks[i, :] = (ms + 1 + n) / 2
        for k, p in pos.items():
            ranks[i, col[k]] = p
        _, counts = np.unique(ranks[i], return_counts=True)
        ties += float(np.sum(counts.astype(float) ** 3 - counts))
    totals = ranks.sum(axis=0)
    s = float(np.sum((totals - totals.mean()) ** 2))
    denom = m * m * (n**3 - n) - m * ties
    w = 12 * s / denom if denom > 0 else 1.0
    return Concordance(w=w, sources=m, candidates=n, chi_square=m * (n - 1) * w)


def source_positions(inputs: Inputs) -> dict[str, dict[str, float]]:
    """candidate key → {source → ordinal position in that source}."""
    out: dict[str, dict[str, float]] = {}
    for source, pos in _known_positions(inputs).items():
        for key, p in pos.items():
            out.setdefault(key, {})[source] = p
    return out


def rank_spread(inputs: Inputs) -> dict[str, float]:
    """Spread in percentage points of each candidate's relative position across sources."""
    rel: dict[str, list[float]] = {}
    for pos in _known_positions(inputs).values():
        m = len(pos)
        for key, p in pos.items():
            rel.setdefault(key, []).append((p - 1) / (m - 1) if m > 1 else 0.0)
    return {
        c.key: 100.0 * (max(rel[c.key]) - min(rel[c.key])) if len(rel.get(c.key, [])) > 1 else 0.0
        for c in inputs.candidates
    }


def harmonise(inputs: Inputs, weights: Mapping[str, float]) -> Harmonised:
    """The composite ranking with Borda, spread and per-source positions for every candidate."""
    w = check_weights(weights)
    cands = inputs.candidates
    matrix = criteria_matrix(inputs)
    tb = tiebreak_order(cands)
    scores = composite_scores(matrix, w) if cands else np.zeros(0)
    ranks = rank_by(scores, tb) if cands else np.zeros(0, dtype=int)
    borda = borda_points(inputs)
    borda_ranks = rank_by(borda, tb) if cands else np.zeros(0, dtype=int)
    spread = rank_spread(inputs)
    by_source = source_positions(inputs)
    rows = [
        RankedCandidate(
            key=c.key,
            rank=int(ranks[i]),
            composite=float(scores[i]),
            criteria={k: float(matrix[i, j]) for j, k in enumerate(CRITERIA)},
            borda=float(borda[i]),
            borda_rank=int(borda_ranks[i]),
            spread=spread[c.key],
            source_ranks=by_source.get(c.key, {}),
        )
        for i, c in enumerate(cands)
    ]
    rows.sort(key=lambda r: r.rank)
    return Harmonised(rows=rows, concordance=kendalls_w(_known_positions(inputs)), weights=w)


def sensitivity(
    inputs: Inputs,
    weights: Mapping[str, float],
    top_n: int,
    spread: float,
    draws: int = 1000,
    seed: int = 2018,
    matrix: np.ndarray | None = None,
) -> list[Stability]:
    """How stable each candidate's place is when the weights move by ± ``spread`` (a share)."""
    w = np.array([check_weights(weights)[k] for k in CRITERIA])
    if not 0 <= spread <= 1:
        raise ValueError(f"the weight spread must be between 0 and 100 %, not {spread * 100:g} %")
    if draws < 1:
        raise ValueError("the number of draws must be at least 1")
    cands = inputs.candidates
    n = len(cands)
    if n == 0:
        return []
    x = criteria_matrix(inputs) if matrix is None else matrix
    tb = tiebreak_order(cands)
    rng = np.random.default_rng(seed)
    factors = rng.uniform(1 - spread, 1 + spread, size=(draws, len(CRITERIA)))
    wd = w[None, :] * factors
    sums = wd.sum(axis=1)
    wd[sums <= 0] = w  # a draw that zeroed every weight keeps the set weights
    sums = wd.sum(axis=1)
    top_n = max(1, min(top_n, n))
    in_top = np.zeros(n)
    all_ranks = np.empty((n, draws), dtype=np.uint16 if n < 65_536 else np.int32)
    block = max(1, 4_000_000 // n)  # bound memory: about 32 MB of scores at a time
    for start in range(0, draws, block):
        stop = min(draws, start + block)
        scores = x @ (wd[start:stop].T / sums[start:stop])
        ranks = rank_by(scores, tb)
        all_ranks[:, start:stop] = ranks
        in_top += (ranks <= top_n).sum(axis=1)
    median = np.median(all_ranks, axis=1)
    best = all_ranks.min(axis=1)
    worst = all_ranks.max(axis=1)
    return [
        Stability(
            key=c.key,
            in_top=float(in_top[i] / draws),
            best=int(best[i]),
            median=float(median[i]),
            worst=int(worst[i]),
        )
        for i, c in enumerate(cands)
    ]
