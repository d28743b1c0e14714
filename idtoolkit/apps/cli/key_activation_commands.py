"""``idtoolkit ca key-activation``: a software CA key that M of N key custodians activate.

Afterwards every command that signs with that CA takes the custodians' shares (``--share
FILE``, once per custodian, or ``$IDTOOLKIT_KEY_SHARES``) instead of the workspace passphrase.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from idtoolkit.apps.cli.context import open_workspace
from idtoolkit.apps.cli.io import emit
from idtoolkit.apps.cli.language import say
from idtoolkit.apps.cli.parser import Subcommands, add_command, group_of


def register(commands: Subcommands, common: argparse.ArgumentParser) -> None:
    p = add_command(
        group_of(commands, "ca"),
        "key-activation",
        key_activation,
        example="idtoolkit ca key-activation issuing --custodians 3 --threshold 2 --out-dir shares",
        parents=[common],
        help="put a software CA key under dual control: M of N custodians' shares activate it",
        description=(
            "Back the key up first (ca backup split): shares lost beyond N - M lose the key. "
            "Signing with this CA then takes M shares (--share FILE, repeated), never the "
            "workspace passphrase alone."
        ),
    )
    p.add_argument("name", help="the CA")
    p.add_argument("--custodians", type=int, required=True, metavar="N", help="shares to write")
    p.add_argument("--threshold", type=int, required=True, metavar="M", help="shares needed")
    p.add_argument("--out-dir", required=True, metavar="DIR", help="folder for the share files")


def key_activation(args: argparse.Namespace) -> None:
    from idtoolkit.api.cas import set_key_activation

    with open_workspace(args) as ws:
        done = set_key_activation(
            ws, args.name, args.custodians, args.threshold, Path(args.out_dir)
        )
    emit(
        args,
        {
            "ca": args.name,
            "activation_id": done.activation_id,
            "threshold": done.threshold,
            "custodians": done.custodians,
            "shares": [str(p) for p in done.share_files],
        },
        say(
            "the key of CA {name} now needs {threshold} of {custodians} custodians' shares "
            "to sign; give one share file to each custodian:",
            name=args.name,
            threshold=done.threshold,
            custodians=done.custodians,
        )
        + "".join(f"\n  {p}" for p in done.share_files),
    )
