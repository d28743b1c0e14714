"""``idtoolkit ca …``"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes, serialization

from idtoolkit import api
from idtoolkit.api import CAInfo, check_pkcs12_password, read_file
from idtoolkit.api import inputs as named
from idtoolkit.apps.cli.context import open_workspace
from idtoolkit.apps.cli.io import (
    check_writable,
    emit,
    emit_listing,
    grouped_hex,
    key_value_text,
    read_secret,
    status_word,
    write_file,
)
from idtoolkit.apps.cli.language import N_, Nn_, _, catalogue, nsay, say
from idtoolkit.apps.cli.parser import Subcommands, add_command, add_group
from idtoolkit.errors import InputError


def register(commands: Subcommands, common: argparse.ArgumentParser) -> None:
    ca = add_group(commands, "ca", "certificate authorities", "ca_command")
    p = add_command(
        ca,
        "create-root",
        create_root,
        example="idtoolkit ca create-root root --key ec-p384 --subject 'CN=National Root CA,O=Ministry,C=SN'",
        parents=[common],
        help="create a self-signed root CA",
    )
    p.add_argument("name", help="name of the new CA in this workspace (e.g. root)")
    _add_key_options(p)
    p.add_argument("--days", type=int, help="validity in days (profile default if omitted)")
    p.add_argument("--profile", default="root-ca")
    p = add_command(
        ca,
        "create-sub",
        create_sub,
        example="idtoolkit ca create-sub issuing --parent root --key ec-p256 --subject 'CN=Issuing CA 1,O=Ministry,C=SN'",
        parents=[common],
        help="create a sub-CA signed by a CA here",
    )
    p.add_argument("name", help="name of the new CA in this workspace (e.g. issuing)")
    p.add_argument("--parent", required=True, help="name of the CA that signs the new sub-CA")
    _add_key_options(p)
    p.add_argument("--days", type=int)
    p.add_argument("--profile", default="sub-ca")
    p = add_command(
        ca,
        "request",
        request,
        example="idtoolkit ca request issuing --key ec-p256 --subject 'CN=Issuing CA 1,O=Ministry,C=SN' --out issuing.csr",
        parents=[common],
        help="offline root: make a sub-CA key and CSR",
    )
    p.add_argument("name", help="name of the new (pending) CA in this workspace")
    _add_key_options(p)
    p.add_argument("--profile", default="sub-ca")
    p.add_argument("--out", required=True, help="where to write the CSR (PEM)")
    p = add_command(
        ca,
        "import-cert",
        import_cert,
        example="idtoolkit ca import-cert issuing --cert issuing.pem --chain root.pem",
        parents=[common],
        help="offline root: complete a requested sub-CA",
    )
    p.add_argument("name", help="name of the pending CA the certificate completes")
    p.add_argument(
        "--cert",
        required=True,
        help="the certificate the root signed, PEM or DER (or, for an external CA, its renewed certificate)",
    )
    p.add_argument("--chain", help="issuer certificates (PEM), root included")
    p = add_command(
        ca,
        "import-crl",
        import_crl,
        example="idtoolkit ca import-crl root.crl",
        parents=[common],
        help="offline root: import a CRL its CA signed, for 'idtoolkit serve' to publish",
    )
    p.add_argument("file", help="the CRL (PEM or DER)")
    p = add_command(
        ca,
        "import",
        import_ca,
        example="idtoolkit ca import partner --cert partner-root.pem",
        parents=[common],
        help="import an existing CA (cert + key, or PKCS#12)",
    )
    p.add_argument("name", help="name to give the imported CA here")
    p.add_argument(
        "--cert", help="CA certificate (PEM/DER); alone, it is imported as a trust anchor"
    )
    p.add_argument("--key", help="CA private key (PEM/DER, PKCS#8 or traditional)")
    p.add_argument("--p12", help="PKCS#12 with key and certificate")
    p.add_argument("--key-password-file", metavar="FILE", help="password of the key or PKCS#12")
    p.add_argument("--chain", help="issuer certificates (PEM)")
    p = add_command(
        ca,
        "service",
        service,
        example="idtoolkit ca service issuing --kind ocsp --key ec-p256 --subject 'CN=OCSP Responder,O=Ministry,C=SN'",
        parents=[common],
        help="a key and certificate for a service of 'idtoolkit serve' (TSA, OCSP responder)",
    )
    p.add_argument("name", help="the issuing CA")
    p.add_argument(
        "--kind",
        required=True,
        choices=["tsa", "ocsp", "tls"],
        help="tsa: the time-stamping unit; ocsp: a delegated responder answering for this CA",
    )
    p.add_argument(
        "--san",
        action="append",
        default=[],
        help="--kind tls (the HTTPS certificate of serve --tls-port): dns:HOST or ip:ADDRESS (repeatable)",
    )
    p.add_argument("--subject", required=True)
    p.add_argument("--key", required=True, help="key type: {keys}")
    p.add_argument("--key-store", default="software", metavar="STORE")
    p.add_argument("--days", type=int)
    p = add_command(
        ca, "list", list_cas, example="idtoolkit ca list --json", parents=[common], help="list CAs"
    )
    p = add_command(
        ca,
        "show",
        show,
        example="idtoolkit ca show issuing --pem",
        parents=[common],
        help="show a CA",
    )
    p.add_argument("name", help="name of the CA")
    p.add_argument("--pem", action="store_true", help="also print the certificate")
    p = add_command(
        ca,
        "export",
        export,
        example="idtoolkit ca export issuing --chain --out issuing-chain.pem",
        parents=[common],
        help="export a CA certificate, chain or backup",
    )
    p.add_argument("name", help="name of the CA")
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


def _add_key_options(p: argparse.ArgumentParser) -> None:
    """The new CA's subject and key: where it is made or which existing token key."""
    p.add_argument(
        "--subject", required=True, help='RFC 4514 subject, e.g. "CN=Root CA,O=Ministry,C=SN"'
    )
    p.add_argument("--key", required=True, help="key type: {keys}")
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


