"""Multi-year programme, read side: activity rows with money per year and funding source
(whole rupiah), filtered, with the pivots the Pokja reads (source × year, kecamatan × year)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from workbench.db.models import (
    Activity,
    ActivityType,
    Allocation,
    Area,
    Commitment,
    FundingSource,
    Location,
    Stakeholder,
    Subdistrict,
    Village,
)
from workbench.domain.collation import name_key
from workbench.domain.formatting import format_rp
from workbench.services.programme_edit import (
    PlanInfo,
    SourceInfo,
    TypeInfo,
    activity_types,
    current_plan,
    district_criteria,
    funding_sources,
    plan_info,
)

AllocRow = tuple[int, str, int]  # (year, funding source name, amount in whole rupiah)


@dataclass(frozen=True)
class ActivityRow:
    id: int
    code: str  # RT code, "" for a kawasan-wide activity
    kawasan: str
    village: str
    subdistrict: str
    criterion: str
    activity_type: str
    activity_type_id: int
    unit: str
    volume: float
    unit_cost_rp: int | None
    status: str
    executor_name: str
    executor: str  # short name when there is one
    approach: str
    planning_field: str
    realised_volume: float | None
    realised_rp: int | None
    allocations: tuple[AllocRow, ...] = ()
    version: int = 0  # the activity's, as read (an edit made on the row names it)

    @property
    def target(self) -> str:
        return self.code or self.kawasan

    @property
    def by_year(self) -> dict[int, int]:
        out: dict[int, int] = defaultdict(int)
        for year, _src, amount in self.allocations:
            out[year] += amount
        return dict(out)

    @property
    def total_rp(self) -> int:
        return sum(a for _y, _s, a in self.allocations)

    @property
    def sources(self) -> str:
        return ", ".join(sorted({s for _y, s, _a in self.allocations}))


@dataclass(frozen=True)
class Filters:
    """Names to keep (None: all). ``source`` also narrows the money shown to that source."""

    subdistrict: str | None = None
    kawasan: str | None = None
    criterion: str | None = None
    source: str | None = None
    executor: str | None = None

    def keeps(self, r: ActivityRow) -> bool:
        return (
            (self.subdistrict is None or r.subdistrict == self.subdistrict)
            and (self.kawasan is None or r.kawasan == self.kawasan)
            and (self.criterion is None or r.criterion == self.criterion)
            and (self.executor is None or r.executor == self.executor)
            and (self.source is None or any(s == self.source for _y, s, _a in r.allocations))
        )


@dataclass(frozen=True)
class Choices:
    subdistricts: list[str]
    kawasans: list[str]
    criteria: list[str]
    sources: list[tuple[int, str]]  # (id, name) of every source, active or not
    executors: list[str]


@dataclass(frozen=True)
class ProgrammeView:
    plan: PlanInfo | None
    years: list[int]
    rows: list[ActivityRow]
    total_activities: int
    filters: Filters
    choices: Choices
    by_source: dict[str, dict[int, int]] = field(default_factory=dict)
    by_subdistrict: dict[str, dict[int, int]] = field(default_factory=dict)

    @property
    def plan_name(self) -> str:
        return self.plan.name if self.plan else ""

    @property
    def year_totals(self) -> dict[int, int]:
        out = {y: 0 for y in self.years}
        for per_year in self.by_source.values():
            for y, v in per_year.items():
                out[y] = out.get(y, 0) + v
        return out


def _narrow(r: ActivityRow, source: str | None) -> ActivityRow:
    if source is None:
        return r
    return replace(r, allocations=tuple(a for a in r.allocations if a[1] == source))


def in_current_plan(session: Session, plan_id: int | None = None) -> Any:
    """The activities the tab shows and analyses: those of the latest plan version (earlier,
    approved versions keep their own copies), and any not yet tied to a version. With
    ``plan_id``: those of that version (a report on an earlier, approved version)."""
    if plan_id is not None:
        return Activity.plan_version_id == plan_id
    plan = current_plan(session)
    if plan is None:
        return Activity.plan_version_id.is_(None)
    return or_(Activity.plan_version_id == plan.id, Activity.plan_version_id.is_(None))


def all_rows(session: Session, ids: Collection[int] | None = None) -> list[ActivityRow]:
    """The current plan's activities (only ``ids``, when given), one row each."""
    wanted = [] if ids is None else [Activity.id.in_(list(ids))]
    allocs: dict[int, list[AllocRow]] = defaultdict(list)
    for act_id, year, amount, src in session.execute(
        select(Allocation.activity_id, Allocation.year, Allocation.amount_rp, FundingSource.name)
        .join(FundingSource)
        .join(Activity, Allocation.activity_id == Activity.id)
        .where(in_current_plan(session), *wanted)
        .order_by(Allocation.activity_id, Allocation.year, FundingSource.sort_order)
    ):
        allocs[act_id].append((int(year), src, int(amount)))
    rt_area = aliased(Area)
    q = (
        select(
            Activity,
            ActivityType.name,
            ActivityType.unit,
            Location.code,
            Area.name,
            rt_area.name,
            Village.name,
            Subdistrict.name,
            Stakeholder.name,
            Stakeholder.short_name,
        )
        .join(ActivityType, Activity.activity_type_id == ActivityType.id)
        .outerjoin(Location, Activity.location_id == Location.id)
        .outerjoin(Area, Activity.area_id == Area.id)
        .outerjoin(rt_area, Location.area_id == rt_area.id)
        .outerjoin(Village, Location.village_id == Village.id)
        .outerjoin(Subdistrict, Village.subdistrict_id == Subdistrict.id)
        .outerjoin(Stakeholder, Activity.executor_id == Stakeholder.id)
        .where(in_current_plan(session), *wanted)
        .order_by(Subdistrict.name, Location.code, Area.name, Activity.criterion_code, Activity.id)
    )
    return [
        ActivityRow(
            id=a.id,
            code=code or "",
            kawasan=area or rt_kaw or "",
            village=vill or "",
            subdistrict=kec or "",
            criterion=a.criterion_code,
            activity_type=tname,
            activity_type_id=a.activity_type_id,
            unit=unit,
            volume=float(a.volume),
            unit_cost_rp=a.unit_cost_rp,
            status=a.status,
            executor_name=exe or "",
            executor=short or exe or "",
            approach=a.approach or "",
            planning_field=a.planning_field,
            realised_volume=a.realised_volume,
            realised_rp=a.realised_rp,
            allocations=tuple(allocs.get(a.id, ())),
            version=a.version,
        )
        for a, tname, unit, code, area, rt_kaw, vill, kec, exe, short in session.execute(q).all()
    ]


