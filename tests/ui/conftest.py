from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from workbench.ui import dialogs
from workbench.ui.tasks import wait_for_all


@pytest.fixture(autouse=True)
def no_real_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Record instead of showing: a real modal dialog would hang a headless run."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, t, m: shown.append(("error", m)))
    monkeypatch.setattr(dialogs, "show_info", lambda _p, t, m: shown.append(("info", m)))
    monkeypatch.setattr(dialogs, "show_about", lambda _p, t, m: shown.append(("about", m)))
    return shown


@pytest.fixture
def window(
    app: QApplication,
    qtbot,
    demo_sqlite: Path,
    workdir: Path,  # noqa: ANN001
    clean_settings: None,
) -> Iterator:
    """A main window on a private copy of the demo database, fully loaded."""
    import shutil

    from workbench.ui.main_window import MainWindow

    db = workdir / "demo copy.sqlite"
    shutil.copy(demo_sqlite, db)
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.all_loaded, timeout=30_000):
        win.open_database(str(db))
    yield win
    win.close()
    wait_for_all()
    app.processEvents()
