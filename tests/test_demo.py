"""``make demo`` builds a working PKI: a user's first impression must not fail."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import pkcs12

from idtoolkit.apps import demo


def test_the_demo_builds_signs_serves_and_verifies(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    demo.run(Path("relative"))  # printed paths must still work from any folder
    out = capsys.readouterr().out
    assert "1. Root CA" in out and "6. CRL #2" in out and "chain intact" in out
    assert "8. Signed" in out and "9. Served and verified: valid" in out
    folder = tmp_path / "relative" / "out"
    assert str(folder) in out  # absolute paths
    for name in ("portal", "amina-sign"):
        p12 = folder / f"{name}.p12"
        password = (folder / f"{name}.p12.password").read_text().strip()
        assert f"password: {password}" in out  # shown, and written beside the file
        key, cert, _ = pkcs12.load_key_and_certificates(p12.read_bytes(), password.encode())
        assert key is not None and cert is not None
        for secret in (p12, folder / f"{name}.p12.password"):
            assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    for public in ("issuing.crl", "chain.pem", "root.pem", "decision.txt.p7s"):
        assert stat.S_IMODE((folder / public).stat().st_mode) == 0o644
    assert os.path.isabs(out.split("export IDTOOLKIT_WORKSPACE=")[1].split()[0])
