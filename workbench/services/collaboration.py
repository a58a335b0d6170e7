"""Stakeholder registry and collaboration record: the registry table, edits (audited),
engagements with attendance, commitments, and the coverage view. Every function takes a
Session and returns plain data; callers own the transaction."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from typing import Any, cast

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from workbench.db.models import (
    Attendance,
    Commitment,
    Coverage,
    Engagement,
    EngagementVillage,
    Stakeholder,
    Subdistrict,
    Village,
)
from workbench.db.models.stakeholders import (
    COLLAB_STAGES,
    COMMITMENT_FORMS,
    COMMITMENT_STATUSES,
    ENGAGEMENT_TYPES,
    GOV_LEVELS,
    PLANNING_ROLES,
    STAKEHOLDER_CATEGORIES,
)
from workbench.domain.collaboration import (
    CoverageInput,
    NameMatch,
    coverage_grid,
    duplicate_bodies,
    find_duplicates,
    stage_progress,
)
from workbench.domain.collation import name_key
from workbench.domain.messages import UserError, render
from workbench.services.audit import audit as _audit
from workbench.services.submissions import VillageYear
from workbench.services.versions import touch

__all__ = [
    "COLLAB_STAGES",
    "COMMITMENT_FORMS",
    "COMMITMENT_STATUSES",
    "ENGAGEMENT_TYPES",
    "GOV_LEVELS",
    "PLANNING_ROLES",
    "STAKEHOLDER_CATEGORIES",
]  # for the UI layer

EDITABLE = (
    "name",
    "short_name",
    "is_person",
    "category",
    "gov_level",
    "planning_role",
    "contact_person",
    "phone",
    "email",
    "address",
    "pokja_member",
    "pokja_sk_number",
    "pokja_position",
    "influence",
    "interest",
    "notes",
)


class DuplicateNameError(ValueError):
    def __init__(self, name: str, matches: list[NameMatch]) -> None:
        self.matches = matches
        listed = "; ".join(f"{m.name} ({m.reason})" for m in matches)
        super().__init__(f"'{name}' looks like a stakeholder already registered: {listed}")


class InUseError(UserError):
    """A stakeholder that anything refers to cannot be deleted (archive it)."""

    def __init__(self, name: str, used: StakeholderUsage) -> None:
        self.used = used
        super().__init__("stakeholder_in_use", name=name, uses=used.describe("en"))

    def text(self, language: str) -> str:
        return render(
            self.key, language, name=self.params["name"], uses=self.used.describe(language)
        )


@dataclass
class StakeholderData:
    name: str
    category: str
    short_name: str = ""
    is_person: bool = False
    gov_level: str = "kabupaten"
    planning_role: str = "mitra"
    contact_person: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    pokja_member: bool = False
    pokja_sk_number: str = ""
    pokja_position: str = ""
    influence: int = 3
    interest: int = 3
    notes: str = ""
    village_ids: list[int] = field(default_factory=list)
    area_ids: list[int] = field(default_factory=list)


def validate_stakeholder(data: StakeholderData) -> list[str]:
    """Problems with the values, each naming the field and what is expected."""
    problems = []
    if not data.name.strip():
        problems.append("name: must not be blank")
    for fname, allowed in (
        ("category", STAKEHOLDER_CATEGORIES),
        ("gov_level", GOV_LEVELS),
        ("planning_role", PLANNING_ROLES),
    ):
        value = getattr(data, fname)
        if value not in allowed:
            problems.append(f"{fname}: '{value}' is not one of {', '.join(allowed)}")
    for fname in ("influence", "interest"):
        value = getattr(data, fname)
        if not isinstance(value, int) or not 1 <= value <= 5:
            problems.append(f"{fname}: expected a whole number from 1 to 5, not {value!r}")
    if data.email and "@" not in data.email:
        problems.append(f"email: '{data.email}' is not an e-mail address")
    return problems


def duplicates_of(session: Session, name: str, ignore_id: int | None = None) -> list[NameMatch]:
    """Registered stakeholders that are probably the same body as ``name``, compared with
    their names and short names, the district's own name left out."""
    from workbench.db.models import District

    district = session.scalar(select(District.name).order_by(District.id).limit(1)) or ""
    existing = session.execute(
        select(Stakeholder.id, Stakeholder.name, Stakeholder.short_name)
    ).all()
    full = {i: n for i, n, _s in existing}
    best = {m.id: m for m in find_duplicates(name, list(full.items()), ignore_id, district)}
    # a short name is an alias, not who the body is: at most a 'contains' (to confirm)
    for m in find_duplicates(name, [(i, s) for i, _n, s in existing if s], ignore_id, district):
        if m.id not in best:
            best[m.id] = replace(
                m, name=full[m.id], reason="contains" if m.reason == "same" else m.reason
            )
    order = {"same": 0, "contains": 1, "similar": 2}
    return sorted(best.values(), key=lambda m: (order[m.reason], name_key(m.name)))


