"""Audit seals: the chain's head signed by a CA key, kept by an auditor outside the database.

The hash chain proves events were not changed *relative to the head*, but the head lives in
the database it protects: someone who can write the database can rewrite an event, recompute
every later hash and store the new head. A seal is that head (sequence number and hash)
signed with a CA's or service's key, on its token where it lives, in a small file the auditor
takes away. ``verify_seals`` recomputes the chain from the first event and checks that the
hash it arrives at for the sealed sequence number is the one the seal signed.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization

from idtoolkit import audit_chain
from idtoolkit.ca.info import fingerprint
from idtoolkit.ca.issuers import issuer_and_signer
from idtoolkit.errors import AuditError, InputError
from idtoolkit.keys.signer import verify_bytes
from idtoolkit.keys.spec import spec_of_public_key
from idtoolkit.sentence_parts import os_reason
from idtoolkit.store.cas import ca_by_name
from idtoolkit.workspace import Workspace

FORMAT = "idtoolkit-audit-seal-1"


@dataclass(frozen=True)
class Seal:
    ca: str
    seq: int
    hash: str
    at: str
    certificate: x509.Certificate
    signature: bytes
    source: str = ""

    def statement(self) -> bytes:
        """The signed bytes: canonical JSON of what the seal asserts."""
        return audit_chain.canonical_json(
            {"format": FORMAT, "ca": self.ca, "seq": self.seq, "hash": self.hash, "at": self.at}
        ).encode()


def seal_bytes(seal: Seal) -> bytes:
    data = {
        "format": FORMAT,
        "ca": seal.ca,
        "seq": seal.seq,
        "hash": seal.hash,
        "at": seal.at,
        "certificate": seal.certificate.public_bytes(serialization.Encoding.PEM).decode(),
        "signature": base64.b64encode(seal.signature).decode(),
    }
    return (json.dumps(data, indent=2) + "\n").encode()


def create_seal(ws: Workspace, ca_name: str) -> Seal:
    """Sign the current head with ``ca_name``'s key; refuses when the chain is already broken
    (sealing a rewritten history would certify it)."""
    with ws.store.reading() as session:
        result = audit_chain.verify(session)
        if not result.ok:
            raise AuditError(
                "seal.chain_broken",
                "the audit chain is broken, refusing to seal it: {problem}",
                problem=result.problem,
            )
        if result.head is None:
            raise AuditError("seal.trail_empty", "the audit trail is empty: nothing to seal")
        ca = ca_by_name(session, ca_name)
        issuer, signer = issuer_and_signer(ws, ca)
    seq_text, digest = result.head.split(":", 1)
    at = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    unsigned = Seal(ca_name, int(seq_text), digest, at, issuer.certificate, b"")
    signature = signer.sign_bytes(unsigned.statement())
    seal = Seal(ca_name, unsigned.seq, digest, at, issuer.certificate, signature)
    _check_signature(seal)
    with ws.store.transaction() as session:
        audit_chain.append(
            session,
            "audit.sealed",
            {
                "ca": ca_name,
                "seq": seal.seq,
                "hash": digest,
                "signer": fingerprint(issuer.certificate),
            },
        )
    return seal


#: A seal file is a few kilobytes; anything much larger is not one (and is not parsed).
_MAX_SEAL_BYTES = 1 << 20


def _text(raw: dict[str, Any], key: str) -> str:
    value = raw[key]
    if not isinstance(value, str):
        raise ValueError(key)
    return value


def load_seal(data: bytes, source: str) -> Seal:
    """Parse a seal file, refusing in one line anything that is not exactly one: a sequence
    number that is not a positive integer (``1e999``, ``true``), nesting deep enough to exhaust
    the parser, a certificate whose key no CA can have."""
    try:
        if len(data) > _MAX_SEAL_BYTES:
            raise ValueError("too large")
        raw: Any = json.loads(data)
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise ValueError
        seq = raw["seq"]
        if not isinstance(seq, int) or isinstance(seq, bool) or not 0 < seq < 2**63:
            raise ValueError("seq")
        certificate = x509.load_pem_x509_certificate(_text(raw, "certificate").encode())
        spec_of_public_key(certificate.public_key())  # a key type a CA can have
        return Seal(
            _text(raw, "ca"),
            seq,
            _text(raw, "hash"),
            _text(raw, "at"),
            certificate,
            base64.b64decode(_text(raw, "signature"), validate=True),
            source,
        )
    except (
        ValueError,
        KeyError,
        TypeError,
        binascii.Error,
        RecursionError,
        UnsupportedAlgorithm,
        x509.InvalidVersion,
        InputError,
    ):
        raise InputError(
            "seal.not_recognised",
            "{source} is not an ID Toolkit audit seal",
            source=source,
        ) from None


def _check_signature(seal: Seal) -> None:
    try:
        verify_bytes(seal.certificate.public_key(), seal.signature, seal.statement())
    except InvalidSignature:
        raise AuditError(
            "seal.signature_invalid",
            "seal {source}: its signature does not verify with the certificate it carries (the seal file was changed)",
            source=seal.source or seal.ca,
        ) from None


def verify_seals(ws: Workspace, seals: list[Seal]) -> list[str]:
    """Check each seal's signature, that its signer is the workspace's CA of that name, and that
    the recomputed chain reaches the sealed hash at the sealed sequence number. Returns one
    line per seal; raises AuditError naming the first seal that fails."""
    wanted = {s.seq for s in seals}
    recomputed: dict[int, str] = {}
    with ws.store.reading() as session:
        prev = audit_chain.GENESIS
        for event in audit_chain.iter_events(session):
            prev = audit_chain.event_hash(
                prev,
                event.seq,
                audit_chain.time_text(event.at),
                event.actor,
                event.action,
                event.details,
            )
            if event.seq in wanted:
                recomputed[event.seq] = prev
        cas: dict[str, str | None] = {}
        for seal in seals:
            row = ca_by_name(session, seal.ca).certificate
            cas[seal.ca] = row.fingerprint_sha256 if row is not None else None
    lines = []
    for seal in seals:
        _check_signature(seal)
        if cas[seal.ca] != fingerprint(seal.certificate):
            raise AuditError(
                "seal.signer_not_ca",
                "seal {source}: signed by a certificate that is not CA {ca!r}'s",
                source=seal.source,
                ca=seal.ca,
            )
        got = recomputed.get(seal.seq)
        if got is None:
            raise AuditError(
                "seal.event_gone",
                "seal {source}: event {seq} it sealed is gone (history truncated)",
                source=seal.source,
                seq=seal.seq,
            )
        if got != seal.hash:
            raise AuditError(
                "seal.events_rewritten",
                "seal {source}: the events up to {seq} were rewritten since CA {ca!r} sealed them on {at} (the recomputed hash differs from the sealed one)",
                source=seal.source,
                seq=seal.seq,
                ca=seal.ca,
                at=seal.at,
            )
        lines.append(
            f"seal {seal.source}: events 1..{seal.seq} match the head {seal.ca} sealed on {seal.at}"
        )
    return lines


def read_seals(paths: list[Path]) -> list[Seal]:
    seals = []
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(
                "seal.unreadable",
                "cannot read the seal {path}: {strerror}",
                path=path,
                strerror=os_reason(exc),
            ) from None
        seals.append(load_seal(data, path.name))
    return seals
