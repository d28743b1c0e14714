"""Key ceremonies end to end, through the CLI as an operator runs them: a rehearsal of the
shipped script, and a real run on SoftHSM tokens with confirmations typed on stdin, killed
half-way and resumed, signed by its participants, verified, and then tampered with."""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509

from ceremonies import DIRECTORY as SHIPPED
from idtoolkit.apps.ceremony.participants import make_participant, participants_ca
from idtoolkit.apps.ceremony.script import load_script
from idtoolkit.apps.cli.main import main
from idtoolkit.errors import ConfigurationError
from tests.conftest import PASSPHRASE, TOKEN_SO_PIN, TOKEN_USER_PIN

P12_PASSWORD = "participant-pass-1"


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        IDTOOLKIT_PASSPHRASE=PASSPHRASE.decode(),
        IDTOOLKIT_PIN=TOKEN_USER_PIN,
        IDTOOLKIT_SO_PIN=TOKEN_SO_PIN,
        IDTOOLKIT_P12_PASSWORD=P12_PASSWORD,
        **extra,
    )
    return env


def _cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "idtoolkit.apps.cli.main", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=_env(),
        timeout=120,
    )


SCRIPT = """
[ceremony]
id = "test-root-2026"
name = "Test root on a token"
key_store = "pkcs11:token={token}"
allow_key_backup = true

[[roles]]
name = "administrator"
min = 1

[[roles]]
name = "witness"
min = 1

[[roles]]
name = "crypto-officer"
title = "crypto officers"
min = 2
of = 3

[[steps]]
id = "bag"
action = "manual"
title = "Check the tamper-evident bag"
actors = ["administrator", "witness"]
params = {{ record = ["bag_number"] }}

[[steps]]
id = "key"
action = "generate_key"
actors = ["administrator"]
params = {{ label = "test-root", key = "ec-p256", backupable = true }}

[[steps]]
id = "root"
action = "create_root"
actors = ["administrator"]
params = {{ ca = "test-root", subject = "CN=Test Ceremony Root,O=T,C=SN", key = "ec-p256", key_label = "test-root" }}

[[steps]]
id = "sub"
action = "sign_csr"
actors = ["administrator", "witness"]
params = {{ ca = "test-root", csr = "sub.csr", name = "sub-ca" }}

[[steps]]
id = "crl"
action = "publish_crl"
actors = ["administrator"]
params = {{ ca = "test-root" }}

[[steps]]
id = "backup"
action = "split_backup"
actors = ["crypto-officer"]
params = {{ ca = "test-root", shares = 3, threshold = 2 }}

[[steps]]
id = "seal"
action = "seal_audit"
actors = ["administrator"]
params = {{ ca = "test-root" }}
"""

ROLES_PRESENT = "Alice Admin\nWalter Witness\nCarla, Cyril\n"


@dataclass
class Ceremony:
    out: Path
    script: Path
    workspace: Path
    participants_ca: Path
    token: str
    first_run: str


def _write_script(directory: Path, token: str) -> Path:
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    directory.mkdir(parents=True, exist_ok=True)
    key = ec.generate_private_key(ec.SECP256R1())
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(x509.Name.from_rfc4514_string("CN=Test Issuing CA,O=T,C=SN"))
        .sign(key, hashes.SHA256())
    )
    (directory / "sub.csr").write_bytes(csr.public_bytes(serialization.Encoding.PEM))
    path = directory / "test-root.toml"
    path.write_text(SCRIPT.format(token=token), encoding="utf-8")
    return path


def _run_until(command: list[str], stdin: str, marker: str) -> str:
    """Start a run, feed it ``stdin``, and SIGKILL it once ``marker`` has been printed."""
    process = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=_env()
    )
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(stdin.encode())
    process.stdin.flush()
    seen = b""
    deadline = time.monotonic() + 60
    while marker.encode() not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], 1)
        if ready:
            chunk = os.read(process.stdout.fileno(), 65536)
            if not chunk:
                break
            seen += chunk
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert marker.encode() in seen, seen.decode()
    return seen.decode()


