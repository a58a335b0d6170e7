"""Summary of the scoring tab: RT units and hectares per slum level, per year (chart and
table) and per kecamatan for the chosen year."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QPainter
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from workbench.domain.formatting import format_ha, format_number
from workbench.services.scores import LevelSummary, Tally
from workbench.ui.style import LEVEL_COLORS, level_label

LEVELS = ("HEAVY", "MEDIUM", "LIGHT", "NONE")


class SummaryWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary: LevelSummary | None = None
        self.chart = QChart()
        self.chart.setTitle(self.tr("Hectares per slum level and year"))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(140)
        self.by_year = QTableWidget()
        self.by_kec = QTableWidget()
        self.kec_title = QLabel()
        for t in (self.by_year, self.by_kec):
            t.verticalHeader().setVisible(False)
            t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chart_view, 2)
        layout.addWidget(QLabel(self.tr("RT units and hectares per year")))
        layout.addWidget(self.by_year, 1)
        layout.addWidget(self.kec_title)
        layout.addWidget(self.by_kec, 1)

    def set_summary(self, summary: LevelSummary, year: int | None) -> None:
        self.summary = summary
        years = summary.years
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        series = QStackedBarSeries()
        for key in LEVELS:
            bar = QBarSet(level_label(key))
            bar.setColor(LEVEL_COLORS[key])
            for y in years:
                bar.append(summary.by_year.get((y, key), (0, 0.0))[1])
            series.append(bar)
        self.chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([str(y) for y in years])
        axis_y = QValueAxis()
        axis_y.setTitleText("ha")
        axis_y.setLabelFormat("%.0f")
        self.chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        # an empty chart (no year yet) has the range 0–0, which Qt's nice numbers turn into
        # NaN (a warning on the console, and no axis)
        top = max(
            (sum(summary.by_year.get((y, k), (0, 0.0))[1] for k in LEVELS) for y in years),
            default=0.0,
        )
        axis_y.setRange(0.0, top if top > 0 else 1.0)
        axis_y.applyNiceNumbers()
        self._fill(
            self.by_year,
            [(str(y), {k: summary.by_year.get((y, k), (0, 0.0)) for k in LEVELS}) for y in years],
            self.tr("Year"),
        )
        shown = year if year is not None else (years[-1] if years else None)
        self.kec_title.setText(self.tr("Per subdistrict, %1").replace("%1", str(shown or "")))
        part = summary.by_subdistrict.get(shown, {}) if shown is not None else {}
        self._fill(self.by_kec, sorted(part.items()), self.tr("Subdistrict"))

    def _fill(
        self, table: QTableWidget, lines: list[tuple[str, dict[str, Tally]]], first: str
    ) -> None:
        headers = [first] + [level_label(k) for k in LEVELS] + [self.tr("Slum total")]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(lines))
        for i, (label, tallies) in enumerate(lines):
            table.setItem(i, 0, QTableWidgetItem(label))
            slum_rt, slum_ha = 0, 0.0
            for j, key in enumerate(LEVELS, start=1):
                rt, ha = tallies.get(key, (0, 0.0))
                if key != "NONE":
                    slum_rt += rt
                    slum_ha += ha
                cell = QTableWidgetItem(f"{format_number(rt)} RT · {format_ha(ha, 1)}")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if rt:
                    cell.setBackground(QBrush(LEVEL_COLORS[key].lighter(170)))
                table.setItem(i, j, cell)
            total = QTableWidgetItem(f"{format_number(slum_rt)} RT · {format_ha(slum_ha, 1)}")
            total.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(i, len(LEVELS) + 1, total)
        table.resizeColumnsToContents()
