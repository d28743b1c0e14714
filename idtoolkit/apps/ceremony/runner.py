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
from idtoolkit.apps.ceremony.actions import (
    ACTIONS,
    BEFORE_FIRST_START,
    PREVIEWS,
    StepContext,
    ca_exists,
)
from idtoolkit.apps.ceremony.readout import read_aloud_text, read_aloud_values
from idtoolkit.apps.ceremony.script import Script, Step, hash_words, load_script
from idtoolkit.apps.ceremony.transcript import TRANSCRIPT, Transcript, read_transcript
from idtoolkit.apps.ceremony.words import (
    actors_phrase,
    labelled,
    list_separator,
    ltr_id,
    param_line,
    text,
)
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
    language: str | None = None  # the reader's; default: the environment's, as the CLI's


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def describe_step(script: Script, step: Step) -> str:
    number = script.steps.index(step) + 1
    lang = script.language
    lines = [
        text(lang, "step", number=number, total=len(script.steps), title=step.title),
        text(lang, "action", action=step.action, actors=_actors(script, step, lang) or "-"),
    ]
    if step.say:
        lines.append(text(lang, "say", say=step.say))
    for key, value in step.params.items():
        if key == "record":
            lines.append(text(lang, "records", names=", ".join(value)))
        else:
            shown = ", ".join(map(str, value)) if isinstance(value, list) else value
            lines.append(param_line(lang, key, str(shown)))
    outputs = step.outputs()
    if outputs:
        lines.append(text(lang, "writes", outputs=", ".join(outputs)))
    return "\n".join(lines)


def _actors(script: Script, step: Step, lang: str) -> str:
    """The step's roles, each by its title in the reader's language (its id in English, or
    when the script has no title in that language)."""
    if lang == "en":
        return ", ".join(step.actors)
    labels = _role_labels(script)
    return list_separator(lang).join(labels.get(a) or ltr_id(lang, a) for a in step.actors)


def _role_labels(script: Script) -> dict[str, str]:
    return {role.name: role.label for role in script.roles if role.label}


def _write_new(path: Path, data: bytes) -> None:
    try:
        write_new(path, data, secret="-share-" in path.name, sync=True)
    except FileExistsError:
        raise AlreadyExistsError(
            "ceremony.output_exists",
            "{path} exists already: a ceremony never overwrites an output",
            path=path,
        ) from None


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
    lang = script.language
    for role in script.roles:
        if role.of:
            need = text(lang, "at_least_of", minimum=role.minimum, of=role.of)
        else:
            need = text(lang, "at_least", minimum=role.minimum)
        while True:
            answer = console.ask(text(lang, "names", title=role.label or role.title, need=need))
            if answer is None or _is_stop(answer):
                raise _stopped(next_step)
            names = [n.strip() for n in answer.split(",") if n.strip()]
            if len(names) >= role.minimum:
                present[role.name] = names
                break
            console.show(
                text(
                    lang,
                    "too_few",
                    title=role.label or role.title,
                    count=len(names),
                    minimum=role.minimum,
                )
            )
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
    lang = script.language
    console.show(text(lang, "took_part"))
    for role in script.roles:
        console.show(f"  {role.label or role.title}: {', '.join(previous[role.name])}")
    while True:
        answer = console.ask(text(lang, "same_people"))
        if answer is None or _is_stop(answer):
            raise _stopped(next_step)
        if answer.strip().lower() == "yes":
            return previous, True
        if answer.strip().lower() == "names":
            return _ask_present(script, console, next_step), False
        console.show(text(lang, "yes_or_names"))


def _confirm(
    console: Console,
    transcript: Transcript,
    step: Step,
    lang: str,
    labels: dict[str, str] | None = None,
) -> None:
    actors = list(step.actors)
    key = "confirm" if len(actors) > 1 else "confirm_one"
    while True:
        phrase = actors_phrase(lang, actors, labels)
        answer = console.ask(text(lang, key, actors=phrase, step=step.id))
        if answer is None or _is_stop(answer):
            raise _stopped(step)
        answer = answer.strip()
        if answer.lower() == "yes":
            return
        if answer.lower().startswith("exception:"):
            note = answer.split(":", 1)[1].strip()
            witness = _ask_line(console, text(lang, "witness"), step)
            transcript.append("exception", step=step.id, text=note, witness=witness)
            console.show(text(lang, "recorded"))
            continue
        console.show(text(lang, "yes_only"))


def _ask_line(console: Console, prompt: str, step: Step) -> str:
    """A non-empty answer; ``stop`` or the end of input pauses before ``step`` (nothing of it
    happened yet, so it is asked again on resume), as at every other prompt."""
    while True:
        answer = console.ask(prompt)
        if answer is None or _is_stop(answer):
            raise _stopped(step)
        if answer.strip():
            return answer.strip()


def _ask_values(console: Console, step: Step, lang: str) -> dict[str, Any]:
    values: dict[str, Any] = {
        name: _ask_line(console, text(lang, "value", name=name), step)
        for name in step.params.get("record", [])
    }
    if step.action == "split_backup":
        values.update(_ask_envelopes(console, step, lang))
    return values


def _ask_envelopes(console: Console, step: Step, lang: str) -> dict[str, dict[str, str]]:
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
            console, text(lang, "envelope", number=number, count=count, file=file), step
        )
        if envelope in by_number:
            console.show(
                text(lang, "duplicate_envelope", envelope=envelope, number=by_number[envelope])
            )
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
    script = load_script(script_path, options.language)
    lang = script.language
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
        console.show(text(lang, "heading", id=script.id, title=script.display_name or script.name))
        if script.missing_language:
            console.show(script.missing_language)
        console.show(text(lang, "script_hash", sha256=script.sha256))
        console.show(labelled(lang, text(lang, "read_aloud"), " ".join(hash_words(script.sha256))))
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
            text(lang, "resuming", id=script.id, out=out, done=len(done), total=len(script.steps))
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
        aloud = (
            read_aloud_text(step, preview(step, context), before=True, lang=lang) if preview else ""
        )
        if aloud:
            console.show(aloud)
        check = BEFORE_FIRST_START.get(step.action)
        if check is not None and step.id not in transcript.started_steps():
            check(step, context)  # before anyone confirms: nothing of the step is done yet
        _confirm(console, transcript, step, lang, _role_labels(script))
        context.recorded = _ask_values(console, step, lang)
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
            console.show(text(lang, "wrote", name=name))
        aloud = read_aloud_text(step, result.recorded, lang=lang)
        if aloud:
            console.show(aloud)
    transcript.append("ceremony.completed", outputs=transcript.outputs())
    shutil.rmtree(out / STAGING, ignore_errors=True)
    console.show("")
    console.show(
        text(
            lang,
            "complete",
            transcript=TRANSCRIPT,
            command=f"idtoolkit ceremony sign {out} --role ROLE --p12 FILE",
        )
    )
    return transcript
