"""Reading baseline files (CSV or XLSX) into string tables, and writing result tables.

CSV: UTF-8 with or without BOM (Windows-1252 accepted with a notice), delimiter ``,`` or ``;``
detected from the header, decimal comma allowed in ``;`` files as Indonesian Excel writes them.
XLSX: the sheet named ``baseline``, else the first sheet. Row numbers are the spreadsheet's:
the header is row 1; blank rows are skipped without renumbering.
"""

from __future__ import annotations

import codecs
import csv
import re
import sys
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TextIO

import numpy as np
import pandas as pd

from workbench.domain.baseline import Issue
from workbench.domain.columns import ColumnMap, HeaderMatch, MappingError, TableSpec, match_headers
from workbench.services.limits import InputLimits, current_limits

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
    """The file itself cannot be used (missing, unreadable, empty, wrong type, too large).
    ``str()`` is English; a message from the catalogue (``of``) also has its Indonesian text
    for the window (``text``)."""

    def __init__(self, message: str, key: str | None = None, **params: object) -> None:
        super().__init__(message)
        self.key, self.params = key, params

    @classmethod
    def of(cls, key: str, **params: object) -> InputFileError:
        from workbench.domain.messages import render

        return cls(render(key, "en", **params), key, **params)

    def text(self, language: str) -> str:
        from workbench.domain.messages import render

        return render(self.key, language, **self.params) if self.key else str(self)


class BaselineError(Exception):
    """A baseline that cannot be used; ``issues`` lists every error with row and column."""

    def __init__(self, source: str, issues: list[Issue]) -> None:
        self.source = source
        self.issues = issues
        errors = [i for i in issues if i.severity == "error"]
        super().__init__(f"{source}: {len(errors)} error(s)")

    def lines(self) -> list[str]:
        return [i.describe(self.source) for i in self.issues if i.severity == "error"]


@dataclass
class RawTable:
    frame: pd.DataFrame  # all cells as stripped strings
    row_numbers: list[int]
    decimal_comma: bool
    source: str
    notices: list[Issue] = field(default_factory=list)
    headers: HeaderMatch | None = None  # how the headers were read (``read_columns``)
    sheets: list[str] = field(default_factory=list)  # a workbook's sheets
    sheet: str = ""  # the one read
    column_map: ColumnMap | None = None  # the mapping it was read with (``read_columns``)


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
        name = names[col] if col < len(names) else ""
        readable = name and name.isprintable() and len(name) <= 60
        where = f"row {row}, column {name if readable else col + 1}"
        raise InputFileError(
            f"{source}, {where}: byte 0x{data[exc.start]:02X} is neither UTF-8 nor "
            "Windows-1252 text; save the file as 'CSV UTF-8' in Excel and try again"
        ) from exc


CHUNK = 8 * 1024 * 1024
CP1252_UNDEFINED = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")


@dataclass
class CsvScan:
    encoding: str  # for pandas: utf-8-sig, utf-16 or cp1252
    notices: list[Issue]
    lines: int  # line breaks (rows, the header's included)


def scan_csv(path: Path, limits: InputLimits) -> CsvScan:
    """One pass over the file in chunks, before anything is parsed: its encoding (UTF-8
    checked whole, else Windows-1252), its number of lines and its longest line. A line
    longer than any row of cells could be (a 500 MB line) is refused here, unread."""
    source = path.name
    # bytes, not characters: generous for UTF-8 (up to 4 bytes a character) and UTF-16
    longest = 4 * (limits.max_columns * (limits.max_cell_chars + 3) + 2)
    decoder = codecs.getincrementaldecoder("utf-8")()
    utf8, undefined_1252 = True, False
    lines, current, row = 0, 0, 1
    with open(path, "rb") as f:
        head = f.read(2)
        utf16 = head in (b"\xff\xfe", b"\xfe\xff")
        f.seek(0)
        while chunk := f.read(CHUNK):
            breaks = np.flatnonzero(np.frombuffer(chunk, dtype=np.uint8) == 10)
            if len(breaks):
                spans = np.diff(breaks, prepend=-1) - 1
                spans[0] += current
                worst = int(np.argmax(spans))
                if spans[worst] > longest:
                    raise _line_too_long(source, row + worst, int(spans[worst]), limits)
                current = len(chunk) - 1 - int(breaks[-1])
            else:
                current += len(chunk)
            if current > longest:
                raise _line_too_long(source, row + len(breaks), current, limits)
            lines += len(breaks)
            row += len(breaks)
            if not utf16 and utf8:
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError:
                    utf8 = False
            if not utf16 and not utf8 and CP1252_UNDEFINED.search(chunk):
                undefined_1252 = True
        if not utf16 and utf8:
            try:
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                utf8 = False
    if current:
        lines += 1  # the last line has no line break
    if utf16:
        return CsvScan("utf-16", [Issue.of("notice", "utf16")], lines)
    if utf8:
        return CsvScan("utf-8-sig", [], lines)
    if undefined_1252 or _undefined_before_switch(path):
        decode_text(path.read_bytes(), source)  # raises with the byte's row and column
    return CsvScan("cp1252", [Issue.of("notice", "not_utf8")], lines)


