"""The ACME URLs of one ``serve``: ``/acme/NAME/…``, each answer JSON or a problem document,
each with a fresh ``Replay-Nonce`` (RFC 8555 6.5) and a ``Link`` to the directory.

Every POST is authenticated the same way before its payload is read (:meth:`AcmeHandler.authenticate`):
content type, flattened JWS, header rules, signature by the account's key (``kid``) or the
enclosed key (``jwk``, only for newAccount and revokeCert), then the nonce is used up.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives import serialization

from idtoolkit.services.acme import nonces, orders
from idtoolkit.services.acme.endpoints import Endpoint, get_endpoint
from idtoolkit.services.acme.jws import JWS, check_header, check_hmac, parse, public_key, verify
from idtoolkit.services.acme.problems import Problem
from idtoolkit.services.http_responses import Header, Response
from idtoolkit.services.httpparse import Request
from idtoolkit.workspace import Workspace

log = logging.getLogger("idtoolkit.serve.acme")

JSON = b"application/json"
PROBLEM = b"application/problem+json"
PEM_CHAIN = b"application/pem-certificate-chain"


@dataclass(frozen=True)
class Signed:
    """An authenticated request: its JWS, the account (None for a jwk request of a stranger)."""

    jws: JWS
    account: orders.Account | None
    jwk: dict[str, Any] | None


class AcmeHandler:
    def __init__(self, ws: Workspace):
        self.ws = ws

    # --- plumbing ---------------------------------------------------------------------------
    def _answer(
        self,
        status: int,
        body: bytes,
        content_type: bytes,
        base: str,
        headers: tuple[Header, ...] = (),
    ) -> Response:
        extra: list[Header] = [
            (b"Replay-Nonce", nonces.new_nonce(self.ws).encode()),
            (b"Link", f'<{base}/directory>;rel="index"'.encode()),
            (b"Cache-Control", b"no-store"),
        ]
        return Response(status, body, content_type, (*headers, *extra))

    def _json(
        self, value: object, base: str, status: int = 200, headers: tuple[Header, ...] = ()
    ) -> Response:
        return self._answer(status, json.dumps(value).encode(), JSON, base, headers)

    def handle(self, request: Request, scheme: str) -> Response:
        path = request.target.split(b"?", 1)[0].decode("ascii", "replace")
        parts = path.strip("/").split("/")
        host = request.headers.get(b"host", b"localhost").decode("ascii", "replace")
        name = parts[1] if len(parts) > 1 else ""
        base = f"{scheme}://{host}/acme/{name}"
        try:
            endpoint = get_endpoint(self.ws, name)
            if endpoint is None:
                raise Problem("malformed", f"no ACME endpoint called {name!r}", 404)
            return self.dispatch(request, endpoint, base, parts[2:], f"{scheme}://{host}{path}")
        except Problem as problem:
            return self._answer(problem.status, problem.body(), PROBLEM, base)
        except Exception:
            log.exception("ACME request %s failed", path)
            internal = Problem("serverInternal", "internal error; the server log has the details")
            return self._answer(500, internal.body(), PROBLEM, base)

    def dispatch(
        self, request: Request, endpoint: Endpoint, base: str, rest: list[str], url: str
    ) -> Response:
        method = request.method
        what = rest[0] if rest else ""
        if what == "directory" and len(rest) == 1 and method in (b"GET", b"HEAD"):
            return self._json(self.directory(endpoint, base), base)
        if what == "new-nonce" and len(rest) == 1 and method in (b"GET", b"HEAD"):
            return self._answer(200 if method == b"HEAD" else 204, b"", JSON, base)
        if what == "renewal-info" and len(rest) == 2 and method == b"GET":
            info = orders.renewal_info(self.ws, endpoint, rest[1])
            return self._json(info, base, headers=((b"Retry-After", b"21600"),))
        if method != b"POST":
            raise Problem("malformed", "use POST (with a JWS) for this URL", 405)
        content_type = request.headers.get(b"content-type", b"").split(b";", 1)[0].strip().lower()
        if content_type != b"application/jose+json":
            raise Problem("malformed", "the content type must be application/jose+json", 415)
        if what == "new-account" and len(rest) == 1:
            return self.new_account(request, endpoint, base, url)
        if what == "revoke-cert" and len(rest) == 1:
            signed = self.authenticate(request, endpoint, base, url, jwk_ok=True)
            signer = public_key(
                signed.jwk
                if signed.jwk is not None
                else signed.account.jwk
                if signed.account
                else {}
            )
            der = signer.public_bytes(
                serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
            )
            orders.revoke_certificate(
                self.ws, endpoint, signed.account, der, signed.jws.json_payload()
            )
            return self._answer(200, b"", JSON, base)
        signed = self.authenticate(request, endpoint, base, url)
        account = signed.account
        assert account is not None
        number = _number(rest[1]) if len(rest) > 1 else 0
        if what == "new-order" and len(rest) == 1:
            order_id = orders.new_order(self.ws, endpoint, account, signed.jws.json_payload())
            view = orders.order_view(self.ws, account, order_id, base)
            return self._json(
                view, base, 201, ((b"Location", f"{base}/order/{order_id}".encode()),)
            )
        if what == "account" and len(rest) == 2 and number == account.id:
            payload = {} if signed.jws.post_as_get else signed.jws.json_payload()
            account = orders.update_account(self.ws, endpoint, account, payload)
            return self._json(
                orders.account_view(account, f"{base}/account/{account.id}/orders"), base
            )
        if what == "account" and len(rest) == 3 and rest[2] == "orders" and number == account.id:
            return self._json({"orders": []}, base)
        if what == "key-change" and len(rest) == 1:
            new_jwk = self.key_change(signed, endpoint, base, url)
            account = orders.change_key(self.ws, endpoint, account, new_jwk)
            return self._json(
                orders.account_view(account, f"{base}/account/{account.id}/orders"), base
            )
        if what == "order" and len(rest) == 2:
            return self._json(
                orders.order_view(self.ws, account, number, base),
                base,
                headers=((b"Location", f"{base}/order/{number}".encode()),),
            )
        if what == "order" and len(rest) == 3 and rest[2] == "finalize":
            orders.finalize(self.ws, endpoint, account, number, signed.jws.json_payload())
            return self._json(
                orders.order_view(self.ws, account, number, base),
                base,
                headers=((b"Location", f"{base}/order/{number}".encode()),),
            )
        if what == "authz" and len(rest) == 2:
            deactivate = False
            if not signed.jws.post_as_get:
                deactivate = signed.jws.json_payload() == {"status": "deactivated"}
                if not deactivate:
                    raise Problem("malformed", "an authorization can only be deactivated")
            return self._json(
                orders.authz_view(self.ws, endpoint, account, number, base, deactivate), base
            )
        if what == "chall" and len(rest) == 3:
            if not signed.jws.post_as_get:
                signed.jws.json_payload()  # "{}": must be a JSON object
            view, up = orders.answer_challenge(self.ws, endpoint, account, number, rest[2], base)
            return self._json(view, base, headers=((b"Link", f'<{up}>;rel="up"'.encode()),))
        if what == "cert" and len(rest) == 2:
            if not signed.jws.post_as_get:
                raise Problem(
                    "malformed", "fetch a certificate with POST-as-GET (an empty payload)"
                )
            pem = orders.certificate_chain(self.ws, endpoint, account, number)
            return self._answer(200, pem, PEM_CHAIN, base)
        raise Problem("malformed", "no such ACME resource", 404)

    def directory(self, endpoint: Endpoint, base: str) -> dict[str, Any]:
        return {
            "newNonce": f"{base}/new-nonce",
            "newAccount": f"{base}/new-account",
            "newOrder": f"{base}/new-order",
            "revokeCert": f"{base}/revoke-cert",
            "keyChange": f"{base}/key-change",
            "renewalInfo": f"{base}/renewal-info",
            "meta": {
                "externalAccountRequired": endpoint.settings.eab,
                "profiles": {
                    endpoint.profile: f"certificates under profile {endpoint.profile} of CA {endpoint.ca}"
                },
            },
        }

    # --- authentication -------------------------------------------------------------------
    def authenticate(
        self, request: Request, endpoint: Endpoint, base: str, url: str, *, jwk_ok: bool = False
    ) -> Signed:
        jws = parse(request.body)
        check_header(jws, url)
        header = jws.protected
        account: orders.Account | None = None
        jwk: dict[str, Any] | None = None
        if "jwk" in header:
            if not jwk_ok:
                raise Problem(
                    "malformed", "this request must be signed with the account's kid, not a jwk"
                )
            jwk = header["jwk"]
            key = public_key(jwk)
            assert jwk is not None
            from idtoolkit.services.acme.jws import thumbprint

            account = orders.find_account(self.ws, endpoint, thumb=thumbprint(jwk))
        else:
            kid = header.get("kid")
            prefix = f"{base}/account/"
            if not isinstance(kid, str) or not kid.startswith(prefix):
                raise Problem(
                    "accountDoesNotExist", "the kid is not an account URL of this endpoint"
                )
            account = orders.find_account(self.ws, endpoint, account_id=_number(kid[len(prefix) :]))
            if account is None:
                raise Problem("accountDoesNotExist", "no such account")
            key = public_key(account.jwk)
        verify(key, jws.alg, jws.signing_input, jws.signature)
        if not nonces.use_nonce(self.ws, str(header.get("nonce"))):
            raise Problem(
                "badNonce", "the nonce is unknown, used or stale: use the fresh one sent back"
            )
        if account is not None and account.status != "valid" and jwk is None:
            raise Problem("unauthorized", "this account is deactivated")
        return Signed(jws, account, jwk)

    def new_account(self, request: Request, endpoint: Endpoint, base: str, url: str) -> Response:
        signed = self.authenticate(request, endpoint, base, url, jwk_ok=True)
        jwk = signed.jwk
        if jwk is None:
            raise Problem("malformed", "newAccount must be signed with a jwk")
        payload = signed.jws.json_payload()
        eab: tuple[str, bytes] | None = None
        binding = payload.get("externalAccountBinding")
        if binding is not None:
            inner = parse(binding if isinstance(binding, dict) else b"")
            key_id = inner.protected.get("kid")
            if (
                inner.protected.get("url") != url
                or not isinstance(key_id, str)
                or set(inner.protected) - {"alg", "kid", "url"}
            ):
                raise Problem(
                    "malformed",
                    "the external account binding's header must hold alg, kid and this url",
                )
            check_hmac(inner, orders.eab_hmac_key(self.ws, endpoint, key_id))
            try:
                bound = json.loads(inner.payload)
            except ValueError:
                bound = None
            from idtoolkit.services.acme.jws import public_jwk

            if not isinstance(bound, dict) or public_jwk(bound) != public_jwk(jwk):
                raise Problem(
                    "malformed", "the external account binding must carry the account key"
                )
            eab = (key_id, b"")
        account, created = orders.new_account(self.ws, endpoint, jwk, payload, eab)
        view = orders.account_view(account, f"{base}/account/{account.id}/orders")
        location = ((b"Location", f"{base}/account/{account.id}".encode()),)
        return self._json(view, base, 201 if created else 200, location)

    def key_change(self, signed: Signed, endpoint: Endpoint, base: str, url: str) -> dict[str, Any]:
        """RFC 8555 7.3.5: the payload is a JWS signed by the new key naming the account and
        the old key."""
        assert signed.account is not None
        inner = parse(signed.jws.payload)
        header = inner.protected
        if set(header) - {"alg", "jwk", "url"} or "jwk" not in header or header.get("url") != url:
            raise Problem("malformed", "the inner JWS needs alg, jwk and this url, and no nonce")
        if header.get("alg") not in ("ES256", "ES384", "RS256", "EdDSA"):
            raise Problem("badSignatureAlgorithm", "the inner JWS algorithm is not accepted")
        new_jwk = header["jwk"]
        verify(public_key(new_jwk), str(header["alg"]), inner.signing_input, inner.signature)
        payload = inner.json_payload()
        from idtoolkit.services.acme.jws import public_jwk

        if payload.get("account") != f"{base}/account/{signed.account.id}" or public_jwk(
            payload.get("oldKey") or {}
        ) != public_jwk(signed.account.jwk):
            raise Problem("malformed", "the inner payload must name this account and its old key")
        assert isinstance(new_jwk, dict)
        return new_jwk


def _number(text: str) -> int:
    if not text.isdigit() or len(text) > 12:
        raise Problem("malformed", "no such ACME resource", 404)
    return int(text)
