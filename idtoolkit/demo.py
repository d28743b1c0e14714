"""``make run`` until the desktop app exists: build a two-tier PKI in a fresh workspace and
show what was made, with the CLI commands to explore it further."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from cryptography.hazmat.primitives import serialization

from idtoolkit import api
from idtoolkit.errors import IDToolkitError

DEMO_PASSPHRASE = b"demo passphrase - not for real use"


def run(directory: Path) -> None:
    out = directory / "out"
    out.mkdir(parents=True)
    ws = api.Workspace.init(directory / "workspace", DEMO_PASSPHRASE)
    print(f"Workspace: {ws.directory}  (store: {ws.store.display_url})")
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
    (out / "portal.p12").write_bytes(tls.pkcs12 or b"")
    print(
        f"3. TLS server   serial {tls.serial} -> {out / 'portal.p12'} (password {tls.pkcs12_password})"
    )
    citizen = api.issue_with_new_key(
        ws,
        "issuing",
        "citizen-sign",
        "CN=Amina Diallo,GN=Amina,SN=Diallo,serialNumber=IDCSN-0000001,C=SN",
        "ec-p256",
    )
    (out / "amina-sign.p12").write_bytes(citizen.pkcs12 or b"")
    print(
        f"4. Citizen      qualified-signature certificate {citizen.serial} -> {out / 'amina-sign.p12'}"
    )
    lost = api.issue_with_new_key(
        ws, "issuing", "citizen-auth", "CN=Moussa Fall,GN=Moussa,SN=Fall,C=SN", "ec-p256"
    )
    api.revoke(ws, "issuing", lost.serial, "key-compromise")
    print(f"5. Revoked      {lost.serial} (key-compromise: a lost ID card)")
    crl = api.make_crl(ws, "issuing")
    (out / "issuing.crl").write_bytes(crl.pem())
    print(
        f"6. CRL #{crl.number}        {crl.entries} entry, next update {crl.next_update:%Y-%m-%d} -> {out / 'issuing.crl'}"
    )
    chain = api.ca_chain(ws, "issuing")
    (out / "chain.pem").write_bytes(
        b"".join(c.public_bytes(serialization.Encoding.PEM) for c in chain)
    )
    with ws.store.reading() as session:
        from idtoolkit import audit

        result = audit.verify(session)
    print(
        f"7. Audit trail  {result.events} events, chain {'intact' if result.ok else 'BROKEN'}, head {result.head}"
    )
    ws.close()
    print("\nExplore it with the CLI (the demo passphrase is in IDTOOLKIT_PASSPHRASE below):")
    print(f"  export IDTOOLKIT_WORKSPACE={directory / 'workspace'}")
    print(f"  export IDTOOLKIT_PASSPHRASE='{DEMO_PASSPHRASE.decode()}'")
    print("  .venv/bin/idtoolkit ca list")
    print("  .venv/bin/idtoolkit cert list")
    print("  .venv/bin/idtoolkit audit verify")
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
