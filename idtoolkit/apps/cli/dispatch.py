"""Parse and run one command, turning engine errors into one line and an exit code.

Imported by :func:`idtoolkit.apps.cli.main.main` only once it is ready for a Ctrl-C: this module
pulls in every command (and through them the whole engine), which takes a noticeable time.
Exit codes: see :mod:`idtoolkit.apps.cli.main`.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
from collections.abc import Callable, Sequence

from idtoolkit.apps.cli.commands import build_parser
from idtoolkit.apps.cli.io import EXIT_INTERRUPTED, JobCancelled, RowsRejected, Stopped
from idtoolkit.apps.cli.language import _, install_argparse, say
from idtoolkit.apps.cli.parser import Handler, Parser
from idtoolkit.apps.cli.wording import cli_message
from idtoolkit.errors import ApprovalPending, IDToolkitError, render

EXIT_ERROR = 1
EXIT_INTERNAL = 3
EXIT_ROWS_REJECTED = 4
EXIT_WAITING = 5


def _fail(
    as_json: bool,
    message: str,
    code: int,
    kind: str | None = None,
    params: dict[str, object] | None = None,
) -> int:
    if as_json:
        body: dict[str, object] = {"error": message, "code": code}
        if kind is not None:
            body |= {"kind": kind, "params": params or {}}
        print(json.dumps(body, ensure_ascii=False, default=str), file=sys.stderr)
    else:
        line = (
            message
            if code == EXIT_INTERNAL
            else render(_("error: {message}"), {"message": message})
        )
        print(line, file=sys.stderr)
    return code


def _fail_with(as_json: bool, exc: IDToolkitError) -> int:
    """An engine error in the CLI's words (:mod:`.wording`), with its kind and parameters."""
    params: dict[str, object] = {
        k: v if isinstance(v, (int, float, bool)) or v is None else str(v)
        for k, v in exc.params.items()
    }
    return _fail(as_json, cli_message(exc, english=as_json), EXIT_ERROR, exc.kind, params)


def _waiting(as_json: bool, waiting: ApprovalPending) -> int:
    """Stored as a request: its id and the approvals still needed, exit 5."""
    if as_json:
        body = {"waiting": True, "kind": waiting.kind, "params": waiting.params, "code": 5}
        print(json.dumps(body, ensure_ascii=False, default=str))
    else:
        print(cli_message(waiting, english=False))
    return EXIT_WAITING


def prepare(argv: Sequence[str]) -> Callable[[], int]:
    """Everything before the command acts (parsing, ``--help``, usage errors): what it
    returns runs the command and gives its exit code."""
    argv = list(argv)
    if argv[:2] == ["hsm", "sim"]:
        # hsm_sim has its own parser (and --help); argparse's REMAINDER cannot pass "--help" on.
        from idtoolkit.apps.softhsm import main as sim_main

        return functools.partial(sim_main, argv[2:], prog="idtoolkit hsm sim")
    Parser.json_errors = "--json" in argv
    if not Parser.json_errors:
        install_argparse()  # usage and help in the user's language; --json stays English
    args = build_parser().parse_args(argv)
    if not hasattr(args, "json"):
        args.json = False
    return functools.partial(_run, args)


def _run(args: argparse.Namespace) -> int:
    handler: Handler = args.handler  # each command declares its own (parser.add_command)
    try:
        handler(args)
    except ApprovalPending as waiting:
        return _waiting(args.json, waiting)
    except IDToolkitError as exc:
        return _fail_with(args.json, exc)
    except RowsRejected:
        return EXIT_ROWS_REJECTED
    except Stopped as stopped:
        return stopped.code
    except JobCancelled:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        raise
    except OSError as exc:  # a full disk, a vanished directory: what the system said, in words
        where = f"{exc.filename}: " if exc.filename else ""
        return _fail(args.json, f"{where}{exc.strerror or exc}", EXIT_ERROR)
    except Exception as exc:
        if os.environ.get("IDTOOLKIT_DEBUG"):
            raise
        template = "internal error: {type}: {exc} (rerun with IDTOOLKIT_DEBUG=1 for details)"
        text = render(template, {"type": type(exc).__name__, "exc": exc})
        if not args.json:
            text = say(
                "internal error: {type}: {exc} (rerun with IDTOOLKIT_DEBUG=1 for details)",
                type=type(exc).__name__,
                exc=exc,
            )
        return _fail(args.json, text, EXIT_INTERNAL)
    return 0
