"""ACME (RFC 8555) with real clients on 127.0.0.1: lego and certbot get, renew and revoke
certificates from ``serve``; bad requests get problem documents and nothing is issued."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import http.server
import json
import os
import shutil
import socket
import subprocess
import threading
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from idtoolkit import api
from idtoolkit.api import acme
from idtoolkit.services.http import PKIServer
from idtoolkit.workspace import Workspace

from .acme_client import Client, b64, request
from .conftest import PASSPHRASE, build_two_tier
from .pki_helpers import openssl_verify, pem

pytestmark = pytest.mark.skipif(
    shutil.which("lego") is None or shutil.which("certbot") is None,
    reason="lego and certbot come from Debian (make setup)",
)
NAMES = ["web.lab.gov.sn", "api.lab.gov.sn", "tls.lab.gov.sn", "bot.lab.gov.sn"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Lab:
    ws: Workspace
    server: PKIServer
    http01: int
    tls_alpn01: int
    tmp: Path

    def directory(self, name: str, https: bool = True) -> str:
        """Real clients use HTTPS (trusting the root); the bad-input client plain HTTP."""
        base = self.server.base
        if https:
            assert self.server.tls_base is not None
            base = self.server.tls_base
        return f"{base}/acme/{name}/directory"

    @property
    def env(self) -> dict[str, str]:
        root = self.tmp / "trust.pem"
        root.write_bytes(pem(api.ca_chain(self.ws, "issuing")[-1:]))
        return os.environ | {"REQUESTS_CA_BUNDLE": str(root), "LEGO_CA_CERTIFICATES": str(root)}


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lab]:
    """One workspace and one server for every client test (they take seconds each)."""
    tmp = tmp_path_factory.mktemp("acme")
    # The HTTPS certificate names 127.0.0.1: the lint accepts the CA's own base URL host. The
    # base URL is this server's, so the OCSP URL certbot checks on renewal answers at once.
    port = free_port()
    ws = Workspace.init(tmp / "ws", PASSPHRASE, base_url=f"http://127.0.0.1:{port}")
    build_two_tier(ws)
    http01, tls_alpn01 = free_port(), free_port()
    resolve = [f"{n}=127.0.0.1" for n in NAMES]
    common = {"http01_port": http01, "tls_alpn01_port": tls_alpn01, "resolve": resolve}
    acme.add_endpoint(
        ws,
        "lab",
        "issuing",
        "tls-server",
        challenges=["http-01", "tls-alpn-01"],
        allow_suffixes=[".lab.gov.sn"],
        **common,  # type: ignore[arg-type]
    )
    acme.add_endpoint(ws, "eab", "issuing", "tls-server", eab=True, **common)  # type: ignore[arg-type]
    api.create_service_credential(
        ws, "issuing", "tls", "CN=127.0.0.1", "ec-p256", sans=["ip:127.0.0.1"]
    )
    server = PKIServer(ws, "127.0.0.1", port, tls_port=0)
    server.start_in_thread()
    try:
        yield Lab(ws, server, http01, tls_alpn01, tmp)
    finally:
        server.stop()
        ws.close()


def lego(
    lab: Lab, endpoint: str, path: Path, domains: list[str], *args: str, tls: bool = False
) -> subprocess.CompletedProcess[str]:
    challenge = (
        ["--tls", "--tls.port", f"127.0.0.1:{lab.tls_alpn01}"]
        if tls
        else ["--http", "--http.port", f"127.0.0.1:{lab.http01}"]
    )
    command = [
        "lego",
        "--accept-tos",
        "--email",
        "dev@lab.gov.sn",
        "--server",
        lab.directory(endpoint),
        "--path",
        str(path),
        *challenge,
    ]
    command += [arg for d in domains for arg in ("--domains", d)]
    before = [a for a in args if a.startswith("--") and a in ("--eab",)]
    rest = [a for a in args if a not in before]
    i = 0
    while i < len(rest):  # global options (--kid X --hmac Y) go before the sub-command
        if rest[i] in ("--kid", "--hmac"):
            before += rest[i : i + 2]
            del rest[i : i + 2]
        else:
            i += 1
    return subprocess.run(
        [*command, *before, *rest], capture_output=True, text=True, timeout=120, env=lab.env
    )


def chain_of(path: Path, domain: str) -> list[x509.Certificate]:
    return x509.load_pem_x509_certificates((path / "certificates" / f"{domain}.crt").read_bytes())


def check_chain(lab: Lab, chain: list[x509.Certificate], names: list[str]) -> None:
    """Chains to the root with openssl and carries the tls-server profile's extensions."""
    root = api.ca_chain(lab.ws, "issuing")[-1]
    verified = openssl_verify(lab.tmp, chain[0], root, chain[1:])
    assert verified.returncode == 0, verified.stdout + verified.stderr
    cert = chain[0]
    sans = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert sorted(sans.get_values_for_type(x509.DNSName)) == sorted(names)
    eku = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert list(eku) == [x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]
    policies = cert.extensions.get_extension_for_class(x509.CertificatePolicies).value
    assert "2.23.140.1.2.1" in [p.policy_identifier.dotted_string for p in policies]
    cert.extensions.get_extension_for_class(x509.CRLDistributionPoints)
    cert.extensions.get_extension_for_class(x509.AuthorityInformationAccess)


