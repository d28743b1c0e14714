"""What a user reads in a window, and which of it is English (issue 24).

:func:`texts` walks a window or dialog the way an eye does: window titles, labels, buttons,
tooltips, placeholders, combo items, tab titles, group titles, table headers and cells, tree
and list items, text boxes, menu and toolbar actions. :func:`english_words` then finds the
English words in those texts with a word list, not a guess: the words of the app's English
source strings (the ``<source>`` texts of ``gui/i18n/idtoolkit_fr.ts``) minus the words that
are also words of the target language (they occur in its translations, the app's or the
engine's: "date", "service",
"client" in French; "PKCS", "OCSP" in Arabic). Data is no English: text inside a left-to-right
isolate (the app wraps data in one, :mod:`gui.bidi`), DNs, paths, URLs, e-mail addresses,
hex, and the words of the test PKI's own names (given by the test) are taken out first.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from gui.language import LRI, PDI

I18N = Path(__file__).resolve().parents[2] / "gui" / "i18n"
#: A word: letters of any script (so "être" stays one French word, not "tre"), with inner
#: apostrophes and hyphens.
WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['\u2019-](?=[^\W\d_]))*")
#: Data, not words: DNs, URLs, e-mail addresses, paths, file names, hex, dotted OIDs, ids.
DATA = re.compile(
    r"\b(?:CN|O|OU|C|GN|SN|L|ST|serialNumber|emailAddress|DC|UID)=[^,\n<+]*"
    r"|\b[a-z][a-z0-9+.-]*://\S+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?:[\w.~-]*/)+[\w.+~-]+/?"
    r"|\b[\w-]+\.(?:pem|der|crt|cer|csr|crl|p12|pfx|p7s|pdf|txt|csv|toml|json|key|db|log|zip)\b"
    r"|\b[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){3,}\b|\b(?=[0-9a-fA-F]*\d)[0-9a-fA-F]{8,}\b"
    r"|\b\d+(?:\.\d+){2,}\b"
    r"|\b[a-z0-9]+(?:[-_][a-z0-9]+)+\b"  # ids: profile, CA and key names (tls-server, ec-p256)
    r"|\b[a-z_]+(?:\.[a-z_]+)+\b"  # audit events, lint codes (cert.issued)
    r"|(?<![\w-])--[a-z][\w-]*"  # CLI flags
    r"|^\s*(?:idtoolkit|openssl|export|echo|kill|make)\b.*$"  # command lines (the guide)
    r"|`[^`\n]*`"  # inline code (the guide's Markdown)
    r"|'(?:idtoolkit|openssl|lab)\b[^']*'?"  # a command quoted in a sentence (lab hints)
    r"|\b(?:SERIAL|FILE|NAME|DIR|TEXT)\b"  # a command's placeholders
    r"|\b[0-9a-fA-F]{4}(?: [0-9a-fA-F]{4}){3,}\b"  # a fingerprint read aloud in groups
)
#: Audit events stay English and machine-readable (issue 24): the audit table's Action and
#: Details columns show the event's name and its recorded parameters as the trail holds them.
AUDIT_DATA_COLUMNS = {"AuditModel": (3, 4)}
ISOLATED = re.compile(f"{LRI}[^{LRI}{PDI}]*{PDI}")


@dataclass(frozen=True)
class Seen:
    """One text on screen, and where it is (for the failure message)."""

    where: str
    text: str


def _columns(model, parent: QModelIndex) -> int:  # type: ignore[no-untyped-def]
    """A model's column count; a list model (QListWidget's) keeps ``columnCount`` private."""
    try:
        return int(model.columnCount(parent))
    except TypeError:
        return 1


def _walk_model(view: QAbstractItemView, where: str) -> Iterator[Seen]:
    model = view.model()
    if model is None:
        return
    for orientation in (Qt.Orientation.Horizontal,):
        for section in range(_columns(model, QModelIndex())):
            text = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
            if isinstance(text, str):
                yield Seen(f"{where} header", text)
    skip = AUDIT_DATA_COLUMNS.get(getattr(model, "context", ""), ())
    stack = [QModelIndex()]
    while stack:
        parent = stack.pop()
        for row in range(min(model.rowCount(parent), 60)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                if column in skip:
                    continue
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    text = index.data(role)
                    if isinstance(text, str):
                        yield Seen(f"{where} cell", text)
                if column == 0 and model.rowCount(index) > 0:
                    stack.append(index)


def _actions(actions: Iterable[QAction], where: str) -> Iterator[Seen]:
    for action in actions:
        if action.isSeparator():
            continue
        yield Seen(f"{where} action", action.text())
        if action.toolTip() != action.text().replace("&", ""):
            yield Seen(f"{where} action tip", action.toolTip())
        yield Seen(f"{where} action status tip", action.statusTip())
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield Seen(f"{where} menu", menu.title())
            yield from _actions(menu.actions(), f"{where}/{menu.title()}")


def texts(top: QWidget) -> list[Seen]:
    """Every text of ``top`` and its visible children a user can read."""
    seen: list[Seen] = [Seen(type(top).__name__, top.windowTitle())]
    if isinstance(top, QMainWindow):
        seen += _actions(top.menuBar().actions(), "menu bar")
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not widget.isVisibleTo(top):
            continue
        where = f"{type(top).__name__}/{type(widget).__name__}"
        seen.append(Seen(f"{where} tooltip", widget.toolTip()))
        if isinstance(widget, QLabel | QAbstractButton):
            seen.append(Seen(where, widget.text()))
        elif isinstance(widget, QLineEdit):
            seen += [
                Seen(where, widget.text()),
                Seen(f"{where} placeholder", widget.placeholderText()),
            ]
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            seen += [
                Seen(where, widget.toPlainText()),
                Seen(f"{where} placeholder", widget.placeholderText()),
            ]
        elif isinstance(widget, QComboBox):
            seen += [Seen(f"{where} item", widget.itemText(i)) for i in range(widget.count())]
            if widget.lineEdit() is not None:
                seen.append(Seen(f"{where} placeholder", widget.placeholderText()))
        elif isinstance(widget, QGroupBox):
            seen.append(Seen(where, widget.title()))
        elif isinstance(widget, QTabWidget):
            seen += [Seen(f"{where} tab", widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QListWidget):
            seen += [Seen(f"{where} item", widget.item(i).text()) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            seen += _walk_model(widget, where)
        if not isinstance(widget, QMenu) and widget is not top:
            seen += _actions((a for a in widget.actions() if a.parent() is widget), f"{where}")
    return [s for s in seen if s.text and s.text.strip()]


def _words(text: str) -> set[str]:
    return {w.lower().strip("'\u2019-") for w in WORD.findall(text.replace("&", ""))}


def _markup_free(text: str) -> str:
    return re.sub(r"<[^>]*>|&[a-zA-Z]+;|%(?:L?\d+|n)|\{\w+\}", " ", text)


@cache
def _catalogue(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words of the English sources, and those of ``lang``'s translations."""
    root = ET.parse(I18N / f"idtoolkit_{lang}.ts").getroot()
    english: set[str] = set()
    target: set[str] = set()
    for message in root.iter("message"):
        english |= _words(_markup_free(message.findtext("source") or ""))
        translation = message.find("translation")
        if translation is not None:
            forms = translation.findall("numerusform") or [translation]
            for form in forms:
                target |= _words(_markup_free(form.text or ""))
    # The app also says the engine's messages (check names, reasons, grants) through the
    # engine's catalogue: the words of its translations are words of the language too.
    from idtoolkit.i18n import catalogue_path, po

    engine = catalogue_path(lang)
    if engine.is_file():
        for entry in po.read(engine)[1]:
            for form in entry.msgstr:
                target |= _words(_markup_free(form))
    return frozenset(english), frozenset(target)


def english_vocabulary(lang: str) -> frozenset[str]:
    """English words that are not also words of ``lang`` (per its catalogue)."""
    english, target = _catalogue(lang)
    return frozenset(w for w in english - target if len(w) > 1 or w in {"a"})


def strip_data(text: str, data_words: Iterable[str] = ()) -> str:
    """``text`` without what is data: isolated runs, DNs, paths, URLs, hex, ids, names."""
    text = _markup_free(text)
    while ISOLATED.search(text):  # innermost first: isolates nest
        text = ISOLATED.sub(" ", text)
    text = re.compile(DATA.pattern, re.MULTILINE).sub(" ", text)
    for word in sorted(data_words, key=len, reverse=True):
        text = re.sub(rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])", " ", text)
    return text


def english_words(text: str, lang: str, data_words: Iterable[str] = ()) -> list[str]:
    """The English words of ``text`` for a user of ``lang`` (data taken out)."""
    vocabulary = english_vocabulary(lang)
    found = WORD.findall(strip_data(text, data_words).replace("&", ""))
    return [w for w in found if w.lower().strip("'\u2019-") in vocabulary]
