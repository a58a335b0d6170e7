"""Skor Kumuh: the location panel edits field data with live recompute, undo and audit."""

from __future__ import annotations

import sqlalchemy as sa
from PySide6.QtCore import Qt

from tests.ui.helpers import select_rt
from workbench.db.models import AuditEntry
from workbench.services.workspace import session_scope
from workbench.ui.main_window import MainWindow
from workbench.ui.operations import wait_for_operations


def _criterion_row(window: MainWindow, code: str) -> int:
    table = window.scores_tab.panel.criteria
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text() == code)


def test_selecting_a_row_shows_the_rt_with_its_history(window: MainWindow) -> None:
    window.tabs.setCurrentIndex(1)
    select_rt(window, "DM102-01-001")
    panel = window.scores_tab.panel
    assert panel.detail is not None and panel.detail.code == "DM102-01-001"
    assert panel.detail.year == 2025
    assert [r.year for r in panel.detail.history] == [2023, 2024, 2025]
    row = next(
        r for r in window.scores_tab.model.rows if r.code == "DM102-01-001" and r.year == 2025
    )
    assert f"Total {row.total} " in panel.total_shown()
    assert panel.criteria.rowCount() == 16 and panel.denominators.rowCount() == 6


def test_editing_a_volume_updates_score_and_level_and_undo_restores(
    window: MainWindow, qtbot
) -> None:  # noqa: ANN001
    tab = window.scores_tab
    window.tabs.setCurrentIndex(1)
    select_rt(window, "DM102-01-001")
    panel = tab.panel
    before = next(r for r in tab.model.rows if r.code == "DM102-01-001" and r.year == 2025)
    assert before.level == "HEAVY"
    aid = before.assessment_id
    # Bring every problem volume to 0: the RT stops being a slum.
    for crit in panel.rules.criteria:
        item = panel.criteria.item(_criterion_row(window, crit.code), 2)
        item.setText("0")
    assert wait_for_operations()
    after = next(r for r in tab.model.rows if r.assessment_id == aid)
    assert after.total == 0 and after.level == "NONE"
    assert panel.criteria.item(_criterion_row(window, "1a"), 5).text() == "0"
    assert "tidak kumuh" in panel.total_shown()
    assert window.undo_stack.count() == 16
    with session_scope(tab.engine) as s:
        n = s.scalar(
            sa.select(sa.func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.entity == "assessment", AuditEntry.entity_id == aid)
        )
        assert n == 16
    for _ in range(16):
        window.undo_action.trigger()
    assert wait_for_operations()
    restored = next(r for r in tab.model.rows if r.assessment_id == aid)
    assert (restored.total, restored.level, restored.scores) == (
        before.total,
        before.level,
        before.scores,
    )
    window.redo_action.trigger()
    assert wait_for_operations()
    assert next(r for r in tab.model.rows if r.assessment_id == aid).scores[0] == 0


def test_bad_input_is_refused_with_a_message_and_nothing_changes(window: MainWindow) -> None:
    tab = window.scores_tab
    window.tabs.setCurrentIndex(1)
    select_rt(window, "DM101-01-001")
    panel = tab.panel
    item = panel.criteria.item(_criterion_row(window, "2a"), 2)
    shown = item.text()
    for typed in ("banyak", "-5"):
        item.setText(typed)
        assert panel.message.text()
        assert item.text() == shown
    assert window.undo_stack.count() == 0


def test_indonesian_numbers_typed_in_the_panel(window: MainWindow) -> None:
    tab = window.scores_tab
    window.tabs.setCurrentIndex(1)
    select_rt(window, "DM101-01-001")
    panel = tab.panel
    luas = next(
        r
        for r in range(panel.denominators.rowCount())
        if panel.denominators.item(r, 1).data(Qt.ItemDataRole.UserRole + 10) == "luas_ha"
    )
    panel.denominators.item(luas, 1).setText("10,5")
    assert wait_for_operations()
    assert panel.detail.values["luas_ha"] == 10.5
    row = next(r for r in tab.model.rows if r.assessment_id == panel.detail.assessment_id)
    assert row.area_ha == 10.5


def test_summary_shows_hectares_per_level_and_year(window: MainWindow) -> None:
    tab = window.scores_tab
    summary = tab.summary_view
    assert summary.by_year.rowCount() == 3
    assert len(summary.chart.series()) == 1
    assert summary.by_kec.rowCount() == 3
    heavy_2025 = sum(r.area_ha for r in tab.model.rows if r.year == 2025 and r.level == "HEAVY")
    cell = summary.by_year.item(2, 1).text()
    assert f"{heavy_2025:.1f}".replace(".", ",") in cell


