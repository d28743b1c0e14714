"""ID Toolkit's desktop app (PySide6).

It talks to the engine only through :mod:`idtoolkit.api` and :mod:`idtoolkit.errors`: no SQL,
no cryptography here. Slow engine calls run in :mod:`gui.workers`; every string goes through
Qt's translation functions.
"""
