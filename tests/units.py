"""Running a service the way the command line and the window do: in one unit of work."""

from __future__ import annotations

from typing import Any

from workbench.db.engine import session_scope


def unit(fn: Any, engine: Any, *args: Any, **kwargs: Any) -> Any:
    """``fn(session, *args, **kwargs)`` in one session: committed, or rolled back whole."""
    with session_scope(engine) as session:
        return fn(session, *args, **kwargs)
