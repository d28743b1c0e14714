"""Write idtoolkit/_build.py: the commit and date a bundle or wheel is built from.

``idtoolkit --version`` and the About box show it, so an officer's bug report names the exact
build. The date is the commit's (or $SOURCE_DATE_EPOCH), not the clock's, so two builds of one
commit are identical. Run with any Python 3: ``python3 installers/build_info.py``.
"""

from __future__ import annotations

import datetime
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _git(*args: str) -> str:
    try:
        done = subprocess.run(
            ["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=True
        )
    except (OSError, subprocess.CalledProcessError):
        return ""
    return done.stdout.strip()


def build_string() -> str:
    commit = _git("rev-parse", "--short=10", "HEAD") or "unknown-commit"
    if _git("status", "--porcelain", "--untracked-files=no"):
        commit += "-modified"
    epoch = os.environ.get("SOURCE_DATE_EPOCH") or _git("log", "-1", "--format=%ct") or "0"
    day = datetime.datetime.fromtimestamp(int(epoch), tz=datetime.UTC).strftime("%Y-%m-%d")
    return f"{commit} {day}"


def main() -> int:
    build = build_string()
    target = ROOT / "idtoolkit" / "_build.py"
    target.write_text(
        '"""Written by installers/build_info.py when packaging; not in git."""\n\n'
        f"BUILD = {build!r}\n",
        encoding="utf-8",
    )
    print(build)
    return 0


if __name__ == "__main__":
    sys.exit(main())
