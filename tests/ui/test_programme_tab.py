"""Matriks Program: cells edited in place with undo, refusals that leave nothing behind,
filters that narrow rows and money, a new activity through the form, the analysis view."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt

from tests.ui.helpers import answer_conflicts, count_loads_before_each_row, written_elsewhere
from workbench.services import programme_edit as pe
from workbench.services.workspace import session_scope
from workbench.ui import dialogs
from workbench.ui.main_window import MainWindow
from workbench.ui.operations import wait_for_operations
from workbench.ui.tabs.programme_dialogs import ActivityDialog


def _wait(window: MainWindow, qtbot, action) -> None:  # noqa: ANN001
    with qtbot.waitSignal(window.programme_tab.loaded, timeout=30_000):
        action()


def _cell(tab, activity_id: int, column_key: str):  # noqa: ANN001, ANN202
    model = tab.model
    col = model.column_index(column_key)
    row = next(
        i for i in range(model.rowCount()) if model.rows[model.source_position(i)].id == activity_id
    )
    return model.index(row, col)


def _row(tab, activity_id: int):  # noqa: ANN001, ANN202
    return next(r for r in tab.model.rows if r.id == activity_id)


def _one_source_one_year(tab):  # noqa: ANN001, ANN202
    """An activity with money from one source in one year."""
    row = next(
        r
        for r in tab.model.rows
        if len({s for _y, s, _a in r.allocations}) == 1 and len(r.by_year) == 1
    )
    return row, next(iter(row.by_year))


def test_money_cell_edit_and_undo(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    tab = window.programme_tab
    row, year = _one_source_one_year(tab)
    before_total = sum(tab.payload.view.year_totals.values())
    idx = _cell(tab, row.id, f"y{year}")
    assert tab.model.flags(idx) & Qt.ItemFlag.ItemIsEditable
    _wait(window, qtbot, lambda: tab.model.setData(idx, "Rp 1.234.567"))
    assert _row(tab, row.id).by_year == {year: 1_234_567}
    assert sum(tab.payload.view.year_totals.values()) == (before_total - row.total_rp + 1_234_567)
    assert "Rp 1.234.567" in tab.model.data(_cell(tab, row.id, f"y{year}"))
    _wait(window, qtbot, window.undo_action.trigger)
    assert _row(tab, row.id).by_year == row.by_year
    _wait(window, qtbot, window.redo_action.trigger)
    assert _row(tab, row.id).by_year == {year: 1_234_567}


def test_volume_and_status_cells_and_refusals(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    no_real_dialogs,
) -> None:  # noqa: ANN001
    tab = window.programme_tab
    row = tab.model.rows[0]
    _wait(window, qtbot, lambda: tab.model.setData(_cell(tab, row.id, "volume"), "12,5"))
    assert _row(tab, row.id).volume == 12.5
    label = "Terlaksana" if row.status != "terlaksana" else "Usulan"
    _wait(window, qtbot, lambda: tab.model.setData(_cell(tab, row.id, "status"), label))
    assert _row(tab, row.id).status in ("terlaksana", "usulan")
    steps = window.undo_stack.count()
    tab.model.setData(_cell(tab, row.id, "volume"), "banyak")
    tab.model.setData(_cell(tab, row.id, "status"), "selesai")
    tab.model.setData(_cell(tab, row.id, f"y{tab.payload.view.years[0]}"), "12,5")
    assert wait_for_operations()
    assert window.undo_stack.count() == steps  # refused: no empty undo steps
    assert len([m for kind, m in no_real_dialogs if kind == "error"]) == 3
    two = next(
        (
            r
            for r in tab.model.rows
            if any(len({s for y2, s, _a in r.allocations if y2 == y}) > 1 for y in r.by_year)
        ),
        None,
    )
    if two is not None:
        year = next(
            y for y in two.by_year if len({s for y2, s, _a in two.allocations if y2 == y}) > 1
        )
        tab.model.setData(_cell(tab, two.id, f"y{year}"), "5")
        assert wait_for_operations()
        assert (
            "several sources" in no_real_dialogs[-1][1]
            or "beberapa sumber" in no_real_dialogs[-1][1]
        )
        assert window.undo_stack.count() == steps


def test_filters_narrow_rows_and_pivots(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    tab = window.programme_tab
    everything = len(tab.model.rows)
    box = tab.boxes["source"]
    box.setCurrentIndex(box.findData("Dana Desa / Dana Kelurahan"))
    _wait(window, qtbot, lambda: box.activated.emit(box.currentIndex()))
    assert 0 < len(tab.model.rows) < everything
    assert [r.key for r in tab.source_model.rows][:-1] == ["Dana Desa / Dana Kelurahan"]
    assert "filtered" in tab.summary.text() or "disaring" in tab.summary.text()
    box.setCurrentIndex(0)
    _wait(window, qtbot, lambda: box.activated.emit(0))
    assert len(tab.model.rows) == everything


def test_new_activity_through_the_form_then_undo(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    monkeypatch,
) -> None:  # noqa: ANN001
    tab = window.programme_tab
    before = len(tab.model.rows)

    def fill(dialog: Any) -> bool:
        assert isinstance(dialog, ActivityDialog)
        dialog.criterion.setCurrentIndex(dialog.criterion.findData("4c"))
        assert dialog.unit.text() == "m"
        dialog.type_box.setCurrentIndex(dialog.type_box.findText("Penutup saluran"))
        dialog.volume.setText("30")
        assert "Rp 10.500.000" in dialog.estimate.text()  # 30 m × the catalogue's Rp 350.000
        dialog.allocs.cellWidget(0, 2).setText("Rp 20.000.000")
        dialog._accept()
        return dialog.result() == 1

    monkeypatch.setattr(dialogs, "run_dialog", fill)
    _wait(window, qtbot, tab.new_activity)
    assert len(tab.model.rows) == before + 1
    new = next(
        r
        for r in tab.model.rows
        if r.total_rp == 20_000_000 and r.activity_type == "Penutup saluran" and r.volume == 30
    )
    assert new.criterion == "4c"
    _wait(window, qtbot, window.undo_action.trigger)
    assert len(tab.model.rows) == before
    with session_scope(tab.engine) as s:
        try:
            pe.activity_data(s, new.id)
            gone = False
        except ValueError:
            gone = True
    assert gone
    _wait(window, qtbot, window.redo_action.trigger)  # comes back under the same id
    assert _row(tab, new.id).total_rp == 20_000_000


def test_form_names_a_bad_field_instead_of_closing() -> None:
    from workbench.services.programme import FormChoices
    from workbench.services.programme_edit import TypeInfo

    choices = FormChoices(
        locations=[(1, "RT1", "")],
        areas=[],
        criteria={"4c": "m"},
        criterion_names={"4c": "Drainase"},
        types=[TypeInfo(1, "Penutup saluran", "4c", "m", 350_000, 0)],
        sources=[],
        stakeholders=[],
        commitments=[],
    )
    dialog = ActivityDialog(choices, None, 2027)
    dialog.volume.setText("tiga puluh")
    dialog._accept()
    assert dialog.result() == 0 and "Volume" in dialog.error.text()
    dialog.volume.setText("30")
    dialog.allocs.cellWidget(0, 2).setText("20.000,5")
    dialog._accept()
    assert dialog.result() == 0 and "rupiah" in dialog.error.text()


def test_analysis_shows_slum_hectares_falling(window: MainWindow) -> None:
    tab = window.programme_tab
    bars = tab.chart.bars()
    assert bars[0][1] > bars[-1][1] > 0  # the demo plan clears some RT units
    assert tab.outlook_model.rowCount() == 72
    leaving = [r for r in tab.outlook_model.rows if r.exit_year is not None]
    assert len(leaving) == 10
    assert " 10 " in tab.analysis_summary.text()


def test_import_window_maps_unknown_labels_and_imports(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    workdir,
) -> None:  # noqa: ANN001
    from workbench.ui.programme_import import ADD_NEW, ImportProgrammeDialog

    tab = window.programme_tab
    code = tab.model.rows[0].code
    f = workdir / "kota.csv"
    f.write_text(
        "tahun;kode_lokasi;kriteria;volume;kegiatan;sumber_dana;anggaran\n"
        f"2027;{code};4c;30,5;Tutup got;APBD II (KOTA/KAB);Rp 20.000.000\n",
        encoding="utf-8",
    )
    dialog = ImportProgrammeDialog(tab.engine, tab.payload.sources, tab.payload.types)
    dialog.path.setText(str(f))
    with qtbot.waitSignal(dialog.check().done, timeout=30_000):
        pass
    labels = {dialog.mapping.item(r, 1).text(): r for r in range(dialog.mapping.rowCount())}
    assert set(labels) == {"APBD II (KOTA/KAB)", "Tutup got"}
    src_box = dialog.mapping.cellWidget(labels["APBD II (KOTA/KAB)"], 2)
    src_box.setCurrentIndex(src_box.findData("APBD Kabupaten/Kota"))
    type_box = dialog.mapping.cellWidget(labels["Tutup got"], 2)
    assert type_box.currentData() == ADD_NEW  # offered: only 4c types, or add it
    assert type_box.findData("Jalan beton") == -1 and type_box.findData("Penutup saluran") > 0
    type_box.setCurrentIndex(type_box.findData("Penutup saluran"))
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        dialog.run_import()
    assert dialog.result.added == 1 and not dialog.result.new_sources
    again = ImportProgrammeDialog(tab.engine, tab.payload.sources, tab.payload.types)
    again.path.setText(str(f))
    with qtbot.waitSignal(again.check().done, timeout=30_000):
        pass
    assert again.mapping.rowCount() == 0  # the mapping was remembered


def test_form_opens_on_the_activitys_own_place_and_gives_it_back_unchanged(
    window: MainWindow,
) -> None:
    """Issue 14.1: the form opened on the first RT of the list, so OK moved the activity."""
    tab = window.programme_tab
    with session_scope(tab.engine) as s:
        datas = [pe.activity_data(s, r.id) for r in tab.model.rows]
    assert len(datas) > 100
    area_id = tab.payload.choices.areas[-1][0]
    kawasan_wide = replace(datas[-1], location_id=None, area_id=area_id)  # none in the demo
    for data in [*datas, kawasan_wide]:
        dialog = ActivityDialog(tab.payload.choices, data, 2026)
        kind, target = dialog.target.currentData()
        assert (kind, target) == (
            ("L", data.location_id) if data.location_id else ("A", data.area_id)
        )
        assert dialog.read() == data
        dialog.deleteLater()


def test_ok_without_a_change_changes_nothing(window: MainWindow, monkeypatch) -> None:  # noqa: ANN001
    tab = window.programme_tab
    row = next(r for r in tab.model.rows if r.code and r.code != tab.model.rows[0].code)
    tab.view.setCurrentIndex(tab.proxy.mapFromSource(_cell(tab, row.id, "volume")))
    with session_scope(tab.engine) as s:
        before = pe.activity_data(s, row.id)
    monkeypatch.setattr(dialogs, "run_dialog", lambda d: (d._accept(), d.result() == 1)[1])
    steps = window.undo_stack.count()
    tab.edit_activity()
    assert window.undo_stack.count() == steps
    with session_scope(tab.engine) as s:
        assert pe.activity_data(s, row.id) == before


def test_new_activity_starts_at_the_selected_rows_place(
    window: MainWindow,  # noqa: ANN001
    monkeypatch,
) -> None:  # noqa: ANN001
    tab = window.programme_tab
    seen: dict[str, Any] = {}

    def look(dialog: ActivityDialog) -> bool:
        seen["target"] = dialog.target.currentText()
        seen["criterion"] = dialog.criterion.currentData()
        return False

    monkeypatch.setattr(dialogs, "run_dialog", look)
    row = next(r for r in tab.model.rows if r.code.startswith("DM3"))
    tab.view.setCurrentIndex(tab.proxy.mapFromSource(_cell(tab, row.id, "volume")))
    tab.new_activity()
    assert seen["target"].startswith(row.code)
    assert seen["criterion"] == row.criterion


def test_columns_keep_room_for_their_figures_after_search_and_undo(
    window: MainWindow, qtbot
) -> None:  # noqa: ANN001
    """Issue 14.13: year columns collapsed to "Rp …" after a search or an undo until F5."""
    tab = window.programme_tab
    window.tabs.setCurrentWidget(tab)
    metrics = tab.view.fontMetrics()

    def too_narrow() -> list[str]:
        model, out = tab.model, []
        for col in range(model.columnCount()):
            longest = max((t[col] for t in model._data.text), key=len, default="")
            if tab.view.columnWidth(col) < min(metrics.horizontalAdvance(longest), 320):
                out.append(f"{model.columns[col].key}: {longest!r}")
        return out

    assert not too_narrow()
    tab.search.setText("DM2")
    assert not too_narrow()
    tab.search.setText("")
    row = tab.model.rows[3]
    _wait(window, qtbot, lambda: tab.model.setData(_cell(tab, row.id, "volume"), "7"))
    _wait(window, qtbot, window.undo_action.trigger)
    assert not too_narrow()


def test_an_edited_cell_shows_with_the_edits_answer_and_the_sums_follow(
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    """Issue 16: a cell edit showed only after the whole matrix had loaded again (seconds for
    a province); now the activity's row comes with the edit's answer, the load after it."""
    tab = window.programme_tab
    row, year = _one_source_one_year(tab)
    before_total = sum(tab.payload.view.year_totals.values())
    loads, replaced = count_loads_before_each_row(tab)
    tab.model.setData(_cell(tab, row.id, f"y{year}"), "Rp 2.000.000")
    assert wait_for_operations()
    qtbot.waitUntil(lambda: bool(loads), timeout=30_000)
    assert replaced == [0]  # the row came with the edit's answer, before any load
    assert _row(tab, row.id).by_year == {year: 2_000_000}
    assert sum(tab.payload.view.year_totals.values()) == before_total - row.total_rp + 2_000_000


def test_enter_and_del_in_a_cell_being_typed_act_on_the_cell(
    window: MainWindow,
    qtbot,
    monkeypatch,  # noqa: ANN001
) -> None:
    """Enter to finish typing a money cell also opened the activity form, and Del deleted the
    activity instead of a character; on the matrix itself they still open and delete."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit

    tab = window.programme_tab
    window.tabs.setCurrentWidget(tab)
    opened: list[object] = []
    monkeypatch.setattr(dialogs, "run_dialog", lambda d: opened.append(d) or False)
    row, year = _one_source_one_year(tab)
    index = _cell(tab, row.id, f"y{year}")
    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.proxy.mapFromSource(index) if hasattr(tab, "proxy") else index)
    tab.view.edit(tab.view.currentIndex())
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit), timeout=5_000)
    editor = QApplication.focusWidget()
    editor.selectAll()
    QTest.keyClicks(editor, "3000000")
    QTest.keyClick(editor, Qt.Key.Key_Left)
    QTest.keyClick(editor, Qt.Key.Key_Delete)  # a character (the last 0), not the activity
    QTest.keyClick(editor, Qt.Key.Key_Return)  # the cell, committed (queued by Qt)
    qtbot.waitUntil(lambda: _row(tab, row.id).by_year == {year: 300_000}, timeout=10_000)
    assert wait_for_operations()
    assert not opened
    qtbot.waitUntil(lambda: tab.is_loaded, timeout=30_000)  # the sums loaded behind it
    tab.view.setCurrentIndex(tab.proxy.mapFromSource(_cell(tab, row.id, f"y{year}")))
    tab.actions_by_name["edit_activity"].trigger()  # Enter on the matrix: still the form
    assert len(opened) == 1


