"""Test PKIs for e-service developers: a scenario file in, a workspace with good and bad
credentials and a manifest of what a correct validator must conclude about each, out.

This is the test PKI's face for the CLI. It imports pyHanko (through the signing policy), so
import it where a test PKI is built, not at start-up.
"""

from idtoolkit.apps.testpki.build import TestPKI, create
from idtoolkit.apps.testpki.documents import minimal_pdf
from idtoolkit.apps.testpki.scenario import load as load_scenario

__all__ = ["TestPKI", "create", "load_scenario", "minimal_pdf"]
