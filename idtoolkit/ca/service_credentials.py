"""Credentials for services: a key in the workspace's key store (software or token) and a
certificate from one of its CAs, which ``idtoolkit serve`` signs with: the time-stamping unit
(profile ``tsa``) and delegated OCSP responders (profile ``ocsp-signer``, one per CA, so the CA
key can stay offline or on its token while the responder answers). The key never leaves its
store, like a CA key."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cryptography import x509
from sqlalchemy import select
from sqlalchemy.orm import Session

from idtoolkit import audit_chain
from idtoolkit.ca.authorities import ca_chain, new_stored_key, save_key
from idtoolkit.ca.builder import Request, check_key_type, check_names
from idtoolkit.ca.issuance import issue_request
from idtoolkit.ca.names import parse_subject
from idtoolkit.ca.records import fingerprint, get_ca
from idtoolkit.errors import InputError, NotFoundError
from idtoolkit.keys.signer import Signer
from idtoolkit.keys.spec import SignatureScheme, key_spec
from idtoolkit.states import CertStatus
from idtoolkit.store.models import CARecord, CertificateRecord, ServiceCredential
from idtoolkit.workspace import Workspace

PROFILES = {"tsa": "tsa", "ocsp": "ocsp-signer"}


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
) -> ServiceInfo:
    if kind not in PROFILES:
        raise InputError(
            "ca.unknown_service_choose_one",
            "unknown service {kind_!r}; choose one of: {value}",
            kind_=kind,
            value=", ".join(PROFILES),
        )
    profile = ws.profiles.get(PROFILES[kind])
    spec = key_spec(key)
    check_key_type(profile, spec)
    subject_name = parse_subject(subject)
    check_names(profile, subject_name, ())
    with new_stored_key(ws, key_store, spec, SignatureScheme.PKCS1V15, f"{ca} {kind} key") as (
        record,
        signer,
    ):
        issued, _ = issue_request(
            ws,
            ca,
            profile,
            Request(subject_name, signer.public_key(), spec, (), days, not_before),
            source=f"{kind} service credential",
        )
        with ws.store.transaction() as session:
            save_key(session, ws, record, signer)
            certificate_id = session.execute(
                select(CertificateRecord.id).where(
                    CertificateRecord.fingerprint_sha256 == fingerprint(issued.certificate)
                )
            ).scalar_one()
            session.add(
                ServiceCredential(
                    kind=kind,
                    ca_id=get_ca(session, ca).id,
                    key_id=record.id,
                    certificate_id=certificate_id,
                    created_at=dt.datetime.now(dt.UTC),
                )
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
    credentials = (
        session.execute(
            select(ServiceCredential)
            .join(CertificateRecord, ServiceCredential.certificate_id == CertificateRecord.id)
            .where(
                ServiceCredential.kind == "ocsp",
                CertificateRecord.status == CertStatus.VALID,
                CertificateRecord.not_before <= now,
                CertificateRecord.not_after > now,
            )
            .order_by(ServiceCredential.id)
        )
        .scalars()
        .all()
    )
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
        query = select(ServiceCredential).where(ServiceCredential.kind == kind)
        if ca is not None:
            query = query.where(ServiceCredential.ca_id == get_ca(session, ca).id)
        credential = session.execute(
            query.order_by(ServiceCredential.id.desc()).limit(1)
        ).scalar_one_or_none()
        if credential is None:
            raise NotFoundError(
                "service.credential_missing",
                "no {kind_} credential{value}: create one first",
                kind_=kind,
                value=f" for CA {ca!r}" if ca else "",
            )
        signer = ws.signer_for(credential.key)
        certificate = x509.load_der_x509_certificate(credential.certificate.der)
        issuing = session.get(CARecord, credential.ca_id)
        assert issuing is not None
        ca_name = issuing.name
    return ServiceSigner(signer, certificate, ca_chain(ws, ca_name))
