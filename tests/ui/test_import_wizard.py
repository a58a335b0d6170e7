"""The import wizard: check shows preview and row-level problems; import is all or nothing."""

from __future__ import annotations

from pathlib import Path

from tests.units import unit
from workbench.services.baseline import export_baseline
from workbench.ui import dialogs
from workbench.ui.main_window import MainWindow


def _new_year_file(window: MainWindow, workdir: Path, bad_row: bool) -> Path:
    frame = unit(export_baseline, window.result.engine, year=2025)
    frame["tahun"] = 2026
    if bad_row:
        frame["vol_4a"] = frame["vol_4a"].astype(object)
        frame.loc[9, "vol_4a"] = "banyak"
    path = workdir / "baseline 2026.csv"
    frame.to_csv(path, index=False, sep=";", decimal=",", encoding="utf-8-sig")
    return path


def test_bad_file_lists_problems_and_cannot_be_imported(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    workdir: Path,
) -> None:
    dialog = window.make_import_dialog()
    qtbot.addWidget(dialog)
    path = _new_year_file(window, workdir, bad_row=True)
    dialog.set_file(str(path))
    qtbot.waitUntil(lambda: dialog.inspection is not None, timeout=10_000)
    assert not dialog.import_button.isEnabled()
    rows = [
        [dialog.issues.item(r, c).text() for c in range(5)] for r in range(dialog.issues.rowCount())
    ]
    assert ["galat", "11", "vol_4a", "banyak"] == rows[0][:4]
    assert rows[0][4] == "harus berupa angka (desimal dengan koma atau titik)"
    assert dialog.preview.rowCount() == 50 and dialog.preview.columnCount() > 30
    assert "1 galat" in dialog.status.text()


def test_good_file_imports_in_the_background_and_tabs_reload(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    workdir: Path,
) -> None:
    dialog = window.make_import_dialog()
    qtbot.addWidget(dialog)
    dialog.set_file(str(_new_year_file(window, workdir, bad_row=False)))
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    with qtbot.waitSignal(window.all_loaded, timeout=30_000):
        dialog.import_button.click()
    assert dialog.outcome is not None and dialog.outcome.rows == 72
    assert window.scores_tab.year_box.currentData() == 2026
    assert window.scores_tab.proxy.rowCount() == 72


def test_empty_template_filled_with_three_rows_imports_them(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    monkeypatch,
    workdir: Path,
) -> None:
    """Issue 14.6: the template held every stored row, so three added rows passed the check
    and then failed with 216 'already has an assessment' errors."""
    from openpyxl import load_workbook

    target = workdir / "templat kosong.xlsx"
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *a, **k: str(target))
    dialog = window.make_import_dialog()
    qtbot.addWidget(dialog)
    dialog.save_template()
    qtbot.waitUntil(target.exists, timeout=10_000)
    book = load_workbook(target)
    ws = book["baseline"]
    assert [c.value for c in ws[2]][:7] == [
        "[teks]",
        "[teks]",
        "[teks]",
        "[teks]",
        "[teks]",
        "[tahun]",
        "[ha]",
    ]
    assert ws["A3"].value == "CONTOH-001" and ws.max_row == 3  # units, one example, no data
    guide = {r[0]: r for r in book["Petunjuk"].iter_rows(values_only=True)}
    assert guide["vol_4c"][1] == "wajib" and guide["vol_4c"][3] == "m"
    assert "drainase" in guide["vol_4c"][2].lower()
    assert guide["luas_ha"][3] == "ha" and guide["jumlah_penduduk"][1] == "boleh kosong"
    example = [c.value for c in ws[3]]
    for i, code in enumerate(("BARU-001", "BARU-002", "BARU-003")):  # three RT units
        ws.append(
            [code, f"RT00{i + 1}-RW009", "", "Sukamaju", "Kecamatan Sukamaju", 2026, *example[6:]]
        )
    book.save(target)
    dialog.set_file(str(target))
    qtbot.waitUntil(lambda: dialog.inspection is not None, timeout=10_000)
    assert dialog.inspection.rows == 3 and dialog.import_button.isEnabled()
    assert "3 baris siap" in dialog.status.text()
    with qtbot.waitSignal(window.all_loaded, timeout=30_000):
        dialog.import_button.click()
    assert len(dialog.outcome.added) == 3 and not dialog.outcome.updated
    codes = {r.code for r in window.scores_tab.model.rows}
    assert {"BARU-001", "BARU-002", "BARU-003"} <= codes and "CONTOH-001" not in codes


