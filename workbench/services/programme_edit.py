"""Changing the programme: the plan period, activities with their money per year and funding
source, the catalogues (funding sources, activity types), commitments linked to activities,
status and realisation.

Every change is checked before anything is written and raises :class:`UserError` (English and
Indonesian) when refused, so that the caller's transaction leaves the database as it was.
Functions that change something return what is needed to undo them. Money is whole rupiah
(int), never float.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from workbench.db.models import (
    Activity,
    ActivityType,
    Allocation,
    Area,
    Assessment,
    Commitment,
    District,
    FundingSource,
    Location,
    PlanSignatory,
    PlanVersion,
    Stakeholder,
)
from workbench.domain.messages import UserError
from workbench.domain.programme import (
    ACTIVITY_STATUSES,
    APPROACHES,
    DEFAULT_ACTIVITY_TYPES,
    DEFAULT_FUNDING_SOURCES,
    PLANNING_FIELDS,
)
from workbench.domain.rules import DEFAULT_RULESET, Criterion, get_ruleset
from workbench.services.audit import audit as _audit
from workbench.services.versions import touch

YEAR_RANGE = (1990, 2100)
LONGEST_PERIOD = 20
DEFAULT_SIGNATORIES = ("Ketua Pokja PKP", "Kepala Bappeda", "Kepala Dinas Perkim")


# -- catalogue seeding -----------------------------------------------------------------------


def ensure_catalogue(session: Session) -> bool:
    """Give a district the default funding sources and activity types when it has none
    (a new or older database). Returns whether anything was added."""
    added = False
    if session.scalar(select(func.count(FundingSource.id))) == 0:
        for i, (code, name) in enumerate(DEFAULT_FUNDING_SOURCES):
            session.add(FundingSource(code=code, name=name, sort_order=i))
        added = True
    if session.scalar(select(func.count(ActivityType.id))) == 0:
        for name, crit, unit, cost in DEFAULT_ACTIVITY_TYPES:
            session.add(ActivityType(name=name, criterion_code=crit, unit=unit, unit_cost_rp=cost))
        added = True
    session.flush()
    return added


# -- plan period -----------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanInfo:
    id: int
    version_no: int
    name: str
    period_start: int
    period_end: int
    status: str
    version: int = 0  # the plan's, as read: a change of its period names it

    @property
    def years(self) -> list[int]:
        return list(range(self.period_start, self.period_end + 1))


def current_plan(session: Session) -> PlanVersion | None:
    return session.scalars(select(PlanVersion).order_by(PlanVersion.version_no.desc())).first()


def plan_info(session: Session) -> PlanInfo | None:
    p = current_plan(session)
    return (
        None
        if p is None
        else PlanInfo(p.id, p.version_no, p.name, p.period_start, p.period_end, p.status, p.version)
    )


def editable_plan(session: Session) -> PlanVersion:
    """The plan version changes go to: the latest, which must be a draft (an approved version
    is frozen). A district without a plan gets a first draft for the coming five years."""
    plan = current_plan(session)
    if plan is None:
        district = session.scalars(select(District)).first()
        if district is None:
            raise UserError("no_district")
        from datetime import date

        start = date.today().year + 1
        plan = PlanVersion(
            district_id=district.id,
            version_no=1,
            status="draft",
            name=f"RP2KPKP {district.name} {start}\u2013{start + 4}",
            period_start=start,
            period_end=start + 4,
        )
        session.add(plan)
        session.flush()
        for i, position in enumerate(DEFAULT_SIGNATORIES):
            session.add(PlanSignatory(plan_version_id=plan.id, sort_order=i, position=position))
        return plan
    if plan.status == "approved":
        raise UserError("plan_frozen", version=plan.version_no)
    return plan


def set_plan(
    session: Session, name: str, start: int, end: int, user: str = ""
) -> tuple[str, int, int]:
    """Name and period of the draft plan; returns the previous (name, start, end)."""
    for year in (start, end):
        _check_year(year)
    if end < start:
        raise UserError("period_order", start=start, end=end)
    if end - start + 1 > LONGEST_PERIOD:
        raise UserError("period_long", years=end - start + 1, most=LONGEST_PERIOD)
    if not name.strip():
        raise UserError("catalogue_blank", what="plan")
    plan = editable_plan(session)
    old = (plan.name, plan.period_start, plan.period_end)
    plan.name, plan.period_start, plan.period_end = name.strip(), int(start), int(end)
    _audit(
        session,
        user,
        "plan_version",
        plan.id,
        "update",
        "period",
        f"{old[1]}-{old[2]}",
        f"{start}-{end}",
    )
    return old


# -- activities ------------------------------------------------------------------------------

Alloc = tuple[int, int, int]  # (year, funding_source_id, amount_rp)


@dataclass(frozen=True)
class ActivityData:
    location_id: int | None
    area_id: int | None
    criterion_code: str
    activity_type_id: int
    volume: float
    unit_cost_rp: int | None = None
    approach: str | None = None
    planning_field: str = "infrastruktur"
    executor_id: int | None = None
    status: str = "usulan"
    realised_volume: float | None = None
    realised_rp: int | None = None
    description: str = ""
    allocations: tuple[Alloc, ...] = ()
    commitment_ids: tuple[int, ...] = field(default=())

    def with_changes(self, **changes: Any) -> ActivityData:
        return replace(self, **changes)


FIELDS = (
    "location_id",
    "area_id",
    "criterion_code",
    "activity_type_id",
    "volume",
    "unit_cost_rp",
    "approach",
    "planning_field",
    "executor_id",
    "status",
    "realised_volume",
    "realised_rp",
    "description",
)


def district_criteria(session: Session) -> dict[str, Criterion]:
    """Criterion code -> criterion, over the rule sets the district's assessments use (the
    default rule set before any assessment)."""
    ids = session.scalars(select(Assessment.ruleset_id).distinct()).all() or [DEFAULT_RULESET]
    out: dict[str, Criterion] = {}
    for rid in ids:
        try:
            rules = get_ruleset(rid)
        except (KeyError, ValueError):
            continue
        for c in rules.criteria:
            out.setdefault(c.code, c)
    return out


def criterion_codes(session: Session) -> dict[str, str]:
    """Criterion code -> unit."""
    return {code: c.unit for code, c in district_criteria(session).items()}


def _check_year(year: Any) -> None:
    if not isinstance(year, int) or not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
        raise UserError("year_bad", year=year, low=YEAR_RANGE[0], high=YEAR_RANGE[1])


def _check_money(value: Any, what: str) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise UserError("money_bad", what=what, value=value)


def _check_number(value: Any, unit: str) -> None:
    if value is None:
        return
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or value < 0
    ):
        raise UserError("volume_bad", unit=unit, value=value)


def check_activity(session: Session, d: ActivityData) -> None:
    """Refuse an activity that cannot be stored, with a message saying why."""
    if (d.location_id is None) == (d.area_id is None):
        raise UserError("one_target")
    if d.location_id is not None and session.get(Location, d.location_id) is None:
        raise UserError("gone", what=f"RT #{d.location_id}")
    if d.area_id is not None and session.get(Area, d.area_id) is None:
        raise UserError("gone", what=f"kawasan #{d.area_id}")
    units = criterion_codes(session)
    if d.criterion_code not in units:
        raise UserError("unknown_criterion", code=d.criterion_code, known=", ".join(units))
    atype = session.get(ActivityType, d.activity_type_id)
    if atype is None:
        raise UserError("gone", what=f"activity type #{d.activity_type_id}")
    if atype.criterion_code and atype.criterion_code != d.criterion_code:
        raise UserError(
            "type_criterion", name=atype.name, type_code=atype.criterion_code, code=d.criterion_code
        )
    unit = units[d.criterion_code]
    if d.volume is None:
        raise UserError("volume_bad", unit=unit, value="")
    _check_number(d.volume, unit)
    _check_number(d.realised_volume, unit)
    _check_money(d.unit_cost_rp, "unit cost")
    _check_money(d.realised_rp, "realised amount")
    for value, allowed, what in (
        (d.status, ACTIVITY_STATUSES, "status"),
        (d.planning_field, PLANNING_FIELDS, "planning field"),
    ):
        if value not in allowed:
            raise UserError("choice_bad", value=value, what=what, allowed=", ".join(allowed))
    if d.approach is not None and d.approach not in APPROACHES:
        raise UserError(
            "choice_bad", value=d.approach, what="approach", allowed=", ".join(APPROACHES)
        )
    if d.executor_id is not None and session.get(Stakeholder, d.executor_id) is None:
        raise UserError("gone", what=f"stakeholder #{d.executor_id}")
    seen: set[tuple[int, int]] = set()
    for year, source_id, amount in d.allocations:
        _check_year(year)
        src = session.get(FundingSource, source_id)
        if src is None:
            raise UserError("gone", what=f"funding source #{source_id}")
        if (year, source_id) in seen:
            raise UserError("alloc_twice", source=src.name, year=year)
        seen.add((year, source_id))
        _check_money(amount, f"{src.name} {year}")
    for cid in d.commitment_ids:
        if session.get(Commitment, cid) is None:
            raise UserError("gone", what=f"commitment #{cid}")


def activity_data(session: Session, activity_id: int) -> ActivityData:
    a = session.get(Activity, activity_id)
    if a is None:
        raise UserError("gone", what=f"activity #{activity_id}")
    allocs = tuple(
        sorted((al.year, al.funding_source_id, int(al.amount_rp)) for al in a.allocations)
    )
    commits = tuple(
        sorted(
            session.scalars(
                select(Commitment.id).where(Commitment.activity_id == activity_id)
            ).all()
        )
    )
    return ActivityData(
        **{f: getattr(a, f) for f in FIELDS}, allocations=allocs, commitment_ids=commits
    )


def _write(session: Session, a: Activity, d: ActivityData) -> None:
    for f in FIELDS:
        setattr(a, f, getattr(d, f))
    a.description = (d.description or "").strip()
    wanted = {(y, s): amt for y, s, amt in d.allocations}
    for al in list(a.allocations):
        key = (al.year, al.funding_source_id)
        if key in wanted:
            al.amount_rp = wanted.pop(key)
        else:
            a.allocations.remove(al)
    for (y, s), amt in sorted(wanted.items()):
        a.allocations.append(Allocation(year=y, funding_source_id=s, amount_rp=amt))
    touch(a)  # its money alone changed: the activity's version counts it too
    session.flush()
    linked = set(session.scalars(select(Commitment.id).where(Commitment.activity_id == a.id)).all())
    for cid in linked - set(d.commitment_ids):
        session.get(Commitment, cid).activity_id = None
    for cid in set(d.commitment_ids) - linked:
        session.get(Commitment, cid).activity_id = a.id


def create_activity(
    session: Session, d: ActivityData, user: str = "", activity_id: int | None = None
) -> int:
    """Add an activity to the draft plan; ``activity_id`` restores a deleted one (undo)."""
    check_activity(session, d)
    plan = editable_plan(session)
    a = Activity(id=activity_id, plan_version_id=plan.id, **{f: getattr(d, f) for f in FIELDS})
    session.add(a)
    session.flush()
    _write(session, a, d)
    _audit(session, user, "activity", a.id, "create")
    return a.id


def add_activities(
    session: Session, items: list[ActivityData], user: str = "", what: str = "import"
) -> list[int]:
    """Many activities at once (an import whose rows the caller has checked against the
    database already): bulk inserts and one audit entry instead of one per activity."""
    if not items:
        return []
    plan = editable_plan(session)
    ids: list[int] = []
    for start in range(0, len(items), 5_000):
        block = items[start : start + 5_000]
        rows = [
            {
                "plan_version_id": plan.id,
                **{f: getattr(d, f) for f in FIELDS},
                "description": (d.description or "").strip(),
            }
            for d in block
        ]
        new_ids = list(
            session.scalars(
                insert(Activity).returning(Activity.id, sort_by_parameter_order=True), rows
            )
        )
        allocs = [
            {"activity_id": aid, "year": y, "funding_source_id": src, "amount_rp": amt}
            for aid, d in zip(new_ids, block, strict=True)
            for y, src, amt in d.allocations
        ]
        if allocs:
            session.execute(insert(Allocation), allocs)
        ids += new_ids
    _audit(session, user, "activity", None, what, new=f"{len(ids)} activities")
    return ids


def update_activity(
    session: Session, activity_id: int, d: ActivityData, user: str = ""
) -> ActivityData:
    """Replace an activity's fields, allocations and linked commitments; returns the old."""
    old = activity_data(session, activity_id)
    check_activity(session, d)
    _require_draft(session, activity_id)
    a = session.get(Activity, activity_id)
    _write(session, a, d)
    for f in FIELDS:
        if getattr(old, f) != getattr(d, f):
            _audit(
                session, user, "activity", activity_id, "update", f, getattr(old, f), getattr(d, f)
            )
    if old.allocations != tuple(sorted(d.allocations)):
        _audit(
            session,
            user,
            "activity",
            activity_id,
            "update",
            "allocations",
            _alloc_text(old.allocations),
            _alloc_text(d.allocations),
        )
    return old


