"""Impor Program: the one import window (``ImportWindow``) with the programme's own step:
the funding sources and activity types the district does not know yet, each mapped onto a
known one or added (the choice is remembered for the next file)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from sqlalchemy import Engine

from workbench.domain.baseline import Issue
from workbench.domain.columns import PROGRAMME, ColumnMap
from workbench.services.baseline_io import BaselineError, RawTable, inspect_columns
from workbench.services.programme_edit import SourceInfo, TypeInfo
from workbench.services.programme_io import (
    ProgrammeImport,
    Unknown,
    import_programme,
    unknown_labels,
)
from workbench.ui.import_window import ImportWindow, Shown, Work
from workbench.ui.wheel import guard

ADD_NEW = "\x00new"


@dataclass
class ProgrammeCheck:
    raw: RawTable
    unknown: Unknown | None = None  # the labels to map, once the columns are there
    dry: ProgrammeImport | None = None  # the rows counted, when every one passed
    problems: list[Issue] = field(default_factory=list)


class ImportProgrammeDialog(ImportWindow):
    def __init__(
        self,
        engine: Engine,
        sources: list[SourceInfo],
        types: list[TypeInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(engine, "programme", PROGRAMME, "", parent)
        self.setWindowTitle(self.tr("Import investment records"))
        self.path.setPlaceholderText(
            self.tr(
                "A .csv or .xlsx file with the columns tahun, "
                "kode_lokasi, kriteria, volume, kegiatan, "
                "sumber_dana, anggaran"
            )
        )
        self.sources, self.types = sources, types
        self.unknown: Unknown | None = None
        self.result: ProgrammeImport | None = None
        self.mapping = QTableWidget(0, 3)
        self.mapping.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Label in the file"), self.tr("Means")]
        )
        self.mapping.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.mapping.verticalHeader().setVisible(False)
        self.mapping_label = QLabel(
            self.tr(
                "Labels the district does not know yet: map each onto a "
                "known one, or add it (the choice is remembered)"
            )
        )
        self.build()

    @property
    def raw(self) -> RawTable | None:
        return self.found.raw if self.found is not None else None

    def panel(self) -> list[tuple[QWidget, int]]:
        return [(self.mapping_label, 0), (self.mapping, 1)]

    def inspect(self, path: Path, column_map: ColumnMap | None) -> Callable[[Any], Any]:
        """Read the file's labels off the GUI thread (a 60,000-row file takes seconds)."""

        def work(session: Any) -> ProgrammeCheck:
            raw = inspect_columns(path, PROGRAMME, column_map)
            if any(i.severity == "error" for i in raw.notices):
                return ProgrammeCheck(raw)  # its columns first: no labels to read yet
            unknown = unknown_labels(session, path, raw.column_map, raw)
            try:  # every row checked now, the labels to map counted as new
                dry = import_programme(
                    session, path, add_new=True, column_map=raw.column_map, dry_run=True
                )
            except BaselineError as exc:
                return ProgrammeCheck(raw, unknown, None, exc.issues)
            finally:
                session.rollback()  # the catalogue's first seeding, if it was done
            return ProgrammeCheck(raw, unknown, dry)

        return work

    def shown(self, found: ProgrammeCheck) -> Shown:
        raw, unknown = found.raw, found.unknown
        issues = (
            raw.notices
            if unknown is None
            else [i for i in raw.notices if i.key == "headers_read_as"] + found.problems
        )
        return Shown.of_raw(raw, list(issues))

    def describe(self, found: ProgrammeCheck) -> tuple[str, bool]:
        raw, unknown, dry = found.raw, found.unknown, found.dry
        self.unknown = unknown
        if unknown is None:
            self.mapping.setRowCount(0)
            errors = sum(1 for i in raw.notices if i.severity == "error")
            return self.missing_columns_text(raw.source, len(raw.frame), errors), False
        self.fill_mapping(unknown)
        if dry is None:
            return self.errors_text(raw.source, len(raw.frame), len(found.problems)), False
        count = len(unknown.sources) + len(unknown.types)
        text = (
            f"{raw.source}: "
            + self.tr("%1 rows as %2 new activities, %3 recorded already.")
            .replace("%1", str(dry.rows))
            .replace("%2", str(dry.added))
            .replace("%3", str(dry.unchanged))
            + " "
            + (
                self.tr("%1 labels to map; then Import.").replace("%1", str(count))
                if count
                else self.tr("Every label is known: ready to import.")
            )
        )
        return text, dry.added > 0

    def fill_mapping(self, unknown: Unknown) -> None:
        rows: list[tuple[str, str, list[str]]] = [
            ("sumber_dana", label, [s.name for s in self.sources if s.active])
            for label in unknown.sources
        ]
        rows += [
            ("kegiatan", label, [t.name for t in self.types if t.criterion_code in (crit, "")])
            for label, crit in unknown.types
        ]
        self.mapping.setRowCount(len(rows))
        for r, (col, label, known) in enumerate(rows):
            self.mapping.setItem(r, 0, QTableWidgetItem(col))
            item = QTableWidgetItem(label)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.mapping.setItem(r, 1, item)
            box = QComboBox()
            box.addItem(self.tr("(add as new)"), ADD_NEW)
            for name in known:
                box.addItem(name, name)
            self.mapping.setCellWidget(r, 2, box)
        guard(self.mapping)
        self.mapping.resizeColumnsToContents()

    def chosen_mapping(self) -> tuple[dict[str, dict[str, str]], bool]:
        mapping: dict[str, dict[str, str]] = {"sumber_dana": {}, "kegiatan": {}}
        add_new = False
        for r in range(self.mapping.rowCount()):
            target = self.mapping.cellWidget(r, 2).currentData()
            if target == ADD_NEW:
                add_new = True
            else:
                mapping[self.mapping.item(r, 0).text()][self.mapping.item(r, 1).text()] = target
        return mapping, add_new

    def write(self, found: ProgrammeCheck) -> Work:
        path = Path(self.path.text().strip())
        mapping, add_new = self.chosen_mapping()
        cmap = found.raw.column_map

        def work(session: Any, ctx: Any) -> ProgrammeImport:
            return import_programme(
                session,
                path,
                add_new=add_new,
                mapping=mapping,
                user="ui",
                progress=ctx.progress,
                column_map=cmap,
            )

        return work

    def finished(self, outcome: ProgrammeImport) -> None:
        self.result = outcome
