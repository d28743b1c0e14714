"""Lint a bulk job's certificates without decoding and judging again what they share.

pkilint decodes each whole certificate with pyasn1 (~1 ms) and walks every node of it with
every validator (~1.3 ms more), though the certificates of a bulk job differ only in their
serial, subject, SANs, key, SKI, signature and, from batch to batch, validity. Here each
certificate is cut into *pieces* (the fields of tbsCertificate, the subject's RDNs, each
extension, the outer signature algorithm and value) along its DER, and a piece whose exact bytes were seen before
at the same place is neither decoded nor walked again: its decoded nodes are moved into the
new certificate's tree and the results its walk produced are put back where the walk would
have produced them, so the findings come out in pkilint's own order. New bytes at a place
seen before (a new subject, key or SAN) are cut further where they have a fixed form (see
:data:`_SPLITS`): only their new components are decoded and walked.

Why that is exact: a walk over a piece can only depend on something outside the piece
through its nodes' ``document`` (the root, the document's helpers) or the piece root's
``parent``: pyasn1 values have no link upwards, and pkilint's validators keep no state from
one document to the next. Both attributes are watched while a piece is walked; a piece whose
walk touched either (say a rule on the validity that compares it with the key type, or any
dated CA/B Forum rule, which reads notBefore through the document) is walked again every
time. What a walk did not read cannot change its result, so a piece with the same bytes at
the same place gets the same results. pkilint's value decoders are the one exception
allowed: they use ``document`` only to create the decoded nodes. The caller (the
:class:`~idtoolkit.lint.linter.RowLinter`) still checks this against a full lint.

Some reads of the document are *facts*, values computed from known bytes of the certificate
(:data:`_FACTS`, :func:`_fact_key`): whether it is a CA, its EKUs, policies and QC statements,
its key's algorithm, its validity's start (dated rules), tbsCertificate's signature algorithm,
and any extension a walk asks for by OID (its index and bytes). A walk that read facts is
reused while the facts' bytes are the same, and walked again otherwise.

Most certificates of a job are also made of the same known pieces in the same places, with
new ones in the same places: the same *shape*. A shape's assembled values and nodes are kept
(:class:`_Frame`) and filled with each next certificate's new pieces, and pkilint's walk over
a shape's skeleton is recorded once per validator container and replayed (:func:`_replay`):
the validators of assembled nodes run again, new pieces are walked, and runs of known pieces'
results are put back in one step.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import threading
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives import hashes
from pkilint import document, util, validation
from pkilint.pkix import extension, general_name
from pkilint.pkix.certificate import RFC5280Certificate, certificate_key
from pyasn1.codec.der.encoder import encode as der_encode
from pyasn1.error import PyAsn1Error
from pyasn1.type import univ
from pyasn1_alt_modules import rfc5280
from pyasn1_fasder import decode_der

from idtoolkit.lint import fast_decode

__all__ = ["Pieces", "Unsupported"]


class Unsupported(Exception):
    """The certificate is not of the form pieces are cut from (no version or extensions,
    unique identifiers, bytes that do not decode): the caller lints it in full."""


# --- watching what a walk reads -----------------------------------------------------------
class _Watch(threading.local):
    #: How many of pkilint's value decoders this thread is inside.
    decoding = 0
    #: How many document facts this thread is computing (their own reads are the fact's).
    in_fact = 0
    #: Facts read by the walks of fresh pieces under way, innermost last.
    facts: list[dict[str, Any]]
    #: The piece document last built on this thread: the document of every node of a piece
    #: document (a known piece's nodes serve each new document without being re-homed).
    current: Any = None

    def __init__(self) -> None:
        self.facts = []


_WATCH = _Watch()
#: Incremented whenever a node's document, or a piece root's parent, is read outside a value
#: decoder: a walk that saw it change read something beyond its piece. Shared by all threads
#: (another thread's reads only make a piece look less local, never more).
_ESCAPES = [0]


def _get_document(node: Any) -> Any:
    """Reaching the document is not yet reading it: a piece document watches every attribute
    read on it (:class:`_PieceDocument`); other documents count as read right away."""
    doc = node.__dict__["_document"]
    if type(doc) is _PieceDocument:
        return _WATCH.current
    if not _WATCH.decoding:
        _ESCAPES[0] += 1
    return doc


#: Document attributes that are facts about the whole certificate, each a value compared by
#: equality: a walk that read one depends on its value only, not on where it came from. The
#: key usage rules read ``is_ca``, the extended key usage rules ``extended_key_usages``, the
#: key usage / key algorithm consistency rule ``spki_algorithm`` (see below).
_FACTS = frozenset(
    {
        "is_ca",
        "extended_key_usages",
        "policy_oids",
        "qualified_statement_ids",
        "spki_algorithm",
        "not_before",
        "not_after",
    }
)
_SPKI_ALGORITHM = ":certificate.tbsCertificate.subjectPublicKeyInfo.algorithm.algorithm"


_CERTIFICATE_SCHEMA = rfc5280.Certificate()
_BASIC_CONSTRAINTS_SCHEMA = rfc5280.BasicConstraints()


class _PieceDocument(RFC5280Certificate):  # type: ignore[misc]
    """A certificate document assembled from pieces, which sees what a walk reads of it.

    Reading a fact (:data:`_FACTS`) records its value for the walks under way; reading any
    other attribute (the root, the substrate, a method) counts as a read beyond the piece.
    What a fact reads to compute itself is the fact's, not the walk's."""

    def __init__(self, substrate_source: Any, substrate: bytes, name: str, parent: Any) -> None:
        # RFC5280Certificate's, with one schema instance for all (pkilint makes a new
        # Certificate schema per document; it is read only to decode the substrate, which a
        # piece document never does: its root is assembled).
        document.Document.__init__(
            self, _CERTIFICATE_SCHEMA, substrate_source, substrate, name, parent
        )

    @functools.cached_property
    def is_ca(self) -> bool:
        """pkilint's, with one BasicConstraints schema instance for all documents; and once
        per shape where the answer is the shape's: its extensions are stable (the same
        OIDs in the same nodes) and basicConstraints is absent or a known piece (decoded, its
        decoded value appended to it, by the first document that asked)."""
        frame: _Frame | None = object.__getattribute__(self, "__dict__").get("_frame")
        if frame is not None and frame.is_ca is not None:
            return frame.is_ca
        decoded = self._decode_and_append_extension(
            rfc5280.id_ce_basicConstraints, _BASIC_CONSTRAINTS_SCHEMA
        )
        answer = bool(decoded.navigate("cA").pdu) if decoded else False
        if frame is not None and frame.stable_extensions:
            found = self.get_extension_by_oid(rfc5280.id_ce_basicConstraints)
            piece = None if found is None else found[0].__dict__.get("_piece")
            if found is None or (piece is not None and piece.walked and piece.local):
                frame.is_ca = answer
        return answer

    def __getattribute__(self, name: str) -> Any:
        watch = _WATCH
        if watch.in_fact or watch.decoding:
            return object.__getattribute__(self, name)
        if name in _FACTS:
            watch.in_fact += 1
            try:
                value = object.__getattribute__(self, name)
            finally:
                watch.in_fact -= 1
            if watch.facts:
                key = object.__getattribute__(self, "fact_key")(name)
                for facts in watch.facts:
                    facts.setdefault(name, key)
            return value
        if name == "get_extension_by_oid":
            return functools.partial(_read_extension, self)
        _ESCAPES[0] += 1
        return object.__getattribute__(self, name)

    def fact_key(self, name: str) -> bytes:
        """The bytes a fact is computed from (a superset): equal bytes, equal fact. ``is_ca``
        and ``extended_key_usages`` come from the first extension with their OID (pkilint's
        ``get_extension_by_oid``), ``spki_algorithm`` from the key's AlgorithmIdentifier.
        Comparing these is much cheaper than computing the facts of every new document."""
        keys: dict[str, bytes] = object.__getattribute__(self, "__dict__").setdefault(
            "_fact_keys", {}
        )
        key = keys.get(name)
        if key is None:
            cut: _Cut = object.__getattribute__(self, "__dict__")["_cut"]
            key = keys[name] = _fact_key(cut, name)
        return key

    def get_extension_by_oid(self, oid: Any) -> tuple[Any, int] | None:
        """pkilint's, from a table of the first extension with each OID made once per
        document (validators ask it several times; its extensions never change)."""
        state = object.__getattribute__(self, "__dict__")
        table: dict[Any, tuple[Any, int]] | None = state.get("_extensions_by_oid")
        if table is None:
            frame: _Frame | None = state.get("_frame")
            if frame is not None and frame.extensions_by_oid is not None:
                table = state["_extensions_by_oid"] = frame.extensions_by_oid
                return table.get(oid)
            table = {}
            state["_extensions_by_oid"] = table
            if frame is not None and frame.stable_extensions:
                frame.extensions_by_oid = table
            tbs = state["root"].children["tbsCertificate"]
            extensions = tbs.children.get("extensions")
            for index, node in ({} if extensions is None else extensions.children).items():
                table.setdefault(node.children["extnID"].pdu, (node, int(index)))
        return table.get(oid)

    @property
    def spki_algorithm(self) -> Any:
        """The subject public key's algorithm OID."""
        return self.root.navigate(_SPKI_ALGORITHM).pdu


