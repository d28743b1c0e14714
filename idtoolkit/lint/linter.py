"""Lint certificates and CRLs with pkilint before the CA hands them out.

A CA that signs first and checks later has already published the mistake (CT logs, relying
parties), so the engine lints the DER it is about to return and refuses to issue when pkilint
reports an ERROR or FATAL finding. This module is the only place that touches pkilint's API:
pkilint is untyped and its CLI scripts (``pkilint/bin/lint_*.py``) are the only documentation
of how the pieces fit together, so we mirror them here once, with types, and give the rest of
the engine a small frozen result (:class:`LintReport`) instead of pkilint's result objects.

Building a pkilint validator container walks hundreds of validator constructors; doing that
per certificate would dominate a bulk job, so containers are built lazily, once per
(standard, detected certificate type), and shared. pkilint's own REST server shares them across
requests the same way: the validators keep no per-document state.

Measured cost (pkilint 0.13.3, CPython 3.11, one core of a 2-vCPU VM; P-256 DV leaf with
SAN/EKU/policy/AIA/CRLDP, or an S/MIME mailbox leaf for CABF_SMIME; warm cache):

* PKIX             ~360 certs/s  (~2.8 ms); building its container costs ~10 ms
* CABF_SERVERAUTH  ~270 certs/s  (~3.7 ms); building a container costs ~150 ms
* CABF_SMIME       ~250 certs/s  (~4.0 ms); building a container costs ~150 ms
* ETSI             ~255 certs/s  (~3.9 ms); building a container costs ~150 ms
* lint_crl         ~1350 CRLs/s  (one revoked entry)

Without the cache the three CA/B Forum / ETSI linters drop to ~7 certs/s, hence the cache.
Importing this module (pkilint and its RFC 5280 modules) takes ~350 ms once; the CA/B Forum and
ETSI rule sets (about as much again) load when a certificate is first linted against them.
Warm per-call time is pyasn1 decoding plus pkilint's walk over every node of the document.
"""

from __future__ import annotations

import contextvars
import datetime
import functools
import threading
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from pkilint import document as pkilint_document
from pkilint import finding_filter, loader, pkix, validation
from pkilint.pkix import certificate, crl, extension, name
from pyasn1.error import PyAsn1Error

from idtoolkit.errors import LintError
from idtoolkit.messages import Message

__all__ = [
    "LintFinding",
    "LintReport",
    "LintStandard",
    "lint_certificate",
    "lint_crl",
]


from idtoolkit.lint.results import LintFinding, LintReport, LintStandard

# --- validity period start ---------------------------------------------------------------------
# CA/B Forum rules have effective dates (e.g. the 398 -> 200 day TLS limit from 2026-03-15),
# and pkilint decides which apply from a "validity period start". By default that is the
# certificate's notBefore; callers may pin another instant (e.g. the signing time of a
# backdated certificate). Baking a fixed instant into a container would defeat the cache, so
# the cached containers all use this retriever and the override travels in a ContextVar, which
# is per thread and per asyncio task.
_VALIDITY_START_OVERRIDE: contextvars.ContextVar[datetime.datetime | None] = contextvars.ContextVar(
    "idtoolkit_lint_validity_start", default=None
)


class _ValidityStartRetriever(pkilint_document.ValidityPeriodStartRetriever):  # type: ignore[misc]
    """Returns the per-call override if set, else the certificate's notBefore (pkilint default)."""

    def __call__(self, doc: Any, *args: Any, **kwargs: Any) -> datetime.datetime:
        override = _VALIDITY_START_OVERRIDE.get()
        if override is not None:
            return override
        not_before: datetime.datetime = doc.not_before
        return not_before


_VALIDITY_START = _ValidityStartRetriever()


