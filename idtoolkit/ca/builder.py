"""Turn a request plus a profile into a certificate builder: the profile's rules, applied.

Pure functions, no store and no keys, so every rule can be tested directly and the GUI can show
"what the profile will grant" before anything is signed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric.types import CertificateIssuerPublicKeyTypes
from cryptography.x509.oid import AuthorityInformationAccessOID, NameOID

from idtoolkit import oids
from idtoolkit.ca import urls
from idtoolkit.ca.inputs import san_kind, san_text
from idtoolkit.ca.names import attribute_name
from idtoolkit.ca.qcstatements import qc_statements_extension
from idtoolkit.errors import ProfileViolation
from idtoolkit.keys.spec import (
    KeyAlgorithm,
    KeySpec,
    authority_key_identifier,
    spec_of_public_key,
)
from idtoolkit.messages import Message, Text
from idtoolkit.oids import ATTRIBUTE_OIDS
from idtoolkit.profiles.model import KEY_USAGE_NAMES, Profile, post_quantum_refusal


@dataclass(frozen=True)
class Issuer:
    """What the issuing CA contributes to a certificate. ``None`` issuer means self-signed."""

    name: str
    certificate: x509.Certificate
    base_url: str
    #: CRL partitions (0: none): a certificate's CRL distribution point names partition
    #: ``serial % crl_partitions``.
    crl_partitions: int = 0


@dataclass(frozen=True)
class Request:
    subject: x509.Name
    public_key: CertificateIssuerPublicKeyTypes
    key_spec: KeySpec
    sans: tuple[x509.GeneralName, ...] = ()
    days: int | None = None
    not_before: dt.datetime | None = None
    #: The key was generated on a qualified signature/seal creation device (a token, by enroll,
    #: or a CSR whose token the officer attests). Only then may a certificate say so (QcSSCD,
    #: QCP-n-qscd / QCP-l-qscd); otherwise the profile's non-QSCD policy is used.
    key_on_qscd: bool = False


@dataclass
class Plan:
    """The certificate the profile will grant, and notes on what was changed or ignored."""

    builder: x509.CertificateBuilder
    not_before: dt.datetime
    not_after: dt.datetime
    sans: tuple[x509.GeneralName, ...]
    notes: list[str] = field(default_factory=list)


def _violation(profile: Profile, rule: Message) -> ProfileViolation:
    return ProfileViolation(
        "profile.rule_broken", "profile '{name}': {rule}", name=profile.name, rule=rule
    )


def check_subject(profile: Profile, subject: x509.Name) -> None:
    present: dict[str, list[str]] = {}
    for attribute in subject:
        short = attribute_name(attribute.oid)
        if short not in ATTRIBUTE_OIDS or short not in profile.subject.allowed:
            allowed = ", ".join(sorted(profile.subject.allowed)) or "none"
            raise ProfileViolation(
                "profile.subject_attribute_not_allowed",
                "profile '{name}': subject attribute {attribute} is not allowed "
                "(allowed: {allowed})",
                name=profile.name,
                attribute=short,
                allowed=allowed,
            )
        present.setdefault(short, []).append(str(attribute.value))
    for required in profile.subject.required:
        if required not in present:
            raise ProfileViolation(
                "profile.subject_attribute_required",
                "profile '{name}': subject attribute {attribute} is required",
                name=profile.name,
                attribute=required,
            )
    for group in profile.subject.one_of:
        matches = [alt for alt in group if all(a in present for a in alt)]
        partial = [alt for alt in group if any(a in present for a in alt)]
        if len(matches) != 1 or len(partial) != 1:
            raise ProfileViolation(
                "profile.subject_one_of",
                "profile '{name}': subject needs exactly one of {choices}, not both or neither",
                name=profile.name,
                choices=Message(
                    "text.one_or_other",
                    "{some} or {last}",
                    some=", ".join("+".join(alt) for alt in group[:-1]),
                    last="+".join(group[-1]),
                ),
            )
    for short, values in present.items():
        rule = profile.subject.rules.get(short)
        if rule is None:
            continue
        for value in values:
            if rule.max_length is not None and len(value) > rule.max_length:
                raise ProfileViolation(
                    "profile.subject_too_long",
                    "profile '{name}': subject {attribute} is longer than {limit} characters",
                    name=profile.name,
                    attribute=short,
                    limit=rule.max_length,
                )
            if rule.pattern is not None and not rule.pattern.fullmatch(value):
                expected = expected_words(rule.expected, short)
                raise ProfileViolation(
                    "profile.subject_value_form",
                    "profile '{name}': subject {attribute}='{value}' must be {expected}",
                    name=profile.name,
                    attribute=short,
                    value=value,
                    expected=expected,
                )


#: Words for the shipped profiles' patterns, for profiles that do not say ``expected``.
_EXPECTED = {
    "C": Message("profile.expected.country", "a 2-letter ISO 3166 country code, e.g. SN"),
    "serialNumber": Message(
        "profile.expected.serial_number",
        "a semantics identifier: PAS, IDC, PNO, TAX, TIN or EID, a 2-letter "
        "country code, '-', then the number, e.g. IDCSN-0000001",
    ),
    "organizationIdentifier": Message(
        "profile.expected.organization_identifier",
        "a type (VAT, NTR, PSD or LEI), a 2-letter country code, '-', "
        "then the number, e.g. NTRSN-2025B001",
    ),
}
_OF_THE_PROFILES_FORM = Message("profile.expected.any", "a value of the profile's form")
#: The same words, by their English: a profile that says them in its TOML (the shipped ones
#: do, for whoever reads the file) gets them said in the user's language.
_EXPECTED_BY_ENGLISH: dict[str, Message] = {str(words): words for words in _EXPECTED.values()}


def expected_words(own: str | None, attribute: str) -> Text:
    """What a subject attribute's value must look like, for the refusal: the profile's own
    words (``expected``), translated when they are the engine's; else the engine's words for
    the attribute's usual form."""
    if own is None:
        return _EXPECTED.get(attribute, _OF_THE_PROFILES_FORM)
    return _EXPECTED_BY_ENGLISH.get(own, own)


