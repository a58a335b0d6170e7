"""The operations layer: the one way the window reads and changes the district's data.

Every change is an operation: a service call in one unit of work (committed whole, or rolled
back whole when refused), validated once by the service doing it, recorded as one undo
command (``ServiceCommand``), and announced as a ``Changes`` value on the application's one
change signal (``change_hub().changed``). Each tab and the projection view says which kinds
of data it shows (``watches``) and refreshes only when a change touches them, so an edited
volume reaches the ranking and the programme analysis without F5. (After Anki's
``CollectionOp`` / ``OpChanges`` and orange-canvas-core's one small QUndoCommand per edit.)

The Qt-free half (units of work, reads, ``Changes``) is ``workbench.operations``; this
module re-exports it for the window. Reads go through the same layer: ``query`` for a few
rows the GUI needs at once (one RT unit's detail), ``query_async`` for anything that grows
with the data (off the GUI thread, through the one background API). Widgets never open a
session themselves.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from workbench.operations import (
    ASSESSMENT,
    ENGAGEMENT,
    KINDS,
    MAP,
    PLAN,
    PRIORITY,
    PROGRAMME,
    REFUSALS,
    STAKEHOLDER,
    SUBMISSION,
    Changes,
    Seen,
    VersionConflict,
    Work,
    guarded,
    only_ids,
    only_kind,
    read,
    unit_of_work,
)
from workbench.ui.errors import error_text
from workbench.ui.tasks import TaskContext, TaskHandle, run_task

log = logging.getLogger(__name__)


class ChangeHub(QObject):
    """The application's one change signal."""

    changed = Signal(object)  # Changes


_HUB: list[ChangeHub] = []


def change_hub() -> ChangeHub:
    if not _HUB:
        _HUB.append(ChangeHub())
    return _HUB[0]


def announce(changes: Changes) -> None:
    change_hub().changed.emit(changes)


_IN_FLIGHT: set[ServiceCommand] = set()


def operations_pending() -> int:
    """Changes started and not yet shown (tests and benchmarks wait for none)."""
    return len(_IN_FLIGHT)


def wait_for_operations(timeout_s: float = 30.0) -> bool:
    """Serve the event loop until every change started, and every read, has been shown
    (tests, benchmark)."""
    import time

    from workbench.ui.tasks import active_tasks

    app = QCoreApplication.instance()
    end = time.monotonic() + timeout_s
    while (_IN_FLIGHT or active_tasks()) and time.monotonic() < end:
        if app is not None:
            app.processEvents()
        time.sleep(0.001)
    return not _IN_FLIGHT and not active_tasks()


