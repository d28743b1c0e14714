"""Lint certificates in a second process, so a bulk job uses the machine's other core.

pkilint is pure Python: a thread would share the GIL with the signing loop. A child process
started through :mod:`idtoolkit.helper_processes` (rather than multiprocessing) re-imports nothing of the
caller's program and works the same on Windows and Linux, from source and frozen. Frames on the pipes are a 4-byte big-endian
length and a payload: DER in; a :class:`LintOutcome` out as JSON (the rejection, or the
warnings and unchecked parts the audit event records, as for a single issuance).

Frames travel in batches: the parent writes certificates through a buffer and flushes it
before it waits for a verdict; the worker answers all the certificates of one read at once.
A frame per write woke the other process (and, in the parent, a reader thread that takes the
signing loop's GIL) for every certificate.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import signal
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from idtoolkit import helper_processes
from idtoolkit.errors import IDToolkitError
from idtoolkit.lint.results import LintStandard
from idtoolkit.messages import Message, Text, from_data, message_of, to_data
from idtoolkit.pipe_frames import HelperPipe, frame, frame_batches, write_frames

if TYPE_CHECKING:
    from idtoolkit.lint.linter import RowLinter


@dataclass(frozen=True)
class LintOutcome:
    """One certificate's lint: why it is refused, or what the audit event records with it."""

    rejected: Text | None = None  # a message: the bulk report says it in the user's language
    warnings: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()

    def encode(self) -> bytes:
        return json.dumps(
            {
                "rejected": to_data(self.rejected),
                "warnings": self.warnings,
                "skipped": to_data(self.skipped),
            }
        ).encode()

    @staticmethod
    def decode(frame: bytes) -> LintOutcome:
        found = _DECODED.get(frame)
        if found is None:
            data = json.loads(frame)
            found = LintOutcome(
                from_data(data["rejected"]),
                tuple(data["warnings"]),
                tuple(from_data(data["skipped"])),
            )
            if len(_DECODED) < 256:  # a job's verdicts are nearly all alike
                _DECODED[frame] = found
        return found


_DECODED: dict[bytes, LintOutcome] = {}


def _decode_answer(frame: bytes) -> LintOutcome | bytes:
    """A verdict (JSON), or the answer to another kind of request, as it came."""
    return LintOutcome.decode(frame) if frame[:1] == b"{" else frame


class LintProcess:
    """The parent's side: submit DER, later wait for the verdicts of what was submitted.

    ``helper`` names the program: ``lint``, or one that also takes other requests
    (:func:`serve`'s ``other``), such as a bulk job's, which records batches too."""

    def __init__(
        self, standard: LintStandard, profile_name: str, base_url: str, helper: str = "lint"
    ) -> None:
        self._helper: HelperPipe[LintOutcome | bytes] = HelperPipe(
            helper_processes.command(helper, standard.value, profile_name, base_url),
            _decode_answer,
        )
        self._submitted = 0
        self._flushed = 0

    def submit(self, der: bytes) -> int:
        """Queue ``der`` (written out by the buffer as it fills, or by :meth:`flush`)."""
        # A worker that died cannot read it: it has no verdict (see verdict).
        with contextlib.suppress(BrokenPipeError):
            self._helper.stdin.write(frame(der))
        self._submitted += 1
        return self._submitted

    def submit_other(self, request: bytes) -> int:
        """Send a request of another kind (never starting with DER's 0x30), answered in its
        turn, after the certificates submitted before it."""
        ticket = self.submit(request)
        self.flush()
        return ticket

    def backlog(self) -> int:
        """Certificates submitted whose verdicts are not in yet."""
        return self._submitted - self._helper.answered()

    def flush(self) -> None:
        """Send what is queued: before waiting for or asking about a verdict."""
        if self._flushed < self._submitted:
            self._flushed = self._submitted
            # A worker that died cannot read them: they have no verdicts (see verdict).
            with contextlib.suppress(BrokenPipeError):
                self._helper.stdin.flush()

    def done(self, ticket: int) -> bool:
        self.flush()
        return self._helper.settled(ticket)

    def verdict(self, ticket: int) -> LintOutcome | None:
        """Block until certificate ``ticket`` is linted; None when the worker stopped first
        (the caller lints it another way: a worker's death says nothing of a certificate)."""
        self.flush()
        outcome = self._helper.answer(ticket)
        assert not isinstance(outcome, bytes), "a verdict was asked of another request"
        return outcome

    def other_answer(self, ticket: int) -> bytes | None:
        """Block until request ``ticket`` of :meth:`submit_other` is answered; None when the
        helper stopped first."""
        self.flush()
        answer = self._helper.answer(ticket)
        assert not isinstance(answer, LintOutcome), "a verdict is no answer to this request"
        return answer

    def close(self) -> None:
        """Every verdict is in by now: let the worker exit on end-of-input, reaped in the
        background rather than making the bulk job wait for it."""
        self._helper.close()


