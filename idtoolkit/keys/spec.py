"""Key types the toolkit can create, and the signature parameters that go with each.

The names (``rsa2048``, ``ec-p256``, ``ml-dsa-65``...) are part of the CLI and of profiles, so
they are stable. ML-DSA (FIPS 204) keys are software-only until a token offers the mechanism; the
signature carries no separate hash and its AlgorithmIdentifier has no parameters (RFC 9881).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import cast

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, mldsa, padding, rsa
from cryptography.hazmat.primitives.asymmetric.types import (
    CertificateIssuerPrivateKeyTypes,
    CertificateIssuerPublicKeyTypes,
    PublicKeyTypes,
)

from idtoolkit.errors import InputError
from idtoolkit.messages import Message


class KeyAlgorithm(enum.Enum):
    RSA = "rsa"
    EC = "ec"
    ED25519 = "ed25519"
    ED448 = "ed448"
    ML_DSA = "ml-dsa"


class SignatureScheme(enum.Enum):
    """How an RSA key signs; meaningless (and ignored) for EC and EdDSA keys."""

    PKCS1V15 = "pkcs1v15"
    PSS = "pss"


@dataclass(frozen=True)
class KeySpec:
    """A key type and size, e.g. ``rsa3072`` or ``ec-p384``."""

    name: str
    algorithm: KeyAlgorithm
    size: int  # RSA modulus bits or EC field bits; 255/448 for EdDSA; 44/65/87 for ML-DSA

    @property
    def post_quantum(self) -> bool:
        return self.algorithm is KeyAlgorithm.ML_DSA

    @property
    def plain_words(self) -> str:
        """The algorithm as an officer reads it, in English (:attr:`words` for other languages)."""
        return str(self.words)

    @property
    def words(self) -> Message:
        """The algorithm as an officer reads it in a listing or a dialog, as a message said in
        the user's language by the front end (``ECDSA on NIST P-256``)."""
        if self.algorithm is KeyAlgorithm.RSA:
            return Message("key_algorithm.rsa", "RSA {size}-bit", size=self.size)
        if self.algorithm is KeyAlgorithm.EC:
            return Message("key_algorithm.ec", "ECDSA on NIST P-{size}", size=self.size)
        if self.algorithm is KeyAlgorithm.ML_DSA:
            level = {44: 2, 65: 3, 87: 5}[self.size]
            return Message(
                "key_algorithm.ml_dsa",
                "ML-DSA-{size}, post-quantum, FIPS 204 level {level}",
                size=self.size,
                level=level,
            )
        name = "Ed25519" if self.algorithm is KeyAlgorithm.ED25519 else "Ed448"
        return Message("key_algorithm.eddsa", "{name}", name=name)

    @property
    def curve(self) -> ec.EllipticCurve:
        curves: dict[int, ec.EllipticCurve] = {
            256: ec.SECP256R1(),
            384: ec.SECP384R1(),
            521: ec.SECP521R1(),
        }
        if self.algorithm is not KeyAlgorithm.EC:
            raise ValueError(f"{self.name} is not an EC key")
        return curves[self.size]

    def hash_algorithm(self) -> hashes.SHA256 | hashes.SHA384 | hashes.SHA512 | None:
        """The digest we sign with: matched to the key's strength (NIST SP 800-57)."""
        if self.algorithm in (KeyAlgorithm.ED25519, KeyAlgorithm.ED448, KeyAlgorithm.ML_DSA):
            return None  # the scheme hashes internally; cryptography wants algorithm=None
        if self.algorithm is KeyAlgorithm.EC and self.size == 384:
            return hashes.SHA384()
        if self.algorithm is KeyAlgorithm.EC and self.size == 521:
            return hashes.SHA512()
        if self.algorithm is KeyAlgorithm.EC:
            return hashes.SHA256()
        return hashes.SHA256() if self.size < 4096 else hashes.SHA384()

    def signature_name(self, scheme: SignatureScheme) -> str:
        """The signature algorithm this key really uses, as audit entries record it:
        ``ecdsa-with-sha384``, ``rsassa-pss-sha256``, ``ed25519``; the RSA padding choice
        means nothing for EC and EdDSA keys, so it is not claimed for them."""
        digest = self.hash_algorithm()
        if digest is None:
            return self.name  # ed25519, ed448, ml-dsa-65: the name says it all
        if self.algorithm is KeyAlgorithm.EC:
            return f"ecdsa-with-{digest.name}"
        padding = "rsassa-pss" if scheme is SignatureScheme.PSS else "rsa-pkcs1v15"
        return f"{padding}-{digest.name}"

    def generate(self) -> CertificateIssuerPrivateKeyTypes:
        """Generate a software key of this type."""
        if self.algorithm is KeyAlgorithm.RSA:
            return rsa.generate_private_key(public_exponent=65537, key_size=self.size)
        if self.algorithm is KeyAlgorithm.EC:
            return ec.generate_private_key(self.curve)
        if self.algorithm is KeyAlgorithm.ED25519:
            return ed25519.Ed25519PrivateKey.generate()
        if self.algorithm is KeyAlgorithm.ML_DSA:
            return _ML_DSA_PRIVATE[self.size].generate()
        return ed448.Ed448PrivateKey.generate()


