"""Harmonisasi Prioritas: weights, level, decisions, proposal and tally grids, freezing,
each undoable; refused changes leave nothing behind."""

from __future__ import annotations

from typing import Any

from tests.ui.helpers import answer_conflicts, count_full_reads, written_elsewhere
from workbench.services import harmonisation as hs
from workbench.services.workspace import session_scope
from workbench.ui import dialogs
from workbench.ui.main_window import MainWindow
from workbench.ui.operations import wait_for_operations
from workbench.ui.tabs.priority_dialogs import FreezeDialog, WeightsDialog


def _reload(window: MainWindow, qtbot, action) -> None:  # noqa: ANN001
    with qtbot.waitSignal(window.priorities_tab.loaded, timeout=30_000):
        action()


def _order(window: MainWindow) -> list[str]:
    return [r.key for r in window.priorities_tab.rows()]


def _cell(model, row_key: str, column_key: str):  # noqa: ANN001, ANN202
    col = model.column_index(column_key)
    row = next(
        i for i in range(model.rowCount()) if model.rows[model.source_position(i)].key == row_key
    )
    return model.index(row, col)


def test_weights_change_the_ranking_and_undo_restores_it(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    monkeypatch,
) -> None:  # noqa: ANN001
    tab = window.priorities_tab
    before = _order(window)
    assert tab.model.rowCount() == len(before) > 10

    def only_votes(dialog: Any) -> bool:
        assert isinstance(dialog, WeightsDialog)
        for key, slider in dialog.sliders.items():
            slider.setValue(100 if key == "votes" else 0)
        assert dialog.shares["votes"].text() == "100 %"
        return True

    monkeypatch.setattr(dialogs, "run_dialog", only_votes)
    _reload(window, qtbot, tab.edit_weights)
    after = _order(window)
    assert after != before
    supports = [r.support - r.object for r in tab.rows()]
    assert supports[0] == max(supports)  # votes alone decide now
    assert "Workshop votes 100 %" in tab.summary.text() or "100 %" in tab.summary.text()
    _reload(window, qtbot, window.undo_action.trigger)
    assert _order(window) == before


def test_all_zero_weights_cannot_be_accepted() -> None:
    dialog = WeightsDialog(hs.Settings())
    for slider in dialog.sliders.values():
        slider.setValue(0)
    assert not dialog.ok_button.isEnabled() and dialog.message.text()


