"""The PKCS#11 child of :mod:`idtoolkit.hsm.softhsm`: raw PKCS#11 through ctypes, run only in a
short-lived helper interpreter (see there for why a child, and why ctypes). JSON request with
the PINs on stdin, JSON reply on stdout; nothing of it runs in the caller's process.
"""

from __future__ import annotations

import ctypes
import json
import sys
from typing import Any

#: The PKCS#11 token label: a 32-byte blank-padded UTF-8 field.
MAX_LABEL_BYTES = 32
_CK_ULONG = ctypes.c_ulong  # CK_ULONG is C "unsigned long" on every platform, Windows included
_CKF_TOKEN_INITIALIZED = 0x400
_CKF_RW_SESSION = 0x2
_CKF_SERIAL_SESSION = 0x4
_CKU_SO = 0
_CKR_USER_ALREADY_LOGGED_IN = 0x100

_CKR_NAMES = {
    0x02: "CKR_HOST_MEMORY",
    0x03: "CKR_SLOT_ID_INVALID",
    0x05: "CKR_GENERAL_ERROR",
    0x06: "CKR_FUNCTION_FAILED",
    0x07: "CKR_ARGUMENTS_BAD",
    0x30: "CKR_DEVICE_ERROR",
    0x31: "CKR_DEVICE_MEMORY",
    0xA0: "CKR_PIN_INCORRECT",
    0xA1: "CKR_PIN_INVALID",
    0xA2: "CKR_PIN_LEN_RANGE",
    0xA4: "CKR_PIN_LOCKED",
    0xB3: "CKR_SESSION_HANDLE_INVALID",
    0xB6: "CKR_SESSION_EXISTS",
    0xE0: "CKR_TOKEN_NOT_PRESENT",
    0xE1: "CKR_TOKEN_NOT_RECOGNIZED",
    0xE2: "CKR_TOKEN_WRITE_PROTECTED",
    0x100: "CKR_USER_ALREADY_LOGGED_IN",
    0x101: "CKR_USER_NOT_LOGGED_IN",
    0x190: "CKR_CRYPTOKI_NOT_INITIALIZED",
    0x191: "CKR_CRYPTOKI_ALREADY_INITIALIZED",
}


class _CkVersion(ctypes.Structure):
    _pack_ = 1
    _fields_ = (("major", ctypes.c_ubyte), ("minor", ctypes.c_ubyte))


class _CkTokenInfo(ctypes.Structure):
    # Windows PKCS#11 headers pack structures to 1 byte; elsewhere natural alignment.
    _pack_ = 1 if sys.platform == "win32" else 0
    _fields_ = (
        ("label", ctypes.c_char * 32),
        ("manufacturerID", ctypes.c_char * 32),
        ("model", ctypes.c_char * 16),
        ("serialNumber", ctypes.c_char * 16),
        ("flags", _CK_ULONG),
        ("ulMaxSessionCount", _CK_ULONG),
        ("ulSessionCount", _CK_ULONG),
        ("ulMaxRwSessionCount", _CK_ULONG),
        ("ulRwSessionCount", _CK_ULONG),
        ("ulMaxPinLen", _CK_ULONG),
        ("ulMinPinLen", _CK_ULONG),
        ("ulTotalPublicMemory", _CK_ULONG),
        ("ulFreePublicMemory", _CK_ULONG),
        ("ulTotalPrivateMemory", _CK_ULONG),
        ("ulFreePrivateMemory", _CK_ULONG),
        ("hardwareVersion", _CkVersion),
        ("firmwareVersion", _CkVersion),
        ("utcTime", ctypes.c_char * 16),
    )


class _P11Failure(Exception):
    """A PKCS#11 call returned an error; carries the call and CKR name for the reply."""


class _Refused(Exception):
    """The request cannot be honoured (e.g. a duplicate label); nothing was changed."""


