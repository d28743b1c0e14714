"""Pre-signed OCSP (issue 29): responses made at issuance, revocation, hold and release,
refreshed by ``idtoolkit ocsp refresh``, and served by ``serve --validation-only`` that holds
no key and, on PostgreSQL, logs in with SELECT rights only."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.x509 import ocsp

from idtoolkit import api
from idtoolkit.api import validation
from idtoolkit.services.http import PKIServer
from idtoolkit.workspace import Workspace

from .conftest import PASSPHRASE
from .pki_helpers import http_post, pem
from .validation_helpers import (
    Store,
    free_port,
    get_url,
    make_pki,
    module_store,
    ocsp_request,
    openssl_ocsp,
)


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def store(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    with module_store(request.param, tmp_path_factory.mktemp(request.param)) as found:
        yield found


@pytest.fixture(scope="module")
def ws(store: Store) -> Iterator[Workspace]:
    workspace = make_pki(store)
    yield workspace
    workspace.close()


@pytest.fixture(scope="module")
def reader(store: Store, ws: Workspace) -> Iterator[Workspace]:
    """The validation side: the same workspace opened with the read-only login and no
    passphrase at all."""
    opened = Workspace.open(store.directory / "ws", db_url=store.read_only_url)
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def va(reader: Workspace) -> Iterator[PKIServer]:
    server = PKIServer(reader, "127.0.0.1", 0, validation_only=True)
    server.start_in_thread()
    yield server
    server.stop()


def _status(der: bytes) -> ocsp.OCSPCertStatus:
    response = ocsp.load_der_ocsp_response(der)
    assert response.response_status == ocsp.OCSPResponseStatus.SUCCESSFUL
    return response.certificate_status


def _ask(
    server: PKIServer, cert: x509.Certificate, issuer: x509.Certificate, nonce: bytes | None = None
) -> bytes:
    status, body = http_post(
        f"{server.base}/ocsp/issuing", ocsp_request(cert, issuer, nonce), "application/ocsp-request"
    )
    assert status == 200
    return body


def test_each_status_change_is_presigned_and_served_without_a_key(
    ws: Workspace, va: PKIServer, tmp_path: Path
) -> None:
    issued = api.issue_with_new_key(ws, "issuing", "tls-client", "CN=va1,O=Lab,C=SN", "ec-p256")
    issuer, root = api.ca_chain(ws, "issuing")
    cert = issued.certificate
    assert validation.response_state(ws, "issuing").count >= 1  # signed at issuance
    assert validation.response_state(ws, "root").count == 2  # the sub-CA's (SHA-1, SHA-256)
    va.responder.refresh()
    assert _status(_ask(va, cert, issuer)) == ocsp.OCSPCertStatus.GOOD
    (tmp_path / "c.pem").write_bytes(pem([cert]))
    url = f"{va.base}/ocsp/issuing"
    out = openssl_ocsp(tmp_path, url, issuer, root, ["-cert", str(tmp_path / "c.pem")])
    # openssl sends a nonce: the pre-signed answer comes without it (RFC 5019 2.2.2)
    assert ": good" in out and "Response verify OK" in out and "no nonce" in out.lower(), out

    for change, expected in (
        (lambda: api.hold(ws, "issuing", issued.serial), ocsp.OCSPCertStatus.REVOKED),
        (lambda: api.release(ws, "issuing", issued.serial), ocsp.OCSPCertStatus.GOOD),
        (
            lambda: api.revoke(ws, "issuing", issued.serial, "key-compromise"),
            ocsp.OCSPCertStatus.REVOKED,
        ),
    ):
        change()  # the key is at hand (passphrase known): signed in the same call
        va.responder.refresh()
        assert _status(_ask(va, cert, issuer)) == expected
    out = openssl_ocsp(tmp_path, url, issuer, root, ["-cert", str(tmp_path / "c.pem")])
    assert ": revoked" in out and "keyCompromise" in out and "Response verify OK" in out, out


def test_sha256_certids_get_their_own_presigned_answer(ws: Workspace, va: PKIServer) -> None:
    """RFC 9919 recommends SHA-256 CertIDs: answered by a responder without the key too."""
    from cryptography.hazmat.primitives import hashes

    issued = api.issue_with_new_key(ws, "issuing", "tls-client", "CN=va8,O=Lab,C=SN", "ec-p256")
    issuer, _root = api.ca_chain(ws, "issuing")
    va.responder.refresh()
    request = ocsp_request(issued.certificate, issuer, algorithm=hashes.SHA256())
    body = http_post(f"{va.base}/ocsp/issuing", request, "application/ocsp-request")[1]
    response = ocsp.load_der_ocsp_response(body)
    assert response.certificate_status == ocsp.OCSPCertStatus.GOOD
    assert isinstance(response.hash_algorithm, hashes.SHA256)


def test_get_answers_carry_rfc9919_caching_headers(ws: Workspace, va: PKIServer) -> None:
    issued = api.issue_with_new_key(ws, "issuing", "tls-client", "CN=va2,O=Lab,C=SN", "ec-p256")
    issuer, _root = api.ca_chain(ws, "issuing")
    va.responder.refresh()
    with urllib.request.urlopen(
        get_url(va.base, "issuing", ocsp_request(issued.certificate, issuer)), timeout=10
    ) as reply:
        body, headers = reply.read(), reply.headers
    assert _status(body) == ocsp.OCSPCertStatus.GOOD
    assert "max-age=" in headers["Cache-Control"] and "public" in headers["Cache-Control"]
    assert headers["ETag"] and headers["Last-Modified"] and headers["Expires"]
    max_age = int(headers["Cache-Control"].split("max-age=")[1].split(",")[0])
    assert 23 * 3600 < max_age <= 24 * 3600


def test_a_get_request_whose_base64_ends_with_a_slash_is_answered(
    ws: Workspace, va: PKIServer
) -> None:
    """RFC 9919 GET: the base64 request is the rest of the path, a final "/" included (it
    was stripped as if it were the path's, and about one request in 200 was malformed)."""
    import base64

    issued = api.issue_with_new_key(ws, "issuing", "tls-client", "CN=va6,O=Lab,C=SN", "ec-p256")
    issuer, _root = api.ca_chain(ws, "issuing")
    va.responder.refresh()
    nonce = next(
        n.to_bytes(size, "big")
        for size in (4, 5, 6)
        for n in range(20_000)
        if base64.b64encode(
            ocsp_request(issued.certificate, issuer, n.to_bytes(size, "big"))
        ).endswith(b"/")
    )
    url = get_url(va.base, "issuing", ocsp_request(issued.certificate, issuer, nonce))
    assert url.endswith("%2F")
    with urllib.request.urlopen(url, timeout=10) as reply:
        assert _status(reply.read()) == ocsp.OCSPCertStatus.GOOD


def test_unknown_serial_missing_or_expired_response_is_never_signed(
    ws: Workspace, va: PKIServer, caplog: pytest.LogCaptureFixture
) -> None:
    issuer, root = api.ca_chain(ws, "issuing")
    # a serial the store does not know: unauthorized (RFC 5019 2.2.3), nothing signed
    body = http_post(
        f"{va.base}/ocsp/issuing", ocsp_request(root, issuer), "application/ocsp-request"
    )[1]
    assert ocsp.load_der_ocsp_response(body).response_status == ocsp.OCSPResponseStatus.UNAUTHORIZED
    # a response signed 30 h ago, now past its nextUpdate: tryLater and a log line
    issued = api.issue_with_new_key(ws, "issuing", "tls-client", "CN=va3,O=Lab,C=SN", "ec-p256")
    forget_responses(ws, "issuing", issued.serial)
    validation.presign(ws, "issuing", now=dt.datetime.now(dt.UTC) - dt.timedelta(hours=30))
    va.responder.refresh()
    with caplog.at_level(logging.WARNING, logger="idtoolkit.serve"):
        body = _ask(va, issued.certificate, issuer)
    assert ocsp.load_der_ocsp_response(body).response_status == ocsp.OCSPResponseStatus.TRY_LATER
    assert "expired" in caplog.text and issued.serial in caplog.text
    # no response at all (the pre-signer has not run since): tryLater too, logged
    forget_responses(ws, "issuing", issued.serial)
    va.responder.refresh()
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="idtoolkit.serve"):
        body = _ask(va, issued.certificate, issuer)
    assert ocsp.load_der_ocsp_response(body).response_status == ocsp.OCSPResponseStatus.TRY_LATER
    assert "tryLater" in caplog.text
    validation.presign(ws, "issuing")


