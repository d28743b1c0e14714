"""A workspace's settings: ``config.toml`` read into an immutable :class:`WorkspaceConfig`.

Thread rule: a :class:`WorkspaceConfig` is frozen; any thread may read it. Changing a
setting writes the file and swaps in a new one (:mod:`idtoolkit.settings`).
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from idtoolkit.errors import ConfigurationError, NotFoundError
from idtoolkit.keys.pkcs8 import DEFAULT_ITERATIONS, MIN_ITERATIONS
from idtoolkit.strict_toml import loads_toml

ENV_WORKSPACE = "IDTOOLKIT_WORKSPACE"
CONFIG_FILE = "config.toml"


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
    #: ``[operators] role_separation = true``: no operator may hold two of ca-admin,
    #: ra-officer and auditor (AD CS's RoleSeparationEnabled).
    role_separation: bool = False

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
            + ("\n[operators]\nrole_separation = true\n" if self.role_separation else "")
        )


def _q(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def load_config(directory: Path) -> WorkspaceConfig:
    path = directory / CONFIG_FILE
    defaults = WorkspaceConfig.defaults(directory)
    try:
        data = loads_toml(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise NotFoundError(
            "workspace.not_initialised",
            "{directory} is not a workspace (no {config_file}); initialise it first",
            directory=directory,
            config_file=CONFIG_FILE,
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigurationError(
            "workspace.invalid_toml", "{path}: invalid TOML: {exc}", path=path, exc=exc
        ) from None
    except UnicodeDecodeError:
        raise ConfigurationError(
            "workspace.config_not_utf8", "{path}: not UTF-8 text", path=path
        ) from None
    except RecursionError:
        raise ConfigurationError(
            "workspace.toml_too_deep",
            "{path}: invalid TOML: nested too deeply",
            path=path,
        ) from None

    def get(table: str, key: str, kind: type, default: object) -> object:
        section = data.get(table, {})
        if not isinstance(section, dict):
            raise ConfigurationError(
                "workspace.not_a_table", "{path}: [{table}] must be a table", path=path, table=table
            )
        value = section.get(key, default)
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            raise ConfigurationError(
                "workspace.wrong_type",
                "{path}: {table}.{key}: must be {expected}",
                path=path,
                table=table,
                key=key,
                expected=kind.__name__,
            )
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
        raise ConfigurationError(
            "workspace.kdf_iterations_too_low",
            "{path}: keys.kdf_iterations: must be at least {min_iterations}",
            path=path,
            min_iterations=MIN_ITERATIONS,
        )
    config = dataclasses.replace(config, key_kdf_iterations=iterations)
    separation = get("operators", "role_separation", bool, False)
    config = dataclasses.replace(config, role_separation=bool(separation))
    if not 0.0 <= config.lint_sample_rate <= 1.0:
        raise ConfigurationError(
            "workspace.sample_rate_out_of_range",
            "{path}: lint.bulk_sample_rate: must be between 0 and 1",
            path=path,
        )
    for key in ("crl_days", "root_crl_days", "delta_crl_hours"):
        if getattr(config, key) < 1:
            raise ConfigurationError(
                "workspace.ca_setting_not_positive",
                "{path}: ca.{key}: must be at least 1",
                path=path,
                key=key,
            )
    return config
