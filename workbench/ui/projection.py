"""Full-screen projection of the harmonised ranking for workshops (Tampilan > Mode Proyeksi).

Painted by hand for large type and high contrast on a wall projector (1024×768 up to
1920×1080). Keys: ↑/↓ (PgUp/PgDn, Home/End) move the highlight; ←/→ choose the tally column
(for / against); + and − change that tally of the highlighted location (the plenary show of
hands); R reveals or hides the votes; W opens the weights; T / Shift+T move the top-N cut line
down / up; A, C, D mark the location agreed, contested, deferred and Backspace clears it;
M shows the map (each location in its decision's colour, else its level's, numbered by its
rank; the highlighted one outlined) and the list again; Ctrl+Z / Ctrl+Y undo and redo; Esc
or F11 leaves.

The view holds no data of its own: it asks (signals) and the tab changes the database through
undoable commands, then hands the recomputed rows back with ``set_rows``. The highlight follows
the location, not the row number, when the ranking reorders.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTransform,
)
from PySide6.QtWidgets import QWidget

from workbench.domain.formatting import format_ha, format_number
from workbench.services.harmonisation import PriorityRow
from workbench.ui.map_view import MapDrawing
from workbench.ui.style import LEVEL_COLORS, LEVEL_TEXT_COLORS, level_label
from workbench.ui.tabs.priority_views import DECISION_MARKS

BACKGROUND = QColor("#0b0f14")
FOREGROUND = QColor("#ffffff")
MUTED = QColor("#b0bec5")
HIGHLIGHT = QColor("#1e3a5f")
CUT_LINE = QColor("#ffd600")
ACTIVE = QColor("#4fc3f7")
DECISION_FILL = {
    "agreed": QColor("#43a047"),
    "contested": QColor("#fb8c00"),
    "deferred": QColor("#78909c"),
}
TALLIES = ("support", "object")
MAP_LAND = QColor("#1b2530")  # a village on the dark wall
MAP_EDGE = QColor("#78909c")
MAP_OTHER = QColor("#2b3a47")  # an RT unit that is not a candidate


def _decision_word(status: str) -> str:
    words = {
        "agreed": QT_TRANSLATE_NOOP("ProjectionView", "agreed"),
        "contested": QT_TRANSLATE_NOOP("ProjectionView", "contested"),
        "deferred": QT_TRANSLATE_NOOP("ProjectionView", "deferred"),
    }
    return QCoreApplication.translate("ProjectionView", words[status])


class ProjectionView(QWidget):
    closed = Signal()
    cut_changed = Signal(int)
    tally_requested = Signal(str, str, int)  # candidate key, choice, delta
    decision_requested = Signal(str, object)  # candidate key, status or None
    weights_requested = Signal()
    voting_requested = Signal()  # V: a round of votes from the participants' phones
    undo_requested = Signal()
    redo_requested = Signal()
    map_requested = Signal()  # the shapes, read by the window, come back with set_map

    def __init__(
        self, rows: list[PriorityRow], title: str, top_n: int = 10, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(title)
        self.setObjectName("projectionView")
        self.title = title
        self.subtitle = ""
        self.rows = list(rows)
        self.top_n = max(1, top_n)
        self.current = 0
        self.tally = 0  # index into TALLIES
        self.show_votes = True
        self.first_visible = 0
        self.page = "list"  # or "map" (key M)
        self.drawing: MapDrawing | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(False)

    @property
    def current_key(self) -> str | None:
        return self.rows[self.current].key if self.rows else None

    def set_rows(
        self, rows: list[PriorityRow], top_n: int | None = None, subtitle: str | None = None
    ) -> None:
        key = self.current_key
        self.rows = list(rows)
        if top_n is not None:
            self.top_n = max(1, top_n)
        if subtitle is not None:
            self.subtitle = subtitle
        keys = [r.key for r in self.rows]
        self.current = (
            keys.index(key) if key in keys else min(self.current, max(0, len(self.rows) - 1))
        )
        self.update()

    def set_map(self, drawing: MapDrawing) -> None:
        self.drawing = drawing
        self.update()

    def map_colours(self) -> dict[tuple[str, int], QColor]:
        """The fill of each drawn shape (("rt" | "area", id)) by the candidate it is: its
        decision's colour when decided, else its level's."""
        out: dict[tuple[str, int], QColor] = {}
        for row in self.rows:
            kind = "rt" if row.key.startswith("L") else "area"
            colour = (
                DECISION_FILL[row.decision.status]
                if row.decision is not None
                else LEVEL_COLORS.get(row.info.level, MAP_OTHER)
            )
            out[(kind, int(row.key[1:]))] = colour
        return out

    # -- keys ------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers()
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        n = len(self.rows)
        page = max(1, self._visible_rows() - 1)
        if key in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            self.close()
            return
        if ctrl and key == Qt.Key.Key_Z:
            (self.redo_requested if shift else self.undo_requested).emit()
            return
        if ctrl and key == Qt.Key.Key_Y:
            self.redo_requested.emit()
            return
        if key == Qt.Key.Key_Down and n:
            self.current = min(n - 1, self.current + 1)
        elif key == Qt.Key.Key_Up and n:
            self.current = max(0, self.current - 1)
        elif key == Qt.Key.Key_PageDown and n:
            self.current = min(n - 1, self.current + page)
        elif key == Qt.Key.Key_PageUp and n:
            self.current = max(0, self.current - page)
        elif key == Qt.Key.Key_Home:
            self.current = 0
        elif key == Qt.Key.Key_End and n:
            self.current = n - 1
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.tally = 1 - self.tally
            self.show_votes = True
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus) and n:
            delta = -1 if key == Qt.Key.Key_Minus else 1
            self.show_votes = True
            row, choice = self.rows[self.current], TALLIES[self.tally]
            # shown at once (the room sees the hand counted); the ranking follows when the
            # tally is stored and the candidates are re-ranked, and replaces this row
            counted = max(0, getattr(row, choice) + delta)
            self.rows[self.current] = replace(row, **{choice: counted})
            self.repaint()
            self.tally_requested.emit(row.key, choice, delta)
        elif key == Qt.Key.Key_T and n:
            self.top_n = max(1, self.top_n - 1) if shift else min(n, self.top_n + 1)
            self.cut_changed.emit(self.top_n)
        elif key == Qt.Key.Key_R:
            self.show_votes = not self.show_votes
        elif key == Qt.Key.Key_W:
            self.weights_requested.emit()
        elif key == Qt.Key.Key_V:
            self.voting_requested.emit()
        elif key == Qt.Key.Key_M:
            self.page = "map" if self.page == "list" else "list"
            if self.page == "map" and self.drawing is None:
                self.map_requested.emit()
        elif key in (Qt.Key.Key_A, Qt.Key.Key_C, Qt.Key.Key_D) and n:
            status = {Qt.Key.Key_A: "agreed", Qt.Key.Key_C: "contested", Qt.Key.Key_D: "deferred"}[
                Qt.Key(key)
            ]
            self.decision_requested.emit(self.rows[self.current].key, status)
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete) and n:
            self.decision_requested.emit(self.rows[self.current].key, None)
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

    def _layout(self) -> tuple[float, float]:
        """Top of the first row and the height of the footer."""
        _big, _small, _head, row_h = self._fonts()
        return row_h * 2.0, row_h * 0.6

    def _visible_rows(self) -> int:
        top, footer = self._layout()
        return max(1, int((self.height() - top - footer) // self._fonts()[3]))

    def _map_transform(self, area: QRectF) -> QTransform | None:
        """The map's paths (metres, y already pointing down as on screen: see
        ``map_view.path_of``) to the widget, north up, fitted into ``area``."""
        d = self.drawing
        if d is None:
            return None
        paths = [path for _s, path in (*d.villages, *d.areas, *d.rt)]
        if not paths:
            return None
        box = paths[0].boundingRect()
        for path in paths[1:]:
            box = box.united(path.boundingRect())
        if box.width() <= 0 or box.height() <= 0:
            return None
        scale = min(area.width() / box.width(), area.height() / box.height()) * 0.96
        t = QTransform()
        t.translate(area.center().x(), area.center().y())
        t.scale(scale, scale)
        t.translate(-box.center().x(), -box.center().y())
        return t

    def _paint_map(self, p: QPainter, area: QRectF) -> None:
        _big, small, _head, row_h = self._fonts()
        legend_h = row_h * 0.6
        t = self._map_transform(QRectF(area.x(), area.y(), area.width(), area.height() - legend_h))
        if t is None:
            p.setFont(small)
            p.setPen(MUTED)
            words = (
                self.tr("Reading the map…")
                if self.drawing is None
                else self.tr("No map yet: import the district's boundaries (Berkas → Impor Peta…).")
            )
            _text(p, area, Qt.AlignmentFlag.AlignCenter, words)
            return
        assert self.drawing is not None
        colours = self.map_colours()
        ranks = {
            ("rt" if r.key.startswith("L") else "area", int(r.key[1:])): r.rank for r in self.rows
        }
        current = self.current_key
        chosen = (
            ("rt" if current.startswith("L") else "area", int(current[1:])) if current else None
        )
        p.save()
        p.setTransform(t)
        edge = QPen(MAP_EDGE, 1.5)
        edge.setCosmetic(True)
        p.setPen(edge)
        p.setBrush(QBrush(MAP_LAND))
        for _s, path in self.drawing.villages:
            p.drawPath(path)
        thin = QPen(BACKGROUND, 0.8)
        thin.setCosmetic(True)
        p.setPen(thin)
        for s, path in self.drawing.rt:
            p.setBrush(QBrush(colours.get(("rt", s.owner), MAP_OTHER)))
            p.drawPath(path)
        for s, path in self.drawing.areas:
            colour = colours.get(("area", s.owner))
            line = QPen(colour if colour is not None else MAP_EDGE, 3 if colour else 1.2)
            line.setCosmetic(True)
            p.setPen(line)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
        for kind, pairs in (("rt", self.drawing.rt), ("area", self.drawing.areas)):
            for s, path in pairs:
                if (kind, s.owner) == chosen:
                    mark = QPen(ACTIVE, 5)
                    mark.setCosmetic(True)
                    p.setPen(mark)
                    p.setBrush(Qt.BrushStyle.NoBrush)
                    p.drawPath(path)
        p.restore()
        # the ranks of the top N at their places, large enough for the back of the room
        label = QFont(small)
        label.setBold(True)
        p.setFont(label)
        for kind, pairs in (("rt", self.drawing.rt), ("area", self.drawing.areas)):
            for s, _path in pairs:
                rank = ranks.get((kind, s.owner))
                if rank is None or rank > self.top_n:
                    continue
                x, y = t.map(s.point[0], -s.point[1])  # the point is y up
                box = QRectF(x - row_h * 0.4, y - row_h * 0.25, row_h * 0.8, row_h * 0.5)
                p.setPen(FOREGROUND)
                _text(p, box, Qt.AlignmentFlag.AlignCenter, str(rank))
        # legend: the decisions, then the levels of those not decided
        p.setFont(small)
        x = area.x()
        y = area.bottom() - legend_h
        entries = [(DECISION_FILL[k], _decision_word(k)) for k in DECISION_FILL] + [
            (LEVEL_COLORS[k], level_label(k)) for k in ("HEAVY", "MEDIUM", "LIGHT")
        ]
        metrics = QFontMetrics(small)
        needed = sum(metrics.horizontalAdvance(w) + legend_h * 1.6 for _c, w in entries)
        if needed > area.width():  # a narrow wall: a smaller legend, never cut off
            small = QFont(small)
            small.setPixelSize(max(10, int(small.pixelSize() * area.width() / needed)))
            p.setFont(small)
            metrics = QFontMetrics(small)
        for colour, words in entries:
            p.fillRect(QRectF(x, y + legend_h * 0.25, legend_h * 0.5, legend_h * 0.5), colour)
            p.setPen(FOREGROUND)
            width = metrics.horizontalAdvance(words) + legend_h
            _text(
                p,
                QRectF(x + legend_h * 0.7, y, width, legend_h),
                Qt.AlignmentFlag.AlignVCenter,
                words,
            )
            x += width + legend_h * 0.6

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), BACKGROUND)
        big, small, head, row_h = self._fonts()
        w = float(self.width())
        margin = w * 0.03
        inner = w - 2 * margin
        left = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        # title and subtitle
        p.setFont(head)
        p.setPen(FOREGROUND)
        _text(p, QRectF(margin, 0, inner, row_h * 0.95), left, self.title)
        p.setFont(small)
        p.setPen(MUTED)
        _text(p, QRectF(margin, row_h * 0.85, inner, row_h * 0.5), left, self.subtitle)
        footer = row_h * 0.6
        hint = self.tr(
            "↑↓ move · ←→ for/against · +/− tally · A C D decide · W weights · "
            "T cut line · R votes · V phones · M map · Ctrl+Z undo · Esc leave"
        )
        _fitted_text(
            p,
            QRectF(margin, self.height() - footer, inner, footer),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
            hint,
        )
        if self.page == "map":
            self._paint_map(p, QRectF(margin, row_h * 1.4, inner, self.height() - row_h * 2.1))
            return
        cols = {
            "rank": 0.0,
            "name": 0.06,
            "total": 0.50,
            "level": 0.57,
            "code": 0.74,
            "votes": 0.81,
            "decision": 0.95,
        }
        top = row_h * 1.4
        p.setPen(MUTED)
        headers = {
            "rank": "#",
            "name": self.tr("Location"),
            "total": self.tr("Score"),
            "level": self.tr("Level"),
            "code": self.tr("Code"),
        }
        if self.show_votes:
            headers["votes"] = self.tr("For / Against")
        for key, text in headers.items():
            p.drawText(
                QRectF(margin + cols[key] * inner, top, inner * 0.2, row_h * 0.6), left, text
            )
        top += row_h * 0.6
        visible = max(1, int((self.height() - top - footer) // row_h))
        if self.current < self.first_visible:
            self.first_visible = self.current
        elif self.current >= self.first_visible + visible:
            self.first_visible = self.current - visible + 1
        if not self.rows:
            p.setFont(big)
            p.setPen(FOREGROUND)
            p.drawText(
                QRectF(margin, top, inner, row_h),
                Qt.AlignmentFlag.AlignLeft,
                self.tr("No candidate locations yet."),
            )
        for i in range(self.first_visible, min(len(self.rows), self.first_visible + visible)):
            self._paint_row(
                p,
                self.rows[i],
                i,
                top + (i - self.first_visible) * row_h,
                cols,
                margin,
                inner,
                row_h,
                big,
                small,
            )
        p.end()

    def _paint_row(
        self,
        p: QPainter,
        r: PriorityRow,
        i: int,
        y: float,
        cols: dict[str, float],
        margin: float,
        inner: float,
        row_h: float,
        big: QFont,
        small: QFont,
    ) -> None:
        w = float(self.width())
        c = r.info
        vcenter = Qt.AlignmentFlag.AlignVCenter
        if i == self.current:
            p.fillRect(QRectF(margin * 0.5, y, w - margin, row_h), HIGHLIGHT)
        p.setFont(big)
        p.setPen(FOREGROUND)
        p.drawText(QRectF(margin, y, inner * 0.06, row_h), vcenter, str(r.rank))
        # RT/RW whole and first; only the village's name gives way on a narrow screen
        name_box = QRectF(margin + cols["name"] * inner, y, inner * 0.43, row_h * 0.62)
        if c.target[0] == "area":
            _text(p, name_box, Qt.AlignmentFlag.AlignBottom, c.name)
        else:
            _kept_text(p, name_box, Qt.AlignmentFlag.AlignBottom, f"{c.name} · ", c.village)
        p.setFont(small)
        p.setPen(MUTED)
        kept, rest = (
            (f"{c.rt_units} RT · {format_ha(c.area_ha)} · ", c.village)
            if c.target[0] == "area"
            else (f"{c.code} · {format_ha(c.area_ha)} · ", c.area or c.subdistrict)
        )
        _kept_text(
            p,
            QRectF(margin + cols["name"] * inner, y + row_h * 0.6, inner * 0.43, row_h * 0.4),
            Qt.AlignmentFlag.AlignTop,
            kept,
            rest,
        )
        p.setFont(big)
        p.setPen(FOREGROUND)
        p.drawText(
            QRectF(margin + cols["total"] * inner, y, inner * 0.07, row_h), vcenter, str(c.total)
        )
        pill = QRectF(margin + cols["level"] * inner, y + row_h * 0.15, inner * 0.155, row_h * 0.7)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(LEVEL_COLORS.get(c.level, MUTED))
        p.drawRoundedRect(pill, row_h * 0.15, row_h * 0.15)
        p.setPen(LEVEL_TEXT_COLORS.get(c.level, FOREGROUND))
        p.setFont(small)
        p.drawText(pill, Qt.AlignmentFlag.AlignCenter, level_label(c.level))
        p.setFont(big)
        p.setPen(FOREGROUND)
        p.drawText(
            QRectF(margin + cols["code"] * inner, y, inner * 0.07, row_h),
            vcenter,
            c.priority_code or "–",
        )
        if self.show_votes:
            x = margin + cols["votes"] * inner
            for j, value in enumerate((r.support, r.object)):
                cell = QRectF(x + j * inner * 0.065, y + row_h * 0.1, inner * 0.06, row_h * 0.8)
                if i == self.current and j == self.tally:
                    p.setPen(QPen(ACTIVE, max(2.0, row_h * 0.05)))
                    p.setBrush(Qt.BrushStyle.NoBrush)
                    p.drawRoundedRect(cell, 6, 6)
                p.setPen(FOREGROUND if j == 0 else MUTED)
                p.drawText(cell, Qt.AlignmentFlag.AlignCenter, format_number(value, 0))
        if r.decision is not None:
            badge = QRectF(
                margin + cols["decision"] * inner, y + row_h * 0.15, row_h * 0.7, row_h * 0.7
            )
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(DECISION_FILL[r.decision.status])
            p.drawEllipse(badge)
            p.setPen(FOREGROUND)
            p.drawText(badge, Qt.AlignmentFlag.AlignCenter, DECISION_MARKS[r.decision.status])
        if r.rank == self.top_n:
            pen = QPen(CUT_LINE, max(3.0, row_h * 0.08), Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawLine(int(margin * 0.5), int(y + row_h), int(w - margin * 0.5), int(y + row_h))
            p.setFont(small)
            p.setPen(CUT_LINE)
            p.drawText(
                QRectF(margin, y + row_h, inner, row_h * 0.5),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                self.tr("Top %1").replace("%1", str(self.top_n)),
            )


def _text(p: QPainter, rect: QRectF, align: Qt.AlignmentFlag, text: str) -> None:
    """Draw text to fit the rectangle's width, elided in the middle (both ends stay: the
    RT/RW at the start, the kelurahan's end)."""
    elided = QFontMetrics(p.font()).elidedText(
        text, Qt.TextElideMode.ElideMiddle, int(rect.width())
    )
    p.drawText(rect, align, elided)


