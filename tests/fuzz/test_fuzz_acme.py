"""ACME requests into the handler (no sockets, so thousands run in seconds): mutated JWS
bodies and mutated protected headers each get a problem document with a 4xx status, never
serverInternal or a logged traceback, and nothing is issued."""

from __future__ import annotations

import base64
import json
import logging
import random

import pytest
from cryptography.hazmat.primitives.asymmetric import ec

from idtoolkit.api import acme
from idtoolkit.services.acme import nonces
from idtoolkit.services.acme.handlers import AcmeHandler
from idtoolkit.services.httpparse import Request

from ..acme_client import jwk_of, sign
from .conftest import FuzzPKI
from .mutate import SEED, cases, count

HOST = b"fuzz.test"
BASE = "http://fuzz.test/acme/fz"


def _request(path: str, body: bytes) -> Request:
    headers = {b"host": HOST, b"content-type": b"application/jose+json"}
    request = Request(b"POST", path.encode(), headers, True)
    request.body = body
    return request


def _b64(value: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()


@pytest.fixture(scope="module")
def handler(fuzz_pki: FuzzPKI) -> AcmeHandler:
    acme.add_endpoint(fuzz_pki.ws, "fz", "issuing", "tls-server", allow_suffixes=[".fuzz.test"])
    return AcmeHandler(fuzz_pki.ws)


def _check(handler: AcmeHandler, path: str, body: bytes, where: str, bad: list[str]) -> None:
    answer = handler.handle(_request(path, body), "http")
    if answer.status >= 500:
        bad.append(f"{where}: {answer.status} {answer.body[:200]!r}")
    elif answer.status >= 400:
        document = json.loads(answer.body)
        if answer.content_type != b"application/problem+json" or not str(
            document.get("type", "")
        ).startswith("urn:ietf:params:acme:error:"):
            bad.append(f"{where}: not a problem document: {answer.body[:200]!r}")


def test_fuzzed_acme_requests_get_problem_documents(
    fuzz_pki: FuzzPKI, handler: AcmeHandler, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR)
    before = fuzz_pki.snapshot()[0]
    key = ec.generate_private_key(ec.SECP256R1())
    # An account, so kid requests reach their payload checks.
    account = _request(
        "/acme/fz/new-account",
        sign(
            key,
            {
                "alg": "ES256",
                "nonce": nonces.new_nonce(fuzz_pki.ws),
                "url": f"{BASE}/new-account",
                "jwk": jwk_of(key),
            },
            b'{"termsOfServiceAgreed": true}',
        ),
    )
    assert handler.handle(account, "http").status == 201
    kid = f"{BASE}/account/1"
    targets = {
        "new-account": (b'{"termsOfServiceAgreed": true}', {"jwk": jwk_of(key)}),
        "new-order": (b'{"identifiers": [{"type": "dns", "value": "a.fuzz.test"}]}', {"kid": kid}),
        "order/1/finalize": (b'{"csr": "MIIB"}', {"kid": kid}),
        "revoke-cert": (b'{"certificate": "MIIB", "reason": 1}', {"jwk": jwk_of(key)}),
        "key-change": (b'{"protected": "e30", "payload": "", "signature": ""}', {"kid": kid}),
    }
    bad: list[str] = []
    total = 0
    for target, (payload, auth) in targets.items():
        url = f"{BASE}/{target}"
        seeds = [
            sign(key, {"alg": "ES256", "nonce": "n" * 32, "url": url, **auth}, payload),
            sign(key, {"alg": "ES256", "nonce": "n" * 32, "url": url, **auth}, None),
        ]
        for index, body in cases(f"acme-{target}", seeds, 300):
            _check(handler, f"/acme/fz/{target}", body, f"{target} body {index}", bad)
            total += 1
        # Semantic mutations of the protected header, each with a fresh nonce.
        rng = random.Random(f"{SEED}:acme-header-{target}")
        values: list[object] = [
            None,
            0,
            -1,
            "",
            "x" * 300,
            [],
            {},
            True,
            "ES512",
            "none",
            "HS256",
            url + "/",
            kid,
        ]
        for index in range(count(40)):
            header: dict[str, object] = {
                "alg": "ES256",
                "nonce": nonces.new_nonce(fuzz_pki.ws),
                "url": url,
                **auth,
            }
            field = rng.choice(["alg", "nonce", "url", "jwk", "kid", "extra"])
            header[field] = rng.choice(values)
            _check(
                handler,
                f"/acme/fz/{target}",
                sign(key, header, payload),
                f"{target} header {index}",
                bad,
            )
            total += 1
        # Payload mutations under a valid signature and a fresh nonce.
        for index, mutated in cases(f"acme-payload-{target}", [payload], 60):
            header = {"alg": "ES256", "nonce": nonces.new_nonce(fuzz_pki.ws), "url": url, **auth}
            _check(
                handler,
                f"/acme/fz/{target}",
                sign(key, header, mutated),
                f"{target} payload {index}",
                bad,
            )
            total += 1
    logged = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    print(f"fuzz ACME: {total} requests, {len(bad)} bad answers, {len(logged)} errors logged")
    assert not bad, bad[:5]
    assert not logged, logged[:3]
    assert fuzz_pki.snapshot()[0] == before
    assert _b64({}) == "e30"
