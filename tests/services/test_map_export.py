"""The map exported for QGIS and Google Earth (issue #18): every shape with its figures as
the reports give them, in GeoJSON, KML and GeoPackage, read back by our own import to the
same units and areas; an earlier year's picture; no map, or a wrong ending, is refused and
writes nothing."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pyogrio
import pytest
import shapely
import sqlalchemy as sa

from tests.units import unit
from workbench.cli import main
from workbench.db.engine import session_scope
from workbench.db.models import Assessment, Location, Shape
from workbench.domain.colours import LEVEL_HEX
from workbench.domain.messages import UserError
from workbench.services import report_data as rd
from workbench.services.geometry_io import import_geometry
from workbench.services.map_export import district_map, write_map


@pytest.fixture
def engine(demo_engine):  # noqa: ANN001, ANN201 - the shared copy, by this module's name
    return demo_engine


def test_every_shape_carries_the_figures_the_sk_table_prints(engine) -> None:  # noqa: ANN001
    data = unit(district_map, engine)
    with session_scope(engine) as s:
        counts = dict(s.execute(sa.select(Shape.kind, sa.func.count()).group_by(Shape.kind)).all())
    assert len(data.layers["rt"].rows) == counts["rt"]
    assert len(data.layers["kelurahan"].rows) == counts["village"]
    assert len(data.layers["kawasan"].rows) == counts["area"]
    sk = {r.code: r for r in unit(rd.sk_table, engine).rows}
    rows = {r["kode_lokasi"]: r for r in data.layers["rt"].rows}
    assert sk and set(sk) <= set(rows)
    for code, r in sk.items():
        got = rows[code]
        assert got["total_skor"] == r.total
        assert got["kode_prioritas"] == r.priority_code
        assert got["kewenangan"] == r.authority
        assert (got["lintang"], got["bujur"]) == (round(r.latitude, 7), round(r.longitude, 7))
    # not slum: a level, no kewenangan
    calm = [r for c, r in rows.items() if c not in sk and r["total_skor"] is not None]
    assert calm and all(r["tingkat"] == "tidak kumuh" and not r["kewenangan"] for r in calm)
    # the projection toward 0 ha: a score and a level for every plan year, never rising
    assert data.plan_years
    first, last = data.plan_years[0], data.plan_years[-1]
    for r in rows.values():
        if r["total_skor"] is not None:
            assert r[f"skor_{last}"] <= r[f"skor_{first}"] <= r["total_skor"]
            assert r[f"tingkat_{last}"]
    assert any(r[f"skor_{last}"] < r["total_skor"] for r in rows.values() if r["total_skor"])
    # the village's slum part is its slum RT units
    village = next(v for v in data.layers["kelurahan"].rows if v["rt_kumuh"])
    mine = [r for r in sk.values() if r.village == village["kelurahan"]]
    assert village["rt_kumuh"] == len(mine)
    assert village["luas_kumuh_ha"] == pytest.approx(sum(r.area_ha for r in mine))


def test_an_earlier_year_is_the_picture_of_that_year(engine) -> None:  # noqa: ANN001
    with session_scope(engine) as s:
        years = sorted(set(s.scalars(sa.select(Assessment.year))))
    assert len(years) >= 2
    then = unit(district_map, engine, years[0])
    assert {r["tahun_penilaian"] for r in then.layers["rt"].rows} <= {years[0], None}
    now = unit(district_map, engine)
    assert max(r["tahun_penilaian"] or 0 for r in now.layers["rt"].rows) == years[-1]


def _areas(session) -> dict[tuple, float]:  # noqa: ANN001
    """Each stored shape's drawn area by its kind and owner."""
    columns = (Shape.kind, Shape.location_id, Shape.village_id, Shape.area_id, Shape.area_ha)
    return {tuple(r[:4]): r[4] for r in session.execute(sa.select(*columns))}


