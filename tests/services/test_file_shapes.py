"""Workbooks as districts keep them: a title above the header, a header of two lines with
merged cells, several years side by side; each reads into the kind's columns, and the
scores are those of the same rows in the contract's layout."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from openpyxl import Workbook

from workbench.cli import main
from workbench.domain.demo import generate_baseline
from workbench.domain.rules import get_ruleset
from workbench.services.baseline import check_file

RULES = get_ruleset("permen-14-2018")
PLACE = ["kode_lokasi", "nama_lokasi", "kelurahan", "kecamatan"]
PLACE_TITLES = ["Kode Lokasi", "RT/RW", "Kelurahan", "Kecamatan"]
DENOMINATORS = ["luas_ha", "jumlah_bangunan", "jumlah_kk", "panjang_jalan_ideal_m",
                "panjang_drainase_ideal_m"]  # fmt: skip
DENOMINATOR_TITLES = ["Luas", "Jumlah Bangunan", "Jumlah KK", "Panjang Jalan Ideal",
                      "Panjang Drainase Ideal"]  # fmt: skip


def _scores(path: Path, workdir: Path) -> pd.DataFrame:
    out = workdir / f"{path.stem}-skor.csv"
    assert main(["score", str(path), "--out", str(out)]) == 0
    return pd.read_csv(out).sort_values(["kode_lokasi", "tahun"], ignore_index=True)


def _merged_workbook(path: Path, rows: pd.DataFrame) -> None:
    """Row 1 a title; rows 2–3 the header: place columns merged over both rows, the
    denominators under "Data Dasar" with their units below, each aspect's name merged over
    its criteria's names."""
    book = Workbook()
    ws = book.active
    ws.title = "Baseline"
    ws.append(["DATA BASELINE PERMUKIMAN KUMUH KOTA UJI TAHUN 2025"])
    top: list[str] = [*PLACE_TITLES, "Tahun", "Data Dasar", "", "", "", ""]
    below: list[str] = ["", "", "", "", "", "(Ha)", "(unit)", "(KK)", "(m)", "(m)"]
    below[5:10] = [f"{t} {u}" for t, u in zip(DENOMINATOR_TITLES, below[5:10], strict=True)]
    for number, aspect in sorted(RULES.aspects.items()):
        crits = [c for c in RULES.criteria if c.aspect == number]
        top += [f"Aspek {number}: {aspect}"] + [""] * (len(crits) - 1)
        below += [f"{c.name} ({c.unit})" for c in crits]
    ws.append(top)
    ws.append(below)
    for col in range(1, 6):  # the place columns span both header rows
        ws.merge_cells(start_row=2, start_column=col, end_row=3, end_column=col)
    ws.merge_cells(start_row=2, start_column=6, end_row=2, end_column=10)
    for r in rows.itertuples(index=False):
        ws.append(
            [
                *(getattr(r, c) for c in PLACE),
                r.tahun,
                *(getattr(r, c) for c in DENOMINATORS),
                *(getattr(r, f"vol_{c}") for c in RULES.codes),
            ]
        )
    book.save(path)


def test_a_title_and_a_two_line_merged_header_are_read_as_one_header(workdir: Path) -> None:
    rows = generate_baseline(n_locations=9, years=(2025,))
    path = workdir / "baseline kota uji.xlsx"
    _merged_workbook(path, rows)
    checked = check_file(path, mode="score")
    said = " ".join(i.message for i in checked.warnings)
    assert "the header read from rows 1–3" in said
    assert checked.raw.row_numbers[0] == 4  # the first RT unit is row 4 of the sheet
    plain = workdir / "baseline.csv"
    measured = [*DENOMINATORS, *(f"vol_{c}" for c in RULES.codes)]
    rows[[*PLACE, "tahun", *measured]].to_csv(plain, index=False)
    pd.testing.assert_frame_equal(_scores(path, workdir), _scores(plain, workdir))


