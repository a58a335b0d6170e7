from __future__ import annotations

from pathlib import Path

import pytest

from workbench.domain.rules import (
    RuleSetError,
    available_rulesets,
    get_ruleset,
    load_ruleset_file,
)


def test_both_shipped_rule_sets_load_and_validate() -> None:
    found = available_rulesets()
    assert {"permen-14-2018", "permen-02-2016"} <= set(found)
    r = found["permen-14-2018"]
    assert r.codes == (
        "1a",
        "1b",
        "1c",
        "2a",
        "2b",
        "3a",
        "3b",
        "4a",
        "4b",
        "4c",
        "5a",
        "5b",
        "6a",
        "6b",
        "7a",
        "7b",
    )
    assert r.criterion("4a").denominator == "luas_ha"
    assert r.criterion("3a").unit == "KK"
    assert r.version


def test_unknown_rule_set_names_the_known_ones() -> None:
    with pytest.raises(RuleSetError, match="permen-14-2018"):
        get_ruleset("permen-99-2099")


def test_a_district_rule_file_with_a_bad_denominator_is_refused(workdir: Path) -> None:
    src = get_ruleset().source
    assert src is not None
    text = src.read_text(encoding="utf-8").replace('id = "permen-14-2018"', 'id = "kota-x"')
    text = text.replace('denominator = "jumlah_kk"', 'denominator = "jumlah_rumah"', 1)
    bad = workdir / "kota-x.toml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(RuleSetError, match="unknown denominator 'jumlah_rumah'"):
        load_ruleset_file(bad)


def test_a_district_may_add_its_own_rule_set(workdir: Path) -> None:
    src = get_ruleset().source
    assert src is not None
    text = src.read_text(encoding="utf-8").replace('id = "permen-14-2018"', 'id = "kota-x"')
    (workdir / "kota-x.toml").write_text(text, encoding="utf-8")
    assert "kota-x" in available_rulesets([workdir])


def test_a_broken_district_file_is_skipped_and_reported(workdir: Path, monkeypatch) -> None:  # noqa: ANN001
    from workbench.domain import rules

    (workdir / "rusak.toml").write_text("id = 'x'\nversion = [", encoding="utf-8")
    monkeypatch.setattr(rules, "_EXTRA_DIRS", [])
    monkeypatch.setattr(rules, "_CACHE", {})
    rules.add_ruleset_dir(workdir)
    assert "permen-14-2018" in rules.available_rulesets()
    problems = rules.ruleset_problems()
    assert len(problems) == 1 and "rusak.toml" in problems[0] and "not valid TOML" in problems[0]


@pytest.mark.parametrize(
    ("area_ha", "who"),
    [
        (0.0, "kabupaten_kota"),
        (9.99, "kabupaten_kota"),
        (10.0, "provinsi"),
        (14.99, "provinsi"),
        (15.0, "pusat"),
        (250.0, "pusat"),
        # the area of a kawasan is a sum of recorded hectares: 3.3 + 3.3 + 3.4 is 10 ha
        (3.3 + 3.3 + 3.4, "provinsi"),
        (4.9 + 5.1 + 4.99 + 0.01, "pusat"),
    ],
)
def test_kewenangan_penanganan_by_area_uu_23_2014(area_ha: float, who: str) -> None:
    """Under 10 ha the kabupaten/kota, 10 to under 15 ha the province, 15 ha and over the
    central government; a bound belongs to the level above it. Both shipped rule sets."""
    for rid in ("permen-14-2018", "permen-02-2016"):
        assert get_ruleset(rid).authority_for_area(area_ha).key == who


def test_a_district_rule_file_sets_its_own_kewenangan_and_bad_ones_are_refused(
    workdir: Path,
) -> None:
    src = get_ruleset().source
    assert src is not None
    base = src.read_text(encoding="utf-8").replace('id = "permen-14-2018"', 'id = "kota-x"')
    head, _sep, _old = base.partition("[[authority]]")
    own = head + (
        '[[authority]]\nkey = "provinsi"\nlabel = "Provinsi Jawa Barat"\nmin_ha = 12\n\n'
        '[[authority]]\nkey = "kabupaten_kota"\nlabel = "Kota X"\nmin_ha = 0\n'
    )
    path = workdir / "kota-x.toml"
    path.write_text(own, encoding="utf-8")
    rules = load_ruleset_file(path)
    assert rules.authority_for_area(11.99).label == "Kota X"
    assert rules.authority_for_area(30).label == "Provinsi Jawa Barat"
    path.write_text(own.replace("min_ha = 0", "min_ha = 1"), encoding="utf-8")
    with pytest.raises(RuleSetError, match="lowest \\[\\[authority\\]\\] must start at min_ha = 0"):
        load_ruleset_file(path)
    path.write_text(own.replace("min_ha = 12", 'min_ha = "dua belas"'), encoding="utf-8")
    with pytest.raises(RuleSetError, match="key, label and a number min_ha"):
        load_ruleset_file(path)
    path.write_text(head, encoding="utf-8")  # none: the law's own levels
    assert load_ruleset_file(path).authority_for_area(10).label == "Pemerintah Provinsi"
