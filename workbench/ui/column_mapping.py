"""Kolom berkas: which of a file's own headers holds each column of the kind being imported,
chosen from lists (the headers the workbench recognised are chosen already), and saved by
name to be used again next time and on the command line (``--map NAME``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.columns import ColumnMap, HeaderMatch, TableSpec

NOT_IN_FILE = ""


class ColumnMappingDialog(QDialog):
    def __init__(
        self,
        spec: TableSpec,
        match: HeaderMatch,
        current: ColumnMap | None = None,
        sheet: str | None = None,
        parent: QWidget | None = None,
        sheets: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec, self.match, self.sheet = spec, match, sheet
        current = current or ColumnMap()
        self.setWindowTitle(self.tr("Columns of the file"))
        self.resize(720, 620)
        intro = QLabel(
            self.tr(
                "For each column, choose the file's header that holds it. Columns marked * "
                "are required. The headers the workbench recognised are chosen already."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(spec.columns), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Header in the file")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.boxes: dict[str, QComboBox] = {}
        automatic = {name: header for header, name in match.renames.items()}
        for row, column in enumerate(spec.columns):
            title = f"{column.label or column.name} · {column.name}"
            if column.unit:
                title += f" [{column.unit}]"
            item = QTableWidgetItem(title + (" *" if column.required else ""))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setToolTip(column.guide())
            self.table.setItem(row, 0, item)
            box = QComboBox()
            box.addItem(self.tr("(not in the file)"), NOT_IN_FILE)
            for header in match.headers:
                box.addItem(header, header)
            chosen = current.columns.get(column.name) or automatic.get(column.name, "")
            index = box.findData(chosen)
            box.setCurrentIndex(max(index, 0))
            box.currentIndexChanged.connect(self._update)
            self.boxes[column.name] = box
            self.table.setCellWidget(row, 1, box)
        self.unused = QLabel()
        self.unused.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("formMessage")
        self.problem.setWordWrap(True)
        # a workbook with its data on two sheets (denominators on one, volumes on another)
        self.second = QComboBox()
        self.second.addItem(self.tr("(none)"), "")
        for other in sheets or []:
            if other != sheet:
                self.second.addItem(other, other)
        self.second.setCurrentIndex(
            max(self.second.findData(next(iter(current.more_sheets), "")), 0)
        )
        self.join = QComboBox()
        key_header = current.join or automatic.get(spec.key, "")
        for header in match.headers:
            self.join.addItem(header, header)
        self.join.setCurrentIndex(max(self.join.findData(key_header), 0))
        self.second.currentIndexChanged.connect(self._update)
        joining = QHBoxLayout()
        joining.addWidget(QLabel(self.tr("Also read the sheet:")))
        joining.addWidget(self.second, 1)
        joining.addWidget(QLabel(self.tr("joined on the column:")))
        joining.addWidget(self.join, 1)
        self.joining = QWidget()
        self.joining.setLayout(joining)
        joining.setContentsMargins(0, 0, 0, 0)
        self.joining.setVisible(self.second.count() > 1)
        self.save = QCheckBox(self.tr("Save this mapping as:"))
        self.name = QLineEdit(current.name)
        self.name.setPlaceholderText(self.tr("e.g. Baseline Kota Pekalongan"))
        self.save.setChecked(bool(current.name))
        self.name.textEdited.connect(lambda _t: self.save.setChecked(True))
        saving = QHBoxLayout()
        saving.addWidget(self.save)
        saving.addWidget(self.name, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.unused)
        layout.addWidget(self.joining)
        layout.addLayout(saving)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._update()

    def chosen(self) -> dict[str, str]:
        return {n: b.currentData() for n, b in self.boxes.items() if b.currentData()}

    def _twice(self) -> dict[str, list[str]]:
        by_header: dict[str, list[str]] = {}
        for name, header in self.chosen().items():
            by_header.setdefault(header, []).append(name)
        return {h: names for h, names in by_header.items() if len(names) > 1}

    def _update(self) -> None:
        used = set(self.chosen().values())
        rest = [h for h in self.match.headers if h not in used and h.strip()]
        self.unused.setText(
            self.tr("Headers not used (ignored): %1").replace("%1", ", ".join(rest))
            if rest
            else self.tr("Every header of the file is used.")
        )
        missing = [
            c.label or c.name
            for c in self.spec.columns
            if c.required and not self.boxes[c.name].currentData()
        ]
        twice = self._twice()
        if twice:
            header, names = next(iter(twice.items()))
            self.problem.setText(
                self.tr("The header '%1' is chosen for %2: one header holds one column.")
                .replace("%1", header)
                .replace("%2", ", ".join(names))
            )
        elif missing:
            self.problem.setText(
                self.tr("Required columns without a header: %1.").replace("%1", ", ".join(missing))
            )
        else:
            self.problem.clear()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not twice)
        self.join.setEnabled(bool(self.second.currentData()))

    def _accept(self) -> None:
        if self._twice():
            return
        if self.save.isChecked() and not self.name.text().strip():
            self.problem.setText(self.tr("Give the mapping a name to save it, or untick it."))
            self.name.setFocus()
            return
        self.accept()

    def column_map(self) -> ColumnMap:
        """The mapping chosen: every column given a header, the sheet it was made for, and
        the name to save it under (empty: not saved)."""
        name = self.name.text().strip() if self.save.isChecked() else ""
        second = self.second.currentData()
        if not second:
            return ColumnMap(self.chosen(), self.sheet, None, name)
        return ColumnMap(self.chosen(), self.sheet, self.join.currentData(), name, (second,))
