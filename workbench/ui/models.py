"""A table model over plain rows (dataclasses), with named columns and custom roles.

Display text is computed once per reload (``set_rows``), never per paint; ``SortRole`` returns
the raw Python value so sorting is numeric where it should be; ``IdRole`` returns the row's id.
Titles are English source strings translated in the "Columns" context.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
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

from workbench.domain.collation import name_key

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
    # for export: a column holding several values (the 16 criterion scores) becomes one
    # column per value: split(rows) -> [(title, value of a row)]
    split: Callable[[Sequence[Any]], list[tuple[str, Callable[[Any], Any]]]] | None = None

    def raw(self, row: Any) -> Any:
        return self.value(row) if self.value is not None else getattr(row, self.key)

    def text(self, raw: Any) -> str:
        if self.fmt is not None:
            return self.fmt(raw)
        return "" if raw is None else str(raw)


Index = QModelIndex | QPersistentModelIndex


@dataclass
class Prepared:
    """Rows with their raw values, display text and sort keys, computed off the GUI thread."""

    columns: list[Column]
    rows: list[Any]
    raw: list[list[Any]]
    text: list[list[str]]
    keys: list[list[Any]]  # per column: one comparable key per row
    search: list[str]  # per row: all display text, lower-cased, for the search box
    widest: list[list[str]] = field(default_factory=list)  # per column: its longest texts


def _sort_key(value: Any) -> Any:
    if isinstance(value, tuple):
        return float(sum(v for v in value if isinstance(v, (int, float))))
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, (int, float)):
        return float("-inf") if value != value else float(value)  # NaN sorts first
    return name_key("" if value is None else str(value))  # as people order names


def prepare(columns: Sequence[Column], rows: Sequence[Any]) -> Prepared:
    """Everything ``data()`` needs, computed once; safe to run in a worker thread."""
    cols = list(columns)
    raw = [[c.raw(r) for c in cols] for r in rows]
    text = [[c.text(v) for c, v in zip(cols, vals, strict=True)] for vals in raw]
    keys = []
    for j in range(len(cols)):
        column_keys = [_sort_key(vals[j]) for vals in raw]
        if any(isinstance(k, float) for k in column_keys) and any(
            isinstance(k, tuple) for k in column_keys
        ):
            column_keys = [(1, k) if isinstance(k, float) else (0, k) for k in column_keys]
        keys.append(column_keys)
    search = ["\x1f".join(t).lower() for t in text]
    widest = [heapq.nlargest(3, {t[j] for t in text}, key=len) for j in range(len(cols))]
    return Prepared(cols, list(rows), raw, text, keys, search, widest)


class RowTableModel(QAbstractTableModel):
    """Rows are kept in load order. Sorting and filtering only change ``_order``, the list of
    row positions shown (sorted by precomputed keys, then filtered with list comprehensions),
    so neither makes a Python call per comparison or per row from Qt."""

    def __init__(
        self,
        columns: Sequence[Column],
        id_of: Callable[[Any], Any] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._id_of = id_of or (lambda r: getattr(r, "id", None))
        self._data = prepare(columns, [])
        self._order: list[int] = []
        self._sorted: list[int] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._exact: dict[str, Any] = {}  # column key -> required raw value
        self._needle = ""

    # -- loading ---------------------------------------------------------------------------
    def set_prepared(self, prepared: Prepared) -> None:
        self.beginResetModel()
        self._data = prepared
        self._sorted = list(range(len(prepared.rows)))
        if self._sort is not None and self._sort[0] < len(prepared.columns):
            self._sorted = self._sorted_order(*self._sort)
        self._order = self._filtered(self._sorted)
        self.endResetModel()

    def set_columns(self, columns: Sequence[Column]) -> None:
        self.set_prepared(prepare(columns, self._data.rows))

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.set_prepared(prepare(self._data.columns, rows))

    def replace_row(self, position: int, row: Any) -> None:
        """Update one row (by load position) after an edit: a narrow dataChanged."""
        one = prepare(self._data.columns, [row])
        self._data.rows[position] = row
        self._data.raw[position] = one.raw[0]
        self._data.text[position] = one.text[0]
        for j, keys in enumerate(self._data.keys):
            keys[position] = one.keys[j][0]
        try:
            view_row = self._order.index(position)
        except ValueError:  # filtered out now: nothing on screen to repaint
            return
        self.dataChanged.emit(
            self.index(view_row, 0), self.index(view_row, len(self._data.columns) - 1)
        )

    def upsert_rows(self, rows: Sequence[Any]) -> None:
        """Rows added or changed (matched by id): put in place, in the order and filter
        shown, without preparing the other rows again (an added or restored stakeholder)."""
        if not rows:
            return
        one = prepare(self._data.columns, rows)
        d = self._data
        position = {self._id_of(r): i for i, r in enumerate(d.rows)}
        self.beginResetModel()
        for k, row in enumerate(rows):
            i = position.get(self._id_of(row))
            if i is None:
                d.rows.append(row)
                d.raw.append(one.raw[k])
                d.text.append(one.text[k])
                d.search.append(one.search[k])
                for j, keys in enumerate(d.keys):
                    keys.append(one.keys[j][k])
            else:
                d.rows[i], d.raw[i], d.text[i] = row, one.raw[k], one.text[k]
                d.search[i] = one.search[k]
                for j, keys in enumerate(d.keys):
                    keys[i] = one.keys[j][k]
        for j in range(len(d.widest)):
            d.widest[j] = heapq.nlargest(3, {*d.widest[j], *(t[j] for t in one.text)}, key=len)
        self._reorder()
        self.endResetModel()

    def remove_ids(self, ids: Iterable[Any]) -> None:
        """Rows taken away (a deleted stakeholder), the others as they were."""
        gone = set(ids)
        d = self._data
        keep = [i for i, r in enumerate(d.rows) if self._id_of(r) not in gone]
        if len(keep) == len(d.rows):
            return
        self.beginResetModel()
        d.rows[:] = [d.rows[i] for i in keep]
        d.raw[:] = [d.raw[i] for i in keep]
        d.text[:] = [d.text[i] for i in keep]
        d.search[:] = [d.search[i] for i in keep]
        for keys in d.keys:
            keys[:] = [keys[i] for i in keep]
        self._reorder()
        self.endResetModel()

    def _reorder(self) -> None:
        self._sorted = list(range(len(self._data.rows)))
        if self._sort is not None and self._sort[0] < len(self._data.columns):
            self._sorted = self._sorted_order(*self._sort)
        self._order = self._filtered(self._sorted)

    # -- sorting ---------------------------------------------------------------------------
    def _sorted_order(self, column: int, order: Qt.SortOrder) -> list[int]:
        keys = self._data.keys[column]
        return sorted(
            range(len(keys)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._data.columns):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = self._order
        self._sorted = self._sorted_order(column, order)
        self._order = self._filtered(self._sorted)
        position = {src: i for i, src in enumerate(self._order)}
        for idx in self.persistentIndexList():
            if idx.isValid():
                self.changePersistentIndex(idx, self.index(position[old[idx.row()]], idx.column()))
        self.layoutChanged.emit()

    # -- filtering -------------------------------------------------------------------------
    def _filtered(self, positions: list[int]) -> list[int]:
        raw = self._data.raw
        for key, value in self._exact.items():
            try:
                col = self.column_index(key)
            except KeyError:
                continue
            positions = [p for p in positions if raw[p][col] == value]
        if self._needle:
            search, needle = self._data.search, self._needle
            positions = [p for p in positions if needle in search[p]]
        return positions

    def set_filter(self, exact: dict[str, Any], needle: str) -> None:
        """Show only rows whose raw value equals ``exact[column key]`` for every entry and
        whose text contains ``needle`` (case-insensitive)."""
        self.beginResetModel()
        self._exact = {k: v for k, v in exact.items() if v is not None}
        self._needle = needle.strip().lower()
        self._order = self._filtered(self._sorted)
        self.endResetModel()

    # -- access ----------------------------------------------------------------------------
    @property
    def rows(self) -> list[Any]:
        return self._data.rows

    @property
    def columns(self) -> list[Column]:
        return self._data.columns

    def source_position(self, view_row: int) -> int:
        return self._order[view_row]

    def first_shown(self, wanted: Callable[[Any], bool]) -> int | None:
        """The first row shown (its model row) for which ``wanted`` holds: a walk over the
        Python rows, no Qt call per row (a province's matrix has tens of thousands)."""
        rows = self._data.rows
        return next((i for i, p in enumerate(self._order) if wanted(rows[p])), None)

    def column_index(self, key: str) -> int:
        for i, c in enumerate(self._data.columns):
            if c.key == key:
                return i
        raise KeyError(key)

    def header_titles(self) -> list[str]:
        return [QCoreApplication.translate("Columns", c.title) for c in self._data.columns]

    # -- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._data.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = self._order[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._data.text[r][c]
        if role in (SortRole, RawRole):
            return self._data.raw[r][c]
        if role == IdRole:
            return self._id_of(self._data.rows[r])
        if role == RowRole:
            return self._data.rows[r]
        col = self._data.columns[c]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align)
        if role == Qt.ItemDataRole.BackgroundRole and col.background is not None:
            return col.background(self._data.rows[r])
        if role == Qt.ItemDataRole.ForegroundRole and col.foreground is not None:
            return col.foreground(self._data.rows[r])
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
            return col.tooltip(self._data.rows[r])
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("Columns", self._data.columns[section].title)
        return None


class RowFilterProxy(QSortFilterProxyModel):
    """The views' model. Sorting and filtering are done by the RowTableModel on prepared
    data; this proxy passes them on and keeps no Python per-row callbacks."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(False)
        self._needle = ""
        self._exact: dict[str, Any] = {}

    def _source(self) -> RowTableModel:
        model = self.sourceModel()
        assert isinstance(model, RowTableModel)
        return model

    def set_search(self, text: str) -> None:
        self._needle = text
        self._source().set_filter(self._exact, self._needle)

    def set_exact(self, column: int, value: Any) -> None:
        self.set_exacts({column: value})

    def set_exacts(self, values: dict[int, Any]) -> None:
        """Several column filters at once: one refilter instead of one per column."""
        for column, value in values.items():
            key = self._source().columns[column].key
            if value is None:
                self._exact.pop(key, None)
            else:
                self._exact[key] = value
        self._source().set_filter(self._exact, self._needle)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._source().sort(column, order)
