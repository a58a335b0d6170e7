"""Investment records in and out: the documented columns, Indonesian money and decimals,
all-or-nothing errors by row and column, unknown labels, mapping, and a lossless round trip."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import sqlalchemy as sa

from tests.units import unit
from workbench.db.engine import session_scope
from workbench.db.models import Activity, ActivityType, Allocation, FundingSource, Location
from workbench.services.baseline import BaselineError
from workbench.services.demo import create_demo_database
from workbench.services.programme import Filters, programme_view
from workbench.services.programme_io import (
    export_programme,
    import_programme,
    load_mapping,
    unknown_labels,
)


@pytest.fixture
def engine(workdir: Path):  # noqa: ANN201
    engine = create_demo_database(workdir / "demo.sqlite")
    with session_scope(engine) as s:  # start from an empty programme
        s.execute(sa.delete(Allocation))
        s.execute(
            sa.update(sa.table("commitment", sa.column("activity_id"))).values(activity_id=None)
        )
        s.execute(sa.delete(Activity))
    yield engine
    engine.dispose()


def _codes(engine, n: int = 2) -> list[str]:  # noqa: ANN001
    with session_scope(engine) as s:
        return list(s.scalars(sa.select(Location.code).order_by(Location.code)).all()[:n])


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8-sig")
    return path


def test_records_in_the_districts_own_style_sum_exactly_by_year_and_source(
    engine, workdir: Path
) -> None:  # noqa: ANN001
    a, b = _codes(engine)
    f = _write(
        workdir / "investasi.csv",
        "tahun;kode_lokasi;kriteria;volume;kegiatan;sumber_dana;anggaran\n"
        f"2026;{a};4c;30;penutup saluran;Dana Desa / Dana Kelurahan;Rp 20.000.000\n"
        f"2026;{a};2b;120,5;Jalan beton;APBD Kabupaten/Kota;78.325.000\n"
        f"2027;{b};4C;12;Penutup Saluran;apbd_kab;4200000\n"
        f"2027;{b};3b;15;Hidran umum;CSR / swasta;Rp13.500.000,-\n",
    )
    result = unit(import_programme, engine, f)
    assert (result.rows, result.added, result.unchanged) == (4, 4, 0)
    with session_scope(engine) as s:
        view = programme_view(s)
        vols = sorted(s.scalars(sa.select(Activity.volume)).all())
    assert view.by_source == {
        "APBD Kabupaten/Kota": {2026: 78_325_000, 2027: 4_200_000},
        "Dana Desa / Dana Kelurahan": {2026: 20_000_000},
        "CSR / swasta": {2027: 13_500_000},
    }
    assert view.year_totals[2026] == 98_325_000 and view.year_totals[2027] == 17_700_000
    assert vols == [12.0, 15.0, 30.0, 120.5]  # decimal comma in a semicolon file
    again = unit(import_programme, engine, f)  # the same records again: nothing doubled
    assert (again.added, again.unchanged) == (0, 4)


def test_every_bad_row_is_reported_and_nothing_is_imported(engine, workdir: Path) -> None:  # noqa: ANN001
    a, _ = _codes(engine)
    f = _write(
        workdir / "salah.csv",
        "tahun,kode_lokasi,kriteria,volume,kegiatan,sumber_dana,anggaran\n"
        f"2026,{a},4c,30,Penutup saluran,APBD Kabupaten/Kota,20000000\n"
        f"dua ribu,{a},4c,30,Penutup saluran,APBD Kabupaten/Kota,20000000\n"
        "2026,RT999-RW999,4c,30,Penutup saluran,APBD Kabupaten/Kota,20000000\n"
        f"2026,{a},9z,30,Penutup saluran,APBD Kabupaten/Kota,20000000\n"
        f"2026,{a},4c,-3,Penutup saluran,APBD Kabupaten/Kota,20000000\n"
        f"2026,{a},4c,30,Penutup saluran,APBD II (KOTA/KAB),20000000\n"
        f'2026,{a},4c,30,Penutup saluran,APBD Kabupaten/Kota,"20.000,50"\n'
        f"2026,{a},4c,30,Kolam retensi,APBD Kabupaten/Kota,20000000\n",
    )
    with pytest.raises(BaselineError) as err:
        unit(import_programme, engine, f)
    lines = err.value.lines()
    expect = [
        ("row 3", "column tahun", "dua ribu"),
        ("row 4", "column kode_lokasi", "RT999-RW999"),
        ("row 5", "column kriteria", "9z"),
        ("row 6", "column volume", "-3"),
        ("row 7", "column sumber_dana", "APBD II (KOTA/KAB)"),
        ("row 8", "column anggaran", "20.000,50"),
        ("row 9", "column kegiatan", "Kolam retensi"),
    ]
    for where in expect:
        assert any(all(part in line for part in where) for line in lines), (where, lines)
    assert len(lines) == len(expect)
    assert any("known: APBN (Kementerian PUPR); DAK;" in line for line in lines)
    with session_scope(engine) as s:
        assert s.scalar(sa.select(sa.func.count(Activity.id))) == 0  # not even row 2


def test_unknown_labels_are_mapped_and_remembered_or_added_on_request(
    engine, workdir: Path
) -> None:  # noqa: ANN001
    a, _ = _codes(engine)
    f = _write(
        workdir / "kota.csv",
        "tahun,kode_lokasi,kriteria,volume,kegiatan,sumber_dana,anggaran\n"
        f"2026,{a},4c,30,Tutup got,APBD II (KOTA/KAB),20000000\n",
    )
    with session_scope(engine) as s:
        unknown = unknown_labels(s, f)
    assert unknown.sources == ["APBD II (KOTA/KAB)"] and unknown.types == [("Tutup got", "4c")]
    mapping = {
        "sumber_dana": {"APBD II (KOTA/KAB)": "APBD Kabupaten/Kota"},
        "kegiatan": {"Tutup got": "Penutup saluran"},
    }
    assert unit(import_programme, engine, f, mapping=mapping).added == 1
    with session_scope(engine) as s:
        assert load_mapping(s)["sumber_dana"] == {"APBD II (KOTA/KAB)": "APBD Kabupaten/Kota"}
        src = s.scalar(sa.select(FundingSource.name).join(Allocation))
    assert src == "APBD Kabupaten/Kota"
    with session_scope(engine) as s:
        assert unknown_labels(s, f).sources == []  # remembered for the next file
    g = _write(
        workdir / "baru.csv",
        "tahun,kode_lokasi,kriteria,volume,kegiatan,sumber_dana,anggaran\n"
        f"2027,{a},4a,0.5,Kolam retensi,Hibah Provinsi,150000000\n",
    )
    added = unit(import_programme, engine, g, add_new=True)
    assert added.new_sources == ["Hibah Provinsi"] and added.new_types == ["Kolam retensi"]
    with session_scope(engine) as s:
        t = s.scalars(sa.select(ActivityType).where(ActivityType.name == "Kolam retensi")).one()
        assert (t.criterion_code, t.unit) == ("4a", "ha")


def test_export_then_import_gives_back_the_same_programme(workdir: Path) -> None:
    engine = create_demo_database(workdir / "demo.sqlite")
    try:
        before = unit(export_programme, engine)
        out = workdir / "program.xlsx"
        before.to_excel(out, index=False)
        with session_scope(engine) as s:
            view = programme_view(s)
            s.execute(sa.delete(Allocation))
            s.execute(
                sa.update(sa.table("commitment", sa.column("activity_id"))).values(activity_id=None)
            )
            s.execute(sa.delete(Activity))
        result = unit(import_programme, engine, out)
        assert result.added == len(view.rows) and result.rows == len(before)
        with session_scope(engine) as s:
            after = programme_view(s)
        assert after.by_source == view.by_source
        assert after.by_subdistrict == view.by_subdistrict
        again = unit(export_programme, engine).drop(columns="id_kegiatan")
        pd.testing.assert_frame_equal(
            again.sort_values(["kode_lokasi", "kriteria", "tahun", "sumber_dana"]).reset_index(
                drop=True
            ),
            before.drop(columns="id_kegiatan")
            .sort_values(["kode_lokasi", "kriteria", "tahun", "sumber_dana"])
            .reset_index(drop=True),
            check_dtype=False,
        )
        assert unit(import_programme, engine, out).unchanged == len(view.rows)
    finally:
        engine.dispose()


def test_filters_narrow_rows_and_money_to_the_chosen_source(demo_sqlite: Path) -> None:
    from workbench.db.engine import make_engine

    engine = make_engine(f"sqlite:///{demo_sqlite}")
    try:
        with session_scope(engine) as s:
            everything = programme_view(s)
            dd = programme_view(s, Filters(source="Dana Desa / Dana Kelurahan"))
            kec = everything.choices.subdistricts[0]
            one = programme_view(s, Filters(subdistrict=kec, criterion="4c"))
    finally:
        engine.dispose()
    assert set(dd.by_source) == {"Dana Desa / Dana Kelurahan"}
    assert (
        dd.by_source["Dana Desa / Dana Kelurahan"]
        == everything.by_source["Dana Desa / Dana Kelurahan"]
    )
    assert all(
        src == "Dana Desa / Dana Kelurahan" for r in dd.rows for _y, src, _a in r.allocations
    )
    assert one.rows and all(r.subdistrict == kec and r.criterion == "4c" for r in one.rows)
    assert sum(everything.year_totals.values()) == sum(r.total_rp for r in everything.rows)


def test_two_identical_purchases_are_two_activities_and_reimport_adds_none(
    engine, workdir: Path
) -> None:  # noqa: ANN001
    a, _ = _codes(engine)
    row = f"2027,{a},7b,4,APAR,APBD Kabupaten/Kota,600000\n"
    f = _write(
        workdir / "apar.csv",
        "tahun,kode_lokasi,kriteria,volume,kegiatan,sumber_dana,anggaran\n" + row + row,
    )
    assert unit(import_programme, engine, f).added == 2
    again = unit(import_programme, engine, f)
    assert (again.added, again.unchanged) == (0, 2)
    with session_scope(engine) as s:
        assert programme_view(s).by_source == {"APBD Kabupaten/Kota": {2027: 1_200_000}}


def test_a_dry_run_counts_as_the_import_does_and_writes_nothing(engine, workdir: Path) -> None:  # noqa: ANN001
    """The import window's check: every row checked and counted, the activities, labels
    and mapping left unwritten; then the import itself counts the same."""
    from workbench.db.models import AuditEntry

    a, b = _codes(engine)
    f = _write(
        workdir / "investasi.csv",
        "tahun;kode_lokasi;kriteria;volume;kegiatan;sumber_dana;anggaran\n"
        f"2026;{a};4c;30;penutup saluran;Dana Desa / Dana Kelurahan;Rp 20.000.000\n"
        f"2027;{b};3b;15;Hidran umum;Dana Hibah Baru;Rp13.500.000,-\n",
    )

    def counts() -> tuple[int, ...]:
        with session_scope(engine) as s:
            return tuple(
                s.scalar(sa.select(sa.func.count()).select_from(t))
                for t in (Activity, FundingSource, AuditEntry)
            )

    before = counts()
    with pytest.raises(BaselineError):  # an unknown source without add_new
        unit(import_programme, engine, f, dry_run=True)
    dry = unit(import_programme, engine, f, add_new=True, dry_run=True)
    assert (dry.rows, dry.added, dry.unchanged, dry.new_sources) == (2, 2, 0, ["Dana Hibah Baru"])
    assert counts() == before
    done = unit(import_programme, engine, f, add_new=True)
    assert (done.added, done.unchanged) == (dry.added, dry.unchanged)
    again = unit(import_programme, engine, f, dry_run=True)
    assert (again.added, again.unchanged) == (0, 2)  # the same file once more: nothing new
