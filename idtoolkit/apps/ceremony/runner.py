"""Running a ceremony: step by step, each performed only after a typed confirmation, every
output hashed into the transcript, nothing ever overwritten, resumable after an interruption.

Order of writes for a step, so a kill at any point leaves a state the next run can finish:
``step.started`` is appended; the action runs; its files go to ``.staging/<step>/``; the
``step.completed`` line with their hashes is appended; the files are moved into place. A run
that finds a completed step with files still staged moves them (after checking their hashes);
a step started but not completed is run again (actions reuse a key or CA the first attempt
made) and the transcript shows the interruption.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from idtoolkit.api.files import make_private_dir, write_new
from idtoolkit.api.workspace import Workspace
from idtoolkit.apps.ceremony.actions import ACTIONS, PREVIEWS, StepContext, ca_exists
from idtoolkit.apps.ceremony.readout import HEADING as READ_ALOUD
from idtoolkit.apps.ceremony.readout import read_aloud_text, read_aloud_values
from idtoolkit.apps.ceremony.script import Script, Step, hash_words, load_script
from idtoolkit.apps.ceremony.transcript import TRANSCRIPT, Transcript, read_transcript
from idtoolkit.errors import AlreadyExistsError, IDToolkitError, InputError

SCRIPT_COPY = "script.toml"
STAGING = ".staging"


class CeremonyStopped(IDToolkitError):
    """The operator stopped (or input ended) before a step: the run can be resumed."""


class Console(Protocol):
    """Where the runner shows text and asks for typed input (terminal, GUI, rehearsal)."""

    def show(self, text: str) -> None: ...

    def ask(self, prompt: str) -> str | None:
        """One typed line, or None when the operator stops (end of input)."""


@dataclass
class RunOptions:
    rehearsal: bool = False
    key_store: str | None = None  # default: the script's
    so_pin: Callable[[str], bytes] | None = None
    present: dict[str, list[str]] | None = None  # roles present; asked when None
    operator: str = ""


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def describe_step(script: Script, step: Step) -> str:
    number = script.steps.index(step) + 1
    lines = [
        f"Step {number} of {len(script.steps)}: {step.title}",
        f"  action: {step.action}    performed by: {', '.join(step.actors) or '-'}",
    ]
    if step.say:
        lines.append(f"  read aloud: {step.say}")
    for key, value in step.params.items():
        lines.append(f"  {key}: {value}")
    outputs = step.outputs()
    if outputs:
        lines.append(f"  writes: {', '.join(outputs)}")
    return "\n".join(lines)


def _write_new(path: Path, data: bytes) -> None:
    try:
        write_new(path, data, secret="-share-" in path.name, sync=True)
    except FileExistsError:
        raise AlreadyExistsError(
            "ceremony.output_exists",
            "{path} exists already: a ceremony never overwrites an output",
            path=path,
        ) from None


#: What the runner says when it asks who is present (English, in one place for translation).
NAMES_PROMPT = "Names of the {title} present ({need}, comma-separated; 'stop' pauses): "
TOO_FEW = "  {title}: {count} named, {minimum} needed"
RESUMING = "Resuming ceremony {id} in {out}: {done} of {total} steps done"
TOOK_PART = "Taking part when the ceremony paused:"
SAME_PEOPLE = (
    "Type 'yes' if the same people are present "
    "('names' to name who is present now, 'stop' pauses): "
)


ENVELOPE_PROMPT = "Envelope number for share {number} of {count} ({file}): "
DUPLICATE_ENVELOPE = (
    "  envelope {envelope} holds share {number} already: each share has its own envelope"
)


def _actors_phrase(step: Step) -> str:
    """``the administrator is`` / ``the administrator and witness are``: who acts, in a sentence."""
    actors = list(step.actors) or ["administrator"]
    if len(actors) == 1:
        return f"the {actors[0]} is"
    return f"the {', '.join(actors[:-1])} and {actors[-1]} are"


def _stopped(next_step: Step | None) -> CeremonyStopped:
    """A pause at the operator's word (``stop``) or at the end of input, before ``next_step``
    (None: before the ceremony started, when nothing was written)."""
    if next_step is None:
        return CeremonyStopped(
            "ceremony.stopped_before_start",
            "the ceremony was stopped before it started; nothing was done",
        )
    return CeremonyStopped(
        "ceremony.stopped_resumable",
        "the ceremony paused before step '{id}'; run the same command again to resume",
        id=next_step.id,
    )


def _is_stop(answer: str) -> bool:
    return answer.strip().lower() == "stop"


def _ask_present(
    script: Script, console: Console, next_step: Step | None = None
) -> dict[str, list[str]]:
    present: dict[str, list[str]] = {}
    for role in script.roles:
        need = f"at least {role.minimum}" + (f" of {role.of}" if role.of else "")
        while True:
            answer = console.ask(NAMES_PROMPT.format(title=role.title, need=need))
            if answer is None or _is_stop(answer):
                raise _stopped(next_step)
            names = [n.strip() for n in answer.split(",") if n.strip()]
            if len(names) >= role.minimum:
                present[role.name] = names
                break
            console.show(TOO_FEW.format(title=role.title, count=len(names), minimum=role.minimum))
    return present


def _last_present(transcript: Transcript) -> dict[str, list[str]]:
    """Who took part, as the start or the latest resume recorded it."""
    for entry in reversed(transcript.entries):
        if entry["event"] in ("ceremony.started", "ceremony.resumed"):
            recorded = entry.get("roles_present")
            if isinstance(recorded, dict):
                return {str(k): [str(n) for n in v] for k, v in recorded.items()}
    return {}


def _confirm_present(
    script: Script, console: Console, previous: dict[str, list[str]], next_step: Step | None
) -> tuple[dict[str, list[str]], bool]:
    """On resume: show who took part and ask only to confirm them (or name those present now).
    Returns who is present and whether they are the same people."""
    if not all(role.name in previous for role in script.roles):
        return _ask_present(script, console, next_step), False
    console.show(TOOK_PART)
    for role in script.roles:
        console.show(f"  {role.title}: {', '.join(previous[role.name])}")
    while True:
        answer = console.ask(SAME_PEOPLE)
        if answer is None or _is_stop(answer):
            raise _stopped(next_step)
        if answer.strip().lower() == "yes":
            return previous, True
        if answer.strip().lower() == "names":
            return _ask_present(script, console, next_step), False
        console.show("  type exactly 'yes' or 'names'")


def _confirm(
    console: Console, transcript: Transcript, step: Step, present: dict[str, list[str]]
) -> None:
    while True:
        answer = console.ask(
            f"Type 'yes' when {_actors_phrase(step)} ready to perform '{step.id}' "
            "('exception: TEXT' records a witness's exception, 'stop' pauses): "
        )
        if answer is None or _is_stop(answer):
            raise _stopped(step)
        answer = answer.strip()
        if answer.lower() == "yes":
            return
        if answer.lower().startswith("exception:"):
            text = answer.split(":", 1)[1].strip()
            witness = _ask_line(console, "Witness recording this exception: ", step)
            transcript.append("exception", step=step.id, text=text, witness=witness)
            console.show("  exception recorded in the transcript")
            continue
        console.show("  type exactly 'yes' to go on")


def _ask_line(console: Console, prompt: str, step: Step) -> str:
    """A non-empty answer; ``stop`` or the end of input pauses before ``step`` (nothing of it
    happened yet, so it is asked again on resume), as at every other prompt."""
    while True:
        answer = console.ask(prompt)
        if answer is None or _is_stop(answer):
            raise _stopped(step)
        if answer.strip():
            return answer.strip()


def _ask_values(console: Console, step: Step) -> dict[str, Any]:
    values: dict[str, Any] = {
        name: _ask_line(console, f"Value of {name}: ", step)
        for name in step.params.get("record", [])
    }
    if step.action == "split_backup":
        values.update(_ask_envelopes(console, step))
    return values


def _ask_envelopes(console: Console, step: Step) -> dict[str, dict[str, str]]:
    """Which numbered envelope each backup share goes into, asked before the shares exist so a
    pause leaves nothing half-recorded; the transcript keeps the map for the custodians' audit."""
    count = int(step.params["shares"])
    ca = step.params["ca"]
    envelopes: dict[str, str] = {}
    by_number: dict[str, int] = {}
    number = 1
    while number <= count:
        file = f"{ca}-share-{number}-of-{count}.txt"
        envelope = _ask_line(
            console, ENVELOPE_PROMPT.format(number=number, count=count, file=file), step
        )
        if envelope in by_number:
            console.show(DUPLICATE_ENVELOPE.format(envelope=envelope, number=by_number[envelope]))
            continue
        by_number[envelope] = number
        envelopes[file] = envelope
        number += 1
    return {"envelopes": envelopes}


