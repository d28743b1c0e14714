"""Running pyHanko on files that may be damaged or hostile, without a traceback or a noisy log.

A signature file comes from anyone. What asn1crypto, cryptography and pyHanko raise on bad input
is listed once here (:data:`PARSE_ERRORS`), so validation turns it into a verdict or a one-line
error, and pyHanko's own warnings are silenced while it runs (:class:`quiet`): the report says
the same thing better.
"""

from __future__ import annotations

import logging

from pyhanko.pdf_utils.misc import PdfError

from idtoolkit.messages import Message

#: What a damaged or hostile file can raise from asn1crypto, cryptography and pyHanko (whose
#: own errors are ValueErrors): turned into a verdict or a one-line error, never a traceback.
PARSE_ERRORS = (ValueError, TypeError, KeyError, IndexError, AttributeError, PdfError)

#: What pyHanko's PDF reader can raise besides: a malformed number reaches ``decimal.Decimal``
#: (InvalidOperation, an ArithmeticError), its xref-stream parser asserts what it expects, and
#: nesting can exhaust the stack. Found by mutating signed PDFs (issue 26).
PDF_READ_ERRORS = (*PARSE_ERRORS, AssertionError, ArithmeticError, RecursionError)


def first_line(exc: BaseException) -> str:
    """asn1crypto appends "while parsing ..." lines to its messages: keep the first."""
    if isinstance(exc, (AssertionError, ArithmeticError, RecursionError)):
        return "its structure is damaged"  # their texts ("[<class ...>]", "") say nothing
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def library_said(exc: BaseException) -> Message:
    """A parser's or pyHanko's complaint, marked as theirs: its text is their English, so the
    report says it is quoted ("the reading library said: …"), in the user's language around it.
    A damaged structure (their texts say nothing) is said in our own words."""
    if isinstance(exc, (AssertionError, ArithmeticError, RecursionError)):
        return Message("signature.structure_damaged", "its structure is damaged")
    return Message(
        "signature.library_said", "the reading library said: {text}", text=first_line(exc)
    )


class quiet:
    """pyHanko logs every validation problem as a warning with a traceback; the report says
    it better, so those logs are kept out of the user's terminal."""

    def __enter__(self) -> None:
        self._levels = {}
        for name in ("pyhanko", "pyhanko_certvalidator"):
            logger = logging.getLogger(name)
            self._levels[name] = logger.level
            logger.setLevel(logging.CRITICAL)

    def __exit__(self, *exc: object) -> None:
        for name, level in self._levels.items():
            logging.getLogger(name).setLevel(level)
