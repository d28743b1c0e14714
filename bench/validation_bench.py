"""Validation-tier benchmark (issue 29): pre-signing OCSP responses, OCSP through nginx's
cache, ``serve --validation-only``, and partitioned CRLs of many revocations.

Run from the project root::

    .venv/bin/python bench/validation_bench.py [--presign 100000] [--hsm-presign 5000]
        [--requests 20000] [--concurrency 4] [--crl-entries 1000000] [--partition-size 100000]
        [--skip-http] [--json]

Everything happens in temporary directories (SQLite workspaces, an isolated SoftHSM2 token, a
private nginx prefix on a loopback port), removed at the end. Progress goes to stderr, the
table (or ``--json``) to stdout. What is timed:

* presign: ``validation.presign`` over N unexpired certificates of a software ec-p256 CA (2% of
  them revoked), stored in the store, versus a raw loop building and signing the same N
  responses with cryptography alone (in-memory key, no store). Target: ours/raw >= 0.5.
* hsm presign: the same over M certificates of a CA whose ec-p256 key is on SoftHSM2, versus
  SoftHSM2's raw CKM_ECDSA sign rate on the same token (``bench/hsm_issue.py``'s loop).
* http: ``ab -n R -c C`` with one nonce-less request for a good certificate: GET through nginx
  (the shipped deploy/nginx/idtoolkit-validation.conf, two ``serve --validation-only``
  behind it, answers cached), POST straight to one ``serve --validation-only --workers 2``,
  and POST to ``openssl ocsp -port`` with the same CA key. Targets: nginx >= 5x openssl,
  validation-only >= 1x openssl, 0 errors.
* crl: E revocations seeded (not timed) into partitions of at most P entries
  (``ca set --crl-partitions ceil(E/P)``), then every partition CRL signed and stored: total
  time, and each partition's entries and size.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import math
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509 import ocsp

# Must come before python-pkcs11 loads SoftHSM (it reads SOFTHSM2_CONF at C_Initialize).
from hsm_issue import TOKEN_LABEL, softhsm_env, token_sign_rates
from ocsp_bench import (
    CA_NAME,
    PASSPHRASE,
    build_pki,
    free_port,
    wait_for_endpoints,
    wait_for_log,
)
from sqlalchemy import insert, select

from idtoolkit import api
from idtoolkit.api import validation
from idtoolkit.ca.ocsp_presign import HASHES, PRESIGN_HASHES, id_hashes
from idtoolkit.ca.serials import serial_to_hex
from idtoolkit.hsm.module import default_module_path
from idtoolkit.store.models import CARecord, CertificateRecord, RevocationRecord
from idtoolkit.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent
NGINX_CONF = ROOT / "deploy" / "nginx" / "idtoolkit-validation.conf"


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def seed(ws: Workspace, ca: str, count: int, revoked_every: int = 50, partitions: int = 0) -> None:
    """``count`` minimal certificate rows of ``ca`` (one in ``revoked_every`` revoked), by Core
    bulk insert: not timed."""
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    tag = secrets.token_hex(4)
    with ws.store.engine.begin() as conn:
        ca_id = conn.execute(select(CARecord.id).where(CARecord.name == ca)).scalar_one()
        for start in range(0, count, 50_000):
            rows = []
            for i in range(start, min(count, start + 50_000)):
                serial = x509.random_serial_number()
                rows.append(
                    {
                        "issuer_ca_id": ca_id,
                        "serial_hex": serial_to_hex(serial),
                        "subject": f"CN=bench-{tag}-{i}",
                        "common_name": f"bench-{tag}-{i}",
                        "profile": "bench-seed",
                        "key_type": "ec-p256",
                        "not_before": now,
                        "not_after": now + dt.timedelta(days=365),
                        "status": "revoked" if i % revoked_every == 0 else "valid",
                        "fingerprint_sha256": secrets.token_hex(32),
                        "der": b"",
                        "request_ref": None,
                        "created_at": now,
                        "crl_partition": serial % partitions if partitions else None,
                    }
                )
            conn.execute(insert(CertificateRecord), rows)
        revoked = conn.execute(
            select(CertificateRecord.id, CertificateRecord.serial_hex).where(
                CertificateRecord.issuer_ca_id == ca_id,
                CertificateRecord.status == "revoked",
                CertificateRecord.profile == "bench-seed",
            )
        ).all()
        for start in range(0, len(revoked), 50_000):
            conn.execute(
                insert(RevocationRecord),
                [
                    {
                        "certificate_id": cert_id,
                        "ca_id": ca_id,
                        "serial_hex": serial,
                        "revoked_at": now - dt.timedelta(seconds=i % 86_400),
                        "reason": ("unspecified", "key-compromise", "superseded")[i % 3],
                        "invalidity_date": None,
                        "released_at": None,
                    }
                    for i, (cert_id, serial) in enumerate(revoked[start : start + 50_000])
                ],
            )


def raw_presign(issuer: x509.Certificate, serials: Sequence[int]) -> float:
    """Seconds to build and sign one response per serial with cryptography alone."""
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    # The same issuer name, an in-memory key: what cryptography alone can do.
    issuer = (
        x509.CertificateBuilder()
        .subject_name(issuer.subject)
        .issuer_name(issuer.subject)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    names, keys = id_hashes(issuer)
    start = time.perf_counter()
    for serial, algorithm in ((s, a) for s in serials for a in PRESIGN_HASHES):
        builder = (
            ocsp.OCSPResponseBuilder()
            .add_response_by_hash(
                issuer_name_hash=names[algorithm],
                issuer_key_hash=keys[algorithm],
                serial_number=serial,
                algorithm=HASHES[algorithm],
                cert_status=ocsp.OCSPCertStatus.GOOD,
                this_update=now,
                next_update=now + dt.timedelta(hours=24),
                revocation_time=None,
                revocation_reason=None,
            )
            .responder_id(ocsp.OCSPResponderEncoding.HASH, issuer)
        )
        builder.sign(key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)
    return time.perf_counter() - start


def presign_part(tmp: Path, count: int, hsm_count: int, results: dict[str, Any]) -> None:
    ws = Workspace.init(tmp / "presign-ws", PASSPHRASE)
    try:
        api.create_root(ws, "root", "CN=Bench Root,O=Bench,C=SN", "ec-p384")
        api.create_sub(ws, "sw", "root", "CN=Bench SW Issuing,O=Bench,C=SN", "ec-p256")
        api.create_sub(ws, "hsm", "root", "CN=Bench HSM Issuing,O=Bench,C=SN", "ec-p256",
                       key_store=f"pkcs11:token={TOKEN_LABEL}")  # fmt: skip
        validation.presign(ws)  # the CA certificates: not part of the count
        log(f"seeding {count:,} + {hsm_count:,} certificates (not timed) ...")
        seed(ws, "sw", count)
        seed(ws, "hsm", hsm_count)
        issuer = api.ca_chain(ws, "sw")[0]
        with ws.store.reading() as session:
            serials = [int(s, 16) for s in session.execute(
                select(CertificateRecord.serial_hex).where(CertificateRecord.profile == "bench-seed")
            ).scalars()][:count]  # fmt: skip
        log(f"pre-signing {count:,} responses (software key) ...")
        start = time.perf_counter()
        done = validation.presign(ws, "sw").signed["sw"]
        ours = time.perf_counter() - start
        responses = count * len(PRESIGN_HASHES)  # one per certificate and CertID hash
        assert done == responses, done
        log(f"  {ours:.2f} s; raw cryptography loop ...")
        raw = raw_presign(issuer, serials)
        results["presign"] = {
            "count": count,
            "ours_s": round(ours, 3),
            "responses": responses,
            "ours_per_s": round(responses / ours),
            "raw_s": round(raw, 3),
            "raw_per_s": round(responses / raw),
            "ratio": round(raw / ours, 3),
            "target": 0.5,
        }
        log(f"pre-signing {hsm_count:,} responses on SoftHSM2 ...")
        start = time.perf_counter()
        done = validation.presign(ws, "hsm").signed["hsm"]
        hsm = time.perf_counter() - start
        hsm_responses = hsm_count * len(PRESIGN_HASHES)
        assert done == hsm_responses, done
        with ws.store.reading() as session:
            from idtoolkit.store.models import KeyRecord

            key_id = session.execute(
                select(KeyRecord.token_key_id).join(CARecord, CARecord.key_id == KeyRecord.id)
                .where(CARecord.name == "hsm")
            ).scalar_one()  # fmt: skip
        rates = token_sign_rates(ws, default_module_path() or "", bytes.fromhex(key_id), 2.0)
        results["hsm_presign"] = {
            "count": hsm_count,
            "ours_s": round(hsm, 3),
            "responses": hsm_responses,
            "ours_per_s": round(hsm_responses / hsm),
            "raw_softhsm_sign_per_s": round(rates["raw"]),
            "ratio": round(hsm_responses / hsm / rates["raw"], 3),
        }
    finally:
        ws.close()


def nginx_conf(prefix: Path, port: int, upstreams: list[int]) -> Path:
    import re

    text = NGINX_CONF.read_text().replace(
        "/var/cache/nginx/idtoolkit-validation", str(prefix / "cache")
    )
    servers = "".join(
        f"    server 127.0.0.1:{p} max_fails=1 fail_timeout=10s;\n" for p in upstreams
    )
    text = re.sub(r"(    server 127\.0\.0\.1:\d+ [^\n]*\n)+", servers, text, count=1)
    text = text.replace("listen 80;", f"listen 127.0.0.1:{port} backlog=4096;")
    (prefix / "site.conf").write_text(text)
    temp = prefix / "temp"
    user = "user root;" if os.geteuid() == 0 else ""
    main = prefix / "nginx.conf"
    main.write_text(
        f"{user}\nworker_processes 2;\npid {prefix}/nginx.pid;\nerror_log {prefix}/error.log;\n"
        "events { worker_connections 4096; }\n"
        f"http {{ access_log off; client_body_temp_path {temp}/b; proxy_temp_path {temp}/p;\n"
        f"fastcgi_temp_path {temp}/f; uwsgi_temp_path {temp}/u; scgi_temp_path {temp}/s;\n"
        f"include {prefix}/site.conf; }}\n"
    )
    return main


def http_part(
    tmp: Path, requests: int, concurrency: int, results: dict[str, Any], keepalive: bool = False
) -> None:
    pki = build_pki(tmp)  # ocsp_bench's: 4 certificates (pre-signed at issuance), openssl files
    good = next(c for c in pki.cases if c.label == "good")
    env = {
        k: v for k, v in os.environ.items() if k not in ("IDTOOLKIT_PASSPHRASE", "IDTOOLKIT_PIN")
    }
    processes: list[subprocess.Popen[bytes]] = []
    try:
        ports = [free_port(), free_port(), free_port()]
        for index, port in enumerate(ports):
            workers = "2" if index == 2 else "1"
            log(f"starting serve --validation-only on {port} (workers {workers}) ...")
            with open(tmp / f"va{index}.log", "wb") as out:
                process = subprocess.Popen(
                    [sys.executable, "-m", "idtoolkit.apps.cli.main", "--workspace", str(tmp / "ws"),
                     "serve", "--validation-only", "--port", str(port), "--workers", workers,
                     "--no-access-log", "--max-age", "60"],
                    env=env, stdout=subprocess.PIPE, stderr=out, start_new_session=True,
                )  # fmt: skip
            processes.append(process)
            wait_for_endpoints(process, tmp / f"va{index}.log")
        openssl_port = free_port()
        with open(tmp / "openssl.log", "wb") as out:
            theirs = subprocess.Popen(
                ["openssl", "ocsp", "-index", str(tmp / "index.txt"), "-port", str(openssl_port),
                 "-rsigner", str(tmp / "issuer.pem"), "-rkey", str(tmp / "issuer.key"),
                 "-CA", str(tmp / "issuer.pem")],
                stdout=subprocess.DEVNULL, stderr=out, start_new_session=True,
            )  # fmt: skip
        processes.append(theirs)
        wait_for_log(tmp / "openssl.log", "waiting for OCSP client connections", theirs)
        prefix = tmp / "nginx"
        (prefix / "temp").mkdir(parents=True)
        nginx_port = free_port()
        main = nginx_conf(prefix, nginx_port, ports[:2])
        nginx = subprocess.Popen(
            ["nginx", "-p", str(prefix), "-c", str(main), "-g", "daemon off;"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        )  # fmt: skip
        processes.append(nginx)
        time.sleep(1.0)
        import base64
        import urllib.parse
        import urllib.request

        encoded = urllib.parse.quote(base64.b64encode(good.der).decode(), safe="")
        get_url = f"http://127.0.0.1:{nginx_port}/ocsp/{CA_NAME}/{encoded}"
        with urllib.request.urlopen(get_url, timeout=10) as reply:  # warms the cache
            body = reply.read()
        response = ocsp.load_der_ocsp_response(body)
        assert response.certificate_status == ocsp.OCSPCertStatus.GOOD
        assert good.path is not None
        figures: dict[str, Any] = {}
        for label, runner in (
            ("openssl_ocsp", lambda: _ab(f"http://127.0.0.1:{openssl_port}/", requests, concurrency, keepalive, good.path)),
            ("nginx_cached_get", lambda: _ab(get_url, requests, concurrency, keepalive)),
            ("validation_only_post", lambda: _ab(f"http://127.0.0.1:{ports[2]}/ocsp/{CA_NAME}", requests, concurrency, keepalive, good.path)),
        ):  # fmt: skip
            log(f"ab -n {requests} -c {concurrency}: {label} ...")
            result = runner()
            figures[label] = {
                "req_per_s": round(result.rate),
                "complete": result.complete,
                # ab counts an answer whose length differs from the first as failed: signatures
                # vary in length, so those are not errors.
                "errors": result.failed - result.length_failures,
                "length_varied": result.length_failures,
                "non_2xx": result.non_2xx,
            }
        base = figures["openssl_ocsp"]["req_per_s"] or 1
        figures["nginx_over_openssl"] = round(figures["nginx_cached_get"]["req_per_s"] / base, 2)
        figures["validation_only_over_openssl"] = round(
            figures["validation_only_post"]["req_per_s"] / base, 2
        )
        figures["requests"], figures["concurrency"] = requests, concurrency
        figures["keepalive"] = keepalive
        results["http"] = figures
    finally:
        for process in processes:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, 15)
            process.wait(10)


def _ab(
    url: str, requests: int, concurrency: int, keepalive: bool, body: Path | None = None
) -> Any:
    import re
    from types import SimpleNamespace

    command = ["ab", "-q", "-r", "-n", str(requests), "-c", str(concurrency)]
    if keepalive:
        command.append("-k")
    if body is not None:
        command += ["-p", str(body), "-T", "application/ocsp-request"]
    result = subprocess.run([*command, url], capture_output=True, text=True, timeout=600)
    out = result.stdout
    if "Requests per second" not in out:
        raise SystemExit(f"ab failed:\n{out}\n{result.stderr}")

    def number(pattern: str) -> float:
        found = re.search(pattern, out)
        return float(found.group(1)) if found else 0.0

    return SimpleNamespace(
        rate=number(r"Requests per second:\s+([\d.]+)"),
        complete=int(number(r"Complete requests:\s+(\d+)")),
        failed=int(number(r"Failed requests:\s+(\d+)")),
        length_failures=int(number(r"Length: (\d+), Exceptions")),
        non_2xx=int(number(r"Non-2xx responses:\s+(\d+)")),
    )


def crl_part(tmp: Path, entries: int, size: int, results: dict[str, Any]) -> None:
    ws = Workspace.init(tmp / "crl-ws", PASSPHRASE)
    try:
        api.create_root(ws, "root", "CN=Bench Root,O=Bench,C=SN", "ec-p384")
        api.create_sub(ws, "issuing", "root", "CN=Bench Issuing,O=Bench,C=SN", "ec-p256")
        partitions = max(1, math.ceil(entries / size))
        validation.set_crl_partitions(ws, "issuing", partitions)
        log(f"seeding {entries:,} revocations in {partitions} partitions (not timed) ...")
        seed(ws, "issuing", entries, revoked_every=1, partitions=partitions)
        log("signing every partition CRL ...")
        start = time.perf_counter()
        infos = [api.make_crl(ws, "issuing", partition=p) for p in range(partitions)]
        elapsed = time.perf_counter() - start
        results["crl"] = {
            "revocations": entries,
            "partitions": partitions,
            "seconds_all_partitions": round(elapsed, 2),
            "per_partition": [
                {"partition": i.partition, "entries": i.entries, "bytes": len(i.der)} for i in infos
            ],
        }
        assert sum(i.entries for i in infos) == entries
    finally:
        ws.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--presign", type=int, default=100_000)
    parser.add_argument("--hsm-presign", type=int, default=5_000)
    parser.add_argument("--requests", "-n", type=int, default=20_000)
    parser.add_argument("--concurrency", "-c", type=int, default=4)
    parser.add_argument("--crl-entries", type=int, default=1_000_000)
    parser.add_argument("--partition-size", type=int, default=100_000)
    parser.add_argument("--skip-http", action="store_true", help="no nginx / ab / openssl part")
    parser.add_argument(
        "--parts",
        default="presign,http,crl",
        help="which parts to run, comma-separated (default: presign,http,crl)",
    )
    parser.add_argument(
        "--keepalive", "-k", action="store_true", help="ab -k (HTTP keep-alive) for every server"
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="idt-va-bench-"))
    results: dict[str, Any] = {
        "uptime": subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    }
    try:
        parts = set(args.parts.split(","))
        softhsm_env(tmp / "softhsm")
        if "presign" in parts:
            presign_part(tmp, args.presign, args.hsm_presign, results)
        if "http" in parts and not args.skip_http:
            http_dir = tmp / "http"
            http_dir.mkdir()
            http_part(http_dir, args.requests, args.concurrency, results, args.keepalive)
        if "crl" in parts:
            crl_part(tmp, args.crl_entries, args.partition_size, results)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        print_table(results)
    return 0


def print_table(r: dict[str, Any]) -> None:
    print(f"uptime: {r['uptime']}")
    if "presign" in r:
        p, h = r["presign"], r["hsm_presign"]
        print(f"pre-sign {p['count']:,} certificates, {p['responses']:,} responses (software): ours {p['ours_per_s']:,}/s, raw "
              f"{p['raw_per_s']:,}/s, ours/raw {p['ratio']} (target >= {p['target']})")  # fmt: skip
        print(f"pre-sign {h['responses']:,} responses (SoftHSM2): ours {h['ours_per_s']:,}/s, raw token sign "
              f"{h['raw_softhsm_sign_per_s']:,}/s, ratio {h['ratio']}")  # fmt: skip
    if "http" in r:
        x = r["http"]
        print(f"ab -n {x['requests']} -c {x['concurrency']}{' -k' if x['keepalive'] else ''}:")
        for label in ("openssl_ocsp", "nginx_cached_get", "validation_only_post"):
            f = x[label]
            print(f"  {label}: {f['req_per_s']:,} req/s ({f['complete']} complete, "
                  f"{f['errors']} errors, {f['non_2xx']} non-2xx, "
                  f"{f['length_varied']} of varying length)")  # fmt: skip
        print(f"  nginx / openssl {x['nginx_over_openssl']} (target >= 5); validation-only / "
              f"openssl {x['validation_only_over_openssl']} (target >= 1)")  # fmt: skip
    if "crl" in r:
        c = r["crl"]
        print(f"CRL: {c['revocations']:,} revocations in {c['partitions']} partitions, all "
              f"signed in {c['seconds_all_partitions']} s")  # fmt: skip
        for item in c["per_partition"]:
            print(f"  partition {item['partition']}: {item['entries']:,} entries, "
                  f"{item['bytes']:,} bytes")  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
