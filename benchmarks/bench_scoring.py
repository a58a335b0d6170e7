"""Scoring and import benchmark (issue: kumuh indicator scoring).

    uv run python benchmarks/bench_scoring.py --rows 200000

1. `score` from a baseline CSV to a result CSV (read, validate, score, write), against the
   time pandas alone takes to read the same file: the practical floor.
2. `import baseline` of up to 50,000 rows into a new SQLite database (all or nothing).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the helper beside us
from _timing import in_unit as _in_unit  # noqa: E402
from _timing import timed  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=200_000, help="RT-years to score")
    parser.add_argument("--import-rows", type=int, default=50_000, help="rows to import")
    args = parser.parse_args()

    import pandas as pd

    from workbench.domain.demo import generate_baseline
    from workbench.services.baseline import import_baseline, score_file
    from workbench.services.baseline_io import write_frame
    from workbench.services.workspace import create_empty_database

    years = (2023, 2024, 2025)
    n_loc = -(-args.rows // len(years))
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "baseline.csv"
        frame = generate_baseline(n_locations=n_loc, years=years).head(args.rows)
        frame.to_csv(src, index=False, sep=";", decimal=",", encoding="utf-8-sig")
        print(
            f"{len(frame):,} RT-years, {src.stat().st_size / 1e6:.0f} MB semicolon CSV "
            "with decimal commas"
        )
        timed("pandas read_csv alone (the floor)", lambda: pd.read_csv(src, sep=";", decimal=","))
        out = Path(tmp) / "skor.csv"

        def score() -> int:
            table, _warnings, _source = score_file(src)
            write_frame(table, out)
            return len(table)

        timed("score: read + validate + score + write CSV", score)

        part = frame.head(args.import_rows)
        imp = Path(tmp) / "import.csv"
        part.to_csv(imp, index=False, sep=";", decimal=",", encoding="utf-8-sig")
        engine = create_empty_database(Path(tmp) / "db.sqlite", "Bench")
        outcome = timed(
            f"import baseline: {len(part):,} rows, all or nothing",
            lambda: _in_unit(engine, import_baseline, imp),
        )
        print(f"{'':<52} {outcome.rows:,} rows, {outcome.new_locations:,} RT units")
        engine.dispose()

        # 3. the same rows as a workbook: the import pipeline's reading (headers through
        # the kind's columns, validation) against openpyxl reading the cells alone
        book = Path(tmp) / "import.xlsx"
        part.to_excel(book, index=False, sheet_name="baseline")
        import openpyxl

        from workbench.services.baseline import check_file

        def cells_alone() -> int:
            wb = openpyxl.load_workbook(book, read_only=True, data_only=True)
            n = sum(1 for _ in wb["baseline"].iter_rows(values_only=True))
            wb.close()
            return n

        import time

        started = time.perf_counter()
        timed(f"openpyxl reads the {len(part):,}-row workbook alone", cells_alone)
        floor = time.perf_counter() - started
        started = time.perf_counter()
        timed(
            "read + check the workbook (as import baseline does)",
            lambda: check_file(book, mode="import"),
        )
        ours = time.perf_counter() - started
        print(f"{'':<52} {ours / floor:.2f}× openpyxl alone")
    return 0


if __name__ == "__main__":
    sys.exit(main())
