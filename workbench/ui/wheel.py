"""The mouse wheel scrolls a form; it changes a spin box, combo box or slider only once that
field has the focus (clicked or tabbed into). Otherwise scrolling a long form past a field
silently changes its value (seen: Pengaruh 3 → 1 in the stakeholder form).

``guard(root)`` gives every such field under ``root`` one shared event filter (and a focus
policy the wheel does not take): the field then ignores an unfocused wheel and Qt passes it
on to the scroll area. It is called where widgets are made: each work tab when it is built,
every dialog when it is shown (``dialogs.run_dialog``), rows added to a table of fields.

Not an application-wide filter: that would make every event of every widget (paints,
timers, layout) call into Python, each call waiting for the interpreter while a worker
thread runs — measured, it doubled the window's stutter while a district loads.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox, QWidget

GUARDED = (QAbstractSpinBox, QComboBox, QAbstractSlider)
_WHEEL = QEvent.Type.Wheel
_MARK = "pkpWheelGuard"


class WheelGuard(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != _WHEEL or not isinstance(obj, QWidget) or obj.hasFocus():
            return False
        event.ignore()  # not taken: Qt offers it to the parent (the scroll area)
        return True


_guard: list[WheelGuard] = []


def _the_guard() -> WheelGuard:
    if not _guard:
        _guard.append(WheelGuard(QApplication.instance()))
    return _guard[0]


def guard(root: QWidget) -> None:
    """The wheel leaves ``root``'s fields (and ``root``, if it is one) alone until focused."""
    flt = _the_guard()
    fields: list[QWidget] = [root] if isinstance(root, GUARDED) else []
    for cls in GUARDED:
        fields.extend(root.findChildren(cls))
    for field in fields:
        if field.property(_MARK):
            continue
        field.setProperty(_MARK, True)
        if field.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel gives no focus
        field.installEventFilter(flt)
