"""Validation of baseline tables: every bad-input case names row, column, value, expectation."""

from __future__ import annotations

import pandas as pd
import pytest

from workbench.domain.baseline import expected_columns, parse_numbers, validate_baseline
from workbench.domain.rules import get_ruleset

R = get_ruleset()


def table(n: int = 2, **changes: list[str]) -> pd.DataFrame:
    row = {
        "kode_lokasi": "RT1",
        "nama_lokasi": "RT001-RW001",
        "kawasan": "K",
        "kelurahan": "Kel",
        "kecamatan": "Kec",
        "tahun": "2024",
        "luas_ha": "2,5",
        "jumlah_bangunan": "100",
        "jumlah_penduduk": "400",
        "jumlah_kk": "120",
        "panjang_jalan_ideal_m": "500",
        "panjang_drainase_ideal_m": "800",
        **{f"vol_{c}": "10" for c in R.codes},
        "legal_status_tanah": "ya",
        "legal_tata_ruang": "tidak",
        "strategis": "",
        "sosial_ekonomi": "1",
        "lintang": "-7,05",
        "bujur": "110,4",
    }
    rows = [dict(row, kode_lokasi=f"RT{i + 1}") for i in range(n)]
    frame = pd.DataFrame(rows)
    for col, values in changes.items():
        frame[col] = values
    return frame


def messages(result) -> list[tuple[int | None, str | None, str | None]]:  # noqa: ANN001
    return [(i.row, i.column, i.value) for i in result.errors]


def test_numbers_with_decimal_comma_and_point() -> None:
    values, bad = parse_numbers(pd.Series(["12,5", "1.234,5", "12.5", " 7 ", "", "x1"]), True)
    assert values.tolist()[:4] == [12.5, 1234.5, 12.5, 7.0]
    assert pd.isna(values[4]) and not bad[4]
    assert bad.tolist() == [False, False, False, False, False, True]
    values, bad = parse_numbers(pd.Series(["12,5", "12.5"]), False)
    assert bad.tolist() == [True, False]


def test_a_clean_table_is_typed() -> None:
    res = validate_baseline(table(), R, mode="import", decimal_comma=True)
    assert res.ok, res.issues
    f = res.frame
    assert f.loc[0, "luas_ha"] == 2.5 and f.loc[0, "tahun"] == 2024
    assert f.loc[0, "legal_status_tanah"] is True or bool(f.loc[0, "legal_status_tanah"])
    assert pd.isna(f.loc[0, "strategis"]) and bool(f.loc[0, "sosial_ekonomi"])
    assert f.loc[0, "lintang"] == -7.05


def test_headers_are_case_insensitive_and_extra_columns_noticed() -> None:
    t = table().rename(columns={"kode_lokasi": "KODE_LOKASI", "vol_1a": " Vol_1A "})
    t["keterangan"] = "x"
    res = validate_baseline(t, R, mode="import", decimal_comma=True)
    assert res.ok
    assert any("keterangan" in i.message and i.severity == "notice" for i in res.issues)


def test_missing_volume_column_names_the_rule_set_codes() -> None:
    res = validate_baseline(table().drop(columns=["vol_7b"]), R, mode="score")
    assert messages(res) == [(1, "vol_7b", None)]
    assert "permen-14-2018" in res.errors[0].message


def test_import_refuses_blanks_and_negatives_score_accepts_them() -> None:
    t = table(3, vol_2a=["-4", "10", "10"], vol_3b=["10", "", "10"])
    res = validate_baseline(t, R, mode="import", decimal_comma=True)
    assert messages(res) == [(2, "vol_2a", "-4"), (3, "vol_3b", "")]
    assert "must not be negative" in res.errors[0].message
    assert validate_baseline(t, R, mode="score", decimal_comma=True).ok


def test_bad_values_are_reported_with_row_column_value() -> None:
    t = table(
        4,
        luas_ha=["abc", "1", "1", "1"],
        jumlah_kk=["10", "10,5", "10", "10"],
        tahun=["2024", "2024", "24x", "2024"],
        legal_tata_ruang=["ya", "ya", "ya", "mungkin"],
    )
    res = validate_baseline(t, R, mode="import", decimal_comma=True)
    found = messages(res)
    assert (2, "luas_ha", "abc") in found
    assert (3, "jumlah_kk", "10,5") in found
    assert (4, "tahun", "24x") in found
    assert (5, "legal_tata_ruang", "mungkin") in found


def test_duplicate_location_and_year_names_both_rows() -> None:
    t = table(3)
    t.loc[2, "kode_lokasi"] = "RT1"
    res = validate_baseline(t, R, mode="import", decimal_comma=True)
    assert messages(res) == [(4, "kode_lokasi", "RT1")]
    assert "also row 2" in res.errors[0].message


def test_warnings_for_zero_denominator_and_volume_above_it() -> None:
    t = table(
        2,
        panjang_drainase_ideal_m=["0", "800"],
        vol_4b=["5", "10"],
        vol_4c=["0", "10"],
        vol_3a=["10", "150"],
    )
    res = validate_baseline(t, R, mode="import", decimal_comma=True)
    assert res.ok
    warned = {(i.row, i.column) for i in res.warnings}
    assert (2, "vol_4b") in warned and (3, "vol_3a") in warned


def test_year_falls_back_to_option_then_missing_column_is_fine() -> None:
    res = validate_baseline(
        table().drop(columns=["tahun"]), R, mode="import", decimal_comma=True, default_year=2021
    )
    assert res.ok and set(res.frame["tahun"]) == {2021}


def test_spreadsheet_row_numbers_are_kept() -> None:
    res = validate_baseline(
        table(2, luas_ha=["1", "x"]), R, mode="import", decimal_comma=True, row_numbers=[2, 5]
    )
    assert messages(res) == [(5, "luas_ha", "x")]


@pytest.mark.parametrize("rule_id,count", [("permen-14-2018", 16), ("permen-02-2016", 19)])
def test_template_columns_follow_the_rule_set(rule_id: str, count: int) -> None:
    cols = expected_columns(get_ruleset(rule_id))
    assert sum(c.startswith("vol_") for c in cols) == count
