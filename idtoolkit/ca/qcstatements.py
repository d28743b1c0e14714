"""DER encoding of the qcStatements extension (RFC 3739, ETSI EN 319 412-5).

Neither cryptography nor asn1crypto models it, so the few structures we emit are declared here
with asn1crypto and added to certificates as an UnrecognizedExtension.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from asn1crypto import core
from cryptography import x509

from idtoolkit import oids
from idtoolkit.profiles.model import QcStatementsSpec


class _QcStatement(core.Sequence):  # type: ignore[misc]
    _fields = [
        ("statement_id", core.ObjectIdentifier),
        ("statement_info", core.Any, {"optional": True}),
    ]


class _QcStatements(core.SequenceOf):  # type: ignore[misc]
    _child_spec = _QcStatement


class _QcTypes(core.SequenceOf):  # type: ignore[misc]
    _child_spec = core.ObjectIdentifier


class _PdsLocation(core.Sequence):  # type: ignore[misc]
    _fields = [("url", core.IA5String), ("language", core.PrintableString)]


class _PdsLocations(core.SequenceOf):  # type: ignore[misc]
    _child_spec = _PdsLocation


class _Legislations(core.SequenceOf):  # type: ignore[misc]
    _child_spec = core.PrintableString


class _SemanticsInformation(core.Sequence):  # type: ignore[misc]
    _fields = [("semantics_identifier", core.ObjectIdentifier, {"optional": True})]


def _statement(oid: x509.ObjectIdentifier, info: core.Asn1Value | None = None) -> _QcStatement:
    value: dict[str, object] = {"statement_id": oid.dotted_string}
    if info is not None:
        value["statement_info"] = core.Any.load(info.dump())
    return _QcStatement(value)


def qc_statements_extension(spec: QcStatementsSpec, base_url: str) -> x509.UnrecognizedExtension:
    statements = []
    if spec.semantics is not None:
        statements.append(
            _statement(
                oids.QCS_PKIX_SYNTAX_V2,
                _SemanticsInformation({"semantics_identifier": spec.semantics.dotted_string}),
            )
        )
    if spec.compliance:
        statements.append(_statement(oids.QCS_COMPLIANCE))
    if spec.retention_years is not None:
        statements.append(_statement(oids.QCS_RETENTION_PERIOD, core.Integer(spec.retention_years)))
    if spec.sscd:
        statements.append(_statement(oids.QCS_SSCD))
    if spec.pds:
        host = urlsplit(base_url).hostname or "localhost"
        locations = _PdsLocations(
            [
                {"url": url.format(base_url=base_url, host=host), "language": language}
                for url, language in spec.pds
            ]
        )
        statements.append(_statement(oids.QCS_PDS, locations))
    if spec.qc_type is not None:
        statements.append(_statement(oids.QCS_TYPE, _QcTypes([spec.qc_type.dotted_string])))
    if spec.legislation:
        statements.append(
            _statement(oids.QCS_CC_LEGISLATION, _Legislations(list(spec.legislation)))
        )
    return x509.UnrecognizedExtension(
        oids.QC_STATEMENTS_EXTENSION, _QcStatements(statements).dump()
    )
