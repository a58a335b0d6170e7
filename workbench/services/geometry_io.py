"""``import geometry``: the district's RT, village and kawasan shapes from its own GIS files
(KMZ/KML, GeoJSON, Shapefile as .shp or .zip, GeoPackage), matched to the database's units
and stored in WGS84 with their geodesic area and *titik koordinat*.

All or nothing, as every import: a file that cannot be read, two shapes for one RT unit, or a
mapping that names no field refuses the whole file and changes nothing. What is not refused
is said: every feature that matched nothing (and why), every ring repaired with
``shapely.make_valid``, every RT unit still without a shape, every drawn area far from the
verified one. Shapes replace the ones the same units had.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry
from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from workbench.db.models import Area, Assessment, Location, Shape, Subdistrict, Village
from workbench.domain.baseline import Issue
from workbench.domain.columns import ColumnMap, HeaderMatch, MappingError, match_headers
from workbench.domain.geometry import (
    AREA_DISAGREEMENT,
    GEOMETRY,
    Places,
    area_disagrees,
    fields_of,
    geodesic_area_ha,
    label_point,
    match_feature,
    place_key,
)
from workbench.services.audit import audit
from workbench.services.baseline_io import BaselineError, InputFileError
from workbench.services.locks import serialize_imports

GIS_SUFFIXES = (".kml", ".kmz", ".geojson", ".json", ".shp", ".zip", ".gpkg")
MISSING_LISTED = 30  # RT units without a shape named in the notice
TABLE_ROWS = 500  # features the window's preview lists


@dataclass
class Feature:
    number: int  # its place in the file (all layers), from 1: the report's "row"
    geometry: BaseGeometry | None  # WGS84 lon/lat
    attributes: dict[str, Any]
    label: str
    layer: str = ""


@dataclass
class GeometryImport:
    source: str
    features: int
    rt: int = 0
    villages: int = 0
    areas: int = 0
    unmatched: int = 0
    replaced: int = 0  # shapes the same units had before
    notices: list[Issue] = field(default_factory=list)
    match: HeaderMatch | None = None  # how the features' fields were read
    layers: list[str] = field(default_factory=list)  # the file's layers (KML: folders)
    table: list[dict[str, object]] = field(default_factory=list)  # a row per feature, as matched
    # what the import replaced and what it wrote, as shape rows: undo puts ``before`` back
    before: list[dict[str, Any]] = field(default_factory=list, repr=False)
    after: list[dict[str, Any]] = field(default_factory=list, repr=False)

    @property
    def matched(self) -> int:
        return self.rt + self.villages + self.areas


_OWNER_COLUMNS = {"rt": "location_id", "village": "village_id", "area": "area_id"}


def _owner(row: dict[str, Any]) -> tuple[str, int]:
    return row["kind"], int(row[_OWNER_COLUMNS[row["kind"]]])


def replace_shapes(
    session: Session,
    remove: list[dict[str, Any]],
    add: list[dict[str, Any]],
    user: str = "",
    what: str = "",
) -> None:
    """The shapes of the units in ``remove`` and ``add`` taken away, then ``add`` stored:
    an import's undo (remove what it wrote, add what it replaced) and its redo."""
    columns = {"rt": Shape.location_id, "village": Shape.village_id, "area": Shape.area_id}
    owners = {_owner(r) for r in (*remove, *add)}
    for kind, column in columns.items():
        ids = sorted(owner for k, owner in owners if k == kind)
        for start in range(0, len(ids), 500):
            session.execute(delete(Shape).where(column.in_(ids[start : start + 500])))
    for start in range(0, len(add), 1000):
        session.execute(insert(Shape), add[start : start + 1000])
    audit(session, user, "shape", None, "update", new=f"{what}: {len(add)} shapes")


def _stored_rows(session: Session, owners: set[tuple[str, int]]) -> list[dict[str, Any]]:
    """The stored shape rows of these units, every column but the id."""
    names = [c.name for c in Shape.__table__.columns if c.name != "id"]
    out = []
    for row in session.execute(select(*(getattr(Shape, n) for n in names))).all():
        record = dict(zip(names, row, strict=True))
        if _owner(record) in owners:
            out.append(record)
    return out


# -- reading -------------------------------------------------------------------------------


def _to_wgs84(geoms: np.ndarray, crs: str | None, source: str, notes: list[Issue]) -> np.ndarray:
    valid = geoms[~shapely.is_missing(geoms)]
    if crs is None:
        if len(valid):
            x0, y0, x1, y1 = shapely.total_bounds(valid)
            if not (-180 <= x0 <= x1 <= 180 and -90 <= y0 <= y1 <= 90):
                raise InputFileError.of("shape_no_crs", source=source)
        notes.append(Issue.of("notice", "shape_no_crs_degrees", 1))
        return geoms
    from workbench.services.projection import in_proj_thread

    return in_proj_thread(_reproject, geoms, crs, source, notes)


