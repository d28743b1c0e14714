"""The ``hsm-sim`` command line; it lives in :mod:`idtoolkit.apps.softhsm` (so ``idtoolkit hsm
sim`` embeds it without importing this package) and is re-exported here for old callers."""

from idtoolkit.apps.softhsm import build_parser, main

__all__ = ["build_parser", "main"]
