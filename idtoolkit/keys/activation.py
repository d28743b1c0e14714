"""Dual control of a software CA key's activation: M of N key custodians unlock it together.

A CA key set under dual control is stored encrypted (AES-256-GCM) under a fresh 256-bit
activation key, not under the workspace passphrase; the activation key exists only as N
Shamir shares (:mod:`idtoolkit.keys.shares`), one per custodian. To sign, M custodians present
their shares; fewer, a repeated one, one of another CA or a wrong one unlock nothing. The
associated data binds the CA's name, the activation's id and public key, so a sealed key
cannot be passed off as another CA's.

The sealed key lives where the passphrase-encrypted PKCS#8 did (``keys.encrypted_pkcs8``), as
a small JSON document: the software backend tells the two apart by their first byte (DER
starts with ``0x30``), so every signature, certificate, CRL, OCSP or seal, goes through here.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import hashlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from idtoolkit.errors import InputError, KeyStoreError
from idtoolkit.keys.shares import Share, combine_secret, parse_share, split_secret

FORMAT = "idtoolkit-key-activation-1"
#: Where a command line finds share files when none is given otherwise (os.pathsep between).
SHARES_ENV = "IDTOOLKIT_KEY_SHARES"


@dataclass(frozen=True)
class SealedKey:
    """A CA key under dual control, as stored."""

    activation_id: str
    ca: str
    threshold: int
    custodians: int
    public_key_sha256: str
    nonce: bytes
    ciphertext: bytes

    def _header(self) -> dict[str, object]:
        """What the sealed key is, bound to its ciphertext as associated data."""
        return {
            "format": FORMAT,
            "id": self.activation_id,
            "ca": self.ca,
            "threshold": self.threshold,
            "custodians": self.custodians,
            "public_key_sha256": self.public_key_sha256,
        }

    def aad(self) -> bytes:
        return json.dumps(self._header(), sort_keys=True, separators=(",", ":")).encode()

    def to_bytes(self) -> bytes:
        return json.dumps(
            {
                **self._header(),
                "nonce": base64.b64encode(self.nonce).decode(),
                "ciphertext": base64.b64encode(self.ciphertext).decode(),
            },
            sort_keys=True,
        ).encode()


def is_sealed(blob: bytes) -> bool:
    """A key under dual control (JSON) rather than passphrase-encrypted PKCS#8 (DER)."""
    return blob[:1] == b"{"


def check_threshold(threshold: int, custodians: int) -> None:
    if not 2 <= threshold <= custodians <= 255:
        raise InputError(
            "key.activation_bad_threshold",
            "threshold {threshold} of {custodians} custodians: need 2 ≤ threshold ≤ "
            "custodians ≤ 255",
            threshold=threshold,
            custodians=custodians,
        )


def seal(
    private_key: PrivateKeyTypes, ca: str, threshold: int, custodians: int
) -> tuple[SealedKey, list[Share]]:
    """Encrypt ``private_key`` under a fresh activation key and split that key into
    ``custodians`` shares of which ``threshold`` activate it."""
    check_threshold(threshold, custodians)
    pkcs8 = private_key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    spki = private_key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    activation_key = os.urandom(32)
    sealed = SealedKey(
        activation_id=os.urandom(8).hex(),
        ca=ca,
        threshold=threshold,
        custodians=custodians,
        public_key_sha256=hashlib.sha256(spki).hexdigest(),
        nonce=os.urandom(12),
        ciphertext=b"",
    )
    sealed = dataclasses.replace(
        sealed, ciphertext=AESGCM(activation_key).encrypt(sealed.nonce, pkcs8, sealed.aad())
    )
    shares = [
        Share(index, data, sealed.activation_id, ca, threshold, custodians, purpose="activate")
        for index, data in split_secret(activation_key, threshold, custodians)
    ]
    return sealed, shares


def read_sealed(blob: bytes, label: str) -> SealedKey:
    try:
        doc: dict[str, Any] = json.loads(blob)
        if doc.get("format") != FORMAT:
            raise ValueError(doc.get("format"))
        return SealedKey(
            str(doc["id"]),
            str(doc["ca"]),
            int(doc["threshold"]),
            int(doc["custodians"]),
            str(doc["public_key_sha256"]),
            base64.b64decode(doc["nonce"], validate=True),
            base64.b64decode(doc["ciphertext"], validate=True),
        )
    except (ValueError, KeyError, TypeError, binascii.Error):
        raise KeyStoreError(
            "key.activation_record_damaged",
            "key {label!r} is under dual control but its stored form is damaged",
            label=label,
        ) from None


def read_shares(sealed: SealedKey, given: Sequence[tuple[str, str]]) -> list[Share]:
    """The shares ``given`` (source, text), checked to be this activation's and distinct;
    at least ``threshold`` of them."""
    shares: list[Share] = []
    for source, text in given:
        share = parse_share(text, source)
        if share.backup_id != sealed.activation_id or share.ca != sealed.ca:
            raise KeyStoreError(
                "key.activation_share_foreign",
                "share {source} is not one of CA {ca!r}'s activation shares (it belongs to "
                "{other_ca!r}, {other_id})",
                source=source,
                ca=sealed.ca,
                other_ca=share.ca,
                other_id=share.backup_id,
            )
        if any(s.index == share.index for s in shares):
            raise KeyStoreError(
                "key.activation_share_repeated",
                "share {source} repeats share {index}: {threshold} different custodians' "
                "shares are needed",
                source=source,
                index=share.index,
                threshold=sealed.threshold,
            )
        shares.append(share)
    if len(shares) < sealed.threshold:
        raise KeyStoreError(
            "key.activation_needs_shares",
            "the key of CA {ca!r} is under dual control: {threshold} of its {custodians} "
            "custodians' shares activate it, {given} given; nothing was signed",
            ca=sealed.ca,
            threshold=sealed.threshold,
            custodians=sealed.custodians,
            given=len(shares),
        )
    return shares


def open_sealed(sealed: SealedKey, shares: Sequence[Share]) -> PrivateKeyTypes:
    """The private key, from ``threshold`` shares checked by :func:`read_shares`."""
    activation_key = combine_secret([(s.index, s.data) for s in shares[: sealed.threshold]])
    try:
        pkcs8 = AESGCM(activation_key).decrypt(sealed.nonce, sealed.ciphertext, sealed.aad())
    except InvalidTag:
        raise KeyStoreError(
            "key.activation_shares_wrong",
            "the shares given do not activate the key of CA {ca!r}: at least one is wrong; "
            "nothing was signed",
            ca=sealed.ca,
        ) from None
    return serialization.load_der_private_key(pkcs8, password=None)
