"""Workbooks as districts keep them, read into one table of the kind's columns:

- a **title** above the header ("DATA BASELINE KUMUH KOTA …" in the first row) and a header
  of **two lines** (a merged cell "Aspek 1 Bangunan" over the criteria's own names, or
  units under the names) read as one header: of the first rows, the reading whose headers
  name the most of the kind's columns is taken (as the file is, when none does better);
- **several years side by side** ("Luas 2024", "Luas 2025" …, or a year over a block of
  columns): one row per RT unit and year, ``tahun`` from the header, a year whose cells are
  all empty for an RT unit left out;
- **two sheets** joined on a key column (denominators on one, volumes on another).

Each reading says what it did in a notice; spreadsheet row numbers stay those of the file.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from workbench.domain.baseline import Issue
from workbench.domain.columns import ColumnMap, TableSpec, match_headers, normalise_header

if TYPE_CHECKING:
    from workbench.services.baseline_io import RawTable

UNNAMED = re.compile(r"^Unnamed: \d+$")
YEAR = re.compile(r"(?<!\d)(199\d|20\d\d|2100)(?!\d)")
MOST_TITLE_CELLS = 2  # a title row has a cell or two, a header many
HEADER_ROWS_TRIED = 3


def _cell(value: object) -> str:
    text = "" if value is None or (isinstance(value, float) and value != value) else str(value)
    return "" if UNNAMED.match(text) else text.strip()


def _known(headers: list[str], spec: TableSpec, column_map: ColumnMap) -> int:
    """How many of the kind's columns these headers give (years taken out of them)."""
    bases = [YEAR.sub(" ", h).strip() or h for h in headers]
    problems: list = []
    match = match_headers(bases, spec, column_map.columns, problems)
    return len(set(match.renames.values()))


def _combined(top: list[str], below: list[str], spec: TableSpec) -> list[str]:
    """One header from two lines: a merged cell's text (left of its blanks) over the names
    under it; a name under nothing, or a name that names a column alone, stands alone."""
    keys = set().union(*(c.keys() for c in spec.columns))
    out, parent = [], ""
    for j in range(max(len(top), len(below))):
        t = top[j] if j < len(top) else ""
        b = below[j] if j < len(below) else ""
        if t:
            parent = t
        elif not b:
            parent = ""  # a blank in both: the merged range has ended
        over = t or parent
        if not b:
            out.append(over)
        elif not over or normalise_header(YEAR.sub(" ", b)) in keys:
            # the name alone is a column's, but a year over it stays with it
            years = YEAR.findall(over)
            out.append(f"{b} {years[0]}" if years and not YEAR.search(b) else b)
        else:
            out.append(f"{over} {b}")
    return out


def read_header(
    frame: pd.DataFrame, rows: list[int], spec: TableSpec, column_map: ColumnMap
) -> tuple[pd.DataFrame, list[int], list[Issue]]:
    """The frame with its header taken from the rows that name the most columns: as read,
    two lines, or below a title row."""
    first = [_cell(c) for c in frame.columns]
    body = [[_cell(v) for v in frame.iloc[i].tolist()] for i in range(min(3, len(frame)))]
    lines = [first, *body]
    width = len(frame.columns)
    best, best_at, best_n = first, 0, _known(first, spec, column_map)
    tried: list[tuple[list[str], int]] = []
    for start in range(min(HEADER_ROWS_TRIED, len(lines))):
        if start and sum(1 for c in lines[start - 1] if c) > MOST_TITLE_CELLS:
            break  # above a full row of headers: not a title
        if start:
            tried.append((lines[start], start))
        if start + 1 < len(lines):
            tried.append((_combined(lines[start], lines[start + 1], spec), start + 1))
    for headers, used in tried:
        n = _known(headers, spec, column_map)
        if n > best_n:
            best, best_at, best_n = headers, used, n
    if best_at == 0:
        return frame, rows, []
    names = _unique([h or f"Unnamed: {j}" for j, h in enumerate(best + [""] * (width - len(best)))])
    out = frame.iloc[best_at:].reset_index(drop=True)
    out.columns = names[:width]
    notice = Issue.of("notice", "header_rows", 1, rows=f"{rows[0] - 1}–{rows[best_at - 1]}")
    return out, rows[best_at:], [notice]


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for name in names:
        if name in seen:
            seen[name] += 1
            out.append(f"{name}.{seen[name]}")
        else:
            seen[name] = 0
            out.append(name)
    return out


