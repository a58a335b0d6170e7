"""What goes into the harmonisation: proposal sources and their ranked proposals, workshop
votes and tallies. Every change is audited and returns what undo needs to put it back.

A *target* is ``("location", id)`` for an RT unit or ``("area", id)`` for a kawasan.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from workbench.db.models import (
    Area,
    Engagement,
    Location,
    Proposal,
    ProposalSource,
    Stakeholder,
    Village,
    Vote,
)
from workbench.db.models.priorities import SOURCE_KINDS, VOTE_CHOICES
from workbench.domain.messages import UserError
from workbench.services.audit import audit as _audit

TargetKind = Literal["location", "area"]
Target = tuple[TargetKind, int]
SHOW_OF_HANDS = "Pleno (angkat tangan)"


def target_filter(model: Any, target: Target) -> tuple:
    """WHERE clauses selecting a candidate on any model with location_id / area_id."""
    kind, tid = target
    if kind == "location":
        return (model.location_id == tid, model.area_id.is_(None))
    if kind == "area":
        return (model.area_id == tid, model.location_id.is_(None))
    raise ValueError(f"unknown candidate kind {kind!r}")


def target_columns(target: Target) -> dict[str, int | None]:
    kind, tid = target
    return {
        "location_id": tid if kind == "location" else None,
        "area_id": tid if kind == "area" else None,
    }


def target_label(session: Session, target: Target) -> str:
    kind, tid = target
    if kind == "location":
        loc = session.get(Location, tid)
        return loc.code if loc else f"RT #{tid}"
    area = session.get(Area, tid)
    return area.name if area else f"kawasan #{tid}"


# -- sources --------------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceData:
    name: str
    kind: str
    year: int | None = None
    stakeholder_id: int | None = None
    village_id: int | None = None
    document: str = ""


@dataclass(frozen=True)
class SourceRow:
    id: int
    name: str
    kind: str
    year: int | None
    stakeholder: str
    village: str
    document: str
    proposals: int
    stakeholder_id: int | None = None
    village_id: int | None = None
    version: int = 0  # the source's, as read (an edit made on it names it)


def validate_source(session: Session, data: SourceData, ignore_id: int | None = None) -> list[str]:
    problems = []
    name = data.name.strip()
    if not name:
        problems.append("The source needs a name, e.g. “RPLP Kelurahan Sukamaju 2025”.")
    if data.kind not in SOURCE_KINDS:
        problems.append(
            f"Unknown kind of source {data.kind!r}; expected one of {', '.join(SOURCE_KINDS)}."
        )
    if data.year is not None and not 1990 <= data.year <= 2100:
        problems.append(f"Year {data.year} is not a plausible planning year (1990–2100).")
    if name:
        q = select(ProposalSource.id).where(func.lower(ProposalSource.name) == name.lower())
        if ignore_id is not None:
            q = q.where(ProposalSource.id != ignore_id)
        if session.scalar(q) is not None:
            problems.append(f"A source named “{name}” already exists.")
    return problems


def list_sources(session: Session) -> list[SourceRow]:
    counts = dict(
        session.execute(select(Proposal.source_id, func.count()).group_by(Proposal.source_id)).all()
    )
    rows = session.execute(
        select(ProposalSource, Stakeholder.name, Village.name)
        .outerjoin(Stakeholder, ProposalSource.stakeholder_id == Stakeholder.id)
        .outerjoin(Village, ProposalSource.village_id == Village.id)
        .order_by(ProposalSource.kind, ProposalSource.name)
    ).all()
    order = {k: i for i, k in enumerate(SOURCE_KINDS)}
    out = [
        SourceRow(
            id=s.id,
            name=s.name,
            kind=s.kind,
            year=s.year,
            stakeholder=st or "",
            village=v or "",
            document=s.document,
            proposals=counts.get(s.id, 0),
            stakeholder_id=s.stakeholder_id,
            village_id=s.village_id,
            version=s.version,
        )
        for s, st, v in rows
    ]
    out.sort(key=lambda r: (order.get(r.kind, 99), r.name))
    return out


def _refuse_source(session: Session, data: SourceData, ignore_id: int | None = None) -> None:
    name = data.name.strip()
    if not name:
        raise UserError("source_blank")
    q = select(ProposalSource.id).where(func.lower(ProposalSource.name) == name.lower())
    if ignore_id is not None:
        q = q.where(ProposalSource.id != ignore_id)
    if session.scalar(q) is not None:
        raise UserError("source_exists", name=name)
    problems = validate_source(session, data, ignore_id)
    if problems:
        raise ValueError("\n".join(problems))


def create_source(session: Session, data: SourceData, user: str = "") -> int:
    _refuse_source(session, data)
    src = ProposalSource(
        name=data.name.strip(),
        kind=data.kind,
        year=data.year,
        stakeholder_id=data.stakeholder_id,
        village_id=data.village_id,
        document=data.document.strip(),
    )
    session.add(src)
    session.flush()
    _audit(session, user, "proposal_source", src.id, "create", new=src.name)
    return src.id


def update_source(session: Session, sid: int, data: SourceData, user: str = "") -> SourceData:
    """Change a source; returns its previous data (for undo)."""
    src = session.get(ProposalSource, sid)
    if src is None:
        raise UserError("gone", what=f"Proposal source #{sid}")
    _refuse_source(session, data, ignore_id=sid)
    old = SourceData(src.name, src.kind, src.year, src.stakeholder_id, src.village_id, src.document)
    src.name, src.kind, src.year = data.name.strip(), data.kind, data.year
    src.stakeholder_id, src.village_id, src.document = (
        data.stakeholder_id,
        data.village_id,
        data.document.strip(),
    )
    _audit(session, user, "proposal_source", sid, "update", old=old.name, new=src.name)
    return old


@dataclass(frozen=True)
class DeletedSource:
    data: SourceData
    proposals: list[tuple[int | None, int | None, int | None, float | None, str]]


def delete_source(session: Session, sid: int, user: str = "") -> DeletedSource:
    """Delete a source with its proposals; returns everything needed to restore it."""
    src = session.get(ProposalSource, sid)
    if src is None:
        raise UserError("gone", what=f"Proposal source #{sid}")
    props = session.scalars(select(Proposal).where(Proposal.source_id == sid)).all()
    kept = DeletedSource(
        SourceData(src.name, src.kind, src.year, src.stakeholder_id, src.village_id, src.document),
        [(p.location_id, p.area_id, p.rank, p.points, p.note) for p in props],
    )
    session.execute(delete(Proposal).where(Proposal.source_id == sid))
    session.delete(src)
    _audit(session, user, "proposal_source", sid, "delete", old=src.name)
    return kept


def restore_source(session: Session, kept: DeletedSource, user: str = "") -> int:
    sid = create_source(session, kept.data, user)
    for loc, area, rank, points, note in kept.proposals:
        session.add(
            Proposal(
                source_id=sid, location_id=loc, area_id=area, rank=rank, points=points, note=note
            )
        )
    return sid


# -- proposals ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProposalValue:
    rank: int | None
    points: float | None


def get_proposal(session: Session, source_id: int, target: Target) -> ProposalValue | None:
    p = session.scalars(
        select(Proposal).where(Proposal.source_id == source_id, *target_filter(Proposal, target))
    ).first()
    return None if p is None else ProposalValue(p.rank, p.points)


def set_proposal(
    session: Session, source_id: int, target: Target, value: ProposalValue | None, user: str = ""
) -> ProposalValue | None:
    """Set (or with ``None`` remove) a source's rank or points for a candidate; returns the
    previous value. A rank is a whole number from 1; points are ≥ 0."""
    if session.get(ProposalSource, source_id) is None:
        raise UserError("gone", what=f"Proposal source #{source_id}")
    if value is not None:
        if value.rank is None and value.points is None:
            value = None
        elif value.rank is not None and value.rank < 1:
            raise UserError("rank_from_one", got=value.rank)
        elif value.points is not None and value.points < 0:
            raise UserError("points_negative", got=f"{value.points:g}")
    p = session.scalars(
        select(Proposal).where(Proposal.source_id == source_id, *target_filter(Proposal, target))
    ).first()
    old = None if p is None else ProposalValue(p.rank, p.points)
    if value is None:
        if p is not None:
            session.delete(p)
    elif p is None:
        session.add(
            Proposal(
                source_id=source_id, rank=value.rank, points=value.points, **target_columns(target)
            )
        )
    else:
        p.rank, p.points = value.rank, value.points
    _audit(
        session,
        user,
        "proposal",
        source_id,
        "update",
        target_label(session, target),
        old=None if old is None else old.rank if old.rank is not None else old.points,
        new=None if value is None else value.rank if value.rank is not None else value.points,
    )
    return old


# -- votes ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class VoteRow:
    id: int
    engagement_id: int | None
    voter: str
    stakeholder_id: int | None
    target: Target
    choice: str
    count: int
    points: float | None


def _voter_filter(stakeholder_id: int | None, group: str) -> tuple:
    if stakeholder_id is not None:
        return (Vote.stakeholder_id == stakeholder_id,)
    return (Vote.stakeholder_id.is_(None), Vote.group_label == group)


def _engagement_filter(engagement_id: int | None) -> tuple:
    return (
        (Vote.engagement_id.is_(None),)
        if engagement_id is None
        else (Vote.engagement_id == engagement_id,)
    )


def get_tally(
    session: Session,
    engagement_id: int | None,
    target: Target,
    choice: str,
    group: str = SHOW_OF_HANDS,
    stakeholder_id: int | None = None,
) -> int:
    v = session.scalars(
        select(Vote).where(
            *_engagement_filter(engagement_id),
            *_voter_filter(stakeholder_id, group),
            *target_filter(Vote, target),
            Vote.choice == choice,
        )
    ).first()
    return 0 if v is None else v.count


def set_tally(
    session: Session,
    engagement_id: int | None,
    target: Target,
    choice: str,
    count: int,
    group: str = SHOW_OF_HANDS,
    stakeholder_id: int | None = None,
    user: str = "",
) -> int:
    """Set a support/object/abstain count of one voter (a stakeholder or a group, e.g. the
    plenary show of hands) in one workshop; returns the previous count."""
    if choice not in ("support", "object", "abstain"):
        raise ValueError(f"A tally is for support, object or abstain; got {choice!r}.")
    if count < 0:
        raise UserError("tally_negative", got=count)
    if stakeholder_id is None and not group.strip():
        raise ValueError("Say who voted: a stakeholder or a group name.")
    if engagement_id is not None and session.get(Engagement, engagement_id) is None:
        raise UserError("gone", what=f"Engagement #{engagement_id}")
    v = session.scalars(
        select(Vote).where(
            *_engagement_filter(engagement_id),
            *_voter_filter(stakeholder_id, group),
            *target_filter(Vote, target),
            Vote.choice == choice,
        )
    ).first()
    old = 0 if v is None else v.count
    if v is None and count:
        session.add(
            Vote(
                engagement_id=engagement_id,
                stakeholder_id=stakeholder_id,
                group_label="" if stakeholder_id is not None else group.strip(),
                choice=choice,
                count=count,
                **target_columns(target),
            )
        )
    elif v is not None and count == 0:
        session.delete(v)
    elif v is not None:
        v.count = count
    _audit(
        session,
        user,
        "vote",
        engagement_id,
        "update",
        f"{target_label(session, target)} {choice}",
        old=old,
        new=count,
    )
    return old


def adjust_tally(
    session: Session,
    engagement_id: int | None,
    target: Target,
    choice: str,
    delta: int,
    group: str = SHOW_OF_HANDS,
    user: str = "",
) -> int:
    """Add ``delta`` (may be negative; stops at 0) to a tally; returns the new count."""
    old = get_tally(session, engagement_id, target, choice, group)
    new = max(0, old + delta)
    set_tally(session, engagement_id, target, choice, new, group, user=user)
    return new


def set_points(
    session: Session,
    engagement_id: int | None,
    target: Target,
    points: float | None,
    budget: float,
    group: str = "",
    stakeholder_id: int | None = None,
    user: str = "",
) -> float | None:
    """Set the points a voter gives a candidate from a budget (e.g. 100 points to spread);
    refused when the voter's points in this workshop would exceed the budget. Returns the
    previous points (None when there were none)."""
    if stakeholder_id is None and not group.strip():
        raise ValueError("Say who gave the points: a stakeholder or a group name.")
    if points is not None and points < 0:
        raise UserError("points_negative", got=f"{points:g}")
    voter = (
        *_engagement_filter(engagement_id),
        *_voter_filter(stakeholder_id, group),
        Vote.choice == "points",
    )
    v = session.scalars(select(Vote).where(*voter, *target_filter(Vote, target))).first()
    old = None if v is None else v.points
    if points:
        spent = float(
            session.scalar(select(func.coalesce(func.sum(Vote.points), 0)).where(*voter)) or 0
        ) - (old or 0)
        if spent + points > budget + 1e-9:
            who = group.strip() or _stakeholder_name(session, stakeholder_id)
            raise UserError(
                "points_budget",
                who=who,
                left=f"{budget - spent:g}",
                budget=f"{budget:g}",
                points=f"{points:g}",
                target=target_label(session, target),
            )
    if v is None and points:
        session.add(
            Vote(
                engagement_id=engagement_id,
                stakeholder_id=stakeholder_id,
                group_label="" if stakeholder_id is not None else group.strip(),
                choice="points",
                count=0,
                points=points,
                **target_columns(target),
            )
        )
    elif v is not None and not points:
        session.delete(v)
    elif v is not None:
        v.points = points
    _audit(
        session,
        user,
        "vote",
        engagement_id,
        "update",
        f"{target_label(session, target)} points",
        old=old,
        new=points,
    )
    return old


def _stakeholder_name(session: Session, sid: int | None) -> str:
    st = session.get(Stakeholder, sid) if sid is not None else None
    return st.name if st else "This voter"


def list_votes(session: Session, engagement_id: int | None = None) -> list[VoteRow]:
    q = (
        select(Vote, Stakeholder.name)
        .outerjoin(Stakeholder, Vote.stakeholder_id == Stakeholder.id)
        .order_by(Vote.id)
    )
    if engagement_id is not None:
        q = q.where(Vote.engagement_id == engagement_id)
    out = []
    for v, name in session.execute(q).all():
        target: Target = (
            ("location", v.location_id) if v.location_id is not None else ("area", v.area_id)
        )
        out.append(
            VoteRow(
                id=v.id,
                engagement_id=v.engagement_id,
                voter=name or v.group_label,
                stakeholder_id=v.stakeholder_id,
                target=target,
                choice=v.choice,
                count=v.count,
                points=v.points,
            )
        )
    return out


def delete_vote(session: Session, vote_id: int, user: str = "") -> VoteRow:
    v = session.get(Vote, vote_id)
    if v is None:
        raise UserError("gone", what=f"Vote #{vote_id}")
    row = next(r for r in list_votes(session, v.engagement_id) if r.id == vote_id)
    session.delete(v)
    _audit(session, user, "vote", v.engagement_id, "delete", row.choice, old=row.count)
    return row


def restore_vote(session: Session, row: VoteRow, user: str = "") -> int:
    if row.choice not in VOTE_CHOICES:
        raise ValueError(f"Unknown vote choice {row.choice!r}.")
    v = Vote(
        engagement_id=row.engagement_id,
        stakeholder_id=row.stakeholder_id,
        group_label="" if row.stakeholder_id is not None else row.voter,
        choice=row.choice,
        count=row.count,
        points=row.points,
        **target_columns(row.target),
    )
    session.add(v)
    session.flush()
    _audit(session, user, "vote", row.engagement_id, "create", row.choice, new=row.count)
    return v.id


# -- cells for the editing grids ------------------------------------------------------------


def _key_of(location_id: int | None, area_id: int | None) -> str:
    return f"L{location_id}" if location_id is not None else f"A{area_id}"


def proposal_cells(session: Session) -> dict[tuple[int, str], ProposalValue]:
    """(source id, candidate key) → the rank or points as entered, for direct targets."""
    return {
        (sid, _key_of(loc, area)): ProposalValue(rank, points)
        for sid, loc, area, rank, points in session.execute(
            select(
                Proposal.source_id,
                Proposal.location_id,
                Proposal.area_id,
                Proposal.rank,
                Proposal.points,
            )
        ).all()
    }


@dataclass(frozen=True)
class Voter:
    label: str
    stakeholder_id: int | None
    group: str


def vote_cells(
    session: Session, engagement_id: int | None
) -> tuple[list[Voter], dict[tuple[int, str, str], float]]:
    """The voters of one workshop (the plenary show of hands first) and their cells:
    (voter index, candidate key, choice) → count, or points for choice ``points``."""
    voters = [Voter(SHOW_OF_HANDS, None, SHOW_OF_HANDS)]
    index = {(None, SHOW_OF_HANDS): 0}
    cells: dict[tuple[int, str, str], float] = {}
    for row in list_votes(session, engagement_id):
        if row.engagement_id != engagement_id:
            continue
        ident = (row.stakeholder_id, "" if row.stakeholder_id is not None else row.voter)
        if ident not in index:
            index[ident] = len(voters)
            voters.append(Voter(row.voter, row.stakeholder_id, ident[1]))
        value = row.points if row.choice == "points" else row.count
        cells[(index[ident], f"{row.target[0][0].upper()}{row.target[1]}", row.choice)] = float(
            value or 0
        )
    return voters, cells


def voting_workshop(session: Session, workshop_id: int | None) -> int | None:
    """Where new tallies go: the chosen workshop, else the latest meeting that has votes,
    else the latest lokakarya, else the latest engagement, else none."""
    if workshop_id is not None:
        return workshop_id
    latest = select(Engagement.id).order_by(Engagement.date.desc(), Engagement.id.desc())
    return (
        session.scalar(
            latest.where(
                Engagement.id.in_(select(Vote.engagement_id).where(Vote.engagement_id.is_not(None)))
            ).limit(1)
        )
        or session.scalar(latest.where(Engagement.type == "lokakarya").limit(1))
        or session.scalar(latest.limit(1))
    )
