"""``idtoolkit issue``: a certificate from a CSR, or a new key with its certificate (and PKCS#12)."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization

from idtoolkit import api
from idtoolkit.api import check_pkcs12_password, read_file
from idtoolkit.api import inputs as named
from idtoolkit.api.messages import code_message
from idtoolkit.apps.cli.context import open_workspace
from idtoolkit.apps.cli.io import (
    check_writable,
    emit,
    grouped_hex,
    read_secret,
    write_file,
)
from idtoolkit.apps.cli.language import say
from idtoolkit.apps.cli.parser import Subcommands, add_command
from idtoolkit.errors import InputError


def register(commands: Subcommands, common: argparse.ArgumentParser) -> None:
    p = add_command(
        commands,
        "issue",
        issue,
        example="idtoolkit issue --ca issuing --profile tls-server --csr portal.csr --out portal.pem",
        parents=[common],
        help="issue a certificate",
    )
    p.add_argument("--ca", required=True)
    p.add_argument("--profile", required=True)
    p.add_argument("--csr", help="CSR file (PEM or DER)")
    p.add_argument("--subject", help="subject (with --csr: overrides the CSR's)")
    p.add_argument("--key", help="generate the subject's key: {keys}")
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


def issue(args: argparse.Namespace) -> None:
    if bool(args.csr) == bool(args.key):
        raise InputError(
            "cli.issue_needs_csr_or_key",
            "give either --csr FILE, or --subject with --key and --p12 FILE",
        )
    out = Path(args.out) if args.out else None
    p12_out = Path(args.p12) if args.p12 else None
    for path in (out, p12_out):
        if path is not None:
            check_writable(path)
    written: list[Path] = []

    def deliver(credential: api.IssuedCertificate) -> None:
        # Written (and synced) before the certificate is committed: a full disk leaves no
        # certificate recorded whose key or file is lost.
        if p12_out is not None and credential.pkcs12 is not None:
            write_file(p12_out, credential.pkcs12, private=True)
            written.append(p12_out)
        if out is not None:
            write_file(out, credential.certificate.public_bytes(serialization.Encoding.PEM))
            written.append(out)

    csr_sha256: str | None = None
    try:
        with open_workspace(args) as ws:
            if args.csr:
                if p12_out:
                    raise InputError(
                        "cli.issue_p12_needs_key",
                        "--p12 goes with --key (a generated key), not with --csr",
                    )
                csr = api.load_csr(read_file(Path(args.csr), named.CSR), args.csr)
                csr_sha256 = api.csr_fingerprint(csr)
                issued = api.issue_from_csr(
                    ws,
                    args.ca,
                    args.profile,
                    csr,
                    subject=args.subject,
                    sans=args.san,
                    days=args.days,
                    deliver=deliver,
                    key_on_qscd=args.key_on_qscd,
                )
            else:
                if args.key_on_qscd:
                    raise InputError(
                        "cli.issue_qscd_needs_csr",
                        "--key-on-qscd goes with --csr: a key generated here, in software, is not on a qualified device",
                    )
                if not args.subject or p12_out is None:
                    raise InputError(
                        "cli.issue_key_needs_subject_and_p12",
                        "--key needs --subject and --p12 FILE (where the key is delivered)",
                    )
                password = None
                if args.p12_password_file:
                    password = check_pkcs12_password(
                        read_secret(args, "p12_password_file", None, "PKCS#12 password")
                    ).decode()
                issued = api.issue_with_new_key(
                    ws,
                    args.ca,
                    args.profile,
                    args.subject,
                    args.key,
                    sans=args.san,
                    days=args.days,
                    p12_password=password,
                    legacy_p12=args.legacy_p12,
                    deliver=deliver,
                )
    except BaseException:
        for path in written:  # the store did not take the certificate: no orphan files
            path.unlink(missing_ok=True)
        raise
    pem = issued.certificate.public_bytes(serialization.Encoding.PEM)
    data: dict[str, object] = {
        "ca": issued.ca,
        "profile": issued.profile,
        "serial": issued.serial,
        "subject": api.format_subject(issued.certificate.subject),
        "not_after": issued.certificate.not_valid_after_utc,
        "fingerprint_sha256": issued.certificate.fingerprint(hashes.SHA256()).hex(),
        "lint_warnings": list(issued.lint_warnings),
        "notes": list(issued.notes),
        "out": str(out) if out else None,
        "p12": str(p12_out) if p12_out else None,
    }
    if csr_sha256 is not None:
        data["csr_sha256"] = csr_sha256
    if issued.pkcs12_password is not None:
        data["p12_password"] = issued.pkcs12_password
    if args.json or out is not None or p12_out is not None:
        lines = [
            say(
                "issued {serial} by {ca} ({profile}): {subject}",
                serial=issued.serial,
                ca=issued.ca,
                profile=issued.profile,
                subject=data["subject"],
            ),
            say(
                "  valid until {not_after} UTC",
                not_after=f"{issued.certificate.not_valid_after_utc:%Y-%m-%d %H:%M}",
            ),
        ]
        if csr_sha256 is not None:
            lines.append(
                say(
                    "  SHA-256 of the CSR (compare with the requester's): {digest}",
                    digest=grouped_hex(csr_sha256),
                )
            )
        lines += [say("  note: {note}", note=n) for n in issued.notes]
        counts = Counter(issued.lint_warnings)
        lines += [
            say("  lint warning: {warning} (x{times})", warning=code_message(w), times=n)
            if n > 1
            else say("  lint warning: {warning}", warning=code_message(w))
            for w, n in counts.items()
        ]
        if api.INTERNAL_NAME_LINT in counts:
            with open_workspace(args) as ws:
                base_url = api.show_ca(ws, issued.ca)[0].base_url or ws.config.base_url
            lines.append(
                say(
                    "  why {lint}: {explanation} Change it for new CAs: {command}",
                    lint=api.INTERNAL_NAME_LINT,
                    explanation=api.internal_name_explanation(base_url),
                    command="idtoolkit settings --base-url URL",
                )
            )
        if out:
            lines.append(say("  certificate: {out}", out=out))
        if p12_out:
            lines.append(say("  PKCS#12: {out}", out=p12_out))
        if issued.pkcs12_password is not None:
            lines.append(
                say(
                    "  PKCS#12 password (shown once, give it to the holder): {password}",
                    password=issued.pkcs12_password,
                )
            )
        emit(args, data, "\n".join(lines))
    else:
        if csr_sha256 is not None:  # stdout carries the certificate alone
            print(
                say("SHA-256 of the CSR: {digest}", digest=grouped_hex(csr_sha256)), file=sys.stderr
            )
        print(pem.decode(), end="")
