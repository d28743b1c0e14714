"""DER decoding of a certificate's new pieces into pyasn1 values, as pyasn1-fasder builds them.

The pieces that change from one certificate of a bulk job to the next are small, simple
values: the serial (INTEGER), the key and the signature (BIT STRING), an extension's value
and a key identifier (OCTET STRING), an attribute's value (ANY, then a CHOICE of strings), the
subject alternative names (a SEQUENCE OF a CHOICE of strings). pyasn1-fasder parses them in
Rust but builds each pyasn1 object through pyasn1's constructors (``clone``, constraint and
tag checks, ``setComponentByPosition``): 10 to 130 µs a value in a lint worker, about a third
of the lint of a certificate of a known shape.

:func:`decode` builds the same objects directly: a simple value's state is its schema's
read-only attributes and its payload; a CHOICE or SEQUENCE OF is copied from one that
pyasn1-fasder built for the same schema and alternative, with this value's components. It
makes a value only where it checks everything pyasn1-fasder checks for that form (DER header,
tag, primitive form, no trailing octets, the form's own rules, the schema's constraints);
anything else, including every error, is pyasn1-fasder's. Each schema and tag is checked once
against pyasn1-fasder's own result (:func:`_agrees`) before its values are built here.
"""

from __future__ import annotations

from typing import Any

from pyasn1.error import PyAsn1Error
from pyasn1.type import base, char, univ
from pyasn1_fasder import decode_der

__all__ = ["decode"]

_INTEGER, _OCTETS, _BITS, _CHARS, _ANY, _CHOICE, _SEQUENCE_OF = range(7)

#: Character strings pyasn1-fasder decodes without checks of its own (PrintableString has
#: one: its alphabet), by the codec of their schema, as pyasn1's ``prettyIn`` does here.
_PLAIN_STRINGS = (
    char.UTF8String,
    char.IA5String,
    char.VisibleString,
    char.NumericString,
    char.TeletexString,
    char.BMPString,
    char.UniversalString,
)
#: Tag numbers an ANY value is built here for: the string forms of attribute values.
_ANY_TAGS = frozenset({0x0C, 0x12, 0x14, 0x16, 0x1A, 0x1C, 0x1E, 0x13})


def _kind(spec: Any) -> int | None:
    """The form built here for a schema, or None (pyasn1-fasder decodes it). Exact classes
    of pyasn1's own constructors and payload conversions only: a subclass overriding either
    may do more than set the state copied here."""
    cls = type(spec)
    if cls.__init__ is univ.Integer.__init__ and cls.prettyIn is univ.Integer.prettyIn:
        return _INTEGER if isinstance(spec, univ.Integer) and not spec.namedValues else None
    if isinstance(spec, univ.BitString):
        plain = cls.__init__ is univ.BitString.__init__ and cls.prettyIn is univ.BitString.prettyIn
        return _BITS if plain and not spec.namedValues else None
    if isinstance(spec, univ.Any):
        plain = cls.__init__ is univ.Any.__init__ and cls.prettyIn is univ.Any.prettyIn
        return _ANY if plain and len(spec.tagSet) == 0 else None
    if isinstance(spec, _PLAIN_STRINGS):
        plain = (
            cls.__init__ is char.AbstractCharacterString.__init__
            and cls.prettyIn is char.AbstractCharacterString.prettyIn
        )
        return _CHARS if plain else None
    if isinstance(spec, char.AbstractCharacterString):
        return None
    if isinstance(spec, univ.OctetString):
        plain = cls.__init__ is univ.OctetString.__init__
        return _OCTETS if plain and cls.prettyIn is univ.OctetString.prettyIn else None
    if isinstance(spec, univ.Choice) and len(spec.tagSet) == 0:
        return _CHOICE
    if isinstance(spec, univ.SequenceOf):
        return _SEQUENCE_OF
    return None


def der_header(data: bytes, start: int, end: int) -> tuple[int, int, int] | None:
    """(tag octet, start of content, end of element) of a DER element at ``start`` whose
    length is in its minimal form (as the der crate requires), or None."""
    if end - start < 2:
        return None
    tag = data[start]
    if tag & 0x1F == 0x1F:
        return None  # tag numbers above 30: left to pyasn1-fasder
    first = data[start + 1]
    if first < 0x80:
        content, length = start + 2, first
    elif first == 0x81 and end - start >= 3 and data[start + 2] >= 0x80:
        content, length = start + 3, data[start + 2]
    elif first == 0x82 and end - start >= 4 and data[start + 2] != 0:
        content, length = start + 4, (data[start + 2] << 8) | data[start + 3]
    else:
        return None
    if content + length > end:
        return None
    return tag, content, content + length


