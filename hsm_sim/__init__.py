"""Isolated SoftHSM2 environments: one token per student in class, real tokens in tests.

Nothing here touches /etc/softhsm or the user's own tokens: each environment is a directory
with its own ``softhsm2.conf``, selected per process through ``SOFTHSM2_CONF``. The
environments live in the engine (:mod:`idtoolkit.hsm.softhsm`, public as
:mod:`idtoolkit.api.softhsm`) and the ``hsm-sim`` command line in :mod:`idtoolkit.apps.softhsm`;
this package is the thin, old entry point over both (``from hsm_sim import SoftHSMEnv``,
``python -m hsm_sim.provision``). It does not import :mod:`hsm_sim.provision`, so running that
module with ``-m`` does not import it twice.
"""

from idtoolkit.api.softhsm import HsmSimError, SoftHSMEnv, TokenInfo, find_softhsm_module
from idtoolkit.apps.softhsm import main

__all__ = ["HsmSimError", "SoftHSMEnv", "TokenInfo", "find_softhsm_module", "main"]
