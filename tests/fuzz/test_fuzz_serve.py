"""OCSP and time-stamp requests into ``serve``: every mutated request gets a well-formed
answer (an OCSP error status, a TSA rejection with a reason), never internalError or a
logged traceback; mutated HTTP heads get an HTTP answer at once; the server keeps serving."""

from __future__ import annotations

import logging
import random
import socket
import urllib.request
from collections.abc import Iterator

import pytest
from asn1crypto import core, tsp
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509 import ocsp

from idtoolkit.ca.authorities import ca_chain
from idtoolkit.services.http import PKIServer
from idtoolkit.services.http_server import load_tsa
from idtoolkit.services.ocsp import OCSPResponder

from .conftest import FuzzPKI
from .mutate import SEED, cases, count, mutate


def _ocsp_requests(fuzz_pki: FuzzPKI) -> list[bytes]:
    issuer = ca_chain(fuzz_pki.ws, "issuing")[0]
    root = ca_chain(fuzz_pki.ws, "root")[0]
    out = []
    for algorithm in (hashes.SHA1(), hashes.SHA256()):
        builder = ocsp.OCSPRequestBuilder().add_certificate(issuer, root, algorithm)
        out.append(builder.build().public_bytes(serialization.Encoding.DER))
        out.append(builder.add_extension(__import__("cryptography").x509.OCSPNonce(b"n" * 16), False)
                   .build().public_bytes(serialization.Encoding.DER))  # fmt: skip
    return out


def _tsa_requests() -> list[bytes]:
    return [
        tsp.TimeStampReq(
            {
                "version": "v1",
                "message_imprint": {
                    "hash_algorithm": {"algorithm": algorithm},
                    "hashed_message": b"\x11" * size,
                },
                "nonce": 12345,
                "cert_req": True,
            }
        ).dump()
        for algorithm, size in (("sha256", 32), ("sha512", 64))
    ]


class _Status(core.Sequence):
    _fields = [("status", tsp.PKIStatusInfo), ("rest", core.Any, {"optional": True})]  # noqa: RUF012


@pytest.fixture
def errors_logged(caplog: pytest.LogCaptureFixture) -> Iterator[list[logging.LogRecord]]:
    caplog.set_level(logging.ERROR, logger="idtoolkit")
    records: list[logging.LogRecord] = []
    yield records
    records.extend(r for r in caplog.records if r.levelno >= logging.ERROR)


def test_fuzzed_ocsp_and_tsa_requests_get_a_reasoned_answer(
    fuzz_pki: FuzzPKI, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR)
    responder = OCSPResponder(fuzz_pki.ws)
    tsa = load_tsa(fuzz_pki.ws)
    assert tsa is not None
    internal = []
    ocsp_inputs = list(cases("ocsp", _ocsp_requests(fuzz_pki), 1500))
    for index, body in ocsp_inputs:
        try:
            answer = responder.answer(body, "issuing")
            status = ocsp.load_der_ocsp_response(answer.der).response_status
            if status == ocsp.OCSPResponseStatus.INTERNAL_ERROR:
                internal.append((f"ocsp {index}", "internalError"))
        except Exception as exc:
            internal.append((f"ocsp {index}", f"{type(exc).__name__}: {exc}"))
    tsa_inputs = list(cases("tsa", _tsa_requests(), 1500))
    for index, body in tsa_inputs:
        try:
            reply = _Status.load(tsa.respond(body))
            status = reply["status"]
            if status["status"].native not in ("granted", "granted_with_mods"):
                text = status["status_string"].native
                if not text or "internal" in " ".join(text):
                    internal.append((f"tsa {index}", f"rejection without a reason: {text}"))
        except Exception as exc:
            internal.append((f"tsa {index}", f"{type(exc).__name__}: {exc}"))
    logged = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    print(f"fuzz OCSP: {len(ocsp_inputs)} inputs; TSA: {len(tsa_inputs)} inputs; "
          f"{len(internal)} internal errors, {len(logged)} errors logged")  # fmt: skip
    assert not internal, internal[:5]
    assert not logged, logged[:3]


def _exchange(port: int, data: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=3) as conn:
        conn.sendall(data)
        conn.shutdown(socket.SHUT_WR)
        chunks = []
        while chunk := conn.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def test_fuzzed_http_requests_are_answered_and_the_server_keeps_serving(
    fuzz_pki: FuzzPKI, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR)
    server = PKIServer(fuzz_pki.ws, "127.0.0.1", 0)
    server.start_in_thread()
    try:
        port = int(server.base.rsplit(":", 1)[1])
        body = _ocsp_requests(fuzz_pki)[0]
        seeds = [
            b"POST /ocsp/issuing HTTP/1.1\r\nHost: x\r\nContent-Type: application/ocsp-request\r\n"
            b"Content-Length: " + str(len(body)).encode() + b"\r\nConnection: close\r\n\r\n" + body,
            b"GET /ca/issuing.crt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
            b"POST /tsa HTTP/1.0\r\nContent-Type: application/timestamp-query\r\nContent-Length: "
            + str(len(_tsa_requests()[0])).encode() + b"\r\n\r\n" + _tsa_requests()[0],
            b"GET /ca/issuing.crt HTTP/1.1\nHost: x\n\n",  # bare LF
        ]  # fmt: skip
        rng = random.Random(f"{SEED}:http")
        inputs = seeds + [mutate(rng.choice(seeds), rng) for _ in range(count(250))]
        unanswered = []
        for index, data in enumerate(inputs):
            try:
                reply = _exchange(port, data)
            except TimeoutError:
                reply = b"(timeout)"
            # A request cut short is waited for (until the peer closes); anything else is
            # answered with a status line.
            if reply and not reply.startswith(b"HTTP/1.1 "):
                unanswered.append((index, data[:60], reply[:40]))
        assert not unanswered, unanswered[:5]
        assert _exchange(port, seeds[3]).startswith(b"HTTP/1.1 400")
        with urllib.request.urlopen(f"{server.base}/ca/issuing.crt", timeout=5) as still:
            assert still.status == 200
    finally:
        server.stop()
        server.close()
    logged = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    print(
        f"fuzz HTTP: {len(inputs)} raw requests, {len(unanswered)} unanswered, {len(logged)} errors logged"
    )
    assert not logged, logged[:3]
