"""PAdES digital signatures on an approved plan summary, with the signer's own certificate
(a PKCS#12 .p12/.pfx file, as Indonesian certification authorities such as BSrE issue them).

The signature is appended as an incremental update (pyHanko), so the pages stay byte for byte
what the approved snapshot renders and ``verify`` keeps comparing them. The first signature
certifies the document and allows only further signatures after it; each later signatory
(Kepala Bappeda after the Ketua Pokja, say) adds an approval signature in turn. Checking reads
every signature back: were the signed bytes changed, does the signature match its certificate,
was the file changed after it beyond further signatures, and (given the roots to trust, e.g.
the Root CA Indonesia certificate) does the certificate chain to them.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import pem
from asn1crypto import x509 as asn1_x509
from cryptography import x509 as pyca_x509
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.timestamps import HTTPTimeStamper
from pyhanko.sign.timestamps.common_utils import TimestampRequestError
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko_certvalidator import ValidationContext

from workbench.domain.messages import UserError, render

# pyHanko logs an untrusted chain with a traceback; that is a finding we report in words,
# not something for stderr.
logging.getLogger("pyhanko").addHandler(logging.NullHandler())
logging.getLogger("pyhanko").propagate = False
logging.getLogger("pyhanko_certvalidator").addHandler(logging.NullHandler())
logging.getLogger("pyhanko_certvalidator").propagate = False

Finding = tuple[str, dict[str, object]]  # a message key of the catalogue and its values
FIELD_PREFIX = "TandaTangan"
# a signing certificate asserts digitalSignature or nonRepudiation (BSrE's assert both)
_SIGNING_USAGES = {"digital_signature", "non_repudiation"}
_KEY_USAGE = KeyUsageConstraints(key_usage=_SIGNING_USAGES, match_all_key_usages=False)


def _date(value: dt.datetime) -> str:
    return value.strftime("%d-%m-%Y")


def _name_part(name: pyca_x509.Name, oid: pyca_x509.ObjectIdentifier) -> str:
    parts = name.get_attributes_for_oid(oid)
    return str(parts[0].value) if parts else ""


@dataclass(frozen=True)
class Credentials:
    """A loaded signing certificate and its key; ``describe()`` for the user."""

    signer: signers.SimpleSigner
    subject: str
    organisation: str
    not_before: dt.datetime
    not_after: dt.datetime

    def describe(self) -> str:
        who = self.subject + (f" ({self.organisation})" if self.organisation else "")
        return f"{who}, valid {_date(self.not_before)} to {_date(self.not_after)}"


def load_credentials_data(
    data: bytes, passphrase: str | None, name: str = "certificate", now: dt.datetime | None = None
) -> Credentials:
    """Open a PKCS#12 file's bytes; refuse, in words, what cannot sign today."""
    secret = passphrase.encode("utf-8") if passphrase else None
    try:
        key, cert, _chain = pkcs12.load_key_and_certificates(data, secret)
    except (ValueError, TypeError) as exc:
        raise UserError("cert_unreadable", name=name) from exc
    if key is None or cert is None:
        raise UserError("cert_no_key", name=name)
    subject = _name_part(cert.subject, NameOID.COMMON_NAME) or cert.subject.rfc4514_string()
    organisation = _name_part(cert.subject, NameOID.ORGANIZATION_NAME)
    now = now or dt.datetime.now(dt.UTC)
    start, end = cert.not_valid_before_utc, cert.not_valid_after_utc
    if now > end:
        raise UserError("cert_expired", subject=subject, date=_date(end))
    if now < start:
        raise UserError("cert_not_yet", subject=subject, date=_date(start))
    try:
        usage = cert.extensions.get_extension_for_class(pyca_x509.KeyUsage).value
    except pyca_x509.ExtensionNotFound:
        usage = None
    if usage is not None and not (usage.digital_signature or usage.content_commitment):
        raise UserError("cert_not_for_signing", subject=subject)
    signer = signers.SimpleSigner.load_pkcs12_data(data, other_certs=[], passphrase=secret)
    return Credentials(signer, subject, organisation, start, end)


def load_credentials(
    path: Path, passphrase: str | None, now: dt.datetime | None = None
) -> Credentials:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError("cert_missing", name=str(path)) from exc
    return load_credentials_data(data, passphrase, path.name, now)


def load_trust_roots(paths: Iterable[Path]) -> list[asn1_x509.Certificate]:
    """Certificates to trust (PEM, possibly several in one file, or DER)."""
    roots: list[asn1_x509.Certificate] = []
    for path in paths:
        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise UserError("cert_missing", name=str(path)) from exc
        try:
            if pem.detect(data):
                found = [
                    asn1_x509.Certificate.load(der)
                    for kind, _h, der in pem.unarmor(data, multiple=True)
                    if kind == "CERTIFICATE"
                ]
            else:
                found = [asn1_x509.Certificate.load(data)]
                found[0].native  # noqa: B018 - parse now, so a bad file fails here
        except (ValueError, TypeError) as exc:
            raise UserError("trust_unreadable", name=path.name) from exc
        if not found:
            raise UserError("trust_unreadable", name=path.name)
        roots.extend(found)
    return roots


def _signature_count(data: bytes) -> int:
    return len(PdfFileReader(io.BytesIO(data)).embedded_signatures)


def signing_reason(plan_name: str, version_no: int | None) -> str:
    """The /Reason a reader shows beside each signature."""
    return f"Pengesahan {plan_name} versi {version_no}"


def check_tsa_url(url: str) -> str:
    url = url.strip()
    if not url.lower().startswith(("http://", "https://")) or len(url) < 10:
        raise UserError("tsa_url_bad", url=url)
    return url


