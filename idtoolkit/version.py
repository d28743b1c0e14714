"""Which toolkit this is: the release version and the build it came from.

An officer reporting a problem from an offline PC can only tell us what ``idtoolkit
--version`` or the About box says, so both name the build as well as the version. Packaging
(``installers/build_info.py``) writes ``idtoolkit/_build.py`` with the commit and date the
bundle or wheel was built from; a source checkout has no such file and says so.
"""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass

from idtoolkit import __version__


@dataclass(frozen=True)
class VersionInfo:
    version: str
    build: str  # e.g. "3f2a9c1 2026-11-28" or "source checkout"
    platform: str  # e.g. "linux-x86_64"
    frozen: bool  # running from an installed bundle rather than a Python environment

    def line(self) -> str:
        """One line for ``--version`` and bug reports."""
        kind = "bundle" if self.frozen else f"Python {platform.python_version()}"
        return f"idtoolkit {self.version} (build {self.build}; {self.platform}; {kind})"


def version_info() -> VersionInfo:
    try:
        from idtoolkit._build import BUILD  # type: ignore[import-not-found,unused-ignore]

        build = str(BUILD)
    except ImportError:
        build = "source checkout"
    return VersionInfo(
        version=__version__,
        build=build,
        platform=f"{sys.platform}-{platform.machine().lower()}",
        frozen=bool(getattr(sys, "frozen", False)),
    )
