"""Pieces of the Matriks Program tab: the column sets (matrix, pivots, analysis, catalogue)
and the chart of slum hectares per year toward 0 ha."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from workbench.domain.formatting import format_ha, format_number, format_rp
from workbench.services.programme import ActivityRow, ProgrammeView
from workbench.services.programme_analysis import Analysis, LocationOutlook
from workbench.ui.labels import label
from workbench.ui.models import CENTER, RIGHT, Column
from workbench.ui.style import LEVEL_COLORS

EDITABLE_BG = QColor("#f3f8ff")


def _rp(v: Any) -> str:
    return format_rp(v) if v else ""


def _volume(r: ActivityRow) -> tuple[float, str]:
    return (r.volume, r.unit)


def _fmt_volume(v: tuple[float, str]) -> str:
    return f"{format_number(v[0], 2 if v[0] != int(v[0]) else 0)} {v[1]}"


def _volume_columns(_rows: object) -> list[tuple[str, Any]]:
    """Exported as two columns: the number and its unit."""
    return [
        (QCoreApplication.translate("Columns", "Volume"), lambda r: r.volume),
        (
            QCoreApplication.translate("Columns", QT_TRANSLATE_NOOP("Columns", "Unit")),
            lambda r: r.unit,
        ),
    ]


def matrix_columns(years: list[int]) -> list[Column]:
    """Activities × years: what and where first, then the money per year and the total, then
    status, sources, executor and the administrative place (the filters cover those)."""
    cols = [
        Column("target", QT_TRANSLATE_NOOP("Columns", "Location")),
        Column("criterion", QT_TRANSLATE_NOOP("Columns", "Criterion"), align=CENTER),
        Column("activity_type", QT_TRANSLATE_NOOP("Columns", "Activity")),
        Column(
            "volume",
            QT_TRANSLATE_NOOP("Columns", "Volume"),
            value=_volume,
            fmt=_fmt_volume,
            align=RIGHT,
            split=_volume_columns,
        ),
    ]
    for year in years:
        cols.append(
            Column(
                f"y{year}",
                str(year),
                value=lambda r, y=year: r.by_year.get(y, 0),
                fmt=_rp,
                align=RIGHT,
            )
        )
    cols += [
        Column("total_rp", QT_TRANSLATE_NOOP("Columns", "Total"), fmt=format_rp, align=RIGHT),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), fmt=label),
        Column("sources", QT_TRANSLATE_NOOP("Columns", "Funding sources")),
        Column("executor", QT_TRANSLATE_NOOP("Columns", "Executed by")),
        Column("village", QT_TRANSLATE_NOOP("Columns", "Village")),
        Column("subdistrict", QT_TRANSLATE_NOOP("Columns", "Subdistrict")),
    ]
    return cols


@dataclass(frozen=True)
class PivotRow:
    key: str
    label: str
    by_year: dict[int, int]
    bold: bool = False

    @property
    def total(self) -> int:
        return sum(self.by_year.values())


def pivot_rows(
    table: dict[str, dict[int, int]], years: list[int], total_label: str
) -> list[PivotRow]:
    rows = [PivotRow(name, name, per_year) for name, per_year in table.items()]
    sums = {y: sum(r.by_year.get(y, 0) for r in rows) for y in years}
    rows.append(PivotRow("\uffff", total_label, sums, bold=True))  # sorts last
    return rows


TOTAL_BG = QColor("#e0e0e0")


def pivot_columns(first: str, years: list[int]) -> list[Column]:
    def bg(r: PivotRow) -> QColor | None:
        return TOTAL_BG if r.bold else None

    cols = [Column("label", first, value=lambda r: r.label, background=bg)]
    for year in years:
        cols.append(
            Column(
                f"y{year}",
                str(year),
                value=lambda r, y=year: r.by_year.get(y, 0),
                fmt=_rp,
                align=RIGHT,
                background=bg,
            )
        )
    cols.append(
        Column(
            "total",
            QT_TRANSLATE_NOOP("Columns", "Total"),
            fmt=format_rp,
            align=RIGHT,
            background=bg,
        )
    )
    return cols


def _level_bg(key: str | None) -> QColor | None:
    color = LEVEL_COLORS.get(key or "")
    return QColor(color).lighter(175) if color is not None else None


def outlook_columns(a: Analysis) -> list[Column]:
    cols = [
        Column("code", QT_TRANSLATE_NOOP("Columns", "Location")),
        Column("kawasan", QT_TRANSLATE_NOOP("Columns", "Kawasan")),
        Column("area_ha", QT_TRANSLATE_NOOP("Columns", "Area"), fmt=format_ha, align=RIGHT),
        Column(
            "baseline_total",
            QT_TRANSLATE_NOOP("Columns", "Score now"),
            align=CENTER,
            background=lambda r: _level_bg(r.baseline_level),
        ),
    ]
    for year in a.years:
        cols.append(
            Column(
                f"t{year}",
                str(year),
                value=lambda r, y=year: r.totals.get(y),
                align=CENTER,
                background=lambda r, y=year: _level_bg(r.levels.get(y)),
                tooltip=lambda r, y=year: label(r.levels.get(y, "")),
            )
        )
    cols.append(
        Column(
            "exit_year",
            QT_TRANSLATE_NOOP("Columns", "Leaves slum status"),
            value=lambda r: r.exit_year,
            align=CENTER,
            fmt=lambda v: "" if v is None else str(v),
        )
    )
    return cols


def outlook_rows(a: Analysis) -> list[LocationOutlook]:
    """Slum locations first (those a plan is about), worst first."""
    return sorted(
        a.locations, key=lambda r: (r.baseline_level == "NONE", -r.baseline_total, r.code)
    )


def gap_columns() -> list[Column]:
    return [
        Column("kode_lokasi", QT_TRANSLATE_NOOP("Columns", "Location")),
        Column("kriteria", QT_TRANSLATE_NOOP("Columns", "Criterion"), align=CENTER),
        Column("skor", QT_TRANSLATE_NOOP("Columns", "Score"), align=CENTER),
        Column(
            "volume_masalah",
            QT_TRANSLATE_NOOP("Columns", "Problem volume"),
            fmt=lambda v: format_number(v, 2),
            align=RIGHT,
        ),
    ]


def over_columns() -> list[Column]:
    return [
        Column(
            "kode_lokasi",
            QT_TRANSLATE_NOOP("Columns", "Location"),
            value=lambda r: r.kode_lokasi or r.kawasan,
        ),
        Column("kriteria", QT_TRANSLATE_NOOP("Columns", "Criterion"), align=CENTER),
        Column(
            "masalah",
            QT_TRANSLATE_NOOP("Columns", "Problem volume"),
            fmt=lambda v: format_number(v, 2),
            align=RIGHT,
        ),
        Column(
            "rencana",
            QT_TRANSLATE_NOOP("Columns", "Planned volume"),
            fmt=lambda v: format_number(v, 2),
            align=RIGHT,
        ),
        Column(
            "lebih",
            QT_TRANSLATE_NOOP("Columns", "Above the problem"),
            fmt=lambda v: format_number(v, 2),
            align=RIGHT,
        ),
    ]


@dataclass(frozen=True)
class FrameRow:
    """A row of a pandas frame as attributes (for RowTableModel)."""

    values: dict[str, Any]
    key: str

    def __getattr__(self, name: str) -> Any:
        try:
            return self.__dict__["values"][name]
        except KeyError:
            raise AttributeError(name) from None


def frame_rows(frame: Any) -> list[FrameRow]:
    if frame is None or frame.empty:
        return []
    return [
        FrameRow(rec, f"{rec.get('kode_lokasi', '')}/{rec.get('kriteria', '')}/{i}")
        for i, rec in enumerate(frame.to_dict("records"))
    ]


def source_columns() -> list[Column]:
    return [
        Column("name", QT_TRANSLATE_NOOP("Columns", "Funding source")),
        Column("code", QT_TRANSLATE_NOOP("Columns", "Code")),
        Column(
            "active",
            QT_TRANSLATE_NOOP("Columns", "Active"),
            fmt=lambda v: "✓" if v else "–",
            align=CENTER,
        ),
        Column("used", QT_TRANSLATE_NOOP("Columns", "Allocations"), align=RIGHT),
    ]


def type_columns() -> list[Column]:
    return [
        Column("criterion_code", QT_TRANSLATE_NOOP("Columns", "Criterion"), align=CENTER),
        Column("name", QT_TRANSLATE_NOOP("Columns", "Activity type")),
        Column("unit", QT_TRANSLATE_NOOP("Columns", "Unit"), align=CENTER),
        Column(
            "unit_cost_rp", QT_TRANSLATE_NOOP("Columns", "Typical unit cost"), fmt=_rp, align=RIGHT
        ),
        Column("used", QT_TRANSLATE_NOOP("Columns", "Activities"), align=RIGHT),
    ]


def summary_text(view: ProgrammeView) -> str:
    translate = QCoreApplication.translate
    totals = view.year_totals
    per_year = ", ".join(f"{y}: {format_rp(v)}" for y, v in totals.items() if v)
    count = format_number(len(view.rows))
    shown = (
        translate("ProgrammeTab", "%1 activities").replace("%1", count)
        if len(view.rows) == view.total_activities
        else translate("ProgrammeTab", "%1 of %2 activities (filtered)")
        .replace("%1", count)
        .replace("%2", format_number(view.total_activities))
    )
    period = ""
    if view.plan is not None:
        period = f" {view.plan.period_start}\u2013{view.plan.period_end}"
    return (
        translate("ProgrammeTab", "%1%2: %3, %4 in total (%5).")
        .replace("%1", view.plan_name or translate("ProgrammeTab", "No plan yet"))
        .replace(
            "%2", period if view.plan and str(view.plan.period_start) not in view.plan_name else ""
        )
        .replace("%3", shown)
        .replace("%4", format_rp(sum(totals.values())))
        .replace("%5", per_year or "–")
    )


class SlumChart(QWidget):
    """Hectares of slum now and at the end of each plan year: bars falling toward 0 ha."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.analysis: Analysis | None = None
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_analysis(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(600, 260)

    def bars(self) -> list[tuple[str, float]]:
        a = self.analysis
        if a is None:
            return []
        now = QCoreApplication.translate("ProgrammeTab", "Now")
        return [(now, a.slum_ha_baseline)] + [(str(y), a.slum_ha.get(y, 0.0)) for y in a.years]

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        bars = self.bars()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        translate = QCoreApplication.translate
        title = translate("ProgrammeTab", "Slum area remaining (ha), toward 0 ha")
        p.setPen(QColor("#212121"))
        p.drawText(QRectF(8, 4, self.width() - 16, 22), Qt.AlignmentFlag.AlignLeft, title)
        if not bars:
            p.end()
            return
        top, bottom, left = 32.0, float(self.height() - 28), 12.0
        width = (self.width() - 2 * left) / len(bars)
        peak = max(v for _l, v in bars) or 1.0
        p.setPen(QPen(QColor("#9e9e9e"), 1))
        p.drawLine(int(left), int(bottom), int(self.width() - left), int(bottom))
        for i, (text, value) in enumerate(bars):
            h = (bottom - top - 18) * value / peak
            x = left + i * width + width * 0.15
            rect = QRectF(x, bottom - h, width * 0.7, h)
            p.fillRect(rect, QColor("#8d6e63") if i == 0 else QColor("#e57373"))
            p.setPen(QColor("#212121"))
            p.drawText(
                QRectF(x - 10, bottom - h - 18, width * 0.7 + 20, 16),
                Qt.AlignmentFlag.AlignCenter,
                format_number(value, 1),
            )
            p.drawText(
                QRectF(x - 10, bottom + 4, width * 0.7 + 20, 18), Qt.AlignmentFlag.AlignCenter, text
            )
        p.end()
