"""Pack a bulk credential job's PKCS#12 files in a second process while this one signs.

cryptography holds the GIL while it derives a PKCS#12 file's keys (two PBKDF2 runs, about a
millisecond each even at 2,048 rounds), so threads cannot spread the packing: in one process
it took more time than signing, linting and recording a credential together, while the other
core had room (the lint workers use part of it). A helper process started through
:mod:`idtoolkit.helper_processes` packs each file as soon as its certificate is signed; the
job collects the files of a batch when it stages them, by then mostly packed.

What crosses the pipe: the chain once, then per file its name, the private key (PKCS#8 DER,
unencrypted: a pipe between two of our own processes, never a file, an argument or a log),
the certificate and the password. Frames are a 4-byte big-endian length and a payload; a
request's payload is four such fields. The packer uses :func:`~idtoolkit.ca.issuance.
pkcs12_bytes`, the one PKCS#12 writer, so its files are those the job would pack itself.
Should the helper stop or fail, the job packs the rest itself.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Sequence
from typing import cast

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.types import CertificateIssuerPrivateKeyTypes

from idtoolkit import helper_processes
from idtoolkit.pipe_frames import HEADER, HelperPipe, frame, frame_batches, write_frames

#: Requests sent to the helper at a time: it works while the job signs the next ones.
_FLUSH_EVERY = 16
_PACKED, _FAILED = b"\x00", b"\x01"


def _fields(*values: bytes) -> bytes:
    return b"".join(frame(value) for value in values)


def _split(payload: bytes) -> list[bytes]:
    fields, at = [], 0
    while at < len(payload):
        (length,) = HEADER.unpack_from(payload, at)
        at += HEADER.size
        fields.append(payload[at : at + length])
        at += length
    return fields


def _packed_file(answer: bytes) -> bytes | None:
    return answer[1:] if answer[:1] == _PACKED else None


class P12Packer:
    """The job's side: :meth:`submit` a signed certificate's file, later :meth:`packed` it."""

    def __init__(self, chain: Sequence[x509.Certificate], legacy: bool, rounds: int) -> None:
        self._helper = HelperPipe(
            helper_processes.command("p12", "legacy" if legacy else "modern", str(rounds)),
            _packed_file,
        )
        self._submitted = 0
        self._unflushed = 0
        self._send(
            _fields(*(c.public_bytes(serialization.Encoding.DER) for c in chain)), flush=True
        )

    def _send(self, payload: bytes, *, flush: bool) -> None:
        try:
            self._helper.stdin.write(frame(payload))
            if flush:
                self._helper.stdin.flush()
        except (BrokenPipeError, OSError):  # a stopped helper: its files are packed here
            self._helper.stopped()

    def submit(
        self,
        name: str,
        key: CertificateIssuerPrivateKeyTypes,
        certificate: x509.Certificate,
        password: bytes,
    ) -> int:
        """Queue one file; its ticket for :meth:`packed`."""
        key_der = key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        self._submitted += 1
        self._unflushed += 1
        flush = self._unflushed >= _FLUSH_EVERY
        if flush:
            self._unflushed = 0
        self._send(
            _fields(
                name.encode(),
                key_der,
                certificate.public_bytes(serialization.Encoding.DER),
                password,
            ),
            flush=flush,
        )
        return self._submitted

    def backlog(self) -> int:
        """Files submitted and not packed yet."""
        return self._submitted - self._helper.answered()

    def packed(self, ticket: int) -> bytes | None:
        """The file of ``ticket``, or None when the helper could not pack it (it stopped, or
        the file is refused: the caller packs it itself and says why)."""
        if self._unflushed:
            self._unflushed = 0
            with contextlib.suppress(BrokenPipeError, OSError):
                self._helper.stdin.flush()
        return self._helper.answer(ticket)

    def close(self) -> None:
        """End of input: the helper exits; reaped in the background."""
        self._helper.close()


def worker_main(argv: list[str]) -> int:
    """The helper's side (see :func:`idtoolkit.helper_processes.command`): files in order."""
    from idtoolkit.ca.issuance import pkcs12_bytes

    # Ctrl-C reaches the whole process group: the job decides (it stops after its batch and
    # packs what it still needs itself), so the helper must not die of it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    legacy, rounds = argv[0] == "legacy", int(argv[1])
    out, stdin = sys.stdout.fileno(), sys.stdin.buffer.fileno()
    chain: list[x509.Certificate] | None = None
    for frames in frame_batches(lambda size: os.read(stdin, size)):
        replies = []
        for request in frames:
            if chain is None:
                chain = [x509.load_der_x509_certificate(der) for der in _split(request)]
                continue
            try:
                name, key_der, cert_der, password = _split(request)
                key = serialization.load_der_private_key(key_der, password=None)
                blob = pkcs12_bytes(
                    name.decode(),
                    cast(CertificateIssuerPrivateKeyTypes, key),
                    x509.load_der_x509_certificate(cert_der),
                    chain,
                    password,
                    legacy,
                    rounds=rounds,
                )
                reply = _PACKED + blob
            except Exception:  # the job packs this one itself and says what is wrong
                reply = _FAILED
            replies.append(reply)
        write_frames(out, replies)
    return 0
