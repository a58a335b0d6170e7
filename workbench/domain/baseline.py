"""Validating a baseline table (contract: shared/spec/interfaces.md, "Baseline file").

Input is a frame of *strings* exactly as read from the file (header row already consumed), so
every message can quote the value the user typed. Output is a typed frame ready for scoring or
import, plus a list of issues naming row (as the spreadsheet shows it: header = row 1), column,
value and what is expected. Pure: no files, no database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

import numpy as np
import pandas as pd

from workbench.domain.columns import MAX_YEAR, MIN_YEAR, TableSpec, baseline_spec  # noqa: F401
from workbench.domain.issues import Issue, Severity
from workbench.domain.rules import RuleSet
from workbench.domain.validate import (  # noqa: F401 - parse_numbers re-exported
    _as_typed,
    check_columns,
    parse_numbers,
)

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
_SPECS: dict[int, tuple[RuleSet, TableSpec]] = {}


def spec_for(rules: RuleSet) -> TableSpec:
    """The rule set's baseline columns, declared once per rule set."""
    cached = _SPECS.get(id(rules))
    if cached is None or cached[0] is not rules:
        cached = _SPECS[id(rules)] = (rules, baseline_spec(rules))
    return cached[1]


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
    # the columns' own checks (types, blanks, ranges) are the one validator's, as for every
    # kind of file; what follows is what only a baseline knows
    checked = check_columns(raw, spec_for(rules), rownum, decimal_comma=decimal_comma)
    issues += checked.issues
    typed = checked.frame
    out = pd.DataFrame(index=raw.index)
    for col in TEXT_COLUMNS:
        out[col] = (
            typed[col] if col in typed else pd.Series([""] * n, index=raw.index, dtype=object)
        )

    def add(
        mask: pd.Series | np.ndarray,
        column: str,
        key: str,
        severity: Severity = "error",
        **params: object,
    ) -> None:
        hits = np.flatnonzero(np.asarray(mask, dtype=bool))
        vals = raw[column]
        for i in hits:
            value = _as_typed(vals.iat[i], decimal_comma)
            issues.append(Issue.of(severity, key, int(rownum[i]), column, value, **params))

    # year: column, else --year, else the current year
    fallback = float(default_year or date.today().year)
    years = typed["tahun"].fillna(fallback) if "tahun" in typed else pd.Series(fallback, raw.index)
    out["tahun"] = years.astype("int64")

    dupes = out.duplicated(["kode_lokasi", "tahun"], keep=False) & (out["kode_lokasi"] != "")
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

    number_columns = (*DENOMINATORS, *OPTIONAL_NUMBERS, *(f"vol_{c}" for c in rules.codes))
    numbers = {col: typed[col] for col in number_columns if col in typed}
    for col in DENOMINATORS:
        add(numbers[col] < 0, col, "negative")
    for crit in rules.criteria:
        col = f"vol_{crit.code}"
        v = numbers[col]
        den = numbers[crit.denominator]
        if mode == "import":
            add(checked.blank[col], col, "blank_volume", unit=crit.unit)
            add(v < 0, col, "negative_volume", unit=crit.unit)
        over = v.notna() & den.notna() & (den > 0) & (v > den)
        add(over, col, "above_denominator", "warning", denominator=crit.denominator, code=crit.code)
        zero = v.notna() & den.notna() & (den == 0) & (v > 0)
        add(zero, col, "zero_denominator", "warning", denominator=crit.denominator)

    for col, values in numbers.items():
        out[col] = values
    for col in YES_NO:
        if col in typed:
            out[col] = typed[col]
    issues.sort(key=lambda i: (i.severity != "error", i.row or 0))
    return BaselineResult(out.reset_index(drop=True), issues)
