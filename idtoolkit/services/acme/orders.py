"""Accounts, orders, authorizations, finalization and revocation (RFC 8555 section 7).

Every action is audited with the account key's RFC 7638 thumbprint. Issuance goes through
:func:`idtoolkit.ca.issuance.issue_from_csr`, the same path as ``issue --csr``: profile
checks, pkilint and the issuance audit event.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import secrets
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization

from idtoolkit import audit_chain
from idtoolkit.ca.authorities import ca_chain
from idtoolkit.ca.issuance import issue_from_csr
from idtoolkit.ca.query import find_certificate
from idtoolkit.ca.revocation import revoke
from idtoolkit.ca.serials import serial_to_hex
from idtoolkit.errors import IDToolkitError
from idtoolkit.services.acme import challenges
from idtoolkit.services.acme.endpoints import Endpoint, name_allowed
from idtoolkit.services.acme.jws import b64decode, b64encode, public_jwk, thumbprint
from idtoolkit.services.acme.problems import Problem
from idtoolkit.store import acme as store
from idtoolkit.store.session import Session
from idtoolkit.workspace import Workspace

ORDER_LIFETIME = dt.timedelta(hours=8)
AUTHZ_LIFETIME = dt.timedelta(days=7)
MAX_IDENTIFIERS = 100
#: RFC 8555 7.6 reason codes (RFC 5280 CRLReason) to the engine's reason names.
REASONS = {
    0: "unspecified",
    1: "key-compromise",
    3: "affiliation-changed",
    4: "superseded",
    5: "cessation-of-operation",
    9: "privilege-withdrawn",
}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _stamp(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class Account:
    id: int
    thumbprint: str
    jwk: dict[str, Any]
    status: str
    contact: list[str]
    eab_key_id: str | None


def _account(row: store.AcmeAccount) -> Account:
    return Account(
        row.id,
        row.thumbprint,
        json.loads(row.jwk),
        row.status,
        json.loads(row.contact),
        row.eab_key_id,
    )


def _audit(session: Session, action: str, endpoint: Endpoint, thumb: str, **details: Any) -> None:
    audit_chain.append(
        session,
        f"acme.{action}",
        {"endpoint": endpoint.name, "account_thumbprint": thumb, **details},
    )


# --- accounts ----------------------------------------------------------------------------------
def find_account(
    ws: Workspace, endpoint: Endpoint, *, thumb: str | None = None, account_id: int | None = None
) -> Account | None:
    with ws.store.reading() as session:
        if thumb is not None:
            row = store.account_by_thumbprint(session, endpoint.id, thumb)
        else:
            row = store.account_by_id(session, endpoint.id, account_id or 0)
        return _account(row) if row is not None else None


def _contacts(payload: dict[str, Any]) -> list[str]:
    contact = payload.get("contact", [])
    if not isinstance(contact, list) or not all(isinstance(c, str) for c in contact):
        raise Problem("malformed", "contact must be a list of strings")
    for c in contact:
        if not c.startswith("mailto:") or "," in c or len(c) > 256:
            raise Problem("unsupportedContact", f"only mailto: contacts are supported, not {c!r}")
    return list(contact)


def new_account(
    ws: Workspace,
    endpoint: Endpoint,
    jwk: dict[str, Any],
    payload: dict[str, Any],
    eab: tuple[str, bytes] | None,
) -> tuple[Account, bool]:
    """The account for this key: (account, created). ``eab`` is the checked binding's key id."""
    thumb = thumbprint(jwk)
    existing = find_account(ws, endpoint, thumb=thumb)
    if existing is not None:
        if existing.status != "valid":
            raise Problem("unauthorized", "this account is deactivated")
        return existing, False
    if payload.get("onlyReturnExisting") is True:
        raise Problem("accountDoesNotExist", "no account exists for this key")
    if payload.get("termsOfServiceAgreed") not in (None, True, False):
        raise Problem("malformed", "termsOfServiceAgreed must be a boolean")
    contact = _contacts(payload)
    if endpoint.settings.eab and eab is None:
        raise Problem("externalAccountRequired", "this endpoint needs an external account binding")
    with ws.store.transaction() as session:
        key_id = None
        if eab is not None:
            key_id = eab[0]
            eab_row = store.eab_key(session, endpoint.id, key_id)
            if eab_row is None or eab_row.account_id is not None:
                raise Problem(
                    "unauthorized", "this external account binding key is unknown or used"
                )
        row = store.AcmeAccount(
            endpoint_id=endpoint.id,
            thumbprint=thumb,
            jwk=json.dumps(public_jwk(jwk), sort_keys=True),
            status="valid",
            contact=json.dumps(contact),
            eab_key_id=key_id,
            created_at=_now(),
        )
        store.add(session, row)
        if eab is not None and eab_row is not None:
            eab_row.account_id = row.id
        _audit(session, "account_created", endpoint, thumb, account=row.id, eab_key_id=key_id)
        return _account(row), True


