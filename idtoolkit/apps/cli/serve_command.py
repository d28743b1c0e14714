"""``idtoolkit serve``"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from idtoolkit.apps.cli.context import open_workspace, workspace_dir
from idtoolkit.apps.cli.io import check_writable, emit, workspace_passphrase, write_file
from idtoolkit.apps.cli.language import _, say
from idtoolkit.apps.cli.parser import Subcommands, add_command
from idtoolkit.errors import IDToolkitError, InputError


def register(commands: Subcommands, common: argparse.ArgumentParser) -> None:
    p = add_command(
        commands,
        "serve",
        serve,
        example="idtoolkit serve --detach --pid-file serve.pid",
        parents=[common],
        help="serve OCSP, CRLs and CA certificates over HTTP",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument(
        "--port", type=int, default=8080, help="port (default 8080, as in the default base URL)"
    )
    p.add_argument(
        "--tls-port",
        type=int,
        default=None,
        help="also serve HTTPS on this port (ACME, OCSP, CRLs, CA certificates), with the "
        "workspace's TLS credential (idtoolkit ca service CA --kind tls --san dns:HOST …)",
    )
    p.add_argument(
        "--workers",
        type=int,
        default=None,
        help="processes (default 2 on Linux; 1 with token keys)",
    )
    p.add_argument(
        "--validation-only",
        action="store_true",
        help="serve pre-signed OCSP responses, CRLs and CA certificates from the store only: "
        "no passphrase, no PIN, no CA key (a read-only database login is enough)",
    )
    p.add_argument(
        "--publish",
        metavar="DIR",
        help="keep DIR current with every CA certificate and CRL (as 'idtoolkit publish')",
    )
    p.add_argument(
        "--max-age",
        type=int,
        metavar="SECONDS",
        help="let HTTP caches (nginx, a CDN) keep OCSP answers and CRLs at most this long, "
        "then serve them stale only while the responders are down, until nextUpdate "
        "(default: fresh until nextUpdate)",
    )
    p.add_argument(
        "--no-access-log",
        dest="access_log",
        action="store_false",
        help="do not log one line per request (method, path, status, size, time) to stderr",
    )
    p.add_argument(
        "--detach",
        action="store_true",
        help="serve in the background: return once the services answer (or fail with the "
        "reason), print the process id; the output goes to --log",
    )
    p.add_argument(
        "--log",
        metavar="FILE",
        help="with --detach: where the services' output goes (default: serve.log in the workspace)",
    )
    p.add_argument(
        "--pid-file", metavar="FILE", help="with --detach: write the process id here (to stop it)"
    )


def serve(args: argparse.Namespace) -> None:
    from idtoolkit.api.services import SERVE_READY, PKIServer, default_workers

    if not 1 <= args.port <= 65535:  # the OS would take 99999 as 34463, silently
        raise InputError(
            "cli.bad_port", "--port must be between 1 and 65535, not {port}", port=args.port
        )
    tls_port = getattr(args, "tls_port", None)
    if tls_port is not None and not 1 <= tls_port <= 65535:
        raise InputError(
            "cli.bad_tls_port", "--tls-port must be between 1 and 65535, not {port}", port=tls_port
        )
    if getattr(args, "detach", False):
        return detach(args)
    if getattr(args, "log", None) or getattr(args, "pid_file", None):
        raise InputError("cli.log_needs_detach", "--log and --pid-file go with --detach")

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    logging.getLogger("alembic").setLevel(logging.WARNING)  # migration chatter is not news
    # One line per request (no bodies, so no secrets): what a developer debugging a client
    # needs to see. It costs throughput under load tests; --no-access-log turns it off.
    access = logging.INFO if getattr(args, "access_log", True) else logging.WARNING
    logging.getLogger("idtoolkit.serve.access").setLevel(access)
    if getattr(args, "max_age", None) is not None and args.max_age < 0:
        raise InputError("cli.bad_max_age", "--max-age must be 0 or more seconds")
    workers = getattr(args, "workers", None)
    workers = default_workers() if workers is None else workers
    if workers < 1:
        raise InputError("cli.bad_worker_count", "--workers must be at least 1")
    validation_only = getattr(args, "validation_only", False)
    with open_workspace(args) as ws:
        if validation_only:
            ws.set_passphrase_provider(_refuse_secret)
            ws.set_pin_provider(lambda _label: _refuse_secret())
        try:
            server = PKIServer(
                ws,
                args.host,
                args.port,
                workers=workers,
                validation_only=validation_only,
                publish_dir=Path(args.publish) if getattr(args, "publish", None) else None,
                max_age=getattr(args, "max_age", None),
                tls_port=tls_port,
            )
        except OSError as exc:
            raise IDToolkitError(
                "cli.cannot_listen",
                "cannot listen on {host}:{port}: {reason}",
                host=args.host,
                port=args.port,
                reason=exc.strerror or exc,
            ) from None
        try:
            if server.single_process_reason:
                logging.getLogger("idtoolkit.serve").warning(
                    "serving from one process: %s", server.single_process_reason
                )

            def ready() -> None:  # printed once connections are accepted: a readiness signal
                for line in server.endpoints():
                    print(line, flush=True)
                if validation_only:
                    print(_("validation only: serving what the store holds, signing nothing"))
                print(f"{SERVE_READY} {server.base} (Ctrl-C stops)", flush=True)

            server.serve_forever(ready)
        finally:
            server.close()


def _refuse_secret() -> bytes:
    """A validation-only server never unlocks a key: anything that would is refused."""
    raise InputError(
        "cli.validation_only_signs_nothing",
        "--validation-only serves what is in the store and signs nothing: no passphrase or PIN "
        "is asked",
    )


def detach(args: argparse.Namespace) -> None:
    """``serve --detach``: the same command in the background, returning once it answers."""
    from idtoolkit.api import PASSPHRASE_ENV_VAR
    from idtoolkit.api.services import SERVE_READY, start_detached

    log = Path(args.log) if args.log else workspace_dir(args) / "serve.log"
    check_writable(log.expanduser())
    pid_file = Path(args.pid_file) if args.pid_file else None
    if pid_file is not None:
        check_writable(pid_file.expanduser())
    env = dict(os.environ)
    passphrase_file = getattr(args, "passphrase_file", None)
    if (
        not passphrase_file
        and not env.get(PASSPHRASE_ENV_VAR)
        and sys.stdin.isatty()
        and not args.validation_only
    ):
        # The background process has no terminal to ask on: ask now, hand it over privately.
        env[PASSPHRASE_ENV_VAR] = workspace_passphrase(args).decode()
    started = start_detached(_foreground_argv(args), log, f"{SERVE_READY} ", env)
    if pid_file is not None:
        write_file(pid_file, f"{started.pid}\n".encode())
    stop = f"taskkill /PID {started.pid}" if sys.platform == "win32" else f"kill {started.pid}"
    emit(
        args,
        {"pid": started.pid, "log": str(started.log), "output": started.output},
        "\n".join(
            [
                *started.output[:-1],
                say(
                    "serving in the background (process {pid}; output in {log})",
                    pid=started.pid,
                    log=started.log,
                ),
                say("stop it with: {command}", command=stop),
            ]
        ),
    )


def _foreground_argv(args: argparse.Namespace) -> list[str]:
    """This command line without --detach, --log, --pid-file and --json: what the background
    process runs (every path made absolute, as it may not share our directory)."""
    argv = ["--workspace", str(workspace_dir(args).resolve())]
    if getattr(args, "db", None):
        argv += ["--db", args.db]
    argv += ["serve", "--host", args.host, "--port", str(args.port)]
    if getattr(args, "tls_port", None) is not None:
        argv += ["--tls-port", str(args.tls_port)]
    for option, attribute in (("--passphrase-file", "passphrase_file"), ("--pin-file", "pin_file")):
        if getattr(args, attribute, None):
            argv += [option, str(Path(getattr(args, attribute)).resolve())]
    if args.workers is not None:
        argv += ["--workers", str(args.workers)]
    if not args.access_log:
        argv.append("--no-access-log")
    if args.validation_only:
        argv.append("--validation-only")
    if args.publish:
        argv += ["--publish", str(Path(args.publish).resolve())]
    if args.max_age is not None:
        argv += ["--max-age", str(args.max_age)]
    return argv
