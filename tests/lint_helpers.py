"""What the bulk-lint equivalence tests compare: the bulk linter's report, and pkilint's own."""

from __future__ import annotations

from typing import Any

from pyasn1_fasder import decode_der

from idtoolkit.errors import LintError
from idtoolkit.lint import fast_decode, incremental
from idtoolkit.lint.linter import LintReport, RowLinter, lint_certificate
from idtoolkit.lint.results import LintStandard


def _fasder(data: bytes, spec: Any) -> Any:
    return decode_der(data, asn1Spec=spec)[0]


def full_lint(der: bytes, standard: LintStandard) -> LintReport | str:
    """pkilint's report, every value decoded by pyasn1-fasder (none remembered from the
    bulk linter's decodes)."""
    saved = fast_decode.decode, incremental._DECODED
    fast_decode.decode, incremental._DECODED = _fasder, {}
    try:
        return lint_certificate(der, standard)
    except LintError as e:
        return f"LintError: {e}"
    finally:
        fast_decode.decode, incremental._DECODED = saved


def bulk_lint(rows: RowLinter, der: bytes) -> LintReport | str:
    """The bulk linter's report, or its refusal as text (to compare with :func:`full_lint`)."""
    try:
        return rows.lint(der)
    except LintError as e:
        return f"LintError: {e}"
