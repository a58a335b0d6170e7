"""Berkas → Pulihkan dari cadangan…: the database's backups, newest first (when, why, size),
or another backup file; the one chosen is put back by the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.formatting import format_date, format_number
from workbench.services.backups import Backup, list_backups
from workbench.ui import dialogs

REASON_LABELS = {
    "daily": QT_TRANSLATE_NOOP("RestoreDialog", "Daily"),
    "import": QT_TRANSLATE_NOOP("RestoreDialog", "Before an import"),
    "approval": QT_TRANSLATE_NOOP("RestoreDialog", "Before an approval"),
    "manual": QT_TRANSLATE_NOOP("RestoreDialog", "Made by hand"),
    "restore": QT_TRANSLATE_NOOP("RestoreDialog", "Before a restore"),
    "migration": QT_TRANSLATE_NOOP("RestoreDialog", "Before a program update"),
}


def reason_label(reason: str) -> str:
    return QCoreApplication.translate("RestoreDialog", REASON_LABELS.get(reason, reason))


def size_text(size: int) -> str:
    return f"{format_number(size / 1_048_576, 1)} MB"


class RestoreDialog(QDialog):
    def __init__(self, database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.database = database
        self.backups: list[Backup] = list_backups(database)  # a folder of at most a dozen
        self.other: Path | None = None
        intro = QLabel(
            self.tr(
                "Choose the copy to put back. Everything changed in %1 since that copy is "
                "replaced; the database as it is now is kept as a backup first, so a restore "
                "can itself be taken back. Backups are kept in %2 (the last 10, and the copy "
                "before each program update)."
            )
            .replace("%1", database.name)
            .replace("%2", str(database.with_name(database.name + ".backups")))
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.backups), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Why"), self.tr("Size")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row, b in enumerate(self.backups):
            made = f"{format_date(b.made.date())}, {b.made:%H.%M.%S}"
            for col, text in enumerate((made, reason_label(b.reason), size_text(b.size))):
                item = QTableWidgetItem(text)
                item.setToolTip(str(b.path))
                if col == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        self.table.doubleClicked.connect(lambda _i: self.accept())
        self.empty = QLabel(self.tr("No backups of this database yet."))
        self.empty.setVisible(not self.backups)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setDefault(True)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        other = QPushButton(self.tr("Another file…"))
        other.setToolTip(self.tr("Put back a backup kept elsewhere (a .sqlite file)"))
        buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        other.clicked.connect(self._choose_other)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        if self.backups:
            self.table.selectRow(0)
        self._selection_changed()
        self.resize(620, 420)

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def _choose_other(self) -> None:
        path = dialogs.ask_open_file(
            self, self.tr("Backup to put back"), self.tr("Workbench databases (*.sqlite)")
        )
        if path:
            self.other = Path(path)
            self.accept()

    def chosen(self) -> Path | None:
        """The file to put back: another file chosen, else the selected backup."""
        if self.other is not None:
            return self.other
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()].path if rows else None

    def chosen_label(self) -> str:
        """How the confirmation names it: the backup's time and why, or the file's name."""
        path = self.chosen()
        for b in self.backups:
            if b.path == path:
                return f"{format_date(b.made.date())}, {b.made:%H.%M} ({reason_label(b.reason)})"
        return path.name if path is not None else ""
