"""Hostile and oversized import files: each refused within seconds and in bounded memory.

    uv run python benchmarks/bench_hostile_files.py [--keep DIR]

Each case runs ``pkp-workbench import baseline FILE --db DB`` in its own process (so each
peak is its own) on a copy of the demo district and prints wall time, that process's peak
memory (RSS), its exit code and the first line it wrote. The files are made here: an 8 MB
zip bomb that unpacks to about 3 GB, a workbook and a CSV of a million columns, a CSV with
one 400 MB line, workbooks of 9.9 and of 4.9 million shared strings (the second just under
the limit of half the cells: the worst an import accepts to read), a table at the row limit
(1,000,000 rows). The database must be unchanged after every refusal; the script checks its
hash.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "services"))
from test_input_limits import (  # noqa: E402
    CONTENT_TYPES,
    ROOT_RELS,
    SHEET_NS,
    WORKBOOK,
    WORKBOOK_RELS,
)


def _zip(path: Path, sheet_parts: list[bytes] | None = None, repeat: int = 0) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            assert sheet_parts is not None
            head, body, tail = sheet_parts
            f.write(head)
            for _ in range(repeat):
                f.write(body)
            f.write(tail)
    return path


def zip_bomb(path: Path) -> Path:
    """Rows of one repeated cell: ~3 GB of XML that deflate packs into a few MB."""
    head = f'<?xml version="1.0" encoding="UTF-8"?><worksheet {SHEET_NS}><sheetData>'.encode()
    row = b'<row><c t="inlineStr"><is><t>' + b"A" * 960 + b"</t></is></c></row>"
    return _zip(path, [head, row * 1024, b"</sheetData></worksheet>"], repeat=3_000)


def shared_strings(path: Path, count: int = 9_900_000) -> Path:
    """A workbook whose shared-strings table has nearly as many entries as an import may
    have cells (openpyxl loads the whole table before the first row): the worst accepted."""
    rels = WORKBOOK_RELS.replace(
        "</Relationships>",
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    )
    types = CONTENT_TYPES.replace(
        "</Types>",
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
        'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", rels)
        z.writestr(
            "xl/worksheets/sheet1.xml",
            f'<?xml version="1.0"?><worksheet {SHEET_NS}><sheetData>'
            '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
            '<row r="2"><c r="A2" t="s"><v>1</v></c></row></sheetData></worksheet>',
        )
        with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as f:
            f.write(
                b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/'
                b'spreadsheetml/2006/main">'
            )
            for start in range(0, count, 100_000):
                end = min(count, start + 100_000)
                f.write("".join(f"<si><t>{i}</t></si>" for i in range(start, end)).encode())
            f.write(b"</sst>")
    return path


def wide_workbook(path: Path) -> Path:
    head = f'<?xml version="1.0" encoding="UTF-8"?><worksheet {SHEET_NS}><sheetData><row>'
    cell = b'<c t="inlineStr"><is><t>x</t></is></c>'
    return _zip(path, [head.encode(), cell * 1000, b"</row></sheetData></worksheet>"], 1000)


def wide_csv(path: Path) -> Path:
    path.write_text(",".join(f"c{i}" for i in range(1_000_000)) + "\n1,2\n", encoding="utf-8")
    return path


def long_line(path: Path) -> Path:
    with open(path, "wb") as f:
        f.write(b"kode_lokasi,nama_lokasi\nA-1,")
        block = b"x" * (1024 * 1024)
        for _ in range(400):
            f.write(block)
        f.write(b"\n")
    return path


def million_rows(path: Path) -> Path:
    """1,000,000 rows of 10 numbers: at the row and cell limits, so it is read (and then
    refused by validation: it is no baseline), which measures reading at the bound."""
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(1)
    pd.DataFrame(
        rng.integers(0, 1000, size=(1_000_000, 10)), columns=[f"v{i}" for i in range(10)]
    ).to_csv(path, index=False)
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


CHILD = """
import resource, sys
from workbench.cli import main
try:
    code = main(sys.argv[1:])
finally:
    sys.stderr.flush()
    print(f"PEAK {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}", file=sys.stderr)
sys.exit(code)
"""


def run(label: str, file: Path, db: Path) -> None:
    before = digest(db)
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, "import", "baseline", str(file), "--db", str(db)],
        capture_output=True,
        env=env,
    )
    seconds = time.perf_counter() - started
    text = (proc.stderr + proc.stdout).decode("utf-8", "replace")
    assert "Traceback" not in text, (label, text)
    lines = [ln for ln in text.strip().splitlines() if not ln.startswith("PEAK ")]
    peak = next(ln.split()[1] for ln in text.splitlines() if ln.startswith("PEAK "))
    unchanged = digest(db) == before
    size = file.stat().st_size / 1024 / 1024
    print(
        f"{label:<34} {size:7.1f} MB file {seconds:6.1f} s  peak {peak:>5} MB  "
        f"exit {proc.returncode}  db {'unchanged' if unchanged else 'CHANGED'}\n"
        f"    {(lines[0] if lines else '')[:160]}",
        flush=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keep", type=Path, help="write the files here and keep them")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="pkp-hostile-"))
    work.mkdir(parents=True, exist_ok=True)
    db = work / "demo.sqlite"
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run(
        [sys.executable, "-m", "workbench", "demo", "--db", str(db), "--force"],
        check=True,
        capture_output=True,
        env=env,
    )
    cases = [
        ("million-column CSV", wide_csv(work / "wide.csv")),
        ("zip bomb (3 GB unpacked)", zip_bomb(work / "bomb.xlsx")),
        ("million-column workbook", wide_workbook(work / "wide.xlsx")),
        ("one 400 MB line", long_line(work / "line.csv")),
        ("9.9 million shared strings", shared_strings(work / "strings.xlsx")),
        ("4.9 million shared strings", shared_strings(work / "strings5.xlsx", 4_900_000)),
        ("1,000,000 rows x 10 (at the limit)", million_rows(work / "rows.csv")),
    ]
    for label, file in cases:
        run(label, file, db)
    if args.keep is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
