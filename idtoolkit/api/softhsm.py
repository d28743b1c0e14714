"""Isolated SoftHSM2 environments: one token per student in a class, ceremony rehearsals,
real tokens in tests. Each environment is a directory of its own; PINs never reach an argv."""

from idtoolkit.hsm.softhsm import (
    ENV_PIN,
    ENV_SO_PIN,
    HsmSimError,
    SoftHSMEnv,
    TokenInfo,
    find_softhsm_module,
    numbered_labels,
)

__all__ = [
    "ENV_PIN",
    "ENV_SO_PIN",
    "HsmSimError",
    "SoftHSMEnv",
    "TokenInfo",
    "find_softhsm_module",
    "numbered_labels",
]
