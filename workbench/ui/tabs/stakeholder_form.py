"""The stakeholder form (add and edit), with a live duplicate-name warning."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.collaboration import NameMatch
from workbench.domain.formatting import format_rp
from workbench.services.collaboration import (
    GOV_LEVELS,
    PLANNING_ROLES,
    STAKEHOLDER_CATEGORIES,
    CommitmentRow,
    StakeholderData,
)
from workbench.ui.combos import select_data
from workbench.ui.labels import label
from workbench.ui.tabs.commitment_dialog import FORM_LABELS


class StakeholderForm(QWidget):
    """Shows one stakeholder (or a blank new one). ``save_requested(data, sid or 0)``."""

    save_requested = Signal(object, int)
    commitment_requested = Signal(int)
    archive_requested = Signal(int, bool)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sid = 0
        self.archived = False
        self.check_duplicates: Callable[[str, int], list[NameMatch]] | None = None
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.name = QLineEdit()
        self.short_name = QLineEdit()
        self.duplicate_note = QLabel()
        self.duplicate_note.setWordWrap(True)
        self.duplicate_note.setStyleSheet("color: #e65100")
        self.category = self._combo(STAKEHOLDER_CATEGORIES)
        self.gov_level = self._combo(GOV_LEVELS)
        self.planning_role = self._combo(PLANNING_ROLES)
        self.is_person = QCheckBox(self.tr("A person, not an organisation"))
        self.address = QLineEdit()
        self.contact_person = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.pokja_member = QCheckBox(self.tr("Member of the Pokja PKP"))
        self.pokja_sk_number = QLineEdit()
        self.pokja_position = QLineEdit()
        self.influence = QSpinBox()
        self.interest = QSpinBox()
        for box in (self.influence, self.interest):
            box.setRange(1, 5)
        self.villages = QListWidget()
        self.villages.setMaximumHeight(120)
        self.areas = QListWidget()
        self.areas.setMaximumHeight(80)
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(60)
        self.commitments = QTableWidget(0, 4)
        self.commitments.setHorizontalHeaderLabels(
            [self.tr("Year"), self.tr("Form"), self.tr("Value"), self.tr("Status")]
        )
        self.commitments.verticalHeader().setVisible(False)
        self.commitments.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.commitments.horizontalHeader().setStretchLastSection(True)
        self.commitments.setMaximumHeight(110)
        self.add_commitment = QPushButton(self.tr("Add commitment…"))
        self.add_commitment.clicked.connect(lambda: self.commitment_requested.emit(self.sid))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c")
        self.save_button = QPushButton(self.tr("Save"))
        # Ctrl+S as an action of the form: a button's own shortcut is reset by setText
        self.save_action = QAction(self.tr("Save"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self._save)
        self.addAction(self.save_action)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.save_button.clicked.connect(self._save)
        self.archive_button.clicked.connect(
            lambda: self.archive_requested.emit(self.sid, not self.archived)
        )
        self.delete_button.clicked.connect(lambda: self.delete_requested.emit(self.sid))
        self._name_timer = QTimer(self)  # check for duplicates once typing pauses
        self._name_timer.setSingleShot(True)
        self._name_timer.setInterval(300)
        self._name_timer.timeout.connect(lambda: self._name_changed(self.name.text()))
        self.name.textEdited.connect(lambda _t: self._name_timer.start())

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow("", self.duplicate_note)
        form.addRow(self.tr("Short name"), self.short_name)
        form.addRow("", self.is_person)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Government level"), self.gov_level)
        form.addRow(self.tr("Planning role"), self.planning_role)
        form.addRow(self.tr("Contact person"), self.contact_person)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Address"), self.address)
        form.addRow("", self.pokja_member)
        form.addRow(self.tr("Pokja SK number"), self.pokja_sk_number)
        form.addRow(self.tr("Pokja position"), self.pokja_position)
        influence = QHBoxLayout()
        influence.addWidget(QLabel(self.tr("Influence")))
        influence.addWidget(self.influence)
        influence.addWidget(QLabel(self.tr("Interest")))
        influence.addWidget(self.interest)
        form.addRow(self.tr("1 (low) – 5 (high)"), influence)
        form.addRow(self.tr("Villages covered"), self.villages)
        form.addRow(self.tr("Kawasan covered"), self.areas)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("Commitments"), self.commitments)
        form.addRow("", self.add_commitment)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.archive_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.show_data(None, 0)

    def _combo(self, keys: tuple[str, ...]) -> QComboBox:
        box = QComboBox()
        for key in keys:
            box.addItem(label(key), key)
        return box

    def set_villages(self, villages: list[tuple[int, str, str]]) -> None:
        self.villages.clear()
        for vid, name, kec in villages:
            item = QListWidgetItem(f"{name} ({kec.replace('Kecamatan ', 'Kec. ')})")
            item.setData(Qt.ItemDataRole.UserRole, vid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.villages.addItem(item)

    def set_areas(self, areas: list[tuple[int, str]]) -> None:
        self.areas.clear()
        for aid, name in areas:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, aid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.areas.addItem(item)

    def show_data(self, data: StakeholderData | None, sid: int, archived: bool = False) -> None:
        self.sid, self.archived = sid, archived
        self.message.clear()
        blank = data is None
        data = data or StakeholderData(name="", category="other")
        self.title.setText(
            "<b>"
            + (self.tr("New stakeholder") if blank else data.name)
            + "</b>"
            + (" " + self.tr("(archived)") if archived else "")
        )
        self.name.setText(data.name)
        self.short_name.setText(data.short_name)
        for box, value in (
            (self.category, data.category),
            (self.gov_level, data.gov_level),
            (self.planning_role, data.planning_role),
        ):
            select_data(box, value)
        self.is_person.setChecked(data.is_person)
        self.address.setText(data.address)
        self.contact_person.setText(data.contact_person)
        self.phone.setText(data.phone)
        self.email.setText(data.email)
        self.pokja_member.setChecked(data.pokja_member)
        self.pokja_sk_number.setText(data.pokja_sk_number)
        self.pokja_position.setText(data.pokja_position)
        self.influence.setValue(data.influence)
        self.interest.setValue(data.interest)
        for widget, chosen in (
            (self.villages, set(data.village_ids)),
            (self.areas, set(data.area_ids)),
        ):
            for i in range(widget.count()):
                item = widget.item(i)
                item.setCheckState(
                    Qt.CheckState.Checked
                    if item.data(Qt.ItemDataRole.UserRole) in chosen
                    else Qt.CheckState.Unchecked
                )
        self.notes.setPlainText(data.notes)
        self.archive_button.setText(self.tr("Restore") if archived else self.tr("Archive"))
        self.archive_button.setEnabled(not blank)
        self.add_commitment.setEnabled(not blank)
        if blank:
            self.show_commitments([])
        self.delete_button.setEnabled(not blank)
        self.save_button.setText(self.tr("Add") if blank else self.tr("Save"))
        self.duplicate_note.clear()

    def show_commitments(self, rows: list[CommitmentRow]) -> None:
        self.commitments.setRowCount(len(rows))
        for r, c in enumerate(rows):
            value = format_rp(c.value_rp) if c.value_rp is not None else c.in_kind
            for col, text in enumerate(
                (
                    str(c.year),
                    FORM_LABELS.get(c.form, c.form),
                    value,
                    label(c.status) if c.status != "diusulkan" else self.tr("Proposed"),
                )
            ):
                self.commitments.setItem(r, col, QTableWidgetItem(text))
        self.commitments.resizeColumnsToContents()

    def data(self) -> StakeholderData:
        return StakeholderData(
            name=self.name.text().strip(),
            short_name=self.short_name.text().strip(),
            is_person=self.is_person.isChecked(),
            address=self.address.text().strip(),
            category=self.category.currentData(),
            gov_level=self.gov_level.currentData(),
            planning_role=self.planning_role.currentData(),
            contact_person=self.contact_person.text().strip(),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            pokja_member=self.pokja_member.isChecked(),
            pokja_sk_number=self.pokja_sk_number.text().strip(),
            pokja_position=self.pokja_position.text().strip(),
            influence=self.influence.value(),
            interest=self.interest.value(),
            notes=self.notes.toPlainText().strip(),
            village_ids=self._checked(self.villages),
            area_ids=self._checked(self.areas),
        )

    @staticmethod
    def _checked(widget: QListWidget) -> list[int]:
        return [
            widget.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _name_changed(self, text: str) -> None:
        if self.check_duplicates is None or len(text.strip()) < 3:
            self.duplicate_note.clear()
            return
        matches = self.check_duplicates(text, self.sid)
        if matches:
            self.duplicate_note.setText(
                self.tr("Already registered? %1").replace(
                    "%1", "; ".join(m.name for m in matches[:3])
                )
            )
        else:
            self.duplicate_note.clear()

    def _save(self) -> None:
        self.save_requested.emit(self.data(), self.sid)