def test_years_side_by_side_become_a_row_per_rt_unit_and_year(workdir: Path) -> None:
    rows = generate_baseline(n_locations=6, years=(2024, 2025))
    wide = rows[rows["tahun"] == 2024][PLACE].reset_index(drop=True)
    measured = [*DENOMINATORS, *(f"vol_{c}" for c in RULES.codes)]
    for year in (2024, 2025):
        part = rows[rows["tahun"] == year].reset_index(drop=True)
        for col in measured:
            wide[f"{col} {year}"] = part[col]
    wide.loc[2, [f"{c} 2025" for c in measured]] = None  # not surveyed again in 2025
    path = workdir / "dua tahun.xlsx"
    wide.to_excel(path, index=False)
    checked = check_file(path, mode="score")
    assert any("years side by side read as rows: 2024, 2025" in i.message for i in checked.warnings)
    assert len(checked.result.frame) == 11  # 6 in 2024, 5 in 2025
    # the RT unit not surveyed in 2025 keeps its spreadsheet row, in 2024 only
    third = rows[rows["tahun"] == 2024].iloc[2]["kode_lokasi"]
    frame = checked.result.frame
    assert sorted(frame.loc[frame["kode_lokasi"] == third, "tahun"].tolist()) == [2024]
    expected = rows.drop(index=rows[(rows["tahun"] == 2025)].index[2])
    plain = workdir / "baseline.csv"
    expected[[*PLACE, "tahun", *measured]].to_csv(plain, index=False)
    pd.testing.assert_frame_equal(_scores(path, workdir), _scores(plain, workdir))


def test_a_file_as_the_contract_has_it_is_read_as_it_is(workdir: Path) -> None:
    rows = generate_baseline(n_locations=3, years=(2025,))
    path = workdir / "biasa.csv"
    rows.to_csv(path, index=False)
    checked = check_file(path, mode="score")
    assert not any(i.key in ("header_rows", "years_side_by_side") for i in checked.warnings)
    assert checked.raw.row_numbers == [2, 3, 4]


def _two_sheets(path: Path, rows: pd.DataFrame, key: str, drop_last: bool = False) -> None:
    base = rows[[*PLACE, "tahun", *DENOMINATORS]].rename(columns={"kode_lokasi": key})
    vols = rows[["kode_lokasi", *(f"vol_{c}" for c in RULES.codes)]].rename(
        columns={"kode_lokasi": key}
    )
    vols = vols.iloc[::-1]  # in another order than the first sheet
    if drop_last:
        base = base.iloc[:-1]
    with pd.ExcelWriter(path) as xl:
        base.to_excel(xl, sheet_name="Data Dasar", index=False)
        vols.to_excel(xl, sheet_name="Volume", index=False)


def test_denominators_and_volumes_on_two_sheets_joined_on_a_key(workdir: Path, capsys) -> None:  # noqa: ANN001
    rows = generate_baseline(n_locations=7, years=(2025,))
    path = workdir / "dua lembar.xlsx"
    _two_sheets(path, rows, "ID RT")
    mapping = workdir / "kota.toml"
    mapping.write_text(
        'sheet = ["Data Dasar", "Volume"]\njoin = "ID RT"\nkode_lokasi = "ID RT"\n',
        encoding="utf-8",
    )
    out = workdir / "skor.csv"
    assert main(["score", str(path), "--map", str(mapping), "--out", str(out)]) == 0
    assert "sheets 'Data Dasar' + 'Volume' read as one table, joined on ID RT" in (
        capsys.readouterr().err
    )
    plain = workdir / "baseline.csv"
    measured = [*DENOMINATORS, *(f"vol_{c}" for c in RULES.codes)]
    rows[[*PLACE, "tahun", *measured]].to_csv(plain, index=False)
    mine = pd.read_csv(out).sort_values("kode_lokasi", ignore_index=True)
    pd.testing.assert_frame_equal(mine, _scores(plain, workdir))
    # without `join`: the kind's own key column, found in both sheets by its name
    auto = workdir / "otomatis.xlsx"
    _two_sheets(auto, rows, "Kode Lokasi")
    mapping.write_text('sheet = ["Data Dasar", "Volume"]\n', encoding="utf-8")
    assert main(["score", str(auto), "--map", str(mapping), "--out", str(out)]) == 0
    assert pd.read_csv(out)["total_skor"].sum() == mine["total_skor"].sum()


