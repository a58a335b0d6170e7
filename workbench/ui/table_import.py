"""Impor Pemangku Kepentingan / Kegiatan: the one import window (``ImportWindow``) for the
registry's files. The check reads the file through the kind's columns and then runs the
import against the registry without writing (``dry_run``), so every row's problems and the
counts of new and changed records are shown before anything is imported."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget
from sqlalchemy import Engine

from workbench.domain.baseline import Issue
from workbench.domain.columns import ColumnMap, spec_of
from workbench.services.baseline_io import BaselineError, RawTable, inspect_columns
from workbench.ui.import_window import ImportWindow, Shown, Work


@dataclass
class TableCheck:
    raw: RawTable
    count: Any = None  # registry_io.ImportCount of the dry run, when the rows passed
    problems: list[Issue] = field(default_factory=list)  # the rows' refusals


def _importer(kind: str) -> Callable[..., Any]:
    from workbench.services import registry_io

    return {
        "stakeholders": registry_io.import_stakeholders,
        "engagements": registry_io.import_engagements,
    }[kind]


class ImportTableDialog(ImportWindow):
    def __init__(self, engine: Engine, kind: str, parent: QWidget | None = None) -> None:
        self.spec = spec_of(kind)
        super().__init__(engine, kind, self.spec, kind, parent)
        titles = {
            "stakeholders": self.tr("Import stakeholders"),
            "engagements": self.tr("Import engagements"),
        }
        self.setWindowTitle(titles.get(kind, kind))
        self.build()

    @property
    def raw(self) -> RawTable | None:
        return self.found.raw if self.found is not None else None

    def inspect(self, path: Path, column_map: ColumnMap | None) -> Callable[[Any], Any]:
        spec, fn = self.spec, _importer(self.kind)

        def work(session: Any) -> TableCheck:
            raw = inspect_columns(path, spec, column_map)
            if any(i.severity == "error" for i in raw.notices):
                return TableCheck(raw)  # its columns first
            try:
                count = fn(session, path, user="ui", column_map=raw.column_map, dry_run=True)
            except BaselineError as exc:
                return TableCheck(raw, None, exc.issues)
            return TableCheck(raw, count)

        return work

    def shown(self, found: TableCheck) -> Shown:
        raw = found.raw
        issues = list(found.count.notices) if found.count is not None else list(raw.notices)
        return Shown.of_raw(raw, issues + found.problems)

    def describe(self, found: TableCheck) -> tuple[str, bool]:
        raw, count = found.raw, found.count
        errors = sum(1 for i in raw.notices if i.severity == "error")
        if errors:
            return self.missing_columns_text(raw.source, len(raw.frame), errors), False
        if count is None:
            return self.errors_text(raw.source, len(raw.frame), len(found.problems)), False
        text = self.counts_text(
            raw.source, len(raw.frame), count.added, count.updated, count.unchanged
        )
        return text, count.added + count.updated > 0

    def write(self, found: TableCheck) -> Work:
        fn = _importer(self.kind)
        path, cmap = Path(self.path.text().strip()), found.raw.column_map
        return lambda session, _ctx: fn(session, path, user="ui", column_map=cmap)
