"""Strict checks of the flattened JWS every ACME POST carries (RFC 8555 section 6.2).

Checked before anything else is read: the JSON shape, a protected header with exactly the
allowed fields, an algorithm from a short list (ES256, ES384, RS256, EdDSA) matching the key's
type and size, either ``jwk`` or ``kid`` (never both), the ``url`` equal to the request's URL
and the signature. Written on ``cryptography`` directly: every rule is visible here.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from idtoolkit.services.acme.problems import Problem

PublicKey = ec.EllipticCurvePublicKey | rsa.RSAPublicKey | ed25519.Ed25519PublicKey

ALGORITHMS = ("ES256", "ES384", "RS256", "EdDSA")
_CURVES = {"ES256": ("P-256", 32, hashes.SHA256()), "ES384": ("P-384", 48, hashes.SHA384())}
_EC = {"P-256": ec.SECP256R1(), "P-384": ec.SECP384R1()}


def b64decode(text: object) -> bytes:
    """base64url without padding, strictly (RFC 7515 2): anything else is malformed."""
    if not isinstance(text, str) or "=" in text or not text.isascii():
        raise Problem("malformed", "a base64url field is not a string without padding")
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        raise Problem("malformed", "a base64url field does not decode") from None


def b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _int(text: object) -> int:
    return int.from_bytes(b64decode(text), "big")


def public_key(jwk: object) -> PublicKey:
    """The key of a JWK (RFC 7517/7518/8037): EC P-256/P-384, RSA of 2048 bits or more, Ed25519."""
    if not isinstance(jwk, dict):
        raise Problem("malformed", "the jwk is not a JSON object")
    kty = jwk.get("kty")
    try:
        if kty == "EC":
            curve = _EC.get(str(jwk.get("crv")))
            if curve is None:
                raise Problem("badPublicKey", "EC account keys must be on P-256 or P-384")
            return ec.EllipticCurvePublicNumbers(
                _int(jwk.get("x")), _int(jwk.get("y")), curve
            ).public_key()
        if kty == "RSA":
            key = rsa.RSAPublicNumbers(_int(jwk.get("e")), _int(jwk.get("n"))).public_key()
            if key.key_size < 2048:
                raise Problem("badPublicKey", "RSA account keys must have 2048 bits or more")
            return key
        if kty == "OKP" and jwk.get("crv") == "Ed25519":
            return ed25519.Ed25519PublicKey.from_public_bytes(b64decode(jwk.get("x")))
    except ValueError:
        raise Problem("badPublicKey", "the jwk does not hold a valid public key") from None
    raise Problem("badPublicKey", "account keys must be EC (P-256, P-384), RSA or Ed25519")


def thumbprint(jwk: dict[str, Any]) -> str:
    """RFC 7638 thumbprint (SHA-256, base64url): the account key's name in the audit."""
    members = {"EC": ("crv", "kty", "x", "y"), "RSA": ("e", "kty", "n"), "OKP": ("crv", "kty", "x")}
    fields = members.get(str(jwk.get("kty")), ())
    canonical = json.dumps({k: jwk[k] for k in fields}, separators=(",", ":"), sort_keys=True)
    return b64encode(hashlib.sha256(canonical.encode()).digest())


def public_jwk(jwk: dict[str, Any]) -> dict[str, Any]:
    """Only the public members: what is stored for an account."""
    members = {"EC": ("crv", "kty", "x", "y"), "RSA": ("e", "kty", "n"), "OKP": ("crv", "kty", "x")}
    return {k: jwk[k] for k in members.get(str(jwk.get("kty")), ()) if k in jwk}


