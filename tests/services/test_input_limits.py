"""Bounded input: a hostile or damaged file is refused before its data are read, with the
limit named (issue #15). The real zip bomb and the million-column workbook at full size are
run by benchmarks/bench_hostile_files.py (time and peak memory); here each check is shown
to hold, with small limits where the default would need a large file."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest

from workbench.services import limits as limits_mod
from workbench.services.baseline_io import InputFileError, read_table
from workbench.services.limits import InputLimits, current_limits

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
    'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
    'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.'
    'org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships"><sheets><sheet name="baseline" sheetId="1" '
    'r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
    'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
    'schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/></Relationships>'
)
SHEET_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def _col(i: int) -> str:
    name = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        name = chr(65 + r) + name
    return name


def sheet_xml(rows: list[list[str]], prologue: str = "") -> str:
    body = "".join(
        f'<row r="{r}">'
        + "".join(
            f'<c r="{_col(c)}{r}" t="inlineStr"><is><t>{v}</t></is></c>'
            for c, v in enumerate(cells)
        )
        + "</row>"
        for r, cells in enumerate(rows, start=1)
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{prologue}'
        f"<worksheet {SHEET_NS}><sheetData>{body}</sheetData></worksheet>"
    )


def write_xlsx(path: Path, sheet: str) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
    return path


def test_hand_made_workbook_reads(workdir: Path) -> None:
    """The helper's workbook is a real one: read back as written, numbers of rows kept."""
    path = write_xlsx(
        workdir / "ok.xlsx", sheet_xml([["kode_lokasi", "rt"], ["A-1", "001"], [], ["A-2", "2"]])
    )
    raw = read_table(path)
    assert raw.frame.columns.tolist() == ["kode_lokasi", "rt"]
    assert raw.frame["rt"].tolist() == ["001", "2"]
    assert raw.row_numbers == [2, 4]


def test_zip_declaring_more_than_the_limit_is_refused_unread(workdir: Path) -> None:
    path = workdir / "bomb.xlsx"
    rows = [["kode_lokasi"]] + [["A" * 50] for _ in range(40_000)]  # ~3 MB, compresses to KB
    write_xlsx(path, sheet_xml(rows))
    assert path.stat().st_size < 1024 * 1024  # the file itself is under the limit
    with pytest.raises(InputFileError) as info:
        read_table(path, limits=InputLimits(max_unpacked_mb=1))
    assert info.value.key == "file_unpacked_too_large"
    assert "bomb.xlsx" in str(info.value) and "1 MB" in str(info.value)
    assert "max_unpacked_mb" in info.value.text("id")


