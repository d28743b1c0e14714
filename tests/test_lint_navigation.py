"""pkilint validators find the nodes they read by path (``node.navigate``); the bulk linter
walks those paths itself, without pkilint's path regex. Every path must lead where
pkilint's own navigation leads, or fail the same way."""

from __future__ import annotations

from typing import Any

from cryptography.hazmat.primitives import serialization
from pkilint import document, loader

from idtoolkit import api
from idtoolkit.lint import incremental

from .conftest import TwoTier


def _outcome(navigate: Any, node: Any, path: str) -> Any:
    try:
        found = navigate(node, path)
    except Exception as e:  # the failure itself is compared
        return ("failed", type(e), str(e))
    return ("found", id(found))


def _nodes(node: Any) -> list[Any]:
    found = [node]
    for child in node.children.values():
        found += _nodes(child)
    return found


def test_every_path_leads_where_pkilint_s_navigation_leads(sqlite_pki: TwoTier) -> None:
    cert = api.issue_with_new_key(
        sqlite_pki.ws,
        "issuing",
        "tls-server",
        "CN=nav.example.com",
        "ec-p256",
        sans=["dns:nav.example.com"],
    ).certificate
    der = cert.public_bytes(serialization.Encoding.DER)
    doc = loader.load_der_certificate(der, "certificate")
    nodes = _nodes(doc.root)
    assert len(nodes) > 50
    fixed = [
        "",
        ":",
        "^",
        "^.^",
        "^.^.^.^.^.^.^.^",
        ":certificate",
        ":certificate.tbsCertificate.serialNumber",
        ":certificate.tbsCertificate.nothere",
        ":other.tbsCertificate",
        "certificate:certificate.tbsCertificate",
        "other:certificate",
        "a:b:c",
        "a..b",
        ".a",
        "a.",
        "^.",
        "nothere",
        "^.nothere",
        "tbsCertificate.subjectPublicKeyInfo.algorithm.algorithm",
        "extnID",
        "extnValue",
        "^.extnID",
        "0",
        "0.extnID",
    ]
    compared = 0
    for node in nodes:
        paths = fixed + list(node.children) + [f"{name}.^" for name in node.children]
        for path in paths:
            ours = _outcome(document.PDUNode.navigate, node, path)
            theirs = _outcome(incremental._navigate, node, path)
            assert ours == theirs, f"{node.path} -> {path!r}"
            compared += 1
    assert compared > 1000
