"""Every kind of file through the one column reading: a district's own headers (synonyms),
a saved mapping reused by name, a sheet chosen by the mapping; `--map` on the command line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from tests.services.test_registry_io import _empty_district_with_villages
from tests.units import unit
from workbench.cli import main
from workbench.domain.columns import ColumnMap
from workbench.domain.demo import generate_baseline
from workbench.services.baseline_io import InputFileError
from workbench.services.column_maps import load_column_map, save_column_map, saved_maps
from workbench.services.programme_io import export_programme, import_programme
from workbench.services.registry_io import (
    export_engagements,
    export_stakeholders,
    import_engagements,
    import_stakeholders,
)
from workbench.services.workspace import open_database

PEOPLE_HEADERS = {
    "nama": "Nama Lembaga",
    "singkatan": "Akronim",
    "kategori": "Kategori",
    "telepon": "No. HP",
    "email": "E-mail",
    "alamat": "Alamat Kantor",
    "kelurahan": "Kel/Desa",
    "catatan": "Keterangan",
}
EVENT_HEADERS = {
    "tanggal": "Tgl",
    "judul": "Nama Kegiatan",
    "jenis": "Jenis Kegiatan",
    "tahap": "Tahapan",
    "hadir": "Peserta",
    "berita_acara": "Nomor Berita Acara",
}
BASELINE_HEADERS = {
    "kode_lokasi": "Kode Lokasi",
    "nama_lokasi": "RT/RW",
    "kelurahan": "Kel/Desa",
    "kecamatan": "Kec.",
    "luas_ha": "Luas Verifikasi (Ha)",
    "jumlah_bangunan": "Jumlah Bangunan (unit)",
    "jumlah_kk": "Jml KK",
    "panjang_jalan_ideal_m": "Panjang Jalan Ideal (m)",
    "vol_1a": "Ketidakteraturan Bangunan",
    "vol_4a": "4a",
}


def test_registry_files_with_the_district_s_own_headers_round_trip(
    demo_sqlite: Path, workdir: Path
) -> None:
    demo = open_database(demo_sqlite, demo_if_new=False).engine
    people, events = unit(export_stakeholders, demo), unit(export_engagements, demo)
    demo.dispose()
    people.rename(columns=PEOPLE_HEADERS).to_excel(workdir / "Daftar Lembaga.xlsx", index=False)
    events.rename(columns=EVENT_HEADERS).to_csv(
        workdir / "kegiatan.csv", index=False, sep=";", encoding="utf-8-sig"
    )
    target = _empty_district_with_villages(demo_sqlite, workdir)
    count = unit(import_stakeholders, target, workdir / "Daftar Lembaga.xlsx")
    assert count.added == len(people)
    said = " ".join(n.message for n in count.notices)
    assert "'No. HP' → telepon" in said and "'Nama Lembaga' → nama" in said
    assert unit(import_engagements, target, workdir / "kegiatan.csv").added == len(events)
    pd.testing.assert_frame_equal(unit(export_stakeholders, target), people, check_dtype=False)
    pd.testing.assert_frame_equal(unit(export_engagements, target), events, check_dtype=False)
    target.dispose()


def test_a_programme_with_its_own_headers_imports_as_the_same_activities(
    demo_sqlite: Path, workdir: Path
) -> None:
    copy = workdir / "kota.sqlite"
    shutil.copy(demo_sqlite, copy)
    engine = open_database(copy, demo_if_new=False).engine
    frame = unit(export_programme, engine)
    own = {
        "tahun": "Tahun Anggaran",
        "kode_lokasi": "Kode RT",
        "kriteria": "Indikator",
        "volume": "Vol",
        "kegiatan": "Jenis Kegiatan",
        "sumber_dana": "Sumber Pendanaan",
        "anggaran": "Pagu (Rp)",
        "pelaksana": "OPD Pelaksana",
    }
    frame.rename(columns=own).to_excel(workdir / "program.xlsx", index=False)
    result = unit(import_programme, engine, workdir / "program.xlsx")
    assert result.added == 0 and result.unchanged > 0  # every activity recognised as there
    assert any("'Pagu (Rp)' → anggaran" in n.message for n in result.notices)
    engine.dispose()


def test_a_saved_mapping_is_found_by_name_and_written_whole(workdir: Path) -> None:
    before = set(saved_maps())
    cmap = ColumnMap(
        {"kode_lokasi": 'ID "RT"', "kelurahan": "Désa/Kel."}, sheet="Data RT", name="x"
    )
    path = save_column_map("Kota Uji (2024)", cmap)
    assert path.name == "Kota Uji (2024).toml" and set(saved_maps()) == before | {"Kota Uji (2024)"}
    again = load_column_map("Kota Uji (2024)")
    assert (again.columns, again.sheet, again.name) == (cmap.columns, "Data RT", "Kota Uji (2024)")
    assert load_column_map(path).columns == cmap.columns  # by its file too
    with pytest.raises(InputFileError, match="no mapping named 'Kota Lain'.*Kota Uji"):
        load_column_map("Kota Lain")
    with pytest.raises(InputFileError, match="may have letters"):
        save_column_map("../keluar", cmap)
    bad = workdir / "rusak.toml"
    bad.write_text('kode_lokasi = "ID RT\nkelurahan = 3\n', encoding="utf-8")
    with pytest.raises(InputFileError, match="not a valid mapping"):
        load_column_map(bad)
    bad.write_text("kelurahan = 3\n", encoding="utf-8")
    with pytest.raises(InputFileError, match="kelurahan: expected a header in quotes"):
        load_column_map(bad)


def _district_workbook(path: Path) -> pd.DataFrame:
    """A baseline as a district keeps it: an instructions sheet first, the data on a sheet
    of its own with the district's headers and an RT id column of its own name."""
    frame = generate_baseline(n_locations=8, years=(2025,))
    own = frame.rename(columns={**BASELINE_HEADERS, "kode_lokasi": "ID RT"})
    with pd.ExcelWriter(path) as xl:
        pd.DataFrame({"Petunjuk": ["Isi lembar Data RT"]}).to_excel(
            xl, sheet_name="Petunjuk", index=False
        )
        own.to_excel(xl, sheet_name="Data RT", index=False)
    return frame


