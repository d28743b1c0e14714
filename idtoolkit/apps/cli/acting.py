"""``--as NAME --credential FILE.p12|token:LABEL``: the operator a command acts as.

Defaults from ``IDTOOLKIT_OPERATOR`` and ``IDTOOLKIT_CREDENTIAL``. The PKCS#12 password comes
from ``IDTOOLKIT_CREDENTIAL_PASSWORD`` or a no-echo prompt (never argv); a token's PIN from
``IDTOOLKIT_PIN`` or a prompt, as for CA keys.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from idtoolkit.api import Workspace, read_file
from idtoolkit.api import inputs as named
from idtoolkit.api import operators as ops
from idtoolkit.apps.cli.io import token_pin
from idtoolkit.errors import InputError, PassphraseError

PASSWORD_ENV = "IDTOOLKIT_CREDENTIAL_PASSWORD"
OPERATOR_ENV = "IDTOOLKIT_OPERATOR"
CREDENTIAL_ENV = "IDTOOLKIT_CREDENTIAL"


def add_acting_options(common: argparse.ArgumentParser) -> None:
    common.add_argument(
        "--as",
        dest="as_operator",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help="act as this operator (default: $IDTOOLKIT_OPERATOR)",
    )
    common.add_argument(
        "--credential",
        metavar="FILE.p12|token:LABEL",
        default=argparse.SUPPRESS,
        help="the operator's PKCS#12 file or token (default: $IDTOOLKIT_CREDENTIAL); "
        "password from $IDTOOLKIT_CREDENTIAL_PASSWORD or asked",
    )


def _password() -> bytes:
    given = os.environb.get(PASSWORD_ENV.encode())
    if given:
        return given
    if not sys.stdin.isatty():
        raise PassphraseError(
            "cli.credential_password_needed",
            "the credential's password is needed: set {env}",
            env=PASSWORD_ENV,
        )
    return getpass.getpass("Credential password: ").encode()


def sign_in_from_args(ws: Workspace, args: argparse.Namespace) -> None:
    """Sign the operator in on ``ws`` if one is named (flag or environment); else nothing."""
    name = getattr(args, "as_operator", None) or os.environ.get(OPERATOR_ENV)
    if not name:
        return
    credential = getattr(args, "credential", None) or os.environ.get(CREDENTIAL_ENV)
    if not credential:
        raise InputError(
            "cli.credential_needed",
            "acting as {name} needs --credential FILE.p12 or token:LABEL (or {env})",
            name=name,
            env=CREDENTIAL_ENV,
        )
    if credential.startswith("token:"):
        label = credential[len("token:") :]
        ops.sign_in_token(ws, name, label, lambda token: token_pin(args, token))
        return
    data = read_file(Path(credential), named.CREDENTIAL)
    ops.sign_in_pkcs12(ws, name, data, _password())