# --- one public suffix list --------------------------------------------------------------------
# pkilint's internal-domain-name validators each parse the whole public suffix list in their
# constructor (~0.2 s), and a CA/B Forum or ETSI container holds five of them: about a second
# of every command that lints a certificate (issue, lab reset). The parsed list is read-only
# (publicsuffixlist: "after __init__(), all instance methods become thread-safe"), so one
# instance per set of options is shared, through pkilint's own module reference.
class _SharedPublicSuffixLists:
    """Stands in for the ``publicsuffixlist`` module inside pkilint's alternative_name."""

    def __init__(self, module: Any) -> None:
        self._module = module
        self._lists: dict[tuple[tuple[str, Any], ...], Any] = {}
        self._lock = threading.Lock()

    def PublicSuffixList(self, **options: Any) -> Any:  # named as the module names its class
        key = tuple(sorted(options.items()))
        with self._lock:
            if key not in self._lists:
                self._lists[key] = self._module.PublicSuffixList(**options)
            return self._lists[key]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._module, name)


def _share_public_suffix_lists() -> None:
    import publicsuffixlist
    from pkilint.common import alternative_name

    if getattr(alternative_name, "publicsuffixlist", None) is publicsuffixlist:
        alternative_name.publicsuffixlist = _SharedPublicSuffixLists(publicsuffixlist)


_share_public_suffix_lists()


# --- container cache ---------------------------------------------------------------------------
@dataclass(frozen=True)
class _Linter:
    """A built pkilint container plus the finding filters its CLI applies by default."""

    validator: Any
    filters: tuple[Any, ...] = ()


_CACHE: dict[Hashable, _Linter] = {}
_CACHE_LOCK = threading.Lock()


def _cached(key: Hashable, build: Callable[[], _Linter]) -> _Linter:
    """Return the linter for ``key``, building it once even if threads race for it."""
    linter = _CACHE.get(key)
    if linter is not None:
        return linter
    with _CACHE_LOCK:
        linter = _CACHE.get(key)
        if linter is None:
            linter = build()
            _CACHE[key] = linter
        return linter


def _build_pkix() -> _Linter:
    """Mirror ``lint_pkix_cert``: RFC 5280 decoding and validators only."""
    return _Linter(
        certificate.create_pkix_certificate_validator_container(
            certificate.create_decoding_validators(
                name.ATTRIBUTE_TYPE_MAPPINGS, extension.EXTENSION_MAPPINGS
            ),
            [
                certificate.create_issuer_validator_container([]),
                certificate.create_validity_validator_container(),
                certificate.create_subject_validator_container([]),
                certificate.create_extensions_validator_container([]),
                certificate.create_spki_validator_container([]),
            ],
        )
    )


def _build_serverauth(cert_type: Any) -> _Linter:
    """Mirror ``lint_cabf_serverauth_cert``, including its default superseded-PKIX filter."""
    from pkilint.cabf import serverauth  # with the ETSI rules: ~0.5 s a PKIX lint does without

    return _Linter(
        certificate.create_pkix_certificate_validator_container(
            serverauth.create_decoding_validators(),
            serverauth.create_validators(cert_type, _VALIDITY_START),
        ),
        tuple(serverauth.create_serverauth_finding_filters(cert_type)),
    )


def _build_smime(level_and_generation: tuple[Any, Any]) -> _Linter:
    """Mirror ``lint_cabf_smime_cert`` (which applies no finding filter)."""
    from pkilint.cabf import smime

    validation_level, generation = level_and_generation
    return _Linter(
        certificate.create_pkix_certificate_validator_container(
            smime.create_decoding_validators(),
            smime.create_subscriber_validators(validation_level, generation, _VALIDITY_START),
        )
    )


def _build_etsi(cert_type: Any) -> _Linter:
    """Mirror ``lint_etsi_cert``, including its default finding filters."""
    from pkilint import etsi  # imported here: pulls in the whole ETSI rule set

    return _Linter(
        certificate.create_pkix_certificate_validator_container(
            etsi.create_decoding_validators(cert_type),
            etsi.create_validators(cert_type, _VALIDITY_START),
        ),
        tuple(etsi.create_etsi_finding_filters(cert_type)),
    )


