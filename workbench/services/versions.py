"""No lost update: an edit names the version of each record it was made on (what the window
showed), and is refused when someone else has changed the record since, saying who, when
and what they changed. The user then reloads, or applies their change on top.

Every edited record counts its versions (``db.base.Versioned``, SQLAlchemy's
``version_id_col``); the audit log says who wrote each change. The same check holds on
PostgreSQL between the team's windows and on SQLite between two programs on one file.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from workbench.db.base import Base, Versioned
from workbench.db.models import AuditEntry
from workbench.domain.messages import Both, UserError, table_words


@dataclass(frozen=True)
class Seen:
    """A record as the window showed it: its table, id and version."""

    table: str
    id: int
    version: int


def _model(table: str) -> type[Any]:
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if getattr(cls, "__tablename__", None) == table and issubclass(cls, Versioned):
            return cls
    raise LookupError(f"{table}: not a versioned record")


def version_of(session: Session, table: str, record_id: int) -> int:
    """The record's version now (0: it is not there)."""
    model = _model(table)
    found = session.execute(select(model.version).where(model.id == record_id)).scalar()
    return int(found) if found is not None else 0


def seen_now(session: Session, seen: Iterable[Seen]) -> list[Seen]:
    """The same records at their versions now (after a change was written)."""
    session.flush()
    return [Seen(s.table, s.id, version_of(session, s.table, s.id)) for s in seen]


class VersionConflict(UserError):
    """Someone else changed a record since it was shown; ``now``: the versions it has now
    (to apply the change on top of theirs)."""

    def __init__(self, key: str, now: list[Seen], **params: object) -> None:
        super().__init__(key, **params)
        self.now = now


def check_seen(session: Session, seen: Iterable[Seen]) -> None:
    """Refuse (``VersionConflict``) when any of the records changed since it was shown."""
    listed = list(seen)
    for s in listed:
        current = version_of(session, s.table, s.id)
        if current == s.version:
            continue
        now = seen_now(session, listed)
        what = _what(session, s)
        if current == 0:
            raise VersionConflict("version_gone", now, what=what)
        raise _conflict(session, now, what, s.table, s.id)


# set while a change is made again "on top" of someone else's (the user chose it): the
# cells' checks (``expect``) let it through
_ON_TOP: ContextVar[bool] = ContextVar("pkp_on_top", default=False)


@contextmanager
def on_top(yes: bool = True) -> Iterator[None]:
    token = _ON_TOP.set(yes)
    try:
        yield
    finally:
        _ON_TOP.reset(token)


# the value this program last wrote to each cell: (database, table, field, record) ->
# value. A cell changed by the user's own quicker edit (two keys pressed on one candidate in
# the projection view) is theirs, not someone else's.
_OWN_CELLS: dict[tuple[str, str, str | None, int | None, object], object] = {}
_OWN_LOCK = threading.Lock()


def expect(
    session: Session,
    shown: object,
    current: object,
    table: str,
    label: str,
    field: str | None = None,
    record_id: int | None = None,
    writing: object = None,
    cell: object = None,
) -> None:
    """A cell of a grid (a candidate's decision, a proposal): the value the user saw must
    still be its value (or the one this program last wrote there), else
    ``VersionConflict`` (who, when and what, from the audit log), unless the change is made
    on top of theirs. ``writing``: the value the change puts there; ``cell``: what else
    tells the cell apart (a voter's row)."""
    key = (str(session.get_bind().engine.url), table, field, record_id, cell)
    with _OWN_LOCK:
        ours = key in _OWN_CELLS and _OWN_CELLS[key] == current
    if shown == current or ours or _ON_TOP.get():
        with _OWN_LOCK:
            _OWN_CELLS[key] = writing
        return
    raise _conflict(session, [], _named(table, label), table, record_id, field)


def _conflict(
    session: Session,
    now: list[Seen],
    what: Both,
    table: str,
    record_id: int | None,
    field: str | None = None,
) -> VersionConflict:
    """The refusal, with who changed it, when and what, where the audit log says so."""
    entry = last_change(session, table, record_id, field)
    if entry is None:
        return VersionConflict("version_conflict_unknown", now, what=what)
    who, when, changes = entry
    return VersionConflict("version_conflict", now, what=what, who=who, when=when, changes=changes)


def touch(obj: Any) -> None:
    """Count a change of a record whose own columns stayed as they were (its coverage, its
    volumes changed): its version moves on all the same."""
    mapper = inspect(obj).mapper
    column = next(
        a.key for a in mapper.column_attrs if not a.columns[0].primary_key and a.key != "version"
    )
    flag_modified(obj, column)


def _named(table: str, label: str | None) -> Both:
    """'Pemangku kepentingan “DLH”': the record, as the message begins with it."""
    english, indonesian = table_words(table)
    english, indonesian = english[:1].upper() + english[1:], indonesian[:1].upper() + indonesian[1:]
    if not label:
        return Both(english, indonesian)
    return Both(f"{english} “{label}”", f"{indonesian} “{label}”")


def _what(session: Session, s: Seen) -> Both:
    model = _model(s.table)
    label = None
    for attr in ("name", "code"):
        if hasattr(model, attr):
            label = session.execute(select(getattr(model, attr)).where(model.id == s.id)).scalar()
            break
    return _named(s.table, label)


def last_change(
    session: Session, table: str, record_id: int | None, field: str | None = None
) -> tuple[str, str, str] | None:
    """Who made the record's latest change (its audit entries of that moment), when, and
    which fields it changed, in words. ``field``: entries of a cell, named by their field
    (a record without an id of its own, as a candidate's decision)."""
    wanted = [AuditEntry.entity == table]
    if record_id is not None:
        wanted.append(AuditEntry.entity_id == record_id)
    if field is not None:
        wanted.append(AuditEntry.field == field)
    entries = list(
        session.scalars(select(AuditEntry).where(*wanted).order_by(AuditEntry.id.desc()).limit(20))
    )
    if not entries:
        return None  # (written by hand, or before the audit log named it)
    latest = entries[0]
    who = latest.db_user or latest.user or "?"
    same = [
        e
        for e in entries
        if (e.db_user or e.user) == (latest.db_user or latest.user) and _near(e.at, latest.at)
    ]
    fields = []
    for e in reversed(same[:3]):
        if e.field:
            fields.append(f"{e.field}: {_short(e.old_value)} → {_short(e.new_value)}")
        else:
            fields.append(e.action)
    return who, _when(latest.at), f" ({'; '.join(fields)})" if fields else ""


def _near(a: datetime | None, b: datetime | None) -> bool:
    return a is not None and b is not None and abs((a - b).total_seconds()) <= 2


def _short(value: str | None) -> str:
    if value is None:
        return "–"
    return value if len(value) <= 40 else value[:39] + "…"


def _when(at: datetime | None) -> str:
    return at.strftime("%d-%m-%Y %H:%M:%S") if at is not None else "?"