def ocsp_status(lab: Lab, cert: x509.Certificate) -> str:
    issuer, root = api.ca_chain(lab.ws, "issuing")[:2]
    (lab.tmp / "o-issuer.pem").write_bytes(pem([issuer]))
    (lab.tmp / "o-root.pem").write_bytes(pem([root, issuer]))
    (lab.tmp / "o-leaf.pem").write_bytes(pem([cert]))
    out = subprocess.run(
        [
            "openssl",
            "ocsp",
            "-issuer",
            str(lab.tmp / "o-issuer.pem"),
            "-cert",
            str(lab.tmp / "o-leaf.pem"),
            "-url",
            f"{lab.server.base}/ocsp/issuing",
            "-CAfile",
            str(lab.tmp / "o-root.pem"),
        ],
        capture_output=True,
        text=True,
        timeout=30,
    )
    return out.stdout + out.stderr


def served_crl_serials(lab: Lab) -> set[int]:
    api.make_crl(lab.ws, "issuing")
    with urllib.request.urlopen(f"{lab.server.base}/crl/issuing.crl", timeout=30) as response:
        crl = x509.load_der_x509_crl(response.read())
    return {entry.serial_number for entry in crl}


def audit_actions(lab: Lab) -> list[tuple[str, dict[str, object]]]:
    events = api.list_audit_events(lab.ws, limit=100000)
    return [
        (e.action, e.details if isinstance(e.details, dict) else json.loads(e.details))
        for e in events
    ]


def test_lego_http01_obtains_renews_and_revokes(lab: Lab) -> None:
    path, names = lab.tmp / "lego", ["web.lab.gov.sn", "api.lab.gov.sn"]
    run = lego(lab, "lab", path, names, "run")
    assert run.returncode == 0, run.stderr
    first = chain_of(path, names[0])
    check_chain(lab, first, names)

    renew = lego(lab, "lab", path, names, "renew", "--days", "400", "--no-random-sleep")
    assert renew.returncode == 0, renew.stderr
    renewed = chain_of(path, names[0])[0]
    assert renewed.serial_number != first[0].serial_number
    assert ": good" in ocsp_status(lab, renewed)

    revoke = lego(lab, "lab", path, names[:1], "revoke")
    assert revoke.returncode == 0, revoke.stderr
    assert ": revoked" in ocsp_status(lab, renewed)
    assert renewed.serial_number in served_crl_serials(lab)

    events = audit_actions(lab)
    actions = [a for a, _ in events]
    for action in (
        "acme.account_created",
        "acme.order_created",
        "acme.challenge",
        "acme.certificate_issued",
        "acme.certificate_revoked",
    ):
        assert action in actions
    challenge = next(d for a, d in events if a == "acme.challenge")
    assert challenge["type"] == "http-01" and challenge["result"] == "valid"
    assert len(str(challenge["account_thumbprint"])) == 43


