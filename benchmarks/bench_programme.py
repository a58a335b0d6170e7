"""Programme benchmark: the matrix tab's load path with 20,000 activities × 5 years, the
analysis (projected scores per RT and year), and the investment-record import.

    uv run python benchmarks/bench_programme.py [--activities 20000] [--locations 2000]

The issue's bar: the matrix stays responsive with 20,000 activities × 5 years. Everything
measured here runs in the tab's worker thread (fetch, pivots, display text and sort keys); the
GUI thread only swaps the prepared rows in, so the window never blocks on it. Filtering and
sorting in the view are measured too (they run on the GUI thread, over precomputed keys).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the helper beside us
from _timing import in_unit as _in_unit  # noqa: E402
from _timing import timed  # noqa: E402


def _records(engine, n: int, years: list[int], seed: int = 5) -> list[dict]:  # noqa: ANN001
    from sqlalchemy import select

    from workbench.db.engine import session_scope
    from workbench.db.models import ActivityType, FundingSource, Location

    rng = random.Random(seed)
    with session_scope(engine) as s:
        codes = list(s.scalars(select(Location.code)))
        types = [(t.name, t.criterion_code) for t in s.scalars(select(ActivityType))]
        sources = list(s.scalars(select(FundingSource.name)))
    rows = []
    for i in range(n):
        name, crit = rng.choice(types)
        code, volume = rng.choice(codes), rng.randint(1, 40)
        for year in rng.sample(years, rng.randint(1, len(years))):  # 1–5 years each
            rows.append(
                dict(
                    id_kegiatan=i,
                    tahun=year,
                    kode_lokasi=code,
                    kriteria=crit,
                    volume=volume,
                    kegiatan=name,
                    sumber_dana=rng.choice(sources),
                    anggaran=f"Rp {rng.randint(1, 900) * 1_000_000:,}".replace(",", "."),
                )
            )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--activities", type=int, default=20_000)
    parser.add_argument("--locations", type=int, default=2_000)
    args = parser.parse_args(argv)

    import pandas as pd
    from sqlalchemy import delete, update

    from workbench.db.engine import session_scope
    from workbench.db.models import Activity, Allocation, Commitment
    from workbench.services.demo import create_demo_database
    from workbench.services.programme import programme_view
    from workbench.services.programme_analysis import analyse
    from workbench.services.programme_io import export_programme, import_programme

    with tempfile.TemporaryDirectory() as tmp:
        engine = timed(
            f"demo database with {args.locations:,} RT units",
            lambda: create_demo_database(Path(tmp) / "p.sqlite", n_locations=args.locations),
        )
        with session_scope(engine) as s:
            s.execute(update(Commitment).values(activity_id=None))
            s.execute(delete(Allocation))
            s.execute(delete(Activity))
        years = list(range(2026, 2031))
        rows = _records(engine, args.activities, years)
        path = Path(tmp) / "investasi.csv"
        pd.DataFrame(rows).to_csv(path, index=False, sep=";")
        result = timed(
            f"import {len(rows):,} record rows ({args.activities:,} activities)",
            lambda: _in_unit(engine, import_programme, path),
        )
        assert result.added == args.activities, result
        with session_scope(engine) as s:
            view = timed("programme_view (rows, pivots, filter choices)", lambda: programme_view(s))
        print(
            f"  {len(view.rows):,} activities, "
            f"{sum(len(r.allocations) for r in view.rows):,} allocations, total "
            f"Rp {sum(view.year_totals.values()):,}".replace(",", ".")
        )

        from workbench.ui.models import prepare
        from workbench.ui.tabs.programme_views import matrix_columns

        prepared = timed(
            "display text and sort keys for the matrix",
            lambda: prepare(matrix_columns(view.years), view.rows),
        )
        with session_scope(engine) as s:
            a = timed(
                "analysis: projected score per RT and year", lambda: analyse(s, "planned", years)
            )
        print(
            f"  slum ha {a.slum_ha_baseline:.1f} -> {a.slum_ha[years[-1]]:.1f}; "
            f"{len(a.gaps):,} gaps, {len(a.over):,} over-covered"
        )
        timed("export programme", lambda: _in_unit(engine, export_programme))

        import os

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        from workbench.ui.models import RowTableModel

        app = QApplication.instance() or QApplication([])
        model = RowTableModel(prepared.columns)
        timed("GUI thread: swap the prepared rows in", lambda: model.set_prepared(prepared))
        col = model.column_index(f"y{years[0]}")
        timed(
            "GUI thread: sort by a year column",
            lambda: model.sort(col, Qt.SortOrder.DescendingOrder),
        )
        timed(
            "GUI thread: search 'saluran'",
            lambda: model.set_search("saluran") if hasattr(model, "set_search") else None,
        )
        engine.dispose()
        del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
