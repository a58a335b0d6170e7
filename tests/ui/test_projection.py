"""The projection view: full screen, keyboard-driven, Esc leaves."""

from __future__ import annotations

from PySide6.QtCore import Qt

from workbench.ui.main_window import MainWindow


def test_projection_opens_full_screen_responds_and_leaves(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    window.projection_action.trigger()
    view = window.projection
    assert view is not None
    qtbot.waitUntil(lambda: view.isVisible(), timeout=5000)
    assert view.isFullScreen()
    assert view.candidates and view.candidates[0].total >= view.candidates[-1].total
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.current == 1
    top = view.top_n
    qtbot.keyClick(view, Qt.Key.Key_T)
    assert view.top_n == top + 1
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