def create_stakeholder(
    session: Session,
    data: StakeholderData,
    user: str = "",
    allow_similar: bool = False,
    names_checked: bool = False,
) -> int:
    """Register a stakeholder. A probable duplicate name is refused (DuplicateNameError)
    unless ``allow_similar`` (the user confirmed it is another body); an identical name is
    always refused. ``names_checked``: the caller compared the names once for many (an
    import matches each against the registry and the file), so no scan per stakeholder."""
    problems = validate_stakeholder(data)
    if problems:
        raise ValueError("; ".join(problems))
    matches = [] if names_checked else duplicates_of(session, data.name)
    if matches and (not allow_similar or any(m.reason == "same" for m in matches)):
        raise DuplicateNameError(data.name, matches)
    values = {k: v for k, v in asdict(data).items() if k not in ("village_ids", "area_ids")}
    values["name"] = data.name.strip()
    obj = Stakeholder(**values)
    session.add(obj)
    session.flush()
    for vid in sorted(set(data.village_ids)):
        session.add(Coverage(stakeholder_id=obj.id, village_id=vid))
    for aid in sorted(set(data.area_ids)):
        session.add(Coverage(stakeholder_id=obj.id, area_id=aid))
    _audit(session, user, "stakeholder", obj.id, "create", new=obj.name)
    session.flush()
    return obj.id


def create_stakeholders(
    session: Session, items: list[StakeholderData], user: str = ""
) -> list[int]:
    """Register many stakeholders at once, in the order given (an import, whose names were
    compared once for the whole file beforehand): one INSERT of the rows, one of their
    villages and kawasan, their audit entries; the ids, in order."""
    for d in items:
        problems = validate_stakeholder(d)
        if problems:
            raise ValueError(f"{d.name}: " + "; ".join(problems))
    if not items:
        return []
    values = [
        {
            **{k: v for k, v in asdict(d).items() if k not in ("village_ids", "area_ids")},
            "name": d.name.strip(),
        }
        for d in items
    ]
    session.flush()  # what the session holds first, then the rows
    ids = list(
        session.scalars(
            insert(Stakeholder).returning(Stakeholder.id, sort_by_parameter_order=True), values
        )
    )
    coverage = [
        {"stakeholder_id": sid, "village_id": vid, "area_id": None}
        for sid, d in zip(ids, items, strict=True)
        for vid in sorted(set(d.village_ids))
    ] + [
        {"stakeholder_id": sid, "village_id": None, "area_id": aid}
        for sid, d in zip(ids, items, strict=True)
        for aid in sorted(set(d.area_ids))
    ]
    if coverage:
        session.execute(insert(Coverage), coverage)
    for sid, d in zip(ids, items, strict=True):
        _audit(session, user, "stakeholder", sid, "create", new=d.name.strip())
    return ids