def eab_hmac_key(ws: Workspace, endpoint: Endpoint, key_id: str) -> bytes:
    with ws.store.reading() as session:
        row = store.eab_key(session, endpoint.id, key_id)
        if row is None or row.account_id is not None:
            raise Problem("unauthorized", "this external account binding key is unknown or used")
        return bytes(row.hmac_key)


def update_account(
    ws: Workspace, endpoint: Endpoint, account: Account, payload: dict[str, Any]
) -> Account:
    with ws.store.transaction() as session:
        row = store.account_by_id(session, endpoint.id, account.id)
        assert row is not None
        if "contact" in payload:
            row.contact = json.dumps(_contacts(payload))
        status = payload.get("status")
        if status is not None:
            if status != "deactivated":
                raise Problem("malformed", "an account can only be set to deactivated")
            row.status = "deactivated"
            _audit(session, "account_deactivated", endpoint, account.thumbprint, account=account.id)
        return _account(row)


def change_key(
    ws: Workspace, endpoint: Endpoint, account: Account, new_jwk: dict[str, Any]
) -> Account:
    thumb = thumbprint(new_jwk)
    with ws.store.transaction() as session:
        if store.account_by_thumbprint(session, endpoint.id, thumb) is not None:
            raise Problem("conflict", "another account uses this key already", 409)
        row = store.account_by_id(session, endpoint.id, account.id)
        assert row is not None
        row.thumbprint, row.jwk = thumb, json.dumps(public_jwk(new_jwk), sort_keys=True)
        _audit(
            session,
            "key_changed",
            endpoint,
            account.thumbprint,
            account=account.id,
            new_thumbprint=thumb,
        )
        return _account(row)


def account_view(account: Account, orders_url: str) -> dict[str, Any]:
    return {"status": account.status, "contact": account.contact, "orders": orders_url}


# --- orders ------------------------------------------------------------------------------------
def _identifiers(endpoint: Endpoint, payload: dict[str, Any]) -> list[tuple[str, str]]:
    raw = payload.get("identifiers")
    if not isinstance(raw, list) or not raw:
        raise Problem("malformed", "an order needs a non-empty list of identifiers")
    if len(raw) > MAX_IDENTIFIERS:
        raise Problem(
            "rejectedIdentifier", f"an order may name at most {MAX_IDENTIFIERS} identifiers"
        )
    found: list[tuple[str, str]] = []
    for item in raw:
        if (
            not isinstance(item, dict)
            or not isinstance(item.get("type"), str)
            or not isinstance(item.get("value"), str)
        ):
            raise Problem("malformed", "each identifier is an object with a type and a value")
        kind, value = item["type"], item["value"]
        if kind not in ("dns", "ip"):
            raise Problem("unsupportedIdentifier", f"identifier type {kind!r} is not supported")
        if kind == "ip":
            try:
                value = str(ipaddress.ip_address(value))
            except ValueError:
                raise Problem("malformed", f"{value!r} is not an IP address") from None
        why = name_allowed(endpoint.settings, kind, value)
        if why is not None:
            raise Problem("rejectedIdentifier", why)
        if (kind, value) not in found:
            found.append((kind, value))
    for key in ("notBefore", "notAfter"):
        if payload.get(key) is not None:
            raise Problem("malformed", f"{key} is not supported: the profile sets the lifetime")
    return found


