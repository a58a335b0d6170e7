"""What went wrong, in words: the one translation of an expected failure (memory, the file
system, the database driver) into a message in both languages, used by the command line's
and the window's top-level handlers. A failure it does not know returns None: the caller
logs its traceback and names the log."""

from __future__ import annotations

from workbench.domain.messages import UserError


def explain(exc: BaseException, target: str | None = None) -> UserError | None:
    """``target``: the database or file the user named (for the message)."""
    from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

    name = target or "?"
    if isinstance(exc, UserError):
        return exc
    if isinstance(exc, MemoryError):
        return UserError("failure_memory")
    if isinstance(exc, (ArgumentError, NoSuchModuleError)):
        return UserError("failure_db_url", name=name)
    if isinstance(exc, DBAPIError):
        return _database(exc, name)
    if isinstance(exc, OSError):
        where = exc.filename or name
        return UserError("failure_os", name=where, reason=exc.strerror or str(exc))
    return None


def _database(exc: BaseException, name: str) -> UserError:
    original = getattr(exc, "orig", exc)
    text = str(original).strip()
    text = text.splitlines()[0] if text else type(original).__name__
    lowered = text.lower()
    if "not a database" in lowered or "malformed" in lowered:
        return UserError("failure_db_damaged", name=name)
    if "locked" in lowered or "busy" in lowered:
        return UserError("failure_db_locked", name=name)
    if "readonly" in lowered or "read-only" in lowered or "unable to open" in lowered:
        return UserError("failure_db_readonly", name=name)
    if "too long" in lowered:
        return UserError("failure_db_too_long", name=name, detail=text)
    if "permission denied" in lowered or "insufficient privilege" in lowered:
        return UserError("failure_db_permission", name=name, detail=text)
    if any(w in lowered for w in ("connection", "could not connect", "timeout", "resolve")):
        return UserError("failure_db_connection", name=name, detail=text)
    return UserError("failure_db_refused", name=name, detail=text)