def delete_activity(session: Session, activity_id: int, user: str = "") -> ActivityData:
    """Remove an activity (its allocations go with it; linked commitments are unlinked);
    returns it so that it can be restored with ``create_activity(..., activity_id=)``."""
    old = activity_data(session, activity_id)
    _require_draft(session, activity_id)
    for cid in old.commitment_ids:
        session.get(Commitment, cid).activity_id = None
    session.delete(session.get(Activity, activity_id))
    _audit(session, user, "activity", activity_id, "delete")
    return old


def _require_draft(session: Session, activity_id: int) -> None:
    a = session.get(Activity, activity_id)
    if a.plan_version_id is not None:
        plan = session.get(PlanVersion, a.plan_version_id)
        if plan is not None and plan.status == "approved":
            raise UserError("plan_frozen", version=plan.version_no)


def _alloc_text(allocs: tuple[Alloc, ...]) -> str:
    return "; ".join(f"{y}/{s}={amt}" for y, s, amt in sorted(allocs))


def set_year_amount(
    session: Session,
    activity_id: int,
    year: int,
    amount: int | None,
    user: str = "",
    source_id: int | None = None,
) -> ActivityData:
    """A matrix cell: the money for one activity in one year, from ``source_id`` when given
    (the matrix is filtered to one source), else from the year's only source (or, in a year
    without money yet, the activity's main source); ``None`` or 0 removes it. Returns the
    activity as it was, for undo."""
    old = activity_data(session, activity_id)
    _check_year(year)
    _check_money(amount, str(year))
    in_year = [(s, amt) for y, s, amt in old.allocations if y == year]
    if source_id is not None:
        if session.get(FundingSource, source_id) is None:
            raise UserError("gone", what=f"funding source #{source_id}")
        in_year = [(source_id, 0)]
    if len(in_year) > 1:
        names = ", ".join(session.get(FundingSource, s).name for s, _ in in_year)
        raise UserError("several_sources", year=year, sources=names)
    if in_year:
        source = in_year[0][0]
    else:
        totals: dict[int, int] = {}
        for _y, s, amt in old.allocations:
            totals[s] = totals.get(s, 0) + amt
        if not totals:
            if not amount:
                return old
            raise UserError("no_source")
        source = max(totals.items(), key=lambda kv: (kv[1], -kv[0]))[0]
    allocs = [a for a in old.allocations if not (a[0] == year and a[1] == source)]
    if amount:
        allocs.append((year, source, int(amount)))
    update_activity(
        session, activity_id, replace(old, allocations=tuple(sorted(allocs))), user=user
    )
    return old


