"""HSM bulk-issuance benchmark: a SoftHSM2 token-backed CA versus a software CA.

Run from the project root::

    .venv/bin/python bench/hsm_issue.py [--count 5000] [--sign-seconds 2] [--json] [--profile]

Everything happens in a temporary directory: an isolated SoftHSM2 environment with one token
and a SQLite workspace holding a software root and two issuing CAs, ``sw`` (software ec-p256)
and ``hsm`` (ec-p256 on the token). Both issue the same pre-generated CSRs with tls-client.
The raw SoftHSM2 P-256 sign rate is measured in the same process, through the engine's own
logged-in session. Progress goes to stderr; the table (or ``--json``) goes to stdout.
See bench/README.md for what each number means.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import io
import os
import pstats
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pkcs11

# bench/ is sys.path[0] when this file is run as a script: share bulk_issue's helpers.
from bulk_issue import PASSPHRASE, Results, emit, log, machine_info, make_csrs, verdict
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from pkcs11 import Mechanism, ObjectClass
from sqlalchemy import select

from hsm_sim import SoftHSMEnv
from idtoolkit import api
from idtoolkit.hsm.module import close_all_sessions, default_module_path, env_pin, token_session
from idtoolkit.store.models import CARecord, KeyRecord

BASE_URL = "http://pki.bench.example"
PROFILE = "tls-client"
TOKEN_LABEL = "bench-token"
# Throwaway token in a temporary directory; the user PIN reaches the engine via $IDTOOLKIT_PIN.
SO_PIN = "bench-so-pin-not-secret"
USER_PIN = "bench-user-pin-not-secret"

#: Target from the HSM performance issue: hsm certs/s >= 0.8 x software certs/s.
TARGET_HSM_RATIO = 0.8
#: Untimed CSRs issued by each CA before the timed runs.
WARMUP = 100
#: Measured on this machine kind (2 vCPU): SoftHSM2 P-256 CKM_ECDSA, key handle reused.
REFERENCE_RAW_SIG_PER_S = 19_700


# --- setup ---------------------------------------------------------------------------------


def softhsm_env(directory: Path) -> SoftHSMEnv:
    """An isolated SoftHSM2 environment with one token, selected for this process. Must run
    before python-pkcs11 loads the module (SoftHSM reads SOFTHSM2_CONF in C_Initialize)."""
    env = SoftHSMEnv.create(directory)
    os.environ.update(env.env())
    env.add_token(TOKEN_LABEL, SO_PIN, USER_PIN)
    os.environ["IDTOOLKIT_PIN"] = USER_PIN
    return env


def build_pki(ws: api.Workspace) -> None:
    api.create_root(ws, "root", "CN=Bench Root CA,O=ID Toolkit Bench,C=SN", "ec-p384")
    api.create_sub(
        ws, "sw", "root", "CN=Bench Software Issuing CA,O=ID Toolkit Bench,C=SN", "ec-p256"
    )
    api.create_sub(
        ws,
        "hsm",
        "root",
        "CN=Bench HSM Issuing CA,O=ID Toolkit Bench,C=SN",
        "ec-p256",
        key_store=f"pkcs11:token={TOKEN_LABEL}",
    )


def hsm_key(ws: api.Workspace) -> tuple[KeyRecord, bytes]:
    with ws.store.reading() as session:
        record = session.execute(
            select(KeyRecord)
            .join(CARecord, CARecord.key_id == KeyRecord.id)
            .where(CARecord.name == "hsm")
        ).scalar_one()
        session.expunge(record)
    assert record.backend == "pkcs11" and record.token_key_id
    return record, bytes.fromhex(record.token_key_id)


# --- timed parts ---------------------------------------------------------------------------


def time_bulk(
    ws: api.Workspace, ca: str, csrs: Sequence[x509.CertificateSigningRequest]
) -> tuple[float, int]:
    start = time.perf_counter()
    result = api.issue_csrs_bulk(ws, ca, PROFILE, csrs)
    elapsed = time.perf_counter() - start
    if result.issued != len(csrs):
        raise SystemExit(f"{ca}: issued {result.issued} of {len(csrs)}")
    return elapsed, result.linted


def sign_loop(sign: Callable[[bytes], object], seconds: float) -> float:
    """Signatures per second of ``sign`` over distinct SHA-256 digests for ~``seconds``."""
    digests = [hashlib.sha256(i.to_bytes(4, "big")).digest() for i in range(256)]
    for digest in digests[:16]:  # warm-up
        sign(digest)
    count = 0
    start = time.perf_counter()
    deadline = start + seconds
    while True:
        for digest in digests:
            sign(digest)
        count += len(digests)
        now = time.perf_counter()
        if now >= deadline:
            return count / (now - start)


def token_sign_rates(
    ws: api.Workspace, module_path: str, key_id: bytes, seconds: float
) -> dict[str, float]:
    """Three views of the token's P-256 sign rate, all on the engine's logged-in session:

    * raw: CKM_ECDSA on a SHA-256 digest, private-key handle found once;
    * raw_lookup: the same plus C_FindObjects for the key before every signature;
    * proxy: the engine's TokenECKey.sign (hash on host, find key, sign, DER-encode r||s).
    """
    shared = token_session(module_path, TOKEN_LABEL, env_pin)
    rates: dict[str, float] = {}

    def raw(session: pkcs11.Session) -> None:
        key: Any = session.get_key(object_class=ObjectClass.PRIVATE_KEY, id=key_id)
        rates["raw"] = sign_loop(lambda d: key.sign(d, mechanism=Mechanism.ECDSA), seconds)

        def with_lookup(digest: bytes) -> object:
            found: Any = session.get_key(object_class=ObjectClass.PRIVATE_KEY, id=key_id)
            return found.sign(digest, mechanism=Mechanism.ECDSA)

        rates["raw_lookup"] = sign_loop(with_lookup, seconds / 2)

    shared.run("benchmark signatures", raw)
    record, _ = hsm_key(ws)
    proxy = ws.signer_for(record).issuer_key()
    assert isinstance(proxy, ec.EllipticCurvePrivateKey)
    algorithm = ec.ECDSA(hashes.SHA256())
    rates["proxy"] = sign_loop(lambda d: proxy.sign(d, algorithm), seconds / 2)
    return rates


def profile_hsm(ws: api.Workspace, csrs: Sequence[x509.CertificateSigningRequest], top: int) -> str:
    profiler = cProfile.Profile()
    profiler.enable()
    api.issue_csrs_bulk(ws, "hsm", PROFILE, csrs)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.strip_dirs().sort_stats("tottime").print_stats(top)
    return out.getvalue()


# --- report --------------------------------------------------------------------------------


def softhsm_version() -> str:
    try:
        done = subprocess.run(
            ["softhsm2-util", "--version"], capture_output=True, text=True, check=False
        )
    except OSError:
        return ""
    return done.stdout.strip()


def print_table(r: Results) -> None:
    m, t = r.metrics, r.targets
    n = m["csr_count"]
    rows: list[tuple[str, str, str]] = [
        ("CSR pre-generation (not timed)", f"{n} in {m['csr_pregen_s']:.2f} s", ""),
        ("PKI setup", f"{m['pki_setup_s']:.2f} s", "root ec-p384; sw + hsm ec-p256 subs"),
        (
            "sw  issue_csrs_bulk",
            f"{m['sw_certs_per_s']:,.0f} certs/s",
            "best of " + " / ".join(f"{x:.2f}" for x in m["sw_runs_s"]) + " s",
        ),
        (
            "hsm issue_csrs_bulk",
            f"{m['hsm_certs_per_s']:,.0f} certs/s",
            "best of " + " / ".join(f"{x:.2f}" for x in m["hsm_runs_s"]) + " s",
        ),
        (
            "hsm / sw",
            f"{t['hsm_over_sw']:.3f}",
            f"target >= {TARGET_HSM_RATIO}  {t['hsm_over_sw_verdict']}",
        ),
        (
            "raw SoftHSM2 P-256 sign",
            f"{m['raw_sig_per_s']:,.0f} sig/s",
            f"ref ~{REFERENCE_RAW_SIG_PER_S:,}/s; CKM_ECDSA, key handle reused",
        ),
        (
            "  + key lookup per sign",
            f"{m['raw_lookup_sig_per_s']:,.0f} sig/s",
            "C_FindObjects before each C_Sign",
        ),
        (
            "  engine TokenECKey.sign",
            f"{m['proxy_sig_per_s']:,.0f} sig/s",
            "hash on host + TokenSession.run + C_Sign + DER",
        ),
        (
            "hsm certs/s / raw sig/s",
            f"{t['hsm_over_raw_sign']:.3f}",
            "share of the token's sign rate used",
        ),
    ]
    w0 = max(len(a) for a, _, _ in rows)
    w1 = max(len(b) for _, b, _ in rows)
    mach = r.machine
    print(
        f"machine: nproc={mach['nproc']}  python {mach['python']}  "
        f"cryptography {mach['cryptography']}  python-pkcs11 {mach['python_pkcs11']}  "
        f"SoftHSM {mach['softhsm'] or '?'}"
    )
    if mach["cpu"]:
        print(f"cpu: {mach['cpu']}")
    print(
        f"store: {mach['database']}; {n} CSRs per run, "
        f"{m['rounds']} round(s) of sw, hsm, hsm, sw after a {WARMUP}-CSR warm-up"
    )
    print(f"{'metric':<{w0}}  {'value':>{w1}}  notes")
    print(f"{'-' * w0}  {'-' * w1}  {'-' * 40}")
    for a, b, c in rows:
        print(f"{a:<{w0}}  {b:>{w1}}  {c}")
    print("checks: " + ", ".join(f"{k}={v}" for k, v in r.checks.items()))
    if r.profile:
        print(r.profile.rstrip())


# --- main ----------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=5000, help="CSRs per bulk run (5000)")
    parser.add_argument(
        "--sign-seconds", type=float, default=2.0, help="length of the raw sign loop (2.0)"
    )
    parser.add_argument(
        "--rounds", type=int, default=1, help="timed rounds of sw, hsm, hsm, sw; best counts (1)"
    )
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="afterwards, cProfile one more hsm bulk run (min(count, 2000)) and print the top 15",
    )
    args = parser.parse_args(argv)
    if args.count < 1 or args.rounds < 1 or args.sign_seconds <= 0:
        parser.error("--count and --rounds must be >= 1, --sign-seconds > 0")
    return args


def run(args: argparse.Namespace, tmp: Path) -> Results:
    r = Results()
    n = args.count

    log("creating the SoftHSM2 environment and token ...")
    softhsm_env(tmp / "softhsm")

    log(f"pre-generating {n} P-256 CSRs ...")
    start = time.perf_counter()
    csrs = make_csrs(n)
    csr_s = time.perf_counter() - start

    ws = api.Workspace.init(tmp / "ws", PASSPHRASE, base_url=BASE_URL)
    try:
        r.machine = machine_info(None, ws.store.display_url)
        del r.machine["openssl_cli"]
        r.machine["python_pkcs11"] = _dist_version("python-pkcs11")
        r.machine["softhsm"] = softhsm_version()
        start = time.perf_counter()
        build_pki(ws)
        pki_s = time.perf_counter() - start

        # Untimed warm-up: first-call costs (imports, caches, the token key lookup) out.
        warm = make_csrs(WARMUP)
        for ca in ("sw", "hsm"):
            api.issue_csrs_bulk(ws, ca, PROFILE, warm)

        runs: dict[str, list[float]] = {"sw": [], "hsm": []}
        linted: dict[str, list[int]] = {"sw": [], "hsm": []}
        for ca in ("sw", "hsm", "hsm", "sw") * args.rounds:
            log(f"{ca}: issue_csrs_bulk of {n} ...")
            elapsed, lints = time_bulk(ws, ca, csrs)
            runs[ca].append(elapsed)
            linted[ca].append(lints)
            log(f"  {elapsed:.2f} s ({n / elapsed:,.0f}/s), linted {lints}")

        for ca in ("sw", "hsm"):
            stored = api.count_certificates(ws, api.CertFilter(ca=ca))
            r.checks[f"{ca}_rows"] = stored
            expected = 2 * n * args.rounds + WARMUP
            if stored != expected:
                raise SystemExit(f"{ca}: {stored} certificate rows, expected {expected}")
        r.checks["rows_ok"] = True

        module_path = default_module_path(ws.config.pkcs11_module)
        _, key_id = hsm_key(ws)
        log(f"raw SoftHSM2 signing for ~{args.sign_seconds * 2:.0f} s ...")
        rates = token_sign_rates(ws, module_path, key_id, args.sign_seconds)
        log(
            f"  raw {rates['raw']:,.0f}/s, with lookup {rates['raw_lookup']:,.0f}/s, "
            f"engine proxy {rates['proxy']:,.0f}/s"
        )

        if args.profile:
            k = min(n, 2000)
            log(f"profiling an hsm bulk run of {k} CSRs ...")
            r.profile = profile_hsm(ws, csrs[:k], 15)
    finally:
        ws.close()
        close_all_sessions()

    sw = n / min(runs["sw"])
    hsm = n / min(runs["hsm"])
    r.metrics = {
        "csr_count": n,
        "csr_pregen_s": round(csr_s, 3),
        "pki_setup_s": round(pki_s, 3),
        "sw_runs_s": [round(x, 3) for x in runs["sw"]],
        "hsm_runs_s": [round(x, 3) for x in runs["hsm"]],
        "sw_linted": linted["sw"],
        "hsm_linted": linted["hsm"],
        "sw_certs_per_s": round(sw, 1),
        "hsm_certs_per_s": round(hsm, 1),
        "raw_sig_per_s": round(rates["raw"], 1),
        "raw_lookup_sig_per_s": round(rates["raw_lookup"], 1),
        "proxy_sig_per_s": round(rates["proxy"], 1),
        "rounds": args.rounds,
        "sign_seconds": args.sign_seconds,
    }
    r.targets = {
        "hsm_over_sw": round(hsm / sw, 4),
        "hsm_over_sw_target": TARGET_HSM_RATIO,
        "hsm_over_sw_verdict": verdict(hsm / sw, TARGET_HSM_RATIO),
        "hsm_over_raw_sign": round(hsm / rates["raw"], 4),
    }
    return r


def _dist_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "?"


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="idt-hsm-bench-") as tmp:
        results = run(args, Path(tmp))
    results.metrics["wall_s"] = round(time.perf_counter() - started, 1)
    emit(results, args.json, print_table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
