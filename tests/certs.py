"""Certificates for the signing tests, made on the spot with `cryptography`: a small CA (as
Root CA Indonesia → BSrE would be) issuing a signatory's certificate, saved as .p12 + PEM."""

from __future__ import annotations

import datetime as dt
import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

NOW = dt.datetime.now(dt.UTC)


def _name(common: str, org: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
        ]
    )


@dataclass
class Issued:
    p12: Path
    root_pem: Path
    passphrase: str


def make_ca(
    folder: Path, name: str = "Root CA Uji"
) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = _name(name, "Lembaga Uji")
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - dt.timedelta(days=30))
        .not_valid_after(NOW + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    pem = folder / f"{name.replace(' ', '_')}.pem"
    pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return key, cert, pem


def issue(
    folder: Path,
    common: str = "Ir. Budi Santoso, M.T.",
    org: str = "Pokja PKP Demo",
    passphrase: str = "rahasia",
    *,
    days_from: int = -1,
    days_to: int = 365,
    signing: bool = True,
    with_key: bool = True,
    ca_name: str = "Root CA Uji",
    file_name: str | None = None,
) -> Issued:
    ca_key, ca_cert, root_pem = make_ca(folder, ca_name)
    key = ec.generate_private_key(ec.SECP256R1())
    usage = (
        x509.KeyUsage(True, True, False, False, False, False, False, False, False)
        if signing
        else x509.KeyUsage(False, False, True, False, False, False, False, False, False)
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(common, org))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW + dt.timedelta(days=days_from))
        .not_valid_after(NOW + dt.timedelta(days=days_to))
        .add_extension(usage, critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    encryption = (
        serialization.BestAvailableEncryption(passphrase.encode())
        if passphrase
        else serialization.NoEncryption()
    )
    data = pkcs12.serialize_key_and_certificates(
        b"signer", key if with_key else None, cert, [ca_cert], encryption
    )
    p12 = folder / (file_name or f"{common.split(',')[0].replace(' ', '_')}.p12")
    p12.write_bytes(data)
    return Issued(p12, root_pem, passphrase)


def make_tsa(folder: Path, name: str = "TSA Uji") -> tuple[object, Path]:
    """A time-stamping authority (its own root CA; a certificate for timeStamping only) as
    pyHanko's in-process stamper; and the root's PEM to trust."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

    ca_key, ca_cert, root_pem = make_ca(folder, f"Root {name}")
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)  # pyHanko's: RSA
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(name, "Lembaga Uji"))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - dt.timedelta(days=1))
        .not_valid_after(NOW + dt.timedelta(days=365))
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    der = serialization.Encoding.DER
    tsa_cert = asn1_x509.Certificate.load(cert.public_bytes(der))
    stamper = DummyTimeStamper(
        tsa_cert,
        asn1_keys.PrivateKeyInfo.load(
            key.private_bytes(der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
        ),
        certs_to_embed=[tsa_cert, asn1_x509.Certificate.load(ca_cert.public_bytes(der))],
    )
    return stamper, root_pem


@contextmanager
def tsa_server(folder: Path) -> Iterator[tuple[str, Path]]:
    """An RFC 3161 time-stamp server on loopback (HTTP POST application/timestamp-query), as
    BSrE's TSA is reached; yields its URL and its root certificate."""
    from asn1crypto import tsp

    stamper, root_pem = make_tsa(folder)

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - the http.server interface
            body = self.rfile.read(int(self.headers["Content-Length"]))
            reply = stamper.request_tsa_response(tsp.TimeStampReq.load(body)).dump()
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, *_args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/tsa", root_pem
    finally:
        server.shutdown()
        server.server_close()