def restore_activity(session: Session, activity_id: int, d: ActivityData, user: str = "") -> None:
    """Undo of a change: put the activity back as ``d`` (re-create it if it was deleted)."""
    if session.get(Activity, activity_id) is None:
        create_activity(session, d, user=user, activity_id=activity_id)
    else:
        update_activity(session, activity_id, d, user=user)


# -- catalogues ------------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceInfo:
    id: int
    code: str
    name: str
    active: bool
    used: int
    version: int = 0  # as read: a rename or a switch made on it names it


@dataclass(frozen=True)
class TypeInfo:
    id: int
    name: str
    criterion_code: str
    unit: str
    unit_cost_rp: int | None
    used: int
    version: int = 0  # as read: an edit made on it names it


def funding_sources(session: Session, active_only: bool = False) -> list[SourceInfo]:
    used = dict(
        session.execute(
            select(Allocation.funding_source_id, func.count()).group_by(
                Allocation.funding_source_id
            )
        ).all()
    )
    q = select(FundingSource).order_by(FundingSource.sort_order, FundingSource.name)
    return [
        SourceInfo(s.id, s.code, s.name, s.active, used.get(s.id, 0), s.version)
        for s in session.scalars(q)
        if s.active or not active_only
    ]


def activity_types(session: Session) -> list[TypeInfo]:
    used = dict(
        session.execute(
            select(Activity.activity_type_id, func.count()).group_by(Activity.activity_type_id)
        ).all()
    )
    q = select(ActivityType).order_by(ActivityType.criterion_code, ActivityType.name)
    return [
        TypeInfo(
            t.id,
            t.name,
            t.criterion_code or "",
            t.unit,
            t.unit_cost_rp,
            used.get(t.id, 0),
            t.version,
        )
        for t in session.scalars(q)
    ]


