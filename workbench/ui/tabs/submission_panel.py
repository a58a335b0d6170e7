"""Pengajuan: each kelurahan's assessment year on its way to approval, beside the Skor Kumuh
table. A kelurahan team submits its year (then it is locked for them); an approver approves
it or returns it with the reason. Each step is recorded for the others to follow (not an
undo step: the next step takes it further, or back); the history shows under the list.

What the signed-in login may do decides which buttons are live; the server refuses the rest
anyway, in words."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.formatting import format_date
from workbench.services import submissions as sub
from workbench.services.server import Identity

STATUS_COLOURS = {sub.SUBMITTED: "#f9a825", sub.APPROVED: "#2e7d32", sub.RETURNED: "#c62828"}


def status_label(status: str | None) -> str:
    labels = {
        None: QCoreApplication.translate("Submissions", "not submitted"),
        sub.SUBMITTED: QCoreApplication.translate("Submissions", "submitted"),
        sub.APPROVED: QCoreApplication.translate("Submissions", "approved"),
        sub.RETURNED: QCoreApplication.translate("Submissions", "returned"),
    }
    return labels.get(status, status or "")


@dataclass(frozen=True)
class SubmissionsView:
    years: list[int]
    year: int | None
    rows: list[sub.VillageYear]
    who: Identity


def read_submissions(session: Any, year: int | None) -> SubmissionsView:
    from workbench.services.server import identity

    years = sub.years(session)
    chosen = year if year in years else (years[-1] if years else None)
    rows = sub.village_years(session, chosen) if chosen is not None else []
    return SubmissionsView(years, chosen, rows, identity(session))


class SubmissionPanel(QWidget):
    """Emits ``step_wanted(kind, village_id, year, reason)`` for the tab to record."""

    step_wanted = Signal(str, int, int, str)
    year_wanted = Signal(object)  # int | None: read that year's list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: SubmissionsView | None = None
        self.year_box = QComboBox()
        self.year_box.currentIndexChanged.connect(
            lambda _i: self.year_wanted.emit(self.year_box.currentData())
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Village"), self.tr("Subdistrict"), self.tr("RT units"), self.tr("Status")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the rest: the village
        header.setMinimumSectionSize(60)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.submit_button = QPushButton(self.tr("Submit"))
        self.submit_button.setToolTip(
            self.tr("Submit this kelurahan's year for approval; it is then locked for its team")
        )
        self.approve_button = QPushButton(self.tr("Approve"))
        self.return_button = QPushButton(self.tr("Return…"))
        self.return_button.setToolTip(
            self.tr("Send the data back to the kelurahan, with the reason")
        )
        self.submit_button.clicked.connect(lambda: self._want(sub.SUBMITTED))
        self.approve_button.clicked.connect(lambda: self._want(sub.APPROVED))
        self.return_button.clicked.connect(lambda: self._want(sub.RETURNED))
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.history.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year:")))
        top.addWidget(self.year_box)
        top.addStretch(1)
        buttons = QHBoxLayout()
        for b in (self.submit_button, self.approve_button, self.return_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("History")))
        layout.addWidget(self.history, 1)
        self._selection_changed()

    # -- showing ---------------------------------------------------------------------------
    def show_view(self, view: SubmissionsView) -> None:
        chosen = self.selected()
        self.view = view
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for y in view.years:
            self.year_box.addItem(str(y), y)
        if view.year is not None:
            self.year_box.setCurrentIndex(view.years.index(view.year))
        self.year_box.blockSignals(False)
        counts: dict[str | None, int] = {}
        for r in view.rows:
            counts[r.status] = counts.get(r.status, 0) + 1
        self.summary.setText(
            " · ".join(
                f"{counts[s]} {status_label(s)}"
                for s in (None, sub.SUBMITTED, sub.RETURNED, sub.APPROVED)
                if counts.get(s)
            )
        )
        self.table.setRowCount(len(view.rows))
        for i, r in enumerate(view.rows):
            latest = r.latest
            kecamatan = r.subdistrict.replace("Kecamatan ", "Kec. ")  # narrow at 1024 px
            cells = [r.village, kecamatan, str(r.locations), status_label(r.status)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, r.village_id)
                if c == 3 and r.status in STATUS_COLOURS:
                    item.setForeground(QBrush(QColor(STATUS_COLOURS[r.status])))
                if c == 3 and latest is not None:
                    item.setToolTip(self._step_text(latest))  # when, and by whom
                if c == 0:
                    item.setToolTip(text)
                if c == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(i, c, item)
        if chosen is not None:
            self.select_village(chosen.village_id)
        self._selection_changed()

    @staticmethod
    def _step_text(step: sub.Step) -> str:
        when = format_date(step.at.date()) + step.at.strftime(" %H:%M") if step.at else ""
        return f"{when} · {step.by}" if step.by else when

    def select_village(self, village_id: int) -> bool:
        for i in range(self.table.rowCount()):
            item = self.table.item(i, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == village_id:
                self.table.selectRow(i)
                return True
        return False

    def selected(self) -> sub.VillageYear | None:
        if self.view is None:
            return None
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        vid = self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return next((r for r in self.view.rows if r.village_id == vid), None)

    def _selection_changed(self) -> None:
        chosen = self.selected()
        who = self.view.who if self.view is not None else None
        status = chosen.status if chosen else None
        mine = chosen is not None and who is not None and who.may_change_village(chosen.village_id)
        approver = chosen is not None and who is not None and who.may_approve
        self.submit_button.setEnabled(mine and status in (None, sub.RETURNED))
        self.approve_button.setEnabled(approver and status == sub.SUBMITTED)
        self.return_button.setEnabled(approver and status == sub.SUBMITTED)
        self.message.clear()
        self.history.setText(self._history_html(chosen) if chosen else "")

    def _history_html(self, row: sub.VillageYear) -> str:
        import html

        if not row.steps:
            return html.escape(
                self.tr("No step yet: the kelurahan has not submitted %1.").replace(
                    "%1", str(row.year)
                )
            )
        lines = []
        for step in reversed(row.steps):
            colour = STATUS_COLOURS.get(step.status, "#000")
            line = (
                f"{html.escape(self._step_text(step))}: "
                f"<b style='color:{colour}'>{html.escape(status_label(step.status))}</b>"
            )
            if step.reason:
                line += f" — {html.escape(step.reason)}"
            lines.append(line)
        return "<br>".join(lines)

    def _want(self, kind: str) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        reason = ""
        if kind == sub.RETURNED:
            from workbench.ui import dialogs

            asked = dialogs.ask_text(
                self,
                self.tr("Return to the kelurahan"),
                self.tr("Why do %1's data for %2 go back?")
                .replace("%1", chosen.village)
                .replace("%2", str(chosen.year)),
            )
            if asked is None:
                return
            if not asked.strip():
                self.message.setText(self.tr("Say why the data go back (the reason is kept)."))
                return
            reason = asked
        self.step_wanted.emit(kind, chosen.village_id, chosen.year, reason)
