"""Issue 14.2: the wheel changed a spin box while the user scrolled the stakeholder form."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workbench.ui import dialogs
from workbench.ui.wheel import guard


def _wheel(widget: QWidget, notches: int = 1) -> bool:
    """Send a wheel notch; True when the widget took it (else Qt hands a real, spontaneous
    wheel event on to the parent: the scroll area)."""
    pos = QPointF(widget.rect().center())
    event = QWheelEvent(
        pos,
        QPointF(widget.mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def test_wheel_scrolls_the_form_and_changes_a_field_only_when_focused(app, qtbot) -> None:  # noqa: ANN001
    page = QWidget()
    layout = QVBoxLayout(page)
    spin, box = QSpinBox(), QComboBox()
    spin.setRange(1, 5)
    spin.setValue(3)
    box.addItems(["satu", "dua", "tiga"])
    box.setCurrentIndex(1)
    layout.addWidget(spin)
    layout.addWidget(box)
    for _ in range(40):
        layout.addWidget(QSpinBox())
    scroll = QScrollArea()
    scroll.setWidget(page)
    scroll.resize(300, 200)
    guard(scroll)
    qtbot.addWidget(scroll)
    scroll.show()
    qtbot.waitExposed(scroll)
    assert spin.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel gives no focus
    assert not _wheel(spin) and not _wheel(box)  # left for the scroll area
    assert spin.value() == 3 and box.currentIndex() == 1
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    assert _wheel(spin)
    assert spin.value() == 2  # focused: the wheel (a notch down) is the field's


def _fields(root: QWidget) -> list[QWidget]:
    return [
        w for cls in (QAbstractSpinBox, QComboBox, QAbstractSlider) for w in root.findChildren(cls)
    ]


def test_every_field_of_every_tab_is_guarded(window) -> None:  # noqa: ANN001
    """The tabs are built after the window; each gets the guard as it takes its place."""
    for tab in window.work_tabs:
        fields = [w for w in _fields(tab) if w.isVisibleTo(tab)]
        assert fields, tab.title()
        for field in fields:
            assert field.focusPolicy() != Qt.FocusPolicy.WheelFocus, (tab.title(), field)
            assert not field.hasFocus()
            before = (
                field.value()
                if isinstance(field, QAbstractSpinBox | QAbstractSlider)
                else (field.currentIndex())
            )
            _wheel(field)
            after = (
                field.value()
                if isinstance(field, QAbstractSpinBox | QAbstractSlider)
                else (field.currentIndex())
            )
            assert after == before, (tab.title(), field.objectName(), type(field).__name__)


def test_a_dialog_run_through_run_dialog_is_guarded(app, qtbot, monkeypatch) -> None:  # noqa: ANN001
    dialog = QDialog()
    qtbot.addWidget(dialog)
    box = QComboBox(dialog)
    box.addItems(["satu", "dua"])
    seen = []
    monkeypatch.setattr(QDialog, "exec", lambda self: seen.append(_wheel(box)) or 0)
    dialogs.run_dialog(dialog)
    assert seen == [False] and box.currentIndex() == 0
