"""The ceremony defects the French new-user run of issue 25 left: a new run never takes an
existing CA for its root, the backup step records which envelope holds which share, ``stop``
pauses at every prompt (a witness's name, a recorded value), and the confirmation is a sentence
("when the administrator is ready")."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from idtoolkit.apps.ceremony import read_transcript
from idtoolkit.apps.cli.main import main
from tests.conftest import PASSPHRASE
from tests.test_ceremony_field import ENVELOPES, NAMES, _write_script

PAUSED_BAG = "The ceremony paused before step 'bag'; run the same command again to resume."


@pytest.fixture
def trial(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    monkeypatch.setenv("IDTOOLKIT_PASSPHRASE", PASSPHRASE.decode())
    workspace = tmp_path / "ws"
    assert main(["init", "-w", str(workspace)]) == 0
    return _write_script(tmp_path / "scripts"), workspace


def _run(
    trial: tuple[Path, Path],
    out: Path,
    stdin: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> tuple[int, str, str]:
    script, workspace = trial
    capsys.readouterr()
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(["ceremony", "run", str(script), "--out", str(out), "-w", str(workspace)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_new_run_refuses_a_ca_with_the_roots_name(
    trial: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, workspace = trial
    old = ["ca", "create-root", "field-root", "--subject", "CN=Old,O=T,C=SN", "--key", "ec-p256"]
    assert main([*old, "-w", str(workspace)]) == 0
    out = tmp_path / "out"
    code, text, err = _run(trial, out, NAMES + "yes\nBAG\n" + "yes\n" * 9, monkeypatch, capsys)
    assert code == 1, text + err
    assert err.strip().splitlines() == [
        "error: step root: the workspace has a CA named field-root already; "
        "a new ceremony creates its own root"
    ]
    assert "Names of the" not in text  # refused before anyone was asked anything
    assert not (out / "transcript.jsonl").exists()


def test_a_resume_still_finds_the_root_its_first_attempt_made(
    trial: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "out"
    paused = NAMES + "yes\nBAG-0042\nyes\nstop\n"  # root made, paused before sub
    assert _run(trial, out, paused, monkeypatch, capsys)[0] == 6
    code, text, err = _run(trial, out, "yes\n" * 3 + ENVELOPES + "yes\n", monkeypatch, capsys)
    assert code == 0, text + err
    assert read_transcript(out / "transcript.jsonl").finished


def test_the_backup_records_which_envelope_holds_each_share(
    trial: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "out"
    envelopes = "A-101\nA-101\nA-102\nA-103\n"  # a number given twice is asked again
    answers = NAMES + "yes\nBAG-0042\n" + "yes\n" * 3 + envelopes + "yes\n"
    code, text, err = _run(trial, out, answers, monkeypatch, capsys)
    assert code == 0, text + err
    assert "Envelope number for share 1 of 3 (field-root-share-1-of-3.txt): " in text
    assert "envelope A-101 holds share 1 already" in text
    entries = read_transcript(out / "transcript.jsonl").entries
    backup = next(e for e in entries if e.get("step") == "backup" and "recorded" in e)
    assert backup["recorded"]["envelopes"] == {
        "field-root-share-1-of-3.txt": "A-101",
        "field-root-share-2-of-3.txt": "A-102",
        "field-root-share-3-of-3.txt": "A-103",
    }


def test_stop_at_the_envelope_prompt_pauses_before_the_backup(
    trial: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "out"
    answers = NAMES + "yes\nBAG-0042\n" + "yes\n" * 3 + "A-1\nstop\n"
    code, text, err = _run(trial, out, answers, monkeypatch, capsys)
    assert code == 6, text + err
    assert "paused before step 'backup'" in err
    assert not (out / "field-root-share-1-of-3.txt").exists()


def test_stop_as_the_witness_name_pauses(
    trial: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "out"
    answers = NAMES + "exception: the bag seal is torn\nstop\n"
    code, text, err = _run(trial, out, answers, monkeypatch, capsys)
    assert code == 6, text + err
    assert err.strip() == PAUSED_BAG
    entries = read_transcript(out / "transcript.jsonl").entries
    assert not [e for e in entries if e["event"] == "exception"]


def test_stop_as_a_recorded_value_pauses(
    trial: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "out"
    code, text, err = _run(trial, out, NAMES + "yes\nSTOP\n", monkeypatch, capsys)
    assert code == 6, text + err
    assert err.strip() == PAUSED_BAG
    entries = read_transcript(out / "transcript.jsonl").entries
    assert not [e for e in entries if e["event"] == "step.completed"]


def test_the_confirmation_is_a_sentence_for_one_actor_or_several(
    trial: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "out"
    code, text, err = _run(trial, out, NAMES + "yes\nBAG\nstop\n", monkeypatch, capsys)
    assert code == 6, text + err
    assert "Type 'yes' when the administrator and witness are ready to perform 'bag'" in text
    assert "Type 'yes' when the administrator is ready to perform 'root'" in text
    assert "administrator are ready" not in text
