"""Isolated SoftHSM2 environments: one token per student in class, real tokens in tests.

Nothing here touches /etc/softhsm or the user's own tokens: each environment is a directory
with its own ``softhsm2.conf``, selected per process through ``SOFTHSM2_CONF``. See
:mod:`hsm_sim.provision` for why provisioning runs in child processes and how PINs are kept
out of command lines.

The names are re-exported lazily so that ``python -m hsm_sim.provision`` does not import the
module twice (runpy warns when a package pre-imports the module it is asked to run).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hsm_sim.provision import (
        HsmSimError,
        SoftHSMEnv,
        TokenInfo,
        find_softhsm_module,
        main,
    )

__all__ = ["HsmSimError", "SoftHSMEnv", "TokenInfo", "find_softhsm_module", "main"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from hsm_sim import provision

        return getattr(provision, name)
    raise AttributeError(f"module 'hsm_sim' has no attribute {name!r}")
