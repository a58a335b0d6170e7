"""Full-screen projection of the priority ranking for workshops (Tampilan > Mode Proyeksi).

Painted by hand for large type and high contrast on a wall projector (1024x768 up to
1920x1080). Keys: Up/Down move the highlight, T / Shift+T move the top-N cut line down/up,
R reveals or hides the vote tallies, Esc or F11 leaves.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from workbench.domain.formatting import format_ha
from workbench.services.harmonisation import CandidateRow
from workbench.ui.style import LEVEL_COLORS, LEVEL_TEXT_COLORS, level_label

BACKGROUND = QColor("#0b0f14")
FOREGROUND = QColor("#ffffff")
MUTED = QColor("#b0bec5")
HIGHLIGHT = QColor("#1e3a5f")
CUT_LINE = QColor("#ffd600")


class ProjectionView(QWidget):
    closed = Signal()
    cut_changed = Signal(int)

    def __init__(self, candidates: list[CandidateRow], title: str, top_n: int = 10,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(title)
        self.setObjectName("projectionView")
        self.title = title
        self.candidates = list(candidates)
        self.top_n = max(1, min(top_n, max(1, len(self.candidates))))
        self.current = 0
        self.show_votes = True
        self.first_visible = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(False)

    def set_candidates(self, candidates: list[CandidateRow]) -> None:
        self.candidates = list(candidates)
        self.current = min(self.current, max(0, len(self.candidates) - 1))
        self.update()

    # -- keys ------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        n = len(self.candidates)
        if key in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            self.close()
            return
        if key == Qt.Key.Key_Down and n:
            self.current = min(n - 1, self.current + 1)
        elif key == Qt.Key.Key_Up and n:
            self.current = max(0, self.current - 1)
        elif key == Qt.Key.Key_Home:
            self.current = 0
        elif key == Qt.Key.Key_End and n:
            self.current = n - 1
        elif key == Qt.Key.Key_T and n:
            self.top_n = max(1, self.top_n - 1) if shift else min(n, self.top_n + 1)
            self.cut_changed.emit(self.top_n)
        elif key == Qt.Key.Key_R:
            self.show_votes = not self.show_votes
        else:
            super().keyPressEvent(event)
            return
        self.update()

    def closeEvent(self, event: object) -> None:  # noqa: D401 - Qt override
        self.closed.emit()
        super().closeEvent(event)  # type: ignore[arg-type]

    # -- painting --------------------------------------------------------------------------
    def _fonts(self) -> tuple[QFont, QFont, QFont, float]:
        h = max(self.height(), 400)
        row_h = max(36.0, h / 13.0)
        big = QFont(self.font())
        big.setPixelSize(int(row_h * 0.48))
        big.setBold(True)
        small = QFont(self.font())
        small.setPixelSize(int(row_h * 0.34))
        head = QFont(self.font())
        head.setPixelSize(int(row_h * 0.55))
        head.setBold(True)
        return big, small, head, row_h

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), BACKGROUND)
        big, small, head, row_h = self._fonts()
        w = float(self.width())
        margin = w * 0.03
        # title bar
        p.setFont(head)
        p.setPen(FOREGROUND)
        _text(p, QRectF(margin, 0, w - 2 * margin, row_h * 1.2),
              Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, self.title)
        p.setFont(small)
        p.setPen(MUTED)
        footer = row_h * 0.6
        hint = self.tr("↑↓ move · T / Shift+T cut line · R show or hide votes · Esc leave")
        _text(p, QRectF(margin, self.height() - footer, w - 2 * margin, footer),
              Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, hint)
        # column layout (fractions of the width)
        cols = {"rank": 0.0, "name": 0.06, "total": 0.52, "level": 0.59, "code": 0.77,
                "votes": 0.85}
        top = row_h * 1.3
        p.setFont(small)
        p.setPen(MUTED)
        inner = w - 2 * margin
        headers = {"rank": "#", "name": self.tr("Location"), "total": self.tr("Score"),
                   "level": self.tr("Level"), "code": self.tr("Code")}
        if self.show_votes:
            headers["votes"] = self.tr("For / Against")
        for key, text in headers.items():
            p.drawText(QRectF(margin + cols[key] * inner, top, inner * 0.2, row_h * 0.6),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        top += row_h * 0.7
        visible = max(1, int((self.height() - top - footer) // row_h))
        if self.current < self.first_visible:
            self.first_visible = self.current
        elif self.current >= self.first_visible + visible:
            self.first_visible = self.current - visible + 1
        if not self.candidates:
            p.setFont(big)
            p.setPen(FOREGROUND)
            p.drawText(QRectF(margin, top, inner, row_h), Qt.AlignmentFlag.AlignLeft,
                       self.tr("No candidate locations yet."))
        for i in range(self.first_visible,
                       min(len(self.candidates), self.first_visible + visible)):
            c = self.candidates[i]
            y = top + (i - self.first_visible) * row_h
            if i == self.current:
                p.fillRect(QRectF(margin * 0.5, y, w - margin, row_h), HIGHLIGHT)
            p.setFont(big)
            p.setPen(FOREGROUND)
            p.drawText(QRectF(margin, y, inner * 0.07, row_h), Qt.AlignmentFlag.AlignVCenter,
                       str(i + 1))
            _text(p, QRectF(margin + cols["name"] * inner, y, inner * 0.45, row_h * 0.62),
                  Qt.AlignmentFlag.AlignBottom, f"{c.village} · {c.name}")
            p.setFont(small)
            p.setPen(MUTED)
            _text(p, QRectF(margin + cols["name"] * inner, y + row_h * 0.6, inner * 0.45,
                            row_h * 0.4), Qt.AlignmentFlag.AlignTop,
                  f"{c.code} · {format_ha(c.area_ha)} · {c.area or c.subdistrict}")
            p.setFont(big)
            p.setPen(FOREGROUND)
            p.drawText(QRectF(margin + cols["total"] * inner, y, inner * 0.08, row_h),
                       Qt.AlignmentFlag.AlignVCenter, str(c.total))
            pill = QRectF(margin + cols["level"] * inner, y + row_h * 0.15, inner * 0.16,
                          row_h * 0.7)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(LEVEL_COLORS.get(c.level, MUTED))
            p.drawRoundedRect(pill, row_h * 0.15, row_h * 0.15)
            p.setPen(LEVEL_TEXT_COLORS.get(c.level, FOREGROUND))
            p.setFont(small)
            p.drawText(pill, Qt.AlignmentFlag.AlignCenter, level_label(c.level))
            p.setFont(big)
            p.setPen(FOREGROUND)
            p.drawText(QRectF(margin + cols["code"] * inner, y, inner * 0.08, row_h),
                       Qt.AlignmentFlag.AlignVCenter, c.priority_code or "–")
            if self.show_votes:
                p.drawText(QRectF(margin + cols["votes"] * inner, y, inner * 0.15, row_h),
                           Qt.AlignmentFlag.AlignVCenter, f"{c.support} / {c.object}")
            if i + 1 == self.top_n:
                pen = QPen(CUT_LINE, max(3.0, row_h * 0.08), Qt.PenStyle.DashLine)
                p.setPen(pen)
                p.drawLine(int(margin * 0.5), int(y + row_h), int(w - margin * 0.5),
                           int(y + row_h))
                p.setFont(small)
                p.setPen(CUT_LINE)
                p.drawText(QRectF(margin, y + row_h, inner, row_h * 0.5),
                           Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                           self.tr("Top %1").replace("%1", str(self.top_n)))
        p.end()


def _text(p: QPainter, rect: QRectF, align: Qt.AlignmentFlag, text: str) -> None:
    """Draw text elided with an ellipsis to fit the rectangle's width."""
    elided = QFontMetrics(p.font()).elidedText(text, Qt.TextElideMode.ElideRight,
                                               int(rect.width()))
    p.drawText(rect, align, elided)