def _build_crl(crl_type: Any, cabf_br: bool) -> _Linter:
    """Mirror ``lint_crl``; the BR profile adds reason-code and validity-length rules."""
    validity_validators: list[Any] = []
    doc_validators: list[Any] = []
    if cabf_br:
        from pkilint.cabf import cabf_crl

        doc_validators.append(cabf_crl.CabfCrlReasonCodeAllowlistValidator(crl_type))
        validity_validators.append(cabf_crl.create_validity_period_validator(crl_type))
    return _Linter(
        crl.create_pkix_crl_validator_container(
            [
                pkix.create_attribute_decoder(name.ATTRIBUTE_TYPE_MAPPINGS),
                pkix.create_extension_decoder(extension.EXTENSION_MAPPINGS),
            ],
            [
                crl.create_issuer_validator_container([]),
                crl.create_validity_validator_container(validity_validators),
                crl.create_extensions_validator_container([]),
                *doc_validators,
            ],
        )
    )


# --- algorithms pkilint does not know ----------------------------------------------------------
# pkilint 0.13 decodes ML-DSA keys (their size is checked) but has no rules for ML-DSA, and
# some rule sets report the AlgorithmIdentifier itself as one they do not allow (as NOTICE, or
# as ERROR for CA/B Forum TLS). The CA refuses ML-DSA in the CA/B Forum profiles before
# signing (profiles.model), so here a finding on an AlgorithmIdentifier that names the
# algorithm becomes a NOTICE and the gap is recorded as skipped; any other finding stands.
def _unknown_algorithms(doc: Any, is_certificate: bool) -> dict[str, Message]:
    """ML-DSA OIDs in the document's signature and key, as {dotted OID: what it is}."""
    from idtoolkit.oids import ML_DSA_OIDS

    substrate = doc.substrate
    if isinstance(substrate, bytes) and not any(der in substrate for der in _ml_dsa_ders()):
        return {}  # none of their encodings is anywhere in the DER: nothing to look up
    found: dict[str, Message] = {}
    signature = str(doc.root.pdu["signatureAlgorithm"]["algorithm"])
    if signature in ML_DSA_OIDS:
        found[signature] = Message(
            "lint.algorithm_signature", "{name} signature", name=ML_DSA_OIDS[signature]
        )
    if is_certificate:
        key = str(doc.root.pdu["tbsCertificate"]["subjectPublicKeyInfo"]["algorithm"]["algorithm"])
        if key in ML_DSA_OIDS:
            label = Message("lint.algorithm_key", "{name} public key", name=ML_DSA_OIDS[key])
            found[key] = (
                Message(
                    "lint.algorithm_both", "{first} and {second}", first=found[key], second=label
                )
                if key in found
                else label
            )
    return found


@functools.cache
def _ml_dsa_ders() -> tuple[bytes, ...]:
    """The DER of each ML-DSA OID (tag and length included)."""
    from idtoolkit.oids import ML_DSA_OIDS

    return tuple(bytes.fromhex(_oid_hex(dotted)) for dotted in ML_DSA_OIDS)


def _oid_hex(dotted: str) -> str:
    from pyasn1.codec.der import encoder
    from pyasn1.type import univ

    return bytes(encoder.encode(univ.ObjectIdentifier(dotted))).hex()


#: The names of AlgorithmIdentifier nodes in certificates and CRLs (the node path's last part).
_ALGORITHM_NODES = frozenset({"algorithm", "signature", "signatureAlgorithm"})


def _set_aside_unknown(
    findings: tuple[LintFinding, ...], unknown: dict[str, Message]
) -> tuple[tuple[LintFinding, ...], tuple[str, ...]]:
    if not unknown:
        return findings, ()
    from importlib.metadata import version as installed_version

    version = installed_version("pkilint")
    markers = [m for dotted in unknown for m in (dotted, _oid_hex(dotted))]
    kept: list[LintFinding] = []
    for finding in findings:
        # Only a finding on an AlgorithmIdentifier that names the algorithm: one elsewhere
        # (a key of the wrong size, whose message quotes its bytes) is pkilint's to judge.
        on_algorithm = finding.node_path.rsplit(".", 1)[-1] in _ALGORITHM_NODES
        if on_algorithm and any(m in (finding.message or "") for m in markers):
            kept.append(replace(finding, severity="NOTICE"))
        else:
            kept.append(finding)
    skipped = tuple(
        Message(
            "lint.skipped_algorithm",
            "{what} ({oid}) not checked: pkilint {version} does not know this algorithm",
            what=what,
            oid=dotted,
            version=version,
        )
        for dotted, what in unknown.items()
    )
    return tuple(kept), skipped


