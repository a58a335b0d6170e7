"""Live changes on a SQLite file: what another program writes to the open database (the
command line importing, the copy of the workbench that has the file while this one only
reads it) reaches the tabs within two seconds, without a reload.

Once a second the file and its write-ahead log are looked at (their size and time: no
database read on the GUI thread). A change this window did not make is announced on the
one change signal as ``Changes.everything``, so every tab refreshes as after an import.
This window's own writes are recognised by their announcement on that signal (each
operation announces what it changed once it has committed); while an operation or a read
is under way the look is put off to the next second, so nothing seen then is lost. A
server database has its own way: ``ServerChanges`` (LISTEN/NOTIFY)."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from workbench.ui.operations import Changes, change_hub, operations_pending
from workbench.ui.tasks import active_tasks

if TYPE_CHECKING:
    from workbench.services.notify import Listener

POLL_MS = 1000
OWN_S = 2.0  # a change of the file this soon after one of ours is ours


class FileChanges(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self._seen: tuple[object, ...] = ()
        self._own_at = float("-inf")
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        change_hub().changed.connect(self._on_changes)

    def watch(self, path: Path | None) -> None:
        """Follow ``path`` (None: nothing, e.g. a server database)."""
        self.path = path
        self._seen = self._stamp()
        if path is None:
            self.timer.stop()
        else:
            self.timer.start()

    def _stamp(self) -> tuple[object, ...]:
        if self.path is None:
            return ()
        out: list[object] = []
        for p in (self.path, Path(str(self.path) + "-wal")):
            try:
                st = os.stat(p)
                out.append((st.st_mtime_ns, st.st_size))
            except OSError:
                out.append(None)
        return tuple(out)

    def _on_changes(self, changes: Changes) -> None:
        if changes.origin is not self:
            self._own_at = time.monotonic()

    def poll(self) -> None:
        stamp = self._stamp()
        if stamp == self._seen:
            return
        if operations_pending() or active_tasks():
            return  # looked at again in a second, once this window is not writing or reading
        self._seen = stamp
        if time.monotonic() - self._own_at < OWN_S:
            return
        change_hub().changed.emit(Changes.everything(origin=self))


class ServerChanges(QObject):
    """Live changes on a PostgreSQL server: the tables others changed (NOTIFY, heard on a
    thread of its own, ``services.notify``) become a change on the one change signal,
    narrowed to the kinds of data those tables hold."""

    arrived = Signal(object)  # set[str]: emitted in the listener's thread, queued to ours

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listener: Listener | None = None
        self.arrived.connect(self._announce, Qt.ConnectionType.QueuedConnection)

    def watch(self, url: str | None) -> None:
        """Listen on the server behind ``url`` (None, or a SQLite file: stop)."""
        if self.listener is not None:
            self.listener.stop(timeout=0.5)
            self.listener = None
        if url is None or not url.startswith("postgresql"):
            return
        from workbench.services.notify import Listener

        self.listener = Listener(url, self.arrived.emit)
        self.listener.start()

    def _announce(self, tables: set[str]) -> None:
        change_hub().changed.emit(Changes.of_tables(tables, origin=self))

    def stop(self) -> None:
        self.watch(None)
