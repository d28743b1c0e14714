"""The bulk linter builds the pyasn1 values of a certificate's new pieces itself
(idtoolkit.lint.fast_decode): each must be the value pyasn1-fasder gives (same class, same
state, same encoding), and every input pyasn1-fasder refuses must still be refused, with its
error. Each input goes in twice: once while the decoder still compares a schema and tag with
pyasn1-fasder, once when it builds values of that schema and tag itself.
"""

from __future__ import annotations

from typing import Any

import pytest
from pyasn1.codec.der.encoder import encode
from pyasn1.error import PyAsn1Error
from pyasn1.type import univ
from pyasn1.type.base import Asn1Type
from pyasn1_alt_modules import rfc5280
from pyasn1_fasder import decode_der

from idtoolkit.lint import fast_decode


def _tlv(tag: int, content: bytes) -> bytes:
    n = len(content)
    if n < 0x80:
        return bytes([tag, n]) + content
    if n < 0x100:
        return bytes([tag, 0x81, n]) + content
    return bytes([tag, 0x82, n >> 8, n & 0xFF]) + content


_SERIAL = rfc5280.CertificateSerialNumber()
_BITS = univ.BitString()
_KEY_USAGE = rfc5280.KeyUsage()
_OCTETS = univ.OctetString()
_SKI = rfc5280.SubjectKeyIdentifier()
_VALUE = rfc5280.AttributeValue()
_CN = rfc5280.X520CommonName()
_SAN = rfc5280.SubjectAltName()

