"""Dialogs of the Harmonisasi Prioritas tab: weights and sensitivity, a decision, a proposal
source, freezing the agreed list."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.consensus import CRITERIA
from workbench.domain.formatting import format_number
from workbench.services.harmonisation import Decision, Settings
from workbench.services.priority_inputs import SourceData
from workbench.ui.combos import select_data


def error_label() -> QLabel:
    """Where a dialog says, in red, why OK did nothing."""
    label = QLabel()
    label.setStyleSheet("color: #b71c1c")
    label.setWordWrap(True)
    return label


def ok_cancel(dialog: QDialog, accept: Callable[[], None]) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def criterion_title(key: str) -> str:
    from PySide6.QtCore import QCoreApplication

    titles = {
        "kumuh": QCoreApplication.translate("Criteria", "Kumuh score"),
        "other": QCoreApplication.translate("Criteria", "Other considerations"),
        "proposals": QCoreApplication.translate("Criteria", "Proposals (Borda)"),
        "votes": QCoreApplication.translate("Criteria", "Workshop votes"),
    }
    return titles[key]


def weights_text(weights: dict[str, float]) -> str:
    total = sum(weights.values()) or 1.0
    return " · ".join(
        f"{criterion_title(k)} {format_number(100 * weights[k] / total, 0)} %" for k in CRITERIA
    )


class WeightsDialog(QDialog):
    """Weights of the four criteria (shown as shares of their sum), the top-N cut and the
    sensitivity settings. ``large`` enlarges the type for use over the projection view."""

    def __init__(
        self, settings: Settings, parent: QWidget | None = None, large: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Weights and sensitivity"))
        self.settings = settings
        if large:
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * 1.8)
            self.setFont(font)
        grid = QGridLayout()
        self.sliders: dict[str, QSlider] = {}
        self.shares: dict[str, QLabel] = {}
        for row, key in enumerate(CRITERIA):
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(0, 100)
            slider.setValue(
                round(100 * settings.weights.get(key, 0.0) / (sum(settings.weights.values()) or 1))
            )
            slider.setPageStep(5)
            slider.valueChanged.connect(self._update)
            share = QLabel()
            share.setMinimumWidth(60)
            name = QLabel(criterion_title(key))
            name.setBuddy(slider)
            grid.addWidget(name, row, 0)
            grid.addWidget(slider, row, 1)
            grid.addWidget(share, row, 2)
            self.sliders[key], self.shares[key] = slider, share
        form = QFormLayout()
        self.top_n = QSpinBox()
        self.top_n.setRange(1, 10_000)
        self.top_n.setValue(settings.top_n)
        self.spread = QSpinBox()
        self.spread.setRange(0, 100)
        self.spread.setSuffix(" %")
        self.spread.setValue(round(settings.spread_pct))
        self.draws = QSpinBox()
        self.draws.setRange(10, 100_000)
        self.draws.setSingleStep(100)
        self.draws.setValue(settings.draws)
        self.seed = QSpinBox()
        self.seed.setRange(0, 2_000_000_000)
        self.seed.setValue(settings.seed)
        self.budget = QDoubleSpinBox()
        self.budget.setRange(1, 1_000_000)
        self.budget.setDecimals(0)
        self.budget.setValue(settings.points_budget)
        form.addRow(self.tr("Top-N cut line"), self.top_n)
        form.addRow(self.tr("Weight spread for sensitivity (±)"), self.spread)
        form.addRow(self.tr("Sensitivity draws"), self.draws)
        form.addRow(self.tr("Random seed (same seed, same result)"), self.seed)
        form.addRow(self.tr("Points budget per voter"), self.budget)
        self.message = error_label()
        buttons = ok_cancel(self, self._accept)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Each criterion is rescaled from 0 (lowest candidate) to 1 "
                "(highest); the composite is the weighted mean. Weights are "
                "used as shares of their sum."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(grid)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._update()

    def weights(self) -> dict[str, float]:
        return {k: self.sliders[k].value() / 100 for k in CRITERIA}

    def _update(self) -> None:
        w = self.weights()
        total = sum(w.values())
        for k in CRITERIA:
            share = 100 * w[k] / total if total else 0
            self.shares[k].setText(f"{format_number(share, 0)} %")
        self.ok_button.setEnabled(total > 0)
        self.message.setText("" if total > 0 else self.tr("At least one weight must be above 0."))

    def result_settings(self) -> Settings:
        return replace(
            self.settings,
            weights=self.weights(),
            top_n=self.top_n.value(),
            spread_pct=float(self.spread.value()),
            draws=self.draws.value(),
            seed=self.seed.value(),
            points_budget=float(self.budget.value()),
        )

    def _accept(self) -> None:
        problems = self.result_settings().problems()
        if problems:
            self.message.setText("\n".join(problems))
            return
        self.accept()


class DecisionDialog(QDialog):
    def __init__(
        self,
        title: str,
        current: Decision | None,
        workshops: list[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Decision for %1").replace("%1", title))
        self.status = QComboBox()
        for key, text in (
            ("agreed", self.tr("Agreed")),
            ("contested", self.tr("Contested")),
            ("deferred", self.tr("Deferred")),
            (None, self.tr("No decision")),
        ):
            self.status.addItem(text, key)
        self.engagement = QComboBox()
        self.engagement.addItem(self.tr("(no meeting recorded)"), None)
        for eid, label in workshops:
            self.engagement.addItem(label, eid)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Why, and what is still to be settled"))
        if current is not None:
            select_data(self.status, current.status)
            select_data(self.engagement, current.engagement_id)
            self.note.setPlainText(current.note)
        form = QFormLayout()
        form.addRow(self.tr("Decision"), self.status)
        form.addRow(self.tr("Decided at"), self.engagement)
        form.addRow(self.tr("Note"), self.note)
        buttons = ok_cancel(self, self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def decision(self) -> Decision | None:
        status = self.status.currentData()
        if status is None:
            return None
        return Decision(status, self.note.toPlainText().strip(), self.engagement.currentData())


SOURCE_KIND_TITLES = {
    "sk_kumuh": "SK Kumuh",
    "rplp": "RPLP / RTPLP",
    "agency": "OPD / dinas",
    "bappeda": "Bappeda",
    "dprd": "DPRD",
    "community": "Musrenbang / warga",
    "other": "Lainnya",
}


class SourceDialog(QDialog):
    def __init__(
        self,
        current: SourceData | None,
        stakeholders: list[tuple[int, str]],
        villages: list[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Proposal source"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. RPLP Kelurahan Sukamaju 2025"))
        self.kind = QComboBox()
        for key, text in SOURCE_KIND_TITLES.items():
            self.kind.addItem(text, key)
        self.year = QSpinBox()
        self.year.setRange(0, 2100)
        self.year.setSpecialValueText("–")
        self.stakeholder = QComboBox()
        self.stakeholder.addItem("–", None)
        for sid, name in stakeholders:
            self.stakeholder.addItem(name, sid)
        self.village = QComboBox()
        self.village.addItem("–", None)
        for vid, name in villages:
            self.village.addItem(name, vid)
        self.document = QLineEdit()
        self.document.setPlaceholderText(self.tr("document number or file"))
        if current is not None:
            self.name.setText(current.name)
            select_data(self.kind, current.kind)
            self.year.setValue(current.year or 0)
            select_data(self.stakeholder, current.stakeholder_id)
            select_data(self.village, current.village_id)
            self.document.setText(current.document)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Year"), self.year)
        form.addRow(self.tr("Proposed by (stakeholder)"), self.stakeholder)
        form.addRow(self.tr("Village (for an RPLP)"), self.village)
        form.addRow(self.tr("Document"), self.document)
        self.message = error_label()
        buttons = ok_cancel(self, self._accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def data(self) -> SourceData:
        return SourceData(
            name=self.name.text().strip(),
            kind=self.kind.currentData(),
            year=self.year.value() or None,
            stakeholder_id=self.stakeholder.currentData(),
            village_id=self.village.currentData(),
            document=self.document.text().strip(),
        )

    def _accept(self) -> None:
        if not self.data().name:
            self.message.setText(self.tr("The source needs a name."))
            return
        self.accept()


class FreezeDialog(QDialog):
    def __init__(
        self,
        agreed: int,
        contested: int,
        deferred: int,
        workshops: list[tuple[int, str]],
        default_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Freeze the agreed list"))
        self.name = QLineEdit(default_name)
        self.engagement = QComboBox()
        self.engagement.addItem(self.tr("(no meeting recorded)"), None)
        for eid, label in workshops:
            self.engagement.addItem(label, eid)
        summary = QLabel(
            self.tr(
                "%1 agreed, %2 contested, %3 deferred. The list is recorded "
                "with the weights and every input used, sealed with a "
                "fingerprint; later changes do not alter it."
            )
            .replace("%1", str(agreed))
            .replace("%2", str(contested))
            .replace("%3", str(deferred))
        )
        summary.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Agreed at"), self.engagement)
        buttons = ok_cancel(self, self.accept)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(agreed > 0)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(buttons)
