"""What several window tests do the same way."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from workbench.ui.operations import wait_for_operations


def select_rt(window: Any, code: str) -> int:
    """Select the RT unit ``code`` in Skor Kumuh and wait for the panel (read off the GUI
    thread); its row in the table as shown."""
    tab = window.scores_tab
    col = tab.model.column_index("code")
    for r in range(tab.proxy.rowCount()):
        if tab.proxy.index(r, col).data() == code:
            tab.view.setCurrentIndex(tab.proxy.index(r, 0))
            assert wait_for_operations()
            return r
    raise AssertionError(code)


def count_loads_before_each_row(tab: Any) -> tuple[list[int], list[int]]:
    """(loads, replaced): ``loads`` gets an entry per load of ``tab``; ``replaced`` records,
    each time the model replaces (or puts in) rows, how many loads had come before it."""
    loads: list[int] = []
    replaced: list[int] = []
    tab.loaded.connect(lambda: loads.append(1))
    original, upsert = tab.model.replace_row, tab.model.upsert_rows

    def replace_row(position: int, row: object) -> None:
        replaced.append(len(loads))
        original(position, row)

    def upsert_rows(rows: list[object]) -> None:
        replaced.append(len(loads))
        upsert(rows)

    tab.model.replace_row = replace_row
    tab.model.upsert_rows = upsert_rows
    return loads, replaced


def count_full_reads(monkeypatch: Any, *tabs: Any) -> list[str]:
    """The tabs' full reads (``fetch``) from now on, by tab class: a narrow update makes
    none."""
    full: list[str] = []
    for tab in tabs:
        original = type(tab).fetch

        def fetch(self: Any, session: Any, original: Any = original) -> Any:
            full.append(type(self).__name__)
            return original(self, session)

        monkeypatch.setattr(type(tab), "fetch", fetch)
    return full


@contextmanager
def written_elsewhere(window: Any) -> Iterator[Any]:
    """A session of another program on the window's database (a second window, another
    login): what it writes, the window did not."""
    from workbench.db.engine import make_engine
    from workbench.services.workspace import session_scope

    other = make_engine(str(window.result.engine.url))
    try:
        with session_scope(other) as session:
            yield session
    finally:
        other.dispose()


def answer_conflicts(monkeypatch: Any, *answers: bool) -> list[str]:
    """Answer the conflict dialogs in turn (True: apply on top; False: reload); the
    messages they showed."""
    from workbench.ui import dialogs

    asked: list[str] = []
    given = iter(answers)
    monkeypatch.setattr(dialogs, "ask_conflict", lambda _p, m: asked.append(m) or next(given))
    return asked
