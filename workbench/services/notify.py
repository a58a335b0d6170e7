"""What the team changes on a shared PostgreSQL server, as it happens: every committed
write to a district table sends ``NOTIFY pkp_changes, 'TABLE PROGRAM'`` (a trigger set up
by ``server init``); a listener on its own connection and thread hands the tables changed
by *other* programs to a callback, a few at a time. This program's own writes (its
``application_name``) are left out: the window has announced them already.

Qt-free: the window turns the tables into its change signal (``ui/live.py``)."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from sqlalchemy.engine import make_url

from workbench.db.engine import APPLICATION_NAME
from workbench.services.server import NOTIFY_CHANNEL

log = logging.getLogger(__name__)
GATHER_S = 0.25  # notifications this close together are handed on together
RETRY_S = 5.0  # a lost connection is tried again after this


def libpq_dsn(url: str) -> str:
    """The SQLAlchemy URL as libpq takes it (password included: it is this process's)."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


class Listener:
    """``on_tables(tables)`` in the listener's thread for each batch of others' changes."""

    def __init__(self, url: str, on_tables: Callable[[set[str]], None]) -> None:
        self.url = url
        self.on_tables = on_tables
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.listening = threading.Event()  # set once LISTEN has been sent

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="pkp-listen", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        import psycopg

        while not self._stop.is_set():
            try:
                with psycopg.connect(
                    libpq_dsn(self.url), autocommit=True, application_name=APPLICATION_NAME
                ) as conn:
                    conn.execute(f"LISTEN {NOTIFY_CHANNEL}")
                    self.listening.set()
                    self._serve(conn)
            except psycopg.Error as exc:
                self.listening.clear()
                log.info("listening for changes stopped (%s); trying again", exc)
                self._stop.wait(RETRY_S)

    def _serve(self, conn: object) -> None:
        pending: set[str] = set()
        since = 0.0
        while not self._stop.is_set():
            for note in conn.notifies(timeout=GATHER_S):  # type: ignore[attr-defined]
                table, _, program = note.payload.partition(" ")
                if program != APPLICATION_NAME:
                    if not pending:
                        since = time.monotonic()
                    pending.add(table)
                if pending and time.monotonic() - since >= GATHER_S:
                    break
            if pending:
                tables, pending = pending, set()
                self.on_tables(tables)
