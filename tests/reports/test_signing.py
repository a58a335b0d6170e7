"""PAdES signing of the approved plan summary with the signatory's own .p12 certificate, and
`verify` reading the signatures back: intact, certified, countersigned, trusted only given
the root, and every way a signed file can be changed afterwards caught."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pypdf import PdfReader

from tests.certs import issue, make_ca
from workbench.db.engine import make_engine
from workbench.domain.messages import UserError
from workbench.reports.build import ReportOptions, make_report, write_report
from workbench.reports.signing import (
    check_signatures,
    load_credentials,
    load_credentials_data,
    load_trust_roots,
)
from workbench.reports.verify import countersign, verify_pdf
from workbench.services.demo import create_demo_database


@pytest.fixture
def demo(demo_sqlite: Path, workdir: Path) -> Path:
    path = workdir / "demo.sqlite"
    shutil.copy(demo_sqlite, path)
    return path


def _refusal(path: Path, passphrase: str | None) -> UserError:
    with pytest.raises(UserError) as caught:
        load_credentials(path, passphrase)
    return caught.value


def test_a_certificate_that_cannot_sign_is_refused_in_words(workdir: Path) -> None:
    good = issue(workdir)
    creds = load_credentials(good.p12, good.passphrase)
    assert creds.subject == "Ir. Budi Santoso, M.T." and creds.organisation == "Pokja PKP Demo"
    assert "Ir. Budi Santoso, M.T. (Pokja PKP Demo), valid" in creds.describe()

    wrong = _refusal(good.p12, "salah")
    assert wrong.key == "cert_unreadable" and good.p12.name in str(wrong)
    assert "kata sandi salah" in wrong.text("id")
    junk = workdir / "bukan.p12"
    junk.write_bytes(b"%PDF-1.4 not a certificate")
    assert _refusal(junk, "rahasia").key == "cert_unreadable"
    assert _refusal(workdir / "tidak-ada.p12", None).key == "cert_missing"

    expired = issue(workdir, "Lama", days_from=-400, days_to=-1, file_name="lama.p12")
    refused = _refusal(expired.p12, expired.passphrase)
    assert refused.key == "cert_expired" and "Lama" in str(refused)
    assert "berakhir pada" in refused.text("id")
    future = issue(workdir, "Baru", days_from=2, days_to=400, file_name="baru.p12")
    assert _refusal(future.p12, future.passphrase).key == "cert_not_yet"
    tls_only = issue(workdir, "Server", signing=False, file_name="server.p12")
    assert _refusal(tls_only.p12, tls_only.passphrase).key == "cert_not_for_signing"
    no_key = issue(workdir, "Tanpa Kunci", with_key=False, file_name="tanpa.p12")
    assert _refusal(no_key.p12, no_key.passphrase).key == "cert_no_key"
    open_p12 = issue(workdir, "Terbuka", passphrase="", file_name="terbuka.p12")
    assert load_credentials(open_p12.p12, None).subject == "Terbuka"
    assert load_credentials_data(open_p12.p12.read_bytes(), "").subject == "Terbuka"


def test_signed_summary_keeps_its_pages_and_verifies_with_the_signature(
    demo: Path, workdir: Path
) -> None:
    engine = make_engine(demo)
    cert = issue(workdir)
    plain = make_report(engine, "plan-summary").pdf
    out = workdir / "ringkasan-ttd.pdf"
    report = write_report(
        engine, "plan-summary", out, sign_with=load_credentials(cert.p12, cert.passphrase)
    )
    assert "signed by Ir. Budi Santoso, M.T." in report.note
    data = out.read_bytes()
    assert data.startswith(plain) and len(data) > len(plain)  # an incremental update
    pages = [p.get_contents().get_data() for p in PdfReader(io.BytesIO(data)).pages]
    assert pages == [p.get_contents().get_data() for p in PdfReader(io.BytesIO(plain)).pages]

    (sig,) = check_signatures(data)
    assert sig.signer == "Ir. Budi Santoso, M.T." and sig.organisation == "Pokja PKP Demo"
    assert sig.intact and sig.valid and sig.certified and not sig.changed_after
    assert not sig.trusted and sig.problems == []

    result = verify_pdf(engine, out)
    assert result.ok and result.version_no == 1
    assert "certified by Ir. Budi Santoso, M.T. (Pokja PKP Demo)" in result.lines()[1]
    assert "not checked against a trusted root" in result.lines()[1]
    trusted = verify_pdf(engine, out, load_trust_roots([cert.root_pem]))
    assert trusted.ok and "certificate trusted" in trusted.lines()[1]
    _k, _c, stranger = make_ca(workdir, "Root CA Lain")
    untrusted = verify_pdf(engine, out, load_trust_roots([stranger]))
    assert not untrusted.ok
    assert any("does not chain to the trusted roots" in p for p in untrusted.problems)
    unsigned = verify_pdf(engine, _write(workdir / "polos.pdf", plain))
    assert unsigned.ok and "no digital signature" in unsigned.lines()[1]


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _signed(engine: object, workdir: Path) -> tuple[bytes, object]:
    cert = issue(workdir)
    out = workdir / "ttd.pdf"
    write_report(
        engine,
        "plan-summary",
        out,  # type: ignore[arg-type]
        sign_with=load_credentials(cert.p12, cert.passphrase),
    )
    return out.read_bytes(), cert


def test_a_byte_changed_under_the_signature_fails(demo: Path, workdir: Path) -> None:
    engine = make_engine(demo)
    data, _cert = _signed(engine, workdir)
    spot = data.index(b"/Producer")  # outside every page: the pages still match
    changed = data[: spot + 12] + bytes([data[spot + 12] ^ 0x01]) + data[spot + 13 :]
    result = verify_pdf(engine, _write(workdir / "ubah.pdf", changed))
    assert not result.ok
    assert any("signed bytes were changed" in p for p in result.problems)
    assert not any(p.startswith("page") for p in result.problems)


def test_a_note_added_after_signing_fails(demo: Path, workdir: Path) -> None:
    engine = make_engine(demo)
    data, _cert = _signed(engine, workdir)
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    page_ref, _resources = writer.find_page_for_modification(0)
    page = page_ref.get_object()
    note = writer.add_object(
        generic.DictionaryObject(
            {
                generic.NameObject("/Type"): generic.NameObject("/Annot"),
                generic.NameObject("/Subtype"): generic.NameObject("/FreeText"),
                generic.NameObject("/Rect"): generic.ArrayObject(
                    [generic.FloatObject(v) for v in (50, 50, 300, 80)]
                ),
                generic.NameObject("/Contents"): generic.TextStringObject(
                    "Anggaran 2027 dinaikkan"
                ),
                generic.NameObject("/DA"): generic.TextStringObject("/Helv 12 Tf 0 g"),
            }
        )
    )
    annots = page.get("/Annots", generic.ArrayObject())
    annots.append(note)
    page[generic.NameObject("/Annots")] = annots
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    result = verify_pdf(engine, _write(workdir / "catatan.pdf", out.getvalue()))
    assert not result.ok  # the page drawings are the same; the signature sees the change
    assert any("changed after the signature of Ir. Budi Santoso" in p for p in result.problems)


def test_a_second_signatory_countersigns_a_file_that_verifies(demo: Path, workdir: Path) -> None:
    engine = make_engine(demo)
    data, cert = _signed(engine, workdir)
    first = _write(workdir / "ketua.pdf", data)
    second = issue(
        workdir,
        "Dra. Sri Wahyuni",
        "Bappeda Demo",
        "bappeda",
        file_name="sri.p12",
        ca_name="Root CA Bappeda",
    )
    roots = load_trust_roots([cert.root_pem, second.root_pem])
    result = countersign(
        engine, first, load_credentials(second.p12, "bappeda"), workdir / "ketua+bappeda.pdf", roots
    )
    assert result.ok
    both = verify_pdf(engine, workdir / "ketua+bappeda.pdf", roots)
    assert both.ok and [s.signer for s in both.signatures] == [
        "Ir. Budi Santoso, M.T.",
        "Dra. Sri Wahyuni",
    ]
    assert [s.certified for s in both.signatures] == [True, False]
    assert all(s.intact and s.trusted and not s.changed_after for s in both.signatures)
    assert first.read_bytes() == data  # the first file was left as it was

    # nobody countersigns a file that no longer matches the approved plan
    damaged = bytearray(data)
    tail = damaged.rfind(b"stream\n")
    damaged[tail + 30] ^= 0xFF
    bad = _write(workdir / "rusak.pdf", bytes(damaged))
    refused = countersign(engine, bad, load_credentials(second.p12, "bappeda"))
    assert not refused.ok and bad.read_bytes() == bytes(damaged)


def test_only_an_approved_plan_summary_is_signed(demo_sqlite: Path, workdir: Path) -> None:
    cert = issue(workdir)
    creds = load_credentials(cert.p12, cert.passphrase)
    draft_db = workdir / "draf.sqlite"
    create_demo_database(draft_db, approved=False)
    out = workdir / "draf.pdf"
    with pytest.raises(UserError) as caught:
        write_report(make_engine(draft_db), "plan-summary", out, sign_with=creds)
    assert caught.value.key == "sign_draft" and not out.exists()
    db = workdir / "demo.sqlite"
    shutil.copy(demo_sqlite, db)
    engine = make_engine(db)
    with pytest.raises(UserError) as caught:
        write_report(engine, "plan-summary", out, ReportOptions(version=2), sign_with=creds)
    assert caught.value.key == "sign_draft" and "version 2" in str(caught.value)
    for kind, name in (("sk-table", "sk.pdf"), ("plan-summary", "ringkasan.xlsx")):
        with pytest.raises(UserError) as caught:
            write_report(engine, kind, workdir / name, sign_with=creds)
        assert caught.value.key == "sign_kind" and not (workdir / name).exists()


@pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler-utils' pdfsig not installed")
def test_an_independent_validator_agrees(demo: Path, workdir: Path) -> None:
    """poppler's pdfsig (NSS) reads our signatures as PAdES and valid, and the changed file as
    invalid: the files are not only valid to pyHanko."""
    import subprocess

    engine = make_engine(demo)
    data, _cert = _signed(engine, workdir)
    good = _write(workdir / "baik.pdf", data)
    report = subprocess.run(
        ["pdfsig", str(good)], capture_output=True, text=True, check=False
    ).stdout
    assert "Signer Certificate Common Name: Ir. Budi Santoso, M.T." in report
    assert "ETSI.CAdES.detached" in report and "Signature is Valid." in report
    assert "Total document signed" in report
    spot = data.index(b"/Producer")
    changed = data[: spot + 12] + bytes([data[spot + 12] ^ 0x01]) + data[spot + 13 :]
    bad = _write(workdir / "buruk.pdf", changed)
    report = subprocess.run(
        ["pdfsig", str(bad)], capture_output=True, text=True, check=False
    ).stdout
    assert "Signature is Valid." not in report and "Signature Validation:" in report


def test_a_time_stamp_from_the_authority_s_server(demo: Path, workdir: Path) -> None:
    """PAdES B-T: the signing time comes from an RFC 3161 server over HTTP (here one on
    loopback), not the signer's clock; its authority is judged like the signer's."""
    import socket

    from tests.certs import tsa_server

    engine = make_engine(demo)
    cert = issue(workdir)
    creds = load_credentials(cert.p12, cert.passphrase)
    out = workdir / "bercap-waktu.pdf"
    with tsa_server(workdir) as (url, tsa_root):
        write_report(engine, "plan-summary", out, sign_with=creds, tsa_url=url)
    (sig,) = check_signatures(out.read_bytes())
    assert sig.stamped_at is not None and sig.stamp_ok and sig.findings == []
    both = verify_pdf(engine, out, load_trust_roots([cert.root_pem, tsa_root]))
    assert both.ok and sig.stamp_ok
    assert "time-stamped" in both.lines()[1] and "dicap waktu" in both.lines("id")[1]
    only_signer = verify_pdf(engine, out, load_trust_roots([cert.root_pem]))
    assert not only_signer.ok
    assert any("time-stamp authority" in p for p in only_signer.problems)

    # a server that does not answer: refused in words, nothing written
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}/tsa"  # closed again when we send
    gone = workdir / "tanpa-cap.pdf"
    with pytest.raises(UserError) as caught:
        write_report(engine, "plan-summary", gone, sign_with=creds, tsa_url=dead)
    assert caught.value.key == "tsa_failed" and dead in str(caught.value)
    assert not gone.exists()
    with pytest.raises(UserError) as caught:
        write_report(engine, "plan-summary", gone, sign_with=creds, tsa_url="tsa.bsre.id")
    assert caught.value.key == "tsa_url_bad" and not gone.exists()
