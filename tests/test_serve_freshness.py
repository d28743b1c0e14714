"""What ``serve`` promises relying parties over time: a current CRL for every CA, re-signed
before it expires (software and token keys), a TSA credential made while it runs, and a port
that is its own."""

from __future__ import annotations

import datetime as dt
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.x509 import ocsp
from sqlalchemy import select

from idtoolkit import api
from idtoolkit.services import crl_publisher
from idtoolkit.services.http import PKIServer
from idtoolkit.store.models import AuditEvent
from idtoolkit.workspace import Workspace

from .conftest import PASSPHRASE, TwoTier, build_two_tier


def _served_crl(server: PKIServer, name: str) -> x509.CertificateRevocationList:
    with urllib.request.urlopen(f"{server.base}/crl/{name}.crl", timeout=10) as response:
        return x509.load_der_x509_crl(response.read())


def _number(crl: x509.CertificateRevocationList) -> int:
    return crl.extensions.get_extension_for_class(x509.CRLNumber).value.crl_number


def test_serve_re_signs_crls_at_half_life_and_never_serves_an_expired_one(
    pki: TwoTier, caplog: pytest.LogCaptureFixture
) -> None:
    ws = pki.ws
    long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=8)  # issuing CRLs last 7 days
    api.make_crl(ws, "issuing", now=long_ago)  # serve was down: the latest CRL has expired
    api.make_crl(ws, "issuing", delta=True, now=dt.datetime.now(dt.UTC) - dt.timedelta(hours=13))
    server = PKIServer(ws, "127.0.0.1", 0, crl_check_seconds=0.2)
    caplog.set_level("INFO", logger="idtoolkit.serve")
    server.start_in_thread()
    try:
        now = dt.datetime.now(dt.UTC)
        for name in ("issuing", "root", "issuing-delta"):
            crl = _served_crl(server, name)
            assert crl.next_update_utc is not None and crl.next_update_utc > now, name
        deadline = time.monotonic() + 30  # a loaded machine
        while (delta := api.latest_crl(ws, "issuing", delta=True)) and delta.number < 4:
            assert time.monotonic() < deadline, "the delta CRL past half its life was not re-signed"
            time.sleep(0.1)
        assert _number(_served_crl(server, "issuing-delta")) == delta.number
    finally:
        server.stop()
    assert "published CRL" in caplog.text and "published delta CRL" in caplog.text
    # The next check, half a lifetime later, re-signs each CA's CRL; earlier, nothing.
    assert crl_publisher.publish_due(ws) == []
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=4)
    published = {(c.ca, c.is_delta) for c in crl_publisher.publish_due(ws, now=later)}
    assert published == {("issuing", False), ("issuing", True)}  # the root's lasts a year
    with ws.store.reading() as session:
        events = session.execute(select(AuditEvent.action)).scalars().all()
    assert events.count("crl.published") >= 4 and events.count("crl.delta_published") >= 2


def test_serve_unlocks_no_ca_key_while_no_crl_is_due(
    sqlite_pki: TwoTier, caplog: pytest.LogCaptureFixture
) -> None:
    """serve asks every CA each minute: a CA key (a slow KDF, a token login) is unlocked only
    when a CRL is due, so a locked workspace with fresh CRLs gets no warnings."""
    for ca in ("root", "issuing"):
        api.make_crl(sqlite_pki.ws, ca)
    locked = Workspace.open(sqlite_pki.ws.directory)
    try:
        caplog.set_level("INFO", logger="idtoolkit.serve")
        assert crl_publisher.publish_due(locked) == []
        assert "could not re-sign" not in caplog.text
        later = dt.datetime.now(dt.UTC) + dt.timedelta(days=4)  # issuing's CRL is due then
        assert crl_publisher.publish_due(locked, now=later) == []
        assert "could not re-sign the CRL of issuing" in caplog.text
    finally:
        locked.close()


def test_crls_of_token_keys_are_kept_fresh_too(tmp_path: Path, token: str) -> None:
    ws = Workspace.init(tmp_path / "ws", PASSPHRASE)
    try:
        api.create_root(
            ws, "root", "CN=Token Root,O=T,C=SN", "ec-p256", key_store=f"pkcs11:token={token}"
        )
        later = dt.datetime.now(dt.UTC) + dt.timedelta(days=200)
        (info,) = crl_publisher.publish_due(ws, now=later)
        assert info.ca == "root" and info.number == 2
        root_cert = api.ca_chain(ws, "root")[0]
        assert info.crl.is_signature_valid(root_cert.public_key())  # type: ignore[arg-type]
    finally:
        ws.close()


