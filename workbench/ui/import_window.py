"""The one import window every kind of file goes through, in the order a user works:

1. **a file**, chosen or dropped on the window (or on the main window, which opens this
   window for the kind the file's headers say);
2. **its sheet and its columns** (``ColumnsBar``): the headers read through the kind's
   declared columns, and where a header is the district's own, a mapping of theirs, saved by
   name and offered first next time;
3. **the check**, off the GUI thread: every problem with its spreadsheet row, column, value
   and what is expected, and a preview of the rows as read, with their row numbers;
4. **the import**, all rows or none, in one unit of work in the background, with progress.

A kind adds only what it alone needs, through the hooks below: the baseline its rule set and
year, the programme the labels the district does not know yet. The flow, its messages and
its refusals are this class's, once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from workbench.domain.baseline import Issue
from workbench.domain.columns import ColumnMap, TableSpec
from workbench.services.baseline_io import BaselineError, InputFileError
from workbench.ui import dialogs
from workbench.ui.columns_bar import ColumnsBar
from workbench.ui.errors import error_text
from workbench.ui.issues_table import DropsAFile, IssuesTable, PreviewTable
from workbench.ui.operations import read_async, run_in_background
from workbench.ui.tasks import TaskHandle, run_task

PREVIEW_ROWS = 50
Work = Callable[[Any, Any], Any]  # (session, task context) -> outcome


@dataclass
class Shown:
    """What the window shows of a checked file, whatever its kind."""

    source: str
    headers: Any  # how the headers were read (columns.HeaderMatch), None when not read
    sheets: list[str]
    sheet: str | None
    column_map: ColumnMap | None
    preview: pd.DataFrame
    preview_rows: list[int]
    issues: list[Issue] = field(default_factory=list)

    @classmethod
    def of_raw(cls, raw: Any, issues: list[Issue]) -> Shown:
        """A file read as a table (``baseline_io.RawTable``), with the issues to list."""
        return cls(
            raw.source,
            raw.headers,
            raw.sheets,
            raw.sheet,
            raw.column_map,
            raw.frame,
            raw.row_numbers,
            issues,
        )


class ImportWindow(DropsAFile, QDialog):
    imported = Signal(object)  # what the kind's import returned

    #: the checked file (the kind's own result), and what its import returned
    found: Any = None
    outcome: Any = None

    def __init__(
        self,
        engine: Engine | None,
        kind: str,
        spec: TableSpec,
        title: str,
        parent: QWidget | None = None,
        *,
        with_kind: bool = False,
    ) -> None:
        super().__init__(parent)
        self.engine, self.kind = engine, kind
        self.setWindowTitle(title)
        self.setAcceptDrops(True)
        self.resize(940, 620)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Choose a .csv or .xlsx file, or drop it here"))
        self.path.returnPressed.connect(self.check)  # a path typed in: Enter checks it
        browse = QPushButton(self.tr("Choose file…"))
        browse.clicked.connect(self.choose_file)
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.setToolTip(self.tr("Read the file again (F5)"))
        self.check_button.setShortcut("F5")
        self.check_button.clicked.connect(self.check)
        self.file_row = QHBoxLayout()
        self.file_row.addWidget(QLabel(self.tr("File:")))
        self.file_row.addWidget(self.path, 1)
        self.file_row.addWidget(browse)
        self.file_row.addWidget(self.check_button)
        self.columns = ColumnsBar(kind, spec)
        self.columns.changed.connect(self.check)
        self.status = QLabel(self.tr("Nothing checked yet."))
        self.status.setWordWrap(True)
        self.preview = PreviewTable()
        self.issues = IssuesTable(with_kind=with_kind)
        self.progress = dialogs.progress_bar()
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        close = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)

    def build(self) -> None:
        """Lay the window out (a kind's own widgets made first, in its __init__)."""
        layout = QVBoxLayout(self)
        layout.addLayout(self.file_row)
        for part in self.options():
            if isinstance(part, QLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)
        layout.addWidget(self.columns)
        layout.addWidget(self.status)
        for widget, stretch in self.panel():
            layout.addWidget(widget, stretch)
        layout.addWidget(QLabel(self.tr("Preview (first rows as read, with their row numbers)")))
        layout.addWidget(self.preview, 2)
        layout.addWidget(QLabel(self.tr("How the file was read, and its problems")))
        layout.addWidget(self.issues, 2)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

    # -- what a kind gives -----------------------------------------------------------------
    def file_filter(self) -> str:
        return self.tr("Tables (*.csv *.xlsx);;All files (*)")

    def options(self) -> list[QWidget | QLayout]:
        """Rows of the kind's own choices, under the file row."""
        return []

    def panel(self) -> list[tuple[QWidget, int]]:
        """The kind's own step between the check and the preview (widget, stretch)."""
        return []

    def inspect(self, path: Path, column_map: ColumnMap | None) -> Callable[[Any], Any]:
        """The check of the file, as work for a worker: ``work(session)`` (the session is
        None when the window has no database)."""
        raise NotImplementedError

    def shown(self, found: Any) -> Shown:
        raise NotImplementedError

    def describe(self, found: Any) -> tuple[str, bool]:
        """The status line for a checked file, and whether it can be imported."""
        raise NotImplementedError

    def confirm(self, found: Any) -> bool:
        """Asked before importing (an update of what the database holds)."""
        return True

    def write(self, found: Any) -> Work:
        """The import of the checked file, as work for one unit of work."""
        raise NotImplementedError

    def finished(self, outcome: Any) -> None:
        """The kind's last word on an import that went through."""

    def progress_label(self, what: str) -> str:
        return what

    # -- 1. the file -----------------------------------------------------------------------
    def choose_file(self) -> None:
        path = dialogs.ask_open_file(self, self.windowTitle(), self.file_filter())
        if path:
            self.set_file(path)

    # -- 3. the check ----------------------------------------------------------------------
    def check(self) -> TaskHandle | None:
        text = self.path.text().strip()
        if not text:
            return None
        self.import_button.setEnabled(False)
        self.busy(True)
        self.status.setText(self.tr("Checking %1…").replace("%1", Path(text).name))
        work = self.inspect(Path(text), ColumnsBar.column_map(self.columns.choice()))
        name = f"check-{self.kind}"
        if self.engine is None:
            return run_task(lambda _ctx: work(None), self._checked, self._check_failed, name=name)
        return read_async(self.engine, work, self._checked, self._check_failed, name, long=True)

    def _checked(self, found: Any) -> None:
        self.busy(False)
        self.found = found
        shown = self.shown(found)
        self.columns.show(shown.headers, shown.sheets, shown.sheet, shown.column_map)
        self.preview.show_rows(shown.preview.head(PREVIEW_ROWS), shown.preview_rows)
        self.issues.show_issues(shown.issues)
        text, importable = self.describe(found)
        self.status.setText(text)
        self.import_button.setEnabled(importable)

    def _check_failed(self, exc: BaseException) -> None:
        self.busy(False)
        self.found = None
        if isinstance(exc, BaselineError):  # e.g. sheets that cannot be joined
            self.status.setText(error_text(exc))
            self.issues.show_issues(exc.issues)
        elif isinstance(exc, InputFileError | OSError):
            self.status.setText(error_text(exc))
            self.issues.show_issues([Issue("error", error_text(exc))])
        else:
            dialogs.show_error(self, self.tr("Could not check the file"), error_text(exc))

    def missing_columns_text(self, source: str, rows: int, errors: int) -> str:
        return (
            self.tr(
                "%1: %2 rows, %3 errors. Some columns were not found under the file's "
                "headers: say which header holds them with Map columns…, or choose "
                "another sheet."
            )
            .replace("%1", source)
            .replace("%2", str(rows))
            .replace("%3", str(errors))
        )

    def errors_text(self, source: str, rows: int, errors: int) -> str:
        return (
            self.tr(
                "%1: %2 rows, %3 errors. Nothing can be imported until they are fixed in the file."
            )
            .replace("%1", source)
            .replace("%2", str(rows))
            .replace("%3", str(errors))
        )

    def counts_text(self, source: str, rows: int, new: int, changed: int, same: int) -> str:
        return (
            self.tr("%1: %2 rows: %3 new, %4 to update, %5 already there unchanged.")
            .replace("%1", source)
            .replace("%2", str(rows))
            .replace("%3", str(new))
            .replace("%4", str(changed))
            .replace("%5", str(same))
        )

    # -- 4. the import ---------------------------------------------------------------------
    def run_import(self) -> None:
        """Import the file as checked, all rows or none, in one unit of work off the GUI
        thread; a refusal lists its rows here and changes nothing."""
        found = self.found
        if found is None or self.engine is None or not self.confirm(found):
            return
        self.import_button.setEnabled(False)
        self.busy(True)
        self.status.setText(self.tr("Importing…"))
        run_in_background(
            self.engine,
            self.write(found),
            self._imported,
            self._import_failed,
            on_progress=self._progress,
            name=f"import-{self.kind}",
        )

    def _progress(self, done: int, total: int, what: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"{self.progress_label(what)}: %v / %m")

    def _imported(self, outcome: Any) -> None:
        self.busy(False)
        self.outcome = outcome
        self.columns.remember()  # offered first next time
        self.finished(outcome)
        self.imported.emit(outcome)
        self.accept()

    def _import_failed(self, exc: BaseException) -> None:
        self.busy(False)
        self.import_button.setEnabled(True)
        if isinstance(exc, BaselineError):
            self.issues.show_issues(exc.issues)
            self.status.setText(
                self.tr(
                    "Nothing was imported: %1 has %2 problems; correct the file and check again."
                )
                .replace("%1", exc.source)
                .replace("%2", str(len(exc.lines())))
            )
        else:
            self.status.setText(self.tr("Nothing was imported: %1").replace("%1", error_text(exc)))

    def busy(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.progress.setRange(0, 0 if on else 1)
        self.check_button.setEnabled(not on)
        self.setCursor(Qt.CursorShape.BusyCursor if on else Qt.CursorShape.ArrowCursor)
