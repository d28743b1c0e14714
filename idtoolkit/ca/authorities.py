"""Creating, requesting and importing CAs.

A CA row never exists without its key, and a key row never without its CA: both, the CA's
certificate and the audit events are written in one transaction after everything that can fail
(profile checks, key generation, signing, linting) has succeeded.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from idtoolkit import audit_chain, oids
from idtoolkit import sentence_parts as parts
from idtoolkit.ca.builder import Issuer, Request, check_key_type, check_subject, plan_certificate
from idtoolkit.ca.certificate_recording import record_ca_certificate
from idtoolkit.ca.crl import make_crl
from idtoolkit.ca.info import CAInfo, ca_certificate, check_ca_name, fingerprint
from idtoolkit.ca.inputs import load_certificates, load_pkcs12, load_private_key
from idtoolkit.ca.issuers import check_may_sign_ca, issuer_and_signer
from idtoolkit.ca.names import format_subject, parse_subject
from idtoolkit.ca.ocsp_presign import presign_quietly
from idtoolkit.ca.serials import new_serial, serial_to_hex
from idtoolkit.errors import (
    AlreadyExistsError,
    IDToolkitError,
    InputError,
    KeyStoreError,
    ProfileViolation,
)
from idtoolkit.keys.backends import SoftwareBackend
from idtoolkit.keys.signer import Signer
from idtoolkit.keys.spec import KeyAlgorithm, KeySpec, SignatureScheme, key_spec, spec_of_public_key
from idtoolkit.lint.gate import lint_or_reject
from idtoolkit.lint.results import LintReport
from idtoolkit.profiles.model import Profile
from idtoolkit.states import CAStatus
from idtoolkit.store.cas import (
    add_ca,
    all_cas,
    ca_by_name,
    ca_name_taken,
    ca_with_certificate_fingerprint,
    cas_with_certificate,
)
from idtoolkit.store.keys import add_key
from idtoolkit.store.models import CARecord, CertificateRecord, KeyRecord
from idtoolkit.store.session import Session
from idtoolkit.workspace import Workspace


def _ca_profile(ws: Workspace, name: str) -> Profile:
    profile = ws.profiles.get(name)
    if not profile.is_ca:
        raise ProfileViolation(
            "ca.profile_not_for_ca",
            "profile '{name}' is not a CA profile (use root-ca or sub-ca)",
            name=name,
        )
    return profile


def _ensure_new_name(session: Session, name: str) -> None:
    check_ca_name(name)
    if ca_name_taken(session, name):
        raise AlreadyExistsError("ca.name_taken", "a CA named {name!r} exists already", name=name)


def _scheme(spec: KeySpec, rsa_pss: bool) -> SignatureScheme:
    if rsa_pss and spec.algorithm is not KeyAlgorithm.RSA:
        raise InputError("ca.rsa_pss_needs_rsa", "RSA-PSS applies to RSA keys only")
    return SignatureScheme.PSS if rsa_pss else SignatureScheme.PKCS1V15


def _precheck(profile: Profile, subject: x509.Name, spec: KeySpec) -> None:
    check_key_type(profile, spec)
    check_subject(profile, subject)


def _new_ca_record(
    ws: Workspace,
    name: str,
    profile: Profile,
    subject: x509.Name,
    status: CAStatus,
    parent: CARecord | None,
    base_url: str | None,
    crl_days: int | None,
) -> CARecord:
    # One default per kind of CA, whatever the path that made it: a root publishes rarely,
    # any other CA (a sub-CA made here, requested for an offline root, or imported) weekly.
    is_root = parent is None and status != "pending"
    default_days = ws.config.root_crl_days if is_root else ws.config.crl_days
    return CARecord(
        name=name,
        parent_id=parent.id if parent else None,
        status=status,
        profile=profile.name,
        subject=format_subject(subject),
        base_url=(base_url or ws.config.base_url).rstrip("/"),
        crl_days=crl_days or default_days,
        delta_crl_hours=ws.config.delta_crl_hours,
        created_at=dt.datetime.now(dt.UTC),
    )


def _attach_certificate(
    session: Session, ca: CARecord, cert: x509.Certificate, issuer: CARecord | None
) -> CertificateRecord:
    """Store a CA's own certificate and point the CA at it; with no issuer in the workspace
    (a root) the CA is recorded as its own issuer."""
    add_ca(session, ca)
    row = record_ca_certificate(session, cert, issuer.id if issuer else ca.id, ca.profile)
    ca.certificate_id = row.id
    return row


@contextmanager
def new_stored_key(
    ws: Workspace,
    key_store: str,
    spec: KeySpec,
    scheme: SignatureScheme,
    label: str,
    existing: tuple[str | None, str | None] = (None, None),
) -> Iterator[tuple[KeyRecord, Signer]]:
    """Generate a CA key (or take an ``existing`` token key by label or id); if anything
    after fails, remove a generated key again, so no key is left on a token without a CA
    record, and no CA record without its key."""
    backend = ws.backend_for_store(key_store)
    existing_label, existing_id = existing
    if existing_label or existing_id:
        adopt = getattr(backend, "adopt_existing", None)
        if adopt is None:
            raise KeyStoreError(
                "ca.existing_key_needs_token",
                "an existing key can only be used from a token",
            )
        try:
            key_id = bytes.fromhex(existing_id) if existing_id else None
        except ValueError:
            raise InputError(
                "ca.key_id_not_hex",
                "key id {key_id!r} is not hexadecimal",
                key_id=existing_id,
            ) from None
        record, signer = adopt(existing_label, key_id, scheme)
        if record.key_type != spec.name:
            raise InputError(
                "ca.token_key_type_mismatch",
                "the token key is {key_type}, not {wanted}",
                key_type=record.key_type,
                wanted=spec.name,
            )
        yield record, signer
        return
    record, signer = backend.generate(spec, scheme, label)
    try:
        yield record, signer
    except BaseException as failure:
        try:
            backend.discard(record)
        except IDToolkitError as exc:
            raise KeyStoreError(
                "ca.new_key_not_removed",
                "{failure}; and the new key {label!r} (id {token_key_id}) could not be removed from token {token_label!r}: {exc}",
                failure=failure,
                label=label,
                token_key_id=record.token_key_id,
                token_label=record.token_label,
                exc=exc,
            ) from failure
        raise


def save_key(session: Session, ws: Workspace, record: KeyRecord, signer: Signer) -> None:
    add_key(session, record)
    ws.remember_signer(record, signer)
    audit_chain.append(
        session,
        "key.created",
        {
            "key_id": record.id,
            "label": record.label,
            "type": record.key_type,
            "scheme": key_spec(record.key_type).signature_name(
                SignatureScheme(record.signature_scheme)
            ),
            "store": record.backend,
            **({"token": record.token_label} if record.token_label else {}),
        },
    )


@dataclass(frozen=True)
class _NewCA:
    """What :func:`create_root` and :func:`create_sub` are asked for, beyond the parent: the
    one set of options both paths read, so they cannot drift apart."""

    name: str
    subject: str
    key: str
    key_store: str
    rsa_pss: bool
    days: int | None
    profile: str
    base_url: str | None
    crl_days: int | None
    not_before: dt.datetime | None
    key_label: str | None
    key_id: str | None


def _record_new_ca(
    session: Session,
    ws: Workspace,
    new: _NewCA,
    profile: Profile,
    subject: x509.Name,
    parent: CARecord | None,
    key: tuple[KeyRecord, Signer],
    cert: x509.Certificate,
    report: LintReport,
) -> CAInfo:
    """Key, CA, certificate and audit events of a new active CA, in the caller's transaction."""
    key_record, signer = key
    _ensure_new_name(session, new.name)
    save_key(session, ws, key_record, signer)
    ca = _new_ca_record(
        ws, new.name, profile, subject, CAStatus.ACTIVE, parent, new.base_url, new.crl_days
    )
    ca.key_id = key_record.id
    cert_row = _attach_certificate(session, ca, cert, parent)
    audit_chain.append(
        session,
        "ca.created",
        {
            "ca": new.name,
            "kind": "subordinate" if parent else "root",
            **({"parent": parent.name} if parent else {}),
            "subject": ca.subject,
            "serial": cert_row.serial_hex,
            "fingerprint_sha256": cert_row.fingerprint_sha256,
            "key_id": key_record.id,
            "lint_warnings": [f.code for f in report.warnings],
            **({"lint_skipped": list(report.skipped)} if report.skipped else {}),
        },
    )
    session.flush()
    return CAInfo.of(ca)