def _check_sans(
    profile: Profile, subject: x509.Name, sans: Sequence[x509.GeneralName]
) -> tuple[tuple[x509.GeneralName, ...], list[str]]:
    notes: list[str] = []
    result = list(dict.fromkeys(sans))  # keep order, drop duplicates
    for name in result:
        if san_kind(name) not in profile.san_types:
            allowed = ", ".join(profile.san_types) or "none"
            raise ProfileViolation(
                "profile.san_not_allowed",
                "profile '{name}': SAN {san} is not allowed (allowed types: {allowed})",
                name=profile.name,
                san=san_text(name),
                allowed=allowed,
            )
    cns = subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    if profile.san_from_cn and cns:
        cn = str(cns[0].value)
        candidates = [n for n in result if str(n.value).lower() == cn.lower()]
        if not candidates:
            from idtoolkit.ca.inputs import parse_san

            kind = "ip" if _looks_like_ip(cn) else "dns"
            try:
                result.insert(0, parse_san(f"{kind}:{cn}"))
            except Exception:
                raise ProfileViolation(
                    "profile.cn_not_a_san",
                    "profile '{name}': subject CN {cn!r} must be a DNS name or IP address "
                    "listed as a SAN",
                    name=profile.name,
                    cn=cn,
                ) from None
            notes.append(
                Message(
                    "issue.note.san_from_cn",
                    "added SAN {san} from the subject CN",
                    san=f"{kind}:{cn}",
                )
            )
    if profile.san_required and not result:
        raise ProfileViolation(
            "profile.san_required",
            "profile '{name}': at least one SAN ({types}) is required",
            name=profile.name,
            types=", ".join(profile.san_types),
        )
    return tuple(result), notes


