"""Plan versions (draft -> approved, frozen with a SHA-256 fingerprint) and signatories."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from workbench.db.base import Base, Timestamped, Versioned


class PlanVersion(Versioned, Base, Timestamped):
    __tablename__ = "plan_version"
    __table_args__ = (
        UniqueConstraint("district_id", "version_no"),
        CheckConstraint("status IN ('draft', 'approved')", name="status"),
        CheckConstraint("period_end >= period_start", name="period"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    district_id: Mapped[int] = mapped_column(ForeignKey("district.id"), index=True)
    version_no: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    period_start: Mapped[int] = mapped_column(Integer)
    period_end: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(10), default="draft")
    priority_list_id: Mapped[int | None] = mapped_column(ForeignKey("priority_list.id"))
    approved_at: Mapped[datetime | None] = mapped_column(DateTime)
    approved_by: Mapped[str] = mapped_column(String(200), default="")
    snapshot_json: Mapped[str] = mapped_column(Text, default="")
    fingerprint: Mapped[str] = mapped_column(String(64), default="")


class PlanSignatory(Base):
    __tablename__ = "plan_signatory"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_version_id: Mapped[int] = mapped_column(
        ForeignKey("plan_version.id", ondelete="CASCADE"), index=True
    )
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    position: Mapped[str] = mapped_column(String(200))
    name: Mapped[str] = mapped_column(String(200), default="")
    nip: Mapped[str] = mapped_column(String(30), default="")
    place: Mapped[str] = mapped_column(String(100), default="")
    sign_date: Mapped[date | None] = mapped_column(Date)
