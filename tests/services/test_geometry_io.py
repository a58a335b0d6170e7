"""The district's maps imported (issue #18): RT, village and kawasan shapes from KMZ, GeoJSON,
a shapefile in UTM (with its .prj, and zipped) and a GeoPackage made here; matched by code,
by kelurahan + RT + RW, or by name; a crossed ring repaired with a warning; unmatched features
listed; a drawn area far from the verified one noted; a refused file changes nothing."""

from __future__ import annotations

import json
import math
import shutil
import zipfile
from pathlib import Path

import numpy as np
import pytest
import shapely
import sqlalchemy as sa
from shapely.geometry import Polygon, box

from tests.units import unit
from workbench.cli import main
from workbench.db.engine import session_scope
from workbench.db.models import Assessment, AuditEntry, Location, Shape, Village
from workbench.domain.columns import ColumnMap
from workbench.domain.geometry import geodesic_area_ha, label_point, rt_rw_of
from workbench.services.baseline_io import BaselineError, InputFileError
from workbench.services.geometry_io import import_geometry
from workbench.services.workspace import open_database

UTM_49S = "EPSG:32749"


@pytest.fixture
def district(demo_sqlite: Path, workdir: Path):  # noqa: ANN201
    copy = workdir / "kota.sqlite"
    shutil.copy(demo_sqlite, copy)
    engine = open_database(copy, demo_if_new=False).engine
    with session_scope(engine) as s:  # a district that has no map yet
        s.execute(sa.delete(Shape))
    yield engine
    engine.dispose()


def _units(engine, n: int = 6) -> list[dict]:  # noqa: ANN001
    """The first RT units with their village, RT, RW, position and latest verified area."""
    with session_scope(engine) as s:
        rows = s.execute(
            sa.select(
                Location.id,
                Location.code,
                Location.rt,
                Location.rw,
                Location.latitude,
                Location.longitude,
                Village.name,
            )
            .join(Village)
            .order_by(Location.code)
            .limit(n)
        ).all()
        area = dict(
            s.execute(
                sa.select(Assessment.location_id, sa.func.max(Assessment.luas_ha)).group_by(
                    Assessment.location_id
                )
            ).all()
        )
    return [
        dict(id=r[0], code=r[1], rt=r[2], rw=r[3], lat=r[4], lon=r[5], village=r[6], ha=area[r[0]])
        for r in rows
    ]


def _square(lat: float, lon: float, ha: float) -> Polygon:
    """A square of ``ha`` hectares around a point, in degrees."""
    side = math.sqrt(ha * 10_000)
    dlat = side / 111_320 / 2
    dlon = side / (111_320 * math.cos(math.radians(lat))) / 2
    return box(lon - dlon, lat - dlat, lon + dlon, lat + dlat)


def _shapes(engine) -> dict[str, Shape]:  # noqa: ANN001
    with session_scope(engine) as s:
        rows = s.execute(
            sa.select(Location.code, Shape).join(Shape, Shape.location_id == Location.id)
        ).all()
        return {code: shape for code, shape in rows}


def _geojson(path: Path, features: list[tuple[Polygon, dict]]) -> Path:
    path.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "properties": props,
                        "geometry": shapely.geometry.mapping(g),
                    }
                    for g, props in features
                ],
            }
        ),
        encoding="utf-8",
    )
    return path


def test_rt_and_rw_labels_as_districts_write_them() -> None:
    assert rt_rw_of("RT001-RW002") == (1, 2)
    assert rt_rw_of("RT 01 / RW 02") == (1, 2)
    assert rt_rw_of("Kel. Sukamaju RT.3 RW.12") == (3, 12)
    assert rt_rw_of("RW 05 RT 04") == (4, 5)
    assert rt_rw_of("Kawasan Pasar") is None and rt_rw_of("RT 1") is None


def test_geodesic_area_of_a_known_square_and_its_point() -> None:
    """100 m × 100 m in UTM 49S, taken to degrees: 1 ha on the ellipsoid (the UTM grid's
    scale near the central meridian is 0.9996, so the ground square is 1/0.9996² ha)."""
    from pyproj import Transformer

    t = Transformer.from_crs(UTM_49S, 4326, always_xy=True)
    x0, y0 = 500_000.0, 9_220_000.0  # on the central meridian, about 7° S
    corners = [(x0, y0), (x0 + 100, y0), (x0 + 100, y0 + 100), (x0, y0 + 100)]
    square = Polygon([t.transform(x, y) for x, y in corners])
    assert geodesic_area_ha(square) == pytest.approx(1 / 0.9996**2, rel=1e-4)
    crescent = Polygon([(0, 0), (4, 0), (4, 4), (0, 4), (0, 3), (3, 3), (3, 1), (0, 1)])
    lat, lon = label_point(crescent)
    assert crescent.contains(shapely.Point(lon, lat))  # its centroid falls outside it


