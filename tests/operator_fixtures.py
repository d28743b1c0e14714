"""Operators' certificates and PKCS#12 files for the authorization tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

P12_PASSWORD = b"operator p12 password"


@dataclass
class OperatorKit:
    name: str
    key: ec.EllipticCurvePrivateKey
    cert: x509.Certificate
    p12: bytes

    @property
    def der(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.DER)

    @property
    def pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)


def make_kit(
    name: str,
    *,
    days: int = 365,
    expired: bool = False,
    cert: x509.Certificate | None = None,
    key: ec.EllipticCurvePrivateKey | None = None,
) -> OperatorKit:
    """A key and a self-signed certificate (or the given one), with a PKCS#12 file."""
    key = key or ec.generate_private_key(ec.SECP256R1())
    if cert is None:
        now = dt.datetime.now(dt.UTC)
        start = now - dt.timedelta(days=30) if expired else now - dt.timedelta(minutes=5)
        end = now - dt.timedelta(days=1) if expired else now + dt.timedelta(days=days)
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"Operator {name}")])
        cert = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(start)
            .not_valid_after(end)
            .sign(key, hashes.SHA256())
        )
    p12 = pkcs12.serialize_key_and_certificates(
        name.encode(), key, cert, None, serialization.BestAvailableEncryption(P12_PASSWORD)
    )
    return OperatorKit(name, key, cert, p12)