def _code_of(name: str) -> str:
    code = "".join(ch if ch.isalnum() else "_" for ch in name.upper()).strip("_")
    return "_".join(p for p in code.split("_") if p)[:30] or "SUMBER"


def save_funding_source(
    session: Session, source_id: int | None, name: str, active: bool = True, user: str = ""
) -> tuple[int, str, bool]:
    """Add (``source_id=None``), rename / (de)activate a funding source, or put a deleted one
    back under its id (undo); returns (id, old name, old active)."""
    name = " ".join(name.split())
    if not name:
        raise UserError("catalogue_blank", what="sumber dana")
    clash = session.scalars(
        select(FundingSource).where(func.lower(FundingSource.name) == name.lower())
    ).first()
    if clash is not None and clash.id != source_id:
        raise UserError("catalogue_exists", what="sumber dana", name=name)
    src = None if source_id is None else session.get(FundingSource, source_id)
    if src is None:
        code, n = _code_of(name), 1
        taken = set(session.scalars(select(FundingSource.code)).all())
        while code in taken:
            n += 1
            code = f"{_code_of(name)[:26]}_{n}"
        order = (session.scalar(select(func.max(FundingSource.sort_order))) or 0) + 1
        src = FundingSource(id=source_id, code=code, name=name, sort_order=order, active=active)
        session.add(src)
        session.flush()
        _audit(session, user, "funding_source", src.id, "create", new=name)
        return src.id, "", True
    old = (src.id, src.name, src.active)
    src.name, src.active = name, active
    _audit(session, user, "funding_source", src.id, "update", "name", old[1], name)
    return old


