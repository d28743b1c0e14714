"""A workspace: a directory with ``config.toml``, the store, and the user's own profiles.

Everything the CLI and the GUI do starts from a :class:`Workspace`. The database is SQLite
inside the directory by default; ``[store] url`` (or ``--db``) points several operators'
workspaces at one PostgreSQL database instead.

A workspace only opens and composes its parts, each with one job and its own thread rule:

* :attr:`Workspace.store` (:class:`~idtoolkit.store.db.Store`): the database;
* :attr:`Workspace.keys` (:class:`~idtoolkit.keyring.KeyRing`): key backends, unlocked
  signers, and the passphrase and PINs that unlock them;
* :attr:`Workspace.profiles` (:class:`~idtoolkit.profiles.registry.ProfileRegistry`): the
  certificate profiles, shipped and the workspace's own;
* :attr:`Workspace.config` (:class:`~idtoolkit.workspace_config.WorkspaceConfig`).

Each part is safe to use from any thread (see its docstring), so a workspace is too: the GUI
reads the store on reader threads while a signing job runs on its engine thread.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
from pathlib import Path

from idtoolkit import audit_chain
from idtoolkit.errors import AlreadyExistsError
from idtoolkit.keyring import (
    BACKEND_FACTORIES,
    VERIFIER_KEY,
    KeyRing,
    PassphraseCallback,
    PinCallback,
)
from idtoolkit.keys.backends import KeyBackend, SharesProvider
from idtoolkit.keys.pkcs8 import DEFAULT_ITERATIONS, MIN_ITERATIONS
from idtoolkit.keys.signer import Signer
from idtoolkit.passphrase import GENERATED_N, check_verifier, make_verifier
from idtoolkit.profiles.registry import ProfileRegistry
from idtoolkit.store.db import Store
from idtoolkit.store.models import KeyRecord
from idtoolkit.store.settings_table import add_setting, setting
from idtoolkit.workspace_config import (
    CONFIG_FILE,
    ENV_WORKSPACE,
    WorkspaceConfig,
    default_workspace_dir,
    load_config,
)

__all__ = [
    "BACKEND_FACTORIES",
    "CONFIG_FILE",
    "ENV_WORKSPACE",
    "PROFILES_DIR",
    "VERIFIER_KEY",
    "PassphraseCallback",
    "PinCallback",
    "Workspace",
    "WorkspaceConfig",
    "default_workspace_dir",
    "load_config",
    "restrict_permissions",
    "sqlite_file",
]

PROFILES_DIR = "profiles"


class Workspace:
    """An open workspace: its directory, settings, store, keys and profiles.

    Thread rule: the parts decide (all are safe from any thread); closing is for the thread
    that opened it, once no job uses the workspace any more.
    """

    def __init__(self, directory: Path, config: WorkspaceConfig, store: Store):
        self.directory = directory
        self.store = store
        self.keys = KeyRing(store, config.pkcs11_module, config.key_kdf_iterations)
        self.config = config
        self.profiles = ProfileRegistry(directory / PROFILES_DIR)

    @property
    def config(self) -> WorkspaceConfig:
        return self._config

    @config.setter
    def config(self, config: WorkspaceConfig) -> None:
        """Settings changed while open: the key ring uses the new PKCS#11 module too."""
        self._config = config
        self.keys.pkcs11_module = config.pkcs11_module

    # --- opening ---------------------------------------------------------------------------
    @classmethod
    def init(
        cls,
        directory: Path,
        passphrase: bytes,
        db_url: str | None = None,
        base_url: str | None = None,
        *,
        generated_passphrase: bool = False,
    ) -> Workspace:
        """Create a workspace directory and its store, and record the init in the audit log.

        ``generated_passphrase``: the toolkit made the passphrase from at least 96 random bits
        and keeps it beside the workspace (a lab student's, in the class folder). The slow
        KDFs that make guessing a person's passphrase expensive protect nothing there and cost
        every unlock and every key, so the verifier and new keys use the floors instead
        (scrypt N=2^12; PBKDF2 100,000 iterations). Keys stay encrypted at rest."""
        directory = directory.expanduser().resolve()
        if (directory / CONFIG_FILE).exists():
            raise AlreadyExistsError(
                "workspace.already_workspace",
                "{directory} is already a workspace",
                directory=directory,
            )
        # checks the passphrase before anything is written
        verifier = make_verifier(passphrase, GENERATED_N if generated_passphrase else None)
        created = not directory.exists()
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        (directory / PROFILES_DIR).mkdir(exist_ok=True)
        restrict_permissions(directory)
        defaults = WorkspaceConfig.defaults(directory)
        config = WorkspaceConfig(
            db_url=db_url or defaults.db_url,
            base_url=(base_url or defaults.base_url).rstrip("/"),
            crl_days=defaults.crl_days,
            root_crl_days=defaults.root_crl_days,
            delta_crl_hours=defaults.delta_crl_hours,
            lint_sample_rate=defaults.lint_sample_rate,
            key_kdf_iterations=MIN_ITERATIONS if generated_passphrase else DEFAULT_ITERATIONS,
        )
        try:
            db_file = sqlite_file(config.db_url)
            if db_file is not None and not db_file.exists():
                # Created private, before SQLite opens it (its WAL files copy its mode).
                os.close(os.open(db_file, os.O_CREAT | os.O_WRONLY, 0o600))
            store = Store(config.db_url)
            with store.transaction() as session:
                existing = setting(session, VERIFIER_KEY)
                if existing is None:
                    add_setting(session, VERIFIER_KEY, verifier)
                    audit_chain.append(session, "workspace.init", {"directory": str(directory)})
                else:
                    # Joining a shared (PostgreSQL) store: the passphrase must be the same.
                    check_verifier(existing.value, passphrase)
                    audit_chain.append(session, "workspace.join", {"directory": str(directory)})
        except Exception:
            if created:
                shutil.rmtree(directory, ignore_errors=True)
            else:
                _remove_if_empty(directory)
            raise
        fd = os.open(directory / CONFIG_FILE, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(config.to_toml(directory))
        restrict_permissions(directory, config.db_url)
        workspace = cls(directory, config, store)
        workspace.keys.unlocked(passphrase)
        return workspace

    @classmethod
    def open(cls, directory: Path, db_url: str | None = None) -> Workspace:
        directory = directory.expanduser()
        config = load_config(directory)
        if db_url:
            config = dataclasses.replace(config, db_url=db_url)
        restrict_permissions(directory, config.db_url)  # workspaces made before 0700/0600
        return cls(directory, config, Store(config.db_url))

    def close(self) -> None:
        self.keys.forget()
        self.store.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- the key ring, for callers that hold a workspace --------------------------------------
    @property
    def backends(self) -> dict[str, KeyBackend]:
        return self.keys.backends

    def set_passphrase_provider(self, provider: PassphraseCallback) -> None:
        self.keys.set_passphrase_provider(provider)

    def unlock(self, passphrase: bytes) -> None:
        self.keys.unlock(passphrase)

    def check_passphrase(self, passphrase: bytes) -> None:
        """A wrong passphrase given up front is said at once (see :meth:`KeyRing.check`)."""
        self.keys.check(passphrase)

    def passphrase(self) -> bytes:
        return self.keys.passphrase()

    def set_pin_provider(self, provider: PinCallback) -> None:
        self.keys.set_pin_provider(provider)

    def pin(self, token_label: str) -> bytes:
        return self.keys.pin(token_label)

    def set_shares_provider(self, provider: SharesProvider) -> None:
        self.keys.set_shares_provider(provider)

    def backend(self, name: str) -> KeyBackend:
        return self.keys.backend(name)

    def backend_for_store(self, key_store: str) -> KeyBackend:
        return self.keys.backend_for_store(key_store)

    def signer_for(self, key: KeyRecord) -> Signer:
        return self.keys.signer_for(key)

    def ready_signer(self, key: KeyRecord) -> Signer | None:
        return self.keys.ready_signer(key)

    def remember_signer(self, key: KeyRecord, signer: Signer) -> None:
        self.keys.remember_signer(key, signer)


def sqlite_file(db_url: str) -> Path | None:
    """The database file of a SQLite URL (None for a server database or memory)."""
    prefix = "sqlite:///"
    if not db_url.startswith(prefix) or db_url in (prefix, prefix + ":memory:"):
        return None
    return Path(db_url[len(prefix) :])


def restrict_permissions(directory: Path, db_url: str | None = None) -> None:
    """The workspace holds encrypted CA keys and the passphrase verifier: readable by its
    owner only (folder 0700, store and config 0600), never by every local user. Best effort:
    on a file system without POSIX modes (or a file owned by someone else) nothing changes."""
    if os.name != "posix":
        return
    targets: list[tuple[Path, int]] = [(directory, 0o700), (directory / CONFIG_FILE, 0o600)]
    db_file = sqlite_file(db_url) if db_url else None
    if db_file is not None:
        targets += [
            (db_file.with_name(db_file.name + suffix), 0o600) for suffix in ("", "-wal", "-shm")
        ]
    for path, mode in targets:
        try:
            if path.exists() and path.stat().st_mode & 0o777 != mode:
                path.chmod(mode)
        except OSError:
            pass


def _remove_if_empty(directory: Path) -> None:
    try:
        for child in (directory / PROFILES_DIR,):
            if child.is_dir() and not any(child.iterdir()):
                child.rmdir()
        if directory.is_dir() and not any(directory.iterdir()):
            directory.rmdir()
    except OSError:
        pass
