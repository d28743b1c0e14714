"""The argument parser. Command names are part of the public interface: keep them stable."""

from __future__ import annotations

import argparse
import os
from typing import NoReturn

from idtoolkit.api import KEY_SPECS, version_info

KEYS = ", ".join(KEY_SPECS)


class Parser(argparse.ArgumentParser):
    """argparse, with usage errors as ``{"error": ..., "code": 2}`` on stderr when the
    command line asks for ``--json`` (a script cannot parse argparse's usage text)."""

    json_errors = False

    def error(self, message: str) -> NoReturn:
        if Parser.json_errors:
            import json
            import sys

            print(json.dumps({"error": f"{self.prog}: {message}", "code": 2}), file=sys.stderr)
            sys.exit(2)
        super().error(message)


SERIAL_HELP = "serial number in hex, or a unique prefix of it (as 'cert list' shows it)"

#: Help for options that mean the same in every command, filled in where a command gives none.
_SHARED_HELP = {
    "ca": "name of the CA (as 'ca list' shows it)",
    "profile": "certificate profile name (see 'profile list')",
    "days": "validity in days (default: the profile's)",
    "out": "output file",
    "serial": SERIAL_HELP,
    "subject": 'RFC 4514 subject, e.g. "CN=Awa Diop,O=Ministry,C=SN"',
    "key_store": "software (default) or pkcs11:token=LABEL",
    "san": "dns:NAME, ip:ADDRESS, email:MAILBOX or uri:URI (repeatable)",
    "token": "label of the PKCS#11 token",
    "pem": "also print the certificate as PEM",
    "p12_password_file": "read the PKCS#12 password from FILE (else prompted)",
    "format": "output format",
}

#: One example per command, shown at the end of its --help.
EXAMPLES = {
    "ceremony check": "idtoolkit ceremony check ceremonies/national-root.toml",
    "ceremony rehearse": "idtoolkit ceremony rehearse ceremonies/national-root.toml --out rehearsal",
    "ceremony run": "idtoolkit ceremony run ceremonies/national-root.toml --out /media/ceremony",
    "ceremony sign": "idtoolkit ceremony sign /media/ceremony --role witness --p12 witness.p12",
    "ceremony verify": "idtoolkit ceremony verify /media/ceremony --root participants-ca.pem",
    "ca backup split": "idtoolkit ca backup split root --shares 5 --threshold 3 --out backup",
    "ca backup restore": "idtoolkit ca backup restore backup --shares share-1.txt share-3.txt "
    "share-4.txt",
    "audit seal": "idtoolkit audit seal --ca root --out audit-seal-2026-11.json",
    "init": "idtoolkit init --base-url http://pki.example.gov",
    "settings": "idtoolkit settings --base-url http://pki.interieur.gouv.sn --crl-days 3",
    "ca create-root": "idtoolkit ca create-root root --key ec-p384 "
    "--subject 'CN=National Root CA,O=Ministry,C=SN'",
    "ca create-sub": "idtoolkit ca create-sub issuing --parent root --key ec-p256 "
    "--subject 'CN=Issuing CA 1,O=Ministry,C=SN'",
    "ca request": "idtoolkit ca request issuing --key ec-p256 "
    "--subject 'CN=Issuing CA 1,O=Ministry,C=SN' --out issuing.csr",
    "ca import-cert": "idtoolkit ca import-cert issuing --cert issuing.pem --chain root.pem",
    "ca import-crl": "idtoolkit ca import-crl root.crl",
    "ca import": "idtoolkit ca import partner --cert partner-root.pem",
    "ca service": "idtoolkit ca service issuing --kind ocsp --key ec-p256 "
    "--subject 'CN=OCSP Responder,O=Ministry,C=SN'",
    "ca list": "idtoolkit ca list --json",
    "ca show": "idtoolkit ca show issuing --pem",
    "ca export": "idtoolkit ca export issuing --chain --out issuing-chain.pem",
    "issue": "idtoolkit issue --ca issuing --profile tls-server --csr portal.csr --out portal.pem",
    "revoke": "idtoolkit revoke 5f3a --ca issuing --reason key-compromise",
    "release": "idtoolkit release 5f3a --ca issuing",
    "crl": "idtoolkit crl --ca issuing --out issuing.crl",
    "cert list": "idtoolkit cert list --ca issuing --status revoked --limit 0",
    "cert show": "idtoolkit cert show 5f3a",
    "cert export": "idtoolkit cert export 5f3a --format chain --out awa-chain.pem",
    "profile list": "idtoolkit profile list",
    "profile show": "idtoolkit profile show tls-server",
    "profile add": "idtoolkit profile add my-profile.toml",
    "bulk issue": "idtoolkit bulk issue --ca issuing --profile citizen-auth --csv people.csv "
    "--out batch-01",
    "enroll": "idtoolkit enroll --token card-0042 --ca issuing --profile citizen-auth "
    "--subject 'CN=Awa Diop,C=SN'",
    "serve": "idtoolkit serve --detach --pid-file serve.pid",
    "sign": "idtoolkit sign contract.pdf --p12 awa.p12 --out contract-signed.pdf",
    "verify": "idtoolkit verify contract-signed.pdf --trust root.pem",
    "testpki create": "idtoolkit testpki create --out lab/pki",
    "hsm tokens": "idtoolkit hsm tokens",
    "hsm mechanisms": "idtoolkit hsm mechanisms --token ca-token",
    "hsm keys": "idtoolkit hsm keys --token ca-token --pin-file pin.txt",
    "hsm keygen": "idtoolkit hsm keygen --token ca-token --key ec-p384 --label root-key",
    "hsm sim": "idtoolkit hsm sim add-token --dir lab/hsm --count 20",
    "audit verify": "idtoolkit audit verify --expect-head 42:3f2a…",
    "audit export": "idtoolkit audit export --out audit.jsonl",
}

