"""`pkp-workbench score` against what a district does today: a spreadsheet whose formulas
score each RT row, recalculated by LibreOffice Calc (issue #17's budget: ≥ 12× faster).

    uv run python benchmarks/bench_libreoffice.py --rows 50000

The workbook holds the same rows with one formula per percent, score, total and level
(written by openpyxl without cached values, so Calc computes every one on load); Calc opens
it headless and writes the computed sheet as CSV. `score` reads the same rows as CSV and
writes its result table, a process start to end with the bytecode cache on. The totals of
both are compared, so the figure is of the same work. Needs `soffice` (Debian's
libreoffice-calc-nogui).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the helper beside us
from _timing import process_seconds, score_command, user_env  # noqa: E402


def formula_workbook(path: Path, frame, rules) -> None:  # noqa: ANN001
    """The rows, then per criterion its percent and score, the total and the level."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    data_cols = list(frame.columns)
    col = {c: get_column_letter(i + 1) for i, c in enumerate(data_cols)}
    book = Workbook(write_only=True)
    ws = book.create_sheet("skor")
    extra: list[str] = []
    for c in rules.criteria:
        extra += [f"pct_{c.code}", f"skor_{c.code}"]
    ws.append([*data_cols, *extra, "total_skor", "tingkat"])
    bands = sorted(rules.bands, key=lambda b: -b.min_percent)
    levels = sorted(rules.levels, key=lambda lv: -lv.min_total)
    n0 = len(data_cols)
    for r, values in enumerate(frame.itertuples(index=False, name=None), start=2):
        cells: list[object] = list(values)
        score_refs = []
        for k, c in enumerate(rules.criteria):
            pct_col = get_column_letter(n0 + 2 * k + 1)
            vol, den = f"{col['vol_' + c.code]}{r}", f"{col[c.denominator]}{r}"
            cells.append(f"=IF({den}=0,0,ROUND(100*{vol}/{den},2))")
            score = "0"
            for b in reversed(bands):
                if b.score:
                    score = f"IF({pct_col}{r}>={b.min_percent},{b.score},{score})"
            cells.append(f"={score}")
            score_refs.append(f"{get_column_letter(n0 + 2 * k + 2)}{r}")
        total_col = get_column_letter(n0 + 2 * len(rules.criteria) + 1)
        cells.append("=" + "+".join(score_refs))
        level = '"' + levels[-1].label + '"'
        for lv in reversed(levels[:-1]):
            level = f'IF({total_col}{r}>={lv.min_total:g},"{lv.label}",{level})'
        cells.append(f"={level}")
        ws.append(cells)
    book.save(path)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50_000)
    args = parser.parse_args()
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("soffice not found: apt-get install libreoffice-calc-nogui")
        return 1
    import pandas as pd

    from workbench.domain.demo import generate_baseline
    from workbench.domain.rules import get_ruleset

    rules = get_ruleset("permen-14-2018")
    columns = ["kode_lokasi", "kelurahan", "kecamatan", "tahun", *rules.denominators]
    columns += [f"vol_{c}" for c in rules.codes]
    frame = generate_baseline(n_locations=args.rows, years=(2025,)).head(args.rows)[columns]
    env = user_env()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        book = work / "skor-rumus.xlsx"
        formula_workbook(book, frame, rules)
        src = work / "baseline.csv"
        frame.to_csv(src, index=False)
        profile = f"-env:UserInstallation=file://{work / 'lo-profile'}"
        convert = [
            soffice,
            profile,
            "--headless",
            "--convert-to",
            "csv",
            "--outdir",
            str(work / "lo"),
            str(book),
        ]
        cli = score_command(str(src), str(work / "ours.csv"))
        subprocess.run(cli, check=True, env=env, capture_output=True)  # warm up
        subprocess.run([soffice, profile, "--headless", "--version"], capture_output=True)
        calc = process_seconds(convert)
        ours = process_seconds(cli, env)
        theirs = pd.read_csv(work / "lo" / "skor-rumus.csv", usecols=["total_skor"])
        mine = pd.read_csv(work / "ours.csv", usecols=["total_skor"])
        same = (theirs["total_skor"].to_numpy() == mine["total_skor"].to_numpy()).all()
        print(
            f"{len(frame):,} RT rows; LibreOffice Calc recalculating the formula workbook: "
            f"{calc:.1f} s; pkp-workbench score: {ours:.2f} s; same totals: {bool(same)}"
        )
        print(f'{{"calc_s": {calc:.2f}, "score_s": {ours:.2f}, "faster": {calc / ours:.1f}}}')
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
