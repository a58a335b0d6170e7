"""The district's maps, as rules: which RT unit, village or kawasan a feature of a GIS file is
(from its attributes), a polygon's geodesic area and the point the SK Kumuh gives as its
*titik koordinat*, and when a drawn area and the verified area disagree.

A feature is an **RT unit** when it carries a ``kode_lokasi`` the database knows, or a
kelurahan with RT and RW numbers (fields ``Kelurahan``, ``RT``, ``RW``, or one label such as
``RT001-RW002`` or ``RT 01 / RW 02``); a **kawasan** when it names one of the database; a
**village** when it names only a kelurahan/desa. (Contract: shared/spec/interfaces.md,
"Geometry".)

Free of Qt and SQL; shapely and pyproj do the geometry.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from workbench.domain.columns import _KAWASAN, _KECAMATAN, _KELURAHAN, _KODE, ColumnSpec, TableSpec
from workbench.domain.columns import normalise_header as _norm

Kind = Literal["rt", "village", "area"]

# the share by which a drawn area may differ from the verified luas_ha before a note says so
AREA_DISAGREEMENT = 0.25

GEOMETRY = TableSpec(
    "geometry",
    (
        ColumnSpec("kode_lokasi", label="Kode lokasi", synonyms=(*_KODE, "id rt", "kode rt rw")),
        ColumnSpec("kelurahan", label="Kelurahan", synonyms=(*_KELURAHAN, "kel", "nama kel")),
        ColumnSpec("kecamatan", label="Kecamatan", synonyms=(*_KECAMATAN, "kec")),
        ColumnSpec("rt", label="RT", synonyms=("nomor rt", "no rt")),
        ColumnSpec("rw", label="RW", synonyms=("nomor rw", "no rw")),
        ColumnSpec("kawasan", label="Kawasan", synonyms=_KAWASAN),
        ColumnSpec("nama", label="Nama", synonyms=("name", "label", "nama lokasi", "lokasi")),
    ),
    "kode_lokasi",
)

_RT_RW = re.compile(r"\bRT\W{0,3}0*(\d{1,3})\b\W{0,5}RW\W{0,3}0*(\d{1,3})\b", re.IGNORECASE)
_RW_RT = re.compile(r"\bRW\W{0,3}0*(\d{1,3})\b\W{0,5}RT\W{0,3}0*(\d{1,3})\b", re.IGNORECASE)
_NUMBER = re.compile(r"^\D{0,3}0*(\d{1,3})(?:\.0+)?$")


def rt_rw_of(text: object) -> tuple[int, int] | None:
    """(RT, RW) from one label: ``RT001-RW002``, ``RT 01 / RW 02``, ``RT.1 RW.2``, and the
    other way round (``RW 02 RT 01``)."""
    s = str(text or "")
    m = _RT_RW.search(s)
    if m:
        return int(m.group(1)), int(m.group(2))
    m = _RW_RT.search(s)
    if m:
        return int(m.group(2)), int(m.group(1))
    return None


def number_of(text: object) -> int | None:
    """An RT or RW number as a field holds it: ``1``, ``001``, ``1.0``, ``RT 01``."""
    m = _NUMBER.match(str(text or "").strip())
    return int(m.group(1)) if m else None


def place_key(name: object) -> str:
    """A village or kawasan name as compared: case, spaces, punctuation and the words
    Kelurahan/Desa/Kawasan in front do not matter."""
    words = _norm(name).split()
    while words and words[0] in ("kelurahan", "desa", "kawasan", "kecamatan"):
        words = words[1:]
    return " ".join(words)


@dataclass(frozen=True)
class Places:
    """What the database knows, to match features to: RT units by code and by (village, RT,
    RW), villages and kawasan by name (their ``place_key``); the kecamatan of each village
    (to tell two villages of one name apart)."""

    codes: Mapping[str, int]  # kode_lokasi lower-cased -> location id
    rt_rw: Mapping[tuple[int, int, int], int]  # (village id, rt, rw) -> location id
    villages: Mapping[str, Sequence[int]]  # place_key -> village ids
    village_kecamatan: Mapping[int, str]  # village id -> place_key of its kecamatan
    areas: Mapping[str, int]  # place_key -> area id


@dataclass(frozen=True)
class Match:
    kind: Kind | None  # None: the feature matched nothing
    owner: int | None = None  # location, village or area id
    reason: str = ""  # why it matched nothing (a catalogue key)
    params: tuple[tuple[str, object], ...] = ()
    how: str = ""  # kode_lokasi / rt_rw / kawasan / kelurahan


@dataclass
class FeatureFields:
    """A feature's values for the columns of ``GEOMETRY`` (blank when it has none)."""

    values: dict[str, str] = field(default_factory=dict)
    label: str = ""  # its own name, description or number, to name it in a report

    def get(self, name: str) -> str:
        return self.values.get(name, "").strip()


def _village(places: Places, name: str, kecamatan: str) -> int | None:
    ids = list(places.villages.get(place_key(name), ()))
    if len(ids) > 1 and kecamatan:
        ids = [v for v in ids if places.village_kecamatan.get(v) == place_key(kecamatan)]
    return ids[0] if len(ids) == 1 else None


