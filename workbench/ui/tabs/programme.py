"""Matriks Program: activities per location and criterion with money per year and funding
source, edited in place with undo; pivots by source and kecamatan; the analysis (projected
scores per RT and year, gaps, over-coverage, slum hectares toward 0 ha); the catalogues."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from workbench.domain.formatting import (
    format_editable,
    format_number,
    parse_rupiah,
    parse_user_number,
)
from workbench.domain.programme import ACTIVITY_STATUSES
from workbench.services import programme_edit as pe
from workbench.services.assessments import locations_of
from workbench.services.programme import (
    ActivityRow,
    Filters,
    FormChoices,
    ProgrammeView,
    activity_row,
    form_choices,
    programme_view,
)
from workbench.services.programme_analysis import Analysis, analyse, reanalysed
from workbench.ui import dialogs
from workbench.ui.combos import select_data
from workbench.ui.labels import label
from workbench.ui.models import Column, Prepared, RowTableModel, prepare
from workbench.ui.operations import (
    ASSESSMENT,
    PLAN,
    PRIORITY,
    PROGRAMME,
    STAKEHOLDER,
    Changes,
    Seen,
    announce,
    only_ids,
    only_kind,
)
from workbench.ui.settings import MAP_BESIDE
from workbench.ui.tabs.base import ServiceEdits, TableTab, Work, fit_columns, shrinkable
from workbench.ui.tabs.priority_views import EditableRowModel
from workbench.ui.tabs.programme_dialogs import ActivityDialog, PlanDialog
from workbench.ui.tabs.programme_views import (
    SlumChart,
    frame_rows,
    gap_columns,
    matrix_columns,
    outlook_columns,
    outlook_rows,
    over_columns,
    pivot_columns,
    pivot_rows,
    source_columns,
    summary_text,
    type_columns,
)
from workbench.ui.tabs.score_map import MEASURE_PROJECTED, ScoreMapPanel, beside_map

ANALYSIS_GRIDS = ("outlook", "gaps", "over")


@dataclass
class ProgrammePayload:
    view: ProgrammeView
    analysis: Analysis
    choices: FormChoices  # for the activity form, the catalogue and the import window
    prepared: dict[str, Prepared] = field(default_factory=dict)
    table_kept: bool = False  # only the analysis is new: the matrix and the pivots stay

    @property
    def sources(self) -> list[pe.SourceInfo]:
        return self.choices.sources

    @property
    def types(self) -> list[pe.TypeInfo]:
        return self.choices.types


def _grid(model: Any, editable: bool = False) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setStretchLastSection(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    if not editable:
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return view


class ProgrammeTab(ServiceEdits, TableTab):
    edits = PROGRAMME
    watches = frozenset({PROGRAMME, ASSESSMENT, PLAN, STAKEHOLDER, PRIORITY})

    def __init__(self, parent: Any = None) -> None:
        self.sub = QTabWidget()
        self.source_model = RowTableModel([], id_of=lambda r: r.key)
        self.kec_model = RowTableModel([], id_of=lambda r: r.key)
        self.outlook_model = RowTableModel([], id_of=lambda r: r.code)
        self.gap_model = RowTableModel(gap_columns(), id_of=lambda r: r.key)
        self.over_model = RowTableModel(over_columns(), id_of=lambda r: r.key)
        self.source_cat_model = EditableRowModel(id_of=lambda r: r.id)
        self.type_cat_model = EditableRowModel(id_of=lambda r: r.id)
        self.chart = SlumChart()
        self.filters = Filters()
        self.basis = "planned"
        self.payload: ProgrammePayload | None = None
        self.map_panel = ScoreMapPanel(own_rows=True, measure=MEASURE_PROJECTED)
        super().__init__(parent)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.boxes: dict[str, QComboBox] = {}
        for key, title in (
            ("subdistrict", self.tr("All kecamatan")),
            ("kawasan", self.tr("All kawasan")),
            ("criterion", self.tr("All criteria")),
            ("source", self.tr("All funding sources")),
            ("executor", self.tr("All executors")),
        ):
            box = QComboBox()
            box.addItem(title, None)
            shrinkable(box)
            box.activated.connect(self._filter_chosen)
            self.filter_bar.addWidget(box, 1)
            self.boxes[key] = box
        self.sub.setCornerWidget(self.map_button)  # at the sub-tabs' right: the bar is full
        # the map beside the matrix: a click chooses the RT unit's first activity (or its
        # kawasan's), the chosen activity's RT unit or kawasan is outlined
        self.map_button.toggled.connect(lambda on: on and self.sub.setCurrentIndex(0))
        self.map_panel.location_chosen.connect(self.select_location)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._outline_selected())
        self._actions()

    def make_model(self) -> EditableRowModel:
        return EditableRowModel(self, id_of=lambda r: r.id)

    def title(self) -> str:
        return self.tr("Programme Matrix")

    def columns(self) -> list[Column]:
        return matrix_columns([])

    # -- layout ----------------------------------------------------------------------------
    def body(self) -> QWidget:
        matrix = QWidget()
        lay = QVBoxLayout(matrix)
        lay.setContentsMargins(0, 4, 0, 0)
        row = QHBoxLayout()
        self.action_buttons = row
        lay.addLayout(row)
        beside, self.map_button = beside_map(self.view, self.map_panel, MAP_BESIDE["programme"])
        lay.addWidget(beside, 1)
        self.sub.addTab(matrix, self.tr("Matrix"))
        self.source_view, self.kec_view = _grid(self.source_model), _grid(self.kec_model)
        self.sub.addTab(self.source_view, self.tr("By funding source"))
        self.sub.addTab(self.kec_view, self.tr("By kecamatan"))
        self.sub.addTab(self._analysis_page(), self.tr("Analysis"))
        self.catalogue_buttons: list[QPushButton] = []
        self.sub.addTab(self._catalogue_page(), self.tr("Catalogue"))
        return self.sub

    def _analysis_page(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        top = QHBoxLayout()
        self.basis_box = QComboBox()
        self.basis_box.addItem(self.tr("Planned volumes"), "planned")
        self.basis_box.addItem(self.tr("Realised volumes (done)"), "realised")
        self.basis_box.activated.connect(self._basis_chosen)
        self.analysis_summary = QLabel()
        self.analysis_summary.setWordWrap(True)
        top.addWidget(QLabel(self.tr("Projection from")))
        top.addWidget(self.basis_box)
        top.addWidget(self.analysis_summary, 1)
        lay.addLayout(top)
        split = QSplitter(Qt.Orientation.Vertical)
        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(self.chart)
        self.outlook_view = _grid(self.outlook_model)
        self.small_views = [self.outlook_view]
        self.outlook_view.setSortingEnabled(False)
        upper.addWidget(self.outlook_view)
        upper.setSizes([360, 640])
        lower = QWidget()
        low = QHBoxLayout(lower)
        low.setContentsMargins(0, 0, 0, 0)
        for title, model in (
            (
                self.tr("Gaps: a problem at an agreed priority location with no activity"),
                self.gap_model,
            ),
            (self.tr("Over-coverage: planned above the problem volume"), self.over_model),
        ):
            box = QVBoxLayout()
            caption = QLabel(title)
            caption.setWordWrap(True)
            box.addWidget(caption)
            grid = _grid(model)
            self.small_views.append(grid)
            box.addWidget(grid, 1)
            low.addLayout(box, 1)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setSizes([420, 260])
        lay.addWidget(split, 1)
        return page

    def _catalogue_page(self) -> QWidget:
        page = QWidget()
        lay = QHBoxLayout(page)
        for title, model, buttons in (
            (
                self.tr("Funding sources (double-click a name to rename)"),
                self.source_cat_model,
                (
                    (self.tr("Add source…"), self.add_source),
                    (self.tr("Active / inactive"), self.toggle_source),
                    (self.tr("Delete"), self.delete_source),
                ),
            ),
            (
                self.tr("Activity types per criterion (double-click to edit)"),
                self.type_cat_model,
                ((self.tr("Add type…"), self.add_type), (self.tr("Delete"), self.delete_type)),
            ),
        ):
            col = QVBoxLayout()
            col.addWidget(QLabel(title))
            view = _grid(model, editable=True)
            view.setEditTriggers(
                QAbstractItemView.EditTrigger.DoubleClicked
                | QAbstractItemView.EditTrigger.EditKeyPressed
            )
            col.addWidget(view, 1)
            row = QHBoxLayout()
            for text, slot in buttons:
                b = QPushButton(text)
                b.clicked.connect(slot)
                row.addWidget(b)
                self.catalogue_buttons.append(b)
            row.addStretch(1)
            col.addLayout(row)
            lay.addLayout(col, 1)
            if model is self.source_cat_model:
                self.source_cat_view = view
            else:
                self.type_cat_view = view
        outer = QWidget()
        box = QVBoxLayout(outer)
        box.setContentsMargins(0, 0, 0, 0)
        self.catalogue_note = QLabel(
            self.tr("Only the district's admin (pkp_admin) changes the catalogues on this server.")
        )
        self.catalogue_note.setStyleSheet("color: #555; font-style: italic")
        self.catalogue_note.setVisible(False)
        box.addWidget(self.catalogue_note)
        box.addWidget(page, 1)
        return outer

    def _offer_catalogue(self) -> None:
        """The catalogues are the admin's on a shared server: greyed out for the others."""
        may = self.who is None or self.who.may_administer
        for b in self.catalogue_buttons:
            b.setEnabled(may)
        triggers = (
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            if may
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        self.source_cat_view.setEditTriggers(triggers)
        self.type_cat_view.setEditTriggers(triggers)
        self.catalogue_note.setVisible(not may)

    def _actions(self) -> None:
        specs = (
            (self.tr("New activity…"), None, self.new_activity),  # Ctrl+N: the window's
            (self.tr("Change…"), QKeySequence(Qt.Key.Key_Return), self.edit_activity),
            (self.tr("Delete"), QKeySequence.StandardKey.Delete, self.delete_activity),
            (self.tr("Plan period…"), QKeySequence("Ctrl+Shift+P"), self.edit_plan),
            (self.tr("Import records…"), QKeySequence("Ctrl+Shift+I"), self.import_records),
        )
        self.actions_by_name: dict[str, QAction] = {}
        for text, keys, slot in specs:
            act = QAction(text, self)
            if keys is not None:
                act.setShortcut(keys)
            # Enter and Del act on the matrix only (not while a catalogue row is selected),
            # and on the matrix itself, not on a cell being typed in: there Enter commits the
            # cell (it also opened the form) and Del deletes a character (not the activity)
            on_matrix = slot in (self.edit_activity, self.delete_activity)
            act.setShortcutContext(
                Qt.ShortcutContext.WidgetShortcut
                if on_matrix
                else Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
            act.triggered.connect(slot)
            (self.view if on_matrix else self).addAction(act)
            button = QPushButton(text)
            native = keys or QKeySequence.StandardKey.New
            native = QKeySequence(native).toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{text} ({native})")
            button.clicked.connect(slot)
            self.action_buttons.addWidget(button)
            self.actions_by_name[slot.__name__] = act
        self.action_buttons.addStretch(1)
        self.view.doubleClicked.connect(self._double_clicked)

    def set_engine(self, engine: Any) -> None:
        super().set_engine(engine)
        self.map_panel.set_engine(engine)

    # -- the map beside the matrix ---------------------------------------------------------
    def select_location(self, location_id: int) -> None:
        unit = self.map_panel.row_of(location_id)
        if unit is None:
            return
        if self.select_row_where(lambda row: row.code == unit.code):
            return
        if unit.area and self.select_row_where(
            lambda row: not row.code and row.kawasan == unit.area
        ):
            return
        self.view.selectionModel().clear()
        self.map_panel.tell(
            self.tr("No activity for %1 in the matrix (with the filters set).").replace(
                "%1", unit.code
            )
        )

    def _outline_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            self.map_panel.select(None)
        elif row.code:
            self.map_panel.select(r.location_id for r in self.map_panel.rows if r.code == row.code)
        else:
            self.map_panel.select(
                r.location_id for r in self.map_panel.rows if r.area == row.kawasan
            )

    # -- loading ---------------------------------------------------------------------------
    def fetch(self, session: Session) -> ProgrammePayload:
        view = programme_view(session, self.filters)
        years = view.plan.years if view.plan else view.years
        return ProgrammePayload(
            view=view, analysis=analyse(session, self.basis, years), choices=form_choices(session)
        )

    def narrow_fetch(self, due: list[Changes]) -> Callable[[Session], Any] | None:
        """Assessments changed (a volume edited): only the analysis of their RT units and
        their kawasan is projected again; the matrix, pivots and catalogues stay. A
        stakeholder changed (an executor's name): the matrix and the form's choices read
        again, the analysis kept."""
        p, ids = self.payload, only_ids(due, ASSESSMENT)
        if p is not None and only_kind(due, STAKEHOLDER):
            filters = self.filters

            def matrix(session: Session) -> ProgrammePayload:
                kept = {k: v for k, v in p.prepared.items() if k in ANALYSIS_GRIDS}
                view, choices = programme_view(session, filters), form_choices(session)
                return replace(p, view=view, choices=choices, prepared=kept, table_kept=False)

            return matrix
        if p is None or ids is None:
            return None

        def work(session: Session) -> ProgrammePayload:
            locations = locations_of(session, ids)
            analysis = reanalysed(session, p.analysis, locations) if locations else p.analysis
            kept = {k: v for k, v in p.prepared.items() if k not in ANALYSIS_GRIDS}
            return replace(p, analysis=analysis, prepared=kept, table_kept=True)

        return work

    def table(self, payload: Any) -> tuple[list[Column], list[Any]] | None:
        p: ProgrammePayload = payload
        v = p.view
        total = self.tr("Total")
        if "outlook" not in p.prepared:  # (a narrow load may keep the analysis as shown)
            p.prepared["outlook"] = prepare(outlook_columns(p.analysis), outlook_rows(p.analysis))
            p.prepared["gaps"] = prepare(gap_columns(), frame_rows(p.analysis.gaps))
            p.prepared["over"] = prepare(over_columns(), frame_rows(p.analysis.over))
        if p.table_kept:
            return None
        p.prepared["source"] = prepare(
            pivot_columns(self.tr("Funding source"), v.years),
            pivot_rows(v.by_source, v.years, total),
        )
        p.prepared["kec"] = prepare(
            pivot_columns(self.tr("Kecamatan"), v.years),
            pivot_rows(v.by_subdistrict, v.years, total),
        )
        p.prepared["src_cat"] = prepare(source_columns(), p.sources)
        p.prepared["type_cat"] = prepare(type_columns(), p.types)
        return matrix_columns(v.years), v.rows

    def apply(self, payload: Any) -> None:
        p: ProgrammePayload = payload
        self.payload = p
        self._offer_catalogue()
        for key, model in (
            ("source", self.source_model),
            ("kec", self.kec_model),
            ("outlook", self.outlook_model),
            ("gaps", self.gap_model),
            ("over", self.over_model),
            ("src_cat", self.source_cat_model),
            ("type_cat", self.type_cat_model),
        ):
            if model._data is not p.prepared[key]:  # (after a narrow load most are as shown)
                model.set_prepared(p.prepared[key])
        self.model.editors = {"volume": self.set_volume_text, "status": self.set_status_text}
        for year in p.view.years:
            self.model.editors[f"y{year}"] = lambda r, t, y=year: self.set_amount_text(r, y, t)
        self.source_cat_model.editors = {"name": self.rename_source}
        self.type_cat_model.editors = {
            "name": lambda r, t: self.change_type(r, name=t),
            "unit": lambda r, t: self.change_type(r, unit=t),
            "unit_cost_rp": self.set_type_cost,
        }
        # widths from the prepared texts: Qt's resizeColumnsToContents measured every cell
        # of eleven grids on the GUI thread (0.4 s at 2,000 RT units)
        for grid in (
            self.source_view,
            self.kec_view,
            self.source_cat_view,
            self.type_cat_view,
            *self.small_views,
        ):
            model = grid.model()
            if isinstance(model, RowTableModel):
                fit_columns(grid, model)
            else:
                grid.resizeColumnsToContents()
        self.summary.setText(summary_text(p.view))
        self._fill_filters(p.view)
        self.chart.set_analysis(p.analysis)
        a = p.analysis
        leaving = sum(1 for loc in a.locations if loc.exit_year is not None)
        end = a.slum_ha.get(a.years[-1], a.slum_ha_baseline) if a.years else a.slum_ha_baseline
        self.analysis_summary.setText(
            self.tr(
                "Slum now %1 ha, at the end of %2: %3 ha; %4 RT units leave slum status; "
                "%5 gaps, %6 over-covered."
            )
            .replace("%1", format_number(a.slum_ha_baseline, 2))
            .replace("%2", str(a.years[-1]) if a.years else "–")
            .replace("%3", format_number(end, 2))
            .replace("%4", str(leaving))
            .replace("%5", str(len(a.gaps)))
            .replace("%6", str(len(a.over)))
        )

    def _fill_filters(self, v: ProgrammeView) -> None:
        options = {
            "subdistrict": v.choices.subdistricts,
            "kawasan": v.choices.kawasans,
            "criterion": v.choices.criteria,
            "source": [name for _i, name in v.choices.sources],
            "executor": v.choices.executors,
        }
        for key, box in self.boxes.items():
            current = getattr(self.filters, key)
            box.blockSignals(True)
            while box.count() > 1:
                box.removeItem(1)
            for name in options[key]:
                box.addItem(name, name)
            select_data(box, current) if current else box.setCurrentIndex(0)
            box.blockSignals(False)

    def _filter_chosen(self) -> None:
        self.filters = Filters(**{k: b.currentData() for k, b in self.boxes.items()})
        self.reload()

    def _basis_chosen(self) -> None:
        self.basis = self.basis_box.currentData()
        self.reload()

    # -- activities ------------------------------------------------------------------------
    def selected_row(self) -> ActivityRow | None:
        idx = self.view.currentIndex()
        if not idx.isValid():
            return None
        src = self.proxy.mapToSource(idx)
        return self.model.rows[self.model.source_position(src.row())]

    def _double_clicked(self, index: Any) -> None:
        key = self.model.columns[self.proxy.mapToSource(index).column()].key
        if key not in self.model.editors:
            self.edit_activity()

    def _default_year(self) -> int:
        v = self.payload.view if self.payload else None
        return v.plan.period_start if v and v.plan else (v.years[0] if v and v.years else 2026)

    def _target_text(self, data: pe.ActivityData) -> str:
        """The place of an activity in words (its RT code or kawasan name)."""
        c = self.payload.choices if self.payload else None
        if c is None:
            return ""
        if data.location_id is not None:
            return next((code for i, code, _k in c.locations if i == data.location_id), "")
        return next((n for i, n in c.areas if i == data.area_id), "")

    def can_add_item(self) -> bool:
        return True

    def new_item(self) -> None:
        self.sub.setCurrentIndex(0)
        self.new_activity()

    def _place_of(self, row: ActivityRow | None) -> tuple[str, int] | None:
        """The form's place value for a matrix row: its RT unit, else its kawasan."""
        if row is None or self.payload is None:
            return None
        c = self.payload.choices
        if row.code:
            return next((("L", i) for i, code, _k in c.locations if code == row.code), None)
        return next((("A", i) for i, name in c.areas if name == row.kawasan), None)

    def new_activity(self) -> None:
        if self.engine is None or self.payload is None:
            return
        row = self.selected_row()
        dialog = ActivityDialog(
            self.payload.choices,
            None,
            self._default_year(),
            self,
            place=self._place_of(row),
            criterion=self.filters.criterion or (row.criterion if row else None),
        )
        if not dialogs.run_dialog(dialog) or dialog.result_data is None:
            return
        data = dialog.result_data
        made: dict[str, int] = {}

        def redo(s: Session) -> None:
            made["id"] = pe.create_activity(s, data, user="ui", activity_id=made.get("id"))

        self.push(
            self.tr("Add activity %1 %2")
            .replace("%1", data.criterion_code)
            .replace("%2", self._target_text(data)),
            redo,
            lambda s: pe.delete_activity(s, made["id"], user="ui"),
        )

    def edit_activity(self) -> None:
        row = self.selected_row()
        if row is None or self.engine is None or self.payload is None:
            return
        old = self.query(lambda session: pe.activity_data(session, row.id))
        dialog = ActivityDialog(self.payload.choices, old, self._default_year(), self)
        if not dialogs.run_dialog(dialog) or dialog.result_data in (None, old):
            return
        self._replace(
            row.id,
            old,
            dialog.result_data,
            self.tr("Change activity %1 %2 %3")
            .replace("%1", row.criterion)
            .replace("%2", row.target)
            .replace("%3", row.activity_type),
        )

    def _replace(self, aid: int, old: pe.ActivityData, new: pe.ActivityData, text: str) -> None:
        self._push_cell(
            text,
            aid,
            lambda s: pe.update_activity(s, aid, new, user="ui"),
            lambda s: pe.restore_activity(s, aid, old, user="ui"),
        )

    def _push_cell(self, text: str, aid: int, redo: Work, undo: Work) -> None:
        """A change of one activity's cell: its answer is the activity's new row, put in
        the matrix at once; the totals and the analysis follow with a load behind it."""
        source = self.filters.source

        def with_row(work: Work) -> Work:
            def run(session: Session) -> Any:
                work(session)
                return activity_row(session, aid, source)

            return run

        shown = next((r for r in self.model.rows if r.id == aid), None)
        self.push(
            text,
            with_row(redo),
            with_row(undo),
            done=self._activity_written,
            # the activity as the matrix showed it: someone else's change since is not
            # written over without asking
            seen=[Seen("activity", aid, shown.version)] if shown is not None else (),
        )

    def _activity_written(self, row: ActivityRow | None) -> None:
        if row is not None:
            for position, old in enumerate(self.model.rows):
                if old.id == row.id:
                    self.model.replace_row(position, row)
                    break
        self._refresh.start()  # the sums, pivots and analysis: in the background

    def delete_activity(self) -> None:
        row = self.selected_row()
        if row is None or self.engine is None:
            return
        old = self.query(lambda session: pe.activity_data(session, row.id))
        self.push(
            self.tr("Delete activity %1 %2")
            .replace("%1", row.target)
            .replace("%2", row.activity_type),
            lambda s: pe.delete_activity(s, row.id, user="ui"),
            lambda s: pe.restore_activity(s, row.id, old, user="ui"),
            seen=[Seen("activity", row.id, row.version)],  # not one changed meanwhile
        )

    def _current(self, row: ActivityRow) -> pe.ActivityData | None:
        assert self.engine is not None
        return self.query(lambda session: pe.activity_data(session, row.id))

    def set_volume_text(self, row: ActivityRow, text: str) -> None:
        try:
            volume = parse_user_number(text.replace(row.unit, ""))
        except ValueError:
            volume = -1.0
        if volume is None or volume < 0:
            dialogs.show_error(
                self,
                self.tr("Not changed"),
                self.tr(
                    "Write the volume as a number of at least 0 (in %1), e.g. 30 or 12,5."
                ).replace("%1", row.unit),
            )
            return
        old = self._current(row)
        if old is not None and old.volume != volume:
            self._replace(
                row.id,
                old,
                replace(old, volume=volume),
                self.tr("Change volume %1 %2 to %3")
                .replace("%1", row.criterion)
                .replace("%2", row.target)
                .replace("%3", f"{format_editable(volume)} {row.unit}"),
            )

    def set_status_text(self, row: ActivityRow, text: str) -> None:
        wanted = text.strip().lower()
        status = next((s for s in ACTIVITY_STATUSES if wanted in (s, label(s).lower())), None)
        if status is None:
            dialogs.show_error(
                self,
                self.tr("Not changed"),
                self.tr("The status is one of: %1.").replace(
                    "%1", ", ".join(label(s) for s in ACTIVITY_STATUSES)
                ),
            )
            return
        old = self._current(row)
        if old is not None and old.status != status:
            self._replace(
                row.id,
                old,
                replace(old, status=status),
                self.tr("Change status %1 %2 to %3")
                .replace("%1", row.criterion)
                .replace("%2", row.target)
                .replace("%3", label(status)),
            )

    def _rupiah(self, text: str) -> tuple[bool, int | None]:
        """A typed amount, or (False, None) after saying what is expected."""
        try:
            return True, parse_rupiah(text)
        except ValueError:
            dialogs.show_error(
                self,
                self.tr("Not changed"),
                self.tr("Write whole rupiah, e.g. 20.000.000 (or leave it empty)."),
            )
            return False, None

    def set_amount_text(self, row: ActivityRow, year: int, text: str) -> None:
        ok, amount = self._rupiah(text)
        if not ok:
            return
        old = self._current(row)
        source = self.filters.source
        source_id = None
        if source is not None and self.payload is not None:
            source_id = next(i for i, n in self.payload.view.choices.sources if n == source)
        self._push_cell(
            self.tr("Change %1 money in %2").replace("%1", row.target).replace("%2", str(year)),
            row.id,
            lambda s: pe.set_year_amount(s, row.id, year, amount, user="ui", source_id=source_id),
            lambda s: pe.restore_activity(s, row.id, old, user="ui"),
        )

    def edit_plan(self) -> None:
        if self.engine is None:
            return
        plan = self.query(lambda session: pe.plan_info(session))
        dialog = PlanDialog(plan, self)
        if not dialogs.run_dialog(dialog):
            return
        name, start, end = dialog.values()
        old = (plan.name, plan.period_start, plan.period_end) if plan else None
        if old == (name, start, end):
            return
        self.push(
            self.tr("Change plan period"),
            lambda s: pe.set_plan(s, name, start, end, user="ui"),
            lambda s: pe.set_plan(s, *old, user="ui") if old else None,
            seen=[Seen("plan_version", plan.id, plan.version)] if plan else (),
        )

    def import_records(self, path: str = "") -> None:
        """Impor data investasi: the import window, on ``path`` when a file was dropped."""
        if self.engine is None or self.payload is None:
            return
        from workbench.ui.programme_import import ImportProgrammeDialog

        dialog = ImportProgrammeDialog(self.engine, self.payload.sources, self.payload.types, self)
        if path:
            dialog.set_file(path)
        if dialogs.run_dialog(dialog) and dialog.result is not None:
            r = dialog.result
            if self.undo_stack is not None:
                self.undo_stack.clear()  # an import is not an undo step
            announce(Changes.of(PROGRAMME, origin=self))
            dialogs.show_info(
                self,
                self.tr("Imported"),
                self.tr("%1 rows read: %2 activities added, %3 already recorded.")
                .replace("%1", str(r.rows))
                .replace("%2", str(r.added))
                .replace("%3", str(r.unchanged)),
            )

    # -- catalogue -------------------------------------------------------------------------
    def _selected(self, view: QTableView, model: RowTableModel) -> Any:
        idx = view.currentIndex()
        return model.rows[model.source_position(idx.row())] if idx.isValid() else None

    def add_source(self) -> None:
        name = dialogs.ask_text(self, self.tr("New funding source"), self.tr("Name"))
        if not name:
            return
        made: dict[str, int] = {}

        def redo(s: Session) -> None:
            made["id"] = pe.save_funding_source(s, made.get("id"), name, user="ui")[0]

        self.push(
            self.tr("Add funding source"),
            redo,
            lambda s: pe.delete_funding_source(s, made["id"], user="ui"),
        )

    def rename_source(self, src: pe.SourceInfo, text: str) -> None:
        self.push(
            self.tr("Rename funding source"),
            lambda s: pe.save_funding_source(s, src.id, text, src.active, "ui"),
            lambda s: pe.save_funding_source(s, src.id, src.name, src.active, "ui"),
            seen=[Seen("funding_source", src.id, src.version)],
        )

    def toggle_source(self) -> None:
        src = self._selected(self.source_cat_view, self.source_cat_model)
        if src is not None:
            self.push(
                self.tr("Switch funding source on/off"),
                lambda s: pe.save_funding_source(s, src.id, src.name, not src.active, "ui"),
                lambda s: pe.save_funding_source(s, src.id, src.name, src.active, "ui"),
                seen=[Seen("funding_source", src.id, src.version)],
            )

    def delete_source(self) -> None:
        src = self._selected(self.source_cat_view, self.source_cat_model)
        if src is not None:
            self.push(
                self.tr("Delete funding source"),
                lambda s: pe.delete_funding_source(s, src.id, user="ui"),
                lambda s: pe.save_funding_source(s, src.id, src.name, src.active, "ui"),
            )

    def add_type(self) -> None:
        name = dialogs.ask_text(self, self.tr("New activity type"), self.tr("Name"))
        if not name:
            return
        code = self.filters.criterion or dialogs.ask_text(
            self, self.tr("New activity type"), self.tr("Criterion it addresses (e.g. 4c)")
        )
        if not code:
            return
        data = pe.TypeData(name, code.strip().lower(), "")
        made: dict[str, int] = {}

        def redo(s: Session) -> None:
            made["id"] = pe.save_activity_type(s, made.get("id"), data, user="ui")[0]

        self.push(
            self.tr("Add activity type"),
            redo,
            lambda s: pe.delete_activity_type(s, made["id"], user="ui"),
        )

    def _type_data(self, t: pe.TypeInfo) -> pe.TypeData:
        return pe.TypeData(t.name, t.criterion_code, t.unit, t.unit_cost_rp)

    def change_type(self, t: pe.TypeInfo, **changes: Any) -> None:
        old = self._type_data(t)
        new = replace(old, **changes)
        self.push(
            self.tr("Change activity type"),
            lambda s: pe.save_activity_type(s, t.id, new, user="ui"),
            lambda s: pe.save_activity_type(s, t.id, old, user="ui"),
            seen=[Seen("activity_type", t.id, t.version)],
        )

    def set_type_cost(self, t: pe.TypeInfo, text: str) -> None:
        ok, cost = self._rupiah(text)
        if ok:
            self.change_type(t, unit_cost_rp=cost)

    def delete_type(self) -> None:
        t = self._selected(self.type_cat_view, self.type_cat_model)
        if t is not None:
            old = self._type_data(t)
            self.push(
                self.tr("Delete activity type"),
                lambda s: pe.delete_activity_type(s, t.id, user="ui"),
                lambda s: pe.save_activity_type(s, t.id, old, user="ui"),
            )
