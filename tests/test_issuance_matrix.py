"""Every shipped profile with every key type it allows, and every CA key type: the
certificates chain in openssl and lint clean in pkilint against the profile's standard."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from idtoolkit import api
from idtoolkit.keys import KEY_SPECS
from idtoolkit.lint.linter import LintStandard, lint_certificate
from idtoolkit.profiles.registry import shipped_profiles
from idtoolkit.workspace import Workspace

from .conftest import PASSPHRASE
from .pki_helpers import PURPOSES, SUBJECTS, openssl_verify

# A public-looking base URL: with it no lint finding is downgraded.
BASE_URL = "http://pki.gov.sn"
PROFILES = shipped_profiles()
END_ENTITY_CASES = [
    (name, key)
    for name, profile in sorted(PROFILES.items())
    if not profile.is_ca
    for key in profile.key_types
    # ML-DSA: OpenSSL 3.0 cannot verify it and PKCS#12 cannot carry it; see test_post_quantum.
    if not KEY_SPECS[key].post_quantum
]


@pytest.fixture(scope="module")
def matrix_pki(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    ws = Workspace.init(tmp_path_factory.mktemp("matrix") / "ws", PASSPHRASE, base_url=BASE_URL)
    api.create_root(ws, "root", "CN=Matrix Root CA,O=ID Toolkit Tests,C=SN", "ec-p384")
    api.create_sub(ws, "issuing", "root", "CN=Matrix Issuing CA,O=ID Toolkit Tests,C=SN", "ec-p256")
    yield ws
    ws.close()


def test_the_matrix_covers_every_end_entity_profile() -> None:
    assert {name for name, _ in END_ENTITY_CASES} == set(SUBJECTS)


@pytest.mark.parametrize(("profile", "key"), END_ENTITY_CASES)
def test_profile_and_key_type_chain_in_openssl_and_lint_clean(
    matrix_pki: Workspace, tmp_path: Path, profile: str, key: str
) -> None:
    subject, sans = SUBJECTS[profile]
    issued = api.issue_with_new_key(matrix_pki, "issuing", profile, subject, key, sans=sans)
    chain = api.ca_chain(matrix_pki, "issuing")
    purpose = PURPOSES.get(profile)
    result = openssl_verify(
        tmp_path,
        issued.certificate,
        chain[-1],
        chain[:-1],
        ["-purpose", purpose] if purpose else [],
    )
    assert result.returncode == 0, result.stdout + result.stderr
    report = lint_certificate(
        issued.certificate.public_bytes(serialization.Encoding.DER), PROFILES[profile].lint
    )
    assert report.ok, [str(f) for f in report.errors]
    assert issued.lint_warnings == tuple(f.code for f in report.warnings)


CA_KEYS = [*sorted(k for k, spec in KEY_SPECS.items() if not spec.post_quantum), "rsa3072-pss"]


@pytest.mark.parametrize(
    ("root_key", "sub_key"),
    list(zip(CA_KEYS, itertools.islice(itertools.cycle(CA_KEYS), 1, None), strict=False)),
)
def test_every_ca_key_type_builds_a_hierarchy_openssl_accepts(
    tmp_path: Path, root_key: str, sub_key: str
) -> None:
    ws = Workspace.init(tmp_path / "ws", PASSPHRASE, base_url=BASE_URL)
    try:

        def create(kind: str, key: str) -> None:
            spec, pss = key.removesuffix("-pss"), key.endswith("-pss")
            if kind == "root":
                api.create_root(ws, "root", "CN=Root,O=Tests,C=SN", spec, rsa_pss=pss)
            else:
                api.create_sub(ws, "sub", "root", "CN=Sub,O=Tests,C=SN", spec, rsa_pss=pss)

        create("root", root_key)
        create("sub", sub_key)
        issued = api.issue_with_new_key(
            ws, "sub", "tls-client", "CN=client,O=Tests,C=SN", "ec-p256"
        )
        chain = api.ca_chain(ws, "sub")
        for cert in chain:
            report = lint_certificate(
                cert.public_bytes(serialization.Encoding.DER), LintStandard.PKIX
            )
            assert report.ok, [str(f) for f in report.errors]
        result = openssl_verify(tmp_path, issued.certificate, chain[-1], chain[:-1])
        assert result.returncode == 0, result.stdout + result.stderr
        if root_key.endswith("-pss"):
            assert chain[0].signature_algorithm_oid == x509.SignatureAlgorithmOID.RSASSA_PSS
    finally:
        ws.close()
