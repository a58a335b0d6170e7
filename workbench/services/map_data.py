"""The district's shapes as the window's map draws them: each RT unit's, village's and
kawasan's outline in metres on a plane centred on the district (an equirectangular plane at
the district's latitude: over a district's few tens of kilometres its error is far below a
drawn line's width), simplified to what a screen can show, with the point for its label.

Read-only; no Qt here (the window builds its drawing from these arrays)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import shapely
from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.db.models import Area, Location, Shape, Village
from workbench.domain.rules import get_ruleset
from workbench.services.scores import ScoreRow, score_rows

METRES_PER_DEGREE = 111_320.0
SIMPLIFY_M = 0.5  # a drawn outline keeps its corners to half a metre


@dataclass(frozen=True)
class MapShape:
    owner: int  # location, village or area id
    label: str  # the RT's code, the village's or kawasan's name
    rings: tuple[np.ndarray, ...]  # each an (n, 2) array of x, y in metres (y up)
    holes: tuple[int, ...]  # which rings are holes (drawn with the odd-even rule anyway)
    point: tuple[float, float]  # where its label goes (the SK's titik koordinat)
    is_point: bool = False


@dataclass
class MapShapes:
    """Everything the map draws, on one plane: ``origin`` (lon, lat) is its centre."""

    origin: tuple[float, float] = (0.0, 0.0)
    rt: list[MapShape] = field(default_factory=list)
    villages: list[MapShape] = field(default_factory=list)
    areas: list[MapShape] = field(default_factory=list)
    # RT units without a shape but with coordinates, drawn as points
    points: list[MapShape] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.rt or self.villages or self.areas or self.points)


class Plane:
    """lon/lat degrees to metres on the district's plane."""

    def __init__(self, lon0: float, lat0: float) -> None:
        self.lon0, self.lat0 = lon0, lat0
        self.kx = METRES_PER_DEGREE * math.cos(math.radians(lat0))
        self.ky = METRES_PER_DEGREE

    def to_metres(self, xy: np.ndarray) -> np.ndarray:
        return np.column_stack([(xy[:, 0] - self.lon0) * self.kx, (xy[:, 1] - self.lat0) * self.ky])


def _shape(owner: int, label: str, wkb: bytes, lat: float, lon: float, plane: Plane) -> MapShape:
    geom = shapely.transform(shapely.from_wkb(wkb), plane.to_metres)
    px, py = plane.to_metres(np.array([[lon, lat]]))[0]
    if geom.geom_type == "Point":
        return MapShape(owner, label, (), (), (float(px), float(py)), True)
    geom = shapely.simplify(geom, SIMPLIFY_M, preserve_topology=True)
    rings: list[np.ndarray] = []
    holes: list[int] = []
    for polygon in shapely.get_parts(geom):
        if polygon.geom_type != "Polygon" or polygon.is_empty:
            continue
        rings.append(np.asarray(polygon.exterior.coords)[:, :2])
        for interior in polygon.interiors:
            holes.append(len(rings))
            rings.append(np.asarray(interior.coords)[:, :2])
    return MapShape(owner, label, tuple(rings), tuple(holes), (float(px), float(py)))


def shape_rows(session: Session) -> list[Any]:
    """Every stored shape (kind, its owner's id, WKB, area, point, bounds, source) in the
    order they were stored: what the map, the SK map and the export read."""
    return list(
        session.execute(
            select(
                Shape.kind,
                Shape.location_id,
                Shape.village_id,
                Shape.area_id,
                Shape.geometry,
                Shape.area_ha,
                Shape.centroid_lat,
                Shape.centroid_lon,
                Shape.min_lon,
                Shape.min_lat,
                Shape.max_lon,
                Shape.max_lat,
                Shape.source,
            ).order_by(Shape.id)
        ).all()
    )


