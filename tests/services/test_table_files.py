"""The window's table export: what the user sees, laid out for Excel, never a live formula."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from workbench.services.table_files import write_table

ROWS = [['=HYPERLINK("http://x","klik")', 12.5, 3], ["-1+2", None, 0], ["Sukamaju", 0.0, 7]]


def test_xlsx_keeps_text_as_text_numbers_as_numbers_and_a_frozen_header(workdir: Path) -> None:
    path = write_table(workdir / "t.xlsx", ["Nama", "Luas (ha)", "Jumlah"], ROWS)
    ws = load_workbook(path).active
    assert ws.freeze_panes == "A2"
    cell = ws["A2"]
    assert cell.data_type == "s" and cell.value == ROWS[0][0]  # shown as written, inert
    assert ws["B2"].value == 12.5 and ws["C3"].value == 0 and ws["B3"].value is None
    assert ws.column_dimensions["A"].width > len(ROWS[0][0])
    assert not list(workdir.glob("*.partial*"))


def test_csv_neutralises_formula_starts_for_indonesian_excel(workdir: Path) -> None:
    path = write_table(workdir / "t.csv", ["Nama", "Luas (ha)", "Jumlah"], ROWS)
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[1].startswith("\"'=HYPERLINK(") and lines[2].startswith("'-1+2;")
    assert lines[1].endswith(";12,5;3") and lines[3] == "Sukamaju;0,0;7"


def test_exports_of_the_command_line_write_formulas_as_text(workdir: Path) -> None:
    """Issue 15: a stakeholder or location named like a formula was exported live."""
    import pandas as pd

    from workbench.services.baseline_io import write_frame

    frame = pd.DataFrame(
        {
            "nama": [
                '=HYPERLINK("http://x","click")',
                "=cmd|' /C calc'!A0",
                "Dinas PU",
                "-5 hektar",
            ],
            "pengaruh": [3, 4, 5, -2],
        }
    )
    xlsx = workdir / "pemangku.xlsx"
    write_frame(frame, xlsx, sheet="pemangku")
    ws = load_workbook(xlsx).active
    assert [ws.cell(r, 1).data_type for r in range(2, 6)] == ["s"] * 4
    assert ws["A2"].value == frame["nama"][0] and ws["B5"].value == -2  # numbers stay numbers
    csv = workdir / "pemangku.csv"
    write_frame(frame, csv)
    lines = csv.read_text(encoding="utf-8").splitlines()
    assert lines[1].startswith("\"'=HYPERLINK(") and lines[2].startswith("'=cmd|")
    assert lines[3] == "Dinas PU,5" and lines[4] == "'-5 hektar,-2"
