"""Finding the helper processes a process started (bulk job helpers, lint workers), from
/proc: the tests that stop one or wait for one name it as the program does."""

from __future__ import annotations

from pathlib import Path


def helper_pids(parent: int, name: str) -> list[int]:
    """The children of ``parent`` started as helper ``name`` (an argument of theirs)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            argv = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == parent and name.encode() in argv:
            found.append(int(entry.name))
    return found
