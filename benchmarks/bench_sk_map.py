"""`report sk-map` at scale (issue #18's budget: the distribution map of 500 locations ≤ 5 s):
a district whose RT units have 24-corner outlines, about 500 of them slum, drawn on one A3
page; the whole command as a user runs it (a process, bytecode cache warm) and the report
alone in-process. Also `export map` of the same district.

    uv run python benchmarks/bench_sk_map.py --rt 600
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the helpers beside us
from _timing import in_unit, process_seconds, timed, user_env  # noqa: E402
from bench_geometry import make_district  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rt", type=int, default=600)
    parser.add_argument("--keep", action="store_true", help="keep the PDF in /tmp")
    args = parser.parse_args()

    from workbench.reports.build import ReportOptions, make_report
    from workbench.services import report_data as rd
    from workbench.services.geometry_io import import_geometry

    with tempfile.TemporaryDirectory() as tmp:
        engine, geojson, _gpkg, n = make_district(Path(tmp), args.rt)
        in_unit(engine, import_geometry, geojson)
        slum = len(in_unit(engine, rd.sk_table).rows)
        print(f"{n:,} RT units with outlines, {slum:,} of them slum (the map's locations)")
        options = ReportOptions(paper="A3")
        make_report(engine, "sk-map", options)  # warm up: fonts registered, modules loaded
        report = timed(
            f"sk-map report, {slum} locations, A3 (in-process)",
            lambda: make_report(engine, "sk-map", options),
        )
        print(f"    PDF {len(report.pdf) / 1e6:.2f} MB, one page")
        if len(sys.argv) > 1 and "--keep" in sys.argv:
            Path("/tmp/bench-sk-map.pdf").write_bytes(report.pdf)
        db = str(engine.url.database)
        engine.dispose()
        out = Path(tmp) / "peta.pdf"
        cli = [sys.executable, "-m", "workbench"]
        argv = [*cli, "report", "sk-map", "--db", db, "--out", str(out), "--paper", "A3"]
        env = user_env()
        process_seconds(argv, env)  # warm up the bytecode cache, as a user's machine is
        took = process_seconds(argv, env)
        print(f"{'pkp-workbench report sk-map (a process, warm)':<56} {took:8.3f} s")
        argv = [*cli, "export", "map", "--db", db, "--out", str(Path(tmp) / "p.gpkg")]
        process_seconds(argv, env)
        took = process_seconds(argv, env)
        print(f"{'pkp-workbench export map .gpkg (a process, warm)':<56} {took:8.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
