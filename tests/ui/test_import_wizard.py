"""The import wizard: check shows preview and row-level problems; import is all or nothing."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from workbench.services.baseline import export_baseline
from workbench.ui import dialogs
from workbench.ui.main_window import MainWindow


def _new_year_file(window: MainWindow, workdir: Path, bad_row: bool) -> Path:
    frame = export_baseline(window.result.engine, year=2025)
    frame["tahun"] = 2026
    if bad_row:
        frame["vol_4a"] = frame["vol_4a"].astype(object)
        frame.loc[9, "vol_4a"] = "banyak"
    path = workdir / "baseline 2026.csv"
    frame.to_csv(path, index=False, sep=";", decimal=",", encoding="utf-8-sig")
    return path


def test_bad_file_lists_problems_and_cannot_be_imported(window: MainWindow, qtbot,  # noqa: ANN001
                                                        workdir: Path) -> None:
    dialog = window.make_import_dialog()
    qtbot.addWidget(dialog)
    path = _new_year_file(window, workdir, bad_row=True)
    dialog.set_file(str(path))
    qtbot.waitUntil(lambda: dialog.inspection is not None, timeout=10_000)
    assert not dialog.import_button.isEnabled()
    rows = [[dialog.issues.item(r, c).text() for c in range(5)]
            for r in range(dialog.issues.rowCount())]
    assert ["galat", "11", "vol_4a", "banyak"] == rows[0][:4]
    assert rows[0][4] == "harus berupa angka (desimal dengan koma atau titik)"
    assert dialog.preview.rowCount() == 50 and dialog.preview.columnCount() > 30
    assert "1 galat" in dialog.status.text()


def test_good_file_imports_in_the_background_and_tabs_reload(window: MainWindow, qtbot,  # noqa: ANN001
                                                             workdir: Path) -> None:
    dialog = window.make_import_dialog()
    qtbot.addWidget(dialog)
    dialog.set_file(str(_new_year_file(window, workdir, bad_row=False)))
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    with qtbot.waitSignal(window.all_loaded, timeout=30_000):
        dialog.import_button.click()
    assert dialog.outcome is not None and dialog.outcome.rows == 72
    assert window.scores_tab.year_box.currentData() == 2026
    assert window.scores_tab.proxy.rowCount() == 72


def test_template_can_be_saved_for_a_round_trip(window: MainWindow, qtbot, monkeypatch,  # noqa: ANN001
                                                workdir: Path) -> None:
    target = workdir / "templat.xlsx"
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *a, **k: str(target))
    dialog = window.make_import_dialog()
    qtbot.addWidget(dialog)
    dialog.save_template()
    qtbot.waitUntil(target.exists, timeout=10_000)
    frame = pd.read_excel(target, sheet_name="baseline")
    assert len(frame) == 216 and "vol_7b" in frame.columns
