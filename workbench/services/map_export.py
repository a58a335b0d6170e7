"""The district's map with what the workbench knows of each place, for QGIS and Google Earth
(``export map``) and for the SK Kumuh's distribution map (``report sk-map``): every RT unit's
shape (or point) with its verified and drawn area, titik koordinat, score, level, priority
code, kewenangan, harmonised rank and decision, and its projected score and level at the end
of each plan year; the village and kawasan outlines with their own figures.

Read-only. The GeoPackage is written by GDAL (through pyogrio, which reads it on import);
GeoJSON (RFC 7946) and KML here, so whole numbers stay whole and a Google Earth user sees the
levels in their colours and every attribute in the balloon."""

from __future__ import annotations

import json
import math
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import shapely
from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.db.models import Area, Location, Subdistrict, Village
from workbench.domain.colours import LEVEL_HEX
from workbench.domain.messages import UserError
from workbench.domain.rules import get_ruleset
from workbench.domain.scoring import score_frame
from workbench.services.assessments import district_of, load_assessment_frame
from workbench.services.files import replacing
from workbench.services.harmonisation import candidates
from workbench.services.map_data import planning_measures, shape_rows

MAP_SUFFIXES = {".geojson": "GeoJSON", ".json": "GeoJSON", ".gpkg": "GPKG", ".kml": "KML"}
LAYERS = ("kelurahan", "kawasan", "rt")  # drawn in this order: outlines under the RT units


@dataclass
class MapLayer:
    """One layer of the exported map: a WKB geometry (WGS84) and a row of attributes per
    feature, and each feature's level key (for the colours)."""

    name: str
    geometries: list[bytes] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)
    levels: list[str] = field(default_factory=list)

    @property
    def frame(self) -> pd.DataFrame:
        return pd.DataFrame.from_records(self.rows)


@dataclass
class DistrictMap:
    district: str
    year: int | None  # the assessment year the figures are of (None: each RT unit's latest)
    plan_years: list[int]
    layers: dict[str, MapLayer]

    @property
    def features(self) -> int:
        return sum(len(layer.rows) for layer in self.layers.values())


def _r(value: Any, decimals: int = 4) -> float | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return round(float(value), decimals)