def test_lego_tls_alpn01(lab: Lab) -> None:
    path = lab.tmp / "lego-tls"
    run = lego(lab, "lab", path, ["tls.lab.gov.sn"], "run", tls=True)
    assert run.returncode == 0, run.stderr
    check_chain(lab, chain_of(path, "tls.lab.gov.sn"), ["tls.lab.gov.sn"])
    assert any(a == "acme.challenge" and d["type"] == "tls-alpn-01" for a, d in audit_actions(lab))


def test_lego_needs_eab_where_required(lab: Lab) -> None:
    path = lab.tmp / "lego-eab"
    refused = lego(lab, "eab", path, ["web.lab.gov.sn"], "run")
    assert refused.returncode != 0 and "External Account Binding" in refused.stderr
    eab_client = Client(lab.directory("eab", https=False))
    assert (
        problem(eab_client.post(eab_client.directory["newAccount"], {}))
        == "externalAccountRequired"
    )
    key = acme.add_eab_key(lab.ws, "eab", "ministry-web")
    run = lego(
        lab, "eab", path, ["web.lab.gov.sn"], "--eab", "--kid", "ministry-web", "--hmac", key, "run"
    )
    assert run.returncode == 0, run.stderr
    check_chain(lab, chain_of(path, "web.lab.gov.sn"), ["web.lab.gov.sn"])
    created = [
        d for a, d in audit_actions(lab) if a == "acme.account_created" and d["endpoint"] == "eab"
    ]
    assert created and created[-1]["eab_key_id"] == "ministry-web"


