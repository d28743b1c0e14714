"""Proof of identity: an operator signs a fresh, single-use challenge from the store with the
key of their bound certificate; an approver signs a request's hash the same way.

Each signed message starts with its purpose, so a signature made for one purpose (a
challenge) is never valid for another (an approval). Signatures are kept (base64) with what
they authorize and verify offline against the operator's certificate.
"""

from __future__ import annotations

import base64
import datetime as dt
import secrets

from cryptography import x509
from cryptography.exceptions import InvalidSignature

from idtoolkit.keys.signer import verify_bytes
from idtoolkit.store import operators as operator_rows
from idtoolkit.store.models import OperatorChallenge
from idtoolkit.store.session import Session

CHALLENGE_SECONDS = 300


def challenge_message(operator: str, nonce: str) -> bytes:
    return f"idtoolkit operator proof\n{operator}\n{nonce}\n".encode()


def approval_message(request_id: int, parameters_sha256: str, decision: str) -> bytes:
    return f"idtoolkit approval\n{request_id}\n{parameters_sha256}\n{decision}\n".encode()


def new_challenge(session: Session, operator: str) -> str:
    now = dt.datetime.now(dt.UTC)
    nonce = secrets.token_hex(32)
    operator_rows.add_challenge(
        session,
        OperatorChallenge(
            nonce=nonce,
            operator_name=operator,
            created_at=now,
            expires_at=now + dt.timedelta(seconds=CHALLENGE_SECONDS),
            used_at=None,
        ),
    )
    return nonce


def signature_verifies(certificate_der: bytes, signature_b64: str, message: bytes) -> bool:
    """Whether the signature is the certificate's key's over ``message`` (offline)."""
    try:
        cert = x509.load_der_x509_certificate(certificate_der)
        verify_bytes(cert.public_key(), base64.b64decode(signature_b64), message)
    except (InvalidSignature, ValueError, TypeError):
        return False
    except Exception:  # a key type no CA can have: not a valid proof either
        return False
    return True
