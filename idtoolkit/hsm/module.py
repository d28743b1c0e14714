"""Loading the PKCS#11 module and opening logged-in sessions, one per token per process.

Bulk work must not log in per signature (0.7 ms each on SoftHSM2, far worse on a smart
card), and python-pkcs11 refuses a second login to the same token in one process, so
sessions are shared through :class:`TokenSessions`. A session that drops (token pulled out,
HSM restarted) is reopened once, with the PIN kept in memory for this run only.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable
from typing import Any

import pkcs11
from pkcs11 import exceptions as p11

from idtoolkit.errors import KeyStoreError
from idtoolkit.hsm.errors import PinError, TokenNotFoundError, pin_state, token_errors
from idtoolkit.hsm.locate import ENV_MODULE, ENV_PIN, ModuleMissing, find_module

PinProvider = Callable[[str], bytes]


def default_module_path(configured: str | None = None) -> str:
    """The module from config, else $IDTOOLKIT_PKCS11_MODULE, else SoftHSM2 where installed."""
    try:
        found = find_module([configured, os.environ.get(ENV_MODULE)])
    except ModuleMissing as exc:
        raise KeyStoreError(
            "token.module_not_found", "PKCS#11 module not found: {path}", path=exc.path
        ) from None
    if found is None:
        raise KeyStoreError(
            "token.no_module_found",
            "no PKCS#11 module found: set {env_module} (SoftHSM2 was not found in the usual places)",
            env_module=ENV_MODULE,
        )
    return found


_libs: dict[str, Any] = {}  # pkcs11.lib instances (untyped Cython)
_libs_lock = threading.Lock()


def _no_reason(name: str, conf: str | None) -> str:
    """PKCS#11 initialisation errors carry no text: say what to look at instead."""
    if conf:
        return f"{name}; the module could not start with SOFTHSM2_CONF={conf} (does its token folder exist?)"
    return f"{name} (the module gave no reason)"


def load_module(path: str) -> Any:
    with _libs_lock:
        if path not in _libs:
            conf = os.environ.get("SOFTHSM2_CONF")
            if conf:
                from idtoolkit.hsm.softhsm import follow_moved_conf

                follow_moved_conf(conf)
            try:
                _libs[path] = pkcs11.lib(path)
            except (RuntimeError, OSError, p11.PKCS11Error) as exc:
                raise KeyStoreError(
                    "token.module_not_loadable",
                    "cannot load PKCS#11 module {path}: {problem}",
                    path=path,
                    problem=str(exc) or _no_reason(type(exc).__name__, conf),
                ) from None
        return _libs[path]


def find_token(lib: Any, label: str, refresh: bool = True) -> pkcs11.Token:
    """The token labelled ``label``. Some modules (SoftHSM2) list only the tokens that
    existed when they were initialised: when the label is missing, reinitialise once and look
    again, so a token provisioned or inserted after start-up is found."""
    try:
        token: pkcs11.Token = lib.get_token(token_label=label)
        return token
    except p11.NoSuchToken:
        if refresh:
            _reinitialize(lib)
            return find_token(lib, label, refresh=False)
        present = sorted(t.label for t in lib.get_tokens() if t.label)
        known = ", ".join(present) if present else "none"
        raise TokenNotFoundError(
            "token.not_present",
            "token {token_label!r} is not present (tokens present: {present})",
            token_label=label,
            present=known,
        ) from None
    except p11.MultipleTokensReturned:
        raise TokenNotFoundError(
            "token.label_ambiguous",
            "several tokens are labelled {token_label!r}",
            token_label=label,
        ) from None


def env_pin(label: str) -> bytes:
    pin = os.environb.get(ENV_PIN.encode())
    if not pin:
        raise PinError(
            "token.pin_needed",
            "the PIN for token {token_label!r} is needed",
            token_label=label,
            env_pin=ENV_PIN,
        )
    return pin