def test_import_window_reads_own_headers_and_maps_the_rest(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    workdir,
    monkeypatch,  # noqa: ANN001
) -> None:  # noqa: ANN001
    """'Tahun Anggaran', 'Kode RT', 'Pagu (Rp)' are read by themselves; 'Uraian Pekerjaan'
    (the district's word for the activity) is mapped in the columns dialog first, then the
    labels step and the import run as for any file."""
    from workbench.ui import dialogs
    from workbench.ui.column_mapping import ColumnMappingDialog
    from workbench.ui.programme_import import ImportProgrammeDialog

    tab = window.programme_tab
    code = tab.model.rows[0].code
    f = workdir / "program kota.csv"
    f.write_text(
        "Tahun Anggaran;Kode RT;Indikator;Vol;Uraian Pekerjaan;Sumber Dana;Pagu (Rp)\n"
        f"2027;{code};4c;30,5;Penutup saluran;APBD Kabupaten/Kota;Rp 20.000.000\n",
        encoding="utf-8",
    )
    dialog = ImportProgrammeDialog(tab.engine, tab.payload.sources, tab.payload.types)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(f))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)  # a path typed in: Enter checks it
    qtbot.waitUntil(lambda: dialog.raw is not None, timeout=30_000)
    assert dialog.unknown is None  # kegiatan: not found yet
    assert any(
        dialog.issues.item(r, 1).text() == "kegiatan" for r in range(dialog.issues.rowCount())
    )

    def map_it(d: ColumnMappingDialog) -> bool:
        assert d.boxes["anggaran"].currentData() == "Pagu (Rp)"
        d.boxes["kegiatan"].setCurrentIndex(d.boxes["kegiatan"].findData("Uraian Pekerjaan"))
        return True

    monkeypatch.setattr(dialogs, "run_dialog", map_it)
    dialog.columns.map_button.click()
    qtbot.waitUntil(lambda: dialog.unknown is not None, timeout=30_000)
    assert dialog.mapping.rowCount() == 0  # every label known
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        dialog.run_import()
    assert dialog.result.added == 1


