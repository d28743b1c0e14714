"""The argument parser. Command names are part of the public interface: keep them stable."""

from __future__ import annotations

import argparse
import os

from idtoolkit.keys.spec import KEY_SPECS
from idtoolkit.version import version_info

KEYS = ", ".join(KEY_SPECS)


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
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
    parser = argparse.ArgumentParser(
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
    p.add_argument("--parent", required=True, help="the issuing CA")
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
    p.add_argument("--cert", required=True, help="the certificate the root signed")
    p.add_argument("--chain", help="issuer certificates (PEM), root included")
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

    p = commands.add_parser("revoke", parents=[common], help="revoke (or hold) a certificate")
    p.add_argument("serial", help="serial number in hex")
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
    p.add_argument("--format", default="pem", choices=["pem", "der"])

    cert = commands.add_parser("cert", help="issued certificates").add_subparsers(
        dest="cert_command", required=True, metavar="ACTION"
    )
    p = cert.add_parser("list", parents=[common], help="list and search certificates")
    p.add_argument("--ca")
    p.add_argument("--status", help="valid, revoked, on_hold, expired, expiring")
    p.add_argument("--profile")
    p.add_argument("--search", metavar="TEXT", help="subject text or serial prefix")
    p.add_argument("--serial")
    p.add_argument("--expiring", type=int, metavar="DAYS", help="expiring within DAYS")
    p.add_argument("--limit", type=int, default=100)
    p.add_argument("--offset", type=int, default=0)
    p = cert.add_parser("show", parents=[common], help="show a certificate")
    p.add_argument("serial")
    p.add_argument("--ca")
    p.add_argument("--pem", action="store_true")
    p = cert.add_parser("export", parents=[common], help="export a certificate")
    p.add_argument("serial")
    p.add_argument("--ca")
    p.add_argument("--out", required=True)
    p.add_argument("--format", default="pem", help="pem, der, chain, p7b")

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
    p = aud.add_parser("export", parents=[common], help="write events as JSON lines")
    p.add_argument("--out", help="file (default: standard output)")
    return parser
