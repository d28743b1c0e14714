"""The fast path: OCSP answers sent again, byte for byte, without parsing the request.

A relying party asks the same nonce-less OCSP question again and again (RFC 5019), so a worker
remembers each signed answer keyed by (CA, exact request bytes) and sends it again with no DER
parsing and no trip to the thread pool. The cache is dropped whenever the responder drops its
own (:attr:`OCSPResponder.epoch`: something changed in the store), and entries expire with the
signed answers they copy, so the fast path is never staler than the slow one.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from idtoolkit.services.handler import max_age, ocsp_caching
from idtoolkit.services.http_responses import CLOSE, KEEP_ALIVE, header_bytes
from idtoolkit.services.ocsp import Answer, OCSPResponder

MAX_ENTRIES = 50_000
MAX_REQUEST = 1024  # requests kept as keys are at most this long


@dataclass(frozen=True)
class CachedAnswer:
    """A remembered OCSP answer, as bytes ready to send after the status line."""

    reusable_until: float
    keep: bytes  # Content-Type, Content-Length, Connection: keep-alive, body
    close: bytes  # the same with Connection: close
    validators: bytes  # Last-Modified, ETag, Expires, for GET answers
    fresh_until: float | None


class ResponseCache:
    """One worker's remembered OCSP answers, valid while the responder's epoch lasts."""

    def __init__(self, responder: OCSPResponder, max_age_cap: int | None = None) -> None:
        self.responder = responder
        self.max_age_cap = max_age_cap
        self.entries: dict[tuple[bytes, bytes], CachedAnswer] = {}
        self.epoch = -1
        self.hits = 0  # since the worker last logged its statistics

    def _current(self) -> dict[tuple[bytes, bytes], CachedAnswer]:
        epoch = self.responder.epoch
        if epoch != self.epoch:  # the responder dropped its cache: so do we
            self.entries = {}
            self.epoch = epoch
        return self.entries

    def answer(
        self, head: bytes, ca: bytes, body: bytes, keep_alive: bool, get: bool
    ) -> bytes | None:
        """The whole answer (starting with ``head``, the 200 status line and headers) to the
        OCSP request ``body`` for CA ``ca``, or None when it is not remembered."""
        entry = self._current().get((ca, body))
        if entry is None:
            return None
        if entry.reusable_until <= time.time():
            del self.entries[(ca, body)]
            return None
        self.hits += 1
        tail = entry.keep if keep_alive else entry.close
        if not get or entry.fresh_until is None:
            return head + tail
        # RFC 5019 6.2 on GET answers; max-age counts down to nextUpdate at every hit.
        name, value = max_age(entry.fresh_until, cap=self.max_age_cap)
        return b"".join((head, name, b": ", value, b"\r\n", entry.validators, tail))

    def remember(self, ca: bytes, body: bytes, answer: Answer) -> None:
        """Keep ``answer`` for the request ``body``, unless it is one-off or may be stale."""
        if answer.reusable_until is None or len(body) > MAX_REQUEST:
            return
        entries = self._current()
        if answer.epoch != self.epoch:
            return  # computed before the last change in the store: may be stale
        if len(entries) >= MAX_ENTRIES:
            del entries[next(iter(entries))]
        tail = (
            b"Content-Type: application/ocsp-response\r\nContent-Length: "
            + str(len(answer.der)).encode()
            + b"\r\n"
        )
        headers, fresh_until = ocsp_caching(answer.der)
        entries[(ca, body)] = CachedAnswer(
            answer.reusable_until,
            tail + KEEP_ALIVE + answer.der,
            tail + CLOSE + answer.der,
            header_bytes(headers),
            fresh_until,
        )
