"""``idtoolkit ceremony …``, ``ca backup split|restore`` and ``audit seal`` / ``verify --seal``.

The sub-commands are registered here (``add_parsers``) so the shared parser only calls in.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from idtoolkit.apps.cli.context import open_workspace
from idtoolkit.apps.cli.io import emit, read_secret, write_file
from idtoolkit.errors import AuditError, InputError


def add_parsers(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    ca: argparse._SubParsersAction,  # type: ignore[type-arg]
    aud: argparse._SubParsersAction,  # type: ignore[type-arg]
    common: argparse.ArgumentParser,
) -> None:
    cer = commands.add_parser(
        "ceremony", help="scripted, witnessed key ceremonies (check, rehearse, run, sign, verify)"
    ).add_subparsers(dest="ceremony_command", required=True, metavar="ACTION")
    p = cer.add_parser(
        "check", parents=[common], help="check a ceremony script; print its SHA-256 and hash words"
    )
    p.add_argument("file", help="the ceremony script (TOML)")
    p = cer.add_parser(
        "rehearse",
        parents=[common],
        help="run the whole script on a throwaway workspace/SoftHSM token; outputs marked REHEARSAL",
    )
    p.add_argument("file", help="the ceremony script (TOML)")
    p.add_argument("--out", required=True, help="new (or empty) directory for the rehearsal")
    p = cer.add_parser(
        "run",
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
    p = cer.add_parser(
        "sign", parents=[common], help="a participant signs the transcript (detached CMS)"
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
    p = cer.add_parser(
        "verify",
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

    bk = ca.add_parser("backup", help="M-of-N backup of a CA key").add_subparsers(
        dest="backup_command", required=True, metavar="ACTION"
    )
    p = bk.add_parser(
        "split", parents=[common], help="encrypt the CA key and split its key into N shares"
    )
    p.add_argument("name", help="the CA")
    p.add_argument("--shares", type=int, required=True, help="N: how many shares to write")
    p.add_argument("--threshold", type=int, required=True, help="M: how many restore the key")
    p.add_argument("--out", required=True, help="directory for the backup and share files")
    p.add_argument("--so-pin-file", metavar="FILE", help="token SO PIN (token keys)")
    p = bk.add_parser(
        "restore", parents=[common], help="recreate a CA with its key from a backup and M shares"
    )
    p.add_argument("dir", help="the directory holding NAME-backup.json (or the file)")
    p.add_argument("--shares", nargs="+", required=True, metavar="FILE", help="M share files")
    p.add_argument("--key-store", metavar="STORE", help="pkcs11:token=LABEL for a token key backup")
    p.add_argument("--name", help="name of the restored CA (default: the backed-up name)")

    p = aud.add_parser(
        "seal", parents=[common], help="sign the audit chain's head with a CA key into a file"
    )
    p.add_argument("--ca", required=True, help="the CA whose key signs the seal")
    p.add_argument("--out", required=True, help="the seal file an auditor keeps")


def handlers() -> dict[tuple[str, str | None], object]:
    return {
        ("ceremony", "check"): check,
        ("ceremony", "rehearse"): rehearse,
        ("ceremony", "run"): run,
        ("ceremony", "sign"): sign,
        ("ceremony", "verify"): verify,
        ("ca", "backup"): backup,
        ("audit", "seal"): audit_seal,
    }


def check(args: argparse.Namespace) -> None:
    from idtoolkit.apps.ceremony import hash_words
    from idtoolkit.apps.ceremony import load_ceremony_script as load_script

    script = load_script(Path(args.file))
    words = hash_words(script.sha256)
    roles = ", ".join(
        f"{r.name} {r.minimum}" + (f" of {r.of}" if r.of else "") for r in script.roles
    )
    text = "\n".join(
        [
            f"{args.file}: ceremony {script.id} ({script.name}) is valid",
            f"  roles: {roles}",
            f"  steps ({len(script.steps)}): " + ", ".join(s.id for s in script.steps),
            f"  SHA-256: {script.sha256}",
            "  words: " + " ".join(words),
        ]
    )
    emit(
        args,
        {
            "ceremony": script.id,
            "sha256": script.sha256,
            "words": words,
            "steps": [s.id for s in script.steps],
        },
        text,
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
        f"rehearsal complete in {out}; check it with: idtoolkit ceremony verify {out}",
    )


def run(args: argparse.Namespace) -> None:
    from idtoolkit.api import current_actor
    from idtoolkit.apps.ceremony import RunOptions, run_ceremony

    def so_pin(label: str) -> bytes:
        return read_secret(args, "so_pin_file", "IDTOOLKIT_SO_PIN", f"SO PIN of token {label!r}")

    with open_workspace(args) as ws:
        run_ceremony(
            ws,
            Path(args.file),
            Path(args.out),
            StdinConsole(),
            RunOptions(so_pin=so_pin, operator=current_actor()),
        )


def sign(args: argparse.Namespace) -> None:
    from idtoolkit.apps.ceremony import load_ceremony_copy, sign_transcript
    from idtoolkit.apps.cli.sign_commands import _credential

    directory = Path(args.dir)
    script = load_ceremony_copy(directory)
    path = sign_transcript(directory, script, args.role, _credential(args))
    emit(args, {"signature": str(path), "role": args.role}, f"signed as {args.role}: {path}")


def verify(args: argparse.Namespace) -> None:
    from idtoolkit.api import load_certificates
    from idtoolkit.apps.ceremony import verify_ceremony

    trust = []
    for name in args.root:
        try:
            trust += load_certificates(Path(name).read_bytes(), name)
        except OSError as exc:
            raise InputError(
                "cli.not_read", "cannot read {name}: {strerror}", name=name, strerror=exc.strerror
            ) from None
    report = verify_ceremony(Path(args.dir), trust)
    lines = [
        f"ceremony {report.ceremony} ({report.mode}): {report.steps} steps, "
        f"{report.outputs} outputs, {len(report.signatures)} signatures"
    ]
    if report.mode == "rehearsal":
        lines.append("  REHEARSAL: signatures checked against the rehearsal's own participants' CA")
    lines += [
        f"  {'ok ' if s.ok else 'BAD'} {s.role}: {s.signer} ({s.file})" for s in report.signatures
    ]
    data = {
        "ok": report.ok,
        "ceremony": report.ceremony,
        "mode": report.mode,
        "problems": report.problems,
        "signatures": [{"role": s.role, "signer": s.signer, "ok": s.ok} for s in report.signatures],
    }
    if report.ok:
        emit(
            args,
            data,
            "\n".join([*lines, "ceremony verified: transcript, outputs and quorum hold"]),
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


def backup(args: argparse.Namespace) -> None:
    from idtoolkit.api import restore_ca_key, show_ca, split_ca_key

    with open_workspace(args) as ws:
        if args.backup_command == "split":
            so_pin = None
            token = show_ca(ws, args.name)[0].token_label
            if token:
                so_pin = read_secret(
                    args, "so_pin_file", "IDTOOLKIT_SO_PIN", f"SO PIN of token {token!r}"
                )
            result = split_ca_key(
                ws, args.name, args.threshold, args.shares, Path(args.out), so_pin=so_pin
            )
            emit(
                args,
                {
                    "backup": str(result.backup_file),
                    "shares": [str(p) for p in result.share_files],
                    "kind": result.kind,
                },
                f"wrote {result.backup_file} and {len(result.share_files)} shares "
                f"({args.threshold} restore the key):\n"
                + "\n".join(f"  {p}" for p in result.share_files),
            )
        else:
            name = restore_ca_key(
                ws,
                Path(args.dir),
                [Path(s) for s in args.shares],
                key_store=args.key_store,
                name=args.name,
            )
            emit(args, {"ca": name}, f"restored CA {name} with its key into this workspace")


def audit_seal(args: argparse.Namespace) -> None:
    from idtoolkit.api import create_seal, seal_bytes

    with open_workspace(args) as ws:
        seal = create_seal(ws, args.ca)
    write_file(Path(args.out), seal_bytes(seal))
    emit(
        args,
        {"seal": args.out, "seq": seal.seq, "hash": seal.hash, "ca": seal.ca},
        f"sealed events 1..{seal.seq} (head {seal.hash[:16]}…) with CA {seal.ca}: {args.out}",
    )


def verify_seals(args: argparse.Namespace) -> list[str]:
    """For ``audit verify --seal FILE…``: the lines to print, or AuditError."""
    from idtoolkit.api import read_seals
    from idtoolkit.api import verify_seals as check

    with open_workspace(args) as ws:
        return check(ws, read_seals([Path(p) for p in args.seal]))


__all__ = ["AuditError", "add_parsers", "handlers"]
