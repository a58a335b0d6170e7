"""Combo boxes whose items carry Python values.

``QComboBox.findData`` compares a Python object stored as item data (a tuple, a dataclass) by
identity, not by value, so it misses an equal value built elsewhere and ``max(0, findData(x))``
silently lands on the first item: a form then shows (and saves) the wrong choice. These
helpers compare with ``==`` and say when nothing matched.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox


def index_of(box: QComboBox, value: object) -> int:
    """The first item whose data equals ``value``, else -1."""
    for i in range(box.count()):
        if box.itemData(i) == value:
            return i
    return -1


def select_data(box: QComboBox, value: object, fallback: int | None = 0) -> bool:
    """Make the item holding ``value`` current; True when found. When not found the box shows
    ``fallback`` (an index; None leaves it as it is)."""
    i = index_of(box, value)
    if i >= 0:
        box.setCurrentIndex(i)
        return True
    if fallback is not None and box.count():
        box.setCurrentIndex(fallback)
    return False


def combo(items: Iterable[tuple[object, str]], current: object = None) -> QComboBox:
    """A combo box of (value, text) items with ``current`` chosen (the first when absent)."""
    box = QComboBox()
    for data, text in items:
        box.addItem(text, data)
    if current is not None:
        select_data(box, current)
    return box
