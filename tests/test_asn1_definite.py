"""Signed structures keep their bytes when their length happens to end in 0x80.

asn1crypto takes a definite length of 128 (``81 80``), 1152 (``82 04 80``), ... for an
indefinite one and re-encodes the value: a SET OF gets re-sorted, so a signature over the
received bytes breaks, and pyHanko spent ~12 s per PAdES signature whose time-stamp attribute
was 1152 bytes long. ``idtoolkit.signing`` installs the fix.
"""

from __future__ import annotations

from asn1crypto import core

import idtoolkit.signing  # noqa: F401  (installs idtoolkit.asn1_definite)


class _Signed(core.Sequence):
    _fields = [("version", core.Integer), ("values", core.SetOf, {"spec": core.Integer})]  # noqa: RUF012


def _der(length_bytes: bytes, body: bytes) -> bytes:
    return b"\x30" + length_bytes + body


def _unsorted_body(size: int) -> bytes:
    """A version and a SET OF integers in descending (not DER) order, ``size`` bytes long."""
    count = (size - 3 - 2) // 3
    ints = b"".join(bytes([2, 1, n]) for n in range(count, 0, -1))
    body = b"\x02\x01\x07" + bytes([0x31, len(ints)]) + ints
    assert len(body) == size, len(body)
    return body


def test_a_value_128_bytes_long_dumps_to_the_bytes_it_was_read_from() -> None:
    der = _der(b"\x81\x80", _unsorted_body(128))
    assert _Signed.load(der).dump() == der


def test_reading_the_values_does_not_make_the_dump_re_encode() -> None:
    der = _der(b"\x81\x80", _unsorted_body(128))
    value = _Signed.load(der)
    assert value.native["values"][0] == 41
    assert value.dump() == der
    assert value.dump() == der  # the second dump too (the header is cached after the first)


def test_a_value_changed_after_reading_is_still_re_encoded() -> None:
    value = _Signed.load(_der(b"\x81\x80", _unsorted_body(128)))
    value["version"] = 8
    assert value.dump()[:6] == b"\x30\x81\x80\x02\x01\x08"


def test_an_indefinite_length_is_still_turned_into_der() -> None:
    value = _Signed.load(bytes.fromhex("308002010531000000"))
    assert value.dump() == bytes.fromhex("30050201053100")