class ServiceCommand(QUndoCommand):
    """The one undo step of the window: ``redo`` and ``undo`` each run one unit of work
    **off the GUI thread** (the interactive lane, in the order they were asked for),
    committed or rolled back whole, then announce ``changes``.

    ``done(result)`` runs on the GUI thread after each successful run (the host shows it
    narrowly; the change is then announced as handled by the host). A refused change is
    shown to the user and its step taken off the stack: a push that is refused leaves no
    step, and an undo or redo that is refused (someone changed the data meanwhile) removes
    its step instead of raising later. The change is validated once, by the service doing
    it, not tried first and then done again."""

    def __init__(
        self,
        host: Any,
        text: str,
        redo: Work,
        undo: Work,
        done: Callable[[Any], None] | None = None,
        applied: bool = False,
        changes: Changes | None = None,
        seen: Iterable[Seen] = (),
    ) -> None:
        super().__init__(text)
        # the records as the user saw them (what the first redo expects), then as each run
        # left them (what the next undo or redo expects): an edit of a record someone else
        # changed meanwhile is refused, not written over theirs
        self._expects: list[Seen] = list(seen)
        self._over = False  # the next run is made on top of someone else's change
        self._label = text  # in Python: the C++ command may be gone when its work ends
        self.host, self._redo, self._undo, self._done = host, redo, undo, done
        self._applied = applied  # done already (in the background): the push only records it
        self._stack: QUndoStack | None = getattr(host, "undo_stack", None)
        kinds = changes.kinds if changes is not None else frozenset({host.edits})
        self._announced = Changes(
            kinds,
            changes.ids if changes is not None else (),
            changes.years if changes is not None else frozenset(),
            origin=host,
            handled=done is not None,
        )

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            announce(self._announced)
            return
        self._run(self._redo, undoing=False)

    def undo(self) -> None:
        self._run(self._undo, undoing=True)

    def _run(self, work: Work, undoing: bool) -> None:
        engine = self.host.engine
        if engine is None:
            self._refused(LookupError(_no_database()), undoing)
            return
        over, self._over = self._over, False  # on top of theirs: this run only
        _IN_FLIGHT.add(self)
        run_in_background(
            engine,
            lambda session, _ctx: guarded(work, self._expects, over)(session),
            lambda result: self._finished(result),
            lambda exc: self._failed(exc, undoing),
            name=f"change: {self._label}",
            long=False,  # what the user is looking at: the interactive lane
        )

    def _finished(self, outcome: tuple[Any, list[Seen]]) -> None:
        _IN_FLIGHT.discard(self)
        result, self._expects = outcome
        if self._done is not None:
            try:
                self._done(result)
            except Exception:  # noqa: BLE001 - a display slip must not lose the change
                log.exception("showing %r failed; the tab reloads", self._label)
                reload = getattr(self.host, "reload", None)
                if callable(reload):
                    reload()
        announce(self._announced)

    def _failed(self, exc: BaseException, undoing: bool) -> None:
        _IN_FLIGHT.discard(self)
        if not isinstance(exc, REFUSALS):
            log.error("change %r failed: %r", self._label, exc)
        if isinstance(exc, VersionConflict) and not undoing:
            from workbench.ui import dialogs

            if dialogs.ask_conflict(_parent_of(self.host), error_text(exc)):
                self._expects = exc.now  # on top of their change, as it is now
                self._over = True
                self._run(self._redo, undoing=False)
                return
            self._refused(exc, undoing, said=True)
            return
        self._refused(exc, undoing)

    def _refused(self, exc: BaseException, undoing: bool, said: bool = False) -> None:
        """Say so (unless ``said``), and take this step off the stack (Qt deletes an
        obsolete command when the stack next passes over it, without running it)."""
        self.host.last_refusal = exc
        if said:  # the user chose to take the others' version: what they typed goes
            discard = getattr(self.host, "discard_unsaved", None)
            if callable(discard):
                discard()
            reload = getattr(self.host, "reload", None)
            if callable(reload):
                reload()  # show the data as they are now
        else:
            self.host.refused(exc)
        stack = self._stack
        if stack is None:  # not on a stack: nothing to take off
            return
        try:
            position = next(i for i in range(stack.count()) if stack.command(i) is self)
        except (RuntimeError, StopIteration):  # the stack (or this step) is gone meanwhile
            return  # (another database opened, the window closed): nothing to take off
        self.setObsolete(True)  # alive: it is on the stack
        index = stack.index()
        if not undoing and position == index - 1:
            stack.undo()  # removes it: the step that was refused
        elif undoing and position == index:
            stack.redo()


def _parent_of(host: Any) -> Any:
    from PySide6.QtWidgets import QWidget

    return host if isinstance(host, QWidget) else None


def _no_database() -> str:
    return QCoreApplication.translate("TableTab", "No database is open.")


