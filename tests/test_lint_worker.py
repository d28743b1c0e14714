"""The lint worker's pipe protocol: certificates go out in batches (written through a buffer,
flushed before a verdict is awaited) and verdicts come back in batches; every certificate
still gets its own verdict, in order, whatever way the pipe cuts the frames."""

from __future__ import annotations

import os
import random
import select
import subprocess

from cryptography.hazmat.primitives import serialization

from idtoolkit import api, helper_processes
from idtoolkit.lint.results import LintStandard
from idtoolkit.lint.worker import LintProcess
from idtoolkit.pipe_frames import HEADER as _HEADER
from idtoolkit.pipe_frames import frame
from idtoolkit.pipe_frames import frame_batches as _frame_batches

from .conftest import TwoTier
from .pki_helpers import SUBJECTS


def test_frames_cut_anywhere_by_the_pipe_come_out_whole_and_in_order() -> None:
    rng = random.Random("frames")
    payloads = [rng.randbytes(rng.choice([0, 1, 5, 700, 70_000])) for _ in range(60)]
    stream = b"".join(_HEADER.pack(len(p)) + p for p in payloads) + _HEADER.pack(9) + b"cut"
    at = 0

    def read(size: int) -> bytes:
        nonlocal at
        step = min(size, rng.choice([1, 3, 4, 5, 100, 4096, size]))
        chunk = stream[at : at + step]
        at += len(chunk)
        return chunk

    frames = [frame for batch in _frame_batches(read) for frame in batch]
    assert frames == payloads  # the frame cut short by the end of input is dropped


def _tls_client_der(pki: TwoTier) -> bytes:
    subject, sans = SUBJECTS["tls-client"]
    return api.issue_with_new_key(
        pki.ws, "issuing", "tls-client", subject, "ec-p256", sans=list(sans)
    ).certificate.public_bytes(serialization.Encoding.DER)


def test_a_worker_answers_each_certificate_of_a_buffered_batch(sqlite_pki: TwoTier) -> None:
    """Certificates submitted without a flush each get their verdict once one is awaited;
    one pkilint rejects (here: not DER at all) is refused on its own."""
    der = _tls_client_der(sqlite_pki)
    worker = LintProcess(LintStandard.PKIX, "tls-client", "http://pki.example")
    try:
        tickets = [worker.submit(der if i != 7 else b"not a certificate") for i in range(40)]
        outcomes = [worker.verdict(ticket) for ticket in tickets]
    finally:
        worker.close()
    assert [o.rejected is None for o in outcomes] == [i != 7 for i in range(40)]
    assert "does not decode" in (outcomes[7].rejected or "")


def test_a_worker_answers_a_batch_in_one_write_even_with_unbuffered_python(
    sqlite_pki: TwoTier,
) -> None:
    """The parent's reader wakes once per batch of answers, not once per certificate, also
    where PYTHONUNBUFFERED=1 is set (containers often set it; it made each answer a write of
    its own): a batch the worker read at once is answered in one piece."""
    der = _tls_client_der(sqlite_pki)
    count = 12  # well inside one read of the worker (16 KiB)
    process = subprocess.Popen(
        helper_processes.command("lint", LintStandard.PKIX.value, "tls-client", "http://x"),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdin is not None and process.stdout is not None
        # Written before the worker has loaded pkilint: its first read takes them all.
        process.stdin.write(b"".join(frame(der) for _ in range(count)))
        process.stdin.flush()
        ready, _, _ = select.select([process.stdout], [], [], 120)
        assert ready
        first = os.read(process.stdout.fileno(), 1 << 20)
        chunks = iter([first, b""])
        frames = [f for batch in _frame_batches(lambda _size: next(chunks)) for f in batch]
        assert len(frames) == count
    finally:
        process.kill()
        process.wait()
