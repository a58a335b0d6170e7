"""`import geometry` at scale (issue #18's budget: 10,000 RT polygons ≤ 10 s): a district of
10,000 RT units, and a GeoJSON and a UTM GeoPackage of their polygons (24 corners each, as a
surveyed RT outline has), imported into it: read, reprojected, matched, measured, stored.

    uv run python benchmarks/bench_geometry.py --rt 10000
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the helper beside us
from _timing import in_unit, timed  # noqa: E402


def make_district(tmp: Path, n: int):  # noqa: ANN201
    """A district of ``n`` RT units in SQLite, and a GeoJSON and a UTM GeoPackage of their
    polygons (24 corners each, as a surveyed RT outline has): (engine, geojson, gpkg)."""
    import numpy as np
    import pyogrio
    import shapely
    from pyproj import Transformer
    from shapely.geometry import Point, mapping
    from sqlalchemy import select

    from workbench.db.engine import make_engine, session_scope
    from workbench.db.migrate import upgrade_if_needed
    from workbench.db.models import District, Location
    from workbench.domain.demo import generate_baseline
    from workbench.domain.rules import get_ruleset
    from workbench.services.assessments import store_assessments

    frame = generate_baseline(n_locations=n, years=(2025,))
    engine = make_engine(tmp / "bench.sqlite")
    upgrade_if_needed(engine)
    with session_scope(engine) as s:
        s.add(District(code="BENCH", name="Bench"))
        s.flush()
        store_assessments(s, s.scalars(select(District.id)).one(), frame, get_ruleset())
        codes = list(s.scalars(select(Location.code).order_by(Location.id)))
    # RT outlines: 24-corner circles of each unit's area on a grid
    rng = np.random.default_rng(7)
    areas = frame.set_index("kode_lokasi")["luas_ha"].to_dict()
    side = math.ceil(math.sqrt(len(codes)))
    shapes = []
    for i, code in enumerate(codes):
        lon, lat = 110.0 + (i % side) * 0.004, -7.0 - (i // side) * 0.004
        radius_m = math.sqrt(max(areas[code], 0.05) * 10_000 / math.pi)
        deg = radius_m / 111_320
        shapes.append(Point(lon, lat).buffer(deg * (0.9 + 0.2 * rng.random()), quad_segs=6))
    geojson = tmp / "rt.geojson"
    geojson.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {"type": "Feature", "properties": {"KODE_RT": c}, "geometry": mapping(g)}
                    for c, g in zip(codes, shapes, strict=True)
                ],
            }
        ),
        encoding="utf-8",
    )
    to_utm = Transformer.from_crs(4326, "EPSG:32749", always_xy=True)
    utm = shapely.transform(
        np.array(shapes), lambda xy: np.column_stack(to_utm.transform(xy[:, 0], xy[:, 1]))
    )
    gpkg = tmp / "rt.gpkg"
    pyogrio.raw.write(
        str(gpkg),
        shapely.to_wkb(utm),
        [np.array(codes, dtype=object)],
        fields=["kode_lokasi"],
        layer="rt",
        geometry_type="Polygon",
        crs="EPSG:32749",
        driver="GPKG",
    )
    return engine, geojson, gpkg, len(codes)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rt", type=int, default=10_000)
    args = parser.parse_args()

    from workbench.services.geometry_io import import_geometry

    with tempfile.TemporaryDirectory() as tmp:
        engine, geojson, gpkg, n = make_district(Path(tmp), args.rt)
        codes = range(n)
        print(f"{n:,} RT units")
        print(
            f"GeoJSON {geojson.stat().st_size / 1e6:.1f} MB, "
            f"GeoPackage {gpkg.stat().st_size / 1e6:.1f} MB"
        )
        done = timed(
            f"import geometry: {len(codes):,} polygons, GeoJSON (WGS84)",
            lambda: in_unit(engine, import_geometry, geojson),
        )
        assert done.rt == len(codes), done
        again = timed(
            f"import geometry: {len(codes):,} polygons, GeoPackage (UTM 49S), replacing",
            lambda: in_unit(engine, import_geometry, gpkg),
        )
        assert again.rt == len(codes) and again.replaced == len(codes)
        engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
