"""Where a bulk job's time goes: the engine with the lint switched off, and its parts.

Run from the project root::

    .venv/bin/python bench/bulk_parts.py [--count 10000] [--rounds 3] [--json]

bench/bulk_issue.py measures the whole job against the raw cryptography loop; this one tells
what of it is the engine's own work and what is the lint, so that a target (issue 30:
ours/raw >= 0.45) can be checked against what is left once the lint is free. Each round, in
one process and one workspace (a P-256 issuing CA, the tls-client profile, bench/
bulk_issue.py's CSRs), times:

* the raw loop (bulk_issue.py's);
* ``api.issue_csrs_bulk`` with every verdict answered "clean" at once (no pkilint; the
  helper process only writes the batches): the signing process's own work, with its parts
  (wrapped, so each part includes a few tenths of a microsecond of timing);
* ``api.issue_csrs_bulk`` as users run it (every certificate linted).

Printed per certificate: the parts in microseconds, and each run's rate against the raw loop.
The lint's own cost is bench/lint_rows.py's.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bulk_issue import (
    BASE_URL,
    CA_NAME,
    PASSPHRASE,
    PROFILE,
    build_pki,
    make_csrs,
    make_raw_issuer,
    raw_issue,
)

from idtoolkit import api
from idtoolkit.ca import bulk, bulk_helper
from idtoolkit.lint.worker import LintOutcome

#: (module or class, function name, label) of the parts timed in the lint-free run. The
#: helper process writes the batches (idtoolkit.ca.bulk_helper): what this process pays for
#: them is handing each over, and waiting when eight are out.
PARTS: tuple[tuple[Any, str, str], ...] = (
    (bulk, "plan_from_template", "profile checks and extensions"),
    (bulk_helper.Recordings, "record", "hand each batch to the helper"),
    (bulk_helper.Recordings, "settle", "waiting for its answers (in and after the loop)"),
)


#: The order the parts are printed in (the recording's own parts after it).
ORDER = (
    "read each CSR's key and SANs",
    "profile checks and extensions",
    "sign (build + ECDSA)",
    *(label for _, _, label in PARTS[1:]),
)


def _timed(function: Callable[..., Any], label: str, sink: dict[str, float]) -> Any:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            sink[label] += time.perf_counter() - start

    return wrapper


def _clean_verdict(self: Any, der: bytes) -> int:
    """``bulk._Linter.submit`` answering every certificate "clean" at once (no pkilint)."""
    self.count += 1
    self._inline[self.count] = LintOutcome()
    return int(self.count)


def lint_free(ws: api.Workspace, csrs: list[Any], parts: dict[str, float]) -> float:
    """One ``issue_csrs_bulk`` run with the lint answered at once, its parts timed."""
    saved: list[tuple[Any, str, Any]] = [(bulk._Linter, "submit", bulk._Linter.submit)]
    bulk._Linter.submit = _clean_verdict  # type: ignore[method-assign]
    for owner, name, label in PARTS:
        saved.append((owner, name, getattr(owner, name)))
        setattr(owner, name, _timed(getattr(owner, name), label, parts))
    signer_sign = _signer_class().sign_certificate
    saved.append((_signer_class(), "sign_certificate", signer_sign))
    _signer_class().sign_certificate = _timed(signer_sign, "sign (build + ECDSA)", parts)
    items = bulk.csr_items
    saved.append((bulk, "csr_items", items))

    def timed_items(*args: Any, **kwargs: Any) -> Iterator[Any]:
        generator = items(*args, **kwargs)
        while True:
            start = time.perf_counter()
            try:
                item = next(generator)
            except StopIteration:
                return
            finally:
                parts["read each CSR's key and SANs"] += time.perf_counter() - start
            yield item

    bulk.csr_items = timed_items
    try:
        start = time.perf_counter()
        api.issue_csrs_bulk(ws, CA_NAME, PROFILE, csrs)
        return time.perf_counter() - start
    finally:
        for owner, name, original in reversed(saved):
            setattr(owner, name, original)


def _signer_class() -> Any:
    from idtoolkit.keys.signer import Signer

    return Signer


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10_000, help="CSRs per run (10000)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds (3)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    print(f"making {args.count} CSRs ...", file=sys.stderr)
    csrs = make_csrs(args.count)
    issuer = make_raw_issuer()
    rounds: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="idtoolkit-bench-") as scratch:
        ws = api.Workspace.init(Path(scratch) / "ws", PASSPHRASE, base_url=BASE_URL)
        build_pki(ws)
        api.issue_csrs_bulk(ws, CA_NAME, PROFILE, csrs[:100])  # warm: imports, the worker
        for number in range(args.rounds):
            print(f"round {number + 1} ...", file=sys.stderr)
            start = time.perf_counter()
            raw_issue(issuer, csrs)
            raw = time.perf_counter() - start
            parts: dict[str, float] = defaultdict(float)
            free = lint_free(ws, csrs, parts)
            start = time.perf_counter()
            api.issue_csrs_bulk(ws, CA_NAME, PROFILE, csrs)
            linted = time.perf_counter() - start
            rounds.append(
                {
                    "raw_s": round(raw, 3),
                    "lint_free_s": round(free, 3),
                    "linted_s": round(linted, 3),
                    "lint_free_over_raw": round(raw / free, 3),
                    "linted_over_raw": round(raw / linted, 3),
                    "parts_us": {k: round(v / args.count * 1e6, 1) for k, v in parts.items()},
                    "lint_free_us": round(free / args.count * 1e6, 1),
                }
            )
        ws.close()
    if args.json:
        print(json.dumps({"count": args.count, "rounds": rounds}, indent=2))
        return 0
    for number, result in enumerate(rounds, start=1):
        print(
            f"round {number}: raw {result['raw_s']:.2f} s; lint-free job {result['lint_free_s']:.2f} s"
            f" ({result['lint_free_over_raw']:.3f} of raw); linted job {result['linted_s']:.2f} s"
            f" ({result['linted_over_raw']:.3f} of raw)"
        )
        print(f"  lint-free job, µs a certificate: {result['lint_free_us']:.1f}, of which")
        for label in ORDER:
            if label in result["parts_us"]:
                print(f"    {result['parts_us'][label]:7.1f}  {label}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
