"""Entry point: parse, dispatch, and turn engine errors into one line and an exit code.

Exit codes: 0 success, 1 an error the user can fix (message on stderr), 2 bad usage
(argparse), 3 an internal error (a bug: rerun with IDTOOLKIT_DEBUG=1 for the traceback),
4 ``bulk issue`` finished but rejected some rows (the good rows were issued; report.json and
the summary list the rejected ones), 5 the action waits for approvals (it was stored as a
request; the request id and how many more approvals it needs are printed), 6 ``ceremony run`` paused at the operator's word (``stop``
or the end of input; a plain sentence says so, and running the same command again resumes),
130 interrupted.

With ``--json``, an error is one JSON object on stderr: ``{"error": "...", "kind": "...",
"params": {...}, "code": 1}`` (``kind`` and ``params`` for the engine's errors, see
:mod:`idtoolkit.errors`; usage errors and internal errors have only ``error`` and ``code``).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence

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


def _quiet_broken_pipe() -> int:
    """The reader went away (``idtoolkit cert list | head``): stop quietly. Point stdout at
    /dev/null so the interpreter's final flush does not complain either."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:
        return _quiet_broken_pipe()


def _main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:2] == ["hsm", "sim"]:
        # hsm_sim has its own parser (and --help); argparse's REMAINDER cannot pass "--help" on.
        from idtoolkit.apps.softhsm import main as sim_main

        return sim_main(argv[2:], prog="idtoolkit hsm sim")
    Parser.json_errors = "--json" in argv
    if not Parser.json_errors:
        install_argparse()  # usage and help in the user's language; --json stays English
    args = build_parser().parse_args(argv)
    handler: Handler = args.handler  # each command declares its own (parser.add_command)
    if not hasattr(args, "json"):
        args.json = False
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
    except KeyboardInterrupt:
        print("interrupted" if args.json else _("interrupted"), file=sys.stderr)
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


if __name__ == "__main__":
    sys.exit(main())
