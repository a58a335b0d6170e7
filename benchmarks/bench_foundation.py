"""Foundation benchmark: generate, score, store and load RT-years at city, province and
national scale, and prepare the scoring tab's table model off the GUI thread.

    uv run python benchmarks/bench_foundation.py --scale province
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the helper beside us
from _timing import timed  # noqa: E402

SCALES = {"city": 500, "province": 16_667, "nation": 66_667}
YEARS = (2023, 2024, 2025)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", choices=SCALES, default="city")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from sqlalchemy import select

    from workbench.db.engine import make_engine, session_scope
    from workbench.db.migrate import upgrade_if_needed
    from workbench.db.models import District
    from workbench.domain.demo import generate_baseline
    from workbench.domain.rules import get_ruleset
    from workbench.domain.scoring import score_frame
    from workbench.services.assessments import store_assessments
    from workbench.services.scores import score_rows

    n = SCALES[args.scale]
    rules = get_ruleset()
    print(f"scale {args.scale}: {n:,} RT units x {len(YEARS)} years = {n * len(YEARS):,} RT-years")
    frame = timed(
        "generate baseline (domain/demo.py)", lambda: generate_baseline(n_locations=n, years=YEARS)
    )
    with tempfile.TemporaryDirectory() as tmp:
        csv = Path(tmp) / "baseline.csv"
        timed("write baseline CSV", lambda: frame.to_csv(csv, index=False))
        import pandas as pd

        timed("pandas read_csv alone (the practical floor)", lambda: pd.read_csv(csv))
        timed("score all rows (vectorised)", lambda: score_frame(frame, rules))
        engine = make_engine(Path(tmp) / "bench.sqlite")
        upgrade_if_needed(engine)

        def store() -> int:
            with session_scope(engine) as s:
                s.add(District(code="BENCH", name="Bench"))
                s.flush()
                did = s.scalars(select(District.id)).one()
                return store_assessments(s, did, frame, rules)

        timed("store assessments + volumes in SQLite", store)
        size = sum(p.stat().st_size for p in Path(tmp).glob("bench.sqlite*"))
        print(f"{'database size (with WAL)':<48} {size / 1e6:8.1f} MB")

        def load() -> list:
            with session_scope(engine) as s:
                return score_rows(s)

        rows = timed("load + score rows for the scoring tab", load)

        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        from workbench.ui.models import RowTableModel, prepare
        from workbench.ui.tabs.scores import ScoresTab

        QApplication.instance() or QApplication([])
        tab = ScoresTab()
        prepared = timed(
            "prepare display text + sort keys (worker side)", lambda: prepare(tab.columns(), rows)
        )
        model: RowTableModel = tab.model
        timed("swap prepared rows into the model (GUI side)", lambda: model.set_prepared(prepared))
        col = model.column_index("total")
        timed(
            "sort by total score (GUI side)", lambda: model.sort(col, Qt.SortOrder.DescendingOrder)
        )
        timed(
            "filter to one year (GUI side)",
            lambda: tab.proxy.set_exact(model.column_index("year"), YEARS[-1]),
        )
        engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