def _create_ca(ws: Workspace, new: _NewCA, parent: str | None) -> CAInfo:
    """A new CA with a new key: self-signed without ``parent``, else signed by that CA of
    this workspace. Everything that can fail runs before the one transaction that records it."""
    ca_profile = _ca_profile(ws, new.profile)
    subject_name = parse_subject(new.subject)
    spec = key_spec(new.key)
    scheme = _scheme(spec, new.rsa_pss)
    _precheck(ca_profile, subject_name, spec)
    issuer: Issuer | None = None
    parent_signer: Signer | None = None
    with ws.store.reading() as session:
        _ensure_new_name(session, new.name)
        if parent is not None:
            issuer, parent_signer = issuer_and_signer(ws, ca_by_name(session, parent))
    if issuer is not None:
        check_may_sign_ca(issuer)
    label = f"{new.name} CA key"
    with new_stored_key(ws, new.key_store, spec, scheme, label, (new.key_label, new.key_id)) as (
        key_record,
        signer,
    ):
        base = issuer.base_url if issuer else (new.base_url or ws.config.base_url).rstrip("/")
        plan = plan_certificate(
            ca_profile,
            Request(
                subject_name, signer.public_key(), spec, days=new.days, not_before=new.not_before
            ),
            issuer,
            new.name,
            base,
            new_serial(),
        )
        cert = (parent_signer or signer).sign_certificate(plan.builder)
        report = lint_or_reject(cert.public_bytes(serialization.Encoding.DER), ca_profile, base)
        with ws.store.transaction() as session:
            parent_ca = ca_by_name(session, parent) if parent is not None else None
            info = _record_new_ca(
                session,
                ws,
                new,
                ca_profile,
                subject_name,
                parent_ca,
                (key_record, signer),
                cert,
                report,
            )
    if parent is not None and info.serial:  # the parent's OCSP answer for it (RFC 6960 2.5)
        presign_quietly(ws, parent, [info.serial])
    return publish_first_crl(ws, info)


