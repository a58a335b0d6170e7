"""The one change signal (issue #16): an edit in one tab reaches every tab that shows the
data it changed, without F5; a tab not on screen refreshes when it is shown; undo and redo
announce too; a refused edit leaves the undo stack as it was."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tests.ui.helpers import count_full_reads, select_rt
from workbench.ui.main_window import MainWindow
from workbench.ui.models import RowRole
from workbench.ui.operations import (
    ASSESSMENT,
    PRIORITY,
    Changes,
    change_hub,
    operations_pending,
    wait_for_operations,
)

CODE = "DM102-01-001"


def _candidate(window: MainWindow):  # noqa: ANN202
    return next((r for r in window.priorities_tab.rows() if r.info.code == CODE), None)


def _outlook(window: MainWindow):  # noqa: ANN202
    payload = window.programme_tab.payload
    assert payload is not None
    return next(o for o in payload.analysis.locations if o.code == CODE)


def _show(window: MainWindow, qtbot, tab: QWidget) -> None:  # noqa: ANN001
    with qtbot.waitSignal(tab.loaded, timeout=30_000):  # type: ignore[attr-defined]
        window.tabs.setCurrentWidget(tab)


def test_an_edited_volume_reaches_the_ranking_and_the_analysis(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    seen: list[Changes] = []
    change_hub().changed.connect(seen.append)
    window.tabs.setCurrentWidget(window.scores_tab)
    select_rt(window, CODE)
    candidate, outlook = _candidate(window), _outlook(window)
    assert candidate is not None and candidate.info.total > 0
    assert outlook.baseline_total == candidate.info.total
    panel = window.scores_tab.panel
    table = panel.criteria
    first = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "1a")
    before_total = next(
        r.total for r in window.scores_tab.model.rows if r.code == CODE and r.year == 2025
    )
    table.item(first, 2).setText("0")  # the 1a volume: the score drops
    assert operations_pending() == 1  # made off the GUI thread
    assert wait_for_operations()
    after_total = next(
        r.total for r in window.scores_tab.model.rows if r.code == CODE and r.year == 2025
    )
    assert after_total < before_total
    assert seen and seen[-1].kinds == {ASSESSMENT} and seen[-1].handled
    assert seen[-1].ids_of(ASSESSMENT)  # which assessment
    # the other tabs are not on screen: marked, refreshed when shown, no F5
    assert window.priorities_tab._stale and window.programme_tab._stale
    _show(window, qtbot, window.priorities_tab)
    assert _candidate(window).info.total == after_total  # type: ignore[union-attr]
    _show(window, qtbot, window.programme_tab)
    assert _outlook(window).baseline_total == after_total
    # undo announces too: the ranking (on screen now) follows at once
    with qtbot.waitSignal(window.priorities_tab.loaded, timeout=30_000):
        window.tabs.setCurrentWidget(window.priorities_tab)
        window.undo_action.trigger()
        assert wait_for_operations()
    assert _candidate(window).info.total == before_total  # type: ignore[union-attr]


def test_a_change_refreshes_only_the_tabs_that_show_its_kind(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    window.tabs.setCurrentWidget(window.priorities_tab)
    with qtbot.waitSignal(window.priorities_tab.loaded, timeout=30_000):
        change_hub().changed.emit(Changes.of(PRIORITY))
    assert window.programme_tab._stale  # the programme shows priority codes
    assert not window.scores_tab._stale and not window.stakeholders_tab._stale
    assert window.scores_tab.is_loaded and window.stakeholders_tab.is_loaded


def test_a_refused_edit_leaves_the_undo_stack_as_it_was(window: MainWindow, monkeypatch) -> None:  # noqa: ANN001
    from workbench.ui import dialogs

    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: shown.append(text))
    seen: list[Changes] = []
    change_hub().changed.connect(seen.append)
    stack = window.undo_stack
    before = (stack.count(), stack.index())

    def refuse(_session):  # noqa: ANN001, ANN202
        raise ValueError("tidak boleh")

    window.scores_tab.push("Ubah", refuse, refuse)
    assert wait_for_operations()
    assert (stack.count(), stack.index()) == before and shown == ["tidak boleh"]
    assert not seen  # nothing changed, nothing announced
    window.undo_action.trigger()  # the step before, if any, is still the one undone


def test_an_edit_of_a_row_the_filter_hides_updates_it_without_a_crash(window: MainWindow) -> None:  # noqa: ANN001
    """The model's narrow update looked the row up among the rows shown: a row of another
    year (filtered out) raised out of the undo command, inside Qt (a segmentation fault)."""
    tab = window.scores_tab
    hidden = next(r for r in tab.model.rows if r.year == 2023 and r.level != "NONE")
    tab.year_box.setCurrentIndex(tab.year_box.findData(2025))
    assert all(
        tab.proxy.index(i, 0).data(RowRole).year == 2025 for i in range(tab.proxy.rowCount())
    )
    tab.show_assessment(hidden.assessment_id)
    assert wait_for_operations()
    table = tab.panel.criteria
    first = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "1a")
    table.item(first, 2).setText("0")
    assert wait_for_operations()
    after = next(r for r in tab.model.rows if r.assessment_id == hidden.assessment_id)
    assert after.total < hidden.total
    window.undo_action.trigger()
    assert wait_for_operations()
    assert next(r for r in tab.model.rows if r.assessment_id == hidden.assessment_id).total == (
        hidden.total
    )


def test_the_tabs_of_a_closed_window_do_not_refresh(window: MainWindow) -> None:  # noqa: ANN001
    """The change signal is the application's: a window closed earlier (another district
    opened in a new window, a test's window) kept reloading on every change elsewhere."""
    from workbench.ui.operations import STAKEHOLDER

    tab = window.stakeholders_tab
    window.close()
    change_hub().changed.emit(Changes.of(STAKEHOLDER))
    assert tab._stale and tab.is_loaded and not tab._refresh.isActive()


