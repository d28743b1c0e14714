"""Credentials for services: a key in the workspace's key store (software or token) and a
certificate from one of its CAs, which ``idtoolkit serve`` signs with: the time-stamping unit
(profile ``tsa``) and delegated OCSP responders (profile ``ocsp-signer``, one per CA, so the CA
key can stay offline or on its token while the responder answers). The key never leaves its
store, like a CA key."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from cryptography import x509

from idtoolkit import audit_chain
from idtoolkit.ca.authorities import ca_chain, new_stored_key, save_key
from idtoolkit.ca.builder import Request, check_key_type, check_names
from idtoolkit.ca.info import fingerprint
from idtoolkit.ca.inputs import parse_san
from idtoolkit.ca.issuance import issue_request
from idtoolkit.ca.names import parse_subject
from idtoolkit.errors import InputError, NotFoundError
from idtoolkit.keys.signer import Signer
from idtoolkit.keys.spec import SignatureScheme, key_spec
from idtoolkit.store.cas import ca_by_id, ca_by_name
from idtoolkit.store.certificates import certificate_id_by_fingerprint
from idtoolkit.store.models import ServiceCredential
from idtoolkit.store.service_credentials import (
    add_service_credential,
    credentials_valid_at,
    newest_credential,
)
from idtoolkit.store.session import Session
from idtoolkit.workspace import Workspace

PROFILES = {"tsa": "tsa", "ocsp": "ocsp-signer", "tls": "tls-server"}


@dataclass(frozen=True)
class ServiceInfo:
    kind: str
    ca: str
    serial: str
    subject: str
    not_after: dt.datetime


def create_service_credential(
    ws: Workspace,
    ca: str,
    kind: str,
    subject: str,
    key: str,
    *,
    key_store: str = "software",
    days: int | None = None,
    not_before: dt.datetime | None = None,
    sans: Iterable[str] = (),
) -> ServiceInfo:
    """``tls``: the certificate ``serve --tls-port`` presents (its ``sans`` name the host)."""
    if kind not in PROFILES:
        raise InputError(
            "service.unknown_kind",
            "unknown service {kind_name!r}; choose one of: {choices}",
            kind_name=kind,
            choices=", ".join(PROFILES),
        )
    profile = ws.profiles.get(PROFILES[kind])
    spec = key_spec(key)
    check_key_type(profile, spec)
    subject_name = parse_subject(subject)
    names = tuple(parse_san(s) for s in sans)
    check_names(profile, subject_name, names)
    with new_stored_key(ws, key_store, spec, SignatureScheme.PKCS1V15, f"{ca} {kind} key") as (
        record,
        signer,
    ):
        issued, _ = issue_request(
            ws,
            ca,
            profile,
            Request(subject_name, signer.public_key(), spec, names, days, not_before),
            source=f"{kind} service credential",
        )
        with ws.store.transaction() as session:
            save_key(session, ws, record, signer)
            certificate_id = certificate_id_by_fingerprint(session, fingerprint(issued.certificate))
            add_service_credential(
                session,
                ServiceCredential(
                    kind=kind,
                    ca_id=ca_by_name(session, ca).id,
                    key_id=record.id,
                    certificate_id=certificate_id,
                    created_at=dt.datetime.now(dt.UTC),
                ),
            )
            audit_chain.append(
                session, "service.created", {"kind": kind, "ca": ca, "serial": issued.serial}
            )
    return ServiceInfo(kind, ca, issued.serial, subject, issued.certificate.not_valid_after_utc)


@dataclass(frozen=True)
class ServiceSigner:
    signer: Signer
    certificate: x509.Certificate
    chain: list[x509.Certificate]  # the issuing CA up to the root


def delegated_responders(ws: Workspace, session: Session) -> dict[int, ServiceSigner]:
    """Per CA id, its newest ``ocsp`` credential that is valid now, its key unlocked."""
    now = dt.datetime.now(dt.UTC)
    credentials = credentials_valid_at(session, "ocsp", now)
    newest = {credential.ca_id: credential for credential in credentials}
    return {
        ca_id: ServiceSigner(
            ws.signer_for(credential.key),
            x509.load_der_x509_certificate(credential.certificate.der),
            [],
        )
        for ca_id, credential in newest.items()
    }


def service_signer(ws: Workspace, kind: str, ca: str | None = None) -> ServiceSigner:
    """The newest credential of ``kind`` (of CA ``ca`` when given), its key unlocked for this
    process."""
    with ws.store.reading() as session:
        ca_id = ca_by_name(session, ca).id if ca is not None else None
        credential = newest_credential(session, kind, ca_id)
        if credential is None:
            raise NotFoundError(
                "service.credential_missing",
                "no {kind_name} credential{for_ca}: create one first",
                kind_name=kind,
                for_ca=f" for CA {ca!r}" if ca else "",
            )
        signer = ws.signer_for(credential.key)
        certificate = x509.load_der_x509_certificate(credential.certificate.der)
        ca_name = ca_by_id(session, credential.ca_id).name
    return ServiceSigner(signer, certificate, ca_chain(ws, ca_name))


def tls_credential_pem(ws: Workspace) -> tuple[bytes, bytes] | None:
    """The newest ``tls`` credential as (certificate chain PEM, private key PEM) for an HTTPS
    listener, or ``None`` when there is none. Only a software key can be handed to TLS."""
    from cryptography.hazmat.primitives import serialization

    from idtoolkit.keys.signer import SoftwareSigner

    try:
        service = service_signer(ws, "tls")
    except NotFoundError:
        return None
    if not isinstance(service.signer, SoftwareSigner):
        raise InputError(
            "service.tls_key_on_token",
            "the TLS credential's key is on a token; make one with a software key",
        )
    chain = [service.certificate, *[c for c in service.chain if c.issuer != c.subject]]
    pem = b"".join(c.public_bytes(serialization.Encoding.PEM) for c in chain)
    key = service.signer.issuer_key().private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return pem, key
