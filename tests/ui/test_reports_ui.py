"""The reports window (background export with progress, cancel, open when done, print preview
drawn through QtPdf) and the plan approval window (signatories, approve, new draft)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from workbench.services import plans
from workbench.services.workspace import session_scope
from workbench.ui import dialogs, report_dialog
from workbench.ui.main_window import MainWindow
from workbench.ui.plan_approval import PlanApprovalDialog
from workbench.ui.report_dialog import ReportDialog


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    monkeypatch.setattr(report_dialog, "open_file", calls.append)
    return calls


def test_save_pdf_in_the_background_and_open_it(window: MainWindow, qtbot, workdir: Path,
                                                opened: list[str]) -> None:  # noqa: ANN001
    dialog = window.make_report_dialog()
    assert isinstance(dialog, ReportDialog)
    qtbot.addWidget(dialog)
    assert dialog.kind == "plan-summary" and dialog.version_box.isVisibleTo(dialog)
    out = workdir / "ringkasan rencana.pdf"
    task = dialog.save(str(out))
    assert dialog.cancel_button.isEnabled()  # busy while the worker lays the pages out
    with qtbot.waitSignal(task.done, timeout=60_000):
        pass
    assert opened == [str(out)] and dialog.written == str(out)
    assert len(PdfReader(out).pages) == 3
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("location-profile"))
    assert dialog.codes_edit.isVisibleTo(dialog) and not dialog.version_box.isVisibleTo(dialog)


def test_cancel_leaves_no_file(window: MainWindow, qtbot, workdir: Path,  # noqa: ANN001
                               opened: list[str]) -> None:
    dialog = window.make_report_dialog()
    qtbot.addWidget(dialog)
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("location-profile"))
    out = workdir / "profil.pdf"
    task = dialog.save(str(out))
    task.cancel()
    with qtbot.waitSignal(task.failed, timeout=60_000):
        pass
    assert "no file was written" in dialog.status.text() or "tidak ada" in dialog.status.text()
    assert not out.exists() and not list(workdir.glob("*.partial*")) and opened == []


def test_excel_tables_and_errors_in_words(window: MainWindow, qtbot, workdir: Path,  # noqa: ANN001
                                          opened: list[str]) -> None:
    dialog = window.make_report_dialog()
    qtbot.addWidget(dialog)
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("sk-table"))
    out = workdir / "sk.xlsx"
    with qtbot.waitSignal(dialog.save(str(out)).done, timeout=60_000):
        pass
    assert out.exists() and opened == [str(out)]
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("location-profile"))
    dialog.codes_edit.setText("TIDAK-ADA")
    with qtbot.waitSignal(dialog.save(str(workdir / "x.pdf")).failed, timeout=60_000):
        pass
    assert "TIDAK-ADA" in dialog.status.text()


def test_print_preview_draws_every_page(window: MainWindow, qtbot, workdir: Path,  # noqa: ANN001
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(report_dialog, "preview", lambda _parent, path: shown.append(path))
    dialog = window.make_report_dialog()
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.print_preview().done, timeout=60_000):
        pass
    assert len(shown) == 1
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = workdir / "cetak.pdf"
    printer.setOutputFileName(str(target))
    assert report_dialog.print_pdf(shown[0], printer) == 3
    assert len(PdfReader(target).pages) == 3


def test_approve_a_draft_then_start_the_next(window: MainWindow, qtbot,  # noqa: ANN001
                                             monkeypatch: pytest.MonkeyPatch,
                                             no_real_dialogs) -> None:  # noqa: ANN001
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *_a: True)
    dialog = window.make_approval_dialog()
    assert isinstance(dialog, PlanApprovalDialog)
    qtbot.addWidget(dialog)
    assert dialog.state.version_no == 2 and dialog.state.status == "draft"
    assert dialog.table.rowCount() == 3 and dialog.approve_button.isEnabled()
    dialog.table.item(0, 4).setText("31-02-2026")  # no such day
    dialog.approve()
    assert no_real_dialogs and "31-02-2026" in no_real_dialogs[-1][1]
    assert dialog.state.status == "draft"
    dialog.table.item(0, 4).setText("23-11-2026")
    dialog.by_edit.setText("Rapat pleno Pokja PKP")
    with qtbot.waitSignal(dialog.changed, timeout=60_000):
        dialog.approve()
    qtbot.waitUntil(lambda: dialog.state.status == "approved", timeout=60_000)
    assert len(dialog.state.fingerprint) == 64 and not dialog.approve_button.isEnabled()
    assert dialog.draft_button.isEnabled() and not dialog.table.isEnabled()
    with session_scope(window.result.engine) as s:
        check = plans.check_version(s, dialog.state.plan_id)
        assert check.intact and check.data_unchanged
        assert plans.signatories(s, dialog.state.plan_id)[0].sign_date.isoformat() == \
            "2026-11-23"
    with qtbot.waitSignal(dialog.changed, timeout=60_000):
        dialog.new_draft()
    qtbot.waitUntil(lambda: dialog.state.version_no == 3, timeout=60_000)
    assert dialog.state.status == "draft" and dialog.table.isEnabled()
