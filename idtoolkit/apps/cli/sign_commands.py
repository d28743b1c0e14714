"""``idtoolkit sign``, ``verify`` and ``testpki create``: for e-service developers."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography import x509

from idtoolkit.api import inputs as named
from idtoolkit.api.inputs import os_reason
from idtoolkit.apps.cli.io import emit, parse_time, read_secret, token_pin, write_file
from idtoolkit.apps.cli.language import N_, _, say
from idtoolkit.apps.cli.parser import Subcommands, add_command, add_group
from idtoolkit.errors import InputError

if TYPE_CHECKING:
    from idtoolkit.api import SigningCredential


def register(commands: Subcommands, common: argparse.ArgumentParser) -> None:
    p = add_command(
        commands,
        "sign",
        sign,
        example="idtoolkit sign contract.pdf --p12 awa.p12 --out contract-signed.pdf",
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

    p = add_command(
        commands,
        "verify",
        verify,
        example="idtoolkit verify contract-signed.pdf --trust root.pem",
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

    testpki = add_group(
        commands, "testpki", "test PKIs with good and bad credentials", "testpki_command"
    )
    p = add_command(
        testpki,
        "create",
        testpki_create,
        example="idtoolkit testpki create --out lab/pki",
        parents=[common],
        help="build a test PKI (root, issuing CA, OCSP, TSA, good and bad credentials)",
    )
    p.add_argument("--out", required=True, help="new (or empty) output directory")
    p.add_argument("--scenario", help="scenario TOML (default: the shipped one)")
    p.add_argument(
        "--base-url",
        help="where 'idtoolkit serve' will answer (default: the scenario's, http://127.0.0.1:8080)",
    )
    p.add_argument(
        "--tsa-days",
        type=int,
        metavar="DAYS",
        help="validity of the TSA certificate, counted from the CAs' start (scenario key "
        "[[service]] days); e.g. 3000 outlives every credential, to show a time-stamped "
        "signature still valid after its signer's certificate expired",
    )


def _read(path: str, what: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise InputError(
            "cli.file_unreadable",
            "cannot read {what} {path}: {strerror}",
            what=what,
            path=path,
            strerror=os_reason(exc),
        ) from None


def _certificates(path: str, what: str) -> list[x509.Certificate]:
    from idtoolkit.api import load_certificates

    return load_certificates(_read(path, what), f"{path} ({what})")


def signing_credential(args: argparse.Namespace) -> SigningCredential:
    from idtoolkit.api import from_pkcs12, from_token

    if args.p12:
        data = _read(args.p12, named.THE_PKCS12_FILE)
        password = read_secret(
            args, "p12_password_file", "IDTOOLKIT_P12_PASSWORD", "PKCS#12 password"
        )
        return from_pkcs12(data, password)
    if not args.key_label:
        raise InputError(
            "cli.token_needs_key_label", "--token needs --key-label (the label of the signing key)"
        )
    from idtoolkit.api.tokens import default_module_path

    chain = _certificates(args.chain, "--chain") if args.chain else []
    return from_token(
        default_module_path(args.module),
        args.token,
        args.key_label,
        lambda label: token_pin(args, label),
        chain,
    )


def _check_credential(cert: x509.Certificate, force: bool) -> None:
    """Refuse a credential whose signatures verifiers would reject (expired, wrong key
    usage...), unless ``--force`` (test signatures for a lab): then warn."""
    import datetime as dt

    from idtoolkit.api.signing import credential_problems

    problems = credential_problems(cert, dt.datetime.now(dt.UTC))
    if not problems:
        return
    if not force:
        raise InputError(
            "cli.credential_unfit",
            "will not sign: {problems} (--force signs anyway, e.g. for a test)",
            problems="; ".join(problems),
        )
    for problem in problems:
        print(say("warning: {problem}; signing anyway (--force)", problem=problem), file=sys.stderr)


def sign(args: argparse.Namespace) -> None:
    from idtoolkit.api.signing import SignatureFormat, default_format, sign_cms, sign_pdf

    if args.embed_revocation and not args.tsa:
        raise InputError(
            "cli.embed_revocation_needs_tsa",
            "--embed-revocation (B-LT) needs a time-stamp: add --tsa URL",
        )
    data = _read(args.file, named.THE_FILE_TO_SIGN)
    out = Path(args.out)
    fmt = SignatureFormat(args.format) if args.format else default_format(args.file)
    if fmt is SignatureFormat.PADES and not data.startswith(b"%PDF"):
        raise InputError(
            "cli.not_a_pdf",
            "{file} is not a PDF: use --format cms for a detached signature",
            file=args.file,
        )
    credential = signing_credential(args)
    _check_credential(credential.certificate, args.force)
    signer = sign_pdf if fmt is SignatureFormat.PADES else sign_cms
    signed, result = signer(data, credential, args.tsa, args.embed_revocation)
    write_file(out, signed)
    emit(
        args,
        {
            "file": args.file,
            "out": str(out),
            "format": result.format.value,
            "level": result.level,
            "signer": result.signer,
            "revocation": result.revocation_notes,
        },
        say(
            "signed {file} -> {out} ({format} {level}) as {signer}",
            file=args.file,
            out=out,
            format=result.format.value.upper(),
            level=result.level,
            signer=result.signer,
        ),
    )


def verify(args: argparse.Namespace) -> None:
    from idtoolkit.api.signing import verify_file
    from idtoolkit.apps.cli.verify_text import verify_text

    trust = [c for path in args.trust for c in _certificates(path, "--trust")]
    at = parse_time(args.at) if args.at else None
    reports = verify_file(
        Path(args.file),
        trust,
        Path(args.signature) if args.signature else None,
        at,
        fetch=not args.offline,
    )
    if args.json:
        print(json.dumps([r.as_dict() for r in reports], indent=2, ensure_ascii=False))
    else:
        print(verify_text(reports))  # the engine's render_text, in the user's language
    if not all(r.valid for r in reports):
        sys.exit(1)


#: The verdict a test credential is expected to get, as the listing says it.
EXPECTED_VERDICTS = {"valid": N_("valid"), "invalid": N_("invalid"),
                     "indeterminate": N_("indeterminate")}  # fmt: skip


def testpki_create(args: argparse.Namespace) -> None:
    from idtoolkit.apps.testpki import create as create_testpki
    from idtoolkit.apps.testpki import load_scenario

    loaded = load_scenario(Path(args.scenario) if args.scenario else None)
    pki = create_testpki(Path(args.out), loaded, args.base_url, args.tsa_days)
    manifest = pki.manifest
    lines = [
        say(
            "test PKI in {directory} ({manifest} says what each credential is)",
            directory=pki.directory,
            manifest="manifest.json",
        )
    ]
    for entry in manifest["credentials"]:
        expect = entry["expect"]
        verdict = _(EXPECTED_VERDICTS.get(expect["verdict"], expect["verdict"]))
        if expect["reasons"]:
            line = say(
                "{name} {verdict} ({reasons}): {p12}",
                name=f"{entry['name']:<16}",
                verdict=verdict,
                reasons=", ".join(expect["reasons"]),
                p12=entry["p12"],
            )
        else:
            line = say(
                "{name} {verdict}: {p12}",
                name=f"{entry['name']:<16}",
                verdict=verdict,
                p12=entry["p12"],
            )
        lines.append("  " + line)
    lines.append(say("trust anchor: {path}", path=pki.directory / manifest["trusted_bundle"]))
    lines.append(say("start the services: {command}", command=manifest["serve"]))
    emit(args, manifest, "\n".join(lines))
