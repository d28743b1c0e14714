"""Shared by the validation-tier tests: a two-tier PKI per store kept for a whole module, a
read-only PostgreSQL login for validation-only responders, and OCSP requests."""

from __future__ import annotations

import base64
import os
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509 import ocsp

from .conftest import PASSPHRASE, PG_ADMIN_URL, _pg_admin, build_two_tier
from .pki_helpers import pem


@dataclass
class Store:
    kind: str
    url: str  # the owner's (read-write) URL
    read_only_url: str  # a SELECT-only login on PostgreSQL; the same file on SQLite
    directory: Path


@contextmanager
def module_store(kind: str, base: Path) -> Iterator[Store]:
    """A store for a whole test module: a SQLite file, or a PostgreSQL database with a login
    that may only read it (what a validation-only responder gets)."""
    if kind == "sqlite":
        url = f"sqlite:///{base / 'store.db'}"
        yield Store(kind, url, url, base)
        return
    name = f"idt_va_{uuid.uuid4().hex[:10]}"
    role = f"{name}_ro"
    with _pg_admin() as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
        conn.execute(f'CREATE ROLE "{role}" LOGIN')
    root = PG_ADMIN_URL.rsplit("/", 1)[0]
    url = f"{root}/{name}"
    host = root.split("@", 1)[1]
    try:
        yield Store(kind, url, f"postgresql://{role}@{host}/{name}", base)
    finally:
        with _pg_admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'DROP ROLE IF EXISTS "{role}"')


def grant_read_only(store: Store) -> None:
    """SELECT on every table, nothing else (run after the schema exists)."""
    if store.kind != "postgres":
        return
    import psycopg

    role = store.read_only_url.split("//", 1)[1].split("@", 1)[0]
    with psycopg.connect(store.url, autocommit=True) as conn:
        conn.execute(f'GRANT CONNECT ON DATABASE "{store.url.rsplit("/", 1)[1]}" TO "{role}"')
        conn.execute(f'GRANT USAGE ON SCHEMA public TO "{role}"')
        conn.execute(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{role}"')


def make_pki(store: Store):  # type: ignore[no-untyped-def]
    from idtoolkit.workspace import Workspace

    ws = Workspace.init(store.directory / "ws", PASSPHRASE, db_url=store.url)
    build_two_tier(ws)
    grant_read_only(store)
    return ws


def ocsp_request(
    cert: x509.Certificate,
    issuer: x509.Certificate,
    nonce: bytes | None = None,
    algorithm: hashes.HashAlgorithm | None = None,
) -> bytes:
    builder = ocsp.OCSPRequestBuilder().add_certificate(cert, issuer, algorithm or hashes.SHA1())
    if nonce is not None:
        builder = builder.add_extension(x509.OCSPNonce(nonce), critical=False)
    return builder.build().public_bytes(serialization.Encoding.DER)


def get_url(base: str, ca: str, request: bytes) -> str:
    return f"{base}/ocsp/{ca}/" + base64.b64encode(request).decode().replace("/", "%2F")


def openssl_ocsp(
    tmp: Path, url: str, issuer: x509.Certificate, root: x509.Certificate, target: list[str]
) -> str:
    (tmp / "issuer.pem").write_bytes(pem([issuer]))
    (tmp / "root.pem").write_bytes(pem([root]))
    result = subprocess.run(
        ["openssl", "ocsp", "-issuer", str(tmp / "issuer.pem"), *target, "-url", url,
         "-CAfile", str(tmp / "root.pem"), "-VAfile", str(tmp / "issuer.pem")],
        capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    return result.stdout + result.stderr


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


SHIPPED_NGINX = (
    Path(__file__).resolve().parent.parent / "deploy" / "nginx" / "idtoolkit-validation.conf"
)


def nginx_config(prefix: Path, port: int, upstreams: list[int]) -> Path:
    """The shipped configuration with its EDIT lines changed (cache folder, responders) and
    a private listen port, inside a main configuration of our own (private prefix)."""
    import re

    text = SHIPPED_NGINX.read_text()
    cache = prefix / "cache"
    text = text.replace("/var/cache/nginx/idtoolkit-validation", str(cache))
    servers = "".join(
        f"    server 127.0.0.1:{p} max_fails=1 fail_timeout=10s;\n" for p in upstreams
    )
    text = re.sub(r"(    server 127\.0\.0\.1:\d+ [^\n]*\n)+", servers, text, count=1)
    text = text.replace("listen 80;", f"listen 127.0.0.1:{port};")
    (prefix / "idtoolkit-validation.conf").write_text(text)
    temp = prefix / "temp"
    temp.mkdir(exist_ok=True)
    main = prefix / "nginx.conf"
    user = "user root;" if os.geteuid() == 0 else ""  # workers must reach the private prefix
    main.write_text(
        f"""
{user}
worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log info;
events {{ worker_connections 1024; }}
http {{
    access_log {prefix}/access.log;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    include {prefix}/idtoolkit-validation.conf;
}}
"""
    )
    return main


@contextmanager
def running_nginx(prefix: Path, port: int, upstreams: list[int]) -> Iterator[str]:
    """A real nginx (Debian's) on 127.0.0.1:``port``, stopped afterwards; yields its base URL."""
    import shutil
    import socket
    import time

    binary = shutil.which("nginx") or "/usr/sbin/nginx"
    prefix.mkdir(parents=True, exist_ok=True)
    main = nginx_config(prefix, port, upstreams)
    check = subprocess.run(
        [binary, "-t", "-p", str(prefix), "-c", str(main)], capture_output=True, text=True
    )
    assert check.returncode == 0, check.stderr
    process = subprocess.Popen(
        [binary, "-p", str(prefix), "-c", str(main), "-g", "daemon off;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert process.poll() is None, process.stderr.read() if process.stderr else ""
                assert time.monotonic() < deadline, "nginx did not start"
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(10)