def test_certbot_standalone_http01(lab: Lab) -> None:
    """certbot sends a CSR with an empty subject; renewal and revocation by certbot too."""
    base = lab.tmp / "certbot"
    dirs = [
        "--config-dir",
        str(base / "config"),
        "--work-dir",
        str(base / "work"),
        "--logs-dir",
        str(base / "logs"),
    ]
    common = ["--non-interactive", "--server", lab.directory("lab"), *dirs]
    run = subprocess.run(
        [
            "certbot",
            "certonly",
            "--standalone",
            "--http-01-port",
            str(lab.http01),
            "--http-01-address",
            "127.0.0.1",
            "--agree-tos",
            "--register-unsafely-without-email",
            "-d",
            "bot.lab.gov.sn",
            "--cert-name",
            "bot",
            *common,
        ],
        capture_output=True,
        text=True,
        timeout=180,
        env=lab.env,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    live = base / "config" / "live" / "bot"
    chain = x509.load_pem_x509_certificates((live / "fullchain.pem").read_bytes())
    check_chain(lab, chain, ["bot.lab.gov.sn"])
    assert chain[0].subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "bot.lab.gov.sn"

    renew = subprocess.run(
        [
            "certbot",
            "renew",
            "--force-renewal",
            "--no-random-sleep-on-renew",
            "--cert-name",
            "bot",
            *common,
        ],
        capture_output=True,
        text=True,
        timeout=180,
        env=lab.env,
    )
    assert renew.returncode == 0, renew.stdout + renew.stderr
    renewed = x509.load_pem_x509_certificates((live / "cert.pem").read_bytes())[0]
    assert renewed.serial_number != chain[0].serial_number

    revoke = subprocess.run(
        [
            "certbot",
            "revoke",
            "--cert-name",
            "bot",
            "--no-delete-after-revoke",
            "--reason",
            "superseded",
            *common,
        ],
        capture_output=True,
        text=True,
        timeout=180,
        env=lab.env,
    )
    assert revoke.returncode == 0, revoke.stdout + revoke.stderr
    assert ": revoked" in ocsp_status(lab, renewed)


# --- bad input: a problem document each, nothing issued ----------------------------------------
def problem(answer: tuple[int, dict[str, str], bytes]) -> str:
    status, headers, body = answer
    assert headers["Content-Type"] == "application/problem+json"
    assert headers.get("Replay-Nonce")
    document = json.loads(body)
    assert document["status"] == status
    return str(document["type"]).removeprefix("urn:ietf:params:acme:error:")


def issued_count(lab: Lab) -> int:
    return sum(1 for a, _ in audit_actions(lab) if a == "acme.certificate_issued")


def test_bad_requests_are_problem_documents(lab: Lab) -> None:
    before = issued_count(lab)
    client = Client(lab.directory("lab", https=False))
    new_account = client.directory["newAccount"]
    assert problem(request(new_account, b"{not json")) == "malformed"
    assert (
        problem(request(new_account, b'{"protected":"","payload":"","signature":""}'))
        == "malformed"
    )
    assert problem(client.post(new_account, {}, nonce="made-up")) == "badNonce"
    assert (
        problem(client.post(new_account, {}, header={"url": new_account + "x"})) == "unauthorized"
    )
    assert problem(client.post(new_account, {}, header={"alg": "HS256"})) == "badSignatureAlgorithm"
    assert problem(request(new_account, b"{}", content_type="application/json")) == "malformed"
    small = {"kty": "EC", "crv": "P-521", "x": b64(b"\1" * 66), "y": b64(b"\2" * 66)}
    assert problem(client.post(new_account, {}, header={"jwk": small})) == "badPublicKey"
    nonce = client.nonce()
    status, _, _ = client.post(new_account, {"termsOfServiceAgreed": True}, nonce=nonce)
    assert status == 201
    assert problem(client.post(new_account, {}, nonce=nonce)) == "badNonce"  # replayed
    client.register()

    new_order = client.directory["newOrder"]
    outside = {"identifiers": [{"type": "dns", "value": "www.example.com"}]}
    assert problem(client.post(new_order, outside)) == "rejectedIdentifier"
    assert (
        problem(client.post(new_order, {"identifiers": [{"type": "ip", "value": "127.0.0.1"}]}))
        == "rejectedIdentifier"
    )
    status, headers, body = client.post(
        new_order, {"identifiers": [{"type": "dns", "value": "web.lab.gov.sn"}]}
    )
    assert status == 201
    order = json.loads(body)
    key = ec.generate_private_key(ec.SECP256R1())
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(x509.Name([]))
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName("web.lab.gov.sn")]), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    der = csr.public_bytes(serialization.Encoding.DER)
    assert problem(client.post(order["finalize"], {"csr": b64(der)})) == "orderNotReady"

    # a challenge answered wrongly: nobody listens on the http-01 port
    authz = json.loads(client.post(order["authorizations"][0], None)[2])
    http01 = next(c for c in authz["challenges"] if c["type"] == "http-01")
    status, _, body = client.post(http01["url"], {})
    assert status == 200 and json.loads(body)["status"] == "invalid"
    assert json.loads(client.post(headers["Location"], None)[2])["status"] == "invalid"

    # both kid and jwk, and a jwk where the account's kid belongs
    assert problem(client.post(new_order, outside, header={"jwk": {"kty": "EC"}})) == "malformed"
    assert problem(client.post(new_order, outside, jwk=True)) == "malformed"

    # a validated order finalized with a CSR for other names, or signed by the account key
    status, headers, body = client.post(
        new_order, {"identifiers": [{"type": "dns", "value": "api.lab.gov.sn"}]}
    )
    order, order_url = json.loads(body), headers["Location"]
    authz = json.loads(client.post(order["authorizations"][0], None)[2])
    http01 = next(c for c in authz["challenges"] if c["type"] == "http-01")
    with answering(lab.http01, http01["token"], client):
        assert json.loads(client.post(http01["url"], {})[2])["status"] == "valid"
    assert json.loads(client.post(order_url, None)[2])["status"] == "ready"
    assert problem(client.post(order["finalize"], {"csr": b64(der)})) == "badCSR"  # web, not api
    own = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(x509.Name([]))
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName("api.lab.gov.sn")]), critical=False
        )
        .sign(client.key, hashes.SHA256())
    )
    own_der = own.public_bytes(serialization.Encoding.DER)
    assert problem(client.post(order["finalize"], {"csr": b64(own_der)})) == "badCSR"
    assert problem(client.post(order["finalize"], {"csr": b64(b"not a CSR")})) == "badCSR"
    assert json.loads(client.post(order_url, None)[2])["status"] == "ready"
    assert issued_count(lab) == before


