"""Applications of the engine: the CLI, training labs, key ceremonies, the test PKI and the demo.

Each one uses the engine only through its public face (:mod:`idtoolkit.api` and
:mod:`idtoolkit.errors`), exactly as the desktop app (:mod:`gui`) does; the engine never
imports them. ``tests/test_boundaries.py`` keeps it so.
"""
