"""`pkp-workbench score` as a user runs it, a process from start to end, against pandas
reading and writing the same file in a process of its own (issue #17's budget: ≤ 2×).

    uv run python benchmarks/bench_score_cli.py --rows 200000

Both run with Python's bytecode cache on, as on a user's machine (PYTHONDONTWRITEBYTECODE
unset), after one warm-up run each; the figure is the median of --reps runs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PANDAS = """
import sys
import pandas as pd
frame = pd.read_csv(sys.argv[1], sep=";", decimal=",", encoding="utf-8-sig")
frame.to_csv(sys.argv[2], index=False)
"""


def _run(argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, check=True, env=env, capture_output=True)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--reps", type=int, default=3)
    args = parser.parse_args()
    from workbench.domain.demo import generate_baseline

    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "baseline.csv"
        years = (2023, 2024, 2025)
        frame = generate_baseline(n_locations=-(-args.rows // 3), years=years).head(args.rows)
        frame.to_csv(src, index=False, sep=";", decimal=",", encoding="utf-8-sig")
        print(f"{len(frame):,} RT-years, {src.stat().st_size / 1e6:.0f} MB semicolon CSV")
        script = Path(tmp) / "floor.py"
        script.write_text(PANDAS, encoding="utf-8")
        cli = [
            sys.executable,
            "-m",
            "workbench",
            "score",
            str(src),
            "--out",
            str(Path(tmp) / "s.csv"),
        ]
        floor = [sys.executable, str(script), str(src), str(Path(tmp) / "p.csv")]
        for argv in (cli, floor):  # warm up: bytecode written, files in the page cache
            _run(argv, env)
        times = {"score": [], "pandas": []}
        for _ in range(args.reps):
            times["score"].append(_run(cli, env))
            times["pandas"].append(_run(floor, env))
        score, pandas = statistics.median(times["score"]), statistics.median(times["pandas"])
        print(f"pkp-workbench score: {score:.2f} s; pandas read + write: {pandas:.2f} s")
        print(
            f'{{"score_s": {score:.2f}, "pandas_s": {pandas:.2f}, "ratio": {score / pandas:.2f}}}'
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
