"""A table model over plain rows (dataclasses), with named columns and custom roles.

Display text is computed once per reload (``set_rows``), never per paint; ``SortRole`` returns
the raw Python value so sorting is numeric where it should be; ``IdRole`` returns the row's id.
Titles are English source strings translated in the "Columns" context.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

SortRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
RowRole = Qt.ItemDataRole.UserRole + 3
RawRole = Qt.ItemDataRole.UserRole + 4

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # English source string, marked with QT_TRANSLATE_NOOP("Columns", ...)
    value: Callable[[Any], Any] | None = None  # default: getattr(row, key)
    fmt: Callable[[Any], str] | None = None
    align: Qt.AlignmentFlag = LEFT
    background: Callable[[Any], QColor | None] | None = None
    foreground: Callable[[Any], QColor | None] | None = None
    tooltip: Callable[[Any], str] | None = None

    def raw(self, row: Any) -> Any:
        return self.value(row) if self.value is not None else getattr(row, self.key)

    def text(self, raw: Any) -> str:
        if self.fmt is not None:
            return self.fmt(raw)
        return "" if raw is None else str(raw)


Index = QModelIndex | QPersistentModelIndex


class RowTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], id_of: Callable[[Any], Any] | None = None,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._id_of = id_of or (lambda r: getattr(r, "id", None))
        self._rows: list[Any] = []
        self._raw: list[list[Any]] = []
        self._text: list[list[str]] = []

    # -- loading ---------------------------------------------------------------------------
    def set_columns(self, columns: Sequence[Column]) -> None:
        self.beginResetModel()
        self._columns = list(columns)
        self._compute()
        self.endResetModel()

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._compute()
        self.endResetModel()

    def _compute(self) -> None:
        self._raw = [[c.raw(r) for c in self._columns] for r in self._rows]
        self._text = [[c.text(v) for c, v in zip(self._columns, raws, strict=True)]
                      for raws in self._raw]

    def replace_row(self, position: int, row: Any) -> None:
        """Update one row after an edit: a narrow dataChanged, no reset."""
        self._rows[position] = row
        self._raw[position] = [c.raw(row) for c in self._columns]
        self._text[position] = [c.text(v) for c, v in
                                zip(self._columns, self._raw[position], strict=True)]
        self.dataChanged.emit(self.index(position, 0),
                              self.index(position, len(self._columns) - 1))

    # -- access ----------------------------------------------------------------------------
    @property
    def rows(self) -> list[Any]:
        return self._rows

    @property
    def columns(self) -> list[Column]:
        return self._columns

    def column_index(self, key: str) -> int:
        for i, c in enumerate(self._columns):
            if c.key == key:
                return i
        raise KeyError(key)

    def header_titles(self) -> list[str]:
        return [QCoreApplication.translate("Columns", c.title) for c in self._columns]

    def display_table(self) -> list[list[str]]:
        return [list(t) for t in self._text]

    def raw_table(self) -> list[list[Any]]:
        return [list(r) for r in self._raw]

    # -- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text[r][c]
        if role in (SortRole, RawRole):
            return self._raw[r][c]
        if role == IdRole:
            return self._id_of(self._rows[r])
        if role == RowRole:
            return self._rows[r]
        col = self._columns[c]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align)
        if role == Qt.ItemDataRole.BackgroundRole and col.background is not None:
            return col.background(self._rows[r])
        if role == Qt.ItemDataRole.ForegroundRole and col.foreground is not None:
            return col.foreground(self._rows[r])
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
            return col.tooltip(self._rows[r])
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("Columns", self._columns[section].title)
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None


class RowFilterProxy(QSortFilterProxyModel):
    """Sorts on raw values; filters on a free-text search over the display text plus any
    number of exact-match filters on raw column values (None = no filter)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._needle = ""
        self._exact: dict[int, Any] = {}

    def _begin(self) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9; invalidateFilter is deprecated
            self.beginFilterChange()

    def _end(self) -> None:
        if hasattr(self, "endFilterChange"):
            self.endFilterChange()
        else:
            self.invalidateFilter()

    def set_search(self, text: str) -> None:
        self._begin()
        self._needle = text.strip().lower()
        self._end()

    def set_exact(self, column: int, value: Any) -> None:
        self._begin()
        if value is None:
            self._exact.pop(column, None)
        else:
            self._exact[column] = value
        self._end()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RowTableModel)
        raws = model._raw[source_row]
        for col, value in self._exact.items():
            if raws[col] != value:
                return False
        if self._needle:
            return any(self._needle in t.lower() for t in model._text[source_row])
        return True

    def lessThan(self, left: Index, right: Index) -> bool:
        a = left.data(SortRole)
        b = right.data(SortRole)
        if a is None:
            return b is not None
        if b is None:
            return False
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
