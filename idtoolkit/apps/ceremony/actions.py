"""What each step action does on the engine. Each returns the files it produced (name ->
bytes, written by the runner, never here) and the values it records in the transcript.

A step interrupted half-way is run again on resume; the actions whose effect would otherwise
happen twice (a token key, a CA) find and reuse what the first attempt made.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509.oid import NameOID

from idtoolkit.apps.ceremony.script import Script, Step
from idtoolkit.errors import InputError, KeyStoreError, NotFoundError
from idtoolkit.keys.spec import SignatureScheme, key_spec
from idtoolkit.workspace import Workspace

REHEARSAL_MARK = b"REHEARSAL - not for production use\n"


@dataclass
class StepContext:
    ws: Workspace
    script: Script
    key_store: str
    rehearsal: bool
    script_dir: Path
    so_pin: Callable[[str], bytes] | None = None
    recorded: dict[str, str] = field(default_factory=dict)  # values typed for manual steps


@dataclass
class StepResult:
    files: dict[str, bytes]
    recorded: dict[str, Any]


def _pem(cert: x509.Certificate, ctx: StepContext) -> bytes:
    data = cert.public_bytes(serialization.Encoding.PEM)
    return REHEARSAL_MARK + data if ctx.rehearsal else data


def _subject(text: str, ctx: StepContext) -> str:
    """Rehearsal certificates say so in their common name."""
    if not ctx.rehearsal:
        return text
    parts = text.split(",")
    for i, part in enumerate(parts):
        if part.strip().upper().startswith("CN="):
            value = part.split("=", 1)[1]
            parts[i] = f"CN=REHEARSAL {value}"[: 3 + 64]
    return ",".join(parts)


def _ca_exists(ws: Workspace, name: str) -> bool:
    from idtoolkit.ca.authorities import show_ca

    try:
        show_ca(ws, name)
    except NotFoundError:
        return False
    return True


def _ca_cert(ws: Workspace, name: str) -> x509.Certificate:
    from idtoolkit.ca.authorities import ca_chain

    return ca_chain(ws, name)[0]


def generate_key(step: Step, ctx: StepContext) -> StepResult:
    from idtoolkit.hsm.keys import PKCS11Backend

    p = step.params
    backend = ctx.ws.backend_for_store(ctx.key_store)
    if not isinstance(backend, PKCS11Backend):
        raise KeyStoreError(
            "ceremony.generate_key_needs_token", "generate_key needs a token key store"
        )
    spec = key_spec(p["key"])
    try:  # resumed after an interruption: the key may be there already
        record, _ = backend.adopt_existing(label=p["label"])
        reused = True
    except KeyStoreError:
        reused = False
        if p.get("backupable"):
            from idtoolkit.hsm.key_wrap import generate_backupable_key

            generate_backupable_key(
                backend.module_path,
                backend.token_label,
                ctx.ws.pin(backend.token_label),
                spec,
                p["label"],
            )
            record, _ = PKCS11Backend(
                backend.module_path, backend.token_label, ctx.ws.pin
            ).adopt_existing(label=p["label"])
        else:
            record, _ = backend.generate(spec, SignatureScheme.PKCS1V15, p["label"])
    public = serialization.load_der_public_key(record.public_key_der)
    pem = public.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return StepResult(
        {f"{p['label']}.pub.pem": (REHEARSAL_MARK + pem) if ctx.rehearsal else pem},
        {
            "token": backend.token_label,
            "key_id": record.token_key_id,
            "key_type": record.key_type,
            "backupable": bool(p.get("backupable")),
            **({"reused_after_interruption": True} if reused else {}),
        },
    )


def create_root(step: Step, ctx: StepContext) -> StepResult:
    from idtoolkit.ca.authorities import create_root as engine_create_root

    p = step.params
    reused = _ca_exists(ctx.ws, p["ca"])
    if not reused:
        engine_create_root(
            ctx.ws,
            p["ca"],
            _subject(p["subject"], ctx),
            p["key"],
            key_store=ctx.key_store,
            days=p.get("days"),
            profile=p.get("profile") or "root-ca",
            base_url=p.get("base_url"),
            crl_days=p.get("crl_days"),
            key_label=p.get("key_label"),
        )
    cert = _ca_cert(ctx.ws, p["ca"])
    return StepResult(
        {f"{p['ca']}.pem": _pem(cert, ctx)},
        {
            "subject": cert.subject.rfc4514_string(),
            "serial": f"{cert.serial_number:x}",
            "fingerprint_sha256": cert.fingerprint(hashes.SHA256()).hex(),
            **({"reused_after_interruption": True} if reused else {}),
        },
    )


def _rehearsal_csr(subject: str, key: str) -> x509.CertificateSigningRequest:
    spec = key_spec(key)
    private = spec.generate()
    from idtoolkit.ca.names import parse_subject

    algorithm = spec.hash_algorithm()
    return (
        x509.CertificateSigningRequestBuilder()
        .subject_name(parse_subject(subject))
        .sign(private, algorithm)
    )


def sign_csr(step: Step, ctx: StepContext) -> StepResult:
    from idtoolkit.ca.inputs import load_csr
    from idtoolkit.ca.issuance import issue_from_csr

    p = step.params
    path = (ctx.script_dir / p["csr"]).resolve()
    if path.exists():
        csr = load_csr(path.read_bytes(), str(path))
        source = path.name
    elif ctx.rehearsal:
        csr = _rehearsal_csr(_subject(p.get("subject") or f"CN={p['name']}", ctx), "ec-p256")
        source = "generated for the rehearsal"
    else:
        raise InputError(
            "ceremony.step_csr_missing",
            "step {id}: the CSR {path} is missing",
            id=step.id,
            path=path,
        )
    issued = issue_from_csr(
        ctx.ws,
        p["ca"],
        p.get("profile") or "sub-ca",
        csr,
        subject=_subject(p["subject"], ctx) if p.get("subject") else None,
        days=p.get("days"),
    )
    cert = issued.certificate
    return StepResult(
        {f"{p['name']}.pem": _pem(cert, ctx)},
        {
            "csr": source,
            "subject": cert.subject.rfc4514_string(),
            "serial": issued.serial,
            "fingerprint_sha256": cert.fingerprint(hashes.SHA256()).hex(),
        },
    )


def publish_crl(step: Step, ctx: StepContext) -> StepResult:
    from idtoolkit.ca.crl import make_crl

    p = step.params
    info = make_crl(ctx.ws, p["ca"])
    data = info.pem()
    return StepResult(
        {f"{p['ca']}.crl": (REHEARSAL_MARK + data) if ctx.rehearsal else data},
        {"number": info.number, "next_update": info.next_update.isoformat()},
    )


def service_credential(step: Step, ctx: StepContext) -> StepResult:
    from idtoolkit.ca.query import find_certificate
    from idtoolkit.ca.service_credentials import create_service_credential

    p = step.params
    info = create_service_credential(
        ctx.ws,
        p["ca"],
        p["kind"],
        _subject(p["subject"], ctx),
        p["key"],
        key_store=ctx.key_store,
        days=p.get("days"),
    )
    cert = find_certificate(ctx.ws, info.serial, p["ca"]).certificate
    return StepResult(
        {f"{p['ca']}-{p['kind']}.pem": _pem(cert, ctx)},
        {"serial": info.serial, "subject": info.subject},
    )


def split_backup(step: Step, ctx: StepContext) -> StepResult:
    from idtoolkit.ca.backup_shares import split_ca_key

    p = step.params
    so_pin: bytes | None = None
    with ctx.ws.store.reading() as session:
        from idtoolkit.store.cas import ca_by_name

        ca = ca_by_name(session, p["ca"])
        token = ca.key.token_label if ca.key is not None else None
    if token:
        if ctx.so_pin is None:
            raise KeyStoreError(
                "ceremony.backup_needs_token_security",
                "this backup needs the token's security officer PIN",
            )
        so_pin = ctx.so_pin(token)
    with tempfile.TemporaryDirectory() as tmp:
        result = split_ca_key(
            ctx.ws,
            p["ca"],
            p["threshold"],
            p["shares"],
            Path(tmp),
            ceremony=ctx.script.id,
            so_pin=so_pin,
            rehearsal=ctx.rehearsal,
        )
        files = {f.name: f.read_bytes() for f in [result.backup_file, *result.share_files]}
    return StepResult(
        files, {"kind": result.kind, "threshold": p["threshold"], "shares": p["shares"]}
    )


def seal_audit(step: Step, ctx: StepContext) -> StepResult:
    from idtoolkit.audit_seals import create_seal, seal_bytes

    seal = create_seal(ctx.ws, step.params["ca"])
    data = seal_bytes(seal)
    if ctx.rehearsal:  # a marker for readers; the signed statement is unchanged
        data = data.replace(b"{\n", b'{\n  "rehearsal": true,\n', 1)
    return StepResult(
        {f"audit-seal-{step.params['ca']}.json": data},
        {"sealed_seq": seal.seq, "sealed_hash": seal.hash},
    )


def manual(step: Step, ctx: StepContext) -> StepResult:
    return StepResult({}, dict(ctx.recorded))


ACTIONS: dict[str, Callable[[Step, StepContext], StepResult]] = {
    "generate_key": generate_key,
    "create_root": create_root,
    "sign_csr": sign_csr,
    "publish_crl": publish_crl,
    "service_credential": service_credential,
    "split_backup": split_backup,
    "seal_audit": seal_audit,
    "manual": manual,
}


def common_name(cert: x509.Certificate) -> str:
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else cert.subject.rfc4514_string()