def test_a_tsa_credential_made_while_serving_is_served_at_once(sqlite_pki: TwoTier) -> None:
    ws = sqlite_pki.ws
    server = PKIServer(ws, "127.0.0.1", 0)
    server.start_in_thread()
    try:
        api.create_service_credential(ws, "issuing", "tsa", "CN=Lab TSA,O=Lab,C=SN", "ec-p256")
        deadline = time.monotonic() + 5
        while True:
            request = urllib.request.Request(
                f"{server.base}/tsa",
                data=_timestamp_query(),
                headers={"Content-Type": "application/timestamp-query"},
            )
            try:
                with urllib.request.urlopen(request, timeout=10) as response:
                    assert response.headers["Content-Type"] == "application/timestamp-reply"
                    break
            except urllib.error.HTTPError as exc:
                assert exc.code == 404 and time.monotonic() < deadline, "TSA not picked up"
                time.sleep(0.2)
    finally:
        server.stop()


def _timestamp_query() -> bytes:
    import hashlib

    from asn1crypto import algos, tsp

    return tsp.TimeStampReq(
        {
            "version": 1,
            "message_imprint": {
                "hash_algorithm": algos.DigestAlgorithm({"algorithm": "sha256"}),
                "hashed_message": hashlib.sha256(b"document").digest(),
            },
            "cert_req": True,
        }
    ).dump()


