"""Where a PKCS#11 module is: one finder for the key store (:mod:`idtoolkit.hsm.module`) and
for the SoftHSM2 provisioning of labs and tests (:mod:`hsm_sim`), so both look in the same
places in the same order and a path added for a new platform serves both.

No python-pkcs11 import here: finding a file must work without the optional ``hsm`` extra.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

#: The environment variable naming the module, for every process of the toolkit.
ENV_MODULE = "IDTOOLKIT_PKCS11_MODULE"
#: The token user PIN, for commands run without a terminal (serve in the background).
ENV_PIN = "IDTOOLKIT_PIN"

#: Where SoftHSM2 installs its module, in the order tried.
KNOWN_MODULE_PATHS: tuple[str, ...] = (
    # Debian / Ubuntu (softhsm2 package), multiarch variants
    "/usr/lib/softhsm/libsofthsm2.so",
    "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
    # Fedora / RHEL / openSUSE
    "/usr/lib64/pkcs11/libsofthsm2.so",
    "/usr/lib64/softhsm/libsofthsm2.so",
    "/usr/lib/pkcs11/libsofthsm2.so",
    # Source builds (default prefix) and Homebrew on Intel macOS
    "/usr/local/lib/softhsm/libsofthsm2.so",
    # Homebrew on Apple silicon
    "/opt/homebrew/lib/softhsm/libsofthsm2.so",
    # Windows (SoftHSM2 installer from the OpenDNSSEC/disig builds)
    r"C:\SoftHSM2\lib\softhsm2-x64.dll",
    r"C:\SoftHSM2\lib\softhsm2.dll",
    r"C:\Program Files\SoftHSM2\lib\softhsm2-x64.dll",
)


class ModuleMissing(Exception):
    """An explicitly configured module path that is not a file. Callers turn it into their
    own error: a typo must never fall back silently to another module."""

    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.path = path


def find_module(
    explicit: Iterable[str | None], known: Sequence[str] = KNOWN_MODULE_PATHS
) -> str | None:
    """The first explicit setting given (it must exist), else the first known path that
    exists, else None."""
    for candidate in explicit:
        if candidate:
            if not Path(candidate).is_file():
                raise ModuleMissing(candidate)
            return candidate
    for candidate in known:
        if Path(candidate).is_file():
            return candidate
    return None
