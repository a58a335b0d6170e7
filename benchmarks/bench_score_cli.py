"""`pkp-workbench score` as a user runs it, a process from start to end, against pandas
reading and writing the same file in a process of its own (issue #17's budget: ≤ 2×).

    uv run python benchmarks/bench_score_cli.py --rows 200000

Both run with Python's bytecode cache on, as on a user's machine (PYTHONDONTWRITEBYTECODE
unset), after one warm-up run each; the figure is the median of --reps runs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the helper beside us
from _timing import process_seconds, score_command, user_env  # noqa: E402

PANDAS = """
import sys
import pandas as pd
frame = pd.read_csv(sys.argv[1], sep=";", decimal=",", encoding="utf-8-sig")
frame.to_csv(sys.argv[2], index=False)
"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--reps", type=int, default=3)
    args = parser.parse_args()
    from workbench.domain.demo import generate_baseline

    env = user_env()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "baseline.csv"
        years = (2023, 2024, 2025)
        frame = generate_baseline(n_locations=-(-args.rows // 3), years=years).head(args.rows)
        frame.to_csv(src, index=False, sep=";", decimal=",", encoding="utf-8-sig")
        print(f"{len(frame):,} RT-years, {src.stat().st_size / 1e6:.0f} MB semicolon CSV")
        script = Path(tmp) / "floor.py"
        script.write_text(PANDAS, encoding="utf-8")
        cli = score_command(str(src), str(Path(tmp) / "s.csv"))
        floor = [sys.executable, str(script), str(src), str(Path(tmp) / "p.csv")]
        for argv in (cli, floor):  # warm up: bytecode written, files in the page cache
            process_seconds(argv, env)
        times = {"score": [], "pandas": []}
        for _ in range(args.reps):
            times["score"].append(process_seconds(cli, env))
            times["pandas"].append(process_seconds(floor, env))
        score, pandas = statistics.median(times["score"]), statistics.median(times["pandas"])
        print(f"pkp-workbench score: {score:.2f} s; pandas read + write: {pandas:.2f} s")
        print(
            f'{{"score_s": {score:.2f}, "pandas_s": {pandas:.2f}, "ratio": {score / pandas:.2f}}}'
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