def test_geojson_by_code_with_an_unmatched_feature_and_a_disagreeing_area(
    district, workdir: Path
) -> None:  # noqa: ANN001
    units = _units(district, 4)
    features = [(_square(u["lat"], u["lon"], u["ha"]), {"KODE_LOKASI": u["code"]}) for u in units]
    features[1] = (_square(units[1]["lat"], units[1]["lon"], units[1]["ha"] * 2), features[1][1])
    features.append((_square(-7.0, 110.0, 1.0), {"KODE_LOKASI": "TIDAK-ADA-01"}))
    path = _geojson(workdir / "rt.geojson", features)
    result = unit(import_geometry, district, path)
    assert (result.rt, result.unmatched, result.features) == (4, 1, 5)
    keys = [(i.row, i.key) for i in result.notices if i.row]
    assert (5, "shape_unknown_code") in keys and (2, "shape_area_disagrees") in keys
    assert not any(k == "shape_area_disagrees" and r != 2 for r, k in keys)
    missing = next(i for i in result.notices if i.key == "shapes_missing")
    assert dict(missing.params)["n"] > 0
    shapes = _shapes(district)
    first = shapes[units[0]["code"]]
    assert first.area_ha == pytest.approx(units[0]["ha"], rel=0.01)
    assert (first.centroid_lat, first.centroid_lon) == pytest.approx(
        (units[0]["lat"], units[0]["lon"]), abs=1e-6
    )
    assert shapely.from_wkb(first.geometry).equals_exact(features[0][0], 1e-9)


def test_a_utm_shapefile_matched_by_kelurahan_rt_rw_and_the_same_zipped(
    district, workdir: Path
) -> None:  # noqa: ANN001
    import pyogrio
    from pyproj import Transformer

    units = _units(district, 5)
    to_utm = Transformer.from_crs(4326, UTM_49S, always_xy=True)
    squares = [_square(u["lat"], u["lon"], u["ha"]) for u in units]
    utm = shapely.transform(
        np.array(squares), lambda xy: np.column_stack(to_utm.transform(xy[:, 0], xy[:, 1]))
    )
    folder = workdir / "shp"
    folder.mkdir()
    path = folder / "batas_rt.shp"
    pyogrio.raw.write(
        str(path),
        shapely.to_wkb(utm),
        [
            np.array([u["village"].upper() for u in units], dtype=object),
            np.array([f"{int(u['rt']):03d}" for u in units], dtype=object),
            np.array([int(u["rw"]) for u in units]),
        ],
        fields=["DESA", "NO_RT", "RW"],
        geometry_type="Polygon",
        crs=UTM_49S,
        driver="ESRI Shapefile",
    )
    assert path.with_suffix(".prj").exists()
    mapping = ColumnMap({"rt": "NO_RT"})  # "DESA" and "RW" are known by their names
    result = unit(import_geometry, district, path, column_map=mapping)
    assert (result.rt, result.unmatched) == (5, 0)
    assert any(i.key == "shape_reprojected" for i in result.notices)
    shapes = _shapes(district)
    for u, square in zip(units, squares, strict=True):
        drawn = shapely.from_wkb(shapes[u["code"]].geometry)
        assert drawn.symmetric_difference(square).area < 1e-6 * square.area
        assert shapes[u["code"]].area_ha == pytest.approx(u["ha"], rel=0.01)
    zipped = workdir / "batas_rt.zip"
    with zipfile.ZipFile(zipped, "w") as z:
        for part in folder.iterdir():
            z.write(part, part.name)
    again = unit(import_geometry, district, zipped, column_map=mapping)
    assert (again.rt, again.replaced) == (5, 5)
    assert len(_shapes(district)) == 5  # replaced, not doubled


def test_a_kmz_with_a_crossed_ring_and_a_village_and_a_point(district, workdir: Path) -> None:  # noqa: ANN001
    units = _units(district, 3)
    u0, u1, u2 = units

    def ring(poly: Polygon) -> str:
        return " ".join(f"{x},{y},0" for x, y in poly.exterior.coords)

    def placemark(name: str, data: dict, geometry: str) -> str:
        extended = "".join(f'<Data name="{k}"><value>{v}</value></Data>' for k, v in data.items())
        return (
            f"<Placemark><name>{name}</name><ExtendedData>{extended}</ExtendedData>"
            f"{geometry}</Placemark>"
        )

    def polygon(coords: str) -> str:
        return (
            "<Polygon><outerBoundaryIs><LinearRing><coordinates>"
            f"{coords}</coordinates></LinearRing></outerBoundaryIs></Polygon>"
        )

    s0 = _square(u0["lat"], u0["lon"], u0["ha"])
    x0, y0, x1, y1 = _square(u1["lat"], u1["lon"], u1["ha"]).bounds
    bow_tie = f"{x0},{y0} {x1},{y1} {x1},{y0} {x0},{y1} {x0},{y0}"  # crosses itself
    village = shapely.unary_union([s0.buffer(0.01)])
    marks = [
        placemark(
            f"RT{int(u0['rt']):03d}-RW{int(u0['rw']):03d}",
            {"Desa": u0["village"]},
            polygon(ring(s0)),
        ),
        placemark("Lokasi 2", {"KODE": u1["code"]}, polygon(bow_tie)),
        placemark(
            u2["code"], {}, f"<Point><coordinates>{u2['lon']},{u2['lat']},0</coordinates></Point>"
        ),
        placemark(f"Kelurahan {u0['village']}", {}, polygon(ring(village))),
        placemark("Sungai", {}, "<LineString><coordinates>0,0 1,1</coordinates></LineString>"),
        placemark("Lapangan", {"Desa": "Tidak Ada"}, polygon(ring(box(0, 0, 1, 1)))),
    ]
    kml = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Folder><name>RT</name>'
        + "".join(marks)
        + "</Folder></Document></kml>"
    )
    path = workdir / "sim kotaku.kmz"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("doc.kml", kml)
    result = unit(import_geometry, district, path)
    keys = {(i.row, i.key) for i in result.notices if i.row}
    assert (result.rt, result.villages, result.unmatched) == (3, 1, 1)
    assert (2, "shape_repaired") in keys and (5, "shape_not_polygon") in keys
    assert (6, "shape_nothing_named") in keys
    shapes = _shapes(district)
    assert shapely.from_wkb(shapes[u1["code"]].geometry).is_valid
    point = shapes[u2["code"]]
    assert point.is_point and point.area_ha is None
    assert (point.centroid_lat, point.centroid_lon) == pytest.approx((u2["lat"], u2["lon"]))
    with session_scope(district) as s:
        assert s.scalar(sa.select(sa.func.count()).where(Shape.kind == "village")) == 1


