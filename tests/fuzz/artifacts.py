"""Well-signed but malformed inputs, the kind the adversarial campaign found: cryptography
loads them and only fails when a field is first touched. Built here (no committed blobs)."""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Callable

from asn1crypto import core as asn1_core
from asn1crypto import csr as asn1_csr
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtensionOID, NameOID

KEY = ec.generate_private_key(ec.SECP256R1())


def _sign(tbs_der: bytes) -> bytes:
    return KEY.sign(tbs_der, ec.ECDSA(hashes.SHA256()))


def csr_der(subject: x509.Name | None = None, extensions: list[x509.ExtensionType] = ()) -> bytes:  # type: ignore[assignment]
    builder = x509.CertificateSigningRequestBuilder().subject_name(
        subject or x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "fuzz.example.org")])
    )
    for ext in extensions:
        builder = builder.add_extension(ext, critical=False)
    return builder.sign(KEY, hashes.SHA256()).public_bytes(serialization.Encoding.DER)


def resign_csr(der: bytes, version: int | None = None) -> bytes:
    """The CSR with its info changed (e.g. version 2) and signed again: it still verifies."""
    req = asn1_csr.CertificationRequest.load(der)
    info = req["certification_request_info"]
    if version is not None:
        info["version"] = version
    info_der = info.dump(force=True)
    out = asn1_csr.CertificationRequest(
        {
            "certification_request_info": asn1_csr.CertificationRequestInfo.load(info_der),
            "signature_algorithm": req["signature_algorithm"],
            "signature": _sign(info_der),
        }
    )
    return bytes(out.dump())


def malformed_csrs() -> dict[str, bytes]:
    bad_san = x509.UnrecognizedExtension(ExtensionOID.SUBJECT_ALTERNATIVE_NAME, b"\x30\x03\x82\x01")
    multi = x509.Name(
        [
            x509.RelativeDistinguishedName(
                [
                    x509.NameAttribute(NameOID.COMMON_NAME, "a.example.org"),
                    x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Lab"),
                ]
            )
        ]
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        short_c = x509.Name(
            [
                x509.NameAttribute(NameOID.COUNTRY_NAME, "S", _validate=False),
                x509.NameAttribute(NameOID.COMMON_NAME, "c.example.org"),
            ]
        )
    return {
        "version 2": resign_csr(csr_der(), version=1),
        "bad SAN": csr_der(extensions=[bad_san]),
        "multi-valued RDN": csr_der(subject=multi),
        "short country code": csr_der(subject=short_c),
    }


def certificate_der(
    version: int | None = None, curve_oid: str | None = None, ca: bool = True
) -> bytes:
    now = dt.datetime.now(dt.UTC)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Fuzz CA")])
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(KEY.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .sign(KEY, hashes.SHA256())
    )
    der = cert.public_bytes(serialization.Encoding.DER)
    if version is None and curve_oid is None:
        return der
    parsed = asn1_x509.Certificate.load(der)
    tbs = parsed["tbs_certificate"]
    if version is not None:
        tbs["version"] = version
    if curve_oid is not None:
        spki = tbs["subject_public_key_info"]
        tbs["subject_public_key_info"] = asn1_keys.PublicKeyInfo(
            {
                "algorithm": {
                    "algorithm": "ec",
                    "parameters": asn1_keys.ECDomainParameters(
                        name="named", value=asn1_keys.NamedCurve(curve_oid)
                    ),
                },
                "public_key": spki["public_key"].native,
            }
        )
    tbs_der = tbs.dump(force=True)
    return bytes(
        asn1_x509.Certificate(
            {
                "tbs_certificate": asn1_x509.TbsCertificate.load(tbs_der),
                "signature_algorithm": parsed["signature_algorithm"],
                "signature_value": _sign(tbs_der),
            }
        ).dump()
    )


def malformed_certificates() -> dict[str, bytes]:
    return {
        "version 5": certificate_der(version=4),
        "unknown curve": certificate_der(curve_oid="1.3.132.0.8"),
    }


def _der_length(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    body = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(body)]) + body


def _tlv(tag: int, body: bytes) -> bytes:
    return bytes([tag]) + _der_length(len(body)) + body


def resigned(der: bytes, mutate_body: Callable[[bytes], bytes]) -> bytes:
    """A signed object (CSR, certificate) whose signed part is mutated and signed again, so
    the mutation reaches the parser behind the signature check."""
    outer = asn1_core.Sequence.load(der)
    body = mutate_body(outer[0].dump())
    algorithm = outer[1].dump()
    signature = _sign(body)
    return _tlv(0x30, body + algorithm + _tlv(0x03, b"\x00" + signature))
