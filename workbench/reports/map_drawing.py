"""Drawing the district's shapes onto a PDF page (reportlab canvas): one plane from degrees
to points, north up, and one way to draw a shape, for the SK map and the profiles' locator
maps alike."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
import shapely
from reportlab.pdfgen.canvas import FILL_EVEN_ODD

from workbench.services.map_data import METRES_PER_DEGREE


def bounds_of(
    geoms: Sequence[Any], points: Sequence[tuple[float, float]] = ()
) -> tuple[float, ...]:
    """(min lon, min lat, max lon, max lat) of the shapes and the (lon, lat) points."""
    boxes = [g.bounds for g in geoms if not g.is_empty]
    boxes += [(x, y, x, y) for x, y in points]
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


class Plane:
    """Degrees to points on the sheet: an equirectangular plane at the shapes' latitude,
    fitted into ``box`` (x, y, width, height) with a little room around, north up."""

    def __init__(
        self, bounds: tuple[float, ...], box: tuple[float, ...], room: float = 1.06
    ) -> None:
        minx, miny, maxx, maxy = bounds
        self.lat0 = (miny + maxy) / 2
        self.kx = METRES_PER_DEGREE * math.cos(math.radians(self.lat0))
        self.ky = METRES_PER_DEGREE
        x0, y0, w, h = box
        ew = max((maxx - minx) * self.kx, 1.0) * room
        eh = max((maxy - miny) * self.ky, 1.0) * room
        self.scale = min(w / ew, h / eh)  # points per metre
        self.cx, self.cy = (minx + maxx) / 2, (miny + maxy) / 2
        self.ox, self.oy = x0 + w / 2, y0 + h / 2

    def xy(self, lon: float, lat: float) -> tuple[float, float]:
        return (
            self.ox + (lon - self.cx) * self.kx * self.scale,
            self.oy + (lat - self.cy) * self.ky * self.scale,
        )

    def lon_at(self, x: float) -> float:
        return self.cx + (x - self.ox) / (self.kx * self.scale)

    def lat_at(self, y: float) -> float:
        return self.cy + (y - self.oy) / (self.ky * self.scale)

    def rings(self, coords: np.ndarray) -> np.ndarray:
        out = np.empty_like(coords[:, :2])
        out[:, 0] = self.ox + (coords[:, 0] - self.cx) * self.kx * self.scale
        out[:, 1] = self.oy + (coords[:, 1] - self.cy) * self.ky * self.scale
        return out


def draw_shape(
    canvas: Any,
    plane: Plane,
    geom: Any,
    fill: bool = True,
    stroke: bool = True,
    point_radius: float = 2.2,
) -> None:
    """A polygon (its holes open) or a point, in the canvas's current colours."""
    for part in shapely.get_parts(geom):
        if part.is_empty:
            continue
        if part.geom_type == "Point":
            x, y = plane.xy(part.x, part.y)
            canvas.circle(x, y, point_radius, stroke=int(stroke), fill=int(fill))
            continue
        if part.geom_type != "Polygon":
            continue
        path = canvas.beginPath()
        for ring in (part.exterior, *part.interiors):
            xy = plane.rings(np.asarray(ring.coords))
            path.moveTo(float(xy[0, 0]), float(xy[0, 1]))
            for x, y in xy[1:]:
                path.lineTo(float(x), float(y))
            path.close()
        canvas.drawPath(path, stroke=int(stroke), fill=int(fill), fillMode=FILL_EVEN_ODD)