_FACT_EXTENSIONS = {
    "is_ca": bytes.fromhex("0603551d13"),  # basicConstraints
    "extended_key_usages": bytes.fromhex("0603551d25"),  # extKeyUsage
    "policy_oids": bytes.fromhex("0603551d20"),  # certificatePolicies
    "qualified_statement_ids": bytes.fromhex("06082b06010505070103"),  # qcStatements
}
#: The fact that a walk asked the document for the first extension with an OID (pkilint's
#: ``get_extension_by_oid``), named by the OID's DER: its index and bytes, or its absence.
_EXTENSION_READ = "ext:"
_OID_DER: dict[Any, str] = {}


def _read_extension(doc: Any, oid: Any) -> tuple[Any, int] | None:
    """``doc.get_extension_by_oid(oid)`` as a fact of the walks under way: what they read of
    the extension it returns depends on its bytes alone, when it is a piece (whose own
    parent is watched); one assembled from new pieces counts as a read beyond the piece."""
    watch = _WATCH
    watch.in_fact += 1
    try:
        found: tuple[Any, int] | None = object.__getattribute__(doc, "get_extension_by_oid")(oid)
    finally:
        watch.in_fact -= 1
    if watch.facts:
        if found is not None and not found[0]._piece_root:
            _ESCAPES[0] += 1
        else:
            name = _OID_DER.get(oid)
            if name is None:
                name = _OID_DER[oid] = _EXTENSION_READ + der_encode(oid).hex()
            watch.in_fact += 1
            try:
                key = object.__getattribute__(doc, "fact_key")(name)
            finally:
                watch.in_fact -= 1
            for facts in watch.facts:
                facts.setdefault(name, key)
    return found


def _fact_key(cut: _Cut, name: str) -> bytes:
    if name in ("not_before", "not_after"):  # the dated rules' validity period start
        return b"V" + cut.field("validity")
    if name == "signature":  # tbsCertificate's signature algorithm
        return b"S" + cut.field("signature")
    if name == "spki_algorithm":
        spki = cut.field("subjectPublicKeyInfo")
        try:  # the key's AlgorithmIdentifier: the first element inside
            _, start, end = _tlv(spki, 0, len(spki))
            _, _, algorithm_end = _tlv(spki, start, end)
        except Unsupported:
            return b"A" + spki
        return b"A" + spki[start:algorithm_end]
    return _extension_fact_key(cut.extensions, name)


#: The OID (its DER) of an extension, by the extension's bytes (None: it does not split): a
#: job's certificates share nearly all their extensions, and finding the one a fact comes
#: from otherwise parses each of them for each fact of each certificate.
_EXTENSION_OIDS: dict[bytes, bytes | None] = {}
_FACT_OIDS: dict[str, bytes] = {}


def _extension_oid(element: bytes) -> bytes | None:
    if element in _EXTENSION_OIDS:
        return _EXTENSION_OIDS[element]
    found = _components(element, 0x30)
    oid = None if found is None else found[0][1]
    if len(_EXTENSION_OIDS) >= _DECODED_LIMIT:
        _EXTENSION_OIDS.clear()
    _EXTENSION_OIDS[element] = oid
    return oid


def _extension_fact_key(extensions: list[bytes], name: str) -> bytes:
    indexed = name.startswith(_EXTENSION_READ)
    oid = _FACT_OIDS.get(name)
    if oid is None:
        oid = bytes.fromhex(name[len(_EXTENSION_READ) :]) if indexed else _FACT_EXTENSIONS[name]
        _FACT_OIDS[name] = oid
    for index, element in enumerate(extensions):
        found = _extension_oid(element)
        if found is None:  # does not decode (so no document is made of it): all of them
            return b"*" + b"".join(extensions)
        if found == oid:  # the extension read, and where it is (the walk may say so)
            return (b"E%d:" % index if indexed else b"E") + element
    return b"-"


def _facts_hold(doc: Any, facts: dict[str, bytes]) -> bool:
    """Whether ``doc`` has the facts an earlier walk read: the bytes they come from are
    the same (see :meth:`_PieceDocument.fact_key`)."""
    if not facts:
        return True
    _WATCH.in_fact += 1
    try:
        return all(doc.fact_key(name) == key for name, key in facts.items())
    finally:
        _WATCH.in_fact -= 1


def _set_document(node: Any, value: Any) -> None:
    node.__dict__["_document"] = value


def _get_parent(node: Any) -> Any:
    if node._piece_root and not _WATCH.in_fact:  # what a fact reads is the fact's
        _ESCAPES[0] += 1
    return node.__dict__["_parent"]


def _set_parent(node: Any, value: Any) -> None:
    node.__dict__["_parent"] = value


_decoding_validate = validation.DecodingValidator.validate


