"""pyproj, used from one Python thread of its own.

pyproj 3.7 keeps each thread's PROJ context in native thread-local storage, and frees it with
the Python thread state that made it. A worker of Qt's thread pool (where imports and reads
run) gets a fresh Python thread state for every task, so the next task on that thread finds
a freed context and the process crashes (pyproj issue #1509, fixed after 3.7.2). Every use of
pyproj's CRS and Transformer therefore runs here, on one long-lived thread Python made, and
the caller waits for it. (``pyproj.Geod`` needs no context and is used anywhere.)"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")
_LOCK = threading.Lock()
_EXECUTOR: ThreadPoolExecutor | None = None


def in_proj_thread(fn: Callable[..., T], *args: Any) -> T:
    """``fn(*args)`` on pyproj's own thread; its result, or its exception, here."""
    global _EXECUTOR
    with _LOCK:
        if _EXECUTOR is None:
            _EXECUTOR = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pyproj")
        executor = _EXECUTOR
    return executor.submit(fn, *args).result()
