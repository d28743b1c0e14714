"""``idtoolkit serve``"""

from __future__ import annotations

import argparse
import logging
import sys

from idtoolkit.cli.context import open_workspace
from idtoolkit.errors import IDToolkitError


def serve(args: argparse.Namespace) -> None:
    from idtoolkit.services.http import PKIServer

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    with open_workspace(args) as ws:
        try:
            server = PKIServer(ws, args.host, args.port)
        except OSError as exc:
            raise IDToolkitError(
                f"cannot listen on {args.host}:{args.port}: {exc.strerror}"
            ) from None
        for line in server.endpoints():
            print(line, flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()