def update_stakeholder(
    session: Session,
    sid: int,
    changes: dict[str, object],
    user: str = "",
    allow_similar: bool = False,
) -> dict[str, object]:
    """Change fields; returns the old values of what changed (for undo)."""
    obj = session.get(Stakeholder, sid)
    if obj is None:
        raise LookupError(f"stakeholder {sid} does not exist")
    unknown = set(changes) - set(EDITABLE) - {"village_ids", "area_ids"}
    if unknown:
        raise ValueError(f"not editable: {', '.join(sorted(unknown))}")
    current = _data_of(obj)
    merged = StakeholderData(**{**asdict(current), **changes})
    problems = validate_stakeholder(merged)
    if problems:
        raise ValueError("; ".join(problems))
    if "name" in changes and changes["name"] != obj.name:
        matches = duplicates_of(session, str(changes["name"]), ignore_id=sid)
        if matches and (not allow_similar or any(m.reason == "same" for m in matches)):
            raise DuplicateNameError(str(changes["name"]), matches)
    old: dict[str, object] = {}
    for key, value in changes.items():
        if key in ("village_ids", "area_ids"):
            column = Coverage.village_id if key == "village_ids" else Coverage.area_id
            before = sorted(getattr(current, key))
            after = sorted(set(cast(Iterable[int], value)))
            if before != after:
                old[key] = before
                session.execute(
                    delete(Coverage).where(Coverage.stakeholder_id == sid, column.is_not(None))
                )
                for target in after:
                    session.add(Coverage(stakeholder_id=sid, **{column.key: target}))
                touch(obj)  # the record changed: its version counts it
                _audit(session, user, "stakeholder", sid, "update", key, before, after)
        elif getattr(obj, key) != value:
            old[key] = getattr(obj, key)
            _audit(session, user, "stakeholder", sid, "update", key, old[key], value)
            setattr(obj, key, value)
    session.flush()
    session.expire(obj, ["coverage"])
    return old


def set_archived(session: Session, sid: int, archived: bool, user: str = "") -> None:
    obj = session.get(Stakeholder, sid)
    if obj is None:
        raise LookupError(f"stakeholder {sid} does not exist")
    if obj.archived != archived:
        _audit(session, user, "stakeholder", sid, "archive" if archived else "restore")
        obj.archived = archived


@dataclass(frozen=True)
class StakeholderUsage:
    """Everything that refers to a stakeholder: each is a reason not to delete it."""

    attendance: int = 0  # engagements attended or invited to
    commitments: int = 0
    activities: int = 0  # programme activities it executes
    sources: int = 0  # proposal sources it stands behind
    votes: int = 0  # workshop votes cast in its name
    signatures: int = 0  # plan signature blocks that name it

    @property
    def total(self) -> int:
        return (
            self.attendance
            + self.commitments
            + self.activities
            + self.sources
            + self.votes
            + self.signatures
        )

    def describe(self, language: str) -> str:
        """'took part in 3 engagements, executes 32 activities' (or in Indonesian)."""
        counts = (
            self.attendance,
            self.commitments,
            self.activities,
            self.sources,
            self.votes,
            self.signatures,
        )
        parts: tuple[str, ...]
        if language == "id":
            parts = (
                "diundang/hadir di {n} kegiatan kolaborasi",
                "punya {n} komitmen",
                "pelaksana {n} kegiatan program",
                "pengusul pada {n} sumber usulan",
                "memberi {n} suara lokakarya",
                "penanda tangan pada {n} blok pengesahan",
            )
        else:
            nouns = (
                ("engagement", "engagements"),
                ("commitment", "commitments"),
                ("programme activity", "programme activities"),
                ("proposal source", "proposal sources"),
                ("workshop vote", "workshop votes"),
                ("plan signature block", "plan signature blocks"),
            )
            verbs = (
                "was invited to or attended",
                "has",
                "executes",
                "is behind",
                "cast",
                "is named in",
            )
            parts = tuple(
                f"{v} {{n}} {one if n == 1 else many}"
                for v, (one, many), n in zip(verbs, nouns, counts, strict=True)
            )
        return ", ".join(p.format(n=n) for p, n in zip(parts, counts, strict=True) if n)


def usage(session: Session, sid: int) -> StakeholderUsage:
    """Every reference to a stakeholder (see StakeholderUsage)."""
    from workbench.db.models import Activity, PlanSignatory, ProposalSource, Vote

    def count(model: Any, column: Any) -> int:
        return int(
            session.scalar(select(func.count()).select_from(model).where(column == sid)) or 0
        )

    name = session.scalar(select(Stakeholder.name).where(Stakeholder.id == sid)) or ""
    signatures = (
        int(
            session.scalar(
                select(func.count())
                .select_from(PlanSignatory)
                .where(func.lower(func.trim(PlanSignatory.name)) == name.strip().lower())
            )
            or 0
        )
        if name.strip()
        else 0
    )
    return StakeholderUsage(
        attendance=count(Attendance, Attendance.stakeholder_id),
        commitments=count(Commitment, Commitment.stakeholder_id),
        activities=count(Activity, Activity.executor_id),
        sources=count(ProposalSource, ProposalSource.stakeholder_id),
        votes=count(Vote, Vote.stakeholder_id),
        signatures=signatures,
    )