def test_a_geopackage_of_two_layers_and_a_layer_chosen(district, workdir: Path) -> None:  # noqa: ANN001
    import pyogrio

    units = _units(district, 4)
    path = workdir / "peta.gpkg"
    squares = [_square(u["lat"], u["lon"], u["ha"]) for u in units]
    pyogrio.raw.write(
        str(path),
        shapely.to_wkb(np.array(squares)),
        [np.array([u["code"] for u in units], dtype=object)],
        fields=["kode_lokasi"],
        layer="rt",
        geometry_type="Polygon",
        crs="EPSG:4326",
        driver="GPKG",
    )
    villages = sorted({u["village"] for u in units})
    pyogrio.raw.write(
        str(path),
        shapely.to_wkb(np.array([box(110 + i, -7, 110.5 + i, -6.5) for i in range(len(villages))])),
        [np.array(villages, dtype=object)],
        fields=["nama_desa"],
        layer="desa",
        geometry_type="Polygon",
        crs="EPSG:4326",
        driver="GPKG",
        append=True,
    )
    both = unit(import_geometry, district, path)
    assert (both.rt, both.villages) == (4, len(villages))
    only = unit(import_geometry, district, path, layer="desa")
    assert (only.rt, only.villages, only.replaced) == (0, len(villages), len(villages))
    with pytest.raises(InputFileError, match="no layer 'jalan'.*rt, desa"):
        unit(import_geometry, district, path, layer="jalan")


def test_two_shapes_for_one_rt_refuse_the_file_and_change_nothing(
    district, workdir: Path, capsys
) -> None:  # noqa: ANN001
    units = _units(district, 2)
    square = _square(units[0]["lat"], units[0]["lon"], units[0]["ha"])
    path = _geojson(
        workdir / "ganda.geojson",
        [
            (square, {"kode_lokasi": units[0]["code"]}),
            (square, {"kode_lokasi": units[1]["code"]}),
            (square, {"Kode Lokasi": units[0]["code"].lower()}),
        ],
    )
    with session_scope(district) as s:
        audits = s.scalar(sa.select(sa.func.count()).select_from(AuditEntry))
    with pytest.raises(BaselineError) as err:
        unit(import_geometry, district, path)
    assert [
        (i.row, i.key, dict(i.params)["other"]) for i in err.value.issues if i.severity == "error"
    ] == [(3, "shape_twice", 1)]
    assert _shapes(district) == {}
    with session_scope(district) as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(AuditEntry)) == audits
    db = str(district.url.database)
    assert main(["import", "geometry", str(path), "--db", db]) == 1
    said = capsys.readouterr().err
    assert "1 error(s); nothing was imported" in said and "second shape" in said


def test_import_geometry_on_the_command_line_says_what_it_did(
    district, workdir: Path, capsys
) -> None:  # noqa: ANN001
    units = _units(district, 3)
    path = _geojson(
        workdir / "rt.geojson",
        [(_square(u["lat"], u["lon"], u["ha"]), {"kode": u["code"]}) for u in units]
        + [(box(0, 0, 1, 1), {"nama": "Entah"})],
    )
    assert main(["import", "geometry", str(path), "--db", str(district.url.database)]) == 0
    captured = capsys.readouterr()
    assert "imported 3 shapes from rt.geojson: 3 RT units" in captured.out
    assert "1 of 4 features matched nothing" in captured.out
    assert "rt.geojson, feature 4 'Entah'" in captured.err
    bad = workdir / "bukan.txt"
    bad.write_text("x", encoding="utf-8")
    assert main(["import", "geometry", str(bad), "--db", str(district.url.database)]) == 1
    assert "not a map file" in capsys.readouterr().err
