"""Programme analysis: each RT unit's projected slum score and level per year of the plan
period after the planned (or realised) investments, the year it leaves slum status, the
hectares of slum left per year, gaps and over-coverage. Read-only: nothing is written and the
assessments the projection starts from are never changed. The rules are in
:mod:`workbench.domain.programme`.

An activity counts from its effective year, the last year money is allocated to it; an
activity with no allocation yet is not in the projection (it is not funded). With
``basis="realised"`` only activities marked *terlaksana* count, with their realised volume.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Literal

import pandas as pd
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.db.models import Activity, Allocation, Area, Location, PlanVersion
from workbench.domain.programme import (
    gaps,
    over_coverage,
    project,
    slum_exit_year,
)
from workbench.domain.rules import get_ruleset
from workbench.services.assessments import load_assessment_frame
from workbench.services.harmonisation import working_decisions
from workbench.services.programme import in_current_plan

Basis = Literal["planned", "realised"]


@dataclass(frozen=True)
class LocationOutlook:
    code: str
    kawasan: str
    area_ha: float
    baseline_year: int
    baseline_total: int
    baseline_level: str
    totals: dict[int, int]
    levels: dict[int, str]
    exit_year: int | None


@dataclass(frozen=True)
class Analysis:
    years: list[int]
    basis: str
    ruleset: str
    locations: list[LocationOutlook]
    slum_ha_baseline: float
    slum_ha: dict[int, float]
    gaps: pd.DataFrame = field(repr=False)
    over: pd.DataFrame = field(repr=False)
    slum_levels: frozenset[str] = frozenset()  # the level keys counted as slum


def plan_years(session: Session) -> list[int]:
    plan = session.scalars(select(PlanVersion).order_by(PlanVersion.version_no.desc())).first()
    if plan is not None:
        return list(range(plan.period_start, plan.period_end + 1))
    years = session.scalars(select(Allocation.year).distinct().order_by(Allocation.year)).all()
    return list(years)


def works_frame(
    session: Session, basis: Basis = "planned", plan_id: int | None = None
) -> pd.DataFrame:
    """The investments as the domain wants them: kode_lokasi / kawasan, kriteria, tahun
    (effective year), volume."""
    last_year = (
        select(Allocation.activity_id, func.max(Allocation.year).label("year"))
        .group_by(Allocation.activity_id)
        .subquery()
    )
    q = (
        select(
            Location.code,
            Area.name,
            Activity.criterion_code,
            last_year.c.year,
            Activity.volume,
            Activity.realised_volume,
            Activity.status,
        )
        .join(last_year, last_year.c.activity_id == Activity.id)
        .outerjoin(Location, Activity.location_id == Location.id)
        .outerjoin(Area, Activity.area_id == Area.id)
        .where(in_current_plan(session, plan_id))
    )
    rows = []
    for code, area, crit, year, volume, realised, status in session.execute(q).all():
        if basis == "realised":
            if status != "terlaksana" or not realised:
                continue
            volume = realised
        rows.append((code or "", "" if code else (area or ""), crit, int(year), float(volume)))
    return pd.DataFrame(rows, columns=["kode_lokasi", "kawasan", "kriteria", "tahun", "volume"])


def analyse(
    session: Session,
    basis: Basis = "planned",
    years: list[int] | None = None,
    plan_id: int | None = None,
) -> Analysis:
    """Project every RT unit's score over ``years`` with the programme's works (of the latest
    plan version, or of ``plan_id``)."""
    years = years if years is not None else plan_years(session)
    frame = load_assessment_frame(session, latest_only=True)
    if frame.empty:
        return Analysis(
            years, basis, "", [], 0.0, {y: 0.0 for y in years}, pd.DataFrame(), pd.DataFrame()
        )
    works = works_frame(session, basis, plan_id)
    return _analysed(frame, works, years, basis, _agreed_codes(session))


def reanalysed(
    session: Session, old: Analysis, location_ids: list[int], plan_id: int | None = None
) -> Analysis:
    """``old`` after the assessments of the RT units ``location_ids`` changed: only they and
    the other RT units of their kawasan (a kawasan work is shared out by their problem
    volumes) are projected again, the others kept; the hectares, gaps and over-coverage
    summed again. The same analysis as ``analyse`` with ``old``'s basis and years, without
    projecting every RT unit (at 2,000 RT units a few hundredths of a second, not 0.5 s)."""
    ids = sorted({int(i) for i in location_ids})
    changed = session.execute(
        select(Location.code, Area.name)
        .outerjoin(Area, Location.area_id == Area.id)
        .where(Location.id.in_(ids))
    ).all()
    codes = {str(code) for code, _area in changed}
    kawasans = {str(a) for _c, a in changed if a} | {
        loc.kawasan for loc in old.locations if loc.code in codes and loc.kawasan
    }
    members = session.execute(
        select(Location.id, Location.code)
        .join(Area, Location.area_id == Area.id)
        .where(Area.name.in_(sorted(kawasans)))
    ).all()
    member_ids = sorted({*ids, *(int(i) for i, _c in members)})
    codes |= {str(c) for _i, c in members}
    frame = load_assessment_frame(session, latest_only=True, location_ids=member_ids)
    works = works_frame(session, old.basis, plan_id)  # type: ignore[arg-type]
    works = works[
        works["kode_lokasi"].isin(codes)
        | ((works["kode_lokasi"] == "") & works["kawasan"].isin(kawasans))
    ]
    kept = [loc for loc in old.locations if loc.code not in codes]
    if frame.empty:
        part_locations: list[LocationOutlook] = []
        part_gaps, part_over = old.gaps.iloc[0:0], old.over.iloc[0:0]
    else:
        part = _analysed(frame, works, old.years, old.basis, _agreed_codes(session))
        part_locations, part_gaps, part_over = part.locations, part.gaps, part.over
    locations = sorted([*kept, *part_locations], key=lambda loc: loc.code)
    slum = _slum_keys(frame) | old.slum_levels
    gap_keep = old.gaps[~old.gaps["kode_lokasi"].isin(codes)] if len(old.gaps) else old.gaps
    over_keep = (
        old.over[
            ~(
                old.over["kode_lokasi"].isin(codes)
                | ((old.over["kode_lokasi"] == "") & old.over["kawasan"].isin(kawasans))
            )
        ]
        if len(old.over)
        else old.over
    )
    return Analysis(
        years=old.years,
        basis=old.basis,
        ruleset=old.ruleset,
        locations=locations,
        slum_ha_baseline=_baseline_ha(locations, slum),
        slum_ha=_slum_ha(locations, slum, old.years),
        gaps=_sorted_rows(pd.concat([gap_keep, part_gaps], ignore_index=True), GAP_ORDER),
        over=_sorted_rows(pd.concat([over_keep, part_over], ignore_index=True), OVER_ORDER),
        slum_levels=frozenset(slum),
    )


GAP_ORDER = ["kode_lokasi"]
OVER_ORDER = ["kode_lokasi", "kawasan"]


def _sorted_rows(frame: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    """Rows in the order of their RT unit (and kawasan), each unit's criteria in the rule
    set's order: the same however the rows were put together."""
    if frame.empty:
        return frame.reset_index(drop=True)
    return frame.sort_values(by, kind="stable").reset_index(drop=True)