@pytest.fixture(scope="module")
def ceremony(softhsm: object, tmp_path_factory: pytest.TempPathFactory) -> Ceremony:
    """A real run on a SoftHSM token: killed at step 3's prompt, resumed, then signed."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        for key, value in _env().items():
            monkeypatch.setenv(key, value)
        return _ceremony(softhsm, tmp_path_factory)


def _ceremony(softhsm: object, tmp_path_factory: pytest.TempPathFactory) -> Ceremony:
    from cryptography.hazmat.primitives import serialization

    base = tmp_path_factory.mktemp("ceremony")
    token = f"c-{uuid.uuid4().hex[:8]}"
    softhsm.add_token(token, TOKEN_SO_PIN, TOKEN_USER_PIN)  # type: ignore[attr-defined]
    script = _write_script(base / "scripts", token)
    ws = base / "ws"
    assert main(["init", "-w", str(ws)]) == 0
    out = base / "out"
    command = [
        sys.executable,
        "-m",
        "idtoolkit.apps.cli.main",
        "ceremony",
        "run",
        str(script),
        "--out",
        str(out),
        "-w",
        str(ws),
    ]
    first = _run_until(command, ROLES_PRESENT + "yes\nBAG-0042\nyes\n", "perform 'root'")
    rest = "yes\n" + "yes\n" * 4  # the same people are present; then four of the steps left
    rest += "ENV-1\nENV-2\nENV-3\nyes\n"  # the backup's envelopes, then the audit seal
    resumed = subprocess.run(
        command, input=rest, capture_output=True, text=True, env=_env(), timeout=120
    )
    assert resumed.returncode == 0, resumed.stdout + resumed.stderr
    assert "Resuming ceremony test-root-2026" in resumed.stdout

    ca_key, ca_cert = participants_ca("Test Ministry")
    ca_file = base / "participants-ca.pem"
    ca_file.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    for role, person in [
        ("administrator", "Alice"),
        ("witness", "Walter"),
        ("crypto-officer", "Carla"),
        ("crypto-officer", "Cyril"),
    ]:
        participant = make_participant(role, person, ca_key, ca_cert)
        p12 = base / f"{person}.p12"
        p12.write_bytes(participant.pkcs12(P12_PASSWORD.encode()))
        assert main(["ceremony", "sign", str(out), "--role", role, "--p12", str(p12)]) == 0
    return Ceremony(out, script, ws, ca_file, token, first)


def _verify(directory: Path, root: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["ceremony", "verify", str(directory), "--root", str(root)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_a_killed_run_resumes_and_verifies(
    ceremony: Ceremony, capsys: pytest.CaptureFixture[str]
) -> None:
    code, text = _verify(ceremony.out, ceremony.participants_ca, capsys)
    assert code == 0, text
    assert "ceremony verified" in text
    transcript = (ceremony.out / "transcript.jsonl").read_text()
    assert '"event":"ceremony.resumed"' in transcript
    assert '"bag_number":"BAG-0042"' in transcript
    assert "Read aloud and compare:" in ceremony.first_run
    for name in [
        "test-root.pem",
        "sub-ca.pem",
        "test-root.crl",
        "test-root-backup.json",
        "audit-seal-test-root.json",
        "test-root-share-2-of-3.txt",
    ]:
        assert (ceremony.out / name).is_file(), name
    root = x509.load_pem_x509_certificate((ceremony.out / "test-root.pem").read_bytes())
    sub = x509.load_pem_x509_certificate((ceremony.out / "sub-ca.pem").read_bytes())
    sub.verify_directly_issued_by(root)


def _copy(ceremony: Ceremony, tmp_path: Path) -> Path:
    target = tmp_path / "copy"
    shutil.copytree(ceremony.out, target)
    return target


def _flip_output_byte(copy: Path) -> None:
    data = bytearray((copy / "sub-ca.pem").read_bytes())
    data[100] ^= 0x01
    (copy / "sub-ca.pem").write_bytes(bytes(data))


def _swap_transcript_lines(copy: Path) -> None:
    lines = (copy / "transcript.jsonl").read_text().splitlines(keepends=True)
    lines[3], lines[4] = lines[4], lines[3]
    (copy / "transcript.jsonl").write_text("".join(lines))


def _drop_a_crypto_officer_signature(copy: Path) -> None:
    next((copy / "signatures").glob("crypto-officer--*.p7s")).unlink()


def _rename_a_witness_signature_to_a_crypto_officer(copy: Path) -> None:
    witness = next((copy / "signatures").glob("witness--*.p7s"))
    witness.rename(witness.with_name(witness.name.replace("witness--", "crypto-officer--")))


@pytest.mark.parametrize(
    ("tamper", "message"),
    [
        (_flip_output_byte, "output sub-ca.pem was changed after the ceremony"),
        (
            _swap_transcript_lines,
            "transcript.jsonl line 4 has sequence number 5: lines were swapped",
        ),
        (_drop_a_crypto_officer_signature, "role crypto-officer: 1 of the 2 required signature(s)"),
        (
            _rename_a_witness_signature_to_a_crypto_officer,
            "is not valid: it was signed as witness, not as crypto-officer",
        ),
    ],
)
def test_tampering_fails_verification_naming_the_problem(
    ceremony: Ceremony,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    tamper: Callable[[Path], None],
    message: str,
) -> None:
    copy = _copy(ceremony, tmp_path)
    tamper(copy)
    code, text = _verify(copy, ceremony.participants_ca, capsys)
    assert code == 1
    assert message in text


def test_a_signature_from_outside_the_trusted_participants_fails(
    ceremony: Ceremony, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from cryptography.hazmat.primitives import serialization

    _, stranger_ca = participants_ca("Somebody Else")
    other = tmp_path / "other-ca.pem"
    other.write_bytes(stranger_ca.public_bytes(serialization.Encoding.PEM))
    code, text = _verify(ceremony.out, other, capsys)
    assert code == 1
    assert "role administrator: 0 of the 1 required" in text


def test_an_existing_output_file_stops_the_run(
    ceremony: Ceremony,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import io

    out = tmp_path / "out"
    out.mkdir()
    (out / "test-root.pem").write_text("an older root\n")
    monkeypatch.setattr(sys, "stdin", io.StringIO(ROLES_PRESENT + "yes\n" * 8))
    monkeypatch.setenv("IDTOOLKIT_PASSPHRASE", PASSPHRASE.decode())
    code = main(
        ["ceremony", "run", str(ceremony.script), "--out", str(out), "-w", str(ceremony.workspace)]
    )
    assert code == 1
    expected = f"{out / 'test-root.pem'} exists already: a ceremony never overwrites an output"
    assert expected in capsys.readouterr().err
    assert (out / "test-root.pem").read_text() == "an older root\n"
    assert not (out / "transcript.jsonl").exists()


def test_a_missing_request_stops_the_run_before_the_first_step(
    ceremony: Ceremony,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    script = tmp_path / "script.toml"
    script.write_text(ceremony.script.read_text())  # its sub.csr stays behind
    monkeypatch.setenv("IDTOOLKIT_PASSPHRASE", PASSPHRASE.decode())
    out = tmp_path / "out"
    assert (
        main(["ceremony", "run", str(script), "--out", str(out), "-w", str(ceremony.workspace)])
        == 1
    )
    assert f"step sub: the request {tmp_path / 'sub.csr'} is missing" in capsys.readouterr().err
    assert not (out / "transcript.jsonl").exists()


def _token_keys(token: str, label: str) -> list[str]:
    listed = _cli("hsm", "keys", "--token", token, "--json")
    assert listed.returncode == 0, listed.stderr
    return [k["key_id"] for k in json.loads(listed.stdout)["items"] if k["label"] == label]


def test_a_new_ceremony_refuses_a_token_key_it_did_not_make(
    ceremony: Ceremony, tmp_path: Path
) -> None:
    """A fresh ceremony on a token that holds a key with its label already (a former
    ceremony's root key) stops before the key step instead of recording that key as the one
    it made; the token keeps exactly the keys it had."""
    before = _token_keys(ceremony.token, "test-root")
    assert before  # the former ceremony's root key
    workspace = tmp_path / "ws"
    assert _cli("init", "-w", str(workspace)).returncode == 0
    out = tmp_path / "out"
    run = _cli("ceremony", "run", str(ceremony.script), "--out", str(out), "-w", str(workspace),
               stdin=ROLES_PRESENT + "yes\nBAG-0043\n" + "yes\n" * 6)  # fmt: skip
    assert run.returncode == 1, run.stdout + run.stderr
    assert (
        f"error: step key: token '{ceremony.token}' holds a key labelled 'test-root' already; "
        "a new ceremony makes its own key" in run.stderr
    )
    assert "Traceback" not in run.stderr
    transcript = (out / "transcript.jsonl").read_text()
    assert '"step":"key"' not in transcript  # the step never started: nothing to resume
    assert not list(out.glob("*.pub.pem"))
    assert _token_keys(ceremony.token, "test-root") == before


class Killed(BaseException):
    """Stands in for the process dying (not an error the runner could handle)."""


def test_a_key_step_killed_after_making_its_key_takes_that_key_on_resume(
    softhsm: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The other side of the refusal above: the key found on resume is the one this very
    step made before the run died, so it is taken (and the transcript says so)."""
    import io

    from idtoolkit.apps.ceremony import actions

    token = f"r-{uuid.uuid4().hex[:8]}"
    softhsm.add_token(token, TOKEN_SO_PIN, TOKEN_USER_PIN)  # type: ignore[attr-defined]
    for key, value in _env().items():
        monkeypatch.setenv(key, value)
    script = _write_script(tmp_path / "scripts", token)
    workspace, out = tmp_path / "ws", tmp_path / "out"
    assert main(["init", "-w", str(workspace)]) == 0
    run = ["ceremony", "run", str(script), "--out", str(out), "-w", str(workspace)]
    real = actions.ACTIONS["generate_key"]

    def made_then_killed(step: object, ctx: object) -> object:
        real(step, ctx)  # type: ignore[arg-type]
        raise Killed

    monkeypatch.setitem(actions.ACTIONS, "generate_key", made_then_killed)
    monkeypatch.setattr(sys, "stdin", io.StringIO(ROLES_PRESENT + "yes\nBAG-0044\nyes\n"))
    with pytest.raises(Killed):
        main(run)
    made = _token_keys(token, "test-root")
    assert made
    monkeypatch.setitem(actions.ACTIONS, "generate_key", real)
    monkeypatch.setattr(sys, "stdin", io.StringIO("yes\nyes\n"))  # same people; the key step
    assert main(run) == 6  # paused at the next step's prompt when the input ended
    completed = [
        json.loads(line)
        for line in (out / "transcript.jsonl").read_text().splitlines()
        if '"step.completed"' in line and '"step":"key"' in line
    ]
    assert completed[0]["recorded"]["reused_after_interruption"] is True
    assert _token_keys(token, "test-root") == made


def test_token_backup_restores_non_extractable_into_another_token(
    ceremony: Ceremony,
    softhsm: object,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import itertools

    from idtoolkit.hsm.key_wrap import key_attributes
    from idtoolkit.hsm.module import default_module_path
    from idtoolkit.workspace import Workspace

    shares = sorted(ceremony.out.glob("test-root-share-*"))
    # every 2-of-3 subset opens the wrapped key
    from idtoolkit.ca.backup_shares import recover_backup_key

    backup = ceremony.out / "test-root-backup.json"
    keys = {
        recover_backup_key(backup, list(s)).backup_key for s in itertools.combinations(shares, 2)
    }
    assert len(keys) == 1
    for key, value in _env().items():
        monkeypatch.setenv(key, value)
    ws_dir = tmp_path / "ws2"
    assert main(["init", "-w", str(ws_dir)]) == 0

    def restore(*chosen: Path, token: str) -> int:
        return main(
            ["ca", "backup", "restore", str(backup), "--shares", *map(str, chosen),
             "--key-store", f"pkcs11:token={token}", "-w", str(ws_dir)]
        )  # fmt: skip

    assert restore(shares[0], token="x") == 1
    assert "1 share(s) given, 2 needed" in capsys.readouterr().err

    second = f"r-{uuid.uuid4().hex[:8]}"
    softhsm.add_token(second, TOKEN_SO_PIN, TOKEN_USER_PIN)  # type: ignore[attr-defined]
    assert restore(shares[2], shares[0], token=second) == 0
    assert (
        main(["crl", "--ca", "test-root", "--out", str(tmp_path / "new.crl"), "-w", str(ws_dir)])
        == 0
    )
    cert = x509.load_pem_x509_certificate((ceremony.out / "test-root.pem").read_bytes())
    new_crl = x509.load_pem_x509_crl((tmp_path / "new.crl").read_bytes())
    assert new_crl.is_signature_valid(cert.public_key())  # type: ignore[arg-type]
    with Workspace.open(ws_dir) as ws, ws.store.reading() as session:
        from idtoolkit.store.cas import ca_by_name

        key = ca_by_name(session, "test-root").key
        assert key is not None and key.token_label == second
        key_id = bytes.fromhex(key.token_key_id or "")
    attrs = key_attributes(default_module_path(None), second, TOKEN_USER_PIN.encode(), key_id)
    assert attrs["extractable"] is False and attrs["sensitive"] is True


def test_rehearsal_of_the_shipped_script_verifies(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "rehearsal"
    result = _cli("ceremony", "rehearse", str(SHIPPED / "national-root.toml"), "--out", str(out))
    assert result.returncode == 0, result.stderr
    capsys.readouterr()
    assert main(["ceremony", "verify", str(out)]) == 0
    assert "ceremony verified" in capsys.readouterr().out
    root = (out / "national-root-g1.pem").read_bytes()
    assert root.startswith(b"REHEARSAL")
    cert = x509.load_pem_x509_certificate(root)
    assert "CN=REHEARSAL National Root CA G1" in cert.subject.rfc4514_string()
    assert "REHEARSAL" in (out / "national-root-g1-share-1-of-5.txt").read_text()
    seal = json.loads((out / "audit-seal-national-root-g1.json").read_text())
    assert seal["rehearsal"] is True
    assert len(list((out / "signatures").glob("*.p7s"))) == 5


def test_check_prints_hash_and_words(capsys: pytest.CaptureFixture[str]) -> None:
    import hashlib

    path = SHIPPED / "national-root.toml"
    assert main(["ceremony", "check", str(path)]) == 0
    text = capsys.readouterr().out
    assert hashlib.sha256(path.read_bytes()).hexdigest() in text
    words = next(line for line in text.splitlines() if "words:" in line).split(":", 1)[1].split()
    assert len(words) == 24


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            ("allow_key_backup = true", 'allow_key_backup = true\ncolour = "red"'),
            "test-root.toml: [ceremony]: unknown key 'colour'",
        ),
        (
            ("shares = 3, threshold = 2", "shares = 3, thresold = 2"),
            "test-root.toml: step 'backup' params: unknown key 'thresold'",
        ),
        (
            ('action = "publish_crl"', 'action = "publish"'),
            "test-root.toml: step 'crl': unknown action 'publish'",
        ),
        (
            ('actors = ["crypto-officer"]', 'actors = ["auditor"]'),
            "test-root.toml: step 'backup': actor 'auditor' is not a role",
        ),
    ],
)
def test_script_errors_name_file_step_and_key(
    tmp_path: Path, edit: tuple[str, str], message: str
) -> None:
    path = _write_script(tmp_path, "tok")
    path.write_text(path.read_text().replace(*edit))
    with pytest.raises(ConfigurationError) as info:
        load_script(path)
    assert message in str(info.value)


