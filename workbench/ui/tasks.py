"""One background-work API for the whole UI.

``run_task(fn, on_done, on_error, on_progress)`` runs ``fn(ctx)`` on the global thread pool and
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
        self.done.emit(result)

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self.finished = True
        _ACTIVE.discard(self)
        self.failed.emit(exc)

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.progress.emit(done, total, text)


class _Runner(QRunnable):
    def __init__(self, fn: Callable[[TaskContext], Any], handle: TaskHandle) -> None:
        super().__init__()
        self.fn = fn
        self.handle = handle
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

    def _deliver(self, signal: Any, value: Any) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the window that asked was closed meanwhile: nobody to tell
            log.info("task %s finished after its receiver was deleted", self.handle.name)


_ACTIVE: set[TaskHandle] = set()


def run_task(
    fn: Callable[[TaskContext], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    name: str = "task",
) -> TaskHandle:
    handle = TaskHandle(name)
    if on_done is not None:
        handle.done.connect(on_done)
    if on_error is not None:
        handle.failed.connect(on_error)
    if on_progress is not None:
        handle.progress.connect(on_progress)
    _ACTIVE.add(handle)
    QThreadPool.globalInstance().start(_Runner(fn, handle))
    return handle


def active_tasks() -> int:
    return len(_ACTIVE)


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    """Join worker threads (tests, screenshot, quit). Queued results still need the event loop
    to run before their callbacks fire."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
