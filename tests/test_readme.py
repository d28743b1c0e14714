"""The README as a new user reads it, top to bottom: no paragraph said twice or cut off mid
sentence, and the ``--json`` error it promises scripts is the one the CLI prints."""

from __future__ import annotations

import collections
import json
import re
import subprocess
import sys
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def prose_paragraphs() -> list[str]:
    """The README's paragraphs of running text: no code blocks, headings, lists or tables."""
    text = re.sub(r"^```.*?^```", "", README.read_text(encoding="utf-8"), flags=re.S | re.M)
    paragraphs = []
    for block in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in block.strip().splitlines()]
        if lines and not re.match(r"[#|>*\-<!\[]|\d+\.", lines[0]):
            paragraphs.append(" ".join(lines))
    return paragraphs


def test_nothing_is_said_twice() -> None:
    """No run of ten words appears twice in the running text (a paragraph pasted twice)."""
    runs: collections.Counter[tuple[str, ...]] = collections.Counter()
    for paragraph in prose_paragraphs():
        words = [w.strip(".,;:!?()`*'\"").lower() for w in paragraph.split()]
        runs.update({tuple(words[i : i + 10]) for i in range(len(words) - 9)})
    assert [" ".join(run) for run, n in runs.items() if n > 1] == []


def test_no_paragraph_starts_mid_sentence() -> None:
    cut = [p[:60] for p in prose_paragraphs() if p[0].islower() or p[0] in ".,;:)"]
    assert cut == []


def test_the_json_error_it_documents_is_the_one_the_cli_prints(tmp_path: Path) -> None:
    documented = re.search(r'an error\s+prints `(\{"error".*?\})` on stderr', README.read_text())
    assert documented, "the README documents the --json error"
    keys = re.findall(r'"(\w+)":', documented.group(1))
    proc = subprocess.run(
        [sys.executable, "-m", "idtoolkit.apps.cli.main", "ca", "list", "--json",
         "--workspace", str(tmp_path / "none")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 1
    assert sorted(keys) == sorted(json.loads(proc.stderr))
