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


def test_save_pdf_in_the_background_and_open_it(
    window: MainWindow, qtbot, workdir: Path, opened: list[str]
) -> None:  # noqa: ANN001
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


def test_sign_the_summary_with_a_certificate(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    workdir: Path,
    opened: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.certs import issue, tsa_server
    from workbench.reports.signing import check_signatures
    from workbench.ui import settings

    cert = issue(workdir, "Ketua Pokja PKP")
    dialog = window.make_report_dialog()
    qtbot.addWidget(dialog)
    assert dialog.sign_group.isVisibleTo(dialog) and dialog.sign_group.isEnabled()
    dialog.sign_group.setChecked(True)
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *a: asked.append("x") or "")
    dialog.ask_and_save(".pdf")  # no certificate chosen yet: told so, no file dialog
    assert asked == [] and ".p12" in dialog.status.text()

    monkeypatch.setattr(dialogs, "ask_open_file", lambda *a: str(cert.p12))
    dialog.certificate.choose()
    assert dialog.certificate.cert_edit.text() == str(cert.p12)
    dialog.certificate.passphrase_edit.setText("keliru")
    out = workdir / "ringkasan bertanda tangan.pdf"
    with qtbot.waitSignal(dialog.save(str(out)).failed, timeout=60_000):
        pass
    assert "kata sandi salah" in dialog.status.text() and not out.exists() and opened == []

    dialog.certificate.passphrase_edit.setText(cert.passphrase)
    with tsa_server(workdir) as (url, _root):
        dialog.certificate.tsa_edit.setText(url)
        with qtbot.waitSignal(dialog.save(str(out)).done, timeout=60_000):
            pass
    assert opened == [str(out)] and "ditandatangani oleh Ketua Pokja PKP" in dialog.status.text()
    (signature,) = check_signatures(out.read_bytes())
    assert signature.signer == "Ketua Pokja PKP" and signature.intact and signature.certified
    assert signature.stamped_at is not None and signature.stamp_ok
    assert settings.get(settings.TSA_URL) == url
    # the certificate's path is remembered for next time, its passphrase is not
    assert settings.get(settings.SIGNING_CERTIFICATE) == str(cert.p12)
    assert cert.passphrase not in settings.qsettings().allKeys()
    assert all(
        cert.passphrase != str(settings.qsettings().value(k))
        for k in settings.qsettings().allKeys()
    )

    # Excel tables are never signed; a draft version cannot be signed
    sheet = workdir / "ringkasan.xlsx"
    with qtbot.waitSignal(dialog.save(str(sheet)).done, timeout=60_000):
        pass
    assert sheet.exists()
    dialog.version_box.setCurrentIndex(dialog.version_box.findData(2))
    assert not dialog.sign_group.isEnabled() and not dialog.signing
    assert "approved" in dialog.sign_group.toolTip() or "sahkan" in dialog.sign_group.toolTip()
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("sk-table"))
    assert not dialog.sign_group.isVisibleTo(dialog)


def test_cancel_leaves_no_file(
    window: MainWindow,
    qtbot,
    workdir: Path,  # noqa: ANN001
    opened: list[str],
) -> None:
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


def test_excel_tables_and_errors_in_words(
    window: MainWindow,
    qtbot,
    workdir: Path,  # noqa: ANN001
    opened: list[str],
) -> None:
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


def test_print_preview_draws_every_page(
    window: MainWindow,
    qtbot,
    workdir: Path,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
) -> None:
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


def test_empty_signing_fields_are_refused_before_the_question(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, no_real_dialogs
) -> None:  # noqa: ANN001
    """Issue 14.3: the draft's blocks have no date; nothing may be asked or sealed."""
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda _p, _t, q: asked.append(q) or True)
    dialog = window.make_approval_dialog()
    dialog.by_edit.setText("Rapat pleno Pokja PKP")
    assert all(not dialog.table.item(r, 4).text() for r in range(3))
    dialog.approve()
    assert not asked and "tanggal penandatanganan" in no_real_dialogs[-1][1]
    for row in range(3):
        dialog.table.item(row, 4).setText("23-11-2026")
    dialog.table.item(1, 3).setText("")
    dialog.approve()
    assert not asked and "tempat penandatanganan" in no_real_dialogs[-1][1]
    assert dialog.state.status == "draft"
    dialog.deleteLater()


def test_approve_a_draft_then_start_the_next(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
    no_real_dialogs,
) -> None:  # noqa: ANN001
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
    for row in range(3):
        dialog.table.item(row, 4).setText("23-11-2026")
    dialog.by_edit.setText("Rapat pleno Pokja PKP")
    with qtbot.waitSignal(dialog.changed, timeout=60_000):
        dialog.approve()
    qtbot.waitUntil(lambda: dialog.state.status == "approved", timeout=60_000)
    assert len(dialog.state.fingerprint) == 64 and not dialog.approve_button.isEnabled()
    assert dialog.draft_button.isEnabled() and not dialog.table.isEnabled()
    with session_scope(window.result.engine) as s:
        check = plans.check_version(s, dialog.state.plan_id)
        assert check.intact and check.data_unchanged
        assert plans.signatories(s, dialog.state.plan_id)[0].sign_date.isoformat() == "2026-11-23"
    with qtbot.waitSignal(dialog.changed, timeout=60_000):
        dialog.new_draft()
    qtbot.waitUntil(lambda: dialog.state.version_no == 3, timeout=60_000)
    assert dialog.state.status == "draft" and dialog.table.isEnabled()


