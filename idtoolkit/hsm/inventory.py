"""What is on a PKCS#11 module: tokens, mechanisms, keys. Read-only; no PIN needed for tokens
and mechanisms, the user PIN for keys (private objects are invisible without login)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pkcs11
from pkcs11 import Attribute, ObjectClass
from pkcs11 import exceptions as p11

from idtoolkit import sentence_parts as parts
from idtoolkit.hsm.module import (
    PinProvider,
    find_token,
    load_module,
    rescan_if_idle,
    token_session,
)


@dataclass(frozen=True)
class TokenSummary:
    label: str
    serial: str
    manufacturer: str
    model: str
    slot_id: int
    initialized: bool
    login_required: bool
    pin_state: str


@dataclass(frozen=True)
class KeySummary:
    label: str
    key_id: str
    kind: str  # "private" | "public"
    key_type: str
    size: int | None
    sensitive: bool | None
    extractable: bool | None


def list_tokens(module_path: str, rescan: bool = False) -> list[TokenSummary]:
    """The module's tokens; ``rescan`` first looks again for tokens inserted (or, in SoftHSM2,
    provisioned) since the module was loaded, as a long-running app must."""
    lib = load_module(module_path)
    if rescan:
        rescan_if_idle(lib)
    result = []
    for slot in lib.get_slots(token_present=True):
        token = slot.get_token()
        flags = token.flags
        if flags & pkcs11.TokenFlag.USER_PIN_LOCKED:
            state = "PIN locked"
        elif flags & pkcs11.TokenFlag.USER_PIN_FINAL_TRY:
            state = "PIN: final try"
        elif flags & pkcs11.TokenFlag.USER_PIN_COUNT_LOW:
            state = "PIN: tries low"
        else:
            state = "ok"
        result.append(
            TokenSummary(
                label=token.label,
                serial=token.serial.decode(errors="replace").strip(),
                manufacturer=token.manufacturer_id.strip(),
                model=token.model.strip(),
                slot_id=int(slot.slot_id),
                initialized=bool(flags & pkcs11.TokenFlag.TOKEN_INITIALIZED),
                login_required=bool(flags & pkcs11.TokenFlag.LOGIN_REQUIRED),
                pin_state=state,
            )
        )
    return sorted(result, key=lambda t: t.label)


def list_mechanisms(module_path: str, token_label: str) -> list[str]:
    token = find_token(load_module(module_path), token_label)
    return sorted(m.name if hasattr(m, "name") else str(m) for m in token.slot.get_mechanisms())


def _attr(obj: Any, attribute: Attribute) -> Any:
    try:
        return obj[attribute]
    except (p11.PKCS11Error, KeyError):
        return None


def list_keys(module_path: str, token_label: str, pin_provider: PinProvider) -> list[KeySummary]:
    session = token_session(module_path, token_label, pin_provider)

    def operation(s: pkcs11.Session) -> list[KeySummary]:
        keys = []
        for cls, kind in ((ObjectClass.PRIVATE_KEY, "private"), (ObjectClass.PUBLIC_KEY, "public")):
            for obj in list(s.get_objects({Attribute.CLASS: cls})):
                key_type = _attr(obj, Attribute.KEY_TYPE)
                size = _attr(obj, Attribute.MODULUS_BITS)  # RSA public keys
                modulus = _attr(obj, Attribute.MODULUS) if size is None else None
                if modulus:
                    size = len(modulus) * 8
                keys.append(
                    KeySummary(
                        label=str(_attr(obj, Attribute.LABEL) or ""),
                        key_id=bytes(_attr(obj, Attribute.ID) or b"").hex(),
                        kind=kind,
                        key_type=key_type.name if key_type is not None else "?",
                        size=size,
                        sensitive=_attr(obj, Attribute.SENSITIVE) if kind == "private" else None,
                        extractable=_attr(obj, Attribute.EXTRACTABLE)
                        if kind == "private"
                        else None,
                    )
                )
        return sorted(keys, key=lambda k: (k.key_id, k.kind))

    result: list[KeySummary] = session.run(parts.LIST_KEYS, operation)  # type: ignore[assignment]
    return result
