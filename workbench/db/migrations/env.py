"""Alembic environment: the engine comes from the caller (config.attributes['engine'])."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

import workbench.db.models  # noqa: F401 - registers every table
from workbench.db.base import Base

config = context.config
target_metadata = config.attributes.get("metadata", Base.metadata)


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        context.run_migrations()


run_migrations_online()
