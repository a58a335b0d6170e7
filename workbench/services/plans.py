"""Plan versions: approving a draft (period, agreed priority list, programme, signatories)
freezes it as a canonical JSON snapshot sealed with a SHA-256 fingerprint; later edits go to a
new draft version that starts as a copy. The fingerprint is what printed plan summaries carry
and what ``verify`` looks up.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.db.models import (
    Activity,
    ActivityType,
    Allocation,
    Area,
    Commitment,
    District,
    FundingSource,
    Location,
    PlanSignatory,
    PlanVersion,
    PriorityList,
    Stakeholder,
    Subdistrict,
    Village,
)
from workbench.domain.messages import UserError
from workbench.services.audit import audit as _audit
from workbench.services.backups import keep_copy
from workbench.services.plan_figures import agreed_list, commitments, figures
from workbench.services.programme_edit import FIELDS, current_plan
from workbench.services.versions import touch


@dataclass(frozen=True)
class Signatory:
    position: str
    name: str = ""
    nip: str = ""
    place: str = ""
    sign_date: date | None = None


def check_signatories(people: list[Signatory]) -> None:
    """Refuse (UserError) signature blocks an approved, sealed summary cannot carry: each needs
    a position, a name, a place and a date; a NIP, when given, has 18 digits."""
    if not people:
        raise UserError("approve_no_signatory")
    for s in people:
        if not s.position.strip():
            raise UserError("signatory_position")
        if not s.name.strip():
            raise UserError("signatory_name", position=s.position)
        if not s.place.strip():
            raise UserError("signatory_place", position=s.position)
        if s.sign_date is None:
            raise UserError("signatory_date", position=s.position)
        digits = s.nip.upper().removeprefix("NIP").strip(" .:").replace(" ", "")
        if s.nip.strip() and not (len(digits) == 18 and digits.isdigit()):
            raise UserError("nip_bad", position=s.position, value=s.nip.strip())


def check_approval(people: list[Signatory], approved_by: str) -> None:
    """Everything approving needs from the user, checked before anything is asked or
    written."""
    check_signatories(people)
    if not approved_by.strip():
        raise UserError("approve_by")


def signatories(session: Session, plan_id: int) -> list[Signatory]:
    return [
        Signatory(s.position, s.name, s.nip, s.place, s.sign_date)
        for s in session.scalars(
            select(PlanSignatory)
            .where(PlanSignatory.plan_version_id == plan_id)
            .order_by(PlanSignatory.sort_order, PlanSignatory.id)
        )
    ]


def _draft(session: Session, plan_id: int) -> PlanVersion:
    plan = session.get(PlanVersion, plan_id)
    if plan is None:
        raise UserError("gone", what=f"plan version #{plan_id}")
    if plan.status == "approved":
        raise UserError("plan_frozen", version=plan.version_no)
    return plan


def set_signatories(
    session: Session, plan_id: int, items: list[Signatory], user: str = ""
) -> list[Signatory]:
    """Replace a draft's signature blocks; returns the previous ones (for undo)."""
    _draft(session, plan_id)
    old = signatories(session, plan_id)
    for s in session.scalars(select(PlanSignatory).where(PlanSignatory.plan_version_id == plan_id)):
        session.delete(s)
    session.flush()
    for i, s in enumerate(items):
        if not s.position.strip():
            raise UserError("signatory_position")
        session.add(
            PlanSignatory(
                plan_version_id=plan_id,
                sort_order=i,
                position=s.position.strip(),
                name=s.name.strip(),
                nip=s.nip.strip(),
                place=s.place.strip(),
                sign_date=s.sign_date,
            )
        )
    if old != items:
        touch(_draft(session, plan_id))  # its signature blocks changed: its version counts it
    _audit(session, user, "plan_version", plan_id, "update", "signatories", len(old), len(items))
    return old


# -- the snapshot ----------------------------------------------------------------------------


