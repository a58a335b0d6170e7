"""The projection view: full screen, keyboard-driven, Esc leaves."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt

from workbench.ui.main_window import MainWindow


def test_projection_opens_full_screen_responds_and_leaves(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    window.projection_action.trigger()
    view = window.projection
    assert view is not None
    qtbot.waitUntil(lambda: view.isVisible(), timeout=5000)
    assert view.isFullScreen()
    assert view.rows and [r.rank for r in view.rows] == list(range(1, len(view.rows) + 1))
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.current == 1
    top = view.top_n
    tab = window.priorities_tab
    with qtbot.waitSignal(tab.loaded, timeout=30_000):
        qtbot.keyClick(view, Qt.Key.Key_T)
    assert view.top_n == top + 1 == tab.payload.view.settings.top_n  # stored, undoable
    with qtbot.waitSignal(tab.loaded, timeout=30_000):
        qtbot.keyClick(view, Qt.Key.Key_T, Qt.KeyboardModifier.ShiftModifier)
    assert view.top_n == top
    assert view.show_votes
    qtbot.keyClick(view, Qt.Key.Key_R)
    assert not view.show_votes
    image = view.grab().toImage()
    assert image.pixelColor(5, 5).name() == "#0b0f14"  # dark, high-contrast background
    with qtbot.waitSignal(view.closed, timeout=5000):
        qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.projection is None


def test_projection_readable_at_projector_resolutions(window: MainWindow) -> None:
    for w, h in ((1024, 768), (1920, 1080)):
        view = window.make_projection()
        view.resize(w, h)
        big, _small, _head, row_h = view._fonts()
        assert big.pixelSize() >= 28  # legible from the back of a room
        assert row_h * 10 < h  # at least ten locations on one screen
        view.close()


def _press(qtbot, tab, view, key, modifier=None) -> None:  # noqa: ANN001
    with qtbot.waitSignal(tab.loaded, timeout=30_000):
        if modifier is None:
            qtbot.keyClick(view, key)
        else:
            qtbot.keyClick(view, key, modifier)


def test_projection_keys_change_tallies_and_decisions_with_undo(
    window: MainWindow,  # noqa: ANN001
    qtbot,
    monkeypatch,
) -> None:  # noqa: ANN001
    from workbench.ui import dialogs

    tab = window.priorities_tab
    window.show_projection()
    view = window.projection
    qtbot.waitUntil(lambda: view.isVisible(), timeout=5000)
    for _ in range(7):  # past the demo's decided rows
        qtbot.keyClick(view, Qt.Key.Key_Down)
    key = view.current_key
    row = next(r for r in view.rows if r.key == key)
    _press(qtbot, tab, view, Qt.Key.Key_Plus)
    _press(qtbot, tab, view, Qt.Key.Key_Plus)
    assert view.current_key == key  # the highlight follows the location
    assert next(r for r in view.rows if r.key == key).support == row.support + 2
    qtbot.keyClick(view, Qt.Key.Key_Right)  # the "against" column
    _press(qtbot, tab, view, Qt.Key.Key_Plus)
    assert next(r for r in view.rows if r.key == key).object == row.object + 1
    _press(qtbot, tab, view, Qt.Key.Key_A)
    assert next(r for r in view.rows if r.key == key).decision.status == "agreed"
    _press(qtbot, tab, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert next(r for r in view.rows if r.key == key).decision is None
    _press(qtbot, tab, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert next(r for r in view.rows if r.key == key).object == row.object
    _press(qtbot, tab, view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert next(r for r in view.rows if r.key == key).object == row.object + 1
    opened = []

    def weights(dialog) -> bool:  # noqa: ANN001
        opened.append(dialog)
        return False  # cancelled: nothing changes

    monkeypatch.setattr(dialogs, "run_dialog", weights)
    qtbot.keyClick(view, Qt.Key.Key_W)
    assert opened and opened[0].parent() is view
    assert opened[0].font().pointSizeF() > view.font().pointSizeF()  # readable on the wall
    with qtbot.waitSignal(view.closed, timeout=5000):
        qtbot.keyClick(view, Qt.Key.Key_Escape)


def test_projection_goes_to_the_chosen_screen(window: MainWindow) -> None:
    from PySide6.QtGui import QGuiApplication

    from workbench.ui import settings as st

    st.put(st.PROJECTION_SCREEN, 0)
    assert window.projection_screen() is QGuiApplication.screens()[0]
    st.put(st.PROJECTION_SCREEN, 99)  # a projector no longer attached: fall back
    assert window.projection_screen() is not None
    window._fill_screen_menu()
    texts = [a.text() for a in window.screen_menu.actions()]
    assert len(texts) == 1 + len(QGuiApplication.screens())


def test_rt_rw_and_hectares_stay_whole_on_a_small_projector(app) -> None:  # noqa: ANN001
    """Issue 14.11: at 1024×768 the place names were cut, RT/RW included."""
    from PySide6.QtGui import QFont, QFontMetrics

    from workbench.ui.projection import kept_line

    font = QFont()
    font.setPixelSize(28)
    metrics = QFontMetrics(font)
    line = kept_line(metrics, 420, "RT006-RW001 · ", "Kelurahan Pasirwangi Kidul")
    assert line.startswith("RT006-RW001 · ") and "…" in line
    assert line.endswith("Kidul")  # elided in the middle: both ends of the name stay
    assert metrics.horizontalAdvance(line) <= 420
    assert kept_line(metrics, 2000, "RT006-RW001 · ", "Pasirwangi") == "RT006-RW001 · Pasirwangi"


def test_a_counted_hand_shows_at_once_and_the_ranking_follows(
    window: MainWindow,  # noqa: ANN001
    qtbot,
) -> None:
    """Issue 16: the facilitator's + showed only after the store and a full reload (0.4 s,
    2 s on a busy laptop). The highlighted row now changes in the key press itself; the
    re-ranked list replaces it when the tally is stored."""
    tab = window.priorities_tab
    window.show_projection()
    view = window.projection
    qtbot.waitUntil(lambda: view.isVisible(), timeout=5000)
    key = view.current_key
    before = next(r for r in view.rows if r.key == key).support
    with qtbot.waitSignal(tab.loaded, timeout=30_000):
        qtbot.keyClick(view, Qt.Key.Key_Plus)
        assert next(r for r in view.rows if r.key == key).support == before + 1  # no wait
    stored = next(r for r in tab.rows() if r.key == key)
    assert stored.support == before + 1
    assert [r.key for r in view.rows] == [r.key for r in tab.rows()]  # re-ranked


def test_hands_counted_faster_than_the_ranking_are_all_counted(
    window: MainWindow,  # noqa: ANN001
    qtbot,
) -> None:
    """Three + in a row, before any re-ranked list is back: each builds on the one before,
    in the view and in the stored tally, and the list shown last has all three."""
    tab = window.priorities_tab
    window.show_projection()
    view = window.projection
    qtbot.waitUntil(lambda: view.isVisible(), timeout=5000)
    key = view.current_key
    before = next(r for r in view.rows if r.key == key).support
    tab.settle.setInterval(60_000)  # no full computation during the test: the re-ranks alone
    for _ in range(3):  # as fast as the signal goes: no event processed in between
        view.tally_requested.emit(key, "support", 1)
    qtbot.waitUntil(
        lambda: next(r for r in tab.rows() if r.key == key).support == before + 3, timeout=10_000
    )
    qtbot.wait(200)  # any re-ranked list still on its way
    assert next(r for r in view.rows if r.key == key).support == before + 3
    with qtbot.waitSignal(tab.loaded, timeout=30_000):  # the full computation after the pause
        tab.settle.setInterval(0)
        tab.settle.start()
    assert next(r for r in tab.rows() if r.key == key).support == before + 3


def test_m_shows_the_map_page_coloured_by_decision_and_level(
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    """M: the district's map, every candidate in its decision's colour (else its level's),
    the highlighted one outlined, the top N numbered; M again: the list."""
    from workbench.ui.projection import DECISION_FILL
    from workbench.ui.style import LEVEL_COLORS

    view = window.make_projection()
    view.resize(1024, 768)
    view.show()
    qtbot.waitUntil(view.isVisible, timeout=5000)
    qtbot.keyClick(view, Qt.Key.Key_M)
    assert view.page == "map"
    qtbot.waitUntil(lambda: view.drawing is not None, timeout=15_000)
    colours = view.map_colours()
    for row in view.rows:
        kind = "rt" if row.key.startswith("L") else "area"
        want = (
            DECISION_FILL[row.decision.status]
            if row.decision is not None
            else LEVEL_COLORS[row.info.level]
        )
        assert colours[(kind, int(row.key[1:]))] == want
    assert any(r.decision is not None for r in view.rows)
    assert any(r.decision is None for r in view.rows)
    # drawn: the highlighted candidate's shape is on screen where the transform puts it
    image = view.grab().toImage()
    _big, _small, _head, row_h = view._fonts()
    margin = view.width() * 0.03
    area = QRectF(margin, row_h * 1.4, view.width() - 2 * margin, view.height() - row_h * 2.1)
    t = view._map_transform(QRectF(area.x(), area.y(), area.width(), area.height() - row_h * 0.6))
    assert t is not None
    ranks = {int(r.key[1:]): r.rank for r in view.rows if r.key.startswith("L")}
    current = int(view.current_key[1:])
    checked = [
        (s.owner, image.pixelColor(*(int(v) for v in t.map(s.point[0], -s.point[1]))).name())
        for s, _p in view.drawing.rt
        if ranks.get(s.owner, 0) > view.top_n and s.owner != current
    ]
    assert checked
    right = sum(1 for owner, got in checked if got == colours[("rt", owner)].name())
    assert right >= 0.9 * len(checked)  # each in its own colour at its own place
    # north up: the northernmost RT unit is drawn above the southernmost
    north = max(view.drawing.rt, key=lambda sp: sp[0].point[1])[1].boundingRect().center()
    south = min(view.drawing.rt, key=lambda sp: sp[0].point[1])[1].boundingRect().center()
    assert t.map(north).y() < t.map(south).y()
    qtbot.keyClick(view, Qt.Key.Key_M)
    assert view.page == "list"
    view.close()
