"""pyHanko's signer and time-stamp client interfaces, over our own signer and HTTP client.

pyHanko builds the CMS structure; every signature value still comes from our
:class:`~idtoolkit.keys.signer.Signer`, so a token key signs on its token.
"""

from __future__ import annotations

import asyncio
from typing import Any

from asn1crypto import algos, tsp
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from pyhanko.sign import signers
from pyhanko.sign.general import SigningError as PyHankoSigningError
from pyhanko.sign.timestamps.api import TimeStamper
from pyhanko_certvalidator.registry import SimpleCertificateStore

from idtoolkit.errors import FetchError, SigningError
from idtoolkit.keys.cms_algorithms import signature_algorithm
from idtoolkit.keys.spec import KeyAlgorithm, SignatureScheme
from idtoolkit.signing import fetch
from idtoolkit.signing.credentials import SigningCredential


def to_asn1(cert: Any) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def digest_name(credential: SigningCredential) -> str:
    """The digest the key signs with: SHA-256 for P-256, SHA-384 for P-384, and so on; the
    message digest EdDSA signatures go with in CMS (RFC 8419): SHA-512 or SHAKE256."""
    algorithm = credential.signer.hash_algorithm
    if algorithm is not None:
        return algorithm.name
    return "shake256" if credential.signer.spec.algorithm is KeyAlgorithm.ED448 else "sha512"


def _mechanism(credential: SigningCredential) -> algos.SignedDigestAlgorithm | None:
    """Said explicitly for RSA-PSS, so the CMS names the parameters the key really signs with;
    pyHanko imputes the others."""
    signer = credential.signer
    if signer.spec.algorithm is not KeyAlgorithm.RSA or signer.scheme is not SignatureScheme.PSS:
        return None
    return signature_algorithm(signer, digest_name(credential))


def _placeholder_size(credential: SigningCredential) -> int:
    """Enough bytes for any signature of this key: a dry run only reserves room in the PDF."""
    key = credential.certificate.public_key()
    if isinstance(key, rsa.RSAPublicKey):
        return (key.key_size + 7) // 8
    if isinstance(key, ec.EllipticCurvePublicKey):
        return 2 * ((key.key_size + 7) // 8) + 16  # DER SEQUENCE of two INTEGERs, worst case
    if credential.signer.spec.post_quantum:  # FIPS 204 table 2: ML-DSA-44/65/87
        return {44: 2420, 65: 3309, 87: 4627}[credential.signer.spec.size]
    return 114  # Ed448; Ed25519 needs 64


class ToolkitSigner(signers.Signer):
    """A pyHanko signer whose raw signatures come from :meth:`Signer.sign_bytes`."""

    def __init__(self, credential: SigningCredential):
        registry = SimpleCertificateStore()  # type: ignore[no-untyped-call]
        registry.register_multiple([to_asn1(c) for c in credential.chain])
        spec = credential.signer.spec
        super().__init__(
            prefer_pss=spec.algorithm is KeyAlgorithm.RSA
            and credential.signer.scheme is SignatureScheme.PSS,
            signature_mechanism=_mechanism(credential),
            signing_cert=to_asn1(credential.certificate),
            cert_registry=registry,
        )
        self.credential = credential

    async def async_sign_raw(
        self, data: bytes, digest_algorithm: str, dry_run: bool = False
    ) -> bytes:
        if digest_algorithm != digest_name(self.credential):
            raise SigningError(
                "signing.digest_mismatch",
                "this key signs with {key_digest}, not {requested_digest}",
                key_digest=digest_name(self.credential),
                requested_digest=digest_algorithm,
            )
        if dry_run:  # a card may ask for its PIN at every signature: sign once, not twice
            return bytes(_placeholder_size(self.credential))
        return self.credential.signer.sign_bytes(data)


class UrlTimeStamper(TimeStamper):
    """RFC 3161 over HTTP POST, as ``idtoolkit serve`` (or any TSA) answers it."""

    def __init__(self, url: str, timeout: float = fetch.TIMEOUT_SECONDS):
        super().__init__()  # type: ignore[no-untyped-call]
        self.url = url
        self.timeout = timeout

    async def async_request_tsa_response(self, req: tsp.TimeStampReq) -> tsp.TimeStampResp:
        try:
            body = await asyncio.to_thread(
                fetch.post,
                self.url,
                req.dump(),
                "application/timestamp-query",
                "application/timestamp-reply",
                self.timeout,
            )
        except FetchError as exc:
            raise PyHankoSigningError(f"time-stamp authority {exc}") from None
        return tsp.TimeStampResp.load(body)
