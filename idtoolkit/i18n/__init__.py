"""The engine's and the CLI's words in the user's language: gettext catalogues, no Qt.

One catalogue per language, ``idtoolkit/i18n/<lang>/LC_MESSAGES/idtoolkit.po``. Its messages
are the English templates themselves: an engine error's template (its kind's one English
sentence, :mod:`idtoolkit.errors`), the CLI's wording of a kind, the CLI's own result and help
lines, and argparse's words. A message a catalogue lacks is said in English, that message only.

Templates are rendered here, over the error's parameters, so a translation keeps the same
``{name}`` fields. In a right-to-left language every field is wrapped in Unicode isolates
(LRI … PDI): a path, a DN, a serial or an ISO date inside Arabic text stays left to right.
``python -m idtoolkit.i18n.catalogues update|check`` keeps the catalogues in step with the code.
"""

from __future__ import annotations

import functools
import gettext
import io
import os
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from idtoolkit.errors import IDToolkitError, render
from idtoolkit.i18n import po
from idtoolkit.messages import LIST_SEPARATOR, Message, Text, say

CATALOGUE_DIR = Path(__file__).parent
DOMAIN = "idtoolkit"
ENV = "IDTOOLKIT_LANG"
#: The languages with a catalogue, besides English (the messages themselves).
LANGUAGES = ("fr", "ar", "es", "pt", "ru", "zh_CN")
RIGHT_TO_LEFT = frozenset({"ar"})
LRI, PDI = "\u2066", "\u2069"
#: A ``str.format`` field (``{path}``, ``{name!r}``, ``{n:>3}``), literal ``{{`` left alone.
_FIELD = re.compile(r"(?<!\{)\{[A-Za-z_][^{}]*\}(?!\})")


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language asked for: ``IDTOOLKIT_LANG``, then ``LANGUAGE`` (its first entry),
    ``LC_ALL``, ``LANG``; a language we ship (``fr_FR.UTF-8`` → ``fr``) or ``en``."""
    environ = os.environ if environ is None else environ
    for name in (ENV, "LANGUAGE", "LC_ALL", "LANG"):
        value = environ.get(name, "").strip()
        if name == "LANGUAGE":
            value = value.split(":")[0]
        if value:
            return shipped(value)
    return "en"


def shipped(code: str) -> str:
    """``code`` as one of our languages (``zh_CN.UTF-8`` → ``zh_CN``, ``pt_BR`` → ``pt``,
    ``zh`` → ``zh_CN``), ``en`` when we have none for it (``C``, ``POSIX``, ``de``)."""
    base = code.split(".")[0].split("@")[0].replace("-", "_")
    if base in LANGUAGES:
        return base
    language = base.split("_")[0].lower()
    return next((lang for lang in LANGUAGES if lang.split("_")[0] == language), "en")


class Catalogue:
    """One language's messages; English (the messages as written) when it has none."""

    def __init__(self, language: str, translations: gettext.NullTranslations) -> None:
        self.language = language
        self._translations = translations

    @property
    def right_to_left(self) -> bool:
        return self.language in RIGHT_TO_LEFT

    def gettext(self, message: str) -> str:
        return self._translations.gettext(message)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return self._translations.ngettext(singular, plural, count)

    def isolated(self, template: str) -> str:
        """``template`` with each field wrapped in isolates when the language is RTL."""
        if not self.right_to_left:
            return template
        return _FIELD.sub(lambda m: f"{LRI}{m.group(0)}{PDI}", template)

    def render(self, template: str, params: Mapping[str, object]) -> str:
        """The English ``template`` translated, its fields filled from ``params``; a parameter
        that is a message (:mod:`idtoolkit.messages`: a lint finding in plain words inside an
        error) is said in this language too."""
        if any(_has_message(v) for v in params.values()):
            return self.text(Message("text.inline", template, **params))
        return render(self.isolated(self.gettext(template)), params)

    def nrender(self, singular: str, plural: str, count: int, params: Mapping[str, object]) -> str:
        """As :meth:`render`, choosing the plural form for ``count`` (also a field)."""
        text = self.isolated(self.ngettext(singular, plural, count))
        return render(text, {"count": count, **params})

    def data(self, value: object) -> str:
        """A value that reads left to right (a path, a date) isolated for an RTL sentence."""
        return f"{LRI}{value}{PDI}" if self.right_to_left else str(value)

    def error_text(self, error: IDToolkitError) -> str:
        """An engine error in this language: its template translated over its parameters."""
        return self.render(error.template, error.params)

    def text(self, text: Text | Sequence[Text]) -> str:
        """Engine text (:mod:`idtoolkit.messages`) in this language: a message's template
        translated, its message parameters said in this language too, its data isolated left to
        right in an RTL language; a plain string (data) as it is; a list joined."""
        separator = self.gettext(LIST_SEPARATOR.template)
        return say(text, self.gettext, self.right_to_left, separator)

    def texts(self, texts: Sequence[Text]) -> list[str]:
        """Each of ``texts`` in this language (a list of grants, of checks...)."""
        return [self.text(t) for t in texts]


def _has_message(value: object) -> bool:
    if isinstance(value, (list, tuple)):
        return any(isinstance(v, Message) for v in value)
    return isinstance(value, Message)


def catalogue_path(language: str) -> Path:
    return CATALOGUE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


@functools.cache
def catalogue(language: str) -> Catalogue:
    """The catalogue of ``language`` (any spelling :func:`shipped` understands)."""
    code = shipped(language)
    path = catalogue_path(code)
    if code == "en" or not path.is_file():
        return Catalogue("en" if code == "en" else code, gettext.NullTranslations())
    header, entries = po.read(path)
    return Catalogue(code, gettext.GNUTranslations(io.BytesIO(po.to_mo(header, entries))))


def user_catalogue() -> Catalogue:
    """The catalogue of the language the environment asks for."""
    return catalogue(language_from_environment())
