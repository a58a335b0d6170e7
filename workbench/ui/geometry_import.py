"""Impor Peta: the one import window (``ImportWindow``) for the district's GIS files (KMZ/KML,
GeoJSON, shapefile, GeoPackage). The check matches every feature to an RT unit, village or
kawasan without writing (``dry_run``) and lists each with what it matched; the fields are
mapped like a table's columns when they are the district's own; a layer can be chosen."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLayout, QWidget
from sqlalchemy import Engine

from workbench.domain.baseline import Issue
from workbench.domain.columns import ColumnMap
from workbench.domain.geometry import GEOMETRY
from workbench.services.baseline_io import BaselineError
from workbench.services.geometry_io import GeometryImport, import_geometry
from workbench.ui.import_window import ImportWindow, Shown, Work

ALL_LAYERS = ""


@dataclass
class GeometryCheck:
    source: str
    result: GeometryImport | None = None  # the dry run, when the file can be imported
    problems: list[Issue] = field(default_factory=list)
    column_map: ColumnMap | None = None


class GeometryImportDialog(ImportWindow):
    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(engine, "geometry", GEOMETRY, "", parent)
        self.setWindowTitle(self.tr("Import map"))
        self.path.setPlaceholderText(
            self.tr("Choose a .kmz, .kml, .geojson, .shp, .zip or .gpkg file, or drop it here")
        )
        self.layer = QComboBox()
        self.layer.addItem(self.tr("(all layers)"), ALL_LAYERS)
        self.layer.activated.connect(lambda _i: self.check())
        self.layer_label = QLabel(self.tr("Layer:"))
        for w in (self.layer, self.layer_label):
            w.setVisible(False)  # shown when the file has more than one layer
        self.build()

    def file_filter(self) -> str:
        return self.tr("Maps (*.kmz *.kml *.geojson *.json *.shp *.zip *.gpkg);;All files (*)")

    def options(self) -> list[QWidget | QLayout]:
        row = QHBoxLayout()
        row.addWidget(self.layer_label)
        row.addWidget(self.layer, 1)
        return [row]

    def set_file(self, path: str) -> None:
        self.layer.clear()
        self.layer.addItem(self.tr("(all layers)"), ALL_LAYERS)
        super().set_file(path)

    def chosen_layer(self) -> str | None:
        return self.layer.currentData() or None

    def inspect(self, path: Path, column_map: ColumnMap | None) -> Callable[[Any], Any]:
        layer = self.chosen_layer()

        def work(session: Any) -> GeometryCheck:
            try:
                result = import_geometry(
                    session, path, layer=layer, column_map=column_map, dry_run=True
                )
            except BaselineError as exc:
                return GeometryCheck(path.name, None, exc.issues, column_map)
            return GeometryCheck(path.name, result, [], column_map)

        return work

    def shown(self, found: GeometryCheck) -> Shown:
        result = found.result
        if result is None:
            return Shown(found.source, [], [], None, None, pd.DataFrame(), [], found.problems)
        frame = pd.DataFrame(result.table, columns=["fitur", "lapisan", "bentuk", "cocok"])
        frame.columns = [
            self.tr("Feature"),
            self.tr("Layer"),
            self.tr("Shape"),
            self.tr("Matched"),
        ]
        current = self.chosen_layer()
        if self.layer.count() == 1 and result.layers:
            for name in result.layers:
                self.layer.addItem(name, name)
        self.layer.setCurrentIndex(max(self.layer.findData(current or ALL_LAYERS), 0))
        self.layer.setVisible(len(result.layers) > 1)
        self.layer_label.setVisible(len(result.layers) > 1)
        return Shown(
            result.source,
            result.match,
            [],
            None,
            found.column_map,
            frame,
            list(range(1, len(frame) + 1)),
            result.notices,
        )

    def describe(self, found: GeometryCheck) -> tuple[str, bool]:
        result = found.result
        if result is None:
            return self.errors_text(found.source, 0, len(found.problems)), False
        text = (
            self.tr(
                "%1: %2 features: %3 RT units, %4 villages, %5 kawasan to import "
                "(%6 shapes they have now replaced); %7 matched nothing (listed below)."
            )
            .replace("%1", result.source)
            .replace("%2", str(result.features))
            .replace("%3", str(result.rt))
            .replace("%4", str(result.villages))
            .replace("%5", str(result.areas))
            .replace("%6", str(result.replaced))
            .replace("%7", str(result.unmatched))
        )
        return text, result.matched > 0

    def write(self, found: GeometryCheck) -> Work:
        path, layer, cmap = Path(self.path.text().strip()), self.chosen_layer(), found.column_map

        def work(session: Any, _ctx: Any) -> GeometryImport:
            return import_geometry(session, path, layer=layer, column_map=cmap, user="ui")

        return work
