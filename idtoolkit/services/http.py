"""``idtoolkit serve``: OCSP, CRLs and CA certificates at the URLs the CA writes into the
certificates it issues (see :mod:`idtoolkit.ca.urls`).

  POST /ocsp/NAME            application/ocsp-request (RFC 6960 A.1)
  GET  /ocsp/NAME/BASE64     the same request, base64 and URL-encoded
  GET  /crl/NAME.crl         the latest full CRL (DER); /crl/NAME-delta.crl the latest delta
  GET  /ca/NAME.crt          the CA certificate (DER)

Every OCSP failure is an OCSP error response, never a crash; requests are logged as one line
each (no secrets pass through here).
"""

from __future__ import annotations

import base64
import logging
import threading
import urllib.parse
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from cryptography.hazmat.primitives import serialization
from cryptography.x509 import ocsp

from idtoolkit.ca.authorities import show_ca
from idtoolkit.ca.crl import latest_crl
from idtoolkit.errors import IDToolkitError
from idtoolkit.services.ocsp import OCSPResponder, unsuccessful
from idtoolkit.workspace import Workspace

log = logging.getLogger("idtoolkit.serve")
MAX_BODY = 64 * 1024  # an OCSP request is a few hundred bytes
REFRESH_SECONDS = 1.0


class PKIServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, ws: Workspace, host: str, port: int):
        self.ws = ws
        self.responder = OCSPResponder(ws)
        self._stop = threading.Event()
        super().__init__((host, port), _Handler)
        threading.Thread(target=self._refresh_loop, daemon=True).start()

    def _refresh_loop(self) -> None:
        # A revocation shows in OCSP answers within a second, without a query per request.
        while not self._stop.wait(REFRESH_SECONDS):
            try:
                self.responder.refresh()
            except Exception:
                log.exception("refreshing the OCSP cache failed")

    def server_close(self) -> None:
        self._stop.set()
        super().server_close()

    @property
    def base(self) -> str:
        host, port = self.server_address[0], self.server_address[1]
        text = host.decode() if isinstance(host, bytes) else str(host)
        return f"http://{text}:{port}"

    def endpoints(self) -> list[str]:
        lines = []
        for name in self.responder.ca_names:
            lines += [
                f"OCSP {name}: {self.base}/ocsp/{name}",
                f"CRL  {name}: {self.base}/crl/{name}.crl",
                f"CA   {name}: {self.base}/ca/{name}.crt",
            ]
        return lines


class _Handler(BaseHTTPRequestHandler):
    server: PKIServer
    protocol_version = "HTTP/1.1"
    server_version = "idtoolkit"

    def log_message(self, format: str, *args: object) -> None:
        log.info("%s %s", self.address_string(), format % args)

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _ocsp(self, body: bytes, ca: str | None) -> None:
        try:
            answer = self.server.responder.respond(body, ca)
        except Exception:  # an answer, never a dropped connection
            log.exception("OCSP request failed")
            answer = unsuccessful(ocsp.OCSPResponseStatus.INTERNAL_ERROR)
        self._send(HTTPStatus.OK, answer, "application/ocsp-response")

    def do_POST(self) -> None:
        parts = self.path.strip("/").split("/")
        if len(parts) != 2 or parts[0] != "ocsp":
            self._send(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain")
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self.close_connection = True
            self._send(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, b"request too large\n", "text/plain")
            return
        body = self.rfile.read(length)
        if self.headers.get_content_type() != "application/ocsp-request":
            self._send(
                HTTPStatus.OK,
                unsuccessful(ocsp.OCSPResponseStatus.MALFORMED_REQUEST),
                "application/ocsp-response",
            )
            return
        self._ocsp(body, parts[1])

    def do_GET(self) -> None:
        path = urllib.parse.unquote(self.path)
        parts = path.strip("/").split("/", 2)
        routes: dict[str, Callable[[list[str]], None]] = {
            "ocsp": self._get_ocsp,
            "crl": self._get_crl,
            "ca": self._get_ca,
        }
        handler = routes.get(parts[0]) if parts else None
        if handler is None or len(parts) < 2:
            self._send(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain")
            return
        try:
            handler(parts[1:])
        except IDToolkitError as exc:
            self._send(HTTPStatus.NOT_FOUND, f"{exc}\n".encode(), "text/plain")

    def _get_ocsp(self, parts: list[str]) -> None:
        if len(parts) != 2:
            self._send(
                HTTPStatus.OK,
                unsuccessful(ocsp.OCSPResponseStatus.MALFORMED_REQUEST),
                "application/ocsp-response",
            )
            return
        try:
            body = base64.b64decode(parts[1], validate=False)
        except ValueError:
            body = b""
        self._ocsp(body, parts[0])

    def _get_crl(self, parts: list[str]) -> None:
        name = parts[0].removesuffix(".crl")
        delta = name.endswith("-delta")
        info = latest_crl(self.server.ws, name.removesuffix("-delta"), delta=delta)
        if info is None:
            self._send(
                HTTPStatus.NOT_FOUND, b"no CRL published yet: run 'idtoolkit crl'\n", "text/plain"
            )
            return
        self._send(HTTPStatus.OK, info.der, "application/pkix-crl")

    def _get_ca(self, parts: list[str]) -> None:
        _info, cert = show_ca(self.server.ws, parts[0].removesuffix(".crt"))
        if cert is None:
            self._send(HTTPStatus.NOT_FOUND, b"no certificate\n", "text/plain")
            return
        self._send(
            HTTPStatus.OK, cert.public_bytes(serialization.Encoding.DER), "application/pkix-cert"
        )
