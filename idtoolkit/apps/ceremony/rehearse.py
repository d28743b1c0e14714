"""Rehearsals: the whole script on a throwaway workspace (and a throwaway SoftHSM token when
the script uses a token), confirmed automatically, its certificates named REHEARSAL, its
transcript signed by generated participants of every role, so ``ceremony verify`` checks the
rehearsal exactly as it will check the real ceremony."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from cryptography.hazmat.primitives import serialization

from idtoolkit.api.workspace import Workspace
from idtoolkit.apps.ceremony.participants import make_participant, participants_ca
from idtoolkit.apps.ceremony.runner import RunOptions, run_ceremony
from idtoolkit.apps.ceremony.script import load_script
from idtoolkit.apps.ceremony.signatures import sign_transcript
from idtoolkit.apps.ceremony.transcript import Transcript
from idtoolkit.apps.ceremony.verify import PARTICIPANTS_CA, REHEARSAL_DIR
from idtoolkit.apps.ceremony.words import asked_envelope, asked_value
from idtoolkit.errors import AlreadyExistsError


class AutoConsole:
    """Answers every confirmation with 'yes' and every recorded value with a placeholder."""

    def __init__(self, show: bool = True):
        self.lines: list[str] = []
        self._show = show

    def show(self, text: str) -> None:
        self.lines.append(text)
        if self._show:
            print(text)

    def ask(self, prompt: str) -> str | None:
        self.lines.append(prompt + "(rehearsal)")
        name = asked_value(prompt)
        if name is not None:
            return "REHEARSAL-" + name
        share = asked_envelope(prompt)
        if share is not None:
            return "REHEARSAL-envelope-" + share
        return "yes"


def rehearse(script_path: Path, out: Path, console: AutoConsole | None = None) -> Transcript:
    script = load_script(script_path)
    if out.exists() and any(out.iterdir()):
        raise AlreadyExistsError(
            "ceremony.rehearsal_folder_not_empty",
            "{out} is not empty: a rehearsal starts in a new directory",
            out=out,
        )
    work = out / REHEARSAL_DIR
    work.mkdir(parents=True)
    (out / "REHEARSAL.txt").write_text(
        "This directory holds a REHEARSAL of the ceremony. Nothing in it is a real key, "
        "certificate or key share.\n",
        encoding="utf-8",
    )
    key_store = script.key_store
    user_pin = secrets.token_hex(8).encode()
    so_pin = secrets.token_hex(8).encode()
    if key_store.startswith("pkcs11:"):
        from idtoolkit.api.softhsm import SoftHSMEnv

        env = SoftHSMEnv.create(work / "softhsm")
        os.environ.update(env.env())
        os.environ["IDTOOLKIT_PKCS11_MODULE"] = str(env.module)
        label = key_store.split("token=", 1)[1].split(";", 1)[0]
        env.add_token(label, so_pin.decode(), user_pin.decode())
    passphrase = secrets.token_urlsafe(24).encode()
    ws = Workspace.init(work / "workspace", passphrase)
    ws.set_pin_provider(lambda _label: user_pin)
    org = f"REHEARSAL {script.id}"
    ca_key, ca_cert = participants_ca(org)
    (work / PARTICIPANTS_CA).write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    people = [
        make_participant(role.name, f"{role.title} {i}", ca_key, ca_cert)
        for role in script.roles
        for i in range(1, role.minimum + 1)
    ]
    present: dict[str, list[str]] = {}
    for person in people:
        present.setdefault(person.role, []).append(person.name)
    try:
        transcript = run_ceremony(
            ws,
            script_path,
            out,
            console or AutoConsole(),
            RunOptions(
                rehearsal=True,
                so_pin=lambda _label: so_pin,
                present=present,
                operator="rehearsal",
            ),
        )
    finally:
        ws.close()
    for person in people:
        sign_transcript(out, script, person.role, person.credential)
    return transcript