def _watched_decoding_validate(self: Any, node: Any) -> Any:
    if not isinstance(self.decode_func, document.ValueDecoder):
        return _decoding_validate(self, node)
    _WATCH.decoding += 1
    try:
        return _decoding_validate(self, node)
    finally:
        _WATCH.decoding -= 1


#: How pkilint makes the children of a node of each pdu class (see below): most nodes are
#: of simple values, which have none.
_CHILDLESS, _CHOICE, _LIST, _RECORD = range(4)
_CHILDREN_BY_CLASS: dict[type, int] = {}


def _children_kind(pdu_class: type) -> int:
    if issubclass(pdu_class, univ.Choice):
        return _CHOICE
    if issubclass(pdu_class, univ.SequenceOfAndSetOfBase):
        return _LIST
    if issubclass(pdu_class, univ.SequenceAndSetBase):
        return _RECORD
    return _CHILDLESS


def _generate_child_nodes(node: Any) -> dict[str, Any]:
    """pkilint's own, reading the document without counting it as read: making a node's
    children hands them its document, it does not look at the document's content."""
    pdu = node.pdu
    kind = _CHILDREN_BY_CLASS.get(type(pdu))
    if kind is None:
        kind = _CHILDREN_BY_CLASS[type(pdu)] = _children_kind(type(pdu))
    if kind == _CHILDLESS:
        return {}
    doc, make = node.__dict__["_document"], document.PDUNode
    if kind == _CHOICE:
        name = pdu.getName()
        return {name: make(doc, name, pdu.getComponent(), node)}
    if kind == _LIST:
        return {str(i): make(doc, str(i), component, node) for i, component in enumerate(pdu)}
    return {name: make(doc, name, value, node) for name, value in pdu.items() if value.isValue}


#: pkilint's hash of a key (the key identifier rules), by hashlib for the hashes it has: the
#: same digest, without making a cryptography hash context per certificate.
_HASHLIB_NAMES = {
    hashes.SHA1: "sha1",
    hashes.SHA256: "sha256",
    hashes.SHA384: "sha384",
    hashes.SHA512: "sha512",
}
_calculate_hash = util.calculate_hash


def _calculate_hash_hashlib(octets: Any, hash_algo: Any) -> bytes:
    name = _HASHLIB_NAMES.get(type(hash_algo))
    if name is None or type(octets) is not bytes:
        return _calculate_hash(octets, hash_algo)  # type: ignore[no-any-return]
    return hashlib.new(name, octets).digest()


def _calculate_sha1_hash(octets: Any) -> bytes:
    if type(octets) is not bytes:
        return _calculate_hash(octets, hashes.SHA1())  # type: ignore[no-any-return]
    return hashlib.sha1(octets).digest()  # the key identifier's method 1 is SHA-1


def _pdu_node_init(self: Any, doc: Any, name: str, pdu: Any, parent: Any) -> None:
    """pkilint's ``PDUNode.__init__``, writing its attributes directly instead of through
    the watched ``document`` and ``parent`` properties: a node being made reads nothing of a
    document, and its own parent is not a piece root's (a piece is marked as one after its
    root node is made). A new piece's nodes, and the nodes of every value a validator decodes,
    are made this way for each certificate."""
    state = self.__dict__
    state["_document"] = doc
    state["name"] = name
    state["pdu"] = pdu
    state["_parent"] = parent
    state["path"] = name if parent is None else f"{parent.__dict__['path']}.{name}"
    state["children"] = self._generate_child_nodes()


def _is_name_constraints_child(node: Any) -> bool:
    """pkilint's ``is_nameconstraints_child_node`` without counting the ancestors it passes
    as read: it asks only their pdu class, and above a piece that is always Extensions,
    TBSCertificate and Certificate (the pieces are assembled under those), never
    NameConstraints; the answer depends on the piece alone."""
    parent = node.__dict__["_parent"]
    while parent is not None:
        if isinstance(parent.pdu, rfc5280.NameConstraints):
            return True
        parent = parent.__dict__["_parent"]
    return False


#: Decoded values of small substrates (attribute and extension values, key parameters), by
#: bytes and schema: decoding is a function of both, and a job repeats most of them (the
#: curve of every key, C=SN, O=...). Failures are not kept: they raise again each time.
_DECODED: dict[tuple[bytes, int], tuple[Any, Any]] = {}
_DECODED_LIMIT = 4096
_SMALL = 512


def _decode_der_remembered(substrate: Any, asn1Spec: Any) -> Any:
    data = substrate if type(substrate) is bytes else None
    if data is None:
        try:
            data = bytes(substrate)
        except (TypeError, PyAsn1Error):
            return decode_der(substrate, asn1Spec=asn1Spec)
    if len(data) > _SMALL:
        return fast_decode.decode(data, asn1Spec), b""
    key = (data, id(asn1Spec))
    found = _DECODED.get(key)
    if found is not None and found[0] is asn1Spec:
        return found[1]
    decoded = fast_decode.decode(data, asn1Spec), b""
    if len(_DECODED) >= _DECODED_LIMIT:
        _DECODED.clear()
    _DECODED[key] = (asn1Spec, decoded)
    return decoded


#: DER of values compared byte for byte (the two signature algorithms, names): a known
#: piece brings the same pyasn1 objects into every document, and pkilint never changes a
#: decoded value, so an object's encoding is computed once. Keyed by the object itself
#: (kept alive here, so its id is not reused).
_ENCODED: dict[int, tuple[Any, bytes]] = {}
_encode = validation.encode


def _encode_remembered(value: Any) -> bytes:
    found = _ENCODED.get(id(value))
    if found is not None and found[0] is value:
        return found[1]
    encoded: bytes = _encode(value)
    if len(_ENCODED) >= _DECODED_LIMIT:
        _ENCODED.clear()
    _ENCODED[id(value)] = (value, encoded)
    return encoded


_spki_key_usage_validate = certificate_key.SpkiKeyUsageConsistencyValidator.validate


def _spki_key_usage_validate_watched(self: Any, node: Any) -> Any:
    """pkilint's key usage / key algorithm rule, which reads, beyond its key usage node, the
    key's algorithm OID and nothing else (it navigates there from the root): on a piece
    document that read is the ``spki_algorithm`` fact, so a known key usage piece's result
    holds for every key of the same algorithm."""
    if type(node.__dict__["_document"]) is not _PieceDocument or _WATCH.in_fact:
        return _spki_key_usage_validate(self, node)
    _WATCH.current.spki_algorithm  # noqa: B018 - records the fact for the walk under way
    _WATCH.in_fact += 1
    try:
        return _spki_key_usage_validate(self, node)
    finally:
        _WATCH.in_fact -= 1


certificate_key.SpkiKeyUsageConsistencyValidator.validate = _spki_key_usage_validate_watched
_navigate = document.PDUNode.navigate


#: Navigations from a piece's root that read one field of the certificate: the fact named
#: here, keyed by that field's bytes (the outer signature algorithm rule compares itself with
#: tbsCertificate's).
_NAVIGATION_FACTS = {("certificate.signatureAlgorithm", "^.tbsCertificate.signature"): "signature"}