def delete_funding_source(session: Session, source_id: int, user: str = "") -> None:
    src = session.get(FundingSource, source_id)
    if src is None:
        raise UserError("gone", what=f"funding source #{source_id}")
    used = session.scalar(
        select(func.count(Allocation.id)).where(Allocation.funding_source_id == source_id)
    )
    if used:
        raise UserError("source_in_use", name=src.name, count=used)
    session.delete(src)
    _audit(session, user, "funding_source", source_id, "delete", old=src.name)


@dataclass(frozen=True)
class TypeData:
    name: str
    criterion_code: str
    unit: str
    unit_cost_rp: int | None = None


def save_activity_type(
    session: Session, type_id: int | None, d: TypeData, user: str = ""
) -> tuple[int, TypeData | None]:
    """Add a catalogue entry (``type_id=None``, or the id of a deleted one to put it back) or
    change one; returns (id, previous data or None when added)."""
    name = " ".join(d.name.split())
    if not name:
        raise UserError("catalogue_blank", what="jenis kegiatan")
    units = criterion_codes(session)
    if d.criterion_code and d.criterion_code not in units:
        raise UserError("unknown_criterion", code=d.criterion_code, known=", ".join(units))
    _check_money(d.unit_cost_rp, "unit cost")
    crit = d.criterion_code or None
    clash = session.scalars(
        select(ActivityType).where(
            func.lower(ActivityType.name) == name.lower(),
            ActivityType.criterion_code.is_(None)
            if crit is None
            else ActivityType.criterion_code == crit,
        )
    ).first()
    if clash is not None and clash.id != type_id:
        raise UserError(
            "catalogue_exists", what="jenis kegiatan", name=f"{name} ({crit})" if crit else name
        )
    unit = d.unit.strip() or units.get(d.criterion_code, "")
    t = None if type_id is None else session.get(ActivityType, type_id)
    if t is None:
        t = ActivityType(
            id=type_id,
            name=name,
            criterion_code=d.criterion_code or None,
            unit=unit,
            unit_cost_rp=d.unit_cost_rp,
        )
        session.add(t)
        session.flush()
        _audit(session, user, "activity_type", t.id, "create", new=name)
        return t.id, None
    old = TypeData(t.name, t.criterion_code or "", t.unit, t.unit_cost_rp)
    if d.criterion_code != old.criterion_code and d.criterion_code:
        wrong = session.scalar(
            select(func.count(Activity.id)).where(
                Activity.activity_type_id == type_id, Activity.criterion_code != d.criterion_code
            )
        )
        if wrong:
            raise UserError("type_in_use", name=t.name, count=wrong)
    t.name, t.criterion_code, t.unit, t.unit_cost_rp = (
        name,
        d.criterion_code or None,
        unit,
        d.unit_cost_rp,
    )
    _audit(session, user, "activity_type", t.id, "update", "name", old.name, name)
    return t.id, old


def delete_activity_type(session: Session, type_id: int, user: str = "") -> TypeData:
    t = session.get(ActivityType, type_id)
    if t is None:
        raise UserError("gone", what=f"activity type #{type_id}")
    used = session.scalar(
        select(func.count(Activity.id)).where(Activity.activity_type_id == type_id)
    )
    if used:
        raise UserError("type_in_use", name=t.name, count=used)
    old = TypeData(t.name, t.criterion_code or "", t.unit, t.unit_cost_rp)
    session.delete(t)
    _audit(session, user, "activity_type", type_id, "delete", old=t.name)
    return old
