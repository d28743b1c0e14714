"""Frozen entry point of the ``idtoolkit-gui`` desktop app.

In a bundle ``sys.executable`` is this program when the app starts a helper process (a bulk
job's lint worker, a new token): helpers are dispatched before Qt loads, and run headless.
"""

import sys

from idtoolkit.helper_processes import dispatch

code = dispatch(sys.argv[1:])
if code is None:
    from gui.app import run

    code = run()
sys.exit(code)
