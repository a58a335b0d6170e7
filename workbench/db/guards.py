"""Checks every flush makes, whichever engine is below: text no longer than its column.

PostgreSQL refuses a value longer than ``String(N)`` with a driver error and no row; SQLite
would store it. Checked here, before the SQL, both refuse the same edit with the same
message (imports check their files earlier, with row numbers: ``services.text_limits``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Mapper, Session

from workbench.domain.messages import UserError

_LENGTHS: dict[Mapper[Any], list[tuple[str, int]]] = {}


def _lengths(mapper: Mapper[Any]) -> list[tuple[str, int]]:
    known = _LENGTHS.get(mapper)
    if known is None:
        known = [
            (attr.key, length)
            for attr in mapper.column_attrs
            if (length := getattr(attr.columns[0].type, "length", None)) is not None
        ]
        _LENGTHS[mapper] = known
    return known


@event.listens_for(Session, "before_flush")
def _text_fits(session: Session, _context: object, _instances: object) -> None:
    for obj in (*session.new, *session.dirty):
        state = inspect(obj)
        values = state.dict  # what is loaded or set; never loads anything
        for key, most in _lengths(state.mapper):
            value = values.get(key)
            if isinstance(value, str) and len(value) > most:
                raise UserError(
                    "text_too_long_field",
                    field=f"{state.mapper.local_table.name}.{key}",
                    length=len(value),
                    most=most,
                )


@event.listens_for(Session, "before_flush")
def _audit_names_the_login(session: Session, _context: object, _instances: object) -> None:
    """Every audit entry names who wrote it: on SQLite the computer's user (on PostgreSQL
    a trigger writes the session's login over it, whatever the program said)."""
    from workbench.db.models import AuditEntry

    for obj in session.new:
        if isinstance(obj, AuditEntry) and not obj.db_user:
            obj.db_user = local_user()


def local_user() -> str:
    """The computer's user name (who wrote a change on SQLite)."""
    import getpass

    try:
        return getpass.getuser()[:100]
    except (OSError, KeyError):  # no user name in the environment (a service account)
        return ""
