"""The list of what a check found in a file, as every import window shows it: each issue's
row, column, value and what is expected, coloured by how serious it is, in the user's
language."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QWidget

from workbench.domain.baseline import Issue
from workbench.ui.i18n import ui_language

SEVERITY_COLOURS = {
    "error": QColor("#ffcdd2"),
    "warning": QColor("#fff9c4"),
    "notice": QColor("#e3f2fd"),
}


class IssuesTable(QTableWidget):
    def __init__(self, with_kind: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(0, 5 if with_kind else 4, parent)
        self.with_kind = with_kind
        titles = [self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("What is expected")]
        self.setHorizontalHeaderLabels([self.tr("Kind"), *titles] if with_kind else titles)
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(22)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

    def show_issues(self, issues: list[Issue]) -> None:
        kinds = {
            "error": self.tr("error"),
            "warning": self.tr("warning"),
            "notice": self.tr("notice"),
        }
        self.setRowCount(len(issues))
        for r, issue in enumerate(issues):
            cells = [
                "" if issue.row is None else str(issue.row),
                issue.column or "",
                "" if issue.value is None else issue.value,
                issue.text(ui_language()),
            ]
            if self.with_kind:
                cells.insert(0, kinds[issue.severity])
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setBackground(QBrush(SEVERITY_COLOURS[issue.severity]))
                self.setItem(r, c, item)
        self.resizeColumnsToContents()
