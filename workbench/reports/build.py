"""One entry point for every report: read the data (never writing), lay it out, and write the
PDF, or with an ``.xlsx`` name every table of the report as a sheet. Used by the command line
and by the window's background export."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd
from sqlalchemy import Engine

from workbench.domain.messages import UserError, render
from workbench.reports import REPORT_KINDS, lists, plan_summary, profiles, sk_map, sk_table
from workbench.reports.pdf_base import write_atomically
from workbench.reports.signing import Credentials, check_tsa_url, sign_pdf, signing_reason
from workbench.services import report_data as rd

__all__ = ["REPORT_KINDS", "Report", "ReportOptions", "make_report", "write_report"]

TITLES = {
    "plan-summary": "Ringkasan Rencana",
    "sk-table": "Tabel Lokasi SK Kumuh",
    "sk-map": "Peta Sebaran Lokasi Permukiman Kumuh",
    "location-profile": "Profil Lokasi",
    "programme": "Matriks Program",
    "stakeholders": "Pemangku Kepentingan",
}


@dataclass(frozen=True)
class ReportOptions:
    version: int | None = None  # plan-summary: which plan version (default: latest approved)
    locations: list[str] = field(default_factory=list)  # location-profile: only these codes
    level: str = "rt"  # location-profile: "rt" or "kawasan"
    paper: str = "A4"  # "A4", "F4" (215 × 330 mm, Indonesian government offices) or "A3"
    year: int | None = None  # sk-map: the assessments of this year or before


@dataclass(frozen=True)
class Report:
    kind: str
    pdf: bytes
    tables: dict[str, pd.DataFrame]
    parts: tuple[tuple[str, dict[str, object]], ...]  # what was written, as message keys
    fingerprint: str | None = None  # plan-summary of an approved version
    version_no: int | None = None  # plan-summary
    signing: tuple[str, str] = ("", "")  # plan-summary: PAdES reason and location

    def text(self, language: str) -> str:
        """One line for the user: what was written."""
        return ", ".join(render(key, language, **params) for key, params in self.parts)

    @property
    def note(self) -> str:
        return self.text("en")


def _progress_of(
    progress: Callable[[int, str], None] | None, text: str
) -> Callable[[int], None] | None:
    if progress is None:
        return None
    return lambda flowables: progress(flowables, text)


def make_report(
    engine: Engine,
    kind: str,
    options: ReportOptions | None = None,
    progress: Callable[[int, str], None] | None = None,
    with_pdf: bool = True,
) -> Report:
    options = options or ReportOptions()
    if kind not in REPORT_KINDS:
        raise ValueError(f"unknown report {kind!r}: choose one of {', '.join(REPORT_KINDS)}")
    step = _progress_of(progress, TITLES[kind])
    if kind == "plan-summary":
        with rd.read_only(engine) as session:  # read first; laid out after
            src = rd.plan_source(session, options.version)
        fp = src.version.fingerprint if src.version.status == "approved" else None
        pdf = (
            plan_summary.render_plan_summary(
                src.snapshot, src.version.status, fp, step, paper=options.paper
            )
            if with_pdf
            else b""
        )
        no, plan = src.version.version_no, src.snapshot["plan"]
        parts = (
            (("note_plan_approved", {"version": no}), ("note_fingerprint", {"fingerprint": fp}))
            if fp
            else (("note_plan_draft", {"version": no}),)
        )
        return Report(
            kind,
            pdf,
            plan_summary.tables(src.snapshot),
            parts,
            fp,
            no,
            (signing_reason(plan.get("name", "rencana"), no), src.snapshot["district"]["name"]),
        )
    if kind == "sk-table":
        with rd.read_only(engine) as session:
            data = rd.sk_table(session)
        pdf = sk_table.render_sk_table(data, step, paper=options.paper) if with_pdf else b""
        return Report(kind, pdf, sk_table.tables(data), (("note_sk", {"count": len(data.rows)}),))
    if kind == "sk-map":
        with rd.read_only(engine) as session:
            mapped = rd.sk_map(session, options.year)
        pdf = sk_map.render_sk_map(mapped, step, paper=options.paper) if with_pdf else b""
        return Report(
            kind,
            pdf,
            sk_table.tables(mapped.table),
            (("note_sk_map", {"count": len(mapped.table.rows)}),),
        )
    if kind == "location-profile":
        with rd.read_only(engine) as session:
            district, items = rd.location_profiles(
                session, options.locations or None, options.level
            )
        pdf = (
            profiles.render_profiles(district, items, step, paper=options.paper)
            if with_pdf
            else b""
        )
        return Report(
            kind, pdf, profiles.tables(items), (("note_profiles", {"count": len(items)}),)
        )
    if kind == "programme":
        with rd.read_only(engine) as session:
            district, view, version = rd.programme(session)
        pdf = (
            lists.render_programme(district, view, version, step, paper=options.paper)
            if with_pdf
            else b""
        )
        return Report(
            kind,
            pdf,
            lists.programme_tables(view),
            (("note_programme", {"count": len(view.rows)}),),
        )
    with rd.read_only(engine) as session:
        district, rows, commits = rd.stakeholders(session)
    pdf = (
        lists.render_stakeholders(district, rows, commits, step, paper=options.paper)
        if with_pdf
        else b""
    )
    return Report(
        kind,
        pdf,
        lists.stakeholder_tables(rows, commits),
        (("note_stakeholders", {"count": len(rows), "commitments": len(commits)}),),
    )


def write_tables(tables: dict[str, pd.DataFrame], path: Path) -> Path:
    """Every table of a report as one sheet of an Excel workbook."""
    from workbench.services.table_files import write_frames

    return write_frames(Path(path), tables)


def _signed(report: Report, credentials: Credentials, tsa_url: str | None) -> bytes:
    """The plan summary's PDF with a PAdES signature appended; only an approved version
    (the report kind was checked before it was made)."""
    if report.fingerprint is None:
        raise UserError("sign_draft", version=report.version_no)
    reason, location = report.signing
    return sign_pdf(report.pdf, credentials, reason=reason, location=location, tsa_url=tsa_url)


def write_report(
    engine: Engine,
    kind: str,
    out: Path,
    options: ReportOptions | None = None,
    progress: Callable[[int, str], None] | None = None,
    sign_with: Credentials | None = None,
    tsa_url: str | None = None,
) -> Report:
    """Write ``out`` (.pdf, or .xlsx for the tables); nothing is written when anything
    fails, and the database is only read. ``sign_with``: sign the approved plan summary
    (time-stamped by the server at ``tsa_url``, if given)."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise ValueError(f"{out.name}: choose a .pdf (the report) or .xlsx (its tables) name")
    if sign_with is not None and (kind != "plan-summary" or suffix != ".pdf"):
        raise UserError("sign_kind", kind=kind if suffix == ".pdf" else f"{kind} (Excel)")
    if sign_with is not None and tsa_url:
        check_tsa_url(tsa_url)  # before any layout work
    report = make_report(engine, kind, options, progress, with_pdf=suffix == ".pdf")
    if suffix == ".pdf":
        write_atomically(out, _signed(report, sign_with, tsa_url) if sign_with else report.pdf)
        if sign_with:
            report = replace(
                report, parts=(*report.parts, ("note_signed", {"who": sign_with.subject}))
            )
    else:
        write_tables(report.tables, out)
    return report