def test_import_with_a_saved_mapping_on_the_command_line(workdir: Path, capsys) -> None:  # noqa: ANN001
    frame = _district_workbook(workdir / "baseline kota.xlsx")
    plain = workdir / "baseline.csv"
    frame.to_csv(plain, index=False)
    db = workdir / "kota.sqlite"
    assert main(["new", "--db", str(db), "--district", "Kota Uji"]) == 0
    capsys.readouterr()
    # without the mapping: the first sheet is read, and it is not a baseline
    assert main(["import", "baseline", str(workdir / "baseline kota.xlsx"), "--db", str(db)]) == 1
    assert "kode_lokasi" in capsys.readouterr().err
    save_column_map("Kota Uji", ColumnMap({"kode_lokasi": "ID RT"}, sheet="data rt"))
    args = ["import", "baseline", str(workdir / "baseline kota.xlsx"), "--db", str(db)]
    assert main([*args, "--map", "Kota Uji"]) == 0
    out = capsys.readouterr()
    assert "imported 8 rows" in out.out and "'Jml KK' → jumlah_kk" in out.err
    assert main(["import", "baseline", str(plain), "--db", str(db), "--map", "Tidak Ada"]) == 1
    assert "no mapping named 'Tidak Ada'" in capsys.readouterr().err
    # the scores are the scores of the same rows under the contract's headers
    scored = workdir / "skor.csv"
    assert main(["export", "scores", "--db", str(db), "--out", str(scored)]) == 0
    reference = workdir / "rujukan.csv"
    assert main(["score", str(plain), "--out", str(reference)]) == 0
    mine, theirs = pd.read_csv(scored), pd.read_csv(reference)
    assert mine["total_skor"].tolist() == theirs["total_skor"].tolist()
    assert mine["tingkat"].tolist() == theirs["tingkat"].tolist()
    # the same through a mapping file, and `score` takes it too
    toml = workdir / "peta kolom.toml"
    toml.write_text('sheet = "Data RT"\nkode_lokasi = "ID RT"\n', encoding="utf-8")
    again = workdir / "skor2.csv"
    xlsx = str(workdir / "baseline kota.xlsx")
    assert main(["score", xlsx, "--map", str(toml), "--out", str(again)]) == 0
    assert pd.read_csv(again)["total_skor"].tolist() == theirs["total_skor"].tolist()
    bad = workdir / "salah.toml"
    bad.write_text('kode_rt = "ID RT"\n', encoding="utf-8")
    assert main(["score", xlsx, "--map", str(bad)]) == 1
    assert "'kode_rt', which is not a column of a baseline file" in capsys.readouterr().err


