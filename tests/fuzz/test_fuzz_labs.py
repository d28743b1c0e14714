"""Lab packs a trainer edits: mutated (bytes, and values swapped for other types and
ranges), each pack is refused in one line by ``lab validate`` or, once it validates, runs:
its set-up steps, solutions and checks, on a workspace of its own, end with a result or
one of our own errors, never an internal error (issue 26: values of the wrong type passed
validation and stopped ``check``/``grade``/``solve`` with exit 3)."""

from __future__ import annotations

import random
import re
from pathlib import Path

from idtoolkit.api.workspace import Workspace
from idtoolkit.apps.labs.actions import StepContext, run_step
from idtoolkit.apps.labs.checks import CheckContext, run_check
from idtoolkit.apps.labs.pack import Pack, parse_pack
from idtoolkit.apps.labs.values import student_values
from idtoolkit.errors import IDToolkitError

from .mutate import SEED, cases, count

PACKS = Path(__file__).resolve().parents[2] / "idtoolkit" / "apps" / "labs" / "packs"
#: What a trainer's typo or a hostile pack puts where a value belongs.
VALUES = [
    '"two"', "1000000000000", "-1", "0", "[]", '["a"]', "[1, 2]", "true", "1.5", "{ a = 1 }",
    '""', '"{seed4}"', '"CN="', '"../../x"', '"ec-p999"', '"B-T"', '"revoked"', '"ca"',
    "99999", '"x\\u0000y"', '"1970-01-01"', "1970-01-01T00:00:00Z",
]  # fmt: skip
LINE = re.compile(rb"^([a-z_]+(?:\.[a-z]+)?) = (?!\"\"\").*$", re.MULTILINE)


def _swap_values(text: bytes, rng: random.Random) -> bytes:
    lines = list(LINE.finditer(text))
    for _ in range(rng.choice((1, 1, 2))):
        match = rng.choice(lines)
        value = rng.choice(VALUES).encode()
        text = text[: match.start()] + match.group(1) + b" = " + value + text[match.end() :]
        lines = list(LINE.finditer(text))
    return text


def _run(pack: Pack, folder: Path) -> None:
    """Everything a class does with a pack, on one software workspace (no tokens, no
    services: those steps must fail in words too)."""
    ws = Workspace.init(folder, b"fuzz passphrase of a lab", generated_passphrase=True)
    try:
        values = student_values(b"k" * 32, "fz", "Fuzz", 1, pack.tokens)
        work = folder / "work"
        work.mkdir()
        steps = StepContext(ws, values, work, lambda: None)
        checks = CheckContext(ws, values, work, pack.languages[0])
        for step in [*pack.setup, *(s for e in pack.exercises for s in e.solve)]:
            try:
                run_step(steps, step)
            except IDToolkitError as exc:
                assert "\n" not in str(exc).strip(), str(exc)
        for exercise in pack.exercises:
            for check in exercise.checks:
                run_check(checks, exercise.id, check)
    finally:
        ws.close()


def test_fuzzed_lab_packs_are_refused_in_words_or_run(tmp_path: Path) -> None:
    seeds = [p.read_bytes() for p in sorted(PACKS.glob("*.toml"))]
    rng = random.Random(f"{SEED}:lab-values")
    inputs = [data for _, data in cases("lab-pack", seeds, 150)]
    swapped = [
        _swap_values(rng.choice(seeds), rng) for _ in range(min(count(15), 80))
    ]  # ~3 s a run
    internal, ran = [], 0
    for index, data in enumerate(inputs + swapped):
        try:
            pack = parse_pack(data.decode("utf-8", "replace"), "p.toml")
        except IDToolkitError as exc:
            assert "\n" not in str(exc).strip(), str(exc)
            continue
        except Exception as exc:
            internal.append((index, "validate", f"{type(exc).__name__}: {exc}"))
            continue
        if index < len(inputs) and index >= len(seeds) and rng.random() > 0.05:
            continue  # byte mutations that still load are mostly comments: run a few
        ran += 1
        try:
            _run(pack, tmp_path / f"run{index}")
        except Exception as exc:
            internal.append((index, "run", f"{type(exc).__name__}: {exc}"))
    print(
        f"fuzz lab packs: {len(inputs) + len(swapped)} inputs, {ran} run, {len(internal)} internal errors"
    )
    assert not internal, sorted({m[:300] for _, _, m in internal})
