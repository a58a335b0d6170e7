"""Stakeholders, the villages/areas they cover, engagements with attendance, commitments."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workbench.db.base import Base, Timestamped, Versioned
from workbench.domain.vocabulary import (  # noqa: F401 - re-exported for the services
    COLLAB_STAGES,
    COMMITMENT_FORMS,
    COMMITMENT_STATUSES,
    ENGAGEMENT_TYPES,
    GOV_LEVELS,
    PLANNING_ROLES,
    STAKEHOLDER_CATEGORIES,
)


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Stakeholder(Versioned, Base, Timestamped):
    __tablename__ = "stakeholder"
    __table_args__ = (
        UniqueConstraint("name"),
        CheckConstraint(_in("category", STAKEHOLDER_CATEGORIES), name="category"),
        CheckConstraint(_in("gov_level", GOV_LEVELS), name="gov_level"),
        CheckConstraint(_in("planning_role", PLANNING_ROLES), name="planning_role"),
        CheckConstraint("influence BETWEEN 1 AND 5", name="influence"),
        CheckConstraint("interest BETWEEN 1 AND 5", name="interest"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str] = mapped_column(String(60), default="")
    is_person: Mapped[bool] = mapped_column(Boolean, default=False)
    category: Mapped[str] = mapped_column(String(20))
    gov_level: Mapped[str] = mapped_column(String(20), default="kabupaten")
    planning_role: Mapped[str] = mapped_column(String(20), default="mitra")
    contact_person: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    pokja_member: Mapped[bool] = mapped_column(Boolean, default=False)
    pokja_sk_number: Mapped[str] = mapped_column(String(100), default="")
    pokja_position: Mapped[str] = mapped_column(String(100), default="")
    influence: Mapped[int] = mapped_column(Integer, default=3)
    interest: Mapped[int] = mapped_column(Integer, default=3)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    coverage: Mapped[list[Coverage]] = relationship(
        back_populates="stakeholder", cascade="all, delete-orphan"
    )


class Coverage(Versioned, Base):
    """A village or an area a stakeholder works in (exactly one of the two)."""

    __tablename__ = "coverage"
    __table_args__ = (
        UniqueConstraint("stakeholder_id", "village_id", "area_id"),
        CheckConstraint("(village_id IS NULL) <> (area_id IS NULL)", name="one_target"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    stakeholder_id: Mapped[int] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="CASCADE"), index=True
    )
    village_id: Mapped[int | None] = mapped_column(ForeignKey("village.id"), index=True)
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"), index=True)
    stakeholder: Mapped[Stakeholder] = relationship(back_populates="coverage")


class Engagement(Versioned, Base, Timestamped):
    """A collaboration activity: sosialisasi, lokakarya, rapat koordinasi, ..."""

    __tablename__ = "engagement"
    __table_args__ = (
        CheckConstraint(_in("type", ENGAGEMENT_TYPES), name="type"),
        CheckConstraint(_in("stage", COLLAB_STAGES), name="stage"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[date] = mapped_column(Date, index=True)
    title: Mapped[str] = mapped_column(String(300))
    type: Mapped[str] = mapped_column(String(20))
    stage: Mapped[str] = mapped_column(String(20))
    place: Mapped[str] = mapped_column(String(200), default="")
    outcomes: Mapped[str] = mapped_column(Text, default="")
    decisions: Mapped[str] = mapped_column(Text, default="")
    minutes_path: Mapped[str] = mapped_column(String(500), default="")
    attendance: Mapped[list[Attendance]] = relationship(
        back_populates="engagement", cascade="all, delete-orphan"
    )


class EngagementVillage(Base):
    __tablename__ = "engagement_village"
    __table_args__ = (UniqueConstraint("engagement_id", "village_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    engagement_id: Mapped[int] = mapped_column(
        ForeignKey("engagement.id", ondelete="CASCADE"), index=True
    )
    village_id: Mapped[int] = mapped_column(ForeignKey("village.id"), index=True)


class Attendance(Base):
    """Who of a stakeholder attended an engagement (invited and present, or absent)."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("engagement_id", "stakeholder_id", "person_name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    engagement_id: Mapped[int] = mapped_column(
        ForeignKey("engagement.id", ondelete="CASCADE"), index=True
    )
    stakeholder_id: Mapped[int] = mapped_column(ForeignKey("stakeholder.id"), index=True)
    person_name: Mapped[str] = mapped_column(String(200), default="")
    present: Mapped[bool] = mapped_column(Boolean, default=True)
    engagement: Mapped[Engagement] = relationship(back_populates="attendance")


class Commitment(Versioned, Base, Timestamped):
    """What a stakeholder commits: money (whole rupiah) or in kind."""

    __tablename__ = "commitment"
    __table_args__ = (
        CheckConstraint(_in("form", COMMITMENT_FORMS), name="form"),
        CheckConstraint(_in("status", COMMITMENT_STATUSES), name="status"),
        CheckConstraint("value_rp IS NULL OR value_rp >= 0", name="value_rp"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    stakeholder_id: Mapped[int] = mapped_column(ForeignKey("stakeholder.id"), index=True)
    form: Mapped[str] = mapped_column(String(20))
    value_rp: Mapped[int | None] = mapped_column(BigInteger)
    in_kind: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="diusulkan")
    year: Mapped[int] = mapped_column(Integer)
    activity_id: Mapped[int | None] = mapped_column(ForeignKey("activity.id"), index=True)
    engagement_id: Mapped[int | None] = mapped_column(ForeignKey("engagement.id"))