def delete_stakeholder(session: Session, sid: int, user: str = "") -> StakeholderData:
    """Delete a stakeholder nothing refers to; returns its data (for undo). One that anything
    refers to (see ``usage``) is refused with the reasons: archive it instead."""
    obj = session.get(Stakeholder, sid)
    if obj is None:
        raise UserError("gone", what=f"stakeholder #{sid}")
    used = usage(session, sid)
    if used.total:
        raise InUseError(obj.name, used)
    data = _data_of(obj)
    _audit(session, user, "stakeholder", sid, "delete", old=obj.name)
    session.delete(obj)
    session.flush()
    return data


# -- the registry table ----------------------------------------------------------------------


@dataclass(frozen=True)
class StakeholderRow:
    id: int
    name: str
    short_name: str
    category: str
    gov_level: str
    planning_role: str
    pokja_member: bool
    pokja_position: str
    influence: int
    interest: int
    villages: int
    engagements: int
    committed_rp: int
    archived: bool


def list_stakeholders(
    session: Session, include_archived: bool = False, ids: list[int] | None = None
) -> list[StakeholderRow]:
    """The registry's rows by name (only ``ids``, when given: an edit's answer)."""
    villages = (
        select(Coverage.stakeholder_id, func.count().label("n"))
        .group_by(Coverage.stakeholder_id)
        .subquery()
    )
    attended = (
        select(
            Attendance.stakeholder_id,
            func.count(func.distinct(Attendance.engagement_id)).label("n"),
        )
        .where(Attendance.present.is_(True))
        .group_by(Attendance.stakeholder_id)
        .subquery()
    )
    committed = (
        select(
            Commitment.stakeholder_id, func.coalesce(func.sum(Commitment.value_rp), 0).label("rp")
        )
        .group_by(Commitment.stakeholder_id)
        .subquery()
    )
    q = (
        select(
            Stakeholder,
            func.coalesce(villages.c.n, 0),
            func.coalesce(attended.c.n, 0),
            func.coalesce(committed.c.rp, 0),
        )
        .outerjoin(villages, villages.c.stakeholder_id == Stakeholder.id)
        .outerjoin(attended, attended.c.stakeholder_id == Stakeholder.id)
        .outerjoin(committed, committed.c.stakeholder_id == Stakeholder.id)
    )
    if not include_archived:
        q = q.where(Stakeholder.archived.is_(False))
    if ids is not None:
        q = q.where(Stakeholder.id.in_(ids))
    return sorted(
        (
            StakeholderRow(
                id=s.id,
                name=s.name,
                short_name=s.short_name,
                category=s.category,
                gov_level=s.gov_level,
                planning_role=s.planning_role,
                pokja_member=s.pokja_member,
                pokja_position=s.pokja_position,
                influence=s.influence,
                interest=s.interest,
                villages=int(nv),
                engagements=int(ne),
                committed_rp=int(rp),
                archived=s.archived,
            )
            for s, nv, ne, rp in session.execute(q).all()
        ),
        key=lambda r: name_key(r.name),
    )


# -- engagements -----------------------------------------------------------------------------


@dataclass
class EngagementData:
    date: date
    title: str
    type: str
    stage: str
    place: str = ""
    outcomes: str = ""
    decisions: str = ""
    minutes_path: str = ""
    village_ids: list[int] = field(default_factory=list)
    attendees: list[tuple[int, bool]] = field(default_factory=list)  # (stakeholder, present)


def _engagement_problems(data: EngagementData) -> list[str]:
    problems = []
    if not data.title.strip():
        problems.append("title: must not be blank")
    if data.type not in ENGAGEMENT_TYPES:
        problems.append(f"type: '{data.type}' is not one of {', '.join(ENGAGEMENT_TYPES)}")
    if data.stage not in COLLAB_STAGES:
        problems.append(f"stage: '{data.stage}' is not one of {', '.join(COLLAB_STAGES)}")
    return problems