def test_check_and_countersign_a_pdf_in_the_window(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    workdir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.certs import issue
    from workbench.reports.build import write_report
    from workbench.reports.signing import check_signatures, load_credentials
    from workbench.ui.verify_dialog import VerifyDialog

    assert window.verify_action.shortcut().toString() == "Ctrl+Shift+V"
    ketua = issue(workdir, "Ketua Pokja PKP", ca_name="Root CA Uji")
    bappeda = issue(
        workdir,
        "Kepala Bappeda",
        passphrase="bappeda",
        ca_name="Root CA Dua",
        file_name="bappeda.p12",
    )
    signed = workdir / "ringkasan-ketua.pdf"
    write_report(
        window.result.engine,
        "plan-summary",
        signed,
        sign_with=load_credentials(ketua.p12, ketua.passphrase),
    )

    dialog = window.make_verify_dialog()
    assert isinstance(dialog, VerifyDialog)
    qtbot.addWidget(dialog)
    assert dialog.check() is None and "PDF" in dialog.verdict.text()  # nothing chosen yet
    monkeypatch.setattr(dialogs, "ask_open_file", lambda *a: str(signed))
    dialog.choose_pdf()  # choosing the file starts the check
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=60_000)
    assert dialog.result.ok and "cocok" in dialog.verdict.text().lower()
    text = dialog.details.toPlainText()
    assert text.startswith("SESUAI: cocok dengan versi rencana 1")
    assert "disertifikasi oleh Ketua Pokja PKP (Pokja PKP Demo)" in text
    assert "belum diperiksa terhadap CA akar" in text

    # the Kepala Bappeda adds a signature; the Ketua's stays valid
    dialog.root_edit.setText(str(ketua.root_pem))
    dialog.certificate.cert_edit.setText(str(bappeda.p12))
    dialog.certificate.passphrase_edit.setText("salah")
    both = workdir / "ringkasan-ketua-ttd.pdf"
    with qtbot.waitSignal(dialog.sign(both).failed, timeout=60_000):
        pass
    assert "kata sandi salah" in dialog.verdict.text() and not both.exists()
    dialog.certificate.passphrase_edit.setText("bappeda")
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *a: str(both))
    with qtbot.waitSignal(dialog.ask_and_sign().done, timeout=60_000):
        pass
    assert both.exists() and str(both) in dialog.verdict.text()
    assert [s.signer for s in check_signatures(both.read_bytes())] == [
        "Ketua Pokja PKP",
        "Kepala Bappeda",
    ]
    # only the Ketua's root was given to trust: the Bappeda certificate is named untrusted
    assert not dialog.result.ok
    assert "Kepala Bappeda tidak berinduk pada CA akar" in dialog.details.toPlainText()
    dialog.pdf_edit.setText(str(both))
    with qtbot.waitSignal(dialog.check().done, timeout=60_000):
        pass
    assert dialog.result.content_matches and not dialog.result.ok
    assert "cocok dengan rencana yang disahkan, tetapi ada tanda tangan" in dialog.verdict.text()

    # a changed file is not signed and is reported in words
    data = bytearray(signed.read_bytes())
    spot = data.index(b"/Producer")
    data[spot + 12] ^= 0x01
    changed = workdir / "diubah.pdf"
    changed.write_bytes(bytes(data))
    dialog.pdf_edit.setText(str(changed))
    dialog.root_edit.setText("")
    with qtbot.waitSignal(dialog.sign(workdir / "tidak.pdf").done, timeout=60_000):
        pass
    assert not (workdir / "tidak.pdf").exists()
    assert "TIDAK ditandatangani" in dialog.verdict.text() or "NOT signed" in dialog.verdict.text()
    assert "bagian yang ditandatangani telah diubah" in dialog.details.toPlainText()


def test_the_printer_takes_the_pdfs_paper_and_orientation(window, workdir) -> None:  # noqa: ANN001
    """A landscape table or SK annex is printed landscape on its own paper, not shrunk."""
    from PySide6.QtGui import QPageLayout

    from workbench.reports.build import ReportOptions, write_report
    from workbench.ui.report_dialog import printer_for

    out = workdir / "sk f4.pdf"
    write_report(window.result.engine, "sk-table", out, ReportOptions(paper="F4"))
    printer = printer_for(str(out))
    layout = printer.pageLayout()
    assert layout.orientation() == QPageLayout.Orientation.Landscape
    size = layout.pageSize().size(layout.pageSize().Unit.Millimeter)
    assert (round(size.width()), round(size.height())) == (215, 330)


def test_saving_signature_blocks_someone_else_saved_meanwhile_is_refused_and_shows_theirs(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    no_real_dialogs,
) -> None:
    from tests.ui.helpers import written_elsewhere

    dialog = window.make_approval_dialog()
    qtbot.addWidget(dialog)
    plan_id = dialog.state.plan_id
    with written_elsewhere(window) as s:
        theirs = plans.signatories(s, plan_id)
        theirs[0] = plans.Signatory("Ketua Pokja PKP", "Ir. Lain", "", "Demo", None)
        plans.set_signatories(s, plan_id, theirs, user="lain")
    dialog.table.item(0, 1).setText("Dr. Saya Sendiri")
    assert not dialog.save_signatories()
    assert no_real_dialogs and "telah diubah oleh" in no_real_dialogs[-1][1]
    assert dialog.table.item(0, 1).text() == "Ir. Lain"  # reloaded: theirs shown
    with session_scope(window.result.engine) as s:
        assert plans.signatories(s, plan_id)[0].name == "Ir. Lain"
