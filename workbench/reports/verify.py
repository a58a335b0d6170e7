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

from workbench.reports.pdf_base import write_atomically
from workbench.reports.plan_summary import render_plan_summary
from workbench.reports.signing import Credentials, SignatureCheck, check_signatures, sign_pdf
from workbench.services.plans import check_version, find_by_fingerprint, stored_snapshot
from workbench.services.report_data import read_only

_FP = re.compile(r"sha256:([0-9a-f]{64})")


@dataclass(frozen=True)
class Verification:
    ok: bool
    fingerprint: str | None
    version_no: int | None
    plan_name: str
    problems: list[str] = field(default_factory=list)
    signatures: list[SignatureCheck] = field(default_factory=list)
    district: str = ""

    def lines(self) -> list[str]:
        signed = ([f"  {s.line()}" for s in self.signatures] if self.signatures
                  else ["  no digital signature (the printed signature blocks only)"]
                  if self.fingerprint and self.version_no else [])
        if self.ok:
            return [f"OK: matches approved plan version {self.version_no} "
                    f"({self.plan_name}), fingerprint sha256:{self.fingerprint}", *signed]
        return [f"NOT VERIFIED: {p}" for p in self.problems] + signed


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


def verify_pdf(engine: Engine, path: Path,
               trust_roots: list[asn1_x509.Certificate] | None = None) -> Verification:
    """Does the file match an approved version, and is every digital signature in it intact
    (and, given ``trust_roots``, from a trusted certificate)?"""
    path = Path(path)
    data = path.read_bytes()
    try:
        reader = PdfReader(io.BytesIO(data))
        fingerprint = _fingerprint_in(reader)
    except (PdfReadError, ValueError, KeyError) as exc:
        return Verification(False, None, None, "", [f"{path.name}: not a readable PDF ({exc})"])
    if fingerprint is None:
        return Verification(False, None, None, "", [
            f"{path.name} carries no plan fingerprint: it is not an approved plan summary "
            "(drafts and other reports are not sealed)"])
    with read_only(engine) as session:
        plan_id = find_by_fingerprint(session, fingerprint)
        if plan_id is None:
            return Verification(False, fingerprint, None, "", [
                f"no approved plan version in this database has fingerprint "
                f"sha256:{fingerprint}"])
        check = check_version(session, plan_id)
        snapshot = stored_snapshot(session, plan_id)
    problems: list[str] = []
    try:
        signatures = check_signatures(data, trust_roots)
    except Exception as exc:  # noqa: BLE001 - a broken signature dictionary is a finding
        signatures = []
        problems.append(f"{path.name}: its digital signatures cannot be read ({exc})")
    for signature in signatures:
        problems.extend(signature.problems)
    if not check.intact:
        problems.append(f"the database's record of version {check.version_no} no longer "
                        "matches its fingerprint: the stored approval was altered")
    if not check.data_unchanged:
        problems.append(f"the data have changed since version {check.version_no} was "
                        "approved (programme, scores, agreed list or signatories): the "
                        "database no longer gives the approved plan; approve a new version")
    expected = _pages(render_plan_summary(snapshot, "approved", fingerprint))
    try:
        actual = _pages(data)
    except Exception as exc:  # noqa: BLE001 - a damaged page stream is a finding, not a crash
        problems.append(f"{path.name}: a page cannot be read ({exc}); the file was damaged "
                        "or altered")
        actual = []
    if actual and len(actual) != len(expected):
        problems.append(f"{path.name} has {len(actual)} pages; the approved summary has "
                        f"{len(expected)}")
    for number, (mine, theirs) in enumerate(zip(actual, expected, strict=False), start=1):
        if mine[0] != theirs[0]:
            detail = _first_difference(mine[1], theirs[1])
            problems.append(f"page {number} differs from the approved summary"
                            + (f": {detail}" if detail else " (drawing or layout changed)"))
    return Verification(not problems, fingerprint, check.version_no, check.name, problems,
                        signatures, str(snapshot["district"]["name"]))


def countersign(engine: Engine, path: Path, credentials: Credentials,
                out: Path | None = None,
                trust_roots: list[asn1_x509.Certificate] | None = None) -> Verification:
    """Add the signatory's PAdES signature to a plan summary that verifies; a file that does
    not (changed, or its data changed) is refused, so nobody signs what was not approved.
    Written to ``out`` (default: the file itself, replaced atomically)."""
    path = Path(path)
    result = verify_pdf(engine, path, trust_roots)
    if not result.ok:
        return result
    data = sign_pdf(path.read_bytes(), credentials,
                    reason=f"Pengesahan {result.plan_name} versi {result.version_no}",
                    location=result.district)
    write_atomically(Path(out) if out else path, data)
    return replace(result, signatures=check_signatures(data, trust_roots))


def _first_difference(mine: str, theirs: str) -> str:
    for a, b in zip(mine.splitlines(), theirs.splitlines(), strict=False):
        if a != b:
            return f"reads {a.strip()!r} where the approved one reads {b.strip()!r}"
    if mine != theirs:
        return "text added or removed"
    return ""
