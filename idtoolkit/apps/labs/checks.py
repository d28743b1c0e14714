"""Check kinds: each one asks the engine (store, tokens, services, validator), never scrapes
output, and returns what it found in the student's language plus the pack's hint."""

from __future__ import annotations

import datetime as dt
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509 import ocsp

from idtoolkit import api
from idtoolkit.api.i18n import catalogue
from idtoolkit.api.workspace import Workspace
from idtoolkit.apps.labs.actions import find_by_cn
from idtoolkit.apps.labs.pack import Check
from idtoolkit.apps.labs.text import bidi, finding, kind_label, localized, rtl_values
from idtoolkit.apps.labs.values import render
from idtoolkit.errors import IDToolkitError


@dataclass(frozen=True)
class CheckContext:
    ws: Workspace
    values: dict[str, str]
    work: Path
    lang: str
    #: audit events the student's workspace held at the pack's start state (after set-up)
    start_events: int = 0


@dataclass(frozen=True)
class CheckResult:
    exercise: str
    kind: str
    label: str
    passed: bool
    finding: str  # what was wrong, in the student's language ("" when passed)
    hint: str  # the pack's hint, in the student's language ("" when passed)

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


class Failed(Exception):
    def __init__(self, code: str, **fields: Any):
        super().__init__(code)
        self.code, self.fields = code, fields


def _ca_names(ws: Workspace) -> set[str]:
    return {ca.name for ca in api.list_cas(ws)}


def _need_ca(ws: Workspace, ca: str) -> None:
    if ca not in _ca_names(ws):
        raise Failed("no-ca", ca=ca)


def _token_public_keys(ws: Workspace, label: str, key_label: str | None = None) -> list[bytes]:
    """SubjectPublicKeyInfo of every private key on the token (via its public half), or of
    those labelled ``key_label``."""
    import pkcs11
    from pkcs11 import ObjectClass

    from idtoolkit.api.tokens import default_module_path, public_key_of, token_session

    session = token_session(default_module_path(ws.config.pkcs11_module), label, ws.pin)

    def operation(s: pkcs11.Session) -> list[bytes]:
        keys = list(s.get_objects({pkcs11.Attribute.CLASS: ObjectClass.PRIVATE_KEY}))
        return [
            public_key_of(k, s).public_bytes(
                serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
            )
            for k in keys
            if isinstance(k, pkcs11.PrivateKey) and key_label in (None, k.label)
        ]

    result = session.run("list keys", operation)
    assert isinstance(result, list)
    return result


def _spki(cert: x509.Certificate) -> bytes:
    return cert.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def check_cert(ctx: CheckContext, p: dict[str, Any]) -> None:
    ca = p["ca"]
    _need_ca(ctx.ws, ca)
    if "cn" in p:
        details = find_by_cn(ctx.ws, ca, p["cn"])
        if details is None:
            raise Failed("no-cert", cn=p["cn"], ca=ca)
        cert, profile = details.certificate, details.summary.profile
    else:  # the CA's own certificate
        info, cert = api.show_ca(ctx.ws, ca)
        if cert is None:
            raise Failed("no-ca", ca=ca)
        profile = info.profile
    if "subject" in p:
        wanted_subject = api.parse_subject(p["subject"])
        if cert.subject != wanted_subject:
            raise Failed("subject", found=cert.subject.rfc4514_string(), expected=p["subject"])
    if "profile" in p and profile != p["profile"]:
        raise Failed("profile", found=profile, expected=p["profile"])
    if "san" in p:
        try:
            sans = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
            present = [str(n.value) for n in sans]
        except x509.ExtensionNotFound:
            present = []
        for wanted in p["san"]:
            if wanted not in present:
                raise Failed("san", expected=wanted, found=", ".join(present) or "-")
    if "key_type" in p:
        from idtoolkit.api.profiles import spec_of_public_key

        found = spec_of_public_key(cert.public_key()).name
        if found != p["key_type"]:
            raise Failed("key-type", found=found, expected=p["key_type"])
    if "key_on_token" in p:
        label = ctx.values[f"token_{p['key_on_token']}"]
        if _spki(cert) not in _token_public_keys(ctx.ws, label):
            raise Failed("not-on-token", token=label)
        if "key_label" in p and _spki(cert) not in _token_public_keys(
            ctx.ws, label, p["key_label"]
        ):
            raise Failed("not-that-key", token=label, label=p["key_label"])
    if p.get("lint", True) and "cn" in p:
        from idtoolkit.api.certificates import lint_der_or_reject

        prof = ctx.ws.profiles.get(profile)
        try:
            lint_der_or_reject(
                cert.public_bytes(serialization.Encoding.DER),
                prof.lint,
                prof.name,
                ctx.ws.config.base_url,
            )
        except IDToolkitError as exc:
            raise Failed("lint", found=str(exc)) from None


