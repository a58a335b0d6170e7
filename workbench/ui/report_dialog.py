"""The reports window: choose a report (and its options), then save it as PDF or its tables as
Excel in the background with progress and cancel, open the file when done, or preview and
print it (the same PDF, drawn page by page onto the printer through QtPdf)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from workbench.reports.build import REPORT_KINDS, ReportOptions, make_report, write_report
from workbench.reports.pdf_base import PAPER_NAMES
from workbench.reports.signing import load_credentials
from workbench.services.report_data import plan_versions
from workbench.ui import dialogs
from workbench.ui import settings as st
from workbench.ui.combos import select_data
from workbench.ui.errors import error_text
from workbench.ui.i18n import ui_language
from workbench.ui.operations import read
from workbench.ui.signing_fields import CertificateFields
from workbench.ui.tasks import Cancelled, TaskContext, TaskHandle, run_task

translate = QCoreApplication.translate


def kind_label(kind: str) -> str:
    return {
        "plan-summary": translate("ReportDialog", "Plan summary (signed)"),
        "sk-table": translate("ReportDialog", "SK Kumuh location table"),
        "sk-map": translate("ReportDialog", "SK Kumuh distribution map"),
        "location-profile": translate("ReportDialog", "Location profiles"),
        "programme": translate("ReportDialog", "Programme matrix"),
        "stakeholders": translate("ReportDialog", "Stakeholders and commitments"),
    }[kind]


REPORT_FILE_NAMES = {
    "plan-summary": "ringkasan-rencana",
    "sk-table": "tabel-sk-kumuh",
    "sk-map": "peta-sebaran-kumuh",
    "location-profile": "profil-lokasi",
    "programme": "matriks-program",
    "stakeholders": "pemangku-kepentingan",
}


def open_file(path: str) -> None:  # patched in tests
    QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def printer_for(pdf_path: str) -> QPrinter:
    """A printer set to the PDF's own paper and orientation (an A4 or F4 landscape table is
    not shrunk onto a portrait page)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    doc = QPdfDocument()
    doc.load(pdf_path)
    if doc.pageCount():
        size = doc.pagePointSize(0)
        short, long_ = sorted((size.width(), size.height()))
        page = QPageSize(QSizeF(short, long_), QPageSize.Unit.Point)  # A4 is named A4
        got = page.size(QPageSize.Unit.Point)
        if abs(got.width() - short) > 1.5 or abs(got.height() - long_) > 1.5:  # F4 exactly
            page = QPageSize(
                QSizeF(short, long_),
                QPageSize.Unit.Point,
                "F4",
                QPageSize.SizeMatchPolicy.ExactMatch,
            )
        printer.setPageSize(page)
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape
            if size.width() > size.height()
            else QPageLayout.Orientation.Portrait
        )
    return printer


def preview(parent: QWidget | None, pdf_path: str) -> None:  # patched in tests
    printer = printer_for(pdf_path)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.paintRequested.connect(lambda p: print_pdf(pdf_path, p))
    dialog.exec()


def print_pdf(pdf_path: str, printer: QPrinter, most_dpi: int = 300) -> int:
    """Draw every page of the PDF onto the printer; returns the pages. Pages are rendered at
    the printer's resolution up to ``most_dpi`` (a 1200 dpi preview rendered 16 times the
    pixels for no visible gain and kept the window waiting)."""
    doc = QPdfDocument()
    doc.load(pdf_path)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    scale = min(1.0, most_dpi / max(printer.resolution(), 1))
    try:
        for i in range(doc.pageCount()):
            if i:
                printer.newPage()
            target = painter.viewport()
            size = (
                doc.pagePointSize(i)
                .toSize()
                .scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            )
            image = doc.render(i, size * scale)
            painter.drawImage(QRectF(target.x(), target.y(), size.width(), size.height()), image)
    finally:
        painter.end()
    return doc.pageCount()