def _navigate_watched(self: Any, path: str) -> Any:
    """pkilint's navigate; going from the root to the key's algorithm OID (the key usage rules
    of the TLS and S/MIME profiles do) is reading the ``spki_algorithm`` fact, not the root;
    the navigations in :data:`_NAVIGATION_FACTS` read their field's fact."""
    fact = _NAVIGATION_FACTS.get((self.path, path)) if path[:1] == "^" else None
    if fact is not None and self._piece_root and not _WATCH.in_fact:
        doc = _WATCH.current
        if type(doc) is _PieceDocument and type(self.__dict__["_document"]) is _PieceDocument:
            _WATCH.in_fact += 1
            try:
                key = doc.fact_key(fact)
                found = _navigate(self, path)
            finally:
                _WATCH.in_fact -= 1
            for facts in _WATCH.facts:
                facts.setdefault(fact, key)
            return found
    if (
        path == _SPKI_ALGORITHM
        and not _WATCH.in_fact
        and type(self.__dict__["_document"]) is _PieceDocument
    ):
        _WATCH.current.spki_algorithm  # noqa: B018 - records the fact for the walks under way
        _WATCH.in_fact += 1
        try:
            return _navigate(self, path)
        finally:
            _WATCH.in_fact -= 1
    # A path relative to this node (the decoders' "extnID" and "extnValue", a validator's
    # "^.^.extnID") or to its document's root (":certificate.tbsCertificate..."): pkilint's
    # walk, without its path regex.
    colons = path.count(":")
    if colons > 1 or (colons and path[0] != ":") or path == ":":
        return _navigate(self, path)  # another document, or the document itself
    parts = path[1:].split(".") if colons else path.split(".")
    if "" in parts:
        return _navigate(self, path)  # not a path: pkilint's error
    node = self
    if colons:
        root = self.document.root
        if root.name != parts[0]:
            raise document.PDUNavigationFailedError(path, "", parts[0])
        node, parts = root, parts[1:]
    for part in parts:
        if part == "^":
            node = node.parent
        else:
            child = node.children.get(part)
            if child is None:
                raise document.PDUNavigationFailedError(path, node.path, part)
            node = child
    return node


document.PDUNode.navigate = _navigate_watched
document.PDUNode._generate_child_nodes = _generate_child_nodes
util.calculate_hash = _calculate_hash_hashlib
util.calculate_sha1_hash = _calculate_sha1_hash
document.PDUNode.__init__ = _pdu_node_init
validation.encode = _encode_remembered
document.decode_der = _decode_der_remembered
general_name.is_nameconstraints_child_node = _is_name_constraints_child
document.PDUNode.document = property(_get_document, _set_document)
document.PDUNode.parent = property(_get_parent, _set_parent)
document.PDUNode._piece_root = False
validation.DecodingValidator.validate = _watched_decoding_validate


# --- the walk: reuse a known piece's results ----------------------------------------------
_SERIALS: itertools.count[int] = itertools.count()
_SHAPES: itertools.count[int] = itertools.count()


@dataclass
class _Piece:
    """One piece's decoded nodes and, per validator container that walked it, its results."""

    pdu: Any
    node: Any
    #: Per container: the results of its walk and the document facts that walk read.
    results: dict[int, tuple[list[Any], dict[str, Any]]] = field(default_factory=dict)
    #: Its walk read nothing outside it (so far: set to False by the first read).
    local: bool = True
    #: Walked before: its nodes come from an earlier certificate with the same bytes.
    walked: bool = False
    #: Names this piece in a document's shape (never reused, unlike an id()).
    serial: int = field(default_factory=lambda: next(_SERIALS))
    #: Where it is (see :meth:`Pieces._part`).
    place: str = ""

    @property
    def known(self) -> bool:
        """Its results can stand for a new walk: the same bytes, and nothing else read."""
        return self.walked and self.local


@dataclass
class _Assembled:
    """A value assembled from pieces (see :data:`_SPLITS`): made once per document shape
    (:class:`_Frame`) and walked every time; its components' nodes are the pieces'."""

    kind: Any  # the pyasn1 type of the value
    parts: dict[str, _Piece | _Assembled]
    pdu: Any = None


def _walk_reusing(self: Any, node: Any, results: list[Any]) -> None:
    piece: _Piece | None = node.__dict__.get("_piece")
    if piece is not None:
        _walk_piece(self, node, piece, results)
        return
    doc = _WATCH.current
    skeleton: _Skeleton | None = None
    if doc is not None and type(node.__dict__["_document"]) is _PieceDocument:
        skeleton = object.__getattribute__(doc, "__dict__").get("_skeleton")
    path: str = node.path
    if skeleton is None or skeleton.nodes.get(path) is not node:
        _walk(self, node, results)
        return
    traces: dict[tuple[str, int], list[Any]] | None = self.__dict__.get("_idtoolkit_traces")
    if traces is None:
        traces = self.__dict__["_idtoolkit_traces"] = {}
    key = (path, skeleton.shape)
    trace = traces.get(key)
    if trace is not None:
        _replay(self, trace, skeleton.nodes, results)
        return
    trace = []
    if _walk_recording(self, node, results, trace, skeleton.nodes):
        if len(traces) >= _TRACES:
            traces.clear()
        traces[key] = trace


# --- replaying the walk over a known shape -------------------------------------------------
# Most certificates of a job are made of the same pieces in the same places, only a few of
# them new (the serial, the subject's value, the key, the SKI, the SANs, the signature): the
# same *shape*. pkilint's walk over a shape's skeleton (its assembled nodes and the known
# pieces whose results stand) visits the same nodes and asks the same validators every time;
# it is recorded once per validator container and shape as a list of steps, and replayed:
# the validators of each assembled node are run on this certificate's node, every piece that
# must be walked (new bytes, a walk that read beyond itself, or facts to check) is walked as
# before, and the results of runs of known pieces are put back in one step.
_TRACES = 512
_CONST, _PIECE_STEP, _NODE_STEP = 0, 1, 2


@dataclass(frozen=True)
class _Skeleton:
    """A document's shape (equal for documents made of the same known pieces, with new
    ones at the same places) and its nodes outside pieces' subtrees, by path."""

    shape: int
    nodes: dict[str, Any]


class _NotReplayable(Exception):
    """The document differs from its shape's recording (say, a validator added a node the
    recording did not see): the caller lints it in full."""


def _replay(self: Any, trace: list[Any], nodes: dict[str, Any], results: list[Any]) -> None:
    for step in trace:
        kind = step[0]
        if kind == _CONST:
            results += step[1]
        elif kind == _PIECE_STEP:
            node = nodes[step[1]]
            _walk_piece(self, node, node.__dict__["_piece"], results)
        else:
            node = nodes[step[1]]
            for validator, ask in step[2]:
                if ask and not validator.match(node):
                    continue
                result = validator.validate_wrapper(node)
                if type(result) is list:
                    results += result
                else:
                    results.append(result)
            if len(node.children) != step[3]:
                raise _NotReplayable(node.path)


