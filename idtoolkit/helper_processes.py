"""Start our own helper processes the same way from the source tree and from a frozen bundle.

Helpers (the lint worker of a bulk job, the SoftHSM token initialiser, a share of the
students ``lab grade`` checks) run in a fresh process. From source that is ``python -c …``;
inside a PyInstaller bundle ``sys.executable`` is the bundle's own program (``idtoolkit`` or
``idtoolkit-gui``), which knows no ``-c`` or ``-m``. So the bundle's programs read a hidden
first argument, :data:`WORKER_FLAG`, and run the named helper instead of their usual command:
both entry scripts (installers/pyinstaller/idtoolkit_*.py) call :func:`dispatch` before
anything else loads. Helpers are named here, not given as import paths, so that argument can
start nothing but these.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

WORKER_FLAG = "--idtoolkit-worker"

# name -> "module:function"; the function takes the helper's own arguments and returns an
# exit code. Imported only in the child, so the parent loads nothing it does not use.
WORKERS: dict[str, str] = {
    "lint": "idtoolkit.lint.worker:worker_main",
    "bulk": "idtoolkit.ca.batch_recorder:worker_main",
    "p12": "idtoolkit.ca.p12_packer:worker_main",
    "csr-signatures": "idtoolkit.ca.csr_signatures:worker_main",
    "hsm-sim": "idtoolkit.hsm.softhsm_child:child_main",
    "lab-check": "idtoolkit.apps.labs.grade_worker:worker_main",
    "cli": "idtoolkit.apps.cli.main:main",  # a command in the background (serve --detach)
}

# From source, the packages' parent folder goes first on the child's path, so a helper
# finds the same code as its parent even when the toolkit runs from a checkout that is not
# installed (python -m idtoolkit from another directory).
_SOURCE_BOOTSTRAP = (
    "import sys; sys.path.insert(0, sys.argv.pop(1)); "
    "from idtoolkit.helper_processes import run; sys.exit(run(sys.argv[1:]))"
)


def outside_terminal_group() -> int | None:
    """Popen's ``process_group`` for a helper whose parent decides what a Ctrl-C means (the lint
    workers and the PKCS#12 packer of a bulk job): a process group of its own, so a Ctrl-C
    in the terminal never reaches it. Ignoring SIGINT inside the helper came only after its
    imports: a Ctrl-C during them printed the helper's KeyboardInterrupt traceback under the
    parent's one line. It still ends with its parent: its input closes. (POSIX; elsewhere a
    console's Ctrl-C is delivered another way.)"""
    return 0 if os.name == "posix" else None


def is_frozen() -> bool:
    """True inside a PyInstaller (or similar) bundle."""
    return bool(getattr(sys, "frozen", False))


def command(worker: str, *args: str) -> list[str]:
    """The argv that starts helper ``worker`` with ``args`` (never secrets: they go on stdin)."""
    if worker not in WORKERS:
        raise ValueError(f"unknown helper process {worker!r}")
    if is_frozen():
        return [sys.executable, WORKER_FLAG, worker, *args]
    package_root = str(Path(__file__).resolve().parent.parent)
    return [sys.executable, "-c", _SOURCE_BOOTSTRAP, package_root, worker, *args]


def system_env(env: Mapping[str, str]) -> dict[str, str]:
    """``env`` fit for a system program (softhsm2-util, openssl) started from here.

    A frozen bundle on Linux starts with ``LD_LIBRARY_PATH`` pointing at its own libraries
    and keeps the user's value in ``LD_LIBRARY_PATH_ORIG``; a system program must get the
    user's value back, or it may load the bundle's copy of a library such as libcrypto.
    """
    result = dict(env)
    if is_frozen():
        for name in ("LD_LIBRARY_PATH", "DYLD_LIBRARY_PATH"):
            original = result.pop(f"{name}_ORIG", None)
            if original is not None:
                result[name] = original
            else:
                result.pop(name, None)
    return result


def run(argv: Sequence[str]) -> int:
    """Run the helper named by ``argv[0]`` with the rest of ``argv``."""
    if not argv or argv[0] not in WORKERS:
        name = argv[0] if argv else ""
        print(f"error: unknown helper process {name!r}", file=sys.stderr)
        return 2
    module_name, _, function_name = WORKERS[argv[0]].partition(":")
    function: Callable[[list[str]], int] = getattr(
        importlib.import_module(module_name), function_name
    )
    return function(list(argv[1:]))


def dispatch(argv: Sequence[str]) -> int | None:
    """The helper's exit code when ``argv`` (without the program name) asks for a helper,
    else None: the caller goes on with its usual command line."""
    if list(argv[:1]) == [WORKER_FLAG]:
        return run(argv[1:])
    return None