def _undefined_before_switch(path: Path) -> bool:
    """Undefined Windows-1252 bytes in the chunks read while the file still looked UTF-8."""
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            if CP1252_UNDEFINED.search(chunk):
                return True
    return False


def _line_too_long(source: str, row: int, length: int, limits: InputLimits) -> Exception:
    return InputFileError.of(
        "line_too_long",
        source=source,
        row=row,
        length=f"{length:,}",
        limit=f"{limits.max_cell_chars:,}",
    )


def read_csv_file(
    path: Path, all_text: bool = False, limits: InputLimits | None = None
) -> RawTable:
    """A CSV read in bounded memory: scanned once (encoding, lines, longest line), its
    header and shape checked against the limits, then parsed by pandas from the file."""
    limits = limits or current_limits()
    source = path.name
    scan = scan_csv(path, limits)
    with open(path, encoding=scan.encoding, newline="") as f:
        header = f.readline().rstrip("\r\n")
    if not header.strip():
        raise InputFileError(f"{source}: the file is empty (expected a header row first)")
    sep = ";" if header.count(";") > header.count(",") else ","
    if sep == "," and header.count("\t") > header.count(","):
        sep = "\t"
    names = next(csv.reader([header], delimiter=sep))
    _check_shape(source, scan.lines - 1, names, limits)
    # Text columns stay text (codes such as '001' keep their zeros); the C parser reads the
    # numeric columns directly, and a column it cannot read whole stays text for validation.
    text_cols: Any = (
        str
        if all_text
        else {n: str for n in names if n.strip().lower().lstrip("\ufeff") in TEXT_LIKE}
    )
    try:
        frame = pd.read_csv(
            path,
            encoding=scan.encoding,
            sep=sep,
            dtype=text_cols,
            keep_default_na=False,
            na_values=[""],
            skip_blank_lines=False,
            decimal="," if sep in (";", "\t") else ".",
        )
    except pd.errors.ParserError as exc:
        raise InputFileError(f"{source}: not a readable CSV table ({exc})") from exc
    except UnicodeDecodeError as exc:
        raise InputFileError(f"{source}: damaged {scan.encoding} text ({exc.reason})") from exc
    frame, rows = _drop_blank_rows(frame)
    _check_cells(source, frame, rows, limits)
    return RawTable(
        frame, rows, decimal_comma=sep in (";", "\t"), source=source, notices=scan.notices
    )


def _too_large(source: str, size: int, limits: InputLimits, unpacked: bool = False) -> Exception:
    return InputFileError.of(
        "file_unpacked_too_large" if unpacked else "file_too_large",
        source=source,
        size=f"{size / 1024 / 1024:,.0f}",
        limit=limits.max_unpacked_mb,
    )


def _check_shape(source: str, lines: int, names: list[str], limits: InputLimits) -> None:
    """Columns, rows and cells of a CSV, counted before it is parsed."""
    if len(names) > limits.max_columns:
        raise InputFileError.of(
            "too_many_columns", source=source, count=len(names), limit=limits.max_columns
        )
    if lines > limits.max_rows:
        raise InputFileError.of(
            "too_many_rows", source=source, count=f"{lines:,}", limit=f"{limits.max_rows:,}"
        )
    if lines * len(names) > limits.max_cells:
        raise InputFileError.of(
            "too_many_cells",
            source=source,
            count=f"{lines * len(names):,}",
            limit=f"{limits.max_cells:,}",
        )


