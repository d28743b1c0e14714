"""Static publication (issue 29): ``idtoolkit publish --out DIR`` writes every CA certificate
and current CRL with an index, rewrites only what changed (temporary name, then rename), and
says in one line when the folder cannot be written or is full; ``serve --publish DIR`` keeps
the folder current."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509

from idtoolkit import api
from idtoolkit.api import validation
from idtoolkit.services.http import PKIServer
from idtoolkit.workspace import Workspace

from .conftest import PASSPHRASE
from .pki_helpers import pem
from .test_disk_full import _on_full_disk, _one_line_error, _unshare_works
from .validation_helpers import Store, make_pki, module_store


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with module_store("sqlite", tmp_path_factory.mktemp("pub")) as found:
        yield found


@pytest.fixture(scope="module")
def ws(store: Store) -> Iterator[Workspace]:
    workspace = make_pki(store)
    api.make_crl(workspace, "root")
    validation.set_crl_partitions(workspace, "issuing", 2)
    issued = api.issue_with_new_key(
        workspace, "issuing", "tls-client", "CN=pub,O=Lab,C=SN", "ec-p256"
    )
    api.revoke(workspace, "issuing", issued.serial)
    api.publish_due_crls(workspace)
    api.make_crl(workspace, "issuing", delta=True)
    yield workspace
    workspace.close()


def _cli(store: Store, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "IDTOOLKIT_PASSPHRASE": PASSPHRASE.decode()}
    return subprocess.run(
        [sys.executable, "-m", "idtoolkit.apps.cli.main", "--workspace", str(store.directory / "ws"), *argv],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip


def test_publish_writes_everything_once_and_then_only_what_changed(
    ws: Workspace, store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "www"
    result = _cli(store, "publish", "--out", str(out), "--json")
    assert result.returncode == 0, result.stderr
    first = json.loads(result.stdout)
    index = json.loads((out / "index.json").read_text())
    paths = {entry["path"] for entry in index["files"]}
    assert {
        "ca/root.crt",
        "ca/issuing.crt",
        "crl/root.crl",
        "crl/issuing.crl",
        "crl/issuing-delta.crl",
    } <= paths
    assert {f"crl/issuing-p{p}.crl" for p in validation.crl_partitions(ws, "issuing")} <= paths
    assert set(first["written"]) == paths | {"index.json"}
    issuer = x509.load_der_x509_certificate((out / "ca/issuing.crt").read_bytes())
    (tmp_path / "issuer.pem").write_bytes(pem([issuer]))
    for path in paths:
        if path.startswith("crl/issuing"):
            check = subprocess.run(
                ["openssl", "crl", "-inform", "DER", "-in", str(out / path), "-CAfile", str(tmp_path / "issuer.pem"), "-noout"],
                capture_output=True, text=True,
            )  # fmt: skip
            assert "verify OK" in check.stdout + check.stderr, (path, check.stderr)
    assert not [p for p in out.rglob(".*")]  # no temporary file left behind
    before = (out / "crl/root.crl").stat().st_mtime_ns
    again = json.loads(_cli(store, "publish", "--out", str(out), "--json").stdout)
    assert again["written"] == [] and set(again["unchanged"]) == paths | {"index.json"}
    api.make_crl(ws, "issuing")
    third = json.loads(_cli(store, "publish", "--out", str(out), "--json").stdout)
    assert set(third["written"]) == {"crl/issuing.crl", "index.json"}
    assert (out / "crl/root.crl").stat().st_mtime_ns == before


def test_a_folder_that_cannot_be_written_is_one_line(
    store: Store, ws: Workspace, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = _cli(store, "publish", "--out", str(blocker / "www"))
    line = _one_line_error(result)
    assert "cannot publish to" in line


@pytest.mark.skipif(not _unshare_works(), reason="needs unshare -rm for a small full tmpfs")
def test_a_full_folder_is_one_line_and_nothing_half_written(
    store: Store, ws: Workspace, tmp_path: Path
) -> None:
    full = tmp_path / "full"
    full.mkdir()
    result = _on_full_disk(
        full, "--workspace", str(store.directory / "ws"), "publish", "--out", str(full)
    )
    line = _one_line_error(result)
    assert "the disk is full" in line


def test_serve_publish_keeps_the_folder_current(ws: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "served"
    server = PKIServer(
        ws, "127.0.0.1", 0, publish_dir=out, publish_seconds=0.2, presign_seconds=3600
    )
    server.start_in_thread()
    try:
        assert (out / "index.json").is_file()  # published before serving
        number = api.make_crl(ws, "root").number
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            crl = x509.load_der_x509_crl((out / "crl/root.crl").read_bytes())
            if crl.extensions.get_extension_for_class(x509.CRLNumber).value.crl_number == number:
                break
            time.sleep(0.1)
        else:
            pytest.fail("serve --publish did not publish the new CRL")
    finally:
        server.stop()
