"""A workspace: a directory with ``config.toml``, the store, and the user's own profiles.

Everything the CLI and the GUI do starts from a :class:`Workspace`. The database is SQLite
inside the directory by default; ``[store] url`` (or ``--db``) points several operators'
workspaces at one PostgreSQL database instead.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from idtoolkit import audit
from idtoolkit.errors import (
    AlreadyExistsError,
    ConfigurationError,
    KeyStoreError,
    NotFoundError,
    PassphraseError,
)
from idtoolkit.keys.backends import KeyBackend, SoftwareBackend
from idtoolkit.keys.pkcs8 import DEFAULT_ITERATIONS, MIN_ITERATIONS
from idtoolkit.keys.signer import Signer
from idtoolkit.passphrase import GENERATED_N, check_verifier, make_verifier
from idtoolkit.profiles.registry import ProfileRegistry
from idtoolkit.store.db import Store
from idtoolkit.store.models import KeyRecord, Setting

ENV_WORKSPACE = "IDTOOLKIT_WORKSPACE"
CONFIG_FILE = "config.toml"
PROFILES_DIR = "profiles"
VERIFIER_KEY = "passphrase_verifier"


def default_workspace_dir() -> Path:
    env = os.environ.get(ENV_WORKSPACE)
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir("idtoolkit", appauthor=False)) / "workspace"


@dataclass(frozen=True)
class WorkspaceConfig:
    db_url: str
    base_url: str
    crl_days: int
    root_crl_days: int
    delta_crl_hours: int
    #: Read from older configs (``[lint] bulk_sample_rate``) but unused: bulk jobs now lint
    #: every certificate.
    lint_sample_rate: float
    pkcs11_module: str | None = None
    #: PBKDF2 iterations that protect new software keys (PKCS#8); see ``Workspace.init``.
    key_kdf_iterations: int = DEFAULT_ITERATIONS

    @staticmethod
    def defaults(directory: Path) -> WorkspaceConfig:
        return WorkspaceConfig(
            db_url=f"sqlite:///{(directory / 'idtoolkit.db').resolve()}",
            base_url="http://127.0.0.1:8080",
            crl_days=7,
            root_crl_days=365,
            delta_crl_hours=24,
            lint_sample_rate=0.01,
        )

    def to_toml(self, directory: Path) -> str:
        db = self.db_url
        default_db = f"sqlite:///{(directory / 'idtoolkit.db').resolve()}"
        db_line = '# url = "postgresql://user@host/db"' if db == default_db else f"url = {_q(db)}"
        return (
            "# ID Toolkit workspace settings.\n\n"
            "[store]\n"
            "# Default: idtoolkit.db in this directory (SQLite).\n"
            f"{db_line}\n\n"
            "[ca]\n"
            "# Base of the CRL, CA-certificate and OCSP URLs written into certificates.\n"
            f"base_url = {_q(self.base_url)}\n"
            f"crl_days = {self.crl_days}\n"
            f"root_crl_days = {self.root_crl_days}\n"
            f"delta_crl_hours = {self.delta_crl_hours}\n\n"
            "[hsm]\n"
            "# PKCS#11 module; default: $IDTOOLKIT_PKCS11_MODULE, else SoftHSM2 if installed.\n"
            + (
                f"module = {_q(self.pkcs11_module)}\n"
                if self.pkcs11_module
                else '# module = "/usr/lib/softhsm/libsofthsm2.so"\n'
            )
            + (
                "\n[keys]\n"
                "# PBKDF2 iterations for new software keys: the toolkit generated this\n"
                "# workspace's passphrase (see 'Workspace.init'), so fewer are enough.\n"
                f"kdf_iterations = {self.key_kdf_iterations}\n"
                if self.key_kdf_iterations != DEFAULT_ITERATIONS
                else ""
            )
        )


def _q(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def load_config(directory: Path) -> WorkspaceConfig:
    path = directory / CONFIG_FILE
    defaults = WorkspaceConfig.defaults(directory)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise NotFoundError(
            f"{directory} is not a workspace (no {CONFIG_FILE}); run 'idtoolkit init' first"
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigurationError(f"{path}: invalid TOML: {exc}") from None
    except UnicodeDecodeError:
        raise ConfigurationError(f"{path}: not UTF-8 text") from None
    except RecursionError:
        raise ConfigurationError(f"{path}: invalid TOML: nested too deeply") from None

    def get(table: str, key: str, kind: type, default: object) -> object:
        section = data.get(table, {})
        if not isinstance(section, dict):
            raise ConfigurationError(f"{path}: [{table}] must be a table")
        value = section.get(key, default)
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            raise ConfigurationError(f"{path}: {table}.{key}: must be {kind.__name__}")
        return value

    url = str(get("store", "url", str, defaults.db_url))
    if url.startswith("sqlite:///") and not url.startswith("sqlite:////"):
        url = f"sqlite:///{(directory / url[len('sqlite:///') :]).resolve()}"
    config = WorkspaceConfig(
        db_url=url,
        base_url=str(get("ca", "base_url", str, defaults.base_url)).rstrip("/"),
        crl_days=int(get("ca", "crl_days", int, defaults.crl_days)),  # type: ignore[call-overload]
        root_crl_days=int(get("ca", "root_crl_days", int, defaults.root_crl_days)),  # type: ignore[call-overload]
        delta_crl_hours=int(get("ca", "delta_crl_hours", int, defaults.delta_crl_hours)),  # type: ignore[call-overload]
        lint_sample_rate=float(get("lint", "bulk_sample_rate", float, defaults.lint_sample_rate)),  # type: ignore[arg-type]
    )
    module = get("hsm", "module", str, "")
    if module:
        config = dataclasses.replace(config, pkcs11_module=str(module))
    iterations = get("keys", "kdf_iterations", int, DEFAULT_ITERATIONS)
    assert isinstance(iterations, int)
    if iterations < MIN_ITERATIONS:
        raise ConfigurationError(f"{path}: keys.kdf_iterations: must be at least {MIN_ITERATIONS}")
    config = dataclasses.replace(config, key_kdf_iterations=iterations)
    if not 0.0 <= config.lint_sample_rate <= 1.0:
        raise ConfigurationError(f"{path}: lint.bulk_sample_rate: must be between 0 and 1")
    for key in ("crl_days", "root_crl_days", "delta_crl_hours"):
        if getattr(config, key) < 1:
            raise ConfigurationError(f"{path}: ca.{key}: must be at least 1")
    return config


class Workspace:
    """An open workspace. Not thread-safe: give each worker thread its own."""

    def __init__(self, directory: Path, config: WorkspaceConfig, store: Store):
        self.directory = directory
        self.config = config
        self.store = store
        self.profiles = ProfileRegistry(directory / PROFILES_DIR)
        self._passphrase: bytes | None = None
        self._passphrase_provider: PassphraseCallback | None = None
        self._pin_provider: PinCallback | None = None
        self._signers: dict[int, Signer] = {}
        self.backends: dict[str, KeyBackend] = {
            "software": SoftwareBackend(self.passphrase, config.key_kdf_iterations)
        }

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
            raise AlreadyExistsError(f"{directory} is already a workspace")
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
                existing = session.get(Setting, VERIFIER_KEY)
                if existing is None:
                    session.add(Setting(key=VERIFIER_KEY, value=verifier))
                    audit.append(session, "workspace.init", {"directory": str(directory)})
                else:
                    # Joining a shared (PostgreSQL) store: the passphrase must be the same.
                    check_verifier(existing.value, passphrase)
                    audit.append(session, "workspace.join", {"directory": str(directory)})
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
        workspace._passphrase = passphrase
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
        self._signers.clear()
        self._passphrase = None
        self.store.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- secrets ---------------------------------------------------------------------------
    def set_passphrase_provider(self, provider: PassphraseCallback) -> None:
        """Called at most once, when a software key is first needed (prompt, env, file)."""
        self._passphrase_provider = provider

    def unlock(self, passphrase: bytes) -> None:
        with self.store.reading() as session:
            verifier = session.get(Setting, VERIFIER_KEY)
            if verifier is None:
                raise PassphraseError("this store has no passphrase verifier; was it initialised?")
            check_verifier(verifier.value, passphrase)
        self._passphrase = passphrase

    def passphrase(self) -> bytes:
        if self._passphrase is None:
            if self._passphrase_provider is None:
                raise PassphraseError(
                    "the workspace passphrase is needed: set IDTOOLKIT_PASSPHRASE or use --passphrase-file"
                )
            self.unlock(self._passphrase_provider())
        assert self._passphrase is not None
        return self._passphrase

    def set_pin_provider(self, provider: PinCallback) -> None:
        """Asked for a token's user PIN (by label) at the first login of this run."""
        self._pin_provider = provider

    def pin(self, token_label: str) -> bytes:
        if self._pin_provider is not None:
            return self._pin_provider(token_label)
        from idtoolkit.hsm.module import env_pin

        return env_pin(token_label)

    # --- keys ------------------------------------------------------------------------------
    def backend(self, name: str) -> KeyBackend:
        try:
            return self.backends[name]
        except KeyError:
            raise KeyStoreError(f"key store {name!r} is not available") from None

    def backend_for_store(self, key_store: str) -> KeyBackend:
        """Parse ``software`` or ``pkcs11:token=LABEL`` into a backend."""
        scheme, _, option_text = key_store.partition(":")
        if scheme == "software" and not option_text:
            return self.backends["software"]
        factory = BACKEND_FACTORIES.get(scheme)
        if factory is None:
            raise KeyStoreError(
                f"unknown key store {key_store!r}; use 'software' or 'pkcs11:token=LABEL'"
            )
        options: dict[str, str] = {}
        for item in filter(None, option_text.split(";")):
            key, sep, value = item.partition("=")
            if not sep:
                raise KeyStoreError(f"key store option {item!r} must look like name=value")
            options[key.strip()] = value.strip()
        return factory(self, options)

    def signer_for(self, key: KeyRecord) -> Signer:
        """The signer of a stored key, unlocked once per workspace session."""
        if key.id not in self._signers:
            if key.backend == "software":
                backend = self.backends["software"]
            else:
                factory = BACKEND_FACTORIES.get(key.backend)
                if factory is None:
                    raise KeyStoreError(
                        f"key {key.label!r} lives in {key.backend}, which is not available"
                    )
                backend = factory(self, {"token": key.token_label or ""})
            self._signers[key.id] = backend.signer_for(key)
        return self._signers[key.id]

    def remember_signer(self, key: KeyRecord, signer: Signer) -> None:
        self._signers[key.id] = signer


PassphraseCallback = Callable[[], bytes]
PinCallback = Callable[[str], bytes]


def _pkcs11_backend(ws: Workspace, options: dict[str, str]) -> KeyBackend:
    from idtoolkit.hsm.keys import PKCS11Backend
    from idtoolkit.hsm.module import default_module_path

    label = options.get("token")
    if not label:
        raise KeyStoreError("a PKCS#11 key store needs a token label: pkcs11:token=LABEL")
    unknown = set(options) - {"token", "module"}
    if unknown:
        raise KeyStoreError(
            f"unknown PKCS#11 key store option {sorted(unknown)[0]!r} (use token=, module=)"
        )
    module = default_module_path(options.get("module") or ws.config.pkcs11_module)
    return PKCS11Backend(module, label, ws.pin)


#: Key stores by scheme name. ``pkcs11`` imports python-pkcs11 only when it is first used.
BACKEND_FACTORIES: dict[str, Callable[[Workspace, dict[str, str]], KeyBackend]] = {
    "pkcs11": _pkcs11_backend,
}


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
