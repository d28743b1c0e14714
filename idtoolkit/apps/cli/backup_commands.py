"""``idtoolkit ca backup split|restore``: an M-of-N backup of a CA key (Shamir shares)."""

from __future__ import annotations

import argparse
from pathlib import Path

from idtoolkit.apps.cli.context import open_workspace
from idtoolkit.apps.cli.io import emit, read_secret
from idtoolkit.apps.cli.language import catalogue, nsay, say
from idtoolkit.apps.cli.parser import Subcommands, add_command, add_group, group_of


def register(commands: Subcommands, common: argparse.ArgumentParser) -> None:
    bk = add_group(
        group_of(commands, "ca"), "backup", "M-of-N backup of a CA key", "backup_command"
    )
    p = add_command(
        bk,
        "split",
        split,
        example="idtoolkit ca backup split root --shares 5 --threshold 3 --out backup",
        parents=[common],
        help="encrypt the CA key and split its key into N shares",
    )
    p.add_argument("name", help="the CA")
    p.add_argument("--shares", type=int, required=True, help="N: how many shares to write")
    p.add_argument("--threshold", type=int, required=True, help="M: how many restore the key")
    p.add_argument("--out", required=True, help="directory for the backup and share files")
    p.add_argument("--so-pin-file", metavar="FILE", help="token SO PIN (token keys)")
    p = add_command(
        bk,
        "restore",
        restore,
        example="idtoolkit ca backup restore backup --shares share-1.txt share-3.txt share-4.txt",
        parents=[common],
        help="recreate a CA with its key from a backup and M shares",
    )
    p.add_argument("dir", help="the directory holding NAME-backup.json (or the file)")
    p.add_argument("--shares", nargs="+", required=True, metavar="FILE", help="M share files")
    p.add_argument("--key-store", metavar="STORE", help="pkcs11:token=LABEL for a token key backup")
    p.add_argument("--name", help="name of the restored CA (default: the backed-up name)")


def split(args: argparse.Namespace) -> None:
    from idtoolkit.api import show_ca, split_ca_key

    with open_workspace(args) as ws:
        so_pin = None
        token = show_ca(ws, args.name)[0].token_label
        if token:
            so_pin = read_secret(
                args, "so_pin_file", "IDTOOLKIT_SO_PIN", f"SO PIN of token {token!r}"
            )
        result = split_ca_key(
            ws, args.name, args.threshold, args.shares, Path(args.out), so_pin=so_pin
        )
        emit(
            args,
            {
                "backup": str(result.backup_file),
                "shares": [str(p) for p in result.share_files],
                "kind": result.kind,
            },
            nsay(
                "wrote {backup} and {count} share ({threshold} restore the key):",
                "wrote {backup} and {count} shares ({threshold} restore the key):",
                len(result.share_files),
                backup=result.backup_file,
                threshold=args.threshold,
            )
            + "\n"
            + "\n".join(f"  {catalogue().data(p)}" for p in result.share_files),
        )


def restore(args: argparse.Namespace) -> None:
    from idtoolkit.api import restore_ca_key

    with open_workspace(args) as ws:
        name = restore_ca_key(
            ws,
            Path(args.dir),
            [Path(s) for s in args.shares],
            key_store=args.key_store,
            name=args.name,
        )
        emit(
            args,
            {"ca": name},
            say("restored CA {name} with its key into this workspace", name=name),
        )
