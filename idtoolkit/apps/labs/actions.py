"""Pack steps (setup and reference solutions), each one call of the engine's public API:
what a student does with the CLI or the desktop app, done for them."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509.oid import NameOID

from idtoolkit import api
from idtoolkit.api.bulk import BULK_P12_ROUNDS
from idtoolkit.api.workspace import Workspace
from idtoolkit.apps.labs.pack import Step
from idtoolkit.apps.labs.values import render
from idtoolkit.errors import InputError, NotFoundError


@dataclass
class StepContext:
    ws: Workspace
    values: dict[str, str]
    work: Path
    #: starts the student's services (TSA, OCSP) if they are not running yet
    ensure_services: Callable[[], None]


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def _write(path: Path, data: bytes, private: bool = False) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600 if private else 0o644)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def work_file(ctx: StepContext, name: str) -> Path:
    """A file in the student's work folder; names never leave it."""
    path = (ctx.work / name).resolve()
    if ctx.work.resolve() not in path.parents:
        raise InputError(
            "lab.file_outside_work_folder",
            "{name!r}: files must stay inside the student's work folder",
            name=name,
        )
    return path


def read_work_file(ctx: StepContext, name: str) -> bytes:
    """A file an earlier step (or the student) made; its absence said in words."""
    path = work_file(ctx, name)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise NotFoundError(
            "lab.work_file_missing",
            "{name}: cannot read it in the work folder ({reason}): was the step that makes it done?",
            name=name,
            reason=exc.strerror or exc,
        ) from None


def _key_store(ctx: StepContext, role: str | None) -> str:
    if not role:
        return "software"
    label = ctx.values.get(f"token_{role}")
    if label is None:
        raise InputError("lab.unknown_token_role", "no token role {role!r} in this pack", role=role)
    return f"pkcs11:token={label}"


def common_name(cert: x509.Certificate) -> str:
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else ""


def find_by_cn(ws: Workspace, ca: str, cn: str) -> Any:
    """The newest certificate ``ca`` issued to common name ``cn`` (CertDetails), or None."""
    found = None
    for summary in api.list_certificates(ws, api.CertFilter(ca=ca, text=cn), limit=10_000):
        details = api.find_certificate(ws, summary.serial, ca)
        if common_name(details.certificate) == cn:
            found = details
    return found


def _start(p: dict[str, Any]) -> dt.datetime | None:
    """Validity relative to now (class creation or reset), so a lab never goes stale."""
    if "start_days" not in p:
        return None
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    return now + dt.timedelta(days=int(p["start_days"]))


def _ca(ctx: StepContext, p: dict[str, Any]) -> None:
    """``root`` (no parent) or ``sub``: a CA with a software or token key."""
    options: dict[str, Any] = {
        "key_store": _key_store(ctx, p.get("token")),
        "key_label": p.get("key_label"),
        "days": p.get("days"),
        "not_before": _start(p),
    }
    if "parent" in p:
        api.create_sub(ctx.ws, p["name"], p["parent"], p["subject"], p["key"], **options)
    else:
        api.create_root(ctx.ws, p["name"], p["subject"], p["key"], **options)


def _csr_for(key: Any, subject: str, sans: list[str]) -> x509.CertificateSigningRequest:
    builder = x509.CertificateSigningRequestBuilder().subject_name(api.parse_subject(subject))
    if sans:
        names = [x509.DNSName(s) for s in sans]
        builder = builder.add_extension(x509.SubjectAlternativeName(names), critical=False)
    return builder.sign(key, hashes.SHA256())


def _csr(ctx: StepContext, p: dict[str, Any]) -> None:
    from idtoolkit.api.profiles import key_spec

    key = key_spec(p.get("key", "ec-p256")).generate()
    csr = _csr_for(key, p["subject"], list(p.get("san", [])))
    out = p.get("out", "server")
    _write(work_file(ctx, f"{out}.csr"), csr.public_bytes(serialization.Encoding.PEM))
    issued = api.issue_from_csr(ctx.ws, p["ca"], p["profile"], csr)
    _write(work_file(ctx, f"{out}.pem"), _pem(issued.certificate))


def _issue(ctx: StepContext, p: dict[str, Any]) -> None:
    start = _start(p)
    issued = api.issue_with_new_key(
        ctx.ws,
        p["ca"],
        p["profile"],
        p["subject"],
        p.get("key", "ec-p256"),
        sans=list(p.get("san", [])),
        days=p.get("days"),
        not_before=start,
        p12_rounds=BULK_P12_ROUNDS,
    )
    out = p.get("out", "credential")
    assert issued.pkcs12 is not None and issued.pkcs12_password is not None
    _write(work_file(ctx, f"{out}.p12"), issued.pkcs12, private=True)
    _write(work_file(ctx, f"{out}.password"), issued.pkcs12_password.encode() + b"\n", private=True)
    _write(work_file(ctx, f"{out}.pem"), _pem(issued.certificate))


def _token_key(ctx: StepContext, p: dict[str, Any]) -> Any:
    from idtoolkit.api.profiles import SignatureScheme, key_spec

    backend = ctx.ws.backend_for_store(_key_store(ctx, p.get("token") or "main"))
    return backend.generate(
        key_spec(p.get("key", "ec-p256")), SignatureScheme.PKCS1V15, p["key_label"]
    )