# --- running -----------------------------------------------------------------------------------
# Same threshold as the pkilint CLIs' default (-s INFO): DEBUG findings are noise for a CA.
_REPORTED_SEVERITIES = frozenset(
    s.name for s in validation.ValidationFindingSeverity if s.name != "DEBUG"
)


def _findings(results: Iterable[Any]) -> tuple[LintFinding, ...]:
    """Flatten pkilint's per-node results into findings, keeping pkilint's order."""
    out: list[LintFinding] = []
    for result in results:
        for description in result.finding_descriptions:
            severity = str(description.finding.severity.name)
            if severity not in _REPORTED_SEVERITIES:
                continue
            message = description.message
            out.append(
                LintFinding(
                    severity=severity,
                    code=str(description.finding.code),
                    message=None if message is None else str(message),
                    node_path=str(result.node.path),
                )
            )
    return tuple(out)


def _run(linter: _Linter, doc: Any) -> tuple[LintFinding, ...]:
    """Validate ``doc`` and apply the linter's finding filters, as the CLI does by default."""
    results: Sequence[Any] = linter.validator.validate(doc.root)
    if linter.filters:
        results, _ = finding_filter.filter_results(list(linter.filters), results)
    return _findings(results)


def _load(load: Callable[..., Any], der: bytes, what: str) -> Any:
    """Decode ``der`` with a pkilint loader; anything it cannot decode becomes LintError."""
    if not isinstance(der, bytes | bytearray | memoryview):
        raise TypeError(f"{what} must be DER bytes, not {type(der).__name__}")
    try:
        return load(bytes(der), what)
    except (ValueError, PyAsn1Error) as e:
        raise LintError(
            "lint.not_der",
            "cannot lint {what}: it does not decode as DER: {problem}",
            what=what,
            problem=str(e),
        ) from e


def _classify(standard: LintStandard, cert: Any) -> tuple[Hashable, Callable[[], _Linter]]:
    """Detect the certificate type like the CLIs' ``--detect`` and pick the linter for it."""
    if standard is LintStandard.PKIX:
        return (standard,), _build_pkix
    try:
        if standard is LintStandard.CABF_SERVERAUTH:
            from pkilint.cabf import serverauth

            sa_type = serverauth.determine_certificate_type(cert)
            return (standard, sa_type), lambda: _build_serverauth(sa_type)
        if standard is LintStandard.CABF_SMIME:
            from pkilint.cabf import smime

            v_g = smime.determine_validation_level_and_generation(cert)
            if v_g is None:
                raise LintError(
                    "lint.no_smime_policy",
                    "cabf-smime linter cannot classify the certificate: no CA/B Forum S/MIME policy OID (2.23.140.1.5.x.y) in certificatePolicies",
                )
            level_gen = (v_g[0], v_g[1])
            return (standard, level_gen), lambda: _build_smime(level_gen)
        if standard is LintStandard.ETSI:
            from pkilint import etsi

            etsi_type = etsi.determine_certificate_type(cert)
            return (standard, etsi_type), lambda: _build_etsi(etsi_type)
    except (ValueError, PyAsn1Error) as e:
        raise LintError(
            "lint.cannot_classify",
            "{linter} linter cannot classify the certificate: {problem}",
            linter=standard.value,
            problem=e,
        ) from e
    raise ValueError(f"unknown lint standard: {standard!r}")


