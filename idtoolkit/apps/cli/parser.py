"""What every command's parser shares: the Parser class, the common options, help on options
that mean the same everywhere, and the example each command's --help ends with.

Each command module declares its own arguments and handler (its ``register``); the command
line is put together in :mod:`.commands`. This module imports no command module, so command
modules can import it. Command names are part of the public interface: keep them stable.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import NoReturn, TypeAlias

from idtoolkit.api import KEY_SPECS
from idtoolkit.apps.cli.language import _

#: The sub-commands of the program or of a command group ("ca", "audit" …).
Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"

#: What a command runs: it prints its result, or raises an error main words for the user.
Handler = Callable[[argparse.Namespace], None]

KEYS = ", ".join(KEY_SPECS)


class Parser(argparse.ArgumentParser):
    """argparse, with usage errors as ``{"error": ..., "code": 2}`` on stderr when the
    command line asks for ``--json`` (a script cannot parse argparse's usage text)."""

    json_errors = False

    def error(self, message: str) -> NoReturn:
        if Parser.json_errors:
            import json
            import sys

            print(json.dumps({"error": f"{self.prog}: {message}", "code": 2}), file=sys.stderr)
            sys.exit(2)
        super().error(message)


SERIAL_HELP = "serial number in hex, or a unique prefix of it (as 'cert list' shows it)"

#: Help for options that mean the same in every command, filled in where a command gives none.
_SHARED_HELP = {
    "ca": "name of the CA (as 'ca list' shows it)",
    "profile": "certificate profile name (see 'profile list')",
    "days": "validity in days (default: the profile's)",
    "out": "output file",
    "serial": SERIAL_HELP,
    "subject": 'RFC 4514 subject, e.g. "CN=Awa Diop,O=Ministry,C=SN"',
    "key_store": "software (default) or pkcs11:token=LABEL",
    "san": "dns:NAME, ip:ADDRESS, email:MAILBOX or uri:URI (repeatable)",
    "token": "label of the PKCS#11 token",
    "pem": "also print the certificate as PEM",
    "p12_password_file": "read the PKCS#12 password from FILE (else prompted)",
    "format": "output format",
}


def common_options() -> Parser:
    """The options every workspace command takes (a parent parser of each command)."""
    common = Parser(add_help=False)
    common.add_argument(
        "--workspace",
        "-w",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="workspace directory (default: $IDTOOLKIT_WORKSPACE or the per-user data dir)",
    )
    common.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="database URL, e.g. postgresql://user@host/db (default: the workspace's)",
    )
    common.add_argument(
        "--passphrase-file",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="read the workspace passphrase from FILE (else $IDTOOLKIT_PASSPHRASE, else prompt)",
    )
    common.add_argument(
        "--pin-file",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="read the token user PIN from FILE (else $IDTOOLKIT_PIN, else prompt)",
    )
    common.add_argument(
        "--share",
        metavar="FILE",
        action="append",
        default=argparse.SUPPRESS,
        help="a key custodian's share, for a CA key under dual control (repeat: one per "
        "custodian; else $IDTOOLKIT_KEY_SHARES)",
    )
    common.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print machine-readable JSON"
    )
    from idtoolkit.apps.cli.acting import add_acting_options

    add_acting_options(common)
    return common


def add_command(
    subcommands: Subcommands,
    name: str,
    handler: Handler,
    *,
    example: str,
    **kwargs: object,
) -> argparse.ArgumentParser:
    """A command: its parser (``kwargs`` as for ``add_parser``), the handler that runs it and
    the one example its --help ends with, declared together."""
    command = subcommands.add_parser(name, **kwargs)  # type: ignore[arg-type]
    command.set_defaults(handler=handler)
    command.epilog = f"{_('example:')}\n  {example}"
    command.formatter_class = argparse.RawDescriptionHelpFormatter
    return command


def add_group(subcommands: Subcommands, name: str, help: str, dest: str) -> Subcommands:
    """A command group ("ca", "audit" …): the sub-commands its actions are added to."""
    return subcommands.add_parser(name, help=help).add_subparsers(
        dest=dest, required=True, metavar="ACTION"
    )


def group_of(subcommands: Subcommands, name: str) -> Subcommands:
    """The actions of a group another module created ("ca backup" joins "ca")."""
    parser = subcommands.choices[name]
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def _leaves(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> list[tuple[str, argparse.ArgumentParser]]:
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        return [(" ".join(path), parser)]
    return [leaf for name, sub in subs[0].choices.items() for leaf in _leaves(sub, (*path, name))]


def command_parsers(parser: argparse.ArgumentParser) -> list[tuple[str, argparse.ArgumentParser]]:
    """Every command's parser by its name ("ca create-root"): for help checks."""
    return _leaves(parser)


def _translate_help(parser: argparse.ArgumentParser) -> None:
    """Every help text, description and command summary in the user's language where the
    catalogue has it (``make i18n-update`` extracts the ``help=`` and ``description=`` texts)."""
    if parser.description:
        parser.description = _(parser.description)
    for action in parser._actions:
        if action.help and action.help is not argparse.SUPPRESS:
            action.help = _(action.help).replace("{keys}", KEYS)  # "key type: {keys}"
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                if choice.help:
                    choice.help = _(choice.help)
            for sub in set(action.choices.values()):
                _translate_help(sub)


def finish(parser: argparse.ArgumentParser) -> None:
    """Help on every option that means the same everywhere, in the user's language; and a
    check that every command was declared with :func:`add_command` (a handler and an
    example)."""
    for path, leaf in _leaves(parser):
        if "handler" not in leaf._defaults or not leaf.epilog:
            raise AssertionError(f"command {path!r} was not declared with add_command")
        for action in leaf._actions:
            if action.help is None:
                action.help = _SHARED_HELP.get(action.dest)
    _translate_help(parser)