def canonical(snapshot: dict[str, Any]) -> str:
    """The one text a snapshot hashes to: sorted keys, no spaces, UTF-8."""
    return json.dumps(snapshot, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def fingerprint_of(snapshot: dict[str, Any]) -> str:
    return hashlib.sha256(canonical(snapshot).encode("utf-8")).hexdigest()


def plan_snapshot(session: Session, plan: PlanVersion) -> dict[str, Any]:
    """Everything an approved plan stands for, by natural keys (codes and names, not ids):
    the district, the plan, its agreed priority list, the programme with money per year and
    source, and the signatories."""
    district = session.get(District, plan.district_id)
    allocs: dict[int, list[list[Any]]] = {}
    for aid, year, src, amount in session.execute(
        select(Allocation.activity_id, Allocation.year, FundingSource.name, Allocation.amount_rp)
        .join(FundingSource)
        .join(Activity, Allocation.activity_id == Activity.id)
        .where(Activity.plan_version_id == plan.id)
    ):
        allocs.setdefault(aid, []).append([int(year), src, int(amount)])
    programme = []
    for a, tname, code, area, who, kec in session.execute(
        select(
            Activity,
            ActivityType.name,
            Location.code,
            Area.name,
            Stakeholder.name,
            Subdistrict.name,
        )
        .join(ActivityType, Activity.activity_type_id == ActivityType.id)
        .outerjoin(Location, Activity.location_id == Location.id)
        .outerjoin(Village, Location.village_id == Village.id)
        .outerjoin(Subdistrict, Village.subdistrict_id == Subdistrict.id)
        .outerjoin(Area, Activity.area_id == Area.id)
        .outerjoin(Stakeholder, Activity.executor_id == Stakeholder.id)
        .where(Activity.plan_version_id == plan.id)
    ):
        programme.append(
            {
                "kode_lokasi": code or "",
                "kawasan": "" if code else (area or ""),
                "kecamatan": kec or "",
                "kriteria": a.criterion_code,
                "kegiatan": tname,
                "volume": round(a.volume, 6),
                "harga_satuan": a.unit_cost_rp,
                "status": a.status,
                "pelaksana": who or "",
                "realisasi_volume": a.realised_volume,
                "realisasi_anggaran": a.realised_rp,
                "anggaran": sorted(allocs.get(a.id, [])),
            }
        )
    programme.sort(
        key=lambda r: (
            r["kode_lokasi"],
            r["kawasan"],
            r["kriteria"],
            r["kegiatan"],
            r["volume"],
            r["anggaran"],
        )
    )
    return {
        "district": {"code": district.code, "name": district.name, "province": district.province},
        "plan": {
            "version": plan.version_no,
            "name": plan.name,
            "period": [plan.period_start, plan.period_end],
        },
        "approval": {
            "date": plan.approved_at.date().isoformat() if plan.approved_at else None,
            "by": plan.approved_by or "",
        },
        "figures": figures(session, plan),
        "priority_list": agreed_list(session, plan.priority_list_id),
        "programme": programme,
        "commitments": commitments(session, plan),
        "signatories": [
            {
                "position": s.position,
                "name": s.name,
                "nip": s.nip,
                "place": s.place,
                "date": s.sign_date.isoformat() if s.sign_date else None,
            }
            for s in signatories(session, plan.id)
        ],
    }


# -- approving -------------------------------------------------------------------------------


def approve(
    session: Session,
    approved_by: str,
    priority_list_id: int | None = None,
    user: str = "",
    now: datetime | None = None,
    keep_backup: bool = True,
) -> str:
    """Approve the draft: it must name an agreed (frozen) priority list (the given one, the
    one it names, or the latest) and complete signature blocks (``check_approval``); the
    snapshot is stored and sealed. Returns the fingerprint. A SQLite file is first copied
    among its backups (not while a demo is being written)."""
    plan = current_plan(session)
    if plan is None:
        raise UserError("no_plan")
    plan = _draft(session, plan.id)
    if priority_list_id is None:
        priority_list_id = plan.priority_list_id or session.scalar(
            select(PriorityList.id).order_by(PriorityList.frozen_at.desc(), PriorityList.id.desc())
        )
    if priority_list_id is None or session.get(PriorityList, priority_list_id) is None:
        raise UserError("approve_no_list")
    check_approval(signatories(session, plan.id), approved_by)
    if keep_backup:
        keep_copy(session, "approval")  # the file as it was before it
    plan.priority_list_id = priority_list_id
    plan.approved_at = now or datetime.now()
    plan.approved_by = approved_by.strip()
    session.flush()
    snapshot = plan_snapshot(session, plan)
    plan.snapshot_json = canonical(snapshot)
    plan.fingerprint = fingerprint_of(snapshot)
    plan.status = "approved"
    _audit(session, user, "plan_version", plan.id, "approve", new=f"sha256:{plan.fingerprint}")
    return plan.fingerprint


def new_draft(session: Session, user: str = "") -> int:
    """Start the next version from the approved one: a copy of its plan, signatories (their
    dates cleared) and activities with their money; commitments follow to the copies."""
    old = current_plan(session)
    if old is None:
        raise UserError("no_plan")
    if old.status != "approved":
        return old.id  # the latest is a draft already: edit that
    plan = PlanVersion(
        district_id=old.district_id,
        version_no=old.version_no + 1,
        name=old.name,
        period_start=old.period_start,
        period_end=old.period_end,
        status="draft",
        priority_list_id=old.priority_list_id,
    )
    session.add(plan)
    session.flush()
    for i, s in enumerate(signatories(session, old.id)):
        session.add(
            PlanSignatory(
                plan_version_id=plan.id,
                sort_order=i,
                position=s.position,
                name=s.name,
                nip=s.nip,
                place=s.place,
            )
        )
    for a in session.scalars(select(Activity).where(Activity.plan_version_id == old.id)):
        copy = Activity(plan_version_id=plan.id, **{f: getattr(a, f) for f in FIELDS})
        copy.allocations = [
            Allocation(year=al.year, funding_source_id=al.funding_source_id, amount_rp=al.amount_rp)
            for al in a.allocations
        ]
        session.add(copy)
        session.flush()
        for c in session.scalars(select(Commitment).where(Commitment.activity_id == a.id)):
            c.activity_id = copy.id
    _audit(session, user, "plan_version", plan.id, "create", new=f"version {plan.version_no}")
    return plan.id


@dataclass(frozen=True)
class VersionCheck:
    version_no: int
    name: str
    fingerprint: str
    intact: bool  # the stored snapshot still hashes to its fingerprint
    data_unchanged: bool  # the plan's data in the database still gives the same snapshot
    changed: tuple[str, ...] = ()  # which parts of the snapshot the data give otherwise now


def check_version(session: Session, plan_id: int) -> VersionCheck:
    plan = session.get(PlanVersion, plan_id)
    if plan is None or plan.status != "approved":
        raise UserError("not_approved")
    stored = json.loads(plan.snapshot_json) if plan.snapshot_json else {}
    intact = bool(stored) and fingerprint_of(stored) == plan.fingerprint
    fresh = plan_snapshot(session, plan)
    changed = tuple(sorted(k for k in set(fresh) | set(stored) if fresh.get(k) != stored.get(k)))
    return VersionCheck(
        plan.version_no,
        plan.name,
        plan.fingerprint,
        intact,
        fingerprint_of(fresh) == plan.fingerprint,
        changed,
    )


def stored_snapshot(session: Session, plan_id: int) -> dict[str, Any]:
    """The sealed snapshot of an approved version, as approved."""
    plan = session.get(PlanVersion, plan_id)
    if plan is None or plan.status != "approved" or not plan.snapshot_json:
        raise UserError("not_approved")
    return json.loads(plan.snapshot_json)


def find_by_fingerprint(session: Session, fingerprint: str) -> int | None:
    return session.scalar(
        select(PlanVersion.id).where(
            PlanVersion.fingerprint == fingerprint.strip().lower(), PlanVersion.status == "approved"
        )
    )


@dataclass(frozen=True)
class ApprovalState:
    """What the approval window shows: the latest version and what approving it needs."""

    plan_id: int
    version_no: int
    name: str
    status: str
    fingerprint: str | None
    approved_at: datetime | None
    approved_by: str
    priority_list_id: int | None
    signatories: list[Signatory]
    lists: list[tuple[int, str]]  # frozen agreed lists, newest first
    version: int = 0  # the plan's, as read: saving the signature blocks names it


def approval_state(session: Session) -> ApprovalState | None:
    plan = current_plan(session)
    if plan is None:
        return None
    lists = [
        (p.id, p.name)
        for p in session.scalars(
            select(PriorityList).order_by(PriorityList.frozen_at.desc(), PriorityList.id.desc())
        )
    ]
    return ApprovalState(
        plan.id,
        plan.version_no,
        plan.name,
        plan.status,
        plan.fingerprint,
        plan.approved_at,
        plan.approved_by or "",
        plan.priority_list_id,
        signatories(session, plan.id),
        lists,
        plan.version,
    )