#: The name argument of the CA commands: a new CA's name, or an existing one's.
_NAME_HELP = {
    "ca create-root": "name of the new CA in this workspace (e.g. root)",
    "ca create-sub": "name of the new CA in this workspace (e.g. issuing)",
    "ca request": "name of the new (pending) CA in this workspace",
    "ca import-cert": "name of the pending CA the certificate completes",
    "ca import": "name to give the imported CA here",
    "ca service": "name of the CA issuing the service credential",
    "ca show": "name of the CA",
    "ca export": "name of the CA",
    "profile show": "profile name",
}


def _leaves(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> list[tuple[str, argparse.ArgumentParser]]:
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        return [(" ".join(path), parser)]
    return [leaf for name, sub in subs[0].choices.items() for leaf in _leaves(sub, (*path, name))]


def command_parsers(parser: argparse.ArgumentParser) -> list[tuple[str, argparse.ArgumentParser]]:
    """Every command's parser by its name ("ca create-root"): for help checks."""
    return _leaves(parser)


def _finish(parser: argparse.ArgumentParser) -> None:
    """Help on every option, and each command's help ending with one example."""
    for path, leaf in _leaves(parser):
        for action in leaf._actions:
            if action.help is None:
                if action.dest == "name" and path in _NAME_HELP:
                    action.help = _NAME_HELP[path]
                elif action.dest == "file":
                    action.help = "the profile TOML file"
                else:
                    action.help = _SHARED_HELP.get(action.dest)
        leaf.epilog = f"example:\n  {EXAMPLES[path]}"
        leaf.formatter_class = argparse.RawDescriptionHelpFormatter


def _common() -> Parser:
    common = Parser(add_help=False)
    common.add_argument(
        "--workspace",
        "-w",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="workspace directory (default: $IDTOOLKIT_WORKSPACE or the per-user data dir)",
    )
    common.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="database URL, e.g. postgresql://user@host/db (default: the workspace's)",
    )
    common.add_argument(
        "--passphrase-file",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="read the workspace passphrase from FILE (else $IDTOOLKIT_PASSPHRASE, else prompt)",
    )
    common.add_argument(
        "--pin-file",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="read the token user PIN from FILE (else $IDTOOLKIT_PIN, else prompt)",
    )
    common.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print machine-readable JSON"
    )
    return common