def _reproject(geoms: np.ndarray, crs: str, source: str, notes: list[Issue]) -> np.ndarray:
    """On pyproj's own thread (``services.projection``)."""
    from pyproj import CRS, Transformer
    from pyproj.exceptions import CRSError

    try:
        given = CRS.from_user_input(crs)
    except CRSError as exc:
        raise InputFileError.of("shape_bad_crs", source=source, crs=str(crs)[:120]) from exc
    if given.equals(CRS.from_epsg(4326), ignore_axis_order=True):
        return geoms
    transformer = Transformer.from_crs(given, 4326, always_xy=True)

    def move(xy: np.ndarray) -> np.ndarray:
        x, y = transformer.transform(xy[:, 0], xy[:, 1])
        return np.column_stack([x, y])

    notes.append(Issue.of("notice", "shape_reprojected", 1, crs=given.name))
    return shapely.transform(geoms, move)


def _read_gdal(path: Path, layer: str | None, notes: list[Issue]) -> list[Feature]:
    import pyogrio

    source = path.name
    target = str(path)
    try:
        layers = [str(row[0]) for row in pyogrio.list_layers(target)]
    except Exception as exc:  # noqa: BLE001 - GDAL's words for a file it cannot open
        raise InputFileError.of(
            "shape_unreadable", source=source, error=str(exc).splitlines()[0][:200]
        ) from exc
    if layer is not None:
        if layer not in layers:
            raise InputFileError.of(
                "shape_layer_unknown", source=source, layer=layer, layers=", ".join(layers)
            )
        layers = [layer]
    features: list[Feature] = []
    for name in layers:
        try:
            meta, _fids, wkb, values = pyogrio.raw.read(target, layer=name)
        except Exception as exc:  # noqa: BLE001
            raise InputFileError.of(
                "shape_unreadable", source=source, error=str(exc).splitlines()[0][:200]
            ) from exc
        if wkb is None:
            continue  # a table without geometry (a GeoPackage's attribute table)
        geoms = shapely.force_2d(shapely.from_wkb(wkb))
        geoms = _to_wgs84(geoms, meta.get("crs"), source, notes)
        names = [str(f) for f in meta["fields"]]
        columns = [list(v) for v in values]
        for i, geom in enumerate(geoms):
            attrs = {n: columns[j][i] for j, n in enumerate(names)}
            label = next(
                (str(attrs[k]) for k in names if k.lower() in ("name", "nama") and attrs[k]),
                f"{name} {i + 1}" if len(layers) > 1 else str(i + 1),
            )
            features.append(Feature(len(features) + 1, geom, attrs, label, name))
    return features


def read_features(path: Path, layer: str | None = None) -> tuple[list[Feature], list[Issue]]:
    """Every feature of the file (of ``layer`` only, when given), in WGS84."""
    path = Path(path)
    if not path.exists():
        raise InputFileError.of("file_missing", source=str(path))
    suffix = path.suffix.lower()
    if suffix not in GIS_SUFFIXES:
        raise InputFileError.of("shape_suffix", source=path.name, suffixes=", ".join(GIS_SUFFIXES))
    notes: list[Issue] = []
    if suffix in (".kml", ".kmz"):
        from workbench.services.kml import read_kml

        marks = read_kml(path)
        if layer is not None:
            marks = [m for m in marks if m.folder == layer]
        features = [Feature(m.number, m.geometry, m.attributes, m.label, m.folder) for m in marks]
    else:
        features = _read_gdal(path, layer, notes)
    if not features:
        raise InputFileError.of("shape_no_features", source=path.name)
    return features, notes


def _polygonal(geom: BaseGeometry) -> BaseGeometry | None:
    """The polygons of a repaired geometry (make_valid may give lines beside them)."""
    parts = [p for p in shapely.get_parts(geom) if isinstance(p, Polygon) and not p.is_empty]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else MultiPolygon(parts)


def _places(session: Session) -> Places:
    codes = {c.lower(): i for i, c in session.execute(select(Location.id, Location.code)).all()}
    rt_rw: dict[tuple[int, int, int], int] = {}
    for lid, vid, rt, rw in session.execute(
        select(Location.id, Location.village_id, Location.rt, Location.rw)
    ).all():
        try:
            rt_rw.setdefault((vid, int(rt), int(rw)), lid)
        except (TypeError, ValueError):
            continue
    villages: dict[str, list[int]] = {}
    kecamatan: dict[int, str] = {}
    for vid, name, kec in session.execute(
        select(Village.id, Village.name, Subdistrict.name).join(Subdistrict)
    ).all():
        villages.setdefault(place_key(name), []).append(vid)
        kecamatan[vid] = place_key(kec)
    areas = {place_key(n): i for i, n in session.execute(select(Area.id, Area.name)).all()}
    return Places(codes, rt_rw, villages, kecamatan, areas)


