"""The ceremony transcript: one JSON object per line, each line's hash covering the previous
line's hash, so a removed, inserted, swapped or edited line breaks the chain at that line.

The transcript is also the run's state: a resumed run reads which steps completed from it.
Lines are appended with fsync, and a line is whole or absent (a partial last line left by a
kill is cut off and reported when the run resumes).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from idtoolkit.api.audit import canonical_json
from idtoolkit.api.inputs import os_reason
from idtoolkit.errors import InputError

TRANSCRIPT = "transcript.jsonl"
GENESIS = "0" * 64


class TranscriptError(InputError):
    """The transcript does not hold together (edited, reordered or truncated)."""


def line_hash(entry: dict[str, Any]) -> str:
    body = {k: v for k, v in entry.items() if k != "hash"}
    return hashlib.sha256(canonical_json(body).encode()).hexdigest()


def now_text() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


@dataclass
class Transcript:
    path: Path
    entries: list[dict[str, Any]]

    @property
    def head(self) -> str:
        return str(self.entries[-1]["hash"]) if self.entries else GENESIS

    def append(self, event: str, **fields: Any) -> dict[str, Any]:
        entry: dict[str, Any] = {
            "seq": len(self.entries) + 1,
            "prev": self.head,
            "at": now_text(),
            "event": event,
            **fields,
        }
        entry["hash"] = line_hash(entry)
        line = (canonical_json(entry) + "\n").encode()
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        try:
            os.write(fd, line)
            os.fsync(fd)
        finally:
            os.close(fd)
        self.entries.append(entry)
        return entry

    def completed_steps(self) -> dict[str, dict[str, Any]]:
        return {str(e["step"]): e for e in self.entries if e["event"] == "step.completed"}

    def started_steps(self) -> set[str]:
        return {str(e["step"]) for e in self.entries if e["event"] == "step.started"}

    def outputs(self) -> dict[str, str]:
        files: dict[str, str] = {}
        for entry in self.entries:
            files.update(entry.get("outputs", {}))
        return files

    @property
    def finished(self) -> bool:
        return bool(self.entries) and self.entries[-1]["event"] == "ceremony.completed"


def read_transcript(path: Path, repair_tail: bool = False) -> Transcript:
    """Parse and check the chain; with ``repair_tail`` a torn last line (a kill during the
    write) is cut off, anything else that does not hold together is an error naming the line."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Transcript(path, [])
    except OSError as exc:
        raise TranscriptError(
            "ceremony.cannot_read_script",
            "cannot read {path}: {strerror}",
            path=path,
            strerror=os_reason(exc),
        ) from None
    lines = raw.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    elif lines and repair_tail:
        good = len(raw) - len(lines.pop())
        with path.open("r+b") as handle:
            handle.truncate(good)
    entries: list[dict[str, Any]] = []
    prev = GENESIS
    for number, line in enumerate(lines, 1):
        where = f"{path.name} line {number}"
        try:
            entry = json.loads(line)
        except ValueError:
            raise TranscriptError(
                "ceremony.transcript_not_json",
                "{where} is not JSON (the transcript was damaged)",
                where=where,
            ) from None
        if not isinstance(entry, dict) or "hash" not in entry:
            raise TranscriptError(
                "ceremony.transcript_bad_entry", "{where} is not a transcript entry", where=where
            )
        if entry.get("seq") != number:
            raise TranscriptError(
                "ceremony.transcript_out_of_sequence",
                "{where} has sequence number {sequence}: lines were swapped, removed or inserted",
                where=where,
                sequence=entry.get("seq"),
            )
        if entry.get("prev") != prev:
            raise TranscriptError(
                "ceremony.transcript_chain_broken",
                "{where} does not follow line {previous_line} (chain broken)",
                where=where,
                previous_line=number - 1,
            )
        if line_hash(entry) != entry["hash"]:
            raise TranscriptError(
                "ceremony.transcript_entry_edited",
                "{where} was edited (its hash does not match its content)",
                where=where,
            )
        prev = str(entry["hash"])
        entries.append(entry)
    return Transcript(path, entries)
