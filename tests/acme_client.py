"""A tiny ACME client for bad-input tests: it signs exactly what a test asks, wrong or right."""

from __future__ import annotations

import base64
import json
import urllib.error
import urllib.request
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def jwk_of(key: ec.EllipticCurvePrivateKey) -> dict[str, str]:
    numbers = key.public_key().public_numbers()
    return {
        "kty": "EC",
        "crv": "P-256",
        "x": b64(numbers.x.to_bytes(32, "big")),
        "y": b64(numbers.y.to_bytes(32, "big")),
    }


def sign(
    key: ec.EllipticCurvePrivateKey, protected: dict[str, Any], payload: bytes | None
) -> bytes:
    header = b64(json.dumps(protected).encode())
    body = "" if payload is None else b64(payload)
    r, s = decode_dss_signature(key.sign(f"{header}.{body}".encode(), ec.ECDSA(hashes.SHA256())))
    signature = r.to_bytes(32, "big") + s.to_bytes(32, "big")
    return json.dumps({"protected": header, "payload": body, "signature": b64(signature)}).encode()


def request(
    url: str,
    body: bytes | None = None,
    method: str | None = None,
    content_type: str = "application/jose+json",
) -> tuple[int, dict[str, str], bytes]:
    req = urllib.request.Request(
        url, data=body, method=method, headers={"Content-Type": content_type}
    )
    try:
        with urllib.request.urlopen(req, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


class Client:
    def __init__(self, directory_url: str):
        self.directory = json.loads(request(directory_url, method="GET")[2])
        self.key = ec.generate_private_key(ec.SECP256R1())
        self.kid: str | None = None

    def nonce(self) -> str:
        _, headers, _ = request(self.directory["newNonce"], method="HEAD")
        return headers["Replay-Nonce"]

    def post(
        self,
        url: str,
        payload: dict[str, Any] | None,
        *,
        nonce: str | None = None,
        header: dict[str, Any] | None = None,
        jwk: bool = False,
    ) -> tuple[int, dict[str, str], bytes]:
        protected: dict[str, Any] = {"alg": "ES256", "nonce": nonce or self.nonce(), "url": url}
        if jwk or self.kid is None:
            protected["jwk"] = jwk_of(self.key)
        else:
            protected["kid"] = self.kid
        protected.update(header or {})
        body = None if payload is None else json.dumps(payload).encode()
        return request(url, sign(self.key, protected, body))

    def register(self) -> None:
        status, headers, _ = self.post(self.directory["newAccount"], {"termsOfServiceAgreed": True})
        assert status in (200, 201)
        self.kid = headers["Location"]