@pytest.mark.parametrize("suffix", [".geojson", ".kml", ".gpkg"])
def test_the_written_map_imports_back_onto_the_same_units(
    engine,  # noqa: ANN001
    workdir: Path,
    suffix: str,
) -> None:
    data = unit(district_map, engine)
    out = write_map(data, workdir / f"peta{suffix}")
    before = unit(_areas, engine)
    with session_scope(engine) as s:
        s.execute(sa.delete(Shape))
    with session_scope(engine) as s:
        result = import_geometry(s, out)
    assert result.unmatched == 0
    assert result.matched == data.features == len(before)
    after = unit(_areas, engine)
    assert after.keys() == before.keys()
    for key, ha in before.items():  # corners to seven decimals of a degree (about 1 cm)
        assert after[key] == pytest.approx(ha, rel=1e-4)


def test_geojson_is_rfc_7946_with_whole_numbers_whole(engine, workdir: Path) -> None:  # noqa: ANN001
    out = write_map(unit(district_map, engine), workdir / "peta.geojson")
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["type"] == "FeatureCollection" and "crs" not in doc  # WGS84 by definition
    rt = [f for f in doc["features"] if f["properties"]["jenis"] == "rt"]
    assert rt and all(
        isinstance(f["properties"]["total_skor"], int)
        for f in rt
        if f["properties"]["total_skor"] is not None
    )
    assert "rt_kumuh" not in rt[0]["properties"]  # a village's field is not on an RT
    poly = next(f for f in rt if f["geometry"]["type"] == "Polygon")
    ring = shapely.LinearRing(poly["geometry"]["coordinates"][0])
    assert ring.is_ccw  # RFC 7946: exterior rings counterclockwise
    lon, lat = poly["geometry"]["coordinates"][0][0]
    assert 95 < lon < 141 and -11 < lat < 6  # Indonesia, longitude first


def test_kml_colours_each_level_and_names_each_rt(engine, workdir: Path) -> None:  # noqa: ANN001
    data = unit(district_map, engine)
    out = write_map(data, workdir / "peta.kml")
    ns = {"k": "http://www.opengis.net/kml/2.2"}
    root = ET.parse(out).getroot()
    styles = {
        st.get("id"): st.find("k:PolyStyle/k:color", ns).text
        for st in root.iterfind(".//k:Style", ns)
        if st.find("k:PolyStyle/k:color", ns) is not None
    }
    red = LEVEL_HEX["HEAVY"]
    assert styles["tingkat-heavy"] == f"b3{red[5:7]}{red[3:5]}{red[1:3]}"  # aabbggrr
    marks = {
        m.find("k:name", ns).text: m.find("k:styleUrl", ns).text
        for m in root.iterfind(".//k:Folder/k:Placemark", ns)
    }
    for row, level in zip(data.layers["rt"].rows, data.layers["rt"].levels, strict=True):
        assert marks[row["kode_lokasi"]] == f"#tingkat-{level.lower() or 'lain'}"


def test_no_map_or_a_wrong_ending_is_refused_and_writes_nothing(engine, workdir: Path) -> None:  # noqa: ANN001
    data = unit(district_map, engine)
    with pytest.raises(UserError) as err:
        write_map(data, workdir / "peta.shp")
    assert err.value.key == "map_suffix" and not list(workdir.glob("peta*"))
    with session_scope(engine) as s:
        s.execute(sa.delete(Shape))
    with pytest.raises(UserError) as err:
        unit(district_map, engine)
    assert err.value.key == "no_map"


def test_cli_export_map(engine, workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: ANN001
    db = str(engine.url.database)
    out = workdir / "peta.gpkg"
    assert main(["export", "map", "--db", db, "--out", str(out)]) == 0
    said = capsys.readouterr().out
    with session_scope(engine) as s:
        n_rt = s.scalar(sa.select(sa.func.count()).select_from(Shape).where(Shape.kind == "rt"))
        n_loc = s.scalar(sa.select(sa.func.count()).select_from(Location))
    assert f"{n_rt} rt" in said and n_rt <= n_loc
    assert [name for name, _kind in pyogrio.list_layers(out)] == ["kelurahan", "kawasan", "rt"]
