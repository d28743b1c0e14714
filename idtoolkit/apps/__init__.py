"""Applications of the engine: the CLI, training labs, key ceremonies, the test PKI, the demo
and the ``hsm-sim`` command line.

Each one uses the engine only through its public face (:mod:`idtoolkit.api`, its domain
modules ``idtoolkit.api.*``, and :mod:`idtoolkit.errors`), exactly as the desktop app
(:mod:`gui`) does, and another application only through that application's package (its
face: ``from idtoolkit.apps import labs; labs.check(...)``). The engine never imports them.
``tests/test_boundaries.py`` keeps it so.
"""
