"""Multi-year programme: activity rows with money per year (whole rupiah)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.db.models import (
    Activity,
    ActivityType,
    Allocation,
    Area,
    FundingSource,
    Location,
    PlanVersion,
    Stakeholder,
    Subdistrict,
    Village,
)


@dataclass(frozen=True)
class ActivityRow:
    id: int
    target: str  # RT code or kawasan name
    village: str
    subdistrict: str
    criterion: str
    activity_type: str
    unit: str
    volume: float
    status: str
    executor: str
    sources: str
    by_year: dict[int, int] = field(default_factory=dict)

    @property
    def total_rp(self) -> int:
        return sum(self.by_year.values())


@dataclass(frozen=True)
class ProgrammeView:
    plan_name: str
    years: list[int]
    rows: list[ActivityRow]


def programme_view(session: Session) -> ProgrammeView:
    plan = session.scalars(select(PlanVersion).order_by(PlanVersion.version_no.desc())).first()
    years = list(range(plan.period_start, plan.period_end + 1)) if plan else []
    allocs: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    srcs: dict[int, set[str]] = defaultdict(set)
    for act_id, year, amount, src in session.execute(
            select(Allocation.activity_id, Allocation.year, Allocation.amount_rp,
                   FundingSource.name).join(FundingSource)):
        allocs[act_id][year] += int(amount)
        srcs[act_id].add(src)
        if year not in years:
            years.append(year)
    q = (select(Activity, ActivityType.name, ActivityType.unit, Location.code, Area.name,
                Village.name, Subdistrict.name, Stakeholder.short_name)
         .join(ActivityType, Activity.activity_type_id == ActivityType.id)
         .outerjoin(Location, Activity.location_id == Location.id)
         .outerjoin(Area, Activity.area_id == Area.id)
         .outerjoin(Village, Location.village_id == Village.id)
         .outerjoin(Subdistrict, Village.subdistrict_id == Subdistrict.id)
         .outerjoin(Stakeholder, Activity.executor_id == Stakeholder.id)
         .order_by(Subdistrict.name, Location.code, Activity.criterion_code))
    rows = [ActivityRow(
        id=a.id, target=code or area or "", village=vill or "", subdistrict=kec or "",
        criterion=a.criterion_code, activity_type=tname, unit=unit, volume=a.volume,
        status=a.status, executor=exe or "", sources=", ".join(sorted(srcs[a.id])),
        by_year=dict(allocs[a.id]))
        for a, tname, unit, code, area, vill, kec, exe in session.execute(q).all()]
    return ProgrammeView(plan_name=plan.name if plan else "", years=sorted(years), rows=rows)