def _key_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--subject", required=True, help='RFC 4514 subject, e.g. "CN=Root CA,O=Ministry,C=SN"'
    )
    p.add_argument("--key", required=True, help=f"key type: {KEYS}")
    p.add_argument(
        "--key-store",
        default="software",
        metavar="STORE",
        help="software (default) or pkcs11:token=LABEL",
    )
    p.add_argument("--key-label", metavar="LABEL", help="use this existing key on the token")
    p.add_argument("--key-id", metavar="HEX", help="use the existing token key with this CKA_ID")
    p.add_argument("--rsa-pss", action="store_true", help="sign with RSASSA-PSS (RSA keys)")
    p.add_argument("--base-url", metavar="URL", help="base of the CRL/AIA/OCSP URLs this CA writes")
    p.add_argument("--crl-days", type=int, metavar="N", help="CRL validity (nextUpdate) in days")


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = Parser(
        prog="idtoolkit",
        parents=[common],
        description="ID Toolkit: a small certificate authority with software and HSM keys.",
        formatter_class=argparse.RawDescriptionHelpFormatter,  # keeps --version on one line
    )
    parser.add_argument(
        "--version",
        action="version",
        version=version_info().line(),
        help="show the version and build, then exit",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = commands.add_parser("init", parents=[common], help="create a workspace")
    p.add_argument("--base-url", metavar="URL", help="base of the URLs written into certificates")

    p = commands.add_parser(
        "settings",
        parents=[common],
        help="show or change the workspace settings (base URL, CRL lifetimes, PKCS#11 module)",
        description="New settings apply to CAs created afterwards; existing CAs keep theirs.",
    )
    p.add_argument("--base-url", metavar="URL", help="base of the URLs written into certificates")
    p.add_argument("--crl-days", type=int, metavar="N", help="sub-CA CRL lifetime in days")
    p.add_argument("--root-crl-days", type=int, metavar="N", help="root CA CRL lifetime in days")
    p.add_argument("--delta-crl-hours", type=int, metavar="N", help="delta CRL lifetime in hours")
    p.add_argument(
        "--pkcs11-module", metavar="FILE", help="PKCS#11 module path ('' for the default)"
    )

    ca = commands.add_parser("ca", help="certificate authorities").add_subparsers(
        dest="ca_command", required=True, metavar="ACTION"
    )
    p = ca.add_parser("create-root", parents=[common], help="create a self-signed root CA")
    p.add_argument("name")
    _key_options(p)
    p.add_argument("--days", type=int, help="validity in days (profile default if omitted)")
    p.add_argument("--profile", default="root-ca")
    p = ca.add_parser("create-sub", parents=[common], help="create a sub-CA signed by a CA here")
    p.add_argument("name")
    p.add_argument("--parent", required=True, help="name of the CA that signs the new sub-CA")
    _key_options(p)
    p.add_argument("--days", type=int)
    p.add_argument("--profile", default="sub-ca")
    p = ca.add_parser("request", parents=[common], help="offline root: make a sub-CA key and CSR")
    p.add_argument("name")
    _key_options(p)
    p.add_argument("--profile", default="sub-ca")
    p.add_argument("--out", required=True, help="where to write the CSR (PEM)")
    p = ca.add_parser(
        "import-cert", parents=[common], help="offline root: complete a requested sub-CA"
    )
    p.add_argument("name")
    p.add_argument(
        "--cert",
        required=True,
        help="the certificate the root signed, PEM or DER (or, for an external CA, its renewed certificate)",
    )
    p.add_argument("--chain", help="issuer certificates (PEM), root included")
    p = ca.add_parser(
        "import-crl",
        parents=[common],
        help="offline root: import a CRL its CA signed, for 'idtoolkit serve' to publish",
    )
    p.add_argument("file", help="the CRL (PEM or DER)")
    p = ca.add_parser(
        "import", parents=[common], help="import an existing CA (cert + key, or PKCS#12)"
    )
    p.add_argument("name")
    p.add_argument(
        "--cert", help="CA certificate (PEM/DER); alone, it is imported as a trust anchor"
    )
    p.add_argument("--key", help="CA private key (PEM/DER, PKCS#8 or traditional)")
    p.add_argument("--p12", help="PKCS#12 with key and certificate")
    p.add_argument("--key-password-file", metavar="FILE", help="password of the key or PKCS#12")
    p.add_argument("--chain", help="issuer certificates (PEM)")
    p = ca.add_parser(
        "service",
        parents=[common],
        help="a key and certificate for a service of 'idtoolkit serve' (TSA, OCSP responder)",
    )
    p.add_argument("name", help="the issuing CA")
    p.add_argument(
        "--kind",
        required=True,
        choices=["tsa", "ocsp"],
        help="tsa: the time-stamping unit; ocsp: a delegated responder answering for this CA",
    )
    p.add_argument("--subject", required=True)
    p.add_argument("--key", required=True, help=f"key type: {KEYS}")
    p.add_argument("--key-store", default="software", metavar="STORE")
    p.add_argument("--days", type=int)
    p = ca.add_parser("list", parents=[common], help="list CAs")
    p = ca.add_parser("show", parents=[common], help="show a CA")
    p.add_argument("name")
    p.add_argument("--pem", action="store_true", help="also print the certificate")
    p = ca.add_parser("export", parents=[common], help="export a CA certificate, chain or backup")
    p.add_argument("name")
    p.add_argument("--out", required=True)
    p.add_argument("--chain", action="store_true", help="include the issuers up to the root")
    p.add_argument(
        "--format",
        default="pem",
        help="pem (default), der, chain, p7b, p12 (key backup), key (encrypted PKCS#8 key "
        "backup, for ML-DSA keys)",
    )
    p.add_argument("--p12-password-file", metavar="FILE")
    p.add_argument("--legacy-p12", action="store_true", help="3DES/SHA-1 PKCS#12 for old Windows")

    p = commands.add_parser("issue", parents=[common], help="issue a certificate")
    p.add_argument("--ca", required=True)
    p.add_argument("--profile", required=True)
    p.add_argument("--csr", help="CSR file (PEM or DER)")
    p.add_argument("--subject", help="subject (with --csr: overrides the CSR's)")
    p.add_argument("--key", help=f"generate the subject's key: {KEYS}")
    p.add_argument("--p12", help="with --key: write key + certificate + chain as PKCS#12 here")
    p.add_argument("--days", type=int)
    p.add_argument(
        "--san",
        action="append",
        default=[],
        metavar="TYPE:VALUE",
        help="dns:NAME, ip:ADDRESS, email:MAILBOX or uri:URI (repeatable)",
    )
    p.add_argument("--out", help="write the certificate (PEM) here")
    p.add_argument(
        "--p12-password-file", metavar="FILE", help="else a password is generated and printed once"
    )
    p.add_argument("--legacy-p12", action="store_true", help="3DES/SHA-1 PKCS#12 for old Windows")
    p.add_argument(
        "--key-on-qscd",
        action="store_true",
        help="with --csr: you attest the key was generated on a qualified signature/seal "
        "creation device (a token); only then are QcSSCD and the -qscd policy written",
    )

    p = commands.add_parser("revoke", parents=[common], help="revoke (or hold) a certificate")
    p.add_argument("serial", help=SERIAL_HELP)
    p.add_argument("--ca", required=True)
    p.add_argument(
        "--reason",
        default="unspecified",
        help="unspecified, key-compromise, ca-compromise, affiliation-changed, superseded, "
        "cessation-of-operation, certificate-hold, privilege-withdrawn",
    )
    p.add_argument(
        "--invalidity-date", metavar="TIME", help="when the key was (suspected) compromised"
    )
    p = commands.add_parser("release", parents=[common], help="release a certificate from hold")
    p.add_argument("serial")
    p.add_argument("--ca", required=True)

    p = commands.add_parser("crl", parents=[common], help="publish a CRL")
    p.add_argument("--ca", required=True)
    p.add_argument("--delta", action="store_true", help="a delta CRL against the latest full CRL")
    p.add_argument("--out", required=True)
    p.add_argument("--format", default="pem", choices=["pem", "der"], help="pem (default) or der")

    cert = commands.add_parser("cert", help="issued certificates").add_subparsers(
        dest="cert_command", required=True, metavar="ACTION"
    )
    p = cert.add_parser("list", parents=[common], help="list and search certificates")
    p.add_argument("--ca")
    p.add_argument("--status", help="valid, revoked, on_hold, expired, expiring")
    p.add_argument("--profile")
    p.add_argument("--search", metavar="TEXT", help="subject text or serial prefix")
    p.add_argument("--serial", help="exactly this serial number (hex)")
    p.add_argument("--expiring", type=int, metavar="DAYS", help="expiring within DAYS")
    p.add_argument(
        "--limit", type=int, default=100, help="show at most N (default 100; 0: no limit)"
    )
    p.add_argument("--all", action="store_true", help="show every match (same as --limit 0)")
    p.add_argument("--offset", type=int, default=0, help="skip the first N matches (paging)")
    p = cert.add_parser("show", parents=[common], help="show a certificate")
    p.add_argument("serial")
    p.add_argument("--ca")
    p.add_argument("--pem", action="store_true")
    p = cert.add_parser("export", parents=[common], help="export a certificate")
    p.add_argument("serial")
    p.add_argument("--ca")
    p.add_argument("--out", required=True)
    p.add_argument("--format", default="pem", help="pem (default), der, chain, p7b")

    prof = commands.add_parser("profile", help="certificate profiles").add_subparsers(
        dest="profile_command", required=True, metavar="ACTION"
    )
    prof.add_parser("list", parents=[common], help="list profiles")
    p = prof.add_parser("show", parents=[common], help="show a profile")
    p.add_argument("name")
    p = prof.add_parser(
        "add", parents=[common], help="validate and add a profile file to the workspace"
    )
    p.add_argument("file")

    bulk = commands.add_parser("bulk", help="issue many credentials at once").add_subparsers(
        dest="bulk_command", required=True, metavar="ACTION"
    )
    p = bulk.add_parser(
        "issue",
        parents=[common],
        help="a key, certificate and PKCS#12 per CSV row (or a certificate per CSR)",
    )
    p.add_argument("--ca", required=True)
    p.add_argument("--profile", required=True)
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "--csv", help="rows: id, subject columns (CN, GN, SN, serialNumber, O, C...), email/dns/ip"
    )
    source.add_argument("--csr-dir", help="a directory of CSR files (row id = file name)")
    p.add_argument("--out", required=True, help="output directory (created; re-runs resume in it)")
    p.add_argument("--map", help="CSV 'column,field' renaming the file's columns")
    p.add_argument("--key", default="ec-p256", help=f"key type for generated keys: {KEYS}")
    p.add_argument("--job", help="job name (default: the CSV's file name); re-runs with it resume")
    p.add_argument("--batch", type=int, default=500, help="rows per commit (default 500)")
    p.add_argument("--days", type=int)
    p.add_argument("--legacy-p12", action="store_true", help="3DES/SHA-1 PKCS#12 for old Windows")
    p.add_argument(
        "--lang",
        default=os.environ.get("IDTOOLKIT_LANG", "en"),
        help="language of the printable PIN letters: en, fr, ar, es, pt, ru, zh_CN "
        "(default: $IDTOOLKIT_LANG, else en)",
    )

    p = commands.add_parser(
        "enroll",
        parents=[common],
        help="generate a key on a token, issue its certificate, store it on the token",
    )
    p.add_argument("--token", required=True, help="the subject's token (smart card) label")
    p.add_argument("--ca", required=True)
    p.add_argument("--profile", required=True)
    p.add_argument("--subject", required=True)
    p.add_argument("--key", default="ec-p256", help=f"key type: {KEYS}")
    p.add_argument("--san", action="append", default=[], metavar="TYPE:VALUE")
    p.add_argument("--days", type=int)
    p.add_argument("--module", help="PKCS#11 module of the token")

    p = commands.add_parser(
        "serve", parents=[common], help="serve OCSP, CRLs and CA certificates over HTTP"
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument(
        "--port", type=int, default=8080, help="port (default 8080, as in the default base URL)"
    )
    p.add_argument(
        "--workers",
        type=int,
        default=None,
        help="processes (default 2 on Linux; 1 with token keys)",
    )
    p.add_argument(
        "--no-access-log",
        dest="access_log",
        action="store_false",
        help="do not log one line per request (method, path, status, size, time) to stderr",
    )
    p.add_argument(
        "--detach",
        action="store_true",
        help="serve in the background: return once the services answer (or fail with the "
        "reason), print the process id; the output goes to --log",
    )
    p.add_argument(
        "--log",
        metavar="FILE",
        help="with --detach: where the services' output goes (default: serve.log in the workspace)",
    )
    p.add_argument(
        "--pid-file", metavar="FILE", help="with --detach: write the process id here (to stop it)"
    )

    p = commands.add_parser(
        "sign",
        parents=[common],
        help="sign a file: detached CMS/CAdES, or PAdES for a PDF",
        description="Sign FILE with a PKCS#12 credential or a key on a token. Levels: B-B; "
        "with --tsa, B-T (time-stamped); with --tsa and --embed-revocation, B-LT.",
    )
    p.add_argument("file", help="the file to sign")
    p.add_argument("--out", required=True, help="the signature (.p7s) or the signed PDF")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--p12", help="PKCS#12 file with the signer's key and certificate")
    who.add_argument("--token", help="label of the token holding the signer's key")
    p.add_argument(
        "--p12-password-file", metavar="FILE", help="else $IDTOOLKIT_P12_PASSWORD or prompt"
    )
    p.add_argument("--key-label", help="label of the key on the token (with --token)")
    p.add_argument("--module", help="PKCS#11 module (with --token)")
    p.add_argument("--chain", metavar="PEM", help="issuer certificates to embed (with --token)")
    p.add_argument("--format", choices=["cms", "pades"], help="default: pades for .pdf, else cms")
    p.add_argument("--tsa", metavar="URL", help="time-stamp the signature at this TSA (B-T)")
    p.add_argument(
        "--embed-revocation",
        action="store_true",
        help="embed OCSP/CRL answers for the signer and TSA chains (B-LT, needs --tsa)",
    )
    p.add_argument(
        "--force",
        action="store_true",
        help="sign even with an expired, not yet valid or wrong-usage credential (warns)",
    )

    p = commands.add_parser(
        "verify",
        parents=[common],
        help="validate a CMS (.p7s) or PDF signature and explain the result",
        description="Exit code 0 when every signature is valid, 1 otherwise.",
    )
    p.add_argument("file", help="the signed PDF, or the signed file (its .p7s beside it)")
    p.add_argument("--signature", help="the detached signature (default: FILE.p7s)")
    p.add_argument(
        "--trust",
        action="append",
        default=[],
        metavar="CERT",
        help="trust anchor certificate(s), PEM or DER (repeatable)",
    )
    p.add_argument("--at", metavar="TIME", help="validate as of this time (ISO 8601)")
    p.add_argument(
        "--offline",
        action="store_true",
        help="fetch nothing: use only revocation data embedded in the signature",
    )

    testpki = commands.add_parser(
        "testpki", help="test PKIs with good and bad credentials"
    ).add_subparsers(dest="testpki_command", required=True, metavar="ACTION")
    p = testpki.add_parser(
        "create",
        parents=[common],
        help="build a test PKI (root, issuing CA, OCSP, TSA, good and bad credentials)",
    )
    p.add_argument("--out", required=True, help="new (or empty) output directory")
    p.add_argument("--scenario", help="scenario TOML (default: the shipped one)")
    p.add_argument(
        "--base-url",
        help="where 'idtoolkit serve' will answer (default: the scenario's, http://127.0.0.1:8080)",
    )

    hsm = commands.add_parser(
        "hsm", help="PKCS#11 tokens (HSMs, smart cards, SoftHSM2)"
    ).add_subparsers(dest="hsm_command", required=True, metavar="ACTION")
    module_help = "PKCS#11 module (default: workspace config, $IDTOOLKIT_PKCS11_MODULE, SoftHSM2)"
    p = hsm.add_parser("tokens", parents=[common], help="list tokens")
    p.add_argument("--module", help=module_help)
    p = hsm.add_parser("mechanisms", parents=[common], help="list a token's mechanisms")
    p.add_argument("--token", required=True)
    p.add_argument("--module", help=module_help)
    p = hsm.add_parser("keys", parents=[common], help="list the keys on a token (needs the PIN)")
    p.add_argument("--token", required=True)
    p.add_argument("--module", help=module_help)
    p = hsm.add_parser("keygen", parents=[common], help="generate a key on a token for a later CA")
    p.add_argument("--token", required=True)
    p.add_argument("--key", required=True, help=f"key type: {KEYS}")
    p.add_argument("--label", required=True, help="the key's label (CKA_LABEL)")
    p.add_argument("--module", help=module_help)
    sim = hsm.add_parser("sim", add_help=False, help="SoftHSM2 tokens for labs and tests (hsm_sim)")
    sim.add_argument(
        "sim_args",
        nargs=argparse.REMAINDER,
        help="init|add-token|list|reset --dir DIR ... (see 'idtoolkit hsm sim --help')",
    )

    aud = commands.add_parser("audit", help="the audit trail").add_subparsers(
        dest="audit_command", required=True, metavar="ACTION"
    )
    p = aud.add_parser("verify", parents=[common], help="verify the hash chain")
    p.add_argument(
        "--expect-head", metavar="SEQ:HASH", help="a head recorded earlier (detects rewriting)"
    )
    p.add_argument(
        "--seal",
        nargs="+",
        default=[],
        metavar="FILE",
        help="seal files from 'audit seal': prove no event up to each sealed head was rewritten",
    )
    p = aud.add_parser("export", parents=[common], help="write events as JSON lines")
    p.add_argument("--out", help="file (default: standard output)")
    from idtoolkit.apps.cli.ceremony_commands import add_parsers

    add_parsers(commands, ca, aud, common)

    from idtoolkit.apps.cli.lab_commands import add_lab_parser

    add_lab_parser(commands)
    _finish(parser)
    return parser
