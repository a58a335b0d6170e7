import string

from workbench.domain.baseline import Issue
from workbench.domain.messages import CATALOGUE, render


def _fields(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}


def test_both_languages_use_the_same_placeholders() -> None:
    for key, (en, id_) in CATALOGUE.items():
        assert _fields(en) == _fields(id_), key
        assert en and id_ and en != id_, key


def test_an_issue_speaks_both_languages() -> None:
    issue = Issue.of("error", "negative_volume", 3, "vol_1a", "-5", unit="unit")
    assert issue.message == "must not be negative (volume in unit)"
    assert issue.text("id") == "tidak boleh negatif (volume dalam unit)"
    assert (
        issue.describe("a.csv")
        == "a.csv, row 3, column vol_1a: value '-5': must not be negative (volume in unit)"
    )
    assert render("year_range", "id", low=1990, high=2100) == "tahun harus antara 1990 dan 2100"
