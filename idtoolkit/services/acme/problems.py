"""RFC 8555 section 6.7 errors as problem documents (RFC 7807)."""

from __future__ import annotations

import json

PREFIX = "urn:ietf:params:acme:error:"

#: The HTTP status of each error type (RFC 8555 leaves it to the server; these follow Pebble).
STATUS = {
    "badNonce": 400,
    "malformed": 400,
    "unauthorized": 403,
    "badCSR": 400,
    "rejectedIdentifier": 400,
    "unsupportedIdentifier": 400,
    "orderNotReady": 403,
    "badSignatureAlgorithm": 400,
    "badPublicKey": 400,
    "accountDoesNotExist": 400,
    "externalAccountRequired": 400,
    "incorrectResponse": 403,
    "connection": 400,
    "tls": 400,
    "rateLimited": 429,
    "alreadyRevoked": 400,
    "badRevocationReason": 400,
    "serverInternal": 500,
    "unsupportedContact": 400,
}


class Problem(Exception):
    """An ACME error; the handler turns it into an ``application/problem+json`` answer."""

    def __init__(self, kind: str, detail: str, status: int | None = None):
        super().__init__(detail)
        self.kind = kind
        self.detail = detail
        self.status = status if status is not None else STATUS.get(kind, 400)

    def document(self) -> dict[str, object]:
        return {"type": PREFIX + self.kind, "detail": self.detail, "status": self.status}

    def body(self) -> bytes:
        return json.dumps(self.document()).encode()
