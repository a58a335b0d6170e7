"""The audit log: who changed what, when, from which value to which."""

from __future__ import annotations

from sqlalchemy.orm import Session

from workbench.db.models import AuditEntry


def audit(
    session: Session,
    user: str,
    entity: str,
    entity_id: int | None,
    action: str,
    field: str = "",
    old: object = None,
    new: object = None,
) -> None:
    """One entry in the session's unit of work (kept or rolled back with the change)."""
    session.add(
        AuditEntry(
            user=user,
            entity=entity,
            entity_id=entity_id,
            action=action,
            field=field,
            old_value=None if old is None else str(old),
            new_value=None if new is None else str(new),
        )
    )
