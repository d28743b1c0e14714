"""What the second field trial found in ceremonies (issue 25), on the software-key training
script so it runs without a token: verifying after the custodians took their shares away, the
values people read aloud printed and recorded, ``check`` naming the inputs a run needs, and a
resume that remembers who took part and a pause that is not an error."""

from __future__ import annotations

from pathlib import Path

import pytest

from ceremonies import DIRECTORY as SHIPPED
from idtoolkit.apps.ceremony import rehearse_ceremony
from idtoolkit.apps.ceremony.rehearse import AutoConsole
from idtoolkit.apps.cli.main import main

TRAINING = SHIPPED / "training-root.toml"


def _grouped(hex_digest: str) -> str:
    return " ".join(hex_digest[i : i + 4] for i in range(0, len(hex_digest), 4))


@pytest.fixture(scope="module")
def rehearsed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A signed rehearsal of the training ceremony (2-of-3 backup)."""
    out = tmp_path_factory.mktemp("rehearsal") / "out"
    rehearse_ceremony(TRAINING, out, AutoConsole(show=False))
    return out


def _copy(source: Path, tmp_path: Path) -> Path:
    import shutil

    target = tmp_path / "copy"
    shutil.copytree(source, target)
    return target


def _verify(directory: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["ceremony", "verify", str(directory)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


# --- verify after the custodians took their shares ---------------------------------------------


def test_verify_accepts_shares_taken_away_and_names_them(
    rehearsed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = _copy(rehearsed, tmp_path)
    (copy / "training-root-share-1-of-3.txt").unlink()
    (copy / "training-root-share-3-of-3.txt").unlink()
    code, text = _verify(copy, capsys)
    assert code == 0, text
    assert "ceremony verified" in text
    assert (
        "backup shares not in" in text
        and "training-root-share-1-of-3.txt, training-root-share-3-of-3.txt" in text
    )
    assert "share-2-of-3" not in text.split("backup shares not in", 1)[1]


def test_verify_still_fails_for_a_present_share_that_changed(
    rehearsed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = _copy(rehearsed, tmp_path)
    (copy / "training-root-share-1-of-3.txt").unlink()
    share = copy / "training-root-share-2-of-3.txt"
    share.write_text(share.read_text().replace("REHEARSAL", "REHEARSAl", 1))
    code, text = _verify(copy, capsys)
    assert code == 1
    assert "output training-root-share-2-of-3.txt was changed after the ceremony" in text


def test_verify_still_requires_the_other_outputs(
    rehearsed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = _copy(rehearsed, tmp_path)
    (copy / "training-root-backup.json").unlink()
    code, text = _verify(copy, capsys)
    assert code == 1
    assert "output training-root-backup.json is missing" in text
