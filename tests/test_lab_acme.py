"""Issue 28: the 'acme' lab pack. Students add an ACME endpoint to their CA and get a TLS
certificate for their service with certbot from their own services; the check wants a
certificate the CA issued through ACME (a certificate made by hand for the same name, saved
where certbot saves its own, earns nothing), chaining to the student's root."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from idtoolkit import api
from idtoolkit.apps import labs
from tests.lab_helpers import free_base_port, own_softhsm, write_roster

pytestmark = pytest.mark.skipif(
    shutil.which("certbot") is None, reason="certbot comes from Debian (make setup)"
)


def _failed(results: list[labs.CheckResult]) -> dict[str, labs.CheckResult]:
    return {r.exercise: r for r in results if not r.passed}


def test_certbot_from_the_students_endpoint_passes_and_a_hand_made_certificate_does_not(
    tmp_path: Path,
) -> None:
    with own_softhsm():
        roster = write_roster(tmp_path, "id,name,lang\nana,Ana,en\nbob,Bob,fr\n")
        lab = labs.create_class("acme", roster, tmp_path / "class", base_port=free_base_port())
        values = lab.values("ana")
        name = f"web-{values['seed4']}.lab.gov.sn"
        assert int(values["acme_port"]) != lab.student("ana").port

        idle = _failed(labs.check(lab, "ana"))
        assert set(idle) == {"endpoint", "certbot"}
        assert "no ACME endpoint web for CA issuing" in idle["endpoint"].finding
        assert "'idtoolkit acme add web --ca issuing" in idle["endpoint"].hint
        assert f"-d {name} --cert-name web" in idle["certbot"].hint

        # A certificate for the name issued by hand, put where certbot puts its own.
        labs.solve(lab, "ana", "endpoint")
        with lab.workspace("ana") as ws:
            by_hand = api.issue_with_new_key(
                ws, "issuing", "tls-server", f"CN={name}", "ec-p256", sans=[f"dns:{name}"]
            )
        live = lab.student_dir("ana") / "work" / "certbot" / "config" / "live" / "web"
        live.mkdir(parents=True)
        (live / "cert.pem").write_bytes(
            by_hand.certificate.public_bytes(serialization.Encoding.PEM)
        )
        failed = _failed(labs.check(lab, "ana"))
        assert set(failed) == {"certbot"}
        assert f"no certificate for {name} issued through ACME by issuing" in (
            failed["certbot"].finding
        )
        shutil.rmtree(lab.student_dir("ana") / "work" / "certbot")

        labs.solve(lab, "ana", "certbot")  # certbot, against the student's own services
        assert _failed(labs.check(lab, "ana")) == {}
        grades = {s.id: s for s in labs.grade(lab).students}
        assert grades["ana"].points["certbot"] == 2 and grades["ana"].points["endpoint"] == 1
        assert grades["bob"].points["certbot"] == 0  # a neighbour's certificate is not theirs
        # The file certbot saved is the one the check looks at: another certificate there fails.
        (live / "cert.pem").write_bytes(
            by_hand.certificate.public_bytes(serialization.Encoding.PEM)
        )
        failed = _failed(labs.check(lab, "ana"))
        assert set(failed) == {"certbot"}
        assert "does not hold the certificate issued through ACME" in failed["certbot"].finding