def _walk_recording(
    self: Any, node: Any, results: list[Any], trace: list[Any], nodes: dict[str, Any]
) -> bool:
    """pkilint's walk (:func:`_walk`) from a skeleton node, recording its steps in ``trace``;
    False if it passed a node outside the skeleton (the trace is then not kept)."""
    plan = []
    for validator, ask in _plan(self, node):
        if ask:
            answer = _shape_match(validator, node)
            if answer is None:
                if not validator.match(node):
                    continue
            elif answer:
                ask = False
            else:
                continue
        plan.append((validator, ask))
        result = validator.validate_wrapper(node)
        if type(result) is list:
            results += result
        else:
            results.append(result)
    children = node.children
    trace.append([_NODE_STEP, node.path, tuple(plan), len(children)])
    replayable = True
    for child in children.values():
        piece = child.__dict__.get("_piece")
        if piece is None:
            if nodes.get(child.path) is not child:
                replayable = False
                _walk(self, child, results)
            elif not _walk_recording(self, child, results, trace, nodes):
                replayable = False
            continue
        known = piece.results.get(id(self)) if piece.walked and piece.local else None
        if known is not None and not known[1]:
            results += known[0]
            if trace and trace[-1][0] == _CONST:
                trace[-1] = (_CONST, trace[-1][1] + known[0])
            else:
                trace.append((_CONST, known[0]))
            continue
        trace.append((_PIECE_STEP, child.path))
        _walk_piece(self, child, piece, results)
    return replayable


def _walk_piece(self: Any, node: Any, piece: _Piece, results: list[Any]) -> None:
    if piece.walked:
        known = piece.results.get(id(self)) if piece.local else None
        if known is not None and _facts_hold(_WATCH.current, known[1]):
            results.extend(known[0])
        else:  # read beyond itself, other facts, or a container that did not walk it before
            _walk(self, node, results)
        return
    start, escapes = len(results), _ESCAPES[0]
    facts: dict[str, Any] = {}
    _WATCH.facts.append(facts)
    try:
        _walk(self, node, results)
    finally:
        _WATCH.facts.pop()
    if _ESCAPES[0] != escapes:
        piece.local = False
    piece.results[id(self)] = (results[start:], facts)


_MATCH = document.NodeVisitor.match


#: Matches that begin with ``if not super().match(node): return False`` (NodeVisitor's) and
#: then look at the node: NodeVisitor's answer, when it is no, is theirs too.
_NARROWING = (validation.TypeMatchingValidator.match, extension.ExtensionCriticalityValidator.match)


def _static(validator: Any) -> tuple[bool, bool]:
    """Whether NodeVisitor's match, which depends on nothing but a node's path and pdu
    class, decides for this validator; and whether a no from it decides."""
    plain = validator._predicate is None and validator._pdu_supertype is None
    if "match" in validator.__dict__ or not plain:
        return False, False
    match = type(validator).match
    return match is _MATCH, match is _MATCH or match in _NARROWING


def _static_no(validator: Any, node: Any) -> bool:
    """Whether NodeVisitor's match says no from the node's path and pdu class alone, before
    it would look at anything else (a predicate, a supertype's tags), for a validator whose
    match begins with NodeVisitor's (:data:`_NARROWING`)."""
    if "match" in validator.__dict__:
        return False
    match = type(validator).match
    if match is not _MATCH and match not in _NARROWING:
        return False
    path = validator._path
    if path is not None and path != node.path:
        return True
    path_re = validator._path_re
    if path_re is not None and path_re.match(node.path) is None:
        return True
    pdu_class = validator._pdu_class
    return pdu_class is not None and not isinstance(node.pdu, pdu_class)


def _shape_match(validator: Any, node: Any) -> bool | None:
    """For a skeleton node's validator whose match, past NodeVisitor's path and class test,
    compares one type OID (an extension's extnID, an attribute's type): its answer when that
    OID is a known piece (so the same in every document of the shape), else None."""
    if "match" in validator.__dict__ or validator._predicate is not None:
        return None
    if validator._pdu_supertype is not None:
        return None
    match = type(validator).match
    if match is _NARROWING[1]:
        type_node = node.children.get("extnID")
    elif match is _NARROWING[0]:
        try:
            type_node = node.navigate(validator.type_path)
        except document.PDUNavigationFailedError:
            return None
    else:
        return None
    piece = None if type_node is None else type_node.__dict__.get("_piece")
    if piece is None or not piece.walked:
        return None
    return bool(validator.match(node))


def _plan(container: Any, node: Any) -> tuple[tuple[Any, bool], ...]:
    """The container's validators that can match a node at this path with this pdu class,
    each with whether its match must still be asked (it looks at more than those two)."""
    plans: dict[tuple[str, type], tuple[tuple[Any, bool], ...]] | None = container.__dict__.get(
        "_idtoolkit_plans"
    )
    if plans is None:
        plans = container.__dict__["_idtoolkit_plans"] = {}
    key = (node.path, type(node.pdu))
    plan = plans.get(key)
    if plan is None:
        entries = []
        for v in container.validators:
            decides, narrows = _static(v)
            if narrows and not _MATCH(v, node):
                continue
            if not narrows and _static_no(v, node):
                continue
            entries.append((v, not decides))
        plan = tuple(entries)
        plans[key] = plan
    return plan


def _walk(self: Any, node: Any, results: list[Any]) -> None:
    """pkilint's ``ValidatorContainer._validate_rec``, asking only the validators that can
    match: the others' match depends only on the node's path and pdu class, and said no."""
    plans = self.__dict__.get("_idtoolkit_plans")
    plan = None if plans is None else plans.get((node.path, type(node.pdu)))
    for validator, ask in _plan(self, node) if plan is None else plan:
        if ask and not validator.match(node):
            continue
        result = validator.validate_wrapper(node)
        if type(result) is list:
            results += result
        else:
            results.append(result)
    children = node.children
    if children:  # pkilint's containers do not override _validate_rec: recurse directly
        for child in children.values():
            piece = child.__dict__.get("_piece")
            if piece is None:
                _walk(self, child, results)
            else:
                _walk_piece(self, child, piece, results)


validation.ValidatorContainer._validate_rec = _walk_reusing


# --- cutting a certificate along its DER --------------------------------------------------
def _tlv(der: bytes, offset: int, end: int) -> tuple[int, int, int]:
    """(tag, start of content, end of element) of the element at ``offset``."""
    if offset + 2 > end:
        raise Unsupported("truncated")
    tag, length, position = der[offset], der[offset + 1], offset + 2
    if tag & 0x1F == 0x1F:
        raise Unsupported("multi-byte tag")
    if length & 0x80:
        count = length & 0x7F
        if not 0 < count <= 4 or position + count > end:
            raise Unsupported("bad length")
        length = int.from_bytes(der[position : position + count], "big")
        position += count
    if position + length > end:
        raise Unsupported("truncated")
    return tag, position, position + length


def _elements(der: bytes, start: int, end: int) -> list[tuple[int, int, int]]:
    """(tag, offset, end) of each element between ``start`` and ``end``."""
    found = []
    while start < end:
        tag, _, element_end = _tlv(der, start, end)
        found.append((tag, start, element_end))
        start = element_end
    return found


