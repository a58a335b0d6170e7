"""Write tables as a person opens them: .xlsx with a bold frozen header row, columns wide
enough for their contents and text stored as text; or .csv the way Indonesian Excel reads it
(semicolon separator, decimal comma, UTF-8 with BOM). Numbers stay numbers.

Text is never a formula: in .xlsx a text cell is typed as a string (so ``=HYPERLINK(…)``
shows as written), and in .csv a text starting with ``= + - @``, a tab or a carriage return
gets a leading apostrophe, as OWASP recommends against CSV injection."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from workbench.services.files import replacing

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MAX_WIDTH = 60  # characters


def _plain(value: Any) -> Any:
    """A cell value for the writers: numbers as numbers, None/NaN as empty, the rest text."""
    if value is None or value is pd.NA:
        return None
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, int | float):
        return None if isinstance(value, float) and math.isnan(value) else value
    if hasattr(value, "item") and not isinstance(value, str):  # numpy scalars
        return _plain(value.item())
    return str(value)


def inert_csv_text(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _write_sheet(
    book: Any,
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    help_rows: Sequence[int] = (),
) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    ws = book.create_sheet(title=(title or "Tabel")[:31])
    ws.append(list(headers))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    widths = [len(str(h)) for h in headers]
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            v = _plain(value)
            if v is None:
                continue
            cell = ws.cell(row=r, column=c)
            cell.value = v
            if isinstance(v, str):
                cell.data_type = "s"  # text stays text, never a formula
                width = len(v)
            else:
                width = len(f"{v:,.2f}") if isinstance(v, float) else len(f"{v:,}")
            if c <= len(widths):
                widths[c - 1] = max(widths[c - 1], width)
    for c, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = min(width + 2, MAX_WIDTH)
    for r in help_rows:  # rows that explain (units, an example): grey italics
        for c in range(1, len(headers) + 1):
            ws.cell(row=r, column=c).font = Font(italic=True, color="808080")
    ws.freeze_panes = "A2"


def write_sheets(
    path: Path,
    sheets: dict[str, tuple[Sequence[str], Sequence[Sequence[Any]]]],
    help_rows: dict[str, Sequence[int]] | None = None,
) -> Path:
    """Several tables as sheets of one .xlsx, atomically (nothing left on failure);
    ``help_rows``: per sheet, spreadsheet rows shown as help (grey italics)."""
    from openpyxl import Workbook

    path = Path(path)
    book = Workbook()
    book.remove(book.active)
    for title, (headers, rows) in sheets.items():
        _write_sheet(book, title, headers, rows, (help_rows or {}).get(title, ()))
    with replacing(path) as tmp, open(tmp, "wb") as f:
        book.save(f)
    return path


def write_frames(path: Path, frames: dict[str, pd.DataFrame]) -> Path:
    sheets: dict[str, tuple[Sequence[str], Sequence[Sequence[Any]]]] = {}
    for name, f in frames.items():
        rows = list(f.astype(object).itertuples(index=False, name=None))
        sheets[name] = ([str(c) for c in f.columns], rows)
    return write_sheets(path, sheets)


def write_table(
    path: Path, headers: Sequence[str], rows: Sequence[Sequence[Any]], sheet: str = "Tabel"
) -> Path:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return write_sheets(path, {sheet: (headers, rows)})
    if suffix != ".csv":
        raise ValueError(f"{path.name}: choose a .xlsx or .csv file name")
    frame = pd.DataFrame(
        [[inert_csv_text(_plain(v)) for v in row] for row in rows], columns=list(headers)
    )
    with replacing(path) as tmp:
        frame.to_csv(tmp, sep=";", decimal=",", index=False, encoding="utf-8-sig")
    return path
