"""Entry point: parse, dispatch, and turn engine errors into one line and an exit code.

Exit codes: 0 success, 1 an error the user can fix (message on stderr), 2 bad usage
(argparse), 3 an internal error (a bug: rerun with IDTOOLKIT_DEBUG=1 for the traceback).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from idtoolkit.cli import (
    admin_commands,
    bulk_commands,
    ca_commands,
    cert_commands,
    hsm_commands,
    lab_commands,
    serve_command,
    sign_commands,
)
from idtoolkit.cli.parser import build_parser
from idtoolkit.errors import IDToolkitError

Handler = Callable[[argparse.Namespace], None]

HANDLERS: dict[tuple[str, str | None], Handler] = {
    ("init", None): admin_commands.init,
    ("ca", "create-root"): ca_commands.create_root,
    ("ca", "create-sub"): ca_commands.create_sub,
    ("ca", "request"): ca_commands.request,
    ("ca", "import-cert"): ca_commands.import_cert,
    ("ca", "import"): ca_commands.import_ca,
    ("ca", "service"): ca_commands.service,
    ("ca", "list"): ca_commands.list_cas,
    ("ca", "show"): ca_commands.show,
    ("ca", "export"): ca_commands.export,
    ("issue", None): cert_commands.issue,
    ("revoke", None): cert_commands.revoke,
    ("release", None): cert_commands.release,
    ("crl", None): cert_commands.crl,
    ("cert", "list"): cert_commands.cert_list,
    ("cert", "show"): cert_commands.cert_show,
    ("cert", "export"): cert_commands.cert_export,
    ("profile", "list"): admin_commands.profile_list,
    ("profile", "show"): admin_commands.profile_show,
    ("profile", "add"): admin_commands.profile_add,
    ("serve", None): serve_command.serve,
    ("sign", None): sign_commands.sign,
    ("verify", None): sign_commands.verify,
    ("testpki", "create"): sign_commands.testpki_create,
    ("bulk", "issue"): bulk_commands.bulk_issue,
    ("enroll", None): bulk_commands.enroll,
    ("hsm", "tokens"): hsm_commands.tokens,
    ("hsm", "mechanisms"): hsm_commands.mechanisms,
    ("hsm", "keys"): hsm_commands.keys,
    ("hsm", "keygen"): hsm_commands.keygen,
    ("hsm", "sim"): hsm_commands.sim,
    ("audit", "verify"): admin_commands.audit_verify,
    ("audit", "export"): admin_commands.audit_export,
    **lab_commands.HANDLERS,
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:2] == ["hsm", "sim"]:
        # hsm_sim has its own parser (and --help); argparse's REMAINDER cannot pass "--help" on.
        from hsm_sim.provision import main as sim_main

        return sim_main(argv[2:], prog="idtoolkit hsm sim")
    args = build_parser().parse_args(argv)
    action = getattr(args, f"{args.command}_command", None)
    handler = HANDLERS[(args.command, action)]
    if not hasattr(args, "json"):
        args.json = False
    try:
        handler(args)
    except IDToolkitError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        if os.environ.get("IDTOOLKIT_DEBUG"):
            raise
        print(
            f"internal error: {type(exc).__name__}: {exc} (rerun with IDTOOLKIT_DEBUG=1 for details)",
            file=sys.stderr,
        )
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
