"""Tambah Komitmen: what a stakeholder commits (money in whole rupiah, or in kind)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.formatting import format_rp, parse_user_number
from workbench.services.collaboration import COMMITMENT_FORMS, COMMITMENT_STATUSES
from workbench.ui.labels import label

FORM_LABELS = {
    "uang": "Uang",
    "fisik": "Bantuan fisik",
    "program": "Program",
    "event": "Dukungan acara",
    "tenaga": "Tenaga",
    "waktu": "Waktu",
}


class CommitmentDialog(QDialog):
    def __init__(self, stakeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a commitment"))
        self.form = QComboBox()
        for key in COMMITMENT_FORMS:
            self.form.addItem(FORM_LABELS[key], key)
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("Rp, e.g. 20.000.000 (leave empty for in kind)"))
        self.in_kind = QLineEdit()
        self.status = QComboBox()
        for key in COMMITMENT_STATUSES:
            self.status.addItem(label(key) if key != "diusulkan" else self.tr("Proposed"), key)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b71c1c")
        layout = QFormLayout()
        layout.addRow(self.tr("Stakeholder"), QLabel(stakeholder))
        layout.addRow(self.tr("Form"), self.form)
        layout.addRow(self.tr("Value"), self.value)
        layout.addRow(self.tr("In kind"), self.in_kind)
        layout.addRow(self.tr("Status"), self.status)
        layout.addRow(self.tr("Year"), self.year)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(layout)
        outer.addWidget(self.message)
        outer.addWidget(buttons)

    def values(self) -> dict:
        amount = parse_user_number(self.value.text())
        return {
            "form": self.form.currentData(),
            "year": self.year.value(),
            "value_rp": None if amount is None else int(amount),
            "in_kind": self.in_kind.text().strip(),
            "status": self.status.currentData(),
        }

    def _accept(self) -> None:
        try:
            v = self.values()
        except ValueError:
            self.message.setText(
                self.tr("'%1' is not an amount in rupiah").replace("%1", self.value.text())
            )
            return
        if v["value_rp"] is not None and (v["value_rp"] < 0):
            self.message.setText(self.tr("An amount cannot be negative."))
            return
        if v["value_rp"] is None and not v["in_kind"]:
            self.message.setText(
                self.tr("Give an amount in rupiah or describe the in-kind contribution.")
            )
            return
        self.message.setText(format_rp(v["value_rp"]) if v["value_rp"] is not None else "")
        self.accept()
