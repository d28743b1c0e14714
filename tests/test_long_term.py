"""Signatures that outlive their certificates: a B-LT signature verified offline with the
clock moved on is judged as of the time its time-stamp proves (EN 319 102-1 past signature
validation), with the revocation data that was current then; a PAdES document time-stamp
(B-LTA) carries that proof past the TSA certificate's own life."""

from __future__ import annotations

import datetime as dt
import io
import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from idtoolkit import api
from idtoolkit.apps.testpki.documents import minimal_pdf
from idtoolkit.services.http import PKIServer
from idtoolkit.signing.credentials import from_pkcs12
from idtoolkit.signing.sign import sign_cms, sign_pdf
from idtoolkit.workspace import Workspace

from .conftest import PASSPHRASE
from .test_sign_verify import _free_port, run

DOCUMENT = b"a contract that must stay verifiable for years\n"


@dataclass
class Lab:
    ws: Workspace
    server: PKIServer
    directory: Path
    trust: Path
    signer_expiry: dt.datetime
    short_tsa_expiry: dt.datetime

    @property
    def tsa(self) -> str:
        return f"{self.server.base}/tsa"

    def credential(self, name: str, password: str = "lab password 1") -> api.IssuedCertificate:
        return api.issue_with_new_key(
            self.ws,
            "issuing",
            "citizen-sign",
            f"CN={name},GN={name},SN=Lab,serialNumber=IDCSN-{abs(hash(name)) % 10**7},C=SN",
            "ec-p256",
            p12_password=password,
        )

    def wait_for_tsa(self, serial: str) -> None:
        deadline = time.monotonic() + 5
        while True:
            tsa = self.server.tsa
            if (
                tsa is not None
                and f"{tsa.credential.certificate.serial_number:x}" == serial.lower().lstrip("0")
            ):
                return
            assert time.monotonic() < deadline, "the new TSA credential was not picked up"
            time.sleep(0.1)


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lab]:
    directory = tmp_path_factory.mktemp("ltv")
    port = _free_port()
    ws = Workspace.init(directory / "ws", PASSPHRASE, base_url=f"http://127.0.0.1:{port}")
    api.create_root(ws, "root", "CN=LTV Root,O=Lab,C=SN", "ec-p384")
    api.create_sub(ws, "issuing", "root", "CN=LTV Issuing CA,O=Lab,C=SN", "ec-p256")
    short = api.create_service_credential(
        ws, "issuing", "tsa", "CN=Short-lived TSA,O=Lab,C=SN", "ec-p256", days=400
    )
    server = PKIServer(ws, "127.0.0.1", port)
    server.start_in_thread()
    trust = directory / "root.pem"
    trust.write_bytes(
        api.export_certificates(api.ca_chain(ws, "root"), api.ExportFormat.PEM, False)
    )
    try:
        yield Lab(ws, server, directory, trust, dt.datetime.now(dt.UTC), short.not_after)
    finally:
        server.stop()
        ws.close()


def _verify(lab: Lab, signed: Path, at: dt.datetime, signature: Path | None = None) -> list[dict]:  # type: ignore[type-arg]
    extra = ["--signature", str(signature)] if signature else []
    code, out, err = run(
        "verify", str(signed), *extra, "--trust", str(lab.trust), "--offline",
        "--at", at.strftime("%Y-%m-%dT%H:%M:%SZ"), "--json",
    )  # fmt: skip
    reports = json.loads(out)
    assert code == (0 if all(r["verdict"] == "valid" for r in reports) else 1), err
    return reports  # type: ignore[no-any-return]


def _sign_cms(lab: Lab, issued: api.IssuedCertificate, name: str) -> tuple[Path, Path]:
    assert issued.pkcs12 is not None
    credential = from_pkcs12(issued.pkcs12, b"lab password 1")
    signature, _ = sign_cms(DOCUMENT, credential, lab.tsa, embed_revocation=True)
    document = lab.directory / f"{name}.txt"
    document.write_bytes(DOCUMENT)
    (lab.directory / f"{name}.p7s").write_bytes(signature)
    return document, lab.directory / f"{name}.p7s"


@pytest.fixture(scope="module")
def long_tsa(lab: Lab) -> None:
    """From here on the TSA is one whose certificate outlives the signers' (five years)."""
    info = api.create_service_credential(
        lab.ws, "issuing", "tsa", "CN=Lab TSA,O=Lab,C=SN", "ec-p256"
    )
    lab.wait_for_tsa(info.serial)


