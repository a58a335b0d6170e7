"""A tab that shows one table of plain rows, loaded off the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from workbench.ui.errors import error_text
from workbench.ui.models import (
    Column,
    Prepared,
    RowFilterProxy,
    RowTableModel,
    prepare,
)
from workbench.ui.operations import (
    KINDS,
    REFUSALS,
    Changes,
    Operations,
    ServiceCommand,
    Work,
    change_hub,
    read_async,
)
from workbench.ui.tasks import Cancelled, TaskHandle

if TYPE_CHECKING:
    from workbench.services.server import Identity

__all__ = ["REFUSALS", "ServiceCommand", "ServiceEdits", "TableTab", "Work"]

# the one undo command and the operations mixin live in the operations layer
ServiceEdits = Operations


log = logging.getLogger(__name__)

LOADING_NOTE_AFTER_MS = 600
PAINT_FIRST_MS = 50


class TableTab(QWidget):
    """Subclasses give ``columns()`` and ``fetch(session)``; optionally ``table(payload)``
    (rows and columns from the payload) and ``apply(payload)`` (summary, filters).
    ``fetch`` and ``table`` run in a worker thread, and so does the preparation of display
    text and sort keys; the GUI thread only swaps the prepared data in."""

    loaded = Signal()
    load_failed = Signal(str)
    # the kinds of data (operations.KINDS) this tab shows: a change that touches one of
    # them refreshes it, at once when it is on screen, else when it is next shown
    watches: frozenset[str] = KINDS
    # who is signed in and what that login may do (set by the window before the engine);
    # None: not known (a tab alone, in a test), everything is offered
    who: Identity | None = None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine: Engine | None = None
        self.is_loaded = False
        self._handle: TaskHandle | None = None
        self._stale = False
        # changes not yet shown, and those the load in flight shows (None: it reads all)
        self._due: list[Changes] = []
        self._loading: list[Changes] | None = None
        self._refresh = QTimer(self)  # several changes in one event-loop pass: one refresh
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(0)
        self._refresh.timeout.connect(self._refresh_due)
        # "Loading…" only for a load that takes a while: changing the line above the table
        # lays the tab out again and repaints the table, which (its model being Python)
        # then waits on the worker's GIL for as long as the load runs
        self._loading_note = QTimer(self)
        self._loading_note.setSingleShot(True)
        self._loading_note.setInterval(LOADING_NOTE_AFTER_MS)
        self._loading_note.timeout.connect(self._show_loading)
        change_hub().changed.connect(self._on_changes)
        self.summary = QLabel()
        self.summary.setObjectName("tabSummary")
        self.summary.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(QCoreApplication.translate("TableTab", "Search…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(100)  # readable on a 1024×768 screen beside the filters
        self.filter_bar = QHBoxLayout()
        self.filter_bar.addWidget(self.search, 2)
        self.model = self.make_model()
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setAlternatingRowColors(True)
        # a long name loses its middle, not its end (RT/RW, the kelurahan stay readable)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.setWordWrap(False)  # (with wrapping on, Qt elides the end instead)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.verticalHeader().setVisible(False)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.search.textChanged.connect(self._on_search)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(self.filter_bar)
        layout.addWidget(self.body(), 1)

    # -- to override -----------------------------------------------------------------------
    def body(self) -> QWidget:
        """What fills the tab under the filter bar (default: the table)."""
        return self.view

    def make_model(self) -> RowTableModel:
        """The table's model (default: read-only rows with an ``id``)."""
        return RowTableModel(self.columns(), parent=self)

    def title(self) -> str:
        raise NotImplementedError

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def fetch(self, session: Session) -> Any:
        raise NotImplementedError

    def narrow_fetch(self, due: list[Changes]) -> Callable[[Session], Any] | None:
        """A read of only what ``due`` changed, giving the payload to show from the one
        shown now (run in a worker, like ``fetch``); None: ``fetch`` it all again."""
        return None

    def table(self, payload: Any) -> tuple[list[Column], list[Any]] | None:
        """The table's columns and rows from the payload; None: the rows shown stay."""
        return self.columns(), payload

    def apply(self, payload: Any) -> None:
        """GUI thread, after the model has its rows: summaries, filter choices."""

    def can_add_item(self) -> bool:
        """Whether Ctrl+N (Sunting → Item baru) makes something in this tab."""
        return False

    def new_item(self) -> None:
        """Ctrl+N: a new item of this tab (a stakeholder, a source, an activity)."""

    # -- changes made elsewhere -------------------------------------------------------------
    def _on_changes(self, changes: Changes) -> None:
        if self.engine is None or not changes.touches(self.watches):
            return
        if changes.origin is self and changes.handled:
            return  # shown already, row by row
        self._due.append(changes)
        self.on_changes(changes)

    def on_changes(self, changes: Changes) -> None:
        """Data this tab shows changed: refresh now if it made the change or is on screen,
        else when it is next shown (a tab of a closed window never works for nothing)."""
        if changes.origin is self or self.isVisible():
            self.is_loaded = False  # from now: the refresh below is due
            self._refresh.start()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.is_loaded = False  # the refresh below is due
            # once the tab has painted the rows it has: a table whose model is Python
            # cannot paint while a worker runs Python (every cell waits for the GIL)
            QTimer.singleShot(PAINT_FIRST_MS, self._refresh.start)

    # -- loading ---------------------------------------------------------------------------
    def set_engine(self, engine: Engine | None) -> None:
        self.engine = engine
        self.reload()

    def reload(self) -> None:
        """Read everything the tab shows again."""
        self._due = []
        self._load(self.fetch, None)

    def _refresh_due(self) -> None:
        """The changes not yet shown: only what they touched where the tab can say how
        (``narrow_fetch``), else everything. A narrow load replaced before it showed its
        changes hands them on; a full one replaced is read again in full."""
        due, self._due = self._due, []
        if self._handle is not None and not self._handle.finished:
            if self._loading is None:
                self.reload()
                return
            due = [*self._loading, *due]
        work = self.narrow_fetch(due) if due else None
        if work is None:
            self.reload()
        else:
            self._load(work, due)

    def _load(self, work: Callable[[Session], Any], shows: list[Changes] | None) -> None:
        if self._handle is not None and not self._handle.finished:
            self._handle.cancel()
        self.is_loaded = False
        self._loading = shows
        if self.engine is None:
            self.model.set_rows([])
            return
        engine = self.engine
        self._loading_note.start()

        def after(payload: Any, _ctx: Any) -> tuple[Any, Prepared | None]:
            table = self.table(payload)
            return payload, None if table is None else prepare(*table)

        self._stale = False
        self._handle = read_async(
            engine, work, self._on_loaded, self._on_failed, type(self).__name__, after
        )

    def _show_loading(self) -> None:
        if not self.is_loaded:
            self.summary.setText(QCoreApplication.translate("TableTab", "Loading…"))

    def _on_loaded(self, result: tuple[Any, Prepared | None]) -> None:
        self._loading_note.stop()
        self._loading = None
        payload, prepared = result
        try:
            if prepared is not None:
                self.model.set_prepared(prepared)
            self.apply(payload)
            if prepared is not None:
                fit_columns(self.view, self.model)
        except Exception as exc:  # noqa: BLE001 - said in the tab, not left "loading" forever
            log.exception("showing the rows of %s failed", type(self).__name__)
            self._on_failed(exc)
            return
        self.is_loaded = True
        self.loaded.emit()

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):  # a newer load replaced this one
            return
        if self._loading is not None:  # a narrow read failed: read it all, as it was done
            log.warning("narrow refresh of %s failed: %s", type(self).__name__, exc)
            self.reload()
            return
        self._loading_note.stop()
        message = QCoreApplication.translate("TableTab", "Could not load: %1")
        self.summary.setText(message.replace("%1", error_text(exc)))
        self.is_loaded = True
        self.load_failed.emit(error_text(exc))
        self.loaded.emit()

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)

    # -- for export and print --------------------------------------------------------------
    def visible_table(self) -> tuple[list[str], list[list[Any]], list[list[str]]]:
        """Headers, raw values and display text of the rows as filtered and sorted now."""
        headers = self.model.header_titles()
        raw, text = [], []
        for r in range(self.proxy.rowCount()):
            pos = self.model.source_position(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
            raw.append(self.model._data.raw[pos])
            text.append(self.model._data.text[pos])
        return headers, raw, text

    def export_table(self) -> tuple[list[str], list[list[Any]]]:
        """The rows as filtered and sorted now, as the user sees them: texts as shown (levels
        in words, not codes), numbers as numbers, a many-valued column one column per value."""
        headers = self.model.header_titles()
        positions = [
            self.model.source_position(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
            for r in range(self.proxy.rowCount())
        ]
        data = self.model._data
        rows = [data.rows[p] for p in positions]
        out_headers: list[str] = []
        getters: list[Callable[[int, Any], Any]] = []
        for j, col in enumerate(data.columns):
            if col.split is not None:
                for title, value in col.split(rows):
                    out_headers.append(title)
                    getters.append(lambda _p, row, v=value: v(row))
                continue
            out_headers.append(headers[j])

            def cell(p: int, _row: Any, j: int = j) -> Any:
                raw, text = data.raw[p][j], data.text[p][j]
                if not text:
                    return None  # shown empty: exported empty
                if isinstance(raw, int | float) and not isinstance(raw, bool):
                    return raw
                return text

            getters.append(cell)
        return out_headers, [
            [g(p, row) for g in getters] for p, row in zip(positions, rows, strict=True)
        ]

    def select_row_where(self, wanted: Callable[[Any], bool]) -> bool:
        """Select and bring into view the first row shown for which ``wanted`` holds (a
        click on the map beside the table); False when none is shown."""
        row = self.model.first_shown(wanted)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.view.selectRow(index.row())
        self.view.scrollTo(index)
        return True

    def select_first_row(self) -> None:
        if self.proxy.rowCount():
            self.view.selectRow(0)
            self.view.scrollTo(self.proxy.index(0, 0))


def shrinkable(box: QComboBox, characters: int = 7) -> QComboBox:
    """A filter combo box that gives way on a narrow window (its text elided) instead of
    pushing the search box out of sight."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(characters)
    return box


def fit_columns(view: QTableView, model: RowTableModel, most: int = 320) -> None:
    """Width of each column from the longest texts of all its rows and its title, not only of
    the rows on screen now (Qt's resizeColumnsToContents): a search, a filter or an undo then
    never leaves a column too narrow for its figures ("Rp …")."""
    data = model._data
    cells = view.fontMetrics()
    header = view.horizontalHeader()
    titles = header.fontMetrics()
    pad = 2 * view.style().pixelMetric(view.style().PixelMetric.PM_FocusFrameHMargin) + 14
    for col, title in enumerate(model.header_titles()):
        widest = data.widest[col] if col < len(data.widest) else []
        width = max([cells.horizontalAdvance(t) for t in widest] or [0]) + pad
        width = max(width, titles.horizontalAdvance(title) + pad + 16)  # + sort arrow
        view.setColumnWidth(col, min(width, most))


def align_right() -> Qt.AlignmentFlag:
    return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
