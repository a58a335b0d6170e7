"""The RT baseline survey as an XLSForm: valid for pyxform (what KoboToolbox and ODK Central
run on upload), and the submissions exports of a form filled in import as a baseline with no
mapping, giving the scores of the same rows under the contract's headers."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from workbench.cli import main
from workbench.domain.demo import generate_baseline
from workbench.domain.rules import get_ruleset

pyxform = pytest.importorskip("pyxform.xls2xform")


@pytest.fixture(scope="module")
def form(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("form") / "baseline-form.xlsx"
    assert main(["export", "form", "--out", str(path)]) == 0
    return path


def test_the_form_converts_to_an_xform_without_warnings(form: Path, tmp_path: Path) -> None:
    xml = tmp_path / "form.xml"
    warnings = pyxform.xls2xform_convert(xlsform_path=form, xform_path=xml, validate=False)
    assert warnings == []
    text = xml.read_text(encoding="utf-8")
    for code in get_ruleset("permen-14-2018").codes:  # each volume: a number, required, >= 0
        bind = (
            f'/aspek{code[0]}/vol_{code}" type="decimal" required="true()" constraint=". &gt;= 0"'
        )
        assert bind in text
    assert 'type="geopoint"' in text and text.count('type="binary"') == 7  # a photo per aspect
    assert "Ketidakteraturan bangunan (unit)" in text


def _paths(form: Path) -> dict[str, str]:
    """Question name → its group, as the form nests them."""
    survey = pd.read_excel(form, sheet_name="survey", dtype=str).fillna("")
    group, out = "", {}
    for kind, name in zip(survey["type"], survey["name"], strict=True):
        if kind == "begin_group":
            group = name
        elif kind == "end_group":
            group = ""
        elif name:
            out[name] = group
    return out


def _submissions(form: Path, rows: pd.DataFrame, separator: str) -> pd.DataFrame:
    """An export of the form's submissions as the servers write it: group paths in the
    headers, the geopoint's parts, their own metadata columns."""
    groups = _paths(form)
    out = pd.DataFrame(
        {"start": "2026-03-01T08:00:00", "end": "2026-03-01T08:40:00"}, index=rows.index
    )
    for name, group in groups.items():
        header = f"{group}{separator}{name}" if group else name
        if name in rows:
            out[header] = rows[name]
        elif name == "lokasi_gps":
            out[header] = rows["lintang"].astype(str) + " " + rows["bujur"].astype(str) + " 0 5"
        elif name.startswith("foto_"):
            out[header] = "1709280000000.jpg"
    if separator == "/":  # KoboToolbox
        out["_lokasi_gps_latitude"] = rows["lintang"]
        out["_lokasi_gps_longitude"] = rows["bujur"]
        out["_lokasi_gps_altitude"] = 0
        out["_lokasi_gps_precision"] = 5
        out["meta/instanceID"] = [f"uuid:{i}" for i in range(len(rows))]
        out["_id"] = range(100, 100 + len(rows))
        out["_submission_time"] = "2026-03-01T09:00:00"
    else:  # ODK Central
        gps = f"lokasi{separator}lokasi_gps"
        out[f"{gps}{separator}Latitude"] = rows["lintang"]
        out[f"{gps}{separator}Longitude"] = rows["bujur"]
        out[f"{gps}{separator}Altitude"] = 0
        out["KEY"] = [f"uuid:{i}" for i in range(len(rows))]
        out["SubmitterName"] = "tim kelurahan"
    return out


@pytest.mark.parametrize(
    ("server", "separator", "suffix"), [("kobo", "/", ".xlsx"), ("central", "-", ".csv")]
)
def test_submissions_import_with_no_mapping(
    form: Path,
    workdir: Path,
    capsys,
    server: str,
    separator: str,
    suffix: str,  # noqa: ANN001
) -> None:
    rows = generate_baseline(n_locations=12, years=(2026,))
    plain = workdir / "baseline.csv"
    rows.to_csv(plain, index=False)
    export = workdir / f"submissions-{server}{suffix}"
    frame = _submissions(form, rows, separator)
    if suffix == ".xlsx":
        frame.to_excel(export, index=False)
    else:
        frame.to_csv(export, index=False)
    db = workdir / "kota.sqlite"
    assert main(["new", "--db", str(db), "--district", "Kota Survei"]) == 0
    capsys.readouterr()
    assert main(["import", "baseline", str(export), "--db", str(db)]) == 0
    said = capsys.readouterr()
    assert "imported 12 rows" in said.out
    assert "vol_1a" in said.err  # how the headers were read is told
    scored, reference = workdir / "skor.csv", workdir / "rujukan.csv"
    assert main(["export", "scores", "--db", str(db), "--out", str(scored)]) == 0
    assert main(["score", str(plain), "--out", str(reference)]) == 0
    mine, theirs = pd.read_csv(scored), pd.read_csv(reference)
    pd.testing.assert_frame_equal(
        mine[["kode_lokasi", "total_skor", "tingkat"]].sort_values(
            "kode_lokasi", ignore_index=True
        ),
        theirs[["kode_lokasi", "total_skor", "tingkat"]].sort_values(
            "kode_lokasi", ignore_index=True
        ),
    )
    places = workdir / "lokasi.csv"
    assert main(["export", "locations", "--db", str(db), "--out", str(places)]) == 0
    located = pd.read_csv(places).set_index("kode_lokasi")
    assert (
        located.loc[rows["kode_lokasi"], "lintang"].round(6).tolist()
        == rows["lintang"].round(6).tolist()
    )


def test_export_form_needs_an_xlsx_name(workdir: Path, capsys) -> None:  # noqa: ANN001
    assert main(["export", "form", "--out", str(workdir / "form.csv")]) == 1
    assert "an XLSForm is an .xlsx file" in capsys.readouterr().err
    assert main(["export", "scores", "--out", str(workdir / "x.csv")]) == 1
    assert "--db DB is needed" in capsys.readouterr().err