def create_root(
    ws: Workspace,
    name: str,
    subject: str,
    key: str,
    *,
    key_store: str = "software",
    rsa_pss: bool = False,
    days: int | None = None,
    profile: str = "root-ca",
    base_url: str | None = None,
    crl_days: int | None = None,
    not_before: dt.datetime | None = None,
    key_label: str | None = None,
    key_id: str | None = None,
) -> CAInfo:
    """A self-signed root CA with a new key."""
    new = _NewCA(
        name,
        subject,
        key,
        key_store,
        rsa_pss,
        days,
        profile,
        base_url,
        crl_days,
        not_before,
        key_label,
        key_id,
    )
    return _create_ca(ws, new, parent=None)


def create_sub(
    ws: Workspace,
    name: str,
    parent: str,
    subject: str,
    key: str,
    *,
    key_store: str = "software",
    rsa_pss: bool = False,
    days: int | None = None,
    profile: str = "sub-ca",
    base_url: str | None = None,
    crl_days: int | None = None,
    not_before: dt.datetime | None = None,
    key_label: str | None = None,
    key_id: str | None = None,
) -> CAInfo:
    """A subordinate CA signed by a CA of this workspace."""
    new = _NewCA(
        name,
        subject,
        key,
        key_store,
        rsa_pss,
        days,
        profile,
        base_url,
        crl_days,
        not_before,
        key_label,
        key_id,
    )
    return _create_ca(ws, new, parent=parent)


def publish_first_crl(ws: Workspace, info: CAInfo) -> CAInfo:
    """Every CA that can sign has a current CRL from its first day: a relying party following
    the distribution point of anything it issues must find one (``serve`` keeps it fresh)."""
    make_crl(ws, info.name)
    return info