def test_exported_year_edited_imports_as_an_undoable_update(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    monkeypatch,
    workdir: Path,
) -> None:
    from openpyxl import load_workbook

    from workbench.db.models import AssessmentHistory
    from workbench.services.workspace import session_scope

    target = workdir / "baseline 2025.xlsx"
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *a, **k: str(target))
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda _p, _t, q: asked.append(q) or True)
    dialog = window.make_import_dialog()
    qtbot.addWidget(dialog)
    dialog.year.setValue(2025)
    dialog.export_for_editing()
    qtbot.waitUntil(target.exists, timeout=10_000)
    book = load_workbook(target)
    ws = book["baseline"]
    header = [c.value for c in ws[1]]
    code = ws.cell(3, 1).value
    col = header.index("vol_1a") + 1
    before = ws.cell(3, col).value
    ws.cell(3, col).value = before + 7
    book.save(target)
    dialog.set_file(str(target))
    qtbot.waitUntil(lambda: dialog.inspection is not None, timeout=10_000)
    assert "0 baru, 1 sudah ada" in dialog.status.text()  # the same verdict the import gives
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(window.all_loaded, timeout=30_000):
        dialog.import_button.click()
    assert len(asked) == 1 and "1 baris" in asked[0]
    assert [len(dialog.outcome.added), len(dialog.outcome.updated), dialog.outcome.unchanged] == [
        0,
        1,
        71,
    ]

    def volume() -> float:
        with session_scope(window.result.engine) as s:
            from workbench.services.assessments import load_assessment_frame

            f = load_assessment_frame(s, year=2025)
            return float(f.loc[f["kode_lokasi"] == code, "vol_1a"].iloc[0])

    assert volume() == before + 7
    with session_scope(window.result.engine) as s:
        assert s.query(AssessmentHistory).count() == 1
    assert "Impor" in window.undo_action.text()
    with qtbot.waitSignal(window.all_loaded, timeout=30_000):
        window.undo_action.trigger()
    assert volume() == before
    with session_scope(window.result.engine) as s:
        assert s.query(AssessmentHistory).count() == 0
    with qtbot.waitSignal(window.all_loaded, timeout=30_000):
        window.redo_action.trigger()
    assert volume() == before + 7


