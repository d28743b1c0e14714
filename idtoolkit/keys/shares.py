"""Key shares: Shamir's M-of-N split of a 32-byte key, and the paper form of each share.

Two features build on them: the M-of-N backup of a CA key (``idtoolkit.ca.backup_shares``)
and the dual control of a software CA key's activation (``idtoolkit.keys.activation``). Each
share is a text block for paper with a checksum, so a mistyped or damaged share is named
instead of silently yielding a wrong key.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from idtoolkit.errors import InputError

SHARE_BEGIN = "-----BEGIN IDTOOLKIT KEY SHARE-----"
SHARE_END = "-----END IDTOOLKIT KEY SHARE-----"


@dataclass(frozen=True)
class Share:
    index: int
    data: bytes  # 32 bytes: the shares of both 16-byte halves at this index
    backup_id: str
    ca: str
    threshold: int
    count: int
    source: str = ""
    #: What M shares do: ``restore`` a key backup (``ca backup split``) or ``activate`` a key
    #: under dual control (``ca key-activation``). Said on the paper; not in the checksum.
    purpose: str = "restore"


def split_secret(secret: bytes, threshold: int, count: int) -> list[tuple[int, bytes]]:
    """Shamir over GF(2^128) from pycryptodome, on each 16-byte half with the same indices."""
    from Crypto.Protocol.SecretSharing import Shamir

    if len(secret) != 32:
        raise InputError("backup.key_length", "the backup key must be 32 bytes")
    if not 2 <= threshold <= count <= 255:
        raise InputError(
            "backup.bad_threshold",
            "threshold {threshold} of {count} shares: need 2 ≤ threshold ≤ shares ≤ 255",
            threshold=threshold,
            count=count,
        )
    first = Shamir.split(threshold, count, secret[:16])
    second = Shamir.split(threshold, count, secret[16:])
    return [(i, a + b) for (i, a), (j, b) in zip(first, second, strict=True) if i == j]


def combine_secret(shares: list[tuple[int, bytes]]) -> bytes:
    from Crypto.Protocol.SecretSharing import Shamir

    first = Shamir.combine([(i, d[:16]) for i, d in shares])
    second = Shamir.combine([(i, d[16:]) for i, d in shares])
    return bytes(first) + bytes(second)


def _checksum(fields: list[str]) -> str:
    return hashlib.sha256("\n".join(fields).encode()).hexdigest()[:16].upper()


def share_text(share: Share, rehearsal: bool = False) -> str:
    hex_data = share.data.hex().upper()
    groups = " ".join(hex_data[i : i + 4] for i in range(0, len(hex_data), 4))
    fields = [
        share.backup_id,
        share.ca,
        str(share.index),
        str(share.threshold),
        str(share.count),
        hex_data,
    ]
    lines = [
        SHARE_BEGIN,
        *(["REHEARSAL: not a real key share"] if rehearsal else []),
        f"CA: {share.ca}",
        f"Backup: {share.backup_id}",
        f"Share: {share.index} of {share.count} ({share.threshold} needed to {share.purpose})",
        f"Data: {groups}",
        f"Checksum: {_checksum(fields)}",
        SHARE_END,
    ]
    return "\n".join(lines) + "\n"


_SHARE_LINE = re.compile(r"^(CA|Backup|Share|Data|Checksum): ?(.*)$")


def parse_share(text: str, source: str) -> Share:
    """Read a share block; any typo, change or truncation is reported with the file's name."""
    if SHARE_BEGIN not in text or SHARE_END not in text:
        raise InputError(
            "backup.share_not_recognised",
            "share {source}: not an ID Toolkit key share (no BEGIN/END lines)",
            source=source,
        )
    body = text.split(SHARE_BEGIN, 1)[1].split(SHARE_END, 1)[0]
    values: dict[str, str] = {}
    for line in body.splitlines():
        match = _SHARE_LINE.match(line.strip())
        if match:
            values[match.group(1)] = match.group(2).strip()
    missing = [k for k in ("CA", "Backup", "Share", "Data", "Checksum") if k not in values]
    if missing:
        raise InputError(
            "backup.share_line_missing",
            "share {source}: the {line} line is missing",
            source=source,
            line=missing[0],
        )
    share_match = re.fullmatch(
        r"(\d{1,3}) of (\d{1,3}) \((\d{1,3}) needed to (restore|activate)\)", values["Share"]
    )
    if share_match is None:
        raise InputError(
            "backup.share_line_damaged",
            "share {source}: the Share line is damaged",
            source=source,
        )
    index, count, threshold = (int(g) for g in share_match.groups()[:3])
    hex_data = re.sub(r"\s", "", values["Data"]).upper()
    fields = [values["Backup"], values["CA"], str(index), str(threshold), str(count), hex_data]
    if _checksum(fields) != values["Checksum"].upper():
        raise InputError(
            "backup.share_checksum_mismatch",
            "share {source} is corrupted: its checksum does not match (a mistyped or changed character); use another share",
            source=source,
        )
    try:
        data = bytes.fromhex(hex_data)
    except ValueError:
        raise InputError(
            "backup.share_data_not_hex",
            "share {source}: the Data line is not hexadecimal",
            source=source,
        ) from None
    if len(data) != 32:
        raise InputError(
            "backup.share_data_wrong_length",
            "share {source}: the Data line has the wrong length",
            source=source,
        )
    return Share(
        index, data, values["Backup"], values["CA"], threshold, count, source, share_match[4]
    )