def request_sub(
    ws: Workspace,
    name: str,
    subject: str,
    key: str,
    *,
    key_store: str = "software",
    rsa_pss: bool = False,
    profile: str = "sub-ca",
    base_url: str | None = None,
    crl_days: int | None = None,
    key_label: str | None = None,
    key_id: str | None = None,
) -> tuple[CAInfo, bytes]:
    """Offline-root flow, step 1: a sub-CA key and a CSR (PEM) to carry to the root."""
    ca_profile = _ca_profile(ws, profile)
    subject_name = parse_subject(subject)
    spec = key_spec(key)
    scheme = _scheme(spec, rsa_pss)
    _precheck(ca_profile, subject_name, spec)
    with ws.store.reading() as session:
        _ensure_new_name(session, name)
    with new_stored_key(ws, key_store, spec, scheme, f"{name} CA key", (key_label, key_id)) as (
        key_record,
        signer,
    ):
        csr = signer.sign_csr(
            x509.CertificateSigningRequestBuilder()
            .subject_name(subject_name)
            .add_extension(
                x509.BasicConstraints(ca=True, path_length=ca_profile.path_length), critical=True
            )
        )
        csr_der = csr.public_bytes(serialization.Encoding.DER)
        with ws.store.transaction() as session:
            _ensure_new_name(session, name)
            save_key(session, ws, key_record, signer)
            ca = _new_ca_record(
                ws, name, ca_profile, subject_name, CAStatus.PENDING, None, base_url, crl_days
            )
            ca.key_id = key_record.id
            ca.csr_der = csr_der
            add_ca(session, ca)
            audit_chain.append(
                session,
                "ca.requested",
                {
                    "ca": name,
                    "subject": ca.subject,
                    "key_id": key_record.id,
                    "csr_sha256": _sha256(csr_der),
                },
            )
            session.flush()
            return CAInfo.of(ca), csr.public_bytes(serialization.Encoding.PEM)