def shape_row(
    kind: str,
    owner: int,
    geom: BaseGeometry,
    source: str,
    label: str,
    area_ha: float | None = None,
    point: tuple[float, float] | None = None,
) -> dict[str, Any]:
    """A row of the shape table for one unit's shape (its area and point measured when
    not given)."""
    is_point = geom.geom_type == "Point"
    if area_ha is None and not is_point:
        area_ha = round(geodesic_area_ha(geom), 4)
    lat, lon = point if point is not None else label_point(geom)
    x0, y0, x1, y1 = geom.bounds
    return {
        "kind": kind,
        "location_id": owner if kind == "rt" else None,
        "village_id": owner if kind == "village" else None,
        "area_id": owner if kind == "area" else None,
        "geometry": shapely.to_wkb(geom),
        "is_point": is_point,
        "area_ha": area_ha,
        "centroid_lat": lat,
        "centroid_lon": lon,
        "min_lon": x0,
        "min_lat": y0,
        "max_lon": x1,
        "max_lat": y1,
        "source": source[:300],
        "feature": label[:300],
    }


def store_demo_shapes(session: Session, seed: int) -> int:
    """The demo district's map: RT outlines around their points, sized by their verified
    area, the villages around their RT units and the kawasan over theirs (made up, as the
    rest of the demo; ``domain.geometry.demo_outlines``)."""
    from workbench.domain.geometry import demo_outlines

    verified = _verified_areas(session)
    units = [
        (lid, lat, lon, verified.get(lid, 1.0), vid, aid, code)
        for lid, lat, lon, vid, aid, code in session.execute(
            select(
                Location.id,
                Location.latitude,
                Location.longitude,
                Location.village_id,
                Location.area_id,
                Location.code,
            )
        ).all()
        if lat is not None and lon is not None
    ]
    names = {("village", v): n for v, n in session.execute(select(Village.id, Village.name))}
    names |= {("area", a): n for a, n in session.execute(select(Area.id, Area.name))}
    rows = [
        shape_row(kind, owner, geom, "demo", names.get((kind, owner), label))
        for kind, owner, geom, label in demo_outlines(units, seed)
    ]
    if rows:
        session.execute(insert(Shape), rows)
    return len(rows)


def _unit_names(session: Session) -> dict[tuple[str, int], str]:
    """How a matched unit is named in the window's preview."""
    names: dict[tuple[str, int], str] = {}
    for lid, code in session.execute(select(Location.id, Location.code)).all():
        names[("rt", lid)] = f"RT {code}"
    for vid, name in session.execute(select(Village.id, Village.name)).all():
        names[("village", vid)] = f"Kelurahan/desa {name}"
    for aid, name in session.execute(select(Area.id, Area.name)).all():
        names[("area", aid)] = f"Kawasan {name}"
    return names


def _verified_areas(session: Session) -> dict[int, float]:
    """Each RT unit's luas_ha of its latest year."""
    latest = (
        select(Assessment.location_id, func.max(Assessment.year).label("year"))
        .group_by(Assessment.location_id)
        .subquery()
    )
    rows = session.execute(
        select(Assessment.location_id, Assessment.luas_ha).join(
            latest,
            (Assessment.location_id == latest.c.location_id) & (Assessment.year == latest.c.year),
        )
    ).all()
    return {lid: float(ha) for lid, ha in rows if ha is not None}