def test_a_port_in_use_is_a_one_line_error_and_is_not_shared(
    sqlite_pki: TwoTier, tmp_path: Path
) -> None:
    ws = sqlite_pki.ws
    first = PKIServer(ws, "127.0.0.1", 0, workers=2)
    port = first.socket.getsockname()[1]
    try:
        assert first.socket.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT) == 0
        intruder = socket.socket()
        intruder.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        with pytest.raises(OSError), intruder:  # no other process can join the socket
            intruder.bind(("127.0.0.1", port))
        other = tmp_path / "other"
        other_ws = Workspace.init(other, PASSPHRASE)
        build_two_tier(other_ws)
        other_ws.close()
        result = subprocess.run(
            [
                *(sys.executable, "-m", "idtoolkit.apps.cli.main", "serve"),
                *("-w", str(other), "--port", str(port)),
            ],
            env=dict(os.environ, IDTOOLKIT_PASSPHRASE=PASSPHRASE.decode()),
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 1
        assert result.stderr.strip().splitlines()[-1] == (
            f"error: cannot listen on 127.0.0.1:{port}: Address already in use"
        )
        assert "Traceback" not in result.stderr
    finally:
        first.close()


def _posted_ocsp(server: PKIServer, ca: str, request: bytes) -> ocsp.OCSPResponse:
    """The server's answer to an OCSP request POSTed to the CA's path, as 'openssl ocsp'
    sends it."""
    post = urllib.request.Request(
        f"{server.base}/ocsp/{ca}",
        data=request,
        headers={"Content-Type": "application/ocsp-request"},
    )
    with urllib.request.urlopen(post, timeout=10) as response:
        return ocsp.load_der_ocsp_response(response.read())


def test_a_ca_made_while_serving_answers_ocsp_on_its_first_request(
    sqlite_pki: TwoTier, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A lab handout makes a CA, issues, and asks 'openssl ocsp' at once: the responder must
    not answer 'unauthorized' until its next periodic look at the store (made an hour here)."""
    from cryptography.x509 import ocsp

    from idtoolkit.services import http_worker

    from .validation_helpers import ocsp_request

    monkeypatch.setattr(http_worker, "REFRESH_SECONDS", 3600.0)
    ws = sqlite_pki.ws
    server = PKIServer(ws, "127.0.0.1", 0)
    server.start_in_thread()
    try:
        time.sleep(0.3)  # past the responder's own rate limit on looking again
        api.create_sub(
            ws, "second", "root", "CN=Second Issuing CA,O=ID Toolkit Tests,C=SN", "ec-p256"
        )
        issued = api.issue_with_new_key(ws, "second", "tls-client", "CN=portal", "ec-p256")
        second = api.show_ca(ws, "second")[1]
        assert second is not None
        answer = _posted_ocsp(server, "second", ocsp_request(issued.certificate, second))
        assert answer.response_status == ocsp.OCSPResponseStatus.SUCCESSFUL
        assert answer.certificate_status == ocsp.OCSPCertStatus.GOOD
    finally:
        server.stop()


def test_a_new_ca_named_in_the_path_is_answered_even_just_after_a_look(
    sqlite_pki: TwoTier, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The responder looks at the store again on a miss at most every so often; a request
    that names a CA of the store it does not serve yet is not held to that: it is loaded
    and answered, however recent the last look (here: looks allowed once an hour)."""
    from cryptography.x509 import ocsp

    from idtoolkit.services import http_worker
    from idtoolkit.services import ocsp as ocsp_service

    from .validation_helpers import ocsp_request

    monkeypatch.setattr(http_worker, "REFRESH_SECONDS", 3600.0)
    monkeypatch.setattr(ocsp_service, "MISS_REFRESH_SECONDS", 3600.0)
    ws = sqlite_pki.ws
    server = PKIServer(ws, "127.0.0.1", 0)
    server.start_in_thread()
    try:
        api.create_sub(
            ws, "second", "root", "CN=Second Issuing CA,O=ID Toolkit Tests,C=SN", "ec-p256"
        )
        issued = api.issue_with_new_key(ws, "second", "tls-client", "CN=portal", "ec-p256")
        second = api.show_ca(ws, "second")[1]
        assert second is not None
        answer = _posted_ocsp(server, "second", ocsp_request(issued.certificate, second))
        assert answer.response_status == ocsp.OCSPResponseStatus.SUCCESSFUL
        assert answer.certificate_status == ocsp.OCSPCertStatus.GOOD
    finally:
        server.stop()


def test_a_requested_ca_answers_ocsp_once_its_certificate_is_imported(tmp_path: Path) -> None:
    """An online CA requested from an offline root ('ca request', then 'ca import-cert') gets
    its certificate while 'serve' runs: its OCSP requests are answered, not 'unauthorized'
    until a restart (the number of CAs did not change, so the signers were not reloaded)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.x509 import ocsp

    from .conftest import PASSPHRASE
    from .validation_helpers import ocsp_request

    root_ws = Workspace.init(tmp_path / "root", PASSPHRASE)
    online = Workspace.init(tmp_path / "online", PASSPHRASE)
    server = None
    try:
        api.create_root(root_ws, "root", "CN=Offline Root,O=Gov,C=SN", "ec-p384")
        root_pem = api.ca_chain(root_ws, "root")[0].public_bytes(serialization.Encoding.PEM)
        api.import_ca(online, "root", cert_data=root_pem)  # the trust anchor, known already
        _info, csr = api.request_sub(online, "sub", "CN=Online CA,O=Gov,C=SN", "ec-p256")
        server = PKIServer(online, "127.0.0.1", 0)
        server.start_in_thread()
        signed = api.issue_from_csr(root_ws, "root", "sub-ca", api.load_csr(csr))
        api.import_signed_cert(
            online, "sub", signed.certificate.public_bytes(serialization.Encoding.PEM), root_pem
        )
        issued = api.issue_with_new_key(online, "sub", "tls-client", "CN=portal", "ec-p256")
        request = ocsp_request(issued.certificate, signed.certificate)
        deadline = time.monotonic() + 10
        while True:
            answer = _posted_ocsp(server, "sub", request)
            if answer.response_status == ocsp.OCSPResponseStatus.SUCCESSFUL:
                break
            assert time.monotonic() < deadline, answer.response_status
            time.sleep(0.2)
        assert answer.certificate_status == ocsp.OCSPCertStatus.GOOD
    finally:
        if server is not None:
            server.stop()
        root_ws.close()
        online.close()


def test_a_ca_made_while_the_responder_starts_is_served(
    sqlite_pki: TwoTier, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A student's command made a CA while 'lab serve' reopened their store: the responder had
    loaded its signers before the CA existed and read the store's counters after, so it took
    the CA as seen and answered 'unauthorized' for it until restarted."""
    from cryptography.x509 import ocsp

    from idtoolkit.services.ocsp import OCSPResponder

    from .validation_helpers import ocsp_request

    ws = sqlite_pki.ws
    load = OCSPResponder._load_issuers
    made: list[str] = []

    def load_then_a_command_makes_a_ca(self: OCSPResponder):  # type: ignore[no-untyped-def]
        issuers = load(self)
        if not made:
            made.append("second")
            api.create_sub(ws, "second", "root", "CN=Second CA,O=ID Toolkit Tests,C=SN", "ec-p256")
        return issuers

    monkeypatch.setattr(OCSPResponder, "_load_issuers", load_then_a_command_makes_a_ca)
    responder = OCSPResponder(ws)
    monkeypatch.setattr(OCSPResponder, "_load_issuers", load)
    issued = api.issue_with_new_key(ws, "second", "tls-client", "CN=portal", "ec-p256")
    second = api.show_ca(ws, "second")[1]
    assert second is not None
    time.sleep(0.3)  # past the responder's rate limit on looking again
    answer = ocsp.load_der_ocsp_response(
        responder.respond(ocsp_request(issued.certificate, second), "second")
    )
    assert answer.response_status == ocsp.OCSPResponseStatus.SUCCESSFUL


def test_a_ca_the_store_has_is_served_whatever_the_counters_say(sqlite_pki: TwoTier) -> None:
    """The responder's store counters are a shortcut: a request naming a CA of the store that
    its signers lack loads them again, even when the counters say nothing changed."""
    from cryptography.x509 import ocsp

    from idtoolkit.services.ocsp import OCSPResponder

    from .validation_helpers import ocsp_request

    ws = sqlite_pki.ws
    responder = OCSPResponder(ws)
    api.create_sub(ws, "second", "root", "CN=Second CA,O=ID Toolkit Tests,C=SN", "ec-p256")
    issued = api.issue_with_new_key(ws, "second", "tls-client", "CN=portal", "ec-p256")
    responder._generation = responder._store_generation()  # counters taken as seen
    second = api.show_ca(ws, "second")[1]
    assert second is not None
    time.sleep(0.3)  # past the responder's rate limit on looking again
    answer = ocsp.load_der_ocsp_response(
        responder.respond(ocsp_request(issued.certificate, second), "second")
    )
    assert answer.response_status == ocsp.OCSPResponseStatus.SUCCESSFUL