def test_role_certificates_from_the_new_root_count_without_root_option(
    ceremony: Ceremony,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from idtoolkit import api
    from idtoolkit.workspace import Workspace

    for key, value in _env().items():
        monkeypatch.setenv(key, value)
    copy = _copy(ceremony, tmp_path)
    with Workspace.open(ceremony.workspace) as ws:
        ws.unlock(PASSPHRASE)
        issued = api.issue_with_new_key(
            ws,
            "test-root",
            "citizen-sign",
            "CN=Aida Ba,GN=Aida,SN=Ba,serialNumber=IDCSN-7,C=SN",
            "ec-p256",
        )
    assert issued.pkcs12 is not None and issued.pkcs12_password is not None
    p12 = tmp_path / "aida.p12"
    p12.write_bytes(issued.pkcs12)
    monkeypatch.setenv("IDTOOLKIT_P12_PASSWORD", issued.pkcs12_password)
    assert main(["ceremony", "sign", str(copy), "--role", "witness", "--p12", str(p12)]) == 0
    capsys.readouterr()
    assert main(["ceremony", "verify", str(copy)]) == 1  # the others' anchor is not given
    text = capsys.readouterr()
    assert "ok  witness: CN=Aida Ba" in text.out
    assert "role administrator: 0 of the 1 required" in text.err