@pytest.mark.parametrize(
    "prologue",
    [
        '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>',
        '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    ],
    ids=["entity-bomb", "external-entity"],
)
def test_xml_entities_are_refused(workdir: Path, prologue: str) -> None:
    path = write_xlsx(workdir / "xml.xlsx", sheet_xml([["kode_lokasi"], ["&lol2;"]], prologue))
    with pytest.raises(InputFileError) as info:
        read_table(path)
    assert info.value.key == "xml_declarations"
    assert "xl/worksheets/sheet1.xml" in str(info.value)


def test_entities_hidden_after_a_long_comment_are_refused_by_the_parser(workdir: Path) -> None:
    """The quick scan reads 4 KB of each part; a DOCTYPE pushed past that by a comment is
    still refused, by the parser itself (defusedxml), as an unreadable workbook."""
    prologue = "<!--" + "x" * 10_000 + '--><!DOCTYPE x [<!ENTITY e "boom">]>'
    path = write_xlsx(workdir / "hidden.xlsx", sheet_xml([["kode_lokasi"], ["&e;"]], prologue))
    with pytest.raises(InputFileError, match="hidden.xlsx: not a readable Excel") as info:
        read_table(path)
    assert "\n" not in str(info.value)


def test_too_many_columns_is_refused_at_the_first_row(workdir: Path) -> None:
    xlsx = write_xlsx(workdir / "wide.xlsx", sheet_xml([[f"c{i}" for i in range(2_000)]]))
    with pytest.raises(InputFileError) as info:
        read_table(xlsx)
    assert info.value.key == "too_many_columns_row" and "row 1" in str(info.value)
    csv = workdir / "wide.csv"
    csv.write_text(",".join(f"c{i}" for i in range(1_000_000)) + "\n1\n", encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(InputFileError) as info:
        read_table(csv)
    assert info.value.key == "too_many_columns" and "1000000 columns" in str(info.value)
    assert time.perf_counter() - started < 5  # refused from the header, not parsed


def test_a_row_wider_than_excel_is_refused_from_the_xml(workdir: Path) -> None:
    """More cells in a row than Excel's 16,384 columns: refused while the part unpacks,
    before openpyxl builds the row (the million-column workbook: 20 s and 1 GB before)."""
    cells = '<c t="inlineStr"><is><t>x</t></is></c>' * 20_000
    sheet = (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet {SHEET_NS}><sheetData>'
        f"<row>{cells}</row></sheetData></worksheet>"
    )
    path = write_xlsx(workdir / "wider.xlsx", sheet)
    with pytest.raises(InputFileError) as info:
        read_table(path)
    assert info.value.key == "row_wider_than_excel"
    assert "xl/worksheets/sheet1.xml" in str(info.value) and "16,384" in str(info.value)


def test_trailing_formatted_empty_cells_do_not_count_as_columns(workdir: Path) -> None:
    rows = [["kode_lokasi", "rt"] + [""] * 500, ["A-1", "1"] + [""] * 500]
    raw = read_table(write_xlsx(workdir / "formatted.xlsx", sheet_xml(rows)))
    assert raw.frame.columns.tolist() == ["kode_lokasi", "rt"]


def test_rows_and_cells_limits(workdir: Path) -> None:
    csv = workdir / "long.csv"
    csv.write_text("a,b\n" + "1,2\n" * 11, encoding="utf-8")
    with pytest.raises(InputFileError) as info:
        read_table(csv, limits=InputLimits(max_rows=10))
    assert info.value.key == "too_many_rows" and "11 rows" in str(info.value)
    with pytest.raises(InputFileError) as info:
        read_table(csv, limits=InputLimits(max_cells=20))
    assert info.value.key == "too_many_cells"
    assert read_table(csv, limits=InputLimits(max_rows=11, max_cells=22)).frame.shape == (11, 2)
    xlsx = write_xlsx(workdir / "long.xlsx", sheet_xml([["a", "b"]] + [["1", "2"]] * 11))
    with pytest.raises(InputFileError, match="more than the 10 an import"):
        read_table(xlsx, limits=InputLimits(max_rows=10))


def test_a_cell_too_long_names_row_and_column(workdir: Path) -> None:
    csv = workdir / "cell.csv"
    csv.write_text("kode_lokasi;nama_lokasi\nA-1;ok\nA-2;" + "x" * 10_001 + "\n", "utf-8")
    with pytest.raises(InputFileError) as info:
        read_table(csv)
    assert info.value.key == "cell_too_long"
    assert "row 3, column nama_lokasi: 10,001 characters" in str(info.value)
    xlsx = write_xlsx(
        workdir / "cell.xlsx", sheet_xml([["kode_lokasi", "nama"], ["A-1", "y" * 10_001]])
    )
    with pytest.raises(InputFileError, match="row 2, column nama: 10,001 characters"):
        read_table(xlsx)


def test_a_line_longer_than_any_row_is_refused_before_parsing(workdir: Path) -> None:
    csv = workdir / "line.csv"
    csv.write_text("a,b\n1,2\n" + "z" * 90_000 + "\n4,5\n", encoding="utf-8")
    with pytest.raises(InputFileError) as info:
        read_table(csv, limits=InputLimits(max_columns=2, max_cell_chars=10_000))
    assert info.value.key == "line_too_long" and "row 3" in str(info.value)


def test_file_size_limit_is_checked_before_reading(workdir: Path) -> None:
    csv = workdir / "big.csv"
    csv.write_bytes(b"a\n" + b"1\n" * 600_000)
    with pytest.raises(InputFileError) as info:
        read_table(csv, limits=InputLimits(max_unpacked_mb=1))
    assert info.value.key == "file_too_large"


def test_limits_are_settings(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits_mod, "limits_file", lambda: workdir / "input-limits.toml")
    assert current_limits() == InputLimits()
    (workdir / "input-limits.toml").write_text(
        'max_rows = 5\nmax_columns = "many"\nmax_cell_chars = -1\nunknown = 3\n', "utf-8"
    )
    limits = current_limits()
    assert limits.max_rows == 5
    assert limits.max_columns == InputLimits().max_columns  # a bad entry keeps its default
    assert limits.max_cell_chars == InputLimits().max_cell_chars
    csv = workdir / "six.csv"
    csv.write_text("a\n" + "1\n" * 6, encoding="utf-8")
    with pytest.raises(InputFileError, match="max_rows"):
        read_table(csv)
    (workdir / "input-limits.toml").write_text("max_rows = [broken", "utf-8")
    assert current_limits() == InputLimits()


def test_a_shared_strings_table_larger_than_the_cells_limit_is_refused(workdir: Path) -> None:
    """openpyxl reads the whole shared-strings table before any row: counted first."""
    path = write_xlsx(workdir / "strings.xlsx", sheet_xml([["kode_lokasi"], ["A-1"]]))
    strings = "".join(f"<si><t>s{i}</t></si>" for i in range(120))
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "xl/sharedStrings.xml",
            '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.'
            f'org/spreadsheetml/2006/main" count="120" uniqueCount="120">{strings}</sst>',
        )
    with pytest.raises(InputFileError) as info:
        read_table(path, limits=InputLimits(max_cells=200))  # at most 100 distinct texts
    assert info.value.key == "too_many_strings" and "sharedStrings.xml" in str(info.value)
    assert read_table(path, limits=InputLimits(max_cells=240)).frame.shape == (1, 1)
