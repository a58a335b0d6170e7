"""Peta: the RT units coloured by slum level, total score, one criterion's score, the
priority code, the harmonised decision or the programme's projected level in a plan year, with
a legend (hectares per level); a click selects the RT unit in the table beside it, the table's
selection is outlined here. In Skor Kumuh the tab gives the rows of the year it shows; beside
the priorities and the programme the panel reads each RT unit's latest scores itself. The
shapes are read in the background when the map is first shown and again when a map is
imported."""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from workbench.domain.formatting import format_ha
from workbench.services.map_data import (
    LatestScores,
    PlanningMeasures,
    latest_scores,
    map_shapes,
    planning_measures,
)
from workbench.services.scores import ScoreRow
from workbench.ui import settings
from workbench.ui.map_view import MapDrawing, MapView, drawing_of
from workbench.ui.operations import (
    ASSESSMENT,
    MAP,
    PLAN,
    PRIORITY,
    PROGRAMME,
    Changes,
    change_hub,
    read_async,
)
from workbench.ui.settings import Setting
from workbench.ui.style import LEVEL_COLORS, SCORE_COLORS, level_label
from workbench.ui.tabs.priority_columns import decision_label
from workbench.ui.tabs.priority_views import DECISION_COLORS

LEVELS = ("HEAVY", "MEDIUM", "LIGHT", "NONE")
MEASURE_LEVEL, MEASURE_TOTAL = "level", "total"
MEASURE_PRIORITY, MEASURE_DECISION, MEASURE_PROJECTED = "priority", "decision", "projected"
PLANNING = (MEASURE_PRIORITY, MEASURE_DECISION, MEASURE_PROJECTED)  # read on demand
PRIORITY_COLORS = {  # the priority code's letter: pertimbangan lain tinggi, sedang, rendah
    "A": QColor("#4a148c"),
    "B": QColor("#8e24aa"),
    "C": QColor("#ce93d8"),
}
TOTAL_STOPS = (  # total score 0–80 as the levels' colours, pale to dark
    (0, QColor("#e8f5e9")),
    (25, QColor("#fff59d")),
    (45, QColor("#ffb74d")),
    (60, QColor("#e53935")),
    (80, QColor("#7f0000")),
)


def total_colour(total: float) -> QColor:
    for (a, ca), (b, cb) in zip(TOTAL_STOPS, TOTAL_STOPS[1:], strict=False):
        if total <= b:
            t = 0.0 if b == a else max(0.0, (total - a) / (b - a))
            return QColor(
                round(ca.red() + (cb.red() - ca.red()) * t),
                round(ca.green() + (cb.green() - ca.green()) * t),
                round(ca.blue() + (cb.blue() - ca.blue()) * t),
            )
    return TOTAL_STOPS[-1][1]


def _swatch(colour: QColor, text: str) -> str:
    """One legend entry, kept on one line (a narrow legend wraps between entries only)."""
    words = html.escape(text).replace(" ", "&nbsp;")
    return (
        f'<span style="background:{colour.name()};">&nbsp;&nbsp;&nbsp;&nbsp;</span>'
        f"&nbsp;{words}&nbsp;&nbsp; "
    )


