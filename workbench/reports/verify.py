"""Is a printed plan summary what was approved? The PDF names its version by the SHA-256
fingerprint in its metadata (and in every page's footer). The database must hold an approved
version with that fingerprint whose sealed snapshot is intact and whose data still give the
same snapshot; and rendering that snapshot again must give the file's pages exactly, so a
changed figure, name or page is noticed and located."""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from asn1crypto import x509 as asn1_x509
from pypdf import PdfReader
from pypdf.errors import PdfReadError
from sqlalchemy import Engine

from workbench.domain.messages import render
from workbench.reports.pdf_base import paper_of, write_atomically
from workbench.reports.plan_summary import render_plan_summary
from workbench.reports.signing import (
    Credentials,
    Finding,
    SignatureCheck,
    check_signatures,
    sign_pdf,
    signing_reason,
)
from workbench.services.plans import check_version, find_by_fingerprint, stored_snapshot
from workbench.services.report_data import read_only

_FP = re.compile(r"sha256:([0-9a-f]{64})")


@dataclass(frozen=True)
class Verification:
    ok: bool
    fingerprint: str | None
    version_no: int | None
    plan_name: str
    findings: list[Finding] = field(default_factory=list)  # what is wrong, as message keys
    signatures: list[SignatureCheck] = field(default_factory=list)
    district: str = ""
    written: Path | None = None  # countersign: where the signed file went (None: not signed)
    notices: list[Finding] = field(default_factory=list)  # said, but not a failure

    @property
    def problems(self) -> list[str]:
        return [render(key, "en", **params) for key, params in self.findings]

    @property
    def content_matches(self) -> bool:
        """The pages and the data match the approved version (signatures aside)."""
        return self.version_no is not None and all(
            key.startswith("s_") for key, _p in self.findings
        )

    def lines(self, language: str = "en") -> list[str]:
        signed = (
            [f"  {s.line(language)}" for s in self.signatures]
            if self.signatures
            else [f"  {render('v_no_signature', language)}"]
            if self.fingerprint and self.version_no
            else []
        )
        if self.ok:
            return [
                render(
                    "v_ok",
                    language,
                    version=self.version_no,
                    plan=self.plan_name,
                    fingerprint=self.fingerprint,
                ),
                *signed,
                *(f"  {render(key, language, **params)}" for key, params in self.notices),
            ]
        return [
            render("v_not", language, problem=render(key, language, **params))
            for key, params in self.findings
        ] + signed


def _pages(data: bytes) -> list[tuple[str, str]]:
    """Per page: the SHA-256 of its content streams, and its text."""
    reader = PdfReader(io.BytesIO(data))
    out = []
    for page in reader.pages:
        contents = page.get_contents()
        raw = contents.get_data() if contents is not None else b""
        out.append((hashlib.sha256(raw).hexdigest(), page.extract_text() or ""))
    return out


def _fingerprint_in(reader: PdfReader) -> str | None:
    meta = reader.metadata or {}
    found = _FP.search(str(meta.get("/Keywords", "")))
    if found:
        return found.group(1)
    for page in reader.pages[:1]:
        text = re.sub(r"\s+", "", page.extract_text() or "")
        m = re.search(r"SHA-256:([0-9a-f]{64})", text)
        if m:
            return m.group(1)
    return None


