"""A small seeded mutator for the fuzz targets: byte and ASN.1-aware mutations of valid
inputs, reproducible from (seed, index). The count per target scales with
$IDTOOLKIT_FUZZ_SCALE (1 in ``make test``, larger in ``make fuzz``)."""

from __future__ import annotations

import os
import random
from collections.abc import Iterator, Sequence

SEED = int(os.environ.get("IDTOOLKIT_FUZZ_SEED", "20261128"))
SCALE = float(os.environ.get("IDTOOLKIT_FUZZ_SCALE", "1"))

_INTERESTING = [
    b"\x00",
    b"\xff",
    b"\x80",
    b"\x7f",
    b"\x81\x80",
    b"\x84\xff\xff\xff\xff",
    b"\x02\x01\xff",
]
# Universal tags an ASN.1 field may be swapped to: the "unexpected type" cases.
_TAGS = [
    0x01,
    0x02,
    0x03,
    0x04,
    0x05,
    0x06,
    0x0A,
    0x0C,
    0x13,
    0x16,
    0x17,
    0x18,
    0x30,
    0x31,
    0xA0,
    0xA3,
]


def count(base: int) -> int:
    return max(1, int(base * SCALE))


def _tlv_offsets(data: bytes) -> list[int]:
    """Offsets that look like the start of a DER TLV (a tag followed by a plausible length)."""
    offsets = []
    for i in range(len(data) - 1):
        length = data[i + 1]
        if data[i] in _TAGS and (
            (length < 0x80 and i + 2 + length <= len(data)) or length in (0x81, 0x82)
        ):
            offsets.append(i)
    return offsets


def mutate(data: bytes, rng: random.Random) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        if not buf:
            buf += rng.randbytes(rng.randint(1, 8))
            continue
        op = rng.randrange(9)
        at = rng.randrange(len(buf))
        if op == 0:
            buf[at] ^= 1 << rng.randrange(8)
        elif op == 1:
            buf[at] = rng.randrange(256)
        elif op == 2:
            del buf[at : at + rng.randint(1, 16)]
        elif op == 3:
            buf[at:at] = rng.choice(_INTERESTING)
        elif op == 4:
            buf = buf[: rng.randrange(len(buf) + 1)]
        elif op == 5:  # swap an element's type
            tlvs = _tlv_offsets(bytes(buf))
            if tlvs:
                buf[rng.choice(tlvs)] = rng.choice(_TAGS)
        elif op == 6:  # lengthen or shorten an element's length
            tlvs = _tlv_offsets(bytes(buf))
            if tlvs:
                i = rng.choice(tlvs) + 1
                if buf[i] < 0x80:
                    buf[i] = max(0, min(0x7F, buf[i] + rng.choice((-2, -1, 1, 2))))
        elif op == 7:  # duplicate a chunk
            chunk = buf[at : at + rng.randint(1, 32)]
            buf[at:at] = chunk
        else:
            buf[at:at] = rng.randbytes(rng.randint(1, 8))
    return bytes(buf)


def cases(name: str, seeds: Sequence[bytes], base: int) -> Iterator[tuple[int, bytes]]:
    """``count(base)`` mutated inputs from ``seeds``, plus the seeds themselves first."""
    rng = random.Random(f"{SEED}:{name}")
    yield from enumerate(seeds)
    for index in range(len(seeds), len(seeds) + count(base)):
        yield index, mutate(rng.choice(seeds), rng)