def activity_row(
    session: Session, activity_id: int, source: str | None = None
) -> ActivityRow | None:
    """One activity's row as the matrix shows it (money of ``source`` only, when the matrix
    is filtered to one): an edit's answer, shown at once without loading the matrix."""
    rows = all_rows(session, [activity_id])
    return _narrow(rows[0], source) if rows else None


def programme_view(session: Session, filters: Filters | None = None) -> ProgrammeView:
    filters = filters or Filters()
    plan = plan_info(session)
    rows = all_rows(session)
    years = set(plan.years if plan else [])
    for r in rows:
        years.update(y for y, _s, _a in r.allocations)
    kept = [_narrow(r, filters.source) for r in rows if filters.keeps(r)]
    by_source: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    by_kec: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for r in kept:
        for year, src, amount in r.allocations:
            by_source[src][year] += amount
            by_kec[r.subdistrict or "(kawasan)"][year] += amount
    sources = [
        (s.id, s.name)
        for s in session.scalars(
            select(FundingSource).order_by(FundingSource.sort_order, FundingSource.name)
        )
    ]
    order = {name: i for i, (_id, name) in enumerate(sources)}
    choices = Choices(
        subdistricts=sorted({r.subdistrict for r in rows if r.subdistrict}),
        kawasans=sorted({r.kawasan for r in rows if r.kawasan}),
        criteria=sorted({r.criterion for r in rows}),
        sources=sources,
        executors=sorted({r.executor for r in rows if r.executor}),
    )
    return ProgrammeView(
        plan=plan,
        years=sorted(years),
        rows=kept,
        total_activities=len(rows),
        filters=filters,
        choices=choices,
        by_source={
            k: dict(v) for k, v in sorted(by_source.items(), key=lambda kv: order.get(kv[0], 99))
        },
        by_subdistrict={k: dict(v) for k, v in sorted(by_kec.items())},
    )


@dataclass(frozen=True)
class FormChoices:
    """What the activity form offers: places, criteria with units, catalogue, stakeholders,
    commitments (with the activity each is linked to, if any)."""

    locations: list[tuple[int, str, str]]  # (id, RT code, kawasan)
    areas: list[tuple[int, str]]
    criteria: dict[str, str]  # code -> unit
    criterion_names: dict[str, str]
    types: list[TypeInfo]
    sources: list[SourceInfo]
    stakeholders: list[tuple[int, str]]
    commitments: list[tuple[int, str, int | None]]  # (id, label, activity id)


def form_choices(session: Session) -> FormChoices:
    criteria = district_criteria(session)
    locs = [
        (i, code, kaw or "")
        for i, code, kaw in session.execute(
            select(Location.id, Location.code, Area.name)
            .outerjoin(Area, Location.area_id == Area.id)
            .order_by(Location.code)
        ).all()
    ]
    areas = sorted(
        ((i, n) for i, n in session.execute(select(Area.id, Area.name))),
        key=lambda a: name_key(a[1]),
    )
    people = sorted(
        (
            (i, short or n)
            for i, n, short in session.execute(
                select(Stakeholder.id, Stakeholder.name, Stakeholder.short_name).where(
                    Stakeholder.archived.is_(False)
                )
            ).all()
        ),
        key=lambda p: name_key(p[1]),
    )
    commits = []
    for c, who in session.execute(
        select(Commitment, Stakeholder.name)
        .join(Stakeholder, Commitment.stakeholder_id == Stakeholder.id)
        .order_by(Commitment.year, Stakeholder.name)
    ).all():
        what = format_rp(c.value_rp) if c.value_rp else (c.in_kind or c.form)
        commits.append((c.id, f"{c.year} · {who} · {what}", c.activity_id))
    return FormChoices(
        locations=locs,
        areas=areas,
        criteria={code: c.unit for code, c in criteria.items()},
        criterion_names={code: c.name for code, c in criteria.items()},
        types=activity_types(session),
        sources=funding_sources(session),
        stakeholders=people,
        commitments=commits,
    )