def _info(ca: CAInfo) -> dict[str, object]:
    return {
        "name": ca.name,
        "status": ca.status,
        "profile": ca.profile,
        "subject": ca.subject,
        "parent": ca.parent,
        "key_type": ca.key_type,
        "key_store": ca.key_store,
        "serial": ca.serial,
        "not_after": ca.not_after,
        "base_url": ca.base_url,
        "crl_days": ca.crl_days,
    }


def _created(args: argparse.Namespace, ca: CAInfo, template: str) -> None:
    """``template`` (marked with ``N_``) has ``{name}`` and ``{subject}`` fields."""
    text = say(template, name=ca.name, subject=ca.subject)
    if ca.not_after is not None:
        text += "\n" + say(
            "  serial {serial}, key {key_type} ({key_store}), valid until {not_after}",
            serial=ca.serial,
            key_type=ca.key_type,
            key_store=_("software") if ca.key_store == "software" else ca.key_store,
            not_after=f"{ca.not_after:%Y-%m-%d}",
        )
    emit(args, _info(ca), text)


def _key_options(args: argparse.Namespace) -> dict[str, Any]:
    """The options shared by create-root, create-sub and request (see parser._key_options)."""
    return {
        "key_store": args.key_store,
        "rsa_pss": args.rsa_pss,
        "profile": args.profile,
        "base_url": args.base_url,
        "crl_days": args.crl_days,
        "key_label": args.key_label,
        "key_id": args.key_id,
    }


def create_root(args: argparse.Namespace) -> None:
    with open_workspace(args) as ws:
        ca = api.create_root(
            ws, args.name, args.subject, args.key, days=args.days, **_key_options(args)
        )
    _created(args, ca, N_("created root CA {name}: {subject}"))


def create_sub(args: argparse.Namespace) -> None:
    with open_workspace(args) as ws:
        ca = api.create_sub(
            ws, args.name, args.parent, args.subject, args.key, days=args.days, **_key_options(args)
        )
    _created(args, ca, N_("created sub-CA {name}: {subject}"))