@contextlib.contextmanager
def answering(port: int, token: str, client: Client) -> Iterator[None]:
    """A one-token http-01 responder, as a client runs it."""
    from .acme_client import jwk_of

    thumb = b64(
        hashlib.sha256(
            json.dumps(jwk_of(client.key), separators=(",", ":"), sort_keys=True).encode()
        ).digest()
    )

    class Answer(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            ok = self.path == f"/.well-known/acme-challenge/{token}"
            self.send_response(200 if ok else 404)
            self.end_headers()
            if ok:
                self.wfile.write(f"{token}.{thumb}".encode())

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", port), Answer)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield
    finally:
        server.shutdown()
        server.server_close()


def test_nonces_are_single_use_across_servers_on_one_postgres_store(
    tmp_path: Path, postgres_url: str
) -> None:
    """A nonce from one serve is good (once) at another serve on the same store."""
    ws = Workspace.init(tmp_path / "ws", PASSPHRASE, db_url=postgres_url)
    try:
        build_two_tier(ws)
        acme.add_endpoint(ws, "lab", "issuing", "tls-server")
        first, second = PKIServer(ws, "127.0.0.1", 0), PKIServer(ws, "127.0.0.1", 0)
        first.start_in_thread()
        second.start_in_thread()
        try:
            one = Client(f"{first.base}/acme/lab/directory")
            two = Client(f"{second.base}/acme/lab/directory")
            nonce = one.nonce()
            status, _, _ = two.post(
                two.directory["newAccount"], {"termsOfServiceAgreed": True}, nonce=nonce
            )
            assert status == 201
            replay = one.post(one.directory["newAccount"], {}, nonce=nonce)
            assert problem(replay) == "badNonce"
        finally:
            first.stop()
            second.stop()
    finally:
        ws.close()


def test_cli_adds_lists_and_removes_endpoints(tmp_path: Path) -> None:
    from .pki_helpers import run_cli

    env = os.environ | {api.PASSPHRASE_ENV_VAR: PASSPHRASE.decode()}
    ws = Workspace.init(tmp_path / "ws", PASSPHRASE)
    build_two_tier(ws)
    ws.close()
    base = ["--workspace", str(tmp_path / "ws")]
    added = run_cli(
        [
            *base,
            "acme",
            "add",
            "lab",
            "--ca",
            "issuing",
            "--profile",
            "tls-server",
            "--challenges",
            "http-01,tls-alpn-01",
            "--eab",
            "--http01-port",
            "5002",
            "--resolve",
            "web.lab.gov.sn=127.0.0.1",
            "--allow-suffix",
            ".lab.gov.sn",
            "--json",
        ],
        env,
        tmp_path,
    )
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["challenges"] == ["http-01", "tls-alpn-01"]
    again = run_cli(
        [*base, "acme", "add", "lab", "--ca", "issuing", "--profile", "tls-server"], env, tmp_path
    )
    assert (
        again.returncode == 1
        and "exists already" in again.stderr
        and "Traceback" not in again.stderr
    )
    bad = run_cli(
        [
            *base,
            "acme",
            "add",
            "x",
            "--ca",
            "issuing",
            "--profile",
            "tls-server",
            "--challenges",
            "dns-01",
        ],
        env,
        tmp_path,
    )
    assert bad.returncode == 1 and "challenges must be among" in bad.stderr
    # A suffix that is no domain would refuse every name: refused at once, in one line.
    url = run_cli(
        [
            *base,
            "acme",
            "add",
            "y",
            "--ca",
            "issuing",
            "--profile",
            "tls-server",
            "--allow-suffix",
            "https://lab.gov.sn/",
        ],
        env,
        tmp_path,
    )
    assert url.returncode == 1 and "Traceback" not in url.stderr
    assert "is a DNS domain such as .lab.gov.sn, not 'https://lab.gov.sn/'" in url.stderr
    assert len(url.stderr.strip().splitlines()) == 1
    key = run_cli([*base, "acme", "eab", "add", "lab", "--key-id", "web", "--json"], env, tmp_path)
    assert key.returncode == 0, key.stderr
    assert len(json.loads(key.stdout)["hmac_key"]) == 43
    listed = run_cli([*base, "acme", "list", "--json"], env, tmp_path)
    assert [e["name"] for e in json.loads(listed.stdout)] == ["lab"]
    removed = run_cli([*base, "acme", "remove", "lab"], env, tmp_path)
    assert removed.returncode == 0, removed.stderr
    assert json.loads(run_cli([*base, "acme", "list", "--json"], env, tmp_path).stdout) == []


def test_https_serves_the_ca_certificates_and_crls_too(lab: Lab) -> None:
    import ssl

    context = ssl.create_default_context(cafile=lab.env["REQUESTS_CA_BUNDLE"])
    with urllib.request.urlopen(f"{lab.server.tls_base}/ca/issuing.crt", context=context) as answer:
        assert x509.load_der_x509_certificate(answer.read()) == api.ca_chain(lab.ws, "issuing")[0]
    api.make_crl(lab.ws, "issuing")
    with urllib.request.urlopen(
        f"{lab.server.tls_base}/crl/issuing.crl", context=context
    ) as answer:
        x509.load_der_x509_crl(answer.read())
    with urllib.request.urlopen(lab.directory("lab"), context=context) as answer:
        assert json.loads(answer.read())["newNonce"].startswith("https://127.0.0.1:")


def test_key_change_deactivation_and_renewal_info(lab: Lab) -> None:
    from .acme_client import jwk_of, sign

    client = Client(lab.directory("lab", https=False))
    client.register()
    assert client.kid is not None
    old = client.key
    new = ec.generate_private_key(ec.SECP256R1())
    url = client.directory["keyChange"]
    inner = sign(new, {"alg": "ES256", "jwk": jwk_of(new), "url": url},
                 json.dumps({"account": client.kid, "oldKey": jwk_of(old)}).encode())  # fmt: skip
    status, _, _ = client.post(url, json.loads(inner))
    assert status == 200
    assert problem(client.post(client.kid, None)) == "malformed"  # the old key no longer signs
    client.key = new
    assert client.post(client.kid, None)[0] == 200
    assert (
        json.loads(client.post(client.kid, {"status": "deactivated"})[2])["status"] == "deactivated"
    )
    order = {"identifiers": [{"type": "dns", "value": "web.lab.gov.sn"}]}
    assert problem(client.post(client.directory["newOrder"], order)) == "unauthorized"
    actions = [a for a, _ in audit_actions(lab)]
    assert "acme.key_changed" in actions and "acme.account_deactivated" in actions

    key = ec.generate_private_key(ec.SECP256R1())
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "ari.lab.gov.sn")]))
        .sign(key, hashes.SHA256())
    )
    cert = api.issue_from_csr(lab.ws, "issuing", "tls-server", csr).certificate
    from idtoolkit.services.acme.orders import cert_id_of

    with urllib.request.urlopen(f"{client.directory['renewalInfo']}/{cert_id_of(cert)}") as answer:
        window = json.loads(answer.read())["suggestedWindow"]
        assert answer.headers["Retry-After"]
    life = cert.not_valid_after_utc - cert.not_valid_before_utc
    start = dt.datetime.fromisoformat(window["start"].replace("Z", "+00:00"))
    assert cert.not_valid_before_utc + life / 2 < start < cert.not_valid_after_utc


def test_serve_tls_port_without_a_tls_credential_is_one_clear_line(tmp_path: Path) -> None:
    from .pki_helpers import run_cli

    env = os.environ | {api.PASSPHRASE_ENV_VAR: PASSPHRASE.decode()}
    ws = Workspace.init(tmp_path / "ws", PASSPHRASE)
    ws.close()
    base = ["--workspace", str(tmp_path / "ws"), "serve", "--port", str(free_port())]
    missing = run_cli([*base, "--tls-port", str(free_port())], env, tmp_path)
    assert missing.returncode == 1 and "no TLS credential" in missing.stderr
    assert "Traceback" not in missing.stderr
    bad = run_cli([*base, "--tls-port", "70000"], env, tmp_path)
    assert bad.returncode == 1 and "--tls-port must be between 1 and 65535" in bad.stderr