_TBS_TAGS = (
    ("version", 0xA0),
    ("serialNumber", 0x02),
    ("signature", 0x30),
    ("issuer", 0x30),
    ("validity", 0x30),
    ("subject", 0x30),
    ("subjectPublicKeyInfo", 0x30),
)
_TBS_SCHEMA = rfc5280.TBSCertificate.componentType
_SPECS: dict[str, Any] = {name: _TBS_SCHEMA[name].asn1Object for name, _ in _TBS_TAGS}
_CERT_SCHEMA = rfc5280.Certificate.componentType
_OUTER_SPECS = {name: _CERT_SCHEMA[name].asn1Object for name in ("signatureAlgorithm", "signature")}
_EXTENSION_SPEC = rfc5280.Extension()
_RDN_SPEC = rfc5280.RelativeDistinguishedName()


@dataclass(frozen=True)
class _Cut:
    """Where each piece's bytes are: tbsCertificate's fields, extensions, signature."""

    tbs: list[tuple[str, bytes]]
    extensions: list[bytes]
    outer: list[tuple[str, bytes]]

    def field(self, name: str) -> bytes:
        """A tbsCertificate field's bytes."""
        for field_name, data in self.tbs:
            if field_name == name:
                return data
        raise KeyError(name)


def _cut(der: bytes) -> _Cut:
    tag, start, end = _tlv(der, 0, len(der))
    if tag != 0x30 or end != len(der):
        raise Unsupported("not one SEQUENCE")
    top = _elements(der, start, end)
    if [t for t, _, _ in top] != [0x30, 0x30, 0x03]:
        raise Unsupported("not a certificate")
    _, tbs_start, tbs_end = _tlv(der, top[0][1], top[0][2])
    fields = _elements(der, tbs_start, tbs_end)
    if [t for t, _, _ in fields] != [t for _, t in _TBS_TAGS] + [0xA3]:
        raise Unsupported("no version or extensions, or unique identifiers")
    _, wrapped, wrapped_end = _tlv(der, fields[-1][1], fields[-1][2])
    tag, list_start, list_end = _tlv(der, wrapped, wrapped_end)
    if tag != 0x30 or list_end != wrapped_end:
        raise Unsupported("extensions")
    extensions = [der[s:e] for _, s, e in _elements(der, list_start, list_end)]
    if not extensions:
        raise Unsupported("empty extensions")
    return _Cut(
        [(name, der[s:e]) for (name, _), (_, s, e) in zip(_TBS_TAGS, fields, strict=False)],
        extensions,
        [("signatureAlgorithm", der[top[1][1] : top[1][2]]), ("signature", der[top[2][1] :])],
    )


def _rdns(name: bytes) -> list[bytes]:
    """The RDNs of a DER Name, each a SET; none for an empty name (decoded whole instead:
    an RDNSequence assembled from no component is not a value, a decoded empty one is)."""
    tag, start, end = _tlv(name, 0, len(name))
    if tag != 0x30 or end != len(name):
        raise Unsupported("name")
    rdns = _elements(name, start, end)
    if any(tag != 0x31 for tag, _, _ in rdns):
        raise Unsupported("name")
    return [name[s:e] for _, s, e in rdns]


def _decode(piece: bytes, spec: Any) -> Any:
    try:
        return fast_decode.decode(piece, spec)
    except (ValueError, PyAsn1Error) as e:
        raise Unsupported(f"does not decode: {e}") from e


# --- cutting a new value further ------------------------------------------------------------
# A place whose bytes differ from every earlier certificate's (the SAN and SKI extensions, the
# key, the subject's RDN) is not decoded whole when it is one of the forms below: each of its
# components is a piece of its own, so the parts it shares with earlier certificates (the
# extension's OID and criticality, the key's algorithm, the attribute's type) are neither
# decoded nor walked again, and only the new bytes are. The value itself is assembled from
# its components (and walked every time), as the decoder would have built it.
#
# A value component is decoded by pkilint according to its sibling type (extnValue by extnID,
# subjectPublicKey by the key algorithm, an attribute value by its type), from outside its own
# piece; so a value piece is kept per type: its place names the type's bytes, and a known
# value piece always sits under the same type, with the same decoded content.
_EXTENSION_SCHEMA = rfc5280.Extension.componentType
_SPKI_SCHEMA = rfc5280.SubjectPublicKeyInfo.componentType
_ATV_SCHEMA = rfc5280.AttributeTypeAndValue.componentType
_ATV_SPEC = rfc5280.AttributeTypeAndValue()
_DER_TRUE = b"\x01\x01\xff"

#: (component name, its DER, its schema, what its place adds to the value's place)
_Components = list[tuple[str, bytes, Any, str]]


def _components(data: bytes, tag: int) -> list[tuple[int, bytes]] | None:
    """The elements inside ``data`` if it is one DER element with this tag (minimal length:
    a whole decode would refuse any other), else None."""
    try:
        found, start, end = _tlv(data, 0, len(data))
    except Unsupported:
        return None
    if found != tag or end != len(data):
        return None
    if data[1] & 0x80 and (
        end - start < 0x80 or data[2] == 0 or start - 2 != ((end - start).bit_length() + 7) // 8
    ):
        return None
    try:
        return [(t, data[s:e]) for t, s, e in _elements(data, start, end)]
    except Unsupported:
        return None


def _split_extension(data: bytes) -> _Components | None:
    """extnID, critical (TRUE only: DER leaves a FALSE out) and extnValue, kept per extnID."""
    found = _components(data, 0x30)
    if found is None:
        return None
    tags = [tag for tag, _ in found]
    if tags == [0x06, 0x04]:
        names: tuple[str, ...] = ("extnID", "extnValue")
    elif tags == [0x06, 0x01, 0x04] and found[1][1] == _DER_TRUE:
        names = ("extnID", "critical", "extnValue")
    else:
        return None
    by_type = "@" + found[0][1].hex()
    return [
        (name, der, _EXTENSION_SCHEMA[name].asn1Object, by_type if name == "extnValue" else "")
        for name, (_, der) in zip(names, found, strict=True)
    ]


def _split_spki(data: bytes) -> _Components | None:
    """The key's algorithm and the key itself, kept per algorithm."""
    found = _components(data, 0x30)
    if found is None or [tag for tag, _ in found] != [0x30, 0x03]:
        return None
    (_, algorithm), (_, key) = found
    return [
        ("algorithm", algorithm, _SPKI_SCHEMA["algorithm"].asn1Object, ""),
        (
            "subjectPublicKey",
            key,
            _SPKI_SCHEMA["subjectPublicKey"].asn1Object,
            "@" + algorithm.hex(),
        ),
    ]


def _split_rdn(data: bytes) -> _Components | None:
    """An RDN of one attribute (several: their DER order is the decoder's to check)."""
    found = _components(data, 0x31)
    if found is None or [tag for tag, _ in found] != [0x30]:
        return None
    return [("0", found[0][1], _ATV_SPEC, "")]


