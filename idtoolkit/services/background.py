"""Start a long-running command (``serve``) in the background and return once it says it is
ready (a line it prints when it accepts connections), or with the reason it did not start.

Scripts and the README's flows then need no ``sleep`` before the next step, and a port in use
or a missing passphrase is reported to the person who started it, with exit status 1, rather
than in a log nobody reads. The child is this same program (frozen or not, see
:mod:`idtoolkit.helper_processes`), in its own session so the terminal's Ctrl-C does not stop it, with
its output appended to a log file. Secrets reach it through its environment, never argv.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from idtoolkit import helper_processes
from idtoolkit.errors import IDToolkitError
from idtoolkit.hsm.locate import ENV_PIN as PIN_ENV_VAR
from idtoolkit.passphrase import ENV_VAR as PASSPHRASE_ENV_VAR
from idtoolkit.sentence_parts import os_reason

if TYPE_CHECKING:
    from idtoolkit.workspace import Workspace

#: The line ``serve`` prints once it accepts connections.
SERVE_READY = "serving at"

#: How long a service may take to become ready (opening a PostgreSQL store and deriving the
#: workspace key included) before the start counts as failed.
START_TIMEOUT_S = 60.0


@dataclass(frozen=True)
class Detached:
    pid: int
    log: Path
    #: What the process printed up to its ready line (included): e.g. the service URLs.
    output: list[str]


def start_detached(
    argv: Sequence[str],
    log: Path,
    ready_prefix: str,
    env: Mapping[str, str] | None = None,
    timeout: float = START_TIMEOUT_S,
) -> Detached:
    """Run ``idtoolkit ARGV`` in the background; return once it prints a line starting with
    ``ready_prefix`` (its own word, so another program already on the port cannot pass for
    it)."""
    log = log.expanduser().resolve()
    try:
        fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    except OSError as exc:
        raise IDToolkitError(
            "service.log_not_writable",
            "cannot write the log {log}: {strerror}",
            log=log,
            strerror=os_reason(exc),
        ) from None
    start_offset = os.lseek(fd, 0, os.SEEK_END)
    options: dict[str, object] = (
        {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP | subprocess.DETACHED_PROCESS}  # type: ignore[attr-defined]
        if sys.platform == "win32"
        else {"start_new_session": True}
    )
    try:
        process = subprocess.Popen(
            helper_processes.command("cli", *argv),
            stdin=subprocess.DEVNULL,
            stdout=fd,
            stderr=fd,
            env=dict(os.environ if env is None else env),
            **options,  # type: ignore[call-overload]
        )
    finally:
        os.close(fd)
    deadline = time.monotonic() + timeout
    while True:
        output = _output(log, start_offset)
        if any(line.startswith(ready_prefix) for line in output):
            end = next(i for i, line in enumerate(output) if line.startswith(ready_prefix))
            return Detached(process.pid, log, output[: end + 1])
        code = process.poll()
        if code is not None:
            said = [line for line in _output(log, start_offset) if line]
            last = said[-1].removeprefix("error: ") if said else f"no message; see {log}"
            raise IDToolkitError(
                "service.did_not_start",
                "the service did not start: {last_message}",
                last_message=last,
            )
        if time.monotonic() > deadline:
            process.kill()
            raise IDToolkitError(
                "service.not_ready_in_time",
                "the service was not ready within {timeout:.0f} s; see {log}",
                timeout=timeout,
                log=log,
            )
        time.sleep(0.1)


def _output(log: Path, offset: int) -> list[str]:
    """The lines the process has written to the log so far."""
    try:
        with open(log, "rb") as handle:
            handle.seek(offset)
            text = handle.read().decode(errors="replace")
    except OSError:
        return []
    return [line.rstrip() for line in text.splitlines()]


def serve_in_background(ws: Workspace) -> Detached:
    """``idtoolkit serve`` for ``ws`` on 127.0.0.1 at its base URL's port, in the background:
    the desktop app's local services. The passphrase (asked now if the workspace is locked)
    reaches the process through its environment."""
    base = urlsplit(ws.config.base_url)
    port = base.port or (443 if base.scheme == "https" else 80)
    argv = ["--workspace", str(ws.directory.resolve()), "serve", "--host", "127.0.0.1"]
    argv += ["--port", str(port)]
    env = {**os.environ, PASSPHRASE_ENV_VAR: ws.passphrase().decode()}
    env.update(_token_pin(ws))
    return start_detached(argv, ws.directory / "serve.log", f"{SERVE_READY} ", env)


def _token_pin(ws: Workspace) -> dict[str, str]:
    """``serve`` takes one PIN (IDTOOLKIT_PIN) for the CA keys on tokens: asked now when they
    are all on one token; with several, the environment's must do."""
    from idtoolkit.ca.authorities import list_cas  # here: 'serve stop' needs no CA code

    labels = {ca.token_label for ca in list_cas(ws) if ca.has_key and ca.token_label}
    if len(labels) != 1 or os.environ.get(PIN_ENV_VAR):
        return {}
    return {PIN_ENV_VAR: ws.pin(labels.pop()).decode()}


def stop_detached(pid: int) -> None:
    """Stop a background service as Ctrl-C would (its workers go with it)."""
    with contextlib.suppress(ProcessLookupError):  # it had stopped already
        os.kill(pid, signal.SIGTERM)


__all__ = [
    "SERVE_READY",
    "START_TIMEOUT_S",
    "Detached",
    "serve_in_background",
    "start_detached",
    "stop_detached",
]
