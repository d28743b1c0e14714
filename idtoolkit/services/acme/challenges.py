"""Challenge validation: http-01 (RFC 8555 8.3) and tls-alpn-01 (RFC 8737).

The server connects to the address ``acme add --resolve`` gives for the name (else the name's
own DNS address) on the endpoint's configured port, so labs need no DNS and clients may listen
on a high port. Each failure says what was tried, so "could not connect to validation target"
names the address and port.
"""

from __future__ import annotations

import hashlib
import http.client
import ipaddress
import socket
import ssl

from cryptography import x509

from idtoolkit.oids import ACME_IDENTIFIER
from idtoolkit.services.acme.endpoints import EndpointSettings
from idtoolkit.services.acme.problems import Problem

TIMEOUT = 10.0
MAX_BODY = 4096


def address_of(settings: EndpointSettings, kind: str, value: str) -> str:
    """Where to connect for an identifier: the configured address, the IP itself, or DNS."""
    if kind == "ip":
        return value
    mapped = settings.resolve.get(value)
    if mapped is not None:
        return mapped
    try:
        return str(socket.getaddrinfo(value, None, type=socket.SOCK_STREAM)[0][4][0])
    except OSError as exc:
        raise Problem("dns", f"cannot resolve {value}: {exc.strerror or exc}", 400) from None


def _host(address: str) -> str:
    return f"[{address}]" if ":" in address else address


def http01(settings: EndpointSettings, kind: str, value: str, token: str, key_auth: str) -> None:
    address = address_of(settings, kind, value)
    port = settings.http01_port
    where = f"http://{_host(address)}:{port}/.well-known/acme-challenge/{token}"
    host = _host(value) if kind == "ip" else value
    connection = http.client.HTTPConnection(address, port, timeout=TIMEOUT)
    try:
        connection.putrequest("GET", f"/.well-known/acme-challenge/{token}", skip_host=True)
        connection.putheader("Host", host if port == 80 else f"{host}:{port}")
        connection.putheader("User-Agent", "idtoolkit-acme")
        connection.endheaders()
        response = connection.getresponse()
        body = response.read(MAX_BODY + 1)
    except (OSError, http.client.HTTPException) as exc:
        raise Problem("connection", f"could not connect to {where} for {value}: {exc}") from None
    finally:
        connection.close()
    if response.status != 200:
        raise Problem("unauthorized", f"{where} answered HTTP {response.status}, not 200", 403)
    if body.strip() != key_auth.encode():
        raise Problem("incorrectResponse", f"{where} did not answer the key authorization")


def tls_alpn01(settings: EndpointSettings, kind: str, value: str, key_auth: str) -> None:
    address = address_of(settings, kind, value)
    port = settings.tls_alpn01_port
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # the certificate is self-signed on purpose
    context.set_alpn_protocols(["acme-tls/1"])
    server_name = None if kind == "ip" else value
    if kind == "ip":  # RFC 8738 section 6: the reverse name as SNI
        server_name = ipaddress.ip_address(value).reverse_pointer
    where = f"{_host(address)}:{port}"
    try:
        with (
            socket.create_connection((address, port), timeout=TIMEOUT) as raw,
            context.wrap_socket(raw, server_hostname=server_name) as tls,
        ):
            if tls.selected_alpn_protocol() != "acme-tls/1":
                raise Problem("tls", f"{where} did not negotiate ALPN acme-tls/1 for {value}")
            der = tls.getpeercert(binary_form=True)
    except (OSError, ssl.SSLError) as exc:
        raise Problem("connection", f"could not connect to {where} for {value}: {exc}") from None
    if der is None:
        raise Problem("tls", f"{where} sent no certificate")
    cert = x509.load_der_x509_certificate(der)
    try:
        sans = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        extension = cert.extensions.get_extension_for_oid(ACME_IDENTIFIER)
    except x509.ExtensionNotFound:
        raise Problem(
            "unauthorized", f"{where}: the certificate lacks the SAN or acmeIdentifier", 403
        ) from None
    names = [str(n) for n in sans.get_values_for_type(x509.DNSName)]
    names += [str(a) for a in sans.get_values_for_type(x509.IPAddress)]
    if names != [value] or not extension.critical:
        raise Problem(
            "unauthorized",
            f"{where}: the certificate must name {value} alone, acmeIdentifier critical",
            403,
        )
    raw_value = extension.value
    data = raw_value.value if isinstance(raw_value, x509.UnrecognizedExtension) else b""
    expected = b"\x04\x20" + hashlib.sha256(key_auth.encode()).digest()
    if data != expected:
        raise Problem(
            "incorrectResponse", f"{where}: acmeIdentifier is not the key authorization's digest"
        )
