"""Views of the collaboration record: the coverage grid (who has not been involved yet,
where), and the influence-interest map."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from workbench.domain.collation import name_key
from workbench.services.collaboration import COLLAB_STAGES, CoverageView, StakeholderRow
from workbench.services.submissions import VillageYear
from workbench.ui.labels import label

CELL_COLOURS = {
    "engaged": QColor("#66bb6a"),
    "registered": QColor("#ffca28"),
    "absent": QColor("#ef9a9a"),
}


class CoverageGrid(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: CoverageView | None = None
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.verticalHeader().setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.legend)
        layout.addWidget(self.table, 1)

    def stage_title(self, stage: str) -> str:
        titles = {
            "dialogue": self.tr("Dialogue"),
            "trust": self.tr("Trust"),
            "commitment": self.tr("Commitment"),
            "understanding": self.tr("Understanding"),
            "outcome": self.tr("Outcome"),
        }
        return titles.get(stage, stage)

    def set_view(self, view: CoverageView) -> None:
        self.view = view
        cats = list(view.categories)
        year = view.submission_year
        headers = (
            [self.tr("Village"), self.tr("Subdistrict")]
            + [self.tr("Data %1").replace("%1", str(year)) if year else self.tr("Data")]
            + [label(c) for c in cats]
            + [self.stage_title(s) for s in COLLAB_STAGES]
            + [self.tr("Duplicate community bodies")]
        )
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(view.villages))
        words = {
            "engaged": self.tr("engaged"),
            "registered": self.tr("never engaged"),
            "absent": self.tr("absent"),
        }
        gaps = 0
        for r, (vid, name, kec) in enumerate(view.villages):
            self.table.setItem(r, 0, QTableWidgetItem(name))
            self.table.setItem(r, 1, QTableWidgetItem(kec))
            self.table.setItem(r, 2, self._submission_item(view.submissions.get(vid)))
            for c, cat in enumerate(cats, start=3):
                state = view.grid[(vid, cat)]
                gaps += state != "engaged"
                item = QTableWidgetItem(words[state])
                item.setData(Qt.ItemDataRole.UserRole, state)
                item.setBackground(QBrush(CELL_COLOURS[state]))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, c, item)
            for c, stage in enumerate(COLLAB_STAGES, start=3 + len(cats)):
                n = view.stages.get(vid, {}).get(stage, 0)
                item = QTableWidgetItem(str(n) if n else "–")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if n:
                    item.setBackground(QBrush(QColor("#c8e6c9")))
                self.table.setItem(r, c, item)
            dup = view.duplicate_bodies.get(vid, [])
            item = QTableWidgetItem("⚠ " + ", ".join(dup) if dup else "")
            if dup:
                item.setBackground(QBrush(QColor("#ffe0b2")))
                item.setToolTip(
                    self.tr(
                        "Several community bodies do the same job here: "
                        "a question for institution harmonisation."
                    )
                )
            self.table.setItem(r, self.table.columnCount() - 1, item)
        self.table.resizeColumnsToContents()
        never = sum(1 for v in view.grid.values() if v == "registered")
        self.legend.setText(
            self.tr(
                "<b>Who has not been involved yet, where.</b> Green: a stakeholder of that "
                "category took part in an engagement about the village. Amber: registered "
                "for the village but never engaged there (%1 cells). Red: nobody of that "
                "category yet. Villages with duplicate community bodies: %2."
            )
            .replace("%1", str(never))
            .replace("%2", str(len(view.duplicate_bodies)))
        )

    def _submission_item(self, row: VillageYear | None) -> QTableWidgetItem:
        """The village's latest year on its way to approval, its history in the tooltip."""
        from workbench.ui.tabs.submission_panel import STATUS_COLOURS, status_label

        status = row.status if row is not None else None
        item = QTableWidgetItem(status_label(status) if row is not None else "–")
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        item.setData(Qt.ItemDataRole.UserRole, status)
        if status in STATUS_COLOURS:
            item.setForeground(QBrush(QColor(STATUS_COLOURS[status])))
        if row is not None and row.steps:
            item.setToolTip(
                "\n".join(
                    f"{s.at:%d-%m-%Y %H:%M} {s.by}: {status_label(s.status)}"
                    + (f" — {s.reason}" if s.reason else "")
                    for s in row.steps
                    if s.at is not None
                )
            )
        return item

    def state(self, village: str, category: str) -> str | None:
        if self.view is None:
            return None
        for vid, name, _kec in self.view.villages:
            if name == village:
                return self.view.grid.get((vid, category))
        return None


