"""Declarative base with a naming convention so constraints have stable names on SQLite and
PostgreSQL alike (Alembic batch mode needs named constraints)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, Integer, MetaData, func
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Timestamped:
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())


class Versioned:
    """A record people edit: its ``version`` counts up with every change written through
    the ORM (SQLAlchemy's ``version_id_col``: an UPDATE names the version it read, and
    writes nothing when another session has changed the row since). The window also
    names the version it showed (``services.versions``): an edit of a record someone
    else changed meanwhile is refused with who, when and what, instead of overwriting it."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - a declarative directive
        return {"version_id_col": cls.version}
