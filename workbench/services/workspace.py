"""Opening a district database: default location, first-run demo, migration, identity."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from workbench.db.engine import (
    display_name,
    is_read_only,
    make_engine,
    session_scope,
    sqlite_path,
    to_url,
    wants_password,
    with_password,
    without_password,
)
from workbench.db.migrate import HEAD_REVISION, check_ours, current_revision, upgrade_if_needed
from workbench.db.models import (
    Activity,
    Assessment,
    District,
    Engagement,
    Location,
    Stakeholder,
)
from workbench.domain.messages import UserError
from workbench.services.backups import daily_backup_if_due
from workbench.services.paths import APP_NAME, data_dir, log_dir
from workbench.services.server import Identity, identity

__all__ = [
    "APP_NAME",
    "data_dir",
    "log_dir",
    "display_name",
    "is_read_only",
    "session_scope",
    "sqlite_path",  # for the UI
    "to_url",
    "wants_password",
    "with_password",
    "without_password",
]

DEFAULT_DB_NAME = "pkp-workbench.sqlite"


def user_ruleset_dir() -> Path:
    """Where a district keeps its own rule-set files (read at start)."""
    return data_dir() / "rulesets"


def register_user_rulesets() -> Path:
    from workbench.domain.rules import add_ruleset_dir

    path = user_ruleset_dir()
    add_ruleset_dir(path)
    return path


def default_database() -> Path:
    return data_dir() / DEFAULT_DB_NAME


@dataclass(frozen=True)
class OpenResult:
    url: str
    engine: Engine
    created_demo: bool
    backup: Path | None
    ruleset_problems: tuple[str, ...] = ()


def open_database(
    path_or_url: str | os.PathLike[str] | None = None,
    *,
    demo_if_new: bool = True,
    read_only: bool = False,
) -> OpenResult:
    """Open (and migrate when behind) a database; on first use fill it with the demo district.

    ``None`` means the default database in the user data directory. ``read_only`` (SQLite):
    nothing can be written; a database that needs an upgrade is refused then."""
    from workbench.domain.demo import generate_demo
    from workbench.services.demo import write_demo

    register_user_rulesets()
    target = path_or_url if path_or_url is not None else default_database()
    url = to_url(target)
    path = sqlite_path(url)
    is_new = path is not None and not path.exists()
    if path is not None and not is_new:
        check_ours(path)  # another program's file, or an empty one, is left as it is
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    if read_only and path is not None:
        if is_new:
            raise FileNotFoundError(f"{path}: no such database to open read-only")
        engine = make_engine(url, read_only=True)
        if current_revision(engine) != HEAD_REVISION:
            engine.dispose()
            raise UserError("read_only_old", name=path.name)
        return OpenResult(
            url=url, engine=engine, created_demo=False, backup=None, ruleset_problems=()
        )
    engine = make_engine(url)
    backup = upgrade_if_needed(engine)
    if path is not None and not is_new:
        daily_backup_if_due(path)  # the day's first opening keeps a copy (the last 10 stay)
    created = False
    if demo_if_new:
        with session_scope(engine) as session:
            if is_new and session.scalars(select(District.id)).first() is None:
                write_demo(session, generate_demo())
                created = True
    from workbench.domain.rules import ruleset_problems

    return OpenResult(
        url=url,
        engine=engine,
        created_demo=created,
        backup=backup,
        ruleset_problems=tuple(ruleset_problems()),
    )


def create_empty_database(
    path: str | os.PathLike[str], district_name: str, province: str = ""
) -> Engine:
    """A new database holding one district and nothing else (Berkas > Baru, ``new``):
    schema at head, the programme catalogues seeded, no demo data. Never overwrites: an
    existing file, or a server database that has tables already, is refused unchanged."""
    url = to_url(path)
    p = sqlite_path(url)
    if p is not None and p.exists():
        raise FileExistsError(f"{p} already exists")
    if not district_name.strip():
        raise ValueError("the district needs a name")
    engine = make_engine(url)
    if p is None:
        from sqlalchemy import inspect

        tables = inspect(engine).get_table_names()
        if tables:
            engine.dispose()
            raise FileExistsError(
                f"{display_name(url)} already holds {len(tables)} tables "
                f"({', '.join(sorted(tables)[:3])}…)"
            )
    upgrade_if_needed(engine)
    with session_scope(engine) as session:
        code = "".join(ch for ch in district_name.upper() if ch.isalnum())[:20] or "DISTRICT"
        session.add(District(code=code, name=district_name.strip(), province=province.strip()))
        from workbench.services.programme_edit import ensure_catalogue

        ensure_catalogue(session)
    return engine


@dataclass(frozen=True)
class DistrictInfo:
    name: str
    province: str
    is_demo: bool
    locations: int
    assessments: int
    stakeholders: int
    engagements: int
    activities: int
    who: Identity | None = None  # the login and what it may do here


def district_info(session: Session) -> DistrictInfo:
    d = session.scalars(select(District).order_by(District.id)).first()

    def count(model: type) -> int:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)

    return DistrictInfo(
        name=d.name if d else "",
        province=d.province if d else "",
        is_demo=bool(d.is_demo) if d else False,
        locations=count(Location),
        assessments=count(Assessment),
        stakeholders=count(Stakeholder),
        engagements=count(Engagement),
        activities=count(Activity),
        who=identity(session),
    )
