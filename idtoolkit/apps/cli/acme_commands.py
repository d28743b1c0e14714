"""``idtoolkit acme add|list|remove|eab add``: ACME endpoints for certbot, lego, Caddy …"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from idtoolkit.api import acme
from idtoolkit.apps.cli.context import open_workspace
from idtoolkit.apps.cli.io import emit
from idtoolkit.apps.cli.language import _, say
from idtoolkit.apps.cli.parser import Subcommands, add_command, add_group


def register(commands: Subcommands, common: argparse.ArgumentParser) -> None:
    group = add_group(commands, "acme", "ACME endpoints (certbot, lego, Caddy)", "acme_command")
    p = add_command(
        group,
        "add",
        acme_add,
        example="idtoolkit acme add lab --ca issuing --profile tls-server --allow-suffix .lab.gov.sn",
        parents=[common],
        help="serve an ACME directory at /acme/NAME/directory",
    )
    p.add_argument("name", help="endpoint name (the URL part)")
    p.add_argument("--ca", required=True, help="the CA that signs")
    p.add_argument("--profile", required=True, help="the profile every certificate follows")
    p.add_argument("--days", type=int, help="lifetime (default: the profile's)")
    p.add_argument(
        "--challenges",
        default="http-01",
        help="comma-separated: http-01, tls-alpn-01 (default http-01)",
    )
    p.add_argument("--eab", action="store_true", help="require External Account Binding")
    p.add_argument(
        "--http01-port", type=int, default=80, help="port http-01 validation connects to"
    )
    p.add_argument(
        "--tls-alpn01-port", type=int, default=443, help="port tls-alpn-01 validation connects to"
    )
    p.add_argument(
        "--resolve",
        action="append",
        default=[],
        metavar="NAME=ADDRESS",
        help="validate NAME at ADDRESS instead of its DNS address (repeatable)",
    )
    p.add_argument(
        "--allow-suffix",
        action="append",
        default=[],
        metavar="SUFFIX",
        help="only names ending so (e.g. .lab.gov.sn; repeatable; default: any name)",
    )
    p.add_argument("--allow-ip", action="store_true", help="also issue for IP addresses")
    p.add_argument(
        "--orders-per-hour", type=int, default=300, help="rate limit of new orders per account"
    )
    p = add_command(
        group,
        "list",
        acme_list,
        example="idtoolkit acme list",
        parents=[common],
        help="list ACME endpoints",
    )
    p = add_command(
        group,
        "remove",
        acme_remove,
        example="idtoolkit acme remove lab",
        parents=[common],
        help="stop serving an ACME endpoint (its accounts and orders stay in the audit)",
    )
    p.add_argument("name", help="endpoint name")
    eab = add_group(group, "eab", "External Account Binding keys", "acme_eab_command")
    p = add_command(
        eab,
        "add",
        acme_eab_add,
        example="idtoolkit acme eab add lab --key-id ministry-web",
        parents=[common],
        help="make an EAB key; the HMAC key is printed once",
    )
    p.add_argument("name", help="endpoint name")
    p.add_argument("--key-id", required=True, help="the key id the client sends")


def _endpoint_dict(endpoint: acme.Endpoint) -> dict[str, Any]:
    settings = asdict(endpoint.settings)
    settings["resolve"] = dict(endpoint.settings.resolve)
    return {
        "name": endpoint.name,
        "ca": endpoint.ca,
        "profile": endpoint.profile,
        "directory": f"/acme/{endpoint.name}/directory",
        **settings,
    }


def acme_add(args: argparse.Namespace) -> None:
    with open_workspace(args) as ws:
        endpoint = acme.add_endpoint(
            ws,
            args.name,
            args.ca,
            args.profile,
            days=args.days,
            challenges=args.challenges.split(","),
            eab=args.eab,
            http01_port=args.http01_port,
            tls_alpn01_port=args.tls_alpn01_port,
            resolve=args.resolve,
            allow_suffixes=args.allow_suffix,
            allow_ip=args.allow_ip,
            orders_per_hour=args.orders_per_hour,
        )
    emit(
        args,
        _endpoint_dict(endpoint),
        say(
            "ACME endpoint {name}: CA {ca}, profile {profile}; directory at {path} of {serve}",
            name=endpoint.name,
            ca=endpoint.ca,
            profile=endpoint.profile,
            path=f"/acme/{endpoint.name}/directory",
            serve="'idtoolkit serve'",
        ),
    )


def acme_list(args: argparse.Namespace) -> None:
    with open_workspace(args) as ws:
        endpoints = acme.list_endpoints(ws)
    lines = [
        say(
            "{name}: CA {ca}, profile {profile}, {challenges}",
            name=e.name,
            ca=e.ca,
            profile=e.profile,
            challenges=",".join(e.settings.challenges) + (", EAB" if e.settings.eab else ""),
        )
        for e in endpoints
    ]
    emit(args, [_endpoint_dict(e) for e in endpoints], "\n".join(lines) or _("no ACME endpoints"))


def acme_remove(args: argparse.Namespace) -> None:
    with open_workspace(args) as ws:
        acme.remove_endpoint(ws, args.name)
    emit(args, {"removed": args.name}, say("ACME endpoint {name} removed", name=args.name))


def acme_eab_add(args: argparse.Namespace) -> None:
    with open_workspace(args) as ws:
        key = acme.add_eab_key(ws, args.name, args.key_id)
    emit(
        args,
        {"endpoint": args.name, "key_id": args.key_id, "hmac_key": key},
        "\n".join(
            [
                say("EAB key id: {key_id}", key_id=args.key_id),
                say("HMAC key:   {key}", key=key),
                say(
                    "(shown once: give both to the client, e.g. {command})",
                    command="certbot --eab-kid ID --eab-hmac-key KEY",
                ),
            ]
        ),
    )