def _split_attribute(data: bytes) -> _Components | None:
    """An attribute's type and value, kept per type."""
    found = _components(data, 0x30)
    if found is None or len(found) != 2 or found[0][0] != 0x06:
        return None
    (_, kind), (_, value) = found
    return [
        ("type", kind, _ATV_SCHEMA["type"].asn1Object, ""),
        ("value", value, _ATV_SCHEMA["value"].asn1Object, "@" + kind.hex()),
    ]


_SPLITS = {
    rfc5280.Extension: _split_extension,
    rfc5280.SubjectPublicKeyInfo: _split_spki,
    rfc5280.RelativeDistinguishedName: _split_rdn,
    rfc5280.AttributeTypeAndValue: _split_attribute,
}


def _bare_node(doc: Any, name: str, pdu: Any, parent: Any) -> Any:
    """A node whose children the caller adds (PDUNode's constructor would make them all)."""
    node = document.PDUNode.__new__(document.PDUNode)
    node.document, node.name, node.pdu, node.parent = doc, name, pdu, parent
    node.path = name if parent is None else f"{parent.path}.{name}"
    node.children = {}
    return node


# --- the cache of pieces --------------------------------------------------------------------
#: Distinct byte strings remembered per place: a job's validity changes per batch and its
#: subjects per certificate, so a handful per place keeps what recurs and forgets the rest.
_PER_PLACE = 8


class _Frame:
    """The assembled values and nodes of one document shape, kept and filled with the new
    pieces of each next certificate of that shape instead of being made again: a shape's
    known pieces are the same objects in the same places (see :class:`_Skeleton`).

    A filled value is changed in place: the encodings remembered of it and of the values
    that contain it are forgotten (see :func:`_encode_remembered`)."""

    def __init__(self) -> None:
        self.root: Any = None
        #: Nodes outside pieces' subtrees (assembled ones and piece roots), by path.
        self.nodes: dict[str, Any] = {}
        #: Per piece place: the value it is a component of, its name or position there, and
        #: the ids of that value and of every value that contains it.
        self.values: dict[str, tuple[Any, str | int, tuple[int, ...]]] = {}
        #: Per piece place: the node its node is a child of, and its name there.
        self.places: dict[str, tuple[Any, str]] = {}
        #: Known pieces' nodes and their parents here (another shape may have moved them).
        self.known: list[tuple[Any, Any]] = []
        #: Every extension's node and OID are the same in each document of the shape (each
        #: extension a known piece, or assembled here around a known extnID)...
        self.stable_extensions = False
        #: ...so the table of the first extension with each OID is too, made once.
        self.extensions_by_oid: dict[Any, tuple[Any, int]] | None = None
        #: A document was filled into it (and its shape's walk replayed) before.
        self.replayed = False
        #: ``is_ca`` of every document of the shape, when it is the shape's (see there).
        self.is_ca: bool | None = None


#: Shapes whose frames are kept: a job has a handful (the first certificate of a batch, whose
#: validity is new, and the others).
_FRAMES = 8


def _set(container: Any, key: str | int, value: Any) -> None:
    # The components come from decoding with their own schema: no tag or constraint to check.
    if type(key) is int:
        container.setComponentByPosition(
            key, value, verifyConstraints=False, matchTags=False, matchConstraints=False
        )
    else:
        container.setComponentByName(
            key, value, verifyConstraints=False, matchTags=False, matchConstraints=False
        )


def _release(piece: _Piece) -> None:
    """Undo the links that make a forgotten piece's nodes reference cycles (a node and its
    parent, a node and its piece, the piece's results and their nodes), so they are freed as
    soon as nothing else holds them instead of by the cycle collector. A bulk job forgets
    about a dozen pieces per certificate (every new serial, key, name and signature, once
    :data:`_PER_PLACE` newer ones came), and collecting them took a tenth of the lint's time.

    A forgotten piece is in no future document: a document that has the same bytes at its
    place gets a new piece, so a shape with this one in it cannot recur; a frame that still
    holds its node replaces it before it is walked again (:meth:`Pieces._fill`)."""
    node = piece.node
    piece.node = None
    piece.results = {}
    stack = [] if node is None else [node]
    while stack:
        state = stack.pop().__dict__
        state.pop("_piece", None)
        state["_parent"] = None
        children = state.get("children")
        if children:
            stack.extend(children.values())
            state["children"] = {}


