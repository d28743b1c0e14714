"""Export certificates and chains: PEM, DER, PKCS#7, full-chain PEM, PKCS#12."""

from __future__ import annotations

import enum
from collections.abc import Sequence

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs7

from idtoolkit.errors import InputError


class ExportFormat(enum.Enum):
    PEM = "pem"  # the certificate alone
    DER = "der"
    CHAIN = "chain"  # certificate then issuers, PEM (what TLS servers want)
    P7B = "p7b"  # PKCS#7 certs-only bundle of the chain (Windows import)
    P12 = "p12"  # CA certificate + key (CA backup); only where the key is in software
    KEY = "key"  # the CA key alone, encrypted PKCS#8 PEM (backup of ML-DSA keys)

    @staticmethod
    def parse(text: str) -> ExportFormat:
        try:
            return ExportFormat(text.lower())
        except ValueError:
            raise InputError(
                "export.unknown_format",
                "unknown export format {text!r}; choose one of: {choices}",
                text=text,
                choices=", ".join(f.value for f in ExportFormat),
            ) from None


def export_certificates(
    chain: Sequence[x509.Certificate], fmt: ExportFormat, with_chain: bool = False
) -> bytes:
    """``chain[0]`` is the certificate; the rest its issuers, root last."""
    if fmt is ExportFormat.DER:
        if with_chain:
            raise InputError(
                "export.der_one_certificate",
                "DER holds one certificate: use PKCS#7 or a PEM chain for a chain",
            )
        return chain[0].public_bytes(serialization.Encoding.DER)
    if fmt is ExportFormat.PEM and not with_chain:
        return chain[0].public_bytes(serialization.Encoding.PEM)
    if fmt in (ExportFormat.PEM, ExportFormat.CHAIN):
        return b"".join(c.public_bytes(serialization.Encoding.PEM) for c in chain)
    if fmt is ExportFormat.P7B:
        return pkcs7.serialize_certificates(list(chain), serialization.Encoding.DER)
    raise InputError(
        "export.ca_key_needs_ca_export",
        "a private-key export needs the CA key: export the CA as PKCS#12 (or key) instead",
    )
