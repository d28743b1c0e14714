"""Languages for the front ends: the engine's and the CLI's catalogues (no Qt).

``catalogue("fr").error_text(error)`` says an engine error in French; ``user_catalogue()`` is
the language the environment asks for (``IDTOOLKIT_LANG``, ``LANGUAGE``, ``LC_ALL``, ``LANG``).
See :mod:`idtoolkit.i18n`.
"""

from idtoolkit.i18n import (
    LANGUAGES,
    LRI,
    PDI,
    RIGHT_TO_LEFT,
    Catalogue,
    catalogue,
    language_from_environment,
    shipped,
    user_catalogue,
)

__all__ = [
    "LANGUAGES",
    "LRI",
    "PDI",
    "RIGHT_TO_LEFT",
    "Catalogue",
    "catalogue",
    "language_from_environment",
    "shipped",
    "user_catalogue",
]
