"""Impor Baseline: the one import window (``ImportWindow``) with the baseline's own choices
(rule set, year) and the files to fill in."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSpinBox,
    QWidget,
)
from sqlalchemy import Engine

from workbench.domain.columns import ColumnMap, baseline_spec
from workbench.domain.rules import DEFAULT_RULESET, available_rulesets, get_ruleset
from workbench.services.baseline import (
    BaselineChange,
    Inspection,
    import_checked,
    inspect_file,
)
from workbench.services.baseline_template import write_empty_template, write_year_for_editing
from workbench.ui import dialogs
from workbench.ui.combos import select_data
from workbench.ui.errors import error_text
from workbench.ui.import_window import ImportWindow, Shown, Work
from workbench.ui.operations import read_async
from workbench.ui.tasks import run_task


class ImportBaselineDialog(ImportWindow):
    """The one import window for the RT baseline, with its own choices: the rule set whose
    columns the file has, and the year of rows without one; and the files to fill in (the
    empty template, the survey form, a stored year to edit)."""

    def __init__(self, engine: Engine | None, parent: QWidget | None = None) -> None:
        spec = baseline_spec(get_ruleset(DEFAULT_RULESET))
        super().__init__(engine, "baseline", spec, "", parent, with_kind=True)
        self.setWindowTitle(self.tr("Import baseline"))
        self.resize(980, 640)
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
        for button in (template, self.form_button, self.edit_button):
            self.file_row.addWidget(button)
        self.rules = QComboBox()
        for rid, rules in sorted(available_rulesets().items()):
            note = "" if rules.thresholds_confirmed else self.tr(" (thresholds unconfirmed)")
            self.rules.addItem(f"{rules.name} [{rid}]{note}", rid)
        select_data(self.rules, DEFAULT_RULESET)
        self.year = QSpinBox()
        self.year.setRange(1990, 2100)
        from datetime import date

        self.year.setValue(date.today().year)
        self.rules.currentIndexChanged.connect(
            lambda _i: setattr(
                self.columns, "spec", baseline_spec(get_ruleset(self.rules.currentData()))
            )
        )
        self.build()

    @property
    def inspection(self) -> Inspection | None:
        return self.found

    def options(self) -> list[QWidget | QLayout]:
        opts = QHBoxLayout()
        opts.addWidget(QLabel(self.tr("Rule set:")))
        opts.addWidget(self.rules, 1)
        opts.addWidget(QLabel(self.tr("Year (rows without tahun; data to edit):")))
        opts.addWidget(self.year)
        return [opts]

    def file_filter(self) -> str:
        return self.tr("Baseline (*.csv *.xlsx);;All files (*)")

    # -- files to fill in ------------------------------------------------------------------
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

    # -- the check -------------------------------------------------------------------------
    def inspect(self, path: Path, column_map: ColumnMap | None) -> Callable[[Any], Any]:
        rule_id, year = self.rules.currentData(), self.year.value()
        return lambda session: inspect_file(
            path, rule_id, year, session=session, column_map=column_map
        )

    def shown(self, found: Inspection) -> Shown:
        return Shown(
            found.source,
            found.headers,
            found.sheets,
            found.sheet,
            found.column_map,
            found.preview,
            found.preview_rows,
            found.issues,
        )

    def describe(self, inspection: Inspection) -> tuple[str, bool]:
        errors = sum(1 for i in inspection.issues if i.severity == "error")
        warnings = len(inspection.issues) - errors
        plan = inspection.plan
        unmapped = any(
            i.key in ("missing_column", "missing_vol_column", "column_twice")
            or i.key.startswith("mapping_")
            for i in inspection.issues
        )
        importable = inspection.ok and inspection.checked is not None and inspection.to_import > 0
        if errors and unmapped:
            return self.missing_columns_text(inspection.source, inspection.rows, errors), False
        if errors:
            text = self.errors_text(inspection.source, inspection.rows, errors)
        elif plan is not None and plan.existing:
            text = (
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
            text = (
                self.tr("%1: %2 rows ready to import (%3 warnings).")
                .replace("%1", inspection.source)
                .replace("%2", str(inspection.rows))
                .replace("%3", str(warnings))
            )
        return text, importable

    # -- the import ------------------------------------------------------------------------
    def confirm(self, inspection: Inspection) -> bool:
        """Rows the database holds already with other values are updated only when the
        user says so."""
        plan = inspection.plan
        if not inspection.ok or inspection.checked is None:
            return False
        if plan is None or not plan.changed:
            return True
        return dialogs.ask_yes_no(
            self,
            self.tr("Update existing assessments?"),
            self.tr(
                "%1 rows of the file are already in the database with other values. "
                "Update them with the file's values? Each becomes a new revision of "
                "that year's assessment (the values it replaces are kept), and "
                "Sunting → Urungkan (Ctrl+Z) takes the whole import back."
            ).replace("%1", str(len(plan.changed))),
        )

    def write(self, inspection: Inspection) -> Work:
        """The rows checked above (not read or validated again)."""
        checked, plan = inspection.checked, inspection.plan
        update = plan is not None and plan.existing > 0

        def work(session: Any, ctx: Any) -> BaselineChange:
            return import_checked(session, checked, update=update, user="ui", progress=ctx.progress)

        return work

    def progress_label(self, what: str) -> str:
        label = {"assessments": self.tr("assessments"), "volumes": self.tr("volumes")}
        return label.get(what, what)

    def finished(self, outcome: BaselineChange) -> None:
        self.status.setText(
            self.tr("Imported: %1 added, %2 updated, %3 unchanged (%4 new RT units).")
            .replace("%1", str(len(outcome.added)))
            .replace("%2", str(len(outcome.updated)))
            .replace("%3", str(outcome.unchanged))
            .replace("%4", str(outcome.new_locations))
        )