def _check_cells(source: str, frame: pd.DataFrame, rows: list[int], limits: InputLimits) -> None:
    """No text cell longer than the limit (numbers are short by nature)."""
    for col in frame.columns:
        series = frame[col]
        if series.dtype != object and not pd.api.types.is_string_dtype(series):
            continue
        lengths = series.astype("string").str.len().fillna(0).to_numpy()
        if len(lengths) and lengths.max() > limits.max_cell_chars:
            i = int(np.argmax(lengths > limits.max_cell_chars))
            raise InputFileError.of(
                "cell_too_long",
                source=source,
                row=rows[i],
                column=str(col),
                length=f"{int(lengths[i]):,}",
                limit=f"{limits.max_cell_chars:,}",
            )


XML_DECLARATIONS = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


def _check_xlsx_parts(path: Path, limits: InputLimits) -> None:
    """What the zip declares, read before any part is unpacked: the unpacked size, and no
    XML part with a DOCTYPE or ENTITY (Excel never writes one; entity bombs and external
    entities need them). openpyxl also reads through defusedxml."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > 10_000:
                raise InputFileError(f"{path.name}: {len(infos):,} parts; not an Excel workbook")
            unpacked = sum(info.file_size for info in infos)
            if unpacked > limits.max_bytes:
                raise _too_large(path.name, unpacked, limits, unpacked=True)
            for info in infos:
                if not info.filename.lower().endswith((".xml", ".rels", ".vml")):
                    continue
                with archive.open(info) as part:
                    head = part.read(4096)
                if XML_DECLARATIONS.search(head):
                    raise InputFileError.of(
                        "xml_declarations", source=path.name, part=info.filename
                    )
                if info.filename.lower().startswith("xl/worksheets/"):
                    _check_sheet_rows(archive, info, path.name)
                elif info.filename.lower().endswith("sharedstrings.xml"):
                    _check_shared_strings(archive, info, path.name, limits)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError) as exc:
        raise InputFileError(f"{path.name}: not a readable Excel .xlsx file ({exc})") from exc


EXCEL_MAX_COLUMNS = 16_384  # XFD: no genuine workbook has a row of more cells
XML_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c[\s>/]")
XML_ROW = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s>/]")


def _check_sheet_rows(archive: zipfile.ZipFile, info: zipfile.ZipInfo, source: str) -> None:
    """Cells per row counted on the sheet's XML as it unpacks, before openpyxl builds a row:
    a row of more cells than Excel allows (a million columns) is refused in a second. The
    exact column limit is checked on the values read (``_sheet_rows``)."""
    in_row, row, carry = 0, 0, b""
    with archive.open(info) as part:
        while True:
            chunk = part.read(CHUNK)
            data = carry + chunk
            cut = data.rfind(b"<", max(0, len(data) - 32)) if chunk else -1
            body, carry = (data[:cut], data[cut:]) if cut >= 0 else (data, b"")
            pos = 0
            for match in XML_ROW.finditer(body):
                in_row += len(XML_CELL.findall(body, pos, match.start()))
                if in_row > EXCEL_MAX_COLUMNS:
                    break
                row, in_row, pos = row + 1, 0, match.start()
            in_row += len(XML_CELL.findall(body, pos))
            if in_row > EXCEL_MAX_COLUMNS:
                raise InputFileError.of(
                    "row_wider_than_excel",
                    source=f"{source} [{info.filename}]",
                    row=max(row, 1),
                    limit=f"{EXCEL_MAX_COLUMNS:,}",
                )
            if not chunk:
                return


XML_SHARED = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?si[\s>/]")


def _check_shared_strings(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, source: str, limits: InputLimits
) -> None:
    """openpyxl loads the whole shared-strings table before the first row, at about 100
    bytes an entry: more entries than half the cells limit (millions of tiny strings, the
    1 GB bound) are refused first."""
    count, carry = 0, b""
    with archive.open(info) as part:
        while chunk := part.read(CHUNK):
            data = carry + chunk
            cut = data.rfind(b"<", max(0, len(data) - 32))
            body, carry = (data[:cut], data[cut:]) if cut >= 0 else (data, b"")
            count += len(XML_SHARED.findall(body))
            if count > limits.max_shared_strings:
                raise InputFileError.of(
                    "too_many_strings",
                    source=f"{source} [{info.filename}]",
                    count=f"> {limits.max_shared_strings:,}",
                    limit=f"{limits.max_shared_strings:,}",
                )


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _cell_text(value: object) -> str:
    """A cell as text the way the user sees it: whole numbers without '.0'."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _cached_text(value: object, texts: dict[tuple[type, object], str]) -> str:
    key = (type(value), value)  # the type too: True == 1 == 1.0 as keys
    text = texts.get(key)
    if text is None:
        text = _cell_text(value)
        if len(texts) < 200_000:
            texts[key] = text
    return text


