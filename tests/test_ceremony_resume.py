"""Interruptions at the two awkward moments of a step, on the software-key training script:
during the action (the step started, never completed), and after the transcript recorded the
step but before its files were moved into place. A re-run finishes and the result verifies."""

from __future__ import annotations

from pathlib import Path

import pytest

from ceremonies import DIRECTORY as SHIPPED
from idtoolkit.apps.ceremony import actions, runner
from idtoolkit.apps.ceremony.rehearse import AutoConsole
from idtoolkit.apps.ceremony.runner import RunOptions, run_ceremony
from idtoolkit.apps.ceremony.transcript import read_transcript
from idtoolkit.apps.ceremony.verify import verify_ceremony
from idtoolkit.workspace import Workspace

SCRIPT = SHIPPED / "training-root.toml"
PRESENT = {"administrator": ["A"], "witness": ["W"], "crypto-officer": ["C1", "C2"]}


class Killed(BaseException):
    """Stands in for the process dying (not an error the runner could handle)."""


def _run(ws: Workspace, out: Path) -> None:
    run_ceremony(ws, SCRIPT, out, AutoConsole(show=False), RunOptions(present=PRESENT))


def _outputs_problems(out: Path) -> list[str]:
    """What verify finds besides the (here absent) participants' signatures."""
    return [p for p in verify_ceremony(out, []).problems if not p.startswith(("role ", "no trust"))]


def test_killed_during_an_action_reruns_the_step(
    sqlite_workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "c"
    real = actions.ACTIONS["service_credential"]

    def dies(step: object, ctx: object) -> object:
        raise Killed

    monkeypatch.setitem(actions.ACTIONS, "service_credential", dies)
    with pytest.raises(Killed):
        _run(sqlite_workspace, out)
    monkeypatch.setitem(actions.ACTIONS, "service_credential", real)
    _run(sqlite_workspace, out)
    transcript = read_transcript(out / "transcript.jsonl")
    resumed = next(e for e in transcript.entries if e["event"] == "ceremony.resumed")
    assert resumed["interrupted_step"] == "tsa"
    assert transcript.finished
    assert _outputs_problems(out) == []


def test_killed_between_transcript_and_files_moves_them_on_resume(
    sqlite_workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "c"
    real = runner._finish_staged
    calls = {"n": 0}

    def dies_once(directory: Path, entry: dict[str, object]) -> None:
        if entry.get("step") == "create-root" and calls["n"] == 0:
            calls["n"] += 1
            raise Killed
        real(directory, entry)

    monkeypatch.setattr(runner, "_finish_staged", dies_once)
    with pytest.raises(Killed):
        _run(sqlite_workspace, out)
    assert not (out / "training-root.pem").exists()
    assert (out / ".staging" / "create-root" / "training-root.pem").exists()
    _run(sqlite_workspace, out)
    assert (out / "training-root.pem").exists()
    assert not (out / ".staging").exists()
    assert _outputs_problems(out) == []
    started = [e for e in read_transcript(out / "transcript.jsonl").entries]
    assert sum(1 for e in started if e.get("step") == "create-root") == 2  # started, completed
