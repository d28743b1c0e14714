"""``idtoolkit serve``"""

from __future__ import annotations

import argparse
import logging
import sys

from idtoolkit.cli.context import open_workspace
from idtoolkit.errors import IDToolkitError, InputError


def serve(args: argparse.Namespace) -> None:
    from idtoolkit.api import PKIServer, default_workers

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    logging.getLogger("alembic").setLevel(logging.WARNING)  # migration chatter is not news
    # One line per request (no bodies, so no secrets): what a developer debugging a client
    # needs to see. It costs throughput under load tests; --no-access-log turns it off.
    access = logging.INFO if getattr(args, "access_log", True) else logging.WARNING
    logging.getLogger("idtoolkit.serve.access").setLevel(access)
    workers = getattr(args, "workers", None)
    workers = default_workers() if workers is None else workers
    if workers < 1:
        raise InputError("--workers must be at least 1")
    with open_workspace(args) as ws:
        try:
            server = PKIServer(ws, args.host, args.port, workers=workers)
        except OSError as exc:
            raise IDToolkitError(
                f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}"
            ) from None
        try:
            if server.single_process_reason:
                logging.getLogger("idtoolkit.serve").warning(
                    "serving from one process: %s", server.single_process_reason
                )

            def ready() -> None:  # printed once connections are accepted: a readiness signal
                for line in server.endpoints():
                    print(line, flush=True)

            server.serve_forever(ready)
        except KeyboardInterrupt:
            pass
        finally:
            server.close()
