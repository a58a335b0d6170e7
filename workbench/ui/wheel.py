"""The mouse wheel scrolls a form; it changes a spin box, combo box or slider only once that
field has the focus (clicked or tabbed into). Otherwise scrolling a long form past a field
silently changes its value (seen: Pengaruh 3 → 1 in the stakeholder form).

One application-wide event filter does it for every such widget, including those made later
(cell widgets, dialogs): the field ignores the wheel, so Qt passes it on to the scroll area.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox, QWidget

GUARDED = (QAbstractSpinBox, QComboBox, QAbstractSlider)
_WHEEL, _POLISH = QEvent.Type.Wheel, QEvent.Type.Polish


class WheelGuard(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind != _WHEEL and kind != _POLISH:
            return False
        if not isinstance(obj, GUARDED):
            return False
        assert isinstance(obj, QWidget)
        if kind == _POLISH:
            if obj.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                obj.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel gives no focus
            return False
        if obj.hasFocus():
            return False
        event.ignore()  # not taken: Qt offers it to the parent (the scroll area)
        return True


_guard: list[WheelGuard] = []


def install_wheel_guard(app: QApplication) -> WheelGuard:
    if not _guard:
        _guard.append(WheelGuard(app))
        app.installEventFilter(_guard[0])
    return _guard[0]