def match_feature(fields: FeatureFields, places: Places) -> Match:
    """Which RT unit, kawasan or village one feature is (see the module's rules)."""
    code = fields.get("kode_lokasi")
    if code and code.lower() in places.codes:
        return Match("rt", places.codes[code.lower()], how="kode_lokasi")
    if not code:  # a placemark named by its code (SIM KOTAKU names them so)
        for text in (fields.get("nama"), fields.label):
            if text and text.strip().lower() in places.codes:
                return Match("rt", places.codes[text.strip().lower()], how="kode_lokasi")
    kelurahan, kecamatan = fields.get("kelurahan"), fields.get("kecamatan")
    rt, rw = number_of(fields.get("rt")), number_of(fields.get("rw"))
    if rt is None or rw is None:
        for text in (fields.get("nama"), code, fields.label):
            pair = rt_rw_of(text)
            if pair is not None:
                rt, rw = pair
                break
    if rt is not None and rw is not None:
        vid = _village(places, kelurahan, kecamatan) if kelurahan else None
        if vid is None:
            if not kelurahan:
                return Match(None, reason="shape_no_village", params=(("rt", rt), ("rw", rw)))
            return Match(None, reason="shape_unknown_village", params=(("name", kelurahan),))
        lid = places.rt_rw.get((vid, rt, rw))
        if lid is None:
            return Match(
                None,
                reason="shape_unknown_rt",
                params=(("rt", rt), ("rw", rw), ("village", kelurahan)),
            )
        return Match("rt", lid, how="rt_rw")
    if code:
        return Match(None, reason="shape_unknown_code", params=(("code", code),))
    for text in (fields.get("kawasan"), fields.get("nama")):
        if text and place_key(text) in places.areas:
            return Match("area", places.areas[place_key(text)], how="kawasan")
    for text in (kelurahan, fields.get("nama")):
        if text:
            vid = _village(places, text, kecamatan)
            if vid is not None:
                return Match("village", vid, how="kelurahan")
    return Match(None, reason="shape_nothing_named")


def fields_of(
    attributes: Mapping[str, Any], renames: Mapping[str, str], label: str
) -> FeatureFields:
    """A feature's attributes read as ``GEOMETRY``'s columns (``renames``: their field name
    -> column, from ``columns.match_headers``)."""
    values = {}
    for name, value in attributes.items():
        column = renames.get(name)
        if column and value is not None and str(value).strip():
            values[column] = str(value).strip()
    return FeatureFields(values, label)


# -- the shapes' own measures --------------------------------------------------------------


def geodesic_area_ha(geometry: Any) -> float:
    """The area of a polygon in lon/lat degrees (WGS84) on the ellipsoid, in hectares."""
    from pyproj import Geod

    area, _perimeter = Geod(ellps="WGS84").geometry_area_perimeter(geometry)
    return abs(area) / 10_000.0


def label_point(geometry: Any) -> tuple[float, float]:
    """(lat, lon) of the point the SK gives for a shape: its centroid, or a point inside it
    when the centroid falls outside (a crescent, an L-shaped RT)."""
    point = geometry.centroid
    if geometry.geom_type != "Point" and not geometry.contains(point):
        point = geometry.point_on_surface()
    return float(point.y), float(point.x)


def area_disagrees(drawn_ha: float | None, verified_ha: float | None, share: float) -> bool:
    """The drawn area differs from the verified one by more than ``share`` of the verified."""
    if drawn_ha is None or verified_ha is None or verified_ha <= 0:
        return False
    return abs(drawn_ha - verified_ha) > share * verified_ha


# -- the demo district's made-up map -------------------------------------------------------


def demo_outlines(
    units: Sequence[tuple[int, float, float, float, int, int | None, str]], seed: int
) -> list[tuple[Kind, int, Any, str]]:
    """(kind, owner, polygon, label) for the demo: each RT unit (id, lat, lon, ha, village,
    kawasan, code) an irregular hexagon of its area around its point; each village the hull
    of its RT units widened by 120 m; each kawasan its RT units' outlines joined."""
    import math
    import random

    import shapely
    from shapely.geometry import Polygon

    rng = random.Random(seed)
    out: list[tuple[Kind, int, Any, str]] = []
    by_village: dict[int, list[Any]] = {}
    by_area: dict[int, list[Any]] = {}
    for lid, lat, lon, ha, vid, aid, code in units:
        radius = math.sqrt(max(ha, 0.05) * 10_000 / (1.5 * math.sqrt(3)))  # a hexagon's
        kx = 111_320 * math.cos(math.radians(lat))
        turn = rng.random() * math.pi
        corners = []
        for k in range(6):
            angle = turn + k * math.pi / 3
            r = radius * (0.85 + 0.3 * rng.random())
            corners.append((lon + r * math.cos(angle) / kx, lat + r * math.sin(angle) / 111_320))
        polygon = Polygon(corners)
        out.append(("rt", lid, polygon, code))
        by_village.setdefault(vid, []).append(polygon)
        if aid is not None:
            by_area.setdefault(aid, []).append(polygon)
    for vid, polygons in by_village.items():
        hull = shapely.convex_hull(shapely.union_all(polygons))
        lat = hull.centroid.y
        widen = 120 / (111_320 * math.cos(math.radians(lat)))
        out.append(("village", vid, hull.buffer(widen, quad_segs=4), ""))
    for aid, polygons in by_area.items():
        lat = polygons[0].centroid.y
        widen = 40 / (111_320 * math.cos(math.radians(lat)))
        joined = shapely.union_all([p.buffer(widen, quad_segs=2) for p in polygons])
        out.append(("area", aid, joined, ""))
    return out
