"""The demo district: deterministic, and as rich as the foundation issue asks."""

from __future__ import annotations

import pandas as pd

from workbench.db.models.stakeholders import STAKEHOLDER_CATEGORIES
from workbench.domain.demo import generate_baseline, generate_demo
from workbench.domain.rules import get_ruleset
from workbench.domain.scoring import score_frame


def test_same_seed_same_district_other_seed_other_district() -> None:
    a, b = generate_demo(seed=7), generate_demo(seed=7)
    pd.testing.assert_frame_equal(a.baseline, b.baseline)
    assert a.stakeholders == b.stakeholders
    assert a.activities == b.activities
    assert a.engagements == b.engagements
    c = generate_demo(seed=8)
    assert not a.baseline.equals(c.baseline)


def test_demo_content_counts() -> None:
    d = generate_demo()
    base = d.baseline
    assert "fiktif" in d.district["name"].lower()
    assert base["kecamatan"].nunique() == 3
    assert base["kelurahan"].nunique() >= 12
    assert base["kode_lokasi"].nunique() >= 60
    assert len({a for a in base["kawasan"] if a}) >= 6
    assert base["tahun"].nunique() == 3
    assert len(d.stakeholders) >= 25
    assert {s["category"] for s in d.stakeholders} == set(STAKEHOLDER_CATEGORIES)
    months = {e["date"].month for e in d.engagements}
    assert len(months) >= 10 and len({e["date"].year for e in d.engagements}) == 1
    assert len({s["kind"] for s in d.proposal_sources}) >= 4
    years = {y for a in d.activities for y, _s, _v in a["allocations"]}
    assert years == set(range(2026, 2031))
    assert len({s for a in d.activities for _y, s, _v in a["allocations"]}) >= 5
    assert any(len(a["allocations"]) > 1 for a in d.activities)  # joint funding
    assert all(isinstance(v, int) for a in d.activities for _y, _s, v in a["allocations"])


def test_every_year_has_every_slum_level() -> None:
    base = generate_demo().baseline
    scored = score_frame(base, get_ruleset())
    for _year, levels in scored.groupby(base["tahun"])["tingkat"]:
        assert set(levels) == {"kumuh berat", "kumuh sedang", "kumuh ringan", "tidak kumuh"}


def test_generator_scales_for_benchmarks() -> None:
    big = generate_baseline(n_locations=5000, years=(2024, 2025))
    assert len(big) == 10_000
    assert big.groupby("tahun")["kode_lokasi"].nunique().tolist() == [5000, 5000]
    assert (big.filter(like="vol_") >= 0).all().all()
