"""Audit log (who, when, what, old, new), per-database settings, and on a shared server who
may change which villages."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text, UniqueConstraint, func
from sqlalchemy.orm import Mapped, mapped_column

from workbench.db.base import Base


class AuditEntry(Base):
    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now(), index=True)
    user: Mapped[str] = mapped_column(String(100), default="")
    entity: Mapped[str] = mapped_column(String(60), index=True)
    entity_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20))
    field: Mapped[str] = mapped_column(String(100), default="")
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    # the login that wrote it: on PostgreSQL a trigger sets it to the session's user (the
    # application cannot name someone else); on SQLite the computer's user
    db_user: Mapped[str] = mapped_column(String(100), default="", server_default="")


class DbSetting(Base):
    """Settings that belong to the district's data (e.g. remembered label mappings)."""

    __tablename__ = "db_setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class UserScope(Base):
    """On a shared PostgreSQL server: the villages (or whole kecamatan) a login may change.
    A login with no row here works on the whole district. Read by the row-level security
    policies (``services.server``); written only by the district's admin."""

    __tablename__ = "user_scope"
    __table_args__ = (UniqueConstraint("login", "village_id", "subdistrict_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(100), index=True)
    village_id: Mapped[int | None] = mapped_column(ForeignKey("village.id", ondelete="CASCADE"))
    subdistrict_id: Mapped[int | None] = mapped_column(
        ForeignKey("subdistrict.id", ondelete="CASCADE")
    )