class ReportDialog(QDialog):
    def __init__(
        self, engine: Engine, parent: QWidget | None = None, kind: str = "plan-summary"
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.task: TaskHandle | None = None
        self.written: str = ""
        self.setWindowTitle(self.tr("Reports"))
        self.kind_box = QComboBox()
        for k in REPORT_KINDS:
            self.kind_box.addItem(kind_label(k), k)
        self.kind_box.setCurrentIndex(REPORT_KINDS.index(kind))
        self.version_box = QComboBox()
        versions = read(engine, plan_versions)  # a handful of rows, whatever the district
        for v in versions:
            state = self.tr("approved") if v.status == "approved" else self.tr("draft")
            self.version_box.addItem(
                self.tr("Version %1 (%2)").replace("%1", str(v.version_no)).replace("%2", state),
                v.version_no,
            )
        approved = [i for i, v in enumerate(versions) if v.status == "approved"]
        self.version_box.setCurrentIndex(approved[0] if approved else 0)  # as the CLI does
        self.level_box = QComboBox()
        self.level_box.addItem(self.tr("one page per RT unit"), "rt")
        self.level_box.addItem(self.tr("one page per kawasan"), "kawasan")
        self.codes_edit = QLineEdit()
        self.codes_edit.setPlaceholderText(
            self.tr("codes separated by commas; empty: every slum one")
        )
        self.open_box = QCheckBox(self.tr("Open the file when done"))
        self.open_box.setChecked(True)
        self.paper_box = QComboBox()
        for key, name in PAPER_NAMES.items():
            self.paper_box.addItem(name, key)
        select_data(self.paper_box, st.get(st.PAPER))
        self.paper_box.activated.connect(lambda _i: st.put(st.PAPER, self.paper_box.currentData()))
        form = QFormLayout()
        form.addRow(self.tr("&Report:"), self.kind_box)
        form.addRow(self.tr("P&aper:"), self.paper_box)
        form.addRow(self.tr("Plan &version:"), self.version_box)
        form.addRow(self.tr("&Pages:"), self.level_box)
        form.addRow(self.tr("&Only these:"), self.codes_edit)
        form.addRow("", self.open_box)
        self.sign_group = self._signing_box()
        self.progress = dialogs.progress_bar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.pdf_button = QPushButton(self.tr("Save &PDF…"))
        self.xlsx_button = QPushButton(self.tr("Save tables as &Excel…"))
        self.print_button = QPushButton(self.tr("Print pre&view…"))
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for b in (self.pdf_button, self.xlsx_button, self.print_button, self.cancel_button):
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.pdf_button.clicked.connect(lambda: self.ask_and_save(".pdf"))
        self.xlsx_button.clicked.connect(lambda: self.ask_and_save(".xlsx"))
        self.print_button.clicked.connect(self.print_preview)
        self.cancel_button.clicked.connect(self.cancel)
        self.kind_box.currentIndexChanged.connect(self._update)
        self.version_box.currentIndexChanged.connect(self._update)
        self._versions = {v.version_no: v.status for v in versions}
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.sign_group)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._form = form
        self._update()

    def _signing_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Sign the PDF &digitally (PAdES) with my certificate"))
        box.setCheckable(True)
        box.setChecked(False)
        self.certificate = CertificateFields()
        self.sign_note = QLabel(
            self.tr(
                "The signature is added after the pages, which stay exactly as approved. Further "
                "signatories add theirs in Laporan → Periksa dan Tandatangani PDF. Only an "
                "approved version can be signed."
            )
        )
        self.sign_note.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.addWidget(self.certificate)
        layout.addWidget(self.sign_note)
        return box

    def _signing_ready(self) -> bool:
        if self.signing and not self.certificate.path:
            self.status.setText(
                self.tr(
                    "Choose your certificate file (.p12 or .pfx) to sign "
                    "with, or untick the digital signature."
                )
            )
            self.certificate.cert_edit.setFocus()
            return False
        return True

    @property
    def signing(self) -> bool:
        return (
            self.kind == "plan-summary"
            and self.sign_group.isChecked()
            and self.sign_group.isEnabled()
        )

    @property
    def kind(self) -> str:
        return str(self.kind_box.currentData())

    def options(self) -> ReportOptions:
        codes = [c.strip() for c in self.codes_edit.text().split(",") if c.strip()]
        version = self.version_box.currentData() if self.version_box.count() else None
        return ReportOptions(
            version=version if self.kind == "plan-summary" else None,
            locations=codes,
            level=str(self.level_box.currentData()),
            paper=str(self.paper_box.currentData()),
        )

    def _update(self) -> None:
        for widget, kinds in (
            (self.version_box, ("plan-summary",)),
            (self.level_box, ("location-profile",)),
            (self.codes_edit, ("location-profile",)),
        ):
            visible = self.kind in kinds
            widget.setVisible(visible)
            self._form.labelForField(widget).setVisible(visible)
        self.sign_group.setVisible(self.kind == "plan-summary")
        draft = self._versions.get(self.version_box.currentData()) != "approved"
        self.sign_group.setEnabled(not draft)
        self.sign_group.setToolTip(
            self.tr(
                "Only an approved version can be signed: approve "
                "it in Laporan → Pengesahan Rencana."
            )
            if draft
            else ""
        )

    def _busy(self, busy: bool, text: str = "") -> None:
        self.progress.setVisible(busy)
        for b in (
            self.pdf_button,
            self.xlsx_button,
            self.print_button,
            self.kind_box,
            self.version_box,
        ):
            b.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        if text:
            self.status.setText(text)

    def suggested_name(self, suffix: str) -> str:
        """In the users' words: ringkasan-rencana-2026.pdf, tabel-sk-kumuh-2026.xlsx."""
        from datetime import date

        stem = REPORT_FILE_NAMES.get(self.kind, self.kind)
        return f"{stem}-{date.today().year}{suffix}"

    def ask_and_save(self, suffix: str) -> None:
        filters = (
            self.tr("PDF document (*.pdf)")
            if suffix == ".pdf"
            else self.tr("Excel workbook (*.xlsx)")
        )
        if suffix == ".pdf" and not self._signing_ready():
            return
        path = dialogs.ask_save_file(
            self, self.tr("Save report"), filters, self.suggested_name(suffix)
        )
        if path:
            if not path.lower().endswith(suffix):
                path += suffix
            self.save(path)

    def _work(self, fn: Any) -> Any:
        def work(ctx: TaskContext) -> Any:
            def progress(count: int, _text: str) -> None:
                ctx.check()  # a cancel stops the layout; nothing is written
                ctx.progress(count, 0, "")

            return fn(progress)

        return work

    def save(self, path: str) -> TaskHandle | None:
        kind, options = self.kind, self.options()
        sign = self.signing and path.lower().endswith(".pdf")
        cert, passphrase = self.certificate.path, self.certificate.passphrase
        tsa_url = self.certificate.tsa_url
        if sign and not self._signing_ready():
            return None
        if sign:
            self.certificate.remember()  # the passphrase is never kept

        def write(progress: Any) -> Any:
            # the certificate first: a wrong passphrase is told before any layout work
            credentials = load_credentials(Path(cert), passphrase) if sign else None
            return write_report(
                self.engine,
                kind,
                Path(path),
                options,
                progress,
                sign_with=credentials,
                tsa_url=tsa_url if sign else None,
            )

        self._busy(True, self.tr("Writing %1…").replace("%1", path))
        self.task = run_task(
            self._work(write),
            lambda report: self._saved(path, report.text(ui_language())),
            self._failed,
            lambda done, _t, _x: self.status.setText(
                self.tr("Laying out… (%1 parts)").replace("%1", str(done))
            ),
            name="report",
            long=True,
        )
        return self.task

    def _saved(self, path: str, note: str) -> None:
        self._busy(False, self.tr("Written: %1 (%2)").replace("%1", path).replace("%2", note))
        self.written = path
        if self.open_box.isChecked():
            open_file(path)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self._busy(False, self.tr("Cancelled; no file was written."))
            return
        message = error_text(exc)
        self._busy(False, self.tr("The report could not be made: %1").replace("%1", message))

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def print_preview(self) -> TaskHandle:
        kind, options = self.kind, self.options()
        self._busy(True, self.tr("Preparing the pages…"))

        def done(report: Any) -> None:
            tmp = Path(tempfile.mkdtemp(prefix="pkp-print-")) / f"{kind}.pdf"
            tmp.write_bytes(report.pdf)
            self._busy(
                False, self.tr("Ready to print: %1").replace("%1", report.text(ui_language()))
            )
            preview(self, str(tmp))

        self.task = run_task(
            self._work(lambda progress: make_report(self.engine, kind, options, progress)),
            done,
            self._failed,
            name="report-preview",
            long=True,
        )
        return self.task