def request(args: argparse.Namespace) -> None:
    out = Path(args.out)
    check_writable(out)
    with open_workspace(args) as ws:
        ca, csr_pem = api.request_sub(ws, args.name, args.subject, args.key, **_key_options(args))
    write_file(out, csr_pem)
    digest = api.csr_fingerprint(api.load_csr(csr_pem, str(out)))
    emit(
        args,
        {**_info(ca), "csr": str(out), "csr_sha256": digest},
        "\n".join(
            [
                say("requested sub-CA {name}: CSR written to {out}", name=ca.name, out=out),
                say(
                    "  SHA-256 of the CSR (DER; 'issue --csr' prints the same: compare it aloud "
                    "on both sides of the air gap):"
                ),
                "  " + catalogue().data(grouped_hex(digest)),
                say(
                    "  next: on the root's workspace, {issue},",
                    issue="'idtoolkit issue --ca ROOT --profile sub-ca --csr "
                    f"{out.name} --out SUB.pem'",
                ),
                say(
                    "  then here {command}",
                    command=f"'idtoolkit ca import-cert {ca.name} --cert SUB.pem --chain ROOT.pem'",
                ),
            ]
        ),
    )


def import_cert(args: argparse.Namespace) -> None:
    cert = read_file(Path(args.cert), named.CERTIFICATE)
    chain = read_file(Path(args.chain), named.CHAIN) if args.chain else None
    with open_workspace(args) as ws:
        current, _cert = api.show_ca(ws, args.name)
        if current.status in ("external", "expired") and not current.has_key:
            ca = api.update_external_certificate(ws, args.name, cert)
            _created(args, ca, N_("updated the certificate of external CA {name}: {subject}"))
            return
        ca = api.import_signed_cert(ws, args.name, cert, chain)
    _created(args, ca, N_("activated CA {name}: {subject}"))


def import_crl(args: argparse.Namespace) -> None:
    data = read_file(Path(args.file), named.CRL)
    with open_workspace(args) as ws:
        info = api.import_crl(ws, data, args.file)
    crl_fields = {
        "number": info.number,
        "ca": info.ca,
        "next_update": f"{info.next_update:%Y-%m-%d %H:%M}",
        "serve": "'idtoolkit serve'",
    }
    emit(
        args,
        {
            "ca": info.ca,
            "number": info.number,
            "delta": info.is_delta,
            "entries": info.entries,
            "next_update": info.next_update,
        },
        (
            nsay(
                "imported delta CRL {number} of {ca} ({count} entry, next update {next_update} "
                "UTC); {serve} publishes it at the URL its CA wrote into the certificates it issued",
                "imported delta CRL {number} of {ca} ({count} entries, next update {next_update} "
                "UTC); {serve} publishes it at the URL its CA wrote into the certificates it issued",
                info.entries,
                **crl_fields,
            )
            if info.is_delta
            else nsay(
                "imported CRL {number} of {ca} ({count} entry, next update {next_update} UTC); "
                "{serve} publishes it at the URL its CA wrote into the certificates it issued",
                "imported CRL {number} of {ca} ({count} entries, next update {next_update} UTC); "
                "{serve} publishes it at the URL its CA wrote into the certificates it issued",
                info.entries,
                **crl_fields,
            )
        ),
    )


def import_ca(args: argparse.Namespace) -> None:
    if args.p12 and (args.cert or args.key):
        raise InputError("cli.import_p12_or_cert", "give either --p12 or --cert/--key, not both")
    if args.key and not args.cert:
        raise InputError("cli.import_key_needs_cert", "--key needs --cert")
    password = None
    if args.key_password_file or args.p12:
        password = read_secret(args, "key_password_file", None, "Key/PKCS#12 password")
        if args.p12:
            check_pkcs12_password(password)
    with open_workspace(args) as ws:
        ca = api.import_ca(
            ws,
            args.name,
            cert_data=read_file(Path(args.cert), named.CERTIFICATE) if args.cert else None,
            key_data=read_file(Path(args.key), named.KEY) if args.key else None,
            key_password=password,
            p12_data=read_file(Path(args.p12), named.PKCS12_FILE) if args.p12 else None,
            chain_data=read_file(Path(args.chain), named.CHAIN) if args.chain else None,
        )
    _created(args, ca, N_("imported CA {name}: {subject}"))
    _warn_if_ending(ca)


