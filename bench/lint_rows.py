"""Lint-only benchmark: the bulk linter (RowLinter) against a full pkilint run, per certificate.

Run from the project root::

    .venv/bin/python bench/lint_rows.py [--count 3000] [--full-sample 100] [--json] [--profile]
        [--cert-profile NAME]

The certificates are bench/bulk_issue.py's raw tls-client certificates (one P-256 key, CN and
DNS SAN each), built before any timing; with ``--cert-profile``, certificates the engine
issues under that shipped end-entity profile (a bulk job's: one validity, a subject and SANs
that differ in one value, a new key each; issued by ``api.issue_csrs_bulk``), linted
against the profile's standard (ETSI for
citizen-auth, the TLS or S/MIME Baseline Requirements for tls-server and smime). Reported, in CPU milliseconds per certificate: the
lint as a bulk job runs it (RowLinter: a shape's report reused where the RFC 5280 rules allow,
see idtoolkit/lint/shapes.py); the lint from pieces alone, and of it the document assembly (cutting the DER, decoding new pieces) and the
walk; the full lint of a sample; and, per place whose bytes are new in every certificate, what
walking its piece costs (what a cache by facts of those values could save at most). Why it
exists: issue 30's target needs the lint at about 0.2 ms per certificate, and the bulk figures
mix the lint with signing, the database and the workers' messaging.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import pstats
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bulk_issue import make_raw_issuer, raw_certificate, raw_tls_client_extensions

from idtoolkit.lint import incremental
from idtoolkit.lint.linter import RowLinter, _lint_document, lint_certificate
from idtoolkit.lint.results import LintStandard

WARM_UP = 50


def certificates(count: int) -> list[bytes]:
    """``count`` tls-client-shaped certificates, each with its own key, CN and DNS SAN."""
    issuer = make_raw_issuer()
    extensions = raw_tls_client_extensions(issuer, "raw")
    ders = []
    for i in range(count):
        key = ec.generate_private_key(ec.SECP256R1())
        cn = f"client-{i:05d}"
        san = x509.Extension(
            x509.SubjectAlternativeName.oid,
            False,
            x509.SubjectAlternativeName([x509.DNSName(f"{cn}.bench.example")]),
        )
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])
        cert = raw_certificate(issuer, extensions, subject, key.public_key(), [san])
        ders.append(cert.public_bytes(serialization.Encoding.DER))
    return ders


def _job_request(profile: str, i: int) -> tuple[x509.Name, list[x509.GeneralName]]:
    """Certificate ``i``'s subject and SANs in a bulk job of a shipped end-entity profile."""
    attribute = x509.NameAttribute
    if profile == "tls-server":
        host = f"www{i:05d}.gov.sn"
        return x509.Name([attribute(NameOID.COMMON_NAME, host)]), [x509.DNSName(host)]
    if profile == "smime":
        mail = f"a{i:05d}@gov.sn"
        return x509.Name([attribute(NameOID.COMMON_NAME, mail)]), [x509.RFC822Name(mail)]
    if profile in ("citizen-auth", "citizen-sign"):
        person = [
            attribute(NameOID.COMMON_NAME, f"Amina Diallo {i:05d}"),
            attribute(NameOID.GIVEN_NAME, "Amina"),
            attribute(NameOID.SURNAME, "Diallo"),
            attribute(NameOID.SERIAL_NUMBER, f"IDCSN-{i:07d}"),
            attribute(NameOID.COUNTRY_NAME, "SN"),
        ]
        return x509.Name(person), []
    unit = [
        attribute(NameOID.COMMON_NAME, f"client-{i:05d}"),
        attribute(NameOID.ORGANIZATION_NAME, "Ministry of Health"),
        attribute(NameOID.COUNTRY_NAME, "SN"),
    ]
    return x509.Name(unit), []


JOB_PROFILES = ("citizen-auth", "citizen-sign", "smime", "tls-client", "tls-server")


def profile_certificates(profile: str, count: int) -> tuple[list[bytes], LintStandard]:
    """``count`` certificates of one bulk job under ``profile`` (issued by the engine in a
    scratch workspace, read back from its store), and the profile's lint standard."""
    from bulk_issue import BASE_URL, PASSPHRASE, build_pki

    from idtoolkit import api

    csrs = []
    for i in range(count):
        subject, sans = _job_request(profile, i)
        builder = x509.CertificateSigningRequestBuilder().subject_name(subject)
        if sans:
            builder = builder.add_extension(x509.SubjectAlternativeName(sans), critical=False)
        csrs.append(builder.sign(ec.generate_private_key(ec.SECP256R1()), hashes.SHA256()))
    with tempfile.TemporaryDirectory(prefix="idt-lint-rows-") as tmp:
        ws = api.Workspace.init(Path(tmp) / "ws", PASSPHRASE, base_url=BASE_URL)
        try:
            build_pki(ws)
            standard = ws.profiles.get(profile).lint
            result = api.issue_csrs_bulk(ws, "issuing", profile, csrs)
            ders = [
                api.find_certificate(ws, serial).certificate.public_bytes(
                    serialization.Encoding.DER
                )
                for serial in result.serials
            ]
        finally:
            ws.close()
    return ders, standard