def lint_certificate(
    der: bytes,
    standard: LintStandard,
    *,
    validity_start: datetime.datetime | None = None,
) -> LintReport:
    """Lint one DER certificate against ``standard``.

    ``validity_start`` (timezone-aware) is the instant compared with rules' effective dates;
    it defaults to the certificate's notBefore, which is what a CA wants when linting what it
    is about to sign. PKIX has no dated rules and ignores it.

    Raises :class:`~idtoolkit.errors.LintError` when the bytes do not decode as a certificate
    or when the CA/B Forum S/MIME linter cannot tell which S/MIME profile the certificate
    claims (it needs a reserved policy OID). Findings that pkilint reports about undecodable
    extension values come back as FATAL findings, not exceptions.
    """
    if validity_start is not None and validity_start.utcoffset() is None:
        raise ValueError("validity_start must be timezone-aware")
    cert = _load(loader.load_der_certificate, der, "certificate")
    return _lint_document(cert, standard, validity_start)


def _lint_document(
    cert: Any, standard: LintStandard, validity_start: datetime.datetime | None
) -> LintReport:
    """Lint a decoded pkilint certificate document (whole, or made of known pieces)."""
    key, build = _classify(standard, cert)
    linter = _cached(key, build)
    token = _VALIDITY_START_OVERRIDE.set(validity_start)
    try:
        findings = _run(linter, cert)
    finally:
        _VALIDITY_START_OVERRIDE.reset(token)
    findings, skipped = _set_aside_unknown(findings, _unknown_algorithms(cert, True))
    return LintReport(standard=standard, findings=findings, skipped=skipped)


