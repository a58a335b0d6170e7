"""Live changes on SQLite: what another program writes to the open file (the command line,
the copy that has the file while this one reads) reaches the tabs within two seconds; this
window's own changes do not set off a second, full refresh."""

from __future__ import annotations

from pathlib import Path

from tests.units import unit
from workbench.db.engine import make_engine
from workbench.services import collaboration as svc
from workbench.services.workspace import sqlite_path
from workbench.ui.main_window import MainWindow
from workbench.ui.operations import Changes, change_hub, wait_for_operations


def _everything_from_the_file(window: MainWindow) -> list[Changes]:
    seen: list[Changes] = []
    change_hub().changed.connect(lambda c: seen.append(c) if c.origin is window.live else None)
    return seen


def test_another_programs_change_appears_without_a_reload(
    window: MainWindow, qtbot, workdir: Path
) -> None:  # noqa: ANN001
    seen = _everything_from_the_file(window)
    tab = window.stakeholders_tab
    dlh = next(r for r in tab.model.rows if r.short_name == "DLH")
    other = make_engine(sqlite_path(window.result.url))  # another program on the same file
    try:
        new_name = "Dinas Lingkungan Hidup (diubah di tempat lain)"
        unit(svc.update_stakeholder, other, dlh.id, {"name": new_name})
    finally:
        other.dispose()
    qtbot.waitUntil(lambda: any(r.name == new_name for r in tab.model.rows), timeout=2_500)
    assert len(seen) == 1


def test_this_windows_own_change_is_not_taken_for_anothers(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    seen = _everything_from_the_file(window)
    tab = window.stakeholders_tab
    dlh = next(r for r in tab.model.rows if r.short_name == "DLH")
    tab.select_stakeholder(dlh.id)
    tab.form.influence.setValue(1 if dlh.influence != 1 else 2)
    tab.form.save_button.click()
    assert wait_for_operations()
    qtbot.wait(2_500)  # two looks at the file, after the write
    assert seen == []
