"""Impor Baseline: choose or drop a file, see a preview and every problem with its row and
column, then import all rows or none in the background."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from workbench.domain.baseline import Issue
from workbench.domain.columns import baseline_spec
from workbench.domain.rules import DEFAULT_RULESET, available_rulesets, get_ruleset
from workbench.services.baseline import (
    BaselineChange,
    BaselineError,
    Inspection,
    import_checked,
    inspect_file,
)
from workbench.services.baseline_io import InputFileError
from workbench.services.baseline_template import write_empty_template, write_year_for_editing
from workbench.ui import dialogs
from workbench.ui.columns_bar import ColumnsBar
from workbench.ui.combos import select_data
from workbench.ui.errors import error_text
from workbench.ui.issues_table import DropsAFile, IssuesTable, PreviewTable
from workbench.ui.operations import read, read_async, run_in_background
from workbench.ui.tasks import run_task


class ImportBaselineDialog(DropsAFile, QDialog):
    imported = Signal(object)  # BaselineChange

    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.inspection: Inspection | None = None
        self.outcome: BaselineChange | None = None
        self.setWindowTitle(self.tr("Import baseline"))
        self.setAcceptDrops(True)
        self.resize(980, 640)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Choose a .csv or .xlsx file, or drop it here"))
        browse = QPushButton(self.tr("Choose file…"))
        browse.clicked.connect(self.choose_file)
        template = QPushButton(self.tr("Empty template…"))
        template.setToolTip(
            self.tr(
                "The columns with their units, one example row and a sheet "
                "of instructions, to fill in"
            )
        )
        template.clicked.connect(self.save_template)
        self.form_button = QPushButton(self.tr("Survey form…"))
        self.form_button.setToolTip(
            self.tr(
                "The RT baseline survey as an XLSForm for KoboToolbox or ODK Collect: fill it "
                "on phones, then import the submissions file here as it is"
            )
        )
        self.form_button.clicked.connect(self.save_form)
        self.edit_button = QPushButton(self.tr("Export this year to edit…"))
        self.edit_button.setToolTip(
            self.tr(
                "The stored data of the year chosen below, to change "
                "in Excel and import back as an update"
            )
        )
        self.edit_button.clicked.connect(self.export_for_editing)
        self.rules = QComboBox()
        for rid, rules in sorted(available_rulesets().items()):
            note = "" if rules.thresholds_confirmed else self.tr(" (thresholds unconfirmed)")
            self.rules.addItem(f"{rules.name} [{rid}]{note}", rid)
        select_data(self.rules, DEFAULT_RULESET)
        self.year = QSpinBox()
        self.year.setRange(1990, 2100)
        from datetime import date

        self.year.setValue(date.today().year)
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.clicked.connect(self.check)
        self.columns = ColumnsBar("baseline", baseline_spec(get_ruleset(DEFAULT_RULESET)))
        self.columns.changed.connect(self.check)
        self.rules.currentIndexChanged.connect(
            lambda _i: setattr(
                self.columns, "spec", baseline_spec(get_ruleset(self.rules.currentData()))
            )
        )
        self.status = QLabel(self.tr("Nothing checked yet."))
        self.status.setWordWrap(True)
        self.preview = PreviewTable()
        self.issues = IssuesTable(with_kind=True)
        self.progress = dialogs.progress_bar()
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        close = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        self.import_button.clicked.connect(self.run_import)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("File:")))
        top.addWidget(self.path, 1)
        top.addWidget(browse)
        top.addWidget(template)
        top.addWidget(self.form_button)
        top.addWidget(self.edit_button)
        opts = QHBoxLayout()
        opts.addWidget(QLabel(self.tr("Rule set:")))
        opts.addWidget(self.rules, 1)
        opts.addWidget(QLabel(self.tr("Year (rows without tahun; data to edit):")))
        opts.addWidget(self.year)
        opts.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(opts)
        layout.addWidget(self.columns)
        layout.addWidget(self.status)
        layout.addWidget(QLabel(self.tr("Preview (first rows as read)")))
        layout.addWidget(self.preview, 2)
        layout.addWidget(QLabel(self.tr("Problems found")))
        layout.addWidget(self.issues, 2)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.path.returnPressed.connect(self.check)

    # -- file choice -----------------------------------------------------------------------
    def choose_file(self) -> None:
        path = dialogs.ask_open_file(
            self,
            self.tr("Choose a baseline file"),
            self.tr("Baseline (*.csv *.xlsx);;All files (*)"),
        )
        if path:
            self.set_file(path)

    def save_form(self) -> None:
        path = dialogs.ask_save_file(
            self,
            self.tr("Save the survey form (XLSForm)"),
            self.tr("Excel workbook (*.xlsx)"),
            self.tr("baseline-survey-form.xlsx"),
        )
        if not path:
            return
        rule_id = self.rules.currentData()

        def written(_r: Any) -> None:
            self.status.setText(
                self.tr(
                    "Survey form saved to %1: upload it to KoboToolbox or ODK Central; the "
                    "submissions file they give imports here with no mapping."
                ).replace("%1", path)
            )

        from workbench.services.xlsform import write_form

        run_task(
            lambda ctx: write_form(Path(path), rule_id),
            written,
            lambda exc: dialogs.show_error(self, self.tr("Could not save"), error_text(exc)),
            name="save-form",
            long=True,
        )

    def save_template(self) -> None:
        path = dialogs.ask_save_file(
            self,
            self.tr("Save the empty baseline template"),
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
            self.tr("baseline-template.xlsx"),
        )
        if not path:
            return
        rule_id = self.rules.currentData()
        run_task(
            lambda ctx: write_empty_template(Path(path), rule_id),
            lambda _r: self.status.setText(self.tr("Template saved to %1").replace("%1", path)),
            lambda exc: dialogs.show_error(self, self.tr("Could not save"), error_text(exc)),
            name="save-template",
            long=True,
        )

    def export_for_editing(self) -> None:
        year = self.year.value()
        path = dialogs.ask_save_file(
            self,
            self.tr("Export %1 to edit").replace("%1", str(year)),
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
            self.tr("baseline-%1.xlsx").replace("%1", str(year)),
        )
        if not path:
            return
        engine = self.engine

        def written(n: int) -> None:
            if n:
                self.status.setText(
                    self.tr(
                        "%1 rows of %2 written to %3: change them there and "
                        "import the file back to update them."
                    )
                    .replace("%1", str(n))
                    .replace("%2", str(year))
                    .replace("%3", path)
                )
            else:
                self.status.setText(
                    self.tr("The database holds no assessment of %1; choose another year.").replace(
                        "%1", str(year)
                    )
                )

        read_async(
            engine,
            lambda session: write_year_for_editing(session, year, Path(path)),
            written,
            lambda exc: dialogs.show_error(self, self.tr("Could not save"), error_text(exc)),
            name="export-for-editing",
            long=True,
        )

    # -- checking --------------------------------------------------------------------------
    def check(self) -> None:
        text = self.path.text().strip()
        if not text:
            return
        self.import_button.setEnabled(False)
        self.busy(True)
        self.status.setText(self.tr("Checking…"))
        rule_id, year = self.rules.currentData(), self.year.value()
        engine = self.engine
        choice = self.columns.choice()

        def work(ctx: Any) -> Inspection:
            cmap = ColumnsBar.column_map(choice)

            def inspect(session: Any) -> Inspection:
                return inspect_file(Path(text), rule_id, year, session=session, column_map=cmap)

            return inspect(None) if engine is None else read(engine, inspect)

        run_task(work, self._checked, self._check_failed, name="check-baseline", long=True)

    def _checked(self, inspection: Inspection) -> None:
        self.busy(False)
        self.inspection = inspection
        self.columns.show(
            inspection.headers, inspection.sheets, inspection.sheet, inspection.column_map
        )
        self.show_preview(inspection)
        self.show_issues(inspection.issues)
        errors = sum(1 for i in inspection.issues if i.severity == "error")
        warnings = len(inspection.issues) - errors
        plan = inspection.plan
        unmapped = any(
            i.key in ("missing_column", "missing_vol_column", "column_twice")
            or i.key.startswith("mapping_")
            for i in inspection.issues
        )
        if errors and unmapped:
            self.status.setText(
                self.tr(
                    "%1: %2 rows, %3 errors. Some columns were not found under the file's "
                    "headers: say which header holds them with Map columns…, or choose "
                    "another sheet."
                )
                .replace("%1", inspection.source)
                .replace("%2", str(inspection.rows))
                .replace("%3", str(errors))
            )
        elif errors:
            self.status.setText(
                self.tr(
                    "%1: %2 rows, %3 errors. Nothing can be imported until "
                    "they are fixed in the file."
                )
                .replace("%1", inspection.source)
                .replace("%2", str(inspection.rows))
                .replace("%3", str(errors))
            )
        elif plan is not None and plan.existing:
            self.status.setText(
                self.tr(
                    "%1: %2 rows: %3 new, %4 already in the database with "
                    "other values (to update), %5 already there unchanged "
                    "(%6 warnings)."
                )
                .replace("%1", inspection.source)
                .replace("%2", str(inspection.rows))
                .replace("%3", str(len(plan.new_rows)))
                .replace("%4", str(len(plan.changed)))
                .replace("%5", str(len(plan.unchanged)))
                .replace("%6", str(warnings))
            )
        else:
            self.status.setText(
                self.tr("%1: %2 rows ready to import (%3 warnings).")
                .replace("%1", inspection.source)
                .replace("%2", str(inspection.rows))
                .replace("%3", str(warnings))
            )
        self.import_button.setEnabled(
            inspection.ok and inspection.checked is not None and inspection.to_import > 0
        )

    def _check_failed(self, exc: BaseException) -> None:
        self.busy(False)
        if isinstance(exc, BaselineError):  # e.g. sheets that cannot be joined
            self.status.setText(error_text(exc))
            self.show_issues(exc.issues)
        elif isinstance(exc, InputFileError | OSError):
            self.status.setText(error_text(exc))
            self.show_issues([Issue("error", error_text(exc))])
        else:
            dialogs.show_error(self, self.tr("Could not check the file"), error_text(exc))

    def show_preview(self, inspection: Inspection) -> None:
        self.preview.show_rows(inspection.preview, inspection.preview_rows)

    def show_issues(self, issues: list[Issue]) -> None:
        self.issues.show_issues(issues)

    # -- importing -------------------------------------------------------------------------
    def run_import(self) -> None:
        """Import the rows checked above (not read or validated again). Rows the database
        holds already with other values are updated only when the user says so."""
        inspection = self.inspection
        if inspection is None or not inspection.ok or inspection.checked is None:
            return
        plan = inspection.plan
        if (
            plan is not None
            and plan.changed
            and not dialogs.ask_yes_no(
                self,
                self.tr("Update existing assessments?"),
                self.tr(
                    "%1 rows of the file are already in the database with other values. "
                    "Update them with the file's values? Each becomes a new revision of "
                    "that year's assessment (the values it replaces are kept), and "
                    "Sunting → Urungkan (Ctrl+Z) takes the whole import back."
                ).replace("%1", str(len(plan.changed))),
            )
        ):
            return
        checked, engine = inspection.checked, self.engine
        update = plan is not None and plan.existing > 0
        self.import_button.setEnabled(False)
        self.busy(True)
        self.status.setText(self.tr("Importing…"))

        def work(session: Any, ctx: Any) -> BaselineChange:
            return import_checked(session, checked, update=update, user="ui", progress=ctx.progress)

        # one unit of work off the GUI thread: all rows or none
        run_in_background(
            engine,
            work,
            self._imported,
            self._import_failed,
            on_progress=self._progress,
            name="import-baseline",
        )

    def _progress(self, done: int, total: int, what: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        label = {"assessments": self.tr("assessments"), "volumes": self.tr("volumes")}
        self.progress.setFormat(f"{label.get(what, what)}: %v / %m")

    def _imported(self, outcome: BaselineChange) -> None:
        self.busy(False)
        self.outcome = outcome
        self.columns.remember()  # offered first next time
        self.status.setText(
            self.tr("Imported: %1 added, %2 updated, %3 unchanged (%4 new RT units).")
            .replace("%1", str(len(outcome.added)))
            .replace("%2", str(len(outcome.updated)))
            .replace("%3", str(outcome.unchanged))
            .replace("%4", str(outcome.new_locations))
        )
        self.imported.emit(outcome)
        self.accept()

    def _import_failed(self, exc: BaseException) -> None:
        self.busy(False)
        if isinstance(exc, BaselineError):
            self.show_issues(exc.issues)
            self.status.setText(
                self.tr(
                    "Nothing was imported: %1 problems with what the database already holds."
                ).replace("%1", str(len(exc.lines())))
            )
        else:
            dialogs.show_error(self, self.tr("Import failed; nothing was changed"), error_text(exc))

    def busy(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.progress.setRange(0, 0 if on else 1)
        self.check_button.setEnabled(not on)
        self.setCursor(Qt.CursorShape.BusyCursor if on else Qt.CursorShape.ArrowCursor)