def test_two_headers_for_one_column_refuse_the_file(workdir: Path, capsys) -> None:  # noqa: ANN001
    frame = generate_baseline(n_locations=3, years=(2025,))
    frame.insert(1, "Kode Lokasi", frame["kode_lokasi"])
    path = workdir / "dua.csv"
    frame.to_csv(path, index=False)
    assert main(["score", str(path)]) == 1
    err = capsys.readouterr().err
    assert "column kode_lokasi" in err and "kode_lokasi, Kode Lokasi" in err


def test_a_mapping_of_two_sheets_is_saved_and_read_back() -> None:
    cmap = ColumnMap(
        {"kode_lokasi": "ID RT"}, sheet="Data Dasar", join="ID RT", more_sheets=("Volume",)
    )
    save_column_map("Dua Lembar", cmap)
    again = load_column_map("Dua Lembar")
    assert (again.sheet, again.more_sheets, again.join) == ("Data Dasar", ("Volume",), "ID RT")
    assert again.columns == {"kode_lokasi": "ID RT"}


@pytest.mark.parametrize(
    ("kind", "export", "own"),
    [
        ("stakeholders", export_stakeholders, {"nama": "Lembaga", "kategori": "Golongan"}),
        ("engagements", export_engagements, {"judul": "Acara", "tahap": "Fase"}),
        ("programme", export_programme, {"kegiatan": "Pekerjaan", "anggaran": "Dana Rp"}),
    ],
)
def test_each_kind_on_two_sheets_with_a_saved_mapping_imports_back_unchanged(
    demo_sqlite: Path,
    workdir: Path,
    capsys,
    kind: str,
    export,
    own: dict[str, str],  # noqa: ANN001
) -> None:
    """An export split over two sheets joined on a row number, under headers of the
    district's own that only the saved mapping names: it imports into the same district as
    nothing new (every row recognised as there)."""
    copy = workdir / "kota.sqlite"
    shutil.copy(demo_sqlite, copy)
    engine = open_database(copy, demo_if_new=False).engine
    frame = unit(export, engine).rename(columns=own)
    engine.dispose()
    frame.insert(0, "No", range(1, len(frame) + 1))
    half = len(frame.columns) // 2
    first, second = frame.iloc[:, :half], frame[["No", *frame.columns[half:]]].iloc[::-1]
    path = workdir / f"{kind}.xlsx"
    with pd.ExcelWriter(path) as xl:
        first.to_excel(xl, sheet_name="Bagian 1", index=False)
        second.to_excel(xl, sheet_name="Bagian 2", index=False)
    save_column_map(
        f"Kota {kind}",
        ColumnMap({c: h for c, h in own.items()}, "Bagian 1", "No", more_sheets=("Bagian 2",)),
    )
    capsys.readouterr()
    assert main(["import", kind, str(path), "--db", str(copy), "--map", f"Kota {kind}"]) == 0
    said = capsys.readouterr()
    assert "0 added" in said.out or "0 activities added" in said.out, said.out
    assert "read as one table, joined on No" in said.err
