"""Stakeholder registry: reading rows for the registry table."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.db.models import Attendance, Commitment, Coverage, Stakeholder


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


def list_stakeholders(session: Session, include_archived: bool = False) -> list[StakeholderRow]:
    villages = (select(Coverage.stakeholder_id, func.count().label("n"))
                .group_by(Coverage.stakeholder_id).subquery())
    attended = (select(Attendance.stakeholder_id,
                       func.count(func.distinct(Attendance.engagement_id)).label("n"))
                .where(Attendance.present.is_(True))
                .group_by(Attendance.stakeholder_id).subquery())
    committed = (select(Commitment.stakeholder_id,
                        func.coalesce(func.sum(Commitment.value_rp), 0).label("rp"))
                 .group_by(Commitment.stakeholder_id).subquery())
    q = (select(Stakeholder, func.coalesce(villages.c.n, 0), func.coalesce(attended.c.n, 0),
                func.coalesce(committed.c.rp, 0))
         .outerjoin(villages, villages.c.stakeholder_id == Stakeholder.id)
         .outerjoin(attended, attended.c.stakeholder_id == Stakeholder.id)
         .outerjoin(committed, committed.c.stakeholder_id == Stakeholder.id)
         .order_by(Stakeholder.name))
    if not include_archived:
        q = q.where(Stakeholder.archived.is_(False))
    return [StakeholderRow(
        id=s.id, name=s.name, short_name=s.short_name, category=s.category,
        gov_level=s.gov_level, planning_role=s.planning_role, pokja_member=s.pokja_member,
        pokja_position=s.pokja_position, influence=s.influence, interest=s.interest,
        villages=int(nv), engagements=int(ne), committed_rp=int(rp), archived=s.archived)
        for s, nv, ne, rp in session.execute(q).all()]
