"""M-of-N backup of a CA key: an encrypted backup file plus N printable shares of its key.

The CA key is encrypted under a fresh 256-bit backup key: a software key as PKCS#8 with
AES-256-GCM (authenticated data binding the CA's public key and the ceremony id, so a backup
cannot be passed off as another CA's), a token key wrapped on the token (``hsm.key_wrap``).
The backup key is split with Shamir's scheme (pycryptodome: 16-byte secrets, so the two
halves are split with the same share indices). Each share is a text block for paper with a
checksum, so a mistyped or damaged share is named instead of silently yielding a wrong key.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidTag, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from idtoolkit import audit_chain
from idtoolkit.ca.authorities import ca_chain
from idtoolkit.errors import AlreadyExistsError, InputError, KeyStoreError
from idtoolkit.files import make_private_dir, write_new
from idtoolkit.keys.shares import (
    Share,
    combine_secret,
    parse_share,
    share_text,
    split_secret,
)
from idtoolkit.keys.signer import SoftwareSigner
from idtoolkit.sentence_parts import os_reason
from idtoolkit.store.cas import ca_by_name
from idtoolkit.workspace import Workspace

FORMAT = "idtoolkit-key-backup-1"


@dataclass(frozen=True)
class BackupResult:
    backup_file: Path
    share_files: list[Path]
    kind: str  # software | token


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _spki(cert: x509.Certificate) -> bytes:
    return cert.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def _aad(ca: str, ceremony: str, spki: bytes) -> bytes:
    return audit_chain.canonical_json(
        {"ca": ca, "ceremony": ceremony, "public_key_sha256": hashlib.sha256(spki).hexdigest()}
    ).encode()


def _write_new(path: Path, data: bytes, secret: bool) -> None:
    """Create ``path`` (never overwrite: a backup that replaced another would strand shares)."""
    try:
        write_new(path, data, secret=secret)
    except FileExistsError:
        raise AlreadyExistsError(
            "backup.file_exists",
            "{path} exists already; refusing to overwrite it",
            path=path,
        ) from None


def split_ca_key(
    ws: Workspace,
    ca_name: str,
    threshold: int,
    count: int,
    out_dir: Path,
    *,
    ceremony: str = "",
    so_pin: bytes | None = None,
    rehearsal: bool = False,
) -> BackupResult:
    """Write ``<ca>-backup.json`` and ``<ca>-share-<i>-of-<n>.txt`` into ``out_dir``."""
    split_secret(bytes(32), threshold, count)  # validates M and N before touching the key
    with ws.store.reading() as session:
        ca = ca_by_name(session, ca_name)
        if ca.key is None or ca.certificate is None:
            raise InputError(
                "backup.ca_has_no_private_key",
                "CA {ca_name!r} has no private key in this workspace",
                ca_name=ca_name,
            )
        key = ca.key
        cert = x509.load_der_x509_certificate(ca.certificate.der)
        backend, key_type, scheme = key.backend, key.key_type, key.signature_scheme
        token_label, token_key_id = key.token_label, key.token_key_id
        signer = ws.signer_for(key) if backend == "software" else None
    spki = _spki(cert)
    backup_key = os.urandom(32)
    record: dict[str, Any] = {
        "format": FORMAT,
        "ca": ca_name,
        "ceremony": ceremony,
        "certificate": cert.public_bytes(serialization.Encoding.PEM).decode(),
        # The issuers up to the root, so a new machine can take over a sub-CA too.
        "chain": "".join(
            c.public_bytes(serialization.Encoding.PEM).decode() for c in ca_chain(ws, ca_name)[1:]
        ),
        "threshold": threshold,
        "shares": count,
        **({"rehearsal": True} if rehearsal else {}),
    }
    if backend == "software":
        assert isinstance(signer, SoftwareSigner)
        pkcs8 = signer.issuer_key().private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        nonce = os.urandom(12)
        record |= {
            "kind": "software",
            "nonce": _b64(nonce),
            "ciphertext": _b64(
                AESGCM(backup_key).encrypt(nonce, pkcs8, _aad(ca_name, ceremony, spki))
            ),
        }
    else:
        from idtoolkit.hsm.key_wrap import wrap_token_key
        from idtoolkit.hsm.module import default_module_path

        if so_pin is None:
            raise KeyStoreError(
                "backup.token_key_needs_so_pin",
                "backing up a token key needs the token's security officer PIN",
            )
        assert token_label and token_key_id
        wrapped = wrap_token_key(
            default_module_path(ws.config.pkcs11_module),
            token_label,
            bytes.fromhex(token_key_id),
            ws.pin(token_label),
            so_pin,
            backup_key,
        )
        record |= {
            "kind": "token",
            "mechanism": "CKM_AES_KEY_WRAP_PAD",
            "key_type": key_type,
            "scheme": scheme,
            "wrapped": _b64(wrapped),
        }
    body = (json.dumps(record, indent=2, sort_keys=True) + "\n").encode()
    backup_id = hashlib.sha256(body).hexdigest()[:16]
    make_private_dir(out_dir)  # it receives the shares
    backup_file = out_dir / f"{ca_name}-backup.json"
    share_files = [out_dir / f"{ca_name}-share-{i}-of-{count}.txt" for i in range(1, count + 1)]
    for path in [backup_file, *share_files]:
        if path.exists():
            raise AlreadyExistsError(
                "backup.file_exists",
                "{path} exists already; refusing to overwrite it",
                path=path,
            )
    _write_new(backup_file, body, secret=False)
    for (index, data), path in zip(
        split_secret(backup_key, threshold, count), share_files, strict=True
    ):
        share = Share(index, data, backup_id, ca_name, threshold, count)
        _write_new(path, share_text(share, rehearsal).encode(), secret=True)
    with ws.store.transaction() as session:
        audit_chain.append(
            session,
            "ca.key_backup_split",
            {
                "ca": ca_name,
                "kind": record["kind"],
                "threshold": threshold,
                "shares": count,
                "backup_id": backup_id,
                "ceremony": ceremony,
            },
        )
    return BackupResult(backup_file, share_files, str(record["kind"]))


def find_backup_file(directory: Path) -> Path:
    if directory.is_file():
        return directory
    found = sorted(directory.glob("*-backup.json"))
    if not found:
        raise InputError(
            "backup.none_in_directory",
            "{directory} holds no *-backup.json file",
            directory=directory,
        )
    if len(found) > 1:
        raise InputError(
            "backup.several_in_directory",
            "{directory} holds {found_count} backup files ({names}): give the one to restore",
            directory=directory,
            found_count=len(found),
            names=", ".join(p.name for p in found),
        )
    return found[0]


@dataclass(frozen=True)
class RecoveredKey:
    ca: str
    kind: str
    certificate: x509.Certificate
    record: dict[str, Any]
    backup_key: bytes


def recover_backup_key(backup_path: Path, share_paths: list[Path]) -> RecoveredKey:
    """Check the shares against the backup and each other, then combine them."""
    try:
        body = backup_path.read_bytes()
        record = json.loads(body)
    except OSError as exc:
        raise InputError(
            "backup.unreadable",
            "cannot read {backup_path}: {strerror}",
            backup_path=backup_path,
            strerror=os_reason(exc),
        ) from None
    except (ValueError, RecursionError):  # RecursionError: JSON nested thousands deep
        raise InputError(
            "backup.not_json",
            "{backup_path} is not a key backup (not JSON)",
            backup_path=backup_path,
        ) from None
    if not isinstance(record, dict) or record.get("format") != FORMAT:
        raise InputError(
            "backup.not_recognised",
            "{backup_path} is not an ID Toolkit key backup",
            backup_path=backup_path,
        )
    cert = _check_record(record, backup_path)
    backup_id = hashlib.sha256(body).hexdigest()[:16]
    shares: list[Share] = []
    for path in share_paths:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            raise InputError(
                "backup.share_unreadable", "cannot read share {path}", path=path
            ) from None
        share = parse_share(text, path.name)
        if share.backup_id != backup_id:
            raise InputError(
                "backup.share_of_another_backup",
                "share {name} belongs to another backup ({backup_id}, not {expected_id})",
                name=path.name,
                backup_id=share.backup_id,
                expected_id=backup_id,
            )
        if any(s.index == share.index for s in shares):
            raise InputError(
                "backup.share_repeated",
                "share {name} repeats share number {index}",
                name=path.name,
                index=share.index,
            )
        shares.append(share)
    threshold = int(record["threshold"])
    if len(shares) < threshold:
        raise InputError(
            "backup.too_few_shares",
            "{shares_count} share(s) given, {threshold} needed: this backup cannot be restored with fewer",
            shares_count=len(shares),
            threshold=threshold,
        )
    backup_key = combine_secret([(s.index, s.data) for s in shares[:threshold]])
    return RecoveredKey(str(record["ca"]), str(record["kind"]), cert, record, backup_key)


def _check_record(record: dict[str, Any], backup_path: Path) -> x509.Certificate:
    """Every field restore reads, with its type, before any is used: a backup file may have
    been edited and its shares' Backup lines and checksums recomputed to match, so the share
    checks prove nothing about the record. Returns the CA's certificate."""

    def damaged(field: str) -> InputError:
        return InputError(
            "backup.record_damaged",
            "{backup_path}: the {field} field is missing or damaged: this backup cannot be restored",
            backup_path=backup_path,
            field=field,
        )

    for field in ("ca", "certificate"):
        if not isinstance(record.get(field), str) or not record[field]:
            raise damaged(field)
    for field in ("ceremony", "chain"):
        if not isinstance(record.get(field, ""), str):
            raise damaged(field)
    threshold = record.get("threshold")
    if not isinstance(threshold, int) or isinstance(threshold, bool) or not 2 <= threshold <= 255:
        raise damaged("threshold")
    kind = record.get("kind")
    needed = {"software": ("nonce", "ciphertext"), "token": ("wrapped",)}.get(str(kind))
    if not isinstance(kind, str) or needed is None:
        raise damaged("kind")
    for field in needed:
        value = record.get(field)
        if not isinstance(value, str) or not value.isascii():
            raise damaged(field)
    try:
        cert = x509.load_pem_x509_certificate(record["certificate"].encode())
        _spki(cert)  # a key type cryptography can read
    except (ValueError, UnsupportedAlgorithm, x509.InvalidVersion):
        raise damaged("certificate") from None
    return cert


