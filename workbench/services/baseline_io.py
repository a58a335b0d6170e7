"""Reading baseline files (CSV or XLSX) into string tables, and writing result tables.

CSV: UTF-8 with or without BOM (Windows-1252 accepted with a notice), delimiter ``,`` or ``;``
detected from the header, decimal comma allowed in ``;`` files as Indonesian Excel writes them.
XLSX: the sheet named ``baseline``, else the first sheet. Row numbers are the spreadsheet's:
the header is row 1; blank rows are skipped without renumbering.
"""

from __future__ import annotations

import csv
import io
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import numpy as np
import pandas as pd

from workbench.domain.baseline import Issue

TEXT_LIKE = frozenset(
    {
        "kode_lokasi",
        "nama_lokasi",
        "kawasan",
        "kelurahan",
        "kecamatan",
        "legal_status_tanah",
        "legal_tata_ruang",
        "strategis",
        "sosial_ekonomi",
    }
)


class InputFileError(Exception):
    """The file itself cannot be used (missing, unreadable, empty, wrong type)."""


@dataclass
class RawTable:
    frame: pd.DataFrame  # all cells as stripped strings
    row_numbers: list[int]
    decimal_comma: bool
    source: str
    notices: list[Issue] = field(default_factory=list)


def _drop_blank_rows(frame: pd.DataFrame, first_row: int = 2) -> tuple[pd.DataFrame, list[int]]:
    """Skip empty rows (Excel leaves many) but keep each row's spreadsheet number. Only rows
    not yet known to hold something are looked at again, column by column."""
    keep = np.zeros(len(frame), dtype=bool)
    for col in frame.columns:
        rest = np.flatnonzero(~keep)
        if not len(rest):
            break
        values = frame[col].to_numpy()[rest]
        if values.dtype.kind in "fiub":
            keep[rest[~pd.isna(values)]] = True
            continue
        text = pd.Series(values, dtype=object).fillna("").to_numpy().astype(str)
        keep[rest[np.strings.str_len(np.strings.strip(text)) > 0]] = True
    numbers = np.arange(first_row, first_row + len(frame))[keep].tolist()
    return frame[keep].reset_index(drop=True), numbers


def decode_text(data: bytes, source: str) -> tuple[str, list[Issue]]:
    """The text of a CSV as Windows Excel saves it: UTF-8 (with or without BOM), UTF-16
    ("Unicode text", LE or BE, with its BOM), else Windows-1252 with a notice. A byte that
    fits none is refused with its row and column."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), [Issue.of("notice", "utf16")]
        except UnicodeDecodeError as exc:
            raise InputFileError(f"{source}: damaged UTF-16 text near byte {exc.start}") from exc
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), [Issue.of("notice", "not_utf8")]
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        row = before.count(b"\n") + 1
        line_start = before.rfind(b"\n") + 1
        first = data.split(b"\n", 1)[0].decode("cp1252", errors="replace")
        sep = ";" if first.count(";") > first.count(",") else ","
        if sep == "," and first.count("\t") > first.count(","):
            sep = "\t"
        names = [n.strip().lstrip("\ufeff") for n in first.split(sep)]
        col = data[line_start : exc.start].count(sep.encode())
        where = f"row {row}, column {names[col] if col < len(names) else col + 1}"
        raise InputFileError(
            f"{source}, {where}: byte 0x{data[exc.start]:02X} is neither UTF-8 nor "
            "Windows-1252 text; save the file as 'CSV UTF-8' in Excel and try again"
        ) from exc


def read_csv_text(data: bytes, source: str, all_text: bool = False) -> RawTable:
    text, notices = decode_text(data, source)
    header = text.splitlines()[0] if text.strip() else ""
    if not header.strip():
        raise InputFileError(f"{source}: the file is empty (expected a header row first)")
    sep = ";" if header.count(";") > header.count(",") else ","
    if sep == "," and header.count("\t") > header.count(","):
        sep = "\t"
    names = next(csv.reader([header], delimiter=sep))
    # Text columns stay text (codes such as '001' keep their zeros); the C parser reads the
    # numeric columns directly, and a column it cannot read whole stays text for validation.
    text_cols: Any = (
        str
        if all_text
        else {n: str for n in names if n.strip().lower().lstrip("\ufeff") in TEXT_LIKE}
    )
    try:
        frame = pd.read_csv(
            io.StringIO(text),
            sep=sep,
            dtype=text_cols,
            keep_default_na=False,
            na_values=[""],
            skip_blank_lines=False,
            decimal="," if sep in (";", "\t") else ".",
        )
    except pd.errors.ParserError as exc:
        raise InputFileError(f"{source}: not a readable CSV table ({exc})") from exc
    frame, rows = _drop_blank_rows(frame)
    return RawTable(frame, rows, decimal_comma=sep in (";", "\t"), source=source, notices=notices)


def read_xlsx(path: Path) -> RawTable:
    try:
        book = pd.ExcelFile(path, engine="openpyxl")
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise InputFileError(f"{path.name}: not a readable Excel .xlsx file ({exc})") from exc
    sheets = list(book.sheet_names)
    named = [s for s in sheets if str(s).strip().lower() == "baseline"]
    sheet = named[0] if named else sheets[0]
    frame = pd.read_excel(book, sheet_name=sheet, dtype=str, keep_default_na=False, na_filter=False)
    frame, rows = _drop_blank_rows(frame)
    frame = frame.apply(lambda col: col.str.replace(r"^(-?\d+)\.0$", r"\1", regex=True))
    notices = []
    if len(sheets) > 1:
        notices.append(
            Issue.of("notice", "sheet_used", sheet=sheet, sheets=", ".join(map(str, sheets)))
        )
    return RawTable(
        frame, rows, decimal_comma=True, source=f"{path.name} [{sheet}]", notices=notices
    )


UNITS_CELL = re.compile(r"^\[[^\]]*\]$")  # "[ha]": a units row under the header
EXAMPLE_PREFIX = "contoh"  # kode_lokasi of the template's example row


def skip_template_rows(raw: RawTable) -> RawTable:
    """Leave out what the workbench's own template adds to help: the units row right under
    the header ("[ha]", "[unit]" …) and example rows (kode_lokasi "CONTOH-…"), each with a
    notice, keeping every other row's spreadsheet number."""
    frame, rows = raw.frame, list(raw.row_numbers)
    if frame.empty:
        return raw
    drop: list[int] = []
    first = [
        str(v).strip()
        for v in frame.iloc[0].tolist()
        if not (v is None or (isinstance(v, float) and v != v)) and str(v).strip()
    ]
    if first and all(UNITS_CELL.match(v) for v in first):
        drop.append(0)
        raw.notices.append(Issue.of("notice", "units_row_skipped", rows[0]))
    code_col = next(
        (c for c in frame.columns if str(c).strip().lower().lstrip("\ufeff") == "kode_lokasi"), None
    )
    if code_col is not None:
        codes = frame[code_col].astype(str).str.strip().str.lower()
        for i in np.flatnonzero(codes.str.startswith(EXAMPLE_PREFIX).to_numpy()):
            if i not in drop:
                drop.append(int(i))
                raw.notices.append(
                    Issue.of(
                        "notice",
                        "example_row_skipped",
                        rows[i],
                        "kode_lokasi",
                        str(frame[code_col].iloc[i]),
                    )
                )
    if not drop:
        return raw
    keep = np.ones(len(frame), dtype=bool)
    keep[drop] = False
    raw.frame = frame[keep].reset_index(drop=True)
    raw.row_numbers = [r for r, k in zip(rows, keep, strict=True) if k]
    return raw