def import_geometry(
    session: Session,
    path: Path,
    *,
    layer: str | None = None,
    column_map: ColumnMap | None = None,
    user: str = "",
    share: float = AREA_DISAGREEMENT,
    dry_run: bool = False,
) -> GeometryImport:
    path = Path(path)
    source = path.name
    features, notes = read_features(path, layer)
    names: list[str] = []
    for f in features:
        names += [n for n in f.attributes if n not in names]
    mapping = (column_map or ColumnMap()).columns
    try:
        header_match = match_headers(names, GEOMETRY, mapping)
    except MappingError as exc:
        raise InputFileError(f"{source}: {exc}", exc.key, **exc.params) from exc
    read_as = [(h, n) for h, n in header_match.renames.items() if h != n]
    if read_as:
        pairs = "; ".join(f"'{h}' → {n}" for h, n in read_as)
        notes.append(Issue.of("notice", "headers_read_as", 1, pairs=pairs))
    if not dry_run:
        serialize_imports(session, "geometry")
    places = _places(session)
    names_of = _unit_names(session)
    table: list[dict[str, object]] = []
    errors: list[Issue] = []
    matched: list[tuple[Feature, str, int, BaseGeometry]] = []
    owners: dict[tuple[str, int], int] = {}
    unmatched = 0
    for f in features:
        geom = f.geometry
        row: dict[str, object] = {
            "fitur": f.label,
            "lapisan": f.layer,
            "bentuk": geom.geom_type if geom is not None else "",
            "cocok": "",
        }
        if len(table) < TABLE_ROWS:
            table.append(row)
        if geom is None or geom.is_empty:
            notes.append(Issue.of("warning", "shape_empty", f.number, None, f.label))
            continue
        if geom.geom_type not in ("Polygon", "MultiPolygon", "Point"):
            notes.append(
                Issue.of(
                    "warning", "shape_not_polygon", f.number, None, f.label, kind=geom.geom_type
                )
            )
            continue
        if geom.geom_type != "Point" and not geom.is_valid:
            reason = shapely.is_valid_reason(geom)
            repaired = _polygonal(shapely.make_valid(geom))
            if repaired is None:
                notes.append(
                    Issue.of("warning", "shape_unrepairable", f.number, None, f.label, why=reason)
                )
                continue
            notes.append(Issue.of("warning", "shape_repaired", f.number, None, f.label, why=reason))
            geom = repaired
        m = match_feature(fields_of(f.attributes, header_match.renames, f.label), places)
        if m.kind is None or m.owner is None:
            unmatched += 1
            notes.append(Issue.of("warning", m.reason, f.number, None, f.label, **dict(m.params)))
            continue
        row["cocok"] = names_of.get((m.kind, m.owner), "")
        key = (m.kind, m.owner)
        if key in owners:
            errors.append(
                Issue.of("error", "shape_twice", f.number, None, f.label, other=owners[key])
            )
            continue
        owners[key] = f.number
        matched.append((f, m.kind, m.owner, geom))
    if errors:
        raise BaselineError(source, errors + notes)
    verified = _verified_areas(session)
    codes = dict(session.execute(select(Location.id, Location.code)).all())
    rows = []
    for f, kind, owner, geom in matched:
        point = geom.geom_type == "Point"
        area_ha = None if point else round(geodesic_area_ha(geom), 4)
        lat, lon = label_point(geom)
        if kind == "rt" and area_disagrees(area_ha, verified.get(owner), share):
            notes.append(
                Issue.of(
                    "notice",
                    "shape_area_disagrees",
                    f.number,
                    None,
                    f.label,
                    code=codes.get(owner, ""),
                    drawn=f"{area_ha:.2f}",
                    verified=f"{verified[owner]:.2f}",
                    share=f"{share:.0%}",
                )
            )
        rows.append(shape_row(kind, owner, geom, source, f.label, area_ha, (lat, lon)))
    kinds = Counter(r["kind"] for r in rows)
    columns = {"rt": Shape.location_id, "village": Shape.village_id, "area": Shape.area_id}
    had = {
        (kind, owner)
        for kind, *ids in session.execute(
            select(Shape.kind, Shape.location_id, Shape.village_id, Shape.area_id)
        ).all()
        for owner in ids
        if owner is not None
    }
    with_shape = {r["location_id"] for r in rows if r["kind"] == "rt"}
    with_shape |= {owner for kind, owner in had if kind == "rt"}
    missing = sorted(code for lid, code in codes.items() if lid not in with_shape)
    if missing:
        listed = ", ".join(missing[:MISSING_LISTED]) + (
            " …" if len(missing) > MISSING_LISTED else ""
        )
        notes.append(
            Issue.of("notice", "shapes_missing", None, None, None, n=len(missing), codes=listed)
        )
    replaced = len(had & set(owners))
    outcome = GeometryImport(
        source,
        len(features),
        kinds["rt"],
        kinds["village"],
        kinds["area"],
        unmatched,
        replaced,
        notes,
        header_match,
        sorted({f.layer for f in features if f.layer}),
        table,
    )
    if dry_run or not rows:
        return outcome
    outcome.before = _stored_rows(session, had & set(owners))
    outcome.after = rows
    for kind, column in columns.items():
        ids = [owner for k, owner in owners if k == kind and (k, owner) in had]
        for start in range(0, len(ids), 500):
            session.execute(delete(Shape).where(column.in_(ids[start : start + 500])))
    for start in range(0, len(rows), 1000):
        session.execute(insert(Shape), rows[start : start + 1000])
    audit(
        session,
        user,
        "shape",
        None,
        "import",
        new=f"{source}: {kinds['rt']} RT, {kinds['village']} kelurahan, {kinds['area']} kawasan",
    )
    return outcome