def district_map(session: Session, year: int | None = None) -> DistrictMap:
    """Every shape of the district with its figures (of each RT unit's latest assessment of
    ``year`` or before)."""
    shapes = shape_rows(session)
    if not shapes:
        raise UserError("no_map")
    district = district_of(session)
    places = {
        lid: (code, name, rt, rw, kawasan or "", village, kec)
        for lid, code, name, rt, rw, kawasan, village, kec in session.execute(
            select(
                Location.id,
                Location.code,
                Location.name,
                Location.rt,
                Location.rw,
                Area.name,
                Village.name,
                Subdistrict.name,
            )
            .join(Village, Location.village_id == Village.id)
            .join(Subdistrict, Village.subdistrict_id == Subdistrict.id)
            .outerjoin(Area, Location.area_id == Area.id)
        )
    }
    villages = {
        vid: (name, kec)
        for vid, name, kec in session.execute(
            select(Village.id, Village.name, Subdistrict.name).join(
                Subdistrict, Village.subdistrict_id == Subdistrict.id
            )
        )
    }
    areas = dict(session.execute(select(Area.id, Area.name)).all())
    scored = _scores(session, year)
    authority = {c.code: c.authority for c in candidates(session, "rt", up_to=year)[0]}
    kawasan = {c.code: c for c in candidates(session, "kawasan", up_to=year)[0]}
    plans = planning_measures(session)  # ranking, decisions, projection: of now
    years = plans.years

    layers = {name: MapLayer(name) for name in LAYERS}
    slum_in_village: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
    for s in shapes:
        if s.kind != "rt" or s.location_id not in places:
            continue
        code, name, rt, rw, kaw, village, kec = places[s.location_id]
        sc = scored.get(code, {})
        level = sc.get("_level", "")
        lid = s.location_id
        rank, decision = plans.rank.get(lid), plans.decision.get(lid, "")
        row: dict[str, Any] = {
            "jenis": "rt",
            "kode_lokasi": code,
            "nama_lokasi": name,
            "rt": rt,
            "rw": rw,
            "kawasan": kaw,
            "kelurahan": village,
            "kecamatan": kec,
            "luas_ha": _r(sc.get("luas_ha")),
            "luas_peta_ha": _r(s.area_ha),
            "lintang": _r(s.centroid_lat, 7),
            "bujur": _r(s.centroid_lon, 7),
            "tahun_penilaian": sc.get("tahun"),
            "total_skor": sc.get("total_skor"),
            "tingkat": sc.get("tingkat", ""),
            "kode_prioritas": sc.get("kode_prioritas", ""),
            "pola_penanganan": sc.get("pola_penanganan", ""),
            "kewenangan": authority.get(code, ""),
            "peringkat": rank,
            "keputusan": decision,
        }
        totals, levels = plans.totals.get(lid, {}), plans.projected.get(lid, {})
        for y in years:
            row[f"skor_{y}"] = totals.get(y)
            row[f"tingkat_{y}"] = _label(sc, levels.get(y, ""))
        layers["rt"].rows.append(row)
        layers["rt"].geometries.append(s.geometry)
        layers["rt"].levels.append(level)
        if level in ("HEAVY", "MEDIUM", "LIGHT"):
            slot = slum_in_village[village]
            slot[0] += 1
            slot[1] += float(sc.get("luas_ha") or 0.0)
    for s in shapes:
        if s.kind == "village" and s.village_id in villages:
            name, kec = villages[s.village_id]
            count, ha = slum_in_village.get(name, [0, 0.0])
            layers["kelurahan"].rows.append(
                {
                    "jenis": "kelurahan",
                    "kelurahan": name,
                    "kecamatan": kec,
                    "luas_peta_ha": _r(s.area_ha),
                    "rt_kumuh": int(count),
                    "luas_kumuh_ha": _r(ha),
                }
            )
            layers["kelurahan"].geometries.append(s.geometry)
            layers["kelurahan"].levels.append("")
        elif s.kind == "area" and s.area_id in areas:
            name = areas[s.area_id]
            c = kawasan.get(name)
            rank, decision = plans.areas.get(s.area_id, (None, ""))
            layers["kawasan"].rows.append(
                {
                    "jenis": "kawasan",
                    "kawasan": name,
                    "luas_ha": None if c is None else _r(c.area_ha),
                    "luas_peta_ha": _r(s.area_ha),
                    "total_skor": None if c is None else c.total,
                    "tingkat": "" if c is None else c.level_text,
                    "kode_prioritas": "" if c is None else c.priority_code,
                    "kewenangan": "" if c is None else c.authority,
                    "peringkat": rank,
                    "keputusan": decision,
                }
            )
            layers["kawasan"].geometries.append(s.geometry)
            layers["kawasan"].levels.append("" if c is None else c.level)
    return DistrictMap(district.name if district else "", year, years, layers)


def _label(scored: dict[str, Any], key: str) -> str:
    rid = scored.get("ruleset_id")
    if not key or not rid:
        return key
    try:
        return get_ruleset(str(rid)).level_label(key)
    except KeyError:
        return key


