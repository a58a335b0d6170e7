"""The one validator: each declared type read from text as districts write it, with the
boundaries of its range, and every refusal naming row, column, value and what is expected."""

from __future__ import annotations

from datetime import date

import pandas as pd

from workbench.domain.columns import ENGAGEMENTS, PROGRAMME, STAKEHOLDERS, baseline_spec
from workbench.domain.rules import get_ruleset
from workbench.domain.validate import check_columns, parse_date

BASELINE = baseline_spec(get_ruleset("permen-14-2018"))


def _keys(checked) -> list[tuple[int, str, str, str]]:  # noqa: ANN001
    return [(i.row, i.column, i.value, i.key) for i in checked.issues]


def test_numbers_years_and_whole_numbers_with_their_boundaries() -> None:
    frame = pd.DataFrame(
        {
            "tahun": ["1990", "2100", "1989", "2101", "2024.5"],
            "luas_ha": ["12,5", "1.234,5", "0", "x", ""],
            "jumlah_kk": ["3", "2,5", "", "4", "5"],
            "lintang": ["-90", "90", "-90,5", "", "6,9"],
        }
    )
    checked = check_columns(frame, BASELINE, [5, 6, 7, 8, 9], decimal_comma=True)
    assert checked.frame["tahun"].tolist()[:2] == [1990.0, 2100.0]
    assert checked.frame["luas_ha"].tolist()[:3] == [12.5, 1234.5, 0.0]
    assert _keys(checked) == [
        (7, "tahun", "1989", "year_range"),
        (8, "tahun", "2101", "year_range"),
        (9, "tahun", "2024.5", "bad_year"),
        (8, "luas_ha", "x", "not_number_comma"),
        (9, "luas_ha", "", "blank_denominator"),
        (6, "jumlah_kk", "2,5", "whole_number"),
        (7, "jumlah_kk", "", "blank_denominator"),
        (7, "lintang", "-90,5", "latitude"),
    ]
    year_range = checked.issues[0]
    assert "1990" in year_range.message and "2100" in year_range.message
    assert checked.blank["lintang"].tolist() == [False, False, False, True, False]


def test_a_scale_of_one_to_five_refuses_what_is_not_on_it() -> None:
    frame = pd.DataFrame({"pengaruh": ["1", "5", "0", "6", "tinggi", "2.5", "", "3.0"]})
    checked = check_columns(frame, STAKEHOLDERS)
    assert [(i.row, i.value) for i in checked.issues if i.key == "scale_1_5"] == [
        (4, "0"),
        (5, "6"),
        (6, "tinggi"),
        (7, "2.5"),
    ]
    assert len(checked.issues) == 4  # a blank is allowed: the form's default applies
    assert checked.frame["pengaruh"].iloc[[0, 1, 7]].tolist() == [1.0, 5.0, 3.0]


def test_choices_as_stored_or_as_a_district_writes_them() -> None:
    frame = pd.DataFrame(
        {
            "kategori": ["ngo", "LSM", "Perguruan Tinggi", "private csr", "Dinas", ""],
            "tingkat": ["Kabupaten", "", "NON GOV", "desa", "kota", "pusat"],
        }
    )
    checked = check_columns(frame, STAKEHOLDERS)
    assert checked.frame["kategori"].tolist()[:4] == ["ngo", "ngo", "university", "private_csr"]
    assert checked.frame["tingkat"].tolist() == ["kabupaten", "", "non_gov", "desa", "", "pusat"]
    assert _keys(checked) == [
        (6, "kategori", "Dinas", "not_one_of"),
        (7, "kategori", "", "blank"),
        (6, "tingkat", "kota", "not_one_of"),
    ]
    assert "'Dinas' is not one of: pokja, agency" in checked.issues[0].message


def test_money_dates_yes_no_and_lists() -> None:
    frame = pd.DataFrame(
        {
            "anggaran": ["Rp 20.000.000", "20.000.000,00", "1500000", "-5", "", "1,5 juta"],
            "realisasi_anggaran": ["", "", "", "", "", ""],
        }
    )
    checked = check_columns(frame, PROGRAMME)
    assert checked.frame["anggaran"].tolist()[:3] == [20_000_000, 20_000_000, 1_500_000]
    assert _keys(checked) == [
        (5, "anggaran", "-5", "rupiah"),
        (6, "anggaran", "", "blank"),
        (7, "anggaran", "1,5 juta", "rupiah"),
    ]
    dates = pd.DataFrame(
        {
            "tanggal": [
                "2025-03-01",
                "1/3/2025",
                "01-03-2025",
                "2025-03-01 00:00:00",
                "31/02/2025",
            ],
            "hadir": ["BKM Maju | Dinas PU||", "", " A ", "", ""],
        }
    )
    checked = check_columns(dates, ENGAGEMENTS)
    assert checked.frame["tanggal"].tolist()[:4] == [date(2025, 3, 1)] * 4
    assert checked.frame["tanggal"].iat[4] is None
    assert _keys(checked) == [(6, "tanggal", "31/02/2025", "bad_date")]
    assert checked.frame["hadir"].tolist() == [["BKM Maju", "Dinas PU"], [], ["A"], [], []]
    assert parse_date("01.03.2025") == date(2025, 3, 1) and parse_date("kemarin") is None
    words = pd.DataFrame({"anggota_pokja": ["Ya", "0", "TIDAK", "mungkin", ""]})
    checked = check_columns(words, STAKEHOLDERS)
    assert checked.frame["anggota_pokja"].tolist()[:3] == [True, False, False]
    assert _keys(checked) == [(5, "anggota_pokja", "mungkin", "yes_no")]


def test_only_the_columns_asked_for_and_present_are_checked() -> None:
    frame = pd.DataFrame({"kategori": ["x"], "pengaruh": ["9"], "lain": ["?"]})
    checked = check_columns(frame, STAKEHOLDERS, columns=["pengaruh"])
    assert list(checked.frame.columns) == ["pengaruh"] and _keys(checked) == [
        (2, "pengaruh", "9", "scale_1_5")
    ]
