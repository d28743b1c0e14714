"""The ``hsm-sim`` command line (also ``idtoolkit hsm sim``, ``python -m hsm_sim.provision`` and
``python -m hsm_sim``): PINs from files or the environment, never argv; errors are one line.

An application over the face (:mod:`idtoolkit.api.softhsm`), so the ``idtoolkit`` CLI can embed
it without importing :mod:`hsm_sim`, which keeps only its old entry points over this one."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import asdict
from pathlib import Path
from typing import NoReturn

from idtoolkit.api.inputs import os_reason
from idtoolkit.api.softhsm import ENV_PIN, ENV_SO_PIN, HsmSimError, SoftHSMEnv, TokenInfo


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one HsmSimError line instead of exiting 2."""

    def error(self, message: str) -> NoReturn:
        raise HsmSimError("token.sim_usage", "{prog}: {message}", prog=self.prog, message=message)


def _read_pin(file: str | None, env_name: str, what: str) -> str:
    """A PIN from --*-pin-file (first line) or the environment; never from argv."""
    if file is not None:
        try:
            with open(file, encoding="utf-8") as handle:
                pin = handle.readline().rstrip("\r\n")
        except OSError as exc:
            raise HsmSimError(
                "token.pin_file_unreadable",
                "cannot read {what} file {file}: {strerror}",
                what=what,
                file=file,
                strerror=os_reason(exc),
            ) from None
        if not pin:
            raise HsmSimError(
                "token.pin_file_empty", "{what} file {file} is empty", what=what, file=file
            )
        return pin
    pin = os.environ.get(env_name, "")
    if not pin:
        raise HsmSimError(
            "token.pin_not_given",
            "no {what}: set ${env_name} or pass a {what} file",
            what=what,
            env_name=env_name,
        )
    return pin


#: The one example each command's --help ends with, as every idtoolkit command's does (a
#: trainer setting up a class reads them); ``{prog}`` is the name the command was run by.
EXAMPLES = {
    "": "{prog} add-token --dir lab/hsm --label student --count 20",
    "init": "{prog} init --dir lab/hsm",
    "add-token": "{prog} add-token --dir lab/hsm --label student --count 20 --pin-file pin.txt",
    "list": "{prog} list --dir lab/hsm --json",
    "delete-token": "{prog} delete-token --dir lab/hsm --label student-07",
    "reset": "{prog} reset --dir lab/hsm",
}


def _example(command: str, prog: str) -> str:
    return "example:\n  " + EXAMPLES[command].format(prog=prog)


def build_parser(prog: str = "hsm-sim") -> argparse.ArgumentParser:
    """The CLI grammar; exposed so the main CLI can embed or document it."""
    parser = _Parser(
        prog=prog,
        description="Isolated SoftHSM2 tokens for labs and tests.",
        epilog=_example("", prog),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def with_dir(name: str, help_text: str) -> argparse.ArgumentParser:
        cmd = sub.add_parser(
            name,
            help=help_text,
            description=help_text,
            epilog=_example(name, prog),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        cmd.add_argument("--dir", required=True, type=Path, help="environment directory")
        return cmd

    with_dir("init", "create an environment (prints SOFTHSM2_CONF=...)")
    add = with_dir("add-token", "initialise a token, or --count numbered tokens")
    add.add_argument("--label", required=True, help="label, or prefix with --count")
    add.add_argument("--count", type=int, help="create LABEL-01 .. LABEL-NN")
    add.add_argument("--so-pin-file", help=f"file holding the SO PIN (else ${ENV_SO_PIN})")
    add.add_argument("--pin-file", help=f"file holding the user PIN (else ${ENV_PIN})")
    listing = with_dir("list", "list initialised tokens")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    delete = with_dir("delete-token", "delete one token")
    delete.add_argument("--label", required=True, help="the token's label")
    with_dir("reset", "delete every token, keep the environment")
    return parser


def _token_line(token: TokenInfo) -> str:
    slot = "-" if token.slot is None else str(token.slot)
    return f"{token.label}\tserial={token.serial}\tslot={slot}"


def main(argv: list[str] | None = None, prog: str = "hsm-sim") -> int:
    """Run one command; errors are one line on stderr and exit status 1 (with ``--json``
    anywhere on the line, that line is ``{"error": ..., "code": 1}``, as in idtoolkit)."""
    wants_json = "--json" in (sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser(prog).parse_args(argv)
        directory: Path = args.dir
        if args.command == "init":
            env = SoftHSMEnv.create(directory)
            print(f"SOFTHSM2_CONF={env.conf_path}")
            return 0
        env = SoftHSMEnv.open(directory)
        if args.command == "add-token":
            so_pin = _read_pin(args.so_pin_file, ENV_SO_PIN, "SO PIN")
            user_pin = _read_pin(args.pin_file, ENV_PIN, "user PIN")
            started = time.perf_counter()
            if args.count is None:
                tokens = [env.add_token(args.label, so_pin, user_pin)]
            else:
                tokens = env.add_tokens(args.label, args.count, so_pin, user_pin)
            for token in tokens:
                print(_token_line(token))
            elapsed = time.perf_counter() - started
            print(f"{len(tokens)} token(s) in {elapsed:.2f} s", file=sys.stderr)
        elif args.command == "list":
            tokens = env.list_tokens()
            if args.json:  # the shape of every idtoolkit listing
                print(json.dumps({"total": len(tokens), "items": [asdict(t) for t in tokens]}))
            else:
                for token in tokens:
                    print(_token_line(token))
                print(f"{len(tokens)} token(s)", file=sys.stderr)  # stdout stays one per line
        elif args.command == "delete-token":
            env.delete_token(args.label)
            print(f"deleted {args.label}")
        elif args.command == "reset":
            count = len(env.list_tokens())
            env.reset()
            print(f"deleted {count} token(s) from {env.token_dir}")
    except HsmSimError as exc:
        if wants_json:
            print(json.dumps({"error": str(exc), "code": 1}), file=sys.stderr)
        else:
            print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0