def verify(key: PublicKey, alg: str, signed: bytes, signature: bytes) -> None:
    """Check ``signature`` over ``signed``; the algorithm must suit the key."""
    try:
        if alg in _CURVES and isinstance(key, ec.EllipticCurvePublicKey):
            curve, size, digest = _CURVES[alg]
            if key.curve.name != {"P-256": "secp256r1", "P-384": "secp384r1"}[curve]:
                raise Problem("badSignatureAlgorithm", f"{alg} does not suit this key's curve")
            if len(signature) != 2 * size:
                raise Problem("malformed", "the signature has the wrong length")
            r = int.from_bytes(signature[:size], "big")
            s = int.from_bytes(signature[size:], "big")
            key.verify(encode_dss_signature(r, s), signed, ec.ECDSA(digest))
        elif alg == "RS256" and isinstance(key, rsa.RSAPublicKey):
            key.verify(signature, signed, padding.PKCS1v15(), hashes.SHA256())
        elif alg == "EdDSA" and isinstance(key, ed25519.Ed25519PublicKey):
            key.verify(signature, signed)
        else:
            raise Problem("badSignatureAlgorithm", f"{alg} does not suit this key's type")
    except InvalidSignature:
        raise Problem("malformed", "the JWS signature does not verify") from None


@dataclass(frozen=True)
class JWS:
    """A parsed flattened JWS: the protected header, the payload bytes and the signing input."""

    protected: dict[str, Any]
    payload: bytes
    signing_input: bytes
    signature: bytes

    @property
    def alg(self) -> str:
        return str(self.protected.get("alg"))

    @property
    def post_as_get(self) -> bool:
        return self.payload == b""

    def json_payload(self) -> dict[str, Any]:
        try:
            value = json.loads(self.payload)
        except (ValueError, UnicodeDecodeError):
            raise Problem("malformed", "the JWS payload is not JSON") from None
        if not isinstance(value, dict):
            raise Problem("malformed", "the JWS payload is not a JSON object")
        return value


def parse(body: bytes | str | dict[str, Any]) -> JWS:
    """The flattened JWS JSON serialization, nothing else (RFC 8555 6.2)."""
    try:
        value = json.loads(body) if not isinstance(body, dict) else body
    except (ValueError, UnicodeDecodeError):
        raise Problem("malformed", "the request body is not JSON") from None
    if not isinstance(value, dict) or set(value) != {"protected", "payload", "signature"}:
        raise Problem(
            "malformed", "the body must be a flattened JWS: protected, payload, signature"
        )
    protected_b64 = value["protected"]
    payload_b64 = value["payload"]
    try:
        protected = json.loads(b64decode(protected_b64))
    except (ValueError, UnicodeDecodeError):
        raise Problem("malformed", "the protected header is not JSON") from None
    if not isinstance(protected, dict):
        raise Problem("malformed", "the protected header is not a JSON object")
    if not isinstance(payload_b64, str):
        raise Problem("malformed", "the payload is not a string")
    payload = b64decode(payload_b64)
    signature = b64decode(value["signature"])
    signing_input = f"{protected_b64}.{payload_b64}".encode()
    return JWS(protected, payload, signing_input, signature)


def check_header(jws: JWS, url: str, *, need_nonce: bool = True) -> None:
    """The header rules shared by every request: alg, url, nonce present, jwk xor kid."""
    header = jws.protected
    allowed = {"alg", "nonce", "url", "jwk", "kid"}
    extra = set(header) - allowed
    if extra:
        raise Problem(
            "malformed", f"unexpected protected header fields: {', '.join(sorted(extra))}"
        )
    if header.get("alg") not in ALGORITHMS:
        raise Problem(
            "badSignatureAlgorithm",
            f"algorithm {header.get('alg')!r} not accepted; use one of {', '.join(ALGORITHMS)}",
        )
    if header.get("url") != url:
        raise Problem(
            "unauthorized", f"the JWS url {header.get('url')!r} is not this request's URL"
        )
    if need_nonce and not isinstance(header.get("nonce"), str):
        raise Problem("badNonce", "the JWS has no nonce")
    if ("jwk" in header) == ("kid" in header):
        raise Problem("malformed", "the JWS must carry exactly one of jwk and kid")


def check_hmac(jws: JWS, key: bytes) -> None:
    """An External Account Binding's inner JWS (RFC 8555 7.3.4): HS256 with the EAB key."""
    if jws.protected.get("alg") not in ("HS256", "HS384", "HS512"):
        raise Problem("badSignatureAlgorithm", "the external account binding must use HS256")
    digest = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[
        str(jws.protected["alg"])
    ]
    expected = hmac.new(key, jws.signing_input, digest).digest()
    if not hmac.compare_digest(expected, jws.signature):
        raise Problem("unauthorized", "the external account binding does not verify")
