"""A write call's parameters as canonical JSON, and back: what an approval request stores,
what approvers see and sign (its SHA-256), and exactly what runs once it is approved.

Plain values stay plain; paths, bytes, times, CSRs and certificates are tagged objects. A
file named by a path is kept with its SHA-256, so a file changed after the request is a
changed request, never silently executed. Secrets (passwords, PINs) are never stored: the
request records that one is needed (``{"$secret": name}``) and the last approver gives it
when the action runs. Callbacks cannot be stored: such a call cannot wait for approval.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from idtoolkit.audit_chain import canonical_json
from idtoolkit.errors import AuthorizationError, InputError

_SECRET = re.compile("passphrase|password|pin|secret|private", re.IGNORECASE)


def _file_digest(path: Path) -> str | None:
    try:
        if path.is_file():
            return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None
    return None


def _encode(name: str, value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, Path):
        return {"$path": str(value.resolve()), "sha256": _file_digest(value)}
    if isinstance(value, bytes):
        return {"$bytes": base64.b64encode(value).decode()}
    if isinstance(value, dt.datetime):
        return {"$time": value.isoformat()}
    if isinstance(value, x509.CertificateSigningRequest):
        return {"$csr": base64.b64encode(value.public_bytes(Encoding.DER)).decode()}
    if isinstance(value, x509.Certificate):
        return {"$cert": base64.b64encode(value.public_bytes(Encoding.DER)).decode()}
    if isinstance(value, (list, tuple)):
        return [_encode(name, v) for v in value]
    if isinstance(value, dict) and all(isinstance(k, str) for k in value):
        return {"$dict": {k: _encode(name, v) for k, v in value.items()}}
    raise InputError(
        "approval.parameter_not_storable",
        "the parameter {parameter} cannot be stored in an approval request",
        parameter=name,
    )


def encode_parameters(function: str, arguments: dict[str, Any]) -> str:
    """Canonical JSON of a call: ``{"function": ..., "arguments": {...}}``."""
    encoded: dict[str, Any] = {}
    for name, value in arguments.items():
        if _SECRET.search(name) and value is not None:
            if not isinstance(value, bytes):
                raise InputError(
                    "approval.secret_parameter",
                    "this action waits for approval, and approval requests never store "
                    "secrets such as {parameter}",
                    parameter=name,
                )
            encoded[name] = {"$secret": name}  # given by the last approver, never stored
            continue
        encoded[name] = _encode(name, value)
    return canonical_json({"function": function, "arguments": encoded})


def parameters_hash(parameters: str) -> str:
    return hashlib.sha256(parameters.encode()).hexdigest()


def _decode(value: Any, request_id: int, secrets: Mapping[str, bytes]) -> Any:
    if isinstance(value, list):
        return [_decode(v, request_id, secrets) for v in value]
    if not isinstance(value, dict):
        return value
    if "$secret" in value:
        name = str(value["$secret"])
        if name not in secrets:
            raise InputError(
                "approval.secret_needed",
                "request {request} runs with the secret {parameter}, which the last approver gives",
                request=request_id,
                parameter=name,
            )
        return secrets[name]
    if "$path" in value:
        path = Path(value["$path"])
        if _file_digest(path) != value.get("sha256"):
            raise AuthorizationError(
                "approval.file_changed",
                "request {request}: the file {path} changed since it was requested",
                request=request_id,
                path=str(path),
            )
        return path
    if "$bytes" in value:
        return base64.b64decode(value["$bytes"])
    if "$time" in value:
        return dt.datetime.fromisoformat(value["$time"])
    if "$csr" in value:
        return x509.load_der_x509_csr(base64.b64decode(value["$csr"]))
    if "$cert" in value:
        return x509.load_der_x509_certificate(base64.b64decode(value["$cert"]))
    if "$dict" in value:
        return {k: _decode(v, request_id, secrets) for k, v in value["$dict"].items()}
    return value


def decode_parameters(
    parameters: str, request_id: int, secrets: Mapping[str, bytes] | None = None
) -> tuple[str, dict[str, Any]]:
    data = json.loads(parameters)
    given = secrets or {}
    arguments = {k: _decode(v, request_id, given) for k, v in data["arguments"].items()}
    return str(data["function"]), arguments


def secret_names(parameters: str) -> tuple[str, ...]:
    """The secrets the last approver must give for the request to run."""
    arguments = readable_parameters(parameters)
    return tuple(name for name, v in arguments.items() if isinstance(v, dict) and "$secret" in v)


def readable_parameters(parameters: str) -> dict[str, Any]:
    """The stored arguments as an approver reads them (tags kept: they are exact)."""
    data = json.loads(parameters)
    arguments = data.get("arguments", {})
    return dict(arguments) if isinstance(arguments, dict) else {}
