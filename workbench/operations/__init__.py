"""The operations layer below the window: units of work and what a change touched.

Free of Qt. The window's half (``ui/operations.py``: the one undo command, the change signal,
the background runs) builds on it; the window never opens a session any other way.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from workbench.domain.messages import UserError
from workbench.services.versions import Seen, check_seen, on_top, seen_now
from workbench.services.versions import VersionConflict as VersionConflict  # for the window
from workbench.services.workspace import is_read_only, session_scope

Work = Callable[[Session], Any]

# What a refused change raises: a service's refusal (UserError, ValueError, LookupError) or
# the database's own (a constraint, a lock): shown in words, never out of a slot.
REFUSALS: tuple[type[BaseException], ...] = (ValueError, LookupError, SQLAlchemyError)

# The kinds of data a change may touch. A tab watches some of them.
ASSESSMENT = "assessment"  # field data, scores, levels (and the RT units' places)
STAKEHOLDER = "stakeholder"
ENGAGEMENT = "engagement"
PRIORITY = "priority"  # sources, proposals, workshop tallies, decisions, weights, lists
PROGRAMME = "programme"  # activities, funding sources, activity types, plan versions
PLAN = "plan"  # approval, signatories
MAP = "map"  # the shapes of RT units, villages and kawasan
SUBMISSION = "submission"  # a kelurahan's year submitted, approved or returned
KINDS = frozenset({ASSESSMENT, STAKEHOLDER, ENGAGEMENT, PRIORITY, PROGRAMME, PLAN, MAP, SUBMISSION})


# which kind of data each table holds (another program's change of a table, told by the
# server, refreshes the views that watch its kind)
KIND_OF_TABLE: dict[str, str] = {
    **dict.fromkeys(
        (
            "district",
            "subdistrict",
            "village",
            "area",
            "location",
            "assessment",
            "assessment_volume",
            "assessment_history",
        ),
        ASSESSMENT,
    ),
    "village_submission": SUBMISSION,
    **dict.fromkeys(("stakeholder", "coverage"), STAKEHOLDER),
    **dict.fromkeys(("engagement", "engagement_village", "attendance", "commitment"), ENGAGEMENT),
    **dict.fromkeys(
        ("proposal_source", "proposal", "vote", "priority_decision", "priority_list", "db_setting"),
        PRIORITY,
    ),
    **dict.fromkeys(("activity", "allocation", "funding_source", "activity_type"), PROGRAMME),
    **dict.fromkeys(("plan_version", "plan_signatory"), PLAN),
    "shape": MAP,
}


@dataclass(frozen=True)
class Changes:
    """What one operation changed: kinds of data, and where known the ids and years.
    ``origin`` is the tab that made it; ``handled`` says the origin has already shown it
    (a narrow row update), so it need not refresh again."""

    kinds: frozenset[str]
    ids: tuple[tuple[str, frozenset[int]], ...] = ()
    years: frozenset[int] = frozenset()
    origin: Any = field(default=None, compare=False)
    handled: bool = False

    @classmethod
    def of(
        cls,
        *kinds: str,
        ids: dict[str, Iterable[int]] | None = None,
        years: Iterable[int] = (),
        origin: Any = None,
        handled: bool = False,
    ) -> Changes:
        unknown = set(kinds) - KINDS
        if unknown:
            raise ValueError(f"unknown kinds of change: {sorted(unknown)}")
        return cls(
            frozenset(kinds),
            tuple(sorted((k, frozenset(v)) for k, v in (ids or {}).items())),
            frozenset(years),
            origin,
            handled,
        )

    @classmethod
    def everything(cls, origin: Any = None) -> Changes:
        """An import, a new database: every view refreshes."""
        return cls(KINDS, origin=origin)

    @classmethod
    def of_tables(cls, tables: Iterable[str], origin: Any = None) -> Changes:
        """What changes of these tables touch (an unknown table: everything)."""
        kinds = {KIND_OF_TABLE.get(t) for t in tables}
        if None in kinds:
            return cls.everything(origin)
        return cls(frozenset(k for k in kinds if k is not None), origin=origin)

    def touches(self, watched: Iterable[str]) -> bool:
        return bool(self.kinds & frozenset(watched))

    def ids_of(self, kind: str) -> frozenset[int]:
        return next((ids for k, ids in self.ids if k == kind), frozenset())


def only_kind(changes: Iterable[Changes], kind: str) -> bool:
    """Whether every one of the changes changed only data of ``kind`` (and there is one)."""
    listed = list(changes)
    return bool(listed) and all(c.kinds == frozenset({kind}) for c in listed)


def only_ids(changes: Iterable[Changes], kind: str) -> frozenset[int] | None:
    """The ids of ``kind`` the changes name, when every one of them changed only data of
    that kind and named its ids (then a view can update just those); else None."""
    ids: set[int] = set()
    for change in changes:
        named = change.ids_of(kind)
        if change.kinds != frozenset({kind}) or not named:
            return None
        ids |= named
    return frozenset(ids) if ids else None


@contextmanager
def unit_of_work(engine: Engine) -> Iterator[Session]:
    """One change: committed, or rolled back whole when it raises; refused on a database
    opened read-only (another copy of the workbench has it)."""
    if is_read_only(engine):
        raise UserError("read_only")
    with session_scope(engine) as session:
        yield session


# the versions this program's own changes moved records through: (database, table, id,
# version before) -> version after. An edit made on a record as shown before another of the
# user's own edits (two quick edits of one panel) is made on top of that one, not refused.
_OWN_WRITES: dict[tuple[str, str, int, int], int] = {}
_OWN_LOCK = threading.Lock()


def _past_own_writes(database: str, expects: list[Seen]) -> list[Seen]:
    out = []
    with _OWN_LOCK:
        for s in expects:
            version = s.version
            while (database, s.table, s.id, version) in _OWN_WRITES:
                version = _OWN_WRITES[(database, s.table, s.id, version)]
            out.append(Seen(s.table, s.id, version))
    return out


def guarded(
    work: Work, expects: list[Seen], over: bool = False
) -> Callable[[Session], tuple[Any, list[Seen]]]:
    """``work`` made only on the records as they were shown (``expects``: refused with
    ``VersionConflict`` when someone else changed one since); returns its result and the
    records' versions after it (what its undo will expect). ``over``: made on top of the
    others' change, as the user chose (a grid cell's own check lets it through)."""

    def run(session: Session) -> tuple[Any, list[Seen]]:
        with on_top(over):
            return checked(session)

    def checked(session: Session) -> tuple[Any, list[Seen]]:
        if not expects:
            return work(session), []
        database = str(session.get_bind().engine.url)
        before = _past_own_writes(database, expects)
        check_seen(session, before)
        result = work(session)
        after = seen_now(session, before)
        with _OWN_LOCK:
            for old, new in zip(before, after, strict=True):
                if new.version != old.version:
                    _OWN_WRITES[(database, old.table, old.id, old.version)] = new.version
        return result, after

    return run


def read(engine: Engine, work: Callable[[Session], Any]) -> Any:
    """``work(session)`` in a session of its own, on the calling thread."""
    with session_scope(engine) as session:
        return work(session)
