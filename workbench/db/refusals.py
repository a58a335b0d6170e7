"""A refusal by the database said in words: a write outside the login's role or villages
(PostgreSQL's GRANTs, row-level security and our triggers: SQLSTATE 42501), or a record
someone else changed in the same moment (the version check of an UPDATE matched no row)."""

from __future__ import annotations

import re

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm.exc import StaleDataError

from workbench.domain.messages import UserError, table_words

INSUFFICIENT_PRIVILEGE = "42501"
_OURS = re.compile(r"pkp: (\w+) ?(.*)")
_TABLE = re.compile(r'(?:for|on) (?:table|relation) "?(\w+)"?')
_STALE = re.compile(r"on table '(\w+)'")


def _primary(exc: DBAPIError) -> str:
    diag = getattr(exc.orig, "diag", None)
    primary = getattr(diag, "message_primary", None)
    return str(primary if primary else exc.orig)


def refusal(exc: BaseException) -> UserError | None:
    """The words for a refusal by the database, or None when it is no refusal of ours."""
    if isinstance(exc, StaleDataError):
        found = _STALE.search(str(exc))
        return UserError("version_race", what=table_words(found.group(1) if found else ""))
    if not isinstance(exc, DBAPIError):
        return None
    if getattr(exc.orig, "sqlstate", None) != INSUFFICIENT_PRIVILEGE:
        return None
    message = _primary(exc)
    ours = _OURS.search(message)
    if ours:
        table, what = ours.group(1), ours.group(2)
        if table == "audit_log":
            return UserError("not_permitted_audit")
        if table == "plan_version":
            return UserError("not_permitted_approve")
        if table == "village_submission":
            return UserError("not_permitted_decide")
        if what == "scope":
            return UserError("not_permitted_scope", what=table_words(table))
        return UserError("not_permitted", what=table_words(table))
    found = _TABLE.search(message)
    table = found.group(1) if found else ""
    if "row-level security" in message:
        return UserError("not_permitted_scope", what=table_words(table))
    if table == "audit_log":
        return UserError("not_permitted_audit")
    return UserError("not_permitted", what=table_words(table))
