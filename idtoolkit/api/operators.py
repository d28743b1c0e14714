"""Operators, roles and approvals: who acts on the workspace (signing in with their own key),
the approval policy, and approval requests to list, show, approve or reject."""

from idtoolkit.acting import Acting
from idtoolkit.authz.actions import ACTIONS, ActionRule
from idtoolkit.authz.approvals import (
    Decision,
    RequestInfo,
    approve_request,
    list_requests,
    reject_request,
    show_request,
)
from idtoolkit.authz.guard import is_guarded
from idtoolkit.authz.identity import (
    issue_challenge,
    sign_in,
    sign_in_pkcs12,
    sign_in_token,
    sign_out,
    signed_in_operator,
    verify_proof,
)
from idtoolkit.authz.management import (
    OperatorInfo,
    add_operator,
    disable_operator,
    list_operators,
    require_approvals,
    show_operator,
    show_policy,
)
from idtoolkit.authz.policy_rules import Policy
from idtoolkit.authz.proof import approval_message, challenge_message, signature_verifies
from idtoolkit.authz.roles import ROLES

__all__ = [
    "ACTIONS",
    "ROLES",
    "Acting",
    "ActionRule",
    "Decision",
    "OperatorInfo",
    "Policy",
    "RequestInfo",
    "add_operator",
    "approval_message",
    "approve_request",
    "challenge_message",
    "disable_operator",
    "is_guarded",
    "issue_challenge",
    "list_operators",
    "list_requests",
    "reject_request",
    "require_approvals",
    "show_operator",
    "show_policy",
    "show_request",
    "sign_in",
    "sign_in_pkcs12",
    "sign_in_token",
    "sign_out",
    "signature_verifies",
    "signed_in_operator",
    "verify_proof",
]