def _scores(session: Session, year: int | None) -> dict[str, dict[str, Any]]:
    """Each RT unit's latest assessment (of ``year`` or before), scored."""
    frame = load_assessment_frame(session, latest_only=True, up_to=year)
    out: dict[str, dict[str, Any]] = {}
    if frame.empty:
        return out
    for rid, part in frame.groupby("ruleset_id", sort=True):
        scored = score_frame(part, get_ruleset(str(rid)))
        keep = [
            c
            for c in ("tingkat", "kode_prioritas", "pola_penanganan", "total_skor", "_level")
            if c in scored
        ]
        joined = pd.concat(
            [
                part[["kode_lokasi", "tahun", "luas_ha", "ruleset_id"]].reset_index(drop=True),
                scored[keep].reset_index(drop=True),
            ],
            axis=1,
        )
        for rec in joined.to_dict("records"):
            rec["tahun"] = int(rec["tahun"])
            rec["total_skor"] = int(rec["total_skor"])
            for k in ("tingkat", "kode_prioritas", "pola_penanganan"):
                v = rec.get(k)
                rec[k] = "" if v is None or (isinstance(v, float) and math.isnan(v)) else str(v)
            out[str(rec["kode_lokasi"])] = rec
    return out


# -- writing ------------------------------------------------------------------------------


def write_map(data: DistrictMap, path: Path) -> Path:
    """Write ``data`` to ``path`` as its suffix says; nothing under the name on a failure."""
    path = Path(path)
    driver = MAP_SUFFIXES.get(path.suffix.lower())
    if driver is None:
        raise UserError("map_suffix", file=path.name, allowed=", ".join(sorted(MAP_SUFFIXES)))
    with replacing(path, keep_suffix=True) as tmp:
        if driver == "KML":
            tmp.write_bytes(kml_bytes(data))
        elif driver == "GeoJSON":
            tmp.write_bytes(geojson_bytes(data))
        else:
            for name in LAYERS:
                if data.layers[name].rows:
                    _write_ogr(tmp, data.layers[name], "GPKG", {}, append=tmp.exists())
    return path


def _rounded(geom: Any) -> Any:
    """Seven decimals of a degree (about a centimetre) and RFC 7946's ring order."""
    return shapely.orient_polygons(shapely.transform(geom, lambda xy: np.round(xy, 7)))


