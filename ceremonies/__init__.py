"""Example ceremony scripts, shipped with the package (``idtoolkit ceremony check``)."""

from pathlib import Path

DIRECTORY = Path(__file__).resolve().parent
