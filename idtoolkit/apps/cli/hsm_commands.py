"""``idtoolkit hsm …``: tokens, mechanisms, keys, key generation, and SoftHSM2 provisioning."""

from __future__ import annotations

import argparse
import sys

from idtoolkit.apps.cli.context import workspace_dir
from idtoolkit.apps.cli.io import emit, emit_listing, token_pin
from idtoolkit.apps.cli.language import N_, Nn_, say
from idtoolkit.apps.cli.parser import Subcommands, add_command, add_group
from idtoolkit.errors import NotFoundError


def register(commands: Subcommands, common: argparse.ArgumentParser) -> None:
    hsm = add_group(commands, "hsm", "PKCS#11 tokens (HSMs, smart cards, SoftHSM2)", "hsm_command")
    module_help = N_(
        "PKCS#11 module (default: workspace config, $IDTOOLKIT_PKCS11_MODULE, SoftHSM2)"
    )
    p = add_command(
        hsm, "tokens", tokens, example="idtoolkit hsm tokens", parents=[common], help="list tokens"
    )
    p.add_argument("--module", help=module_help)
    p = add_command(
        hsm,
        "mechanisms",
        mechanisms,
        example="idtoolkit hsm mechanisms --token ca-token",
        parents=[common],
        help="list a token's mechanisms",
    )
    p.add_argument("--token", required=True)
    p.add_argument("--module", help=module_help)
    p = add_command(
        hsm,
        "keys",
        keys,
        example="idtoolkit hsm keys --token ca-token --pin-file pin.txt",
        parents=[common],
        help="list the keys on a token (needs the PIN)",
    )
    p.add_argument("--token", required=True)
    p.add_argument("--module", help=module_help)
    p = add_command(
        hsm,
        "keygen",
        keygen,
        example="idtoolkit hsm keygen --token ca-token --key ec-p384 --label root-key",
        parents=[common],
        help="generate a key on a token for a later CA",
    )
    p.add_argument("--token", required=True)
    p.add_argument("--key", required=True, help="key type: {keys}")
    p.add_argument("--label", required=True, help="the key's label (CKA_LABEL)")
    p.add_argument("--module", help=module_help)
    p = add_command(
        hsm,
        "sim",
        sim,
        example="idtoolkit hsm sim add-token --dir lab/hsm --count 20",
        add_help=False,
        help="SoftHSM2 tokens for labs and tests (hsm_sim)",
    )
    p.add_argument(
        "sim_args",
        nargs=argparse.REMAINDER,
        help="init|add-token|list|reset --dir DIR ... (see 'idtoolkit hsm sim --help')",
    )


def _module(args: argparse.Namespace) -> str:
    from idtoolkit.api import load_config
    from idtoolkit.api.tokens import default_module_path

    configured = args.module
    if not configured:
        try:
            configured = load_config(workspace_dir(args)).pkcs11_module
        except NotFoundError:
            configured = None  # no workspace needed to look at tokens
    return default_module_path(configured)


def tokens(args: argparse.Namespace) -> None:
    from idtoolkit.api.tokens import list_tokens

    found = [t for t in list_tokens(_module(args)) if t.initialized]
    rows = [[t.label, t.serial, t.manufacturer, t.model, t.pin_state] for t in found]
    emit_listing(
        args,
        [t.__dict__ for t in found],
        rows,
        [N_("LABEL"), N_("SERIAL"), N_("MANUFACTURER"), N_("MODEL"), N_("PIN")],
        "tokens",
        counted_as=Nn_("{count} token", "{count} tokens"),
    )


def mechanisms(args: argparse.Namespace) -> None:
    from idtoolkit.api.tokens import list_mechanisms

    names = list_mechanisms(_module(args), args.token)
    emit_listing(
        args,
        [{"name": n} for n in names],
        [[n] for n in names],
        [N_("MECHANISM")],
        "mechanisms",
        counted_as=Nn_("{count} mechanism", "{count} mechanisms"),
    )


def keys(args: argparse.Namespace) -> None:
    from idtoolkit.api.tokens import list_keys

    found = list_keys(_module(args), args.token, lambda label: token_pin(args, label))
    rows = [
        [
            k.label,
            k.key_id,
            k.kind,
            k.key_type,
            str(k.size or "-"),
            "-" if k.extractable is None else ("yes" if k.extractable else "no"),
        ]
        for k in found
    ]
    emit_listing(
        args,
        [k.__dict__ for k in found],
        rows,
        [N_("LABEL"), N_("ID"), N_("CLASS"), N_("TYPE"), N_("BITS"), N_("EXTRACTABLE")],
        "keys",
        counted_as=Nn_("{count} key", "{count} keys"),
    )


def keygen(args: argparse.Namespace) -> None:
    from idtoolkit.api import SignatureScheme, key_spec
    from idtoolkit.api.tokens import PKCS11Backend

    backend = PKCS11Backend(_module(args), args.token, lambda label: token_pin(args, label))
    record, _ = backend.generate(key_spec(args.key), SignatureScheme.PKCS1V15, args.label)
    emit(
        args,
        {
            "token": args.token,
            "label": record.label,
            "key_id": record.token_key_id,
            "key_type": record.key_type,
        },
        say(
            "generated {key_type} key {label!r} on token {token!r}, id {key_id}",
            key_type=record.key_type,
            label=record.label,
            token=args.token,
            key_id=record.token_key_id,
        )
        + "\n"
        + say(
            "  use it: {command}",
            command=f"idtoolkit ca create-root NAME --key-store pkcs11:token={args.token} "
            f"--key-id {record.token_key_id} --key {record.key_type} --subject …",
        ),
    )


def sim(args: argparse.Namespace) -> None:
    from idtoolkit.apps.softhsm import main as sim_main

    code = sim_main(list(args.sim_args), prog="idtoolkit hsm sim")
    if code:
        sys.exit(code)
