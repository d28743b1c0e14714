"""Which bulk job an output folder holds, so that a re-run resumes that job and nothing else.

A job used to be named after its CSV file: another ``citizens.csv`` in another folder then
looked like the first job resumed, its rows were skipped as "already issued earlier", and no
one on it got a credential. A job is now identified by what it is. Its first run records it in
its output folder (:data:`JOB_FILE`): the name given by the operator, or one derived from the
content of its rows and the output folder, with the CA, the profile and the source it reads.
A re-run into that folder resumes that job, and only it:

- another job into a folder that holds one is refused (its PIN letters, manifest and report
  would replace the first job's);
- a job name whose certificates were delivered into another folder is refused by the caller
  (its rows would be skipped here and delivered nowhere), see :func:`holds_deliverables`.

A folder written by an older version has no :data:`JOB_FILE` but a ``report.json`` naming its
job: that name is adopted, so an old job still resumes.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from idtoolkit.errors import InputError
from idtoolkit.files import write_atomic

JOB_FILE = "job.json"
#: Characters a derived name keeps from its source's name; the rest become ``_``.
_NAME_CHARS = re.compile(r"[^A-Za-z0-9_.-]")
#: Longest job name: it prefixes every row's request reference in the store.
MAX_JOB_NAME = 60


@dataclass(frozen=True)
class JobIdentity:
    name: str
    ca: str
    profile: str
    #: The CSV file or CSR folder the job reads (resolved path).
    source: str


def digest_of_file(path: Path) -> str:
    """The content hash of a CSV (its rows)."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return hashlib.sha256(str(path).encode()).hexdigest()  # read_rows says why


def digest_of_files(files: Iterable[tuple[str, bytes | None]]) -> str:
    """The content hash of a folder of CSRs: each file's name and bytes (None: a file that
    could not be read, reported as a bad row). The job reads each file once and hashes the
    bytes it goes on to check."""
    digest = hashlib.sha256()
    for name, data in files:
        digest.update(name.encode("utf-8", "surrogatepass") + b"\0")
        if data is not None:
            digest.update(hashlib.sha256(data).digest())
    return digest.hexdigest()


def check_job_name(name: str) -> str:
    """A job name an operator gives: it must not be able to pass for another job's prefix."""
    if (
        not name
        or len(name) > MAX_JOB_NAME
        or ":" in name
        or any(ord(c) < 32 or ord(c) == 127 for c in name)
    ):
        raise InputError(
            "bulk.job_name_invalid",
            "job name {name!r} must be 1 to {limit} characters, without ':' or control characters",
            name=name,
            limit=MAX_JOB_NAME,
        )
    return name


def derived_name(source: Path, content_digest: str, out_dir: Path) -> str:
    """The source's name (readable) and a hash of the rows' content and the output folder
    (unique): the same rows into another folder, or other rows into one, are other jobs."""
    stem = _NAME_CHARS.sub("_", source.stem or source.name)[:24] or "job"
    where = str(out_dir.resolve()).encode("utf-8", "surrogatepass")
    tag = hashlib.sha256(content_digest.encode() + b"\0" + where).hexdigest()[:12]
    return f"{stem}-{tag}"


def recorded_job(out_dir: Path) -> JobIdentity | None:
    """The job the folder holds, if any (from :data:`JOB_FILE`, else an older ``report.json``)."""
    path = out_dir / JOB_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return JobIdentity(
            str(data["name"]), str(data["ca"]), str(data["profile"]), str(data["source"])
        )
    except FileNotFoundError:
        pass
    except (OSError, ValueError, KeyError, TypeError):
        raise InputError(
            "bulk.job_file_damaged",
            "{path} is damaged: it names the bulk job this folder holds; restore it, or write "
            "this job into another folder",
            path=path,
        ) from None
    try:
        legacy = json.loads((out_dir / "report.json").read_text(encoding="utf-8"))
        name = legacy["job"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return JobIdentity(str(name), "", "", "") if isinstance(name, str) and name else None


def bind_job(
    out_dir: Path,
    source: Path,
    *,
    explicit: str | None,
    ca: str,
    profile: str,
    content_digest: str,
) -> tuple[JobIdentity, bool]:
    """The job this run is, and whether it is new to ``out_dir``. Nothing is written yet
    (:func:`record_job` does, once the folder exists); a folder holding another job is
    refused here, before anything is issued."""
    if explicit is not None:
        check_job_name(explicit)
    here = str(source.resolve())
    recorded = recorded_job(out_dir)
    if recorded is None:
        name = explicit or derived_name(source, content_digest, out_dir)
        return JobIdentity(name, ca, profile, here), True
    legacy = not recorded.source
    other_source = not legacy and recorded.source != here and explicit is None
    if (explicit is not None and explicit != recorded.name) or other_source:
        raise InputError(
            "bulk.output_holds_another_job",
            "{out} holds the bulk job {job!r} (rows from {source}); nothing was issued: write "
            "this job into another folder, or name that job to add these rows to it",
            out=out_dir,
            job=recorded.name,
            source=recorded.source or "an earlier run",
        )
    if not legacy and (recorded.ca, recorded.profile) != (ca, profile):
        raise InputError(
            "bulk.output_job_differs",
            "{out} holds the bulk job {job!r} of CA {ca!r} with profile {profile!r}; nothing "
            "was issued: resume it with that CA and profile, or write this job into another "
            "folder",
            out=out_dir,
            job=recorded.name,
            ca=recorded.ca,
            profile=recorded.profile,
        )
    if legacy:
        return JobIdentity(recorded.name, ca, profile, here), True
    return JobIdentity(recorded.name, ca, profile, recorded.source), False


def record_job(out_dir: Path, identity: JobIdentity) -> None:
    """Record the job in its folder before anything is issued into it."""
    write_atomic(
        out_dir / JOB_FILE,
        json.dumps(asdict(identity), indent=1, ensure_ascii=False).encode(),
        secret=True,
    )


def refuse_job_elsewhere(job: str, issued: int, out_dir: Path) -> None:
    """A job new to this folder that already issued credentials delivered them elsewhere:
    resuming it here would skip those rows and deliver them nowhere."""
    raise InputError(
        "bulk.job_elsewhere",
        "job {job!r} already issued {count} credential(s) into another folder (or its folder "
        "was deleted), not into {out}; nothing was issued: resume it in its own folder, or "
        "give this job another name",
        job=job,
        count=issued,
        out=out_dir,
    )
