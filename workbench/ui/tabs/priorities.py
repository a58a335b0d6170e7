"""Harmonisasi Prioritas: the harmonised ranking, sources side by side, workshop votes,
sensitivity to the weights, decisions and frozen agreed lists.

Every change goes through an undo command that runs one service call and reloads the tab
(the ranking is recomputed in a worker thread)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
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

from workbench.domain.formatting import format_number
from workbench.services import harmonisation as hs
from workbench.services import priority_inputs as pi
from workbench.services.assessments import locations_of
from workbench.services.collaboration import list_stakeholders, village_choices
from workbench.services.versions import expect
from workbench.ui import dialogs
from workbench.ui.combos import select_data
from workbench.ui.models import Column, RowTableModel, prepare
from workbench.ui.operations import (
    ASSESSMENT,
    ENGAGEMENT,
    PRIORITY,
    STAKEHOLDER,
    Changes,
    only_ids,
    only_kind,
)
from workbench.ui.settings import MAP_BESIDE
from workbench.ui.style import LevelDelegate
from workbench.ui.tabs.base import ServiceEdits, TableTab, Work, fit_columns
from workbench.ui.tabs.priority_columns import (
    PriorityPayload,
    agreement_label,
    decision_label,
    entry_columns,
    frozen_columns,
    matrix_columns,
    ranking_columns,
    votes_columns,
)
from workbench.ui.tabs.priority_dialogs import (
    DecisionDialog,
    WeightsDialog,
    weights_text,
)
from workbench.ui.tabs.priority_edits import InputEdits
from workbench.ui.tabs.priority_views import (
    EditableRowModel,
    StabilityChart,
)
from workbench.ui.tabs.score_map import MEASURE_DECISION, ScoreMapPanel, beside_map


class PrioritiesTab(InputEdits, ServiceEdits, TableTab):
    edits = PRIORITY
    watches = frozenset({PRIORITY, ASSESSMENT, STAKEHOLDER, ENGAGEMENT})

    projection_requested = Signal()

    def __init__(self, parent: Any = None) -> None:
        self.sub = QTabWidget()
        self.matrix_model = EditableRowModel()
        self.votes_model = EditableRowModel()
        self.frozen_model = RowTableModel(frozen_columns(), parent=None)
        self.frozen_entries_model = RowTableModel(entry_columns(), id_of=lambda e: e.key)
        self.chart = StabilityChart()
        self.map_panel = ScoreMapPanel(own_rows=True, measure=MEASURE_DECISION)
        super().__init__(parent)
        # after counted hands re-ranked in memory: the full computation (sensitivity draws,
        # the per-voter grid) once the counting pauses
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(1500)
        self.settle.timeout.connect(self.reload)
        self.undo_stack: QUndoStack | None = None
        self.payload: PriorityPayload | None = None
        self.projection_subtitle = ""
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
        for text, status, key in (
            (self.tr("Agreed"), "agreed", "Ctrl+1"),
            (self.tr("Contested"), "contested", "Ctrl+2"),
            (self.tr("Deferred"), "deferred", "Ctrl+3"),
            (self.tr("Clear decision"), None, "Ctrl+0"),
        ):
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
        for w in (
            self.level_box,
            self.workshop_box,
            self.weights_button,
            self.decide_button,
            self.freeze_button,
            self.projection_button,
        ):
            self.filter_bar.addWidget(w)
        # the map beside the ranking: a click chooses the candidate, the selection is outlined;
        # its button at the sub-tabs' right (the filter bar is full on a 1024 screen)
        self.sub.setCornerWidget(self.map_button)
        self.map_button.toggled.connect(lambda on: on and self.sub.setCurrentIndex(0))
        self.map_panel.location_chosen.connect(self.select_location)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._outline_selected())

    # -- layout ----------------------------------------------------------------------------
    def body(self) -> QWidget:
        ranking, self.map_button = beside_map(self.view, self.map_panel, MAP_BESIDE["priorities"])
        self.sub.addTab(ranking, self.tr("Ranking"))
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
        hint = QLabel(
            self.tr(
                "Type a source's rank in its column (1 = first; “70 p” for "
                "points); empty removes the proposal."
            )
        )
        hint.setWordWrap(True)
        for w in (
            self.source_box,
            self.add_source_button,
            self.edit_source_button,
            self.delete_source_button,
        ):
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
        self.extra_voters: list[pi.Voter] = []
        self.add_group_button = QPushButton(self.tr("Add voting group…"))
        self.add_group_button.clicked.connect(self.add_voter_group)
        self.voter_box = QComboBox()
        self.voter_box.setMinimumContentsLength(24)
        self.add_voter_button = QPushButton(self.tr("Add as voter"))
        self.add_voter_button.clicked.connect(self.add_stakeholder_voter)
        self.phones_button = QPushButton(self.tr("Votes from phones…"))
        self.phones_button.setToolTip(
            self.tr("A round the participants vote in on their phones (V in the projection view)")
        )
        self.phones_button.clicked.connect(lambda: self.open_phone_voting())
        vbar = QHBoxLayout()
        for w in (self.add_group_button, self.voter_box, self.add_voter_button, self.phones_button):
            vbar.addWidget(w)
        vbar.addStretch(1)
        lay = QVBoxLayout(votes)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addLayout(vbar)
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
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        view.horizontalHeader().setStretchLastSection(True)
        return view

    def make_model(self) -> RowTableModel:
        return RowTableModel(self.columns(), id_of=lambda r: r.key, parent=self)

    def title(self) -> str:
        return self.tr("Priority Harmonisation")

    # -- columns ---------------------------------------------------------------------------
    def columns(self) -> list[Column]:
        return ranking_columns()

    def _voters(self, session: Session, workshop: int | None) -> tuple[list[Any], Any]:
        voters, votes = pi.vote_cells(session, workshop)
        for extra in list(self.extra_voters):  # voters added here who have not voted yet
            if all(
                (v.stakeholder_id, v.group) != (extra.stakeholder_id, extra.group) for v in voters
            ):
                voters.append(extra)
        return voters, votes

    def fetch(self, session: Session) -> PriorityPayload:
        view = hs.harmonised_view(session)
        workshop = pi.voting_workshop(session, view.settings.workshop_id)
        voters, votes = self._voters(session, workshop)
        frozen = hs.frozen_lists(session)
        return PriorityPayload(
            view=view,
            frozen=frozen,
            first_frozen=hs.frozen_list(session, frozen[0].id) if frozen else None,
            sources=pi.list_sources(session),
            proposals=pi.proposal_cells(session),
            voters=voters,
            votes=votes,
            voting_workshop=workshop,
            stakeholders=[(r.id, r.name) for r in list_stakeholders(session)],
            villages=[(vid, f"{name} ({kec})") for vid, name, kec in village_choices(session)],
        )

    def narrow_fetch(self, due: list[Changes]) -> Callable[[Session], Any] | None:
        """Assessments changed (a volume edited): only their candidates are scored again
        and the list re-ranked; sources, proposals, votes and frozen lists stay."""
        p, ids = self.payload, only_ids(due, ASSESSMENT)
        if p is not None and only_kind(due, STAKEHOLDER):
            return lambda session: self._with_stakeholders(session, p)
        if p is None or ids is None or p.view.inputs is None:
            return None

        def work(session: Session) -> PriorityPayload:
            locations = locations_of(session, ids)
            view = hs.rescored(session, p.view, locations) if locations else p.view
            return replace(p, view=view, prepared={})

        return work

    def _with_stakeholders(self, session: Session, p: PriorityPayload) -> PriorityPayload:
        """A stakeholder added, renamed or archived: only the voters and the names to
        choose from read again; the ranking stays."""
        voters, votes = self._voters(session, p.voting_workshop)
        stakeholders = [(r.id, r.name) for r in list_stakeholders(session)]
        return replace(p, voters=voters, votes=votes, stakeholders=stakeholders, prepared={})

    def table(self, payload: Any) -> tuple[list[Column], list[Any]]:
        p: PriorityPayload = payload
        rows = p.view.rows
        p.prepared["matrix"] = prepare(matrix_columns(p), rows)
        p.prepared["votes"] = prepare(votes_columns(p), rows)
        p.prepared["frozen"] = prepare(frozen_columns(), p.frozen)
        return self.columns(), rows

    def apply(self, payload: Any) -> None:
        p: PriorityPayload = payload
        self.payload = p
        # freezing the agreed list is an approver's (the server refuses it to the others)
        approver = self.who is None or self.who.may_approve
        self.freeze_button.setEnabled(approver)
        self.freeze_button.setToolTip(
            "" if approver else self.tr("Only an approver (pkp_approver) freezes the agreed list.")
        )
        s = p.view.settings
        self.matrix_model.set_prepared(p.prepared["matrix"])
        self.matrix_model.editors = {
            f"src{src.id}": (lambda r, t, sid=src.id: self.set_proposal_text(sid, r, t))
            for src in p.sources
        }
        self.votes_model.set_prepared(p.prepared["votes"])
        self.votes_model.editors = {
            c.key: (lambda r, t, k=c.key: self.set_vote_text(k, r, t))
            for c in self.votes_model.columns
            if c.key.startswith("v")
        }
        self.frozen_model.set_prepared(p.prepared["frozen"])
        if p.frozen:
            selection = self.frozen_view.selectionModel()
            selection.blockSignals(True)  # shown below from the payload, not read again
            self.frozen_view.selectRow(0)
            selection.blockSignals(False)
            self._show_frozen_list(p.first_frozen)
        else:
            self.frozen_entries_model.set_rows([])
            self.frozen_status.setText(self.tr("No agreed list has been frozen yet."))
        # widths from the prepared texts (not Qt's resizeColumnsToContents, which measured
        # every cell on the GUI thread at each refresh: 90 ms for a tally in the workshop)
        for view, model in (
            (self.matrix_view, self.matrix_model),
            (self.votes_view, self.votes_model),
            (self.frozen_view, self.frozen_model),
        ):
            fit_columns(view, model, most=170)
        select_data(self.level_box, s.level)
        self.workshop_box.clear()
        self.workshop_box.addItem(self.tr("Votes of every meeting"), None)
        for eid, text in p.view.workshops:
            self.workshop_box.addItem(text, eid)
        select_data(self.workshop_box, s.workshop_id)
        self.voter_box.clear()
        for sid, name in p.stakeholders:
            self.voter_box.addItem(name, sid)
        self.source_box.clear()
        for src in p.sources:
            self.source_box.addItem(f"{src.name} ({src.proposals})", src.id)
        where = next(
            (t for eid, t in p.view.workshops if eid == p.voting_workshop), self.tr("no meeting")
        )
        self.votes_hint.setText(
            self.tr(
                "Tallies and points recorded at: %1. Type a number in "
                "a cell; the projection view's +/− keys change the "
                "plenary show of hands. Points budget per voter: %2."
            )
            .replace("%1", where)
            .replace("%2", format_number(s.points_budget, 0))
        )
        w = p.view.concordance
        agreement = (
            self.tr("agreement between sources W = %1 (%2)")
            .replace("%1", format_number(w.w, 2))
            .replace("%2", agreement_label(w.agreement))
            if w
            else self.tr("agreement between sources needs two sources")
        )
        decided = [r.decision.status for r in p.view.rows if r.decision]
        self.summary.setText(
            self.tr(
                "%1 candidates (%2, latest assessment, slum only) · %3 sources · %4 · "
                "%5 agreed, %6 contested, %7 deferred.\nWeights: %8 · top %9."
            )
            .replace("%1", str(len(p.view.rows)))
            .replace("%2", self.tr("RT units") if s.level == "rt" else self.tr("kawasan"))
            .replace("%3", str(len(p.sources)))
            .replace("%4", agreement)
            .replace("%5", str(decided.count("agreed")))
            .replace("%6", str(decided.count("contested")))
            .replace("%7", str(decided.count("deferred")))
            .replace("%8", weights_text(s.weights))
            .replace("%9", str(s.top_n))
        )
        self.projection_subtitle = (
            self.tr("%1 · %2 agreed · %3 contested · %4 deferred")
            .replace("%1", agreement)
            .replace("%2", str(decided.count("agreed")))
            .replace("%3", str(decided.count("contested")))
            .replace("%4", str(decided.count("deferred")))
        )
        self.chart.set_rows(
            p.view.rows,
            s.top_n,
            self.tr("Weights moved by ±%1 % in %2 draws (seed %3); green ≥ 90 %, amber ≥ 50 %.")
            .replace("%1", format_number(s.spread_pct, 0))
            .replace("%2", str(s.draws))
            .replace("%3", str(s.seed)),
        )

    # -- votes from phones ------------------------------------------------------------------
    def open_phone_voting(self, parent: QWidget | None = None) -> None:
        """A round of votes from the participants' phones on the candidates as ranked now;
        closing it stores the ballots as the workshop's votes (one undo step)."""
        from workbench.domain.ballots import Candidate
        from workbench.ui.voting_window import VotingWindow

        if self.payload is None:
            return
        rows = self.rows()
        candidates = [
            Candidate(
                r.key,
                r.info.code,
                r.info.name if r.info.name != r.info.code else r.info.village,
                r.rank,
                float(r.info.total),
                r.info.level,
            )
            for r in rows
        ]
        targets = {r.key: r.info.target for r in rows}
        selected = [r.key for r in self.selected_rows()]
        window = VotingWindow(
            candidates, selected, lambda v, b: self._store_round(v, b, targets), parent or self
        )
        self.voting_window = window
        dialogs.run_dialog(window)

    def _store_round(self, voting: Any, ballots: dict[str, Any], targets: dict[str, Any]) -> None:
        from workbench.services.voting_rounds import store_round, unstore_round

        ws = self.payload.voting_workshop if self.payload else None
        spec, code = voting.spec, voting.code
        wanted = {k: targets[k] for k in spec.keys}
        done: dict[str, Any] = {}

        def redo(s: Session) -> None:
            done["stored"] = store_round(s, ws, spec, ballots, wanted, code, user="ui")

        def undo(s: Session) -> None:
            unstore_round(s, done["stored"], user="ui")

        self.push(
            self.tr("Votes from phones, round %1 (%2 ballots)")
            .replace("%1", code)
            .replace("%2", str(len(ballots))),
            redo,
            undo,
            changes=Changes.of(PRIORITY),
        )

    def add_voter_group(self) -> None:
        name = dialogs.ask_text(
            self, self.tr("Add voting group"), self.tr("Name of the group (e.g. Kelompok BKM/LKM):")
        )
        if name and name.strip():
            self.extra_voters.append(pi.Voter(name.strip(), None, name.strip()))
            self.reload()

    def add_stakeholder_voter(self) -> None:
        sid = self.voter_box.currentData()
        if sid is not None:
            self.extra_voters.append(pi.Voter(self.voter_box.currentText(), sid, ""))
            self.reload()

    def set_engine(self, engine: Any) -> None:
        self.extra_voters = []
        super().set_engine(engine)
        self.map_panel.set_engine(engine)

    # -- the map beside the ranking ----------------------------------------------------------
    def _key_of_location(self, location_id: int) -> str:
        """The candidate an RT unit belongs to: itself, or its kawasan when ranking kawasan."""
        if self.payload is not None and self.payload.view.settings.level == "kawasan":
            area = self.map_panel.area_of.get(location_id)
            return f"A{area}" if area is not None else ""
        return f"L{location_id}"

    def select_location(self, location_id: int) -> None:
        """An RT unit clicked on the map: its candidate's row in the ranking."""
        key = self._key_of_location(location_id)
        if not self.select_row_where(lambda row: row.key == key):
            self.view.selectionModel().clear()
            row = self.map_panel.row_of(location_id)
            name = row.code if row is not None else ""
            self.map_panel.tell(
                self.tr("%1 is not among the candidates shown.").replace("%1", name)
            )

    def _outline_selected(self) -> None:
        ids: list[int] = []
        for row in self.selected_rows():
            if row.key.startswith("L"):
                ids.append(int(row.key[1:]))
            else:
                ids.extend(self.map_panel.locations_of_area(int(row.key[1:])))
        self.map_panel.select(ids)

    def can_add_item(self) -> bool:
        return True

    def new_item(self) -> None:
        """Ctrl+N: a new proposal source (on the sources' page)."""
        self.sub.setCurrentIndex(1)
        self.new_source()

    def rows(self) -> list[hs.PriorityRow]:
        return self.payload.view.rows if self.payload else []

    # -- commands --------------------------------------------------------------------------
    def change_settings(self, new: hs.Settings, text: str) -> None:
        if self.payload is None:
            return
        old = self.payload.view.settings
        if new == old:
            return
        label = self.tr("harmonisation")

        # the weights, level and cut line as the tab showed them (or as this step left
        # them): someone else's change meanwhile is not written over without asking
        def put(value: hs.Settings, shown: hs.Settings) -> Work:
            def work(s: Session) -> None:
                was = hs.save_settings(s, value)
                expect(s, shown, was, "db_setting", label, hs.SETTINGS_KEY, writing=value)

            return work

        self.push(text, put(new, old), put(old, new))

    def _level_chosen(self) -> None:
        if self.payload is not None:
            self.change_settings(
                replace(self.payload.view.settings, level=self.level_box.currentData()),
                self.tr("Change candidate level"),
            )

    def _workshop_chosen(self) -> None:
        if self.payload is not None:
            self.change_settings(
                replace(self.payload.view.settings, workshop_id=self.workshop_box.currentData()),
                self.tr("Choose the votes that count"),
            )

    def set_top_n(self, n: int) -> None:
        if self.payload is not None:
            self.change_settings(
                replace(self.payload.view.settings, top_n=max(1, n)),
                self.tr("Move the top-N cut line"),
            )

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

        keys = {r.info.target: r.key for r in rows}

        codes = {r.info.target: r.info.code for r in rows}

        # each candidate's decision as the list showed it (or as this step left it): one
        # someone else changed meanwhile is not written over without asking
        def redo(s: Session) -> dict[str, hs.Decision | None]:
            for target, shown in olds.items():
                was = hs.set_decision(s, target, decision)
                expect(
                    s, shown, was, "priority_decision", codes[target], codes[target], None, decision
                )
            return {keys[t]: decision for t in olds}

        def undo(s: Session) -> dict[str, hs.Decision | None]:
            for target, old in olds.items():
                was = hs.set_decision(s, target, old)
                expect(
                    s, decision, was, "priority_decision", codes[target], codes[target], None, old
                )
            return {keys[t]: old for t, old in olds.items()}

        what = decision_label(decision.status) if decision else self.tr("no decision")
        self.push(
            self.tr("Mark %1 location(s) %2").replace("%1", str(len(rows))).replace("%2", what),
            redo,
            undo,
            done=self._decided,
        )

    def _decided(self, decided: dict[str, hs.Decision | None]) -> None:
        """A decision's answer: the rows' decisions changed in the list shown (the ranking
        does not depend on them), not the candidates ranked again."""
        payload = self.payload
        if payload is None or (self._handle is not None and not self._handle.finished):
            self.reload()  # a read in flight began before the decision: read it all again
            return
        rows = [replace(r, decision=decided[r.key]) if r.key in decided else r for r in self.rows()]
        self.show_view(replace(payload.view, rows=rows))

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
