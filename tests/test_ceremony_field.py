"""What the second field trial found in ceremonies (issue 25), on the software-key training
script so it runs without a token: verifying after the custodians took their shares away, the
values people read aloud printed and recorded, ``check`` naming the inputs a run needs, and a
resume that remembers who took part and a pause that is not an error."""

from __future__ import annotations

import hashlib
import io
import json
import sys
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from ceremonies import DIRECTORY as SHIPPED
from idtoolkit.apps.ceremony import hash_words, read_transcript, rehearse_ceremony
from idtoolkit.apps.ceremony.rehearse import AutoConsole
from idtoolkit.apps.cli.main import main
from tests.conftest import PASSPHRASE

TRAINING = SHIPPED / "training-root.toml"


def _grouped(hex_digest: str) -> str:
    return " ".join(hex_digest[i : i + 4] for i in range(0, len(hex_digest), 4))


@pytest.fixture(scope="module")
def rehearsed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A signed rehearsal of the training ceremony (2-of-3 backup)."""
    out = tmp_path_factory.mktemp("rehearsal") / "out"
    rehearse_ceremony(TRAINING, out, AutoConsole(show=False))
    return out


def _copy(source: Path, tmp_path: Path) -> Path:
    import shutil

    target = tmp_path / "copy"
    shutil.copytree(source, target)
    return target


def _verify(directory: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["ceremony", "verify", str(directory)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


# --- verify after the custodians took their shares ---------------------------------------------


def test_verify_accepts_shares_taken_away_and_names_them(
    rehearsed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = _copy(rehearsed, tmp_path)
    (copy / "training-root-share-1-of-3.txt").unlink()
    (copy / "training-root-share-3-of-3.txt").unlink()
    code, text = _verify(copy, capsys)
    assert code == 0, text
    assert "ceremony verified" in text
    assert (
        "backup shares not in" in text
        and "training-root-share-1-of-3.txt, training-root-share-3-of-3.txt" in text
    )
    assert "share-2-of-3" not in text.split("backup shares not in", 1)[1]


def test_verify_still_fails_for_a_present_share_that_changed(
    rehearsed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = _copy(rehearsed, tmp_path)
    (copy / "training-root-share-1-of-3.txt").unlink()
    share = copy / "training-root-share-2-of-3.txt"
    share.write_text(share.read_text().replace("REHEARSAL", "REHEARSAl", 1))
    code, text = _verify(copy, capsys)
    assert code == 1
    assert "output training-root-share-2-of-3.txt was changed after the ceremony" in text


def test_verify_still_requires_the_other_outputs(
    rehearsed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = _copy(rehearsed, tmp_path)
    (copy / "training-root-backup.json").unlink()
    code, text = _verify(copy, capsys)
    assert code == 1
    assert "output training-root-backup.json is missing" in text


# --- a software ceremony run through the CLI, as an operator types it ---------------------------

SCRIPT = """
[ceremony]
id = "field-root"
name = "Field trial root"
key_store = "software"
allow_key_backup = true

[[roles]]
name = "administrator"
title = "ceremony administrator"
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
say = "The witness reads the bag number aloud."
params = { record = ["bag_number"] }

[[steps]]
id = "root"
action = "create_root"
actors = ["administrator"]
say = "The administrator reads the certificate's fingerprint aloud; the witness writes it down."
params = { ca = "field-root", subject = "CN=Field Root,O=T,C=SN", key = "ec-p256" }

[[steps]]
id = "sub"
action = "sign_csr"
actors = ["administrator", "witness"]
say = "The request's hash is compared with the one its operator sent."
params = { ca = "field-root", csr = "sub.csr", name = "sub-ca" }

[[steps]]
id = "backup"
action = "split_backup"
actors = ["crypto-officer"]
params = { ca = "field-root", shares = 3, threshold = 2 }

