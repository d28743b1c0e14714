"""The shipped nginx configuration (deploy/nginx/idtoolkit-validation.conf) in front of two
``serve --validation-only`` responders on one PostgreSQL store, with a real nginx (issue 29):
one responder down, answers continue; both down, cached answers continue; a revocation,
``idtoolkit ocsp refresh`` and, after max-age, the new answer; openssl accepts what nginx
serves."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.x509 import ocsp

from idtoolkit import api
from idtoolkit.workspace import Workspace

from .conftest import PASSPHRASE
from .pki_helpers import pem
from .validation_helpers import (
    Store,
    free_port,
    get_url,
    make_pki,
    module_store,
    ocsp_request,
    openssl_ocsp,
    running_nginx,
)

MAX_AGE = 2


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with module_store("postgres", tmp_path_factory.mktemp("nginx")) as found:
        yield found


@pytest.fixture(scope="module")
def ws(store: Store) -> Iterator[Workspace]:
    workspace = make_pki(store)
    yield workspace
    workspace.close()


def _cli(store: Store, *argv: str, passphrase: bool = True) -> tuple[list[str], dict[str, str]]:
    env = {
        k: v for k, v in os.environ.items() if k not in ("IDTOOLKIT_PASSPHRASE", "IDTOOLKIT_PIN")
    }
    if passphrase:
        env["IDTOOLKIT_PASSPHRASE"] = PASSPHRASE.decode()
    return [
        sys.executable,
        "-m",
        "idtoolkit.apps.cli.main",
        "--workspace",
        str(store.directory / "ws"),
        *argv,
    ], env


def _responder(store: Store, port: int) -> subprocess.Popen[str]:
    argv, env = _cli(store, "--db", store.read_only_url, "serve", "--validation-only", "--port", str(port),
                     "--workers", "1", "--max-age", str(MAX_AGE), "--no-access-log", passphrase=False)  # fmt: skip
    process = subprocess.Popen(argv, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True, start_new_session=True)  # fmt: skip
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("serving at"):
            return process
    raise AssertionError(f"the responder did not start: {process.wait(10)}")


def _stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)  # as a crash would
        process.wait(10)


def _get(url: str) -> tuple[bytes, str]:
    with urllib.request.urlopen(url, timeout=10) as reply:
        return reply.read(), reply.headers.get("X-Cache-Status", "")


def _status(der: bytes) -> ocsp.OCSPCertStatus:
    response = ocsp.load_der_ocsp_response(der)
    assert response.response_status == ocsp.OCSPResponseStatus.SUCCESSFUL, response.response_status
    return response.certificate_status


def test_nginx_caches_balances_and_serves_stale(
    ws: Workspace, store: Store, tmp_path: Path
) -> None:
    issuer, root = api.ca_chain(ws, "issuing")
    certs = [
        api.issue_with_new_key(ws, "issuing", "tls-client", f"CN=n{i},O=Lab,C=SN", "ec-p256")
        for i in range(3)
    ]
    ports = [free_port(), free_port()]
    responders = [_responder(store, port) for port in ports]
    try:
        with running_nginx(tmp_path / "nginx", free_port(), ports) as base:
            urls = [get_url(base, "issuing", ocsp_request(c.certificate, issuer)) for c in certs]
            body, cache = _get(urls[0])
            assert _status(body) == ocsp.OCSPCertStatus.GOOD and cache == "MISS"
            assert _get(urls[0])[1] == "HIT"
            # openssl accepts the answer nginx served
            (tmp_path / "issuer.pem").write_bytes(pem([issuer]))
            (tmp_path / "root.pem").write_bytes(pem([root]))
            (tmp_path / "c.pem").write_bytes(pem([certs[0].certificate]))
            (tmp_path / "resp.der").write_bytes(_get(urls[0])[0])
            check = subprocess.run(
                ["openssl", "ocsp", "-respin", str(tmp_path / "resp.der"), "-issuer", str(tmp_path / "issuer.pem"),
                 "-cert", str(tmp_path / "c.pem"), "-CAfile", str(tmp_path / "root.pem"), "-VAfile", str(tmp_path / "issuer.pem")],
                capture_output=True, text=True,
            )  # fmt: skip
            assert (
                "Response verify OK" in check.stdout + check.stderr and ": good" in check.stdout
            ), check
            # openssl's own POST (passed through, never cached): the pre-signed answer
            (tmp_path / "c1.pem").write_bytes(pem([certs[1].certificate]))
            out = openssl_ocsp(
                tmp_path, f"{base}/ocsp/issuing", issuer, root, ["-cert", str(tmp_path / "c1.pem")]
            )
            assert ": good" in out and "Response verify OK" in out, out
            # and the CRL and CA certificate through it
            crl = x509.load_der_x509_crl(_get(f"{base}/crl/issuing.crl")[0])
            assert crl.issuer == issuer.subject
            assert x509.load_der_x509_certificate(_get(f"{base}/ca/issuing.crt")[0]) == issuer

            # revoked where the key is not at hand: the stored answer is forgotten; the
            # cron job signs the new one; after max-age nginx serves it
            argv, env = _cli(
                store,
                "revoke",
                certs[0].serial,
                "--ca",
                "issuing",
                "--reason",
                "key-compromise",
                passphrase=False,
            )
            revoked = subprocess.run(
                argv, env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL
            )
            assert revoked.returncode == 0, revoked.stderr
            argv, env = _cli(store, "ocsp", "refresh")
            refreshed = subprocess.run(argv, env=env, capture_output=True, text=True)
            assert refreshed.returncode == 0 and "  issuing: 2\n" in refreshed.stdout, refreshed
            deadline = time.monotonic() + MAX_AGE + 5
            while _status(_get(urls[0])[0]) != ocsp.OCSPCertStatus.REVOKED:
                assert time.monotonic() < deadline, "nginx kept the old answer past max-age"
                time.sleep(0.3)

            # one responder down: answers continue, uncached ones included
            _stop(responders[0])
            assert _status(_get(urls[1])[0]) == ocsp.OCSPCertStatus.GOOD
            for _ in range(4):
                assert _status(_get(urls[2])[0]) == ocsp.OCSPCertStatus.GOOD
            # both down: cached answers continue, stale past max-age (until nextUpdate)
            _stop(responders[1])
            time.sleep(MAX_AGE + 1.5)  # nginx counts whole seconds: past max-age for sure
            body, cache = _get(urls[1])
            assert _status(body) == ocsp.OCSPCertStatus.GOOD and cache == "STALE", cache
            assert _status(_get(urls[0])[0]) == ocsp.OCSPCertStatus.REVOKED
    finally:
        for process in responders:
            _stop(process)
