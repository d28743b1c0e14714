"""Building a test PKI from a scenario: workspace, CAs, services, credentials, manifest.

The output directory holds everything a developer needs, and says so in ``manifest.json``:

- ``workspace/`` and ``passphrase.txt``: run ``idtoolkit --workspace DIR/workspace
  --passphrase-file DIR/passphrase.txt serve`` to get OCSP, CRL, CA certificates and the TSA;
- ``trust/``: the trust anchors a relying party should configure (``trusted.pem`` holds all of
  them) and, apart, the roots it must *not* trust;
- ``credentials/NAME.p12`` with ``NAME.password`` (0600) and ``NAME.pem``;
- ``manifest.json``: what each credential is and the verdict a correct validator must reach
  (with the reason codes of :mod:`idtoolkit.signing.policy`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from idtoolkit.api.cas import ca_chain, create_root, create_sub
from idtoolkit.api.certificates import create_service_credential, issue_with_new_key, revoke
from idtoolkit.api.crls import make_crl
from idtoolkit.api.files import make_private_dir, write_new
from idtoolkit.api.inputs import os_reason
from idtoolkit.api.signing import ordered, usage_problems_for_signing, verdict_for
from idtoolkit.api.workspace import PROFILES_DIR, Workspace
from idtoolkit.apps.testpki.documents import minimal_pdf
from idtoolkit.apps.testpki.scenario import Scenario, check_base_url, shipped_profiles
from idtoolkit.errors import InputError

MANIFEST_VERSION = 1


@dataclass(frozen=True)
class TestPKI:
    directory: Path
    manifest: dict[str, Any]


def expected_reasons(
    cert: x509.Certificate,
    trusted: bool,
    revocation: str | None,
    now: dt.datetime,
    ca_revoked: bool = False,
) -> list[str]:
    """What a correct validator must object to, validating a signature made now."""
    if not trusted:
        return ["untrusted"]
    reasons = ["ca-revoked"] if ca_revoked else []
    if cert.not_valid_after_utc < now:
        reasons.append("expired")
    elif cert.not_valid_before_utc > now:
        reasons.append("not-yet-valid")
    if revocation == "certificate-hold":
        reasons.append("on-hold")
    elif revocation is not None:
        reasons.append("revoked")
    return ordered(reasons + usage_problems_for_signing(cert))


def _pem(certs: list[x509.Certificate]) -> bytes:
    return b"".join(c.public_bytes(serialization.Encoding.PEM) for c in certs)


def _prepare(out: Path) -> None:
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise InputError(
            "testpki.output_not_empty",
            "{out} exists and is not empty: choose a new directory",
            out=out,
        )
    for parent in out.absolute().parents:
        if parent.exists() and not parent.is_dir():
            raise InputError(
                "testpki.output_parent_is_file",
                "cannot create {out}: {parent} is a file",
                out=out,
                parent=parent,
            )


def create(
    out: Path, scenario: Scenario, base_url: str | None = None, tsa_days: int | None = None
) -> TestPKI:
    """Build the test PKI in ``out`` (new or empty). On failure nothing is left behind.
    ``tsa_days``: the validity of every TSA credential, in place of the scenario's."""
    if base_url is not None:
        check_base_url(base_url, "--base-url")
    if tsa_days is not None:
        if tsa_days < 1:
            raise InputError(
                "testpki.tsa_days_not_positive",
                "the TSA validity must be 1 day or more (got {days})",
                days=tsa_days,
            )
        services = [
            dataclasses.replace(s, days=tsa_days) if s.kind == "tsa" else s
            for s in scenario.services
        ]
        scenario = dataclasses.replace(scenario, services=services)
    _prepare(out)
    # The outermost folder this run creates (``lab/pki`` may create ``lab`` too): removed
    # again on failure.
    created = next((p for p in reversed([out, *out.parents]) if not p.exists()), None)
    try:
        make_private_dir(out)  # credentials and the workspace are inside
    except OSError as exc:
        raise InputError(
            "testpki.cannot_create_output",
            "cannot create {out}: {strerror}",
            out=out,
            strerror=os_reason(exc),
        ) from None
    try:
        return _build(out, scenario, (base_url or scenario.base_url).rstrip("/"))
    except BaseException:
        if created is not None:
            shutil.rmtree(created, ignore_errors=True)
        else:
            for child in out.iterdir():
                shutil.rmtree(child) if child.is_dir() else child.unlink()
        raise