def decrypt_software_key(recovered: RecoveredKey) -> bytes:
    record = recovered.record
    try:
        return AESGCM(recovered.backup_key).decrypt(
            base64.b64decode(record["nonce"]),
            base64.b64decode(record["ciphertext"]),
            _aad(recovered.ca, str(record.get("ceremony", "")), _spki(recovered.certificate)),
        )
    except (InvalidTag, binascii.Error, KeyError, ValueError):  # ValueError: a bad nonce
        raise InputError(
            "backup.shares_do_not_open",
            "the shares do not open this backup: one of them was changed consistently (checksum recomputed) or belongs to another backup",
        ) from None


def _wrapped_key(record: dict[str, Any]) -> bytes:
    try:
        return base64.b64decode(record["wrapped"], validate=True)
    except (binascii.Error, ValueError):
        raise InputError(
            "backup.shares_do_not_open",
            "the shares do not open this backup: one of them was changed consistently (checksum recomputed) or belongs to another backup",
        ) from None


def restore_ca_key(
    ws: Workspace,
    backup: Path,
    share_paths: list[Path],
    *,
    key_store: str | None = None,
    name: str | None = None,
) -> str:
    """Recreate the CA with its key in ``ws`` (token backups into ``key_store``'s token, as a
    non-extractable key); returns the CA's name."""
    from idtoolkit.ca.authorities import import_ca

    recovered = recover_backup_key(find_backup_file(backup), share_paths)
    ca_name = name or recovered.ca
    cert_pem = recovered.certificate.public_bytes(serialization.Encoding.PEM)
    chain = str(recovered.record.get("chain") or "").encode() or None
    if recovered.kind == "software":
        pkcs8 = decrypt_software_key(recovered)
        key_pem = serialization.load_der_private_key(pkcs8, None).private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        import_ca(ws, ca_name, cert_data=cert_pem, key_data=key_pem, chain_data=chain)
    elif recovered.kind == "token":
        from idtoolkit.hsm.key_wrap import unwrap_into_token
        from idtoolkit.hsm.keys import PKCS11Backend

        if not key_store or not key_store.startswith("pkcs11:"):
            raise InputError(
                "backup.restore_needs_token",
                "this backup holds a token key: give the token to restore it into",
            )
        backend = ws.backend_for_store(key_store)
        assert isinstance(backend, PKCS11Backend)
        label = f"{ca_name} CA key (restored)"
        key_id = unwrap_into_token(
            backend.module_path,
            backend.token_label,
            ws.pin(backend.token_label),
            recovered.backup_key,
            _wrapped_key(recovered.record),
            _spki(recovered.certificate),
            label,
        )
        adopted = backend.adopt_existing(key_id=key_id)
        try:
            import_ca(ws, ca_name, cert_data=cert_pem, chain_data=chain, token_key=adopted)
        except BaseException:
            backend.discard(adopted[0])  # no key left on the token without its CA
            raise
    else:
        raise InputError(
            "backup.unknown_kind", "unknown backup kind {kind_!r}", kind_=recovered.kind
        )
    with ws.store.transaction() as session:
        audit_chain.append(
            session,
            "ca.key_backup_restored",
            {"ca": ca_name, "kind": recovered.kind, "shares_used": recovered.record["threshold"]},
        )
    return ca_name