def _kept_text(p: QPainter, rect: QRectF, align: Qt.AlignmentFlag, kept: str, rest: str) -> None:
    """``kept`` whole (an RT/RW, a code and hectares), then as much of ``rest`` as fits
    (elided at its end); in a smaller type when even ``kept`` does not fit."""
    font = QFont(p.font())
    metrics = QFontMetrics(font)
    need = metrics.horizontalAdvance(kept)
    p.save()
    if need > rect.width() * 0.9 and need > 0:
        size = font.pixelSize() if font.pixelSize() > 0 else 14
        font.setPixelSize(max(10, int(size * rect.width() * 0.9 / need)))
        p.setFont(font)
        metrics = QFontMetrics(font)
        need = metrics.horizontalAdvance(kept)
    p.drawText(rect, align, kept_line(metrics, rect.width(), kept, rest))
    p.restore()


def kept_line(metrics: QFontMetrics, width: float, kept: str, rest: str) -> str:
    """``kept`` whole, then ``rest`` elided in its middle to the width left."""
    room = int(width - metrics.horizontalAdvance(kept))
    tail = metrics.elidedText(rest, Qt.TextElideMode.ElideMiddle, max(0, room))
    return kept + tail if tail not in ("", "…") else kept.rstrip(" ·")


def _fitted_text(
    p: QPainter, rect: QRectF, align: Qt.AlignmentFlag, text: str, smallest_px: int = 11
) -> None:
    """Draw text whole in a smaller type when it does not fit (the key help on a 1024×768
    projector); elided only below ``smallest_px``."""
    font = QFont(p.font())
    size = font.pixelSize() if font.pixelSize() > 0 else 14
    width = QFontMetrics(font).horizontalAdvance(text)
    if width > rect.width() and width > 0:
        font.setPixelSize(max(smallest_px, int(size * rect.width() / width)))
        p.save()
        p.setFont(font)
        _text(p, rect, align, text)
        p.restore()
    else:
        _text(p, rect, align, text)
