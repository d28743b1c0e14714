"""``idtoolkit audit verify|export|seal``: the audit trail's hash chain, and seals of its head
signed with a CA key."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from idtoolkit import api
from idtoolkit.api.files import is_stream, write_new
from idtoolkit.apps.cli.context import open_workspace
from idtoolkit.apps.cli.io import check_writable, emit, write_file
from idtoolkit.apps.cli.language import nsay, say
from idtoolkit.apps.cli.parser import Subcommands, add_command, add_group
from idtoolkit.errors import AuditError, InputError


def register(commands: Subcommands, common: argparse.ArgumentParser) -> None:
    aud = add_group(commands, "audit", "the audit trail", "audit_command")
    p = add_command(
        aud,
        "verify",
        audit_verify,
        example="idtoolkit audit verify --expect-head 42:3f2a…",
        parents=[common],
        help="verify the hash chain",
    )
    p.add_argument(
        "--expect-head", metavar="SEQ:HASH", help="a head recorded earlier (detects rewriting)"
    )
    p.add_argument(
        "--seal",
        nargs="+",
        default=[],
        metavar="FILE",
        help="seal files from 'audit seal': prove no event up to each sealed head was rewritten",
    )
    p = add_command(
        aud,
        "export",
        audit_export,
        example="idtoolkit audit export --out audit.jsonl",
        parents=[common],
        help="write events as JSON lines",
    )
    p.add_argument("--out", help="file (default: standard output)")
    p = add_command(
        aud,
        "seal",
        audit_seal,
        example="idtoolkit audit seal --ca root --out audit-seal-2026-11.json",
        parents=[common],
        help="sign the audit chain's head with a CA key into a file",
    )
    p.add_argument("--ca", required=True, help="the CA whose key signs the seal")
    p.add_argument("--out", required=True, help="the seal file an auditor keeps")


def audit_verify(args: argparse.Namespace) -> None:
    with open_workspace(args) as ws:
        result = api.verify_audit(ws, args.expect_head)
    data = {
        "ok": result.ok,
        "events": result.events,
        "head": result.head,
        "problem": result.problem,
        "first_bad_seq": result.first_bad_seq,
    }
    if result.ok and args.seal:
        seal_lines, said = verify_seals(args)  # raises AuditError naming the seal that fails
        emit(args, {**data, "seals": seal_lines}, "\n".join([_intact(result), *said]))
        return
    if result.ok:
        emit(args, data, _intact(result))
        return
    if args.json:
        emit(args, data, "")
    raise AuditError(
        "cli.audit_chain_broken", "audit chain broken: {problem}", problem=result.problem
    )


def _intact(result: api.VerifyResult) -> str:
    return nsay(
        "audit chain intact: {count} event, head {head}",
        "audit chain intact: {count} events, head {head}",
        result.events,
        head=result.head,
    )


def audit_export(args: argparse.Namespace) -> None:
    with open_workspace(args) as ws:
        events, result = api.export_audit_events(ws)
    lines = [json.dumps(event, ensure_ascii=False) for event in events]
    body = ("\n".join(lines) + "\n").encode() if lines else b""
    if args.out:
        write_file(Path(args.out), body)
        wrote = nsay(
            "wrote {count} event to {out}; head {head}",
            "wrote {count} events to {out}; head {head}",
            len(lines),
            out=args.out,
            head=result.head,
        )
        if not result.ok:
            wrote += " " + say("(WARNING: {problem})", problem=result.problem)
        print(wrote, file=sys.stderr)
    else:
        sys.stdout.write(body.decode())


def audit_seal(args: argparse.Namespace) -> None:
    from idtoolkit.api import create_seal, seal_bytes

    out = Path(args.out).expanduser()
    _refuse_existing_seal(out)  # before sealing: the seal is an audit event of its own
    with open_workspace(args) as ws:
        seal = create_seal(ws, args.ca)
    if is_stream(out):
        write_file(out, seal_bytes(seal))
    else:
        try:
            write_new(out, seal_bytes(seal), secret=False, sync=True)
        except FileExistsError:
            _refuse_existing_seal(out)
            raise
    emit(
        args,
        {"seal": args.out, "seq": seal.seq, "hash": seal.hash, "ca": seal.ca},
        say(
            "sealed events {first}..{last} (head {head}…) with CA {ca}: {out}",
            first=1,
            last=seal.seq,
            head=seal.hash[:16],
            ca=seal.ca,
            out=args.out,
        ),
    )


def _refuse_existing_seal(out: Path) -> None:
    """An auditor's earlier seal is evidence: a new one never replaces it."""
    check_writable(out)
    if not is_stream(out) and (out.exists() or out.is_symlink()):
        raise InputError(
            "cli.seal_exists",
            "{path} already exists: a seal never replaces an earlier one; choose a new file name",
            path=str(out),
        )


def verify_seals(args: argparse.Namespace) -> tuple[list[str], list[str]]:
    """For ``audit verify --seal FILE…``: the engine's English lines (for ``--json``) and the
    same lines in the user's language, or AuditError."""
    from idtoolkit.api import read_seals
    from idtoolkit.api import verify_seals as check

    seals = read_seals([Path(p) for p in args.seal])
    with open_workspace(args) as ws:
        lines = check(ws, seals)
    said = [
        say(
            "seal {source}: events {first}..{last} match the head {ca} sealed on {at}",
            source=seal.source,
            first=1,
            last=seal.seq,
            ca=seal.ca,
            at=seal.at,
        )
        for seal in seals
    ]
    return lines, said