def worker_main(argv: list[str]) -> int:
    """The child's side (started by :func:`idtoolkit.helper_processes.command`): verdicts in order."""
    return serve(argv)


class OtherRequests(Protocol):
    """What a helper does besides linting (see :func:`serve`)."""

    def answer(self, request: bytes, linted: dict[int, bytes]) -> bytes:
        """The answer to ``request``, given the certificates kept so far by their request
        numbers (from 1, every request counted), to take what it needs from."""

    def keeps(self, linted: dict[int, bytes]) -> bool:
        """Whether to keep the next certificate linted (no more once nothing will ask)."""


def serve(argv: list[str], other: OtherRequests | None = None) -> int:
    """Answer each request in order: a certificate (DER, 0x30 first) with its verdict, any
    other request with ``other``'s answer (a helper that does more than lint: the bulk job's,
    :mod:`idtoolkit.ca.bulk_helper`, records batches of the certificates it linted without
    the parent sending them again)."""
    from idtoolkit.lint.gate import accept_base_url
    from idtoolkit.lint.linter import RowLinter  # loads pkilint now, while the parent signs

    # Ctrl-C in a terminal reaches the whole process group: the parent decides (it stops
    # after the batch in hand and waits for these verdicts), so a worker must not die of it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    standard, profile_name, base_url = LintStandard(argv[0]), argv[1], argv[2]
    rows = RowLinter(standard, lambda report: accept_base_url(report, base_url))
    # A lint builds a few hundred short-lived objects in cycles (nodes and their parents):
    # with the default thresholds the collector ran every few certificates and re-scanned
    # pkilint's modules each time (~15% of a lint). Freeze what is loaded, collect seldom.
    gc.freeze()
    gc.set_threshold(50_000, 50, 100)
    encoded: dict[LintOutcome, bytes] = {}
    out = sys.stdout.fileno()
    stdin = sys.stdin.buffer.fileno()
    linted: dict[int, bytes] = {}
    number = 0
    # Reads of ~30 certificates: the parent counts what is read but not answered as behind,
    # and lints the next one itself past a threshold (idtoolkit.ca.bulk._BACKLOG).
    for frames in frame_batches(lambda size: os.read(stdin, size), 1 << 14):
        answers = []
        for der in frames:
            number += 1
            if other is not None:
                if der[:1] != b"0":
                    answers.append(other.answer(der, linted))
                    continue
                if other.keeps(linted):
                    linted[number] = der
            outcome = lint_outcome(der, standard, profile_name, base_url, rows)
            payload = encoded.get(outcome)
            if payload is None:
                payload = outcome.encode()
                if len(encoded) < 256:
                    encoded[outcome] = payload
            answers.append(payload)
        write_frames(out, answers)
    return 0


def lint_outcome(
    der: bytes,
    standard: LintStandard,
    profile_name: str,
    base_url: str,
    rows: RowLinter,
) -> LintOutcome:
    """Lint one certificate of a bulk job, failing closed: one pkilint cannot judge is refused."""
    from idtoolkit.lint.gate import lint_der_or_reject
    from idtoolkit.lint.results import Lint

    try:
        report = lint_der_or_reject(der, standard, profile_name, base_url, rows)
    except IDToolkitError as exc:
        return LintOutcome(message_of(exc))
    except Exception as exc:
        return LintOutcome(
            Message(
                "lint.could_not_lint",
                "could not be linted ({problem}); certificate not issued",
                problem=type(exc).__name__,
            )
        )
    lint = Lint.of(report)
    return LintOutcome(None, lint.warnings, lint.skipped)