def verify_pdf(
    engine: Engine, path: Path, trust_roots: list[asn1_x509.Certificate] | None = None
) -> Verification:
    """Does the file match an approved version, and is every digital signature in it intact
    (and, given ``trust_roots``, from a trusted certificate)?"""
    path = Path(path)
    data = path.read_bytes()
    try:
        reader = PdfReader(io.BytesIO(data))
        fingerprint = _fingerprint_in(reader)
    except (PdfReadError, ValueError, KeyError) as exc:
        return Verification(
            False, None, None, "", [("v_unreadable", {"name": path.name, "error": exc})]
        )
    if fingerprint is None:
        return Verification(False, None, None, "", [("v_no_fingerprint", {"name": path.name})])
    with read_only(engine) as session:
        plan_id = find_by_fingerprint(session, fingerprint)
        if plan_id is None:
            return Verification(
                False,
                fingerprint,
                None,
                "",
                [("v_unknown_fingerprint", {"fingerprint": fingerprint})],
            )
        check = check_version(session, plan_id)
        snapshot = stored_snapshot(session, plan_id)
    problems: list[Finding] = []
    try:
        signatures = check_signatures(data, trust_roots)
    except Exception as exc:  # noqa: BLE001 - a broken signature dictionary is a finding
        signatures = []
        problems.append(("v_signatures_unreadable", {"name": path.name, "error": exc}))
    for signature in signatures:
        problems.extend(signature.findings)
    if not check.intact:
        problems.append(("v_record_altered", {"version": check.version_no}))
    notices: list[Finding] = []
    if not check.data_unchanged:  # the document can still be exactly the approved one
        notices.append(
            (
                "v_data_changed_since",
                {"version": check.version_no, "parts": ", ".join(check.changed) or "-"},
            )
        )
    box = reader.pages[0].mediabox if len(reader.pages) else None
    paper = paper_of(float(box.width), float(box.height)) if box is not None else "A4"
    approved_pdf = render_plan_summary(snapshot, "approved", fingerprint, paper=paper)
    expected = _pages(approved_pdf)
    try:
        actual = _pages(data)
    except Exception as exc:  # noqa: BLE001 - a damaged page stream is a finding, not a crash
        problems.append(("v_page_unreadable", {"name": path.name, "error": exc}))
        actual = []
    if actual and len(actual) != len(expected):
        problems.append(
            ("v_page_count", {"name": path.name, "pages": len(actual), "expected": len(expected)})
        )
    for number, (mine, theirs) in enumerate(zip(actual, expected, strict=False), start=1):
        if mine[0] != theirs[0]:
            problems.append(_first_difference(number, mine[1], theirs[1]))
    # The whole file, not only the page drawings: our PDFs are byte-stable, so the file must
    # be the approved document byte for byte (annotations, fonts, metadata, page order, an
    # appended update all change it); a signed file is that document followed by the
    # signatures' incremental updates, which the signature checks judge.
    whole = data.startswith(approved_pdf) if signatures else data == approved_pdf
    if not whole and not any(k.startswith("v_page") for k, _p in problems):
        problems.append(("v_document_changed", {"name": path.name}))
    return Verification(
        not problems,
        fingerprint,
        check.version_no,
        check.name,
        problems,
        signatures,
        str(snapshot["district"]["name"]),
        notices=notices,
    )


def countersign(
    engine: Engine,
    path: Path,
    credentials: Credentials,
    out: Path | None = None,
    trust_roots: list[asn1_x509.Certificate] | None = None,
    tsa_url: str | None = None,
) -> Verification:
    """Add the signatory's PAdES signature to a plan summary that verifies; a file that does
    not (changed, or its data changed) is refused, so nobody signs what was not approved.
    Written to ``out`` (default: the file itself, replaced atomically)."""
    path = Path(path)
    result = verify_pdf(engine, path, trust_roots)
    if not result.ok:
        return result
    data = sign_pdf(
        path.read_bytes(),
        credentials,
        reason=signing_reason(result.plan_name, result.version_no),
        location=result.district,
        tsa_url=tsa_url,
    )
    target = Path(out) if out else path
    write_atomically(target, data)
    signatures = check_signatures(data, trust_roots)  # the new one included
    findings = [f for s in signatures for f in s.findings]  # the pages matched already
    return replace(
        result, ok=not findings, findings=findings, signatures=signatures, written=target
    )


def _first_difference(page: int, mine: str, theirs: str) -> Finding:
    for a, b in zip(mine.splitlines(), theirs.splitlines(), strict=False):
        if a != b:
            return ("v_page_text", {"page": page, "mine": a.strip(), "theirs": b.strip()})
    if mine != theirs:
        return ("v_page_added", {"page": page})
    return ("v_page_drawing", {"page": page})