def test_a_request_that_needs_signing_is_refused_by_the_keyless_responder(
    ws: Workspace, va: PKIServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    a = api.issue_with_new_key(ws, "issuing", "tls-client", "CN=va4,O=Lab,C=SN", "ec-p256")
    b = api.issue_with_new_key(ws, "issuing", "tls-client", "CN=va5,O=Lab,C=SN", "ec-p256")
    issuer, root = api.ca_chain(ws, "issuing")
    (tmp_path / "a.pem").write_bytes(pem([a.certificate]))
    (tmp_path / "b.pem").write_bytes(pem([b.certificate]))
    va.responder.refresh()
    with caplog.at_level(logging.WARNING, logger="idtoolkit.serve"):
        out = openssl_ocsp(
            tmp_path, f"{va.base}/ocsp/issuing", issuer, root,
            ["-cert", str(tmp_path / "a.pem"), "-cert", str(tmp_path / "b.pem")],
        )  # fmt: skip
    assert "unauthorized" in out.lower(), out
    assert "needs a signature: refused" in caplog.text


def forget_responses(ws: Workspace, ca: str, serial: str) -> None:
    from idtoolkit.store.cas import ca_by_name
    from idtoolkit.store.certificates import certificate_id_of
    from idtoolkit.store.ocsp_responses import forget_ocsp_responses

    with ws.store.transaction() as session:
        cert_id = certificate_id_of(session, ca_by_name(session, ca).id, serial)
        assert cert_id is not None
        forget_ocsp_responses(session, cert_id)


def test_serve_validation_only_starts_without_passphrase_and_serves(
    ws: Workspace, store: Store, tmp_path: Path
) -> None:
    env = {
        k: v for k, v in os.environ.items() if k not in ("IDTOOLKIT_PASSPHRASE", "IDTOOLKIT_PIN")
    }
    argv = [sys.executable, "-m", "idtoolkit.apps.cli.main", "--workspace", str(store.directory / "ws"),
            "--db", store.read_only_url, "serve", "--validation-only", "--port", str(free_port()), "--workers", "1"]  # fmt: skip
    process = subprocess.Popen(
        argv,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        lines = []
        for line in process.stdout:
            lines.append(line)
            if line.startswith("serving at"):
                break
        text = "".join(lines)
        assert "validation only" in text and "serving at" in text, text
    finally:
        process.terminate()
        process.wait(10)


def test_ocsp_refresh_signs_what_is_due_for_cron(
    ws: Workspace, store: Store, tmp_path: Path
) -> None:
    # every response made 20 h ago: past half its life, due again
    validation.presign(
        ws,
        now=dt.datetime.now(dt.UTC) - dt.timedelta(hours=20),
        refresh_within=dt.timedelta(days=2),
    )
    before = validation.response_state(ws)
    env = {**os.environ, "IDTOOLKIT_PASSPHRASE": PASSPHRASE.decode()}
    argv = [
        sys.executable,
        "-m",
        "idtoolkit.apps.cli.main",
        "--workspace",
        str(store.directory / "ws"),
    ]
    result = subprocess.run(
        [*argv, "ocsp", "refresh", "--json"], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["refreshed"] == before.count > 0 and report["stored"] == before.count
    without = {k: v for k, v in env.items() if k != "IDTOOLKIT_PASSPHRASE"}
    refused = subprocess.run(
        [*argv, "ocsp", "refresh"], capture_output=True, text=True, env=without, timeout=120,
        stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert refused.returncode == 1 and len(refused.stderr.strip().splitlines()) == 1, refused
    assert "passphrase" in refused.stderr
    again = subprocess.run(
        [*argv, "ocsp", "refresh"], capture_output=True, text=True, env=env, timeout=120
    )
    assert again.returncode == 0 and "refreshed 0 OCSP responses" in again.stdout, again.stderr


def test_serve_with_the_key_signs_what_a_keyless_revocation_left(
    ws: Workspace, store: Store, va: PKIServer
) -> None:
    """A revocation made where the key is not unlocked (another officer's process) forgets the
    old answer; ``serve`` running with the key signs the new one within a moment."""
    issued = api.issue_with_new_key(ws, "issuing", "tls-client", "CN=va7,O=Lab,C=SN", "ec-p256")
    issuer, _root = api.ca_chain(ws, "issuing")
    keyed = PKIServer(ws, "127.0.0.1", 0, presign_seconds=0.1)
    keyed.start_in_thread()
    other = Workspace.open(store.directory / "ws", db_url=store.url)  # no passphrase here
    try:
        api.revoke(other, "issuing", issued.serial, "superseded")
        deadline = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=15)
        while True:
            va.responder.refresh()
            body = _ask(va, issued.certificate, issuer)
            status = ocsp.load_der_ocsp_response(body).response_status
            if (
                status == ocsp.OCSPResponseStatus.SUCCESSFUL
                and _status(body) == ocsp.OCSPCertStatus.REVOKED
            ):
                break
            assert dt.datetime.now(dt.UTC) < deadline, status
    finally:
        other.close()
        keyed.stop()


def test_an_expired_crl_is_not_resigned_by_the_keyless_responder(
    ws: Workspace, va: PKIServer, caplog: pytest.LogCaptureFixture
) -> None:
    api.make_crl(ws, "issuing", now=dt.datetime.now(dt.UTC) - dt.timedelta(days=60))
    url = f"{va.base}/crl/issuing.crl"
    with (
        caplog.at_level(logging.WARNING, logger="idtoolkit.serve"),
        pytest.raises(urllib.error.HTTPError) as refused,
    ):
        urllib.request.urlopen(url, timeout=10)
    assert refused.value.code == 404
    assert "signs nothing" in caplog.text
    api.make_crl(ws, "issuing")  # signed where the key is: served again
    with urllib.request.urlopen(url, timeout=10) as reply:
        assert x509.load_der_x509_crl(reply.read()).next_update_utc > dt.datetime.now(dt.UTC)


def test_a_response_signed_before_a_revocation_is_never_stored_after_it(ws: Workspace) -> None:
    """Signing happens outside the store transaction: a "good" signed just before a
    revocation committed must not land after it (it would be served for a day)."""
    from idtoolkit.ca.ocsp_presign import _signed_row, responder_key
    from idtoolkit.store.cas import ca_by_name
    from idtoolkit.store.ocsp_responses import certificates_due, store_responses

    issued = api.issue_with_new_key(ws, "issuing", "tls-client", "CN=va9,O=Lab,C=SN", "ec-p256")
    forget_responses(ws, "issuing", issued.serial)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    with ws.store.reading() as session:
        ca = ca_by_name(session, "issuing")
        key = responder_key(ws, session, ca)
        assert key is not None
        due = certificates_due(session, ca.id, ["sha1"], now, now, serials=[issued.serial])
    rows = [_signed_row(key, item, "sha1", now, now + dt.timedelta(hours=24)) for item in due]
    assert len(rows) == 1 and rows[0]["cert_status"] == "good"
    other = Workspace.open(ws.directory, db_url=ws.store.url)  # revoked meanwhile, elsewhere
    try:
        api.revoke(other, "issuing", issued.serial, "key-compromise")
    finally:
        other.close()
    with ws.store.transaction() as session:
        assert store_responses(session, key.ca_id, rows) == 0
    validation.presign(ws, "issuing")
    with ws.store.reading() as session:
        from idtoolkit.store.ocsp_responses import stored_response

        found = stored_response(session, key.ca_id, issued.serial, "sha1")
    assert found is not None and found.cert_status == "revoked"