class InfluenceMap(QWidget):
    """Influence (vertical) against interest (horizontal), 1-5, with the four quadrants."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[StakeholderRow] = []
        self.setMinimumSize(420, 320)

    def set_rows(self, rows: list[StakeholderRow]) -> None:
        self.rows = [r for r in rows if not r.archived]
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        m = 50.0
        w, h = self.width() - 2 * m, self.height() - 2 * m
        plot = QRectF(m, m / 2, w, h)
        quads = [
            (self.tr("Keep satisfied"), QColor("#fff3e0"), 0, 0),
            (self.tr("Manage closely"), QColor("#ffebee"), 1, 0),
            (self.tr("Monitor"), QColor("#f5f5f5"), 0, 1),
            (self.tr("Keep informed"), QColor("#e3f2fd"), 1, 1),
        ]
        for text, colour, qx, qy in quads:
            rect = QRectF(plot.left() + qx * w / 2, plot.top() + qy * h / 2, w / 2, h / 2)
            p.fillRect(rect, colour)
            p.setPen(QColor("#9e9e9e"))
            p.drawText(
                rect.adjusted(6, 4, -6, -4),
                Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft,
                text,
            )
        p.setPen(QPen(QColor("#616161"), 1))
        p.drawRect(plot)
        p.drawText(
            QRectF(plot.left(), plot.bottom() + 8, w, 20),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("Interest →"),
        )
        for i, (colour, text) in enumerate(
            (
                (QColor("#1565c0"), self.tr("Pokja PKP member")),
                (QColor("#6a1b9a"), self.tr("other")),
            )
        ):
            x = plot.right() - 260 + i * 150
            p.setBrush(QBrush(colour))
            p.setPen(Qt.PenStyle.NoPen)
            p.drawEllipse(QPointF(x, plot.bottom() + 18), 4, 4)
            p.setPen(QColor("#424242"))
            p.drawText(QPointF(x + 8, plot.bottom() + 22), text)
        p.save()
        p.translate(m / 2 - 6, plot.center().y())
        p.rotate(-90)
        p.drawText(QRectF(-h / 2, -10, h, 20), Qt.AlignmentFlag.AlignCenter, self.tr("Influence →"))
        p.restore()
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        p.setFont(font)
        cells: dict[tuple[int, int], list[StakeholderRow]] = {}
        for r in sorted(
            self.rows, key=lambda r: (not r.pokja_member, name_key(r.short_name or r.name))
        ):
            cells.setdefault((r.interest, r.influence), []).append(r)
        line = max(11.0, font.pointSizeF() * 1.6)
        for (interest, influence), members in cells.items():
            cx = plot.left() + (interest - 1) / 5 * w + 8
            top = plot.bottom() - influence / 5 * h + 18
            shown = members[:5]
            for n, r in enumerate(shown):
                y = top + n * line
                p.setBrush(QBrush(QColor("#1565c0") if r.pokja_member else QColor("#6a1b9a")))
                p.setPen(Qt.PenStyle.NoPen)
                p.drawEllipse(QPointF(cx, y - 4), 3, 3)
                p.setPen(QColor("#212121"))
                p.drawText(QPointF(cx + 6, y), (r.short_name or r.name)[:18])
            if len(members) > len(shown):
                p.setPen(QColor("#616161"))
                p.drawText(
                    QPointF(cx + 6, top + len(shown) * line),
                    self.tr("+%1 more").replace("%1", str(len(members) - len(shown))),
                )
        p.end()
