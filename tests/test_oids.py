"""The OID registry against the standards' text (shared/reference/profiles.md).

Public code often gets ETSI OIDs wrong; this table is copied from the standards, not from
our module, so a typo in either shows up here.
"""

from __future__ import annotations

import pytest

from idtoolkit import oids

EXPECTED = {
    "CABF_DV": "2.23.140.1.2.1",
    "CABF_OV": "2.23.140.1.2.2",
    "CABF_IV": "2.23.140.1.2.3",
    "CABF_CODE_SIGNING": "2.23.140.1.4.1",
    "CABF_CODE_SIGNING_TIMESTAMP": "2.23.140.1.4.2",
    "CABF_SMIME_MAILBOX_STRICT": "2.23.140.1.5.1.3",
    "ETSI_NCP": "0.4.0.2042.1.1",
    "ETSI_NCP_PLUS": "0.4.0.2042.1.2",
    "ETSI_LCP": "0.4.0.2042.1.3",
    "ETSI_EVCP": "0.4.0.2042.1.4",
    "ETSI_DVCP": "0.4.0.2042.1.6",
    "ETSI_OVCP": "0.4.0.2042.1.7",
    "ETSI_IVCP": "0.4.0.2042.1.8",
    "ETSI_QCP_N": "0.4.0.194112.1.0",
    "ETSI_QCP_L": "0.4.0.194112.1.1",
    "ETSI_QCP_N_QSCD": "0.4.0.194112.1.2",
    "ETSI_QCP_L_QSCD": "0.4.0.194112.1.3",
    "ETSI_QCP_W": "0.4.0.194112.1.4",
    "QC_STATEMENTS_EXTENSION": "1.3.6.1.5.5.7.1.3",
    "QCS_COMPLIANCE": "0.4.0.1862.1.1",
    "QCS_RETENTION_PERIOD": "0.4.0.1862.1.3",
    "QCS_SSCD": "0.4.0.1862.1.4",
    "QCS_PDS": "0.4.0.1862.1.5",
    "QCS_TYPE": "0.4.0.1862.1.6",
    "QCT_ESIGN": "0.4.0.1862.1.6.1",
    "QCT_ESEAL": "0.4.0.1862.1.6.2",
    "QCT_WEB": "0.4.0.1862.1.6.3",
    "QCS_CC_LEGISLATION": "0.4.0.1862.1.7",
    "SEMANTICS_NATURAL_PERSON": "0.4.0.194121.1.1",
    "SEMANTICS_LEGAL_PERSON": "0.4.0.194121.1.2",
    "EKU_SERVER_AUTH": "1.3.6.1.5.5.7.3.1",
    "EKU_CLIENT_AUTH": "1.3.6.1.5.5.7.3.2",
    "EKU_CODE_SIGNING": "1.3.6.1.5.5.7.3.3",
    "EKU_EMAIL_PROTECTION": "1.3.6.1.5.5.7.3.4",
    "EKU_TIME_STAMPING": "1.3.6.1.5.5.7.3.8",
    "EKU_OCSP_SIGNING": "1.3.6.1.5.5.7.3.9",
    "OCSP_NOCHECK": "1.3.6.1.5.5.7.48.1.5",
    # FIPS 204 / RFC 9881: id-ml-dsa-44/65/87 under NIST sigAlgs 2.16.840.1.101.3.4.3.
    "ML_DSA_44": "2.16.840.1.101.3.4.3.17",
    "ML_DSA_65": "2.16.840.1.101.3.4.3.18",
    "ML_DSA_87": "2.16.840.1.101.3.4.3.19",
    "ORGANIZATION_IDENTIFIER": "2.5.4.97",
    "SUBJECT_SERIAL_NUMBER": "2.5.4.5",
}


@pytest.mark.parametrize(("name", "dotted"), sorted(EXPECTED.items()))
def test_registry_matches_the_standards(name: str, dotted: str) -> None:
    assert getattr(oids, name).dotted_string == dotted


def test_profile_names_resolve_and_unknown_names_are_refused() -> None:
    assert oids.resolve_oid("cabf-dv").dotted_string == "2.23.140.1.2.1"
    assert oids.resolve_oid("1.2.3.4").dotted_string == "1.2.3.4"
    with pytest.raises(ValueError, match="unknown OID name 'cabf-xx'"):
        oids.resolve_oid("cabf-xx")


def test_no_oid_literal_outside_the_registry() -> None:
    """An OID typed in a module other than oids.py escapes the check above: move it there (or
    use cryptography's named constant)."""
    import ast
    import re
    from pathlib import Path

    dotted = re.compile(r"^[0-2]\.(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*)){2,}$")
    root = Path(__file__).resolve().parent.parent
    registry = root / "idtoolkit" / "oids.py"
    found = []
    for package in ("idtoolkit", "gui", "hsm_sim"):
        for path in sorted((root / package).rglob("*.py")):
            if path == registry:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                is_text = isinstance(node, ast.Constant) and isinstance(node.value, str)
                if is_text and dotted.match(node.value):
                    found.append(f"{path.relative_to(root)}:{node.lineno}: {node.value}")
    assert not found, "OID literals outside idtoolkit/oids.py:\n" + "\n".join(found)
