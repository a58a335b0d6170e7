"""One validator for every kind of file: the cells of a table, as read (text, so that every
message can quote what the user typed), checked and typed column by column as the kind's
``TableSpec`` declares them, with whole-column operations (a 200,000-row column is parsed in
one call, and only the cells that fail are looked at one by one).

Each column's type reads its cells: ``text`` (stripped; with ``choices`` one of the stored
values, or of the ``words`` a file may write), ``number``, ``whole``, ``year`` (a whole
number; decimal commas too), ``money`` (whole rupiah as districts write them), ``date``,
``yes_no`` and ``list`` (``|`` between items). ``filled`` refuses a blank cell, ``low`` and
``high`` bound a number. What only a kind knows (a code that must exist in the database, a
volume against its denominator) its own checks add to what this returns.

Free of Qt and SQL.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from workbench.domain.columns import ColumnSpec, TableSpec
from workbench.domain.formatting import parse_rupiah
from workbench.domain.issues import Issue, Severity
from workbench.domain.scoring import NO_WORDS, YES_WORDS

SEP = "|"
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d %H:%M:%S", "%d.%m.%Y")


def _as_typed(value: object, decimal_comma: bool) -> str:
    """A cell's value as the user wrote it (numbers the reader parsed: -5, not -5.0)."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, float | np.floating):
        text = str(int(value)) if float(value).is_integer() else repr(float(value))
        return text.replace(".", ",") if decimal_comma else text
    return str(value).strip()


def _strip_column(col: pd.Series) -> pd.Series:
    """Stripped text; done on the column's distinct values (few, for names and codes)."""
    obj = col.astype(object).where(col.notna(), "")
    uniques = pd.unique(obj)
    return obj.map({u: str(u).strip() for u in uniques})


def _normalise_words(col: pd.Series) -> pd.Series:
    obj = col.astype(object).where(col.notna(), "")
    uniques = pd.unique(obj)
    return obj.map({u: re.sub(r"\.0$", "", str(u).strip().lower()) for u in uniques})


def _clean_number_text(values: np.ndarray, decimal_comma: bool) -> np.ndarray:
    """Strip spaces (also non-breaking) and, with decimal comma, turn 1.234,5 into 1234.5."""
    if values.size == 0:  # a file of a header only (numpy's replace needs a cell)
        return values
    out = np.strings.replace(np.strings.replace(values, "\u00a0", ""), " ", "")
    if decimal_comma:
        comma = np.strings.find(out, ",") >= 0
        fixed = np.strings.replace(np.strings.replace(out, ".", ""), ",", ".")
        out = np.where(comma, fixed, out)
    return out


def parse_numbers(text: pd.Series, decimal_comma: bool) -> tuple[pd.Series, pd.Series]:
    """Numbers from strings: ``12.5``; with decimal comma also ``12,5`` and ``1.234,5``.
    Returns (values with NaN for blanks and bad text, mask of bad text).

    Plain numbers go through pandas' C parser in one call; only the cells it cannot read get
    the careful treatment, so a clean 200,000-row column costs milliseconds. A column that is
    already numeric (the CSV reader parsed it) is taken as it is."""
    if text.dtype.kind in "fiu":
        return text.astype("float64"), pd.Series(False, index=text.index)
    obj = text.astype(object).where(text.notna(), "")
    if decimal_comma:  # most cells need the comma fixed: clean the whole column in C first
        cleaned = _clean_number_text(obj.to_numpy().astype(str), True)
        values = pd.Series(
            pd.to_numeric(cleaned, errors="coerce"), index=text.index, dtype="float64"
        )
        bad = pd.Series(
            np.isnan(values.to_numpy()) & (np.strings.strip(cleaned) != ""), index=text.index
        )
        return values, bad
    values = pd.to_numeric(obj, errors="coerce").astype("float64")
    todo = np.flatnonzero((values.isna() & (obj != "")).to_numpy())
    bad = pd.Series(False, index=text.index)
    if len(todo):
        sub = _clean_number_text(obj.iloc[todo].to_numpy().astype(str), decimal_comma)
        parsed = pd.to_numeric(pd.Series(sub), errors="coerce").to_numpy(dtype="float64")
        values.iloc[todo] = parsed
        bad.iloc[todo] = np.isnan(parsed) & (sub != "")
    return values, bad