def new_order(ws: Workspace, endpoint: Endpoint, account: Account, payload: dict[str, Any]) -> int:
    identifiers = _identifiers(endpoint, payload)
    now = _now()
    with ws.store.transaction() as session:
        if (
            store.orders_since(session, account.id, now - dt.timedelta(hours=1))
            >= endpoint.settings.orders_per_hour
        ):
            raise Problem(
                "rateLimited",
                f"at most {endpoint.settings.orders_per_hour} new orders an hour per account",
            )
        order = store.AcmeOrder(
            account_id=account.id,
            status="pending",
            identifiers=json.dumps([{"type": k, "value": v} for k, v in identifiers]),
            expires_at=now + ORDER_LIFETIME,
            created_at=now,
        )
        store.add(session, order)
        for kind, value in identifiers:
            session.add(
                store.AcmeAuthorization(
                    order_id=order.id,
                    kind=kind,
                    value=value,
                    status="pending",
                    token=secrets.token_urlsafe(32),
                    expires_at=now + AUTHZ_LIFETIME,
                )
            )
        _audit(
            session,
            "order_created",
            endpoint,
            account.thumbprint,
            account=account.id,
            order=order.id,
            identifiers=[v for _, v in identifiers],
        )
        return order.id


def _order_status(
    order: store.AcmeOrder, authzs: list[store.AcmeAuthorization], now: dt.datetime
) -> str:
    if order.status in ("valid", "invalid", "processing"):
        return order.status
    if any(a.status == "invalid" for a in authzs):
        return "invalid"
    if order.expires_at < now:
        return "invalid"
    if authzs and all(a.status == "valid" for a in authzs):
        return "ready"
    return "pending"


def order_view(ws: Workspace, account: Account, order_id: int, base: str) -> dict[str, Any]:
    with ws.store.reading() as session:
        order = store.order_by_id(session, [account.id], order_id)
        if order is None:
            raise Problem("malformed", "no such order for this account", 404)
        authzs = store.authorizations_of_order(session, order.id)
        view: dict[str, Any] = {
            "status": _order_status(order, authzs, _now()),
            "expires": _stamp(order.expires_at),
            "identifiers": json.loads(order.identifiers),
            "authorizations": [f"{base}/authz/{a.id}" for a in authzs],
            "finalize": f"{base}/order/{order.id}/finalize",
        }
        if order.certificate_serial is not None:
            view["certificate"] = f"{base}/cert/{order.id}"
        if order.error is not None:
            view["error"] = json.loads(order.error)
        return view


def _authz(session: Session, account: Account, authz_id: int) -> store.AcmeAuthorization:
    authz = store.authorization_by_id(session, authz_id)
    if authz is None or store.order_by_id(session, [account.id], authz.order_id) is None:
        raise Problem("malformed", "no such authorization for this account", 404)
    return authz


def _challenge_view(
    endpoint: Endpoint, authz: store.AcmeAuthorization, kind: str, base: str
) -> dict[str, Any]:
    status = "pending"
    if authz.challenge == kind:
        status = {"valid": "valid", "invalid": "invalid"}.get(authz.status, "processing")
    view: dict[str, Any] = {
        "type": kind,
        "url": f"{base}/chall/{authz.id}/{kind}",
        "status": status,
        "token": authz.token,
    }
    if status == "valid" and authz.validated_at is not None:
        view["validated"] = _stamp(authz.validated_at)
    if status == "invalid" and authz.error is not None:
        view["error"] = json.loads(authz.error)
    return view


def authz_view(
    ws: Workspace,
    endpoint: Endpoint,
    account: Account,
    authz_id: int,
    base: str,
    deactivate: bool = False,
) -> dict[str, Any]:
    with ws.store.transaction() as session:
        authz = _authz(session, account, authz_id)
        if deactivate:
            authz.status = "deactivated"
        status = authz.status
        if status == "pending" and authz.expires_at < _now():
            status = "expired"
        kinds = (
            [authz.challenge]
            if authz.status == "valid" and authz.challenge
            else list(endpoint.settings.challenges)
        )
        return {
            "identifier": {"type": authz.kind, "value": authz.value},
            "status": status,
            "expires": _stamp(authz.expires_at),
            "challenges": [_challenge_view(endpoint, authz, k, base) for k in kinds],
        }


