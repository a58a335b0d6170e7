"""One import at a time per district database: the write lock is taken before anything is
read, so two imports of the same file at once end exactly as one (the second waits, then
finds the rows there and adds nothing), on SQLite and PostgreSQL alike. On SQLite a copy of
the file as it was is then kept among its backups (services.backups)."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from workbench.services.backups import keep_copy

IMPORT_LOCK_KEY = "lock/import"
PG_ADVISORY_KEY = 0x504B5057  # "PKPW": one advisory lock for the whole district database


def serialize_imports(session: Session, what: str) -> None:
    """Call first in an import's unit of work. PostgreSQL: a transaction-level advisory
    lock; SQLite: a write (which takes the database's write lock until commit), so another
    import waits (up to the busy timeout) before it reads."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_ADVISORY_KEY})
        return
    # the first statement writes (no read before it), so the write lock is waited for
    session.execute(
        text(
            "INSERT INTO db_setting (key, value) VALUES (:key, :what) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        ),
        {"key": IMPORT_LOCK_KEY, "what": what},
    )
    keep_copy(session, "import")  # what was committed before this import, the lock held