class _Cryptoki:
    """The handful of PKCS#11 calls provisioning needs, called straight from the module."""

    def __init__(self, module: str) -> None:
        self.lib = ctypes.CDLL(module)
        u, p = _CK_ULONG, ctypes.POINTER
        protos: dict[str, list[Any]] = {
            "C_Initialize": [ctypes.c_void_p],
            "C_Finalize": [ctypes.c_void_p],
            "C_GetSlotList": [ctypes.c_ubyte, p(u), p(u)],
            "C_GetTokenInfo": [u, p(_CkTokenInfo)],
            "C_InitToken": [u, ctypes.c_char_p, u, ctypes.c_char_p],
            "C_OpenSession": [u, u, ctypes.c_void_p, ctypes.c_void_p, p(u)],
            "C_CloseSession": [u],
            "C_Login": [u, u, ctypes.c_char_p, u],
            "C_Logout": [u],
            "C_InitPIN": [u, ctypes.c_char_p, u],
        }
        for name, argtypes in protos.items():
            func = getattr(self.lib, name)
            func.argtypes = argtypes
            func.restype = u

    def call(self, name: str, *args: Any) -> None:
        rv = int(getattr(self.lib, name)(*args))
        if rv != 0:
            raise _P11Failure(f"{name} failed: {_CKR_NAMES.get(rv, hex(rv))}")

    def token_slots(self) -> list[tuple[int, _CkTokenInfo]]:
        count = _CK_ULONG(0)
        self.call("C_GetSlotList", 1, None, ctypes.byref(count))
        slots = (_CK_ULONG * max(count.value, 1))()
        self.call("C_GetSlotList", 1, slots, ctypes.byref(count))
        result = []
        for slot in list(slots)[: count.value]:
            info = _CkTokenInfo()
            self.call("C_GetTokenInfo", _CK_ULONG(slot), ctypes.byref(info))
            result.append((int(slot), info))
        return result

    def initialised(self) -> list[dict[str, Any]]:
        return [
            {
                "label": info.label.decode("utf-8", "replace").rstrip(" "),
                "serial": info.serialNumber.decode("ascii", "replace").rstrip(" "),
                "slot": slot,
            }
            for slot, info in self.token_slots()
            if info.flags & _CKF_TOKEN_INITIALIZED
        ]

    def init_token(self, label: str, so_pin: bytes, user_pin: bytes) -> str:
        """C_InitToken on the free slot, then C_InitPIN as SO; returns the new serial."""
        free = [
            slot for slot, info in self.token_slots() if not info.flags & _CKF_TOKEN_INITIALIZED
        ]
        if not free:
            raise _P11Failure("SoftHSM offers no free slot")
        slot = _CK_ULONG(free[0])
        padded = label.encode("utf-8").ljust(MAX_LABEL_BYTES, b" ")
        self.call("C_InitToken", slot, so_pin, _CK_ULONG(len(so_pin)), padded)
        session = _CK_ULONG(0)
        flags = _CK_ULONG(_CKF_SERIAL_SESSION | _CKF_RW_SESSION)
        self.call("C_OpenSession", slot, flags, None, None, ctypes.byref(session))
        try:
            self.call("C_Login", session, _CK_ULONG(_CKU_SO), so_pin, _CK_ULONG(len(so_pin)))
            self.call("C_InitPIN", session, user_pin, _CK_ULONG(len(user_pin)))
            self.call("C_Logout", session)
        finally:
            self.lib.C_CloseSession(session)
        info = _CkTokenInfo()
        self.call("C_GetTokenInfo", slot, ctypes.byref(info))
        serial: str = info.serialNumber.decode("ascii", "replace").rstrip(" ")
        return serial


def child_main(argv: list[str]) -> int:
    """Entry point of the helper process (started by :func:`idtoolkit.helper_processes.command`, from
    source or frozen): JSON request on stdin, JSON reply on stdout; ``argv`` is unused."""
    reply: dict[str, Any]
    created: list[str] = []
    try:
        request = json.loads(sys.stdin.read())
        p11 = _Cryptoki(request["module"])
        p11.call("C_Initialize", None)
        if request["op"] == "init":
            present = {token["label"] for token in p11.initialised()}
            taken = sorted(present.intersection(request["labels"]))
            if taken:
                raise _Refused(f"token label already in use: {', '.join(taken)}")
            so_pin = request["so_pin"].encode("utf-8")
            user_pin = request["user_pin"].encode("utf-8")
            for label in request["labels"]:
                try:
                    created.append(p11.init_token(label, so_pin, user_pin))
                except _P11Failure as exc:
                    raise _P11Failure(f"token {label!r}: {exc}") from None
            # Re-initialise so the slot ids reported are the ones any new process will see
            # (within this process SoftHSM keeps a freshly initialised token in its old slot).
            p11.call("C_Finalize", None)
            p11.call("C_Initialize", None)
        reply = {"tokens": p11.initialised()}
        p11.call("C_Finalize", None)
    except _Refused as exc:
        reply = {"error": str(exc), "created": created}
    except _P11Failure as exc:
        reply = {"error": f"SoftHSM: {exc}", "created": created}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        reply = {"error": f"PKCS#11 helper: {type(exc).__name__}: {exc}", "created": created}
    sys.stdout.write(json.dumps(reply) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(child_main(sys.argv[1:]))