def create_engagement(session: Session, data: EngagementData, user: str = "") -> int:
    problems = _engagement_problems(data)
    if problems:
        raise ValueError("; ".join(problems))
    eng = Engagement(
        date=data.date,
        title=data.title.strip(),
        type=data.type,
        stage=data.stage,
        place=data.place,
        outcomes=data.outcomes,
        decisions=data.decisions,
        minutes_path=data.minutes_path,
    )
    session.add(eng)
    session.flush()
    for vid in sorted(set(data.village_ids)):
        session.add(EngagementVillage(engagement_id=eng.id, village_id=vid))
    seen = set()
    for sid, present in data.attendees:
        if sid not in seen:
            seen.add(sid)
            session.add(Attendance(engagement_id=eng.id, stakeholder_id=sid, present=present))
    _audit(session, user, "engagement", eng.id, "create", new=eng.title)
    session.flush()
    return eng.id


def create_engagements(session: Session, items: list[EngagementData], user: str = "") -> list[int]:
    """Record many engagements at once, in the order given (an import): one INSERT of the
    rows, one of their villages, one of their attendance, their audit entries; the ids."""
    for d in items:
        problems = _engagement_problems(d)
        if problems:
            raise ValueError(f"{d.title}: " + "; ".join(problems))
    if not items:
        return []
    values = [
        {
            "date": d.date,
            "title": d.title.strip(),
            "type": d.type,
            "stage": d.stage,
            "place": d.place,
            "outcomes": d.outcomes,
            "decisions": d.decisions,
            "minutes_path": d.minutes_path,
        }
        for d in items
    ]
    session.flush()  # what the session holds first, then the rows
    ids = list(
        session.scalars(
            insert(Engagement).returning(Engagement.id, sort_by_parameter_order=True), values
        )
    )
    villages = [
        {"engagement_id": eid, "village_id": vid}
        for eid, d in zip(ids, items, strict=True)
        for vid in sorted(set(d.village_ids))
    ]
    if villages:
        session.execute(insert(EngagementVillage), villages)
    attendance = []
    for eid, d in zip(ids, items, strict=True):
        seen: set[int] = set()
        for sid, present in d.attendees:
            if sid not in seen:
                seen.add(sid)
                attendance.append({"engagement_id": eid, "stakeholder_id": sid, "present": present})
    if attendance:
        session.execute(insert(Attendance), attendance)
    for eid, d in zip(ids, items, strict=True):
        _audit(session, user, "engagement", eid, "create", new=d.title.strip())
    return ids


def engagement_data(session: Session, eid: int) -> EngagementData:
    eng = session.get(Engagement, eid)
    if eng is None:
        raise LookupError(f"engagement {eid} does not exist")
    villages = sorted(
        session.scalars(
            select(EngagementVillage.village_id).where(EngagementVillage.engagement_id == eid)
        )
    )
    return EngagementData(
        date=eng.date,
        title=eng.title,
        type=eng.type,
        stage=eng.stage,
        place=eng.place,
        outcomes=eng.outcomes,
        decisions=eng.decisions,
        minutes_path=eng.minutes_path,
        village_ids=villages,
        attendees=[(a.stakeholder_id, a.present) for a in eng.attendance],
    )


