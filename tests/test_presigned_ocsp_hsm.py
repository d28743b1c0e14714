"""Pre-signed OCSP with the CA key on a PKCS#11 token (SoftHSM2, issue 29): signed through
the same signer interface as software keys, served by a responder that has no PIN."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from idtoolkit import api
from idtoolkit.api import validation
from idtoolkit.services.http import PKIServer
from idtoolkit.workspace import Workspace

from .conftest import PASSPHRASE
from .pki_helpers import pem
from .validation_helpers import openssl_ocsp


def test_token_ca_responses_are_presigned_and_served_without_the_pin(
    token: str, tmp_path: Path
) -> None:
    ws = Workspace.init(tmp_path / "ws", PASSPHRASE)
    try:
        store = f"pkcs11:token={token}"
        api.create_root(ws, "root", "CN=HSM Root,O=Gov,C=SN", "ec-p384", key_store=store)
        api.create_sub(
            ws, "issuing", "root", "CN=HSM Issuing,O=Gov,C=SN", "ec-p256", key_store=store
        )
        good = api.issue_with_new_key(ws, "issuing", "tls-client", "CN=g,O=Gov,C=SN", "ec-p256")
        bad = api.issue_with_new_key(ws, "issuing", "tls-client", "CN=b,O=Gov,C=SN", "ec-p256")
        api.revoke(ws, "issuing", bad.serial, "key-compromise")  # signed on the token at once
        assert validation.response_state(ws, "issuing").count == 4  # 2 certs x (SHA-1, SHA-256)
        # the daily refresh on the token
        past = dt.datetime.now(dt.UTC) - dt.timedelta(hours=13)
        assert (
            validation.presign(ws, now=past, refresh_within=dt.timedelta(days=2)).signed["issuing"]
            == 4
        )
        assert validation.presign(ws).signed["issuing"] == 4
    finally:
        ws.close()
    reader = Workspace.open(tmp_path / "ws")  # no passphrase, no PIN provider
    server = PKIServer(reader, "127.0.0.1", 0, validation_only=True)
    server.start_in_thread()
    try:
        issuer, root = api.ca_chain(reader, "issuing")
        for name, issued, expected in (("g", good, ": good"), ("b", bad, ": revoked")):
            (tmp_path / f"{name}.pem").write_bytes(pem([issued.certificate]))
            out = openssl_ocsp(tmp_path, f"{server.base}/ocsp/issuing", issuer, root,
                               ["-cert", str(tmp_path / f"{name}.pem")])  # fmt: skip
            assert expected in out and "Response verify OK" in out, out
    finally:
        server.stop()
        reader.close()
