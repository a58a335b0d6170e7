"""Issue 14.15: file dialogs open in the last folder used and propose Indonesian names."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from workbench.ui import dialogs
from workbench.ui.main_window import MainWindow


@pytest.fixture
def offered(monkeypatch: pytest.MonkeyPatch, workdir: Path) -> list[str]:
    """What each file dialog was opened on; the user picks a file in ``workdir/Laporan``."""
    seen: list[str] = []
    folder = workdir / "Laporan Pokja"
    folder.mkdir()

    def save(_parent, _title, start, _filters):  # noqa: ANN001, ANN202
        seen.append(start)
        return str(folder / Path(start).name), ""

    def open_(_parent, _title, start, _filters):  # noqa: ANN001, ANN202
        seen.append(start)
        return str(folder / "baseline.xlsx"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_)
    return seen


def test_dialogs_remember_the_folder_and_propose_indonesian_names(
    window: MainWindow, offered: list[str], workdir: Path
) -> None:
    from workbench.ui.report_dialog import ReportDialog

    path = dialogs.ask_save_file(window, "x", "*.xlsx", "skor-kumuh.xlsx")
    assert offered[0] == "skor-kumuh.xlsx"  # no folder chosen yet: Qt's default
    assert Path(path).parent.name == "Laporan Pokja"
    dialogs.ask_open_file(window, "x", "*.xlsx")
    assert offered[-1] == str(workdir / "Laporan Pokja")  # opens where the last file was
    dialog = ReportDialog(window.result.engine, window)
    assert dialog.suggested_name(".pdf") == f"ringkasan-rencana-{date.today().year}.pdf"
    window.tabs.setCurrentIndex(1)
    window.export_table()
    assert offered[-1] == str(
        workdir / "Laporan Pokja" / f"skor-kumuh-{date.today().isoformat()}.xlsx"
    )
    assert (
        dialogs.file_stem("Pemangku Kepentingan – Kota Pekalongan")
        == "pemangku-kepentingan-kota-pekalongan"
    )
