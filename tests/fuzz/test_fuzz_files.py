"""Files an officer is handed: profile TOML, certificates (PEM/DER), keys and PKCS#12 for
``profile add`` and ``ca import``. Mutated, they are loaded or refused with one of our own
errors (one line), and a refused import changes nothing."""

from __future__ import annotations

import contextlib
import random
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12

from idtoolkit import api
from idtoolkit.ca.inputs import load_pkcs12, load_private_key
from idtoolkit.errors import IDToolkitError
from idtoolkit.profiles.loader import load_profile_file

from .artifacts import KEY, certificate_der, malformed_certificates, resigned
from .conftest import FuzzPKI
from .mutate import SEED, cases, mutate

PROFILES = Path(__file__).resolve().parents[2] / "ca_profiles"


def test_fuzzed_profiles_load_or_are_refused_in_words(tmp_path: Path) -> None:
    seeds = [p.read_bytes() for p in sorted(PROFILES.glob("*.toml"))]
    seeds += [
        'name = "caf\u00e9"\n'.encode("latin-1"),
        b"a = " + b"[" * 2000 + b"]" * 2000 + b"\n",
        b"x = " + b"{a = " * 1500 + b"1" + b"}" * 1500 + b"\n",
    ]
    internal = []
    inputs = 0
    for index, data in cases("profile", seeds, 1500):
        inputs += 1
        path = tmp_path / "p.toml"
        path.write_bytes(data)
        try:
            load_profile_file(path)
        except IDToolkitError as exc:
            assert "\n" not in str(exc).strip(), str(exc)
        except Exception as exc:
            internal.append((index, f"{type(exc).__name__}: {exc}"))
    print(f"fuzz profile TOML: {inputs} inputs, {len(internal)} internal errors")
    assert not internal, internal[:5]


def _ca_files() -> list[bytes]:
    ca_der = certificate_der()
    cert = x509.load_der_x509_certificate(ca_der)
    key_pem = KEY.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    p12 = pkcs12.serialize_key_and_certificates(
        b"ca", KEY, cert, None, serialization.BestAvailableEncryption(b"pw")
    )
    return [
        ca_der,
        cert.public_bytes(serialization.Encoding.PEM),
        key_pem,
        p12,
        *malformed_certificates().values(),
    ]


def test_fuzzed_imports_are_done_or_refused_in_words(fuzz_pki: FuzzPKI) -> None:
    rng = random.Random(f"{SEED}:import-resign")
    seeds = _ca_files()
    inputs = [data for _, data in cases("import", seeds, 400)]
    inputs += [resigned(seeds[0], lambda body: mutate(body, rng)) for _ in range(200)]
    other_key = ec.generate_private_key(ec.SECP256R1())
    other_pem = other_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    internal = []
    for index, data in enumerate(inputs):
        before = fuzz_pki.snapshot()
        try:
            for load in (
                lambda d: api.load_certificates(d, "input"),
                lambda d: load_pkcs12(d, b"pw"),
                lambda d: load_private_key(d, None),
            ):
                try:
                    load(data)
                except IDToolkitError as exc:
                    assert "\n" not in str(exc)
            if index % 10 == 0:  # the whole import, with and without a (wrong) key
                try:
                    api.import_ca(fuzz_pki.ws, f"imp{index}", cert_data=data, key_data=other_pem)
                except IDToolkitError:
                    assert fuzz_pki.snapshot() == before
                with contextlib.suppress(IDToolkitError):
                    api.import_ca(fuzz_pki.ws, f"imq{index}", p12_data=data, key_password=b"pw")
        except Exception as exc:
            internal.append((index, f"{type(exc).__name__}: {exc}"))
    print(f"fuzz PEM/DER/PKCS#12 import: {len(inputs)} inputs, {len(internal)} internal errors")
    assert not internal, internal[:5]
