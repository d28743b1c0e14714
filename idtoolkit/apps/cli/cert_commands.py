"""``idtoolkit revoke``, ``release``, ``crl`` and ``cert list|show|export``: what happens to
certificates after they are issued."""

from __future__ import annotations

import argparse
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization

from idtoolkit import api
from idtoolkit.apps.cli.context import open_workspace
from idtoolkit.apps.cli.io import (
    check_writable,
    emit,
    emit_listing,
    key_value_text,
    parse_time,
    status_word,
    write_file,
)
from idtoolkit.apps.cli.language import N_, Nn_, _, catalogue, nsay, say
from idtoolkit.apps.cli.parser import SERIAL_HELP, Subcommands, add_command, add_group
from idtoolkit.errors import InputError


def register(commands: Subcommands, common: argparse.ArgumentParser) -> None:
    p = add_command(
        commands,
        "revoke",
        revoke,
        example="idtoolkit revoke 5f3a --ca issuing --reason key-compromise",
        parents=[common],
        help="revoke (or hold) a certificate",
    )
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
    p = add_command(
        commands,
        "release",
        release,
        example="idtoolkit release 5f3a --ca issuing",
        parents=[common],
        help="release a certificate from hold",
    )
    p.add_argument("serial")
    p.add_argument("--ca", required=True)

    p = add_command(
        commands,
        "crl",
        crl,
        example="idtoolkit crl --ca issuing --out issuing.crl",
        parents=[common],
        help="publish a CRL",
    )
    p.add_argument("--ca", required=True)
    p.add_argument("--delta", action="store_true", help="a delta CRL against the latest full CRL")
    p.add_argument("--out", required=True)
    p.add_argument("--format", default="pem", choices=["pem", "der"], help="pem (default) or der")

    cert = add_group(commands, "cert", "issued certificates", "cert_command")
    p = add_command(
        cert,
        "list",
        cert_list,
        example="idtoolkit cert list --ca issuing --status revoked --limit 0",
        parents=[common],
        help="list and search certificates",
    )
    p.add_argument("--ca")
    p.add_argument("--status", help="valid, revoked, on_hold, expired, not_yet_valid, expiring")
    p.add_argument("--profile")
    p.add_argument("--search", metavar="TEXT", help="subject text or serial prefix")
    p.add_argument("--serial", help="exactly this serial number (hex)")
    p.add_argument("--expiring", type=int, metavar="DAYS", help="expiring within DAYS")
    p.add_argument(
        "--limit", type=int, default=100, help="show at most N (default 100; 0: no limit)"
    )
    p.add_argument("--all", action="store_true", help="show every match (same as --limit 0)")
    p.add_argument("--offset", type=int, default=0, help="skip the first N matches (paging)")
    p = add_command(
        cert,
        "show",
        cert_show,
        example="idtoolkit cert show 5f3a",
        parents=[common],
        help="show a certificate",
    )
    p.add_argument("serial")
    p.add_argument("--ca")
    p.add_argument("--pem", action="store_true")
    p = add_command(
        cert,
        "export",
        cert_export,
        example="idtoolkit cert export 5f3a --format chain --out awa-chain.pem",
        parents=[common],
        help="export a certificate",
    )
    p.add_argument("serial")
    p.add_argument("--ca")
    p.add_argument("--out", required=True)
    p.add_argument("--format", default="pem", help="pem (default), der, chain, p7b")


def revoke(args: argparse.Namespace) -> None:
    when = parse_time(args.invalidity_date) if args.invalidity_date else None
    with open_workspace(args) as ws:
        info = api.revoke(ws, args.ca, args.serial, args.reason, when)
    fields = {
        "serial": info.serial,
        "reason": info.reason,
        "time": f"{info.revoked_at:%Y-%m-%d %H:%M}",
    }
    if info.status == "on_hold":
        text = say(
            "held {serial} ({reason}) at {time} UTC; publish a CRL to tell relying parties",
            **fields,
        )
    else:
        text = say(
            "revoked {serial} ({reason}) at {time} UTC; publish a CRL to tell relying parties",
            **fields,
        )
    emit(args, info.__dict__, text)


def release(args: argparse.Namespace) -> None:
    with open_workspace(args) as ws:
        info = api.release(ws, args.ca, args.serial)
    emit(args, info.__dict__, say("released {serial} from hold", serial=info.serial))


def crl(args: argparse.Namespace) -> None:
    out = Path(args.out)
    check_writable(out)
    with open_workspace(args) as ws:
        info = api.make_crl(ws, args.ca, delta=args.delta)
    write_file(out, info.der if args.format == "der" else info.pem())
    fields = {
        "number": info.number,
        "ca": info.ca,
        "next_update": f"{info.next_update:%Y-%m-%d %H:%M}",
        "out": out,
    }
    if info.is_delta:
        text = nsay(
            "delta CRL #{number} of {ca}: {count} entry, next update {next_update} UTC -> {out}",
            "delta CRL #{number} of {ca}: {count} entries, next update {next_update} UTC -> {out}",
            info.entries,
            **fields,
        )
    else:
        text = nsay(
            "CRL #{number} of {ca}: {count} entry, next update {next_update} UTC -> {out}",
            "CRL #{number} of {ca}: {count} entries, next update {next_update} UTC -> {out}",
            info.entries,
            **fields,
        )
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
        text,
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
            "cli.negative_limit_or_offset",
            "--limit and --offset must be 0 or more (--limit 0: no limit)",
        )
    limit = None if args.all or args.limit == 0 else args.limit
    with open_workspace(args) as ws:
        total = api.count_certificates(ws, f)
        certs = api.list_certificates(ws, f, limit=limit, offset=args.offset)
    rows = [
        [
            c.serial,
            c.ca or "-",
            c.profile,
            status_word(c.status),
            f"{c.not_after:%Y-%m-%d}",
            c.subject,
        ]
        for c in certs
    ]
    emit_listing(
        args,
        [_summary(c) for c in certs],
        rows,
        [N_("SERIAL"), N_("CA"), N_("PROFILE"), N_("STATUS"), N_("NOT AFTER"), N_("SUBJECT")],
        "certificates",
        counted_as=Nn_("{count} certificate", "{count} certificates"),
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
    lines += [_("extensions:"), *(f"  {catalogue().text(e)}" for e in extensions)]
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
        say("wrote {out}", out=out),
    )
