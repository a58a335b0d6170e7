"""KML and KMZ (Google Earth, SIM KOTAKU exports) read with the standard library's XML parser
hardened by defusedxml (no DTDs, entities or outside references): each Placemark's polygons,
multi-geometries or point, and its attributes from ExtendedData (Data and SchemaData), from
its name, and from the two-column table ArcGIS and SIM KOTAKU write into its description.
KML coordinates are WGS84 longitude, latitude[, altitude] by definition."""

from __future__ import annotations

import html
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from shapely.geometry import LineString, MultiPolygon, Point, Polygon
from shapely.geometry.base import BaseGeometry

from workbench.services.baseline_io import InputFileError, _too_large
from workbench.services.limits import current_limits

_ROW = re.compile(r"<tr[^>]*>\s*<t[dh][^>]*>(.*?)</t[dh]>\s*<t[dh][^>]*>(.*?)</t[dh]>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")


@dataclass
class Placemark:
    number: int  # its place in the file, from 1
    geometry: BaseGeometry | None
    attributes: dict[str, Any] = field(default_factory=dict)
    label: str = ""
    folder: str = ""  # the folder it sits in (a layer, as Google Earth shows it)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(element: Any, name: str) -> list[Any]:
    return [c for c in element if _local(c.tag) == name]


def _descendants(element: Any, name: str) -> list[Any]:
    return [c for c in element.iter() if _local(c.tag) == name]


def _ring(element: Any) -> list[tuple[float, float]]:
    coords = next((c for c in element.iter() if _local(c.tag) == "coordinates"), None)
    if coords is None or not (coords.text or "").strip():
        return []
    points = []
    for chunk in coords.text.split():
        parts = chunk.split(",")
        if len(parts) >= 2:
            points.append((float(parts[0]), float(parts[1])))
    return points


def _polygon(element: Any) -> Polygon | None:
    outer = [_ring(b) for b in _children(element, "outerBoundaryIs")]
    if not outer or len(outer[0]) < 3:
        return None
    holes = [r for r in (_ring(b) for b in _children(element, "innerBoundaryIs")) if len(r) >= 3]
    return Polygon(outer[0], holes)


def _geometry(placemark: Any) -> BaseGeometry | None:
    polygons = [p for p in (_polygon(e) for e in _descendants(placemark, "Polygon")) if p]
    if polygons:
        return polygons[0] if len(polygons) == 1 else MultiPolygon(polygons)
    points = _descendants(placemark, "Point")
    if points:
        ring = _ring(points[0])
        return Point(ring[0]) if ring else None
    lines = _descendants(placemark, "LineString")
    if lines:
        ring = _ring(lines[0])
        return LineString(ring) if len(ring) >= 2 else None  # said and left out by the import
    return None


def _description_table(text: str) -> dict[str, str]:
    """The field/value rows of an HTML table in a description (ArcGIS's KML export)."""
    out: dict[str, str] = {}
    for name, value in _ROW.findall(text or ""):
        key = html.unescape(_TAG.sub("", name)).strip()
        val = html.unescape(_TAG.sub("", value)).strip()
        if key and len(key) <= 80:
            out.setdefault(key, val)
    return out


def _attributes(placemark: Any) -> dict[str, Any]:
    attrs: dict[str, Any] = {}
    for data in _descendants(placemark, "Data"):
        value = next((c.text for c in data if _local(c.tag) == "value"), None)
        if data.get("name"):
            attrs[data.get("name")] = (value or "").strip()
    for simple in _descendants(placemark, "SimpleData"):
        if simple.get("name"):
            attrs[simple.get("name")] = (simple.text or "").strip()
    description = next((c.text for c in placemark if _local(c.tag) == "description"), "")
    for key, value in _description_table(description or "").items():
        attrs.setdefault(key, value)
    name = next((c.text for c in placemark if _local(c.tag) == "name"), "")
    if name and name.strip():
        attrs.setdefault("name", name.strip())
    return attrs


def _kml_bytes(path: Path) -> bytes:
    limits = current_limits()
    size = path.stat().st_size
    if size > limits.max_bytes:
        raise _too_large(path.name, size, limits)
    if path.suffix.lower() != ".kmz":
        return path.read_bytes()
    try:
        with zipfile.ZipFile(path) as archive:
            inner = [i for i in archive.infolist() if i.filename.lower().endswith(".kml")]
            if not inner:
                raise InputFileError.of("kmz_no_kml", source=path.name)
            chosen = next((i for i in inner if i.filename.lower() == "doc.kml"), inner[0])
            if chosen.file_size > limits.max_bytes:
                raise _too_large(path.name, chosen.file_size, limits, unpacked=True)
            return archive.read(chosen)
    except zipfile.BadZipFile as exc:
        raise InputFileError.of("kmz_not_zip", source=path.name) from exc


def read_kml(path: Path) -> list[Placemark]:
    """Every Placemark of a .kml or .kmz, in file order."""
    from defusedxml import ElementTree
    from defusedxml.common import DefusedXmlException

    data = _kml_bytes(path)
    try:
        root = ElementTree.fromstring(data)
    except DefusedXmlException as exc:
        raise InputFileError.of("xml_refused", source=path.name) from exc
    except Exception as exc:  # noqa: BLE001 - any parse error: the file is not KML
        raise InputFileError.of("kml_unreadable", source=path.name, error=str(exc)[:200]) from exc
    marks: list[Placemark] = []

    def walk(element: Any, folder: str) -> None:
        for child in element:
            tag = _local(child.tag)
            if tag == "Placemark":
                attrs = _attributes(child)
                label = str(attrs.get("name", "")) or f"Placemark {len(marks) + 1}"
                marks.append(Placemark(len(marks) + 1, _geometry(child), attrs, label, folder))
            elif tag in ("Folder", "Document"):
                name = next((c.text for c in child if _local(c.tag) == "name"), None)
                walk(child, (name or folder or "").strip())
            else:
                walk(child, folder)

    walk(root, "")
    return marks
