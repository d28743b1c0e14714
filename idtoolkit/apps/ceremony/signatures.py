"""Participants' signatures over the transcript: detached CMS made by the ``sign`` engine,
one file per participant under ``signatures/``, counted against the script's role quorum.

A certificate counts once, for the role it signed as (no one fills two roles' quorum), and
only when its signature over the exact transcript bytes validates to a trusted anchor. The
role is claimed inside the signature (CAdES signer-attributes-v2) and must match the file's
name: renaming a witness's file to a crypto-officer's fills no quorum.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import cms
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from idtoolkit.api.credentials import SigningCredential
from idtoolkit.apps.ceremony.script import Script
from idtoolkit.apps.ceremony.transcript import TRANSCRIPT
from idtoolkit.errors import AlreadyExistsError, InputError

SIGNATURES = "signatures"
#: Participants' certificates usually come from an offline participants' CA without CRLs.
_ACCEPTED_REASONS = {"revocation-unknown"}


@dataclass(frozen=True)
class RoleSignature:
    role: str
    signer: str
    fingerprint: str
    file: str
    ok: bool
    problem: str = ""


def sign_transcript(
    directory: Path, script: Script, role: str, credential: SigningCredential
) -> Path:
    from idtoolkit.api.signing import sign_cms

    try:
        script.role(role)
    except KeyError:
        raise InputError(
            "ceremony.unknown_role",
            "{role!r} is not a role of ceremony {id} (roles: {roles})",
            role=role,
            id=script.id,
            roles=", ".join(r.name for r in script.roles),
        ) from None
    data = (directory / TRANSCRIPT).read_bytes()
    der = credential.certificate.public_bytes(serialization.Encoding.DER)
    fp = hashlib.sha256(der).hexdigest()
    target = directory / SIGNATURES / f"{role}--{fp[:16]}.p7s"
    if target.exists():
        raise AlreadyExistsError(
            "ceremony.role_signed_already",
            "{credential_name} has signed as {role} already ({name})",
            credential_name=credential_name(credential.certificate),
            role=role,
            name=target.name,
        )
    signature, _ = sign_cms(data, credential, claimed_role=role)
    target.parent.mkdir(exist_ok=True)
    tmp = target.with_suffix(".tmp")
    tmp.write_bytes(signature)
    tmp.replace(target)
    return target


def credential_name(cert: x509.Certificate) -> str:
    from idtoolkit.api.inputs import format_subject

    return format_subject(cert.subject)


def check_signatures(directory: Path, trust: list[x509.Certificate]) -> list[RoleSignature]:
    from idtoolkit.api.signing import verify_cms

    data = (directory / TRANSCRIPT).read_bytes()
    found: list[RoleSignature] = []
    for path in sorted((directory / SIGNATURES).glob("*.p7s")):
        role = path.name.split("--", 1)[0]
        try:
            report = verify_cms(data, path.read_bytes(), trust, fetch=False, file=path.name)
        except InputError as exc:
            found.append(RoleSignature(role, "?", "", path.name, False, str(exc)))
            continue
        bad = [r for r in report.reasons if r not in _ACCEPTED_REASONS]
        problem = "; ".join(str(c.detail) for c in report.checks if c.outcome == "failed")
        claimed = _claimed_roles(path.read_bytes())
        if claimed != [role]:
            bad.append("role")
            problem = (
                f"it was signed as {', '.join(claimed)}, not as {role}"
                if claimed
                else "it claims no role inside the signature"
            )
        found.append(
            RoleSignature(
                role,
                report.signer,
                f"{report.issuer}/{report.signer_serial}",
                path.name,
                not bad,
                problem or ", ".join(bad),
            )
        )
    return found


def _claimed_roles(signature: bytes) -> list[str]:
    from idtoolkit.api.signing import claimed_roles

    try:
        content = cms.ContentInfo.load(signature)
        return claimed_roles(content["content"])
    except (ValueError, TypeError, KeyError):
        return []


def quorum_problems(script: Script, signatures: list[RoleSignature]) -> list[str]:
    problems = [
        f"signature {s.file} ({s.role}) is not valid: {s.problem}" for s in signatures if not s.ok
    ]
    counted: dict[str, set[str]] = {r.name: set() for r in script.roles}
    seen: set[str] = set()
    for s in signatures:
        if not s.ok:
            continue
        if s.role not in counted:
            problems.append(f"signature {s.file} claims role {s.role!r}, which the script lacks")
            continue
        if s.fingerprint in seen:  # one person counts once, whatever roles they claim
            continue
        seen.add(s.fingerprint)
        counted[s.role].add(s.fingerprint)
    for role in script.roles:
        have = len(counted[role.name])
        if have < role.minimum:
            problems.append(
                f"role {role.name}: {have} of the {role.minimum} required signature(s) "
                "on the transcript"
            )
    return problems