def check_key_type(profile: Profile, spec: KeySpec) -> None:
    refusal = post_quantum_refusal(profile, spec)
    if refusal:
        raise _violation(profile, refusal)
    if spec.name not in profile.key_types:
        if spec.post_quantum and profile.is_ca:
            raise ProfileViolation(
                "profile.key_type_not_allowed_pq_ca",
                "profile '{name}': key type {key_type} is not allowed (allowed: {allowed}); "
                "post-quantum CAs use the profiles pq-root-ca and pq-sub-ca",
                name=profile.name,
                key_type=spec.name,
                allowed=", ".join(profile.key_types),
            )
        raise ProfileViolation(
            "profile.key_type_not_allowed",
            "profile '{name}': key type {key_type} is not allowed (allowed: {allowed})",
            name=profile.name,
            key_type=spec.name,
            allowed=", ".join(profile.key_types),
        )


def check_names(
    profile: Profile, subject: x509.Name, sans: Sequence[x509.GeneralName]
) -> tuple[tuple[x509.GeneralName, ...], list[str]]:
    """Subject and SAN rules (no key needed): lets a bulk job reject a bad row up front."""
    check_subject(profile, subject)
    if len(subject) == 0 and not sans:
        raise ProfileViolation(
            "profile.subject_or_san_needed",
            "profile '{name}': a certificate needs a subject or at least one SAN",
            name=profile.name,
        )
    return _check_sans(profile, subject, sans)


def _looks_like_ip(text: str) -> bool:
    import ipaddress

    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def validity(
    profile: Profile, days: int | None, now: dt.datetime
) -> tuple[dt.datetime, dt.datetime]:
    limit = profile.max_days_at(now)
    wanted = days if days is not None else min(profile.default_days, limit)
    if wanted < 1:
        raise ProfileViolation(
            "profile.validity_too_short",
            "profile '{name}': validity must be at least 1 day",
            name=profile.name,
        )
    if wanted > limit:
        raise ProfileViolation(
            "profile.validity_too_long",
            "profile '{name}': validity of {days} days exceeds the maximum of {limit} days",
            name=profile.name,
            days=wanted,
            limit=limit,
        )
    # Validity periods count both ends (RFC 5280 4.1.2.5, BR 1.6.1): subtract one second so
    # "N days" is N days, not N days and a second.
    return now, now + dt.timedelta(days=wanted) - dt.timedelta(seconds=1)


def _key_usage(profile: Profile, spec: KeySpec) -> x509.KeyUsage:
    names = set(profile.key_usage)
    if spec.algorithm is KeyAlgorithm.RSA:
        names |= set(profile.key_usage_rsa_extra)
    flags = {n: n in names for n in KEY_USAGE_NAMES}
    return x509.KeyUsage(encipher_only=False, decipher_only=False, **flags)


def _ext(value: x509.ExtensionType, critical: bool = False) -> x509.Extension[x509.ExtensionType]:
    return x509.Extension(value.oid, critical, value)


@dataclass(frozen=True)
class Template:
    """What a profile and an issuer fix for every certificate, computed once per job.

    A bulk job plans thousands of certificates from one template; rebuilding these extensions
    per certificate cost more than signing it.
    """

    profile: Profile
    issuer: Issuer | None
    issuer_name: str
    key_usage: dict[bool, x509.Extension[x509.ExtensionType]]  # keyed by "is an RSA key"
    leading: tuple[x509.Extension[x509.ExtensionType], ...]  # basicConstraints
    eku: x509.Extension[x509.ExtensionType] | None
    aki: x509.Extension[x509.ExtensionType] | None  # None when self-signed (AKI = own SKI)
    before_san: tuple[x509.Extension[x509.ExtensionType], ...]
    after_san: tuple[x509.Extension[x509.ExtensionType], ...]
    #: The same, claiming no qualified device, for keys that were not made on one (None when
    #: the profile claims none anyway).
    without_qscd: (
        tuple[
            tuple[x509.Extension[x509.ExtensionType], ...],
            tuple[x509.Extension[x509.ExtensionType], ...],
        ]
        | None
    ) = None


_NON_QSCD_POLICY = {
    oids.ETSI_QCP_N_QSCD: oids.ETSI_QCP_N,
    oids.ETSI_QCP_L_QSCD: oids.ETSI_QCP_L,
}


