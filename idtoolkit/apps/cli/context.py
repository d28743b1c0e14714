"""Opening the workspace a command works on, with its passphrase provider wired to the CLI."""

from __future__ import annotations

import argparse
from pathlib import Path

from idtoolkit.api import Workspace, default_workspace_dir
from idtoolkit.api.cas import read_share_files
from idtoolkit.apps.cli.acting import sign_in_from_args
from idtoolkit.apps.cli.io import given_passphrase, token_pin, workspace_passphrase


def workspace_dir(args: argparse.Namespace) -> Path:
    value = getattr(args, "workspace", None)
    return Path(value) if value else default_workspace_dir()


def open_workspace(args: argparse.Namespace) -> Workspace:
    ws = Workspace.open(workspace_dir(args), getattr(args, "db", None))
    # Asked only when a software key is first used: listing needs no passphrase.
    ws.set_passphrase_provider(lambda: workspace_passphrase(args))
    ws.set_pin_provider(lambda label: token_pin(args, label))
    shares = getattr(args, "share", None)
    if shares:  # else the engine reads $IDTOOLKIT_KEY_SHARES
        ws.set_shares_provider(lambda *_: read_share_files([Path(p) for p in shares]))
    try:
        # But one given up front (environment, file) is checked at once, read-only command
        # or not: a wrong one is said now, not at the first signature days later.
        given = given_passphrase(args)
        if given is not None:
            ws.check_passphrase(given)
        sign_in_from_args(ws, args)  # --as NAME --credential …: act as that operator
    except BaseException:
        ws.close()
        raise
    return ws
