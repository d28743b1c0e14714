"""The scenario file of ``idtoolkit testpki create``: TOML, checked before anything is made.

Errors name the file, the entry and the key, like profile errors do, so a developer editing a
copy of the default scenario sees at once what to fix.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from idtoolkit.api.files import StrictTable, loads_toml
from idtoolkit.api.inputs import os_reason
from idtoolkit.errors import InputError

SERVICE_KINDS = ("ocsp", "tsa")
REVOCATIONS = ("key-compromise", "certificate-hold", "superseded", "cessation-of-operation",
               "affiliation-changed", "unspecified")  # fmt: skip


@dataclass(frozen=True)
class CASpec:
    name: str
    subject: str
    key: str
    parent: str | None
    trusted: bool  # a sub-CA is trusted when its root is
    revoke: str | None = None  # a sub-CA revoked by its parent, after its credentials are issued


@dataclass(frozen=True)
class ServiceSpec:
    kind: str
    ca: str
    subject: str
    key: str
    #: Validity in days (default: the service profile's). A TSA starts when the CAs do, so
    #: ``days`` beyond ``backdate_days`` + a credential's days makes its time-stamps outlive
    #: the signers: "valid after the signer's certificate expired" can then be shown.
    days: int | None = None


@dataclass(frozen=True)
class CredentialSpec:
    name: str
    description: str
    ca: str
    profile: str
    subject: str
    key: str
    start_days: int
    days: int | None
    revoke: str | None


@dataclass(frozen=True)
class Scenario:
    source: str
    base_url: str
    backdate_days: int
    cas: list[CASpec]
    services: list[ServiceSpec]
    credentials: list[CredentialSpec]


def _list(source: str, data: dict[str, Any], key: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise InputError(
            "testpki.not_an_array_of_tables",
            "{source}: {key} must be an array of tables ([[{key}]])",
            source=source,
            key=key,
        )
    return value


def _positive(source: str, where: str, key: str, value: int | None) -> int | None:
    if value is not None and value < 1:
        raise InputError(
            "testpki.days_not_positive",
            "{source}: {where}: {key}: must be a whole number of days, 1 or more",
            source=source,
            where=where,
            key=key,
        )
    return value


def check_base_url(url: str, where: str) -> None:
    """An http(s) URL with a host and a valid port: certificates will carry it."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError as exc:
        raise InputError(
            "testpki.unusable_url",
            "{where}: {url!r} is not a usable URL ({exc})",
            where=where,
            url=url,
            exc=exc,
        ) from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(
            "testpki.url_not_http",
            "{where}: {url!r} must be an http:// or https:// URL with a host",
            where=where,
            url=url,
        )


def parse(text: str, source: str) -> Scenario:
    try:
        data = loads_toml(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(
            "testpki.invalid_toml", "{source}: not valid TOML: {exc}", source=source, exc=exc
        ) from None
    top = StrictTable(source, "top level", data)
    pki = StrictTable(source, "[pki]", top.get("pki", dict, {}))
    base_url = pki.get("base_url", str, "http://127.0.0.1:8080")
    check_base_url(base_url, f"{source}: [pki]: base_url")
    default_key = pki.get("key", str, "ec-p256")
    backdate = pki.get("backdate_days", int, 730)
    pki.done()

    cas: list[CASpec] = []
    for i, raw in enumerate(_list(source, data, "ca")):
        t = StrictTable(source, f"ca #{i + 1}", raw)
        name = t.get("name", str)
        t.where = f"ca {name!r}"
        parent = t.get("parent", str, None)
        if parent is not None and parent not in {c.name for c in cas}:
            raise InputError(
                "testpki.parent_not_defined_above",
                "{source}: ca {name!r}: parent: {parent!r} must be defined above it",
                source=source,
                name=name,
                parent=parent,
            )
        if parent is None:
            trusted = t.get("trusted", bool, True)
            revoke = None
        else:
            if "trusted" in raw:
                raise InputError(
                    "testpki.trusted_only_for_roots",
                    "{source}: ca {name!r}: trusted: only a root is trusted or not (a sub-CA follows its root)",
                    source=source,
                    name=name,
                )
            trusted = next(c.trusted for c in cas if c.name == parent)
            revoke = t.get("revoke", str, None, choices=REVOCATIONS)
        cas.append(CASpec(name, t.get("subject", str), t.get("key", str, default_key), parent,
                          trusted, revoke))  # fmt: skip

        t.done()
    names = [c.name for c in cas]
    if not cas:
        raise InputError("testpki.no_ca", "{source}: at least one [[ca]] is needed", source=source)
    if len(set(names)) != len(names):
        raise InputError(
            "testpki.duplicate_ca_name", "{source}: two CAs have the same name", source=source
        )

    services: list[ServiceSpec] = []
    for i, raw in enumerate(_list(source, data, "service")):
        t = StrictTable(source, f"service #{i + 1}", raw)
        services.append(
            ServiceSpec(
                t.get("kind", str, choices=SERVICE_KINDS),
                t.get("ca", str, choices=tuple(names)),
                t.get("subject", str),
                t.get("key", str, default_key),
                _positive(source, f"service #{i + 1}", "days", t.get("days", int, None)),
            )
        )
        t.done()

    credentials: list[CredentialSpec] = []
    for i, raw in enumerate(_list(source, data, "credential")):
        t = StrictTable(source, f"credential #{i + 1}", raw)
        name = t.get("name", str)
        t.where = f"credential {name!r}"
        if not name.replace("-", "").replace("_", "").isalnum():
            raise InputError(
                "testpki.bad_credential_name",
                "{source}: credential {name!r}: name: use letters, digits, - and _",
                source=source,
                name=name,
            )
        credentials.append(
            CredentialSpec(
                name,
                t.get("description", str, ""),
                t.get("ca", str, choices=tuple(names)),
                t.get("profile", str),
                t.get("subject", str),
                t.get("key", str, default_key),
                t.get("start_days", int, 0),
                t.get("days", int, None),
                t.get("revoke", str, None, choices=REVOCATIONS),
            )
        )
        t.done()
    if len({c.name for c in credentials}) != len(credentials):
        raise InputError(
            "testpki.duplicate_credential_name",
            "{source}: two credentials have the same name",
            source=source,
        )
    top.get("ca", list, [])
    top.get("service", list, [])
    top.get("credential", list, [])
    top.done()
    return Scenario(source, base_url, backdate, cas, services, credentials)


def load(path: Path | None) -> Scenario:
    """``path``, or the shipped default scenario."""
    if path is None:
        text = resources.files("idtoolkit.apps.testpki").joinpath("default.toml").read_text("utf-8")
        return parse(text, "default.toml")
    try:
        text = path.read_text("utf-8")
    except OSError as exc:
        raise InputError(
            "testpki.cannot_read_scenario",
            "cannot read the scenario {path}: {strerror}",
            path=path,
            strerror=os_reason(exc),
        ) from None
    except UnicodeDecodeError:
        raise InputError("testpki.scenario_not_utf8", "{path}: not UTF-8 text", path=path) from None
    return parse(text, path.name)


def shipped_profiles() -> list[tuple[str, str]]:
    """(file name, TOML text) of the profiles test PKIs add to their workspace."""
    folder = resources.files("idtoolkit.apps.testpki").joinpath("profiles")
    return [(p.name, p.read_text("utf-8")) for p in folder.iterdir() if p.name.endswith(".toml")]
