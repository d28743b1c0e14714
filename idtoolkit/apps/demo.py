"""``make demo``: build a two-tier PKI in a fresh workspace, sign a document, serve OCSP and
CRLs, verify the signature against them, and show the commands to do it again by hand.

Every path printed is absolute (it works from any folder); every PKCS#12 password is shown
and also written beside its file (0600), as the CLI and the desktop app would write them.
"""

from __future__ import annotations

import socket
import sys
import tempfile
from pathlib import Path

from cryptography.hazmat.primitives import serialization

from idtoolkit import api
from idtoolkit.errors import IDToolkitError

DEMO_PASSPHRASE = b"demo passphrase - not for real use"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _deliver(out: Path, name: str, issued: api.IssuedCertificate) -> str:
    """Write the PKCS#12 and its password file (both 0600); the line saying where they are."""
    p12 = out / f"{name}.p12"
    password_file = out / f"{name}.p12.password"
    api.write_secret(p12, issued.pkcs12 or b"")
    api.write_secret(password_file, (issued.pkcs12_password or "").encode() + b"\n")
    return f"{p12}\n                 password: {issued.pkcs12_password}  (also in {password_file})"


def run(directory: Path) -> None:
    directory = directory.absolute()
    out = directory / "out"
    out.mkdir(parents=True)
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    ws = api.Workspace.init(directory / "workspace", DEMO_PASSPHRASE, base_url=base_url)
    print(f"Workspace: {ws.directory}  (store: {ws.store.display_url}, base URL {base_url})")
    root = api.create_root(
        ws, "root", "CN=Demo National Root CA,O=Demo Government PKI,C=SN", "ec-p384"
    )
    print(
        f"1. Root CA      {root.subject}  [{root.key_type}, valid until {root.not_after:%Y-%m-%d}]"
    )
    sub = api.create_sub(
        ws, "issuing", "root", "CN=Demo Issuing CA 1,O=Demo Government PKI,C=SN", "ec-p256"
    )
    print(f"2. Issuing CA   {sub.subject}  [{sub.key_type}, signed by root]")
    tls = api.issue_with_new_key(
        ws,
        "issuing",
        "tls-server",
        "CN=portal.demo.gov.sn",
        "ec-p256",
        sans=["dns:www.portal.demo.gov.sn"],
    )
    print(f"3. TLS server   serial {tls.serial} -> {_deliver(out, 'portal', tls)}")
    citizen = api.issue_with_new_key(
        ws,
        "issuing",
        "citizen-sign",
        "CN=Amina Diallo,GN=Amina,SN=Diallo,serialNumber=IDCSN-0000001,C=SN",
        "ec-p256",
    )
    print(
        f"4. Citizen      signature certificate {citizen.serial} -> "
        f"{_deliver(out, 'amina-sign', citizen)}"
    )
    lost = api.issue_with_new_key(
        ws, "issuing", "citizen-auth", "CN=Moussa Fall,GN=Moussa,SN=Fall,C=SN", "ec-p256"
    )
    api.revoke(ws, "issuing", lost.serial, "key-compromise")
    print(f"5. Revoked      {lost.serial} (key-compromise: a lost ID card)")
    api.write_public(out / "root.crl", api.make_crl(ws, "root").pem())  # says "issuing" is good
    crl = api.make_crl(ws, "issuing")
    api.write_public(out / "issuing.crl", crl.pem())
    print(
        f"6. CRL #{crl.number}        {crl.entries} entry, next update "
        f"{crl.next_update:%Y-%m-%d} -> {out / 'issuing.crl'}"
    )
    chain = api.ca_chain(ws, "issuing")
    pem = [c.public_bytes(serialization.Encoding.PEM) for c in chain]
    api.write_public(out / "chain.pem", b"".join(pem))
    api.write_public(out / "root.pem", pem[-1])
    result = api.verify_audit(ws)
    print(
        f"7. Audit trail  {result.events} events, chain "
        f"{'intact' if result.ok else 'BROKEN'}, head {result.head}"
    )
    document = out / "decision.txt"
    api.write_public(document, b"Decision 2026-001: the permit is granted.\n")
    credential = api.from_pkcs12(citizen.pkcs12 or b"", (citizen.pkcs12_password or "").encode())
    from idtoolkit.api import services, signing

    signature, signed = signing.sign_cms(document.read_bytes(), credential)
    api.write_public(out / "decision.txt.p7s", signature)
    print(f"8. Signed       {document} -> {out / 'decision.txt.p7s'} ({signed.level}, Amina)")
    server = services.PKIServer(ws, "127.0.0.1", port, workers=1)
    server.start_in_thread()
    try:
        reports = signing.verify_file(document, [chain[-1]])
    finally:
        server.stop()
        ws.close()
    verdicts = ", ".join(r.verdict for r in reports)
    print(f"9. Served and verified: {verdicts} (OCSP and CRL fetched from {base_url})")
    print("\nDo it again by hand (the demo passphrase is in IDTOOLKIT_PASSPHRASE below):")
    print(f"  export IDTOOLKIT_WORKSPACE={directory / 'workspace'}")
    print(f"  export IDTOOLKIT_PASSPHRASE='{DEMO_PASSPHRASE.decode()}'")
    print("  idtoolkit ca list")
    print("  idtoolkit cert list")
    print(
        f"  idtoolkit sign {document} --out {out / 'decision.txt.p7s'} "
        f"--p12 {out / 'amina-sign.p12'} --p12-password-file {out / 'amina-sign.p12.password'}"
    )
    print(f"  idtoolkit serve --port {port}      # in a second terminal")
    print(f"  idtoolkit verify {document} --trust {out / 'root.pem'}")
    print(f"  openssl crl -in {out / 'issuing.crl'} -noout -text")


def main() -> int:
    directory = Path(tempfile.mkdtemp(prefix="idtoolkit-demo-"))
    try:
        run(directory)
    except IDToolkitError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
