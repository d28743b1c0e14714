"""A full disk loses nothing: every command that writes files after (or with) a store change
fails with one line and exit 1, and leaves no certificate recorded as valid whose credential
file was not written. The output directory is a 16 KiB tmpfs, filled up, in a private mount
namespace (``unshare -rm``: no privileges needed, nothing mounted outside the test)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from idtoolkit import api
from idtoolkit.workspace import Workspace

from .conftest import PASSPHRASE, build_two_tier

SUBJECT = "CN=Full Disk,GN=Full,SN=Disk,serialNumber=IDCSN-5555555,C=SN"


def _unshare_works() -> bool:
    if shutil.which("unshare") is None:
        return False
    return subprocess.run(["unshare", "-rm", "true"], capture_output=True).returncode == 0


pytestmark = pytest.mark.skipif(
    not _unshare_works(), reason="needs unshare -rm (user and mount namespaces) for a small tmpfs"
)


def _on_full_disk(full: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    """Run ``idtoolkit ARGV`` with ``full`` a tmpfs that has no space left."""
    script = (
        'mount -t tmpfs -o size=16k tmpfs "$0" && '
        '(head -c 65536 /dev/zero > "$0/filler" 2>/dev/null; true) && exec "$@"'
    )
    return subprocess.run(
        [
            "unshare",
            "-rm",
            "sh",
            "-c",
            script,
            str(full),
            sys.executable,
            "-m",
            "idtoolkit.apps.cli.main",
            *argv,
        ],
        env=dict(os.environ, IDTOOLKIT_PASSPHRASE=PASSPHRASE.decode()),
        capture_output=True,
        text=True,
        timeout=120,
    )


def _one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
    return lines[0]


def _valid_serials(ws: Workspace) -> set[str]:
    return {c.serial for c in api.list_certificates(ws, api.CertFilter(ca="issuing"))}


def _two_tier(tmp_path: Path, db_url: str | None = None) -> tuple[set[str], Path, list[str]]:
    """A closed two-tier workspace: its certificates, the full directory, the CLI options."""
    ws = Workspace.init(tmp_path / "ws", PASSPHRASE, db_url=db_url)
    try:
        build_two_tier(ws)
        before = _valid_serials(ws)
    finally:
        ws.close()
    full = tmp_path / "full"
    full.mkdir()
    return before, full, ["-w", str(tmp_path / "ws")]


def test_issue_p12_on_a_full_disk_leaves_no_certificate_without_its_key(
    tmp_path: Path, db_url: str
) -> None:
    before, full, common = _two_tier(tmp_path, db_url)
    result = _on_full_disk(full, "issue", *common, "--ca", "issuing", "--profile", "citizen-sign",
                           "--key", "ec-p256", "--p12", str(full / "holder.p12"),
                           "--subject", SUBJECT)  # fmt: skip
    assert "No space left on device" in _one_line_error(result)
    assert not (full / "holder.p12").exists()
    ws = Workspace.open(tmp_path / "ws")
    ws.unlock(PASSPHRASE)
    try:
        assert _valid_serials(ws) == before  # nothing issued whose key was lost
        api.issue_with_new_key(ws, "issuing", "citizen-sign", SUBJECT, "ec-p256")  # and it works
    finally:
        ws.close()


def test_every_writing_command_fails_in_one_line_on_a_full_disk(tmp_path: Path) -> None:
    before, full, common = _two_tier(tmp_path)
    csv = tmp_path / "people.csv"
    csv.write_text("id,cn,given_name,surname,serial_number\n1,Awa Ndiaye,Awa,Ndiaye,IDCSN-1\n")
    for argv in (
        ["bulk", "issue", *common, "--ca", "issuing", "--profile", "citizen-auth",
         "--csv", str(csv), "--out", str(full / "bulk")],
        ["ca", "export", "issuing", *common, "--chain", "--out", str(full / "chain.pem")],
        ["crl", *common, "--ca", "issuing", "--out", str(full / "issuing.crl")],
        ["testpki", "create", "--out", str(full / "lab")],
    ):  # fmt: skip
        result = _on_full_disk(full, *argv)
        if argv[0] == "bulk" and result.returncode == 0:
            pytest.fail(f"bulk issue succeeded on a full disk: {result.stdout}")
        _one_line_error(result)
    ws = Workspace.open(tmp_path / "ws")
    try:
        assert _valid_serials(ws) == before
    finally:
        ws.close()
