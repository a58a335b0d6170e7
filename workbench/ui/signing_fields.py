"""The signatory's certificate (.p12/.pfx) and passphrase, as the reports window and the
check-and-sign window ask for them. The certificate's path is remembered; the passphrase
never is."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from workbench.ui import dialogs, settings


class CertificateFields(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cert_edit = QLineEdit(str(settings.get(settings.SIGNING_CERTIFICATE)))
        self.cert_edit.setPlaceholderText(self.tr("certificate file .p12 / .pfx (e.g. from BSrE)"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.cert_edit, 1)
        row.addWidget(self.choose_button)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setPlaceholderText(self.tr("passphrase of the certificate"))
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("C&ertificate:"))
        label.setBuddy(self.cert_edit)  # a row of widgets gets no buddy by itself
        self.form.addRow(label, row)
        self.form.addRow(self.tr("Pass&phrase:"), self.passphrase_edit)
        self.tsa_edit = QLineEdit(str(settings.get(settings.TSA_URL)))
        self.tsa_edit.setPlaceholderText(
            self.tr("optional: time-stamp server (TSA) address, http://…")
        )
        self.tsa_edit.setToolTip(
            self.tr(
                "With a time stamp from your certification "
                "authority's server, the signing time does not rest "
                "on this computer's clock (PAdES B-T)."
            )
        )
        self.form.addRow(self.tr("Ti&me stamp:"), self.tsa_edit)

    def choose(self) -> None:
        path = dialogs.ask_open_file(
            self, self.tr("Signing certificate"), self.tr("Certificate with key (*.p12 *.pfx)")
        )
        if path:
            self.cert_edit.setText(path)
            self.passphrase_edit.setFocus()

    @property
    def path(self) -> str:
        return self.cert_edit.text().strip()

    @property
    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    @property
    def tsa_url(self) -> str | None:
        return self.tsa_edit.text().strip() or None

    def remember(self) -> None:
        settings.put(settings.SIGNING_CERTIFICATE, self.path)
        settings.put(settings.TSA_URL, self.tsa_url or "")
