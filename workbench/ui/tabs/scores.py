"""Skor Kumuh: RT units with total, level and a strip of the criterion scores; a panel to edit
one RT unit's field data (undoable, audited); a summary per level, year and kecamatan."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QSplitter, QTabWidget, QWidget
from sqlalchemy.orm import Session

from workbench.domain.formatting import format_ha, format_number
from workbench.domain.rules import get_ruleset
from workbench.services.scores import (
    LevelSummary,
    ScoreRow,
    assessment_detail,
    score_rows,
    set_assessment_value_with_detail,
    summarise,
)
from workbench.services.submissions import (
    APPROVED,
    RETURNED,
    SUBMITTED,
    approve,
    send_back,
    submit,
)
from workbench.ui.combos import select_data
from workbench.ui.models import CENTER, RIGHT, Column, RowRole
from workbench.ui.operations import ASSESSMENT, SUBMISSION, Changes, Seen, operations_pending
from workbench.ui.style import LevelDelegate, ScoreStripDelegate, level_label
from workbench.ui.tabs.base import ServiceEdits, TableTab, shrinkable
from workbench.ui.tabs.location_panel import LocationPanel
from workbench.ui.tabs.score_map import ScoreMapPanel
from workbench.ui.tabs.score_summary import SummaryWidget
from workbench.ui.tabs.submission_panel import SubmissionPanel, read_submissions, status_label


@dataclass(frozen=True)
class ScoresPayload:
    rows: list[ScoreRow]
    summary: LevelSummary
    rulesets: list[str]


def _score_columns(rows: list[ScoreRow]) -> list[tuple[str, Any]]:
    """One export column per criterion ("Skor 1a"), in rule-set order, for every rule set
    the rows use (a row of another rule set leaves the codes it lacks empty)."""
    codes: list[str] = []
    of_rules: dict[str, tuple[str, ...]] = {}
    for r in rows:
        if r.ruleset not in of_rules:
            of_rules[r.ruleset] = get_ruleset(r.ruleset.split(" v")[0]).codes
            codes += [c for c in of_rules[r.ruleset] if c not in codes]
    title = QCoreApplication.translate("ScoresTab", "Score %1")

    def value(code: str) -> Any:
        return lambda r: dict(zip(of_rules[r.ruleset], r.scores, strict=False)).get(code)

    return [(title.replace("%1", c), value(c)) for c in codes]


class ScoresTab(ServiceEdits, TableTab):
    edits = ASSESSMENT
    watches = frozenset({ASSESSMENT, SUBMISSION})

    def __init__(self, parent: Any = None) -> None:
        self.panel = LocationPanel()
        self.summary_view = SummaryWidget()
        self.map_panel = ScoreMapPanel()
        self.submissions = SubmissionPanel()
        super().__init__(parent)
        self.payload: ScoresPayload | None = None
        self._detail_seq = 0  # the newest RT unit asked for in the panel
        self.year_box = QComboBox()
        self.level_box = QComboBox()
        self.level_box.addItem(self.tr("All levels"), None)
        for key in ("HEAVY", "MEDIUM", "LIGHT", "NONE"):
            self.level_box.addItem(level_label(key), key)
        self.rules_text = ""  # "Rule set: …", shown in the summary line
        self.kec_box = QComboBox()
        self.kel_box = QComboBox()
        self.area_box = QComboBox()
        for box in (self.kec_box, self.kel_box, self.area_box, self.level_box):
            shrinkable(box)
        for box in (self.kec_box, self.kel_box, self.area_box):
            box.currentIndexChanged.connect(self._apply_filters)
        self.kec_box.currentIndexChanged.connect(self._fill_villages)
        self.filter_bar.addWidget(self.kec_box)
        self.filter_bar.addWidget(self.kel_box)
        self.filter_bar.addWidget(self.area_box)
        self.filter_bar.addWidget(QLabel(self.tr("Year:")))
        self.filter_bar.addWidget(self.year_box)
        self.filter_bar.addWidget(QLabel(self.tr("Level:")))
        self.filter_bar.addWidget(self.level_box)
        self.year_box.currentIndexChanged.connect(self._apply_filters)
        self.level_box.currentIndexChanged.connect(self._apply_filters)
        self.view.setItemDelegateForColumn(self.model.column_index("level"), LevelDelegate(self))
        self.view.setItemDelegateForColumn(
            self.model.column_index("scores"), ScoreStripDelegate(self)
        )
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.panel.value_edited.connect(self._on_value_edited)
        self.map_panel.location_chosen.connect(self.select_location)
        self.submissions.year_wanted.connect(self._read_submissions)
        self.submissions.step_wanted.connect(self._take_step)

    def body(self) -> QWidget:
        self.side = QTabWidget()
        self.side.addTab(self.panel, self.tr("Location"))
        self.side.addTab(self.summary_view, self.tr("Summary"))
        self.side.addTab(self.submissions, self.tr("Submissions"))
        # the table or the map on the left; the RT unit chosen in either shows on the right
        self.views = QTabWidget()
        self.views.setDocumentMode(True)
        self.views.addTab(self.view, self.tr("List"))
        self.views.addTab(self.map_panel, self.tr("Map"))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.views)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([650, 350])  # shares: on a 1024 screen the strip stays in view
        self.splitter = splitter
        return splitter

    def title(self) -> str:
        return self.tr("Slum Scores")

    def set_engine(self, engine: Any) -> None:
        super().set_engine(engine)
        self.map_panel.set_engine(engine)

    def columns(self) -> list[Column]:
        return [  # what decides comes first: the side panel narrows the table
            Column("code", QT_TRANSLATE_NOOP("Columns", "Location code")),
            Column("name", QT_TRANSLATE_NOOP("Columns", "RT/RW")),
            Column("total", QT_TRANSLATE_NOOP("Columns", "Total score"), align=RIGHT),
            Column(
                "level", QT_TRANSLATE_NOOP("Columns", "Slum level"), fmt=level_label, align=CENTER
            ),
            Column(
                "scores",
                QT_TRANSLATE_NOOP("Columns", "Criterion scores 1a–7b"),
                fmt=lambda s: " ".join(str(x) for x in s),
                split=_score_columns,
            ),
            Column("village", QT_TRANSLATE_NOOP("Columns", "Village")),
            Column("area_ha", QT_TRANSLATE_NOOP("Columns", "Area"), fmt=format_ha, align=RIGHT),
            Column("year", QT_TRANSLATE_NOOP("Columns", "Year"), align=CENTER),
            Column("area", QT_TRANSLATE_NOOP("Columns", "Slum area (kawasan)")),
            Column("subdistrict", QT_TRANSLATE_NOOP("Columns", "Subdistrict")),
            Column(
                "flags",
                QT_TRANSLATE_NOOP("Columns", "Data notes"),
                tooltip=lambda r: r.flags.replace("; ", "\n") or None,
            ),
        ]

    def fetch(self, session: Session) -> ScoresPayload:
        rows = score_rows(session)
        return ScoresPayload(rows, summarise(rows), sorted({r.ruleset for r in rows}))

    def table(self, payload: Any) -> tuple[list[Column], list[Any]]:
        return self.columns(), payload.rows

    def apply(self, payload: Any) -> None:
        # a refresh (someone else's change, an import) keeps the year chosen and the RT
        # unit looked at; the first load, and one who was on the latest year, see the latest
        latest_before = (
            max((r.year for r in self.payload.rows), default=None) if self.payload else None
        )
        year_before = self.year_box.currentData()
        # the latest year followed (an import adds a newer one), another one kept
        follow = self.payload is None or year_before == latest_before
        looked_at = self.panel.detail.assessment_id if self.panel.detail else None
        self.payload = payload
        years = sorted({r.year for r in payload.rows})
        self.year_box.blockSignals(True)
        self.year_box.clear()
        self.year_box.addItem(self.tr("All years"), None)
        for y in years:
            self.year_box.addItem(str(y), y)
        keep = self.year_box.findData(year_before) if not follow else -1
        self.year_box.setCurrentIndex(keep if keep >= 0 else len(years))  # else the latest
        self.year_box.blockSignals(False)
        self._fill_choice(
            self.kec_box, self.tr("All subdistricts"), sorted({r.subdistrict for r in payload.rows})
        )
        self._fill_choice(
            self.area_box, self.tr("All kawasan"), sorted({r.area for r in payload.rows if r.area})
        )
        self._fill_villages(refilter=False)  # filtered once, below
        self.rules_text = self.tr("Rule set: %1").replace("%1", ", ".join(payload.rulesets) or "–")
        self.panel.show_detail(None)
        self._apply_filters()
        if looked_at is not None:
            self.select_row_where(lambda row: row.assessment_id == looked_at)
        self._read_submissions(self.submissions.year_box.currentData())

    @staticmethod
    def _fill_choice(box: QComboBox, all_label: str, values: list[str]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(all_label, None)
        for v in values:
            box.addItem(v, v)
        select_data(box, current if current in values else None)
        box.blockSignals(False)

    def _fill_villages(self, refilter: bool = True) -> None:
        if self.payload is None:
            return
        kec = self.kec_box.currentData()
        self._fill_choice(
            self.kel_box,
            self.tr("All villages"),
            sorted({r.village for r in self.payload.rows if kec is None or r.subdistrict == kec}),
        )
        if refilter:
            self._apply_filters()

    def _apply_filters(self) -> None:
        self.proxy.set_exacts({self.model.column_index(k): v for k, v in self._exacts().items()})
        self._show_summary()

    def _exacts(self) -> dict[str, Any]:
        return {
            "year": self.year_box.currentData(),
            "level": self.level_box.currentData(),
            "subdistrict": self.kec_box.currentData(),
            "village": self.kel_box.currentData(),
            "area": self.area_box.currentData(),
        }

    def _show_summary(self) -> None:
        """The line under the table and the summary panel, for the filters chosen now."""
        exact = self._exacts()
        year = exact["year"]
        shown = self.proxy.rowCount()
        wanted = {k: v for k, v in exact.items() if v is not None}
        slum_rows = [
            r
            for r in self.model.rows
            if r.level != "NONE" and all(getattr(r, k) == v for k, v in wanted.items())
        ]
        self.summary.setText(
            self.tr("%1 RT units shown; %2 slum RT units covering %3.")
            .replace("%1", format_number(shown))
            .replace("%2", format_number(len(slum_rows)))
            .replace("%3", format_ha(sum(r.area_ha for r in slum_rows)))
            + " "
            + self.rules_text
        )
        if self.payload is not None:
            self.summary_view.set_summary(self.payload.summary, year)
        self._show_map(year)

    # -- the map ---------------------------------------------------------------------------
    def _map_rows(self, year: int | None) -> list[ScoreRow]:
        """One row per RT unit: of the year chosen, or each RT unit's latest."""
        rows: dict[int, ScoreRow] = {}
        for r in self.model.rows:
            if year is not None and r.year != year:
                continue
            if r.location_id not in rows or r.year > rows[r.location_id].year:
                rows[r.location_id] = r
        return list(rows.values())

    def _show_map(self, year: int | None) -> None:
        rows = self._map_rows(year)
        codes: tuple[str, ...] = ()
        if rows:
            codes = get_ruleset(rows[0].ruleset.split(" v")[0]).codes
        self.map_panel.show_rows(rows, codes)

    def select_location(self, location_id: int) -> None:
        """An RT unit clicked on the map: its row in the table (of the year shown)."""
        self.select_row_where(lambda row: row.location_id == location_id)

    # -- the location panel ----------------------------------------------------------------
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(RowRole) if current.isValid() else None
        self.show_assessment(row.assessment_id if row is not None else None)
        self.map_panel.select(row.location_id if row is not None else None)

    def show_assessment(self, assessment_id: int | None) -> None:
        if assessment_id is None or self.engine is None:
            self._detail_seq += 1
            self.panel.show_detail(None)
            return
        # read and scored off the GUI thread; a quicker click on another row wins
        self._detail_seq += 1
        seq = self._detail_seq

        def shown(detail: Any) -> None:
            if seq == self._detail_seq:
                self.panel.show_detail(detail, self._read_only_reason(detail))

        self.query_async(lambda s: assessment_detail(s, assessment_id), shown, name="rt-detail")

    def _on_value_edited(self, assessment_id: int, field: str, old: object, new: object) -> None:
        detail = self.panel.detail
        label = (
            self.tr("Change %1 of %2 to %3")
            .replace("%1", self.panel.field_label(field))
            .replace("%2", detail.code if detail else "")
            .replace("%3", self.panel.value_text(field, new))
        )

        def put(value: object) -> Any:
            def work(session: Session) -> tuple[ScoreRow, Any]:
                return set_assessment_value_with_detail(
                    session,
                    assessment_id,
                    field,
                    value,  # type: ignore[arg-type]
                    user="ui",
                )

            return work

        shown = detail is not None and detail.assessment_id == assessment_id
        self.push(
            label,
            put(new),
            put(old),
            done=self._value_written,
            changes=Changes.of(ASSESSMENT, ids={ASSESSMENT: [assessment_id]}),
            # the values as the panel showed them: someone else's change since is not
            # written over without asking
            seen=[Seen("assessment", assessment_id, detail.version)] if shown else (),
        )

    def _read_only_reason(self, detail: Any) -> str:
        """Why the signed-in login may not change this RT unit's values (the server
        refuses it anyway): said beside them, and the cells are not editable."""
        who = self.who
        if who is None or who.role is None:
            return ""
        if not who.may_edit:
            return self.tr("Read only: your role on this server is to look, print and export.")
        if not who.may_change_village(detail.village_id):
            return self.tr("Read only: %1 is not among your kelurahan.").replace(
                "%1", detail.village
            )
        if detail.submission in (SUBMITTED, APPROVED) and not who.may_approve:
            return (
                self.tr("Read only: %1 %2 has been %3; an approver can return it.")
                .replace("%1", detail.village)
                .replace("%2", str(detail.year))
                .replace("%3", status_label(detail.submission))
            )
        return ""

    # -- submissions -----------------------------------------------------------------------
    def _read_submissions(self, year: int | None) -> None:
        self.query_async(
            lambda s: read_submissions(s, year), self.submissions.show_view, name="submissions"
        )

    def _take_step(self, kind: str, village_id: int, year: int, reason: str) -> None:
        steps = {
            SUBMITTED: (self.tr("Submit %1"), lambda s: submit(s, village_id, year, user="ui")),
            APPROVED: (self.tr("Approve %1"), lambda s: approve(s, village_id, year, user="ui")),
            RETURNED: (
                self.tr("Return %1"),
                lambda s: send_back(s, village_id, year, reason, user="ui"),
            ),
        }
        text, work = steps[kind]
        name = next(
            (r.village for r in self.submissions.view.rows if r.village_id == village_id), ""
        )
        self.record(
            text.replace("%1", f"{name} {year}"),
            lambda s: (work(s), read_submissions(s, year))[1],
            done=self.submissions.show_view,
            changes=Changes.of(SUBMISSION),
        )

    def _value_written(self, result: tuple[ScoreRow, Any]) -> None:
        """After an edit, its undo or redo: the one row and the panel, not the whole tab."""
        row, detail = result
        for pos, old in enumerate(self.model.rows):
            if old.assessment_id == row.assessment_id:
                self.model.replace_row(pos, row)
                if self.payload is not None:  # the summary follows the row's level and area
                    self.payload.summary.count(old, -1)
                    self.payload.summary.count(row)
                    self._show_summary()
                break
        if operations_pending():
            return  # more edits of the panel are on their way: the last one shows it
        if self.panel.detail is None or self.panel.detail.assessment_id == row.assessment_id:
            self.panel.show_detail(detail, self._read_only_reason(detail))