def _build(out: Path, scenario: Scenario, base_url: str) -> TestPKI:
    passphrase = secrets.token_urlsafe(18)
    write_new(out / "passphrase.txt", passphrase.encode() + b"\n", secret=True)
    ws_dir = out / "workspace"
    Workspace.init(ws_dir, passphrase.encode(), base_url=base_url).close()
    (ws_dir / PROFILES_DIR).mkdir(exist_ok=True)
    for name, text in shipped_profiles():
        (ws_dir / PROFILES_DIR / name).write_text(text, "utf-8")
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    ca_start = now - dt.timedelta(days=scenario.backdate_days)
    with Workspace.open(ws_dir) as ws:
        ws.unlock(passphrase.encode())
        for ca in scenario.cas:
            if ca.parent is None:
                create_root(ws, ca.name, ca.subject, ca.key, not_before=ca_start)
            else:
                create_sub(ws, ca.name, ca.parent, ca.subject, ca.key, not_before=ca_start)
        services = []
        for service in scenario.services:
            # A TSA valid since the CAs began can prove times in the past (test signatures
            # that outlive their certificates); an OCSP responder is short-lived, as it must be.
            info = create_service_credential(
                ws,
                service.ca,
                service.kind,
                service.subject,
                service.key,
                days=service.days,
                not_before=ca_start if service.kind == "tsa" else None,
            )
            services.append({"kind": service.kind, "ca": service.ca, "serial": info.serial,
                             "subject": info.subject,
                             "not_after": info.not_after.isoformat()})  # fmt: skip

        credentials_dir = out / "credentials"
        make_private_dir(credentials_dir, exist_ok=False)
        trusted = {c.name: c.trusted for c in scenario.cas}
        parents = {c.name: c.parent for c in scenario.cas}
        revoked_cas = {c.name for c in scenario.cas if c.revoke}

        def under_revoked_ca(name: str | None) -> bool:
            while name is not None:
                if name in revoked_cas:
                    return True
                name = parents[name]
            return False

        entries = []
        for spec in scenario.credentials:
            password = secrets.token_urlsafe(12)
            issued = issue_with_new_key(
                ws,
                spec.ca,
                spec.profile,
                spec.subject,
                spec.key,
                days=spec.days,
                p12_password=password,
                not_before=now + dt.timedelta(days=spec.start_days) if spec.start_days else None,
            )
            if spec.revoke is not None:
                revoke(ws, spec.ca, issued.serial, spec.revoke)
            write_new(credentials_dir / f"{spec.name}.p12", issued.pkcs12 or b"", secret=True)
            write_new(
                credentials_dir / f"{spec.name}.password", password.encode() + b"\n", secret=True
            )
            (credentials_dir / f"{spec.name}.pem").write_bytes(_pem([issued.certificate]))
            checked_at = dt.datetime.now(dt.UTC)
            reasons = expected_reasons(
                issued.certificate,
                trusted[spec.ca],
                spec.revoke,
                checked_at,
                under_revoked_ca(spec.ca),
            )
            entries.append(
                {
                    "name": spec.name,
                    "description": spec.description,
                    "ca": spec.ca,
                    "profile": spec.profile,
                    "subject": issued.certificate.subject.rfc4514_string(),
                    "serial": issued.serial,
                    "not_before": issued.certificate.not_valid_before_utc.isoformat(),
                    "not_after": issued.certificate.not_valid_after_utc.isoformat(),
                    "revocation": spec.revoke,
                    "p12": f"credentials/{spec.name}.p12",
                    "p12_password_file": f"credentials/{spec.name}.password",
                    "certificate": f"credentials/{spec.name}.pem",
                    "expect": {"verdict": verdict_for(reasons), "reasons": reasons},
                }
            )
        for ca in scenario.cas:  # CAs revoked once what they issue exists
            if ca.revoke and ca.parent:
                serial = ca_chain(ws, ca.name)[0].serial_number
                revoke(ws, ca.parent, f"{serial:x}", ca.revoke)
        for ca in scenario.cas:  # CRLs after the revocations, so /crl serves them at once
            make_crl(ws, ca.name)

        trust_dir = out / "trust"
        trust_dir.mkdir()
        anchors: list[str] = []
        others: list[str] = []
        for ca in scenario.cas:
            cert = ca_chain(ws, ca.name)[0]
            (trust_dir / f"{ca.name}.pem").write_bytes(_pem([cert]))
            if ca.parent is None:
                (anchors if ca.trusted else others).append(ca.name)
        (trust_dir / "trusted.pem").write_bytes(_pem([ca_chain(ws, name)[0] for name in anchors]))
    documents = out / "documents"
    documents.mkdir()
    sample = [
        "ID Toolkit test PKI: sample document",
        f"Created {now:%Y-%m-%d %H:%M} UTC. Sign it with any credential in credentials/,",
        "then check that your validator reaches the verdict manifest.json gives.",
    ]
    (documents / "sample.pdf").write_bytes(minimal_pdf(sample))
    (documents / "sample.txt").write_text("\n".join(sample) + "\n", "utf-8")
    manifest: dict[str, Any] = {
        "version": MANIFEST_VERSION,
        "created": now.isoformat(),
        "scenario": scenario.source,
        "base_url": base_url,
        "workspace": "workspace",
        "passphrase_file": "passphrase.txt",
        "serve": f"idtoolkit --workspace {ws_dir.resolve()} "
        f"--passphrase-file {(out / 'passphrase.txt').resolve()} "
        f"serve --port {_port(base_url)}",
        "trust_anchors": [f"trust/{name}.pem" for name in anchors],
        "trusted_bundle": "trust/trusted.pem",
        "untrusted_roots": [f"trust/{name}.pem" for name in others],
        "cas": [
            {
                "name": ca.name,
                "parent": ca.parent,
                "subject": ca.subject,
                "trusted": ca.trusted,
                "crl": f"{base_url}/crl/{ca.name}.crl",
                "certificate": f"{base_url}/ca/{ca.name}.crt",
                "ocsp": f"{base_url}/ocsp/{ca.name}",
            }
            for ca in scenario.cas
        ],
        "services": services,
        "tsa": f"{base_url}/tsa" if any(s.kind == "tsa" for s in scenario.services) else None,
        "credentials": entries,
        "documents": ["documents/sample.pdf", "documents/sample.txt"],
        "verdicts": "valid: every check passes; invalid: a check failed for certain; "
        "indeterminate: a validator lacks what it needs to decide (trust, time, revocation)",
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", "utf-8")
    return TestPKI(out, manifest)


def _port(base_url: str) -> int:
    from urllib.parse import urlsplit

    parts = urlsplit(base_url)
    return parts.port or (443 if parts.scheme == "https" else 80)  # checked: check_base_url