def test_b_lta_carries_the_proof_past_the_tsa_certificate(lab: Lab) -> None:
    """Signed while the short-lived TSA answers; a document time-stamp by the long-lived one
    (with its revocation data added to the DSS) keeps it valid after the first TSA expired."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.signers import PdfTimeStamper
    from pyhanko.sign.validation import add_validation_info
    from pyhanko_certvalidator import ValidationContext

    from idtoolkit.signing.adapter import UrlTimeStamper, to_asn1

    assert lab.server.tsa is not None
    assert "Short-lived" in lab.server.tsa.credential.certificate.subject.rfc4514_string()
    issued = lab.credential("Coumba")
    assert issued.pkcs12 is not None
    credential = from_pkcs12(issued.pkcs12, b"lab password 1")
    signed, _ = sign_pdf(minimal_pdf(["B-LTA"]), credential, lab.tsa, embed_revocation=True)
    only_blt = lab.directory / "b-lt.pdf"
    only_blt.write_bytes(signed)
    past_tsa = lab.short_tsa_expiry + dt.timedelta(days=30)
    (report,) = _verify(lab, only_blt, past_tsa)
    assert report["verdict"] == "indeterminate", report["checks"]  # nothing proves it any more

    info = api.create_service_credential(
        lab.ws, "issuing", "tsa", "CN=Archive TSA,O=Lab,C=SN", "ec-p256"
    )
    lab.wait_for_tsa(info.serial)
    out = io.BytesIO()
    PdfTimeStamper(UrlTimeStamper(lab.tsa)).timestamp_pdf(
        IncrementalPdfFileWriter(io.BytesIO(signed)), "sha256", output=out
    )
    # The archive TSA's own revocation data, for its time-stamp to be judged as of its time.
    from idtoolkit.signing.fetch import Fetcher
    from idtoolkit.signing.revinfo import fetch_for_paths
    from idtoolkit.signing.signed_data import all_certificates, signer_certificate

    reader = PdfFileReader(out, strict=False)
    doc_ts = reader.embedded_signatures[-1]
    tsa_cert = signer_certificate(doc_ts.signed_data)
    assert tsa_cert is not None
    pool = all_certificates(doc_ts.signed_data) + api.ca_chain(lab.ws, "issuing")
    revinfo = fetch_for_paths([tsa_cert], pool, Fetcher())
    final = io.BytesIO()
    add_validation_info(
        doc_ts,
        ValidationContext(
            trust_roots=[to_asn1(api.ca_chain(lab.ws, "root")[0])],
            other_certs=[to_asn1(c) for c in pool],
            crls=revinfo.crls,
            ocsps=revinfo.ocsps,
            allow_fetching=False,
        ),
        output=final,
    )
    b_lta = lab.directory / "b-lta.pdf"
    b_lta.write_bytes(final.getvalue())
    reports = _verify(lab, b_lta, past_tsa)
    assert [r["format"] for r in reports] == ["pades", "pades-doc-timestamp"]
    assert all(r["verdict"] == "valid" for r in reports), [r["checks"] for r in reports]

    # A document time-stamp that no longer matches its revision proves nothing: one letter of
    # its field's name (covered by it alone, not by the signature) changed, same length.
    assert final.getvalue().count(b"/T (Timestamp") == 1
    altered = final.getvalue().replace(b"/T (Timestamp", b"/T (Timestamq")
    broken = lab.directory / "b-lta-altered.pdf"
    broken.write_bytes(altered)
    signature, stamp = _verify(lab, broken, past_tsa)
    assert stamp["verdict"] == "invalid", stamp["checks"]
    assert signature["verdict"] == "indeterminate", signature["checks"]


def test_a_b_lt_signature_stays_valid_offline_as_time_passes(lab: Lab, long_tsa: None) -> None:
    issued = lab.credential("Awa")
    document, signature = _sign_cms(lab, issued, "awa")
    stamped = None
    expiry = issued.certificate.not_valid_after_utc
    for at in (
        dt.datetime.now(dt.UTC) + dt.timedelta(days=30),  # every embedded CRL is past nextUpdate
        dt.datetime.now(dt.UTC) + dt.timedelta(days=730),
        expiry + dt.timedelta(days=10),  # the signer's certificate has expired
    ):
        (report,) = _verify(lab, document, at, signature)
        assert report["verdict"] == "valid", (at, report["checks"])
        stamped = stamped or report["timestamp"]
        assert report["validation_time"] == report["timestamp"] == stamped
        assert report["checks"][0]["name"] == "validation time"


def test_a_signer_revoked_before_the_time_stamp_stays_invalid(lab: Lab, long_tsa: None) -> None:
    issued = lab.credential("Binta")
    api.revoke(lab.ws, "issuing", issued.serial, "key-compromise")
    time.sleep(1.5)  # serve's OCSP answers follow the store within a second
    document, signature = _sign_cms(lab, issued, "binta")
    for days in (30, 730):
        (report,) = _verify(
            lab, document, dt.datetime.now(dt.UTC) + dt.timedelta(days=days), signature
        )
        assert report["verdict"] == "invalid" and report["reasons"] == ["revoked"], report["checks"]


def test_an_expired_intermediate_is_indeterminate_not_invalid(lab: Lab, long_tsa: None) -> None:
    """EN 319 102-1: a CA certificate expired at the validation time, with nothing still valid
    proving the signature came before, is INDETERMINATE (OUT_OF_BOUNDS_NO_POE), as the signer's
    own expiry is: it used to be INVALID ("chain-invalid") once the issuing CA had expired."""
    issued = lab.credential("Ndeye")
    document, signature = _sign_cms(lab, issued, "ndeye")
    issuing = api.ca_chain(lab.ws, "issuing")[0]
    signer_gone = issued.certificate.not_valid_after_utc + dt.timedelta(days=10)
    ca_gone = issuing.not_valid_after_utc + dt.timedelta(days=10)
    verdicts = []
    for at in (signer_gone, ca_gone):
        (report,) = _verify(lab, document, at, signature)
        verdicts.append((report["verdict"], report["reasons"]))
        if at == ca_gone:
            chain = next(c for c in report["checks"] if c["name"] == "chain")
            assert chain["outcome"] == "unknown" and "expired" in chain["detail"], chain
    assert verdicts[1][0] == "indeterminate" and "ca-expired" in verdicts[1][1], verdicts
    assert "chain-invalid" not in verdicts[1][1]


def test_a_test_pki_whose_tsa_outlives_its_signers(tmp_path: Path) -> None:
    """``testpki create --tsa-days`` (scenario key ``[[service]] days``): by default the TSA and
    the signers end a day apart, so "valid after the signer expired" could not be shown."""
    from idtoolkit.apps.testpki import load_scenario

    port = _free_port()
    out = tmp_path / "pki"
    code, printed, err = run(
        "testpki", "create", "--out", str(out), "--base-url", f"http://127.0.0.1:{port}",
        "--tsa-days", "3000", "--json",
    )  # fmt: skip
    assert code == 0, err
    manifest = json.loads(printed)
    valid = next(c for c in manifest["credentials"] if c["name"] == "valid")
    tsa = next(s for s in manifest["services"] if s["kind"] == "tsa")
    signer_end = dt.datetime.fromisoformat(valid["not_after"])
    assert dt.datetime.fromisoformat(tsa["not_after"]) > signer_end + dt.timedelta(days=365)
    ws = Workspace.open(out / "workspace")
    ws.unlock((out / "passphrase.txt").read_text().strip().encode())
    server = PKIServer(ws, "127.0.0.1", port)
    server.start_in_thread()
    try:
        credential = from_pkcs12(
            (out / valid["p12"]).read_bytes(),
            (out / valid["p12_password_file"]).read_text().strip().encode(),
        )
        signature, _ = sign_cms(DOCUMENT, credential, f"{server.base}/tsa", embed_revocation=True)
    finally:
        server.stop()
        ws.close()
    (tmp_path / "doc.txt").write_bytes(DOCUMENT)
    (tmp_path / "doc.p7s").write_bytes(signature)
    at = signer_end + dt.timedelta(days=30)
    code, printed, err = run(
        "verify", str(tmp_path / "doc.txt"), "--signature", str(tmp_path / "doc.p7s"),
        "--trust", str(out / "trust" / "trusted.pem"), "--offline",
        "--at", at.strftime("%Y-%m-%dT%H:%M:%SZ"), "--json",
    )  # fmt: skip
    (report,) = json.loads(printed)
    assert (report["verdict"], report["reasons"]) == ("valid", []), report["checks"]
    assert report["checks"][0]["name"] == "validation time"
    # The scenario key does the same, and is checked like the others.
    text = (Path(__file__).parents[1] / "idtoolkit/apps/testpki/default.toml").read_text()
    text = text.replace('kind = "tsa"\n', 'kind = "tsa"\ndays = 3000\n')
    (tmp_path / "s.toml").write_text(text)
    tsa_spec = next(s for s in load_scenario(tmp_path / "s.toml").services if s.kind == "tsa")
    assert tsa_spec.days == 3000
    (tmp_path / "bad.toml").write_text(text.replace("days = 3000", "days = 0"))
    code, _, err = run("testpki", "create", "--out", str(tmp_path / "x"), "--scenario",
                       str(tmp_path / "bad.toml"))  # fmt: skip
    assert code == 1 and "days" in err and "Traceback" not in err, err
