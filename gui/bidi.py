"""Data inside text, laid out left to right in any language.

In an Arabic (right-to-left) window the Unicode bidi algorithm reorders the parts of data that
sits inside a sentence or a right-to-left cell: an ISO time shows as ``UTC24:13 04-12-2026``, a
path's leading slash moves to its end, a DN with Arabic values comes out in a garbled order.
Everything the app shows as data (dates and times, paths, DNs, serials, fingerprints, commands,
URLs, e-mail addresses, key ids) goes through :func:`ltr`, which wraps it in a left-to-right
isolate (U+2066 LRI … U+2069 PDI): inside, it reads left to right in RDN order; outside, the
sentence around it is not disturbed. Widgets that hold only data (date-time editors, line edits
of paths and serials) are given :data:`LEFT_TO_RIGHT` with :func:`data_widget` instead.
"""

from __future__ import annotations

import re
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from gui.language import LRI, PDI, LeftToRightDelegate

LEFT_TO_RIGHT = Qt.LayoutDirection.LeftToRight
W = TypeVar("W", bound=QWidget)


def ltr(text: object) -> str:
    """``text`` isolated left to right; an already isolated text is returned as it is."""
    shown = str(text)
    if shown.startswith(LRI) and shown.endswith(PDI):
        return shown
    return f"{LRI}{shown}{PDI}"


#: A DN written inside a sentence (``CN=Lab Root 7,O=Lab alice,C=SN``): its RDNs, each value
#: up to a comma, a bracket, a quote or an Arabic comma.
_DN = re.compile(
    r"\b(?:CN|O|OU|C|L|ST|GN|SN|serialNumber|emailAddress|DC|UID)=[^,()'\"\n\u060c<]+"
    r"(?:,(?:CN|O|OU|C|L|ST|GN|SN|serialNumber|emailAddress|DC|UID)=[^,()'\"\n\u060c<]+)*"
)


def isolate_dns(text: str) -> str:
    """``text`` (a sentence someone else wrote: a lab statement, a hint) with each DN in it
    isolated left to right, so an Arabic sentence shows it in RDN order."""
    return _DN.sub(lambda m: ltr(m.group().rstrip()) + m.group()[len(m.group().rstrip()) :], text)


#: An ISO date, with its time and "UTC" when given (``2026-12-04 13:25:07 UTC``).
_ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2}| UTC)?)?")


def isolate_data(text: str) -> str:
    """``text`` (a sentence the engine or a pack wrote) with its DNs and ISO dates and times
    isolated left to right; data already isolated stays as it is."""
    parts = re.split(f"({LRI}[^{PDI}]*{PDI})", isolate_dns(text))
    return "".join(
        part if part.startswith(LRI) else _ISO.sub(lambda m: ltr(m.group()), part) for part in parts
    )


def plain(text: str) -> str:
    """``text`` without isolates (what a copy to the clipboard or a file should hold)."""
    return text.replace(LRI, "").replace(PDI, "")


def data_widget(widget: W) -> W:
    """``widget`` (a date-time editor, a line edit of a path or a serial) laid out left to
    right even in an Arabic window; returned for chaining.

    A date-time editor orders its sections by the direction it had when its display format
    was first set (``UTC24:13 04-12-2026`` in Arabic), and setting the format again later does
    not undo it: pass it here as soon as it is built, before ``setDisplayFormat``."""
    widget.setLayoutDirection(LEFT_TO_RIGHT)
    return widget


__all__ = [
    "LEFT_TO_RIGHT",
    "LRI",
    "PDI",
    "LeftToRightDelegate",
    "data_widget",
    "isolate_data",
    "isolate_dns",
    "ltr",
    "plain",
]