_CASES: list[tuple[str, Any, bytes]] = [
    # INTEGER: minimal two's complement only, primitive, nothing after it.
    ("serial", _SERIAL, _tlv(0x02, bytes(range(1, 17)))),
    ("serial 20 octets", _SERIAL, _tlv(0x02, b"\x7f" + bytes(19))),
    ("serial zero", _SERIAL, _tlv(0x02, b"\x00")),
    ("serial negative", _SERIAL, _tlv(0x02, b"\x80\x01")),
    ("serial high bit", _SERIAL, _tlv(0x02, b"\x00\x80")),
    ("serial not minimal", _SERIAL, _tlv(0x02, b"\x00\x01")),
    ("serial not minimal negative", _SERIAL, _tlv(0x02, b"\xff\x80")),
    ("serial empty", _SERIAL, b"\x02\x00"),
    ("serial constructed", _SERIAL, _tlv(0x22, b"\x02\x01\x01")),
    ("serial wrong tag", _SERIAL, _tlv(0x04, b"\x01")),
    ("serial trailing", _SERIAL, _tlv(0x02, b"\x01") + b"\x00"),
    ("serial short", _SERIAL, b"\x02\x05\x01"),
    ("serial long form", _SERIAL, b"\x02\x81\x01\x01"),
    ("serial indefinite", _SERIAL, b"\x02\x80\x01\x00\x00"),
    ("serial one octet", _SERIAL, b"\x02"),
    # BIT STRING: the unused-bits count, zero unused bits; named bits decoded elsewhere.
    ("key", _BITS, _tlv(0x03, b"\x00\x04" + bytes(range(64)))),
    ("bits unused 3", _BITS, _tlv(0x03, b"\x03\xa8")),
    ("bits unused set", _BITS, _tlv(0x03, b"\x03\xa9")),
    ("bits unused 8", _BITS, _tlv(0x03, b"\x08\x00")),
    ("bits empty with unused", _BITS, _tlv(0x03, b"\x01")),
    ("bits empty", _BITS, _tlv(0x03, b"\x00")),
    ("bits nothing", _BITS, b"\x03\x00"),
    ("bits constructed", _BITS, _tlv(0x23, b"\x03\x01\x00")),
    ("bits long", _BITS, _tlv(0x03, b"\x00" + bytes(range(256)) * 2)),
    ("key usage", _KEY_USAGE, _tlv(0x03, b"\x07\x80")),
    ("key usage trailing zero bit", _KEY_USAGE, _tlv(0x03, b"\x06\x80")),
    # OCTET STRING and a subtype.
    ("octets", _OCTETS, _tlv(0x04, bytes(range(20)))),
    ("octets empty", _OCTETS, b"\x04\x00"),
    ("octets constructed", _OCTETS, _tlv(0x24, _tlv(0x04, b"ab"))),
    ("octets non-minimal length", _OCTETS, b"\x04\x81\x05hello"),
    ("octets 200", _OCTETS, _tlv(0x04, bytes(200))),
    ("key identifier", _SKI, _tlv(0x04, bytes(range(20)))),
    # ANY (an attribute's value): the whole element, any string form.
    ("value utf8", _VALUE, _tlv(0x0C, b"Amadou Diallo")),
    ("value printable", _VALUE, _tlv(0x13, b"SN")),
    ("value bmp", _VALUE, _tlv(0x1E, "ab".encode("utf-16-be"))),
    ("value sequence", _VALUE, _tlv(0x30, _tlv(0x0C, b"x"))),
    ("value bad length", _VALUE, b"\x0c\x05ab"),
    ("value trailing", _VALUE, _tlv(0x0C, b"ab") + b"\x00"),
    ("value tag zero", _VALUE, b"\x00\x01x"),
    ("value high tag", _VALUE, b"\x1f\x81\x00\x00"),
    # CHOICE of strings (a common name): each form, its codec, its size.
    ("cn utf8", _CN, _tlv(0x0C, b"client-00001")),
    ("cn utf8 arabic", _CN, _tlv(0x0C, "أمادو ديالو".encode())),
    ("cn utf8 invalid", _CN, _tlv(0x0C, b"\xc3\x28")),
    ("cn utf8 surrogate", _CN, _tlv(0x0C, b"\xed\xa0\x80")),
    ("cn utf8 too long", _CN, _tlv(0x0C, b"x" * 65)),
    ("cn utf8 64", _CN, _tlv(0x0C, b"x" * 64)),
    ("cn utf8 empty", _CN, b"\x0c\x00"),
    ("cn printable", _CN, _tlv(0x13, b"Client 1")),
    ("cn printable bad", _CN, _tlv(0x13, b"client@1")),
    ("cn teletex", _CN, _tlv(0x14, "Müller".encode("latin-1"))),
    ("cn bmp", _CN, _tlv(0x1E, "Иван".encode("utf-16-be"))),
    ("cn bmp odd", _CN, _tlv(0x1E, b"\x00a\x00")),
    ("cn universal", _CN, _tlv(0x1C, "Zoë".encode("utf-32-be"))),
    ("cn ia5", _CN, _tlv(0x16, b"client")),
    ("cn constructed utf8", _CN, _tlv(0x2C, _tlv(0x0C, b"x"))),
    # SEQUENCE OF a CHOICE (subject alternative names).
    ("san dns", _SAN, _tlv(0x30, _tlv(0x82, b"client-00001.example"))),
    (
        "san several",
        _SAN,
        _tlv(
            0x30,
            _tlv(0x82, b"a.example")
            + _tlv(0x81, b"user@a.example")
            + _tlv(0x86, b"https://a.example/")
            + _tlv(0x87, bytes([192, 0, 2, 1]))
            + _tlv(0x87, bytes(16)),
        ),
    ),
    ("san directory name", _SAN, _tlv(0x30, _tlv(0xA4, _tlv(0x30, b"")))),
    (
        "san other name",
        _SAN,
        _tlv(0x30, _tlv(0xA0, b"\x06\x03\x2b\x06\x01" + _tlv(0xA0, b"\x0c\x01x"))),
    ),
    ("san registered id", _SAN, _tlv(0x30, _tlv(0x88, b"\x2b\x06\x01"))),
    ("san empty", _SAN, b"\x30\x00"),
    ("san dns non-ascii", _SAN, _tlv(0x30, _tlv(0x82, "bücher.example".encode()))),
    ("san dns empty", _SAN, _tlv(0x30, b"\x82\x00")),
    ("san element bad length", _SAN, _tlv(0x30, b"\x82\x05ab")),
    ("san element trailing", _SAN, _tlv(0x30, _tlv(0x82, b"a.example") + b"\x00")),
    ("san unknown tag", _SAN, _tlv(0x30, _tlv(0x89, b"x"))),
    ("san primitive", _SAN, _tlv(0x10, _tlv(0x82, b"a.example"))),
    ("san set", _SAN, _tlv(0x31, _tlv(0x82, b"a.example"))),
    ("san many", _SAN, _tlv(0x30, b"".join(_tlv(0x82, b"n%d.example" % i) for i in range(40)))),
]


