"""The map view at scale (issue #18's budget: 10,000 RT polygons, first paint ≤ 1 s, pan and
zoom frames ≤ 50 ms, and the GUI thread never blocked > 100 ms): the shapes read and their
paths built (worker), the items added a batch per event-loop turn (GUI: the longest batch),
the first full frame, then frames after a pan and after zooms, each rendered as the screen
would (offscreen, to an image).

    uv run python benchmarks/bench_map.py --rt 10000
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the helpers beside us
from _timing import in_unit, timed  # noqa: E402
from bench_geometry import make_district  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rt", type=int, default=10_000)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPointF
    from PySide6.QtWidgets import QApplication

    from workbench.db.engine import session_scope
    from workbench.services.geometry_io import import_geometry
    from workbench.services.map_data import map_shapes
    from workbench.ui.map_view import MapView, drawing_of

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        engine, geojson, _gpkg, n = make_district(Path(tmp), args.rt)
        in_unit(engine, import_geometry, geojson)
        print(f"{n:,} RT polygons")

        def read() -> object:
            with session_scope(engine) as s:
                return map_shapes(s)

        shapes = timed("read the shapes for the map (worker)", read)
        drawing = timed("build their paths (worker)", lambda: drawing_of(shapes))
        view = MapView()
        view.resize(1100, 700)
        view.show()
        batches: list[float] = []
        start = time.perf_counter()
        view.show_drawing(drawing)
        view._batches.stop()  # driven here, one batch at a time, each timed
        while view.building:
            t = time.perf_counter()
            view._next_batch()
            batches.append(time.perf_counter() - t)
            app.processEvents()
        view.viewport().grab()  # the first full frame
        first = time.perf_counter() - start
        print(f"{'first full paint, from the paths':<56} {first:8.3f} s")
        print(f"{'longest GUI batch while adding items':<56} {max(batches) * 1000:8.1f} ms")

        def frame() -> float:
            t = time.perf_counter()
            view.viewport().grab()
            return time.perf_counter() - t

        whole = [frame() for _ in range(5)]
        print(f"{'frame, whole district in view':<56} {statistics.median(whole) * 1000:8.1f} ms")
        pans = []
        for k in range(10):
            view.translate(37.0 * (1 if k % 2 else -1), 23.0)
            pans.append(frame())
        print(f"{'frame after a pan':<56} {statistics.median(pans) * 1000:8.1f} ms")
        zooms = []
        for _k in range(8):
            view.zoom(1.25)
            view.centerOn(QPointF(0, 0))
            zooms.append(frame())
        print(f"{'frame after a zoom step (in)':<56} {statistics.median(zooms) * 1000:8.1f} ms")
        print(f"{'slowest frame of all':<56} {max(whole + pans + zooms) * 1000:8.1f} ms")
        view.close()
        recolour_steps(app, engine, drawing)
        engine.dispose()
    return 0


def recolour_steps(app, engine, drawing) -> None:  # noqa: ANN001
    """The Peta panel recoloured on the GUI thread: by level, and one step of the
    projection's year slider (the room drags it), at the district's size."""
    from workbench.services.map_data import planning_measures
    from workbench.services.scores import score_rows
    from workbench.ui.tabs.score_map import MEASURE_PROJECTED, ScoreMapPanel

    rows = timed("score rows for the map (worker)", lambda: in_unit(engine, score_rows))
    planning = timed("planning measures (worker)", lambda: in_unit(engine, planning_measures))
    panel = ScoreMapPanel()
    panel.resize(1100, 750)
    panel.show()
    panel.view.show_drawing(drawing)
    while panel.view.building:
        panel.view._next_batch()
        app.processEvents()
    start = time.perf_counter()
    panel.show_rows(rows, ())
    print(f"{'recolour by level (GUI)':<56} {(time.perf_counter() - start) * 1000:8.1f} ms")
    if not planning.years:  # no programme in this district: five plan years, each RT unit
        # one level lighter every other year, so that every step recolours many units
        from dataclasses import replace as _replace

        order = ["HEAVY", "MEDIUM", "LIGHT", "NONE"]
        years = list(range(2026, 2031))
        projected = {
            r.location_id: {
                y: order[min(3, order.index(r.level) + (y - 2026 + r.location_id % 2) // 2)]
                for y in years
            }
            for r in rows
            if r.level in order
        }
        planning = _replace(planning, years=years, projected=projected)
    panel._planned(planning)
    panel.measure.setCurrentIndex(panel.measure.findData(MEASURE_PROJECTED))
    steps = []
    for year in planning.years[1:]:
        start = time.perf_counter()
        panel.year_slider.setValue(year)  # recolours
        steps.append(time.perf_counter() - start)
    if steps:
        print(
            f"{'one year-slider step, recoloured (GUI), slowest':<56} {max(steps) * 1000:8.1f} ms"
        )
    panel.close()


if __name__ == "__main__":
    sys.exit(main())