def _agreed_codes(session: Session) -> list[str]:
    agreed = {key for key, d in working_decisions(session).items() if d.status == "agreed"}
    codes = dict(session.execute(select(Location.id, Location.code)).all())
    return [codes[int(k[1:])] for k in agreed if k.startswith("L") and int(k[1:]) in codes]


def _slum_keys(frame: pd.DataFrame) -> set[str]:
    """The slum levels of the rule sets the frame's assessments were scored with."""
    if frame.empty:
        return set()
    return {
        lv.key
        for rid in frame["ruleset_id"].unique()
        for lv in get_ruleset(str(rid)).levels
        if lv.min_total > 0
    }


def _baseline_ha(locations: list[LocationOutlook], slum: set[str]) -> float:
    return round(math.fsum(loc.area_ha for loc in locations if loc.baseline_level in slum), 4)


def _slum_ha(
    locations: list[LocationOutlook], slum: set[str], years: list[int]
) -> dict[int, float]:
    """Slum hectares per year, summed exactly (``fsum``: the same in any order), to 4 places
    as the baseline's."""
    return {
        y: round(math.fsum(loc.area_ha for loc in locations if loc.levels.get(y) in slum), 4)
        for y in years
    }


def _analysed(
    frame: pd.DataFrame, works: pd.DataFrame, years: list[int], basis: str, priority: list[str]
) -> Analysis:
    outlooks: list[LocationOutlook] = []
    gap_parts, over_parts, labels = [], [], []
    for rid, part in frame.groupby("ruleset_id", sort=True):
        rules = get_ruleset(str(rid))
        labels.append(f"{rules.id} v{rules.version}")
        slum = [lv.key for lv in rules.levels if lv.min_total > 0]
        part = part.reset_index(drop=True)
        proj = project(part, works, years, rules)
        base = project(part, works.iloc[0:0], [0], rules)
        exits = slum_exit_year(proj, slum) if years else {}
        totals: dict[str, dict[int, int]] = {}
        levels: dict[str, dict[int, str]] = {}
        for code, year, total, level in proj[
            ["kode_lokasi", "tahun", "total_skor", "_level"]
        ].itertuples(index=False):
            totals.setdefault(str(code), {})[int(year)] = int(total)
            levels.setdefault(str(code), {})[int(year)] = str(level)
        base_totals = base["total_skor"].to_numpy()
        base_levels = base["_level"].astype(str).to_numpy()
        for i, (code, kawasan, area, year) in enumerate(
            part[["kode_lokasi", "kawasan", "luas_ha", "tahun"]].itertuples(index=False)
        ):
            code = str(code)
            outlooks.append(
                LocationOutlook(
                    code=code,
                    kawasan=str(kawasan),
                    area_ha=float(area),
                    baseline_year=int(year),
                    baseline_total=int(base_totals[i]),
                    baseline_level=str(base_levels[i]),
                    totals=totals.get(code, {}),
                    levels=levels.get(code, {}),
                    exit_year=None if base_levels[i] not in slum else exits.get(code),
                )
            )
        gap_parts.append(gaps(part, works, priority, rules))
        over_parts.append(over_coverage(part, works))
    outlooks.sort(key=lambda loc: loc.code)
    slum_keys = _slum_keys(frame)
    return Analysis(
        years=years,
        basis=basis,
        ruleset=", ".join(labels),
        locations=outlooks,
        slum_ha_baseline=_baseline_ha(outlooks, slum_keys),
        slum_ha=_slum_ha(outlooks, slum_keys, years),
        gaps=_sorted_rows(pd.concat(gap_parts, ignore_index=True), GAP_ORDER),
        over=_sorted_rows(pd.concat(over_parts, ignore_index=True), OVER_ORDER),
        slum_levels=frozenset(slum_keys),
    )
