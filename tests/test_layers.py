"""The layer rule of the guide: ui -> services -> db/domain; domain free of Qt and SQL."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "workbench"

FORBIDDEN = {
    "domain": (
        "PySide6",
        "sqlalchemy",
        "alembic",
        "workbench.db",
        "workbench.services",
        "workbench.operations",
        "workbench.ui",
        "workbench.reports",
    ),
    "db": (
        "PySide6",
        "workbench.services",
        "workbench.operations",
        "workbench.ui",
        "workbench.reports",
    ),
    "services": ("PySide6", "workbench.ui", "workbench.operations"),
    "operations": ("PySide6", "workbench.ui", "workbench.reports"),
    "reports": ("PySide6", "workbench.ui", "workbench.db"),
    "ui": ("workbench.db",),
}


def _imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.extend(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_what_it_may(layer: str) -> None:
    bad = []
    for path in sorted((PKG / layer).rglob("*.py")):
        for name in _imports(path):
            if any(name == f or name.startswith(f + ".") for f in FORBIDDEN[layer]):
                bad.append(f"{path.relative_to(PKG)} imports {name}")
    assert not bad, "\n".join(bad)


QUERY_BUILDERS = {"select", "insert", "update", "delete", "text", "func", "and_", "or_"}


def test_no_widget_builds_a_query() -> None:
    """The UI may name SQLAlchemy types (Engine, Session) for hints, never build queries."""
    bad = []
    for path in sorted((PKG / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sqlalchemy"):
                used = {a.name for a in node.names} & QUERY_BUILDERS
                if used:
                    bad.append(f"{path.relative_to(PKG)}: {sorted(used)}")
            if isinstance(node, ast.Import) and any(a.name == "sqlalchemy" for a in node.names):
                bad.append(f"{path.relative_to(PKG)}: import sqlalchemy")
    assert not bad, bad


SESSION_MAKERS = {"session_scope", "session_factory", "sessionmaker", "Session", "read_only"}


def test_only_the_operations_layer_opens_sessions() -> None:
    """Issue 16: widgets read and change data through the operations layer
    (``workbench.operations``, Qt-free, and the window's half ``ui/operations.py``); no UI
    module may import a way to open a session (``Session`` only as a type hint)."""
    bad = []
    for path in sorted((PKG / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                names = {a.name for a in node.names} & SESSION_MAKERS
                if node.module == "sqlalchemy.orm":
                    names -= {"Session"}  # the type, for hints
                if names:
                    bad.append(f"{path.relative_to(PKG)} imports {sorted(names)}")
            if isinstance(node, ast.Call):
                func = node.func
                name = getattr(func, "id", None) or getattr(func, "attr", None)
                if name in {"Session", "session_scope", "sessionmaker", "session_factory"}:
                    bad.append(f"{path.relative_to(PKG)}:{node.lineno} calls {name}()")
    assert not bad, "\n".join(bad)