def parse_dates(text: pd.Series) -> pd.Series:
    """Dates as districts write them (2025-03-01, 01/03/2025, 1-3-2025, 01.03.2025, and the
    date-and-time a spreadsheet cell gives): ``datetime.date`` or None; one parse per
    format over the cells not read yet."""
    parsed = pd.Series(pd.NaT, index=text.index, dtype="datetime64[ns]")
    for fmt in DATE_FORMATS:
        todo = parsed.isna() & (text != "")
        if not todo.any():
            break
        parsed[todo] = pd.to_datetime(text[todo], format=fmt, errors="coerce")
    out = pd.Series([None] * len(text), index=text.index, dtype=object)
    ok = parsed.notna()
    out[ok] = parsed[ok].dt.date
    return out


def parse_date(text: str) -> date | None:
    """One cell, as ``parse_dates`` reads a column."""
    value = parse_dates(pd.Series([str(text).strip()], dtype=object)).iat[0]
    return value if isinstance(value, date) else None


def split_list(text: str) -> list[str]:
    return [p.strip() for p in str(text).split(SEP) if p.strip()]


@dataclass
class Checked:
    """A table checked: ``frame`` holds the typed columns (only those the input has);
    ``issues`` every cell that was refused; ``bad`` and ``blank`` the masks of the cells
    that could not be read as their type and of those left blank, per column."""

    frame: pd.DataFrame
    issues: list[Issue] = field(default_factory=list)
    bad: dict[str, np.ndarray] = field(default_factory=dict)
    blank: dict[str, np.ndarray] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not any(i.severity == "error" for i in self.issues)


def _number(value: float | None) -> object:
    if value is None:
        return ""
    return int(value) if float(value).is_integer() else value


def _choose(text: pd.Series, c: ColumnSpec) -> pd.Series:
    """The stored value each cell names ("" for a blank, None for none of the choices)."""
    allowed = set(c.choices)
    words = {w.lower(): v for w, v in c.words}
    table: dict[str, str | None] = {}
    for u in pd.unique(text):
        s = str(u)
        key = s.lower().replace(" ", "_")
        table[s] = "" if not s else key if key in allowed else words.get(s.lower())
    return text.map(table)


