"""The one signer interface every signature in the toolkit goes through.

A CA never holds private key bytes: it holds a :class:`Signer`. Software keys and PKCS#11 keys
are interchangeable behind it. pyca/cryptography's builders accept any object implementing its
private-key interfaces and call only its ``sign()``; a token-backed signer supplies such a
proxy object from :meth:`Signer.issuer_key`, so certificates, CRLs, CSRs (and later OCSP
responses and timestamps) are built by cryptography and signed wherever the key lives.
"""

from __future__ import annotations

import abc
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.types import (
    CertificateIssuerPrivateKeyTypes,
    CertificateIssuerPublicKeyTypes,
    PublicKeyTypes,
)
from cryptography.x509 import ocsp

from idtoolkit.keys.spec import KeySpec, SignatureScheme, rsa_padding_for, spec_of_public_key


class Signer(abc.ABC):
    """A private key that can sign, wherever it lives."""

    def __init__(self, spec: KeySpec, scheme: SignatureScheme = SignatureScheme.PKCS1V15):
        self.spec = spec
        self.scheme = scheme

    @abc.abstractmethod
    def issuer_key(self) -> CertificateIssuerPrivateKeyTypes:
        """An object cryptography's builders can sign with; never exposes key bytes."""

    @property
    @abc.abstractmethod
    def backend_name(self) -> str:
        """Short description for listings: ``software`` or ``pkcs11:token=…``."""

    def public_key(self) -> CertificateIssuerPublicKeyTypes:
        return self.issuer_key().public_key()

    @property
    def hash_algorithm(self) -> hashes.SHA256 | hashes.SHA384 | hashes.SHA512 | None:
        return self.spec.hash_algorithm()

    @property
    def rsa_padding(self) -> padding.PSS | padding.PKCS1v15 | None:
        return rsa_padding_for(self.spec, self.scheme)

    def sign_certificate(self, builder: x509.CertificateBuilder) -> x509.Certificate:
        return builder.sign(self.issuer_key(), self.hash_algorithm, rsa_padding=self.rsa_padding)

    def sign_crl(
        self, builder: x509.CertificateRevocationListBuilder
    ) -> x509.CertificateRevocationList:
        return builder.sign(self.issuer_key(), self.hash_algorithm, rsa_padding=self.rsa_padding)

    def sign_ocsp(self, builder: ocsp.OCSPResponseBuilder) -> ocsp.OCSPResponse:
        # cryptography's OCSP builder takes no RSA padding: RSA responses use PKCS#1 v1.5.
        return builder.sign(self.issuer_key(), self.hash_algorithm)

    def sign_bytes(self, data: bytes) -> bytes:
        """A raw signature over ``data`` (CMS signed attributes), hashed as the key wants."""
        return self._sign_raw(data, self.rsa_padding or padding.PKCS1v15())

    def sign_ocsp_data(self, data: bytes) -> bytes:
        """A raw signature over an OCSP ResponseData cryptography cannot build (several
        answers in one response), made as :meth:`sign_ocsp` makes it: RSA keys sign with
        PKCS#1 v1.5 whatever their scheme, so every answer of a responder looks alike."""
        return self._sign_raw(data, padding.PKCS1v15())

    def _sign_raw(self, data: bytes, rsa_padding: padding.AsymmetricPadding) -> bytes:
        key: Any = self.issuer_key()
        algorithm = self.hash_algorithm
        if isinstance(key, ec.EllipticCurvePrivateKey):
            assert algorithm is not None
            return bytes(key.sign(data, ec.ECDSA(algorithm)))
        if isinstance(key, rsa.RSAPrivateKey):
            assert algorithm is not None
            return bytes(key.sign(data, rsa_padding, algorithm))
        return bytes(key.sign(data))  # EdDSA, ML-DSA: no separate hash

    def sign_csr(
        self, builder: x509.CertificateSigningRequestBuilder
    ) -> x509.CertificateSigningRequest:
        return builder.sign(self.issuer_key(), self.hash_algorithm, rsa_padding=self.rsa_padding)


def verify_bytes(public_key: PublicKeyTypes, signature: bytes, data: bytes) -> None:
    """Check a raw signature made by :meth:`Signer.sign_bytes`, for every key type a CA can
    have (RSA in either padding, ECDSA, Ed25519, Ed448, ML-DSA): the counterpart kept beside
    the signing side so a new key type is added to both at once. Raises InvalidSignature;
    InputError for a key type no CA can have."""
    spec = spec_of_public_key(public_key)
    algorithm = spec.hash_algorithm()
    key: Any = public_key
    if isinstance(key, ec.EllipticCurvePublicKey):
        assert algorithm is not None
        key.verify(signature, data, ec.ECDSA(algorithm))
        return
    if isinstance(key, rsa.RSAPublicKey):
        assert algorithm is not None
        try:
            key.verify(signature, data, padding.PKCS1v15(), algorithm)
        except InvalidSignature:
            pss = rsa_padding_for(spec, SignatureScheme.PSS)
            assert pss is not None
            key.verify(signature, data, pss, algorithm)
        return
    key.verify(signature, data)  # EdDSA and ML-DSA: the scheme hashes the message itself


class SoftwareSigner(Signer):
    """A key held in memory, decrypted from the store for this session only."""

    def __init__(
        self,
        key: CertificateIssuerPrivateKeyTypes,
        spec: KeySpec,
        scheme: SignatureScheme = SignatureScheme.PKCS1V15,
    ):
        super().__init__(spec, scheme)
        self._key = key

    def issuer_key(self) -> CertificateIssuerPrivateKeyTypes:
        return self._key

    @property
    def backend_name(self) -> str:
        return "software"

    def __repr__(self) -> str:  # never show key material
        return f"SoftwareSigner({self.spec.name}, {self.scheme.value})"