def sign_pdf(
    data: bytes, credentials: Credentials, *, reason: str, location: str, tsa_url: str | None = None
) -> bytes:
    """The PDF with one more PAdES signature appended (an incremental update: every byte
    before it stays as it was). With ``tsa_url`` the signature carries an RFC 3161 time stamp
    from that server (PAdES B-T), so its time does not rest on the signer's clock."""
    timestamper = HTTPTimeStamper(check_tsa_url(tsa_url), timeout=30) if tsa_url else None
    count = _signature_count(data)
    meta = signers.PdfSignatureMetadata(
        field_name=f"{FIELD_PREFIX}{count + 1}",
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason,
        location=location,
        name=credentials.subject,
        # the first signatory certifies the summary; after it, only signatures may be added
        certify=count == 0,
        docmdp_permissions=fields.MDPPerm.FILL_FORMS,
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    try:
        out = signers.sign_pdf(writer, meta, signer=credentials.signer, timestamper=timestamper)
    except TimestampRequestError as exc:
        cause = exc.__cause__ or exc
        raise UserError(
            "tsa_failed", url=tsa_url, error=str(cause) or type(cause).__name__
        ) from exc
    return out.getvalue()


@dataclass(frozen=True)
class SignatureCheck:
    field: str
    signer: str
    organisation: str
    signed_at: dt.datetime | None
    intact: bool  # the signed bytes are unchanged
    valid: bool  # the signature matches the certificate
    changed_after: bool  # the file was changed after signing beyond further signatures
    certified: bool  # a certification (first) signature
    trusted: bool  # the certificate chains to a root given to trust
    roots_given: bool
    trust_problem: str = ""
    stamped_at: dt.datetime | None = None  # RFC 3161 time stamp (None: none)
    stamp_ok: bool = True  # the time stamp matches the signature and its authority signed it
    stamp_trusted: bool = False  # the time-stamp authority chains to a root given

    @property
    def findings(self) -> list[Finding]:
        """What makes this signature unacceptable, as message keys (empty: none)."""
        found: list[Finding] = []
        who = {"who": self.signer}
        if not self.intact:
            found.append(("s_bytes_changed", who))
        elif not self.valid:
            found.append(("s_invalid", who))
        if self.changed_after:
            found.append(("s_changed_after", who))
        if self.roots_given and not self.trusted:
            found.append(("s_untrusted", who))
        if self.stamped_at is not None and not self.stamp_ok:
            found.append(("s_stamp_bad", who))
        elif self.stamped_at is not None and self.roots_given and not self.stamp_trusted:
            found.append(("s_stamp_untrusted", who))
        return found

    @property
    def problems(self) -> list[str]:
        return [render(key, "en", **params) for key, params in self.findings]

    def line(self, language: str = "en") -> str:
        who = self.signer + (f" ({self.organisation})" if self.organisation else "")
        when = (
            self.signed_at.astimezone(dt.UTC).strftime("%d-%m-%Y %H:%M UTC")
            if self.signed_at
            else render("s_no_time", language)
        )
        head = render("s_certified" if self.certified else "s_signed", language, who=who, when=when)
        if self.stamped_at is not None:
            head += ", " + render(
                "s_stamped",
                language,
                when=self.stamped_at.astimezone(dt.UTC).strftime("%d-%m-%Y %H:%M:%S UTC"),
            )
        state = "; ".join(render(k, language, **p) for k, p in self.findings) or render(
            "s_intact", language
        )
        trust = render(
            "s_trusted" if self.trusted else "s_not_trusted" if self.roots_given else "s_unchecked",
            language,
        )
        if self.roots_given and not self.trusted and self.trust_problem:
            trust += f" ({self.trust_problem})"  # the ETSI sub-indication, a code
        return f"{head}: {state}; {trust}"


def check_signatures(
    data: bytes, roots: list[asn1_x509.Certificate] | None = None
) -> list[SignatureCheck]:
    """Every PAdES/CMS signature in the PDF, checked offline (nothing is fetched)."""
    roots = roots or []
    reader = PdfFileReader(io.BytesIO(data))
    checks = []
    for embedded in reader.embedded_signatures:
        context = ValidationContext(trust_roots=roots, allow_fetching=False)
        status = validate_pdf_signature(embedded, context, key_usage_settings=_KEY_USAGE)
        cert = status.signing_cert
        names = cert.subject.native
        level = status.modification_level
        changed = status.docmdp_ok is False or (
            level is not None and level > ModificationLevel.FORM_FILLING
        )
        stamp = status.timestamp_validity
        problem = ""
        if status.trust_problem_indic is not None:
            problem = str(status.trust_problem_indic.name)
        checks.append(
            SignatureCheck(
                field=embedded.field_name or "",
                signer=str(names.get("common_name", "?")),
                organisation=str(names.get("organization_name", "")),
                signed_at=status.signer_reported_dt,
                intact=status.intact,
                valid=status.valid,
                changed_after=changed,
                certified=embedded.docmdp_level is not None,
                trusted=bool(status.trusted),
                roots_given=bool(roots),
                trust_problem=problem,
                stamped_at=stamp.timestamp if stamp is not None else None,
                stamp_ok=stamp is None or (stamp.intact and stamp.valid),
                stamp_trusted=stamp is not None and bool(stamp.trusted),
            )
        )
    return checks


__all__ = [
    "Credentials",
    "SignatureCheck",
    "check_signatures",
    "load_credentials",
    "load_credentials_data",
    "load_trust_roots",
    "sign_pdf",
]