def read_xlsx(path: Path, limits: InputLimits | None = None, sheet: str | None = None) -> RawTable:
    """The sheet ``sheet`` (else one named ``baseline``, else the first) read row by row in
    openpyxl's read-only mode, every cell as text; the first non-blank row is the header,
    and each row keeps its
    spreadsheet number. The limits are checked as the rows come, so a huge sheet stops at
    the first row past a limit."""
    limits = limits or current_limits()
    _check_xlsx_parts(path, limits)
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except InputFileError:
        raise
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise InputFileError(
            f"{path.name}: not a readable Excel .xlsx file ({_first_line(exc)})"
        ) from exc
    try:
        sheets = list(book.sheetnames)
        if not sheets:
            raise InputFileError(f"{path.name}: the workbook has no sheet")
        if sheet is not None:
            chosen = [s for s in sheets if str(s).strip().lower() == sheet.strip().lower()]
            if not chosen:
                raise InputFileError(
                    f"{path.name}: the workbook has no sheet '{sheet}' "
                    f"(its sheets: {', '.join(map(str, sheets))})"
                )
            sheet = chosen[0]
        else:
            named = [s for s in sheets if str(s).strip().lower() == "baseline"]
            sheet = named[0] if named else sheets[0]
        source = f"{path.name} [{sheet}]"
        try:
            header, body, numbers = _sheet_rows(book[sheet], source, limits)
        except InputFileError:
            raise
        except Exception as exc:  # a damaged or hostile sheet part (defusedxml refuses DTDs)
            raise InputFileError(
                f"{source}: not a readable Excel sheet ({_first_line(exc)})"
            ) from exc
    finally:
        book.close()
    frame = pd.DataFrame(body, columns=header, dtype=object) if header else pd.DataFrame()
    notices = []
    if len(sheets) > 1:
        notices.append(
            Issue.of("notice", "sheet_used", sheet=sheet, sheets=", ".join(map(str, sheets)))
        )
    return RawTable(
        frame,
        numbers,
        decimal_comma=True,
        source=source,
        notices=notices,
        sheets=[str(s) for s in sheets],
        sheet=str(sheet),
    )


def _sheet_rows(
    sheet: Any, source: str, limits: InputLimits
) -> tuple[list[str], list[list[str]], list[int]]:
    if hasattr(sheet, "reset_dimensions"):
        sheet.reset_dimensions()  # a stated A1:XFD1048576 must not pad every row
    header: list[str] = []
    body: list[list[str]] = []
    numbers: list[int] = []
    width = 0
    texts: dict[tuple[type, object], str] = {}  # one text object for each repeated number
    for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
        last = len(values)
        while last and (values[last - 1] is None or values[last - 1] == ""):
            last -= 1
        if not last:
            continue
        if last > limits.max_columns:
            raise InputFileError.of(
                "too_many_columns_row",
                source=source,
                row=number,
                count=f"{last:,}",
                limit=limits.max_columns,
            )
        cells = [v if isinstance(v, str) else _cached_text(v, texts) for v in values[:last]]
        for i, cell in enumerate(cells):
            if len(cell) > limits.max_cell_chars:
                raise InputFileError.of(
                    "cell_too_long",
                    source=source,
                    row=number,
                    column=header[i] if i < len(header) else str(i + 1),
                    length=f"{len(cell):,}",
                    limit=f"{limits.max_cell_chars:,}",
                )
        if not header:
            header = _header_names(cells)
            width = len(header)
            continue
        if not any(c.strip() for c in cells):
            continue
        if len(body) >= limits.max_rows:
            raise InputFileError.of(
                "too_many_rows",
                source=source,
                count=f"> {limits.max_rows:,}",
                limit=f"{limits.max_rows:,}",
            )
        if last > width:
            header = _header_names(header + [""] * (last - width))
            for row in body:
                row.extend([""] * (last - width))
            width = last
        if (len(body) + 1) * width > limits.max_cells:
            raise InputFileError.of(
                "too_many_cells",
                source=source,
                count=f"> {limits.max_cells:,}",
                limit=f"{limits.max_cells:,}",
            )
        body.append(cells + [""] * (width - last))
        numbers.append(number)
    return header, body, numbers


