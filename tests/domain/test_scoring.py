"""Scoring rules against the worked examples of shared/domain/README.md section 3."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from workbench.domain.rules import get_ruleset
from workbench.domain.scoring import aggregate_volumes, round_half_up, score_frame

R14 = get_ruleset("permen-14-2018")
R02 = get_ruleset("permen-02-2016")


def rt(rules=R14, **overrides: float) -> dict:
    """An RT with denominator 100 everywhere and no problems."""
    row = {d: 100.0 for d in rules.denominators}
    row.update({f"vol_{c}": 0.0 for c in rules.codes})
    row["kode_lokasi"] = "RT-X"
    row["tahun"] = 2025
    row.update(overrides)
    return row


@pytest.mark.parametrize(
    ("percent", "score"),
    [
        (75.38, 3),
        (50.91, 1),
        (24.24, 0),
        (25.00, 1),
        (75.81, 3),
        (76.29, 5),
        (76.00, 5),
        (75.99, 3),
        (51.00, 3),
        (50.99, 1),
        (24.99, 0),
        (0.0, 0),
        (100.0, 5),
    ],
)
def test_band_boundaries_and_gap_values(percent: float, score: int) -> None:
    out = score_frame(pd.DataFrame([rt(vol_1a=percent)]), R14)
    assert out.loc[0, "pct_1a"] == pytest.approx(percent)
    assert out.loc[0, "skor_1a"] == score


@pytest.mark.parametrize(
    ("total", "label"),
    [
        (80, "kumuh berat"),
        (60, "kumuh berat"),
        (59, "kumuh sedang"),
        (38, "kumuh sedang"),
        (37, "kumuh ringan"),
        (16, "kumuh ringan"),
        (15, "tidak kumuh"),
        (0, "tidak kumuh"),
    ],
)
def test_level_thresholds(total: int, label: str) -> None:
    # Build the total from 5s, 3s and 1s on distinct criteria.
    row = rt()
    remaining = total
    for code in R14.codes:
        for pct, score in ((80.0, 5), (60.0, 3), (30.0, 1)):
            if remaining >= score and (remaining - score) != 2:  # avoid an unreachable rest
                row[f"vol_{code}"] = pct
                remaining -= score
                break
    assert remaining == 0
    out = score_frame(pd.DataFrame([row]), R14)
    assert out.loc[0, "total_skor"] == total
    assert out.loc[0, "tingkat"] == label


def test_a_full_rt_worked_by_hand() -> None:
    """RT with 200 buildings, 4.5 ha, 250 KK, 1,200 m road and 1,500 m drainage."""
    row = {
        "kode_lokasi": "RT001-RW005",
        "tahun": 2024,
        "luas_ha": 4.5,
        "jumlah_bangunan": 200,
        "jumlah_kk": 250,
        "panjang_jalan_ideal_m": 1200,
        "panjang_drainase_ideal_m": 1500,
        "vol_1a": 160,
        "vol_1b": 1.2,
        "vol_1c": 101,
        "vol_2a": 300,
        "vol_2b": 915,
        "vol_3a": 0,
        "vol_3b": 62,
        "vol_4a": 3.6,
        "vol_4b": 450,
        "vol_4c": 1500,
        "vol_5a": 190,
        "vol_5b": 126,
        "vol_6a": 250,
        "vol_6b": 20,
        "vol_7a": 0,
        "vol_7b": 200,
    }
    out = score_frame(pd.DataFrame([row]), R14).iloc[0]
    # percent = 100 * volume / denominator, 2 decimals
    expected_pct = {
        "1a": 80.0,
        "1b": 26.67,
        "1c": 50.5,
        "2a": 25.0,
        "2b": 76.25,
        "3a": 0.0,
        "3b": 24.8,
        "4a": 80.0,
        "4b": 30.0,
        "4c": 100.0,
        "5a": 76.0,
        "5b": 50.4,
        "6a": 100.0,
        "6b": 8.0,
        "7a": 0.0,
        "7b": 100.0,
    }
    expected_score = {
        "1a": 5,
        "1b": 1,
        "1c": 1,
        "2a": 1,
        "2b": 5,
        "3a": 0,
        "3b": 0,
        "4a": 5,
        "4b": 1,
        "4c": 5,
        "5a": 5,
        "5b": 1,
        "6a": 5,
        "6b": 0,
        "7a": 0,
        "7b": 5,
    }
    for code in R14.codes:
        assert out[f"pct_{code}"] == pytest.approx(expected_pct[code]), code
        assert out[f"skor_{code}"] == expected_score[code], code
    assert out["total_skor"] == 40
    assert out["tingkat"] == "kumuh sedang"
    assert out["rata_1"] == pytest.approx(round((80 + 26.67 + 50.5) / 3, 2))
    assert out["rata_4"] == pytest.approx(round((80 + 30 + 100) / 3, 2))
    assert out["catatan"] == ""


def test_rounding_is_half_up_like_spreadsheets() -> None:
    assert list(round_half_up(np.array([12.345, 12.355, -12.345, 0.125]), 2)) == [
        12.35,
        12.36,
        -12.35,
        0.13,
    ]
    # 1/8 of 100 is exactly 12.5; 29/100 must not print as 28.99
    out = score_frame(pd.DataFrame([rt(vol_1a=12.5, vol_2a=29.0)]), R14)
    assert out.loc[0, "pct_1a"] == 12.5
    assert out.loc[0, "pct_2a"] == 29.0


def test_data_quality_is_flagged_not_fixed() -> None:
    rows = pd.DataFrame(
        [
            rt(panjang_drainase_ideal_m=0, vol_4b=0, vol_4c=0),
            rt(vol_2a=-30),
            rt(vol_3a=150),
            rt(vol_6a=np.nan),
        ]
    )
    out = score_frame(rows, R14)
    assert (
        out.loc[0, "pct_4b"] == 0
        and "panjang_drainase_ideal_m nol/kosong (4b)" in out.loc[0, "catatan"]
    )
    assert out.loc[1, "pct_2a"] == -30 and out.loc[1, "skor_2a"] == 0
    assert "vol_2a negatif" in out.loc[1, "catatan"]
    assert out.loc[2, "pct_3a"] == 150 and out.loc[2, "skor_3a"] == 5
    assert "vol_3a melebihi jumlah_kk" in out.loc[2, "catatan"]
    assert "vol_6a kosong" in out.loc[3, "catatan"]


def test_density_outside_plausible_range_is_flagged() -> None:
    out = score_frame(pd.DataFrame([rt(luas_ha=1.0, jumlah_penduduk=5000)]), R14)
    assert "kepadatan penduduk" in out.loc[0, "catatan"]


def test_kawasan_scores_come_from_summed_volumes_not_averaged_scores() -> None:
    a = rt(kawasan="K1", jumlah_bangunan=100, vol_1a=80)  # 80 % -> 5
    b = rt(kawasan="K1", jumlah_bangunan=300, vol_1a=30)  # 10 % -> 0
    summed = aggregate_volumes(pd.DataFrame([a, b]), ["kawasan"], R14)
    out = score_frame(summed, R14)
    assert summed.loc[0, "jumlah_bangunan"] == 400
    assert out.loc[0, "pct_1a"] == pytest.approx(27.5)  # 110 / 400, not mean(80, 10) = 45
    assert out.loc[0, "skor_1a"] == 1


def test_land_status_handling_pattern_and_priority_code() -> None:
    heavy = {f"vol_{c}": 90.0 for c in R14.codes}
    rows = pd.DataFrame(
        [
            rt(
                **heavy,
                legal_status_tanah="ya",
                legal_tata_ruang="ya",
                strategis="ya",
                sosial_ekonomi="ya",
                jumlah_penduduk=25000,
            ),  # 250 jiwa/ha -> 5; 5+5+5 tinggi
            rt(
                **heavy,
                legal_status_tanah="ya",
                legal_tata_ruang="tidak",
                strategis="tidak",
                sosial_ekonomi="tidak",
                jumlah_penduduk=10000,
            ),  # 1+1+1 rendah
            rt(
                vol_1a=30,
                vol_1c=30,
                vol_2a=30,
                vol_2b=30,
                vol_3a=30,
                vol_3b=30,
                vol_4a=30,
                vol_4b=30,
                vol_4c=30,
                vol_5a=30,
                vol_5b=30,
                vol_6a=30,
                vol_6b=30,
                vol_7a=30,
                vol_7b=30,
                vol_1b=30,
                legal_status_tanah="1",
                legal_tata_ruang="yes",
                strategis="ya",
                sosial_ekonomi="tidak",
                jumlah_penduduk=18000,
            ),  # 5+1+3 sedang
        ]
    )
    out = score_frame(rows, R14)
    assert list(out["status_lahan"]) == ["legal", "ilegal", "legal"]
    assert list(out["pertimbangan_lain"]) == ["tinggi", "rendah", "sedang"]
    assert list(out["tingkat"]) == ["kumuh berat", "kumuh berat", "kumuh ringan"]
    assert list(out["pola_penanganan"]) == ["peremajaan", "pemukiman kembali", "pemugaran"]
    assert list(out["kode_prioritas"]) == ["A1", "C4", "B3"]


def test_older_rule_set_has_19_criteria_and_4d_is_maintenance() -> None:
    assert len(R02.codes) == 19
    assert R02.max_total == 95
    assert "terpelihara" in R02.criterion("4d").name.lower()
    assert not R02.thresholds_confirmed
    row = rt(R02, **{f"vol_{c}": 80.0 for c in R02.codes})
    out = score_frame(pd.DataFrame([row]), R02)
    assert out.loc[0, "total_skor"] == 95
    assert out.loc[0, "tingkat"] == "kumuh berat"
    assert "4d" not in R14.codes
