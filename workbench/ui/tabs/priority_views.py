"""Widgets of the Harmonisasi Prioritas tab: editable matrices (sources × candidates, tallies),
the rank-stability chart, and decision colours."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from workbench.domain.formatting import format_number
from workbench.services.harmonisation import PriorityRow
from workbench.ui.models import Index, RowTableModel

DECISION_COLORS = {
    "agreed": QColor("#2e7d32"),
    "contested": QColor("#e65100"),
    "deferred": QColor("#607d8b"),
}
DECISION_MARKS = {"agreed": "✓", "contested": "!", "deferred": "…"}

Setter = Callable[[Any, str], None]


class EditableRowModel(RowTableModel):
    """A RowTableModel whose columns named in ``editors`` can be edited in place; the editor
    receives the row and the typed text, and is expected to push an undo command (the tab
    reloads afterwards, so the model never changes its own data here)."""

    def __init__(self, parent: Any = None, id_of: Callable[[Any], Any] = lambda r: r.key) -> None:
        super().__init__([], id_of=id_of, parent=parent)
        self.editors: dict[str, Setter] = {}

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self.columns[index.column()].key in self.editors:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.isValid():
            return super().data(index, Qt.ItemDataRole.DisplayRole)
        if (
            role == Qt.ItemDataRole.BackgroundRole
            and index.isValid()
            and self.columns[index.column()].key in self.editors
        ):
            value = super().data(index, role)
            return value if value is not None else QColor("#f3f8ff")
        return super().data(index, role)

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        key = self.columns[index.column()].key
        editor = self.editors.get(key)
        if editor is None:
            return False
        row = self.rows[self.source_position(index.row())]
        text = "" if value is None else str(value).strip()
        if text == (super().data(index, Qt.ItemDataRole.DisplayRole) or ""):
            return False
        editor(row, text)
        return True


class StabilityChart(QWidget):
    """For the top candidates: the share of sensitivity draws in which each stays in the top N
    (bar) and its best–worst rank over the draws (whisker on a rank axis)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PriorityRow] = []
        self.top_n = 10
        self.subtitle = ""
        self.setMinimumHeight(240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_rows(self, rows: list[PriorityRow], top_n: int, subtitle: str) -> None:
        self.rows, self.top_n, self.subtitle = rows, top_n, subtitle
        self.updateGeometry()
        self.update()

    def shown(self) -> list[PriorityRow]:
        """The candidates drawn: the top N and as many again below the cut (at most 40)."""
        return self.rows[: min(len(self.rows), max(10, min(40, 2 * self.top_n)))]

    def sizeHint(self) -> QSize:
        return QSize(640, 60 + 22 * len(self.shown()))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        rows = self.shown()
        w, h = float(self.width()), float(self.height())
        fm = p.fontMetrics()
        p.setPen(QColor("#212121"))
        p.drawText(
            QRectF(8, 4, w - 16, 20),
            Qt.AlignmentFlag.AlignLeft,
            self.tr("Stays in the top %1 (share of draws) · rank range over the draws").replace(
                "%1", str(self.top_n)
            ),
        )
        p.setPen(QColor("#616161"))
        p.drawText(QRectF(8, 22, w - 16, 18), Qt.AlignmentFlag.AlignLeft, self.subtitle)
        if not rows:
            p.drawText(
                QRectF(8, 50, w - 16, 20),
                Qt.AlignmentFlag.AlignLeft,
                self.tr("No candidate locations yet."),
            )
            p.end()
            return
        top = 46.0
        row_h = max(14.0, min(24.0, (h - top - 24) / len(rows)))
        label_w = min(
            w * 0.32, max(fm.horizontalAdvance(f"{r.rank}. {r.info.code}") for r in rows) + 16.0
        )
        bar_x, bar_w = label_w + 8, (w - label_w - 24) * 0.42
        rank_x = bar_x + bar_w + 24
        rank_w = w - rank_x - 12
        max_rank = max(max(r.worst for r in rows), self.top_n, 1)

        def rank_pos(rank: float) -> float:
            return rank_x + (rank - 1) / max(1, max_rank - 1) * rank_w

        # cut line on the rank axis
        cut_x = rank_pos(self.top_n + 0.5)
        p.setPen(QPen(QColor("#f9a825"), 2, Qt.PenStyle.DashLine))
        p.drawLine(int(cut_x), int(top - 4), int(cut_x), int(top + row_h * len(rows)))
        for i, r in enumerate(rows):
            y = top + i * row_h
            if r.rank == self.top_n + 1:
                p.setPen(QPen(QColor("#f9a825"), 2, Qt.PenStyle.DashLine))
                p.drawLine(4, int(y), int(w - 4), int(y))
            p.setPen(QColor("#212121"))
            p.drawText(
                QRectF(4, y, label_w, row_h),
                Qt.AlignmentFlag.AlignVCenter,
                fm.elidedText(
                    f"{r.rank}. {r.info.code}", Qt.TextElideMode.ElideRight, int(label_w)
                ),
            )
            share = r.stability
            color = (
                QColor("#2e7d32")
                if share >= 0.9
                else QColor("#f9a825")
                if share >= 0.5
                else QColor("#c62828")
            )
            p.fillRect(QRectF(bar_x, y + 3, bar_w, row_h - 6), QColor("#eeeeee"))
            p.fillRect(QRectF(bar_x, y + 3, bar_w * share, row_h - 6), color)
            p.setPen(QColor("#212121") if share < 0.75 else QColor("white"))
            p.drawText(
                QRectF(bar_x + 4, y, bar_w - 8, row_h),
                Qt.AlignmentFlag.AlignVCenter
                | (Qt.AlignmentFlag.AlignRight if share >= 0.75 else Qt.AlignmentFlag.AlignLeft),
                f"{format_number(100 * share, 0)} %",
            )
            # rank range whisker
            p.setPen(QPen(QColor("#1e3a5f"), 2))
            x0, x1 = rank_pos(r.best), rank_pos(r.worst)
            cy = y + row_h / 2
            p.drawLine(int(x0), int(cy), int(x1), int(cy))
            p.drawLine(int(x0), int(cy - 4), int(x0), int(cy + 4))
            p.drawLine(int(x1), int(cy - 4), int(x1), int(cy + 4))
            p.setBrush(QColor("#1e3a5f"))
            p.drawEllipse(QRectF(rank_pos(r.median) - 4, cy - 4, 8, 8))
        p.setPen(QColor("#616161"))
        axis_y = top + row_h * len(rows) + 4
        for rank in sorted({1, self.top_n, max_rank}):
            x = rank_pos(rank)
            p.drawText(QRectF(x - 20, axis_y, 40, 16), Qt.AlignmentFlag.AlignHCenter, str(rank))
        p.end()