# --- bulk: what the certificates share once, what varies every time -------------------------
class RowLinter:
    """Lints a bulk job's certificates, each as a full lint would, at a fraction of its cost.

    A bulk job's certificates share most of their bytes (issuer, algorithms, the profile's
    extensions, the validity of a batch). Under the RFC 5280 rules, a certificate whose
    varying values are in classes those rules pass without a finding gets the report of the
    first certificate of its shape (:mod:`idtoolkit.lint.shapes`: ~0.02 ms instead of
    ~0.3); any other is linted from pieces: :mod:`idtoolkit.lint.incremental` decodes and
    walks each distinct piece once and reuses its results wherever its walk read nothing
    outside it. The first few certificates, the first of each shape whose walk is replayed
    (see :mod:`~idtoolkit.lint.incremental`), the first certificate each shape's report is
    reused for and one in :attr:`SAMPLE` of the others are also linted in full and compared:
    should the two ever disagree, the job goes on with full lints only, and the full lint's
    report is the one returned.
    """

    #: The first certificates of a job, also linted in full and compared.
    CHECKED = 3

    def __init__(
        self,
        standard: LintStandard,
        adjust: Callable[[LintReport], LintReport] | None = None,
        *,
        shapes: bool = True,
    ) -> None:
        """``adjust`` is the caller's own acceptance of findings (e.g. its base URL's host),
        applied to every report. ``shapes=False`` lints every certificate from its pieces
        (what the pieces' own tests need)."""
        from idtoolkit.lint.incremental import Pieces

        self.standard = standard
        self.adjust = adjust or (lambda report: report)
        #: Certificates linted with nothing reused (the first, or a new issuer, or in full).
        self.full = 0
        #: Certificates that reused pieces of earlier ones.
        self.partial = 0
        #: Comparisons with a full lint that disagreed (the fast path is then off).
        self.disagreed = 0
        self._pieces: Pieces | None = Pieces()
        self._checks = self.CHECKED
        #: Also lint in full the first certificate of each shape whose walk is replayed
        #: (a handful per job: a batch's first certificate has a new validity), and the
        #: first certificate each shape's report is reused for (see below).
        self.check_shapes = True
        #: Certificates whose report was their shape's (:mod:`idtoolkit.lint.shapes`).
        self.shaped = 0
        #: Shape -> the report of its first certificate, and whether it was reused yet.
        #: Only for the PKIX rules, and only if each of them was read for shapes.
        self._shapes: dict[tuple[bytes, ...], list[Any]] | None = None
        if shapes and standard is LintStandard.PKIX:
            from idtoolkit.lint import shapes as shape_classes

            if shape_classes.audited(_cached((standard,), _build_pkix).validator):
                self._shapes = {}

    def lint(self, der: bytes) -> LintReport:
        if self._shapes is None:
            return self.adjust(self._pieces_lint(der))
        from idtoolkit.lint.shapes import shape_key

        key = shape_key(der)
        if key is None:
            return self.adjust(self._pieces_lint(der))
        known = self._shapes.get(key)
        if known is None:
            report = self._pieces_lint(der)
            if len(self._shapes) < self.SHAPES:
                self._shapes[key] = [report, False]
            return self.adjust(report)
        report, reused = known
        if not reused or self.shaped % self.SAMPLE == self.SAMPLE - 1:
            if self.check_shapes:
                full = lint_certificate(der, self.standard)
                if (full.findings, full.skipped) != (report.findings, report.skipped):
                    self.disagreed += 1
                    self._shapes = self._pieces = None
                    return self.adjust(full)
            known[1] = True  # only once compared (a lint that raised leaves it to the next)
        self.shaped += 1
        return self.adjust(report)

    #: Shapes remembered at most (a job has a few: one per batch's validity and SAN count).
    SHAPES = 256
    #: Besides each shape's first reuse, one certificate in this many served by its shape is
    #: also linted in full and compared (~5 µs a certificate on average): a net under the
    #: shapes' classes for what no test thought of.
    SAMPLE = 256

    def _pieces_lint(self, der: bytes) -> LintReport:
        """Lint from known pieces (see :mod:`~idtoolkit.lint.incremental`), or in full; the
        caller adjusts the report."""
        from idtoolkit.lint.incremental import Unsupported

        if self._pieces is None:
            self.full += 1
            return lint_certificate(der, self.standard)
        try:
            doc = self._pieces.document(der)
            reused = self._pieces.reused
            report = _lint_document(doc, self.standard, None)
        except Unsupported:
            self.full += 1
            return lint_certificate(der, self.standard)
        except Exception:  # the full lint says what is wrong, as it would have anyway
            self._pieces.forget()
            self.full += 1
            return lint_certificate(der, self.standard)
        first_replay = self._pieces.first_replay
        self._pieces.remember()
        if reused:
            self.partial += 1
        else:
            self.full += 1
        check = self._checks > 0 or (self.check_shapes and first_replay)
        if self._checks > 0:
            self._checks -= 1
        if check:
            full = lint_certificate(der, self.standard)
            if (full.findings, full.skipped) != (report.findings, report.skipped):
                self.disagreed += 1
                self._pieces = None
                report = full
        return report


def lint_crl(der: bytes, *, is_arl: bool = False, cabf_br: bool = False) -> LintReport:
    """Lint one DER CRL with pkilint's RFC 5280 CRL linter.

    ``is_arl`` says the CRL lists revoked CA certificates (an ARL); ``cabf_br`` adds the TLS
    Baseline Requirements CRL rules (allowed reason codes; nextUpdate at most 10 days after
    thisUpdate for a CRL, 365 for an ARL). The type only matters with ``cabf_br``: the plain
    RFC 5280 rules are the same for both. pkilint has no notion of delta CRLs; a delta CRL is
    linted like a full one. The report's standard is always :attr:`LintStandard.PKIX`.

    Raises :class:`~idtoolkit.errors.LintError` when the bytes do not decode as a CRL.
    """
    crl_type = (
        crl.CertificateRevocationListType.ARL if is_arl else crl.CertificateRevocationListType.CRL
    )
    doc = _load(loader.load_der_crl, der, "CRL")
    linter = _cached(("crl", crl_type, cabf_br), lambda: _build_crl(crl_type, cabf_br))
    findings, skipped = _set_aside_unknown(_run(linter, doc), _unknown_algorithms(doc, False))
    return LintReport(standard=LintStandard.PKIX, findings=findings, skipped=skipped)