def _header_names(cells: list[str]) -> list[str]:
    """Header cells as pandas names them: a blank one 'Unnamed: N', a repeated one 'x.1'."""
    names: list[str] = []
    seen: dict[str, int] = {}
    for i, cell in enumerate(cells):
        name = cell if cell.strip() else f"Unnamed: {i}"
        if name in seen:
            seen[name] += 1
            name = f"{name}.{seen[name]}"
        else:
            seen[name] = 0
        names.append(name)
    return names


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


def read_table(
    path: Path,
    all_text: bool = False,
    limits: InputLimits | None = None,
    sheet: str | None = None,
) -> RawTable:
    """``all_text``: keep every cell as text (registers with phone numbers, codes). The
    template's own units and example rows are left out (``skip_template_rows``). The file
    is refused before its data are read when it passes a limit (``services.limits``).
    ``sheet``: the workbook's sheet to read (a CSV file has one)."""
    return skip_template_rows(_read_table(path, all_text, limits or current_limits(), sheet))


def read_columns(
    path: Path,
    spec: TableSpec,
    column_map: ColumnMap | None = None,
    all_text: bool = False,
    lenient: bool = False,
) -> RawTable:
    """A file of one kind read with its headers as the kind's column names: the user's
    mapping first, then names, labels and synonyms (``domain.columns``); the headers read
    as another name are said in a notice. Two headers for one column, or a mapping that
    names what is not there, refuse the file; ``lenient`` (the import window, which shows
    them and lets the user map again) says them as errors among the notices instead."""
    from workbench.services.file_shapes import (
        best_sheet,
        join_sheets,
        read_header,
        years_side_by_side,
    )

    column_map = column_map or ColumnMap()
    chosen = best_sheet(path, spec, column_map)
    if chosen is not None:  # the data are on another sheet than the first
        column_map = replace(column_map, sheet=chosen)
    if column_map.more_sheets:
        raw = join_sheets(path, spec, column_map, all_text)
        readings: tuple = (years_side_by_side,)
    else:
        raw = read_table(path, all_text, sheet=column_map.sheet)
        readings = (read_header, years_side_by_side)
    for reading in readings:
        raw.frame, raw.row_numbers, notes = reading(raw.frame, raw.row_numbers, spec, column_map)
        raw.notices.extend(notes)
    headers = [str(c) for c in raw.frame.columns]
    problems: list[MappingError] | None = [] if lenient else None
    try:
        match = match_headers(headers, spec, column_map.columns, problems)
    except MappingError as exc:
        raise InputFileError(
            f"{raw.source}: {column_map.label()}: {exc}", exc.key, **exc.params
        ) from exc
    for problem in problems or []:
        column = str(problem.params.get("target", ""))
        raw.notices.append(Issue.of("error", problem.key, 1, column, None, **problem.params))
    twice = [
        Issue.of("error", "column_twice", 1, name, headers=", ".join(hs))
        for name, hs in match.twice.items()
    ]
    if twice and not lenient:
        raise BaselineError(raw.source, twice)
    raw.notices.extend(twice)
    read_as = sorted(match.read_as(), key=lambda pair: headers.index(pair[0]))
    if read_as:
        raw.notices.append(
            Issue.of(
                "notice",
                "headers_read_as",
                1,
                pairs="; ".join(f"'{h}' → {n}" for h, n in read_as),
            )
        )
    raw.frame = raw.frame.rename(
        columns=lambda c: match.renames.get(str(c), str(c).strip().lower().lstrip("\ufeff"))
    )
    raw.headers = match
    raw.column_map = column_map
    return raw


def inspect_columns(path: Path, spec: TableSpec, column_map: ColumnMap | None = None) -> RawTable:
    """A file checked before an import window imports it: read as ``read_columns`` does,
    leniently, with every required column no header gives listed as an error."""
    raw = read_columns(path, spec, column_map, all_text=True, lenient=True)
    for name in raw.headers.missing if raw.headers else []:
        raw.notices.append(Issue.of("error", "missing_column", 1, name))
    return raw


def _read_table(path: Path, all_text: bool, limits: InputLimits, sheet: str | None) -> RawTable:
    path = Path(path)
    if not path.exists():
        raise InputFileError(f"{path}: no such file")
    if path.is_dir():
        raise InputFileError(f"{path}: is a folder, expected a .csv or .xlsx file")
    suffix = path.suffix.lower()
    size = path.stat().st_size
    if size > limits.max_bytes:
        raise _too_large(path.name, size, limits)
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(path, limits, sheet)
    if suffix in (".csv", ".txt", ""):
        return read_csv_file(path, all_text, limits)
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