def _finish_staged(out: Path, entry: dict[str, object]) -> None:
    """Move the files of a completed step into place (after a kill between the two)."""
    staged = out / STAGING / str(entry["step"])
    outputs = entry.get("outputs", {})
    assert isinstance(outputs, dict)
    for name, digest in outputs.items():
        target = out / name
        source = staged / name
        if target.exists():
            continue
        if not source.exists() or sha256_file(source) != digest:
            raise InputError(
                "ceremony.output_lost",
                "output {name} of step {step} is missing and its staged copy is gone or different",
                name=name,
                step=entry["step"],
            )
        os.replace(source, target)
    shutil.rmtree(staged, ignore_errors=True)


def _check_inputs(script: Script, script_path: Path) -> None:
    """Files the script reads must be there before the first step, not found missing at the
    fifth with the root already made."""
    base = script_path.resolve().parent
    for step in script.steps:
        if step.action == "sign_csr" and not (base / step.params["csr"]).is_file():
            raise InputError(
                "ceremony.request_missing",
                "step {id}: the request {path} is missing; bring it before the ceremony starts",
                id=step.id,
                path=base / step.params["csr"],
            )


def _check_cas_free(ws: Workspace, script: Script) -> None:
    """A new ceremony makes its own root: a CA of that name already in the workspace would be
    taken silently as the ceremony's (only a resumed step may find the CA its first attempt
    made)."""
    for step in script.steps:
        if step.action == "create_root" and ca_exists(ws, step.params["ca"]):
            raise AlreadyExistsError(
                "ceremony.ca_exists",
                "step {id}: the workspace has a CA named {ca} already; a new ceremony creates its own root",
                id=step.id,
                ca=step.params["ca"],
            )


