"""Baseline files end to end: reading every accepted format, import all-or-nothing, exports."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd
import pytest

from tests.units import unit
from workbench.domain.rules import get_ruleset
from workbench.domain.scoring import score_frame
from workbench.services.baseline import (
    BaselineError,
    export_baseline,
    export_locations,
    export_scores,
    import_baseline,
    score_file,
)
from workbench.services.baseline_io import InputFileError, read_table
from workbench.services.demo import create_demo_database
from workbench.services.workspace import create_empty_database, open_database


def _template(engine, path: Path) -> pd.DataFrame:  # noqa: ANN001
    frame = unit(export_baseline, engine)
    frame.to_csv(path, index=False)
    return frame


def test_round_trip_template_import_export(demo_engine, db_url: str, workdir: Path) -> None:  # noqa: ANN001
    template = workdir / "template baseline.csv"
    original = _template(demo_engine, template)
    target = create_empty_database_url(db_url)
    outcome = unit(import_baseline, target, template)
    assert outcome.rows == len(original) and outcome.new_locations == 72
    assert outcome.years == [2023, 2024, 2025]
    again = unit(export_baseline, target)
    pd.testing.assert_frame_equal(
        original.reset_index(drop=True), again.reset_index(drop=True), check_dtype=False
    )
    a = unit(export_scores, demo_engine)
    b = unit(export_scores, target)
    pd.testing.assert_frame_equal(a, b)
    target.dispose()


def create_empty_database_url(db_url: str):  # noqa: ANN201
    from workbench.db.engine import make_engine, session_scope
    from workbench.db.migrate import upgrade_if_needed
    from workbench.db.models import District

    if db_url.startswith("sqlite"):
        return create_empty_database(db_url.removeprefix("sqlite:///"), "Kota Uji")
    engine = make_engine(db_url)
    upgrade_if_needed(engine)
    with session_scope(engine) as s:
        s.add(District(code="UJI", name="Kota Uji"))
    return engine


def test_semicolon_decimal_comma_bom_and_xlsx_read_the_same(demo_engine, workdir: Path) -> None:  # noqa: ANN001
    frame = unit(export_baseline, demo_engine, year=2025)
    comma = workdir / "a.csv"
    frame.to_csv(comma, index=False)
    semi = workdir / "b.csv"
    frame.to_csv(semi, index=False, sep=";", decimal=",", encoding="utf-8-sig")
    xlsx = workdir / "c.xlsx"
    with pd.ExcelWriter(xlsx) as w:
        pd.DataFrame({"catatan": ["bukan data"]}).to_excel(w, sheet_name="Petunjuk", index=False)
        frame.to_excel(w, sheet_name="Baseline", index=False)
    results = [score_file(p)[0] for p in (comma, semi, xlsx)]
    pd.testing.assert_frame_equal(results[0], results[1])
    pd.testing.assert_frame_equal(results[0], results[2], check_dtype=False)
    assert read_table(semi).decimal_comma and not read_table(comma).decimal_comma
    assert "Baseline" in read_table(xlsx).source


def test_windows_1252_file_is_read_with_a_notice(workdir: Path) -> None:
    path = workdir / "ansi.csv"
    path.write_bytes("kode_lokasi;kelurahan\nRT1;Ci\u00e9ndog\n".encode("cp1252"))
    raw = read_table(path)
    assert raw.frame.loc[0, "kelurahan"] == "Ci\u00e9ndog"
    assert any("Windows-1252" in n.message for n in raw.notices)


@pytest.mark.parametrize(
    "name,content,expected",
    [
        ("kosong.csv", b"", "empty"),
        ("lama.xls", b"xx", "save it as .xlsx"),
        ("rusak.xlsx", b"not a zip", "not a readable Excel"),
    ],
)
def test_unusable_files_are_refused_clearly(
    workdir: Path, name: str, content: bytes, expected: str
) -> None:
    path = workdir / name
    path.write_bytes(content)
    with pytest.raises(InputFileError, match=expected):
        read_table(path)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_failed_import_leaves_the_database_byte_for_byte(workdir: Path) -> None:
    db = workdir / "tetap.sqlite"
    create_demo_database(db).dispose()
    engine = open_database(db, demo_if_new=False).engine
    good = unit(export_baseline, engine, year=2025)
    engine.dispose()
    before = _sha(db)
    bad = good.copy()
    bad["tahun"] = 2026
    bad.loc[40, "vol_5a"] = -3  # one bad row among 72 good ones
    path = workdir / "baseline 2026.csv"
    bad.to_csv(path, index=False)
    engine = open_database(db, demo_if_new=False).engine
    with pytest.raises(BaselineError) as err:
        unit(import_baseline, engine, path)
    assert err.value.lines() == [
        "baseline 2026.csv, row 42, column vol_5a: value '-3': must not be negative (volume in KK)"
    ]
    engine.dispose()
    assert _sha(db) == before


def test_importing_a_year_already_there_is_refused_whole(demo_engine, workdir: Path) -> None:  # noqa: ANN001
    path = workdir / "ulang.csv"
    frame = unit(export_baseline, demo_engine, year=2025)
    frame.loc[0, "tahun"] = 2030  # one new row, the rest already in the database
    frame.to_csv(path, index=False)
    before = len(unit(export_scores, demo_engine))
    with pytest.raises(BaselineError) as err:
        unit(import_baseline, demo_engine, path)
    assert len(err.value.lines()) == 71
    assert "already has an assessment for 2025" in err.value.lines()[0]
    assert len(unit(export_scores, demo_engine)) == before


def test_moving_an_rt_to_another_village_is_refused(demo_engine, workdir: Path) -> None:  # noqa: ANN001
    path = workdir / "pindah.csv"
    frame = unit(export_baseline, demo_engine, year=2025).head(1).copy()
    frame["tahun"] = 2026
    frame["kelurahan"] = "Kelurahan Lain"
    frame.to_csv(path, index=False)
    with pytest.raises(BaselineError, match="1 error"):
        unit(import_baseline, demo_engine, path)


def test_kawasan_scores_are_from_summed_volumes(demo_engine) -> None:  # noqa: ANN001
    rt = unit(export_baseline, demo_engine, year=2025)
    by_area = unit(export_scores, demo_engine, "kawasan", 2025)
    name = by_area.loc[0, "kawasan"]
    part = rt[rt["kawasan"] == name]
    assert by_area.loc[0, "jumlah_rt"] == len(part)
    expected = round(100 * part["vol_4b"].sum() / part["panjang_drainase_ideal_m"].sum(), 2)
    assert by_area.loc[0, "pct_4b"] == pytest.approx(expected)
    manual = score_frame(part.sum(numeric_only=True).to_frame().T, get_ruleset())
    assert by_area.loc[0, "total_skor"] == manual.loc[0, "total_skor"]
    villages = unit(export_scores, demo_engine, "kelurahan", 2025)
    assert villages["jumlah_rt"].sum() == 72 and villages["kelurahan"].nunique() == 15


def test_locations_export(demo_engine) -> None:  # noqa: ANN001
    loc = unit(export_locations, demo_engine)
    assert len(loc) == 72 and loc["kode_lokasi"].is_unique
    assert loc["lintang"].between(-8, -6).all()


def test_semicolon_file_keeps_code_zeros_and_accepts_both_decimal_marks(workdir: Path) -> None:
    from workbench.domain.rules import get_ruleset

    rules = get_ruleset()
    header = [
        "kode_lokasi",
        "kelurahan",
        "kecamatan",
        "tahun",
        "luas_ha",
        "jumlah_bangunan",
        "jumlah_kk",
        "panjang_jalan_ideal_m",
        "panjang_drainase_ideal_m",
        *(f"vol_{c}" for c in rules.codes),
    ]
    rows = [
        ["001", "Kel", "Kec", "2024", "2,5", "100", "120", "500", "800", *(["10"] * 16)],
        ["002", "Kel", "Kec", "2024", "2.5", "100", "120", "1.500,5", "800", *(["10,25"] * 16)],
    ]
    path = workdir / "campur.csv"
    path.write_text("\n".join(";".join(r) for r in [header, *rows]) + "\n", encoding="utf-8")
    table, _w, _s = score_file(path)
    assert table["kode_lokasi"].tolist() == ["001", "002"]
    assert table.loc[0, "pct_1b"] == 400.0  # 10 ha of 2,5 ha, read with decimal comma
    assert table.loc[1, "pct_1b"] == 410.0  # 10,25 of 2.5 (decimal point also accepted)
    assert table.loc[1, "pct_2a"] == round(100 * 10.25 / 1500.5, 2)


def test_import_reports_progress(demo_engine, workdir: Path) -> None:  # noqa: ANN001
    path = workdir / "2026.csv"
    frame = unit(export_baseline, demo_engine, year=2025)
    frame["tahun"] = 2026
    frame.to_csv(path, index=False)
    seen: list[tuple[int, int, str]] = []
    unit(import_baseline, demo_engine, path, progress=lambda d, t, w: seen.append((d, t, w)))
    assert ("assessments", 72, 72) in {(w, d, t) for d, t, w in seen}
    assert seen[-1] == (72 * 16, 72 * 16, "volumes")


def test_update_makes_a_new_revision_and_undo_takes_the_import_back(
    db_url: str,  # noqa: ANN001
    workdir: Path,
) -> None:
    """Issue 14.6: rows already there can be updated (a new revision, the old values kept,
    audited) instead of the whole file being refused; one import is one undoable change."""
    import sqlalchemy as sa

    from workbench.db.engine import session_scope
    from workbench.db.models import Assessment, AssessmentHistory, AuditEntry, Location
    from workbench.services.baseline import check_file, import_checked
    from workbench.services.baseline_import import undo_import

    engine = create_demo_database(db_url)
    try:
        path = workdir / "perbarui.csv"
        frame = unit(export_baseline, engine, year=2025)
        code = frame.loc[4, "kode_lokasi"]
        frame.loc[4, "vol_4c"] = frame.loc[4, "vol_4c"] + 25  # one value changed
        new = frame.loc[[0]].assign(kode_lokasi="DM999-09-009", nama_lokasi="RT009-RW009")
        pd.concat([frame, new]).to_csv(path, index=False)
        before = unit(export_scores, engine)
        checked = check_file(path, mode="import")
        with session_scope(engine) as s:
            change = import_checked(s, checked, update=True, user="test")
        assert (len(change.added), len(change.updated), change.unchanged) == (1, 1, 71)
        assert change.new_locations == 1
        with session_scope(engine) as s:
            a = s.scalar(
                sa.select(Assessment)
                .join(Location)
                .where(Location.code == code, Assessment.year == 2025)
            )
            assert a.revision == 2
            old = s.scalars(sa.select(AssessmentHistory)).one()
            assert old.assessment_id == a.id and old.revision == 1 and old.user == "test"
            assert (
                s.scalar(
                    sa.select(sa.func.count())
                    .select_from(AuditEntry)
                    .where(AuditEntry.entity == "assessment", AuditEntry.field == "revision")
                )
                == 1
            )
        after = unit(export_scores, engine)
        assert len(after) == len(before) + 1
        mine = after[(after["kode_lokasi"] == code) & (after["tahun"] == 2025)]
        was = before[(before["kode_lokasi"] == code) & (before["tahun"] == 2025)]
        assert mine["pct_4c"].iloc[0] > was["pct_4c"].iloc[0]
        with session_scope(engine) as s:
            undo_import(s, change, user="test")
        pd.testing.assert_frame_equal(unit(export_scores, engine), before)
        with session_scope(engine) as s:
            assert s.scalar(sa.select(sa.func.count()).select_from(AssessmentHistory)) == 0
            assert s.scalar(sa.select(Location).where(Location.code == "DM999-09-009")) is None
            assert s.scalar(sa.select(sa.func.max(Assessment.revision))) == 1
    finally:
        engine.dispose()


def test_an_unchanged_file_with_update_changes_nothing(demo_engine, workdir: Path) -> None:  # noqa: ANN001
    path = workdir / "sama.csv"
    unit(export_baseline, demo_engine, year=2024).to_csv(path, index=False)
    outcome = unit(import_baseline, demo_engine, path, update=True)
    assert (len(outcome.added), len(outcome.updated), outcome.unchanged) == (0, 0, 72)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_excel_unicode_text_utf16_is_read(demo_engine, workdir: Path, encoding: str) -> None:  # noqa: ANN001
    """Issue 15 (part): Excel's 'Unicode text' (UTF-16 with BOM, tab separated, decimal
    comma) gave 24 'required column is missing' errors."""
    frame = unit(export_baseline, demo_engine, year=2025)
    text = frame.to_csv(sep="\t", index=False, decimal=",")
    bom = b"\xff\xfe" if encoding.endswith("le") else b"\xfe\xff"
    path = workdir / "unicode.txt"
    path.write_bytes(bom + text.encode(encoding))
    scored, warnings, _source = score_file(path)
    assert len(scored) == 72
    assert any(w.key == "utf16" for w in warnings)
    direct, _w, _s = score_file(_csv(workdir, frame))
    pd.testing.assert_frame_equal(scored, direct)


def _csv(workdir: Path, frame: pd.DataFrame) -> Path:
    path = workdir / "biasa.csv"
    frame.to_csv(path, index=False)
    return path
