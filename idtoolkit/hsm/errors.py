"""Turn python-pkcs11 exceptions into one-line KeyStoreErrors an officer can act on."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pkcs11
from pkcs11 import exceptions as p11

from idtoolkit.errors import KeyStoreError


class TokenNotFoundError(KeyStoreError):
    """No token with that label is present."""


class PinError(KeyStoreError):
    """The PIN is wrong, missing or locked."""


def pin_state(token: pkcs11.Token) -> str:
    """What the token says about remaining tries (only some tokens say anything)."""
    flags = token.flags
    if flags & pkcs11.TokenFlag.USER_PIN_LOCKED:
        return "the PIN is now locked: the security officer must unlock it"
    if flags & pkcs11.TokenFlag.USER_PIN_FINAL_TRY:
        return "one try left before the PIN locks"
    if flags & pkcs11.TokenFlag.USER_PIN_COUNT_LOW:
        return "few tries left before the PIN locks"
    return "the token does not say how many tries are left"


@contextmanager
def token_errors(what: str, token_label: str) -> Iterator[None]:
    """Wrap a PKCS#11 operation; ``what`` says what was being done (e.g. 'sign')."""
    try:
        yield
    except p11.MechanismInvalid:
        raise KeyStoreError(
            "token.mechanism_unsupported",
            "token {token_label!r} does not support the mechanism needed to {what}",
            token_label=token_label,
            what=what,
        ) from None
    except (p11.TokenNotPresent, p11.DeviceRemoved):
        raise TokenNotFoundError(
            "token.removed",
            "token {token_label!r} was removed while trying to {what}",
            token_label=token_label,
            what=what,
        ) from None
    except p11.NoSuchKey:
        raise KeyStoreError(
            "token.key_not_found",
            "key not found on token {token_label!r} (while trying to {what})",
            token_label=token_label,
            what=what,
        ) from None
    except p11.MultipleObjectsReturned:
        raise KeyStoreError(
            "token.key_ambiguous",
            "several keys on token {token_label!r} match; use the key id (while trying to {what})",
            token_label=token_label,
            what=what,
        ) from None
    except p11.PinLocked:
        raise PinError(
            "token.pin_locked",
            "the PIN of token {token_label!r} is locked: the security officer must unlock it",
            token_label=token_label,
        ) from None
    except p11.PKCS11Error as exc:
        raise KeyStoreError(
            "token.refused",
            "token {token_label!r} refused to {what}: {error_type}",
            token_label=token_label,
            what=what,
            error_type=type(exc).__name__,
        ) from None
