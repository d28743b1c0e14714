"""``make run``'s demo builds a working PKI: a user's first impression must not fail."""

from __future__ import annotations

from pathlib import Path

import pytest

from idtoolkit import demo


def test_the_demo_builds_and_reports_a_two_tier_pki(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo.run(tmp_path)
    out = capsys.readouterr().out
    assert "1. Root CA" in out and "6. CRL #2" in out and "chain intact" in out
    for name in ("portal.p12", "amina-sign.p12", "issuing.crl", "chain.pem"):
        assert (tmp_path / "out" / name).stat().st_size > 0
