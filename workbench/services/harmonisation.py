"""Priority harmonisation: the candidate list, the harmonised ranking, decisions and frozen
agreed lists.

Candidates are RT units (``level="rt"``) or kawasan (``level="kawasan"``), from each RT
unit's latest assessment; only slum candidates (total at or above the lowest slum level of the
rule set) are listed. A kawasan is scored from the summed volumes and denominators of its RT
units (never from averaging RT scores); its land is legal only when every RT's is, and it is
strategic / socio-economically important when any RT is.

Proposals and votes may name an RT or a kawasan. At kawasan level a source's proposals for RT
units roll up to their kawasan at the best (lowest) rank the source gave any of them, and RT
tallies add up; at RT level a proposal for a kawasan counts for each of its RT units (as a
tie), while kawasan tallies are shown only at kawasan level (they cannot be split).
The maths is in :mod:`workbench.domain.consensus`.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from typing import Any

import pandas as pd
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.db.models import (
    Area,
    AuditEntry,
    DbSetting,
    Engagement,
    Location,
    PriorityDecision,
    PriorityList,
    Proposal,
    ProposalSource,
    Vote,
)
from workbench.domain import consensus as cm
from workbench.domain.messages import UserError
from workbench.domain.rules import DEFAULT_RULESET, RuleSet, get_ruleset
from workbench.domain.scoring import aggregate_volumes, score_frame
from workbench.services.assessments import latest_areas, load_assessment_frame
from workbench.services.priority_inputs import Target, target_columns, target_filter, target_label

SETTINGS_KEY = "priorities.settings"
LEVELS = ("rt", "kawasan")
DECISION_STATUSES = ("agreed", "contested", "deferred")
CRITERION_COLUMNS = {
    "kumuh": "skor_kumuh",
    "other": "pertimbangan_lain",
    "proposals": "usulan",
    "votes": "suara",
}


@dataclass(frozen=True)
class Settings:
    """The facilitator's choices, kept with the district's data."""

    level: str = "rt"
    weights: dict[str, float] = field(default_factory=lambda: dict(cm.DEFAULT_WEIGHTS))
    top_n: int = 10
    spread_pct: float = 20.0
    draws: int = 1000
    seed: int = 2018
    workshop_id: int | None = None  # votes of this engagement only; None = every workshop
    points_budget: float = 100.0

    def problems(self) -> list[str]:
        out = []
        if self.level not in LEVELS:
            out.append(f"Level must be rt or kawasan, not {self.level!r}.")
        try:
            cm.check_weights(self.weights)
        except ValueError as exc:
            out.append(f"Weights: {exc}.")
        if self.top_n < 1:
            out.append(f"The top-N cut must be at least 1, not {self.top_n}.")
        if not 0 <= self.spread_pct <= 100:
            out.append(f"The weight spread must be 0–100 %, not {self.spread_pct:g} %.")
        if not 1 <= self.draws <= 100_000:
            out.append(f"Sensitivity draws must be 1–100,000, not {self.draws}.")
        if self.points_budget <= 0:
            out.append(f"The points budget must be above 0, not {self.points_budget:g}.")
        return out


def get_settings(session: Session) -> Settings:
    row = session.get(DbSetting, SETTINGS_KEY)
    if row is None or not row.value:
        return Settings()
    try:
        raw = json.loads(row.value)
        base = Settings()
        weights = {k: float(raw.get("weights", {}).get(k, 0.0)) for k in cm.CRITERIA}
        s = Settings(
            level=str(raw.get("level", base.level)),
            weights=weights,
            top_n=int(raw.get("top_n", base.top_n)),
            spread_pct=float(raw.get("spread_pct", base.spread_pct)),
            draws=int(raw.get("draws", base.draws)),
            seed=int(raw.get("seed", base.seed)),
            workshop_id=raw.get("workshop_id"),
            points_budget=float(raw.get("points_budget", base.points_budget)),
        )
        return s if not s.problems() else base
    except (ValueError, TypeError, AttributeError):
        return Settings()


def save_settings(session: Session, settings: Settings, user: str = "") -> Settings:
    """Store the settings; returns the previous ones (for undo)."""
    problems = settings.problems()
    if problems:
        raise ValueError("\n".join(problems))
    old = get_settings(session)
    if settings.workshop_id is not None and session.get(Engagement, settings.workshop_id) is None:
        raise UserError("gone", what=f"Engagement #{settings.workshop_id}")
    value = json.dumps(asdict(settings), sort_keys=True)
    row = session.get(DbSetting, SETTINGS_KEY)
    if row is None:
        session.add(DbSetting(key=SETTINGS_KEY, value=value))
    else:
        row.value = value
    session.add(
        AuditEntry(
            user=user,
            entity="priority_settings",
            action="update",
            old_value=json.dumps(asdict(old), sort_keys=True),
            new_value=value,
        )
    )
    return old


# -- candidates -----------------------------------------------------------------------------


@dataclass(frozen=True)
class CandidateInfo:
    key: str
    target: Target
    code: str
    name: str
    village: str
    subdistrict: str
    area: str
    year: int
    area_ha: float
    rt_units: int
    total: int
    level: str  # the rule set's level key (HEAVY, MEDIUM, LIGHT)
    level_text: str  # its label, e.g. "kumuh berat"
    land_status: str
    other_considerations: str
    handling: str
    priority_code: str
    # kewenangan penanganan: who handles it, by the area of its kawasan (of the village's slum
    # part outside any kawasan); the rule set's label, e.g. "Pemerintah Provinsi"
    authority: str = ""


def _key(target: Target) -> str:
    return ("L" if target[0] == "location" else "A") + str(target[1])


def _text(v: Any) -> str:
    return "" if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v)


def _slum_floor(rules: RuleSet) -> int:
    return int(min(lv.min_total for lv in rules.levels if lv.min_total > 0))


def _all_or_none(s: pd.Series) -> object:
    v = s.dropna()
    return None if v.empty else bool(v.astype(bool).all())


def _any_or_none(s: pd.Series) -> object:
    v = s.dropna()
    return None if v.empty else bool(v.astype(bool).any())


def candidates(
    session: Session,
    level: str = "rt",
    location_ids: list[int] | None = None,
    up_to: int | None = None,
) -> tuple[list[CandidateInfo], str]:
    """Slum candidates from the latest assessments (of ``up_to`` or before, when given), and
    the rule set that scored them (of the RT units ``location_ids`` only, when given: at
    kawasan level give all of a kawasan's RT units, or its sums are of some of them)."""
    frame = load_assessment_frame(session, latest_only=True, location_ids=location_ids, up_to=up_to)
    if frame.empty:
        return [], ""
    out: list[CandidateInfo] = []
    labels = []
    for rid, part in frame.groupby("ruleset_id", sort=True):
        rules = get_ruleset(str(rid))
        labels.append(f"{rules.id} v{rules.version}")
        floor = _slum_floor(rules)
        if level == "rt":
            scored = _scored_records(score_frame(part, rules))
            for r, s in zip(part.itertuples(index=False), scored, strict=True):
                if s["total"] < floor:
                    continue
                target: Target = ("location", int(r.location_id))
                out.append(
                    CandidateInfo(
                        key=_key(target),
                        target=target,
                        code=str(r.kode_lokasi),
                        name=str(r.nama_lokasi),
                        village=str(r.kelurahan),
                        subdistrict=str(r.kecamatan),
                        area=str(r.kawasan),
                        year=int(r.tahun),
                        area_ha=float(r.luas_ha),
                        rt_units=1,
                        **s,
                    )
                )
        else:
            out.extend(_kawasan_candidates(session, part, rules, floor))
    out = _with_authority(session, out, frame, location_ids is not None, up_to)
    out.sort(key=lambda c: (-c.total, c.code))
    return out, ", ".join(labels)


def _with_authority(
    session: Session,
    cands: list[CandidateInfo],
    frame: pd.DataFrame,
    partial: bool,
    up_to: int | None,
) -> list[CandidateInfo]:
    """Each candidate with its kewenangan penanganan. The area that decides is the kawasan's
    (all its RT units, as the kawasan candidate sums them); for an RT unit in no kawasan, the
    slum part of its village outside kawasan. When only some units were read (``partial``),
    the others count with their stored area and level."""
    fresh = {c.target[1] for c in cands if c.target[0] == "location"}
    read_now = set(frame["location_id"].astype(int))
    basis = latest_areas(session, up_to) if partial else frame
    kawasan_ha = basis[basis["kawasan"] != ""].groupby("kawasan")["luas_ha"].sum().to_dict()
    loose_ha: dict[str, float] = defaultdict(float)
    for lid, kawasan, village, ha, level in zip(
        basis["location_id"].astype(int),
        basis["kawasan"],
        basis["kelurahan"],
        basis["luas_ha"],
        basis["level"],
        strict=True,
    ):
        slum = lid in fresh if lid in read_now else level in _SLUM_KEYS
        if not kawasan and slum:
            loose_ha[str(village)] += float(ha)
    rule_ids = frame["ruleset_id"].astype(str)
    rules_of = dict(zip(frame["kode_lokasi"].astype(str), rule_ids, strict=True))
    rules_of.update(zip(frame["kawasan"].astype(str), rule_ids, strict=True))
    out = []
    for c in cands:
        if c.target[0] == "area":
            basis_ha = c.area_ha
        else:
            basis_ha = kawasan_ha.get(c.area, 0.0) if c.area else loose_ha[c.village]
        rid = rules_of.get(c.code, DEFAULT_RULESET)
        out.append(replace(c, authority=get_ruleset(rid).authority_for_area(basis_ha).label))
    return out


_SLUM_KEYS = frozenset(("HEAVY", "MEDIUM", "LIGHT"))


def _scored_records(scored: pd.DataFrame) -> list[dict[str, Any]]:
    """Total, level and the considerations of each scored row, as CandidateInfo fields."""
    n = len(scored)

    def col(name: str) -> list[str]:
        return [_text(v) for v in scored[name]] if name in scored else [""] * n

    return [
        dict(
            total=int(t),
            level=str(lv),
            level_text=str(lt),
            land_status=a,
            other_considerations=b,
            handling=c,
            priority_code=d,
        )
        for t, lv, lt, a, b, c, d in zip(
            scored["total_skor"],
            scored["_level"],
            scored["tingkat"],
            col("status_lahan"),
            col("pertimbangan_lain"),
            col("pola_penanganan"),
            col("kode_prioritas"),
            strict=True,
        )
    ]


def _kawasan_candidates(
    session: Session, part: pd.DataFrame, rules: RuleSet, floor: int
) -> list[CandidateInfo]:
    data = part[part["kawasan"] != ""]
    if data.empty:
        return []
    summed = aggregate_volumes(data, ["kawasan"], rules)
    grouped = data.groupby("kawasan", sort=True)
    summed = summed.set_index("kawasan")
    for col in ("legal_status_tanah", "legal_tata_ruang"):
        summed[col] = grouped[col].agg(_all_or_none)
    for col in ("strategis", "sosial_ekonomi"):
        summed[col] = grouped[col].agg(_any_or_none)
    summed = summed.reset_index()
    summed["kode_lokasi"] = summed["kawasan"]
    summed["tahun"] = grouped["tahun"].max().to_numpy()
    scored = _scored_records(score_frame(summed, rules))
    area_ids = dict(session.execute(select(Area.name, Area.id)).all())
    villages = grouped["kelurahan"].agg(lambda s: ", ".join(sorted(set(s))))
    subdistricts = grouped["kecamatan"].agg(lambda s: ", ".join(sorted(set(s))))
    counts = grouped.size()
    out = []
    for r, s in zip(summed.itertuples(index=False), scored, strict=True):
        if s["total"] < floor or r.kawasan not in area_ids:
            continue
        target: Target = ("area", int(area_ids[r.kawasan]))
        out.append(
            CandidateInfo(
                key=_key(target),
                target=target,
                code=str(r.kawasan),
                name=str(r.kawasan),
                village=villages[r.kawasan],
                subdistrict=subdistricts[r.kawasan],
                area=str(r.kawasan),
                year=int(r.tahun),
                area_ha=float(r.luas_ha),
                rt_units=int(counts[r.kawasan]),
                **s,
            )
        )
    return out


# -- the harmonised view --------------------------------------------------------------------


@dataclass(frozen=True)
class SourceInfo:
    id: int
    name: str
    kind: str


@dataclass(frozen=True)
class Decision:
    status: str
    note: str = ""
    engagement_id: int | None = None


@dataclass(frozen=True)
class PriorityRow:
    info: CandidateInfo
    rank: int
    composite: float
    criteria: dict[str, float]
    borda: float
    borda_rank: int
    spread: float
    source_ranks: dict[int, int]  # source id → the rank the source gave
    support: int
    object: int
    abstain: int
    points: float
    stability: float  # share of sensitivity draws in the top N
    best: int
    median: float
    worst: int
    decision: Decision | None

    @property
    def key(self) -> str:
        return self.info.key


@dataclass(frozen=True)
class PriorityView:
    settings: Settings
    rows: list[PriorityRow]
    sources: list[SourceInfo]
    concordance: cm.Concordance | None
    ruleset: str
    workshops: list[tuple[int, str]]
    # what the ranking was computed from, kept so a counted hand re-ranks in memory
    inputs: cm.Inputs | None = field(default=None, compare=False, repr=False)


def retallied(view: PriorityView, key: str, choice: str, change: float) -> PriorityView:
    """The view after ``change`` more votes of ``choice`` for candidate ``key``, re-ranked in
    memory (composite, Borda, spread and ranks; no database read). The sensitivity figures
    are the previous ones until the next full computation (``harmonised_view``)."""
    if view.inputs is None:
        raise ValueError("the view was not computed here: nothing to re-rank")
    votes = dict(view.inputs.votes)
    old = votes.get(key, cm.Tally())
    votes[key] = replace(old, **{choice: max(0.0, getattr(old, choice) + change)})
    inputs = cm.Inputs(view.inputs.candidates, view.inputs.rankings, votes)
    result = cm.harmonise(inputs, view.settings.weights)
    before = {r.key: r for r in view.rows}
    rows = []
    for r in result.rows:
        t = votes.get(r.key, cm.Tally())
        rows.append(
            replace(
                before[r.key],
                rank=r.rank,
                composite=r.composite,
                criteria=r.criteria,
                borda=r.borda,
                borda_rank=r.borda_rank,
                spread=r.spread,
                support=int(t.support),
                object=int(t.object),
                abstain=int(t.abstain),
                points=float(t.points),
            )
        )
    return replace(view, rows=rows, concordance=result.concordance, inputs=inputs)


def _proposals(
    session: Session, cands: list[CandidateInfo], level: str
) -> dict[int, dict[str, float]]:
    """source id → {candidate key → rank}; points-only proposals are turned into ranks."""
    q = select(
        Proposal.source_id,
        Proposal.location_id,
        Proposal.area_id,
        Proposal.rank,
        Proposal.points,
        Location.area_id.label("loc_area"),
    ).outerjoin(Location, Proposal.location_id == Location.id)
    frame = pd.DataFrame(
        session.execute(q).all(),
        columns=["source", "location", "area", "rank", "points", "loc_area"],
    )
    out: dict[int, dict[str, float]] = {}
    if frame.empty:
        return out
    known = {c.key for c in cands}
    rt_of_area: dict[int, list[str]] = {}
    if level == "rt":
        loc_area = dict(session.execute(select(Location.id, Location.area_id)).all())
        for c in cands:
            a = loc_area.get(c.target[1])
            if a is not None:
                rt_of_area.setdefault(int(a), []).append(c.key)
    for sid, part in frame.groupby("source", sort=True):
        # a rank where given, else order by points (more points = better)
        ranks = part["rank"].astype("float")
        if ranks.isna().any():
            by_points = (-part["points"].astype(float)).rank(method="min")
            offset = ranks.max() if ranks.notna().any() else 0
            ranks = ranks.fillna(by_points + (offset if pd.notna(offset) else 0))
        ranking: dict[str, float] = {}
        for loc, area, rank, loc_area in zip(
            part["location"], part["area"], ranks, part["loc_area"], strict=True
        ):
            if pd.isna(rank):
                continue
            if level == "rt":
                keys = [f"L{int(loc)}"] if pd.notna(loc) else rt_of_area.get(int(area), [])
            else:
                a = area if pd.notna(area) else loc_area
                keys = [f"A{int(a)}"] if pd.notna(a) else []
            for k in keys:
                if k in known:
                    ranking[k] = min(ranking.get(k, float(rank)), float(rank))
        if ranking:
            out[int(sid)] = ranking
    return out


def _tallies(session: Session, level: str, workshop_id: int | None) -> dict[str, cm.Tally]:
    q = select(
        Vote.location_id,
        Vote.area_id,
        Vote.choice,
        Vote.count,
        Vote.points,
        Location.area_id.label("loc_area"),
    ).outerjoin(Location, Vote.location_id == Location.id)
    if workshop_id is not None:
        q = q.where(Vote.engagement_id == workshop_id)
    acc: dict[str, dict[str, float]] = {}
    for loc, area, choice, count, points, loc_area in session.execute(q).all():
        if level == "rt":
            if loc is None:
                continue
            key = f"L{loc}"
        else:
            a = area if area is not None else loc_area
            if a is None:
                continue
            key = f"A{a}"
        d = acc.setdefault(key, {"support": 0, "object": 0, "abstain": 0, "points": 0})
        if choice == "points":
            d["points"] += float(points or 0)
        else:
            d[choice] += int(count)
    return {k: cm.Tally(**v) for k, v in acc.items()}


def working_decisions(session: Session) -> dict[str, Decision]:
    rows = session.scalars(
        select(PriorityDecision).where(PriorityDecision.priority_list_id.is_(None))
    ).all()
    return {
        (f"L{d.location_id}" if d.location_id is not None else f"A{d.area_id}"): Decision(
            d.status, d.note, d.engagement_id
        )
        for d in rows
    }


def harmonised_view(session: Session, settings: Settings | None = None) -> PriorityView:
    settings = settings or get_settings(session)
    cands, ruleset = candidates(session, settings.level)
    return _view(session, settings, cands, ruleset)


def rescored(session: Session, view: PriorityView, location_ids: list[int]) -> PriorityView:
    """The view after the assessments of the RT units ``location_ids`` changed: only their
    candidates (at kawasan level: their kawasan's, from all its RT units) are read and scored
    again, the others kept as they were; then ranked, with the sensitivity draws, as
    ``harmonised_view`` does (the same view, without reading and scoring every RT unit: at
    2,000 RT units 0.2 s instead of 0.6). A candidate may enter (now slum) or leave."""
    level = view.settings.level
    ids = sorted({int(i) for i in location_ids})
    if level == "rt":
        members, touched = ids, {f"L{i}" for i in ids}
    else:
        q = select(Location.area_id).where(Location.id.in_(ids))
        areas = sorted({int(a) for a in session.scalars(q) if a is not None})
        members = list(session.scalars(select(Location.id).where(Location.area_id.in_(areas))))
        touched = {f"A{a}" for a in areas}
    fresh, label = candidates(session, level, location_ids=members) if members else ([], "")
    kept = [r.info for r in view.rows if r.key not in touched]
    cands = sorted([*kept, *fresh], key=lambda c: (-c.total, c.code))
    return _view(session, view.settings, cands, view.ruleset or label)


def _view(
    session: Session, settings: Settings, cands: list[CandidateInfo], ruleset: str
) -> PriorityView:
    """The harmonised ranking of these candidates: proposals, tallies, sensitivity draws and
    decisions read for them."""
    by_source = _proposals(session, cands, settings.level)
    names = {s.id: s for s in session.scalars(select(ProposalSource)).all()}
    sources = [
        SourceInfo(sid, names[sid].name, names[sid].kind)
        for sid in sorted(names, key=lambda i: (names[i].kind != "sk_kumuh", names[i].name))
    ]
    tallies = _tallies(session, settings.level, settings.workshop_id)
    inputs = cm.Inputs(
        [cm.Candidate(c.key, c.code, c.total, c.other_considerations, c.area_ha) for c in cands],
        rankings={str(sid): r for sid, r in by_source.items()},
        votes=tallies,
    )
    result = cm.harmonise(inputs, settings.weights)
    stab = {
        s.key: s
        for s in cm.sensitivity(
            inputs,
            settings.weights,
            settings.top_n,
            settings.spread_pct / 100,
            settings.draws,
            settings.seed,
        )
    }
    info = {c.key: c for c in cands}
    decisions = working_decisions(session)
    rows = []
    for r in result.rows:
        t = tallies.get(r.key, cm.Tally())
        s = stab[r.key]
        rows.append(
            PriorityRow(
                info=info[r.key],
                rank=r.rank,
                composite=r.composite,
                criteria=r.criteria,
                borda=r.borda,
                borda_rank=r.borda_rank,
                spread=r.spread,
                source_ranks={int(sid): int(by_source[int(sid)][r.key]) for sid in r.source_ranks},
                support=int(t.support),
                object=int(t.object),
                abstain=int(t.abstain),
                points=float(t.points),
                stability=s.in_top,
                best=s.best,
                median=s.median,
                worst=s.worst,
                decision=decisions.get(r.key),
            )
        )
    workshops = [
        (e.id, f"{e.date.isoformat()} · {e.title}")
        for e in session.scalars(
            select(Engagement).order_by(Engagement.date.desc(), Engagement.id.desc())
        ).all()
    ]
    return PriorityView(
        settings=settings,
        rows=rows,
        sources=sources,
        concordance=result.concordance,
        ruleset=ruleset,
        workshops=workshops,
        inputs=inputs,
    )


# -- decisions ------------------------------------------------------------------------------


def set_decision(
    session: Session, target: Target, decision: Decision | None, user: str = ""
) -> Decision | None:
    """Mark a candidate agreed / contested / deferred (or clear it); returns the previous."""
    if decision is not None:
        if decision.status not in DECISION_STATUSES:
            raise ValueError(
                f"A decision is agreed, contested or deferred; got {decision.status!r}."
            )
        if (
            decision.engagement_id is not None
            and session.get(Engagement, decision.engagement_id) is None
        ):
            raise UserError("gone", what=f"Engagement #{decision.engagement_id}")
    row = session.scalars(
        select(PriorityDecision).where(
            PriorityDecision.priority_list_id.is_(None), *target_filter(PriorityDecision, target)
        )
    ).first()
    old = None if row is None else Decision(row.status, row.note, row.engagement_id)
    if decision is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(
            PriorityDecision(
                status=decision.status,
                note=decision.note.strip(),
                engagement_id=decision.engagement_id,
                **target_columns(target),
            )
        )
    else:
        row.status, row.note, row.engagement_id = (
            decision.status,
            decision.note.strip(),
            decision.engagement_id,
        )
    session.add(
        AuditEntry(
            user=user,
            entity="priority_decision",
            action="update",
            field=target_label(session, target),
            old_value=None if old is None else old.status,
            new_value=None if decision is None else decision.status,
        )
    )
    return old


# -- frozen lists ---------------------------------------------------------------------------


@dataclass(frozen=True)
class FrozenSummary:
    id: int
    name: str
    frozen_at: datetime
    engagement: str
    agreed: int
    fingerprint: str


@dataclass(frozen=True)
class FrozenEntry:
    rank: int
    key: str
    code: str
    name: str
    village: str
    area_ha: float
    total: int
    level: str
    level_text: str
    priority_code: str
    handling: str
    composite: float
    status: str
    note: str
    authority: str = ""  # kewenangan; "" in lists frozen before it was recorded


@dataclass(frozen=True)
class FrozenList:
    summary: FrozenSummary
    settings: dict[str, Any]
    inputs: dict[str, Any]
    entries: list[FrozenEntry]
    intact: bool  # the stored record still matches its fingerprint


def _canonical(
    name: str, engagement_id: int | None, weights: dict, inputs: dict, decisions: list[dict]
) -> str:
    return json.dumps(
        {
            "name": name,
            "engagement_id": engagement_id,
            "settings": weights,
            "inputs": inputs,
            "decisions": decisions,
        },
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )


def fingerprint_of(
    name: str, engagement_id: int | None, weights: dict, inputs: dict, decisions: list[dict]
) -> str:
    text = _canonical(name, engagement_id, weights, inputs, decisions)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _decision_dicts(rows: list[PriorityDecision]) -> list[dict]:
    return sorted(
        (
            {
                "location_id": d.location_id,
                "area_id": d.area_id,
                "status": d.status,
                "rank": d.rank,
                "note": d.note,
                "engagement_id": d.engagement_id,
            }
            for d in rows
        ),
        key=lambda d: (d["rank"] or 0, d["location_id"] or 0, d["area_id"] or 0),
    )


def freeze(
    session: Session,
    name: str,
    engagement_id: int | None,
    user: str = "",
    now: datetime | None = None,
) -> int:
    """Record the agreed list as it stands: the settings, every input and every decision,
    sealed with a SHA-256 fingerprint. Later changes to inputs do not touch the record."""
    name = name.strip()
    if not name:
        raise UserError("list_blank")
    if session.scalar(select(PriorityList.id).where(PriorityList.name == name)) is not None:
        raise UserError("list_exists", name=name)
    if engagement_id is not None and session.get(Engagement, engagement_id) is None:
        raise UserError("gone", what=f"Engagement #{engagement_id}")
    view = harmonised_view(session)
    decided = [r for r in view.rows if r.decision is not None]
    if not any(r.decision.status == "agreed" for r in decided):  # type: ignore[union-attr]
        raise UserError("no_agreed")
    settings = asdict(view.settings)
    inputs = {
        "ruleset": view.ruleset,
        "level": view.settings.level,
        "sources": [{"id": s.id, "name": s.name, "kind": s.kind} for s in view.sources],
        "concordance": None if view.concordance is None else asdict(view.concordance),
        "candidates": [
            {
                "key": r.key,
                "rank": r.rank,
                "code": r.info.code,
                "name": r.info.name,
                "village": r.info.village,
                "subdistrict": r.info.subdistrict,
                "kawasan": r.info.area,
                "year": r.info.year,
                "area_ha": r.info.area_ha,
                "total": r.info.total,
                "level": r.info.level,
                "level_text": r.info.level_text,
                "land_status": r.info.land_status,
                "other_considerations": r.info.other_considerations,
                "handling": r.info.handling,
                "priority_code": r.info.priority_code,
                "kewenangan": r.info.authority,
                "composite": round(r.composite, 6),
                "criteria": {k: round(v, 6) for k, v in r.criteria.items()},
                "borda": round(r.borda, 6),
                "borda_rank": r.borda_rank,
                "spread": round(r.spread, 3),
                "source_ranks": {str(k): v for k, v in r.source_ranks.items()},
                "support": r.support,
                "object": r.object,
                "abstain": r.abstain,
                "points": r.points,
                "stability": round(r.stability, 4),
            }
            for r in view.rows
        ],
    }
    plist = PriorityList(
        name=name,
        engagement_id=engagement_id,
        weights_json=json.dumps(settings, sort_keys=True),
        inputs_json=json.dumps(inputs, sort_keys=True, ensure_ascii=False),
    )
    if now is not None:
        plist.frozen_at = now
    session.add(plist)
    session.flush()
    new_rows = []
    for r in decided:
        d = r.decision
        assert d is not None
        row = PriorityDecision(
            priority_list_id=plist.id,
            status=d.status,
            rank=r.rank,
            note=d.note,
            engagement_id=d.engagement_id,
            location_id=r.info.target[1] if r.info.target[0] == "location" else None,
            area_id=r.info.target[1] if r.info.target[0] == "area" else None,
        )
        session.add(row)
        new_rows.append(row)
    session.flush()
    plist.fingerprint = fingerprint_of(
        name, engagement_id, settings, inputs, _decision_dicts(new_rows)
    )
    session.add(
        AuditEntry(
            user=user,
            entity="priority_list",
            entity_id=plist.id,
            action="freeze",
            new_value=f"{name} sha256:{plist.fingerprint}",
        )
    )
    return plist.id


def unfreeze(session: Session, list_id: int, user: str = "") -> None:
    """Remove a frozen list (undo of a freeze just made)."""
    plist = session.get(PriorityList, list_id)
    if plist is None:
        return
    for d in session.scalars(
        select(PriorityDecision).where(PriorityDecision.priority_list_id == list_id)
    ).all():
        session.delete(d)
    session.delete(plist)
    session.add(
        AuditEntry(
            user=user,
            entity="priority_list",
            entity_id=list_id,
            action="delete",
            old_value=plist.name,
        )
    )


def frozen_lists(session: Session) -> list[FrozenSummary]:
    eng = {
        e.id: f"{e.date.isoformat()} · {e.title}" for e in session.scalars(select(Engagement)).all()
    }
    agreed = dict(
        session.execute(
            select(PriorityDecision.priority_list_id, func.count())
            .where(
                PriorityDecision.priority_list_id.is_not(None), PriorityDecision.status == "agreed"
            )
            .group_by(PriorityDecision.priority_list_id)
        ).all()
    )
    return [
        FrozenSummary(
            p.id,
            p.name,
            p.frozen_at,
            eng.get(p.engagement_id, "") if p.engagement_id else "",
            agreed.get(p.id, 0),
            p.fingerprint,
        )
        for p in session.scalars(
            select(PriorityList).order_by(PriorityList.frozen_at.desc(), PriorityList.id.desc())
        ).all()
    ]


def frozen_list(session: Session, list_id: int | None = None) -> FrozenList:
    """One frozen list (the latest when ``list_id`` is None), checked against its seal."""
    q = select(PriorityList)
    q = (
        q.where(PriorityList.id == list_id)
        if list_id is not None
        else q.order_by(PriorityList.frozen_at.desc(), PriorityList.id.desc())
    )
    plist = session.scalars(q).first()
    if plist is None:
        raise ValueError(
            "No agreed list has been frozen yet."
            if list_id is None
            else f"Agreed list #{list_id} does not exist."
        )
    settings = json.loads(plist.weights_json)
    inputs = json.loads(plist.inputs_json)
    rows = session.scalars(
        select(PriorityDecision).where(PriorityDecision.priority_list_id == plist.id)
    ).all()
    intact = plist.fingerprint == fingerprint_of(
        plist.name, plist.engagement_id, settings, inputs, _decision_dicts(list(rows))
    )
    cand = {c["key"]: c for c in inputs.get("candidates", [])}
    entries = []
    for d in rows:
        key = f"L{d.location_id}" if d.location_id is not None else f"A{d.area_id}"
        c = cand.get(key, {})
        entries.append(
            FrozenEntry(
                rank=d.rank or 0,
                key=key,
                code=c.get("code", key),
                name=c.get("name", ""),
                village=c.get("village", ""),
                area_ha=float(c.get("area_ha", 0.0)),
                total=int(c.get("total", 0)),
                level=c.get("level", ""),
                level_text=c.get("level_text", ""),
                priority_code=c.get("priority_code", ""),
                handling=c.get("handling", ""),
                composite=float(c.get("composite", 0.0)),
                status=d.status,
                note=d.note,
                authority=c.get("kewenangan", ""),
            )
        )
    order = {s: i for i, s in enumerate(DECISION_STATUSES)}
    entries.sort(key=lambda e: (order[e.status], e.rank, e.code))
    eng = session.get(Engagement, plist.engagement_id) if plist.engagement_id else None
    summary = FrozenSummary(
        plist.id,
        plist.name,
        plist.frozen_at,
        f"{eng.date.isoformat()} · {eng.title}" if eng else "",
        sum(1 for e in entries if e.status == "agreed"),
        plist.fingerprint,
    )
    return FrozenList(summary, settings, inputs, entries, intact)


# -- tables for export ----------------------------------------------------------------------


def priorities_table(view: PriorityView) -> pd.DataFrame:
    """The harmonised ranking as the ``export priorities`` table (Indonesian column names)."""
    records = []
    for r in view.rows:
        c = r.info
        rec: dict[str, Any] = {
            "peringkat": r.rank,
            "tingkat_kandidat": view.settings.level,
            "kode_lokasi" if view.settings.level == "rt" else "kawasan": c.code,
            "nama_lokasi": c.name,
            "kelurahan": c.village,
            "kecamatan": c.subdistrict,
            "kawasan_induk": c.area,
            "tahun_penilaian": c.year,
            "luas_ha": c.area_ha,
            "jumlah_rt": c.rt_units,
            "total_skor": c.total,
            "tingkat": c.level_text,
            "status_lahan": c.land_status,
            "pertimbangan_lain": c.other_considerations,
            "pola_penanganan": c.handling,
            "kode_prioritas": c.priority_code,
            "kewenangan": c.authority,
            "skor_komposit": round(r.composite, 4),
            **{f"nilai_{CRITERION_COLUMNS[k]}": round(v, 4) for k, v in r.criteria.items()},
            "poin_borda": round(r.borda, 3),
            "peringkat_borda": r.borda_rank,
            "jumlah_sumber": len(r.source_ranks),
            "sebaran_peringkat": round(r.spread, 1),
            "setuju": r.support,
            "menolak": r.object,
            "abstain": r.abstain,
            "poin_suara": r.points,
            f"stabilitas_top{view.settings.top_n}_pct": round(100 * r.stability, 1),
            "peringkat_terbaik": r.best,
            "peringkat_median": r.median,
            "peringkat_terburuk": r.worst,
            "keputusan": "" if r.decision is None else r.decision.status,
            "catatan_keputusan": "" if r.decision is None else r.decision.note,
        }
        for s in view.sources:
            rec[f"usulan: {s.name}"] = r.source_ranks.get(s.id)
        records.append(rec)
    frame = pd.DataFrame.from_records(records)
    if frame.empty:
        frame = pd.DataFrame(
            columns=[
                "peringkat",
                "kode_lokasi",
                "total_skor",
                "tingkat",
                "skor_komposit",
                "keputusan",
            ]
        )
    for s in view.sources:
        col = f"usulan: {s.name}"
        if col in frame:
            frame[col] = frame[col].astype("Int64")
    return frame


def frozen_table(flist: FrozenList) -> pd.DataFrame:
    rows = [
        {
            "daftar": flist.summary.name,
            "dibekukan": flist.summary.frozen_at.isoformat(sep=" ", timespec="minutes"),
            "keputusan": e.status,
            "peringkat": e.rank,
            "kode_lokasi": e.code,
            "nama_lokasi": e.name,
            "kelurahan": e.village,
            "luas_ha": e.area_ha,
            "total_skor": e.total,
            "tingkat": e.level_text,
            "kode_prioritas": e.priority_code,
            "pola_penanganan": e.handling,
            "kewenangan": e.authority,
            "skor_komposit": e.composite,
            "catatan": e.note,
            "sidik_sha256": flist.summary.fingerprint,
        }
        for e in flist.entries
    ]
    return pd.DataFrame.from_records(rows)


def export_priorities(
    session: Session, level: str | None = None, frozen: int | str | None = None
) -> pd.DataFrame:
    """The live harmonised ranking (at ``level``, else the stored one), or with ``frozen`` (a
    list id or ``"latest"``) a frozen agreed list."""
    if frozen is not None:
        return frozen_table(frozen_list(session, None if frozen == "latest" else int(frozen)))
    settings = get_settings(session)
    if level is not None:
        settings = replace(settings, level=level)
    return priorities_table(harmonised_view(session, settings))
