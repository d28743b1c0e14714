"""Keep asn1crypto from taking a definite length that ends in byte 0x80 for an indefinite one.

asn1crypto 1.5.1 decides a value was BER-encoded with an indefinite length when the last byte
of its header is 0x80 (``header[-1:] == b"\\x80"``). A definite length of 128, or of 384, 1152,
... (``81 80``, ``82 01 80``, ``82 04 80``) ends in that byte too. Such a value is then
re-encoded from scratch at every ``dump()``, recursively: it loses its original bytes (a SET OF
gets re-sorted, so a signature over it breaks), and inside a structure that was built or read
through ``.native`` the work doubles at each nesting level. pyHanko hit it on every PAdES
signature whose time-stamp attribute happened to be 1152 bytes long: about 12 s per signature
instead of 0.04 s (upstream: wbond/asn1crypto issues 249 and 256, pull request 302, open).

The fix: when a value holds a cached header that ends in 0x80 but no end-of-contents trailer
(an indefinite length always leaves one), the header is dropped before the original ``dump``
runs, so it is recomputed from the contents (the same bytes for DER) instead of triggering a
full re-encoding. A genuinely indefinite length still gets asn1crypto's own handling.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from asn1crypto import core

_Dump = Callable[[Any, bool], bytes]

#: the classes whose ``dump`` holds the misreading check (asn1crypto 1.5.1, core.py)
_PATCHED = (core.Asn1Value, core.Choice, core.Primitive, core.Sequence, core.SequenceOf)
_MARK = "_idtoolkit_definite_lengths"


def _misread_as_indefinite(value: Any) -> bool:
    header = value._header
    return header is not None and header[-1:] == b"\x80" and not value._trailer


def _guarded(original: _Dump) -> _Dump:
    @functools.wraps(original)
    def dump(self: Any, force: bool = False) -> bytes:
        if not force and _misread_as_indefinite(self):
            self._header = None  # recomputed from the (unchanged) contents by the original
        return original(self, force)

    setattr(dump, _MARK, True)
    return dump


def install() -> None:
    """Idempotent; called when the signing package (pyHanko's user) is imported."""
    for cls in _PATCHED:
        original = cls.__dict__.get("dump")  # a later asn1crypto may lay its classes out anew
        if original is not None and not getattr(original, _MARK, False):
            cls.dump = _guarded(original)
