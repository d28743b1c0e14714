"""Static publication: every CA certificate and current CRL written to a folder, for any web
server, object store or CDN to serve at the same paths ``serve`` answers (``ca/NAME.crt``,
``crl/NAME.crl``, ``crl/NAME-delta.crl``, ``crl/NAME-pK.crl``), with ``index.json`` listing them.

Only what changed is rewritten (a CDN then purges only that), each file through a temporary
name and a rename, so a web server never serves half a CRL. A folder that cannot be written (no
permission, a full disk) is one clear error, and the files already there stay as they were.
Reads the store only: a validation-only server can keep a folder current too.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives import serialization

from idtoolkit.ca.crl import CRLInfo, crl_partitions, latest_crl
from idtoolkit.ca.info import ca_certificate
from idtoolkit.errors import IDToolkitError
from idtoolkit.files import write_atomic
from idtoolkit.store.cas import cas_with_certificate
from idtoolkit.workspace import Workspace

log = logging.getLogger("idtoolkit.publish")

INDEX = "index.json"


@dataclass
class Publication:
    """What one publication wrote and left alone."""

    folder: Path
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    #: CRLs not published because they are past their nextUpdate (re-sign them where the key is).
    expired: list[str] = field(default_factory=list)


def _files(
    ws: Workspace, now: dt.datetime
) -> tuple[dict[str, bytes], list[dict[str, object]], list[str]]:
    files: dict[str, bytes] = {}
    entries: list[dict[str, object]] = []
    expired: list[str] = []
    with ws.store.reading() as session:
        cas = [(ca.name, ca_certificate(ca)) for ca in cas_with_certificate(session)]
    for name, cert in sorted(cas, key=lambda pair: pair[0]):
        der = cert.public_bytes(serialization.Encoding.DER)
        path = f"ca/{name}.crt"
        files[path] = der
        entries.append(
            {
                "path": path,
                "kind": "ca",
                "ca": name,
                "not_after": cert.not_valid_after_utc.isoformat(),
            }
        )
        scopes: list[tuple[str, bool, int | None]] = [
            (f"crl/{name}.crl", False, None),
            (f"crl/{name}-delta.crl", True, None),
        ]
        scopes += [(f"crl/{name}-p{p}.crl", False, p) for p in crl_partitions(ws, name)]
        for crl_path, delta, partition in scopes:
            info = latest_crl(ws, name, delta=delta, partition=partition)
            if info is None:
                continue
            if _aware(info.next_update) <= now:
                expired.append(crl_path)
                continue
            files[crl_path] = info.der
            entries.append(_crl_entry(crl_path, info))
    return files, entries, expired


def _crl_entry(path: str, info: CRLInfo) -> dict[str, object]:
    return {
        "path": path,
        "kind": "delta-crl" if info.is_delta else "crl",
        "ca": info.ca,
        "number": info.number,
        "partition": info.partition,
        "entries": info.entries,
        "this_update": _aware(info.this_update).isoformat(),
        "next_update": _aware(info.next_update).isoformat(),
    }


def publish(ws: Workspace, folder: Path, now: dt.datetime | None = None) -> Publication:
    """Write every CA certificate and current CRL under ``folder``, and ``index.json``."""
    now = now or dt.datetime.now(dt.UTC)
    folder = folder.expanduser()
    files, entries, expired = _files(ws, now)
    for entry in entries:
        entry["sha256"] = hashlib.sha256(files[str(entry["path"])]).hexdigest()
        entry["size"] = len(files[str(entry["path"])])
    files[INDEX] = (json.dumps({"files": entries}, indent=2, sort_keys=True) + "\n").encode()
    result = Publication(folder, expired=expired)
    for path in expired:
        log.warning("%s is past its nextUpdate: not published (re-sign it where the key is)", path)
    for relative, data in files.items():  # the index last: it names only what is there
        target = folder / relative
        if _same(target, data):
            result.unchanged.append(relative)
            continue
        _write(folder, target, data)
        result.written.append(relative)
    return result


def _same(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def _write(folder: Path, target: Path, data: bytes) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, data, secret=False)
    except OSError as exc:
        reason = (
            "the disk is full"
            if exc.errno in (errno.ENOSPC, errno.EDQUOT)
            else (exc.strerror or str(exc))
        )
        raise IDToolkitError(
            "publish.cannot_write",
            "cannot publish to {folder}: {reason} (writing {path}); no file was half-written",
            folder=str(folder),
            reason=reason,
            path=str(target),
        ) from None


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)
