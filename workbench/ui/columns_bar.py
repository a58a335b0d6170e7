"""The columns step every import window shares: the workbook's sheet, the mapping to read
the file's headers with (known names, a saved mapping, or one made here), and Kolom…, the
dialog that maps them and saves the mapping by name. The window asks ``column_map()`` for
what to read the file with, and tells the bar how the last reading went (``show``)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from workbench.domain.columns import ColumnMap, HeaderMatch, TableSpec
from workbench.services.baseline_io import InputFileError
from workbench.services.column_maps import load_column_map, save_column_map, saved_maps
from workbench.ui import dialogs
from workbench.ui import settings as st
from workbench.ui.column_mapping import ColumnMappingDialog
from workbench.ui.errors import error_text

ADHOC = "\x00adhoc"


class ColumnsBar(QWidget):
    changed = Signal()  # the reading chosen changed: check the file again

    def __init__(self, kind: str, spec: TableSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind, self.spec = kind, spec
        self.adhoc: ColumnMap | None = None
        self.match: HeaderMatch | None = None
        self.sheets: list[str] = []
        self.sheet = ""
        self.used: ColumnMap | None = None
        self.mapping_box = QComboBox()
        self.mapping_box.setToolTip(
            self.tr("Which of the file's headers holds each column: known names, or a mapping")
        )
        self.mapping_box.activated.connect(lambda _i: self.changed.emit())
        self.map_button = QPushButton(self.tr("Map columns…"))
        self.map_button.setToolTip(self.tr("Say which of the file's headers holds each column"))
        self.map_button.setEnabled(False)
        self.map_button.clicked.connect(self.map_columns)
        self.sheet_label = QLabel(self.tr("Sheet:"))
        self.sheet_box = QComboBox()
        self.sheet_box.activated.connect(lambda _i: self.changed.emit())
        for w in (self.sheet_label, self.sheet_box):
            w.setVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sheet_label)
        layout.addWidget(self.sheet_box, 1)
        layout.addWidget(QLabel(self.tr("Columns:")))
        layout.addWidget(self.mapping_box, 2)
        layout.addWidget(self.map_button)
        self.fill(st.get(st.IMPORT_MAPPING[kind]))

    def fill(self, select: str = "") -> None:
        box = self.mapping_box
        box.clear()
        box.addItem(self.tr("Known column names (automatic)"), "")
        for name in saved_maps():
            box.addItem(self.tr("Mapping: %1").replace("%1", name), name)
        if self.adhoc is not None:
            box.addItem(self.tr("The columns mapped here (not saved)"), ADHOC)
        box.setCurrentIndex(max(box.findData(select), 0))

    def new_file(self) -> None:
        """Another file: its own sheets."""
        self.sheet_box.clear()
        self.match = None
        self.map_button.setEnabled(False)

    def choice(self) -> tuple[str | None, ColumnMap | None, str | None]:
        """(a saved mapping's name, the mapping made here, the sheet chosen): what the
        worker reads the file with (``column_map`` there: a saved file is read off the GUI
        thread)."""
        name = self.mapping_box.currentData() or ""
        sheet = self.sheet_box.currentData() if self.sheet_box.count() else None
        adhoc = self.adhoc if name == ADHOC else None
        return (name if name and name != ADHOC else None), adhoc, sheet

    @staticmethod
    def column_map(choice: tuple[str | None, ColumnMap | None, str | None]) -> ColumnMap:
        """The mapping to read with, from ``choice()`` (in a worker: it may read a file)."""
        name, adhoc, sheet = choice
        cmap = load_column_map(name) if name else (adhoc or ColumnMap())
        return replace(cmap, sheet=sheet) if sheet else cmap

    def show(  # noqa: A003 - the bar shows how the file was read
        self,
        match: HeaderMatch | None,
        sheets: list[str],
        sheet: str,
        used: ColumnMap | None = None,
    ) -> None:
        self.match, self.sheets, self.sheet, self.used = match, sheets, sheet, used
        self.map_button.setEnabled(match is not None)
        self.sheet_box.clear()
        for s in sheets:
            self.sheet_box.addItem(s, s)
        self.sheet_box.setCurrentIndex(max(self.sheet_box.findData(sheet), 0))
        for w in (self.sheet_label, self.sheet_box):
            w.setVisible(len(sheets) > 1)

    def remember(self) -> None:
        """After an import: this reading is offered first next time."""
        name, _adhoc, _sheet = self.choice()
        st.put(st.IMPORT_MAPPING[self.kind], name or "")

    def map_columns(self) -> None:
        if self.match is None:
            return
        choice = self.mapping_box.currentData() or ""
        used = self.used or ColumnMap()
        current = ColumnMap(
            {n: h for h, n in self.match.renames.items()},
            join=used.join,
            name="" if choice == ADHOC else choice,
            more_sheets=used.more_sheets,
        )
        dialog = ColumnMappingDialog(
            self.spec, self.match, current, self.sheet or None, self, sheets=self.sheets
        )
        if not dialogs.run_dialog(dialog):
            return
        cmap = dialog.column_map()
        if cmap.name:
            try:
                save_column_map(cmap.name, cmap)
            except (InputFileError, OSError) as exc:
                dialogs.show_error(self, self.tr("Could not save the mapping"), error_text(exc))
                return
            self.adhoc = None
            self.fill(cmap.name)
        else:
            self.adhoc = cmap
            self.fill(ADHOC)
        self.changed.emit()