def test_filter_by_subdistrict_village_and_kawasan(window: MainWindow) -> None:
    tab = window.scores_tab
    kec = "Kecamatan Tirtalaya"
    tab.kec_box.setCurrentIndex(tab.kec_box.findData(kec))
    rows = [tab.proxy.index(r, 0).data(Qt.UserRole + 3) for r in range(tab.proxy.rowCount())]
    assert rows and all(r.subdistrict == kec and r.year == 2025 for r in rows)
    villages = [tab.kel_box.itemData(i) for i in range(1, tab.kel_box.count())]
    assert set(villages) == {r.village for r in rows}  # the village list follows kecamatan
    tab.kel_box.setCurrentIndex(tab.kel_box.findData("Banyuurip"))
    assert {
        tab.proxy.index(r, 0).data(Qt.UserRole + 3).village for r in range(tab.proxy.rowCount())
    } == {"Banyuurip"}
    tab.kec_box.setCurrentIndex(0)
    assert tab.kel_box.currentData() == "Banyuurip"  # a chosen village stays chosen
    tab.kel_box.setCurrentIndex(0)
    tab.area_box.setCurrentIndex(tab.area_box.findData("Kawasan Pasar Lama"))
    areas = {tab.proxy.index(r, 0).data(Qt.UserRole + 3).area for r in range(tab.proxy.rowCount())}
    assert areas == {"Kawasan Pasar Lama"}


def test_a_district_rule_set_in_the_data_folder_is_offered(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    monkeypatch,
    workdir,
) -> None:  # noqa: ANN001
    from workbench.domain import rules as rules_mod

    folder = workdir / "rulesets"
    folder.mkdir()
    src = rules_mod.get_ruleset().source.read_text(encoding="utf-8")
    (folder / "kota-x.toml").write_text(
        src.replace('id = "permen-14-2018"', 'id = "kota-x-2026"'), encoding="utf-8"
    )
    monkeypatch.setattr(rules_mod, "_EXTRA_DIRS", [])
    rules_mod.add_ruleset_dir(folder)
    dialog = window.make_import_dialog()
    qtbot.addWidget(dialog)
    assert dialog.rules.findData("kota-x-2026") >= 0
    rules_mod._CACHE.clear()


def test_undo_texts_name_the_change_in_words(window, qtbot) -> None:  # noqa: ANN001
    """Issue 14.12: the undo text said 'vol_1a', a column id."""
    tab = window.scores_tab
    window.tabs.setCurrentWidget(tab)
    tab.view.selectRow(0)
    panel = tab.panel
    qtbot.waitUntil(lambda: panel.detail is not None)
    item = panel.criteria.item(0, 2)
    item.setText("5")
    assert window.undo_stack.undoText() == (f"Ubah volume 1a {panel.detail.code} menjadi 5 unit")
    assert "vol_" not in window.undo_action.text()


def test_summary_follows_an_edit_and_its_undo(window: MainWindow) -> None:
    """The hectares per level (panel and the line under the table) move with an edited area,
    and the RT unit's level with it, without the tab being loaded again."""
    from workbench.domain.formatting import format_ha, format_number

    tab = window.scores_tab
    window.tabs.setCurrentIndex(1)
    row = next(r for r in tab.model.rows if r.year == 2025 and r.level == "HEAVY")
    select_rt(window, row.code)
    levels = ("HEAVY", "MEDIUM", "LIGHT", "NONE")
    by_year = tab.summary_view.by_year
    line = [by_year.item(r, 0).text() for r in range(by_year.rowCount())].index("2025")

    def cells() -> list[str]:
        return [by_year.item(line, 1 + j).text() for j in range(len(levels))]

    def expected() -> list[str]:
        out = []
        for level in levels:
            rows = [r for r in tab.model.rows if r.year == 2025 and r.level == level]
            out.append(
                f"{format_number(len(rows))} RT · {format_ha(sum(r.area_ha for r in rows), 1)}"
            )
        return out

    before_cells, before_line = cells(), tab.summary.text()
    assert before_cells == expected()
    panel = tab.panel
    luas = next(
        r
        for r in range(panel.denominators.rowCount())
        if panel.denominators.item(r, 1).data(Qt.ItemDataRole.UserRole + 10) == "luas_ha"
    )
    panel.denominators.item(luas, 1).setText(str(row.area_ha + 40).replace(".", ","))
    assert wait_for_operations()
    edited = next(r for r in tab.model.rows if r.assessment_id == row.assessment_id)
    assert edited.area_ha == row.area_ha + 40 and edited.level != "HEAVY"
    assert cells() == expected() and cells() != before_cells
    assert tab.summary.text() != before_line
    window.undo_action.trigger()
    assert wait_for_operations()
    assert cells() == before_cells and tab.summary.text() == before_line


