"""Programme projection on hand-worked RT units: volumes → percentages → scores → level per
year; kawasan works shared out; gaps, over-coverage, money sums."""

from __future__ import annotations

import pandas as pd
import pytest

from workbench.domain.programme import (
    gaps,
    money_by,
    over_coverage,
    project,
    slum_exit_year,
    slum_hectares,
)
from workbench.domain.rules import get_ruleset

RULES = get_ruleset("permen-14-2018")
SLUM = [lv.key for lv in RULES.levels if lv.min_total > 0]


def rt(code: str, kawasan: str = "Kawasan A", luas: float = 2.0, **vols: float) -> dict:
    """100 buildings, 100 households, 1,000 m of ideal road and drainage: a volume is then
    a percentage for every criterion except 1b and 4a (per ha)."""
    row = {
        "kode_lokasi": code,
        "kawasan": kawasan,
        "kelurahan": "Uji",
        "kecamatan": "Uji",
        "luas_ha": luas,
        "jumlah_bangunan": 100,
        "jumlah_penduduk": 300,
        "jumlah_kk": 100,
        "panjang_jalan_ideal_m": 1000.0,
        "panjang_drainase_ideal_m": 1000.0,
    }
    for c in RULES.criteria:
        row[f"vol_{c.code}"] = 0.0
    row.update({f"vol_{k}": float(v) for k, v in vols.items()})
    return row


def works(*rows: tuple) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["kode_lokasi", "kawasan", "kriteria", "tahun", "volume"])


def test_hand_worked_rt_leaves_slum_status_in_2027() -> None:
    # baseline: 1a 80 of 100 buildings (80 % → 5), 3a 80 of 100 households (5),
    # 5a 80 % (5), 7a 80 % (5): total 20 → kumuh ringan (16–37).
    base = pd.DataFrame([rt("RT1", **{"1a": 80, "3a": 80, "5a": 80, "7a": 80})])
    plan = works(
        ("RT1", "", "1a", 2026, 30),  # 1a: 50 % → 1 (25–50 %): total 16, ringan
        ("RT1", "", "3a", 2027, 40),  # 3a: 40 % → 1: total 12, not slum
        ("RT1", "", "5a", 2028, 500),
    )  # far more than the problem: 0 %, not < 0
    proj = project(base, plan, [2025, 2026, 2027, 2028], RULES)
    by_year = proj.set_index("tahun")
    assert by_year["total_skor"].to_dict() == {2025: 20, 2026: 16, 2027: 12, 2028: 7}
    assert by_year.loc[2026, "pct_1a"] == 50.0 and by_year.loc[2026, "skor_1a"] == 1
    assert by_year.loc[2028, "vol_5a"] == 0.0 and by_year.loc[2028, "skor_5a"] == 0
    assert list(by_year["tingkat"]) == [
        "kumuh ringan",
        "kumuh ringan",
        "tidak kumuh",
        "tidak kumuh",
    ]
    assert slum_exit_year(proj, SLUM) == {"RT1": 2027}
    assert slum_hectares(proj, SLUM) == {2025: 2.0, 2026: 2.0, 2027: 0.0, 2028: 0.0}
    # the baseline is untouched
    assert base.at[0, "vol_1a"] == 80.0 and base.at[0, "vol_5a"] == 80.0


def test_band_boundaries_in_a_projection() -> None:
    base = pd.DataFrame([rt("RT1", **{"1a": 100})])
    plan = works(
        ("RT1", "", "1a", 2026, 24), ("RT1", "", "1a", 2027, 25), ("RT1", "", "1a", 2028, 26)
    )
    proj = project(base, plan, [2026, 2027, 2028], RULES).set_index("tahun")
    # 76 % → 5 (≥ 76); 51 % → 3 (≥ 51); 25 % → 1 (≥ 25)
    assert proj["pct_1a"].to_dict() == {2026: 76.0, 2027: 51.0, 2028: 25.0}
    assert proj["skor_1a"].to_dict() == {2026: 5, 2027: 3, 2028: 1}


def test_kawasan_works_are_shared_by_problem_volume() -> None:
    base = pd.DataFrame(
        [
            rt("RT1", **{"4c": 300}),
            rt("RT2", **{"4c": 100}),
            rt("RT3", **{"4c": 0}),
            rt("RT4", kawasan="Lain", **{"4c": 500}),
        ]
    )
    plan = works(("", "Kawasan A", "4c", 2026, 200))
    proj = project(base, plan, [2026], RULES).set_index("kode_lokasi")
    # 300 : 100 : 0 → 150, 50, 0; the other kawasan untouched
    assert proj["vol_4c"].to_dict() == {"RT1": 150.0, "RT2": 50.0, "RT3": 0.0, "RT4": 500.0}
    none_left = works(("", "Kawasan A", "2a", 2026, 80))  # no RT of Kawasan A has 2a
    extra = over_coverage(base, none_left)
    assert extra.to_dict("records") == [
        {
            "kode_lokasi": "",
            "kawasan": "Kawasan A",
            "kriteria": "2a",
            "masalah": 0.0,
            "rencana": 80.0,
            "lebih": 80.0,
        }
    ]


def test_over_coverage_and_gaps() -> None:
    base = pd.DataFrame([rt("RT1", **{"1a": 80, "4c": 300, "6a": 30}), rt("RT2", **{"1a": 10})])
    plan = works(
        ("RT1", "", "4c", 2026, 200), ("RT1", "", "4c", 2027, 150), ("RT2", "", "1a", 2026, 5)
    )
    over = over_coverage(base, plan)
    assert over.to_dict("records") == [
        {
            "kode_lokasi": "RT1",
            "kawasan": "",
            "kriteria": "4c",
            "masalah": 300.0,
            "rencana": 350.0,
            "lebih": 50.0,
        }
    ]
    found = gaps(base, plan, ["RT1", "RT2"], RULES)
    # RT1: 1a scores 5 and 6a (30 %) scores 1 with nothing planned; 4c is planned.
    # RT2: 1a at 10 % scores 0: not a gap.
    assert found[["kode_lokasi", "kriteria", "skor"]].to_dict("records") == [
        {"kode_lokasi": "RT1", "kriteria": "1a", "skor": 5},
        {"kode_lokasi": "RT1", "kriteria": "6a", "skor": 1},
    ]
    assert gaps(base, plan, ["RT2"], RULES).empty


def test_money_sums_are_exact_integers() -> None:
    allocs = pd.DataFrame(
        {
            "year": [2026, 2026, 2027, 2026],
            "source": ["DAK", "DAK", "DAK", "CSR"],
            "amount_rp": [20_000_000, 9_007_199_254_740_993, 1, 150_000_000],
        }
    )
    sums = money_by(allocs, ["source", "year"])
    assert sums[("DAK", 2026)] == 9_007_199_274_740_993  # beyond float precision, exact
    assert sums[("CSR", 2026)] == 150_000_000 and sums[("DAK", 2027)] == 1
    assert all(isinstance(v, int) for v in sums.values())


@pytest.mark.parametrize("years", [[], [2030]])
def test_projection_of_no_works_is_the_baseline(years: list[int]) -> None:
    base = pd.DataFrame([rt("RT1", **{"1a": 80, "3a": 80, "5a": 80, "7a": 80})])
    proj = project(base, works(), years, RULES)
    assert len(proj) == len(years)
    if years:
        assert int(proj["total_skor"].iloc[0]) == 20
