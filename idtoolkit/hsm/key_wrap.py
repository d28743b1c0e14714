"""Backupable token keys: generated wrappable, wrapped out under a one-time KEK, unwrapped back.

The default CA-key template (``idtoolkit.hsm.keys``) makes keys that can never leave the token.
A ceremony script may ask, explicitly, for a *backupable* key instead: SENSITIVE and
EXTRACTABLE but only under a trusted key (CKA_WRAP_WITH_TRUSTED), so the only way out is
``CKM_AES_KEY_WRAP_PAD`` under an AES key-encryption key the security officer marked trusted.
The KEK is made from host randomness (so it can be split into shares), lives on the token for
the few calls that need it, and is destroyed right after. A restored key is unwrapped
non-extractable: a backup is restored once, into a token it then never leaves.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pkcs11
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from pkcs11 import Attribute, KeyType, Mechanism, ObjectClass
from pkcs11 import exceptions as p11
from pkcs11.attributes import ALL_CAPABILITIES
from pkcs11.constants import DEFAULT
from pkcs11.util.ec import decode_ec_public_key, encode_named_curve_parameters
from pkcs11.util.rsa import decode_rsa_public_key

from idtoolkit import sentence_parts as parts
from idtoolkit.errors import KeyStoreError
from idtoolkit.hsm.errors import token_errors
from idtoolkit.hsm.keys import public_key_of
from idtoolkit.hsm.module import close_all_sessions, find_token, load_module
from idtoolkit.keys.spec import KeyAlgorithm, KeySpec

_CURVES = {256: "secp256r1", 384: "secp384r1", 521: "secp521r1"}

#: A CA key that may be wrapped out once, under a trusted KEK, and never in the clear.
BACKUPABLE_PRIVATE_TEMPLATE: dict[Attribute, Any] = {
    Attribute.SENSITIVE: True,
    Attribute.EXTRACTABLE: True,
    Attribute.WRAP_WITH_TRUSTED: True,
    Attribute.SIGN: True,
    Attribute.PRIVATE: True,
    Attribute.TOKEN: True,
}

#: What a restored key becomes: usable for signing only, never extractable again.
RESTORED_PRIVATE_TEMPLATE: dict[Attribute, Any] = {
    **{attribute: DEFAULT for attribute in ALL_CAPABILITIES},
    Attribute.SENSITIVE: True,
    Attribute.EXTRACTABLE: False,
    Attribute.SIGN: True,
    Attribute.PRIVATE: True,
    Attribute.TOKEN: True,
}

KEK_LABEL = "idtoolkit-backup-kek"


def _token(module_path: str, label: str) -> pkcs11.Token:
    return find_token(load_module(module_path), label)


def _user_session(token: pkcs11.Token, user_pin: bytes) -> pkcs11.Session:
    """A read/write user session; the login is per application, so another open session of
    this process may have logged in already."""
    try:
        return token.open(rw=True, user_pin=user_pin.decode())
    except p11.UserAlreadyLoggedIn:
        return token.open(rw=True)


def generate_backupable_key(
    module_path: str, token_label: str, user_pin: bytes, spec: KeySpec, label: str
) -> bytes:
    """Generate a wrappable CA key on the token; returns its CKA_ID."""
    if spec.algorithm is not KeyAlgorithm.EC and spec.algorithm is not KeyAlgorithm.RSA:
        raise KeyStoreError(
            "token.backup_key_type_unsupported",
            "a backupable token key must be EC or RSA, not {key_type}",
            key_type=spec.name,
        )
    key_id = os.urandom(16)
    close_all_sessions()  # our own session below; the engine reopens its own afterwards
    with token_errors(parts.GENERATE_BACKUPABLE_KEY, token_label):
        token = _token(module_path, token_label)
        with _user_session(token, user_pin) as session:
            common: dict[str, Any] = {
                "store": True,
                "label": label,
                "id": key_id,
                "private_template": dict(BACKUPABLE_PRIVATE_TEMPLATE),
            }
            if spec.algorithm is KeyAlgorithm.RSA:
                session.generate_keypair(KeyType.RSA, spec.size, **common)
            else:
                params = session.create_domain_parameters(
                    KeyType.EC,
                    {Attribute.EC_PARAMS: encode_named_curve_parameters(_CURVES[spec.size])},
                    local=True,
                )
                params.generate_keypair(**common)
    return key_id


def wrap_token_key(
    module_path: str,
    token_label: str,
    key_id: bytes,
    user_pin: bytes,
    so_pin: bytes,
    kek: bytes,
) -> bytes:
    """Wrap the key with CKA_ID ``key_id`` under ``kek`` (32 bytes); the KEK is destroyed after.

    Marking a key trusted needs the security officer, and a token has one login state at a
    time: the SO creates the KEK in one session, the user wraps in the next.
    """
    if len(kek) != 32:
        raise KeyStoreError("token.kek_wrong_size", "the key-encryption key must be 32 bytes")
    close_all_sessions()
    token = _token(module_path, token_label)
    with token_errors(parts.CREATE_BACKUP_KEK, token_label):
        try:
            with token.open(rw=True, so_pin=so_pin.decode()) as so:
                # A KEK left by a run killed between creating and destroying it goes first.
                for stale in list(so.get_objects({Attribute.LABEL: KEK_LABEL})):
                    stale.destroy()
                so.create_object(
                    {
                        Attribute.CLASS: ObjectClass.SECRET_KEY,
                        Attribute.KEY_TYPE: KeyType.AES,
                        Attribute.VALUE: kek,
                        Attribute.TOKEN: True,
                        Attribute.PRIVATE: False,
                        Attribute.LABEL: KEK_LABEL,
                        Attribute.WRAP: True,
                        Attribute.TRUSTED: True,
                        Attribute.SENSITIVE: True,
                        Attribute.EXTRACTABLE: False,
                    }
                )
        except p11.PinIncorrect:
            raise KeyStoreError(
                "token.wrong_so_pin",
                "wrong security officer PIN for token {token_label!r}",
                token_label=token_label,
            ) from None
        except p11.AnotherUserAlreadyLoggedIn:
            raise KeyStoreError(
                "token.user_logged_in_elsewhere",
                "token {token_label!r} has a user logged in from another program: close it so the security officer can log in",
                token_label=token_label,
            ) from None
    try:
        with (
            token_errors(parts.WRAP_CA_KEY, token_label),
            _user_session(token, user_pin) as session,
        ):
            wrapping = session.get_key(object_class=ObjectClass.SECRET_KEY, label=KEK_LABEL)
            try:
                private = session.get_key(object_class=ObjectClass.PRIVATE_KEY, id=key_id)
            except p11.NoSuchKey:
                raise KeyStoreError(
                    "token.private_key_id_not_found",
                    "token {token_label!r} has no private key with id {key_id}",
                    token_label=token_label,
                    key_id=key_id.hex(),
                ) from None
            if not private[Attribute.EXTRACTABLE]:
                raise KeyStoreError(
                    "token.key_not_extractable",
                    "this token key was created non-extractable: it cannot be backed up (a ceremony script must ask for a backupable key when it is generated)",
                )
            wrapped = bytes(wrapping.wrap_key(private, mechanism=Mechanism.AES_KEY_WRAP_PAD))  # type: ignore[attr-defined]
    finally:
        _destroy_kek(token, token_label, user_pin)
    return wrapped


def _destroy_kek(token: pkcs11.Token, token_label: str, user_pin: bytes) -> None:
    with (
        token_errors(parts.DESTROY_KEK, token_label),
        _user_session(token, user_pin) as session,
    ):
        for obj in list(session.get_objects({Attribute.LABEL: KEK_LABEL})):
            obj.destroy()


def unwrap_into_token(
    module_path: str,
    token_label: str,
    user_pin: bytes,
    kek: bytes,
    wrapped: bytes,
    public_der: bytes,
    label: str,
) -> bytes:
    """Unwrap a backed-up key into a token as non-extractable, with its public key beside it;
    returns the new CKA_ID."""
    public = serialization.load_der_public_key(public_der)
    key_id = os.urandom(16)
    if isinstance(public, ec.EllipticCurvePublicKey):
        key_type, public_attrs = KeyType.EC, decode_ec_public_key(public_der)
    elif isinstance(public, rsa.RSAPublicKey):
        key_type = KeyType.RSA
        pkcs1 = public.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.PKCS1)
        public_attrs = decode_rsa_public_key(pkcs1)
    else:
        raise KeyStoreError(
            "token.restore_key_type_unsupported", "only EC and RSA token keys can be restored"
        )
    close_all_sessions()
    token = _token(module_path, token_label)
    with (
        token_errors(parts.RESTORE_CA_KEY, token_label),
        _user_session(token, user_pin) as session,
    ):
        wrapping = session.create_object(
            {
                Attribute.CLASS: ObjectClass.SECRET_KEY,
                Attribute.KEY_TYPE: KeyType.AES,
                Attribute.VALUE: kek,
                Attribute.TOKEN: False,
                Attribute.UNWRAP: True,
                Attribute.SENSITIVE: True,
                Attribute.EXTRACTABLE: False,
            }
        )
        try:
            private = wrapping.unwrap_key(  # type: ignore[attr-defined]
                ObjectClass.PRIVATE_KEY,
                key_type,
                wrapped,
                id=key_id,
                label=label,
                mechanism=Mechanism.AES_KEY_WRAP_PAD,
                store=True,
                capabilities=0,
                template=dict(RESTORED_PRIVATE_TEMPLATE),
            )
        except (p11.EncryptedDataInvalid, p11.WrappedKeyInvalid, p11.GeneralError):
            raise KeyStoreError(
                "token.unwrap_failed",
                "the wrapped key does not unwrap under the restored KEK",
            ) from None
        finally:
            wrapping.destroy()
        session.create_object(
            {
                **public_attrs,
                Attribute.CLASS: ObjectClass.PUBLIC_KEY,
                Attribute.TOKEN: True,
                Attribute.ID: key_id,
                Attribute.LABEL: label,
                Attribute.VERIFY: True,
            }
        )
        restored = public_key_of(private, session).public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        if restored != public.public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        ):
            raise KeyStoreError(
                "token.restored_key_mismatch",
                "the restored key does not match the CA's public key",
            )
    return key_id


def key_attributes(
    module_path: str, token_label: str, user_pin: bytes, key_id: bytes
) -> dict[str, bool]:
    """EXTRACTABLE / SENSITIVE of a token private key: what an auditor checks after a restore."""
    token = _token(module_path, token_label)
    close_all_sessions()
    with (
        token_errors(parts.READ_KEY_ATTRIBUTES, token_label),
        _user_session(token, user_pin) as session,
    ):
        key = session.get_key(object_class=ObjectClass.PRIVATE_KEY, id=key_id)
        return {
            "extractable": bool(key[Attribute.EXTRACTABLE]),
            "sensitive": bool(key[Attribute.SENSITIVE]),
            "never_extractable": bool(key[Attribute.NEVER_EXTRACTABLE]),
        }


PinSource = Callable[[str], bytes]