class TokenSession:
    """A logged-in read/write session on one token, reopened once if it drops."""

    def __init__(self, module_path: str, label: str, pin_provider: PinProvider):
        self.module_path = module_path
        self.label = label
        self._pin_provider = pin_provider
        self._pin: bytes | None = None
        self._session: pkcs11.Session | None = None
        self.lock = threading.RLock()

    @property
    def token(self) -> pkcs11.Token:
        return find_token(load_module(self.module_path), self.label)

    def session(self) -> pkcs11.Session:
        with self.lock:
            if self._session is None:
                self._session = self._open()
            return self._session

    def _open(self) -> pkcs11.Session:
        token = self.token
        if self._pin is None:
            self._pin = self._pin_provider(self.label)
        try:
            return token.open(rw=True, user_pin=self._pin.decode())
        except p11.PinIncorrect:
            self._pin = None
            raise PinError(
                "token.wrong_pin",
                "wrong PIN for token {token_label!r}; {pin_state}",
                token_label=self.label,
                pin_state=pin_state(self.token),
            ) from None
        except p11.PinLocked:
            self._pin = None
            raise PinError(
                "token.pin_locked",
                "the PIN of token {token_label!r} is locked: the security officer must unlock it",
                token_label=self.label,
            ) from None
        except (p11.PinLenRange, p11.PinInvalid):
            self._pin = None
            raise PinError(
                "token.pin_invalid",
                "the PIN for token {token_label!r} has an invalid length or characters",
                token_label=self.label,
            ) from None
        except p11.UserAlreadyLoggedIn:
            # Another session of this process logged in already: the login is shared.
            return token.open(rw=True)
        except UnicodeDecodeError:
            self._pin = None
            raise PinError("token.pin_not_text", "the PIN must be text") from None

    def run(self, what: str, operation: Callable[[pkcs11.Session], object]) -> object:
        """Run ``operation`` on the session; reopen once if the session dropped."""
        with self.lock:
            for attempt in (1, 2):
                session = self.session()
                try:
                    with token_errors(what, self.label):
                        try:
                            return operation(session)
                        except (
                            p11.SessionHandleInvalid,
                            p11.SessionClosed,
                            p11.DeviceRemoved,
                            p11.TokenNotPresent,
                            p11.UserNotLoggedIn,
                        ):
                            self._session = None
                            if attempt == 2:
                                raise
                except TokenNotFoundError:
                    self._session = None
                    if attempt == 2:
                        raise
            raise AssertionError("unreachable")

    def is_current(self, session: pkcs11.Session) -> bool:
        return session is self._session

    def forget_session(self) -> None:
        with self.lock:
            self._session = None

    def close(self) -> None:
        with self.lock:
            if self._session is not None:
                with contextlib.suppress(p11.PKCS11Error):
                    self._session.close()
                self._session = None
            self._pin = None


_sessions: dict[tuple[str, str], TokenSession] = {}
_sessions_lock = threading.Lock()


def _reinitialize(lib: Any) -> None:
    """C_Finalize + C_Initialize: every open session of this module is gone afterwards, so
    forget them; each reopens (and logs in again) on its next use."""
    with _sessions_lock:
        for (module_path, _label), session in _sessions.items():
            if module_path == lib.so:
                session.forget_session()
    lib.reinitialize()


def rescan_if_idle(lib: Any) -> bool:
    """Reinitialise the module so tokens inserted since start-up are listed, unless one of its
    sessions is in use right now (a finalise under a running C_Sign would break it). Idle
    sessions are forgotten and reopen, with the PIN they already have, on next use."""
    with _sessions_lock:
        held: list[TokenSession] = []
        try:
            for (module_path, _label), session in _sessions.items():
                if module_path != lib.so:
                    continue
                if not session.lock.acquire(blocking=False):
                    return False
                held.append(session)
            for session in held:
                session.forget_session()
            lib.reinitialize()
            return True
        finally:
            for session in held:
                session.lock.release()


def token_session(module_path: str, label: str, pin_provider: PinProvider) -> TokenSession:
    """The process-wide session for a token (python-pkcs11 allows one login per token)."""
    with _sessions_lock:
        key = (module_path, label)
        if key not in _sessions:
            _sessions[key] = TokenSession(module_path, label, pin_provider)
        return _sessions[key]


def close_all_sessions() -> None:
    with _sessions_lock:
        for session in _sessions.values():
            session.close()
        _sessions.clear()
