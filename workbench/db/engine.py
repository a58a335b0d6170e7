"""Engine and unit-of-work helpers. SQLite by default; any SQLAlchemy URL (PostgreSQL) works."""

from __future__ import annotations

import os
import uuid
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

import workbench.db.guards  # noqa: F401  (registers the flush checks on every Session)
from workbench.db.refusals import refusal

SQLITE_BUSY_TIMEOUT_MS = 10_000
# how this program names itself to a server: its changes' notifications carry it, so the
# window does not refresh for what it has just announced itself
APPLICATION_NAME = f"pkp-workbench/{os.getpid()}-{uuid.uuid4().hex[:6]}"


def to_url(path_or_url: str | os.PathLike[str]) -> str:
    """A plain path becomes a SQLite URL; anything with '://' is taken as a URL."""
    text = os.fspath(path_or_url)
    if "://" in text:
        return text
    return "sqlite:///" + str(Path(text).expanduser().resolve())


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def copy_sqlite_file(src: Path, dst: Path) -> Path:
    """A consistent copy of a SQLite database through the backup API (safe while it is open
    in WAL mode), as one file (rollback journal, not WAL). Written under a temporary name
    first: a failure never leaves a half-written target."""
    import sqlite3

    dst = Path(dst)
    tmp = dst.with_name(dst.name + ".partial")
    tmp.unlink(missing_ok=True)
    source = sqlite3.connect(str(src))
    try:
        target = sqlite3.connect(str(tmp))
        try:
            source.backup(target)
            # one self-contained file: opening the copy (to check it) leaves no -wal beside it
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
    finally:
        source.close()
    tmp.replace(dst)
    return dst


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # noqa: ANN001 - DB-API objects
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


_READ_ONLY: weakref.WeakSet[Engine] = weakref.WeakSet()


def _sqlite_read_only_pragmas(dbapi_conn, _record) -> None:  # noqa: ANN001
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cur.close()


def make_engine(path_or_url: str | os.PathLike[str], read_only: bool = False) -> Engine:
    """An engine; ``read_only`` (SQLite): the file is opened so nothing can be written (a
    second copy of the window on a file another copy has open)."""
    url = to_url(path_or_url)
    if make_url(url).get_backend_name() == "sqlite":
        if read_only:
            import sqlite3

            path = sqlite_path(url)
            target = f"{path.as_uri()}?mode=ro" if path is not None else url
            engine = create_engine(
                "sqlite://",
                creator=lambda: sqlite3.connect(
                    target, uri=True, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000, check_same_thread=False
                ),
                # a pool of connections handed out one at a time, as a file's engine has:
                # the in-memory URL's default (one connection per thread) closes another
                # thread's connection while it runs a query once six threads read at once
                # (a crash in CI, the window reading its tabs on a read-only copy)
                poolclass=QueuePool,
            )
            event.listen(engine, "connect", _sqlite_read_only_pragmas)
            _READ_ONLY.add(engine)
            return engine
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        connect_args = (
            {"application_name": APPLICATION_NAME}
            if make_url(url).get_backend_name() == "postgresql"
            else {}
        )
        engine = create_engine(url, pool_pre_ping=True, connect_args=connect_args)
    return engine


def is_read_only(engine: Engine) -> bool:
    return engine in _READ_ONLY


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any error."""
    session = Session(engine, expire_on_commit=False)
    try:
        yield session
        session.commit()
    except BaseException as exc:
        session.rollback()
        said = refusal(exc)  # the server's refusal (a role, a scope, a version) in words
        if said is not None:
            raise said from exc
        raise
    finally:
        session.close()


def has_password(url: str) -> bool:
    """Whether a server URL carries its password (we never take one that way: a command
    line and its history are read by others)."""
    return "://" in url and make_url(url).password is not None


def wants_password(exc: BaseException) -> bool:
    """Whether connecting failed for want of a (right) password: ask for it."""
    text = str(getattr(exc, "orig", exc)).lower()
    return "no password supplied" in text or "password authentication failed" in text


def with_password(url: str, password: str) -> str:
    """The URL with the password in it, for this process's engine only (never stored)."""
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def without_password(url: str) -> str:
    """The URL to remember (settings, recent files): never with a password."""
    if "://" not in url:
        return url
    # (URL.set(password=None) leaves it as it is: None there means "not given")
    return make_url(url)._replace(password=None).render_as_string(hide_password=False)


def connect_engine(
    url: str, ask_password: Callable[[str], str | None] | None = None, tries: int = 3
) -> Engine:
    """An engine whose first connection has succeeded. A server that wants a password not
    given by the environment (PGPASSWORD) or a .pgpass file has it asked for by
    ``ask_password(who)`` (a prompt, a dialog; None: give up)."""
    from sqlalchemy.exc import OperationalError

    engine = make_engine(url)
    for _attempt in range(tries):
        try:
            with engine.connect():
                return engine
        except OperationalError as exc:
            engine.dispose()
            if ask_password is None or not wants_password(exc):
                raise
            password = ask_password(display_name(url))
            if password is None:
                raise
            engine = make_engine(with_password(url, password))
    with engine.connect():  # the last try's failure is said as it is
        return engine


def display_name(url: str) -> str:
    """What the status bar shows: the file path, or the URL without a password."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    return make_url(url).render_as_string(hide_password=True)
