"""What a ceremony run will need, and whether it is there now: ``ceremony check`` lists it.

A script can be valid and still not runnable here: its sub-CA's request not yet brought in, the
workspace not initialised, the token not plugged in, or a CA of the same name already in the
workspace (the run would take it for its own root, made by an interrupted first attempt). The
check says so days before the ceremony, not at its fifth step. The English texts are here, in
one place, as messages.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from idtoolkit.api.messages import Message
from idtoolkit.api.workspace import Workspace, load_config
from idtoolkit.apps.ceremony.script import Script
from idtoolkit.errors import IDToolkitError, NotFoundError

#: The texts of the listing, as messages (said in the user's language by the front end).
WORKSPACE = Message("ceremony.input.workspace", "workspace")
PASSPHRASE = Message("ceremony.input.passphrase", "workspace passphrase")
ASKED = Message("ceremony.input.asked", "asked during the run")
FILE_MISSING = Message("ceremony.input.file_missing", "bring it before the ceremony starts")
NOT_INITIALISED = Message("ceremony.input.not_initialised", "not initialised yet")
TOKEN_ABSENT = Message(
    "ceremony.input.token_absent",
    "not found: plug it in (or initialise it) before the ceremony starts",
)
NEEDS_WORKSPACE = Message(
    "ceremony.input.needs_workspace", "cannot tell before the workspace exists"
)
CA_FREE = Message("ceremony.input.ca_free", "no CA of that name in the workspace yet")
CA_TAKEN = Message(
    "ceremony.input.ca_taken",
    "the workspace has a CA of that name: a new run would take it for its own root",
)


def _request(step: str) -> Message:
    return Message("ceremony.input.request", "request of step {step}", step=step)


def _token_named(label: str) -> Message:
    return Message("ceremony.input.token", "token {label}", label=label)


def _ca_name(name: str) -> Message:
    return Message("ceremony.input.ca_name", "CA name {name}", name=name)


def _user_pin(label: str) -> Message:
    return Message("ceremony.input.user_pin", "user PIN of token {label}", label=label)


def _so_pin(label: str) -> Message:
    return Message(
        "ceremony.input.so_pin",
        "security officer PIN of token {label} (for the key backup)",
        label=label,
    )


@dataclass(frozen=True)
class RunInput:
    """One thing the run needs. ``ready``: True there now, False missing now, None cannot be
    told before the run (a secret typed then). ``problem``: the error behind a False, worded by
    the front end (the CLI says which command initialises a workspace)."""

    what: str
    where: str
    ready: bool | None
    note: str = ""
    problem: IDToolkitError | None = None


def run_inputs(script: Script, script_path: Path, workspace_dir: Path) -> list[RunInput]:
    found: list[RunInput] = []
    ws = _workspace(workspace_dir, found)
    try:
        found += _requests(script, script_path)
        found += _key_store(script, ws)
        found += _ca_names(script, ws)
    finally:
        if ws is not None:
            ws.close()
    return found


def _workspace(directory: Path, found: list[RunInput]) -> Workspace | None:
    try:
        load_config(directory.expanduser())
        ws = Workspace.open(directory)
    except NotFoundError as exc:
        found.append(RunInput(WORKSPACE, str(directory), False, NOT_INITIALISED, exc))
        return None
    except IDToolkitError as exc:
        found.append(RunInput(WORKSPACE, str(directory), False, str(exc), exc))
        return None
    found.append(RunInput(WORKSPACE, str(directory), True))
    return ws


def _requests(script: Script, script_path: Path) -> list[RunInput]:
    from idtoolkit.api.inputs import load_csr

    found: list[RunInput] = []
    base = script_path.resolve().parent
    for step in script.steps:
        if step.action != "sign_csr":
            continue
        what = _request(step.id)
        path = base / step.params["csr"]
        if not path.is_file():
            found.append(RunInput(what, str(path), False, FILE_MISSING))
            continue
        try:
            load_csr(path.read_bytes(), str(path))
        except IDToolkitError as exc:
            found.append(RunInput(what, str(path), False, str(exc), exc))
            continue
        except OSError as exc:
            found.append(RunInput(what, str(path), False, str(exc.strerror or exc)))
            continue
        found.append(RunInput(what, str(path), True))
    return found


def _key_store(script: Script, ws: Workspace | None) -> list[RunInput]:
    if not script.key_store.startswith("pkcs11:"):
        return [RunInput(PASSPHRASE, "", None, ASKED)]
    label = script.key_store.split("token=", 1)[1].split(";", 1)[0]
    found = [_token(label, ws), RunInput(_user_pin(label), "", None, ASKED)]
    if any(step.action == "split_backup" for step in script.steps):
        found.append(RunInput(_so_pin(label), "", None, ASKED))
    return found


def _token(label: str, ws: Workspace | None) -> RunInput:
    what = _token_named(label)
    if ws is None:
        return RunInput(what, "", None, NEEDS_WORKSPACE)
    from idtoolkit.api.workspace import list_workspace_tokens

    try:
        labels = {token.label for token in list_workspace_tokens(ws)}
    except IDToolkitError as exc:
        return RunInput(what, "", False, str(exc), exc)
    if label in labels:
        return RunInput(what, "", True)
    return RunInput(what, "", False, TOKEN_ABSENT)


def _ca_names(script: Script, ws: Workspace | None) -> list[RunInput]:
    from idtoolkit.apps.ceremony.actions import ca_exists

    found: list[RunInput] = []
    for step in script.steps:
        if step.action != "create_root":
            continue
        what = _ca_name(step.params["ca"])
        if ws is None:
            found.append(RunInput(what, "", None, NEEDS_WORKSPACE))
        elif ca_exists(ws, step.params["ca"]):
            found.append(RunInput(what, "", False, CA_TAKEN))
        else:
            found.append(RunInput(what, "", True, CA_FREE))
    return found
