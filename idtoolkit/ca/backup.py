"""CA key backup as PKCS#12 (or, for keys PKCS#12 cannot carry, encrypted PKCS#8): the one
operation that lets a CA private key leave the store.

It is allowed only for software keys (a token key never leaves its token), needs the workspace
passphrase, and is recorded in the audit log so an auditor sees every copy that was made.
"""

from __future__ import annotations

from cryptography import x509

from idtoolkit import audit_chain
from idtoolkit.ca.authorities import ca_chain
from idtoolkit.ca.issuance import pkcs12_bytes
from idtoolkit.errors import InputError
from idtoolkit.keys.pkcs8 import encrypt_private_key, encrypted_pem
from idtoolkit.keys.signer import SoftwareSigner
from idtoolkit.store.cas import ca_key_by_name
from idtoolkit.workspace import Workspace


def _software_key(ws: Workspace, name: str) -> tuple[list[x509.Certificate], SoftwareSigner]:
    chain = ca_chain(ws, name)
    with ws.store.reading() as session:
        key = ca_key_by_name(session, name)
        if key.backend != "software":
            raise InputError(
                "ca.key_not_exportable",
                "CA {name!r} keeps its key in {backend}: it cannot be exported",
                name=name,
                backend=key.backend,
            )
        signer = ws.signer_for(key)
    assert isinstance(signer, SoftwareSigner)
    return chain, signer


def export_ca_pkcs12(ws: Workspace, name: str, password: bytes, legacy: bool = False) -> bytes:
    if len(password) < 8:
        raise InputError(
            "pkcs12.password_too_short",
            "the PKCS#12 password must have at least 8 characters",
        )
    chain, signer = _software_key(ws, name)
    if signer.spec.post_quantum:
        raise InputError(
            "ca.backup_key_not_in_pkcs12",
            "CA {name!r} has an {signer_spec_name} key, which PKCS#12 cannot carry yet: back it up as an encrypted PKCS#8 key and its chain",
            name=name,
            signer_spec_name=signer.spec.name,
        )
    blob = pkcs12_bytes(name, signer.issuer_key(), chain[0], chain[1:], password, legacy)
    with ws.store.transaction() as session:
        audit_chain.append(
            session, "ca.key_exported", {"ca": name, "format": "pkcs12", "legacy": legacy}
        )
    return blob


def export_ca_key(ws: Workspace, name: str, password: bytes) -> bytes:
    """The CA key alone as encrypted PKCS#8 PEM (PBES2, PBKDF2-SHA256 600,000, AES-256), the
    backup for keys PKCS#12 cannot carry (ML-DSA); ``ca import --cert --key`` restores it."""
    if len(password) < 8:
        raise InputError(
            "backup.password_too_short",
            "the backup password must have at least 8 characters",
        )
    _, signer = _software_key(ws, name)
    blob = encrypted_pem(encrypt_private_key(signer.issuer_key(), password))
    with ws.store.transaction() as session:
        audit_chain.append(session, "ca.key_exported", {"ca": name, "format": "pkcs8"})
    return blob