def geojson_bytes(data: DistrictMap) -> bytes:
    """One RFC 7946 collection (WGS84 longitude, latitude): the layers one after the other,
    told apart by ``jenis``; each feature carries its own attributes only."""
    features = []
    for name in LAYERS:
        layer = data.layers[name]
        for row, wkb in zip(layer.rows, layer.geometries, strict=True):
            geometry = json.loads(shapely.to_geojson(_rounded(shapely.from_wkb(wkb))))
            features.append({"type": "Feature", "properties": row, "geometry": geometry})
    collection = {
        "type": "FeatureCollection",
        "name": f"Peta sebaran permukiman kumuh {data.district}".strip(),
        "features": features,
    }
    return json.dumps(collection, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _columns(layer: MapLayer) -> tuple[list[str], list[np.ndarray]]:
    names: list[str] = []
    for row in layer.rows:
        names.extend(k for k in row if k not in names)
    arrays = []
    for name in names:
        values = [row.get(name) for row in layer.rows]
        present = [v for v in values if v is not None and v != ""]
        if present and all(isinstance(v, (int, np.integer)) for v in present):
            if len(present) == len(values):
                arrays.append(np.array(values, dtype=np.int64))
            else:  # whole numbers with gaps: GDAL keeps them as reals with nulls
                arrays.append(np.array([np.nan if v is None else v for v in values], float))
        elif present and all(isinstance(v, (int, float, np.number)) for v in present):
            arrays.append(np.array([np.nan if v is None else v for v in values], dtype=float))
        else:
            arrays.append(np.array(["" if v is None else str(v) for v in values], dtype=object))
    return names, arrays


def _write_ogr(
    path: Path, layer: MapLayer, driver: str, options: dict[str, str], append: bool = False
) -> None:
    from pyogrio.raw import write

    names, arrays = _columns(layer)
    write(
        str(path),
        np.array(layer.geometries, dtype=object),
        arrays,
        names,
        layer=layer.name,
        driver=driver,
        geometry_type="Unknown",
        crs="EPSG:4326",
        encoding="UTF-8",
        layer_options=options,
        append=append,
    )


def _kml_colour(hex_colour: str, alpha: int) -> str:
    """#rrggbb → KML's aabbggrr."""
    rr, gg, bb = hex_colour[1:3], hex_colour[3:5], hex_colour[5:7]
    return f"{alpha:02x}{bb}{gg}{rr}"


def _coords(ring: Any) -> str:
    return " ".join(f"{x:.7f},{y:.7f}" for x, y in np.asarray(ring.coords)[:, :2])


def _kml_geometry(parent: ET.Element, geom: Any) -> None:
    parts = list(shapely.get_parts(geom))
    holder = ET.SubElement(parent, "MultiGeometry") if len(parts) > 1 else parent
    for part in parts:
        if part.geom_type == "Point":
            ET.SubElement(
                ET.SubElement(holder, "Point"), "coordinates"
            ).text = f"{part.x:.7f},{part.y:.7f}"
        elif part.geom_type == "Polygon":
            poly = ET.SubElement(holder, "Polygon")
            outer = ET.SubElement(ET.SubElement(poly, "outerBoundaryIs"), "LinearRing")
            ET.SubElement(outer, "coordinates").text = _coords(part.exterior)
            for interior in part.interiors:
                inner = ET.SubElement(ET.SubElement(poly, "innerBoundaryIs"), "LinearRing")
                ET.SubElement(inner, "coordinates").text = _coords(interior)


def kml_bytes(data: DistrictMap) -> bytes:
    """KML 2.2: a folder per layer, each placemark named by its code (RT) or name, styled by
    its level, its attributes as ExtendedData (the import reads them back)."""
    kml = ET.Element("kml", xmlns="http://www.opengis.net/kml/2.2")
    doc = ET.SubElement(kml, "Document")
    ET.SubElement(doc, "name").text = f"Peta sebaran permukiman kumuh {data.district}".strip()
    for key, colour in [*LEVEL_HEX.items(), ("", "#9e9e9e")]:
        style = ET.SubElement(doc, "Style", id=f"tingkat-{key.lower() or 'lain'}")
        line = ET.SubElement(style, "LineStyle")
        ET.SubElement(line, "color").text = _kml_colour(colour, 0xFF)
        ET.SubElement(line, "width").text = "1"
        poly = ET.SubElement(style, "PolyStyle")
        ET.SubElement(poly, "color").text = _kml_colour(colour, 0xB3)
    outline = ET.SubElement(doc, "Style", id="batas")
    line = ET.SubElement(outline, "LineStyle")
    ET.SubElement(line, "color").text = "ff424242"
    ET.SubElement(line, "width").text = "2"
    ET.SubElement(ET.SubElement(outline, "PolyStyle"), "fill").text = "0"
    titles = {"kelurahan": "Kelurahan", "kawasan": "Kawasan", "rt": "RT"}
    for name in LAYERS:
        layer = data.layers[name]
        if not layer.rows:
            continue
        folder = ET.SubElement(doc, "Folder")
        ET.SubElement(folder, "name").text = titles[name]
        for row, wkb, level in zip(layer.rows, layer.geometries, layer.levels, strict=True):
            mark = ET.SubElement(folder, "Placemark")
            label = row.get("kode_lokasi") or row.get("kawasan") or row.get("kelurahan")
            ET.SubElement(mark, "name").text = str(label or "")
            look = "batas" if name == "kelurahan" else f"tingkat-{level.lower() or 'lain'}"
            ET.SubElement(mark, "styleUrl").text = f"#{look}"
            extended = ET.SubElement(mark, "ExtendedData")
            for key, value in row.items():
                item = ET.SubElement(extended, "Data", name=key)
                ET.SubElement(item, "value").text = "" if value is None else str(value)
            _kml_geometry(mark, shapely.from_wkb(wkb))
    ET.indent(kml, space=" ")
    return ET.tostring(kml, encoding="utf-8", xml_declaration=True)
