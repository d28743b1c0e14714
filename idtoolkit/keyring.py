"""The keys of a workspace and their secrets: the workspace passphrase, the token PINs, and
the signers unlocked with them.

It is its own part so that what holds secrets is small and in one place: the store
(:mod:`idtoolkit.store.db`) never sees a passphrase or a PIN, and the profiles
(:mod:`idtoolkit.profiles.registry`) never see a key.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

from idtoolkit import audit_chain
from idtoolkit.errors import InputError, KeyStoreError, PassphraseError
from idtoolkit.keys.activation import SHARES_ENV
from idtoolkit.keys.backends import KeyBackend, SharesProvider, SoftwareBackend
from idtoolkit.keys.pkcs8 import DEFAULT_ITERATIONS, decrypt_private_key
from idtoolkit.keys.signer import Signer
from idtoolkit.passphrase import check_verifier
from idtoolkit.sentence_parts import os_reason
from idtoolkit.store.db import Store
from idtoolkit.store.keys import first_software_key
from idtoolkit.store.models import KeyRecord
from idtoolkit.store.settings_table import setting

VERIFIER_KEY = "passphrase_verifier"

PassphraseCallback = Callable[[], bytes]
PinCallback = Callable[[str], bytes]


class KeyRing:
    """Backends, unlocked signers and the secrets that unlock them, for one workspace.

    Thread rule: safe to use from any thread. Asking for the passphrase and unlocking a
    signer happen under one lock, so two jobs starting together prompt once and get the same
    signer; setting a provider or a passphrase is a single assignment and takes no lock (the
    UI thread may do it while a job waits for its prompt). A token signer's calls are serialised by its own
    session (:class:`idtoolkit.hsm.module.TokenSession` holds a lock); a software signer is a
    pyca/cryptography key, which signs from any thread. A provider may be called on a worker
    thread: the GUI's providers hand the prompt to the UI thread themselves.
    """

    def __init__(
        self,
        store: Store,
        pkcs11_module: str | None = None,
        key_kdf_iterations: int = DEFAULT_ITERATIONS,
    ) -> None:
        self._store = store
        self.pkcs11_module = pkcs11_module
        self._lock = threading.RLock()
        self._passphrase: bytes | None = None
        self._passphrase_provider: PassphraseCallback | None = None
        self._pin_provider: PinCallback | None = None
        self._signers: dict[int, Signer] = {}
        self._shares_provider: SharesProvider = env_shares
        self.backends: dict[str, KeyBackend] = {
            "software": SoftwareBackend(
                self.passphrase, key_kdf_iterations, self._shares, self._log_activation
            )
        }

    # --- secrets ---------------------------------------------------------------------------
    def set_passphrase_provider(self, provider: PassphraseCallback) -> None:
        """Called at most once, when a software key is first needed (prompt, env, file)."""
        self._passphrase_provider = provider  # no lock: the UI thread sets it while a job may wait

    def unlock(self, passphrase: bytes) -> None:
        with self._store.reading() as session:
            verifier = setting(session, VERIFIER_KEY)
            if verifier is None:
                raise PassphraseError(
                    "key.no_passphrase_verifier",
                    "this store has no passphrase verifier; was it initialised?",
                )
            check_verifier(verifier.value, passphrase)
        self._passphrase = passphrase

    def check(self, passphrase: bytes) -> None:
        """Say now whether a passphrase the user gave (environment, file) is the workspace's,
        even for a command that never unlocks a key: ``ca list`` with a mistyped
        ``IDTOOLKIT_PASSPHRASE`` must not pass and leave the mistake for the next signature.

        Checked against the verifier stored at init, which costs one scrypt and no CA key. A
        store without a verifier (made by hand, or by a tool that skipped it) is checked
        against its oldest software key, if it has one, and is otherwise accepted unchecked,
        as before (unlocking such a store still fails, as before)."""
        with self._store.reading() as session:
            verifier = setting(session, VERIFIER_KEY)
            stored = verifier.value if verifier is not None else None
            key = first_software_key(session) if stored is None else None
            encrypted = key.encrypted_pkcs8 if key is not None else None
        if stored is not None:
            check_verifier(stored, passphrase)
            self._passphrase = passphrase  # checked: the first key need not ask again
        elif encrypted is not None:
            try:
                decrypt_private_key(encrypted, passphrase)
            except PassphraseError:
                raise PassphraseError("passphrase.wrong", "wrong workspace passphrase") from None

    def unlocked(self, passphrase: bytes) -> None:
        """A passphrase the caller has checked already (it has just made the verifier)."""
        self._passphrase = passphrase

    def passphrase(self) -> bytes:
        with self._lock:
            if self._passphrase is None:
                if self._passphrase_provider is None:
                    raise PassphraseError(
                        "passphrase.needed",
                        "the workspace passphrase is needed",
                    )
                self.unlock(self._passphrase_provider())
            assert self._passphrase is not None
            return self._passphrase

    def set_pin_provider(self, provider: PinCallback) -> None:
        """Asked for a token's user PIN (by label) at the first login of this run."""
        self._pin_provider = provider

    def pin(self, token_label: str) -> bytes:
        provider = self._pin_provider
        if provider is not None:
            return provider(token_label)
        from idtoolkit.hsm.module import env_pin

        return env_pin(token_label)

    def set_shares_provider(self, provider: SharesProvider) -> None:
        """Where the custodians' shares of a CA key under dual control come from (files named
        on a command line, a dialog); by default the files in ``$IDTOOLKIT_KEY_SHARES``."""
        self._shares_provider = provider

    def _shares(self, ca: str, threshold: int, custodians: int) -> list[tuple[str, str]]:
        return self._shares_provider(ca, threshold, custodians)

    def _log_activation(self, ca: str, outcome: str, details: dict[str, object]) -> None:
        with self._store.transaction() as session:
            audit_chain.append(session, f"ca.key_{outcome}", {"ca": ca, **details})

    def forget_signer(self, key_id: int) -> None:
        """Drop one unlocked signer: its key was sealed anew and must be unlocked anew."""
        with self._lock:
            self._signers.pop(key_id, None)

    def forget(self) -> None:
        """Drop the passphrase and every unlocked signer (closing the workspace)."""
        with self._lock:
            self._signers.clear()
            self._passphrase = None

    # --- keys ------------------------------------------------------------------------------
    def backend(self, name: str) -> KeyBackend:
        try:
            return self.backends[name]
        except KeyError:
            raise KeyStoreError(
                "key.key_store_unavailable", "key store {name!r} is not available", name=name
            ) from None

    def backend_for_store(self, key_store: str) -> KeyBackend:
        """Parse ``software`` or ``pkcs11:token=LABEL`` into a backend."""
        scheme, _, option_text = key_store.partition(":")
        if scheme == "software" and not option_text:
            return self.backends["software"]
        factory = BACKEND_FACTORIES.get(scheme)
        if factory is None:
            raise KeyStoreError(
                "key.unknown_key_store",
                "unknown key store {key_store!r}; use 'software' or 'pkcs11:token=LABEL'",
                key_store=key_store,
            )
        options: dict[str, str] = {}
        for item in filter(None, option_text.split(";")):
            key, sep, value = item.partition("=")
            if not sep:
                raise KeyStoreError(
                    "key.key_store_option_malformed",
                    "key store option {item!r} must look like name=value",
                    item=item,
                )
            options[key.strip()] = value.strip()
        return factory(self, options)

    def signer_for(self, key: KeyRecord) -> Signer:
        """The signer of a stored key, unlocked once per workspace session."""
        with self._lock:
            if key.id not in self._signers:
                if key.backend == "software":
                    backend = self.backends["software"]
                else:
                    factory = BACKEND_FACTORIES.get(key.backend)
                    if factory is None:
                        raise KeyStoreError(
                            "key.backend_unavailable",
                            "key {label!r} lives in {backend}, which is not available",
                            label=key.label,
                            backend=key.backend,
                        )
                    backend = factory(self, {"token": key.token_label or ""})
                self._signers[key.id] = backend.signer_for(key)
            return self._signers[key.id]

    def ready_signer(self, key: KeyRecord) -> Signer | None:
        """The key's signer if it can be had without asking anyone (unlocked already, or a
        software key and the passphrase known); None otherwise. For work that can wait for a
        process holding the key (pre-signing OCSP after a revocation)."""
        with self._lock:
            if key.id in self._signers:
                return self._signers[key.id]
            if key.backend != "software" or self._passphrase is None:
                return None
        return self.signer_for(key)

    def remember_signer(self, key: KeyRecord, signer: Signer) -> None:
        with self._lock:
            self._signers[key.id] = signer


