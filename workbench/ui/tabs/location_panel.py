"""The location panel of the scoring tab: one RT unit in one year, its field data editable,
percent, score, aspect means, total and level recomputed as the user types, and its history."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.formatting import format_number, parse_user_number
from workbench.domain.rules import RuleSet, get_ruleset
from workbench.services.scores import EDITABLE_DENOMINATORS, AssessmentDetail
from workbench.ui.style import LEVEL_COLORS, LEVEL_TEXT_COLORS, SCORE_COLORS, level_label

FIELD_ROLE = Qt.ItemDataRole.UserRole + 10  # which field a cell edits
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 11  # the value it holds (never re-parsed from text)


def _item(
    text: str, editable: bool = False, align: Qt.AlignmentFlag | None = None
) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
    if editable:
        flags |= Qt.ItemFlag.ItemIsEditable
    item.setFlags(flags)
    if align is not None:
        item.setTextAlignment(align)
    return item


def _num(value: float | None, field: str) -> str:
    if value is None:
        return ""
    decimals = 0 if float(value).is_integer() else 2
    if field in ("luas_ha",) or field.startswith("vol_") and not float(value).is_integer():
        decimals = 2
    return format_number(value, decimals)


RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


class LocationPanel(QWidget):
    """Emits ``value_edited(assessment_id, field, old, new)`` for a valid edit; the tab turns
    it into an undoable command."""

    value_edited = Signal(int, str, object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: AssessmentDetail | None = None
        self.rules: RuleSet | None = None
        self._loading = False
        self.header = QLabel(self.tr("Choose an RT unit in the table."))
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.level = QLabel()
        self.level.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.level.setMinimumHeight(28)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b71c1c")
        self.message.setWordWrap(True)
        self.note = QLabel()  # why the values cannot be changed here, when they cannot
        self.note.setStyleSheet("color: #555; font-style: italic")
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        self.denominators = QTableWidget(0, 2)
        self.denominators.setHorizontalHeaderLabels([self.tr("Denominator"), self.tr("Value")])
        self.criteria = QTableWidget(0, 6)
        self.criteria.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Criterion"),
                self.tr("Volume"),
                self.tr("Unit"),
                self.tr("Percent"),
                self.tr("Score"),
            ]
        )
        self.aspects = QLabel()
        self.aspects.setWordWrap(True)
        self.history = QTableWidget(0, 4)
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("Year"),
                self.tr("Total"),
                self.tr("Level"),
                self.tr("Change since first year"),
            ]
        )
        for table in (self.denominators, self.criteria, self.history):
            table.verticalHeader().setVisible(False)
            table.verticalHeader().setDefaultSectionSize(22)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setEditTriggers(
                QAbstractItemView.EditTrigger.DoubleClicked
                | QAbstractItemView.EditTrigger.EditKeyPressed
                | QAbstractItemView.EditTrigger.AnyKeyPressed
            )
        self.criteria.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.denominators.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.denominators.setMaximumHeight(6 * 22 + 28)
        self.denominators.itemChanged.connect(self._on_item_changed)
        self.criteria.itemChanged.connect(self._on_item_changed)
        self.inner = QTabWidget()
        criteria_page = QWidget()
        c_layout = QVBoxLayout(criteria_page)
        c_layout.setContentsMargins(0, 4, 0, 0)
        c_layout.addWidget(self.criteria, 1)
        c_layout.addWidget(self.aspects)
        base_page = QWidget()
        b_layout = QVBoxLayout(base_page)
        b_layout.setContentsMargins(0, 4, 0, 0)
        b_layout.addWidget(self.denominators)
        b_layout.addWidget(QLabel(self.tr("History")))
        b_layout.addWidget(self.history, 1)
        self.inner.addTab(criteria_page, self.tr("Criteria"))
        self.inner.addTab(base_page, self.tr("Base data and history"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.level)
        layout.addWidget(self.message)
        layout.addWidget(self.note)
        layout.addWidget(self.inner, 1)

    # -- showing ---------------------------------------------------------------------------
    def show_detail(self, detail: AssessmentDetail | None, read_only: str = "") -> None:
        """``read_only``: why this unit's values cannot be changed here (outside the
        login's villages, a submitted year, a viewer's role); empty: they can."""
        self.detail = detail
        self.message.clear()
        self.note.setText(read_only)
        self.note.setVisible(bool(read_only))
        triggers = (
            QAbstractItemView.EditTrigger.NoEditTriggers
            if read_only
            else QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.denominators.setEditTriggers(triggers)
        self.criteria.setEditTriggers(triggers)
        self._loading = True
        try:
            if detail is None:
                self.header.setText(self.tr("Choose an RT unit in the table."))
                self.denominators.setRowCount(0)
                self.criteria.setRowCount(0)
                self.history.setRowCount(0)
                self.level.clear()
                self.level.setStyleSheet("")  # no coloured bar left without a unit
                self.aspects.clear()
                return
            self.rules = get_ruleset(detail.ruleset_id)
            area = f" · {detail.area}" if detail.area else ""
            self.header.setText(
                f"<b>{detail.code}</b> {detail.name} · {detail.village}, {detail.subdistrict}"
                f"{area}<br>"
                + self.tr("Year %1 · rule set %2 v%3")
                .replace("%1", str(detail.year))
                .replace("%2", self.rules.id)
                .replace("%3", self.rules.version)
            )
            self.denominators.setRowCount(len(EDITABLE_DENOMINATORS))
            labels = {k: v[0] for k, v in self.rules.denominators.items()}
            labels["jumlah_penduduk"] = self.tr("Population")
            for i, key in enumerate(EDITABLE_DENOMINATORS):
                unit = self.rules.denominators.get(key, ("", "jiwa"))[1]
                self.denominators.setItem(i, 0, _item(f"{labels.get(key, key)} ({unit})"))
                value = self._value_item(key, detail.values.get(key))
                self.denominators.setItem(i, 1, value)
            self.criteria.setRowCount(len(self.rules.criteria))
            for i, crit in enumerate(self.rules.criteria):
                field = f"vol_{crit.code}"
                self.criteria.setItem(i, 0, _item(crit.code, align=CENTER))
                name = _item(crit.name)
                name.setToolTip(f"{self.rules.aspects[crit.aspect]}: {crit.name}")
                self.criteria.setItem(i, 1, name)
                vol = self._value_item(field, detail.values.get(field))
                self.criteria.setItem(i, 2, vol)
                self.criteria.setItem(i, 3, _item(crit.unit, align=CENTER))
                self.criteria.setItem(i, 4, _item("", align=RIGHT))
                self.criteria.setItem(i, 5, _item("", align=CENTER))
            for col in (0, 2, 3, 4, 5):
                self.criteria.resizeColumnToContents(col)
            self._show_history(detail)
        finally:
            self._loading = False
        self._show_scores(detail.scored)  # scored with the detail, off the GUI thread

    @staticmethod
    def _value_item(field: str, value: float | None) -> QTableWidgetItem:
        item = _item(_num(value, field), editable=True, align=RIGHT)
        item.setData(FIELD_ROLE, field)
        item.setData(NUMBER_ROLE, value)
        return item

    def _show_history(self, detail: AssessmentDetail) -> None:
        self.history.setRowCount(len(detail.history))
        first = detail.history[0].total if detail.history else 0
        for i, row in enumerate(detail.history):
            change = row.total - first
            self.history.setItem(i, 0, _item(str(row.year), align=CENTER))
            self.history.setItem(i, 1, _item(str(row.total), align=RIGHT))
            lv = _item(level_label(row.level), align=CENTER)
            lv.setBackground(QBrush(LEVEL_COLORS[row.level]))
            lv.setForeground(QBrush(LEVEL_TEXT_COLORS[row.level]))
            self.history.setItem(i, 2, lv)
            self.history.setItem(i, 3, _item("–" if i == 0 else f"{change:+d}", align=RIGHT))
            if row.year == detail.year:
                for c in (0, 1, 3):
                    font = self.history.item(i, c).font()
                    font.setBold(True)
                    self.history.item(i, c).setFont(font)

    # -- the figures -----------------------------------------------------------------------
    def _show_scores(self, out: dict[str, Any]) -> None:
        if self.rules is None:
            return
        self._loading = True
        try:
            for i, crit in enumerate(self.rules.criteria):
                pct = out[f"pct_{crit.code}"]
                score = int(out[f"skor_{crit.code}"])
                self.criteria.item(i, 4).setText(format_number(pct, 2))
                cell = self.criteria.item(i, 5)
                cell.setText(str(score))
                cell.setBackground(QBrush(SCORE_COLORS.get(score, QColor("#bdbdbd"))))
        finally:
            self._loading = False
        key = str(out["_level"])
        self.level.setText(
            self.tr("Total %1 of %2 · %3")
            .replace("%1", str(out["total_skor"]))
            .replace("%2", str(self.rules.max_total))
            .replace("%3", level_label(key))
        )
        self.level.setStyleSheet(
            f"background: {LEVEL_COLORS[key].name()}; color: {LEVEL_TEXT_COLORS[key].name()};"
            " border-radius: 6px; font-weight: bold; padding: 4px"
        )
        means = [
            f"{a}. {self.rules.aspects[a].replace('Kondisi ', '')}: "
            f"{format_number(out[f'rata_{a}'], 2)} %"
            for a in sorted(self.rules.aspects)
        ]
        self.aspects.setText(self.tr("Aspect means: %1").replace("%1", " · ".join(means)))
        notes = str(out["catatan"])
        self.criteria.setToolTip(notes)

    def field_label(self, field: str) -> str:
        """A field in words, for undo texts: 'volume 1a', 'Jumlah KK'."""
        if field.startswith("vol_"):
            return self.tr("volume %1").replace("%1", field[4:])
        if field == "jumlah_penduduk":
            return self.tr("Population")
        if self.rules is not None and field in self.rules.denominators:
            return self.rules.denominators[field][0]
        return field

    def value_text(self, field: str, value: object) -> str:
        unit = ""
        if self.rules is not None:
            if field.startswith("vol_"):
                unit = next((c.unit for c in self.rules.criteria if c.code == field[4:]), "")
            elif field in self.rules.denominators:
                unit = self.rules.denominators[field][1]
        text = _num(value, field) if isinstance(value, (int, float)) else "–"  # type: ignore[arg-type]
        return f"{text} {unit}".strip()

    def total_shown(self) -> str:
        return self.level.text()

    # -- editing ---------------------------------------------------------------------------
    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or self.detail is None:
            return
        field = item.data(FIELD_ROLE)
        if not field:
            return
        field = str(field)
        old = item.data(NUMBER_ROLE)
        problem = ""
        new: float | None = None
        try:
            new = parse_user_number(item.text())
        except ValueError:
            problem = self.tr("'%1' is not a number (write e.g. 12,5)").replace("%1", item.text())
        if not problem:
            if new is None and field != "jumlah_penduduk":
                problem = self.tr("%1 cannot be blank; write 0 if there is none").replace(
                    "%1", self.field_label(field)
                )
            elif new is not None and new < 0:
                problem = self.tr("%1 cannot be negative").replace("%1", self.field_label(field))
            elif (
                new is not None
                and field in ("jumlah_bangunan", "jumlah_kk", "jumlah_penduduk")
                and not new.is_integer()
            ):
                problem = self.tr("%1 must be a whole number").replace(
                    "%1", self.field_label(field)
                )
        self._loading = True
        try:
            if problem:
                self.message.setText(problem)
                item.setText(_num(old, field))
                return
            self.message.clear()
            item.setData(NUMBER_ROLE, new)
            item.setText(_num(new, field))
        finally:
            self._loading = False
        if new == old:
            return
        # the edit is scored where it is stored, off the GUI thread; its answer brings the
        # panel's figures with the table's row (one score, not a second one for the panel)
        self.value_edited.emit(self.detail.assessment_id, field, old, new)
