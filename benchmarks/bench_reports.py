"""Reports benchmark: a district of 500 RT units with about 2,000 activities (the demo recipe at
that size, version 1 approved): approving (the sealed snapshot with the projected figures),
each PDF report, the Excel tables, verifying a plan summary, and signing it digitally (PAdES,
with a throw-away certificate made on the spot) and verifying the signed file.

    uv run python benchmarks/bench_reports.py [--locations 500] [--out DIR]

The issue's bar: a 500-location plan summary renders in a few seconds. With ``--out`` the PDFs
are kept so their pages can be looked at (``pdftoppm -png -r 60``).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the helper beside us
from _timing import in_unit as _in_unit  # noqa: E402
from _timing import timed  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--locations", type=int, default=500)
    parser.add_argument(
        "--activities",
        type=int,
        default=2_000,
        help="activities added to the draft before it is approved",
    )
    parser.add_argument("--out", type=Path, help="keep the PDFs in this folder")
    args = parser.parse_args(argv)

    from pypdf import PdfReader

    from workbench.db.engine import session_scope
    from workbench.reports.build import REPORT_KINDS, write_report
    from workbench.reports.verify import verify_pdf
    from workbench.services import plans
    from workbench.services.demo import create_demo_database
    from workbench.services.programme_edit import current_plan

    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        engine = timed(
            f"demo database with {args.locations:,} RT units (v1 approved)",
            lambda: create_demo_database(Path(tmp) / "r.sqlite", n_locations=args.locations),
        )
        import pandas as pd
        from bench_programme import _records

        from workbench.services.programme_io import import_programme

        rows = _records(engine, args.activities, list(range(2026, 2031)))
        csv = Path(tmp) / "investasi.csv"
        pd.DataFrame(rows).to_csv(csv, index=False, sep=";")
        timed(
            f"import {args.activities:,} more activities into the draft",
            lambda: _in_unit(engine, import_programme, csv),
        )
        with session_scope(engine) as s:
            plan = current_plan(s)
            assert plan is not None
            snap = timed(
                "plan snapshot of the draft (figures, list, programme)",
                lambda: plans.plan_snapshot(s, plan),
            )
        print(f"  {len(snap['programme']):,} activities in the plan")
        with session_scope(engine) as s:  # the new draft's blocks carry no date yet
            plan = current_plan(s)
            assert plan is not None
            plans.set_signatories(
                s,
                plan.id,
                [replace(p, sign_date=date(2026, 12, 15)) for p in plans.signatories(s, plan.id)],
            )
        with session_scope(engine) as s:
            timed(
                "approve the draft (snapshot sealed, version frozen)",
                lambda: plans.approve(s, "Rapat pleno Pokja PKP"),
            )
        for kind in REPORT_KINDS:
            path = out / f"{kind}.pdf"
            report = timed(
                f"report {kind} (PDF)", lambda k=kind, p=path: write_report(engine, k, p)
            )
            print(
                f"  {len(PdfReader(path).pages):,} pages, "
                f"{path.stat().st_size / 1e6:.1f} MB; {report.note[:60]}"
            )
            timed(
                f"report {kind} (Excel tables)",
                lambda k=kind: write_report(engine, k, out / f"{k}.xlsx"),
            )
        result = timed(
            "verify the plan summary", lambda: verify_pdf(engine, out / "plan-summary.pdf")
        )
        assert result.ok, result.problems

        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from tests.certs import issue
        from workbench.reports.signing import load_credentials

        cert = issue(Path(tmp), "Ketua Pokja PKP")
        credentials = timed(
            "open the signing certificate (.p12)",
            lambda: load_credentials(cert.p12, cert.passphrase),
        )
        signed = out / "plan-summary-ttd.pdf"
        timed(
            "plan summary signed (render + PAdES signature)",
            lambda: write_report(engine, "plan-summary", signed, sign_with=credentials),
        )
        result = timed(
            "verify the signed plan summary (pages + signature)", lambda: verify_pdf(engine, signed)
        )
        assert result.ok and result.signatures, result.problems
        engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
