"""Dialogs of the Matriks Program tab: one activity (place, criterion, type, volume, money per
year and source, status and realisation, commitments) and the plan period."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.formatting import (
    format_editable,
    format_number,
    format_rp,
    parse_rupiah,
    parse_user_number,
)
from workbench.domain.programme import ACTIVITY_STATUSES, APPROACHES, PLANNING_FIELDS
from workbench.services.programme import FormChoices
from workbench.services.programme_edit import ActivityData, PlanInfo
from workbench.ui.combos import combo as _combo
from workbench.ui.combos import select_data
from workbench.ui.errors import error_text
from workbench.ui.labels import label
from workbench.ui.tabs.priority_dialogs import error_label, ok_cancel
from workbench.ui.wheel import guard

Target = tuple[str, int]  # ("L", location id) or ("A", kawasan id)


class ActivityDialog(QDialog):
    """Add or change one activity. ``result_data`` holds the checked ActivityData on OK.

    A changed activity opens on its own place, criterion and values, and OK without touching
    anything gives back exactly ``data``; a new one starts at ``place`` (the selected row's)."""

    def __init__(
        self,
        choices: FormChoices,
        data: ActivityData | None,
        default_year: int,
        parent: QWidget | None = None,
        place: Target | None = None,
        criterion: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.choices, self.default_year = choices, default_year
        self.result_data: ActivityData | None = None
        self.activity_commitments = set(data.commitment_ids) if data else set()
        self._auto_cost = ""
        self.setWindowTitle(self.tr("Change activity") if data else self.tr("New activity"))
        self.resize(720, 680)
        targets: list[tuple[object, str]] = [
            (("L", i), f"{code} ({kaw})" if kaw else code) for i, code, kaw in choices.locations
        ]
        targets += [(("A", i), self.tr("Kawasan: %1").replace("%1", n)) for i, n in choices.areas]
        current: Target | None = place
        if data is not None:
            current = (
                ("L", data.location_id) if data.location_id is not None else ("A", data.area_id)
            )  # type: ignore[assignment]
        self.target = _combo(targets, current)
        self.target.setEditable(True)
        self.target.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.criterion = _combo(
            [(c, f"{c} – {choices.criterion_names.get(c, '')}") for c in choices.criteria],
            data.criterion_code if data else criterion,
        )
        self.type_box = QComboBox()
        self.volume = QLineEdit()
        self.unit = QLabel()
        self.unit_cost = QLineEdit()
        self.unit_cost.setPlaceholderText("Rp")
        self.estimate = QLabel()
        self.approach = _combo(
            [(None, "–")] + [(a, label(f"approach_{a}")) for a in APPROACHES],
            data.approach if data else None,
        )
        self.field = _combo(
            [(f, label(f"field_{f}")) for f in PLANNING_FIELDS],
            data.planning_field if data else "infrastruktur",
        )
        self.executor = _combo(
            [(None, "–")] + list(choices.stakeholders), data.executor_id if data else None
        )
        self.status = _combo(
            [(s, label(s)) for s in ACTIVITY_STATUSES], data.status if data else "usulan"
        )
        self.realised_volume = QLineEdit()
        self.realised_rp = QLineEdit()
        self.description = QLineEdit()
        self.allocs = QTableWidget(0, 3)
        self.allocs.setHorizontalHeaderLabels(
            [self.tr("Year"), self.tr("Funding source"), self.tr("Amount (Rp)")]
        )
        self.allocs.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.allocs.verticalHeader().setVisible(False)
        self.allocs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add_row = QPushButton(self.tr("Add year/source"))
        add_row.clicked.connect(lambda: self.add_allocation(default_year, None, None))
        del_row = QPushButton(self.tr("Remove"))
        del_row.clicked.connect(self._remove_allocation)
        self.commitments = QListWidget()
        self.commitments.setMaximumHeight(90)
        for cid, text, linked in choices.commitments:
            if linked is not None and cid not in self.activity_commitments:
                continue  # belongs to another activity
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, cid)
            item.setCheckState(
                Qt.CheckState.Checked
                if cid in self.activity_commitments
                else Qt.CheckState.Unchecked
            )
            self.commitments.addItem(item)
        self.error = error_label()

        form = QFormLayout()
        form.addRow(self.tr("RT unit or kawasan"), self.target)
        form.addRow(self.tr("Criterion"), self.criterion)
        form.addRow(self.tr("Activity type"), self.type_box)
        vol = QHBoxLayout()
        vol.addWidget(self.volume, 1)
        vol.addWidget(self.unit)
        form.addRow(self.tr("Volume"), vol)
        cost = QHBoxLayout()
        cost.addWidget(self.unit_cost, 1)
        cost.addWidget(self.estimate)
        form.addRow(self.tr("Unit cost"), cost)
        form.addRow(self.tr("Approach"), self.approach)
        form.addRow(self.tr("Planning field"), self.field)
        form.addRow(self.tr("Executed by"), self.executor)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Realised volume"), self.realised_volume)
        form.addRow(self.tr("Realised amount (Rp)"), self.realised_rp)
        form.addRow(self.tr("Note"), self.description)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(add_row)
        buttons_row.addWidget(del_row)
        buttons_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Money per year and funding source")))
        layout.addWidget(self.allocs, 1)
        layout.addLayout(buttons_row)
        layout.addWidget(QLabel(self.tr("Commitments from the stakeholder registry")))
        layout.addWidget(self.commitments)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, self._accept))

        self.criterion.currentIndexChanged.connect(self._criterion_changed)
        self.type_box.currentIndexChanged.connect(self._type_changed)
        self.volume.textChanged.connect(self._update_estimate)
        self.unit_cost.textChanged.connect(self._update_estimate)
        self._criterion_changed()
        if data is not None:
            select_data(self.type_box, data.activity_type_id)
            self.volume.setText(format_editable(data.volume))
            self.unit_cost.setText(
                format_number(data.unit_cost_rp) if data.unit_cost_rp is not None else ""
            )
            self._auto_cost = ""
            if data.realised_volume is not None:
                self.realised_volume.setText(format_editable(data.realised_volume))
            if data.realised_rp is not None:
                self.realised_rp.setText(format_number(data.realised_rp))
            self.description.setText(data.description)
            for year, source, amount in data.allocations:
                self.add_allocation(year, source, amount)
        else:
            self._type_changed()
            self.add_allocation(default_year, None, None)

    # -- behaviour ---------------------------------------------------------------------------
    def _criterion_changed(self) -> None:
        code = self.criterion.currentData()
        self.unit.setText(self.choices.criteria.get(code, ""))
        self.type_box.blockSignals(True)
        self.type_box.clear()
        for t in self.choices.types:
            if t.criterion_code in ("", code):
                self.type_box.addItem(t.name, t.id)
        self.type_box.blockSignals(False)
        self._type_changed()

    def _type_changed(self) -> None:
        """Offer the catalogue's typical unit cost, unless the user typed one of their own."""
        t = next((t for t in self.choices.types if t.id == self.type_box.currentData()), None)
        current = self.unit_cost.text().strip()
        if t is not None and current in ("", self._auto_cost):
            self._auto_cost = format_number(t.unit_cost_rp) if t.unit_cost_rp else ""
            self.unit_cost.setText(self._auto_cost)

    def _update_estimate(self) -> None:
        try:
            volume = parse_user_number(self.volume.text()) or 0.0
            cost = parse_rupiah(self.unit_cost.text()) or 0
        except ValueError:
            self.estimate.setText("")
            return
        self.estimate.setText(
            self.tr("≈ %1").replace("%1", format_rp(round(volume * cost)))
            if volume and cost
            else ""
        )

    def add_allocation(self, year: int, source: int | None, amount: int | None) -> None:
        row = self.allocs.rowCount()
        self.allocs.insertRow(row)
        spin = QSpinBox()
        spin.setRange(1990, 2100)
        spin.setValue(year)
        self.allocs.setCellWidget(row, 0, spin)
        active = [(s.id, s.name) for s in self.choices.sources if s.active or s.id == source]
        self.allocs.setCellWidget(row, 1, _combo(active, source))
        money = QLineEdit(format_number(amount) if amount is not None else "")
        money.setPlaceholderText("Rp 0")
        money.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.allocs.setCellWidget(row, 2, money)
        guard(self.allocs)  # the new row's year and source ignore a passing wheel

    def _remove_allocation(self) -> None:
        row = self.allocs.currentRow()
        if row < 0:
            row = self.allocs.rowCount() - 1
        if row >= 0:
            self.allocs.removeRow(row)

    def _accept(self) -> None:
        try:
            self.result_data = self.read()
        except ValueError as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()

    def read(self) -> ActivityData:
        """The form as ActivityData; ValueError names the field that is wrong."""
        kind, target = self.target.currentData() or (None, None)
        if target is None:
            raise ValueError(self.tr("Choose the RT unit or kawasan."))
        if self.type_box.currentData() is None:
            raise ValueError(self.tr("Choose an activity type (add one under Catalogue)."))
        volume = self._number(self.volume, self.tr("Volume"), required=True)
        allocs = []
        for row in range(self.allocs.rowCount()):
            year = self.allocs.cellWidget(row, 0).value()
            source = self.allocs.cellWidget(row, 1).currentData()
            amount = self._money(
                self.allocs.cellWidget(row, 2), self.tr("Amount %1").replace("%1", str(year))
            )
            if amount is not None:
                allocs.append((year, source, amount))
        checked = tuple(
            sorted(
                self.commitments.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.commitments.count())
                if self.commitments.item(i).checkState() == Qt.CheckState.Checked
            )
        )
        return ActivityData(
            location_id=target if kind == "L" else None,
            area_id=target if kind == "A" else None,
            criterion_code=self.criterion.currentData(),
            activity_type_id=self.type_box.currentData(),
            volume=volume or 0.0,
            unit_cost_rp=self._money(self.unit_cost, self.tr("Unit cost")),
            approach=self.approach.currentData(),
            planning_field=self.field.currentData(),
            executor_id=self.executor.currentData(),
            status=self.status.currentData(),
            realised_volume=self._number(self.realised_volume, self.tr("Realised volume")),
            realised_rp=self._money(self.realised_rp, self.tr("Realised amount")),
            description=self.description.text().strip(),
            allocations=tuple(sorted(allocs)),
            commitment_ids=checked,
        )

    def _number(self, edit: QLineEdit, what: str, required: bool = False) -> float | None:
        try:
            value = parse_user_number(edit.text())
        except ValueError:
            value = -1.0
        if (value is None and required) or (value is not None and value < 0):
            edit.setFocus()
            raise ValueError(
                self.tr("%1: write a number of at least 0, e.g. 30 or 12,5.").replace("%1", what)
            )
        return value

    def _money(self, edit: QLineEdit, what: str) -> int | None:
        try:
            return parse_rupiah(edit.text())
        except ValueError:
            edit.setFocus()
            raise ValueError(
                self.tr("%1: write whole rupiah, e.g. 20.000.000.").replace("%1", what)
            ) from None


class PlanDialog(QDialog):
    """Name and period of the draft plan."""

    def __init__(self, plan: PlanInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan period"))
        self.name = QLineEdit(plan.name if plan else "")
        self.start, self.end = QSpinBox(), QSpinBox()
        for spin, value in (
            (self.start, plan.period_start if plan else 2026),
            (self.end, plan.period_end if plan else 2030),
        ):
            spin.setRange(1990, 2100)
            spin.setValue(value)
        self.error = error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("Plan name"), self.name)
        form.addRow(self.tr("First year"), self.start)
        form.addRow(self.tr("Last year"), self.end)
        form.addRow(self.error)
        form.addRow(ok_cancel(self, self._accept))

    def values(self) -> tuple[str, int, int]:
        return self.name.text().strip(), self.start.value(), self.end.value()

    def _accept(self) -> None:
        name, start, end = self.values()
        if not name:
            self.error.setText(self.tr("Give the plan a name, e.g. RP2KPKP Kota Demo 2026–2030."))
        elif end < start:
            self.error.setText(self.tr("The last year comes before the first."))
        else:
            self.accept()
