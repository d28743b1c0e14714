"""``idtoolkit init`` and ``settings``: the workspace itself."""

from __future__ import annotations

import argparse
import dataclasses

from idtoolkit import api
from idtoolkit.api import Workspace
from idtoolkit.apps.cli.context import open_workspace, workspace_dir
from idtoolkit.apps.cli.io import (
    emit,
    key_value_text,
    workspace_passphrase,
)
from idtoolkit.apps.cli.language import say
from idtoolkit.apps.cli.parser import Subcommands, add_command


def init(args: argparse.Namespace) -> None:
    directory = workspace_dir(args)
    passphrase = workspace_passphrase(args, confirm=True)
    with Workspace.init(directory, passphrase, getattr(args, "db", None), args.base_url) as ws:
        emit(
            args,
            {
                "workspace": str(directory),
                "store": ws.store.display_url,
                "base_url": ws.config.base_url,
            },
            say(
                "created workspace {directory}\n  store: {store}\n  base URL: {base_url}\n"
                "  next: idtoolkit ca create-root NAME --subject 'CN=…,O=…,C=..' --key ec-p384",
                directory=directory,
                store=ws.store.display_url,
                base_url=ws.config.base_url,
            ),
        )


def register(commands: Subcommands, common: argparse.ArgumentParser) -> None:
    p = add_command(
        commands,
        "init",
        init,
        example="idtoolkit init --base-url http://pki.example.gov",
        parents=[common],
        help="create a workspace",
    )
    p.add_argument("--base-url", metavar="URL", help="base of the URLs written into certificates")

    p = add_command(
        commands,
        "settings",
        settings,
        example="idtoolkit settings --base-url http://pki.interieur.gouv.sn --crl-days 3",
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


def settings(args: argparse.Namespace) -> None:

    with open_workspace(args) as ws:
        current = api.update_settings(
            ws,
            base_url=args.base_url,
            crl_days=args.crl_days,
            root_crl_days=args.root_crl_days,
            delta_crl_hours=args.delta_crl_hours,
            pkcs11_module=args.pkcs11_module,
        )
    data = dataclasses.asdict(current)
    text = key_value_text(data)
    if api.is_internal(current.base_url):
        text += "\n" + say("note: {note}", note=api.internal_name_explanation(current.base_url))
    emit(args, data, text)
