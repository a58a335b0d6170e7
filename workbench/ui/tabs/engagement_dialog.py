"""Catat Kegiatan: record an engagement with its villages and attendees."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.collation import name_key
from workbench.services.collaboration import (
    COLLAB_STAGES,
    ENGAGEMENT_TYPES,
    EngagementData,
    StakeholderRow,
)
from workbench.ui.combos import select_data

TYPE_LABELS = {
    "sosialisasi": "Sosialisasi",
    "lokakarya": "Lokakarya",
    "rapat_koordinasi": "Rapat koordinasi",
    "fgd": "FGD",
    "survei": "Survei / pendataan",
    "kunjungan_lapangan": "Kunjungan lapangan",
    "other": "Lainnya",
}


class EngagementDialog(QDialog):
    def __init__(
        self,
        villages: list[tuple[int, str, str]],
        stakeholders: list[StakeholderRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record an engagement"))
        self.resize(760, 620)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMMM yyyy")
        self.title = QLineEdit()
        self.type = QComboBox()
        for key in ENGAGEMENT_TYPES:
            self.type.addItem(TYPE_LABELS[key], key)
        self.stage = QComboBox()
        stage_titles = {
            "dialogue": self.tr("Face-to-face dialogue"),
            "trust": self.tr("Trust building"),
            "commitment": self.tr("Commitment to the process"),
            "understanding": self.tr("Shared understanding"),
            "outcome": self.tr("Intermediate outcome"),
        }
        for key in COLLAB_STAGES:
            self.stage.addItem(stage_titles[key], key)
        self.place = QLineEdit()
        self.villages = QListWidget()
        for vid, name, kec in villages:
            self._check_item(self.villages, f"{name} ({kec})", vid)
        self.attendees = QListWidget()
        self.attendees.setToolTip(
            self.tr(
                "Click a name once: present (✓); twice: invited but "
                "absent (▪); a third time: not invited."
            )
        )
        self.attendees.setMinimumHeight(12 * self.attendees.fontMetrics().height())
        self._cycling = False
        self._states: dict[int, Qt.CheckState] = {}
        for row in sorted(
            (r for r in stakeholders if not r.archived), key=lambda r: name_key(r.name)
        ):
            text = f"{row.name} ({row.short_name})" if row.short_name else row.name
            item = self._check_item(self.attendees, text, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserTristate)
        self.attendees.itemChanged.connect(self._attendee_clicked)
        self.attendee_search = QLineEdit()
        self.attendee_search.setPlaceholderText(self.tr("Find a name…"))
        self.attendee_search.setClearButtonEnabled(True)
        self.attendee_search.textChanged.connect(self._filter_attendees)
        self.attendee_count = QLabel()
        attendees_box = QVBoxLayout()
        attendees_box.setContentsMargins(0, 0, 0, 0)
        attendees_box.addWidget(self.attendee_search)
        attendees_box.addWidget(self.attendees, 1)
        attendees_box.addWidget(self.attendee_count)
        self._count_attendees()
        self.outcomes = QPlainTextEdit()
        self.decisions = QPlainTextEdit()
        self.minutes = QLineEdit()
        self.minutes.setPlaceholderText(self.tr("Path or link to the minutes (berita acara)"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #b71c1c")
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Type"), self.type)
        form.addRow(self.tr("Collaboration stage"), self.stage)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Villages concerned"), self.villages)
        form.addRow(self.tr("Attendees (✓ present, ▪ invited but absent)"), attendees_box)
        form.addRow(self.tr("Outcomes"), self.outcomes)
        form.addRow(self.tr("Decisions"), self.decisions)
        form.addRow(self.tr("Minutes"), self.minutes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    @staticmethod
    def _check_item(widget: QListWidget, text: str, key: int) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)
        return item

    def set_checked(self, widget: QListWidget, keys: dict[int, Qt.CheckState]) -> None:
        self._cycling = True  # set, not clicked: no cycling
        try:
            for i in range(widget.count()):
                item = widget.item(i)
                state = keys.get(item.data(Qt.ItemDataRole.UserRole))
                if state is not None:
                    item.setCheckState(state)
                    if widget is self.attendees:
                        self._states[i] = state
        finally:
            self._cycling = False
        self._count_attendees()

    # Qt's user-tristate click cycles empty → ▪ → ✓; most people invited were there, so a
    # click here goes empty → ✓ present → ▪ invited but absent → empty.
    _NEXT = {
        Qt.CheckState.Unchecked: Qt.CheckState.Checked,
        Qt.CheckState.Checked: Qt.CheckState.PartiallyChecked,
        Qt.CheckState.PartiallyChecked: Qt.CheckState.Unchecked,
    }

    def _attendee_clicked(self, item: QListWidgetItem) -> None:
        if self._cycling:
            return
        row = self.attendees.row(item)
        before = self._states.get(row, Qt.CheckState.Unchecked)
        wanted = self._NEXT[before]
        self._states[row] = wanted
        if item.checkState() != wanted:
            self._cycling = True
            try:
                item.setCheckState(wanted)
            finally:
                self._cycling = False
        self._count_attendees()

    def _filter_attendees(self, text: str) -> None:
        needle = text.strip().casefold()
        for i in range(self.attendees.count()):
            item = self.attendees.item(i)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _count_attendees(self) -> None:
        states = [self.attendees.item(i).checkState() for i in range(self.attendees.count())]
        self.attendee_count.setText(
            self.tr("%1 present, %2 invited but absent")
            .replace("%1", str(states.count(Qt.CheckState.Checked)))
            .replace("%2", str(states.count(Qt.CheckState.PartiallyChecked)))
        )

    def show_data(self, data: EngagementData) -> None:
        """Fill the dialog with a recorded engagement (to change it)."""
        self.setWindowTitle(self.tr("Change an engagement"))
        self.date.setDate(QDate(data.date.year, data.date.month, data.date.day))
        self.title.setText(data.title)
        select_data(self.type, data.type)
        select_data(self.stage, data.stage)
        self.place.setText(data.place)
        self.set_checked(self.villages, dict.fromkeys(data.village_ids, Qt.CheckState.Checked))
        self.set_checked(
            self.attendees,
            {
                sid: Qt.CheckState.Checked if present else Qt.CheckState.PartiallyChecked
                for sid, present in data.attendees
            },
        )
        self.outcomes.setPlainText(data.outcomes)
        self.decisions.setPlainText(data.decisions)
        self.minutes.setText(data.minutes_path)

    def data(self) -> EngagementData:
        villages = [
            self.villages.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.villages.count())
            if self.villages.item(i).checkState() == Qt.CheckState.Checked
        ]
        attendees = []
        for i in range(self.attendees.count()):
            item = self.attendees.item(i)
            state = item.checkState()
            if state != Qt.CheckState.Unchecked:
                attendees.append(
                    (item.data(Qt.ItemDataRole.UserRole), state == Qt.CheckState.Checked)
                )
        qd = self.date.date()
        from datetime import date

        return EngagementData(
            date=date(qd.year(), qd.month(), qd.day()),
            title=self.title.text().strip(),
            type=self.type.currentData(),
            stage=self.stage.currentData(),
            place=self.place.text().strip(),
            outcomes=self.outcomes.toPlainText().strip(),
            decisions=self.decisions.toPlainText().strip(),
            minutes_path=self.minutes.text().strip(),
            village_ids=villages,
            attendees=attendees,
        )

    def _accept(self) -> None:
        data = self.data()
        if not data.title:
            self.message.setText(self.tr("Give the engagement a title."))
            return
        if not data.village_ids:
            self.message.setText(self.tr("Tick at least one village it concerned."))
            return
        self.accept()
