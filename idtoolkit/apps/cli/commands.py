"""The command line put together: every command module registers its own commands.

A command lives in one module, which declares its arguments, its handler and its example
(``register``). The order below is the order of ``idtoolkit --help``; a module that adds
actions to another's group ("ca backup", "audit seal") comes after it.
"""

from __future__ import annotations

import argparse

from idtoolkit.api import version_info
from idtoolkit.apps.cli import (
    acme_commands,
    admin_commands,
    audit_commands,
    backup_commands,
    bulk_commands,
    ca_commands,
    ceremony_commands,
    cert_commands,
    db_commands,
    hsm_commands,
    issue_command,
    key_activation_commands,
    lab_commands,
    operator_commands,
    profile_commands,
    serve_command,
    sign_commands,
    validation_commands,
)
from idtoolkit.apps.cli.parser import Parser, common_options, finish

COMMAND_MODULES = (
    admin_commands,  # init, settings
    ca_commands,  # ca …
    issue_command,  # issue
    cert_commands,  # revoke, release, crl, cert …
    profile_commands,  # profile …
    bulk_commands,  # bulk issue, enroll
    serve_command,  # serve
    validation_commands,  # ocsp refresh, publish
    acme_commands,  # acme …
    sign_commands,  # sign, verify, testpki create
    hsm_commands,  # hsm …
    audit_commands,  # audit …
    ceremony_commands,  # ceremony …
    backup_commands,  # ca backup …
    key_activation_commands,  # ca key-activation
    lab_commands,  # lab …
    db_commands,  # db roles, db login …
    operator_commands,  # operator …, policy …, approval …
)


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = Parser(
        prog="idtoolkit",
        parents=[common],
        description="ID Toolkit: a small certificate authority with software and HSM keys.",
        formatter_class=argparse.RawDescriptionHelpFormatter,  # keeps --version on one line
    )
    parser.add_argument(
        "--version",
        action="version",
        version=version_info().line(),
        help="show the version and build, then exit",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(commands, common)
    finish(parser)
    return parser