def measure(
    ders: Sequence[bytes],
    full_sample: int,
    profile: bool,
    standard: LintStandard = LintStandard.PKIX,
) -> dict[str, Any]:
    rows = RowLinter(standard)
    for der in ders[:WARM_UP]:
        rows.lint(der)
    # As the lint workers do (idtoolkit/lint/worker.py): loaded objects frozen, collect seldom.
    gc.freeze()
    gc.set_threshold(50_000, 50, 100)
    timed = ders[WARM_UP:]
    pieces = rows._pieces
    assert pieces is not None, "the fast path turned itself off"
    fresh: dict[str, float] = defaultdict(float)
    walk_piece = incremental._walk_piece

    def watched(self: Any, node: Any, piece: Any, results: list[Any]) -> None:
        if piece.walked:
            walk_piece(self, node, piece, results)
            return
        start = time.perf_counter()
        walk_piece(self, node, piece, results)
        fresh[node.path] += time.perf_counter() - start

    profiler = cProfile.Profile() if profile else None
    assembly = walking = 0.0
    incremental._walk_piece = watched
    try:
        if profiler is not None:
            profiler.enable()
        for der in timed:
            t0 = time.process_time()
            doc = pieces.document(der)
            t1 = time.process_time()
            _lint_document(doc, rows.standard, None)
            pieces.remember()
            walking += time.process_time() - t1
            assembly += t1 - t0
        if profiler is not None:
            profiler.disable()
    finally:
        incremental._walk_piece = walk_piece
    # As a bulk job's worker lints them: shapes first (idtoolkit.lint.shapes), pieces for
    # the first certificate of each shape (and for every certificate outside the classes).
    shaped_rows = RowLinter(standard)
    for der in ders[:WARM_UP]:
        shaped_rows.lint(der)
    shaped_before = shaped_rows.shaped
    start = time.process_time()
    for der in timed:
        shaped_rows.lint(der)
    job_lint = time.process_time() - start
    start = time.process_time()
    sample = timed[:full_sample]
    for der in sample:
        lint_certificate(der, rows.standard)
    full = (time.process_time() - start) / max(1, len(sample))
    n = len(timed)
    result: dict[str, Any] = {
        "certificates": n,
        "job_lint_ms": round(job_lint / n * 1000, 3),
        "shaped": shaped_rows.shaped - shaped_before,
        "bulk_lint_ms": round((assembly + walking) / n * 1000, 3),
        "document_ms": round(assembly / n * 1000, 3),
        "walk_ms": round(walking / n * 1000, 3),
        "full_lint_ms": round(full * 1000, 3),
        "new_piece_walk_ms": {
            path: round(seconds / n * 1000, 3)
            for path, seconds in sorted(fresh.items(), key=lambda item: -item[1])
        },
    }
    if profiler is not None:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(30)
        result["profile"] = out.getvalue()
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=3000, help="certificates (3000)")
    parser.add_argument("--full-sample", type=int, default=100, help="full lints timed (100)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--profile", action="store_true", help="cProfile the bulk lint")
    parser.add_argument(
        "--cert-profile",
        choices=JOB_PROFILES,
        help="certificates the engine issues under this shipped profile (default: raw tls-client)",
    )
    args = parser.parse_args(argv)
    print(f"building {args.count} certificates...", file=sys.stderr)
    if args.cert_profile:
        ders, standard = profile_certificates(args.cert_profile, args.count + WARM_UP)
    else:
        ders, standard = certificates(args.count + WARM_UP), LintStandard.PKIX
    result = measure(ders, args.full_sample, args.profile, standard)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"certificates linted          {result['certificates']}")
    print(f"job lint, CPU ms/cert        {result['job_lint_ms']}  ({result['shaped']} by shape)")
    print(f"lint from pieces, CPU ms/cert {result['bulk_lint_ms']}")
    print(f"  document assembly          {result['document_ms']}")
    print(f"  walk (validators)          {result['walk_ms']}")
    print(f"full pkilint, CPU ms/cert    {result['full_lint_ms']}")
    print("walk of new pieces (summed over validator containers), ms/cert:")
    for path, ms in result["new_piece_walk_ms"].items():
        print(f"  {ms:7.3f}  {path}")
    if "profile" in result:
        print(result["profile"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
