"""Entry point: ready for Ctrl-C first, then parse, dispatch, and give an exit code.

Exit codes: 0 success, 1 an error the user can fix (message on stderr), 2 bad usage
(argparse), 3 an internal error (a bug: rerun with IDTOOLKIT_DEBUG=1 for the traceback),
4 ``bulk issue`` finished but rejected some rows (the good rows were issued; report.json and
the summary list the rejected ones), 5 the action waits for approvals (it was stored as a
request; the request id and how many more approvals it needs are printed), 6 ``ceremony run``
paused at the operator's word (``stop`` or the end of input; a plain sentence says so, and
running the same command again resumes), 130 interrupted (Ctrl-C at any moment, the first
second of loading included: one line, never a traceback).

With ``--json``, an error is one JSON object on stderr: ``{"error": "...", "kind": "...",
"params": {...}, "code": 1}`` (``kind`` and ``params`` for the engine's errors, see
:mod:`idtoolkit.errors`; usage errors and internal errors have only ``error`` and ``code``).

This module stays light on purpose: the commands and the engine are imported inside
:func:`main`, where a Ctrl-C is already caught (see :mod:`.interrupt`, :mod:`.dispatch`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from idtoolkit.apps.cli.interrupt import ignore_interrupts, interrupted


def _quiet_broken_pipe() -> int:
    """The reader went away (``idtoolkit cert list | head``): stop quietly. Point stdout at
    /dev/null so the interpreter's final flush does not complain either."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    as_json = "--json" in words
    try:
        try:
            from idtoolkit.apps.cli.dispatch import prepare  # every command: the slow part

            command = prepare(words)
        except KeyboardInterrupt:
            return interrupted(as_json, starting=True)
        try:
            return command()
        except KeyboardInterrupt:
            return interrupted(as_json, starting=False)
    except BrokenPipeError:
        return _quiet_broken_pipe()


def console() -> int:
    """The installed ``idtoolkit`` program: :func:`main`, then a Ctrl-C while the interpreter
    shuts down (its exit handlers run Python code) is ignored, since the work is over."""
    try:
        code = main()
    except KeyboardInterrupt:  # between main's own handlers and here: the same one line
        code = interrupted("--json" in sys.argv, starting=False)
    ignore_interrupts()
    return code


if __name__ == "__main__":
    sys.exit(console())
