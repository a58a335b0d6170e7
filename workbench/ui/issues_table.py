"""What every import window shows of a file it checked: the list of what the check found
(each issue's row, column, value and what is expected, coloured by how serious it is, in
the user's language), the first rows as read with their spreadsheet numbers, and a file
dropped on the window taken as the file to check."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDropEvent
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


class PreviewTable(QTableWidget):
    """The first rows of a file as read, under their column names, each with the row number
    the spreadsheet shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.verticalHeader().setDefaultSectionSize(22)

    def show_rows(self, frame: Any, row_numbers: list[int]) -> None:
        self.setColumnCount(len(frame.columns))
        self.setRowCount(len(frame))
        self.setHorizontalHeaderLabels([str(c) for c in frame.columns])
        self.setVerticalHeaderLabels([str(n) for n in row_numbers[: len(frame)]])
        for r, values in enumerate(frame.itertuples(index=False)):
            for c, v in enumerate(values):
                self.setItem(r, c, QTableWidgetItem("" if v is None else str(v)))
        self.resizeColumnsToContents()


class DropsAFile:
    """For an import window (with ``path``, ``columns`` and ``check``): a file chosen or
    dropped on it is the file to check, with its own sheets."""

    def set_file(self, path: str) -> None:
        self.path.setText(path)  # type: ignore[attr-defined]
        self.columns.new_file()  # type: ignore[attr-defined]
        self.check()  # type: ignore[attr-defined]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        urls = event.mimeData().urls()
        if urls:
            self.set_file(urls[0].toLocalFile())
