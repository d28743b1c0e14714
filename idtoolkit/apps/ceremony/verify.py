"""``ceremony verify``: the transcript's chain, every output's hash, completion, and the role
quorum of the participants' signatures. Every problem found is reported, each naming what
failed; the ceremony verifies only when there is none."""

from __future__ import annotations

import contextlib
import hashlib
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509

from idtoolkit.api.files import loads_toml
from idtoolkit.apps.ceremony.runner import SCRIPT_COPY
from idtoolkit.apps.ceremony.script import Script, parse_script
from idtoolkit.apps.ceremony.signatures import RoleSignature, check_signatures, quorum_problems
from idtoolkit.apps.ceremony.transcript import TRANSCRIPT, read_transcript
from idtoolkit.errors import InputError

REHEARSAL_DIR = "rehearsal"
PARTICIPANTS_CA = "participants-ca.pem"


@dataclass
class CeremonyReport:
    ceremony: str
    mode: str
    steps: int
    outputs: int
    signatures: list[RoleSignature] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    #: Backup shares not in the folder: their custodians took them away, as they should.
    shares_absent: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def load_ceremony_script(directory: Path) -> Script:
    path = directory / SCRIPT_COPY
    try:
        data = path.read_bytes()
        doc = loads_toml(data.decode("utf-8"))
    except FileNotFoundError:
        raise InputError(
            "ceremony.no_script_copy",
            "{directory} holds no ceremony ({script_copy} is missing)",
            directory=directory,
            script_copy=SCRIPT_COPY,
        ) from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InputError(
            "ceremony.cannot_read_output", "{path} cannot be read: {exc}", path=path, exc=exc
        ) from None
    return parse_script(doc, path, hashlib.sha256(data).hexdigest())


def share_files(script: Script) -> set[str]:
    """The key-backup shares the script hands out. Each custodian takes theirs away after the
    ceremony, so a share absent from the folder is expected; one present must still be the
    share the transcript recorded."""
    return {name for step in script.steps for name in step.backup_shares()}


def verify_ceremony(directory: Path, trust: list[x509.Certificate]) -> CeremonyReport:
    if not (directory / TRANSCRIPT).exists():
        raise InputError(
            "ceremony.no_transcript",
            "{directory} holds no {transcript}",
            directory=directory,
            transcript=TRANSCRIPT,
        )
    transcript = read_transcript(directory / TRANSCRIPT)  # chain errors name the line
    if not transcript.entries:
        raise InputError(
            "ceremony.transcript_empty", "{path} is empty", path=directory / TRANSCRIPT
        )
    first = transcript.entries[0]
    script = load_ceremony_script(directory)
    mode = str(first.get("mode", "run"))
    report = CeremonyReport(
        str(first.get("ceremony")),
        mode,
        len(transcript.completed_steps()),
        len(transcript.outputs()),
    )
    if first.get("event") != "ceremony.started":
        report.problems.append(f"{TRANSCRIPT} line 1 is not the start of a ceremony")
    if first.get("script_sha256") != script.sha256:
        report.problems.append(
            f"{SCRIPT_COPY} is not the script the ceremony ran (SHA-256 differs from the transcript)"
        )
    shares = share_files(script)
    for name, digest in transcript.outputs().items():
        path = directory / name
        if not path.exists():
            if name in shares:
                report.shares_absent.append(name)
            else:
                report.problems.append(f"output {name} is missing")
        elif hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            report.problems.append(
                f"output {name} was changed after the ceremony (its SHA-256 differs from the transcript)"
            )
    missing = [s.id for s in script.steps if s.id not in transcript.completed_steps()]
    if missing:
        report.problems.append(f"the ceremony is not complete: step {missing[0]} was not performed")
    elif not transcript.finished:
        report.problems.append("the transcript does not record the end of the ceremony")
    anchors = list(trust)
    # Participants may hold role certificates issued by the root the ceremony created (CA/B
    # BR 6.1.7 allows a root to sign those): its certificate, as recorded, is an anchor too.
    for step in script.steps:
        if step.action == "create_root" and step.id in transcript.completed_steps():
            path = directory / step.outputs()[0]
            if path.exists():
                with contextlib.suppress(ValueError):  # a damaged output is reported above
                    anchors.append(x509.load_pem_x509_certificate(path.read_bytes()))
    if mode == "rehearsal":
        ca_file = directory / REHEARSAL_DIR / PARTICIPANTS_CA
        if ca_file.exists():
            anchors.append(x509.load_pem_x509_certificate(ca_file.read_bytes()))
    if not anchors:
        report.problems.append(
            "no trust anchor for the participants' certificates: give it with --root"
        )
        return report
    report.signatures = check_signatures(directory, anchors)
    report.problems += quorum_problems(script, report.signatures)
    return report