def _warn_if_ending(ca: CAInfo) -> None:
    """A CA that ends within a month can issue little: say so while it can still be replaced."""
    if ca.not_after is None:
        return
    not_after = ca.not_after if ca.not_after.tzinfo else ca.not_after.replace(tzinfo=dt.UTC)
    left = not_after - dt.datetime.now(dt.UTC)
    if ca.status == "expired":
        print(
            say(
                "warning: {name} expired on {date}: kept as a trust anchor for signatures made "
                "before, it signs nothing",
                name=ca.name,
                date=f"{not_after:%Y-%m-%d}",
            ),
            file=sys.stderr,
        )
    elif ca.has_key and left < dt.timedelta(days=30):
        print(
            nsay(
                "warning: {name} expires on {date} ({count} day): nothing it issues can outlive it",
                "warning: {name} expires on {date} ({count} days): nothing it issues can "
                "outlive it",
                left.days,
                name=ca.name,
                date=f"{not_after:%Y-%m-%d}",
            ),
            file=sys.stderr,
        )


def list_cas(args: argparse.Namespace) -> None:
    with open_workspace(args) as ws:
        cas = api.list_cas(ws)
    rows = [
        [
            c.name,
            status_word(c.status),
            c.parent or "-",
            c.key_type or "-",
            c.key_store,
            f"{c.not_after:%Y-%m-%d}" if c.not_after else "-",
            c.subject,
        ]
        for c in cas
    ]
    emit_listing(
        args,
        [_info(c) for c in cas],
        rows,
        [
            N_("NAME"),
            N_("STATUS"),
            N_("PARENT"),
            N_("KEY"),
            N_("KEY STORE"),
            N_("NOT AFTER"),
            N_("SUBJECT"),
        ],
        "CAs",
        counted_as=Nn_("{count} CA", "{count} CAs"),
    )


def show(args: argparse.Namespace) -> None:
    with open_workspace(args) as ws:
        ca, cert = api.show_ca(ws, args.name)
    pem = cert.public_bytes(serialization.Encoding.PEM).decode() if cert else None
    data = {**_info(ca), "pem": pem}
    lines = [key_value_text(_info(ca))]
    if cert is not None:
        fingerprint = cert.fingerprint(hashes.SHA256()).hex()
        lines.append(say("sha256 fingerprint: {fingerprint}", fingerprint=fingerprint))
    if args.pem and pem:
        lines.append(pem.rstrip())
    emit(args, data, "\n".join(lines))


def export(args: argparse.Namespace) -> None:
    fmt = api.ExportFormat.parse(args.format)
    out = Path(args.out)
    check_writable(out)
    with open_workspace(args) as ws:
        if fmt is api.ExportFormat.P12:
            password = check_pkcs12_password(
                read_secret(args, "p12_password_file", None, "PKCS#12 password", confirm=True)
            )
            data = api.export_ca_pkcs12(ws, args.name, password, args.legacy_p12)
        elif fmt is api.ExportFormat.KEY:
            password = check_pkcs12_password(
                read_secret(args, "p12_password_file", None, "backup password", confirm=True)
            )
            data = api.export_ca_key(ws, args.name, password)
        else:
            chain = api.ca_chain(ws, args.name)
            data = api.export_certificates(chain, fmt, args.chain)
    write_file(out, data, private=fmt in (api.ExportFormat.P12, api.ExportFormat.KEY))
    emit(args, {"ca": args.name, "format": fmt.value, "out": str(out)}, say("wrote {out}", out=out))


def service(args: argparse.Namespace) -> None:
    from idtoolkit.api import create_service_credential

    with open_workspace(args) as ws:
        info = create_service_credential(
            ws,
            args.name,
            args.kind,
            args.subject,
            args.key,
            key_store=args.key_store,
            days=args.days,
            sans=args.san,
        )
    emit(
        args,
        info.__dict__,
        say(
            "created {kind} credential {serial} from {ca}: {subject}, valid until {not_after};",
            kind=info.kind,
            serial=info.serial,
            ca=info.ca,
            subject=info.subject,
            not_after=f"{info.not_after:%Y-%m-%d}",
        )
        + " "
        + (
            say("{serve} now answers at {path}", serve="'idtoolkit serve'", path="/tsa")
            if info.kind == "tsa"
            else say("{serve} now serves HTTPS with it", serve="'idtoolkit serve --tls-port N'")
            if info.kind == "tls"
            else say(
                "{serve} now signs OCSP answers for {ca} with it",
                serve="'idtoolkit serve'",
                ca=info.ca,
            )
        ),
    )