def update_engagement(
    session: Session, eid: int, data: EngagementData, user: str = ""
) -> EngagementData:
    """Replace an engagement's details, villages and attendance; returns the old data."""
    old = engagement_data(session, eid)
    if not data.title.strip():
        raise ValueError("title: must not be blank")
    if data.type not in ENGAGEMENT_TYPES or data.stage not in COLLAB_STAGES:
        raise ValueError(f"type/stage: '{data.type}'/'{data.stage}' not known")
    eng = session.get(Engagement, eid)
    assert eng is not None
    for attr in (
        "date",
        "title",
        "type",
        "stage",
        "place",
        "outcomes",
        "decisions",
        "minutes_path",
    ):
        if getattr(eng, attr) != getattr(data, attr):
            _audit(
                session,
                user,
                "engagement",
                eid,
                "update",
                attr,
                getattr(eng, attr),
                getattr(data, attr),
            )
            setattr(eng, attr, getattr(data, attr))
    if sorted(set(data.village_ids)) != old.village_ids:
        _audit(
            session,
            user,
            "engagement",
            eid,
            "update",
            "villages",
            old.village_ids,
            sorted(set(data.village_ids)),
        )
        session.execute(delete(EngagementVillage).where(EngagementVillage.engagement_id == eid))
        for vid in sorted(set(data.village_ids)):
            session.add(EngagementVillage(engagement_id=eid, village_id=vid))
    if sorted(data.attendees) != sorted(old.attendees):
        _audit(
            session,
            user,
            "engagement",
            eid,
            "update",
            "attendance",
            sorted(old.attendees),
            sorted(data.attendees),
        )
        session.execute(delete(Attendance).where(Attendance.engagement_id == eid))
        session.flush()
        seen = set()
        for sid, present in data.attendees:
            if sid not in seen:
                seen.add(sid)
                session.add(Attendance(engagement_id=eid, stakeholder_id=sid, present=present))
    if data != old:
        touch(eng)  # its villages or attendance alone changed: its version counts it too
    session.flush()
    session.expire(eng, ["attendance"])
    return old


def delete_engagement(session: Session, eid: int, user: str = "") -> None:
    eng = session.get(Engagement, eid)
    if eng is None:
        raise LookupError(f"engagement {eid} does not exist")
    _audit(session, user, "engagement", eid, "delete", old=eng.title)
    session.execute(delete(EngagementVillage).where(EngagementVillage.engagement_id == eid))
    session.delete(eng)
    session.flush()


@dataclass(frozen=True)
class EngagementRow:
    id: int
    date: date
    title: str
    type: str
    stage: str
    villages: str
    present: int
    invited: int


def list_engagements(session: Session) -> list[EngagementRow]:
    vill: dict[int, list[str]] = {}
    for eid, name in session.execute(
        select(EngagementVillage.engagement_id, Village.name).join(
            Village, EngagementVillage.village_id == Village.id
        )
    ).all():
        vill.setdefault(eid, []).append(name)
    counts: dict[int, tuple[int, int]] = {}  # engagement -> (present, invited)
    for eid, present, n in session.execute(
        select(Attendance.engagement_id, Attendance.present, func.count()).group_by(
            Attendance.engagement_id, Attendance.present
        )
    ).all():
        p, total = counts.get(eid, (0, 0))
        counts[eid] = (p + (int(n) if present else 0), total + int(n))
    return [
        EngagementRow(
            e.id,
            e.date,
            e.title,
            e.type,
            e.stage,
            ", ".join(sorted(vill.get(e.id, []))),
            *counts.get(e.id, (0, 0)),
        )
        for e in session.scalars(
            select(Engagement).order_by(Engagement.date.desc(), Engagement.id.desc())
        )
    ]


# -- commitments -----------------------------------------------------------------------------


def create_commitment(
    session: Session,
    stakeholder_id: int,
    form: str,
    year: int,
    value_rp: int | None = None,
    in_kind: str = "",
    status: str = "diusulkan",
    user: str = "",
) -> int:
    if form not in COMMITMENT_FORMS:
        raise ValueError(f"form: '{form}' is not one of {', '.join(COMMITMENT_FORMS)}")
    if status not in COMMITMENT_STATUSES:
        raise ValueError(f"status: '{status}' is not one of {', '.join(COMMITMENT_STATUSES)}")
    if value_rp is not None and (value_rp < 0 or int(value_rp) != value_rp):
        raise ValueError(f"value: expected whole rupiah of 0 or more, not {value_rp}")
    if value_rp is None and not in_kind.strip():
        raise ValueError("a commitment needs a value in rupiah or a description in kind")
    c = Commitment(
        stakeholder_id=stakeholder_id,
        form=form,
        year=year,
        status=status,
        value_rp=None if value_rp is None else int(value_rp),
        in_kind=in_kind,
    )
    session.add(c)
    session.flush()
    _audit(session, user, "commitment", c.id, "create", new=f"{form} {value_rp or in_kind}")
    return c.id


# -- coverage --------------------------------------------------------------------------------


