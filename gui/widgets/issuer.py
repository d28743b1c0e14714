"""Which CA an issue dialog offers first.

A national PKI's root is offline and signs only sub-CAs and CRLs (profile ``root-ca``); the
certificates officers issue day to day come from an issuing CA below it. The CA list starts
with the root, so taking its first entry, or the root the officer last clicked in the tree,
puts the wrong issuer in front of them. :func:`issuer_choice` offers an issuing CA instead:
the one chosen in the tree, else the first below the chosen root, else the first there is;
the root only when it is the only CA that can sign (a one-level classroom PKI).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox

from gui.bidi import data_widget, ltr
from idtoolkit import api

if TYPE_CHECKING:
    from gui.dialogs.base import TaskDialog


def can_sign(ca: api.CAInfo) -> bool:
    """Active, with its key in this workspace (software or token)."""
    return ca.status == "active" and ca.has_key


def self_signed_names(ws: api.Workspace, cas: list[api.CAInfo]) -> frozenset[str]:
    """The signing CAs whose certificate is self-signed: the roots (a store read per CA: call
    it off the UI thread)."""
    roots = set()
    for ca in cas:
        if can_sign(ca):
            certificate = api.ca_chain(ws, ca.name)[0]
            if certificate.issuer == certificate.subject:
                roots.add(ca.name)
    return frozenset(roots)


def _below(ca: api.CAInfo, ancestor: str, parents: dict[str, str | None]) -> bool:
    seen: set[str] = set()
    parent = ca.parent
    while parent is not None and parent not in seen:
        if parent == ancestor:
            return True
        seen.add(parent)
        parent = parents.get(parent)
    return False


def issuer_choice(
    cas: list[api.CAInfo], roots: frozenset[str], wanted: str | None, keep_wanted: bool = False
) -> str | None:
    """The CA to offer for end-entity certificates, given the one the officer has chosen in
    the tree (``wanted``). ``keep_wanted``: a chosen root stays chosen (a root's own OCSP
    responder is issued by the root)."""
    signers = [ca for ca in cas if can_sign(ca)]
    names = [ca.name for ca in signers]
    if wanted in names and (keep_wanted or wanted not in roots):
        return wanted
    issuing = [ca for ca in signers if ca.name not in roots]
    parents = {ca.name: ca.parent for ca in cas}
    below = [ca for ca in issuing if wanted is not None and _below(ca, wanted, parents)]
    for group in (below, issuing):
        if group:
            return group[0].name
    if wanted in names:
        return wanted
    return names[0] if names else None


def fill_issuer_combo(
    dialog: TaskDialog,
    combo: QComboBox,
    ws: api.Workspace,
    *,
    select: str | None = None,
    keep_select: bool = False,
) -> None:
    """The CAs that can sign here, read off the UI thread while ``dialog`` shows it is
    loading, with :func:`issuer_choice` chosen."""

    def read() -> tuple[list[api.CAInfo], frozenset[str]]:
        cas = api.list_cas(ws)
        return cas, self_signed_names(ws, cas)

    data_widget(combo)  # "name — DN": cut at its end, never its start (see fill_ca_combo)

    def fill(found: tuple[list[api.CAInfo], frozenset[str]]) -> None:
        cas, roots = found
        combo.clear()
        for ca in cas:
            if can_sign(ca):
                combo.addItem(ltr(f"{ca.name} — {ca.subject}"), ca.name)  # data: reads LTR
        chosen = issuer_choice(cas, roots, select, keep_select)
        if chosen is not None:
            combo.setCurrentIndex(combo.findData(chosen))

    dialog.read(read, fill)
