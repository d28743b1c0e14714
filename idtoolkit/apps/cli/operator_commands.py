"""``idtoolkit operator|policy|approval …``: the team that runs the CA (issue 27).

``operator add NAME --role ROLE… --cert CERT.pem`` binds a person to a certificate whose key
they hold; acting as them is the global ``--as NAME --credential …``. ``policy`` says which
actions need approvals; ``approval`` lists, shows, approves and rejects the waiting requests
(exit 5 when an action waits for approvals).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from idtoolkit.api import inputs as named
from idtoolkit.api import load_certificates, read_file
from idtoolkit.api import operators as ops
from idtoolkit.apps.cli.context import open_workspace
from idtoolkit.apps.cli.io import emit, emit_listing, key_value_text
from idtoolkit.apps.cli.language import N_, Nn_, _, nsay, say
from idtoolkit.apps.cli.parser import Handler, Subcommands, add_command, add_group
from idtoolkit.errors import PassphraseError


def register(commands: Subcommands, common: argparse.ArgumentParser) -> None:
    op = add_group(commands, "operator", "the operators who run this CA", "operator_command")
    p = add_command(
        op,
        "add",
        operator_add,
        example="idtoolkit operator add amina --role ca-admin --cert amina.pem",
        parents=[common],
        help="add an operator bound to a certificate whose key they hold",
    )
    p.add_argument("name", help="the operator's name")
    p.add_argument(
        "--role", action="append", required=True, choices=ops.ROLES, help="a role (repeatable)"
    )
    p.add_argument("--cert", required=True, metavar="CERT.pem", help="the operator's certificate")
    add_command(
        op,
        "list",
        operator_list,
        example="idtoolkit operator list",
        parents=[common],
        help="list operators",
    )
    _on_one(
        _operator_name,
        op,
        common,
        "show",
        operator_show,
        example="idtoolkit operator show amina",
        help="show an operator",
    )
    _on_one(
        _operator_name,
        op,
        common,
        "disable",
        operator_disable,
        example="idtoolkit operator disable amina",
        help="disable an operator (kept in the record)",
    )

    pol = add_group(commands, "policy", "which actions need approvals", "policy_command")
    add_command(
        pol,
        "show",
        policy_show,
        example="idtoolkit policy show",
        parents=[common],
        help="show the roles and approvals each action needs",
    )
    p = add_command(
        pol,
        "require",
        policy_require,
        example="idtoolkit policy require cert.revoke --approvals 1 --role ra-officer",
        parents=[common],
        help="set how many approvers (besides the requester) an action needs",
    )
    p.add_argument(
        "action", choices=list(ops.ACTIONS), metavar="ACTION", help="the action (policy show)"
    )
    p.add_argument(
        "--approvals",
        type=int,
        required=True,
        metavar="N",
        help="approvers needed besides the requester",
    )
    p.add_argument("--role", choices=ops.ROLES, help="the approvers' role (default: ca-admin)")

    ap = add_group(commands, "approval", "requests waiting for approval", "approval_command")
    p = add_command(
        ap,
        "list",
        approval_list,
        example="idtoolkit approval list --pending",
        parents=[common],
        help="list approval requests",
    )
    p.add_argument("--pending", action="store_true", help="only those still waiting")
    _on_one(
        _request_id,
        ap,
        common,
        "show",
        approval_show,
        example="idtoolkit approval show 3",
        help="show a request, its exact parameters and whether each signature verifies",
    )
    _on_one(
        _request_id,
        ap,
        common,
        "approve",
        approval_approve,
        example="idtoolkit --as bob --credential bob.p12 approval approve 3",
        help="approve a request (the last approval runs it)",
    )
    p = _on_one(
        _request_id,
        ap,
        common,
        "reject",
        approval_reject,
        example='idtoolkit --as bob --credential bob.p12 approval reject 3 --reason "wrong CA"',
        help="reject a request (one rejection rejects it)",
    )
    p.add_argument("--reason", required=True, metavar="TEXT", help="why it is rejected")


def _request_id(command: argparse.ArgumentParser) -> None:
    command.add_argument("id", type=int, help="request id (approval list)")


def _operator_name(command: argparse.ArgumentParser) -> None:
    command.add_argument("name", help="operator name")


def _on_one(
    subject: Callable[[argparse.ArgumentParser], None],
    group: Subcommands,
    common: argparse.ArgumentParser,
    name: str,
    handler: Handler,
    *,
    example: str,
    help: str,
) -> argparse.ArgumentParser:
    """A command on one request (by id) or one operator (by name): show, approve, reject and
    disable are declared alike, so they take their ``subject`` argument alike."""
    command = add_command(group, name, handler, example=example, parents=[common], help=help)
    subject(command)
    return command


def _operator(info: ops.OperatorInfo) -> dict[str, Any]:
    return {
        "name": info.name,
        "roles": list(info.roles),
        "disabled": info.disabled,
        "subject": info.subject,
        "certificate_sha256": info.fingerprint_sha256,
        "not_after": info.not_after,
        "created": info.created_at,
    }


def operator_add(args: argparse.Namespace) -> None:
    certs = load_certificates(read_file(Path(args.cert), named.CERTIFICATE), args.cert)
    from cryptography.hazmat.primitives.serialization import Encoding

    with open_workspace(args) as ws:
        info = ops.add_operator(ws, args.name, args.role, certs[0].public_bytes(Encoding.DER))
    emit(
        args,
        _operator(info),
        say("operator {name} added: {roles}", name=info.name, roles=" ".join(info.roles)),
    )


def operator_list(args: argparse.Namespace) -> None:
    with open_workspace(args) as ws:
        infos = ops.list_operators(ws)
    rows = [
        [i.name, " ".join(i.roles), _("disabled") if i.disabled else _("active"), i.subject]
        for i in infos
    ]
    emit_listing(
        args,
        [_operator(i) for i in infos],
        rows,
        [N_("NAME"), N_("ROLES"), N_("STATE"), N_("CERTIFICATE")],
        "operator",
        counted_as=Nn_("{count} operator", "{count} operators"),
    )


def operator_show(args: argparse.Namespace) -> None:
    with open_workspace(args) as ws:
        info = ops.show_operator(ws, args.name)
    data = _operator(info)
    emit(args, data, key_value_text(data))


def operator_disable(args: argparse.Namespace) -> None:
    with open_workspace(args) as ws:
        info = ops.disable_operator(ws, args.name)
    emit(args, _operator(info), say("operator {name} disabled", name=info.name))


def _policy(p: ops.Policy) -> dict[str, Any]:
    return {
        "action": p.action,
        "roles": list(p.roles),
        "approvals": p.approvals,
        "approver_role": p.approver_role,
        "default": p.default,
    }


def policy_show(args: argparse.Namespace) -> None:
    with open_workspace(args) as ws:
        policies = ops.show_policy(ws)
    rows = [
        [
            p.action,
            " or ".join(p.roles),
            f"{p.approvals} ({p.approver_role})" if p.approvals else "0",
            "default" if p.default else "set",
        ]
        for p in policies
    ]
    emit_listing(
        args,
        [_policy(p) for p in policies],
        rows,
        [N_("ACTION"), N_("ROLES"), N_("APPROVERS"), N_("POLICY")],
        "action",
        counted_as=Nn_("{count} action", "{count} actions"),
    )


def policy_require(args: argparse.Namespace) -> None:
    with open_workspace(args) as ws:
        policy = ops.require_approvals(ws, args.action, args.approvals, args.role)
    emit(
        args,
        _policy(policy),
        nsay(
            "{action}: {count} approver(s) with the role {role}",
            "{action}: {count} approver(s) with the role {role}",
            policy.approvals,
            action=policy.action,
            role=policy.approver_role,
        ),
    )


def _request(r: ops.RequestInfo) -> dict[str, Any]:
    return {
        "id": r.id,
        "action": r.action,
        "function": r.function,
        "parameters": r.parameters,
        "parameters_sha256": r.parameters_sha256,
        "parameters_intact": r.parameters_intact,
        "requester": r.requester,
        "requester_signature_verifies": r.requester_signature_verifies,
        "state": r.state,
        "approvals": r.approvals,
        "approvals_needed": r.approvals_needed,
        "missing": r.missing,
        "approver_role": r.approver_role,
        "created": r.created_at,
        "expires": r.expires_at,
        "result": r.result,
        "secrets_needed": list(r.secrets),
        "decisions": [
            {
                "operator": d.operator,
                "decision": d.decision,
                "at": d.at,
                "reason": d.reason,
                "signature": d.signature,
                "verifies": d.verifies,
            }
            for d in r.decisions
        ],
    }


def approval_list(args: argparse.Namespace) -> None:
    with open_workspace(args) as ws:
        requests = ops.list_requests(ws, args.pending)
    rows = [
        [str(r.id), r.action, r.requester, r.state, f"{r.approvals}/{r.approvals_needed}"]
        for r in requests
    ]
    emit_listing(
        args,
        [_request(r) for r in requests],
        rows,
        [N_("ID"), N_("ACTION"), N_("REQUESTER"), N_("STATE"), N_("APPROVALS")],
        "request",
        counted_as=Nn_("{count} request", "{count} requests"),
    )


def _request_text(r: ops.RequestInfo) -> str:
    import json

    def verdict(verifies: bool) -> str:
        return _("verifies") if verifies else _("DOES NOT VERIFY")

    digest = say("parameters sha256: {digest}", digest=r.parameters_sha256)
    if not r.parameters_intact:
        digest += " " + _("(CHANGED: the stored parameters do not match)")
    lines = [
        say("request {id}: {action} ({state})", id=r.id, action=r.action, state=r.state),
        say(
            "requester: {requester} (signature {verdict})",
            requester=r.requester,
            verdict=verdict(r.requester_signature_verifies),
        ),
        digest,
        say(
            "approvals: {approvals} of {needed} by {role}",
            approvals=r.approvals,
            needed=r.approvals_needed,
            role=r.approver_role,
        ),
        say("expires: {time}", time=r.expires_at.isoformat()),
        *(
            [say("the last approver gives: {secrets} (never stored)", secrets=", ".join(r.secrets))]
            if r.secrets
            else []
        ),
        _("parameters:"),
        json.dumps(r.parameters, indent=2, ensure_ascii=False, sort_keys=True),
    ]
    for d in r.decisions:
        lines.append(
            say(
                "{decision}: {operator} at {time}, signature {verdict}",
                decision=d.decision,
                operator=d.operator,
                time=d.at.isoformat(),
                verdict=verdict(d.verifies),
            )
            if not d.reason
            else say(
                "{decision}: {operator} at {time} ({reason}), signature {verdict}",
                decision=d.decision,
                operator=d.operator,
                time=d.at.isoformat(),
                reason=d.reason,
                verdict=verdict(d.verifies),
            )
        )
    if r.result:
        lines.append(say("result: {result}", result=r.result))
    return "\n".join(lines)


def approval_show(args: argparse.Namespace) -> None:
    with open_workspace(args) as ws:
        r = ops.show_request(ws, args.id)
    emit(args, _request(r), _request_text(r))


def _secret(name: str, request: int) -> bytes:
    """A secret the request runs with (a key's password): from ``IDTOOLKIT_<NAME>`` or a
    no-echo prompt, never argv."""
    env = f"IDTOOLKIT_{name.upper()}"
    given = os.environb.get(env.encode())
    if given:
        return given
    if not sys.stdin.isatty():
        raise PassphraseError(
            "cli.approval_secret_needed",
            "request {request} runs with the secret {name}: set {env}",
            request=request,
            name=name,
            env=env,
        )
    return getpass.getpass(f"{name} for request {request}: ").encode()


def approval_approve(args: argparse.Namespace) -> None:
    with open_workspace(args) as ws:
        pending = ops.show_request(ws, args.id)
        secrets = (
            {name: _secret(name, args.id) for name in pending.secrets}
            if pending.secrets and pending.missing <= 1
            else None
        )
        r = ops.approve_request(ws, args.id, secrets)
    text = (
        say("request {id} approved and executed", id=r.id)
        if r.state == "executed"
        else nsay(
            "request {id} approved: {count} more approval(s) needed",
            "request {id} approved: {count} more approval(s) needed",
            r.missing,
            id=r.id,
        )
    )
    emit(args, _request(r), text)


def approval_reject(args: argparse.Namespace) -> None:
    with open_workspace(args) as ws:
        r = ops.reject_request(ws, args.id, args.reason)
    emit(args, _request(r), say("request {id} rejected", id=r.id))
