"""``idtoolkit bulk issue`` and ``idtoolkit enroll``."""

from __future__ import annotations

import argparse
import os
import signal
import sys
from pathlib import Path
from types import FrameType

from idtoolkit.api import BulkProgress as Progress
from idtoolkit.api import JobReport, load_mapping, run_csr_dir_job, run_csv_job
from idtoolkit.apps.cli.context import open_workspace
from idtoolkit.apps.cli.io import JobCancelled, RowsRejected, emit
from idtoolkit.apps.cli.language import _, nsay, say
from idtoolkit.apps.cli.parser import Subcommands, add_command, add_group


def register(commands: Subcommands, common: argparse.ArgumentParser) -> None:
    bulk = add_group(commands, "bulk", "issue many credentials at once", "bulk_command")
    p = add_command(
        bulk,
        "issue",
        bulk_issue,
        example="idtoolkit bulk issue --ca issuing --profile citizen-auth --csv people.csv --out batch-01",
        parents=[common],
        help="a key, certificate and PKCS#12 per CSV row (or a certificate per CSR)",
    )
    p.add_argument("--ca", required=True)
    p.add_argument("--profile", required=True)
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "--csv", help="rows: id, subject columns (CN, GN, SN, serialNumber, O, C...), email/dns/ip"
    )
    source.add_argument("--csr-dir", help="a directory of CSR files (row id = file name)")
    p.add_argument("--out", required=True, help="output directory (created; re-runs resume in it)")
    p.add_argument("--map", help="CSV 'column,field' renaming the file's columns")
    p.add_argument("--key", default="ec-p256", help="key type for generated keys: {keys}")
    p.add_argument(
        "--job",
        help="job name (default: derived from the rows and --out, recorded in --out/job.json); "
        "a re-run into the same --out resumes its job",
    )
    p.add_argument("--batch", type=int, default=500, help="rows per commit (default 500)")
    p.add_argument("--days", type=int)
    p.add_argument("--legacy-p12", action="store_true", help="3DES/SHA-1 PKCS#12 for old Windows")
    p.add_argument(
        "--lang",
        default=os.environ.get("IDTOOLKIT_LANG", "en"),
        help="language of the printable PIN letters: en, fr, ar, es, pt, ru, zh_CN "
        "(default: $IDTOOLKIT_LANG, else en)",
    )

    p = add_command(
        commands,
        "enroll",
        enroll,
        example="idtoolkit enroll --token card-0042 --ca issuing --profile citizen-auth --subject 'CN=Awa Diop,C=SN'",
        parents=[common],
        help="generate a key on a token, issue its certificate, store it on the token",
    )
    p.add_argument("--token", required=True, help="the subject's token (smart card) label")
    p.add_argument("--ca", required=True)
    p.add_argument("--profile", required=True)
    p.add_argument("--subject", required=True)
    p.add_argument("--key", default="ec-p256", help="key type: {keys}")
    p.add_argument("--san", action="append", default=[], metavar="TYPE:VALUE")
    p.add_argument("--days", type=int)
    p.add_argument("--module", help="PKCS#11 module of the token")