def test_kawasan_level_and_back(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    tab = window.priorities_tab
    rt = len(tab.rows())
    tab.level_box.setCurrentIndex(tab.level_box.findData("kawasan"))
    _reload(window, qtbot, tab._level_chosen)
    assert all(r.info.target[0] == "area" for r in tab.rows()) and len(tab.rows()) < rt
    _reload(window, qtbot, window.undo_action.trigger)
    assert len(tab.rows()) == rt


def test_decide_selected_rows_then_undo(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    tab = window.priorities_tab
    undecided = [
        i
        for i in range(tab.proxy.rowCount())
        if tab.model.rows[tab.model.source_position(i)].decision is None
    ][:2]
    tab.view.clearSelection()
    for i in undecided:
        tab.view.selectionModel().select(
            tab.proxy.index(i, 0),
            tab.view.selectionModel().SelectionFlag.Select
            | tab.view.selectionModel().SelectionFlag.Rows,
        )
    keys = {r.key for r in tab.selected_rows()}
    assert len(keys) == 2
    _reload(window, qtbot, lambda: tab.decide_selected("contested"))
    assert {r.key for r in tab.rows() if r.decision and r.decision.status == "contested"} >= keys
    _reload(window, qtbot, window.undo_action.trigger)
    assert all(r.decision is None for r in tab.rows() if r.key in keys)


def test_typing_a_rank_in_the_sources_grid_and_a_bad_value(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    no_real_dialogs,
) -> None:  # noqa: ANN001
    tab = window.priorities_tab
    last = tab.rows()[-1]
    sk = next(s for s in tab.payload.sources if s.kind == "sk_kumuh")
    rplp = next(
        s
        for s in tab.payload.sources
        if s.kind == "rplp" and (s.id, last.key) not in tab.payload.proposals
    )
    index = _cell(tab.matrix_model, last.key, f"src{rplp.id}")
    assert tab.matrix_model.flags(index) & tab.matrix_model.flags(index).ItemIsEditable
    _reload(window, qtbot, lambda: tab.matrix_model.setData(index, "1"))
    assert tab.payload.proposals[(rplp.id, last.key)].rank == 1
    moved = next(r for r in tab.rows() if r.key == last.key)
    assert rplp.id in moved.source_ranks
    undo_count = window.undo_stack.count()
    index = _cell(tab.matrix_model, last.key, f"src{sk.id}")
    tab.matrix_model.setData(index, "nol")
    assert no_real_dialogs and "“nol”" in no_real_dialogs[-1][1]
    assert window.undo_stack.count() == undo_count  # nothing recorded
    _reload(window, qtbot, window.undo_action.trigger)
    assert (rplp.id, last.key) not in tab.payload.proposals


def test_points_budget_refused_without_an_undo_step(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    no_real_dialogs,
) -> None:  # noqa: ANN001
    tab = window.priorities_tab
    rows = tab.rows()
    _reload(
        window,
        qtbot,
        lambda: tab.votes_model.setData(_cell(tab.votes_model, rows[0].key, "v0:points"), "80"),
    )
    assert tab.payload.votes[(0, rows[0].key, "points")] == 80
    count = window.undo_stack.count()
    tab.votes_model.setData(_cell(tab.votes_model, rows[1].key, "v0:points"), "30")
    assert wait_for_operations()
    assert "tinggal punya 20 dari 100 poin" in no_real_dialogs[-1][1]  # in Indonesian
    assert window.undo_stack.count() == count
    assert (0, rows[1].key, "points") not in tab.payload.votes


def test_freeze_the_agreed_list_then_undo(window: MainWindow, qtbot, monkeypatch) -> None:  # noqa: ANN001
    tab = window.priorities_tab
    agreed = [r.info.code for r in tab.rows() if r.decision and r.decision.status == "agreed"]
    assert agreed

    def accept(dialog: Any) -> bool:
        assert isinstance(dialog, FreezeDialog)
        dialog.name.setText("Kesepakatan lokakarya uji")
        return True

    monkeypatch.setattr(dialogs, "run_dialog", accept)
    _reload(window, qtbot, tab.freeze_list)
    assert tab.sub.currentIndex() == 4
    demo_lists = ["Kesepakatan lokakarya prioritas 2025"]  # the demo's, approved with v1
    assert [f.name for f in tab.payload.frozen] == ["Kesepakatan lokakarya uji", *demo_lists]
    shown = [
        tab.frozen_entries_model.rows[i].code
        for i in range(tab.frozen_entries_model.rowCount())
        if tab.frozen_entries_model.rows[i].status == "agreed"
    ]
    assert sorted(shown) == sorted(agreed)
    assert "Fingerprint verified" in tab.frozen_status.text() or "Sidik" in tab.frozen_status.text()
    _reload(window, qtbot, window.undo_action.trigger)
    assert [f.name for f in tab.payload.frozen] == demo_lists
    with session_scope(tab.engine) as s:
        assert [f.name for f in hs.frozen_lists(s)] == demo_lists


def test_sensitivity_chart_draws_the_top_candidates(window: MainWindow) -> None:
    tab = window.priorities_tab
    tab.sub.setCurrentIndex(3)
    chart = tab.chart
    chart.resize(900, 700)
    shown = chart.shown()
    assert 10 <= len(shown) <= 40 and shown[0].rank == 1
    image = chart.grab().toImage()
    assert not image.isNull()
    colours = {image.pixelColor(x, y).name() for x in range(0, 900, 7) for y in range(40, 700, 7)}
    assert "#2e7d32" in colours  # stable candidates drawn green


def test_add_a_voting_group_and_record_its_tally(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    monkeypatch,
) -> None:  # noqa: ANN001
    tab = window.priorities_tab
    monkeypatch.setattr(dialogs, "ask_text", lambda *_a, **_k: "Kelompok Perempuan PKK")
    _reload(window, qtbot, tab.add_voter_group)
    index = len(tab.payload.voters) - 1
    assert tab.payload.voters[index].label == "Kelompok Perempuan PKK"
    key = tab.rows()[0].key
    before = tab.rows()[0].support
    _reload(
        window,
        qtbot,
        lambda: tab.votes_model.setData(_cell(tab.votes_model, key, f"v{index}:support"), "7"),
    )
    assert next(r for r in tab.rows() if r.key == key).support == before + 7
    tab.voter_box.setCurrentIndex(0)
    _reload(window, qtbot, tab.add_stakeholder_voter)
    assert tab.payload.voters[-1].stakeholder_id == tab.voter_box.itemData(0)


def test_a_decision_changes_its_rows_without_ranking_again(
    window: MainWindow,
    qtbot,
    monkeypatch,  # noqa: ANN001
) -> None:
    """A decision (A/C/D in the projection, Ctrl+1 here) is shown from its answer: the
    ranking, computed with the sensitivity draws, is not read again; the rows are as a
    full read gives them."""
    from workbench.operations import read
    from workbench.services import harmonisation as hs

    tab = window.priorities_tab
    full = count_full_reads(monkeypatch, tab)
    row = next(r for r in tab.rows() if r.decision is None)
    _reload(window, qtbot, lambda: tab.decide_key(row.key, "agreed"))
    assert next(r for r in tab.rows() if r.key == row.key).decision.status == "agreed"  # type: ignore[union-attr]
    assert tab.rows() == read(tab.engine, hs.harmonised_view).rows
    _reload(window, qtbot, window.undo_action.trigger)
    assert next(r for r in tab.rows() if r.key == row.key).decision is None
    assert tab.rows() == read(tab.engine, hs.harmonised_view).rows
    assert full == []


def test_editing_a_source_someone_else_changed_asks_first(
    window: MainWindow,
    monkeypatch,  # noqa: ANN001
) -> None:
    from workbench.services import priority_inputs as pi

    tab = window.priorities_tab
    src = tab.current_source()
    assert src is not None
    with written_elsewhere(window) as s:
        theirs = pi.SourceData(
            src.name, src.kind, src.year, src.stakeholder_id, src.village_id, "SK-lain.pdf"
        )
        pi.update_source(s, src.id, theirs)

    def renamed(dialog) -> bool:  # noqa: ANN001
        dialog.name.setText(src.name + " (revisi)")
        return True

    monkeypatch.setattr(dialogs, "run_dialog", renamed)
    asked = answer_conflicts(monkeypatch, False)
    tab.edit_source()
    assert wait_for_operations()
    assert len(asked) == 1 and src.name in asked[0]
    with session_scope(window.result.engine) as s:
        kept = next(r for r in pi.list_sources(s) if r.id == src.id)
    assert kept.name == src.name and kept.document == "SK-lain.pdf"  # theirs, not mine


def test_a_decision_someone_else_made_meanwhile_is_asked_about(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    monkeypatch,  # noqa: ANN001
) -> None:
    tab = window.priorities_tab
    row = next(r for r in tab.rows() if r.decision is None)
    with written_elsewhere(window) as s:
        hs.set_decision(s, row.info.target, hs.Decision("deferred", "", None), user="lain")
    asked = answer_conflicts(monkeypatch, False, True)
    tab.set_decisions([row], hs.Decision("agreed", "", None))
    assert wait_for_operations()
    assert len(asked) == 1 and row.info.code in asked[0] and "deferred" in asked[0]
    with session_scope(window.result.engine) as s:
        assert hs.working_decisions(s)[row.key].status == "deferred"  # theirs kept
    tab.set_decisions([row], hs.Decision("agreed", "", None))  # again, now: on top
    assert wait_for_operations()
    assert len(asked) == 2
    with session_scope(window.result.engine) as s:
        assert hs.working_decisions(s)[row.key].status == "agreed"


def test_a_proposal_cell_someone_else_filled_meanwhile_is_asked_about(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    monkeypatch,  # noqa: ANN001
) -> None:
    from workbench.services import priority_inputs as pi

    tab = window.priorities_tab
    last = tab.rows()[-1]
    rplp = next(
        s
        for s in tab.payload.sources
        if s.kind == "rplp" and (s.id, last.key) not in tab.payload.proposals
    )
    with written_elsewhere(window) as s:
        pi.set_proposal(s, rplp.id, last.info.target, pi.ProposalValue(2, None), user="lain")
    asked = answer_conflicts(monkeypatch, False)
    index = _cell(tab.matrix_model, last.key, f"src{rplp.id}")
    tab.matrix_model.setData(index, "1")
    assert wait_for_operations()
    assert len(asked) == 1 and last.info.code in asked[0]
    qtbot.waitUntil(lambda: (rplp.id, last.key) in tab.payload.proposals, timeout=10_000)
    assert tab.payload.proposals[(rplp.id, last.key)].rank == 2  # theirs, reloaded


def test_a_tally_someone_else_recorded_meanwhile_is_asked_about(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    monkeypatch,  # noqa: ANN001
) -> None:
    from workbench.services import priority_inputs as pi

    tab = window.priorities_tab
    monkeypatch.setattr(dialogs, "ask_text", lambda *_a, **_k: "Kelompok Pemuda")
    _reload(window, qtbot, tab.add_voter_group)
    index = len(tab.payload.voters) - 1
    row = tab.rows()[0]
    with written_elsewhere(window) as s:
        pi.set_tally(
            s, tab.payload.voting_workshop, row.info.target, "support", 4, "Kelompok Pemuda"
        )
    asked = answer_conflicts(monkeypatch, True)
    _reload(
        window,
        qtbot,
        lambda: tab.votes_model.setData(_cell(tab.votes_model, row.key, f"v{index}:support"), "9"),
    )
    assert len(asked) == 1 and row.info.code in asked[0]
    with session_scope(window.result.engine) as s:  # applied on top, as the user chose
        assert (
            pi.get_tally(
                s, tab.payload.voting_workshop, row.info.target, "support", "Kelompok Pemuda"
            )
            == 9
        )


def test_the_users_own_quick_decisions_on_one_candidate_are_not_a_conflict(
    window: MainWindow,
    monkeypatch,  # noqa: ANN001
) -> None:
    """Keys pressed one after another in the projection view on the same candidate: each
    made on the list as it was shown before the first was written."""
    tab = window.priorities_tab
    row = next(r for r in tab.rows() if r.decision is None)
    asked = answer_conflicts(monkeypatch)  # (none is expected)
    for status in ("agreed", "contested", "deferred"):
        tab.set_decisions([row], hs.Decision(status, "", None))  # the same (stale) row
    assert wait_for_operations()
    assert not asked
    with session_scope(window.result.engine) as s:
        assert hs.working_decisions(s)[row.key].status == "deferred"


def test_weights_someone_else_changed_meanwhile_are_asked_about(
    window: MainWindow,
    monkeypatch,  # noqa: ANN001
) -> None:
    from dataclasses import replace

    tab = window.priorities_tab
    shown = tab.payload.view.settings
    with written_elsewhere(window) as s:
        hs.save_settings(s, replace(shown, top_n=shown.top_n + 3))
    asked = answer_conflicts(monkeypatch, False)
    tab.set_top_n(shown.top_n + 1)
    assert wait_for_operations()
    assert len(asked) == 1 and "harmonisasi" in asked[0]
    with session_scope(window.result.engine) as s:
        assert hs.get_settings(s).top_n == shown.top_n + 3  # theirs kept


def test_a_round_of_votes_from_phones_is_stored_as_one_undo_step(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    monkeypatch,  # noqa: ANN001
) -> None:
    from sqlalchemy import select

    from tests.phones import Phone
    from workbench.db.models import Vote
    from workbench.ui.voting_window import VotingWindow, qr_pixmap

    tab = window.priorities_tab
    seen: dict[str, object] = {}

    def run_round(dialog) -> bool:  # noqa: ANN001 - the facilitator's steps
        if not isinstance(dialog, VotingWindow):
            return False
        index = dialog.network.findData("127.0.0.1")
        assert index >= 0  # this computer alone is always offered
        dialog.network.setCurrentIndex(index)
        dialog.how_many.setValue(3)
        dialog.open_round()
        assert dialog.server is not None and dialog.pages.currentIndex() == 1
        assert not dialog.qr.pixmap().isNull() and dialog.voting.code in dialog.code.text()
        keys = [c.key for c in dialog.voting.spec.candidates]
        for choice in ("support", "support", "object"):
            phone = Phone(dialog.server)
            phone.open()
            assert phone.vote({"choices": {keys[0]: choice, keys[2]: "support"}})[0] == 200
        dialog._show_counts()
        assert "3 ponsel tersambung · 3 sudah memilih" in dialog.counts.text()
        dialog.reveal.setChecked(True)
        assert dialog.results.isVisibleTo(dialog) and dialog.results.rowCount() == 3
        assert (
            "2 setuju · 1 tidak"
            in dialog.results.item(
                [dialog.results.item(r, 1).text().split()[0] for r in range(3)].index(
                    dialog.voting.spec.candidates[0].code
                ),
                2,
            ).text()
        )
        seen["url"] = dialog.server.url
        dialog.close_round()
        seen["code"] = dialog.voting.code
        return True

    monkeypatch.setattr(dialogs, "run_dialog", run_round)
    steps = window.undo_stack.count()
    tab.open_phone_voting()
    assert wait_for_operations()
    assert window.undo_stack.count() == steps + 1
    group = f"Ponsel {seen['code']}"
    with session_scope(window.result.engine) as s:
        stored = [v for v in s.scalars(select(Vote)) if v.group_label.startswith(group)]
    assert sorted((v.choice, v.count) for v in stored) == [
        ("object", 1),
        ("support", 2),
        ("support", 3),
    ]
    _reload(window, qtbot, window.undo_action.trigger)
    with session_scope(window.result.engine) as s:
        assert not [v for v in s.scalars(select(Vote)) if v.group_label.startswith(group)]
    assert not qr_pixmap("http://192.168.43.1:50000/r/x/", 200).isNull()


def test_a_flood_of_requests_leaves_the_voting_window_responsive_and_a_ballot_can_be_voided(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    monkeypatch,  # noqa: ANN001
) -> None:
    import threading
    import time

    from PySide6.QtCore import QTimer

    from tests.phones import Phone
    from workbench.ui.voting_window import VotingWindow

    tab = window.priorities_tab
    checked: dict[str, object] = {}

    def run_round(dialog) -> bool:  # noqa: ANN001
        if not isinstance(dialog, VotingWindow):
            return False
        dialog.network.setCurrentIndex(dialog.network.findData("127.0.0.1"))
        dialog.open_round()
        phone = Phone(dialog.server, "127.0.0.2")
        phone.open()
        key = dialog.voting.spec.candidates[0].key
        assert phone.vote({"choices": {key: "support"}})[0] == 200
        gaps: list[float] = []
        last = [time.monotonic()]

        def beat() -> None:
            now = time.monotonic()
            gaps.append(now - last[0])
            last[0] = now

        heart = QTimer()
        heart.timeout.connect(beat)
        heart.start(10)

        def hammer() -> None:
            for _ in range(25):
                try:
                    Phone(dialog.server, "127.0.0.3").request("GET", "/r/guess/")
                except OSError:
                    pass

        threads = [threading.Thread(target=hammer) for _ in range(16)]
        for t in threads:
            t.start()
        while any(t.is_alive() for t in threads):
            qtbot.wait(5)
        heart.stop()
        checked["worst"] = max(gaps)
        monkeypatch.setattr(dialogs, "ask_choice", lambda _p, _t, _l, items: items[0])
        dialog.void_ballot()
        dialog._show_counts()
        checked["counts"] = dialog.counts.text()
        dialog.close_round()
        return True

    monkeypatch.setattr(dialogs, "run_dialog", run_round)
    tab.open_phone_voting()
    assert wait_for_operations()
    assert checked["worst"] < 0.5  # the window kept serving its events through the flood
    assert "1 ponsel tersambung · 0 sudah memilih" in str(checked["counts"])  # voided
