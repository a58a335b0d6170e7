"""Validating a baseline table (contract: shared/spec/interfaces.md, "Baseline file").

Input is a frame of *strings* exactly as read from the file (header row already consumed), so
every message can quote the value the user typed. Output is a typed frame ready for scoring or
import, plus a list of issues naming row (as the spreadsheet shows it: header = row 1), column,
value and what is expected. Pure: no files, no database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

import numpy as np
import pandas as pd

from workbench.domain.messages import render
from workbench.domain.rules import RuleSet
from workbench.domain.scoring import NO_WORDS, YES_WORDS

Severity = Literal["error", "warning", "notice"]
Mode = Literal["score", "import"]

TEXT_COLUMNS = ("kode_lokasi", "nama_lokasi", "kawasan", "kelurahan", "kecamatan")
REQUIRED_TEXT = ("kode_lokasi", "kelurahan", "kecamatan")
DENOMINATORS = (
    "luas_ha",
    "jumlah_bangunan",
    "jumlah_kk",
    "panjang_jalan_ideal_m",
    "panjang_drainase_ideal_m",
)
WHOLE_NUMBERS = ("jumlah_bangunan", "jumlah_kk", "jumlah_penduduk")
YES_NO = ("legal_status_tanah", "legal_tata_ruang", "strategis", "sosial_ekonomi")
OPTIONAL_NUMBERS = ("jumlah_penduduk", "lintang", "bujur")
MIN_YEAR, MAX_YEAR = 1990, 2100


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


@dataclass(frozen=True)
class Issue:
    severity: Severity
    message: str  # English
    row: int | None = None  # spreadsheet row: the header is row 1
    column: str | None = None
    value: str | None = None
    key: str = ""  # messages.CATALOGUE key, for other languages
    params: tuple[tuple[str, object], ...] = ()

    @classmethod
    def of(
        cls,
        severity: Severity,
        key: str,
        row: int | None = None,
        column: str | None = None,
        value: str | None = None,
        **params: object,
    ) -> Issue:
        return cls(
            severity, render(key, "en", **params), row, column, value, key, tuple(params.items())
        )

    def text(self, language: str = "en") -> str:
        """The message in ``language`` ('en' or 'id')."""
        return render(self.key, language, **dict(self.params)) if self.key else self.message

    def describe(self, source: str = "") -> str:
        parts = [source] if source else []
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f"column {self.column}")
        where = ", ".join(parts)
        value = f" value '{self.value}':" if self.value is not None else ""
        return f"{where}:{value} {self.message}" if where else f"{value} {self.message}".strip()


@dataclass
class BaselineResult:
    frame: pd.DataFrame  # typed; only meaningful when there are no errors
    issues: list[Issue] = field(default_factory=list)

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == "error"]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if i.severity != "error"]

    @property
    def ok(self) -> bool:
        return not self.errors


def expected_columns(rules: RuleSet) -> list[str]:
    """The template's columns, in the order the workbench writes them."""
    return [
        "kode_lokasi",
        "nama_lokasi",
        "kawasan",
        "kelurahan",
        "kecamatan",
        "tahun",
        *DENOMINATORS[:2],
        "jumlah_penduduk",
        *DENOMINATORS[2:],
        *(f"vol_{c}" for c in rules.codes),
        *YES_NO,
        "lintang",
        "bujur",
    ]


def required_columns(rules: RuleSet) -> list[str]:
    return [*REQUIRED_TEXT, *DENOMINATORS, *(f"vol_{c}" for c in rules.codes)]


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


