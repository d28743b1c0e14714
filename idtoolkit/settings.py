"""Changing a workspace's settings (``config.toml``): the base URL written into certificates,
CRL lifetimes and the PKCS#11 module. The desktop app's Settings dialog and
``idtoolkit settings`` both come here, so the file, the audit trail and the open workspace
agree.

A CA keeps the base URL and CRL lifetime it was created with; new settings apply to CAs
created afterwards (certificates already issued cannot change their URLs anyway).
"""

from __future__ import annotations

import dataclasses
import ipaddress
from dataclasses import dataclass
from urllib.parse import urlsplit

from idtoolkit import audit_chain
from idtoolkit.errors import InputError
from idtoolkit.files import write_public
from idtoolkit.messages import Message
from idtoolkit.workspace import CONFIG_FILE, Workspace, WorkspaceConfig, load_config

#: The pkilint finding a local base URL causes in TLS certificates (CA/B Forum rules).
INTERNAL_NAME_LINT = "cabf.internal_domain_name"


@dataclass(frozen=True)
class Settings:
    base_url: str
    crl_days: int
    root_crl_days: int
    delta_crl_hours: int
    pkcs11_module: str | None


def current_settings(ws: Workspace) -> Settings:
    c = ws.config
    return Settings(c.base_url, c.crl_days, c.root_crl_days, c.delta_crl_hours, c.pkcs11_module)


def check_base_url(url: str) -> str:
    """An http(s) URL with a host, without a trailing slash; one line in words otherwise."""
    url = url.strip().rstrip("/")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError:
        raise InputError(
            "settings.base_url_unusable",
            "base URL '{url}' is not a usable URL: give e.g. http://pki.example.gov",
            url=url,
        ) from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(
            "settings.base_url_scheme",
            "base URL '{url}' must start with http:// or https:// and name a host, e.g. http://pki.example.gov",
            url=url,
        )
    if parts.query or parts.fragment:
        raise InputError(
            "settings.base_url_has_query",
            "base URL '{url}' must not have a query (?) or fragment (#)",
            url=url,
        )
    return url


def is_internal(url: str) -> bool:
    """True when only this computer or a private network can reach ``url``'s host: relying
    parties elsewhere cannot fetch CRLs or OCSP answers there, and pkilint warns
    (``cabf.internal_domain_name``) on TLS certificates carrying it."""
    host = urlsplit(url).hostname or ""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return host == "localhost" or "." not in host or host.endswith((".local", ".internal"))
    return address.is_loopback or address.is_private or address.is_link_local


def internal_name_explanation(base_url: str) -> Message:
    """Why pkilint warns on certificates under a local base URL, as a message (said in the
    user's language by the front end; ``str()`` is the English)."""
    return Message(
        "settings.internal_name_explanation",
        "Certificates carry their CRL, CA-certificate and OCSP addresses under {base_url}. "
        "That address can only be reached from this computer (or a private network), so "
        "relying parties elsewhere cannot check revocation, and pkilint warns "
        "'{lint}' on TLS certificates. Fine for a lab; for production set the "
        "public address where 'idtoolkit serve' (or your web server) publishes them.",
        base_url=base_url,
        lint=INTERNAL_NAME_LINT,
    )


def update_settings(
    ws: Workspace,
    *,
    base_url: str | None = None,
    crl_days: int | None = None,
    root_crl_days: int | None = None,
    delta_crl_hours: int | None = None,
    pkcs11_module: str | None = None,
) -> Settings:
    """Change the given settings (None: unchanged; ``pkcs11_module=""``: back to the default),
    write ``config.toml`` and record the change in the audit trail."""
    changes: dict[str, object] = {}
    if base_url is not None:
        changes["base_url"] = check_base_url(base_url)
    for key, value in (
        ("crl_days", crl_days),
        ("root_crl_days", root_crl_days),
        ("delta_crl_hours", delta_crl_hours),
    ):
        if value is not None:
            if value < 1:
                raise InputError(
                    "settings.not_positive",
                    "{setting} must be at least 1",
                    setting=key.replace("_", " "),
                )
            changes[key] = value
    if pkcs11_module is not None:
        module = pkcs11_module.strip()
        if module:
            from pathlib import Path

            if not Path(module).expanduser().is_file():
                raise InputError(
                    "settings.pkcs11_module_missing",
                    "PKCS#11 module {module} does not exist",
                    module=module,
                )
        changes["pkcs11_module"] = module or None
    on_disk = load_config(ws.directory)  # not ws.config: it may carry a --db override
    changed = {k: v for k, v in changes.items() if getattr(on_disk, k) != v}
    if changed:
        new: WorkspaceConfig = dataclasses.replace(on_disk, **changed)  # type: ignore[arg-type]
        write_public(ws.directory / CONFIG_FILE, new.to_toml(ws.directory).encode())
        with ws.store.transaction() as session:
            audit_chain.append(session, "workspace.settings", changed)
        ws.config = dataclasses.replace(ws.config, **changed)  # type: ignore[arg-type]
    return current_settings(ws)
