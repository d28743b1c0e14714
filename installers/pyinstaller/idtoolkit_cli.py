"""Frozen entry point of the ``idtoolkit`` command.

In a bundle ``sys.executable`` is this program, so the engine's helper processes start here
too (see idtoolkit.helper_processes): they are dispatched before the command line's modules load.
"""

import sys

from idtoolkit.helper_processes import dispatch

code = dispatch(sys.argv[1:])
if code is None:
    from idtoolkit.apps.cli.main import console

    code = console()
sys.exit(code)
