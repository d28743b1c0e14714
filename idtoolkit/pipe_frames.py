"""Length-prefixed frames on the pipes to our helper processes (the lint workers, the PKCS#12
packer, the CSR signature checker): a 4-byte big-endian length, then the payload; and the
parent's side of such a helper (:class:`HelperPipe`).

One reading of them for both sides. The parent reads its helper's answers through a buffered
stream, frame by frame; a helper reads its requests with ``os.read`` and answers every whole
frame each read brought before waiting for more (a buffered reader would wait to fill its
buffer first, while the parent waits for the answers).
"""

from __future__ import annotations

import contextlib
import os
import struct
import subprocess
import threading
from collections.abc import Callable, Iterator
from typing import IO, Generic, TypeVar

from idtoolkit import helper_processes

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

HEADER = struct.Struct(">I")
_Answer = TypeVar("_Answer")


def frame(payload: bytes) -> bytes:
    """``payload`` with its length in front."""
    return HEADER.pack(len(payload)) + payload


def write_frames(fd: int, payloads: list[bytes]) -> None:
    """``payloads`` as frames, in one write to ``fd`` (as many as the pipe takes at a time).

    A helper answers each batch it read this way: its parent's reader wakes once a batch. The
    interpreter's own stdout is no buffer to rely on: with PYTHONUNBUFFERED=1 (common in
    containers) each frame written there was a system call of its own, and the parent's
    reader thread woke for each one (~50 µs of its CPU a certificate in a bulk job)."""
    data = memoryview(b"".join([frame(payload) for payload in payloads]))
    while data:
        data = data[os.write(fd, data) :]


def read_frame(stream: IO[bytes]) -> bytes | None:
    """The next frame's payload, or None at end of input (a frame cut short included)."""
    header = stream.read(HEADER.size)
    if len(header) < HEADER.size:
        return None
    (length,) = HEADER.unpack(header)
    payload = stream.read(length)
    return payload if len(payload) == length else None


def frame_batches(
    read: Callable[[int], bytes | None], size: int = 1 << 16
) -> Iterator[list[bytes]]:
    """The frames of each read of up to ``size`` bytes from ``read`` (a raw stream's), in
    order, until end of input (a frame cut short by it is dropped, as a lone read of it
    would be)."""
    pending = b""
    while chunk := read(size):
        data = pending + chunk if pending else chunk
        frames, at, size = [], 0, len(data)
        while size - at >= HEADER.size:
            (length,) = HEADER.unpack_from(data, at)
            end = at + HEADER.size + length
            if end > size:
                break
            frames.append(data[at + HEADER.size : end])
            at = end
        pending = data[at:]
        if frames:
            yield frames


def reap_later(process: subprocess.Popen[bytes]) -> None:
    """Wait for a helper whose input was closed in the background (killed if it does not
    exit within 30 s), so the job does not wait for it."""

    def reap() -> None:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()

    threading.Thread(target=reap, daemon=True).start()


def widen_pipe(stream: IO[bytes] | None, size: int = 1 << 20) -> None:
    """Let the pipe behind ``stream`` hold ``size`` bytes (Linux; elsewhere, and above the
    system's limit, it keeps its size): a parent that measures how far its helper is behind
    must not be stopped by a full pipe first (64 KiB is ~110 certificates)."""
    set_size = getattr(fcntl, "F_SETPIPE_SZ", None) if fcntl is not None else None
    if stream is None or set_size is None:
        return
    with contextlib.suppress(OSError):
        fcntl.fcntl(stream.fileno(), set_size, size)


class HelperPipe(Generic[_Answer]):
    """The parent's side of a helper that answers each request in order: the helper started
    (in a process group of its own, both pipes widened), its answers read by a thread and
    decoded, a ticket's answer waited for, and the end of it.

    The helpers' clients (the lint workers, the PKCS#12 packer, the CSR signature checker)
    differ in what they send and how they handle a helper that stopped, not in this."""

    def __init__(self, argv: list[str], decode: Callable[[bytes], _Answer]) -> None:
        self.process = subprocess.Popen(
            argv,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            process_group=helper_processes.outside_terminal_group(),
        )
        widen_pipe(self.process.stdin)  # the parent does not wait for a busy helper
        widen_pipe(self.process.stdout)  # nor the helper for a reader without the GIL
        self._decode = decode
        self._answers: list[_Answer] = []
        self._ended = False
        self._changed = threading.Condition()
        threading.Thread(target=self._read_answers, daemon=True).start()

    @property
    def stdin(self) -> IO[bytes]:
        assert self.process.stdin is not None
        return self.process.stdin

    def _read_answers(self) -> None:
        assert self.process.stdout is not None
        while (payload := read_frame(self.process.stdout)) is not None:
            answer = self._decode(payload)
            with self._changed:
                self._answers.append(answer)
                self._changed.notify_all()
        self.stopped()

    def stopped(self) -> None:
        """The helper answers no more (its output ended, or it could not be written to):
        whoever waits for an answer gets None."""
        with self._changed:
            self._ended = True
            self._changed.notify_all()

    def answered(self) -> int:
        """How many requests are answered."""
        return len(self._answers)

    def settled(self, ticket: int) -> bool:
        """Whether request ``ticket`` (from 1) is answered, or never will be."""
        with self._changed:
            return len(self._answers) >= ticket or self._ended

    def answer(self, ticket: int) -> _Answer | None:
        """Request ``ticket``'s answer, once it is in; None if the helper stopped first."""
        with self._changed:
            self._changed.wait_for(lambda: len(self._answers) >= ticket or self._ended)
            return self._answers[ticket - 1] if len(self._answers) >= ticket else None

    def close(self) -> None:
        """End of input: the helper exits; reaped in the background, not waited for."""
        with contextlib.suppress(BrokenPipeError, OSError):
            self.stdin.close()
        reap_later(self.process)