def run_ceremony(
    ws: Workspace, script_path: Path, out: Path, console: Console, options: RunOptions
) -> Transcript:
    script = load_script(script_path)
    make_private_dir(out)  # it receives key shares and backups
    transcript = read_transcript(out / TRANSCRIPT, repair_tail=True)
    present: dict[str, list[str]]
    if not options.rehearsal:
        _check_inputs(script, script_path)
    if not transcript.entries:
        copy = out / SCRIPT_COPY
        if copy.exists() and sha256_file(copy) == script.sha256:
            copy.unlink()  # a run killed right after copying the script, before line 1
        for name in [SCRIPT_COPY, *script.outputs()]:
            if (out / name).exists():
                raise AlreadyExistsError(
                    "ceremony.output_folder_exists",
                    "{path} exists already: a ceremony never overwrites an output; use a new --out directory",
                    path=out / name,
                )
        if not options.rehearsal:
            _check_cas_free(ws, script)
        console.show(f"Ceremony {script.id}: {script.name}")
        console.show(f"Script SHA-256: {script.sha256}")
        console.show(f"{READ_ALOUD}: " + " ".join(hash_words(script.sha256)))
        present = options.present or _ask_present(script, console)
        _write_new(out / SCRIPT_COPY, script_path.read_bytes())
        transcript.append(
            "ceremony.started",
            ceremony=script.id,
            name=script.name,
            mode="rehearsal" if options.rehearsal else "run",
            script_sha256=script.sha256,
            operator=options.operator,
            roles_present=present,
            outputs={SCRIPT_COPY: script.sha256},
        )
    else:
        started = transcript.entries[0]
        if started.get("script_sha256") != script.sha256:
            raise InputError(
                "ceremony.script_changed",
                "{name} is not the script this ceremony started with (SHA-256 {script_sha256}…, transcript has {transcript_sha256}…)",
                name=script_path.name,
                script_sha256=script.sha256[:16],
                transcript_sha256=str(started.get("script_sha256"))[:16],
            )
        if transcript.finished:
            raise InputError(
                "ceremony.complete_already",
                "the ceremony in {out} is complete already",
                out=out,
            )
        for entry in transcript.completed_steps().values():
            _finish_staged(out, entry)
        interrupted = sorted(transcript.started_steps() - set(transcript.completed_steps()))
        done = transcript.completed_steps()
        upcoming = next((step for step in script.steps if step.id not in done), None)
        console.show(
            RESUMING.format(id=script.id, out=out, done=len(done), total=len(script.steps))
        )
        same = True
        if options.present:
            present = options.present
        else:
            present, same = _confirm_present(script, console, _last_present(transcript), upcoming)
        transcript.append(
            "ceremony.resumed",
            roles_present=present,
            same_participants=same,
            **({"interrupted_step": interrupted[0]} if interrupted else {}),
        )
    shutil.rmtree(out / STAGING, ignore_errors=True)
    context = StepContext(
        ws,
        script,
        options.key_store or script.key_store,
        options.rehearsal,
        script_path.resolve().parent,
        options.so_pin,
    )
    done = transcript.completed_steps()
    for step in script.steps:
        if step.id in done:
            continue
        console.show("")
        console.show(describe_step(script, step))
        preview = PREVIEWS.get(step.action)
        aloud = read_aloud_text(step, preview(step, context), before=True) if preview else ""
        if aloud:
            console.show(aloud)
        _confirm(console, transcript, step, present)
        context.recorded = _ask_values(console, step)
        if step.id not in transcript.started_steps():
            transcript.append("step.started", step=step.id, actors=list(step.actors))
        result = ACTIONS[step.action](step, context)
        staged = out / STAGING / step.id
        make_private_dir(staged)
        for name, data in result.files.items():
            if (out / name).exists():
                raise AlreadyExistsError(
                    "ceremony.output_file_exists",
                    "{path} exists already: a ceremony never overwrites an output",
                    path=out / name,
                )
            _write_new(staged / name, data)
        aloud_values = read_aloud_values(step, result.recorded)
        entry = transcript.append(
            "step.completed",
            step=step.id,
            action=step.action,
            params=step.params,
            recorded=result.recorded,
            **({"read_aloud": aloud_values} if aloud_values else {}),
            outputs={name: hashlib.sha256(data).hexdigest() for name, data in result.files.items()},
        )
        _finish_staged(out, entry)
        for name in result.files:
            console.show(f"  wrote {name}")
        aloud = read_aloud_text(step, result.recorded)
        if aloud:
            console.show(aloud)
    transcript.append("ceremony.completed", outputs=transcript.outputs())
    shutil.rmtree(out / STAGING, ignore_errors=True)
    console.show("")
    console.show(
        f"Ceremony complete. Each participant now signs {TRANSCRIPT}: "
        f"idtoolkit ceremony sign {out} --role ROLE --p12 FILE"
    )
    return transcript
