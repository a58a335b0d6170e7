"""A kelurahan's assessment year on its way to approval: its team submits it (*diajukan*;
then it is locked for them), an approver approves it (*disetujui*) or returns it with the
reason (*dikembalikan*; open again). Every step is a row of ``village_submission`` (the
latest is the status, all of them the history) and an entry in the audit log.

On a shared server the database enforces who may take which step and the lock (row-level
security and triggers: ``services.server``); here the steps are checked for their order,
and the login's scope and role so the refusal is said before anything is tried."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.db.models import Assessment, Location, Subdistrict, Village, VillageSubmission
from workbench.domain.messages import UserError
from workbench.services.audit import audit
from workbench.services.server import identity

SUBMITTED, APPROVED, RETURNED = "diajukan", "disetujui", "dikembalikan"
STATUSES = (SUBMITTED, APPROVED, RETURNED)


@dataclass(frozen=True)
class Step:
    status: str
    by: str
    at: datetime | None
    reason: str


@dataclass(frozen=True)
class VillageYear:
    """One kelurahan in one year: its RT units assessed, its status (None: not submitted
    yet) and every step so far, oldest first."""

    village_id: int
    village: str
    subdistrict: str
    year: int
    locations: int
    status: str | None
    steps: tuple[Step, ...]

    @property
    def latest(self) -> Step | None:
        return self.steps[-1] if self.steps else None


def years(session: Session) -> list[int]:
    return [
        int(y)
        for (y,) in session.execute(select(Assessment.year).distinct().order_by(Assessment.year))
    ]


def village_years(session: Session, year: int) -> list[VillageYear]:
    """Every kelurahan with RT units assessed in ``year``, with its status and history."""
    counts = session.execute(
        select(Village.id, Village.name, Subdistrict.name, func.count(Assessment.id))
        .join(Location, Location.village_id == Village.id)
        .join(Assessment, Assessment.location_id == Location.id)
        .join(Subdistrict, Subdistrict.id == Village.subdistrict_id)
        .where(Assessment.year == year)
        .group_by(Village.id, Village.name, Subdistrict.name)
        .order_by(Subdistrict.name, Village.name)
    ).all()
    steps: dict[int, list[Step]] = {}
    for s in session.scalars(
        select(VillageSubmission)
        .where(VillageSubmission.year == year)
        .order_by(VillageSubmission.id)
    ):
        steps.setdefault(s.village_id, []).append(Step(s.status, s.by, s.at, s.reason))
    out = []
    for vid, name, sub, n in counts:
        mine = tuple(steps.get(vid, ()))
        out.append(
            VillageYear(vid, name, sub, year, int(n), mine[-1].status if mine else None, mine)
        )
    return out


def status_by_village(session: Session, year: int) -> dict[int, str]:
    """Each kelurahan's status in ``year`` (only those with a step)."""
    return {v.village_id: v.status for v in village_years(session, year) if v.status}


def status_of(session: Session, village_id: int, year: int) -> str | None:
    """A kelurahan's year: its latest step's status (None: not submitted yet)."""
    return session.execute(
        select(VillageSubmission.status)
        .where(VillageSubmission.village_id == village_id, VillageSubmission.year == year)
        .order_by(VillageSubmission.id.desc())
        .limit(1)
    ).scalar()


def _step(session: Session, village_id: int, year: int, status: str, reason: str, user: str) -> int:
    village = session.get(Village, village_id)
    if village is None:
        raise LookupError(f"village {village_id} does not exist")
    who = identity(session)
    current = status_of(session, village_id, year)
    if status == SUBMITTED:
        if not who.may_change_village(village_id):
            raise UserError("submission_not_yours", village=village.name)
        if current in (SUBMITTED, APPROVED):
            raise UserError("submission_already", village=village.name, year=year, status=current)
    else:
        if not who.may_approve:
            raise UserError("not_permitted_decide")
        if current != SUBMITTED:
            raise UserError("submission_not_submitted", village=village.name, year=year)
        if status == RETURNED and not reason.strip():
            raise UserError("submission_reason_needed")
    step = VillageSubmission(
        village_id=village_id, year=year, status=status, reason=reason.strip(), by=who.login
    )
    session.add(step)
    session.flush()
    audit(session, user, "village_submission", village_id, status, str(year), current, status)
    return step.id


def submit(session: Session, village_id: int, year: int, user: str = "") -> int:
    return _step(session, village_id, year, SUBMITTED, "", user)


def approve(session: Session, village_id: int, year: int, user: str = "") -> int:
    return _step(session, village_id, year, APPROVED, "", user)


def send_back(session: Session, village_id: int, year: int, reason: str, user: str = "") -> int:
    return _step(session, village_id, year, RETURNED, reason, user)