def _reference(data: bytes, spec: Any) -> Any:
    try:
        value, rest = decode_der(data, asn1Spec=spec)
    except (PyAsn1Error, ValueError) as e:
        return ("refused", type(e), str(e))
    assert rest == b""
    return value


def _ours(data: bytes, spec: Any) -> Any:
    try:
        return fast_decode.decode(data, spec)
    except (PyAsn1Error, ValueError) as e:
        return ("refused", type(e), str(e))


def _state(value: Any) -> Any:
    """A value's class and whole state, components' included (schema objects by identity:
    a built value shares them with its schema, as pyasn1's clone does)."""
    if not hasattr(value, "__dict__"):
        return value
    state: dict[str, Any] = {"class": type(value)}
    for name, item in value.__dict__.items():
        if name == "_componentValues":
            items = item.items() if isinstance(item, dict) else enumerate(item)
            state[name] = (type(item), [(k, _state(v)) for k, v in items])
        elif name == "_value":
            state[name] = (
                type(item),
                item,
                len(item) if isinstance(item, univ.SizedInteger) else 0,
            )
        elif name == "_readOnly":
            state[name] = {k: id(v) for k, v in item.items()}
        elif isinstance(item, (int, str, type(None))):
            state[name] = item
        elif isinstance(item, Asn1Type) or name in ("tagSet", "subtypeSpec", "sizeSpec"):
            state[name] = id(item)  # schema parts: shared with the schema
        else:  # bookkeeping of its own (a SEQUENCE's dynamic names)
            state[name] = (type(item), vars(item))
    return state


@pytest.mark.parametrize(("name", "spec", "data"), _CASES, ids=[c[0] for c in _CASES])
def test_each_piece_decodes_to_pyasn1_fasder_s_value_or_is_refused_as_it_refuses(
    name: str, spec: Any, data: bytes
) -> None:
    expected = _reference(data, spec)
    for attempt in ("first", "again"):
        got = _ours(data, spec)
        if isinstance(expected, tuple):
            assert got == expected, f"{name} ({attempt})"
            continue
        assert not isinstance(got, tuple), f"{name} ({attempt}): {got}"
        assert _state(got) == _state(expected), f"{name} ({attempt})"
        assert encode(got) == encode(expected) == data
        assert got.prettyPrint() == expected.prettyPrint()


def test_a_refused_form_of_a_known_schema_is_still_refused_once_values_are_built() -> None:
    """A schema and tag built here do not widen what is accepted: a non-minimal, empty or
    over-long value of the same form stays pyasn1-fasder's error."""
    good = _tlv(0x02, b"\x05")
    assert fast_decode.decode(good, _SERIAL) == 5
    assert fast_decode.decode(good, _SERIAL) == 5
    for bad in (_tlv(0x02, b"\x00\x05"), b"\x02\x00", good + b"\x00", b"\x02\x81\x01\x05"):
        assert _ours(bad, _SERIAL) == _reference(bad, _SERIAL)
        assert _ours(bad, _SERIAL)[0] == "refused"
    name = _tlv(0x0C, b"ok")
    fast_decode.decode(name, _CN)
    assert _ours(_tlv(0x0C, b"x" * 65), _CN)[0] == "refused"
    assert _ours(_tlv(0x0C, b"x" * 65), _CN) == _reference(_tlv(0x0C, b"x" * 65), _CN)


