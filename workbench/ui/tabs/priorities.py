"""Harmonisasi Prioritas: the harmonised ranking, sources side by side, workshop votes,
sensitivity to the weights, decisions and frozen agreed lists.

Every change goes through an undo command that runs one service call and reloads the tab
(the ranking is recomputed in a worker thread)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from workbench.domain.formatting import format_ha, format_number, parse_user_number
from workbench.services import harmonisation as hs
from workbench.services import priority_inputs as pi
from workbench.services.collaboration import list_stakeholders, village_choices
from workbench.services.workspace import dry_run, session_scope
from workbench.ui import dialogs
from workbench.ui.labels import label
from workbench.ui.models import CENTER, RIGHT, Column, Prepared, RowTableModel, prepare
from workbench.ui.style import LevelDelegate, level_label
from workbench.ui.tabs.base import TableTab
from workbench.ui.tabs.priority_dialogs import (
    DecisionDialog,
    FreezeDialog,
    SourceDialog,
    WeightsDialog,
    weights_text,
)
from workbench.ui.tabs.priority_views import (
    DECISION_COLORS,
    EditableRowModel,
    StabilityChart,
)

Work = Callable[[Session], Any]


def tr(text: str) -> str:
    return QCoreApplication.translate("PrioritiesTab", text)


def decision_label(status: str | None) -> str:
    return {"agreed": tr("agreed"), "contested": tr("contested"),
            "deferred": tr("deferred")}.get(status or "", "")


def agreement_label(band: str) -> str:
    return {"very_weak": tr("very weak"), "weak": tr("weak"), "moderate": tr("moderate"),
            "strong": tr("strong"), "very_strong": tr("very strong")}.get(band, band)


@dataclass
class PriorityPayload:
    view: hs.PriorityView
    frozen: list[hs.FrozenSummary]
    sources: list[pi.SourceRow]
    proposals: dict[tuple[int, str], pi.ProposalValue]
    voters: list[pi.Voter]
    votes: dict[tuple[int, str, str], float]
    voting_workshop: int | None
    stakeholders: list[tuple[int, str]]
    villages: list[tuple[int, str]]
    prepared: dict[str, Prepared] = field(default_factory=dict)


class ServiceCommand(QUndoCommand):
    """An undo step: ``redo`` and ``undo`` each run one unit of work, then the tab reloads."""

    def __init__(self, tab: PrioritiesTab, text: str, redo: Work, undo: Work) -> None:
        super().__init__(text)
        self.tab, self._redo, self._undo = tab, redo, undo

    def redo(self) -> None:
        self.tab.run(self._redo)

    def undo(self) -> None:
        self.tab.run(self._undo)


class PrioritiesTab(TableTab):
    projection_requested = Signal()

    def __init__(self, parent: Any = None) -> None:
        self.sub = QTabWidget()
        self.matrix_model = EditableRowModel()
        self.votes_model = EditableRowModel()
        self.frozen_model = RowTableModel(self._frozen_columns(), parent=None)
        self.frozen_entries_model = RowTableModel(self._entry_columns(),
                                                  id_of=lambda e: e.key)
        self.chart = StabilityChart()
        super().__init__(parent)
        self.undo_stack: QUndoStack | None = None
        self.payload: PriorityPayload | None = None
        self.model._id_of = lambda r: r.key
        self.view.setItemDelegateForColumn(self.model.column_index("level"), LevelDelegate(self))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.doubleClicked.connect(lambda _i: self.edit_decision())
        self.level_box = QComboBox()
        self.level_box.addItem(self.tr("RT units"), "rt")
        self.level_box.addItem(self.tr("Kawasan"), "kawasan")
        self.level_box.setToolTip(self.tr("Rank RT units or whole kawasan"))
        self.level_box.activated.connect(self._level_chosen)
        self.workshop_box = QComboBox()
        self.workshop_box.setToolTip(self.tr("Whose votes count in the ranking"))
        self.workshop_box.setMaximumWidth(260)
        self.workshop_box.activated.connect(self._workshop_chosen)
        self.weights_button = QPushButton(self.tr("Weights…"))
        self.weights_button.setShortcut(QKeySequence("Ctrl+Shift+W"))
        self.weights_button.clicked.connect(self.edit_weights)
        self.decide_button = QToolButton()
        self.decide_button.setText(self.tr("Decide"))
        self.decide_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        for text, status, key in ((self.tr("Agreed"), "agreed", "Ctrl+1"),
                                  (self.tr("Contested"), "contested", "Ctrl+2"),
                                  (self.tr("Deferred"), "deferred", "Ctrl+3"),
                                  (self.tr("Clear decision"), None, "Ctrl+0")):
            act = QAction(text, self)
            act.setShortcut(QKeySequence(key))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(lambda _c=False, s=status: self.decide_selected(s))
            self.decide_button.addAction(act)
            self.addAction(act)
        note = QAction(self.tr("Decision with note and meeting…"), self)
        note.triggered.connect(self.edit_decision)
        self.decide_button.addAction(note)
        self.freeze_button = QPushButton(self.tr("Freeze agreed list…"))
        self.freeze_button.clicked.connect(self.freeze_list)
        self.projection_button = QPushButton(self.tr("Projection (F11)"))
        self.projection_button.clicked.connect(self.projection_requested)
        for w in (self.level_box, self.workshop_box, self.weights_button, self.decide_button,
                  self.freeze_button, self.projection_button):
            self.filter_bar.addWidget(w)

    # -- layout ----------------------------------------------------------------------------
    def body(self) -> QWidget:
        self.sub.addTab(self.view, self.tr("Ranking"))
        self.matrix_view = self._grid(self.matrix_model)
        sources = QWidget()
        bar = QHBoxLayout()
        self.add_source_button = QPushButton(self.tr("New source…"))
        self.add_source_button.clicked.connect(self.new_source)
        self.edit_source_button = QPushButton(self.tr("Edit source…"))
        self.edit_source_button.clicked.connect(self.edit_source)
        self.delete_source_button = QPushButton(self.tr("Delete source"))
        self.delete_source_button.clicked.connect(self.delete_source)
        self.source_box = QComboBox()
        self.source_box.setMinimumContentsLength(24)
        hint = QLabel(self.tr("Type a source's rank in its column (1 = first; “70 p” for "
                              "points); empty removes the proposal."))
        hint.setWordWrap(True)
        for w in (self.source_box, self.add_source_button, self.edit_source_button,
                  self.delete_source_button):
            bar.addWidget(w)
        bar.addStretch(1)
        lay = QVBoxLayout(sources)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addLayout(bar)
        lay.addWidget(hint)
        lay.addWidget(self.matrix_view, 1)
        self.sub.addTab(sources, self.tr("Sources side by side"))
        votes = QWidget()
        self.votes_hint = QLabel()
        self.votes_hint.setWordWrap(True)
        self.votes_view = self._grid(self.votes_model)
        lay = QVBoxLayout(votes)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addWidget(self.votes_hint)
        lay.addWidget(self.votes_view, 1)
        self.sub.addTab(votes, self.tr("Workshop votes"))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        self.sub.addTab(scroll, self.tr("Sensitivity"))
        frozen = QSplitter(Qt.Orientation.Vertical)
        self.frozen_view = self._grid(self.frozen_model)
        self.frozen_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.frozen_view.selectionModel().currentRowChanged.connect(self._frozen_selected)
        self.frozen_entries_view = self._grid(self.frozen_entries_model)
        self.frozen_status = QLabel()
        self.frozen_status.setWordWrap(True)
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.frozen_status)
        lay.addWidget(self.frozen_entries_view, 1)
        frozen.addWidget(self.frozen_view)
        frozen.addWidget(box)
        self.sub.addTab(frozen, self.tr("Agreed lists"))
        return self.sub

    def _grid(self, model: RowTableModel) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setAlternatingRowColors(True)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(24)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    def title(self) -> str:
        return self.tr("Priority Harmonisation")

    # -- columns ---------------------------------------------------------------------------
    def columns(self) -> list[Column]:
        return [
            Column("rank", QT_TRANSLATE_NOOP("Columns", "Rank"), value=lambda r: r.rank,
                   align=CENTER),
            Column("decision", QT_TRANSLATE_NOOP("Columns", "Decision"),
                   value=lambda r: r.decision.status if r.decision else None,
                   fmt=decision_label, align=CENTER,
                   foreground=lambda r: DECISION_COLORS.get(r.decision.status)
                   if r.decision else None,
                   tooltip=lambda r: r.decision.note if r.decision else ""),
            Column("code", QT_TRANSLATE_NOOP("Columns", "Location"),
                   value=lambda r: r.info.code),
            Column("village", QT_TRANSLATE_NOOP("Columns", "Village"),
                   value=lambda r: r.info.village),
            Column("total", QT_TRANSLATE_NOOP("Columns", "Total score"),
                   value=lambda r: r.info.total, align=RIGHT),
            Column("level", QT_TRANSLATE_NOOP("Columns", "Slum level"),
                   value=lambda r: r.info.level, fmt=level_label, align=CENTER),
            Column("priority_code", QT_TRANSLATE_NOOP("Columns", "Priority code"),
                   value=lambda r: r.info.priority_code, align=CENTER),
            Column("composite", QT_TRANSLATE_NOOP("Columns", "Composite"),
                   value=lambda r: r.composite, fmt=lambda v: format_number(v, 3),
                   align=RIGHT),
            Column("borda_rank", QT_TRANSLATE_NOOP("Columns", "Borda rank"),
                   value=lambda r: r.borda_rank, align=RIGHT,
                   tooltip=lambda r: tr("Borda points: %1").replace(
                       "%1", format_number(r.borda, 2))),
            Column("sources", QT_TRANSLATE_NOOP("Columns", "Sources"),
                   value=lambda r: len(r.source_ranks), align=RIGHT),
            Column("spread", QT_TRANSLATE_NOOP("Columns", "Rank spread"),
                   value=lambda r: r.spread, fmt=lambda v: format_number(v, 0), align=RIGHT,
                   background=lambda r: _spread_color(r.spread)),
            Column("support", QT_TRANSLATE_NOOP("Columns", "For"),
                   value=lambda r: r.support, align=RIGHT),
            Column("object", QT_TRANSLATE_NOOP("Columns", "Against"),
                   value=lambda r: r.object, align=RIGHT),
            Column("points", QT_TRANSLATE_NOOP("Columns", "Points"),
                   value=lambda r: r.points, fmt=lambda v: format_number(v, 0) if v else "",
                   align=RIGHT),
            Column("stability", QT_TRANSLATE_NOOP("Columns", "In top N"),
                   value=lambda r: r.stability,
                   fmt=lambda v: f"{format_number(100 * v, 0)} %", align=RIGHT),
            Column("range", QT_TRANSLATE_NOOP("Columns", "Rank range"),
                   value=lambda r: (r.best, r.worst),
                   fmt=lambda v: f"{v[0]}–{v[1]}" if v[0] != v[1] else str(v[0]),
                   align=CENTER),
            Column("area", QT_TRANSLATE_NOOP("Columns", "Slum area (kawasan)"),
                   value=lambda r: r.info.area),
            Column("area_ha", QT_TRANSLATE_NOOP("Columns", "Area"),
                   value=lambda r: r.info.area_ha, fmt=format_ha, align=RIGHT),
            Column("oc", QT_TRANSLATE_NOOP("Columns", "Other considerations"),
                   value=lambda r: r.info.other_considerations, fmt=label),
            Column("land", QT_TRANSLATE_NOOP("Columns", "Land status"),
                   value=lambda r: r.info.land_status, fmt=label),
        ]

    def _frozen_columns(self) -> list[Column]:
        return [
            Column("name", QT_TRANSLATE_NOOP("Columns", "Agreed list")),
            Column("frozen_at", QT_TRANSLATE_NOOP("Columns", "Frozen"),
                   fmt=lambda v: v.strftime("%Y-%m-%d %H:%M")),
            Column("engagement", QT_TRANSLATE_NOOP("Columns", "Meeting")),
            Column("agreed", QT_TRANSLATE_NOOP("Columns", "Agreed"), align=RIGHT),
            Column("fingerprint", QT_TRANSLATE_NOOP("Columns", "Fingerprint (SHA-256)"),
                   fmt=lambda v: v[:16] + "…"),
        ]

    def _entry_columns(self) -> list[Column]:
        return [
            Column("status", QT_TRANSLATE_NOOP("Columns", "Decision"), fmt=decision_label,
                   foreground=lambda e: DECISION_COLORS.get(e.status)),
            Column("rank", QT_TRANSLATE_NOOP("Columns", "Rank"), align=CENTER),
            Column("code", QT_TRANSLATE_NOOP("Columns", "Location")),
            Column("village", QT_TRANSLATE_NOOP("Columns", "Village")),
            Column("area_ha", QT_TRANSLATE_NOOP("Columns", "Area"), fmt=format_ha,
                   align=RIGHT),
            Column("total", QT_TRANSLATE_NOOP("Columns", "Total score"), align=RIGHT),
            Column("priority_code", QT_TRANSLATE_NOOP("Columns", "Priority code"),
                   align=CENTER),
            Column("handling", QT_TRANSLATE_NOOP("Columns", "Handling pattern"), fmt=label),
            Column("note", QT_TRANSLATE_NOOP("Columns", "Note")),
        ]

    def _matrix_columns(self, p: PriorityPayload) -> list[Column]:
        base = {c.key: c for c in self.columns()}
        cols = [base["rank"], base["code"], base["total"]]
        for s in p.sources:
            cols.append(Column(f"src{s.id}", s.name, value=lambda r, sid=s.id: _proposal_text(
                p.proposals.get((sid, r.key))), align=CENTER,
                tooltip=lambda r, s=s: f"{s.name} ({s.kind})"))
        return cols

    def _votes_columns(self, p: PriorityPayload) -> list[Column]:
        base = {c.key: c for c in self.columns()}
        cols = [base["rank"], base["code"], base["village"]]
        choices = (("support", tr("for")), ("object", tr("against")),
                   ("abstain", tr("abstain")), ("points", tr("points")))
        for i, voter in enumerate(p.voters):
            for choice, word in choices:
                if i and choice == "abstain":
                    continue
                cols.append(Column(
                    f"v{i}:{choice}", f"{voter.label}: {word}",
                    value=lambda r, i=i, c=choice: p.votes.get((i, r.key, c)),
                    fmt=lambda v: "" if not v else format_number(v, 0), align=RIGHT))
        return cols

    # -- loading ---------------------------------------------------------------------------
    def fetch(self, session: Session) -> PriorityPayload:
        view = hs.harmonised_view(session)
        workshop = pi.voting_workshop(session, view.settings.workshop_id)
        voters, votes = pi.vote_cells(session, workshop)
        return PriorityPayload(
            view=view, frozen=hs.frozen_lists(session), sources=pi.list_sources(session),
            proposals=pi.proposal_cells(session), voters=voters, votes=votes,
            voting_workshop=workshop,
            stakeholders=[(r.id, r.name) for r in list_stakeholders(session)],
            villages=[(vid, f"{name} ({kec})") for vid, name, kec in village_choices(session)])

    def table(self, payload: Any) -> tuple[list[Column], list[Any]]:
        p: PriorityPayload = payload
        rows = p.view.rows
        p.prepared["matrix"] = prepare(self._matrix_columns(p), rows)
        p.prepared["votes"] = prepare(self._votes_columns(p), rows)
        p.prepared["frozen"] = prepare(self._frozen_columns(), p.frozen)
        return self.columns(), rows

    def apply(self, payload: Any) -> None:
        p: PriorityPayload = payload
        self.payload = p
        s = p.view.settings
        self.matrix_model.set_prepared(p.prepared["matrix"])
        self.matrix_model.editors = {f"src{src.id}": (lambda r, t, sid=src.id:
                                                      self.set_proposal_text(sid, r, t))
                                     for src in p.sources}
        self.votes_model.set_prepared(p.prepared["votes"])
        self.votes_model.editors = {c.key: (lambda r, t, k=c.key: self.set_vote_text(k, r, t))
                                    for c in self.votes_model.columns if c.key.startswith("v")}
        self.frozen_model.set_prepared(p.prepared["frozen"])
        if p.frozen:
            self.frozen_view.selectRow(0)
            self._show_frozen(p.frozen[0].id)
        else:
            self.frozen_entries_model.set_rows([])
            self.frozen_status.setText(self.tr("No agreed list has been frozen yet."))
        for view in (self.matrix_view, self.votes_view, self.frozen_view):
            view.resizeColumnsToContents()
        self.level_box.setCurrentIndex(max(0, self.level_box.findData(s.level)))
        self.workshop_box.clear()
        self.workshop_box.addItem(self.tr("Votes of every meeting"), None)
        for eid, text in p.view.workshops:
            self.workshop_box.addItem(text, eid)
        self.workshop_box.setCurrentIndex(max(0, self.workshop_box.findData(s.workshop_id)))
        self.source_box.clear()
        for src in p.sources:
            self.source_box.addItem(f"{src.name} ({src.proposals})", src.id)
        where = next((t for eid, t in p.view.workshops if eid == p.voting_workshop),
                     self.tr("no meeting"))
        self.votes_hint.setText(self.tr("Tallies and points recorded at: %1. Type a number in "
                                        "a cell; the projection view's +/− keys change the "
                                        "plenary show of hands. Points budget per voter: %2.")
                                .replace("%1", where)
                                .replace("%2", format_number(s.points_budget, 0)))
        w = p.view.concordance
        agreement = (self.tr("agreement between sources W = %1 (%2)")
                     .replace("%1", format_number(w.w, 2))
                     .replace("%2", agreement_label(w.agreement)) if w else
                     self.tr("agreement between sources needs two sources"))
        decided = [r.decision.status for r in p.view.rows if r.decision]
        self.summary.setText(
            self.tr("%1 candidates (%2, latest assessment, slum only) · %3 sources · %4 · "
                    "%5 agreed, %6 contested, %7 deferred.\nWeights: %8 · top %9.")
            .replace("%1", str(len(p.view.rows)))
            .replace("%2", self.tr("RT units") if s.level == "rt" else self.tr("kawasan"))
            .replace("%3", str(len(p.sources))).replace("%4", agreement)
            .replace("%5", str(decided.count("agreed")))
            .replace("%6", str(decided.count("contested")))
            .replace("%7", str(decided.count("deferred")))
            .replace("%8", weights_text(s.weights)).replace("%9", str(s.top_n)))
        self.chart.set_rows(p.view.rows, s.top_n, self.tr(
            "Weights moved by ±%1 % in %2 draws (seed %3); green ≥ 90 %, amber ≥ 50 %.")
            .replace("%1", format_number(s.spread_pct, 0)).replace("%2", str(s.draws))
            .replace("%3", str(s.seed)))

    def rows(self) -> list[hs.PriorityRow]:
        return self.payload.view.rows if self.payload else []

    # -- commands --------------------------------------------------------------------------
    def run(self, work: Work) -> Any:
        """One unit of work from an undo command; errors are shown, nothing half-done."""
        if self.engine is None:
            return None
        try:
            with session_scope(self.engine) as session:
                result = work(session)
        except ValueError as exc:
            dialogs.show_error(self, self.tr("Not changed"), str(exc))
            self.reload()
            return None
        self.reload()
        return result

    def push(self, text: str, redo: Work, undo: Work) -> None:
        command = ServiceCommand(self, text, redo, undo)
        if self.undo_stack is not None:
            self.undo_stack.push(command)
        else:
            command.redo()

    def _check(self, work: Work) -> bool:
        """Try a change in a transaction that is rolled back: refuse it before it becomes an
        undo step (so a refused change leaves no empty step on the stack)."""
        assert self.engine is not None
        try:
            dry_run(self.engine, work)
        except ValueError as exc:
            dialogs.show_error(self, self.tr("Not changed"), str(exc))
            return False
        return True

    def push_checked(self, text: str, redo: Work, undo: Work) -> bool:
        if self.engine is None or not self._check(redo):
            return False
        self.push(text, redo, undo)
        return True

    def change_settings(self, new: hs.Settings, text: str) -> None:
        if self.payload is None:
            return
        old = self.payload.view.settings
        if new == old:
            return
        self.push_checked(text, lambda s: hs.save_settings(s, new),
                          lambda s: hs.save_settings(s, old))

    def _level_chosen(self) -> None:
        if self.payload is not None:
            self.change_settings(replace(self.payload.view.settings,
                                         level=self.level_box.currentData()),
                                 self.tr("Change candidate level"))

    def _workshop_chosen(self) -> None:
        if self.payload is not None:
            self.change_settings(replace(self.payload.view.settings,
                                         workshop_id=self.workshop_box.currentData()),
                                 self.tr("Choose the votes that count"))

    def set_top_n(self, n: int) -> None:
        if self.payload is not None:
            self.change_settings(replace(self.payload.view.settings, top_n=max(1, n)),
                                 self.tr("Move the top-N cut line"))

    def edit_weights(self, parent: QWidget | None = None, large: bool = False) -> None:
        if self.payload is None:
            return
        dialog = WeightsDialog(self.payload.view.settings, parent or self, large=large)
        if dialogs.run_dialog(dialog):
            self.change_settings(dialog.result_settings(), self.tr("Change weights"))

    # decisions
    def selected_rows(self) -> list[hs.PriorityRow]:
        rows = []
        for index in self.view.selectionModel().selectedRows():
            pos = self.model.source_position(self.proxy.mapToSource(index).row())
            rows.append(self.model.rows[pos])
        return rows

    def set_decisions(self, rows: list[hs.PriorityRow], decision: hs.Decision | None) -> None:
        if not rows:
            return
        olds = {r.info.target: r.decision for r in rows}

        def redo(s: Session) -> None:
            for target in olds:
                hs.set_decision(s, target, decision)

        def undo(s: Session) -> None:
            for target, old in olds.items():
                hs.set_decision(s, target, old)

        what = decision_label(decision.status) if decision else self.tr("no decision")
        self.push_checked(self.tr("Mark %1 location(s) %2").replace("%1", str(len(rows)))
                          .replace("%2", what), redo, undo)

    def decide_selected(self, status: str | None) -> None:
        rows = self.selected_rows()
        if status is None:
            self.set_decisions(rows, None)
            return
        ws = self.payload.voting_workshop if self.payload else None
        self.set_decisions(rows, hs.Decision(status, "", ws))

    def decide_key(self, key: str, status: str | None) -> None:
        row = next((r for r in self.rows() if r.key == key), None)
        if row is None:
            return
        note = row.decision.note if row.decision else ""
        ws = self.payload.voting_workshop if self.payload else None
        self.set_decisions([row], None if status is None else hs.Decision(status, note, ws))

    def edit_decision(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1 or self.payload is None:
            return
        row = rows[0]
        dialog = DecisionDialog(row.info.code, row.decision, self.payload.view.workshops, self)
        if dialogs.run_dialog(dialog):
            self.set_decisions([row], dialog.decision())

    # proposals
    def set_proposal_text(self, source_id: int, row: hs.PriorityRow, text: str) -> None:
        try:
            value = _parse_proposal(text)
        except ValueError as exc:
            dialogs.show_error(self, self.tr("Not changed"), str(exc))
            return
        old = self.payload.proposals.get((source_id, row.key)) if self.payload else None
        target = row.info.target
        self.push_checked(self.tr("Set proposal for %1").replace("%1", row.info.code),
                          lambda s: pi.set_proposal(s, source_id, target, value),
                          lambda s: pi.set_proposal(s, source_id, target, old))

    def _source_choices(self) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
        assert self.payload is not None
        return self.payload.stakeholders, self.payload.villages

    def new_source(self) -> None:
        if self.payload is None:
            return
        dialog = SourceDialog(None, *self._source_choices(), parent=self)
        if not dialogs.run_dialog(dialog):
            return
        data = dialog.data()
        created: dict[str, int] = {}

        def redo(s: Session) -> None:
            created["id"] = pi.create_source(s, data)

        def undo(s: Session) -> None:
            pi.delete_source(s, created["id"])

        self.push_checked(self.tr("Add source %1").replace("%1", data.name), redo, undo)

    def current_source(self) -> pi.SourceRow | None:
        sid = self.source_box.currentData()
        return next((s for s in self.payload.sources if s.id == sid), None) \
            if self.payload else None

    def edit_source(self) -> None:
        src = self.current_source()
        if src is None:
            return
        current = pi.SourceData(src.name, src.kind, src.year, src.stakeholder_id,
                                src.village_id, src.document)
        dialog = SourceDialog(current, *self._source_choices(), parent=self)
        if not dialogs.run_dialog(dialog):
            return
        data = dialog.data()
        self.push_checked(self.tr("Change source %1").replace("%1", data.name),
                          lambda s: pi.update_source(s, src.id, data),
                          lambda s: pi.update_source(s, src.id, current))

    def delete_source(self) -> None:
        src = self.current_source()
        if src is None:
            return
        if not dialogs.ask_yes_no(self, self.tr("Delete source"), self.tr(
                "Delete “%1” and its %2 proposal(s)? (Undo brings them back.)")
                .replace("%1", src.name).replace("%2", str(src.proposals))):
            return
        kept: dict[str, Any] = {"id": src.id}

        def redo(s: Session) -> None:
            kept["data"] = pi.delete_source(s, kept["id"])

        def undo(s: Session) -> None:
            kept["id"] = pi.restore_source(s, kept["data"])

        self.push_checked(self.tr("Delete source %1").replace("%1", src.name), redo, undo)

    # votes
    def set_vote_text(self, column_key: str, row: hs.PriorityRow, text: str) -> None:
        if self.payload is None:
            return
        voter_index, choice = column_key[1:].split(":")
        voter = self.payload.voters[int(voter_index)]
        try:
            number = parse_user_number(text) if text else 0.0
        except ValueError:
            number = None
        if number is None or number < 0 or (choice != "points" and number != int(number)):
            dialogs.show_error(self, self.tr("Not changed"), self.tr(
                "“%1” is not a count: type a whole number from 0.").replace("%1", text))
            return
        ws = self.payload.voting_workshop
        target = row.info.target
        old = self.payload.votes.get((int(voter_index), row.key, choice), 0.0)
        budget = self.payload.view.settings.points_budget
        if choice == "points":
            def put(value: float) -> Work:
                return lambda s: pi.set_points(s, ws, target, value or None, budget,
                                               voter.group, voter.stakeholder_id)
        else:
            def put(value: float) -> Work:
                return lambda s: pi.set_tally(s, ws, target, choice, int(value), voter.group,
                                              voter.stakeholder_id)
        self.push_checked(self.tr("Record votes for %1").replace("%1", row.info.code),
                          put(number), put(old))

    def adjust_tally(self, key: str, choice: str, delta: int) -> None:
        """+/− from the projection view: the plenary show of hands of the voting workshop."""
        row = next((r for r in self.rows() if r.key == key), None)
        if row is None or self.payload is None:
            return
        ws = self.payload.voting_workshop
        target = row.info.target
        self.push(self.tr("Tally %1 for %2").replace("%1", f"{delta:+d}")
                  .replace("%2", row.info.code),
                  lambda s: pi.adjust_tally(s, ws, target, choice, delta),
                  lambda s: pi.adjust_tally(s, ws, target, choice, -delta))

    # frozen lists
    def freeze_list(self) -> None:
        if self.payload is None:
            return
        decided = [r.decision.status for r in self.rows() if r.decision]
        default = self.tr("Priority locations %1").replace("%1", date.today().isoformat())
        dialog = FreezeDialog(decided.count("agreed"), decided.count("contested"),
                              decided.count("deferred"), self.payload.view.workshops, default,
                              self)
        if decided.count("agreed") == 0:
            dialogs.show_error(self, self.tr("Nothing to freeze"), self.tr(
                "No location is marked agreed yet: select rows and use Decide → Agreed "
                "(Ctrl+1), or A in the projection view."))
            return
        if not dialogs.run_dialog(dialog):
            return
        name, eid = dialog.name.text(), dialog.engagement.currentData()
        made: dict[str, int] = {}

        def redo(s: Session) -> None:
            made["id"] = hs.freeze(s, name, eid)

        def undo(s: Session) -> None:
            hs.unfreeze(s, made["id"])

        if self.push_checked(self.tr("Freeze %1").replace("%1", name), redo, undo):
            self.sub.setCurrentIndex(4)

    def _frozen_selected(self, current: Any, _previous: Any = None) -> None:
        if current is not None and current.isValid():
            row = self.frozen_model.rows[self.frozen_model.source_position(current.row())]
            self._show_frozen(row.id)

    def _show_frozen(self, list_id: int) -> None:
        if self.engine is None:
            return
        with session_scope(self.engine) as session:
            flist = hs.frozen_list(session, list_id)
        self.frozen_entries_model.set_rows(flist.entries)
        self.frozen_entries_view.resizeColumnsToContents()
        seal = (self.tr("Fingerprint verified: the record is as it was frozen.")
                if flist.intact else
                self.tr("WARNING: the stored record no longer matches its fingerprint."))
        self.frozen_status.setText(f"<b>{flist.summary.name}</b> · SHA-256 "
                                   f"<code>{flist.summary.fingerprint}</code><br>{seal}")


def _spread_color(spread: float) -> Any:
    from PySide6.QtGui import QColor

    if spread >= 60:
        return QColor("#ffcdd2")
    if spread >= 30:
        return QColor("#fff3c4")
    return None


def _proposal_text(value: pi.ProposalValue | None) -> str:
    if value is None:
        return ""
    if value.rank is not None:
        return str(value.rank)
    return f"{format_number(value.points or 0, 0)} p"


def _parse_proposal(text: str) -> pi.ProposalValue | None:
    t = text.strip().lower()
    if not t:
        return None
    if t.endswith(("p", "poin", "points")):
        number = t.rstrip("ointsp ").strip()
        try:
            return pi.ProposalValue(None, parse_user_number(number))
        except ValueError:
            pass
    elif t.isdigit() and int(t) >= 1:
        return pi.ProposalValue(int(t), None)
    raise ValueError(tr("“%1” is not a rank or points: type a whole number from 1 (1 = "
                        "first), or points such as “70 p”; leave empty to remove.")
                     .replace("%1", text))
