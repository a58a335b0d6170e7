"""Impor Program: choose a file of investment records, map the funding sources and activity
types the district does not know yet onto known ones (or add them), then import all rows or
none in the background. The mapping is remembered for the next file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from workbench.domain.baseline import Issue
from workbench.domain.columns import PROGRAMME
from workbench.services.baseline import BaselineError
from workbench.services.baseline_io import RawTable, inspect_columns
from workbench.services.programme_edit import SourceInfo, TypeInfo
from workbench.services.programme_io import (
    ProgrammeImport,
    Unknown,
    import_programme,
    unknown_labels,
)
from workbench.ui import dialogs
from workbench.ui.columns_bar import ColumnsBar
from workbench.ui.errors import error_text
from workbench.ui.issues_table import DropsAFile, IssuesTable, PreviewTable
from workbench.ui.operations import read_async, run_in_background
from workbench.ui.tasks import TaskHandle
from workbench.ui.wheel import guard

ADD_NEW = "\x00new"


class ImportProgrammeDialog(DropsAFile, QDialog):
    imported = Signal(object)  # ProgrammeImport

    def __init__(
        self,
        engine: Engine,
        sources: list[SourceInfo],
        types: list[TypeInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine, self.sources, self.types = engine, sources, types
        self.unknown: Unknown | None = None
        self.raw: RawTable | None = None  # the file as last checked
        self.result: ProgrammeImport | None = None
        self.setWindowTitle(self.tr("Import investment records"))
        self.setAcceptDrops(True)
        self.resize(860, 560)
        self.path = QLineEdit()
        self.path.setPlaceholderText(
            self.tr(
                "A .csv or .xlsx file with the columns tahun, "
                "kode_lokasi, kriteria, volume, kegiatan, "
                "sumber_dana, anggaran"
            )
        )
        browse = QPushButton(self.tr("Choose file…"))
        browse.clicked.connect(self.choose)
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.clicked.connect(self.check)
        top = QHBoxLayout()
        top.addWidget(self.path, 1)
        top.addWidget(browse)
        top.addWidget(self.check_button)
        self.path.returnPressed.connect(self.check)  # a path typed in: Enter checks it
        self.columns = ColumnsBar("programme", PROGRAMME)
        self.columns.changed.connect(self.check)
        self.mapping = QTableWidget(0, 3)
        self.mapping.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Label in the file"), self.tr("Means")]
        )
        self.mapping.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.mapping.verticalHeader().setVisible(False)
        self.issues = IssuesTable()
        self.preview = PreviewTable()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.progress = dialogs.progress_bar()
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.columns)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Labels the district does not know yet: map each onto a "
                    "known one, or add it (the choice is remembered)"
                )
            )
        )
        layout.addWidget(self.mapping, 1)
        layout.addWidget(QLabel(self.tr("Preview (first rows as read)")))
        layout.addWidget(self.preview, 1)
        layout.addWidget(QLabel(self.tr("Problems (nothing is imported while there are any)")))
        layout.addWidget(self.issues, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

    def choose(self) -> None:
        name = dialogs.ask_open_file(
            self, self.tr("Investment records"), self.tr("Tables (*.csv *.xlsx)")
        )
        if name:
            self.set_file(name)

    def check(self) -> TaskHandle:
        """Read the file's labels off the GUI thread (a 60,000-row file takes seconds)."""
        path = Path(self.path.text().strip())
        self.import_button.setEnabled(False)
        self.issues.setRowCount(0)
        self.status.setText(self.tr("Reading %1…").replace("%1", path.name))
        choice = self.columns.choice()

        def read(session: Any) -> tuple[RawTable, Unknown | None]:
            raw = inspect_columns(path, PROGRAMME, ColumnsBar.column_map(choice))
            if any(i.severity == "error" for i in raw.notices):
                return raw, None  # its columns first: no labels to read yet
            return raw, unknown_labels(session, path, raw.column_map, raw)

        return read_async(
            self.engine, read, self._labels_read, self._check_failed, "programme-labels"
        )

    def _check_failed(self, exc: BaseException) -> None:
        self.status.setText(error_text(exc))
        if isinstance(exc, BaselineError):
            self.show_issues(exc.issues)

    def _labels_read(self, result: tuple[RawTable, Unknown | None]) -> None:
        raw, unknown = result
        self.raw = raw
        self.columns.show(raw.headers, raw.sheets, raw.sheet, raw.column_map)
        self.preview.show_rows(raw.frame.head(50), raw.row_numbers)
        if unknown is None:
            self.show_issues(raw.notices)
            self.status.setText(
                self.tr(
                    "%1: some columns are missing or cannot be read: say which header holds "
                    "them with Map columns…, or choose another sheet."
                ).replace("%1", raw.source)
            )
            return
        self.show_issues([i for i in raw.notices if i.key == "headers_read_as"])
        self.unknown = unknown
        self.fill_mapping(self.unknown)
        self.import_button.setEnabled(True)
        count = len(self.unknown.sources) + len(self.unknown.types)
        self.status.setText(
            self.tr("%1 labels to map; then Import.").replace("%1", str(count))
            if count
            else self.tr("Every label is known: ready to import.")
        )

    def fill_mapping(self, unknown: Unknown) -> None:
        rows: list[tuple[str, str, list[str]]] = [
            ("sumber_dana", label, [s.name for s in self.sources if s.active])
            for label in unknown.sources
        ]
        rows += [
            ("kegiatan", label, [t.name for t in self.types if t.criterion_code in (crit, "")])
            for label, crit in unknown.types
        ]
        self.mapping.setRowCount(len(rows))
        for r, (col, label, known) in enumerate(rows):
            self.mapping.setItem(r, 0, QTableWidgetItem(col))
            item = QTableWidgetItem(label)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.mapping.setItem(r, 1, item)
            box = QComboBox()
            box.addItem(self.tr("(add as new)"), ADD_NEW)
            for name in known:
                box.addItem(name, name)
            self.mapping.setCellWidget(r, 2, box)
        guard(self.mapping)
        self.mapping.resizeColumnsToContents()

    def chosen_mapping(self) -> tuple[dict[str, dict[str, str]], bool]:
        mapping: dict[str, dict[str, str]] = {"sumber_dana": {}, "kegiatan": {}}
        add_new = False
        for r in range(self.mapping.rowCount()):
            target = self.mapping.cellWidget(r, 2).currentData()
            if target == ADD_NEW:
                add_new = True
            else:
                mapping[self.mapping.item(r, 0).text()][self.mapping.item(r, 1).text()] = target
        return mapping, add_new

    def run_import(self) -> None:
        path = Path(self.path.text().strip())
        mapping, add_new = self.chosen_mapping()
        engine = self.engine
        self.import_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Importing…"))

        cmap = self.raw.column_map if self.raw is not None else None

        def work(session: Any, ctx: Any) -> ProgrammeImport:
            return import_programme(
                session,
                path,
                add_new=add_new,
                mapping=mapping,
                user="ui",
                progress=ctx.progress,
                column_map=cmap,
            )

        # one unit of work off the GUI thread: all rows or none
        run_in_background(
            engine,
            work,
            self._imported,
            self._failed,
            on_progress=self._progress,
            name="import-programme",
        )

    def _progress(self, done: int, total: int, _what: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _imported(self, result: ProgrammeImport) -> None:
        self.progress.setVisible(False)
        self.result = result
        self.columns.remember()
        self.imported.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.progress.setVisible(False)
        self.import_button.setEnabled(True)
        if isinstance(exc, BaselineError):
            self.show_issues(exc.issues)
            self.status.setText(
                self.tr(
                    "Nothing was imported: %1 problems; correct the file and check again."
                ).replace("%1", str(len(exc.issues)))
            )
        else:
            self.status.setText(self.tr("Nothing was imported: %1").replace("%1", error_text(exc)))

    def show_issues(self, issues: list[Issue]) -> None:
        self.issues.show_issues(issues)
