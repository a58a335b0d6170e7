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
    slum_hectares,
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
    agreed = {key for key, d in working_decisions(session).items() if d.status == "agreed"}
    codes = dict(session.execute(select(Location.id, Location.code)).all())
    priority = [codes[int(k[1:])] for k in agreed if k.startswith("L") and int(k[1:]) in codes]
    outlooks: list[LocationOutlook] = []
    slum_ha: dict[int, float] = {y: 0.0 for y in years}
    base_ha = 0.0
    gap_parts, over_parts, labels = [], [], []
    for rid, part in frame.groupby("ruleset_id", sort=True):
        rules = get_ruleset(str(rid))
        labels.append(f"{rules.id} v{rules.version}")
        slum = [lv.key for lv in rules.levels if lv.min_total > 0]
        part = part.reset_index(drop=True)
        proj = project(part, works, years, rules)
        base = project(part, works.iloc[0:0], [0], rules)
        base_ha += float(base.loc[base["_level"].isin(slum), "luas_ha"].sum())
        for y, ha in slum_hectares(proj, slum).items():
            slum_ha[y] = slum_ha.get(y, 0.0) + ha
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
    return Analysis(
        years=years,
        basis=basis,
        ruleset=", ".join(labels),
        locations=outlooks,
        slum_ha_baseline=round(base_ha, 4),
        slum_ha=slum_ha,
        gaps=pd.concat(gap_parts, ignore_index=True),
        over=pd.concat(over_parts, ignore_index=True),
    )
