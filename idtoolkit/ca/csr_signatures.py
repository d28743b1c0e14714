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
"""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import sys
import threading

from idtoolkit import helper_processes
from idtoolkit.pipe_frames import HelperPipe, frame, frame_batches, reap_later, write_frames

#: Files sent to the helper at most at a time.
_FLUSH_EVERY = 64
_VERIFIED, _NOT_VERIFIED = b"\x00", b"\x01"
#: Below this many files, starting the helper costs more than it saves.
THRESHOLD = 200


def _is_verified(answer: bytes) -> bool:
    return answer == _VERIFIED


class CsrSignatures:
    """The job's side: :meth:`submit` a file's bytes, later ask :meth:`verified`."""

    def __init__(self) -> None:
        self._helper = HelperPipe(helper_processes.command("csr-signatures"), _is_verified)
        self._submitted = 0
        # The pipe holds about 1,700 PEM CSRs; a busy helper would block the job's writes while
        # it could check the CSRs already verified. A thread feeds the pipe instead.
        self._to_send: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        threading.Thread(target=self._feed, daemon=True).start()

    def _feed(self) -> None:
        stdin = self._helper.stdin
        ended = False
        try:
            while not ended:
                frames = [self._to_send.get()]
                while not self._to_send.empty() and len(frames) < _FLUSH_EVERY:
                    frames.append(self._to_send.get())
                ended = frames[-1] is None
                stdin.write(b"".join(frame(data) for data in frames if data is not None))
                stdin.flush()
        except (BrokenPipeError, OSError, ValueError):  # a stopped helper: the job verifies
            self._helper.stopped()
        finally:
            with contextlib.suppress(BrokenPipeError, OSError, ValueError):
                stdin.close()

    def submit(self, data: bytes) -> int:
        """Queue one file's bytes; its ticket for :meth:`verified`."""
        self._submitted += 1
        self._to_send.put(data)
        return self._submitted

    def verified(self, ticket: int) -> bool:
        """Whether the helper verified the signature of ``ticket``'s bytes (False: it did not,
        or it stopped; the caller verifies them itself)."""
        return self._helper.answer(ticket) is True

    def close(self) -> None:
        """End of input (what was not sent yet is dropped: nobody will ask): the helper exits;
        reaped in the background."""
        with contextlib.suppress(queue.Empty):
            while True:
                self._to_send.get_nowait()
        self._to_send.put(None)  # the feeder closes the helper's input when it gets there
        reap_later(self._helper.process)


def worker_main(argv: list[str]) -> int:
    """The helper's side (see :func:`idtoolkit.helper_processes.command`): files in order."""
    from idtoolkit.ca.inputs import parse_csr

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the job decides what a Ctrl-C means
    out, stdin = sys.stdout.fileno(), sys.stdin.buffer.fileno()
    for frames in frame_batches(lambda size: os.read(stdin, size)):
        replies = []
        for data in frames:
            try:
                verified = parse_csr(data).is_signature_valid
            except Exception:  # the job loads this one itself and says what is wrong
                verified = False
            replies.append(_VERIFIED if verified else _NOT_VERIFIED)
        write_frames(out, replies)
    return 0
