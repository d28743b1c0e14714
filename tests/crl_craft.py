"""Build CRLs a CA's builder would never make (duplicated extensions, a damaged version, a
BIT STRING in the issuer...) and sign them with a real key, so ``ca import-crl`` meets them
past the signature check. Shared by the import tests and the fuzzer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from asn1crypto import crl as asn1_crl
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec


def _length(n: int) -> bytes:
    if n < 128:
        return bytes([n])
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(raw)]) + raw


def _sequence(*parts: bytes) -> bytes:
    body = b"".join(parts)
    return b"\x30" + _length(len(body)) + body


class CRLCrafter:
    """Signs arbitrary TBSCertList bytes with an EC key whose certificate has ``issuer``."""

    def __init__(self, key: ec.EllipticCurvePrivateKey, issuer: x509.Name) -> None:
        self.key = key
        self.issuer = issuer
        self.digest: hashes.HashAlgorithm = (
            hashes.SHA384() if key.curve.key_size >= 384 else hashes.SHA256()
        )

    def build(
        self,
        *,
        number: int = 7,
        this_update: dt.datetime | None = None,
        next_update: dt.datetime | None = None,
        extensions: Iterable[tuple[x509.ExtensionType, bool]] = (),
        revoked: Iterable[x509.RevokedCertificate] = (),
    ) -> bytes:
        now = dt.datetime.now(dt.UTC)
        builder = (
            x509.CertificateRevocationListBuilder()
            .issuer_name(self.issuer)
            .last_update(this_update or now)
            .next_update(next_update or now + dt.timedelta(days=7))
            .add_extension(x509.CRLNumber(number), False)
        )
        for ext, critical in extensions:
            builder = builder.add_extension(ext, critical)
        for entry in revoked:
            builder = builder.add_revoked_certificate(entry)
        crl = builder.sign(self.key, self.digest)
        return crl.public_bytes(serialization.Encoding.DER)

    @staticmethod
    def tbs(der: bytes) -> bytes:
        return bytes(asn1_crl.CertificateList.load(der)["tbs_cert_list"].dump())

    def sign_tbs(self, tbs: bytes) -> bytes:
        """A CertificateList over ``tbs`` (any bytes) with a valid signature."""
        template = asn1_crl.CertificateList.load(self.build())
        signature = self.key.sign(tbs, ec.ECDSA(self.digest))
        bit_string = b"\x03" + _length(len(signature) + 1) + b"\x00" + signature
        return _sequence(tbs, template["signature_algorithm"].dump(), bit_string)

    def duplicated_extension(self) -> bytes:
        tbs = asn1_crl.TbsCertList.load(self.tbs(self.build()))
        extensions = list(tbs["crl_extensions"])
        tbs["crl_extensions"] = asn1_crl.TBSCertListExtensions([*extensions, extensions[0]])
        return self.sign_tbs(tbs.dump(force=True))

    def replaced(self, old: bytes, new: bytes) -> bytes:
        """The base CRL with one byte pattern of its TBS replaced, signed again."""
        tbs = self.tbs(self.build())
        assert old in tbs, old
        return self.sign_tbs(tbs.replace(old, new, 1))
