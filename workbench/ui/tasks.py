"""One background-work API for the whole UI.

``run_task(fn, on_done, on_error, on_progress)`` runs ``fn(ctx)`` on a worker thread and
delivers its result, or the exception it raised, to the callbacks **on the GUI thread**.
``ctx.progress(done, total, text)`` reports progress; ``ctx.cancelled`` tells ``fn`` that the
user pressed cancel (``ctx.check()`` raises :class:`Cancelled`). ORM objects must not be
returned: workers open their own Session and hand back plain rows.
(Pattern after Picard's ``util/thread.run_task`` and Anki's ``QueryOp``.)
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a task when the user cancelled it."""


class TaskContext:
    def __init__(self, handle: TaskHandle) -> None:
        self._handle = handle

    @property
    def cancelled(self) -> bool:
        return self._handle._cancel.is_set()

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled()

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._handle._progress_raw.emit(int(done), int(total), text)


class TaskHandle(QObject):
    """Lives on the GUI thread; the worker emits the private *_raw signals, which Qt queues to
    this object's slots, which call the user's callbacks on the GUI thread."""

    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int, str)
    _done_raw = Signal(object)
    _failed_raw = Signal(object)
    _progress_raw = Signal(int, int, str)

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self._cancel = threading.Event()
        self._shown = threading.Event()  # the GUI thread has run the callbacks
        self.finished = False
        self._done_raw.connect(self._on_done)
        self._failed_raw.connect(self._on_failed)
        self._progress_raw.connect(self._on_progress)

    def cancel(self) -> None:
        self._cancel.set()

    @Slot(object)
    def _on_done(self, result: Any) -> None:
        self.finished = True
        _ACTIVE.discard(self)
        try:
            self.done.emit(result)
        finally:
            self._shown.set()

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self.finished = True
        _ACTIVE.discard(self)
        try:
            self.failed.emit(exc)
        finally:
            self._shown.set()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.progress.emit(done, total, text)


# How long the interactive lane waits for the GUI thread to show a result before it starts
# the next task: long enough for a tab to take in its rows, short enough that a GUI thread
# busy elsewhere (a modal dialog, a test joining the workers) never holds the lane up.
YIELD_TO_GUI_S = 0.25


class _Runner(QRunnable):
    def __init__(self, fn: Callable[[TaskContext], Any], handle: TaskHandle, lane: _Lane) -> None:
        super().__init__()
        self.fn = fn
        self.handle = handle
        self.lane = lane
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn(TaskContext(self.handle))
        except BaseException as exc:  # delivered to the GUI thread, never swallowed
            if not isinstance(exc, Cancelled):
                log.warning("task %s failed:\n%s", self.handle.name, traceback.format_exc())
            self._deliver(self.handle._failed_raw, exc)
        else:
            self._deliver(self.handle._done_raw, result)
        if self.lane.finish_one() and not self.lane.long:
            # More is queued (the other tabs' rows): let the GUI thread put this result on
            # screen at full speed first. Both in Python at once only take turns with the
            # GIL, and the window then stutters for as long as the two together take.
            self.handle._shown.wait(YIELD_TO_GUI_S)

    def _deliver(self, signal: Any, value: Any) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the window that asked was closed meanwhile: nobody to tell
            log.info("task %s finished after its receiver was deleted", self.handle.name)


_ACTIVE: set[TaskHandle] = set()


# Two lanes of one thread each. Python runs one thread at a time (the GIL): more workers
# do not finish sooner, they only take turns with the GUI thread, which then waits up to a
# switch interval for every call into Python (a table's data(), a slot) — the window
# stutters. One thread answers what the user is looking at (reads, edits, re-ranking) in
# order; the other does what may take seconds (imports, exports, reports, opening and
# creating databases), so an edit never queues behind a report.
class _Lane:
    def __init__(self, long: bool) -> None:
        self.long = long
        self.pool = QThreadPool()
        self.pool.setObjectName("long-work" if long else "interactive")
        self.pool.setMaxThreadCount(1)
        self._queued = 0
        self._lock = threading.Lock()

    def start(self, runner: _Runner) -> None:
        with self._lock:
            self._queued += 1
        self.pool.start(runner)

    def finish_one(self) -> bool:
        """One task done; True when more are waiting."""
        with self._lock:
            self._queued -= 1
            return self._queued > 0


_LANES: dict[bool, _Lane] = {}


def _lane(long: bool) -> _Lane:
    lane = _LANES.get(long)
    if lane is None:
        lane = _LANES[long] = _Lane(long)
    return lane


def run_task(
    fn: Callable[[TaskContext], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    name: str = "task",
    *,
    long: bool = False,
) -> TaskHandle:
    """``long``: work that may take seconds (a file, a report), in its own lane."""
    handle = TaskHandle(name)
    if on_done is not None:
        handle.done.connect(on_done)
    if on_error is not None:
        handle.failed.connect(on_error)
    if on_progress is not None:
        handle.progress.connect(on_progress)
    _ACTIVE.add(handle)
    lane = _lane(long)
    lane.start(_Runner(fn, handle, lane))
    return handle


def active_tasks() -> int:
    return len(_ACTIVE)


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    """Join worker threads (tests, screenshot, quit). Queued results still need the event loop
    to run before their callbacks fire."""
    done = True
    for lane in list(_LANES.values()):
        done = lane.pool.waitForDone(timeout_ms) and done
    return done