def test_an_empty_level_chart_has_an_axis_not_nan(qtbot, qtlog) -> None:  # noqa: ANN001
    """A district with no assessment yet (or all 0 ha) gave the chart the range 0–0, which
    Qt's nice numbers turned into NaN: two warnings on the console and no axis."""
    from workbench.services.scores import LevelSummary
    from workbench.ui.tabs.score_summary import SummaryWidget

    widget = SummaryWidget()
    qtbot.addWidget(widget)
    widget.set_summary(LevelSummary([], {}, {}), None)
    widget.set_summary(LevelSummary([2025], {(2025, "NONE"): (3, 0.0)}, {}), None)
    assert not [r.message for r in qtlog.records if "nan" in r.message.lower()]


def test_a_kelurahan_year_is_submitted_returned_with_a_reason_and_shown_in_the_grid(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    monkeypatch,  # noqa: ANN001
) -> None:
    from workbench.ui import dialogs

    tab = window.scores_tab
    panel = tab.submissions
    qtbot.waitUntil(lambda: panel.view is not None and panel.table.rowCount() > 0, timeout=5000)
    village = panel.view.rows[0]
    assert panel.select_village(village.village_id)
    assert panel.table.item(0, 3).text() == "belum diajukan"
    assert panel.submit_button.isEnabled() and not panel.approve_button.isEnabled()
    panel.submit_button.click()
    assert wait_for_operations()
    qtbot.waitUntil(lambda: panel.table.item(0, 3).text() == "diajukan", timeout=5000)
    assert not panel.submit_button.isEnabled()  # submitted: not again until returned
    assert panel.approve_button.isEnabled() and panel.return_button.isEnabled()
    monkeypatch.setattr(dialogs, "ask_text", lambda *_a, **_k: "RT 03 belum dinilai")
    panel.return_button.click()
    assert wait_for_operations()
    qtbot.waitUntil(lambda: panel.table.item(0, 3).text() == "dikembalikan", timeout=5000)
    assert "RT 03 belum dinilai" in panel.history.text()
    assert panel.history.text().index("dikembalikan") < panel.history.text().index("diajukan")
    assert window.undo_stack.count() == 0  # a step of the workflow, not an undo step
    # the coverage grid says it too, with the history in its tooltip
    grid = window.stakeholders_tab.coverage
    qtbot.waitUntil(
        lambda: (
            grid.view is not None
            and grid.view.submissions[village.village_id].status == "dikembalikan"
        ),
        timeout=5000,
    )
    row = next(
        r for r in range(grid.table.rowCount()) if grid.table.item(r, 0).text() == village.village
    )
    assert grid.table.item(row, 2).text() == "dikembalikan"
    assert "RT 03 belum dinilai" in grid.table.item(row, 2).toolTip()


def test_a_refresh_keeps_the_year_chosen_and_the_rt_unit_looked_at(
    window: MainWindow, qtbot
) -> None:  # noqa: ANN001
    from workbench.ui.operations import Changes, announce

    tab = window.scores_tab
    window.tabs.setCurrentWidget(tab)
    tab.year_box.setCurrentIndex(tab.year_box.findData(2024))
    select_rt(window, "DM102-01-001")
    assert tab.panel.detail is not None and tab.panel.detail.year == 2024
    with qtbot.waitSignal(tab.loaded, timeout=20_000):
        announce(Changes.everything())  # someone else's change, as the live watch says it
    assert tab.year_box.currentData() == 2024
    qtbot.waitUntil(
        lambda: tab.panel.detail is not None and tab.panel.detail.code == "DM102-01-001",
        timeout=5000,
    )
    tab.panel.show_detail(None)
    assert tab.panel.level.styleSheet() == ""  # no coloured bar left without a unit
