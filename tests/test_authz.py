"""Operators, roles and approvals (issue 27), through the public API on both stores."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import inspect
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes

from idtoolkit import api
from idtoolkit.api import operators as ops
from idtoolkit.authz.guard import authorize
from idtoolkit.errors import ApprovalPending, AuthorizationError, IDToolkitError
from idtoolkit.store import operators as operator_rows
from idtoolkit.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.operator_fixtures import P12_PASSWORD, OperatorKit, make_kit

ROOT_SUBJECT = "CN=Team Root,O=Ministry,C=SN"

TEAM_ROLES = {
    "rita": ["ra-officer"],
    "audrey": ["auditor"],
    "kim": ["key-custodian"],
    "kate": ["key-custodian"],
    "alice": ["ca-admin"],
    "bob": ["ca-admin"],  # the second ca-admin: set-up ends here
}


@dataclasses.dataclass
class Team:
    ws: Workspace
    kits: dict[str, OperatorKit]

    def act(self, name: str) -> None:
        ops.sign_in_pkcs12(self.ws, name, self.kits[name].p12, P12_PASSWORD)


def _team(ws: Workspace) -> Team:
    kits = {name: make_kit(name) for name in TEAM_ROLES}
    for name, roles in TEAM_ROLES.items():  # by the passphrase holder, not signed in
        ops.add_operator(ws, name, roles, kits[name].der)
    return Team(ws, kits)


@pytest.fixture
def team(workspace: Workspace) -> Team:
    return _team(workspace)


@pytest.fixture
def sqlite_team(sqlite_workspace: Workspace) -> Team:
    return _team(sqlite_workspace)


def _refusals(ws: Workspace) -> list[dict[str, object]]:
    """The refusals in the audit trail, newest first."""
    return [json.loads(e.details) for e in api.list_audit_events(ws, action="authz.refused")]


# --- the matrix --------------------------------------------------------------------------------


def test_role_action_matrix(team: Team) -> None:
    """Every role x every registered write action, on SQLite and PostgreSQL."""
    for name, roles in TEAM_ROLES.items():
        if name in ("kate", "bob"):
            continue
        team.act(name)
        for action, rule in ops.ACTIONS.items():
            allowed = bool(set(roles) & set(rule.roles))
            if not allowed:
                with pytest.raises(AuthorizationError) as refused:
                    authorize(team.ws, action, "noop", {})
                assert refused.value.kind == "authz.role_refused"
                assert action in str(refused.value)
            elif rule.approvals:
                with pytest.raises(ApprovalPending) as waiting:
                    authorize(team.ws, action, "noop", {})
                assert waiting.value.params["needed"] == rule.approvals
            else:
                acting = authorize(team.ws, action, "noop", {})
                assert acting is not None and acting.operator == name
        ops.sign_out(team.ws)


def test_public_write_functions_refuse_a_wrong_role(team: Team) -> None:
    """The real API functions, called by every role that may not take their action: refused
    before anything happens (the guard runs before the function reads its arguments)."""
    refused = 0
    for name, roles in TEAM_ROLES.items():
        if name in ("kate", "bob"):
            continue
        team.act(name)
        for fn in _public_functions():
            action = fn.__dict__.get("idtoolkit_action")
            if action is None:
                continue
            needed = ops.ACTIONS["cert.revoke" if action == "dynamic" else action].roles
            if set(roles) & set(needed):
                continue
            with pytest.raises(AuthorizationError) as exc:
                fn(team.ws, *([None] * (_positional(fn) - 1)))
            assert exc.value.kind == "authz.role_refused", (name, fn)
            refused += 1
    assert refused >= 80
    assert api.list_cas(team.ws) == []
    assert ops.list_requests(team.ws) == []


# Public functions that take a workspace but do not change it (or, serve_in_background, start
# the server process, whose own commands are the CLI's). A new one must be classified.
READS = {
    "ca_chain",
    "check_request",
    "count_audit_events",
    "count_certificates",
    "current_settings",
    "describe_ca",
    "describe_profile",
    "describe_stored_certificate",
    "export_audit_events",
    "find_certificate",
    "latest_crl",
    "list_accounts",
    "list_audit_events",
    "list_cas",
    "list_certificates",
    "list_token_keys",
    "list_token_mechanisms",
    "list_workspace_tokens",
    "page_certificates",
    "pending_csr",
    "preview_csr",
    "recent_orders",
    "show_ca",
    "verify_audit",
    "verify_seals",
    "serve_in_background",
    "response_state",
    "validation_state",
    "crl_partitions",
    "publish",  # writes files for a web host from what the store holds; changes no record
    "list_logins",
    "get_endpoint",
    "list_endpoints",
    "list_operators",
    "show_operator",
    "show_policy",
    "list_requests",
    "show_request",
    "approve_request",
    "reject_request",
    "sign_in",
    "sign_in_pkcs12",
    "sign_in_token",
    "sign_out",
    "signed_in_operator",
    "issue_challenge",
    "verify_proof",
}


def _public_functions() -> Iterator[object]:
    from idtoolkit.api import (
        acme,
        cas,
        database,
        processes,
        services,
        signing,
        softhsm,
        tokens,
        validation,
    )

    seen: set[int] = set()
    modules = (
        api,
        acme,
        cas,
        tokens,
        signing,
        services,
        softhsm,
        processes,
        ops,
        validation,
        database,
    )
    for module in modules:
        for name in module.__all__:
            fn = getattr(module, name)
            if inspect.isfunction(fn) and id(fn) not in seen:
                seen.add(id(fn))
                yield fn


def _positional(fn: object) -> int:
    params = inspect.signature(fn).parameters.values()  # type: ignore[arg-type]
    return sum(1 for p in params if p.default is p.empty and p.kind is p.POSITIONAL_OR_KEYWORD)


def test_every_public_write_function_passes_the_guard() -> None:
    unclassified = [
        fn.__name__  # type: ignore[attr-defined]
        for fn in _public_functions()
        if "ws" in inspect.signature(fn).parameters  # type: ignore[arg-type]
        and not ops.is_guarded(fn)
        and fn.__name__ not in READS  # type: ignore[attr-defined]
    ]
    assert unclassified == []
    guarded = [fn for fn in _public_functions() if ops.is_guarded(fn)]
    assert {f.__dict__["idtoolkit_action"] for f in guarded} - {"dynamic"} <= set(ops.ACTIONS)


# --- set-up and sign-in ------------------------------------------------------------------------


def test_no_operators_works_as_before(sqlite_workspace: Workspace) -> None:
    api.create_root(sqlite_workspace, "root", ROOT_SUBJECT, "ec-p256")
    assert [c.name for c in api.list_cas(sqlite_workspace)] == ["root"]


def test_with_operators_a_write_needs_a_signed_in_operator(sqlite_team: Team) -> None:
    with pytest.raises(AuthorizationError) as exc:
        api.create_root(sqlite_team.ws, "root", ROOT_SUBJECT, "ec-p256")
    assert exc.value.kind == "authz.sign_in_required"
    assert _refusals(sqlite_team.ws)[0]["rule"] == "authz.sign_in_required"


def test_after_set_up_operator_changes_need_approval(sqlite_team: Team) -> None:
    newcomer = make_kit("carol")
    with pytest.raises(AuthorizationError) as exc:  # the passphrase alone no longer does
        ops.add_operator(sqlite_team.ws, "carol", ["ra-officer"], newcomer.der)
    assert exc.value.kind == "authz.sign_in_required"
    sqlite_team.act("alice")
    with pytest.raises(ApprovalPending) as waiting:
        ops.add_operator(sqlite_team.ws, "carol", ["ra-officer"], newcomer.der)
    request = int(waiting.value.params["request"])
    sqlite_team.act("bob")
    info = ops.approve_request(sqlite_team.ws, request)
    assert info.state == "executed"
    assert ops.show_operator(sqlite_team.ws, "carol").roles == ("ra-officer",)


def test_role_separation_refuses_two_roles(sqlite_workspace: Workspace) -> None:
    ws = sqlite_workspace
    ws.config = dataclasses.replace(ws.config, role_separation=True)
    with pytest.raises(AuthorizationError) as exc:
        ops.add_operator(ws, "eve", ["ca-admin", "auditor"], make_kit("eve").der)
    assert exc.value.kind == "authz.role_separation"
    assert ops.list_operators(ws) == []


def test_bad_credentials_are_refused_and_audited(sqlite_team: Team) -> None:
    ws, kits = sqlite_team.ws, sqlite_team.kits
    cases = [
        (
            lambda: ops.sign_in_pkcs12(ws, "alice", kits["alice"].p12, b"wrong"),
            "authz.credential_unreadable",
        ),
        (
            lambda: ops.sign_in_pkcs12(ws, "alice", kits["rita"].p12, P12_PASSWORD),
            "authz.credential_not_operators",
        ),
        (
            lambda: ops.sign_in_pkcs12(ws, "nobody", kits["rita"].p12, P12_PASSWORD),
            "authz.unknown_operator",
        ),
    ]
    for call, kind in cases:
        with pytest.raises(AuthorizationError) as exc:
            call()
        assert exc.value.kind == kind
        assert _refusals(ws)[0]["rule"] == kind
    assert ops.signed_in_operator(ws) is None


def test_expired_certificate_is_refused(sqlite_workspace: Workspace) -> None:
    old = make_kit("old", expired=True)
    ops.add_operator(sqlite_workspace, "old", ["ra-officer"], old.der)
    with pytest.raises(AuthorizationError) as exc:
        ops.sign_in_pkcs12(sqlite_workspace, "old", old.p12, P12_PASSWORD)
    assert exc.value.kind == "authz.certificate_expired"


def test_revoked_certificate_is_refused(sqlite_workspace: Workspace) -> None:
    ws = sqlite_workspace
    api.create_root(ws, "root", ROOT_SUBJECT, "ec-p256")
    issued = (
        api.issue_with_new_key(
            ws, "root", "tls-client", "CN=Rita Officer,O=Ministry,C=SN", "ec-p256"
        )
        if False
        else None
    )
    del issued
    from cryptography.hazmat.primitives.asymmetric import ec

    key = ec.generate_private_key(ec.SECP256R1())
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(x509.Name.from_rfc4514_string("CN=Rita Officer,O=Ministry,C=SN"))
        .sign(key, hashes.SHA256())
    )
    api.create_sub(ws, "officers", "root", "CN=Officers CA,O=Ministry,C=SN", "ec-p256")
    cert = _issue_client(ws, csr)
    rita = make_kit("rita", cert=cert, key=key)
    ops.add_operator(ws, "rita", ["ra-officer"], rita.der)
    ops.sign_in_pkcs12(ws, "rita", rita.p12, P12_PASSWORD)  # fine while valid
    ops.sign_out(ws)
    # the RA officer revokes her own certificate (as she may); then she is refused
    ops.sign_in_pkcs12(ws, "rita", rita.p12, P12_PASSWORD)
    api.revoke(ws, "officers", format(cert.serial_number, "x"), "key-compromise")
    with pytest.raises(AuthorizationError) as exc:
        ops.sign_in_pkcs12(ws, "rita", rita.p12, P12_PASSWORD)
    assert exc.value.kind == "authz.certificate_revoked"


def _issue_client(ws: Workspace, csr: x509.CertificateSigningRequest) -> x509.Certificate:
    for profile in ("person-auth", "tls-client", "client-auth", "person"):
        try:
            return api.issue_from_csr(ws, "officers", profile, csr).certificate
        except IDToolkitError:
            continue
    raise AssertionError("no client profile")


def test_a_replayed_proof_is_refused(sqlite_team: Team) -> None:
    ws, kit = sqlite_team.ws, sqlite_team.kits["rita"]
    nonce = ops.issue_challenge(ws, "rita")
    signature = base64.b64encode(
        kit.key.sign(ops.challenge_message("rita", nonce), _ecdsa())
    ).decode()
    acting = ops.verify_proof(ws, "rita", nonce, signature)
    assert acting.operator == "rita"
    with pytest.raises(AuthorizationError) as exc:
        ops.verify_proof(ws, "rita", nonce, signature)
    assert exc.value.kind == "authz.proof_replayed"
    other = ops.issue_challenge(ws, "rita")
    with pytest.raises(AuthorizationError) as wrong:  # alice's signature over rita's challenge
        ops.verify_proof(ws, "rita", other, _sign(sqlite_team.kits["alice"], "rita", other))
    assert wrong.value.kind == "authz.bad_proof"


def _ecdsa():  # type: ignore[no-untyped-def]
    from cryptography.hazmat.primitives.asymmetric import ec

    return ec.ECDSA(hashes.SHA256())


def _sign(kit: OperatorKit, name: str, nonce: str) -> str:
    return base64.b64encode(kit.key.sign(ops.challenge_message(name, nonce), _ecdsa())).decode()


def test_disabled_operator_is_refused(sqlite_team: Team) -> None:
    sqlite_team.act("alice")
    with pytest.raises(ApprovalPending) as waiting:
        ops.disable_operator(sqlite_team.ws, "rita")
    sqlite_team.act("bob")
    ops.approve_request(sqlite_team.ws, int(waiting.value.params["request"]))
    with pytest.raises(AuthorizationError) as exc:
        sqlite_team.act("rita")
    assert exc.value.kind == "authz.operator_disabled"


# --- approvals ---------------------------------------------------------------------------------


def test_approval_runs_once_as_the_last_approver(team: Team) -> None:
    ws = team.ws
    team.act("alice")
    with pytest.raises(ApprovalPending) as waiting:
        api.create_root(ws, "root", ROOT_SUBJECT, "ec-p256", days=3650)
    assert waiting.value.params["needed"] == 1
    request = int(waiting.value.params["request"])
    assert api.list_cas(ws) == []  # nothing yet
    info = ops.show_request(ws, request)
    assert info.state == "pending" and info.requester == "alice"
    assert info.parameters["name"] == "root" and info.parameters["days"] == 3650

    with pytest.raises(AuthorizationError) as own:
        ops.approve_request(ws, request)
    assert own.value.kind == "approval.self_approval"
    team.act("rita")
    with pytest.raises(AuthorizationError) as role:
        ops.approve_request(ws, request)
    assert role.value.kind == "approval.role_refused"
    assert api.list_cas(ws) == []

    team.act("bob")
    done = ops.approve_request(ws, request)
    assert done.state == "executed"
    assert [c.name for c in api.list_cas(ws)] == ["root"]
    with pytest.raises(AuthorizationError) as again:
        ops.approve_request(ws, request)
    assert again.value.kind == "approval.not_pending"

    shown = ops.show_request(ws, request)  # verifies offline, from the stored signatures
    assert shown.requester_signature_verifies and shown.parameters_intact
    assert [(d.operator, d.verifies) for d in shown.decisions] == [("bob", True)]
    created = [json.loads(e.details) for e in api.list_audit_events(ws, action="ca.create")]
    if not created:
        created = [
            json.loads(e.details)
            for e in api.list_audit_events(ws)
            if e.actor == "bob" and "operator" in json.loads(e.details)
        ]
    operator = created[-1]["operator"]
    assert operator["name"] == "bob" and operator["challenge"] and operator["signature"]
    assert [r["rule"] for r in _refusals(ws)] == [  # newest first
        "approval.not_pending",
        "approval.role_refused",
        "approval.self_approval",
    ]


def test_one_rejection_rejects(sqlite_team: Team) -> None:
    ws = sqlite_team.ws
    sqlite_team.act("alice")
    with pytest.raises(ApprovalPending) as waiting:
        api.create_root(ws, "root", ROOT_SUBJECT, "ec-p256")
    request = int(waiting.value.params["request"])
    sqlite_team.act("bob")
    assert ops.reject_request(ws, request, "wrong subject").state == "rejected"
    sqlite_team.act("alice")
    with pytest.raises(AuthorizationError) as exc:
        ops.approve_request(ws, request)
    assert exc.value.kind in ("approval.not_pending", "approval.self_approval")
    assert api.list_cas(ws) == []


def _pending_root(team: Team) -> int:
    team.act("alice")
    with pytest.raises(ApprovalPending) as waiting:
        api.create_root(team.ws, "root", ROOT_SUBJECT, "ec-p256")
    return int(waiting.value.params["request"])


def test_expired_and_changed_requests_are_refused(sqlite_team: Team) -> None:
    ws = sqlite_team.ws
    expired, changed = _pending_root(sqlite_team), _pending_root(sqlite_team)
    with ws.store.transaction() as session:
        row = operator_rows.request_for_update(session, expired)
        assert row is not None
        row.expires_at = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)
        other = operator_rows.request_for_update(session, changed)
        assert other is not None
        other.parameters = other.parameters.replace("Team Root", "Evil Root")
    sqlite_team.act("bob")
    for request, kind in ((expired, "approval.expired"), (changed, "approval.changed")):
        with pytest.raises(AuthorizationError) as exc:
            ops.approve_request(ws, request)
        assert exc.value.kind == kind
    assert not ops.show_request(ws, changed).parameters_intact
    assert api.list_cas(ws) == []


def test_the_same_approver_cannot_approve_twice(sqlite_team: Team) -> None:
    ws = sqlite_team.ws
    sqlite_team.act("alice")
    with pytest.raises(ApprovalPending) as policy_wait:
        ops.require_approvals(ws, "ca.create", 2, "key-custodian")
    sqlite_team.act("bob")
    ops.approve_request(ws, int(policy_wait.value.params["request"]))
    request = _pending_root(sqlite_team)
    sqlite_team.act("kim")
    assert ops.approve_request(ws, request).missing == 1
    with pytest.raises(AuthorizationError) as exc:
        ops.approve_request(ws, request)
    assert exc.value.kind == "approval.already_decided"
    sqlite_team.act("kate")
    assert ops.approve_request(ws, request).state == "executed"


def test_a_policy_no_operators_could_meet_is_refused(sqlite_team: Team) -> None:
    """Refused to its requester at once: no request for the approvers to sign."""
    ws = sqlite_team.ws
    sqlite_team.act("alice")
    with pytest.raises(AuthorizationError) as exc:
        ops.require_approvals(ws, "cert.issue", 3, "ca-admin")
    assert exc.value.kind == "policy.unmeetable"
    assert _refusals(ws)[0]["rule"] == "policy.unmeetable"
    assert ops.list_requests(ws) == []
    assert [p.approvals for p in ops.show_policy(ws) if p.action == "cert.issue"] == [0]


def test_an_action_no_operators_could_approve_is_refused(sqlite_workspace: Workspace) -> None:
    ws = sqlite_workspace
    alice = make_kit("alice")
    ops.add_operator(ws, "alice", ["ca-admin"], alice.der)
    ops.sign_in_pkcs12(ws, "alice", alice.p12, P12_PASSWORD)
    with pytest.raises(AuthorizationError) as exc:
        api.create_root(ws, "root", ROOT_SUBJECT, "ec-p256")
    assert exc.value.kind == "approval.unmeetable"
    assert ops.list_requests(ws) == []


def test_sign_in_with_a_token(sqlite_pki, token: str) -> None:  # type: ignore[no-untyped-def]
    """``--credential token:LABEL``: the key labelled with the operator's name on a card."""
    from cryptography.hazmat.primitives.serialization import Encoding

    from idtoolkit.api.tokens import enroll_on_token
    from tests.conftest import TOKEN_USER_PIN

    ws = sqlite_pki.ws
    enrolled = enroll_on_token(ws, token, "issuing", "citizen-sign", "CN=amina,GN=Amina,SN=Ba,C=SN")
    assert enrolled.key_label == "amina"
    der = enrolled.issued.certificate.public_bytes(Encoding.DER)
    ops.add_operator(ws, "amina", ["ra-officer"], der)
    # a wrong PIN, in a process of its own (PKCS#11 logins last for the whole process)
    env = {**os.environ, "IDTOOLKIT_PIN": "wrong-pin", "IDTOOLKIT_PASSPHRASE": PASSPHRASE.decode()}
    proc = subprocess.run(
        [sys.executable, "-m", "idtoolkit.apps.cli.main", "--workspace", str(ws.directory),
         "--as", "amina", "--credential", f"token:{token}", "--json", "ca", "list"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 1, proc.stderr
    assert json.loads(proc.stderr)["kind"] == "authz.token_credential_failed"
    assert _refusals(ws)[0]["rule"] == "authz.token_credential_failed"
    assert ops.sign_in_token(ws, "amina", token, lambda label: TOKEN_USER_PIN.encode()) == (
        "ra-officer",
    )
    api.revoke(ws, "issuing", enrolled.issued.serial, "key-compromise")  # she may: ra-officer
    with pytest.raises(AuthorizationError) as revoked:
        api.hold(ws, "issuing", enrolled.issued.serial)
    assert revoked.value.kind == "authz.certificate_revoked"


def test_a_request_that_could_never_run_is_refused_at_once(sqlite_team: Team) -> None:
    """Input errors are said to the requester, not after the approvers signed."""
    sqlite_team.act("alice")
    with pytest.raises(IDToolkitError) as taken:
        ops.add_operator(sqlite_team.ws, "rita", ["ra-officer"], make_kit("rita2").der)
    assert taken.value.kind == "operator.exists"
    with pytest.raises(IDToolkitError) as missing:
        ops.disable_operator(sqlite_team.ws, "nobody")
    assert missing.value.kind == "operator.not_found"
    assert ops.list_requests(sqlite_team.ws) == []


def test_a_secret_is_given_by_the_last_approver_never_stored(
    sqlite_team: Team, tmp_path: Path
) -> None:
    """Importing a CA from a PKCS#12 waits for approval; its password is not in the request:
    the approver whose approval runs it gives it (refused without, and not counted)."""
    other = Workspace.init(tmp_path / "other", PASSPHRASE)
    try:
        api.create_root(other, "legacy", "CN=Legacy Root,O=Gov,C=SN", "ec-p256")
        backup = api.export_ca_pkcs12(other, "legacy", b"backup password")
    finally:
        other.close()
    ws = sqlite_team.ws
    sqlite_team.act("alice")
    with pytest.raises(ApprovalPending) as waiting:
        api.import_ca(ws, "legacy", p12_data=backup, key_password=b"backup password")
    request = int(waiting.value.params["request"])
    info = ops.show_request(ws, request)
    assert info.secrets == ("key_password",)
    with ws.store.reading() as session:
        row = operator_rows.request_by_id(session, request)
        assert row is not None and "backup password" not in row.parameters
    sqlite_team.act("bob")
    with pytest.raises(IDToolkitError) as missing:
        ops.approve_request(ws, request)
    assert missing.value.kind == "approval.secret_needed"
    assert ops.show_request(ws, request).approvals == 0
    done = ops.approve_request(ws, request, {"key_password": b"backup password"})
    assert done.state == "executed"
    assert [c.name for c in api.list_cas(ws)] == ["legacy"]