def test_a_district_workbook_is_mapped_once_saved_and_offered_next_time(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    workdir: Path,
    monkeypatch,  # noqa: ANN001
) -> None:
    """The data on a second sheet under the district's own headers, one of them unknown:
    the sheet is chosen, the unknown header mapped in the columns dialog and the mapping
    saved by name; the rows then import, and the next import offers the same mapping."""
    import pandas as pd

    from workbench.services.column_maps import load_column_map, saved_maps
    from workbench.ui.column_mapping import ColumnMappingDialog

    frame = unit(export_baseline, window.result.engine, year=2025)
    frame["tahun"] = 2026
    own = frame.rename(
        columns={"kode_lokasi": "ID RT", "jumlah_kk": "Jml KK", "luas_ha": "Luas (Ha)"}
    )
    path = workdir / "baseline kota.xlsx"
    with pd.ExcelWriter(path) as xl:
        pd.DataFrame({"Petunjuk": ["lihat lembar Data RT"]}).to_excel(
            xl, sheet_name="Petunjuk", index=False
        )
        own.to_excel(xl, sheet_name="Data RT", index=False)
    dialog = window.make_import_dialog()
    qtbot.addWidget(dialog)
    dialog.set_file(str(path))
    qtbot.waitUntil(lambda: dialog.inspection is not None, timeout=10_000)
    # the sheet whose headers name the columns is read, not the instructions before it
    assert dialog.inspection.sheet == "Data RT"  # type: ignore[union-attr]
    assert dialog.columns.sheet_box.isVisibleTo(dialog) and dialog.columns.sheet_box.count() == 2
    assert not dialog.import_button.isEnabled()  # kode_lokasi: no header known for it
    assert "Map columns" in dialog.status.text() or "Petakan" in dialog.status.text()
    seen: dict[str, str] = {}

    def map_it(d: ColumnMappingDialog) -> bool:
        seen["luas_ha"] = d.boxes["luas_ha"].currentData()  # recognised: chosen already
        box = d.boxes["kode_lokasi"]
        box.setCurrentIndex(box.findData("ID RT"))
        d.save.setChecked(True)
        d.name.setText("Kota Uji Wizard")
        return True

    monkeypatch.setattr(dialogs, "run_dialog", map_it)
    dialog.columns.map_button.click()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    assert seen["luas_ha"] == "Luas (Ha)"
    assert "Kota Uji Wizard" in saved_maps()
    saved = load_column_map("Kota Uji Wizard")
    assert saved.sheet == "Data RT" and saved.columns["kode_lokasi"] == "ID RT"
    with qtbot.waitSignal(window.all_loaded, timeout=30_000):
        dialog.import_button.click()
    assert dialog.outcome is not None and dialog.outcome.rows == 72
    again = window.make_import_dialog()
    qtbot.addWidget(again)
    assert again.columns.mapping_box.currentData() == "Kota Uji Wizard"


def test_two_sheets_are_joined_from_the_columns_dialog(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    workdir: Path,
    monkeypatch,  # noqa: ANN001
) -> None:
    import pandas as pd

    from workbench.ui.column_mapping import ColumnMappingDialog

    frame = unit(export_baseline, window.result.engine, year=2025)
    frame["tahun"] = 2026
    vols = [c for c in frame.columns if c.startswith("vol_")]
    path = workdir / "dua lembar.xlsx"
    with pd.ExcelWriter(path) as xl:
        frame.drop(columns=vols).to_excel(xl, sheet_name="Data Dasar", index=False)
        frame[["kode_lokasi", *vols]].to_excel(xl, sheet_name="Volume", index=False)
    dialog = window.make_import_dialog()
    qtbot.addWidget(dialog)
    dialog.set_file(str(path))
    qtbot.waitUntil(lambda: dialog.inspection is not None, timeout=10_000)
    assert not dialog.import_button.isEnabled()  # the volumes are on the other sheet

    def join(d: ColumnMappingDialog) -> bool:
        assert d.joining.isVisibleTo(d)
        d.second.setCurrentIndex(d.second.findData("Volume"))
        assert d.join.currentData() == "kode_lokasi"  # the kind's key, chosen already
        return True

    monkeypatch.setattr(dialogs, "run_dialog", join)
    dialog.columns.map_button.click()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    assert dialog.inspection.rows == 72  # type: ignore[union-attr]
    assert any(i.key == "sheets_joined" for i in dialog.inspection.issues)  # type: ignore[union-attr]


def test_the_survey_form_is_saved_from_the_import_window(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    workdir: Path,
    monkeypatch,  # noqa: ANN001
) -> None:
    import pandas as pd

    out = workdir / "formulir.xlsx"
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *a, **k: str(out))
    dialog = window.make_import_dialog()
    qtbot.addWidget(dialog)
    dialog.form_button.click()
    qtbot.waitUntil(lambda: str(out) in dialog.status.text(), timeout=10_000)
    survey = pd.read_excel(out, sheet_name="survey")
    assert {"kode_lokasi", "vol_1a", "vol_7b", "lokasi_gps"} <= set(survey["name"].dropna())