def _token_issue(ctx: StepContext, p: dict[str, Any]) -> None:
    _record, signer = _token_key(ctx, p)
    csr = _csr_for(signer.issuer_key(), p["subject"], [])
    issued = api.issue_from_csr(ctx.ws, p["ca"], p["profile"], csr)
    _write(work_file(ctx, f"{p.get('out', 'card')}.pem"), _pem(issued.certificate))


def _revoke(ctx: StepContext, p: dict[str, Any]) -> None:
    details = find_by_cn(ctx.ws, p["ca"], p["cn"])
    if details is None:
        raise NotFoundError(
            "lab.nothing_to_revoke",
            "no certificate for {cn} from {ca} to revoke",
            cn=p["cn"],
            ca=p["ca"],
        )
    api.revoke(ctx.ws, p["ca"], details.summary.serial, p.get("reason", "unspecified"))


def _crl(ctx: StepContext, p: dict[str, Any]) -> None:
    api.make_crl(ctx.ws, p["ca"])


def _service(ctx: StepContext, p: dict[str, Any]) -> None:
    api.create_service_credential(
        ctx.ws, p["ca"], p["kind"], p["subject"], p.get("key", "ec-p256"), not_before=_start(p)
    )


def _document(ctx: StepContext, p: dict[str, Any]) -> None:
    from idtoolkit.apps.testpki import minimal_pdf

    text = p.get("text", "Lab document")
    _write(work_file(ctx, p["out"]), minimal_pdf(text if isinstance(text, list) else [text]))


def _sign(ctx: StepContext, p: dict[str, Any]) -> None:
    p12 = read_work_file(ctx, f"{p['credential']}.p12")
    password = read_work_file(ctx, f"{p['credential']}.password").strip()
    credential = api.from_pkcs12(p12, password)
    from idtoolkit.api import signing

    tsa = None
    if p.get("tsa", 1):
        ctx.ensure_services()
        tsa = f"{ctx.values['base']}/tsa"
    signed, _ = signing.sign_pdf(read_work_file(ctx, p["document"]), credential, tsa_url=tsa)
    _write(work_file(ctx, p["out"]), signed)


def _tamper(ctx: StepContext, p: dict[str, Any]) -> None:
    data = bytearray(read_work_file(ctx, p["file"]))
    # change one digit of the page text, inside the signed byte range
    at = data.find(b"100")
    if at < 0:
        raise InputError(
            "lab.nothing_to_tamper",
            "{file}: nothing to tamper with (no '100' in the page text)",
            file=p["file"],
        )
    data[at] = ord("9")
    _write(work_file(ctx, p["out"]), bytes(data))


def _acme_endpoint(ctx: StepContext, p: dict[str, Any]) -> None:
    """``idtoolkit acme add``: an ACME endpoint for names under a suffix, validated on the
    student's own high port at 127.0.0.1 (``resolve``: NAME=ADDRESS, as curl's)."""
    from idtoolkit.api import acme

    acme.add_endpoint(
        ctx.ws,
        p["name"],
        p["ca"],
        p.get("profile", "tls-server"),
        http01_port=int(p["http01_port"]),
        resolve=[p["resolve"]] if "resolve" in p else [],
        allow_suffixes=[p["allow_suffix"]] if "allow_suffix" in p else [],
    )


def certbot_command(values: dict[str, str], p: dict[str, Any]) -> list[str]:
    """certbot standalone on the student's high port, against their own endpoint, with its
    configuration, work and log folders in the work folder (no root needed)."""
    return [
        "certbot",
        "certonly",
        "--standalone",
        "--non-interactive",
        "--agree-tos",
        "--register-unsafely-without-email",
        "--server",
        f"{values['base']}/acme/{p['endpoint']}/directory",
        "--http-01-address",
        "127.0.0.1",
        "--http-01-port",
        str(p["http01_port"]),
        "-d",
        p["name"],
        "--cert-name",
        p.get("cert_name", p["endpoint"]),
        "--config-dir",
        "certbot/config",
        "--work-dir",
        "certbot/work",
        "--logs-dir",
        "certbot/logs",
    ]


def _certbot(ctx: StepContext, p: dict[str, Any]) -> None:
    """What the student runs: certbot gets the certificate from the student's services."""
    import shutil
    import subprocess

    if shutil.which("certbot") is None:
        raise NotFoundError("lab.no_certbot", "certbot is not installed on this computer")
    ctx.ensure_services()
    done = subprocess.run(
        certbot_command(ctx.values, p),
        cwd=ctx.work,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if done.returncode != 0:
        lines = (done.stderr or done.stdout).strip().splitlines()
        raise InputError(
            "lab.certbot_failed",
            "certbot failed: {reason}",
            reason=lines[-1] if lines else f"exit {done.returncode}",
        )


ACTIONS: dict[str, Callable[[StepContext, dict[str, Any]], Any]] = {
    "root": _ca,
    "sub": _ca,
    "csr": _csr,
    "issue": _issue,
    "token-key": _token_key,
    "token-issue": _token_issue,
    "revoke": _revoke,
    "crl": _crl,
    "service": _service,
    "document": _document,
    "sign": _sign,
    "tamper": _tamper,
    "acme-endpoint": _acme_endpoint,
    "certbot": _certbot,
}


def run_step(ctx: StepContext, step: Step) -> None:
    params = {key: render(value, ctx.values) for key, value in step.params.items()}
    ACTIONS[step.action](ctx, params)