def answer_challenge(
    ws: Workspace, endpoint: Endpoint, account: Account, authz_id: int, kind: str, base: str
) -> tuple[dict[str, Any], str]:
    """Validate now (the client listens before it answers); returns (challenge, authz URL)."""
    if kind not in endpoint.settings.challenges:
        raise Problem("malformed", f"this endpoint does not offer {kind}", 404)
    with ws.store.reading() as session:
        authz = _authz(session, account, authz_id)
        pending = authz.status == "pending" and authz.expires_at >= _now()
        ident, token = (authz.kind, authz.value), authz.token
    if pending:
        key_auth = f"{token}.{account.thumbprint}"
        error: Problem | None = None
        try:
            if kind == "http-01":
                challenges.http01(endpoint.settings, ident[0], ident[1], token, key_auth)
            else:
                challenges.tls_alpn01(endpoint.settings, ident[0], ident[1], key_auth)
        except Problem as exc:
            error = exc
        with ws.store.transaction() as session:
            authz = _authz(session, account, authz_id)
            if authz.status == "pending":
                authz.challenge = kind
                authz.status = "invalid" if error else "valid"
                authz.validated_at = None if error else _now()
                authz.error = json.dumps(error.document()) if error else None
                _audit(
                    session,
                    "challenge",
                    endpoint,
                    account.thumbprint,
                    account=account.id,
                    authorization=authz.id,
                    identifier=ident[1],
                    type=kind,
                    result="invalid" if error else "valid",
                    **({"error": error.detail} if error else {}),
                )
    with ws.store.reading() as session:
        authz = _authz(session, account, authz_id)
        return _challenge_view(endpoint, authz, kind, base), f"{base}/authz/{authz.id}"


# --- finalize, certificate, revocation ----------------------------------------------------------
def _csr_names(csr: x509.CertificateSigningRequest) -> set[tuple[str, str]]:
    names: set[tuple[str, str]] = set()
    try:
        sans = csr.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        names |= {("dns", str(n).lower()) for n in sans.get_values_for_type(x509.DNSName)}
        names |= {("ip", str(a)) for a in sans.get_values_for_type(x509.IPAddress)}
    except x509.ExtensionNotFound:
        pass
    except ValueError:
        raise Problem("badCSR", "the CSR's extensions do not parse") from None
    for attribute in csr.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME):
        value = str(attribute.value).lower()
        try:
            names.add(("ip", str(ipaddress.ip_address(value))))
        except ValueError:
            names.add(("dns", value))
    return names


def finalize(
    ws: Workspace, endpoint: Endpoint, account: Account, order_id: int, payload: dict[str, Any]
) -> None:
    try:
        csr = x509.load_der_x509_csr(b64decode(payload.get("csr")))
        signed = csr.is_signature_valid
    except ValueError:
        raise Problem("badCSR", "the csr field is not a DER certificate request") from None
    if not signed:
        raise Problem("badCSR", "the CSR is not signed by its key")
    with ws.store.transaction() as session:
        order = store.order_by_id(session, [account.id], order_id)
        if order is None:
            raise Problem("malformed", "no such order for this account", 404)
        status = _order_status(order, store.authorizations_of_order(session, order.id), _now())
        if status != "ready":
            raise Problem(
                "orderNotReady", f"the order is {status}, not ready: answer its challenges first"
            )
        wanted = {(i["type"], i["value"]) for i in json.loads(order.identifiers)}
        order.status = "processing"
    try:
        if _csr_names(csr) != wanted:
            raise Problem("badCSR", "the CSR's names differ from the order's identifiers")
        key_der = csr.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        from idtoolkit.services.acme.jws import public_key

        account_der = public_key(account.jwk).public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        if key_der == account_der:
            raise Problem("badCSR", "the certificate key must differ from the account key")
        subject = None
        if len(csr.subject) == 0:  # certbot sends no subject: the first DNS name becomes the CN
            first = sorted(v for k, v in wanted if k == "dns")
            if first and len(first[0]) <= 64:
                subject = f"CN={first[0]}"
        try:
            issued = issue_from_csr(
                ws, endpoint.ca, endpoint.profile, csr, subject=subject, days=endpoint.settings.days
            )
        except IDToolkitError as exc:
            raise Problem("badCSR", f"refused by profile {endpoint.profile}: {exc}") from None
    except BaseException:
        with ws.store.transaction() as session:
            order = store.order_by_id(session, [account.id], order_id)
            if order is not None:
                order.status = "pending"  # back to ready (its authorizations stay valid)
        raise
    with ws.store.transaction() as session:
        order = store.order_by_id(session, [account.id], order_id)
        assert order is not None
        order.status, order.certificate_serial = "valid", issued.serial
        _audit(
            session,
            "certificate_issued",
            endpoint,
            account.thumbprint,
            account=account.id,
            order=order_id,
            serial=issued.serial,
            ca=issued.ca,
            profile=issued.profile,
        )


