"""The CLI's words in the user's language (``IDTOOLKIT_LANG``, then ``LANGUAGE``/``LC_ALL``/
``LANG``), through the engine's catalogues (:mod:`idtoolkit.api.i18n`).

``_("…")`` translates a CLI string now (the language is fixed for the process), ``N_("…")`` only
marks one for the catalogue (a module-level table translated where it is used), ``say`` and
``nsay`` translate a result template and fill its ``{fields}``, isolated left to right in
Arabic. :func:`install_argparse` gives argparse's own words ("usage:", "options") the same
language. ``--json`` output never goes through here: it stays English for programs.
"""

from __future__ import annotations

import argparse

from idtoolkit.api.i18n import Catalogue, user_catalogue


def catalogue() -> Catalogue:
    return user_catalogue()


def _(message: str) -> str:
    return catalogue().gettext(message)


def N_(message: str) -> str:
    return message


def Nn_(singular: str, plural: str) -> tuple[str, str]:
    """Marks a ``{count}`` template and its plural for the catalogue, translated where used."""
    return singular, plural


def ngettext(singular: str, plural: str, count: int) -> str:
    return catalogue().ngettext(singular, plural, count)


def say(template: str, /, **params: object) -> str:
    """A result line: ``template`` translated, its fields filled (isolated in Arabic)."""
    return catalogue().render(template, params)


def nsay(singular: str, plural: str, count: int, /, **params: object) -> str:
    """As :func:`say` with the plural form for ``count`` (a ``{count}`` field)."""
    return catalogue().nrender(singular, plural, count, params)


def install_argparse() -> None:
    """argparse looks its words up through its module's ``_`` and ``ngettext`` at the moment it
    prints them; point those at our catalogue (English stays English)."""
    if catalogue().language == "en":
        return
    argparse._ = _  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
