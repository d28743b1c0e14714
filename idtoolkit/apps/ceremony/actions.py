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

from idtoolkit.api.profiles import SignatureScheme, key_spec
from idtoolkit.api.workspace import Workspace
from idtoolkit.apps.ceremony.script import Script, Step
from idtoolkit.errors import AlreadyExistsError, InputError, KeyStoreError, NotFoundError

REHEARSAL_MARK = b"REHEARSAL - not for production use\n"


@dataclass
class StepContext:
    ws: Workspace
    script: Script
    key_store: str
    rehearsal: bool
    script_dir: Path
    so_pin: Callable[[str], bytes] | None = None
    recorded: dict[str, Any] = field(default_factory=dict)  # values typed before the step


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


def ca_exists(ws: Workspace, name: str) -> bool:
    from idtoolkit.api.cas import show_ca

    try:
        show_ca(ws, name)
    except NotFoundError:
        return False
    return True


def _ca_cert(ws: Workspace, name: str) -> x509.Certificate:
    from idtoolkit.api.cas import ca_chain

    return ca_chain(ws, name)[0]


def check_key_label_free(step: Step, ctx: StepContext) -> None:
    """Before a ``generate_key`` step first starts: a key with its label on the token is not
    this ceremony's (a step interrupted after making its key was started already and never
    comes here), so refuse rather than record someone else's key as the one just made."""
    from idtoolkit.api.tokens import PKCS11Backend, list_keys

    backend = ctx.ws.backend_for_store(ctx.key_store)
    if not isinstance(backend, PKCS11Backend):
        return  # generate_key itself says it needs a token
    label = step.params["label"]
    keys = list_keys(backend.module_path, backend.token_label, ctx.ws.pin)
    if any(key.label == label for key in keys):
        raise AlreadyExistsError(
            "ceremony.key_label_taken",
            "step {id}: token {token!r} holds a key labelled {label!r} already; a new "
            "ceremony makes its own key: give the step another label, or use another token",
            id=step.id,
            token=backend.token_label,
            label=label,
        )


def generate_key(step: Step, ctx: StepContext) -> StepResult:
    from idtoolkit.api.tokens import PKCS11Backend

    p = step.params
    backend = ctx.ws.backend_for_store(ctx.key_store)
    if not isinstance(backend, PKCS11Backend):
        raise KeyStoreError(
            "ceremony.generate_key_needs_token", "generate_key needs a token key store"
        )
    spec = key_spec(p["key"])
    try:  # the step was interrupted after making its key (check_key_label_free ran before)
        record, _ = backend.adopt_existing(label=p["label"])
        reused = True
    except KeyStoreError:
        reused = False
        if p.get("backupable"):
            from idtoolkit.api.tokens import generate_backupable_key

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
    from idtoolkit.api.cas import create_root as engine_create_root

    p = step.params
    reused = ca_exists(ctx.ws, p["ca"])
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
    from idtoolkit.api.inputs import parse_subject

    algorithm = spec.hash_algorithm()
    return (
        x509.CertificateSigningRequestBuilder()
        .subject_name(parse_subject(subject))
        .sign(private, algorithm)
    )


def _request(step: Step, ctx: StepContext) -> x509.CertificateSigningRequest | None:
    """The step's CSR file, parsed (None when it is not there)."""
    from idtoolkit.api.inputs import load_csr

    path = (ctx.script_dir / step.params["csr"]).resolve()
    if not path.exists():
        return None
    return load_csr(path.read_bytes(), str(path))


def preview_sign_csr(step: Step, ctx: StepContext) -> dict[str, Any]:
    """The request's hash, shown before the confirmation: witnesses compare it with the one
    the issuing CA's operator sent before anything is signed."""
    from idtoolkit.api.certificates import csr_fingerprint

    csr = _request(step, ctx)
    return {} if csr is None else {"csr_sha256": csr_fingerprint(csr)}


def sign_csr(step: Step, ctx: StepContext) -> StepResult:
    from idtoolkit.api.certificates import csr_fingerprint, issue_from_csr

    p = step.params
    path = (ctx.script_dir / p["csr"]).resolve()
    found = _request(step, ctx)
    if found is not None:
        csr = found
        source = path.name
    elif ctx.rehearsal:
        csr = _rehearsal_csr(_subject(p.get("subject") or f"CN={p['name']}", ctx), "ec-p256")
        source = "generated for the rehearsal"
    else:
        raise InputError(
            "ceremony.csr_missing",
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
            "csr_sha256": csr_fingerprint(csr),
            "subject": cert.subject.rfc4514_string(),
            "serial": issued.serial,
            "fingerprint_sha256": cert.fingerprint(hashes.SHA256()).hex(),
        },
    )


def publish_crl(step: Step, ctx: StepContext) -> StepResult:
    from idtoolkit.api.crls import make_crl

    p = step.params
    info = make_crl(ctx.ws, p["ca"])
    data = info.pem()
    return StepResult(
        {f"{p['ca']}.crl": (REHEARSAL_MARK + data) if ctx.rehearsal else data},
        {"number": info.number, "next_update": info.next_update.isoformat()},
    )


def service_credential(step: Step, ctx: StepContext) -> StepResult:
    from idtoolkit.api.certificates import create_service_credential, find_certificate

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
        {
            "serial": info.serial,
            "subject": info.subject,
            "fingerprint_sha256": cert.fingerprint(hashes.SHA256()).hex(),
        },
    )


def split_backup(step: Step, ctx: StepContext) -> StepResult:
    from idtoolkit.api.cas import show_ca, split_ca_key

    p = step.params
    so_pin: bytes | None = None
    token = show_ca(ctx.ws, p["ca"])[0].token_label
    if token:
        if ctx.so_pin is None:
            raise KeyStoreError(
                "ceremony.backup_needs_so_pin",
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
        files,
        {
            "kind": result.kind,
            "threshold": p["threshold"],
            "shares": p["shares"],
            **ctx.recorded,  # envelopes: which numbered envelope holds which share
        },
    )


def seal_audit(step: Step, ctx: StepContext) -> StepResult:
    from idtoolkit.api.audit import create_seal, seal_bytes

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


#: What must hold before a step first starts (a resumed step that started already skips it).
BEFORE_FIRST_START: dict[str, Callable[[Step, StepContext], None]] = {
    "generate_key": check_key_label_free,
}

#: What an action can tell before it runs (values shown before the confirmation).
PREVIEWS: dict[str, Callable[[Step, StepContext], dict[str, Any]]] = {
    "sign_csr": preview_sign_csr,
}


def common_name(cert: x509.Certificate) -> str:
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else cert.subject.rfc4514_string()