def map_shapes(session: Session) -> MapShapes:
    rows = shape_rows(session)
    located = session.execute(
        select(Location.id, Location.code, Location.latitude, Location.longitude)
    ).all()
    codes = {lid: code for lid, code, _lat, _lon in located}
    shaped = {r.location_id for r in rows if r.kind == "rt"}
    loose = [
        (lid, code, lat, lon)
        for lid, code, lat, lon in located
        if lid not in shaped and lat is not None and lon is not None
    ]
    if not rows and not loose:
        return MapShapes()
    xs = [r.min_lon for r in rows] + [r.max_lon for r in rows] + [lon for *_x, lon in loose]
    ys = [r.min_lat for r in rows] + [r.max_lat for r in rows] + [lat for *_x, lat, _ in loose]
    plane = Plane((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)
    villages = dict(session.execute(select(Village.id, Village.name)).all())
    areas = dict(session.execute(select(Area.id, Area.name)).all())
    out = MapShapes((plane.lon0, plane.lat0))
    for r in rows:
        if r.kind == "rt":
            label, target = codes.get(r.location_id, ""), out.rt
            owner = r.location_id
        elif r.kind == "village":
            label, target, owner = villages.get(r.village_id, ""), out.villages, r.village_id
        else:
            label, target, owner = areas.get(r.area_id, ""), out.areas, r.area_id
        target.append(_shape(owner, label, r.geometry, r.centroid_lat, r.centroid_lon, plane))
    for lid, code, lat, lon in loose:
        px, py = plane.to_metres(np.array([[lon, lat]]))[0]
        out.points.append(MapShape(lid, code, (), (), (float(px), float(py)), True))
    return out


@dataclass(frozen=True)
class PlanningMeasures:
    """What the map colours beyond the scores, by RT unit id: the priority code (slum units),
    the harmonised decision and rank (of the unit, or of its kawasan when the ranking is by
    kawasan), and the level projected at the end of each plan year with the planned works."""

    years: list[int]
    priority: dict[int, str]
    decision: dict[int, str]
    rank: dict[int, int]
    projected: dict[int, dict[int, str]]  # location id → year → level key
    area_ha: dict[int, float]  # the verified area the projection counts
    totals: dict[int, dict[int, int]] = field(default_factory=dict)  # → year → total score
    # kawasan id → (rank, decision) when the ranking is by kawasan
    areas: dict[int, tuple[int, str]] = field(default_factory=dict)
    area_of: dict[int, int] = field(default_factory=dict)  # location id → its kawasan's id


def planning_measures(session: Session) -> PlanningMeasures:
    from workbench.services.harmonisation import candidates, harmonised_view
    from workbench.services.programme_analysis import analyse

    ids = {code: lid for lid, code in session.execute(select(Location.id, Location.code))}
    area_of = {
        lid: aid for lid, aid in session.execute(select(Location.id, Location.area_id)) if aid
    }
    priority = {ids[c.code]: c.priority_code for c in candidates(session, "rt")[0] if c.code in ids}
    view = harmonised_view(session)
    by_key = {r.key: r for r in view.rows}
    decision: dict[int, str] = {}
    rank: dict[int, int] = {}
    areas = {
        int(r.key[1:]): (r.rank, r.decision.status if r.decision else "")
        for r in view.rows
        if r.key.startswith("A")
    }
    for lid in ids.values():
        key = f"L{lid}" if view.settings.level == "rt" else f"A{area_of.get(lid)}"
        row = by_key.get(key)
        if row is not None:
            rank[lid] = row.rank
            if row.decision is not None:
                decision[lid] = row.decision.status
    outlook = analyse(session, "planned")
    projected = {ids[o.code]: dict(o.levels) for o in outlook.locations if o.code in ids}
    area = {ids[o.code]: o.area_ha for o in outlook.locations if o.code in ids}
    totals = {ids[o.code]: dict(o.totals) for o in outlook.locations if o.code in ids}
    return PlanningMeasures(
        outlook.years, priority, decision, rank, projected, area, totals, areas, area_of
    )


@dataclass(frozen=True)
class LatestScores:
    """Each RT unit's latest scored year, as a map beside another tab's table colours it."""

    rows: list[ScoreRow]
    codes: tuple[str, ...]  # the criteria of the rule set the rows were scored with
    area_of: dict[int, int] = field(default_factory=dict)  # location id → its kawasan's id


def latest_scores(session: Session) -> LatestScores:
    latest: dict[int, ScoreRow] = {}
    for r in score_rows(session):
        if r.location_id not in latest or r.year > latest[r.location_id].year:
            latest[r.location_id] = r
    rows = list(latest.values())
    codes = get_ruleset(rows[0].ruleset.split(" v")[0]).codes if rows else ()
    area_of = {
        lid: aid for lid, aid in session.execute(select(Location.id, Location.area_id)) if aid
    }
    return LatestScores(rows, tuple(codes), area_of)
