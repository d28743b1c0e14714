"""Keeping every CA's CRLs fresh while ``idtoolkit serve`` runs, and finding the CRL (or CA
certificate) a URL names.

A relying party must never be handed an expired CRL. Each CA that can sign here gets its full
CRL (and its delta CRL, once it has published one) re-signed when the latest is half-way to
its ``nextUpdate`` — for keys in software and on tokens alike — and each publication is logged
and leaves the ``crl.published`` audit event :func:`idtoolkit.ca.crl.make_crl` writes. Several
forked workers may run this at once: the due check is made under the CA row's lock, and a
publication another worker won is not an error.

URLs: a CA of this workspace is served under its own name. An external CA (an offline root
known here by its certificate, its CRLs brought over with ``idtoolkit ca import-crl``) is also
served under the name its own CA wrote into the certificates it issued: the root called itself
``root`` when it put ``…/crl/root.crl`` into the issuing CA's certificate, whatever this
workspace calls it.
"""

from __future__ import annotations

import datetime as dt
import logging
from urllib.parse import urlsplit

from cryptography import x509

from idtoolkit.ca.crl import CRLInfo, crl_partitions, latest_crl, refresh_crl
from idtoolkit.ca.urls import ca_issuers_urls_of, partition_of_url, revocation_urls_of
from idtoolkit.errors import IDToolkitError, StoreError
from idtoolkit.store.cas import all_cas, ca_name_taken, signing_cas_with_expiry
from idtoolkit.workspace import Workspace

log = logging.getLogger("idtoolkit.serve")

#: How often ``serve`` checks whether a CRL is due (each check is two small queries per CA).
CHECK_SECONDS = 60.0


def publish_due(
    ws: Workspace, now: dt.datetime | None = None, *, first: bool = True
) -> list[CRLInfo]:
    """Re-sign every CRL that is due; what was published, each logged. ``first=False``
    publishes no CA's first CRL (see :func:`idtoolkit.ca.crl.refresh_crl`)."""
    published: list[CRLInfo] = []
    with ws.store.reading() as session:
        names = [
            name
            for name, not_after in signing_cas_with_expiry(session)
            if _aware(not_after) > (now or dt.datetime.now(dt.UTC))
        ]
    for name in names:
        scopes: list[tuple[bool, int | None]] = [(False, None), (True, None)]
        scopes += [(False, p) for p in crl_partitions(ws, name)]
        for delta, partition in scopes:
            try:
                info = refresh_crl(ws, name, delta=delta, now=now, first=first, partition=partition)
            except StoreError as exc:  # most likely another worker published it first
                log.debug("CRL of %s not published here: %s", name, exc)
                continue
            except IDToolkitError as exc:  # e.g. a token that is gone: keep serving the rest
                log.warning(
                    "could not re-sign the %sCRL of %s: %s", "delta " if delta else "", name, exc
                )
                continue
            if info is not None:
                _log_published(info)
                published.append(info)
    return published


def _log_published(info: CRLInfo) -> None:
    log.info(
        "published %sCRL %d of %s%s (%d entries), next update %s",
        "delta " if info.is_delta else "",
        info.number,
        info.ca,
        "" if info.partition is None else f" partition {info.partition}",
        info.entries,
        f"{info.next_update:%Y-%m-%d %H:%M} UTC",
    )


def current_crl(ws: Workspace, name: str, delta: bool, *, may_sign: bool = True) -> CRLInfo | None:
    """The CRL to serve for ``/crl/NAME.crl``: never one past its ``nextUpdate``. One that is
    (``serve`` was stopped for a while) is re-signed on the spot when the key is here and
    ``may_sign``; a validation-only server logs it and serves nothing."""
    ca_name = ca_for_url_name(ws, name, "crl")
    partition: int | None = None
    if ca_name is None:
        found = partition_of_url(f"/crl/{name}.crl")
        base = name.rsplit("-p", 1)[0]
        if found is None or delta or not _is_ca(ws, base):
            return None
        ca_name, partition = base, found
    info = latest_crl(ws, ca_name, delta=delta, partition=partition)
    now = dt.datetime.now(dt.UTC)
    if info is not None and _aware(info.next_update) > now:
        return info
    if not may_sign:
        if info is not None:
            log.warning(
                "the %sCRL of %s expired at %s UTC and this server signs nothing: not served",
                "delta " if delta else "",
                ca_name,
                f"{info.next_update:%Y-%m-%d %H:%M}",
            )
        return None
    try:
        fresh = refresh_crl(ws, ca_name, delta=delta, partition=partition)
    except IDToolkitError as exc:
        log.warning("no current CRL for %s: %s", ca_name, exc)
        return None
    if fresh is not None:
        _log_published(fresh)
        return fresh
    info = latest_crl(ws, ca_name, delta=delta, partition=partition)  # re-signed meanwhile
    return info if info is not None and _aware(info.next_update) > now else None


def _is_ca(ws: Workspace, name: str) -> bool:
    with ws.store.reading() as session:
        return ca_name_taken(session, name)


def ca_for_url_name(ws: Workspace, name: str, kind: str) -> str | None:
    """The CA of this workspace that ``/crl/NAME.crl`` (``kind`` "crl") or ``/ca/NAME.crt``
    (``kind`` "ca") means: a CA of that name, else the issuer of a CA certificate here that
    points to that path."""
    suffix = f"/crl/{name}.crl" if kind == "crl" else f"/ca/{name}.crt"
    with ws.store.reading() as session:
        if ca_name_taken(session, name):
            return name
        for ca in all_cas(session):
            if ca.certificate is None or ca.parent is None:
                continue
            cert = x509.load_der_x509_certificate(ca.certificate.der)
            if any(urlsplit(url).path == suffix for url in _urls(cert, kind)):
                return ca.parent.name
    return None


def external_crl_paths(ws: Workspace) -> list[tuple[str, str]]:
    """(external CA, URL path) for each offline CA whose CRL this server publishes."""
    found: list[tuple[str, str]] = []
    with ws.store.reading() as session:
        for ca in all_cas(session):
            parent = ca.parent
            if ca.certificate is None or parent is None or parent.status != "external":
                continue
            cert = x509.load_der_x509_certificate(ca.certificate.der)
            for url in _urls(cert, "crl"):
                entry = (parent.name, urlsplit(url).path)
                if entry not in found:
                    found.append(entry)
    return found


def _urls(cert: x509.Certificate, kind: str) -> list[str]:
    return revocation_urls_of(cert)[1] if kind == "crl" else ca_issuers_urls_of(cert)


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)
