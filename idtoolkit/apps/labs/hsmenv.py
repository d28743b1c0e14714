"""Point this process's PKCS#11 module at a class's SoftHSM environment.

Why: SoftHSM reads ``SOFTHSM2_CONF`` when the module is initialised, once per process. A lab
command (or the desktop app, or a test run) may already have loaded the module for another
environment; SoftHSM re-reads the variable on ``C_Initialize``, so after changing it we
finalise and initialise the loaded module again (every token session is reopened on use).
"""

from __future__ import annotations

import os
import sys

CONF_VARIABLE = "SOFTHSM2_CONF"


def bind_softhsm_conf(conf_path: str) -> None:
    if os.environ.get(CONF_VARIABLE) == conf_path:
        return
    os.environ[CONF_VARIABLE] = conf_path
    module = sys.modules.get("idtoolkit.hsm.module")
    if module is None:
        return  # not loaded yet: it will read the new value on first use
    module.close_all_sessions()
    with module._libs_lock:
        libraries = list(module._libs.values())
    for lib in libraries:
        lib.reinitialize()


def refresh_module() -> None:
    """After tokens were added or deleted by another process (hsm_sim's helper), close every
    session and let SoftHSM list its tokens afresh."""
    module = sys.modules.get("idtoolkit.hsm.module")
    if module is None:
        return
    module.close_all_sessions()
    with module._libs_lock:
        libraries = list(module._libs.values())
    for lib in libraries:
        lib.reinitialize()