def validate_baseline(
    raw: pd.DataFrame,
    rules: RuleSet,
    *,
    mode: Mode,
    decimal_comma: bool = False,
    default_year: int | None = None,
    row_numbers: list[int] | None = None,
) -> BaselineResult:
    """Check and type a baseline table. ``mode='import'`` refuses blanks and negative volumes
    (the database keeps only valid field data); ``mode='score'`` scores them as written and
    leaves the flags to ``score_frame``."""
    issues: list[Issue] = []
    raw = raw.rename(columns=lambda c: str(c).strip().lower().lstrip("\ufeff"))
    dup = raw.columns[raw.columns.duplicated()].tolist()
    for col in dup:
        issues.append(Issue.of("error", "dup_column", 1, col))
    known = set(expected_columns(rules))
    extra = [c for c in raw.columns if c not in known and c]
    if extra:
        issues.append(Issue.of("notice", "extra_columns", 1, columns=", ".join(extra)))
    missing = [c for c in required_columns(rules) if c not in raw.columns]
    for col in missing:
        if col.startswith("vol_"):
            issues.append(
                Issue.of(
                    "error",
                    "missing_vol_column",
                    1,
                    col,
                    rules=rules.id,
                    codes=", ".join(rules.codes),
                )
            )
        else:
            issues.append(Issue.of("error", "missing_column", 1, col))
    if missing or dup:
        return BaselineResult(pd.DataFrame(), issues)

    n = len(raw)
    rownum = np.asarray(row_numbers if row_numbers is not None else range(2, n + 2))
    out = pd.DataFrame(index=raw.index)
    text = {
        c: _strip_column(raw[c]) if c in raw else pd.Series([""] * n, index=raw.index, dtype=object)
        for c in TEXT_COLUMNS
    }

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
            issues.append(
                Issue.of(
                    severity,
                    key,
                    int(rownum[i]),
                    column,
                    _as_typed(vals.iat[i], decimal_comma),
                    **params,
                )
            )

    for col in REQUIRED_TEXT:
        add(text[col] == "", col, "blank")
    for col in TEXT_COLUMNS:
        out[col] = text[col].astype(object)

    # year: column, else --year, else the current year
    if "tahun" in raw:
        years, bad = parse_numbers(raw["tahun"], decimal_comma)
        add(bad | ((years % 1) != 0) & years.notna(), "tahun", "bad_year")
        out_of_range = years.notna() & ((years < MIN_YEAR) | (years > MAX_YEAR))
        add(out_of_range, "tahun", "year_range", low=MIN_YEAR, high=MAX_YEAR)
        fallback = default_year or date.today().year
        years = years.fillna(fallback)
    else:
        years = pd.Series(float(default_year or date.today().year), index=raw.index)
    out["tahun"] = years.fillna(0).astype("int64")

    dupes = out.duplicated(["kode_lokasi", "tahun"], keep=False) & (text["kode_lokasi"] != "")
    if dupes.any():
        first_row: dict[tuple[str, int], int] = {}
        for i in np.flatnonzero(dupes.to_numpy()):
            key = (out["kode_lokasi"].iat[i], int(out["tahun"].iat[i]))
            if key in first_row:
                issues.append(
                    Issue.of(
                        "error",
                        "dup_location",
                        int(rownum[i]),
                        "kode_lokasi",
                        str(key[0]),
                        year=key[1],
                        other=first_row[key],
                    )
                )
            else:
                first_row[key] = int(rownum[i])

    numbers: dict[str, pd.Series] = {}
    blanks: dict[str, pd.Series] = {}
    for col in (*DENOMINATORS, *OPTIONAL_NUMBERS, *(f"vol_{c}" for c in rules.codes)):
        if col not in raw:
            continue
        values, bad = parse_numbers(raw[col], decimal_comma)
        add(bad, col, "not_number_comma" if decimal_comma else "not_number")
        numbers[col] = values
        blanks[col] = values.isna() & ~bad
    for col in DENOMINATORS:
        v = numbers[col]
        add(blanks[col], col, "blank_denominator")
        add(v < 0, col, "negative")
    for col in WHOLE_NUMBERS:
        if col in numbers:
            v = numbers[col]
            add(v.notna() & (v % 1 != 0), col, "whole_number")
    if "lintang" in numbers:
        add(numbers["lintang"].abs() > 90, "lintang", "latitude")
    if "bujur" in numbers:
        add(numbers["bujur"].abs() > 180, "bujur", "longitude")

    for crit in rules.criteria:
        col = f"vol_{crit.code}"
        v = numbers[col]
        den = numbers[crit.denominator]
        blank = blanks[col]
        if mode == "import":
            add(blank, col, "blank_volume", unit=crit.unit)
            add(v < 0, col, "negative_volume", unit=crit.unit)
        over = v.notna() & den.notna() & (den > 0) & (v > den)
        add(over, col, "above_denominator", "warning", denominator=crit.denominator, code=crit.code)
        zero = v.notna() & den.notna() & (den == 0) & (v > 0)
        add(zero, col, "zero_denominator", "warning", denominator=crit.denominator)

    for col, values in numbers.items():
        out[col] = values
    for col in YES_NO:
        if col not in raw:
            continue
        words = _normalise_words(raw[col])
        unknown = (words != "") & ~words.isin(YES_WORDS | NO_WORDS)
        add(unknown, col, "yes_no")
        b = pd.Series(pd.NA, index=raw.index, dtype="boolean")
        b[words.isin(YES_WORDS).to_numpy()] = True
        b[words.isin(NO_WORDS).to_numpy()] = False
        out[col] = b
    issues.sort(key=lambda i: (i.severity != "error", i.row or 0))
    return BaselineResult(out.reset_index(drop=True), issues)