class Operations:
    """Mixed into a tab or dialog that reads and changes data: ``push`` makes one undo step
    and says whether the change was made; ``query`` / ``query_async`` read. ``edits`` is
    the kind of data its changes touch unless a push says otherwise."""

    engine: Engine | None
    undo_stack: QUndoStack | None = None
    last_refusal: BaseException | None = None
    edits: str = ASSESSMENT

    def run(self, work: Work) -> Any:
        """One unit of work: committed, or rolled back whole when it raises."""
        if self.engine is None:
            raise LookupError(_no_database())
        with unit_of_work(self.engine) as session:
            return work(session)

    def query(self, work: Work) -> Any:
        """A read of a few rows the GUI shows at once (one RT unit, one stakeholder): never
        for what grows with the district (``query_async``)."""
        if self.engine is None:
            return None
        return read(self.engine, work)

    def query_async(
        self,
        work: Work,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        name: str = "query",
    ) -> TaskHandle | None:
        """A read off the GUI thread; ``on_done(result)`` on the GUI thread."""
        if self.engine is None:
            return None
        return read_async(self.engine, work, on_done, on_error, name)

    def refused(self, exc: BaseException) -> None:
        """Say why a change was not made (in the UI language)."""
        from workbench.ui import dialogs

        dialogs.show_error(
            self,  # type: ignore[arg-type]
            QCoreApplication.translate("TableTab", "Not changed"),
            error_text(exc),
        )
        reload = getattr(self, "reload", None)
        if callable(reload):
            reload()  # show the data as they are

    def push(
        self,
        text: str,
        redo: Work,
        undo: Work,
        done: Callable[[Any], None] | None = None,
        applied: bool = False,
        changes: Changes | None = None,
        seen: Iterable[Seen] = (),
    ) -> None:
        """Do a change as one undo step, off the GUI thread: ``done(result)`` shows it when
        it is made; a refusal is shown and leaves no step (``last_refusal``).
        ``applied``: the change was made already (a background import); only record it.
        ``changes``: what it touches, when more than this tab's own kind.
        ``seen``: the records it edits as the user saw them (their versions): someone
        else's change since is not written over; the user reloads or applies on top."""
        command = ServiceCommand(self, text, redo, undo, done, applied, changes, seen)
        self.last_refusal = None
        if self.undo_stack is None:
            command.redo()
        else:
            self.undo_stack.push(command)

    def record(
        self,
        text: str,
        work: Work,
        done: Callable[[Any], None] | None = None,
        changes: Changes | None = None,
    ) -> None:
        """A step of a workflow others follow (a kelurahan's year submitted, approved or
        returned): made off the GUI thread in one unit of work and announced like any
        change, but no undo step: the next step takes it further, or back."""
        if self.engine is None:
            self.refused(LookupError(_no_database()))
            return
        kinds = changes.kinds if changes is not None else frozenset({self.edits})
        announced = Changes(kinds, origin=self, handled=done is not None)
        self.last_refusal = None

        def finished(result: Any) -> None:
            if done is not None:
                done(result)
            announce(announced)

        def failed(exc: BaseException) -> None:
            self.last_refusal = exc
            self.refused(exc)

        run_in_background(
            self.engine, lambda s, _c: work(s), finished, failed, name=f"step: {text}", long=False
        )


def read_async(
    engine: Engine,
    work: Work,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    name: str = "query",
    after: Callable[[Any, TaskContext], Any] | None = None,
    *,
    long: bool = False,
) -> TaskHandle:
    """``work(session)`` in a worker thread with its own session; ``after(result, ctx)``
    (also in the worker, outside the session) prepares what the GUI will show. ``long``:
    a read that may take seconds (a file written from it), in the lane for long work."""

    def task(ctx: TaskContext) -> Any:
        result = read(engine, work)
        ctx.check()
        return after(result, ctx) if after is not None else result

    return run_task(task, on_done, on_error, name=name, long=long)


def run_in_background(
    engine: Engine,
    work: Callable[[Session, TaskContext], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    name: str = "operation",
    *,
    long: bool = True,
) -> TaskHandle:
    """A change in one unit of work off the GUI thread: an import (``long``: the lane for
    long work; the caller records it with ``push(..., applied=True)`` when it is done), or
    an undo command's redo and undo (the interactive lane)."""

    def task(ctx: TaskContext) -> Any:
        with unit_of_work(engine) as session:
            return work(session, ctx)

    return run_task(task, on_done, on_error, on_progress, name=name, long=long)


__all__ = [
    "ASSESSMENT",
    "ENGAGEMENT",
    "KINDS",
    "MAP",
    "PLAN",
    "PRIORITY",
    "PROGRAMME",
    "REFUSALS",
    "STAKEHOLDER",
    "SUBMISSION",
    "ChangeHub",
    "Seen",
    "VersionConflict",
    "Changes",
    "Operations",
    "ServiceCommand",
    "Work",
    "announce",
    "change_hub",
    "guarded",
    "only_ids",
    "only_kind",
    "operations_pending",
    "read",
    "read_async",
    "run_in_background",
    "wait_for_operations",
]
