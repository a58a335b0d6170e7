"""Multi-year programme: funding sources, activity types, activities, yearly allocations.

Money is whole rupiah in BigInteger columns, never float.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workbench.db.base import Base, Timestamped, Versioned
from workbench.domain.programme import (  # noqa: F401 - re-exported for the services
    ACTIVITY_STATUSES,
    APPROACHES,
    PLANNING_FIELDS,
)


class FundingSource(Versioned, Base):
    __tablename__ = "funding_source"
    __table_args__ = (UniqueConstraint("code"), UniqueConstraint("name"))
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(200))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ActivityType(Versioned, Base):
    """Catalogue entry: e.g. 'Jalan paving block' for criterion 2a, unit m. The same name may
    be catalogued for several criteria (paving for a new road, 2a, and for road quality, 2b)."""

    __tablename__ = "activity_type"
    __table_args__ = (UniqueConstraint("name", "criterion_code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    criterion_code: Mapped[str | None] = mapped_column(String(4))
    unit: Mapped[str] = mapped_column(String(20), default="")
    unit_cost_rp: Mapped[int | None] = mapped_column(BigInteger)


class Activity(Versioned, Base, Timestamped):
    """One planned activity at an RT unit or a kawasan, addressing one criterion."""

    __tablename__ = "activity"
    __table_args__ = (
        CheckConstraint("(location_id IS NULL) <> (area_id IS NULL)", name="one_target"),
        CheckConstraint("volume >= 0", name="volume"),
        CheckConstraint("unit_cost_rp IS NULL OR unit_cost_rp >= 0", name="unit_cost_rp"),
        CheckConstraint("realised_volume IS NULL OR realised_volume >= 0", name="realised_volume"),
        CheckConstraint("realised_rp IS NULL OR realised_rp >= 0", name="realised_rp"),
        CheckConstraint(
            "status IN ('usulan', 'disepakati', 'terdanai', 'terlaksana')", name="status"
        ),
        CheckConstraint(
            "approach IS NULL OR approach IN ('masyarakat', 'institusi')", name="approach"
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_version_id: Mapped[int | None] = mapped_column(ForeignKey("plan_version.id"), index=True)
    location_id: Mapped[int | None] = mapped_column(ForeignKey("location.id"), index=True)
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"), index=True)
    criterion_code: Mapped[str] = mapped_column(String(4))
    activity_type_id: Mapped[int] = mapped_column(ForeignKey("activity_type.id"), index=True)
    volume: Mapped[float] = mapped_column(Float)
    unit_cost_rp: Mapped[int | None] = mapped_column(BigInteger)
    approach: Mapped[str | None] = mapped_column(String(12))
    planning_field: Mapped[str] = mapped_column(String(20), default="infrastruktur")
    executor_id: Mapped[int | None] = mapped_column(ForeignKey("stakeholder.id"), index=True)
    status: Mapped[str] = mapped_column(String(12), default="usulan")
    realised_volume: Mapped[float | None] = mapped_column(Float)
    realised_rp: Mapped[int | None] = mapped_column(BigInteger)
    description: Mapped[str] = mapped_column(Text, default="")
    allocations: Mapped[list[Allocation]] = relationship(
        back_populates="activity", cascade="all, delete-orphan"
    )


class Allocation(Base):
    """Money for an activity in one year from one funding source (whole rupiah)."""

    __tablename__ = "allocation"
    __table_args__ = (
        UniqueConstraint("activity_id", "year", "funding_source_id"),
        CheckConstraint("amount_rp >= 0", name="amount_rp"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), index=True
    )
    year: Mapped[int] = mapped_column(Integer, index=True)
    funding_source_id: Mapped[int] = mapped_column(ForeignKey("funding_source.id"), index=True)
    amount_rp: Mapped[int] = mapped_column(BigInteger)
    activity: Mapped[Activity] = relationship(back_populates="allocations")