def check_crl(ctx: CheckContext, p: dict[str, Any]) -> None:
    ca = p["ca"]
    _need_ca(ctx.ws, ca)
    info = api.latest_crl(ctx.ws, ca)
    if info is None:
        raise Failed("no-crl", ca=ca)
    if p.get("fresh", True) and info.next_update < dt.datetime.now(dt.UTC):
        raise Failed("stale-crl", ca=ca, found=info.next_update.isoformat())
    if "cn" in p:
        details = find_by_cn(ctx.ws, ca, p["cn"])
        if details is None:
            raise Failed("no-cert", cn=p["cn"], ca=ca)
        serial = details.certificate.serial_number
        entry = info.crl.get_revoked_certificate_by_serial_number(serial)
        if entry is None:
            raise Failed("not-in-crl", serial=f"{serial:x}", ca=ca)
        if "reason" in p:
            try:
                found = entry.extensions.get_extension_for_class(x509.CRLReason).value.reason.name
            except x509.ExtensionNotFound:
                found = "unspecified"
            wanted = p["reason"].replace("-", "_").lower()
            if found.lower() != wanted.replace("_", "").lower() and found != wanted:
                raise Failed("crl-reason", serial=f"{serial:x}", found=found, expected=p["reason"])


def check_chain(ctx: CheckContext, p: dict[str, Any]) -> None:
    ca = p["ca"]
    _need_ca(ctx.ws, ca)
    chain = api.ca_chain(ctx.ws, ca)
    if "cn" in p:
        details = find_by_cn(ctx.ws, ca, p["cn"])
        if details is None:
            raise Failed("no-cert", cn=p["cn"], ca=ca)
        chain = [details.certificate, *chain]
    if "depth" in p and len(chain) != int(p["depth"]):
        raise Failed("chain-depth", ca=ca, found=len(chain), expected=p["depth"])
    _verify_chain(chain)


def _verify_chain(chain: list[x509.Certificate]) -> None:
    """Each certificate signed by the next and valid now; the last one by itself."""
    now = dt.datetime.now(dt.UTC)
    for cert, issuer in zip(chain, [*chain[1:], chain[-1]], strict=True):
        try:
            cert.verify_directly_issued_by(issuer)
        except (ValueError, TypeError, Exception):
            raise Failed("chain-broken", found=cert.subject.rfc4514_string()) from None
        if not cert.not_valid_before_utc <= now <= cert.not_valid_after_utc:
            raise Failed("chain-broken", found=cert.subject.rfc4514_string())


def check_ocsp(ctx: CheckContext, p: dict[str, Any]) -> None:
    ca = p["ca"]
    _need_ca(ctx.ws, ca)
    details = find_by_cn(ctx.ws, ca, p["cn"])
    if details is None:
        raise Failed("no-cert", cn=p["cn"], ca=ca)
    issuer = api.ca_chain(ctx.ws, ca)[0]
    request = (
        ocsp.OCSPRequestBuilder()
        .add_certificate(details.certificate, issuer, hashes.SHA1())
        .build()
    )
    url = f"{ctx.values['base']}/ocsp/{ca}"
    try:
        http = urllib.request.Request(
            url,
            request.public_bytes(serialization.Encoding.DER),
            {"Content-Type": "application/ocsp-request"},
        )
        with urllib.request.urlopen(http, timeout=5) as reply:
            answer = ocsp.load_der_ocsp_response(reply.read())
    except (OSError, ValueError, urllib.error.URLError):
        raise Failed("ocsp-unreachable", found=url) from None
    if answer.response_status != ocsp.OCSPResponseStatus.SUCCESSFUL:
        raise Failed("ocsp-unreachable", found=f"{url} ({answer.response_status.name})")
    found = answer.certificate_status.name.lower()
    wanted = p.get("status", "good")
    if found != wanted or answer.serial_number != details.certificate.serial_number:
        raise Failed("ocsp-status", cn=p["cn"], found=found, expected=wanted)


def check_token(ctx: CheckContext, p: dict[str, Any]) -> None:
    label = ctx.values[f"token_{p.get('token', 'main')}"]
    keys = [k for k in api.list_token_keys(ctx.ws, label) if k.kind == "private"]
    if "count" in p and len(keys) != int(p["count"]):
        raise Failed("key-count", token=label, found=len(keys), expected=p["count"])
    if "key_label" in p:
        matching = [k for k in keys if k.label == p["key_label"]]
        if not matching:
            raise Failed("no-key", label=p["key_label"], token=label)
        key = matching[0]
        if key.extractable is not False or key.sensitive is not True:
            raise Failed("extractable", label=key.label)
        if "key_type" in p and not key.key_type.lower().startswith(p["key_type"].split("-")[0]):
            raise Failed("key-type", found=key.key_type, expected=p["key_type"])