def _sha256(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def _find_issuer(
    session: Session, cert: x509.Certificate, exclude: int | None = None
) -> CARecord | None:
    for candidate in cas_with_certificate(session):
        if candidate.id == exclude or candidate.certificate is None:
            continue
        issuer_cert = x509.load_der_x509_certificate(candidate.certificate.der)
        if issuer_cert.subject != cert.issuer:
            continue
        try:
            cert.verify_directly_issued_by(issuer_cert)
        except (ValueError, TypeError, Exception):
            continue
        return candidate
    return None


def _external_name(session: Session, cert: x509.Certificate) -> str:
    from cryptography.x509.oid import NameOID

    cns = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    base = re.sub(r"[^A-Za-z0-9_.-]+", "-", str(cns[0].value) if cns else "external-ca").strip("-.")
    base = (base or "external-ca")[:56]
    name, n = base, 2
    while ca_name_taken(session, name):
        name, n = f"{base}-{n}", n + 1
    return name


def _link_issuers(
    session: Session,
    ws: Workspace,
    cert: x509.Certificate,
    chain: list[x509.Certificate],
    exclude: int | None,
) -> CARecord | None:
    """Find (or record, from ``chain``) the issuer of ``cert``; None when it is self-signed."""
    if cert.issuer == cert.subject:
        try:
            cert.verify_directly_issued_by(cert)
            return None
        except Exception:
            pass
    found = _find_issuer(session, cert, exclude)
    if found is not None:
        return found
    for candidate in chain:
        if candidate.subject != cert.issuer:
            continue
        try:
            cert.verify_directly_issued_by(candidate)
        except Exception:
            continue
        grandparent = _link_issuers(
            session, ws, candidate, [c for c in chain if c is not candidate], exclude
        )
        external = _new_ca_record(
            ws,
            _external_name(session, candidate),
            ws.profiles.get("root-ca" if grandparent is None else "sub-ca"),
            candidate.subject,
            CAStatus.EXTERNAL,
            grandparent,
            None,
            ws.config.crl_days,
        )
        external.base_url = None  # it publishes nothing from here
        row = _attach_certificate(session, external, candidate, grandparent)
        audit_chain.append(
            session,
            "ca.imported",
            {
                "ca": external.name,
                "kind": "certificate only",
                "subject": external.subject,
                "fingerprint_sha256": row.fingerprint_sha256,
            },
        )
        return external
    raise InputError(
        "ca.issuer_not_in_workspace",
        "the issuer of {subject!r} ({issuer}) is not in this workspace: give its certificate (and any above it) as the chain",
        subject=format_subject(cert.subject),
        issuer=format_subject(cert.issuer),
    )


def _check_ca_cert(cert: x509.Certificate) -> None:
    try:
        constraints = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
    except x509.ExtensionNotFound:
        constraints = None
    if constraints is None or not constraints.ca:
        raise InputError(
            "ca.certificate_not_ca",
            "{subject!r} is not a CA certificate (basicConstraints cA is not TRUE)",
            subject=format_subject(cert.subject),
        )


def _refuse_expired(cert: x509.Certificate, what: str, hint: str = "") -> None:
    """A CA whose certificate has expired (or is not yet valid) can sign nothing useful."""
    now = dt.datetime.now(dt.UTC)
    if cert.not_valid_after_utc <= now:
        raise InputError(
            "ca.certificate_expired",
            "{what} expired on {not_after:%Y-%m-%d %H:%M} UTC: an expired CA cannot issue certificates or CRLs{hint}",
            what=what,
            not_after=cert.not_valid_after_utc,
            hint=hint,
        )


def import_signed_cert(
    ws: Workspace, name: str, cert_data: bytes, chain_data: bytes | None = None
) -> CAInfo:
    """Offline-root flow, step 3: complete a pending sub-CA with the certificate the root signed."""
    certs = load_certificates(cert_data, parts.CA_CERTIFICATE)
    cert, chain = certs[0], certs[1:]
    if chain_data:
        chain += load_certificates(chain_data, parts.CHAIN)
    _check_ca_cert(cert)
    _refuse_expired(cert, "the signed certificate")
    with ws.store.transaction() as session:
        ca = ca_by_name(session, name)
        if ca.status != CAStatus.PENDING or ca.key is None:
            raise InputError(
                "ca.not_awaiting_certificate",
                "CA {name!r} is not waiting for a certificate (status: {status})",
                name=name,
                status=ca.status,
            )
        if (
            cert.public_key().public_bytes(
                serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
            )
            != ca.key.public_key_der
        ):
            raise InputError(
                "ca.certificate_key_mismatch",
                "the certificate's public key is not the key of CA {name!r}",
                name=name,
            )
        parent = _link_issuers(session, ws, cert, chain, exclude=ca.id)
        ca.parent_id = parent.id if parent else None
        row = _attach_certificate(session, ca, cert, parent)
        ca.status = CAStatus.ACTIVE
        ca.subject = format_subject(cert.subject)
        ca.csr_der = None
        audit_chain.append(
            session,
            "ca.certificate_imported",
            {
                "ca": name,
                "serial": row.serial_hex,
                "fingerprint_sha256": row.fingerprint_sha256,
                "parent": parent.name if parent else None,
            },
        )
        session.flush()
        session.refresh(ca)
        info = CAInfo.of(ca)
    return publish_first_crl(ws, info)


def import_ca(
    ws: Workspace,
    name: str,
    *,
    cert_data: bytes | None = None,
    key_data: bytes | None = None,
    key_password: bytes | None = None,
    p12_data: bytes | None = None,
    chain_data: bytes | None = None,
    token_key: tuple[KeyRecord, Signer] | None = None,
) -> CAInfo:
    """Bring an existing CA in: certificate + key (PEM/DER) or PKCS#12; or a certificate alone,
    which records the CA as a trust anchor / chain member that cannot sign here.
    ``token_key`` is a key already on a token (a restored backup) for the certificate."""
    private_key = None
    extra: list[x509.Certificate] = []
    if p12_data is not None:
        private_key, cert, extra = load_pkcs12(p12_data, key_password)
    elif cert_data is not None:
        certs = load_certificates(cert_data, parts.CA_CERTIFICATE)
        cert, extra = certs[0], certs[1:]
        if key_data is not None:
            private_key = load_private_key(key_data, key_password, "CA key")
    else:
        raise InputError(
            "ca.import_needs_certificate",
            "give the CA certificate or a PKCS#12 file",
        )
    if chain_data:
        extra += load_certificates(chain_data, parts.CHAIN)
    _check_ca_cert(cert)
    spki = cert.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    key_record: KeyRecord | None = None
    signer: Signer | None = None
    if token_key is not None or private_key is not None:
        _refuse_expired(
            cert,
            "this CA certificate",
            " (import the certificate alone, without its key, to keep it as a trust anchor "
            "for old signatures)",
        )
    if token_key is not None:
        key_record, signer = token_key
        if key_record.public_key_der != spki:
            raise InputError(
                "ca.token_key_mismatch",
                "the token key does not belong to the CA certificate",
            )
    elif private_key is not None:
        if (
            private_key.public_key().public_bytes(
                serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
            )
            != spki
        ):
            raise InputError(
                "ca.private_key_mismatch",
                "the private key does not belong to the CA certificate",
            )
        backend = ws.backend("software")
        assert isinstance(backend, SoftwareBackend)
        spec = spec_of_public_key(cert.public_key())
        scheme = (
            SignatureScheme.PSS
            if cert.signature_algorithm_oid == oids.RSASSA_PSS
            else SignatureScheme.PKCS1V15
        )
        key_record, signer = backend.adopt(
            private_key,
            scheme if spec.algorithm is KeyAlgorithm.RSA else SignatureScheme.PKCS1V15,
            f"{name} CA key (imported)",
        )
    with ws.store.transaction() as session:
        _ensure_new_name(session, name)
        if ca_with_certificate_fingerprint(session, fingerprint(cert)):
            raise AlreadyExistsError(
                "ca.certificate_already_here",
                "this CA certificate is in the workspace already",
            )
        parent = _link_issuers(session, ws, cert, extra, exclude=None)
        if key_record is not None and signer is not None:
            save_key(session, ws, key_record, signer)
        ca = _new_ca_record(
            ws,
            name,
            ws.profiles.get("root-ca" if parent is None else "sub-ca"),
            cert.subject,
            CAStatus.ACTIVE if key_record is not None else CAStatus.EXTERNAL,
            parent,
            None,
            None,
        )
        ca.key_id = key_record.id if key_record else None
        row = _attach_certificate(session, ca, cert, parent)
        audit_chain.append(
            session,
            "ca.imported",
            {
                "ca": name,
                "kind": "with key" if key_record else "certificate only",
                "subject": ca.subject,
                "serial": serial_to_hex(cert.serial_number),
                "fingerprint_sha256": row.fingerprint_sha256,
            },
        )
        session.flush()
        session.refresh(ca)
        info = CAInfo.of(ca)
    return publish_first_crl(ws, info) if key_record is not None else info


def list_cas(ws: Workspace) -> list[CAInfo]:
    with ws.store.reading() as session:
        return [CAInfo.of(ca) for ca in all_cas(session)]


def show_ca(ws: Workspace, name: str) -> tuple[CAInfo, x509.Certificate | None]:
    with ws.store.reading() as session:
        ca = ca_by_name(session, name)
        cert = x509.load_der_x509_certificate(ca.certificate.der) if ca.certificate else None
        return CAInfo.of(ca), cert


def ca_chain(ws: Workspace, name: str) -> list[x509.Certificate]:
    """The CA's certificate followed by its issuers up to the root."""
    with ws.store.reading() as session:
        ca: CARecord | None = ca_by_name(session, name)
        chain: list[x509.Certificate] = []
        seen: set[int] = set()
        while ca is not None and ca.id not in seen:
            seen.add(ca.id)
            chain.append(ca_certificate(ca))
            ca = ca.parent
        return chain


def pending_csr(ws: Workspace, name: str) -> bytes:
    with ws.store.reading() as session:
        ca = ca_by_name(session, name)
        if ca.csr_der is None:
            raise InputError(
                "ca.no_pending_request", "CA {name!r} has no pending request", name=name
            )
        return x509.load_der_x509_csr(ca.csr_der).public_bytes(serialization.Encoding.PEM)


__all__ = [
    "ca_chain",
    "create_root",
    "create_sub",
    "import_ca",
    "import_signed_cert",
    "list_cas",
    "pending_csr",
    "request_sub",
    "show_ca",
]
