"""Priority harmonisation: proposal sources, proposals, workshop votes, decisions, frozen lists.

A candidate is an RT unit (location) or a kawasan (area): exactly one of the two is set.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from workbench.db.base import Base, Timestamped, Versioned

ONE_CANDIDATE = "(location_id IS NULL) <> (area_id IS NULL)"
SOURCE_KINDS = ("sk_kumuh", "rplp", "agency", "bappeda", "dprd", "community", "other")
VOTE_CHOICES = ("support", "object", "abstain", "points")
DECISION_STATUSES = ("agreed", "contested", "deferred")


class ProposalSource(Versioned, Base):
    """A source that ranks locations its own way: the SK Kumuh, a village RPLP, an agency."""

    __tablename__ = "proposal_source"
    __table_args__ = (
        UniqueConstraint("name"),
        CheckConstraint(
            "kind IN ('sk_kumuh', 'rplp', 'agency', 'bappeda', 'dprd', 'community', 'other')",
            name="kind",
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    year: Mapped[int | None] = mapped_column(Integer)
    stakeholder_id: Mapped[int | None] = mapped_column(ForeignKey("stakeholder.id"))
    village_id: Mapped[int | None] = mapped_column(ForeignKey("village.id"))
    document: Mapped[str] = mapped_column(String(300), default="")


class Proposal(Versioned, Base):
    __tablename__ = "proposal"
    __table_args__ = (
        UniqueConstraint("source_id", "location_id", "area_id"),
        CheckConstraint(ONE_CANDIDATE, name="one_candidate"),
        CheckConstraint("rank IS NULL OR rank >= 1", name="rank"),
        CheckConstraint("points IS NULL OR points >= 0", name="points"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(
        ForeignKey("proposal_source.id", ondelete="CASCADE"), index=True
    )
    location_id: Mapped[int | None] = mapped_column(ForeignKey("location.id"), index=True)
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"), index=True)
    rank: Mapped[int | None] = mapped_column(Integer)
    points: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")


class Vote(Versioned, Base, Timestamped):
    """A vote in a workshop, per stakeholder or per group; ``count`` holds a show-of-hands
    tally, ``points`` a share of a points budget."""

    __tablename__ = "vote"
    __table_args__ = (
        CheckConstraint(ONE_CANDIDATE, name="one_candidate"),
        CheckConstraint("choice IN ('support', 'object', 'abstain', 'points')", name="choice"),
        CheckConstraint("count >= 0", name="count"),
        CheckConstraint("points IS NULL OR points >= 0", name="points"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    engagement_id: Mapped[int | None] = mapped_column(ForeignKey("engagement.id"), index=True)
    stakeholder_id: Mapped[int | None] = mapped_column(ForeignKey("stakeholder.id"))
    group_label: Mapped[str] = mapped_column(String(200), default="")
    location_id: Mapped[int | None] = mapped_column(ForeignKey("location.id"), index=True)
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"), index=True)
    choice: Mapped[str] = mapped_column(String(10))
    count: Mapped[int] = mapped_column(Integer, default=1)
    points: Mapped[float | None] = mapped_column(Float)


class PriorityList(Base):
    """A frozen agreed list: the weights and inputs used, kept as JSON, with a fingerprint."""

    __tablename__ = "priority_list"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    frozen_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
    engagement_id: Mapped[int | None] = mapped_column(ForeignKey("engagement.id"))
    weights_json: Mapped[str] = mapped_column(Text, default="{}")
    inputs_json: Mapped[str] = mapped_column(Text, default="{}")
    fingerprint: Mapped[str] = mapped_column(String(64), default="")


class PriorityDecision(Versioned, Base, Timestamped):
    __tablename__ = "priority_decision"
    __table_args__ = (
        UniqueConstraint("priority_list_id", "location_id", "area_id"),
        CheckConstraint(ONE_CANDIDATE, name="one_candidate"),
        CheckConstraint("status IN ('agreed', 'contested', 'deferred')", name="status"),
        CheckConstraint("rank IS NULL OR rank >= 1", name="rank"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    priority_list_id: Mapped[int | None] = mapped_column(ForeignKey("priority_list.id"), index=True)
    location_id: Mapped[int | None] = mapped_column(ForeignKey("location.id"), index=True)
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"), index=True)
    status: Mapped[str] = mapped_column(String(10))
    rank: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    engagement_id: Mapped[int | None] = mapped_column(ForeignKey("engagement.id"))