def check_signature(ctx: CheckContext, p: dict[str, Any]) -> None:
    path = (ctx.work / p["file"]).resolve()
    if not path.is_file() or ctx.work.resolve() not in path.parents:
        raise Failed("no-file", file=p["file"])
    from idtoolkit.api import signing

    trust = [api.ca_chain(ctx.ws, ca.name)[-1] for ca in api.list_cas(ctx.ws)]
    try:
        reports = signing.verify_file(path, trust)
    except IDToolkitError:
        reports = []
    verdict = reports[0].verdict if reports else "invalid"
    reasons = reports[0].reasons if reports else ["unreadable"]
    wanted = p.get("verdict")
    if wanted and verdict != wanted:
        raise Failed("verdict", file=p["file"], found=verdict, expected=wanted)
    if "reason" in p and p["reason"] not in reasons:
        raise Failed(
            "reason", file=p["file"], found=", ".join(reasons) or "-", expected=p["reason"]
        )
    if p.get("level") == "B-T" and (not reports or reports[0].timestamp is None):
        raise Failed("level", file=p["file"], expected="B-T")


def check_audit(ctx: CheckContext, p: dict[str, Any]) -> None:
    result = api.verify_audit(ctx.ws)
    if not result.ok:
        raise Failed("audit", found=result.problem or "")
    if result.events <= ctx.start_events:  # an intact trail of nothing earns nothing
        raise Failed("audit-idle")


def check_acme(ctx: CheckContext, p: dict[str, Any]) -> None:
    """An ACME endpoint of the CA (``endpoint``), or a certificate for ``name`` that the
    CA issued through ACME (a valid order in the store, not a certificate made by hand),
    chaining to the student's root and, with ``file``, the one the client saved there."""
    from idtoolkit.api import acme

    ca = p["ca"]
    _need_ca(ctx.ws, ca)
    if "endpoint" in p:
        endpoint = acme.get_endpoint(ctx.ws, p["endpoint"])
        if endpoint is None or endpoint.ca != ca:
            raise Failed("no-acme-endpoint", endpoint=p["endpoint"], ca=ca)
    if "name" not in p:
        return
    name = p["name"]
    issued: dict[int, x509.Certificate] = {}
    for order in acme.recent_orders(ctx.ws, 10_000):
        if order.status != "valid" or name not in order.names or not order.certificate_serial:
            continue
        try:
            details = api.find_certificate(ctx.ws, order.certificate_serial, ca)
        except IDToolkitError:
            continue  # another CA's endpoint issued it
        issued[details.certificate.serial_number] = details.certificate
    if not issued:
        raise Failed("no-acme-cert", name=name, ca=ca)
    chain = api.ca_chain(ctx.ws, ca)
    for cert in issued.values():
        _verify_chain([cert, *chain])
    if "file" in p:
        path = (ctx.work / p["file"]).resolve()
        if not path.is_file() or ctx.work.resolve() not in path.parents:
            raise Failed("no-file", file=p["file"])
        try:
            saved = x509.load_pem_x509_certificates(path.read_bytes())
        except ValueError:
            saved = []
        if not saved or saved[0].serial_number not in issued:
            raise Failed("acme-file", file=p["file"], name=name)


KINDS: dict[str, Callable[[CheckContext, dict[str, Any]], None]] = {
    "cert": check_cert,
    "crl": check_crl,
    "chain": check_chain,
    "ocsp": check_ocsp,
    "token": check_token,
    "signature": check_signature,
    "audit": check_audit,
    "acme": check_acme,
}


def _hint(ctx: CheckContext, check: Check) -> str:
    """The pack's hint in the student's language, commands isolated in right-to-left text."""
    text = bidi(localized(check.hint, ctx.lang), ctx.lang)
    return str(render(text, rtl_values(ctx.values, ctx.lang)))


def run_check(ctx: CheckContext, exercise: str, check: Check) -> CheckResult:
    params = {key: render(value, ctx.values) for key, value in check.params.items()}
    label = localized(check.label, ctx.lang) if check.label else kind_label(ctx.lang, check.kind)
    try:
        KINDS[check.kind](ctx, params)
    except Failed as failure:
        text = finding(ctx.lang, failure.code, **failure.fields)
        return CheckResult(exercise, check.kind, label, False, text, _hint(ctx, check))
    except IDToolkitError as exc:
        # the engine's error in the student's language (its catalogue), not its English
        text = catalogue(ctx.lang).error_text(exc)
        return CheckResult(exercise, check.kind, label, False, text, _hint(ctx, check))
    return CheckResult(exercise, check.kind, label, True, "", "")