def check_columns(
    raw: pd.DataFrame,
    spec: TableSpec,
    rows: Sequence[int] | np.ndarray | None = None,
    *,
    decimal_comma: bool = False,
    columns: Iterable[str] | None = None,
) -> Checked:
    """Check and type every column of ``spec`` that ``raw`` has (or only ``columns``).
    ``rows`` are the spreadsheet's row numbers of the frame's rows (header = row 1)."""
    n = len(raw)
    rownum = np.asarray(rows if rows is not None else range(2, n + 2))
    wanted = set(columns) if columns is not None else None
    out = pd.DataFrame(index=raw.index)
    result = Checked(out)
    issues = result.issues

    def add(
        mask: pd.Series | np.ndarray,
        column: str,
        key: str,
        severity: Severity = "error",
        values: pd.Series | None = None,
        **params: object,
    ) -> None:
        hits = np.flatnonzero(np.asarray(mask, dtype=bool))
        if not len(hits):
            return
        vals = values if values is not None else raw[column]
        for i in hits:
            value = _as_typed(vals.iat[i], decimal_comma)
            extra = {"given": value, **params} if key == "not_one_of" else params
            issues.append(Issue.of(severity, key, int(rownum[i]), column, value, **extra))

    number_key = "not_number_comma" if decimal_comma else "not_number"
    for c in spec.columns:
        col = c.name
        if col not in raw.columns or (wanted is not None and col not in wanted):
            continue
        cells = raw[col]
        start = len(issues)
        if c.type in ("number", "whole", "year"):
            values, bad_mask = parse_numbers(cells, decimal_comma)
            bad = bad_mask.to_numpy()
            if c.type != "number":  # a fraction is no whole number or year
                fraction = (values.notna() & (values % 1 != 0)).to_numpy()
                if c.type == "year" or c.bad_key:
                    bad = bad | fraction
                else:
                    add(fraction, col, "whole_number")
            default = "bad_year" if c.type == "year" else number_key
            add(bad, col, c.bad_key or default)
            blank = (values.isna() & ~bad_mask).to_numpy()
            if c.low is not None or c.high is not None:
                low = -np.inf if c.low is None else c.low
                high = np.inf if c.high is None else c.high
                outside = (values.notna() & ((values < low) | (values > high))).to_numpy()
                outside = outside & ~bad
                key = c.range_key or ("year_range" if c.type == "year" else "out_of_range")
                bounds: dict[str, Any] = {"low": _number(c.low), "high": _number(c.high)}
                said = bounds if key in ("year_range", "out_of_range") else {}
                add(outside, col, key, "error", None, **said)
            out[col] = values.where(~bad)  # out of range: kept as written, and refused
        elif c.type == "money":
            text = _strip_column(cells)
            amounts: dict[str, int | None] = {}
            failed: set[str] = set()
            for u in pd.unique(text):
                try:
                    amounts[u] = parse_rupiah(u)
                except ValueError:
                    amounts[u] = None
                    failed.add(u)
            bad = text.isin(failed).to_numpy()
            add(bad, col, c.bad_key or "rupiah")
            blank = (text == "").to_numpy()
            out[col] = pd.array(text.map(amounts).tolist(), dtype="Int64")
        elif c.type == "date":
            text = _strip_column(cells)
            dates = parse_dates(text)
            blank = (text == "").to_numpy()
            bad = (dates.isna() & (text != "")).to_numpy()
            add(bad, col, c.bad_key or "bad_date")
            out[col] = dates
        elif c.type == "yes_no":
            words = _normalise_words(cells)
            blank = (words == "").to_numpy()
            bad = ((words != "") & ~words.isin(YES_WORDS | NO_WORDS)).to_numpy()
            add(bad, col, c.bad_key or "yes_no")
            b = pd.Series(pd.NA, index=raw.index, dtype="boolean")
            b[words.isin(YES_WORDS).to_numpy()] = True
            b[words.isin(NO_WORDS).to_numpy()] = False
            out[col] = b
        elif c.type == "list":
            text = _strip_column(cells)
            blank = (text == "").to_numpy()
            bad = np.zeros(n, dtype=bool)
            out[col] = text.map({u: split_list(u) for u in pd.unique(text)})
        else:  # text
            text = _strip_column(cells)
            blank = (text == "").to_numpy()
            bad = np.zeros(n, dtype=bool)
            if c.choices:
                chosen = _choose(text, c)
                bad = chosen.isna().to_numpy()
                add(bad, col, c.bad_key or "not_one_of", allowed=", ".join(c.choices))
                out[col] = chosen.fillna("").astype(object)
            else:
                out[col] = text.astype(object)
        if c.filled:
            add(blank, col, c.blank_key or "blank")
        issues[start:] = sorted(issues[start:], key=lambda i: i.row or 0)  # a column's by row
        result.bad[col], result.blank[col] = bad, blank
    return result


def sort_issues(issues: list[Issue]) -> list[Issue]:
    """Errors first, then by row (stable: a row's issues keep the order they were found)."""
    return sorted(issues, key=lambda i: (i.severity != "error", i.row or 0))