def _pkcs11_backend(keys: KeyRing, options: dict[str, str]) -> KeyBackend:
    from idtoolkit.hsm.keys import PKCS11Backend
    from idtoolkit.hsm.module import default_module_path

    label = options.get("token")
    if not label:
        raise KeyStoreError(
            "key.pkcs11_store_needs_token",
            "a PKCS#11 key store needs a token label: pkcs11:token=LABEL",
        )
    unknown = set(options) - {"token", "module"}
    if unknown:
        raise KeyStoreError(
            "key.unknown_pkcs11_option",
            "unknown PKCS#11 key store option {option!r} (use token=, module=)",
            option=sorted(unknown)[0],
        )
    module = default_module_path(options.get("module") or keys.pkcs11_module)
    return PKCS11Backend(module, label, keys.pin)


#: Key stores by scheme name. ``pkcs11`` imports python-pkcs11 only when it is first used.
BACKEND_FACTORIES: dict[str, Callable[[KeyRing, dict[str, str]], KeyBackend]] = {
    "pkcs11": _pkcs11_backend,
}


def read_share_files(paths: list[Path]) -> list[tuple[str, str]]:
    """Share files as (name, text); an unreadable one in one line."""
    found: list[tuple[str, str]] = []
    for path in paths:
        try:
            found.append((str(path), path.read_text(encoding="utf-8", errors="replace")))
        except OSError as exc:
            raise InputError(
                "key.share_file_unreadable",
                "cannot read share {path}: {strerror}",
                path=path,
                strerror=os_reason(exc) or exc,
            ) from None
    return found


def env_shares(ca: str, threshold: int, custodians: int) -> list[tuple[str, str]]:
    """The share files named in ``$IDTOOLKIT_KEY_SHARES`` (separated by ``os.pathsep``)."""
    value = os.environ.get(SHARES_ENV, "")
    return read_share_files([Path(p) for p in value.split(os.pathsep) if p])
