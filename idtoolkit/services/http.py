"""``idtoolkit serve``: OCSP, CRLs and CA certificates at the URLs the CA writes into the
certificates it issues (see :mod:`idtoolkit.ca.urls`).

  POST /ocsp/NAME            application/ocsp-request (RFC 6960 A.1)
  GET  /ocsp/NAME/BASE64     the same request, base64 and URL-encoded
  GET  /crl/NAME.crl         the latest full CRL (DER); /crl/NAME-delta.crl the latest delta
  GET  /ca/NAME.crt          the CA certificate (DER)
  POST /tsa                  application/timestamp-query (RFC 3161), when a TSA credential exists

How it is built, for speed without giving up correctness:

* One asyncio event loop per process, with a small strict HTTP/1.0 and 1.1 parser (keep-alive,
  ``Connection:``, ``Content-Length`` bodies up to 64 KiB; anything malformed gets 400 and the
  connection is closed). Connections that do not send a whole request in time are closed, so a
  slow client ties up nothing.
* Fast path: a nonce-less OCSP request whose exact bytes were answered before is answered from a
  dict keyed by (CA, request bytes), with no DER parsing. The dict is dropped whenever the
  responder drops its cache (:attr:`OCSPResponder.epoch`), and entries expire with the signed
  answers they copy.
* Everything that reads the store or signs (cache misses, nonces, CRLs, CA certificates) runs
  in a thread pool, never on the event loop. The store is polled every second, so a revocation
  shows in OCSP answers within about a second.
* ``workers > 1`` (Linux): the listening socket is bound first, then N processes are forked,
  each with its own event loop, thread pool and database connections (the parent closes its
  pooled connections before forking and each child drops what it inherited). The parent only
  supervises (:mod:`idtoolkit.services.supervisor`): it restarts a worker that dies and stops
  them all on SIGINT/SIGTERM. A CA key on
  a PKCS#11 token keeps the server in one process: token sessions must not cross a fork.

Every OCSP failure is an OCSP error response, never a crash. No secrets pass through here;
requests are logged one line each at INFO level on logger ``idtoolkit.serve.access`` (on by
default in ``idtoolkit serve``; ``--no-access-log`` for the last bit of throughput), and each
worker logs a count of requests per minute at INFO.

The parts, one job each: :mod:`~idtoolkit.services.http_server` (binding, processes, lifecycle),
:mod:`~idtoolkit.services.http_worker` (one process's event loop and accept loop),
:mod:`~idtoolkit.services.http_connection` (one client connection),
:mod:`~idtoolkit.services.response_cache` (the fast path),
:mod:`~idtoolkit.services.http_responses` (answer bytes), :mod:`~idtoolkit.services.httpparse`
(request parsing) and :mod:`~idtoolkit.services.handler` (what each URL answers).
"""

from __future__ import annotations

# The entry point: callers import the server from here, wherever its parts live.
from idtoolkit.services.http_server import PKIServer, default_workers

__all__ = ["PKIServer", "default_workers"]
