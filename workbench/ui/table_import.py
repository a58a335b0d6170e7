"""Impor Pemangku Kepentingan / Kegiatan: a file is checked first (its sheet, its headers
read through the kind's columns, or a mapping, every problem with row and column), then
imported all rows or none in the background. The columns step is the one every import
window shares (``ColumnsBar``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from workbench.domain.baseline import Issue
from workbench.domain.columns import spec_of
from workbench.services.baseline_io import BaselineError, RawTable, inspect_columns
from workbench.ui import dialogs
from workbench.ui.columns_bar import ColumnsBar
from workbench.ui.errors import error_text
from workbench.ui.issues_table import DropsAFile, IssuesTable, PreviewTable
from workbench.ui.operations import run_in_background
from workbench.ui.tasks import run_task

PREVIEW_ROWS = 50


class ImportTableDialog(DropsAFile, QDialog):
    imported = Signal(object)  # what the import function returned

    def __init__(self, engine: Engine, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine, self.kind = engine, kind
        self.spec = spec_of(kind)
        self.raw: RawTable | None = None
        self.outcome: Any = None
        titles = {
            "stakeholders": self.tr("Import stakeholders"),
            "engagements": self.tr("Import engagements"),
        }
        self.setWindowTitle(titles.get(kind, kind))
        self.setAcceptDrops(True)
        self.resize(860, 520)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Choose a .csv or .xlsx file, or drop it here"))
        self.path.returnPressed.connect(self.check)
        browse = QPushButton(self.tr("Choose file…"))
        browse.clicked.connect(self.choose)
        self.columns = ColumnsBar(kind, self.spec)
        self.columns.changed.connect(self.check)
        self.status = QLabel(self.tr("Nothing checked yet."))
        self.status.setWordWrap(True)
        self.issues = IssuesTable()
        self.preview = PreviewTable()
        self.progress = dialogs.progress_bar()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("File:")))
        top.addWidget(self.path, 1)
        top.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.columns)
        layout.addWidget(self.status)
        layout.addWidget(QLabel(self.tr("Preview (first rows as read)")))
        layout.addWidget(self.preview, 1)
        layout.addWidget(QLabel(self.tr("How the file was read, and its problems")))
        layout.addWidget(self.issues, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

    def choose(self) -> None:
        path = dialogs.ask_open_file(
            self, self.tr("Import from a file"), self.tr("Tables (*.csv *.xlsx);;All files (*)")
        )
        if path:
            self.set_file(path)

    # -- checking --------------------------------------------------------------------------
    def check(self) -> None:
        text = self.path.text().strip()
        if not text:
            return
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Checking…"))
        choice, spec = self.columns.choice(), self.spec

        def work(_ctx: Any) -> RawTable:
            return inspect_columns(Path(text), spec, ColumnsBar.column_map(choice))

        run_task(work, self._checked, self._check_failed, name=f"check-{self.kind}", long=True)

    def _checked(self, raw: RawTable) -> None:
        self.raw = raw
        self.columns.show(raw.headers, raw.sheets, raw.sheet, raw.column_map)
        self.preview.show_rows(raw.frame.head(PREVIEW_ROWS), raw.row_numbers)
        self.show_issues(raw.notices)
        errors = sum(1 for i in raw.notices if i.severity == "error")
        if errors:
            self.status.setText(
                self.tr(
                    "%1: %2 rows; %3 columns are missing or cannot be read: say which header "
                    "holds them with Map columns…, or choose another sheet."
                )
                .replace("%1", raw.source)
                .replace("%2", str(len(raw.frame)))
                .replace("%3", str(errors))
            )
        else:
            self.status.setText(
                self.tr("%1: %2 rows, every required column found: ready to import.")
                .replace("%1", raw.source)
                .replace("%2", str(len(raw.frame)))
            )
        self.import_button.setEnabled(not errors and len(raw.frame) > 0)

    def _check_failed(self, exc: BaseException) -> None:
        self.status.setText(error_text(exc))
        self.show_issues(exc.issues if isinstance(exc, BaselineError) else [])

    def show_issues(self, issues: list[Issue]) -> None:
        self.issues.show_issues(issues)

    # -- importing -------------------------------------------------------------------------
    def run_import(self) -> None:
        """Import the file as checked, all rows or none, in one unit of work off the GUI
        thread; a refusal lists its rows here and changes nothing."""
        from workbench.services import registry_io

        if self.raw is None:
            return
        fn = {
            "stakeholders": registry_io.import_stakeholders,
            "engagements": registry_io.import_engagements,
        }[self.kind]
        path, cmap = Path(self.path.text().strip()), self.raw.column_map
        self.import_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Importing…"))
        self.setCursor(Qt.CursorShape.BusyCursor)
        run_in_background(
            self.engine,
            lambda session, _ctx: fn(session, path, user="ui", column_map=cmap),
            self._imported,
            self._import_failed,
            name=f"import-{self.kind}",
        )

    def _imported(self, outcome: Any) -> None:
        self.progress.setVisible(False)
        self.unsetCursor()
        self.outcome = outcome
        self.columns.remember()
        self.imported.emit(outcome)
        self.accept()

    def _import_failed(self, exc: BaseException) -> None:
        self.progress.setVisible(False)
        self.unsetCursor()
        self.import_button.setEnabled(True)
        if isinstance(exc, BaselineError):
            self.show_issues(exc.issues)
            self.status.setText(
                self.tr(
                    "Nothing was imported: %1 has %2 problems; correct the file and check again."
                )
                .replace("%1", exc.source)
                .replace("%2", str(len(exc.lines())))
            )
        else:
            self.status.setText(self.tr("Nothing was imported: %1").replace("%1", error_text(exc)))
