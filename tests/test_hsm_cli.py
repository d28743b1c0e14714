"""A trainer's lab from the command line: provision SoftHSM2 tokens, build a PKI on one,
inspect the token, and meet the errors (wrong PIN, missing token) as one clear line."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from .conftest import PASSPHRASE
from .pki_helpers import run_cli

SO_PIN, USER_PIN = "so-pin-1234", "lab-pin-5678"


_run = run_cli


@pytest.fixture
def lab(tmp_path: Path) -> tuple[dict[str, str], Path]:
    env = {
        **os.environ,
        "IDTOOLKIT_PASSPHRASE": PASSPHRASE.decode(),
        "IDTOOLKIT_SO_PIN": SO_PIN,
        "IDTOOLKIT_PIN": USER_PIN,
        "IDTOOLKIT_WORKSPACE": str(tmp_path / "ws"),
    }
    hsm_dir = tmp_path / "hsm"
    assert _run(["hsm", "sim", "init", "--dir", str(hsm_dir)], env, tmp_path).returncode == 0
    added = _run(
        ["hsm", "sim", "add-token", "--dir", str(hsm_dir), "--label", "student", "--count", "2"],
        env,
        tmp_path,
    )
    assert added.returncode == 0, added.stderr
    env["SOFTHSM2_CONF"] = str(hsm_dir / "softhsm2.conf")
    del env["IDTOOLKIT_PIN"]  # from here on the PIN comes from a file, as an officer would do
    (tmp_path / "pin").write_text(USER_PIN + "\n")
    assert _run(["init"], env, tmp_path).returncode == 0
    return env, tmp_path


def test_a_pki_on_a_lab_token_from_the_cli(lab: tuple[dict[str, str], Path]) -> None:
    env, tmp = lab
    pin = ["--pin-file", str(tmp / "pin")]
    tokens = json.loads(_run(["hsm", "tokens", "--json"], env, tmp).stdout)["items"]
    assert [t["label"] for t in tokens] == ["student-01", "student-02"]
    root = _run(
        [
            "ca",
            "create-root",
            "root",
            "--subject",
            "CN=Lab Root,O=Training,C=SN",
            "--key",
            "ec-p256",
            "--key-store",
            "pkcs11:token=student-01",
            *pin,
        ],
        env,
        tmp,
    )
    assert root.returncode == 0, root.stderr
    sub = _run(
        [
            "ca",
            "create-sub",
            "issuing",
            "--parent",
            "root",
            "--subject",
            "CN=Lab Issuing,O=Training,C=SN",
            "--key",
            "rsa2048",
            "--key-store",
            "pkcs11:token=student-01",
            *pin,
        ],
        env,
        tmp,
    )
    assert sub.returncode == 0, sub.stderr
    listed = json.loads(_run(["ca", "list", "--json"], env, tmp).stdout)["items"]
    assert {c["key_store"] for c in listed} == {"pkcs11:token=student-01"}
    issued = _run(
        [
            "issue",
            "--ca",
            "issuing",
            "--profile",
            "tls-client",
            "--subject",
            "CN=student,O=Training,C=SN",
            "--key",
            "ec-p256",
            "--p12",
            str(tmp / "s.p12"),
            "--json",
            *pin,
        ],
        env,
        tmp,
    )
    assert issued.returncode == 0, issued.stderr
    keys = json.loads(
        _run(["hsm", "keys", "--token", "student-01", "--json", *pin], env, tmp).stdout
    )["items"]
    private = {k["label"]: k for k in keys if k["kind"] == "private"}
    assert set(private) == {"root CA key", "issuing CA key"}
    assert all(k["extractable"] is False and k["sensitive"] is True for k in private.values())
    assert USER_PIN not in issued.stdout + issued.stderr + root.stdout + root.stderr


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("wrong-pin", "error: wrong PIN for token 'student-01'"),
        (
            "missing-token",
            "error: token 'student-99' is not present (tokens present: student-01, student-02)",
        ),
    ],
)
def test_token_errors_are_one_line_and_create_nothing(
    lab: tuple[dict[str, str], Path], case: str, message: str
) -> None:
    env, tmp = lab
    (tmp / "bad-pin").write_text("not-the-pin\n")
    pin_file = tmp / ("bad-pin" if case == "wrong-pin" else "pin")
    token = "student-01" if case == "wrong-pin" else "student-99"
    result = _run(
        [
            "ca",
            "create-root",
            "root",
            "--subject",
            "CN=Root,O=Tests,C=SN",
            "--key",
            "ec-p256",
            "--key-store",
            f"pkcs11:token={token}",
            "--pin-file",
            str(pin_file),
        ],
        env,
        tmp,
    )
    assert result.returncode == 1
    assert result.stderr.startswith(message) and result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert json.loads(_run(["ca", "list", "--json"], env, tmp).stdout) == {"total": 0, "items": []}


def test_enroll_a_citizen_card_from_the_cli(lab: tuple[dict[str, str], Path]) -> None:
    env, tmp = lab
    pin = ["--pin-file", str(tmp / "pin")]
    for args in (
        [
            "ca",
            "create-root",
            "root",
            "--subject",
            "CN=Lab Root,O=Training,C=SN",
            "--key",
            "ec-p256",
        ],
        [
            "ca",
            "create-sub",
            "issuing",
            "--parent",
            "root",
            "--subject",
            "CN=Lab Issuing,O=Training,C=SN",
            "--key",
            "ec-p256",
        ],
    ):
        assert _run(args, env, tmp).returncode == 0
    enrolled = _run(
        [
            "enroll",
            "--token",
            "student-02",
            "--ca",
            "issuing",
            "--profile",
            "citizen-auth",
            "--subject",
            "CN=Awa Ndiaye,GN=Awa,SN=Ndiaye,C=SN",
            "--json",
            *pin,
        ],
        env,
        tmp,
    )
    assert enrolled.returncode == 0, enrolled.stderr
    result = json.loads(enrolled.stdout)
    listed = subprocess.run(
        [
            "pkcs11-tool",
            "--module",
            "/usr/lib/softhsm/libsofthsm2.so",
            "--token-label",
            "student-02",
            "--list-objects",
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert (
        "Certificate Object" in listed
        and "Awa Ndiaye" in listed
        and result["key_id"] in listed.replace(" ", "").lower()
    )
