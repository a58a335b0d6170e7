"""Colours and delegates shared by every tab, so a slum level looks the same everywhere."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from workbench.domain.colours import LEVEL_HEX
from workbench.ui.models import RawRole

LEVEL_COLORS = {key: QColor(hex_colour) for key, hex_colour in LEVEL_HEX.items()}
LEVEL_TEXT_COLORS = {
    "HEAVY": QColor("white"),
    "MEDIUM": QColor("white"),
    "LIGHT": QColor("#212121"),
    "NONE": QColor("white"),
}
SCORE_COLORS = {
    0: QColor("#e8f5e9"),
    1: QColor("#fff59d"),
    3: QColor("#ffb74d"),
    5: QColor("#e53935"),
}


def level_label(key: str) -> str:
    """The slum level's name in the UI language."""
    labels = {
        "HEAVY": QCoreApplication.translate("Levels", "heavy slum"),
        "MEDIUM": QCoreApplication.translate("Levels", "medium slum"),
        "LIGHT": QCoreApplication.translate("Levels", "light slum"),
        "NONE": QCoreApplication.translate("Levels", "not slum"),
    }
    return labels.get(key, key)


class LevelDelegate(QStyledItemDelegate):
    """Paints the slum level as a coloured pill; the raw value of the cell is the level key."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        key = index.data(RawRole)
        if key not in LEVEL_COLORS:
            super().paint(painter, option, index)
            return
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        rect = option.rect.adjusted(3, 3, -3, -3)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(LEVEL_COLORS[key])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(rect, 6, 6)
        painter.setPen(LEVEL_TEXT_COLORS[key])
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(index.data()))
        painter.restore()


class ScoreStripDelegate(QStyledItemDelegate):
    """A compact strip of criterion scores (raw value: a tuple of 0/1/3/5), one cell each."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        scores: Any = index.data(RawRole)
        if not scores:
            super().paint(painter, option, index)
            return
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        rect = option.rect.adjusted(2, 4, -2, -4)
        n = len(scores)
        width = max(1, rect.width() // n)
        for i, s in enumerate(scores):
            cell = QRect(rect.left() + i * width, rect.top(), width - 1, rect.height())
            painter.fillRect(cell, SCORE_COLORS.get(int(s), QColor("#bdbdbd")))
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> Any:
        hint = super().sizeHint(option, index)
        hint.setWidth(16 * 9)
        return hint
