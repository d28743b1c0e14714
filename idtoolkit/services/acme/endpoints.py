"""ACME endpoints as configured by ``acme add``: which CA signs, under which profile, for
which names, with which challenges, and External Account Binding keys.

The settings live in the store (one JSON column), so every ``serve`` on the store sees an
endpoint added while it runs.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import re
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from idtoolkit import audit_chain
from idtoolkit.errors import AlreadyExistsError, InputError, NotFoundError
from idtoolkit.services.acme.jws import b64encode
from idtoolkit.store import acme as store
from idtoolkit.store.cas import ca_by_name
from idtoolkit.store.session import Session
from idtoolkit.workspace import Workspace

CHALLENGES = ("http-01", "tls-alpn-01")
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,47}")
_DNS = re.compile(
    r"(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?"
)


@dataclass(frozen=True)
class EndpointSettings:
    days: int | None = None
    challenges: tuple[str, ...] = ("http-01",)
    eab: bool = False
    http01_port: int = 80
    tls_alpn01_port: int = 443
    resolve: Mapping[str, str] = field(default_factory=dict)
    allow_suffixes: tuple[str, ...] = ()
    allow_ip: bool = False
    orders_per_hour: int = 300

    def to_json(self) -> str:
        data = asdict(self)
        data["resolve"] = dict(self.resolve)
        return json.dumps(data, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> EndpointSettings:
        data: dict[str, Any] = json.loads(text)
        data["challenges"] = tuple(data.get("challenges", ("http-01",)))
        data["allow_suffixes"] = tuple(data.get("allow_suffixes", ()))
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass(frozen=True)
class Endpoint:
    id: int
    name: str
    ca: str
    profile: str
    settings: EndpointSettings


def _port(value: int, what: str) -> int:
    if not 1 <= value <= 65535:
        raise InputError(
            "acme.bad_port",
            "the {what} port must be between 1 and 65535, not {port}",
            what=what,
            port=value,
        )
    return value


def parse_resolve(entries: Iterable[str]) -> dict[str, str]:
    """``NAME=ADDRESS`` pairs (like curl's --resolve): where validation connects for a name."""
    mapping: dict[str, str] = {}
    for entry in entries:
        name, sep, address = entry.partition("=")
        try:
            ipaddress.ip_address(address.strip())
        except ValueError:
            sep = ""
        if not sep or not name.strip():
            raise InputError(
                "acme.bad_resolve", "{entry!r} is not NAME=ADDRESS (an IP address)", entry=entry
            )
        mapping[name.strip().lower().rstrip(".")] = address.strip()
    return mapping


def add_endpoint(
    ws: Workspace,
    name: str,
    ca: str,
    profile: str,
    *,
    days: int | None = None,
    challenges: Iterable[str] = ("http-01",),
    eab: bool = False,
    http01_port: int = 80,
    tls_alpn01_port: int = 443,
    resolve: Iterable[str] = (),
    allow_suffixes: Iterable[str] = (),
    allow_ip: bool = False,
    orders_per_hour: int = 300,
) -> Endpoint:
    """Create ``/acme/NAME/directory`` for ``ca`` and ``profile`` (checked now, not at issue)."""
    if not _NAME.fullmatch(name):
        raise InputError(
            "acme.bad_name",
            "an ACME endpoint name is letters, digits, '.', '_' or '-' (up to 48), not {name!r}",
            name=name,
        )
    chosen = tuple(dict.fromkeys(c.strip() for c in challenges if c.strip()))
    unknown = [c for c in chosen if c not in CHALLENGES]
    if unknown or not chosen:
        raise InputError(
            "acme.bad_challenges",
            "challenges must be among {known}, not {given}",
            known=", ".join(CHALLENGES),
            given=", ".join(chosen) or "none",
        )
    if days is not None and days < 1:
        raise InputError(
            "acme.bad_days", "the lifetime must be at least 1 day, not {days}", days=days
        )
    if orders_per_hour < 1:
        raise InputError(
            "acme.bad_rate_limit",
            "the rate limit must be at least 1 order an hour, not {limit}",
            limit=orders_per_hour,
        )
    suffixes = tuple(s.strip().lower() for s in allow_suffixes if s.strip())
    for suffix in suffixes:
        # A suffix that is no domain (a URL, a space, a stray comma) would refuse every name.
        if not _DNS.fullmatch(suffix.removeprefix(".")):
            raise InputError(
                "acme.bad_suffix",
                "an allowed name suffix is a DNS domain such as .lab.gov.sn, not {suffix!r}",
                suffix=suffix,
            )
    now = dt.datetime.now(dt.UTC)
    prof = ws.profiles.get(profile)  # an unknown profile is refused with the known ones
    if days is not None and days > prof.max_days_at(now):
        raise InputError(
            "acme.days_over_profile",
            "profile {profile} allows at most {max_days} days, not {days}",
            profile=profile,
            max_days=prof.max_days_at(now),
            days=days,
        )
    settings = EndpointSettings(
        days,
        chosen,
        eab,
        _port(http01_port, "http-01"),
        _port(tls_alpn01_port, "tls-alpn-01"),
        parse_resolve(resolve),
        suffixes,
        allow_ip,
        orders_per_hour,
    )
    with ws.store.transaction() as session:
        ca_by_name(session, ca)  # an unknown CA is refused with the known ones
        if store.endpoint_by_name(session, name) is not None:
            raise AlreadyExistsError(
                "acme.endpoint_exists", "an ACME endpoint called {name!r} exists already", name=name
            )
        row = store.AcmeEndpoint(
            name=name, ca=ca, profile=profile, settings=settings.to_json(), created_at=now
        )
        store.add(session, row)
        audit_chain.append(
            session,
            "acme.endpoint_added",
            {
                "endpoint": name,
                "ca": ca,
                "profile": profile,
                "settings": json.loads(settings.to_json()),
            },
        )
        return Endpoint(row.id, name, ca, profile, settings)


def _of(row: store.AcmeEndpoint) -> Endpoint:
    return Endpoint(row.id, row.name, row.ca, row.profile, EndpointSettings.from_json(row.settings))


def get_endpoint(ws: Workspace, name: str) -> Endpoint | None:
    with ws.store.reading() as session:
        row = store.endpoint_by_name(session, name)
        return _of(row) if row is not None and "#" not in row.name else None


def list_endpoints(ws: Workspace) -> list[Endpoint]:
    with ws.store.reading() as session:
        return [_of(row) for row in store.list_endpoints(session) if "#" not in row.name]


def _existing(session: Session, name: str) -> store.AcmeEndpoint:
    row = store.endpoint_by_name(session, name)
    if row is None or "#" in row.name:
        raise NotFoundError("acme.unknown_endpoint", "no ACME endpoint called {name!r}", name=name)
    return row


def remove_endpoint(ws: Workspace, name: str) -> None:
    with ws.store.transaction() as session:
        row = _existing(session, name)
        store.delete_endpoint(session, row)
        audit_chain.append(session, "acme.endpoint_removed", {"endpoint": name})


def add_eab_key(ws: Workspace, name: str, key_id: str) -> str:
    """A new EAB key for ``key_id``; the HMAC key (base64url) is returned once, never logged."""
    if not key_id or len(key_id) > 128 or not key_id.isprintable():
        raise InputError("acme.bad_key_id", "an EAB key id is 1 to 128 printable characters")
    key = secrets.token_bytes(32)
    with ws.store.transaction() as session:
        row = _existing(session, name)
        if store.eab_key(session, row.id, key_id) is not None:
            raise AlreadyExistsError(
                "acme.eab_exists",
                "endpoint {name} has an EAB key {key_id!r} already",
                name=name,
                key_id=key_id,
            )
        store.add(
            session,
            store.AcmeEabKey(
                endpoint_id=row.id, key_id=key_id, hmac_key=key, created_at=dt.datetime.now(dt.UTC)
            ),
        )
        audit_chain.append(session, "acme.eab_key_added", {"endpoint": name, "key_id": key_id})
    return b64encode(key)


def name_allowed(settings: EndpointSettings, kind: str, value: str) -> str | None:
    """Why the policy refuses an identifier, or ``None`` when it is allowed."""
    if kind == "ip":
        try:
            ipaddress.ip_address(value)
        except ValueError:
            return f"{value!r} is not an IP address"
        return (
            None if settings.allow_ip else "this endpoint issues no certificates for IP addresses"
        )
    if kind != "dns":
        return f"identifier type {kind!r} is not supported"
    if "*" in value:
        return "wildcard names need dns-01, which this endpoint does not offer"
    if not _DNS.fullmatch(value):
        return f"{value!r} is not a valid lower-case DNS name"
    if settings.allow_suffixes and not any(
        value == s.lstrip(".") or value.endswith(s if s.startswith(".") else "." + s)
        for s in settings.allow_suffixes
    ):
        return f"{value} is outside the names this endpoint serves ({', '.join(settings.allow_suffixes)})"
    return None