def years_side_by_side(
    frame: pd.DataFrame, rows: list[int], spec: TableSpec, column_map: ColumnMap
) -> tuple[pd.DataFrame, list[int], list[Issue]]:
    """Columns of several years in one row per RT unit ("Luas 2024", "Luas 2025"), or a
    programme's money in year columns ("2025", "2026"): one row per RT unit (activity) and
    year, keeping its spreadsheet row (an activity's years stay one activity). Only when
    the kind has a ``tahun`` column the file does not give, and the headers with a year
    name the kind's columns."""
    if spec.column("tahun") is None:
        return frame, rows, []
    headers = [str(c) for c in frame.columns]
    plain = match_headers(headers, spec, column_map.columns, [])
    if "tahun" in plain.renames.values():
        return frame, rows, []
    year_of: dict[str, int] = {}
    base_of: dict[str, str] = {}
    for h in headers:
        if h in plain.renames:
            continue
        found = YEAR.findall(h)
        base = YEAR.sub(" ", h).strip(" -_/")
        if len(found) == 1 and (base or spec.per_year):
            # a header that is only a year holds the kind's yearly column (the money of a
            # programme matrix's year columns)
            year_of[h] = int(found[0])
            base_of[h] = re.sub(r"\s+", " ", base) if base else spec.per_year
    if not year_of:
        return frame, rows, []
    named = match_headers(list(dict.fromkeys(base_of.values())), spec, column_map.columns, [])
    year_of = {h: y for h, y in year_of.items() if base_of[h] in named.renames}
    if not year_of:
        return frame, rows, []
    common = [h for h in headers if h not in year_of]
    parts, numbers = [], []
    for year in sorted(set(year_of.values())):
        own = [h for h, y in year_of.items() if y == year]
        part = frame[common + own].rename(columns={h: base_of[h] for h in own})
        cells = frame[own].astype(object).where(frame[own].notna(), "")
        filled = (cells.map(lambda v: str(v).strip() != "")).any(axis=1).to_numpy()
        part = part[filled].copy()
        part["tahun"] = str(year)
        parts.append(part)
        numbers += list(np.asarray(rows)[filled])
    out = pd.concat(parts, ignore_index=True)
    years = sorted(set(year_of.values()))
    notice = Issue.of(
        "notice", "years_side_by_side", 1, years=", ".join(map(str, years)), rows=len(out)
    )
    return out, [int(n) for n in numbers], [notice]


def join_sheets(path: Path, spec: TableSpec, column_map: ColumnMap, all_text: bool) -> RawTable:
    """The sheets the mapping names read as one table: each sheet's rows joined to the
    first sheet's on the key column ``join`` (or, without it, the kind's key column), the
    rows and their numbers those of the first sheet. A key of a later sheet that the first
    does not have, or a key twice in a sheet, is an error naming sheet and row."""
    from workbench.services.baseline_io import read_table

    sheets = [s for s in (column_map.sheet, *column_map.more_sheets) if s]
    tables = []
    for sheet in sheets:
        raw = read_table(path, all_text, sheet=sheet)
        raw.frame, raw.row_numbers, notes = read_header(
            raw.frame, raw.row_numbers, spec, column_map
        )
        raw.notices.extend(notes)
        tables.append(raw)
    first = tables[0]
    issues: list[Issue] = []
    found = [_key_header(t, spec, column_map) for t in tables]
    for t, key, sheet in zip(tables, found, sheets, strict=True):
        if key is None:
            wanted = column_map.join or spec.key
            issues.append(
                Issue.of(
                    "error",
                    "join_missing",
                    1,
                    wanted,
                    sheet=sheet,
                    join=wanted,
                    headers=", ".join(map(str, t.frame.columns)),
                )
            )
    if issues:
        raise _error(first.source, issues)
    keys = [k for k in found if k is not None]
    frame = first.frame.copy()
    first_key = frame[keys[0]].astype(str).str.strip()
    issues += _twice(first_key, first.row_numbers, sheets[0], keys[0])
    known = {normalise_header(c) for c in frame.columns}
    for t, key, sheet in zip(tables[1:], keys[1:], sheets[1:], strict=True):
        other_key = t.frame[key].astype(str).str.strip()
        issues += _twice(other_key, t.row_numbers, sheet, key)
        present = set(first_key)
        for value, row in zip(other_key, t.row_numbers, strict=True):
            if value and value not in present:
                issues.append(
                    Issue.of(
                        "error", "join_unmatched", row, key, value, sheet=sheet, first=sheets[0]
                    )
                )
        extra = [c for c in t.frame.columns if c != key and normalise_header(c) not in known]
        known |= {normalise_header(c) for c in extra}
        position = {v: i for i, v in enumerate(other_key)}
        take = [position.get(v) for v in first_key]
        for col in extra:
            values = t.frame[col].tolist()
            frame[col] = [values[i] if i is not None else None for i in take]
    if issues:
        raise _error(first.source, issues)
    joined = " + ".join(f"'{s}'" for s in sheets)
    first.notices.append(Issue.of("notice", "sheets_joined", 1, sheets=joined, on=str(keys[0])))
    first.frame = frame
    first.source = f"{path.name} [{' + '.join(sheets)}]"
    for t in tables[1:]:
        first.notices.extend(t.notices)
    return first


