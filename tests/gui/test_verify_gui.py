"""Verify a signature from the Tools menu: real signatures made with the engine on a small PKI,
checked offline; the verdict is shown large and coloured, every check with a mark."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from idtoolkit import api
from idtoolkit.api import signing
from idtoolkit.apps.testpki.documents import minimal_pdf
from tests.conftest import PASSPHRASE, build_two_tier

from .conftest import run_job


@pytest.fixture(scope="module")
def signed_files(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A citizen's detached CMS signature and signed PDF, and the root PEM: made once, on a
    PKI of their own (verifying needs no workspace)."""
    tmp_path = tmp_path_factory.mktemp("signed")
    ws = api.Workspace.init(tmp_path / "ws", PASSPHRASE)
    build_two_tier(ws)
    issued = api.issue_with_new_key(
        ws,
        "issuing",
        "citizen-sign",
        "CN=Amina Diallo,GN=Amina,SN=Diallo,serialNumber=IDCSN-1234567,C=SN",
        "ec-p256",
    )
    credential = api.from_pkcs12(issued.pkcs12, issued.pkcs12_password.encode())
    document = tmp_path / "contract.txt"
    document.write_bytes(b"The undersigned agrees to the terms.\n")
    signature, _ = signing.sign_cms(document.read_bytes(), credential)
    (tmp_path / "contract.txt.p7s").write_bytes(signature)
    pdf, _ = signing.sign_pdf(minimal_pdf(["Permit 42", "Granted."]), credential)
    (tmp_path / "permit.pdf").write_bytes(pdf)
    root = api.ca_chain(ws, "root")[0]
    (tmp_path / "root.pem").write_bytes(root.public_bytes(serialization.Encoding.PEM))
    ws.close()
    yield tmp_path


@pytest.fixture
def signed(signed_files: Path, tmp_path: Path) -> Path:
    """A copy per test: tests tamper with the files."""
    for path in signed_files.iterdir():
        if path.is_file():
            shutil.copy(path, tmp_path / path.name)
    return tmp_path


def open_verify(window, document: Path, trust: Path):  # type: ignore[no-untyped-def]
    dialog = window.open_verify_signature()
    dialog.document.set_path(document)
    dialog.add_trust(trust)
    dialog.fetch.setChecked(False)  # offline: no OCSP/CRL over HTTP
    return dialog


def expected_offline(report) -> None:  # type: ignore[no-untyped-def]
    """Offline, no revocation answer can be had: the engine says indeterminate, and why."""
    assert report.verdict == "indeterminate"
    assert report.reasons == ["revocation-unknown"]


def test_a_good_detached_signature_offline(qtbot, window, signed: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = open_verify(window, signed / "contract.txt", signed / "root.pem")
    assert dialog.detached_mode.isChecked()  # a non-PDF file: its .p7s is filled in
    assert dialog.signature.path() == signed / "contract.txt.p7s"
    assert run_job(qtbot, dialog), dialog.error
    [report] = dialog.reports
    expected_offline(report)
    assert dialog.verdict_value == "indeterminate"
    assert "INDETERMINATE" in dialog.verdict.text() and "#9a5b00" in dialog.verdict.text()
    outcomes = {c.name: c.outcome for c in report.checks}
    assert outcomes["signature"] == "passed"
    html = dialog.details.toHtml()
    text = dialog.details.toPlainText()
    assert "Amina Diallo" in text and "the revocation status could not be established" in text
    for check in report.checks:
        assert check.name in text and check.detail in text
    assert "✔" in text and ("?" in text or "✘" in text)
    assert "#1b5e20" in html  # passed checks are green
    assert dialog.plain_text == signing.render_text(dialog.reports)


def test_a_tampered_file_is_invalid(qtbot, window, signed: Path) -> None:  # type: ignore[no-untyped-def]
    (signed / "contract.txt").write_bytes(b"The undersigned agrees to NOTHING.\n")
    dialog = open_verify(window, signed / "contract.txt", signed / "root.pem")
    assert run_job(qtbot, dialog), dialog.error
    [report] = dialog.reports
    assert report.verdict == "invalid" and "modified" in report.reasons
    assert dialog.verdict_value == "invalid"
    assert "INVALID" in dialog.verdict.text() and "#b00020" in dialog.verdict.text()
    assert "✘" in dialog.details.toPlainText()


def test_a_signed_pdf_and_an_untrusted_anchor(qtbot, window, signed: Path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = open_verify(window, signed / "permit.pdf", signed / "root.pem")
    assert dialog.pdf_mode.isChecked() and not dialog.signature.isEnabled()
    assert run_job(qtbot, dialog), dialog.error
    [report] = dialog.reports
    assert report.format == "pades"
    expected_offline(report)
    # A trust anchor that is not a certificate: a one-line error, no report.
    (tmp_path / "junk.pem").write_text("not a certificate")
    bad = open_verify(window, signed / "permit.pdf", tmp_path / "junk.pem")
    assert not run_job(qtbot, bad)
    assert bad.error == f"{tmp_path / 'junk.pem'} is not a valid PEM or DER certificate"
    assert bad.reports == [] and bad.verdict.isHidden()
