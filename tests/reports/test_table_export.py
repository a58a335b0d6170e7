"""The window's table export: what the user sees, laid out for Excel, never a live formula."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from workbench.reports.table_export import write_table

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