def _tag_octet(spec: Any) -> int | None:
    """The one identifier octet of a schema with one tag numbered below 31."""
    tags = spec.tagSet.superTags
    if len(tags) != 1 or tags[0].tagId >= 31:
        return None
    tag = tags[0]
    octet: int = tag.tagClass | tag.tagFormat | tag.tagId
    return octet


def _simple(spec: Any, value: Any) -> Any:
    """A value of ``spec``'s class with ``value`` as payload: what ``spec.clone(value)`` makes
    once the payload is converted (the caller did that and checks the constraints)."""
    spec.subtypeSpec(value)
    made = object.__new__(type(spec))
    state = made.__dict__
    state.update(spec._readOnly)
    state["_readOnly"] = dict(spec._readOnly)
    state["_value"] = value
    return made


def _primitive(kind: int, spec: Any, octet: int | None, data: bytes, start: int, end: int) -> Any:
    """The value of the element at ``start`` (which ends at ``end``) or None."""
    found = der_header(data, start, end)
    if found is None or found[2] != end:
        return None
    tag, content, _ = found
    if kind == _ANY:
        if tag not in _ANY_TAGS:
            return None
        payload: Any = data[start:end]
        return _simple(spec, payload)
    if tag != octet:
        return None
    body = data[content:end]
    if kind == _OCTETS:
        return _simple(spec, body)
    if kind == _CHARS:
        try:
            text = body.decode(spec.encoding)
        except (UnicodeDecodeError, LookupError):
            return None
        return _simple(spec, text)
    if kind == _INTEGER:
        if not body or (
            len(body) >= 2 and body[0] in (0, 0xFF) and (body[0] ^ body[1]) & 0x80 == 0
        ):
            return None
        return _simple(spec, int.from_bytes(body, "big", signed=True))
    # BIT STRING: the count of unused bits, then the bits; those unused are zero.
    if not body:
        return None
    unused, bits = body[0], body[1:]
    if unused > 7 or (not bits and unused) or (bits and bits[-1] & ((1 << unused) - 1)):
        return None
    sized = univ.SizedInteger(int.from_bytes(bits, "big") >> unused).setBitLength(
        len(bits) * 8 - unused
    )
    return _simple(spec, sized)


#: Per schema (kept alive here, so its id is not reused): its form.
_KINDS: dict[int, tuple[Any, int | None, int | None]] = {}
#: Per schema and tag octet: a value pyasn1-fasder made of it (the model of a CHOICE or
#: SEQUENCE OF) and whether a value built here for the same bytes agreed with it.
_CHECKED: dict[tuple[int, int], tuple[Any, Any, bool]] = {}


#: Schemas remembered at most: a caller making a schema instance per value (pkilint's
#: document facts do) must not grow these tables for the length of a job.
_LIMIT = 4096


def _kind_of(spec: Any) -> tuple[int | None, int | None]:
    """A schema's form (:func:`_kind`) and identifier octet (:func:`_tag_octet`)."""
    found = _KINDS.get(id(spec))
    if found is not None and found[0] is spec:
        return found[1], found[2]
    kind = _kind(spec)
    octet = _tag_octet(spec) if kind is not None else None
    if len(_KINDS) >= _LIMIT:
        _KINDS.clear()
    _KINDS[id(spec)] = (spec, kind, octet)
    return kind, octet


def _try(spec: Any, data: bytes, start: int, end: int) -> Any:
    """The value of ``spec`` in ``data[start:end]`` built here, or None: for a schema and tag
    not (yet) shown to agree with pyasn1-fasder, or any input it does not accept as is."""
    kind, octet = _kind_of(spec)
    if kind is None or end - start < 2:
        return None
    key = (id(spec), data[start])
    checked = _CHECKED.get(key)
    if checked is None or checked[0] is not spec or not checked[2]:
        return None
    return _make(kind, spec, octet, checked[1], data, start, end)


def _make(
    kind: int, spec: Any, octet: int | None, model: Any, data: bytes, start: int, end: int
) -> Any:
    """:func:`_try`'s value, from the form, the tag and (CHOICE, SEQUENCE OF) the model."""
    try:
        if kind == _CHOICE:
            return _choice(model, data, start, end)
        if kind == _SEQUENCE_OF:
            return _sequence_of(spec, octet, model, data, start, end)
        return _primitive(kind, spec, octet, data, start, end)
    except PyAsn1Error:  # a constraint: pyasn1-fasder raises it, with its words
        return None


