"""Rows of a bulk-issuance CSV: one credential each, validated before anything is issued.

A ministry's CSV has a header naming its columns: ``id`` (a unique row id), subject attributes
by their RFC 4514 names (``CN``, ``GN``, ``SN``, ``serialNumber``, ``O``, ``OU``, ``L``,
``ST``, ``C``, ``organizationIdentifier``) and SANs (``email``, ``dns``, ``ip``; several values
separated by ``;``). A mapping file can rename the columns of an existing export. Each bad row
is reported with its line number and the job goes on with the others.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509

from idtoolkit.ca.builder import check_names
from idtoolkit.ca.filenames import check_row_id
from idtoolkit.ca.inputs import parse_san
from idtoolkit.errors import IDToolkitError, InputError
from idtoolkit.messages import Message, Text, message_of
from idtoolkit.oids import ATTRIBUTE_OIDS
from idtoolkit.profiles.model import Profile
from idtoolkit.sentence_parts import os_reason

SUBJECT_COLUMNS = (
    "CN",
    "GN",
    "SN",
    "serialNumber",
    "pseudonym",
    "O",
    "OU",
    "L",
    "ST",
    "C",
    "organizationIdentifier",
    "title",
    "emailAddress",
)
SAN_COLUMNS = ("email", "dns", "ip", "uri")
_KNOWN = frozenset(("id", *SUBJECT_COLUMNS, *SAN_COLUMNS))
# RDN order of the subject, most general first (C, O, OU ... CN), as X.500 directories expect.
_RDN_ORDER = (
    "C",
    "ST",
    "L",
    "O",
    "OU",
    "organizationIdentifier",
    "title",
    "SN",
    "GN",
    "pseudonym",
    "serialNumber",
    "CN",
    "emailAddress",
)


@dataclass(frozen=True)
class CredentialRow:
    line: int
    row_id: str
    subject: x509.Name
    sans: tuple[x509.GeneralName, ...]


@dataclass(frozen=True)
class RowError:
    line: int
    row_id: str | None
    #: Why the row was not issued: a message (said in the user's language by the front end);
    #: ``str()`` gives the English sentence the report file keeps.
    message: Text


def load_mapping(path: Path) -> dict[str, str]:
    """A two-column CSV (``column,field``) renaming the file's columns to ours."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(
            "bulk.mapping_unreadable",
            "cannot read mapping file {path}: {strerror}",
            path=path,
            strerror=os_reason(exc),
        ) from None
    mapping: dict[str, str] = {}
    for number, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        if not row or row[0].startswith("#"):
            continue
        if len(row) != 2:
            raise InputError(
                "bulk.mapping_line_malformed",
                "{path}:{line}: a mapping line is 'column,field'",
                path=path,
                line=number,
            )
        source, target = row[0].strip(), row[1].strip()
        if target not in ("id", *SUBJECT_COLUMNS, *SAN_COLUMNS):
            raise InputError(
                "bulk.mapping_unknown_field",
                "{path}:{line}: unknown field {field!r}",
                path=path,
                line=number,
                field=target,
            )
        mapping[source] = target
    return mapping