def _without_qscd(
    profile: Profile, extensions: list[x509.Extension[x509.ExtensionType]], issuer_base: str
) -> tuple[x509.Extension[x509.ExtensionType], ...]:
    changed: list[x509.Extension[x509.ExtensionType]] = []
    for extension in extensions:
        value = extension.value
        if isinstance(value, x509.CertificatePolicies):
            extension = _ext(
                x509.CertificatePolicies(
                    [
                        x509.PolicyInformation(
                            _NON_QSCD_POLICY.get(p.policy_identifier, p.policy_identifier),
                            p.policy_qualifiers,
                        )
                        for p in value
                    ]
                ),
                extension.critical,
            )
        elif extension.oid == oids.QC_STATEMENTS_EXTENSION and profile.qc_statements is not None:
            spec = replace(profile.qc_statements, sscd=False)
            extension = _ext(qc_statements_extension(spec, issuer_base), extension.critical)
        changed.append(extension)
    return tuple(changed)


def claims_qscd(profile: Profile) -> bool:
    """Whether the profile's certificates say the key is on a qualified device."""
    sscd = profile.qc_statements is not None and profile.qc_statements.sscd
    return sscd or any(oid in _NON_QSCD_POLICY for oid in profile.policies)


def make_template(
    profile: Profile, issuer: Issuer | None, self_name: str, base_url: str
) -> Template:
    issuer_name = issuer.name if issuer else self_name
    issuer_base = issuer.base_url if issuer else base_url
    if issuer is not None:
        refusal = post_quantum_refusal(
            profile, spec_of_public_key(issuer.certificate.public_key()), "signature"
        )
        if refusal:
            raise _violation(
                profile,
                Message(
                    "profile.issuer_refused",
                    "CA {ca!r}: {refusal}",
                    ca=issuer.name,
                    refusal=refusal,
                ),
            )
    rsa_usage = KeySpec("rsa", KeyAlgorithm.RSA, 2048)
    other_usage = KeySpec("ec", KeyAlgorithm.EC, 256)
    before_san: list[x509.Extension[x509.ExtensionType]] = []
    if profile.policies:
        before_san.append(
            _ext(
                x509.CertificatePolicies(
                    [x509.PolicyInformation(oid, None) for oid in profile.policies]
                )
            )
        )
    if profile.crl_distribution_point:
        before_san.append(
            _ext(
                x509.CRLDistributionPoints(
                    [
                        x509.DistributionPoint(
                            [
                                x509.UniformResourceIdentifier(
                                    urls.crl_url(issuer_base, issuer_name)
                                )
                            ],
                            None,
                            None,
                            None,
                        )
                    ]
                )
            )
        )
    access: list[x509.AccessDescription] = []
    if profile.aia_ocsp:
        access.append(
            x509.AccessDescription(
                AuthorityInformationAccessOID.OCSP,
                x509.UniformResourceIdentifier(urls.ocsp_url(issuer_base, issuer_name)),
            )
        )
    if profile.aia_ca_issuers:
        access.append(
            x509.AccessDescription(
                AuthorityInformationAccessOID.CA_ISSUERS,
                x509.UniformResourceIdentifier(urls.ca_issuers_url(issuer_base, issuer_name)),
            )
        )
    if access:
        before_san.append(_ext(x509.AuthorityInformationAccess(access)))
    after_san: list[x509.Extension[x509.ExtensionType]] = []
    if profile.ocsp_nocheck:
        after_san.append(_ext(x509.OCSPNoCheck()))
    if profile.name_constraints_dns:
        after_san.append(
            _ext(
                x509.NameConstraints([x509.DNSName(d) for d in profile.name_constraints_dns], None),
                True,
            )
        )
    if profile.qc_statements is not None:
        after_san.append(_ext(qc_statements_extension(profile.qc_statements, issuer_base)))
    without_qscd = (
        (
            _without_qscd(profile, before_san, issuer_base),
            _without_qscd(profile, after_san, issuer_base),
        )
        if claims_qscd(profile)
        else None
    )
    return Template(
        profile=profile,
        issuer=issuer,
        issuer_name=issuer_name,
        key_usage={
            True: _ext(_key_usage(profile, rsa_usage), profile.key_usage_critical),
            False: _ext(_key_usage(profile, other_usage), profile.key_usage_critical),
        },
        leading=(
            _ext(
                x509.BasicConstraints(
                    ca=profile.is_ca, path_length=profile.path_length if profile.is_ca else None
                ),
                True,
            ),
        ),
        eku=_ext(x509.ExtendedKeyUsage(list(profile.eku)), profile.eku_critical)
        if profile.eku
        else None,
        aki=_ext(authority_key_identifier(issuer.certificate)) if issuer is not None else None,
        before_san=tuple(before_san),
        after_san=tuple(after_san),
        without_qscd=without_qscd,
    )