class ScoreMapPanel(QWidget):
    location_chosen = Signal(int)

    def __init__(
        self, parent: QWidget | None = None, *, own_rows: bool = False, measure: str = ""
    ) -> None:
        """``own_rows``: the panel reads each RT unit's latest scores itself (beside a table
        that is not of scores); ``measure``: what it colours by at first."""
        super().__init__(parent)
        self.engine: Engine | None = None
        self.own_rows = own_rows
        self.area_of: dict[int, int] = {}  # location id → kawasan id (own rows)
        self.rows: list[ScoreRow] = []
        self._base_tips: dict[int, str] = {}  # each unit's tooltip before the measure's part
        self.codes: tuple[str, ...] = ()
        self.loaded = False
        self.drawing: MapDrawing | None = None
        self.measure = QComboBox()
        self.measure.addItem(self.tr("Slum level"), MEASURE_LEVEL)
        self.measure.addItem(self.tr("Total score"), MEASURE_TOTAL)
        self.measure.addItem(self.tr("Priority code"), MEASURE_PRIORITY)
        self.measure.addItem(self.tr("Harmonised decision"), MEASURE_DECISION)
        self.measure.addItem(self.tr("Projected level (programme)"), MEASURE_PROJECTED)
        self.measure.setCurrentIndex(max(self.measure.findData(measure), 0))
        self.measure.currentIndexChanged.connect(lambda _i: self._measure_changed())
        self.planning: PlanningMeasures | None = None
        self._planning_asked = False
        self._rows_due = own_rows
        # the plan year of the projection: drag it and watch the red shrink toward 0 ha
        self.year_slider = QSlider(Qt.Orientation.Horizontal)
        self.year_slider.setPageStep(1)
        self.year_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.year_slider.setToolTip(self.tr("Plan year of the projection (← →)"))
        self.year_slider.valueChanged.connect(lambda _v: self.recolour())
        self.year_label = QLabel()
        self.year_slider.hide()
        self.year_label.hide()
        fit = QPushButton(self.tr("Whole district"))
        fit.setToolTip(self.tr("Show the whole district (0); zoom with the wheel or + and -"))
        self.view = MapView()
        self.view.clicked.connect(self._clicked)
        fit.clicked.connect(self.view.fit)
        self.notice = QLabel()  # what a click found nothing for in the table beside the map
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.empty = QLabel(
            self.tr(
                "No map yet. Import the district's RT, village and kawasan boundaries with "
                "Berkas → Impor Peta… (KMZ from SIM KOTAKU or Google Earth, GeoJSON, "
                "shapefile or GeoPackage), or drop the file on the window."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Colour by:")))
        top.addWidget(self.measure, 1)
        top.addWidget(self.year_slider, 1)
        top.addWidget(self.year_label)
        top.addWidget(fit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.legend)
        change_hub().changed.connect(self._on_changes)

    # -- the shapes ------------------------------------------------------------------------
    def set_engine(self, engine: Engine | None) -> None:
        self.engine, self.loaded, self.drawing = engine, False, None
        self.planning, self._planning_asked, self._rows_due = None, False, self.own_rows
        if self.isVisible():
            self.load()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.load()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches({MAP}):
            self.loaded = False
        if self.own_rows and changes.touches({ASSESSMENT}):
            self._rows_due = True
        if changes.touches({ASSESSMENT, PROGRAMME, PRIORITY, PLAN}):
            self._planning_asked = False  # read again when next shown by one of them
        if self.isVisible():
            self.load()

    def _measure_changed(self) -> None:
        if self.measure.currentData() in PLANNING and not self._planning_asked:
            self._load_planning()
        self.recolour()

    def _load_planning(self) -> None:
        if self.engine is None:
            return
        self._planning_asked = True
        read_async(self.engine, planning_measures, self._planned, name="map-planning")

    def _planned(self, measures: PlanningMeasures) -> None:
        self.planning = measures
        years = measures.years
        if years:
            # the plan's last year at first (where the works lead), then the year chosen
            keep = self.year_slider.value() if self.year_slider.minimum() > 0 else years[-1]
            self.year_slider.blockSignals(True)
            self.year_slider.setRange(years[0], years[-1])
            self.year_slider.setValue(min(max(keep, years[0]), years[-1]))
            self.year_slider.blockSignals(False)
        self.recolour()

    def load(self) -> None:
        """Read what is not read yet: the shapes, the rows (own rows), the planning measures
        (when the map is coloured by one)."""
        if self.engine is None:
            return
        if self._rows_due:
            self._rows_due = False
            read_async(self.engine, latest_scores, self._own_rows, name="map-scores")
        if self.measure.currentData() in PLANNING and not self._planning_asked:
            self._load_planning()
        if self.loaded:
            return
        self.loaded = True
        read_async(
            self.engine,
            map_shapes,
            self._drawn,
            name="map-shapes",
            after=lambda shapes, _ctx: drawing_of(shapes),
            long=True,
        )

    def _drawn(self, drawing: MapDrawing) -> None:
        self.drawing = drawing
        self.stack.setCurrentWidget(self.empty if drawing.shapes.empty else self.view)
        self.view.show_drawing(drawing)
        self.recolour()

    def _own_rows(self, latest: LatestScores) -> None:
        self.area_of = latest.area_of
        self.show_rows(latest.rows, latest.codes)

    def locations_of_area(self, area_id: int) -> list[int]:
        return [lid for lid, aid in self.area_of.items() if aid == area_id]

    def row_of(self, location_id: int) -> ScoreRow | None:
        return next((r for r in self.rows if r.location_id == location_id), None)

    def _clicked(self, location_id: int) -> None:
        self.tell("")
        self.location_chosen.emit(location_id)

    def tell(self, text: str) -> None:
        """A line under the map: what a click found nothing for in the table beside it."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # -- what it shows ---------------------------------------------------------------------
    def show_rows(self, rows: list[ScoreRow], codes: tuple[str, ...]) -> None:
        """The rows of the year the tab shows (one per RT unit), and the criterion codes."""
        self.rows = rows
        words = self.tr("%1 · %2 · %3 · score %4 · %5")  # made once per rows, not per colour
        self._base_tips = {
            r.location_id: words.replace("%1", r.code)
            .replace("%2", r.name)
            .replace("%3", level_label(r.level))
            .replace("%4", str(r.total))
            .replace("%5", format_ha(r.area_ha))
            for r in rows
        }
        if codes != self.codes:
            self.codes = codes
            current = self.measure.currentData()
            self.measure.blockSignals(True)
            while self.measure.count() > 5:
                self.measure.removeItem(5)
            for code in codes:
                self.measure.addItem(self.tr("Criterion %1").replace("%1", code), code)
            index = self.measure.findData(current)
            self.measure.setCurrentIndex(max(index, 0))
            self.measure.blockSignals(False)
        self.recolour()

    def _legend_key(self, measure: str, location_id: int) -> str:
        p = self.planning
        if p is None:
            return ""
        if measure == MEASURE_PRIORITY:
            return p.priority.get(location_id, "")[:1]
        if measure == MEASURE_DECISION:
            return p.decision.get(location_id, "")
        return ""

    def _planning_colour(self, measure: str, location_id: int) -> tuple[QColor | None, str]:
        """The colour of one RT unit by a planning measure, and what its tooltip adds."""
        p = self.planning
        if p is None:
            return None, ""
        if measure == MEASURE_PRIORITY:
            code = p.priority.get(location_id, "")
            return PRIORITY_COLORS.get(code[:1]), code
        if measure == MEASURE_DECISION:
            status = p.decision.get(location_id)
            rank = p.rank.get(location_id)
            words = "" if rank is None else self.tr("rank %1").replace("%1", str(rank))
            if status:
                words = f"{decision_label(status)} · {words}"
            return (DECISION_COLORS.get(status) if status else None), words
        year = self.year_slider.value()
        level = p.projected.get(location_id, {}).get(year)
        # the year is beside the slider: a tip that does not name it changes only when the
        # unit's level does, and a slider step sets only those
        return LEVEL_COLORS.get(level) if level else None, (
            self.tr("projected: %1").replace("%1", level_label(level)) if level else ""
        )

    def recolour(self) -> None:
        measure = self.measure.currentData()
        projected = measure == MEASURE_PROJECTED
        self.year_slider.setVisible(projected and self.planning is not None)
        self.year_label.setVisible(projected and self.planning is not None)
        self.year_label.setText(str(self.year_slider.value()))
        colours: dict[int, QColor] = {}
        tips: dict[int, str] = {}
        hectares = dict.fromkeys(LEVELS, 0.0)
        counts: dict[str, int] = {}
        for r in self.rows:
            extra = ""
            if measure == MEASURE_LEVEL:
                colour = LEVEL_COLORS.get(r.level)
            elif measure == MEASURE_TOTAL:
                colour = total_colour(r.total)
            elif measure in PLANNING:
                colour, extra = self._planning_colour(measure, r.location_id)
                key = self._legend_key(measure, r.location_id)
                if key:
                    counts[key] = counts.get(key, 0) + 1
            else:
                score = dict(zip(self.codes, r.scores, strict=False)).get(measure)
                colour = None if score is None else SCORE_COLORS.get(int(score))
            if colour is not None:
                colours[r.location_id] = colour
            base = self._base_tips.get(r.location_id, r.code)
            tips[r.location_id] = f"{base} · {extra}" if extra else base
            level, ha = r.level, r.area_ha
            if projected and self.planning is not None:
                level = self.planning.projected.get(r.location_id, {}).get(
                    self.year_slider.value(), ""
                )
                ha = self.planning.area_ha.get(r.location_id, ha)
            if level in hectares:
                hectares[level] += ha
        self.view.set_colours(colours, tips)
        self.legend.setText(self._legend(measure, hectares, counts))

    def _legend(self, measure: str, hectares: dict[str, float], counts: dict[str, int]) -> str:
        if measure in PLANNING and self.planning is None:
            return self.tr("Reading the priorities and the programme…")
        if measure == MEASURE_PRIORITY:
            return "".join(
                _swatch(colour, f"{letter}: {counts.get(letter, 0)} RT")
                for letter, colour in PRIORITY_COLORS.items()
            )
        if measure == MEASURE_DECISION:
            return "".join(
                _swatch(colour, f"{decision_label(k)}: {counts.get(k, 0)} RT")
                for k, colour in DECISION_COLORS.items()
            )
        if measure == MEASURE_PROJECTED:
            year = self.year_slider.value()
            return self.tr("End of %1, with the planned works: ").replace("%1", str(year)) + (
                "".join(
                    _swatch(LEVEL_COLORS[k], f"{level_label(k)}: {format_ha(hectares[k])}")
                    for k in LEVELS
                )
            )
        if measure == MEASURE_LEVEL:
            return "".join(
                _swatch(LEVEL_COLORS[k], f"{level_label(k)}: {format_ha(hectares[k])}")
                for k in LEVELS
            )
        if measure == MEASURE_TOTAL:
            return "".join(_swatch(c, str(v)) for v, c in TOTAL_STOPS)
        return "".join(
            _swatch(SCORE_COLORS[s], self.tr("score %1").replace("%1", str(s)))
            for s in (0, 1, 3, 5)
        )

    def select(self, location_ids: int | Iterable[int] | None) -> None:
        self.view.select(location_ids)


def beside_map(
    table: QWidget, panel: ScoreMapPanel, setting: Setting
) -> tuple[QSplitter, QPushButton]:
    """The table with the map beside it, and the button (Ctrl+M) that shows or hides the map;
    whether it is shown is remembered."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(table)
    splitter.addWidget(panel)
    splitter.setChildrenCollapsible(False)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    button = QPushButton(QCoreApplication.translate("ScoreMapPanel", "Map"))
    button.setCheckable(True)
    button.setShortcut(QKeySequence("Ctrl+M"))
    button.setToolTip(
        QCoreApplication.translate("ScoreMapPanel", "Show the map beside the table (Ctrl+M)")
    )
    shown = bool(settings.get(setting))
    button.setChecked(shown)
    panel.setVisible(shown)

    def toggled(on: bool) -> None:
        panel.setVisible(on)
        settings.put(setting, int(on))

    button.toggled.connect(toggled)
    return splitter, button
