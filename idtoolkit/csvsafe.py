"""CSV files we write are opened in spreadsheets: a cell starting with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return is run as a formula there (CSV injection). Row ids and
subjects come from other people's spreadsheets, so every cell we write goes through
:func:`cell`, which prefixes such a value with ``'`` (the OWASP rule)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: object) -> str:
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_text(rows: Iterable[Iterable[object]]) -> str:
    """Rows as CSV text (``\\n`` line ends), every cell neutralised."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for row in rows:
        writer.writerow([cell(value) for value in row])
    return out.getvalue()
