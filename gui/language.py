"""Which language the app speaks, and loading its catalogues.

The language is, in order: ``IDTOOLKIT_LANG`` (for a session, a test or a screenshot run), the
choice saved from Settings → Language, then the system locale. Our ``idtoolkit_<lang>.qm`` and
Qt's own ``qtbase_<lang>.qm`` are installed together so that standard buttons ("Cancel", "Yes")
speak the same language as our dialogs; Qt ships no ``pt_PT`` catalogue, so Portuguese uses
``pt_BR`` for Qt's part. Widgets take their texts when they are built, so a new choice applies
from the next start (the menu offers to restart).

``pseudo`` is a pseudo-locale for screenshots: every string accented and about 40 % longer, so
text that is clipped, or that never went through ``tr()``, shows at a glance.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

I18N_DIR = Path(__file__).parent / "i18n"
ENV = "IDTOOLKIT_LANG"
SETTING = "language"
PSEUDO = "pseudo"

#: The languages we ship, each named in itself so a user finds theirs whatever the current one.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "ar": "العربية",
    "es": "Español",
    "pt": "Português",
    "ru": "Русский",
    "zh_CN": "简体中文",
}

#: Qt's own catalogue to use where Qt has none under our language's name.
QT_FALLBACK = {"pt": "pt_BR", "pt_PT": "pt_BR"}

LRI, PDI = "\u2066", "\u2069"  # left-to-right isolate, pop directional isolate


def saved_language() -> str:
    """The Settings → Language choice, or "" for the system's language."""
    return str(QSettings().value(SETTING, "") or "")


def save_language(code: str) -> None:
    settings = QSettings()
    if code:
        settings.setValue(SETTING, code)
    else:
        settings.remove(SETTING)
    settings.sync()


def requested_language() -> str:
    """The language asked for by the environment or the settings; "" means the system's."""
    return os.environ.get(ENV, "").strip() or saved_language()


_translators: list[QTranslator] = []


def install(app: QCoreApplication, code: str | None = None) -> str:
    """Load the catalogues for ``code`` (default: :func:`requested_language`) in place of any
    loaded before, set the layout direction, and return the language code in effect ("en"
    when nothing matched)."""
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    code = requested_language() if code is None else code
    if code == PSEUDO:
        pseudo_tr = PseudoTranslator(app)
        app.installTranslator(pseudo_tr)
        _translators.append(pseudo_tr)
        _set_direction(app, Qt.LayoutDirection.LeftToRight)
        app.setProperty("idtoolkit_language", PSEUDO)
        return PSEUDO
    locale = QLocale(code) if code else QLocale.system()
    ours = QTranslator(app)
    in_effect = "en"
    # A language we do not ship gets English, with its plural forms ("1 token", "2 tokens").
    if ours.load(locale, "idtoolkit", "_", str(I18N_DIR)) or ours.load(
        "idtoolkit_en", str(I18N_DIR)
    ):
        app.installTranslator(ours)
        _translators.append(ours)
        in_effect = language_of(ours.filePath())
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    loaded = qt.load(locale, "qtbase", "_", qt_dir)
    fallback = QT_FALLBACK.get(in_effect)
    if not loaded and fallback:  # pt_PT asked: Qt has pt_BR only
        loaded = qt.load(f"qtbase_{fallback}", qt_dir)
    if loaded and in_effect != "en":
        app.installTranslator(qt)
        _translators.append(qt)
    direction = (
        QLocale(in_effect).textDirection() if in_effect != "en" else Qt.LayoutDirection.LeftToRight
    )
    _set_direction(app, direction)
    app.setProperty("idtoolkit_language", in_effect)
    return in_effect


def _set_direction(app: QCoreApplication, direction: Qt.LayoutDirection) -> None:
    from PySide6.QtWidgets import QApplication

    if isinstance(app, QApplication):
        app.setLayoutDirection(direction)


def language_of(qm_path: str) -> str:
    """``.../idtoolkit_zh_CN.qm`` → ``zh_CN``."""
    return Path(qm_path).stem.removeprefix("idtoolkit_") or "en"


def current_language() -> str:
    """The language the running app speaks, for what it writes for people (PIN letters)."""
    app = QCoreApplication.instance()
    value = app.property("idtoolkit_language") if app is not None else None
    return str(value) if value and value != PSEUDO else "en"


def ltr(text: object) -> str:
    """Data that reads left to right whatever the language (paths, serials, hex, ISO dates),
    isolated so an Arabic sentence around it does not reorder its parts."""
    return f"{LRI}{text}{PDI}"


class LeftToRightDelegate(QStyledItemDelegate):
    """Table cells of data (serials, subjects, dates) laid out left to right in any language,
    so a right-to-left window elides them at their end, not their start."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.direction = Qt.LayoutDirection.LeftToRight


# --- pseudo-locale -----------------------------------------------------------------------------
_ACCENTS = str.maketrans(
    "AaCcDdEeGgHhIiJjKkLlNnOoRrSsTtUuWwYyZz",
    "ÅåÇçĎďÉéĜĝĤĥÎîĴĵĶķĹĺÑñÖöŔŕŠšŤťÜüŴŵÝýŽž",
)
#: Left as they are: placeholders, HTML tags and entities, file-dialog patterns, mnemonics' "&".
_KEEP = re.compile(r"%(?:n|L?\d+)|<[^>]*>|&[a-zA-Z]+;|\([^()]*\*[^()]*\)|https?://\S+")


def pseudo(text: str) -> str:
    """Accented and about 40 % longer, placeholders intact, e.g. ``Save as`` → ``[Šåvé åš··]``."""
    if ";;" in text:  # a file-dialog filter: every part must still end with its "(patterns)"
        return ";;".join(pseudo(part) for part in text.split(";;"))
    out: list[str] = []
    last = 0
    for match in _KEEP.finditer(text):
        out.append(text[last : match.start()].translate(_ACCENTS))
        out.append(match.group())
        last = match.end()
    tail = text[last:]
    pattern_end = bool(re.search(r"\([^()]*\*[^()]*\)$", text))
    out.append(tail.translate(_ACCENTS))
    body = "".join(out)
    stripped = body.strip()
    if not stripped:
        return body
    pad = "·" * max(1, round(len(stripped) * 0.4) - 2)
    lead = body[: len(body) - len(body.lstrip())]
    trail = body[len(body.rstrip()) :]
    if pattern_end:  # "Name (*.x)": pad the name, keep the patterns last
        name, _, patterns = stripped.rpartition(" (")
        return f"{lead}[{name}{pad}] ({patterns}{trail}"
    return f"{lead}[{stripped}{pad}]{trail}"


class PseudoTranslator(QTranslator):
    """Translates every string to its pseudo-locale form."""

    def translate(
        self,
        context: str,
        source: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        return pseudo(source) if source else source

    def isEmpty(self) -> bool:
        return False