def test_a_cell_of_an_activity_someone_else_changed_asks_first(
    window: MainWindow,
    monkeypatch,  # noqa: ANN001
) -> None:
    tab = window.programme_tab
    row = tab.model.rows[0]
    with written_elsewhere(window) as s:
        data = pe.activity_data(s, row.id)
        pe.update_activity(s, row.id, replace(data, description="diubah di jendela lain"))
    asked = answer_conflicts(monkeypatch, False)
    tab.set_volume_text(row, "7")
    assert wait_for_operations()
    assert len(asked) == 1 and "diubah di jendela lain" in asked[0]
    with session_scope(window.result.engine) as s:
        assert pe.activity_data(s, row.id).volume == row.volume  # reloaded: not written


def test_renaming_a_funding_source_someone_else_renamed_asks_first(
    window: MainWindow,
    monkeypatch,  # noqa: ANN001
) -> None:
    tab = window.programme_tab
    src = tab.source_cat_model.rows[0]
    with written_elsewhere(window) as s:
        pe.save_funding_source(s, src.id, "Dana Desa (DD)", src.active, "lain")
    asked = answer_conflicts(monkeypatch, False)
    tab.rename_source(src, "APBD Kota")
    assert wait_for_operations()
    assert len(asked) == 1 and "Dana Desa (DD)" in asked[0]
    with session_scope(window.result.engine) as s:
        assert next(f for f in pe.funding_sources(s) if f.id == src.id).name == "Dana Desa (DD)"