def read_table(path: Path, all_text: bool = False) -> RawTable:
    """``all_text``: keep every cell as text (registers with phone numbers, codes). The
    template's own units and example rows are left out (``skip_template_rows``)."""
    return skip_template_rows(_read_table(path, all_text))


def _read_table(path: Path, all_text: bool = False) -> RawTable:
    path = Path(path)
    if not path.exists():
        raise InputFileError(f"{path}: no such file")
    if path.is_dir():
        raise InputFileError(f"{path}: is a folder, expected a .csv or .xlsx file")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(path)
    if suffix in (".csv", ".txt", ""):
        return read_csv_text(path.read_bytes(), path.name, all_text)
    if suffix == ".xls":
        raise InputFileError(
            f"{path.name}: old .xls files are not read; save it as .xlsx or .csv in Excel first"
        )
    raise InputFileError(f"{path.name}: expected a .csv or .xlsx file")


def text_column(frame: pd.DataFrame, col: str) -> pd.Series:
    """A column of a table read with ``all_text`` as stripped strings ('' when missing)."""
    if col not in frame:
        return pd.Series([""] * len(frame), index=frame.index, dtype=object)
    return frame[col].astype(object).where(frame[col].notna(), "").map(lambda v: str(v).strip())


def lower_header(frame: pd.DataFrame) -> pd.DataFrame:
    """Header names as the contracts spell them: lower case, no spaces or byte-order mark."""
    return frame.rename(columns=lambda c: str(c).strip().lower().lstrip("\ufeff"))


def write_frame(
    frame: pd.DataFrame, target: Path | None, *, sheet: str = "data", stream: TextIO | None = None
) -> None:
    """Write a result table to .csv (comma, decimal point, UTF-8) or .xlsx, atomically;
    ``target=None`` writes CSV to standard output. Text is never a live formula: in .xlsx it
    is typed as text, in .csv a text starting with = + - @, tab or CR gets a leading
    apostrophe (OWASP); numbers stay numbers."""
    if target is None:
        out = stream or sys.stdout
        if out is not None:
            inert_text(frame).to_csv(out, index=False, lineterminator="\n")
        return
    target = Path(target)
    suffix = target.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise InputFileError(f"{target.name}: the output must be a .csv or .xlsx file")
    from workbench.services.files import replacing

    if suffix == ".xlsx":
        from workbench.services.table_files import write_frames

        write_frames(target, {sheet[:31] or "data": frame})
        return
    with replacing(target) as tmp:
        inert_text(frame).to_csv(tmp, index=False, encoding="utf-8", lineterminator="\n")


def inert_text(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with every text cell that a spreadsheet would run as a formula prefixed
    with an apostrophe (text columns only; numbers stay numbers)."""
    out = None
    for col in frame.columns:
        series = frame[col]
        if series.dtype != object and not pd.api.types.is_string_dtype(series):
            continue
        from workbench.services.table_files import FORMULA_START

        text = series.astype("string")
        risky = text.str.startswith(FORMULA_START).fillna(False).to_numpy(dtype=bool)
        if risky.any():
            if out is None:
                out = frame.copy()
            out[col] = series.where(~risky, "'" + text)
    return frame if out is None else out
