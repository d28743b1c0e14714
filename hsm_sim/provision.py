"""``python -m hsm_sim.provision``: the ``hsm-sim`` command line, kept for the commands the
README and scripts use. The environments themselves live in the engine
(:mod:`idtoolkit.hsm.softhsm`, public through :mod:`idtoolkit.api.softhsm`), because labs and
ceremony rehearsals make tokens at run time; the names are re-exported here for old callers.
"""

import sys

from idtoolkit.api.softhsm import (
    ENV_PIN,
    ENV_SO_PIN,
    HsmSimError,
    SoftHSMEnv,
    TokenInfo,
    find_softhsm_module,
    numbered_labels,
)
from idtoolkit.apps.softhsm import main

__all__ = [
    "ENV_PIN",
    "ENV_SO_PIN",
    "HsmSimError",
    "SoftHSMEnv",
    "TokenInfo",
    "find_softhsm_module",
    "main",
    "numbered_labels",
]

#: How this entry point is run: its --help examples say so, to work as printed.
PROG = "python -m hsm_sim.provision"

if __name__ == "__main__":
    sys.exit(main(prog=PROG))
