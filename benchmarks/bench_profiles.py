"""Long reports: location profiles for a province's RT units, one page each.

    uv run python benchmarks/bench_profiles.py [--locations 12000] [--keep DIR]

Makes a demo district of that many RT units (about three in four are slum at the latest
assessment, each gets a page), then runs ``pkp-workbench report location-profile`` in its own
process and prints its wall time, its peak memory (RSS) and the pages and size of the PDF.
Issue #15 measured 15 minutes and 3.9 GB for 12,000 profiles; the bound is memory that does
not grow with the number of pages beyond the output file itself.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_hostile_files import CHILD  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--locations", type=int, default=12_000)
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="pkp-profiles-"))
    work.mkdir(parents=True, exist_ok=True)
    db = work / f"profiles-{args.locations}.sqlite"
    if not db.exists():
        from workbench.services.demo import create_demo_database

        started = time.perf_counter()
        create_demo_database(db, n_locations=args.locations, approved=False).dispose()
        print(
            f"demo district of {args.locations:,} RT units: {time.perf_counter() - started:.0f} s"
        )
    out = work / "profil.pdf"
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    argv = ["report", "location-profile", "--db", str(db), "--out", str(out)]
    subprocess.run([sys.executable, "-m", "workbench", "--help"], capture_output=True, env=env)
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", CHILD, *argv], capture_output=True, env=env)
    seconds = time.perf_counter() - started
    text = (proc.stderr + proc.stdout).decode("utf-8", "replace")
    peak = next(ln.split()[1] for ln in text.splitlines() if ln.startswith("PEAK "))
    from pypdf import PdfReader

    pages = len(PdfReader(out).pages) if out.exists() else 0
    size = out.stat().st_size / 1024 / 1024 if out.exists() else 0
    print(
        f"report location-profile, {args.locations:,} RT units: {seconds:.0f} s, peak {peak} MB, "
        f"{pages:,} pages, {size:.0f} MB, exit {proc.returncode}"
    )
    if proc.returncode:
        print(text)
    if args.keep is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
