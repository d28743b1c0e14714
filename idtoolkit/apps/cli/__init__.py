"""The ``idtoolkit`` command line."""