def plan_certificate(
    profile: Profile,
    request: Request,
    issuer: Issuer | None,
    self_name: str,
    base_url: str,
    serial: int,
    now: dt.datetime | None = None,
) -> Plan:
    """Apply every rule of ``profile`` to ``request``; raise ProfileViolation naming the rule."""
    return plan_from_template(
        make_template(profile, issuer, self_name, base_url), request, serial, now
    )


def plan_from_template(
    template: Template, request: Request, serial: int, now: dt.datetime | None = None
) -> Plan:
    """The per-certificate rules (key type, subject, SANs, validity) and extensions."""
    profile, issuer = template.profile, template.issuer
    check_key_type(profile, request.key_spec)
    sans, notes = check_names(profile, request.subject, request.sans)
    now = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    not_before, not_after = validity(profile, request.days, request.not_before or now)
    if issuer is not None and not_after > issuer.certificate.not_valid_after_utc:
        raise ProfileViolation(
            "profile.validity_beyond_issuer",
            "profile '{name}': validity would end after the issuing CA's certificate "
            "({issuer_end}); choose fewer days",
            name=profile.name,
            issuer_end=f"{issuer.certificate.not_valid_after_utc:%Y-%m-%d}",
        )
    ski = x509.SubjectKeyIdentifier.from_public_key(request.public_key)
    extensions = [
        *template.leading,
        template.key_usage[request.key_spec.algorithm is KeyAlgorithm.RSA],
    ]
    if template.eku is not None:
        extensions.append(template.eku)
    if profile.subject_key_identifier or profile.is_ca:
        extensions.append(_ext(ski))
    extensions.append(
        template.aki or _ext(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski))
    )
    before_san, after_san = template.before_san, template.after_san
    if template.without_qscd is not None and not request.key_on_qscd:
        before_san, after_san = template.without_qscd
        notes = [
            *notes,
            Message(
                "issue.note.non_qscd",
                "issued under the non-QSCD policy: the key was not generated on a qualified "
                "device (a token), so QcSSCD and the -qscd policy are left out",
            ),
        ]
    if issuer is not None and issuer.crl_partitions > 0 and profile.crl_distribution_point:
        partition = serial % issuer.crl_partitions
        url = urls.partition_crl_url(issuer.base_url, issuer.name, partition)
        point = x509.DistributionPoint([x509.UniformResourceIdentifier(url)], None, None, None)
        before_san = tuple(
            _ext(x509.CRLDistributionPoints([point]))
            if e.oid == x509.CRLDistributionPoints.oid
            else e
            for e in before_san
        )
    extensions += before_san
    if sans:
        # RFC 5280 4.2.1.6: critical only when the subject is empty.
        extensions.append(_ext(x509.SubjectAlternativeName(list(sans)), len(request.subject) == 0))
    extensions += after_san
    builder = x509.CertificateBuilder(
        issuer_name=issuer.certificate.subject if issuer else request.subject,
        subject_name=request.subject,
        public_key=request.public_key,
        serial_number=serial,
        not_valid_before=not_before,
        not_valid_after=not_after,
        extensions=extensions,
    )
    return Plan(builder, not_before, not_after, sans, notes)
