"""CSRs into issuance: malformed, mutated and re-signed requests are refused with one of our
own errors and leave the store as it was; nothing else escapes."""

from __future__ import annotations

import random

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import NameOID

from idtoolkit import api
from idtoolkit.errors import IDToolkitError

from .artifacts import csr_der, malformed_csrs, resigned
from .conftest import FuzzPKI
from .mutate import SEED, cases, mutate


def _seeds() -> list[bytes]:
    good = csr_der(
        x509.Name(
            [
                x509.NameAttribute(NameOID.COUNTRY_NAME, "SN"),
                x509.NameAttribute(NameOID.COMMON_NAME, "device-1"),
            ]
        ),
        [x509.SubjectAlternativeName([x509.DNSName("device-1.example.org")])],
    )
    pem = x509.load_der_x509_csr(good).public_bytes(serialization.Encoding.PEM)
    return [good, pem, *malformed_csrs().values()]


def test_fuzzed_csrs_are_issued_or_refused_in_words(fuzz_pki: FuzzPKI) -> None:
    rng = random.Random(f"{SEED}:csr-resign")
    seeds = _seeds()
    inputs = [data for _, data in cases("csr", seeds, 300)]
    inputs += [resigned(seeds[0], lambda body: mutate(body, rng)) for _ in range(len(inputs))]
    internal: list[tuple[int, str]] = []
    for index, data in enumerate(inputs):
        before = fuzz_pki.snapshot()
        try:
            csr = api.load_csr(data, f"input {index}")
            api.issue_from_csr(fuzz_pki.ws, "issuing", "tls-client", csr)
        except IDToolkitError as exc:
            assert "\n" not in str(exc) and "Traceback" not in str(exc)
            assert fuzz_pki.snapshot() == before, f"input {index} was refused but changed the store"
        except Exception as exc:
            internal.append((index, f"{type(exc).__name__}: {exc}"))
    print(f"fuzz csr: {len(inputs)} inputs, {len(internal)} internal errors")
    assert not internal, internal[:5]