def certificate_chain(ws: Workspace, endpoint: Endpoint, account: Account, order_id: int) -> bytes:
    with ws.store.reading() as session:
        order = store.order_by_id(session, [account.id], order_id)
        serial = order.certificate_serial if order is not None else None
    if serial is None:
        raise Problem("malformed", "no certificate for this order", 404)
    cert = find_certificate(ws, serial, endpoint.ca).certificate
    chain = [c for c in ca_chain(ws, endpoint.ca) if c.issuer != c.subject]
    return b"".join(c.public_bytes(serialization.Encoding.PEM) for c in [cert, *chain])


def revoke_certificate(
    ws: Workspace,
    endpoint: Endpoint,
    account: Account | None,
    signer_der: bytes,
    payload: dict[str, Any],
) -> None:
    """Revoke when the request is signed by the account that ordered the certificate, or by
    the certificate's own key (RFC 8555 7.6)."""
    try:
        cert = x509.load_der_x509_certificate(b64decode(payload.get("certificate")))
    except ValueError:
        raise Problem("malformed", "the certificate field is not a DER certificate") from None
    reason_code = payload.get("reason", 0)
    if not isinstance(reason_code, int) or reason_code not in REASONS:
        raise Problem("badRevocationReason", f"reason {reason_code!r} is not accepted")
    serial = serial_to_hex(cert.serial_number)
    try:
        stored = find_certificate(ws, serial, endpoint.ca)
    except IDToolkitError:
        raise Problem("malformed", "this certificate was not issued here", 404) from None
    if stored.certificate.fingerprint(hashes.SHA256()) != cert.fingerprint(hashes.SHA256()):
        raise Problem("malformed", "this certificate was not issued here", 404)
    with ws.store.reading() as session:
        order = store.order_by_serial(session, serial)
        owner = order.account_id if order is not None else None
    key_der = cert.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    if not (account is not None and owner == account.id) and signer_der != key_der:
        raise Problem(
            "unauthorized", "only the ordering account or the certificate's key may revoke it"
        )
    if stored.revoked_at is not None:
        raise Problem("alreadyRevoked", "this certificate is revoked already")
    revoke(ws, endpoint.ca, serial, REASONS[reason_code])
    thumb = account.thumbprint if account is not None else "certificate key"
    with ws.store.transaction() as session:
        _audit(
            session,
            "certificate_revoked",
            endpoint,
            thumb,
            serial=serial,
            reason=REASONS[reason_code],
        )


def renewal_info(ws: Workspace, endpoint: Endpoint, cert_id: str) -> dict[str, Any]:
    """RFC 9773: renew in the last third of the lifetime (a window, so renewals spread)."""
    aki_b64, dot, serial_b64 = cert_id.partition(".")
    if not dot:
        raise Problem(
            "malformed", "a renewalInfo id is base64url(AKI keyIdentifier).base64url(serial)"
        )
    aki, serial_bytes = b64decode(aki_b64), b64decode(serial_b64)
    serial = serial_to_hex(int.from_bytes(serial_bytes, "big"))
    try:
        details = find_certificate(ws, serial, endpoint.ca)
    except IDToolkitError:
        raise Problem("malformed", "no certificate with this serial here", 404) from None
    cert = details.certificate
    try:
        key_id = cert.extensions.get_extension_for_class(
            x509.AuthorityKeyIdentifier
        ).value.key_identifier
    except x509.ExtensionNotFound:
        key_id = None
    if key_id != aki:
        raise Problem("malformed", "the authority key identifier does not match", 404)
    start, end = cert.not_valid_before_utc, cert.not_valid_after_utc
    if details.revoked_at is not None:
        now = _now()
        return {
            "suggestedWindow": {"start": _stamp(now - dt.timedelta(hours=1)), "end": _stamp(now)}
        }
    life = end - start
    return {
        "suggestedWindow": {
            "start": _stamp(start + life * 2 / 3),
            "end": _stamp(start + life * 5 / 6),
        }
    }


def cert_id_of(cert: x509.Certificate) -> str:
    """The renewalInfo id of a certificate (used by tests and the directory's example)."""
    aki = (
        cert.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier).value.key_identifier
        or b""
    )
    serial = cert.serial_number.to_bytes((cert.serial_number.bit_length() + 8) // 8, "big")
    return f"{b64encode(aki)}.{b64encode(serial)}"
