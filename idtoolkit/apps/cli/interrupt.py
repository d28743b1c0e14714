"""Ctrl-C, whenever it comes: one line on stderr and exit 130, never a traceback.

A command spends its first second or two importing the engine; a Ctrl-C then must not show
Python's traceback of an import. This module imports nothing of the project at load time, so
:mod:`idtoolkit.apps.cli.main` can be ready for a Ctrl-C before anything heavy is loaded.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections.abc import Iterator

EXIT_INTERRUPTED = 130


def N_(message: str) -> str:
    """Marks a message for the catalogue, as :func:`idtoolkit.apps.cli.language.N_` does
    (that module loads the engine: too heavy to import before a Ctrl-C is caught)."""
    return message


#: Said when Ctrl-C came before the command did anything (it was still loading or parsing).
WHILE_STARTING = N_("interrupted before the command started: nothing was done; run it again")
#: Said when the command itself was stopped (commands that can resume say how themselves).
INTERRUPTED = N_("interrupted")


def ignore_interrupts() -> None:
    """From now on a Ctrl-C does nothing (the process is finishing). Only the main thread can
    set a signal handler; elsewhere there is no Python-level Ctrl-C to ignore anyway."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextlib.contextmanager
def _no_second_interrupt() -> Iterator[None]:
    """A second Ctrl-C while the first one is being reported must not cut the report short
    with a traceback; the previous handling comes back after (main() runs in tests too)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


@contextlib.contextmanager
def _quiet_stderr() -> Iterator[None]:
    """Nothing written to file descriptor 2 while loading what the Ctrl-C cut short: a
    module whose import was interrupted runs again, and some say so at the C level (CPython's
    decimal module prints "mpd_setminalloc: ignoring request to set MPD_MINALLOC a second
    time"). The one line that follows is the user's."""
    try:
        saved = os.dup(2)
    except OSError:  # no standard error to protect
        yield
        return
    try:
        with open(os.devnull, "wb") as devnull:
            os.dup2(devnull.fileno(), 2)
            try:
                yield
            finally:
                os.dup2(saved, 2)
    finally:
        os.close(saved)


def interrupted(as_json: bool, starting: bool) -> int:
    """Report a Ctrl-C in one line (English with ``--json``, else the user's language) and
    give the exit code 130."""
    template = WHILE_STARTING if starting else INTERRUPTED
    with _no_second_interrupt():
        text = template
        if not as_json:
            try:  # the CLI's words may be what was being loaded: load them now, uninterrupted
                with _quiet_stderr():
                    from idtoolkit.apps.cli.language import _

                text = _(template)
            except Exception:  # pragma: no cover - a broken install still stops cleanly
                text = template
        print(text, file=sys.stderr)
        sys.stderr.flush()
    return EXIT_INTERRUPTED