class Pieces:
    """The pieces seen so far by one job's linter, and the documents built from them."""

    def __init__(self) -> None:
        self._known: dict[str, dict[bytes, _Piece]] = {}
        self._fresh: list[tuple[str, bytes, _Piece]] = []
        self.reused = 0
        #: What the document under construction is made of (see :class:`_Skeleton`).
        self._tokens: list[int | str] = []
        self._shapes: dict[tuple[int | str, ...], int] = {}
        self._frames: dict[int, _Frame] = {}
        #: The last document is the first filled into its shape's frame: the first whose
        #: walk is replayed (its linter checks it against a full lint).
        self.first_replay = False

    def document(self, der: bytes) -> Any:
        """The pkilint document of ``der``, made of known pieces where the bytes match.

        Raises :class:`Unsupported` for certificates not cut into pieces."""
        cut = _cut(der)
        self._fresh = []
        self.reused = 0
        self._tokens = []
        prefix = "certificate.tbsCertificate."
        tbs_parts: list[tuple[str, _Piece | _Assembled]] = []
        for name, data in cut.tbs:
            rdns = _rdns(data) if name == "subject" else []
            if rdns:  # a subject's RDNs are pieces: most are shared (C=SN, O=...), one is not
                tbs_parts.append((name, self._subject(prefix, rdns)))
            else:
                tbs_parts.append((name, self._part(prefix + name, data, _SPECS[name])))
        extension_parts = [
            self._part(f"{prefix}extensions.{index}", data, _EXTENSION_SPEC)
            for index, data in enumerate(cut.extensions)
        ]
        outer = [
            (name, self._piece(f"certificate.{name}", data, _OUTER_SPECS[name]))
            for name, data in cut.outer
        ]
        tokens = tuple(self._tokens)
        shape = self._shapes.get(tokens)
        if shape is None:
            if len(self._shapes) >= _TRACES:
                self._shapes.clear()
            shape = self._shapes[tokens] = next(_SHAPES)
        doc = _PieceDocument(None, der, "certificate", None)
        state = object.__getattribute__(doc, "__dict__")
        state["_cut"] = cut
        _WATCH.current = doc
        frame = self._frames.get(shape)
        self.first_replay = frame is not None and not frame.replayed
        if frame is None:
            frame = self._build(doc, tbs_parts, extension_parts, outer)
            if len(self._frames) >= _FRAMES:
                self._frames.clear()
            self._frames[shape] = frame
        else:
            self._fill(frame, doc)
            frame.replayed = True
        doc.root = frame.root
        state["_frame"] = frame
        state["_skeleton"] = _Skeleton(shape, frame.nodes)
        return doc

    def _fill(self, frame: _Frame, doc: Any) -> None:
        """Put this certificate's new pieces into its shape's frame."""
        for node, parent in frame.known:
            node.__dict__["_parent"] = parent
        for place, _, piece in self._fresh:
            container, key, containing = frame.values[place]
            _set(container, key, piece.pdu)
            for value_id in containing:
                _ENCODED.pop(value_id, None)
            parent, name = frame.places[place]
            node = self._place(piece, doc, name, parent, None)
            parent.children[name] = node
            frame.nodes[node.path] = node

    def _build(
        self,
        doc: Any,
        tbs_parts: list[tuple[str, _Piece | _Assembled]],
        extension_parts: list[_Piece | _Assembled],
        outer: list[tuple[str, _Piece]],
    ) -> _Frame:
        """Make the values and nodes of a new shape (kept as its frame)."""
        frame = _Frame()
        frame.stable_extensions = all(
            part.walked
            if isinstance(part, _Piece)
            else isinstance(extnid := part.parts.get("extnID"), _Piece) and extnid.walked
            for part in extension_parts
        )
        tbs = rfc5280.TBSCertificate()
        cert = rfc5280.Certificate()
        root = frame.root = frame.nodes["certificate"] = _bare_node(doc, "certificate", cert, None)
        tbs_node = _bare_node(doc, "tbsCertificate", tbs, root)
        frame.nodes[tbs_node.path] = tbs_node
        in_tbs = (id(tbs), id(cert))
        for name, part in tbs_parts:
            self._set_part(tbs, name, part, frame, in_tbs)
        extensions = tbs.getComponentByName("extensions")
        for index, part in enumerate(extension_parts):
            self._set_part(extensions, index, part, frame, (id(extensions), *in_tbs))
        _set(cert, "tbsCertificate", tbs)
        for name, piece in outer:
            self._set_part(cert, name, piece, frame, (id(cert),))
        root.children["tbsCertificate"] = tbs_node
        for name, part in tbs_parts:
            tbs_node.children[name] = self._node(part, doc, name, tbs_node, frame)
        extensions_node = _bare_node(doc, "extensions", extensions, tbs_node)
        frame.nodes[extensions_node.path] = extensions_node
        tbs_node.children["extensions"] = extensions_node
        for index, part in enumerate(extension_parts):
            extensions_node.children[str(index)] = self._node(
                part, doc, str(index), extensions_node, frame
            )
        for name, piece in outer:
            root.children[name] = self._place(piece, doc, name, root, frame)
        return frame

    def _set_part(
        self,
        container: Any,
        key: str | int,
        part: _Piece | _Assembled,
        frame: _Frame,
        containing: tuple[int, ...],
    ) -> None:
        """Set ``part`` into ``container`` (inside the values whose ids are ``containing``,
        its own first), recording where each piece goes."""
        if isinstance(part, _Piece):
            _set(container, key, part.pdu)
            frame.values[part.place] = (container, key, containing)
            return
        pdu = part.pdu = part.kind()
        positional = isinstance(pdu, univ.SequenceOfAndSetOfBase)
        inside = (id(pdu), *containing)
        for name, component in part.parts.items():
            self._set_part(pdu, int(name) if positional else name, component, frame, inside)
        _set(container, key, pdu)

    def _subject(self, prefix: str, rdns: list[bytes]) -> _Assembled:
        parts: dict[str, _Piece | _Assembled] = {
            str(index): self._part(f"{prefix}subject.rdnSequence.{index}", data, _RDN_SPEC)
            for index, data in enumerate(rdns)
        }
        self._tokens.append(len(rdns))
        return _Assembled(rfc5280.Name, {"rdnSequence": _Assembled(rfc5280.RDNSequence, parts)})

    def _part(self, place: str, data: bytes, spec: Any) -> _Piece | _Assembled:
        """The piece of these bytes at this place; or, for new bytes at a place seen before,
        the value assembled from its components' pieces (:data:`_SPLITS`) where it splits."""
        known = self._known.get(place)
        if known is not None and data not in known:
            split = _SPLITS.get(type(spec))
            components = None if split is None else split(data)
            if components is not None:
                return self._assemble(place, spec, components)
        return self._piece(place, data, spec)

    def _assemble(self, place: str, spec: Any, components: _Components) -> _Assembled:
        self._tokens.append("A" + place)
        parts: dict[str, _Piece | _Assembled] = {
            name: self._part(f"{place}.{name}{by}", data, component_spec)
            for name, data, component_spec, by in components
        }
        return _Assembled(type(spec), parts)

    def _piece(self, place: str, data: bytes, spec: Any) -> _Piece:
        known = self._known.get(place, {}).get(data)
        if known is not None:
            self.reused += known.local
            self._tokens.append(known.serial)
            return known
        piece = _Piece(_decode(data, spec), None, place=place)
        self._fresh.append((place, data, piece))
        self._tokens.append(place)
        return piece

    def _node(
        self, part: _Piece | _Assembled, doc: Any, name: str, parent: Any, frame: _Frame
    ) -> Any:
        if isinstance(part, _Piece):
            return self._place(part, doc, name, parent, frame)
        node = _bare_node(doc, name, part.pdu, parent)
        frame.nodes[node.path] = node
        if isinstance(part.pdu, univ.SequenceOfAndSetOfBase):
            for index, child in part.parts.items():
                node.children[index] = self._node(child, doc, index, node, frame)
            return node
        # pkilint's children of a SEQUENCE, in its order: a component left out of the DER
        # for its DEFAULT (criticality FALSE) is a child too, with the default value.
        for child_name, value in part.pdu.items():
            if not value.isValue:
                continue
            component = part.parts.get(child_name)
            if component is None:
                child = document.PDUNode(doc, child_name, value, node)
                frame.nodes[child.path] = child
            else:
                child = self._node(component, doc, child_name, node, frame)
            node.children[child_name] = child
        return node

    def _place(self, piece: _Piece, doc: Any, name: str, parent: Any, frame: _Frame | None) -> Any:
        """The piece's node as a child of ``parent``: made now for a new piece, moved here
        for a known one. ``frame``: the shape being built, which records where it is."""
        fresh = piece.node is None
        if fresh:
            piece.node = document.PDUNode(doc, name, piece.pdu, parent)
            piece.node.__dict__["_piece"] = piece
            piece.node._piece_root = True
        else:  # its nodes' document is this thread's current one (see _get_document)
            piece.node.__dict__["_parent"] = parent
        if frame is not None:
            frame.nodes[piece.node.path] = piece.node
            frame.places[piece.place] = (parent, name)
            if piece.walked:
                frame.known.append((piece.node, parent))
        return piece.node

    def remember(self) -> None:
        """After a walk: keep the new pieces, for their nodes, and their results if their
        walk read nothing outside them."""
        for place, data, piece in self._fresh:
            piece.walked = True
            known = self._known.setdefault(place, {})
            if len(known) >= _PER_PLACE:
                _release(known.pop(next(iter(known))))
            known[data] = piece
        self._fresh = []

    def forget(self) -> None:
        """Drop every known piece (e.g. after a check against a full lint disagreed)."""
        self._known.clear()
        self._fresh = []
        self._frames.clear()
