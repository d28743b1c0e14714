"""``idtoolkit ocsp refresh``: sign the OCSP responses that are missing or due, for the
validation-only responders (``serve --validation-only``) that read the same store. Run it from
cron where no ``serve`` with the CA key runs."""

from __future__ import annotations

import argparse
from pathlib import Path

from idtoolkit.api import validation
from idtoolkit.apps.cli.context import open_workspace
from idtoolkit.apps.cli.io import emit
from idtoolkit.apps.cli.language import _, catalogue, nsay, say
from idtoolkit.apps.cli.parser import Subcommands, add_command, add_group, group_of


def register(commands: Subcommands, common: argparse.ArgumentParser) -> None:
    group = add_group(commands, "ocsp", "pre-signed OCSP responses", "ocsp_command")
    p = add_command(
        group,
        "refresh",
        ocsp_refresh,
        example="idtoolkit ocsp refresh --json",
        parents=[common],
        help="sign the OCSP responses that are missing or past half their validity",
    )
    p.add_argument("--ca", metavar="CA", help="only this CA (default: every CA with a key here)")
    p = add_command(
        commands,
        "publish",
        publish,
        example="idtoolkit publish --out /var/www/pki",
        parents=[common],
        help="write every CA certificate and current CRL, with an index, for a static web host",
    )
    p.add_argument(
        "--out", required=True, metavar="DIR", help="the folder (only changed files are rewritten)"
    )
    p = add_command(
        group_of(commands, "ca"),
        "set",
        ca_set,
        example="idtoolkit ca set issuing --crl-partitions 16",
        parents=[common],
        help="change a CA's validation settings",
    )
    p.add_argument("name", help="name of the CA")
    p.add_argument(
        "--crl-partitions",
        type=int,
        required=True,
        metavar="N",
        help="spread the CRL of certificates issued from now on over N partitions, each with "
        "its own URL (0: one CRL); certificates issued before keep their partition",
    )


def ca_set(args: argparse.Namespace) -> None:
    with open_workspace(args) as ws:
        previous = validation.set_crl_partitions(ws, args.name, args.crl_partitions)
        partitions = validation.crl_partitions(ws, args.name)
    emit(
        args,
        {
            "ca": args.name,
            "crl_partitions": args.crl_partitions,
            "previous": previous,
            "published_partitions": partitions,
        },
        say(
            "CA {name}: {partitions} CRL partitions for new certificates (was {previous}); "
            "partitions published: {published}",
            name=args.name,
            partitions=args.crl_partitions,
            previous=previous,
            published=", ".join(map(str, partitions)) or _("none"),
        ),
    )


def ocsp_refresh(args: argparse.Namespace) -> None:
    with open_workspace(args) as ws:
        result = validation.presign(ws, args.ca)
        state = validation.response_state(ws, args.ca)
    lines = [
        nsay("refreshed {count} OCSP response", "refreshed {count} OCSP responses", result.total)
    ]
    lines += [say("  {name}: {count}", name=n, count=c) for n, c in sorted(result.signed.items())]
    lines += [
        say("  {name}: skipped ({why})", name=n, why=why)
        for n, why in sorted(result.skipped.items())
    ]
    lines.append(say("stored: {count}", count=state.count))
    emit(
        args,
        {
            "refreshed": result.total,
            "per_ca": result.signed,
            "skipped": result.skipped,
            "stored": state.count,
            "oldest_this_update": state.oldest,
            "soonest_next_update": state.soonest_next_update,
        },
        "\n".join(lines),
    )


def publish(args: argparse.Namespace) -> None:
    with open_workspace(args) as ws:
        done = validation.publish(ws, Path(args.out))
    lines = [
        say(
            "published to {folder}: {written} written, {unchanged} unchanged",
            folder=done.folder,
            written=len(done.written),
            unchanged=len(done.unchanged),
        )
    ]
    lines += [f"  {catalogue().data(path)}" for path in done.written]
    lines += [
        say("  {path}: past its nextUpdate, not published", path=path) for path in done.expired
    ]
    emit(
        args,
        {
            "folder": str(done.folder),
            "written": done.written,
            "unchanged": done.unchanged,
            "expired": done.expired,
        },
        "\n".join(lines),
    )
