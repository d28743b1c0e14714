"""Where a document signer's key and certificate come from: a PKCS#12 file or a token."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from cryptography import x509
from cryptography.hazmat.primitives.serialization import pkcs12

from idtoolkit import sentence_parts as parts
from idtoolkit.errors import InputError, KeyStoreError
from idtoolkit.keys.signer import Signer, SoftwareSigner
from idtoolkit.keys.spec import SignatureScheme, spec_of_public_key


@dataclass(frozen=True)
class SigningCredential:
    signer: Signer
    certificate: x509.Certificate
    #: Issuer certificates to embed, so a validator can build the path without fetching.
    chain: list[x509.Certificate] = field(default_factory=list)


def from_pkcs12(data: bytes, password: bytes) -> SigningCredential:
    try:
        loaded = pkcs12.load_pkcs12(data, password)
    except ValueError:
        raise InputError(
            "signing.pkcs12_unreadable",
            "cannot open the PKCS#12 file: wrong password or not a PKCS#12 file",
        ) from None
    if loaded.key is None or loaded.cert is None:
        raise InputError(
            "signing.pkcs12_without_key",
            "the PKCS#12 file holds no private key with its certificate",
        )
    certificate = loaded.cert.certificate
    spec = spec_of_public_key(certificate.public_key())
    key = loaded.key
    signer = SoftwareSigner(key, spec, SignatureScheme.PKCS1V15)  # type: ignore[arg-type]
    return SigningCredential(signer, certificate, [c.certificate for c in loaded.additional_certs])


def from_token(
    module_path: str,
    token_label: str,
    key_label: str,
    pin_provider: Callable[[str], bytes],
    chain: list[x509.Certificate] | None = None,
) -> SigningCredential:
    """The key labelled ``key_label`` and the certificate with the same CKA_ID (as
    ``idtoolkit enroll`` writes it)."""
    import pkcs11
    from pkcs11 import Attribute, ObjectClass

    from idtoolkit.hsm.keys import PKCS11Backend

    backend = PKCS11Backend(module_path, token_label, pin_provider)
    record, signer = backend.adopt_existing(label=key_label)
    assert record.token_key_id is not None
    key_id = bytes.fromhex(record.token_key_id)

    def read_certificate(session: pkcs11.Session) -> bytes | None:
        for obj in session.get_objects(
            {Attribute.CLASS: ObjectClass.CERTIFICATE, Attribute.ID: key_id}
        ):
            return bytes(obj[Attribute.VALUE])
        return None

    der = backend.session.run(parts.READ_CERTIFICATE, read_certificate)
    if der is None:
        raise KeyStoreError(
            "signing.token_key_without_certificate",
            "token {token_label!r} has key {key_label!r} but no certificate with its id",
            token_label=token_label,
            key_label=key_label,
        )
    assert isinstance(der, bytes)
    return SigningCredential(signer, x509.load_der_x509_certificate(der), chain or [])