def test_a_tab_that_cannot_show_its_rows_says_so_and_counts_as_loaded(
    window: MainWindow,
    qtbot,
    monkeypatch,  # noqa: ANN001
) -> None:
    """A slip while putting rows on screen left the tab 'loading' for ever (and the window
    never all loaded); now it says so in the tab."""
    tab = window.scores_tab

    def broken(_self, _payload):  # noqa: ANN001, ANN202
        raise KeyError("kolom")

    monkeypatch.setattr(type(tab), "apply", broken)
    with qtbot.waitSignal(tab.loaded, timeout=30_000):
        tab.reload()
    assert tab.is_loaded and "kolom" in tab.summary.text()


def test_an_edited_volume_re_ranks_and_re_projects_only_its_rt(
    window: MainWindow,
    qtbot,
    monkeypatch,  # noqa: ANN001
) -> None:
    """The ranking and the analysis take an edited volume without reading every RT unit
    again (their full reads are not called), and come out as a full read gives them; two
    edits in quick succession, the second arriving while the first is being shown, both
    reach them."""
    from workbench.operations import read
    from workbench.services import harmonisation as hs
    from workbench.services.programme_analysis import analyse

    prio, prog = window.priorities_tab, window.programme_tab
    full_reads = count_full_reads(monkeypatch, prio, prog)
    window.tabs.setCurrentWidget(window.scores_tab)
    other = next(r.info.code for r in prio.rows() if r.info.code != CODE)
    for code in (CODE, other):
        select_rt(window, code)
        table = window.scores_tab.panel.criteria
        first = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "1a")
        table.item(first, 2).setText("0")
    assert wait_for_operations()
    _show(window, qtbot, prio)
    with qtbot.waitSignal(prog.loaded, timeout=30_000):
        window.tabs.setCurrentWidget(prog)
    assert full_reads == []
    view = read(prio.engine, hs.harmonised_view)
    assert prio.payload.view.rows == view.rows  # type: ignore[union-attr]
    analysis = read(prio.engine, analyse)
    assert prog.payload.analysis.locations == analysis.locations  # type: ignore[union-attr]
    assert prog.payload.analysis.slum_ha == analysis.slum_ha  # type: ignore[union-attr]
    # the ranking on screen: both undone, one after the other, reach it at once, narrowly
    window.tabs.setCurrentWidget(prio)
    loads: list[object] = []
    prio.loaded.connect(lambda: loads.append(prio.payload))
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert wait_for_operations()
    qtbot.waitUntil(lambda: prio.is_loaded and not prio._refresh.isActive(), timeout=30_000)
    assert full_reads == [] and loads
    assert prio.payload.view.rows == read(prio.engine, hs.harmonised_view).rows  # type: ignore[union-attr]


def test_a_renamed_stakeholder_reaches_the_matrix_and_the_voters_without_a_full_read(
    window: MainWindow,
    qtbot,
    monkeypatch,  # noqa: ANN001
) -> None:
    prio, prog, people = window.priorities_tab, window.programme_tab, window.stakeholders_tab
    full_reads = count_full_reads(monkeypatch, prio, prog)
    executor = next(r for r in prog.model.rows if r.executor_name)
    sid = next(r.id for r in people.model.rows if r.name == executor.executor_name)
    window.tabs.setCurrentWidget(people)
    assert people.select_stakeholder(sid)
    people.form.name.setText("Dinas Baru Sekali")
    people.form.save_button.click()
    assert wait_for_operations()
    _show(window, qtbot, prog)
    assert {r.executor_name for r in prog.model.rows if r.id == executor.id} == {
        "Dinas Baru Sekali"
    }
    _show(window, qtbot, prio)
    names = [prio.voter_box.itemText(i) for i in range(prio.voter_box.count())]
    assert "Dinas Baru Sekali" in names
    assert full_reads == []
