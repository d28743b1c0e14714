"""Signing in and proving it: an operator's credential must hold the key of the certificate
bound to them, the certificate must be current and (if a CA here issued it) not revoked, and
each authorized action gets a fresh challenge signed with that key, used once.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.serialization import Encoding

from idtoolkit.acting import Acting
from idtoolkit.authz import state
from idtoolkit.authz.proof import challenge_message, new_challenge, signature_verifies
from idtoolkit.authz.refusals import refusals_audited
from idtoolkit.authz.roles import parse_roles
from idtoolkit.errors import AuthorizationError, IDToolkitError
from idtoolkit.signing.credentials import SigningCredential, from_pkcs12
from idtoolkit.store import operators as operator_rows
from idtoolkit.store.models import Operator
from idtoolkit.store.session import Session

if TYPE_CHECKING:
    from idtoolkit.workspace import Workspace

SIGN_IN = "operator.sign_in"


def fingerprint(der: bytes) -> str:
    return hashlib.sha256(der).hexdigest()


def usable_operator(session: Session, name: str) -> Operator:
    """The operator, refused if unknown or disabled."""
    op = operator_rows.operator_named(session, name)
    if op is None:
        raise AuthorizationError("authz.unknown_operator", "no operator named {name}", name=name)
    if op.disabled:
        raise AuthorizationError(
            "authz.operator_disabled", "operator {name} is disabled", name=name
        )
    return op


def check_certificate(session: Session, op: Operator, certificate_der: bytes) -> None:
    """The credential's certificate is the operator's, current, and not revoked here."""
    if fingerprint(certificate_der) != op.fingerprint_sha256:
        raise AuthorizationError(
            "authz.credential_not_operators",
            "the credential's certificate is not the one bound to operator {name}",
            name=op.name,
        )
    from cryptography import x509

    cert = x509.load_der_x509_certificate(certificate_der)
    now = dt.datetime.now(dt.UTC)
    if not cert.not_valid_before_utc <= now <= cert.not_valid_after_utc:
        raise AuthorizationError(
            "authz.certificate_expired",
            "the certificate of operator {name} is not valid now (valid {start} to {end})",
            name=op.name,
            start=cert.not_valid_before_utc.isoformat(),
            end=cert.not_valid_after_utc.isoformat(),
        )
    status = operator_rows.issued_status(session, op.fingerprint_sha256)
    if status in ("revoked", "on_hold"):
        raise AuthorizationError(
            "authz.certificate_revoked",
            "the certificate of operator {name} is revoked",
            name=op.name,
        )


def verify_proof(ws: Workspace, name: str, nonce: str, signature_b64: str) -> Acting:
    """Accept a signed challenge once: the challenge must be live and unused, the signature
    the operator's. A replayed proof is refused (the challenge was used)."""
    with refusals_audited(ws, SIGN_IN, name), ws.store.transaction() as session:
        op = usable_operator(session, name)
        if not signature_verifies(
            op.certificate_der, signature_b64, challenge_message(name, nonce)
        ):
            raise AuthorizationError(
                "authz.bad_proof",
                "the proof of operator {name} is not signed with their certificate's key",
                name=name,
            )
        if not operator_rows.consume_challenge(session, nonce, name, dt.datetime.now(dt.UTC)):
            raise AuthorizationError(
                "authz.proof_replayed",
                "the proof of operator {name} was already used or has expired",
                name=name,
            )
    return Acting(name, nonce, signature_b64)


def issue_challenge(ws: Workspace, name: str) -> str:
    with ws.store.transaction() as session:
        usable_operator(session, name)
        return new_challenge(session, name)


def prove(ws: Workspace, who: state.SignedIn) -> tuple[Acting, tuple[str, ...]]:
    """A fresh proof for one action, and the operator's roles as they are now."""
    with refusals_audited(ws, SIGN_IN, who.operator), ws.store.reading() as session:
        op = usable_operator(session, who.operator)
        der = who.credential.certificate.public_bytes(Encoding.DER)
        check_certificate(session, op, der)
        roles = parse_roles(op.roles)
    nonce = issue_challenge(ws, who.operator)
    signature = who.credential.signer.sign_bytes(challenge_message(who.operator, nonce))
    acting = verify_proof(ws, who.operator, nonce, base64.b64encode(signature).decode())
    return acting, roles


def sign_in(ws: Workspace, name: str, credential: SigningCredential) -> tuple[str, ...]:
    """Act as ``name`` on this workspace from now on (this run); checked at once by a first
    proof. Returns the operator's roles."""
    who = state.SignedIn(name, credential)
    _, roles = prove(ws, who)
    state.remember(ws, who)
    return roles


def sign_in_pkcs12(ws: Workspace, name: str, data: bytes, password: bytes) -> tuple[str, ...]:
    """Sign in with a PKCS#12 file's contents; a wrong password is a refusal, audited."""
    with refusals_audited(ws, SIGN_IN, name):
        try:
            credential = from_pkcs12(data, password)
        except IDToolkitError:
            raise AuthorizationError(
                "authz.credential_unreadable",
                "the credential of operator {name} does not open: wrong password or not a "
                "PKCS#12 file with a key",
                name=name,
            ) from None
    return sign_in(ws, name, credential)


def sign_in_token(
    ws: Workspace, name: str, token_label: str, pin_provider: Callable[[str], bytes]
) -> tuple[str, ...]:
    """Sign in with the key labelled ``name`` (and its certificate) on token ``token_label``;
    a wrong PIN is a refusal, audited."""
    from idtoolkit.hsm.module import default_module_path
    from idtoolkit.signing.credentials import from_token

    with refusals_audited(ws, SIGN_IN, name):
        try:
            credential = from_token(
                default_module_path(ws.config.pkcs11_module), token_label, name, pin_provider
            )
        except IDToolkitError as exc:
            raise AuthorizationError(
                "authz.token_credential_failed",
                "the token {token} does not give operator {name}'s key: {problem}",
                token=token_label,
                name=name,
                problem=str(exc),
            ) from None
    return sign_in(ws, name, credential)


def sign_out(ws: Workspace) -> None:
    state.forget(ws)


def signed_in_operator(ws: Workspace) -> str | None:
    who = state.signed_in(ws)
    return who.operator if who is not None else None
