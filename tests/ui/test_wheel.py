"""Issue 14.2: the wheel changed a spin box while the user scrolled the stakeholder form."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea, QSpinBox, QVBoxLayout, QWidget


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