KEY_SPECS: dict[str, KeySpec] = {
    s.name: s
    for s in (
        KeySpec("rsa2048", KeyAlgorithm.RSA, 2048),
        KeySpec("rsa3072", KeyAlgorithm.RSA, 3072),
        KeySpec("rsa4096", KeyAlgorithm.RSA, 4096),
        KeySpec("ec-p256", KeyAlgorithm.EC, 256),
        KeySpec("ec-p384", KeyAlgorithm.EC, 384),
        KeySpec("ec-p521", KeyAlgorithm.EC, 521),
        KeySpec("ed25519", KeyAlgorithm.ED25519, 255),
        KeySpec("ed448", KeyAlgorithm.ED448, 448),
        KeySpec("ml-dsa-44", KeyAlgorithm.ML_DSA, 44),
        KeySpec("ml-dsa-65", KeyAlgorithm.ML_DSA, 65),
        KeySpec("ml-dsa-87", KeyAlgorithm.ML_DSA, 87),
    )
}

_ML_DSA_PRIVATE: dict[
    int,
    type[mldsa.MLDSA44PrivateKey] | type[mldsa.MLDSA65PrivateKey] | type[mldsa.MLDSA87PrivateKey],
] = {44: mldsa.MLDSA44PrivateKey, 65: mldsa.MLDSA65PrivateKey, 87: mldsa.MLDSA87PrivateKey}
_ML_DSA_PUBLIC: tuple[tuple[type[object], str], ...] = (
    (mldsa.MLDSA44PublicKey, "ml-dsa-44"),
    (mldsa.MLDSA65PublicKey, "ml-dsa-65"),
    (mldsa.MLDSA87PublicKey, "ml-dsa-87"),
)


def key_spec(name: str) -> KeySpec:
    """Look up a key type by its CLI name; the error lists the valid names."""
    try:
        return KEY_SPECS[name]
    except KeyError:
        raise InputError(
            "key.unknown_type",
            "unknown key type {key_type!r}; choose one of: {choices}",
            key_type=name,
            choices=", ".join(KEY_SPECS),
        ) from None


def spec_of_public_key(public_key: PublicKeyTypes) -> KeySpec:
    """Classify a public key (from a CSR or an imported certificate) as one of our key types."""
    if isinstance(public_key, rsa.RSAPublicKey):
        for spec in KEY_SPECS.values():
            if spec.algorithm is KeyAlgorithm.RSA and spec.size == public_key.key_size:
                return spec
        raise InputError(
            "key.unsupported_rsa_size",
            "unsupported RSA key size {key_size}",
            key_size=public_key.key_size,
        )
    if isinstance(public_key, ec.EllipticCurvePublicKey):
        for spec in KEY_SPECS.values():
            if spec.algorithm is KeyAlgorithm.EC and spec.curve.name == public_key.curve.name:
                return spec
        raise InputError(
            "key.unsupported_ec_curve", "unsupported EC curve {curve}", curve=public_key.curve.name
        )
    if isinstance(public_key, ed25519.Ed25519PublicKey):
        return KEY_SPECS["ed25519"]
    if isinstance(public_key, ed448.Ed448PublicKey):
        return KEY_SPECS["ed448"]
    for public_type, name in _ML_DSA_PUBLIC:
        if isinstance(public_key, public_type):
            return KEY_SPECS[name]
    raise InputError(
        "key.unsupported_public_key",
        "unsupported public key type {key_class}",
        key_class=type(public_key).__name__,
    )


def as_issuer_public_key(public_key: PublicKeyTypes) -> CertificateIssuerPublicKeyTypes:
    """Narrow a public key to the types a certificate can certify here (refuse DSA, X25519...)."""
    spec_of_public_key(public_key)  # raises InputError naming the unsupported type
    return cast(CertificateIssuerPublicKeyTypes, public_key)


def authority_key_identifier(issuer: x509.Certificate) -> x509.AuthorityKeyIdentifier:
    """AKI for certificates and CRLs: the issuer's own SKI when it has one (RFC 5280 4.2.1.1)."""
    try:
        ski = issuer.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
        return x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski)
    except x509.ExtensionNotFound:
        return x509.AuthorityKeyIdentifier.from_issuer_public_key(
            as_issuer_public_key(issuer.public_key())
        )


def rsa_padding_for(
    spec: KeySpec, scheme: SignatureScheme
) -> padding.PSS | padding.PKCS1v15 | None:
    """The padding object cryptography's builders take for ``rsa_padding``."""
    if spec.algorithm is not KeyAlgorithm.RSA:
        return None
    if scheme is SignatureScheme.PSS:
        hash_alg = spec.hash_algorithm()
        assert hash_alg is not None
        # RFC 4055: salt length equal to the digest length, MGF1 with the same hash.
        return padding.PSS(mgf=padding.MGF1(hash_alg), salt_length=hash_alg.digest_size)
    return padding.PKCS1v15()
