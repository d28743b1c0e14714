"""``python -m gui``: start the desktop app on the default workspace."""

import sys

from gui.app import run

sys.exit(run())