def _choice(model: Any, data: bytes, start: int, end: int) -> Any:
    """A CHOICE like ``model`` (same schema, same alternative) holding this element."""
    index = model._currentIdx
    value = _try(model.componentType[index].asn1Object, data, start, end)
    if value is None:
        return None
    components = list(model._componentValues)
    components[index] = value
    return _like(model, components)


def _like(model: Any, components: Any) -> Any:
    """A value with ``model``'s class and state (schema, tags, constraints) and these
    components: what pyasn1-fasder's ``clone``, ``clear`` and ``setComponentByPosition``
    calls leave, without them."""
    made = object.__new__(type(model))
    state = made.__dict__
    state.update(model.__dict__)
    state["_readOnly"] = dict(model._readOnly)
    state["_componentValues"] = components
    return made


def _sequence_of(
    spec: Any, octet: int | None, model: Any, data: bytes, start: int, end: int
) -> Any:
    """A SEQUENCE OF like ``model`` (clone, clear, a component per element), checked as
    pyasn1-fasder checks it (its size constraint)."""
    found = der_header(data, start, end)
    if found is None or found[2] != end or found[0] != octet or found[0] & 0x20 == 0:
        return None
    _, position, content_end = found
    element_spec = spec.componentType
    components: dict[int, Any] = {}
    while position < content_end:
        element = der_header(data, position, content_end)
        if element is None:
            return None
        value = _try(element_spec, data, position, element[2])
        if value is None:
            return None
        components[len(components)] = value
        position = element[2]
    made = _like(model, components)
    if made.isInconsistent:
        return None
    return made


def _learn(spec: Any, value: Any, data: bytes, start: int, end: int) -> None:
    """Compare what would be built here for ``data[start:end]`` with pyasn1-fasder's
    ``value`` of it, components first; keep the verdict per schema and tag octet."""
    kind, octet = _kind_of(spec)
    if kind is None or end - start < 2:
        return
    key = (id(spec), data[start])
    known = _CHECKED.get(key)
    if known is not None and known[0] is spec:
        return
    if len(_CHECKED) >= _LIMIT:
        _CHECKED.clear()
    if kind == _CHOICE:
        index = value._currentIdx
        if index is None or type(value.__dict__.get("_dynamicNames", 0)) is not int:
            _CHECKED[key] = (spec, value, False)
            return
        _learn(value.componentType[index].asn1Object, value.getComponent(), data, start, end)
    elif kind == _SEQUENCE_OF:
        found = der_header(data, start, end)
        if found is not None:
            position, content_end = found[1], found[2]
            for component in value._componentValues.values():
                element = der_header(data, position, content_end)
                if element is None:
                    break
                _learn(spec.componentType, component, data, position, element[2])
                position = element[2]
    # Built with this value as the model, not through the table: another thread must not
    # build values of this schema and tag before the comparison says they agree.
    built = _make(kind, spec, octet, value, data, start, end)
    _CHECKED[key] = (spec, value, built is not None and _agrees(built, value))


def decode(data: bytes, spec: Any) -> Any:
    """``decode_der(data, asn1Spec=spec)[0]``: built here where it can be, else
    pyasn1-fasder's (which raises what it raises)."""
    value = _try(spec, data, 0, len(data))
    if value is not None:
        return value
    value, _ = decode_der(data, asn1Spec=spec)
    _learn(spec, value, data, 0, len(data))
    return value


def _agrees(ours: Any, theirs: Any) -> bool:
    """Whether two pyasn1 values have the same class and state, components included."""
    if type(ours) is not type(theirs):
        return False
    mine, other = ours.__dict__, theirs.__dict__
    if mine.keys() != other.keys():
        return False
    for name, value in mine.items():
        their = other[name]
        if name == "_componentValues":
            if type(value) is not type(their):
                return False
            if isinstance(value, dict):
                if value.keys() != their.keys():
                    return False
                pairs = [(value[k], their[k]) for k in value]
            elif isinstance(value, list):
                if len(value) != len(their):
                    return False
                pairs = list(zip(value, their, strict=True))
            else:
                pairs = [] if value is their else [(value, their)]
            for a, b in pairs:
                if isinstance(a, base.Asn1Type) and a.isValue:
                    if not _agrees(a, b):
                        return False
                elif a is not b:
                    return False
        elif name == "_value":
            if type(value) is not type(their) or value != their:
                return False
            if isinstance(value, univ.SizedInteger) and len(value) != len(their):
                return False
        elif value is not their and value != their:
            return False
    return True
