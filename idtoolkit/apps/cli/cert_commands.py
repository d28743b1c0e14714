"""``idtoolkit issue``, ``revoke``, ``release``, ``crl`` and ``cert …``"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization

from idtoolkit import api
from idtoolkit.api import check_pkcs12_password, read_file
from idtoolkit.apps.cli.context import open_workspace
from idtoolkit.apps.cli.io import (
    check_writable,
    counted,
    emit,
    emit_listing,
    key_value_text,
    parse_time,
    read_secret,
    write_file,
)
from idtoolkit.errors import InputError


def _grouped(hex_digest: str) -> str:
    return " ".join(hex_digest[i : i + 4] for i in range(0, len(hex_digest), 4))


def issue(args: argparse.Namespace) -> None:
    if bool(args.csr) == bool(args.key):
        raise InputError(
            "cli.give_either_csr_file",
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
                        "cli.p12_goes_key_generated",
                        "--p12 goes with --key (a generated key), not with --csr",
                    )
                csr = api.load_csr(read_file(Path(args.csr), "CSR"), args.csr)
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
                        "cli.key_qscd_goes_csr",
                        "--key-on-qscd goes with --csr: a key generated here, in software, is not on a qualified device",
                    )
                if not args.subject or p12_out is None:
                    raise InputError(
                        "cli.key_needs_subject_p12",
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
            f"issued {issued.serial} by {issued.ca} ({issued.profile}): {data['subject']}",
            f"  valid until {issued.certificate.not_valid_after_utc:%Y-%m-%d %H:%M} UTC",
        ]
        if csr_sha256 is not None:
            lines.append(
                f"  SHA-256 of the CSR (compare with the requester's): {_grouped(csr_sha256)}"
            )
        lines += [f"  note: {n}" for n in issued.notes]
        counts = Counter(issued.lint_warnings)
        lines += [f"  lint warning: {w}" + (f" (x{n})" if n > 1 else "") for w, n in counts.items()]
        if api.INTERNAL_NAME_LINT in counts:
            with open_workspace(args) as ws:
                base_url = api.show_ca(ws, issued.ca)[0].base_url or ws.config.base_url
            lines.append(
                f"  why {api.INTERNAL_NAME_LINT}: {api.internal_name_explanation(base_url)} "
                "Change it for new CAs: idtoolkit settings --base-url URL"
            )
        if out:
            lines.append(f"  certificate: {out}")
        if p12_out:
            lines.append(f"  PKCS#12: {p12_out}")
        if issued.pkcs12_password is not None:
            lines.append(
                f"  PKCS#12 password (shown once, give it to the holder): {issued.pkcs12_password}"
            )
        emit(args, data, "\n".join(lines))
    else:
        if csr_sha256 is not None:  # stdout carries the certificate alone
            print(f"SHA-256 of the CSR: {_grouped(csr_sha256)}", file=sys.stderr)
        print(pem.decode(), end="")


def revoke(args: argparse.Namespace) -> None:
    when = parse_time(args.invalidity_date) if args.invalidity_date else None
    with open_workspace(args) as ws:
        info = api.revoke(ws, args.ca, args.serial, args.reason, when)
    emit(
        args,
        info.__dict__,
        f"{'held' if info.status == 'on_hold' else 'revoked'} {info.serial} "
        f"({info.reason}) at {info.revoked_at:%Y-%m-%d %H:%M} UTC; publish a CRL to tell relying parties",
    )


def release(args: argparse.Namespace) -> None:
    with open_workspace(args) as ws:
        info = api.release(ws, args.ca, args.serial)
    emit(args, info.__dict__, f"released {info.serial} from hold")


def crl(args: argparse.Namespace) -> None:
    out = Path(args.out)
    check_writable(out)
    with open_workspace(args) as ws:
        info = api.make_crl(ws, args.ca, delta=args.delta)
    write_file(out, info.der if args.format == "der" else info.pem())
    kind = "delta CRL" if info.is_delta else "CRL"
    emit(
        args,
        {
            "ca": info.ca,
            "number": info.number,
            "delta": info.is_delta,
            "base_number": info.base_number,
            "this_update": info.this_update,
            "next_update": info.next_update,
            "entries": info.entries,
            "out": str(out),
        },
        f"{kind} #{info.number} of {info.ca}: {counted(info.entries, 'entry', 'entries')}, next update "
        f"{info.next_update:%Y-%m-%d %H:%M} UTC -> {out}",
    )


def _summary(c: api.CertSummary) -> dict[str, object]:
    return {
        "ca": c.ca,
        "serial": c.serial,
        "subject": c.subject,
        "profile": c.profile,
        "key_type": c.key_type,
        "not_before": c.not_before,
        "not_after": c.not_after,
        "status": c.status,
    }


def cert_list(args: argparse.Namespace) -> None:
    f = api.CertFilter(
        ca=args.ca,
        status=args.status,
        profile=args.profile,
        text=args.search,
        serial=args.serial,
        expiring_days=args.expiring,
    )
    if args.limit < 0 or args.offset < 0:
        raise InputError(
            "cli.limit_offset_more_limit",
            "--limit and --offset must be 0 or more (--limit 0: no limit)",
        )
    limit = None if args.all or args.limit == 0 else args.limit
    with open_workspace(args) as ws:
        total = api.count_certificates(ws, f)
        certs = api.list_certificates(ws, f, limit=limit, offset=args.offset)
    rows = [
        [c.serial, c.ca or "-", c.profile, c.status, f"{c.not_after:%Y-%m-%d}", c.subject]
        for c in certs
    ]
    emit_listing(
        args,
        [_summary(c) for c in certs],
        rows,
        ["SERIAL", "CA", "PROFILE", "STATUS", "NOT AFTER", "SUBJECT"],
        "certificates",
        total=total,
        offset=args.offset,
    )


def cert_show(args: argparse.Namespace) -> None:
    with open_workspace(args) as ws:
        details = api.find_certificate(ws, args.serial, args.ca)
    cert = details.certificate
    pem = cert.public_bytes(serialization.Encoding.PEM).decode()
    extensions = [api.extension_sentence(e) for e in cert.extensions]
    data = {
        **_summary(details.summary),
        "revoked_at": details.revoked_at,
        "reason": details.reason,
        "issuer": api.format_subject(cert.issuer),
        "fingerprint_sha256": cert.fingerprint(hashes.SHA256()).hex(),
        "extensions": extensions,
        "pem": pem,
    }
    lines = [key_value_text({k: v for k, v in data.items() if k not in ("extensions", "pem")})]
    lines += ["extensions:", *(f"  {e}" for e in extensions)]
    if args.pem:
        lines.append(pem.rstrip())
    emit(args, data, "\n".join(lines))


def cert_export(args: argparse.Namespace) -> None:
    fmt = api.ExportFormat.parse(args.format)
    out = Path(args.out)
    check_writable(out)
    with open_workspace(args) as ws:
        details = api.find_certificate(ws, args.serial, args.ca)
        chain = [details.certificate]
        if fmt in (api.ExportFormat.CHAIN, api.ExportFormat.P7B) and details.summary.ca:
            chain += api.ca_chain(ws, details.summary.ca)
    write_file(out, api.export_certificates(chain, fmt))
    emit(
        args,
        {"serial": details.summary.serial, "format": fmt.value, "out": str(out)},
        f"wrote {out}",
    )