def _error(source: str, issues: list[Issue]) -> Exception:
    from workbench.services.baseline_io import BaselineError

    return BaselineError(source, issues)


def _key_header(raw: RawTable, spec: TableSpec, column_map: ColumnMap) -> str | None:
    """The sheet's header of the join key: named by the mapping, else the kind's key."""
    headers = [str(c) for c in raw.frame.columns]
    if column_map.join:
        wanted = normalise_header(column_map.join)
        return next((h for h in headers if normalise_header(h) == wanted), None)
    match = match_headers(headers, spec, column_map.columns, [])
    return next((h for h, n in match.renames.items() if n == spec.key), None)


def _twice(keys: pd.Series, rows: list[int], sheet: str, column: str) -> list[Issue]:
    seen: dict[str, int] = {}
    out = []
    for value, row in zip(keys, rows, strict=True):
        if not value:
            continue
        if value in seen:
            out.append(
                Issue.of("error", "join_twice", row, column, value, sheet=sheet, other=seen[value])
            )
        else:
            seen[value] = row
    return out


def best_sheet(path: Path, spec: TableSpec, column_map: ColumnMap) -> str | None:
    """Of a workbook's sheets, the one whose first rows name the most of the kind's columns
    (a district's workbook opens on its instructions, or a cover sheet); None when that is
    the sheet read anyway (named like the kind, else the first), or the file is no
    workbook. Only the first rows of each sheet are read."""
    if Path(path).suffix.lower() not in (".xlsx", ".xlsm") or column_map.sheet:
        return None
    import openpyxl

    from workbench.services.baseline_io import _check_xlsx_parts
    from workbench.services.limits import current_limits

    _check_xlsx_parts(Path(path), current_limits())
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except Exception:  # noqa: BLE001 - the reading proper says what is wrong with the file
        return None
    try:
        names = [str(s) for s in book.sheetnames]
        if len(names) < 2:
            return None
        scores = {name: _sheet_score(book[name], spec, column_map) for name in names}
    finally:
        book.close()
    named = [n for n in names if n.strip().lower() in ("baseline", spec.kind)]
    default = named[0] if named else names[0]
    best = max(names, key=lambda n: scores[n])  # the first of equals
    return best if scores[best] > scores[default] else None


def first_lines(sheet: object) -> list[list[str]]:
    """A worksheet's first non-blank rows as text: where its header can be."""
    lines: list[list[str]] = []
    for values in sheet.iter_rows(max_row=12, values_only=True):  # type: ignore[attr-defined]
        cells = [_cell(v) for v in values]
        if any(cells):
            lines.append(cells)
        if len(lines) == HEADER_ROWS_TRIED + 1:
            break
    return lines


def _sheet_score(sheet: object, spec: TableSpec, column_map: ColumnMap) -> int:
    lines = first_lines(sheet)
    best = 0
    for i, line in enumerate(lines[:HEADER_ROWS_TRIED]):
        best = max(best, _known(line, spec, column_map))
        if i + 1 < len(lines):
            best = max(best, _known(_combined(line, lines[i + 1], spec), spec, column_map))
    return best
