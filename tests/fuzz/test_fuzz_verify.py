"""CMS and PDF signatures into ``verify``: mutated signatures, signed PDFs and signatures that
carry malformed certificates get a verdict or one of our own errors, never a traceback."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from asn1crypto import cms
from asn1crypto import x509 as asn1_x509

from idtoolkit.apps.cli.main import main
from idtoolkit.apps.testpki import build, scenario
from idtoolkit.ca.inputs import load_certificates
from idtoolkit.errors import IDToolkitError
from idtoolkit.signing.verify import verify_cms, verify_pdf

from .artifacts import malformed_certificates
from .mutate import SEED, count, mutate


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    directory = tmp_path_factory.mktemp("fuzzpki") / "pki"
    pki = build.create(directory, scenario.load(None), "http://127.0.0.1:9")
    entry = next(c for c in pki.manifest["credentials"] if c["name"] == "valid")
    p12 = ["--p12", str(directory / entry["p12"]),
           "--p12-password-file", str(directory / entry["p12_password_file"])]  # fmt: skip
    out: dict[str, Any] = {"trust": load_certificates(
        (directory / pki.manifest["trusted_bundle"]).read_bytes())}  # fmt: skip
    for name, document in (("cms", "sample.txt"), ("pdf", "sample.pdf")):
        target = directory / f"signed-{name}"
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            try:
                code = main(["sign", str(directory / "documents" / document), "--out", str(target),
                         "--format", "cms" if name == "cms" else "pades", *p12])  # fmt: skip
            except SystemExit as exc:
                code = int(exc.code or 0)
        assert code in (0, None)
        out[name] = target.read_bytes()
        out[f"{name}-document"] = (directory / "documents" / document).read_bytes()
    yield out


def _with_certificate(p7s: bytes, cert_der: bytes) -> bytes:
    """The signature with one more (unsigned) certificate in its certificate set."""
    info = cms.ContentInfo.load(p7s)
    signed_data = info["content"]
    certs = list(signed_data["certificates"])
    certs.append(
        cms.CertificateChoices(name="certificate", value=asn1_x509.Certificate.load(cert_der))
    )
    signed_data["certificates"] = cms.CertificateSet(certs)
    return bytes(
        cms.ContentInfo({"content_type": "signed_data", "content": signed_data}).dump(force=True)
    )


def test_fuzzed_signatures_get_a_verdict_or_a_refusal_in_words(signed: dict[str, Any]) -> None:
    rng = random.Random(f"{SEED}:verify")
    at = dt.datetime.now(dt.UTC)
    trust = signed["trust"]
    cms_inputs = [
        _with_certificate(signed["cms"], der) for der in malformed_certificates().values()
    ]
    cms_inputs += [mutate(signed["cms"], rng) for _ in range(count(150))]
    pdf_inputs = [signed["pdf"] + b"\nappended", *_damaged_pdfs(signed["pdf"]).values()]
    pdf_inputs += [mutate(signed["pdf"], rng) for _ in range(count(60))]
    internal = []
    for index, data in enumerate(cms_inputs):
        try:
            report = verify_cms(signed["cms-document"], data, trust, at, fetch=False)
            assert report.verdict in ("valid", "invalid", "indeterminate")
        except IDToolkitError as exc:
            assert "\n" not in str(exc)
        except Exception as exc:
            internal.append((f"cms {index}", f"{type(exc).__name__}: {exc}"))
    for index, data in enumerate(pdf_inputs):
        try:
            for report in verify_pdf(data, trust, at, fetch=False):
                assert report.verdict in ("valid", "invalid", "indeterminate")
        except IDToolkitError as exc:
            assert "\n" not in str(exc)
        except Exception as exc:
            internal.append((f"pdf {index}", f"{type(exc).__name__}: {exc}"))
    print(f"fuzz verify: {len(cms_inputs)} CMS and {len(pdf_inputs)} PDF inputs, "
          f"{len(internal)} internal errors")  # fmt: skip
    assert not internal, internal[:5]


def test_a_signature_carrying_a_malformed_certificate_is_refused_in_words(
    signed: dict[str, Any], tmp_path: Path
) -> None:
    (tmp_path / "doc.txt").write_bytes(signed["cms-document"])
    trust = tmp_path / "trust.pem"
    from cryptography.hazmat.primitives import serialization

    trust.write_bytes(b"".join(c.public_bytes(serialization.Encoding.PEM) for c in signed["trust"]))
    for der in malformed_certificates().values():
        (tmp_path / "doc.txt.p7s").write_bytes(_with_certificate(signed["cms"], der))
        err = io.StringIO()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
            try:
                code = main(
                    ["verify", str(tmp_path / "doc.txt"), "--trust", str(trust), "--offline"]
                )
            except SystemExit as exc:
                code = int(exc.code or 0)
        assert (
            code == 1
            and "internal error" not in err.getvalue()
            and "Traceback" not in err.getvalue()
        )


def _damaged_pdfs(pdf: bytes) -> dict[str, bytes]:
    """The two shapes the issue-26 campaign found: a malformed number (pyHanko hands it to
    ``decimal.Decimal``) and startxref pointing at a stream that is not an xref stream (an
    assertion in pyHanko's xref-stream parser)."""
    size = pdf.rindex(b"/Size")
    stream_at = pdf.index(b"5 0 obj\n<< /Length")
    not_xref = pdf.replace(b"5 0 obj\n<< /Length", b"5 0 obj\n<</Type/Pg/Length", 1)
    last = not_xref.rindex(b"startxref")
    return {
        "decimal": pdf[:size] + b"/Foo 1.2.3 " + pdf[size:],
        "xref-stream-assertion": not_xref[:last] + b"startxref\n%d\n%%%%EOF\n" % stream_at,
    }


@pytest.mark.parametrize("shape", ["decimal", "xref-stream-assertion"])
def test_a_damaged_pdf_cannot_be_read_in_one_line(
    signed: dict[str, Any], tmp_path: Path, shape: str
) -> None:
    from cryptography.hazmat.primitives import serialization

    trust = tmp_path / "trust.pem"
    trust.write_bytes(b"".join(c.public_bytes(serialization.Encoding.PEM) for c in signed["trust"]))
    target = tmp_path / "damaged.pdf"
    target.write_bytes(_damaged_pdfs(signed["pdf"])[shape])
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        try:
            code = main(["verify", str(target), "--trust", str(trust), "--offline"])
        except SystemExit as exc:
            code = int(exc.code or 0)
    text = err.getvalue()
    assert code == 1, text
    assert "the PDF cannot be read" in text, text
    assert "internal error" not in text and len(text.strip().splitlines()) == 1, text
