"""Check a plan-summary PDF someone hands in (is it what was approved, unchanged, and who
signed it), and add one's own digital signature to a file that checks out: the window's side
of ``pkp-workbench verify`` and ``pkp-workbench sign``. Both run in the background."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from workbench.reports.signing import load_credentials, load_trust_roots
from workbench.reports.verify import Verification, countersign, verify_pdf
from workbench.ui import dialogs, settings
from workbench.ui.errors import error_text
from workbench.ui.i18n import ui_language
from workbench.ui.signing_fields import CertificateFields
from workbench.ui.tasks import TaskContext, TaskHandle, run_task

OK_STYLE = "QLabel { background: #dff0d8; color: #1e4620; padding: 6px; font-weight: bold; }"
BAD_STYLE = "QLabel { background: #f2dede; color: #7a1f1f; padding: 6px; font-weight: bold; }"


def _file_row(form: QFormLayout, text: str, edit: QLineEdit, button: QPushButton) -> None:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    label = QLabel(text)
    label.setBuddy(edit)  # a row of widgets gets no buddy (nor mnemonic) by itself
    form.addRow(label, row)


class VerifyDialog(QDialog):
    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.task: TaskHandle | None = None
        self.result: Verification | None = None
        self.setWindowTitle(self.tr("Check and Sign a Plan Summary"))
        self.resize(760, 520)
        self.pdf_edit = QLineEdit()
        self.pdf_edit.setPlaceholderText(self.tr("the plan summary PDF to check"))
        choose_pdf = QPushButton(self.tr("Choose…"))
        choose_pdf.clicked.connect(self.choose_pdf)
        self.root_edit = QLineEdit(str(settings.get(settings.TRUST_ROOT)))
        self.root_edit.setPlaceholderText(
            self.tr("optional: CA certificate to trust, e.g. Root CA Indonesia (.pem/.cer/.crt)")
        )
        choose_root = QPushButton(self.tr("Choose…"))
        choose_root.clicked.connect(self.choose_root)
        form = QFormLayout()
        _file_row(form, self.tr("&PDF file:"), self.pdf_edit, choose_pdf)
        _file_row(form, self.tr("&Trusted root:"), self.root_edit, choose_root)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setVisible(False)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(
            self.tr(
                "Choose a plan summary and press Check: the file is compared page by page with "
                "the approved version in this database, and every digital signature in it is "
                "checked."
            )
        )
        self.check_button = QPushButton(self.tr("&Check"))
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)

        sign_box = QGroupBox(self.tr("Add my digital signature (PAdES)"))
        self.certificate = CertificateFields()
        self.sign_button = QPushButton(self.tr("Check and &sign…"))
        self.sign_button.clicked.connect(self.ask_and_sign)
        note = QLabel(
            self.tr(
                "The file is signed only if it matches the approved version; "
                "your signature is added after the ones already in it, which "
                "stay valid."
            )
        )
        note.setWordWrap(True)
        sign_layout = QVBoxLayout(sign_box)
        sign_layout.addWidget(self.certificate)
        sign_layout.addWidget(note)
        sign_layout.addWidget(self.sign_button)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.verdict)
        layout.addWidget(self.details, 1)
        layout.addWidget(sign_box)
        layout.addWidget(buttons)

    # -- choosing files ----------------------------------------------------------------------
    def choose_pdf(self) -> None:
        path = dialogs.ask_open_file(
            self, self.tr("Plan summary to check"), self.tr("PDF document (*.pdf)")
        )
        if path:
            self.pdf_edit.setText(path)
            self.check()

    def choose_root(self) -> None:
        path = dialogs.ask_open_file(
            self,
            self.tr("Root certificate to trust"),
            self.tr("Certificate (*.pem *.cer *.crt *.der)"),
        )
        if path:
            self.root_edit.setText(path)

    # -- checking and signing in the background -----------------------------------------------
    def _inputs(self) -> tuple[Path, list[Path]] | None:
        pdf = self.pdf_edit.text().strip()
        if not pdf or not Path(pdf).is_file():
            self._show_error(
                self.tr("Choose the PDF file to check.")
                if not pdf
                else self.tr("%1: no such file.").replace("%1", pdf)
            )
            return None
        root = self.root_edit.text().strip()
        settings.put(settings.TRUST_ROOT, root)
        return Path(pdf), [Path(root)] if root else []

    def _busy(self, busy: bool) -> None:
        for widget in (self.check_button, self.sign_button, self.pdf_edit, self.root_edit):
            widget.setEnabled(not busy)
        if busy:
            self.verdict.setVisible(False)
            self.details.setPlainText(self.tr("Checking…"))

    def check(self) -> TaskHandle | None:
        inputs = self._inputs()
        if inputs is None:
            return None
        pdf, roots = inputs

        def work(_ctx: TaskContext) -> Verification:
            return verify_pdf(self.engine, pdf, load_trust_roots(roots) if roots else None)

        return self._start(work, "verify")

    def ask_and_sign(self) -> TaskHandle | None:
        inputs = self._inputs()
        if inputs is None:
            return None
        if not self.certificate.path:
            self._show_error(self.tr("Choose your certificate file (.p12 or .pfx) to sign with."))
            return None
        pdf, roots = inputs
        suggested = str(pdf.with_name(f"{pdf.stem}-ttd.pdf"))
        out = dialogs.ask_save_file(
            self,
            self.tr("Save the signed plan summary"),
            self.tr("PDF document (*.pdf)"),
            suggested,
        )
        if not out:
            return None
        return self.sign(Path(out))

    def sign(self, out: Path) -> TaskHandle | None:
        inputs = self._inputs()
        if inputs is None:
            return None
        pdf, roots = inputs
        cert, passphrase = self.certificate.path, self.certificate.passphrase
        tsa_url = self.certificate.tsa_url
        self.certificate.remember()

        def work(_ctx: TaskContext) -> Verification:
            credentials = load_credentials(Path(cert), passphrase)
            return countersign(
                self.engine,
                pdf,
                credentials,
                out,
                load_trust_roots(roots) if roots else None,
                tsa_url,
            )

        return self._start(work, "sign")

    def _start(self, work: Any, name: str) -> TaskHandle:
        self._busy(True)
        self.task = run_task(
            work, lambda r: self._shown(r, name), self._failed, name=name, long=True
        )
        return self.task

    def _shown(self, result: Verification, name: str) -> None:
        self._busy(False)
        self.result = result
        language = ui_language()
        lines = result.lines(language)
        if name == "sign" and result.written is not None:
            head = self.tr("Signed and saved as %1.").replace("%1", str(result.written))
            if not result.ok:
                head += " " + self.tr("But the check of the signed file found problems (below).")
        elif name == "sign":
            head = self.tr("NOT signed: the file does not match the approved plan.")
        elif result.ok:
            head = self.tr("The file matches the approved plan.")
        elif result.content_matches:
            head = self.tr(
                "The pages match the approved plan, but a digital signature is not "
                "acceptable (below)."
            )
        else:
            head = self.tr("The file does NOT match the approved plan.")
        self.verdict.setText(head)
        self.verdict.setStyleSheet(OK_STYLE if result.ok else BAD_STYLE)
        self.verdict.setVisible(True)
        self.details.setPlainText("\n".join(lines))

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self._show_error(error_text(exc))

    def _show_error(self, message: str) -> None:
        self.verdict.setText(message)
        self.verdict.setStyleSheet(BAD_STYLE)
        self.verdict.setVisible(True)
        self.details.clear()