def test_a_built_value_is_its_own_object() -> None:
    """pkilint keeps each certificate's values; two certificates never share one."""
    data = _tlv(0x30, _tlv(0x82, b"a.example"))
    first, second = fast_decode.decode(data, _SAN), fast_decode.decode(data, _SAN)
    third = fast_decode.decode(data, _SAN)
    assert second is not third
    assert second[0] is not third[0]
    assert second[0].getComponent() is not third[0].getComponent()
    assert first == second == third


def test_the_pieces_of_a_bulk_job_are_built_without_pyasn1_fasder_once_compared(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What makes the bulk lint faster: once a schema and tag agreed with pyasn1-fasder,
    the serial, key, key identifier, attribute value, common name and SANs of the next
    certificates are built here (a disagreement would leave them to pyasn1-fasder: right,
    but as slow as before)."""
    firsts = [
        (_SERIAL, _tlv(0x02, bytes(range(1, 17)))),
        (_BITS, _tlv(0x03, b"\x00\x04" + bytes(64))),
        (_SKI, _tlv(0x04, bytes(20))),
        (_VALUE, _tlv(0x0C, b"client-1")),
        (_CN, _tlv(0x0C, b"client-1")),
        (_SAN, _tlv(0x30, _tlv(0x82, b"client-1.example"))),
    ]
    for spec, data in firsts:
        fast_decode.decode(data, spec)

    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("pyasn1-fasder was asked")

    monkeypatch.setattr(fast_decode, "decode_der", refuse)
    nexts = [
        (_SERIAL, _tlv(0x02, bytes(range(2, 18)))),
        (_BITS, _tlv(0x03, b"\x00\x04" + bytes(range(64)))),
        (_SKI, _tlv(0x04, bytes(range(20)))),
        (_VALUE, _tlv(0x0C, b"client-2")),
        (_CN, _tlv(0x0C, b"client-2")),
        (_SAN, _tlv(0x30, _tlv(0x82, b"client-2.example") + _tlv(0x82, b"www.example"))),
    ]
    for spec, data in nexts:
        assert encode(fast_decode.decode(data, spec)) == data


def test_a_new_schema_instance_per_value_does_not_grow_the_decoder_s_tables() -> None:
    """pkilint makes some schemas anew for each document (a fact's extension): a long bulk
    job must not keep every one of them."""
    data = _tlv(0x04, bytes(20))
    for _ in range(fast_decode._LIMIT + 500):
        fast_decode.decode(data, rfc5280.SubjectKeyIdentifier())
    assert len(fast_decode._KINDS) <= fast_decode._LIMIT
    assert len(fast_decode._CHECKED) <= fast_decode._LIMIT


def test_a_schema_under_comparison_is_not_yet_built_from_by_others(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """While a schema and tag are compared with pyasn1-fasder, another thread's decode of
    them must still go to pyasn1-fasder: the table says nothing of them until the verdict."""
    spec = rfc5280.SubjectKeyIdentifier()  # a schema instance never seen before
    data = _tlv(0x04, bytes(range(20)))
    seen: list[Any] = []
    compare = fast_decode._agrees

    def watching(ours: Any, theirs: Any) -> bool:
        seen.append(fast_decode._try(spec, data, 0, len(data)))  # what another decode gets
        return compare(ours, theirs)

    monkeypatch.setattr(fast_decode, "_agrees", watching)
    fast_decode.decode(data, spec)
    assert seen == [None]
    assert fast_decode._try(spec, data, 0, len(data)) is not None  # agreed: built from now on