class _Bar:
    """Rows done, rate and ETA on one terminal line (stderr), redrawn in place."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()

    def __call__(self, state: Progress) -> None:
        if not self.tty or not state.total:
            return
        width = 30
        filled = int(width * state.done / state.total)
        eta = state.eta_seconds
        eta_text = say("ETA {seconds} s", seconds=f"{eta:.0f}") if eta is not None else ""
        rows = nsay(
            "{done}/{count} row {rate}/s", "{done}/{count} rows {rate}/s", state.total,
            done=state.done, rate=f"{state.rate:,.0f}",
        )  # fmt: skip
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {rows} {eta_text}   ")
        sys.stderr.flush()

    def finish(self) -> None:
        if self.tty:
            sys.stderr.write("\n")


def bulk_issue(args: argparse.Namespace) -> None:
    stop = {"requested": False}

    def on_interrupt(_signum: int, _frame: FrameType | None) -> None:
        stop["requested"] = True  # sign no more; what is signed is still linted and committed
        sys.stderr.write(
            "\n"
            + _(
                "stopping: signing no more, recording what is signed (run the same command again to resume)"
            )
            + "\n"
        )

    previous = signal.signal(signal.SIGINT, on_interrupt)
    bar = _Bar()
    try:
        with open_workspace(args) as ws:
            if args.csv:
                report = run_csv_job(
                    ws,
                    args.ca,
                    args.profile,
                    Path(args.csv),
                    Path(args.out),
                    key=args.key,
                    mapping=load_mapping(Path(args.map)) if args.map else None,
                    job=args.job,
                    legacy_p12=args.legacy_p12,
                    days=args.days,
                    progress=bar,
                    commit_every=args.batch,
                    cancelled=lambda: stop["requested"],
                    language=args.lang,
                )
            else:
                report = run_csr_dir_job(
                    ws,
                    args.ca,
                    args.profile,
                    Path(args.csr_dir),
                    Path(args.out),
                    job=args.job,
                    days=args.days,
                    progress=bar,
                    commit_every=args.batch,
                    cancelled=lambda: stop["requested"],
                )
    finally:
        signal.signal(signal.SIGINT, previous)
        bar.finish()
    emit(args, report.as_dict(), _summary(report, csr_dir=not args.csv))
    if report.cancelled:
        raise JobCancelled
    if report.errors:
        raise RowsRejected


#: What each kind of job leaves in its output folder, named in its summary: passwords/ too,
#: which holds every PKCS#12 password as pin-letters.csv does (an operator who destroys the
#: letters after printing must know it is there).
_CSV_FILES = (
    "credentials/, passwords/, pin-letters.html, pin-letters.csv, manifest.csv, manifest.json, "
    "report.json"
)
_CSR_DIR_FILES = "certificates/, report.json"
#: Names of left-out files said in the summary (all of them are in report.json).
_SKIPPED_SHOWN = 5


def _summary(report: JobReport, *, csr_dir: bool) -> str:
    """The report in the user's language (its ``--json`` form stays English); ``csr_dir``: a
    CSR-directory job (its rows are files, and it writes other files than a CSV job)."""
    parts = [
        say(
            "job {job}: {issued} issued ({linted} linted), {earlier} already issued earlier",
            job=report.job,
            issued=report.issued,
            linted=report.linted,
            earlier=report.already_issued,
        )
    ]
    if report.recovered:
        parts.append(
            nsay(
                "{count} delivery completed from an interrupted run",
                "{count} deliveries completed from an interrupted run",
                report.recovered,
            )
        )
    if report.discarded_unrecorded:
        parts.append(
            nsay(
                "{count} unrecorded leftover discarded",
                "{count} unrecorded leftovers discarded",
                report.discarded_unrecorded,
            )
        )
    first = _(", ").join(parts)
    if report.cancelled:
        first += " " + _("(CANCELLED: run the same command again to resume)")
    lines = [first]
    for error in report.errors:
        if error.row_id and csr_dir:  # a folder has files, not lines
            lines.append(say("  {id}: {message}", id=error.row_id, message=error.message))
        elif error.row_id:
            lines.append(
                say("  line {line} (id {id}): {message}", line=error.line, id=error.row_id,
                    message=error.message)
            )  # fmt: skip
        else:
            lines.append(say("  line {line}: {message}", line=error.line, message=error.message))
    if report.skipped:
        shown = ", ".join(report.skipped[:_SKIPPED_SHOWN])
        lines.append(
            nsay(
                "  {count} file left out, not a .csr, .pem, .der or .req file: {names}",
                "  {count} files left out, not .csr, .pem, .der or .req files: {names}",
                len(report.skipped),
                names=shown + (", …" if len(report.skipped) > _SKIPPED_SHOWN else ""),
            )
        )
    lines.append(
        say(
            "  output: {out} ({files})",
            out=report.out_dir,
            files=_CSR_DIR_FILES if csr_dir else _CSV_FILES,
        )
    )
    if report.cancelled:
        lines.append(
            _("  stopped before the end: run the same command again to resume (exit code 130)")
        )
    elif report.errors and csr_dir:
        lines.append(
            nsay(
                "  {count} file rejected: fix it and run again (exit code 4)",
                "  {count} files rejected: fix them and run again (exit code 4)",
                len(report.errors),
            )
        )
    elif report.errors:
        lines.append(
            nsay(
                "  {count} row rejected: fix it and run again (exit code 4)",
                "  {count} rows rejected: fix them and run again (exit code 4)",
                len(report.errors),
            )
        )
    return "\n".join(lines)


def enroll(args: argparse.Namespace) -> None:
    from idtoolkit.api.tokens import enroll_on_token

    with open_workspace(args) as ws:
        result = enroll_on_token(
            ws,
            args.token,
            args.ca,
            args.profile,
            args.subject,
            key=args.key,
            sans=args.san,
            days=args.days,
            module=args.module,
        )
    issued = result.issued
    emit(
        args,
        {
            "token": result.token,
            "key_label": result.key_label,
            "key_id": result.key_id,
            "ca": issued.ca,
            "profile": issued.profile,
            "serial": issued.serial,
            "not_after": issued.certificate.not_valid_after_utc,
        },
        say(
            "enrolled token {token!r}: key {key!r} (id {id}) and certificate {serial} from {ca} "
            "({profile}), valid until {not_after}",
            token=result.token,
            key=result.key_label,
            id=result.key_id,
            serial=issued.serial,
            ca=issued.ca,
            profile=issued.profile,
            not_after=f"{issued.certificate.not_valid_after_utc:%Y-%m-%d}",
        ),
    )