[[steps]]
id = "seal"
action = "seal_audit"
actors = ["administrator"]
params = { ca = "field-root" }
"""

NAMES = "Alice Admin\nWalter Witness\nCarla, Cyril\n"
ENVELOPES = "ENV-1\nENV-2\nENV-3\n"  # the backup step asks which envelope holds each share


def _write_script(directory: Path, with_csr: bool = True) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    if with_csr:
        key = ec.generate_private_key(ec.SECP256R1())
        csr = (
            x509.CertificateSigningRequestBuilder()
            .subject_name(x509.Name.from_rfc4514_string("CN=Field Issuing CA,O=T,C=SN"))
            .sign(key, hashes.SHA256())
        )
        (directory / "sub.csr").write_bytes(csr.public_bytes(serialization.Encoding.PEM))
    path = directory / "field-root.toml"
    path.write_text(SCRIPT, encoding="utf-8")
    return path


@pytest.fixture
def field(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """The script (with its CSR) and an initialised workspace."""
    monkeypatch.setenv("IDTOOLKIT_PASSPHRASE", PASSPHRASE.decode())
    workspace = tmp_path / "ws"
    assert main(["init", "-w", str(workspace)]) == 0
    return _write_script(tmp_path / "scripts"), workspace


def _run(
    script: Path,
    out: Path,
    workspace: Path,
    stdin: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> tuple[int, str, str]:
    capsys.readouterr()
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(["ceremony", "run", str(script), "--out", str(out), "-w", str(workspace)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_values_read_aloud_are_printed_and_recorded(
    field: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    script, workspace = field
    out = tmp_path / "out"
    answers = NAMES + "yes\nBAG-0042\n" + "yes\n" * 3 + ENVELOPES + "yes\n"
    code, text, err = _run(script, out, workspace, answers, monkeypatch, capsys)
    assert code == 0, text + err

    root = x509.load_pem_x509_certificate((out / "field-root.pem").read_bytes())
    fingerprint = root.fingerprint(hashes.SHA256()).hex()
    csr = x509.load_pem_x509_csr((script.parent / "sub.csr").read_bytes())
    csr_hash = hashlib.sha256(csr.public_bytes(serialization.Encoding.DER)).hexdigest()
    flat = " ".join(text.split())  # the words are printed on two lines
    for digest in (fingerprint, csr_hash):
        assert _grouped(digest) in text
        assert " ".join(hash_words(digest)) in flat
    assert "the root certificate's fingerprint (SHA-256)" in text
    assert "SHA-256 of the request (DER)" in text
    assert "bag_number = BAG-0042" in text
    # the fingerprint once the certificate exists; the request's hash before it is signed
    assert text.index(_grouped(fingerprint)) > text.index("wrote field-root.pem")
    assert text.index(_grouped(csr_hash)) < text.index("ready to perform 'sub'")
    assert text.count(_grouped(csr_hash)) == 1

    entries = read_transcript(out / "transcript.jsonl").entries
    by_step = {e["step"]: e for e in entries if e["event"] == "step.completed"}
    assert by_step["root"]["read_aloud"]["fingerprint_sha256"] == {
        "sha256": fingerprint,
        "words": " ".join(hash_words(fingerprint)),
    }
    assert by_step["sub"]["read_aloud"]["csr_sha256"]["sha256"] == csr_hash
    assert by_step["sub"]["recorded"]["csr_sha256"] == csr_hash


# --- check names what a run will need --------------------------------------------------------


def _check(script: Path, workspace: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["ceremony", "check", str(script), "-w", str(workspace)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_check_says_which_inputs_are_missing_now(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    script = _write_script(tmp_path / "scripts", with_csr=False)
    code, text = _check(script, tmp_path / "no-ws", capsys)
    assert code == 0, text  # the script itself is valid
    lines = text.splitlines()

    def line(start: str) -> str:
        return next(entry for entry in lines if entry.strip().split(" ", 1)[-1].startswith(start))

    assert "MISSING" in line(f"workspace {tmp_path / 'no-ws'}")
    assert "run 'idtoolkit init' first" in line("workspace ")
    assert "MISSING" in line(f"request of step sub {tmp_path / 'scripts' / 'sub.csr'}")
    assert "not ready to run here: 2 inputs missing now" in text


def test_check_says_ready_when_the_inputs_are_there(
    field: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    script, workspace = field
    code, text = _check(script, workspace, capsys)
    assert code == 0, text
    assert "MISSING" not in text
    assert "ready to run here" in text
    capsys.readouterr()
    assert main(["ceremony", "check", str(script), "-w", str(workspace), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ready"] is True
    assert {i["input"] for i in data["inputs"] if i["ready"]} >= {
        "workspace",
        "request of step sub",
        "CA name field-root",
    }


def test_check_warns_of_a_ca_the_run_would_take_for_its_own(
    field: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    script, workspace = field
    old_root = ["ca", "create-root", "field-root", "--subject", "CN=Old,O=T,C=SN"]
    old_root += ["--key", "ec-p256"]
    assert main([*old_root, "-w", str(workspace)]) == 0
    code, text = _check(script, workspace, capsys)
    assert code == 0
    assert "MISSING CA name field-root: the workspace has a CA of that name" in text


# --- resume and pause ------------------------------------------------------------------------

PAUSE_AT_SUB = NAMES + "yes\nBAG-0042\nyes\nstop\n"  # bag and root done, paused before sub


def _resumed_entries(out: Path) -> list[dict[str, object]]:
    entries = read_transcript(out / "transcript.jsonl").entries
    return [e for e in entries if e["event"] == "ceremony.resumed"]


def test_stop_is_a_pause_with_its_own_exit_code_and_a_plain_sentence(
    field: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    script, workspace = field
    out = tmp_path / "out"
    code, text, err = _run(script, out, workspace, PAUSE_AT_SUB, monkeypatch, capsys)
    assert code == 6, text + err
    assert "error" not in err
    assert err.strip() == (
        "The ceremony paused before step 'sub'; run the same command again to resume."
    )


def test_stop_at_the_names_prompt_pauses_instead_of_naming_someone_stop(
    field: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    script, workspace = field
    out = tmp_path / "out"
    code, text, err = _run(script, out, workspace, "Alice Admin\nstop\n", monkeypatch, capsys)
    assert code == 6, text + err
    assert err.strip() == "The ceremony was stopped before it started; nothing was done."
    assert not (out / "transcript.jsonl").exists()


def test_a_resume_shows_who_took_part_and_asks_only_to_confirm(
    field: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    script, workspace = field
    out = tmp_path / "out"
    assert _run(script, out, workspace, PAUSE_AT_SUB, monkeypatch, capsys)[0] == 6
    answers = "yes\n" * 3 + ENVELOPES + "yes\n"
    code, text, err = _run(script, out, workspace, answers, monkeypatch, capsys)
    assert code == 0, text + err
    assert "Names of the" not in text
    took_part = text.split("Taking part when the ceremony paused:", 1)[1]
    assert "ceremony administrator: Alice Admin" in took_part
    assert "crypto officers: Carla, Cyril" in took_part
    assert "Type 'yes' if the same people are present" in took_part
    [resumed] = _resumed_entries(out)
    assert resumed["roles_present"] == {
        "administrator": ["Alice Admin"],
        "witness": ["Walter Witness"],
        "crypto-officer": ["Carla", "Cyril"],
    }
    assert resumed["same_participants"] is True
    assert read_transcript(out / "transcript.jsonl").finished


def test_a_resume_can_name_who_is_present_now(
    field: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    script, workspace = field
    out = tmp_path / "out"
    assert _run(script, out, workspace, PAUSE_AT_SUB, monkeypatch, capsys)[0] == 6
    answers = "names\nAlice Admin\nWanda Witness\nCarla, Cyril\n" + "yes\n" * 2 + ENVELOPES
    answers += "yes\n"
    code, text, err = _run(script, out, workspace, answers, monkeypatch, capsys)
    assert code == 0, text + err
    [resumed] = _resumed_entries(out)
    assert resumed["roles_present"]["witness"] == ["Wanda Witness"]  # type: ignore[index]
    assert resumed["same_participants"] is False


def test_end_of_input_on_resume_names_the_step_not_the_start(
    field: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    script, workspace = field
    out = tmp_path / "out"
    assert _run(script, out, workspace, PAUSE_AT_SUB, monkeypatch, capsys)[0] == 6
    code, text, err = _run(script, out, workspace, "", monkeypatch, capsys)
    assert code == 6, text + err
    assert "before it started" not in err
    assert "The ceremony paused before step 'sub'; run the same command again" in err
    assert _resumed_entries(out) == []  # nothing recorded for a resume that did not happen


def test_ctrl_c_at_a_prompt_says_how_to_resume(field: tuple[Path, Path], tmp_path: Path) -> None:
    import os
    import select
    import signal
    import subprocess
    import time

    script, workspace = field
    command = [sys.executable, "-m", "idtoolkit.apps.cli.main", "ceremony", "run", str(script)]
    command += ["--out", str(tmp_path / "out"), "-w", str(workspace)]
    process = subprocess.Popen(  # its own process group with default signals, as a terminal
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        # A shell's background job starts with SIGINT ignored, and the child would inherit it.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(NAMES.encode())
    process.stdin.flush()
    seen = b""
    deadline = time.monotonic() + 60
    while b"ready to perform 'bag'" not in seen and time.monotonic() < deadline:
        if select.select([process.stdout], [], [], 1)[0]:
            seen += os.read(process.stdout.fileno(), 65536)
    os.killpg(process.pid, signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err.decode()
    assert "Traceback" not in err.decode()
    assert "run the same command again to resume the ceremony" in err.decode()
