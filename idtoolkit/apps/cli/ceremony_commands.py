"""``idtoolkit ceremony check|rehearse|run|sign|verify``: scripted, witnessed key ceremonies."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from idtoolkit.api.inputs import os_reason
from idtoolkit.api.messages import Message
from idtoolkit.apps.cli.context import open_workspace, workspace_dir
from idtoolkit.apps.cli.io import (
    EXIT_INTERRUPTED,
    EXIT_STOPPED,
    Stopped,
    emit,
    read_secret,
)
from idtoolkit.apps.cli.language import _, catalogue, nsay, say
from idtoolkit.apps.cli.parser import Subcommands, add_command, add_group
from idtoolkit.apps.cli.sign_commands import signing_credential
from idtoolkit.apps.cli.wording import cli_message
from idtoolkit.errors import InputError


def register(commands: Subcommands, common: argparse.ArgumentParser) -> None:
    cer = add_group(
        commands,
        "ceremony",
        "scripted, witnessed key ceremonies (check, rehearse, run, sign, verify)",
        "ceremony_command",
    )
    p = add_command(
        cer,
        "check",
        check,
        example="idtoolkit ceremony check ceremonies/national-root.toml",
        parents=[common],
        help="check a ceremony script; print its SHA-256, hash words and the inputs a run needs",
    )
    p.add_argument("file", help="the ceremony script (TOML)")
    p = add_command(
        cer,
        "rehearse",
        rehearse,
        example="idtoolkit ceremony rehearse ceremonies/national-root.toml --out rehearsal",
        parents=[common],
        help="run the whole script on a throwaway workspace/SoftHSM token; outputs marked REHEARSAL",
    )
    p.add_argument("file", help="the ceremony script (TOML)")
    p.add_argument("--out", required=True, help="new (or empty) directory for the rehearsal")
    p = add_command(
        cer,
        "run",
        run,
        example="idtoolkit ceremony run ceremonies/national-root.toml --out /media/ceremony",
        parents=[common],
        help="run a ceremony step by step, with typed confirmations (resumes when re-run)",
    )
    p.add_argument("file", help="the ceremony script (TOML)")
    p.add_argument("--out", required=True, help="the ceremony's directory (re-run to resume)")
    p.add_argument(
        "--so-pin-file",
        metavar="FILE",
        help="token SO PIN, for a token key backup (else $IDTOOLKIT_SO_PIN)",
    )
    p = add_command(
        cer,
        "sign",
        sign,
        example="idtoolkit ceremony sign /media/ceremony --role witness --p12 witness.p12",
        parents=[common],
        help="a participant signs the transcript (detached CMS)",
    )
    p.add_argument("dir", help="the ceremony's directory")
    p.add_argument("--role", required=True, help="the role the participant signs as")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--p12", help="the participant's PKCS#12")
    who.add_argument("--token", help="label of the participant's token")
    p.add_argument("--p12-password-file", metavar="FILE", help="file holding the PKCS#12 password")
    p.add_argument("--key-label", help="the key on the token (with --token)")
    p.add_argument("--module", help="PKCS#11 module (with --token)")
    p.add_argument("--chain", metavar="PEM", help="issuer certificates to embed (with --token)")
    p = add_command(
        cer,
        "verify",
        verify,
        example="idtoolkit ceremony verify /media/ceremony --root participants-ca.pem",
        parents=[common],
        help="check the transcript chain, output hashes and the role quorum; exit 0 only if all hold",
    )
    p.add_argument("dir", help="the ceremony's directory")
    p.add_argument(
        "--root",
        action="append",
        default=[],
        metavar="CERT",
        help="trust anchor of the participants' certificates (repeatable)",
    )


def check(args: argparse.Namespace) -> None:
    """The script is valid (exit 0), and what a run in this workspace will need: each input
    marked there now, missing now, or asked during the run, so a missing request or an
    uninitialised workspace is found before the ceremony day, not at its fifth step."""
    from idtoolkit.apps.ceremony import hash_words, run_inputs
    from idtoolkit.apps.ceremony import load_ceremony_script as load_script

    script = load_script(Path(args.file))
    words = hash_words(script.sha256)
    inputs = run_inputs(script, Path(args.file), workspace_dir(args))
    missing = [i for i in inputs if i.ready is False]
    words_of = catalogue()
    roles = words_of.text(
        [
            Message("ceremony.check.role_of", "{role} {minimum} of {of}", role=r.name,
                    minimum=r.minimum, of=r.of)
            if r.of
            else Message("ceremony.check.role", "{role} {minimum}", role=r.name,
                         minimum=r.minimum)
            for r in script.roles
        ]
    )  # fmt: skip
    lines = [
        say(
            "{file}: ceremony {id} ({name}) is valid", file=args.file, id=script.id,
            name=script.display_name or script.name,
        ),
        say("  roles: {roles}", roles=roles),
        nsay(
            "  steps ({count}): {steps}", "  steps ({count}): {steps}", len(script.steps),
            steps=", ".join(s.id for s in script.steps),
        ),
        say("  SHA-256: {sha256}", sha256=script.sha256),
        say("  words: {words}", words=" ".join(words)),
        _("  a run here needs:"),
    ]  # fmt: skip
    marks = {True: _("ok"), False: _("MISSING"), None: _("later")}
    width = max(len(m) for m in marks.values())
    for item in inputs:
        mark = marks[item.ready].ljust(width)
        note = cli_message(item.problem) if item.problem is not None else words_of.text(item.note)
        where = f" {words_of.data(item.where)}" if item.where else ""
        lines.append(
            f"    {mark} {words_of.text(item.what)}{where}" + (f": {note}" if note else "")
        )
    lines.append(
        nsay(
            "  not ready to run here: {count} input missing now",
            "  not ready to run here: {count} inputs missing now",
            len(missing),
        )
        if missing
        else _("  ready to run here")
    )
    emit(
        args,
        {
            "ceremony": script.id,
            "sha256": script.sha256,
            "words": words,
            "steps": [s.id for s in script.steps],
            "ready": not missing,
            "inputs": [
                {
                    "input": i.what,
                    "where": i.where,
                    "ready": i.ready,
                    "note": cli_message(i.problem) if i.problem is not None else i.note,
                }
                for i in inputs
            ],
        },
        "\n".join(lines),
    )


class StdinConsole:
    """Prompts on stdout, answers from stdin (a terminal or a pipe of confirmations)."""

    def show(self, text: str) -> None:
        print(text, flush=True)

    def ask(self, prompt: str) -> str | None:
        print(prompt, end="", flush=True)
        line = sys.stdin.readline()
        if not line:
            print()
            return None
        if not sys.stdin.isatty():
            print(line.rstrip("\n"))
        return line.rstrip("\n")


def rehearse(args: argparse.Namespace) -> None:
    from idtoolkit.apps.ceremony import AutoConsole
    from idtoolkit.apps.ceremony import rehearse_ceremony as run_rehearsal

    out = Path(args.out)
    run_rehearsal(Path(args.file), out, AutoConsole(show=not args.json))
    emit(
        args,
        {"out": str(out), "mode": "rehearsal"},
        say(
            "rehearsal complete in {out}; check it with: {command}",
            out=out,
            command=f"idtoolkit ceremony verify {out}",
        ),
    )


def run(args: argparse.Namespace) -> None:
    from idtoolkit.api import current_actor
    from idtoolkit.apps.ceremony import CeremonyStopped, RunOptions, run_ceremony

    def so_pin(label: str) -> bytes:
        return read_secret(args, "so_pin_file", "IDTOOLKIT_SO_PIN", f"SO PIN of token {label!r}")

    with open_workspace(args) as ws:
        try:
            run_ceremony(
                ws,
                Path(args.file),
                Path(args.out),
                StdinConsole(),
                RunOptions(so_pin=so_pin, operator=current_actor()),
            )
        except CeremonyStopped as exc:
            # A pause is what the operator asked for: a sentence, its own exit code, no "error:".
            message = cli_message(exc)
            print(message[:1].upper() + message[1:] + ".", file=sys.stderr, flush=True)
            raise Stopped(EXIT_STOPPED) from None
        except KeyboardInterrupt:
            print(
                "\n" + say("Interrupted: run the same command again to resume the ceremony."),
                file=sys.stderr,
                flush=True,
            )
            raise Stopped(EXIT_INTERRUPTED) from None


def sign(args: argparse.Namespace) -> None:
    from idtoolkit.apps.ceremony import load_ceremony_copy, sign_transcript

    directory = Path(args.dir)
    script = load_ceremony_copy(directory)
    path = sign_transcript(directory, script, args.role, signing_credential(args))
    emit(
        args,
        {"signature": str(path), "role": args.role},
        say("signed as {role}: {path}", role=args.role, path=path),
    )


def verify(args: argparse.Namespace) -> None:
    from idtoolkit.api import load_certificates
    from idtoolkit.apps.ceremony import verify_ceremony

    trust = []
    for name in args.root:
        try:
            trust += load_certificates(Path(name).read_bytes(), name)
        except OSError as exc:
            raise InputError(
                "cli.trust_anchor_unreadable",
                "cannot read {path}: {strerror}",
                path=name,
                strerror=os_reason(exc),
            ) from None
    report = verify_ceremony(Path(args.dir), trust)
    mode = _("rehearsal") if report.mode == "rehearsal" else _("ceremony")
    lines = [
        say(
            "ceremony {ceremony} ({mode}): {steps} steps, {outputs} outputs, "
            "{signatures} signatures",
            ceremony=report.ceremony, mode=mode, steps=report.steps, outputs=report.outputs,
            signatures=len(report.signatures),
        )
    ]  # fmt: skip
    if report.mode == "rehearsal":
        lines.append(
            _("  REHEARSAL: signatures checked against the rehearsal's own participants' CA")
        )
    for s in report.signatures:
        said = {"role": s.role, "signer": s.signer, "file": s.file}
        if s.ok:
            lines.append(say("  ok  {role}: {signer} ({file})", **said))
        else:
            lines.append(say("  BAD {role}: {signer} ({file})", **said))
    if report.shares_absent:
        lines.append(
            say(
                "  backup shares not in {dir} (kept by their custodians, not checked): {shares}",
                dir=args.dir,
                shares=", ".join(report.shares_absent),
            )
        )
    data = {
        "ok": report.ok,
        "ceremony": report.ceremony,
        "mode": report.mode,
        "problems": report.problems,
        "shares_absent": report.shares_absent,
        "signatures": [{"role": s.role, "signer": s.signer, "ok": s.ok} for s in report.signatures],
    }
    if report.ok:
        emit(
            args,
            data,
            "\n".join([*lines, _("ceremony verified: transcript, outputs and quorum hold")]),
        )
        return
    if args.json:
        emit(args, data, "")
    else:
        print("\n".join(lines))
    raise InputError(
        "ceremony.does_not_verify",
        "ceremony does not verify: {problems}",
        problems="; ".join(report.problems),
    )
