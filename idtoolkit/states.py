"""The states the engine stores and reports, as types.

Each is a :class:`~enum.StrEnum` whose values are exactly the strings already stored in the
database, written to JSON and compared by scripts: a member *is* its string, so no migration
and no change to any output. Code that decides on a state names the member, so a typo is an
attribute error (and a mypy error) instead of a branch that never runs.
"""

from __future__ import annotations

from enum import StrEnum


class CAStatus(StrEnum):
    """Where a CA stands (column ``cas.status``; ``EXPIRED`` is derived when shown)."""

    #: Holds its key and certificate: it can sign.
    ACTIVE = "active"
    #: Its key exists and its CSR is out for signature by a parent outside this workspace.
    PENDING = "pending"
    #: Imported as a certificate only (no key here): it anchors chains, it never signs.
    EXTERNAL = "external"
    #: Shown, never stored: an active or external CA whose certificate has expired.
    EXPIRED = "expired"


class CertStatus(StrEnum):
    """A certificate's status. The first three are stored (column ``certificates.status``);
    ``EXPIRED`` (valid but past notAfter) and ``NOT_YET_VALID`` (valid but before notBefore)
    are derived when listing and never stored."""

    VALID = "valid"
    REVOKED = "revoked"
    ON_HOLD = "on_hold"
    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"


#: What a listing can be filtered on: every status, and "expiring" (valid, ends soon).
CERT_FILTERS: tuple[str, ...] = (*CertStatus, "expiring")


class CheckOutcome(StrEnum):
    """The outcome of one check in a signature report."""

    PASSED = "passed"
    FAILED = "failed"
    UNKNOWN = "unknown"
    INFO = "info"


class Verdict(StrEnum):
    """A signature's verdict (ETSI EN 319 102-1: passed, failed, indeterminate)."""

    VALID = "valid"
    INVALID = "invalid"
    INDETERMINATE = "indeterminate"