def read_rows(
    path: Path, profile: Profile, mapping: dict[str, str] | None = None
) -> tuple[list[CredentialRow], list[RowError]]:
    try:
        text = path.read_text(encoding="utf-8-sig")  # Excel writes a BOM
    except OSError as exc:
        raise InputError(
            "bulk.csv_unreadable",
            "cannot read CSV {path}: {strerror}",
            path=path,
            strerror=os_reason(exc),
        ) from None
    except UnicodeDecodeError:
        raise InputError(
            "bulk.csv_not_utf8",
            "CSV {path} is not UTF-8 text (save it as 'CSV UTF-8')",
            path=path,
        ) from None
    if "\0" in text:
        raise InputError(
            "bulk.csv_has_nul",
            "CSV {path} contains NUL characters: it is not a text CSV file",
            path=path,
        )
    mapping = mapping or {}
    reader = csv.reader(io.StringIO(text), delimiter=_separator(text, mapping))
    try:
        header = next(reader)
    except StopIteration:
        raise InputError("bulk.csv_empty", "CSV {path} is empty", path=path) from None
    except csv.Error:
        raise InputError(
            "bulk.csv_header_malformed",
            "CSV {path}: line 1: {problem}",
            path=path,
            problem=_csv_problem(reader),
        ) from None
    columns = [mapping.get(h.strip(), h.strip()) for h in header]
    unknown = [c for c in columns if c and c not in _KNOWN]
    if unknown:
        raise InputError(
            "bulk.csv_unknown_column",
            "CSV {path}: unknown column {value!r} (rename columns with a column map)",
            path=path,
            value=unknown[0],
        )
    if "id" not in columns:
        raise InputError(
            "bulk.csv_needs_id_column",
            "CSV {path}: the header needs an 'id' column (a unique row id)",
            path=path,
        )
    rows: list[CredentialRow] = []
    errors: list[RowError] = []
    seen: dict[str, int] = {}
    while True:
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error:
            # The reader cannot resynchronise inside a broken field: refuse the file.
            raise InputError(
                "bulk.csv_line_malformed",
                "CSV {path}: line {line}: {problem}",
                path=path,
                line=reader.line_num,
                problem=_csv_problem(reader),
            ) from None
        line = reader.line_num
        if not any(v.strip() for v in values):
            continue
        if len(values) != len(columns):
            errors.append(
                RowError(
                    line,
                    None,
                    Message(
                        "bulk.row.field_count",
                        "has {fields} fields, the header has {columns}",
                        fields=len(values),
                        columns=len(columns),
                    ),
                )
            )
            continue
        record = {c: v.strip() for c, v in zip(columns, values, strict=True) if c}
        row_id = record.get("id", "")
        if not row_id:
            errors.append(RowError(line, None, Message("bulk.row.empty_id", "the id is empty")))
            continue
        if row_id in seen:
            duplicate = Message(
                "bulk.row.duplicate_id", "duplicate id (first on line {first})", first=seen[row_id]
            )
            errors.append(RowError(line, row_id, duplicate))
            continue
        seen[row_id] = line
        try:
            check_row_id(row_id, ".p12")  # it names the row's files
        except InputError as exc:
            shown = row_id[:40] + ("…" if len(row_id) > 40 else "")
            errors.append(RowError(line, shown, message_of(exc)))
            continue
        try:
            rows.append(_row(line, row_id, record, profile))
        except IDToolkitError as exc:
            errors.append(RowError(line, row_id, message_of(exc)))
    return rows, errors


#: Field separators a spreadsheet writes: Excel in a French, Spanish or Portuguese locale
#: saves "CSV" with ``;``; a tab comes from a copy and paste.
_SEPARATORS = (",", ";", "\t")


def _separator(text: str, mapping: dict[str, str]) -> str:
    """The separator whose header names only columns we know (``,`` first); failing that,
    the one that splits the header into the most fields, so the error names one column."""
    first_line = text.lstrip("\r\n").split("\n", 1)[0]
    fields: dict[str, list[str]] = {}
    for separator in _SEPARATORS:
        try:
            header = next(csv.reader([first_line], delimiter=separator), [])
        except csv.Error:
            continue
        columns = [mapping.get(h.strip(), h.strip()) for h in header]
        if "id" in columns and all(c in _KNOWN or not c for c in columns):
            return separator
        fields[separator] = columns
    return max(_SEPARATORS, key=lambda s: (len(fields.get(s, ())), s == ","))


def _csv_problem(reader: object) -> str:
    limit = csv.field_size_limit()
    return f"a field is longer than {limit // 1024} KiB or a quote is not closed"


def _row(line: int, row_id: str, record: dict[str, str], profile: Profile) -> CredentialRow:
    country = record.get("C")
    if country and len(country) != 2:
        raise InputError(
            "bulk.country_code_invalid",
            "C={country!r} must be a 2-letter ISO 3166 code",
            country=country,
        )
    try:
        subject = x509.Name(
            [
                x509.NameAttribute(ATTRIBUTE_OIDS[name], record[name])
                for name in _RDN_ORDER
                if record.get(name)
            ]
        )
    except ValueError as exc:
        raise InputError(
            "bulk.subject_invalid", "invalid subject: {problem}", problem=exc
        ) from None
    sans = tuple(
        parse_san(f"{kind}:{value.strip()}")
        for kind in SAN_COLUMNS
        for value in record.get(kind, "").split(";")
        if value.strip()
    )
    checked, _notes = check_names(profile, subject, sans)
    return CredentialRow(line, row_id, subject, checked)