def test_a_key_of_the_second_sheet_missing_from_the_first_is_named(workdir: Path, capsys) -> None:  # noqa: ANN001
    rows = generate_baseline(n_locations=4, years=(2025,))
    path = workdir / "kurang.xlsx"
    _two_sheets(path, rows, "Kode Lokasi", drop_last=True)
    mapping = workdir / "kota.toml"
    mapping.write_text('sheet = ["Data Dasar", "Volume"]\n', encoding="utf-8")
    assert main(["score", str(path), "--map", str(mapping)]) == 1
    err = capsys.readouterr().err
    missing = rows.iloc[-1]["kode_lokasi"]
    # the last RT unit is the first volume row (reversed): row 2 of sheet Volume
    assert f"row 2, column Kode Lokasi: value '{missing}'" in err
    assert "no row with the same key in sheet 'Data Dasar'" in err
    mapping.write_text('sheet = ["Data Dasar", "Volume"]\njoin = "Nomor"\n', encoding="utf-8")
    assert main(["score", str(path), "--map", str(mapping)]) == 1
    assert "the sheet 'Data Dasar' has no column 'Nomor'" in capsys.readouterr().err


def test_the_sheet_holding_the_data_is_read_not_the_instructions_before_it(workdir: Path) -> None:
    rows = generate_baseline(n_locations=3, years=(2025,))
    path = workdir / "buku kerja.xlsx"
    with pd.ExcelWriter(path) as xl:
        pd.DataFrame({"Petunjuk pengisian": ["isi lembar Data"]}).to_excel(
            xl, sheet_name="Petunjuk", index=False
        )
        pd.DataFrame({"Kode Lokasi": ["x"], "Catatan": ["y"]}).to_excel(
            xl, sheet_name="Rekap", index=False
        )
        rows.to_excel(xl, sheet_name="Data 2025", index=False)
    checked = check_file(path, mode="score")
    assert checked.raw.sheet == "Data 2025" and len(checked.result.frame) == 3


def test_a_programme_matrix_with_money_in_year_columns(demo_sqlite: Path, workdir: Path) -> None:
    """A district's programme matrix: one row per activity, the money of each year in a
    column of its own ('2026', '2027'). Each row becomes one activity with an allocation
    per year that has money."""
    import shutil

    from tests.units import unit
    from workbench.services.programme_io import import_programme
    from workbench.services.workspace import open_database

    copy = workdir / "kota.sqlite"
    shutil.copy(demo_sqlite, copy)
    engine = open_database(copy, demo_if_new=False).engine
    from workbench.services.programme import programme_view

    code = unit(programme_view, engine).rows[0].code
    path = workdir / "matriks.csv"
    path.write_text(
        "Kode RT;Indikator;Vol;Jenis Kegiatan;Sumber Dana;2026;2027;2028\n"
        f"{code};4c;30,5;Penutup saluran;APBD Kabupaten/Kota;Rp 20.000.000;15.000.000;\n"
        f"{code};2b;120;Jalan beton;APBD Kabupaten/Kota;;;50.000.000\n",
        encoding="utf-8",
    )
    result = unit(import_programme, engine, path)
    assert result.added == 2 and result.rows == 3  # 2 activities, 3 year rows
    assert any(n.key == "years_side_by_side" for n in result.notices)
    mine = [r for r in unit(programme_view, engine).rows if (r.code, r.volume) in
            ((code, 30.5), (code, 120.0))]  # fmt: skip
    assert sorted((r.criterion, r.by_year) for r in mine) == [
        ("2b", {2028: 50_000_000}),
        ("4c", {2026: 20_000_000, 2027: 15_000_000}),
    ]
    engine.dispose()
