"""Verify a CSR directory's signatures in a second process while this one reads and checks.

Before a CSR-directory job issues anything it reads and checks every file, and verifying a
CSR's signature (an ECDSA or RSA verification, ~0.12 ms for P-256) was half of that: 20,000
files took ~5 s on one core while the other waited for the job to start. A helper process
started through :mod:`idtoolkit.helper_processes` verifies each file's bytes as soon as the
job has read them; the job parses and checks the same bytes meanwhile and takes the
helper's verdict when it gets there.

What crosses the pipe: a file's bytes (a CSR is public), and back one octet: verified, or
not. The helper verifies exactly the bytes the job goes on to use (the job never reads a file
twice), with the same parser (:func:`idtoolkit.ca.inputs.parse_csr`). A CSR the helper did not
verify, for whatever reason, and every CSR when the helper stopped, is loaded in full by the
job, which then says what is wrong in its own words.

The job shares the work rather than wait: the helper gets the files from the front, a few
hundred ahead of its answers (:data:`_WINDOW`), and when the job asks for a verdict not in
yet it verifies the last file nobody has taken instead (from the back), until the two meet.
Waiting, the job's own checks (~40 µs a file) left it idle half the time behind the helper
(~76 µs a verification): 20,000 files took 1.7 s; sharing, both cores work to the end.
"""

from __future__ import annotations

import collections
import contextlib
import os
import signal
import sys
import threading

from idtoolkit import helper_processes
from idtoolkit.ca.inputs import parse_csr
from idtoolkit.pipe_frames import HelperPipe, frame, frame_batches, reap_later, write_frames

#: Files sent to the helper at most at a time.
_FLUSH_EVERY = 64
#: Files sent to the helper and not answered yet, about (a flush may add up to
#: :data:`_FLUSH_EVERY` more): what is not sent yet, the job can still take on itself (from
#: the back) when it is ahead of the helper.
_WINDOW = 256
_VERIFIED, _NOT_VERIFIED = b"\x00", b"\x01"
#: Below this many files, starting the helper costs more than it saves.
THRESHOLD = 200


def _is_verified(answer: bytes) -> bool:
    return answer == _VERIFIED


def _signature_verifies(data: bytes) -> bool:
    try:
        return bool(parse_csr(data).is_signature_valid)
    except Exception:  # the job loads this one itself and says what is wrong
        return False


class CsrSignatures:
    """The job's side: :meth:`submit` a file's bytes, later ask :meth:`verified`."""

    def __init__(self) -> None:
        self._helper = HelperPipe(helper_processes.command("csr-signatures"), _is_verified)
        self._submitted = 0
        # Files not sent to the helper yet, in order: the feeder takes from the front, the job
        # from the back (see verified). A thread feeds the pipe, so a busy helper never blocks
        # the job.
        self._pending: collections.deque[tuple[int, bytes]] = collections.deque()
        self._changed = threading.Condition()
        self._ended = False
        #: Verdicts of the files the job took on itself, by ticket.
        self._own: dict[int, bool] = {}
        #: Which of the helper's answers is a ticket's (the n-th file sent gets the n-th):
        #: the files the job took are never sent, so tickets and answers do not line up.
        self._slots: dict[int, int] = {}
        threading.Thread(target=self._feed, daemon=True).start()

    def _feed(self) -> None:
        stdin = self._helper.stdin
        sent = 0
        try:
            while True:
                if sent >= _WINDOW and self._helper.answer(sent - _WINDOW + 1) is None:
                    break  # the helper stopped: the job verifies what is left
                with self._changed:
                    self._changed.wait_for(lambda: self._pending or self._ended)
                    if self._ended:
                        break
                    frames = []
                    for _ in range(min(_FLUSH_EVERY, len(self._pending))):
                        ticket, data = self._pending.popleft()
                        sent += 1
                        self._slots[ticket] = sent
                        frames.append(data)
                stdin.write(b"".join(frame(data) for data in frames))
                stdin.flush()
        except (BrokenPipeError, OSError, ValueError):  # a stopped helper: the job verifies
            pass
        finally:
            # Whatever ended the feeding, no answer is owed beyond what was sent: a job
            # waiting for one is told the helper stopped (and verifies the file itself).
            self._helper.stopped()
            with contextlib.suppress(BrokenPipeError, OSError, ValueError):
                stdin.close()

    def submit(self, data: bytes) -> int:
        """Queue one file's bytes; its ticket for :meth:`verified`."""
        self._submitted += 1
        with self._changed:
            self._pending.append((self._submitted, data))
            self._changed.notify()
        return self._submitted

    def _take_last(self) -> tuple[int, bytes] | None:
        with self._changed:
            return self._pending.pop() if self._pending else None

    def verified(self, ticket: int) -> bool:
        """Whether ``ticket``'s bytes verified (False: they did not, or the helper did not
        say, or it stopped; the caller verifies them itself and says what is wrong). While the
        helper has not answered, this verifies the last files nobody has taken instead."""
        while True:
            own = self._own.pop(ticket, None)
            if own is not None:
                return own
            with self._changed:
                slot = self._slots.get(ticket)
            if slot is not None and self._helper.settled(slot):
                return self._helper.answer(slot) is True
            last = self._take_last()
            if last is None:
                with self._changed:
                    slot = self._slots.get(ticket)
                if slot is None:  # never sent (dropped at close): the caller verifies it
                    return False
                return self._helper.answer(slot) is True  # sent: its answer is coming
            self._own[last[0]] = _signature_verifies(last[1])

    def close(self) -> None:
        """End of input (what was not sent yet is dropped: nobody will ask): the helper exits;
        reaped in the background."""
        with self._changed:
            self._pending.clear()
            self._ended = True
            self._changed.notify()
        reap_later(self._helper.process)


def worker_main(argv: list[str]) -> int:
    """The helper's side (see :func:`idtoolkit.helper_processes.command`): files in order."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the job decides what a Ctrl-C means
    out, stdin = sys.stdout.fileno(), sys.stdin.buffer.fileno()
    for frames in frame_batches(lambda size: os.read(stdin, size)):
        replies = []
        for data in frames:
            replies.append(_VERIFIED if _signature_verifies(data) else _NOT_VERIFIED)
        write_frames(out, replies)
    return 0