@dataclass(frozen=True)
class CoverageView:
    villages: list[tuple[int, str, str]]  # (id, village, subdistrict)
    categories: tuple[str, ...]
    grid: dict[tuple[int, str], str]
    stages: dict[int, dict[str, int]]
    duplicate_bodies: dict[int, list[str]]
    # each village's latest assessment year on its way to approval: (year, its steps)
    submissions: dict[int, VillageYear] = field(default_factory=dict)
    submission_year: int | None = None


def coverage_view(session: Session) -> CoverageView:
    villages = village_choices(session)
    active = session.execute(
        select(
            Stakeholder.id, Stakeholder.category, Stakeholder.name, Stakeholder.planning_role
        ).where(Stakeholder.archived.is_(False))
    ).all()
    coverage = session.execute(
        select(Coverage.stakeholder_id, Coverage.village_id).where(Coverage.village_id.is_not(None))
    ).all()
    data = CoverageInput(
        villages=[(v[0], v[1]) for v in villages],
        stakeholders=[(sid, cat) for sid, cat, _n, _r in active],
        coverage=[(s, v) for s, v in coverage if v is not None],
        engagement_villages=[
            (int(e), int(v))
            for e, v in session.execute(
                select(EngagementVillage.engagement_id, EngagementVillage.village_id)
            ).all()
        ],
        attendance=[
            (int(e), int(a))
            for e, a in session.execute(
                select(Attendance.engagement_id, Attendance.stakeholder_id).where(
                    Attendance.present.is_(True)
                )
            ).all()
        ],
        engagement_stages=dict(session.execute(select(Engagement.id, Engagement.stage)).all()),
    )
    names = {sid: (n, cat, role) for sid, cat, n, role in active}
    bodies = [
        (sid, names[sid][0], names[sid][1], names[sid][2], vid)
        for sid, vid in data.coverage
        if sid in names
    ]
    return CoverageView(
        villages,
        STAKEHOLDER_CATEGORIES,
        coverage_grid(data, STAKEHOLDER_CATEGORIES),
        stage_progress(data, COLLAB_STAGES),
        duplicate_bodies(bodies),
        *_submissions(session),
    )


def _submissions(session: Session) -> tuple[dict[int, VillageYear], int | None]:
    from workbench.services.submissions import village_years, years

    known = years(session)
    if not known:
        return {}, None
    return {v.village_id: v for v in village_years(session, known[-1])}, known[-1]


def _data_of(obj: Stakeholder) -> StakeholderData:
    return StakeholderData(
        **{k: getattr(obj, k) for k in EDITABLE},
        village_ids=sorted(c.village_id for c in obj.coverage if c.village_id is not None),
        area_ids=sorted(c.area_id for c in obj.coverage if c.area_id is not None),
    )


def stakeholder_data(session: Session, sid: int) -> StakeholderData:
    obj = session.get(Stakeholder, sid)
    if obj is None:
        raise LookupError(f"stakeholder {sid} does not exist")
    return _data_of(obj)


def area_choices(session: Session) -> list[tuple[int, str]]:
    from workbench.db.models import Area

    return sorted(
        ((a.id, a.name) for a in session.scalars(select(Area))), key=lambda a: name_key(a[1])
    )


def village_choices(session: Session) -> list[tuple[int, str, str]]:
    """(id, village, subdistrict) for pick lists."""
    return sorted(
        (
            (v.id, v.name, s)
            for v, s in session.execute(select(Village, Subdistrict.name).join(Subdistrict)).all()
        ),
        key=lambda v: (name_key(v[2]), name_key(v[1])),
    )


@dataclass(frozen=True)
class CommitmentRow:
    id: int
    year: int
    form: str
    value_rp: int | None
    in_kind: str
    status: str


def list_commitments(session: Session, stakeholder_id: int) -> list[CommitmentRow]:
    return [
        CommitmentRow(c.id, c.year, c.form, c.value_rp, c.in_kind, c.status)
        for c in session.scalars(
            select(Commitment)
            .where(Commitment.stakeholder_id == stakeholder_id)
            .order_by(Commitment.year, Commitment.id)
        )
    ]


def delete_commitment(session: Session, cid: int, user: str = "") -> None:
    c = session.get(Commitment, cid)
    if c is None:
        raise LookupError(f"commitment {cid} does not exist")
    _audit(session, user, "commitment", cid, "delete", old=f"{c.form} {c.value_rp or c.in_kind}")
    session.delete(c)
    session.flush()
