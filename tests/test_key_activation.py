"""Dual control of key activation (issue 27): a software CA key set so that M of N key
custodians, each presenting their share, unlock it; the workspace passphrase alone no longer
signs anything with that CA. Every signature goes through the key layer, so certificates and
CRLs alike need the shares; fewer than M, a repeated, foreign or wrong share is a one-line
refusal with nothing signed, and is audited."""

from __future__ import annotations

import dataclasses
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from idtoolkit import api
from idtoolkit.api.cas import set_key_activation
from idtoolkit.errors import IDToolkitError, InputError
from idtoolkit.keys.shares import parse_share, share_text
from idtoolkit.workspace import Workspace
from tests.conftest import PASSPHRASE, TwoTier

CLI = [sys.executable, "-m", "idtoolkit.apps.cli.main"]


def _reopen(ws: Workspace, shares: list[Path] | None = None) -> Workspace:
    """The workspace as the next command sees it: a new key ring, the passphrase given, and
    the custodians' share files (none: no share at all)."""
    fresh = Workspace.open(ws.directory)
    fresh.unlock(PASSPHRASE)
    given = [(str(p), p.read_text()) for p in shares or []]
    fresh.set_shares_provider(lambda *_: given)
    return fresh


def _actions(ws: Workspace) -> list[str]:
    return [e.action for e in reversed(api.list_audit_events(ws, limit=100))]


@pytest.fixture
def dual(sqlite_pki: TwoTier, tmp_path: Path) -> tuple[Workspace, list[Path]]:
    ws = sqlite_pki.ws
    done = set_key_activation(ws, "issuing", 3, 2, tmp_path / "shares")
    assert done.threshold == 2 and done.custodians == 3
    return ws, done.share_files


def test_share_files_are_private_and_the_key_is_no_longer_under_the_passphrase(
    dual: tuple[Workspace, list[Path]], tmp_path: Path
) -> None:
    ws, shares = dual
    assert stat.S_IMODE((tmp_path / "shares").stat().st_mode) == 0o700
    for path in shares:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert "needed to activate" in path.read_text()
    assert "ca.key_activation_set" in _actions(ws)
    # The same folder again: nothing overwritten.
    with pytest.raises(IDToolkitError, match="exists already"):
        set_key_activation(ws, "issuing", 3, 2, tmp_path / "shares")


@pytest.mark.parametrize("given", [[], [0], [1, 1]])
def test_fewer_than_m_distinct_shares_sign_nothing(
    dual: tuple[Workspace, list[Path]], given: list[int]
) -> None:
    ws, shares = dual
    with _reopen(ws, [shares[i] for i in given]) as again:
        before = api.count_certificates(again)
        with pytest.raises(IDToolkitError) as refused:
            api.issue_with_new_key(again, "issuing", "tls-client", "CN=Awa", "ec-p256")
        assert refused.value.kind in (
            "key.activation_needs_shares",
            "key.activation_share_repeated",
        )
        with pytest.raises(IDToolkitError):
            api.make_crl(again, "issuing")
        assert api.count_certificates(again) == before
        assert _actions(again)[-1] == "ca.key_activation_refused"
        assert api.verify_audit(again).ok


@pytest.mark.parametrize("pair", [(0, 1), (0, 2), (1, 2)])
def test_any_m_custodians_sign_certificates_and_crls(
    dual: tuple[Workspace, list[Path]], pair: tuple[int, int]
) -> None:
    ws, shares = dual
    with _reopen(ws, [shares[i] for i in pair]) as again:
        issued = api.issue_with_new_key(again, "issuing", "tls-client", "CN=Awa", "ec-p256")
        api.revoke(again, "issuing", format(issued.certificate.serial_number, "x"))
        assert api.make_crl(again, "issuing").entries == 1
        events = api.list_audit_events(again, limit=100, action="ca.key_activated")
        assert len(events) == 1  # activated once for the session, then signs on
        assert f'"shares":[{pair[0] + 1},{pair[1] + 1}]' in events[0].details
    # The root is not under dual control: its passphrase still signs.
    with _reopen(ws) as again:
        api.make_crl(again, "root")


def test_a_wrong_or_foreign_share_is_refused(
    dual: tuple[Workspace, list[Path]], tmp_path: Path
) -> None:
    ws, shares = dual
    # A share typed well (its checksum is right) but whose data is not the custodian's.
    real = parse_share(shares[1].read_text(), "s")
    forged = tmp_path / "forged.txt"
    forged.write_text(share_text(dataclasses.replace(real, data=bytes(32))))
    with _reopen(ws, [shares[0], forged]) as again:
        with pytest.raises(IDToolkitError, match="do not activate the key of CA 'issuing'") as e:
            api.make_crl(again, "issuing")
        assert e.value.kind == "key.activation_shares_wrong"
        assert "nothing was signed" in str(e.value)
    # A share of another CA's activation.
    other = set_key_activation(ws, "root", 2, 2, tmp_path / "root-shares").share_files
    with _reopen(ws, [shares[0], other[0]]) as again:
        with pytest.raises(IDToolkitError, match="is not one of CA 'issuing'") as e:
            api.make_crl(again, "issuing")
        assert e.value.kind == "key.activation_share_foreign"
    # A damaged share file is named.
    damaged = tmp_path / "damaged.txt"
    damaged.write_text(shares[1].read_text().replace("Data: ", "Data: 0"))
    with _reopen(ws, [shares[0], damaged]) as again:
        with pytest.raises(InputError, match=r"damaged\.txt"):
            api.make_crl(again, "issuing")
        assert _actions(again)[-1] == "ca.key_activation_refused"


def test_bad_threshold_and_token_free_checks(sqlite_pki: TwoTier, tmp_path: Path) -> None:
    for custodians, threshold in ((3, 1), (2, 3), (300, 2)):
        with pytest.raises(InputError, match="need 2 ≤ threshold ≤ custodians ≤ 255"):
            set_key_activation(sqlite_pki.ws, "issuing", custodians, threshold, tmp_path / "x")
    assert not (tmp_path / "x").exists()


def test_a_backup_of_a_key_under_dual_control_needs_the_shares_too(
    dual: tuple[Workspace, list[Path]], tmp_path: Path
) -> None:
    ws, shares = dual
    with _reopen(ws, shares[:2]) as again:
        result = api.split_ca_key(again, "issuing", 2, 3, tmp_path / "backup")
        assert result.kind == "software"


def _cli(ws: Workspace, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("IDTOOLKIT_")}
    return subprocess.run(
        [*CLI, *args, "-w", str(ws.directory)],
        capture_output=True,
        text=True,
        env={**base, "IDTOOLKIT_PASSPHRASE": PASSPHRASE.decode(), **env},
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def test_cli_key_activation_then_signing_with_shares(sqlite_pki: TwoTier, tmp_path: Path) -> None:
    ws = sqlite_pki.ws
    out = tmp_path / "custodians"
    done = _cli(
        ws,
        "ca",
        "key-activation",
        "issuing",
        "--custodians",
        "3",
        "--threshold",
        "2",
        "--out-dir",
        str(out),
        "--json",
    )
    assert done.returncode == 0, done.stderr
    shares = sorted(out.glob("issuing-activation-share-*-of-3.txt"))
    assert len(shares) == 3
    crl = str(tmp_path / "issuing.crl")
    # The passphrase alone, then one share: refused in one line, exit 1, nothing written.
    for extra in ([], ["--share", str(shares[0])]):
        refused = _cli(ws, "crl", "--ca", "issuing", "--out", crl, *extra)
        assert refused.returncode == 1
        assert refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr
        assert "2 of its 3 custodians' shares activate it" in refused.stderr
        assert "--share FILE" in refused.stderr
        assert not Path(crl).exists()
    signed = _cli(
        ws,
        "crl",
        "--ca",
        "issuing",
        "--out",
        crl,
        "--share",
        str(shares[0]),
        "--share",
        str(shares[2]),
    )
    assert signed.returncode == 0, signed.stderr
    assert Path(crl).exists()
    # Or from the environment, for serve and scripts.
    issued = _cli(
        ws,
        "issue",
        "--ca",
        "issuing",
        "--profile",
        "tls-client",
        "--subject",
        "CN=Moussa",
        "--key",
        "ec-p256",
        "--p12",
        str(tmp_path / "m.p12"),
        "--json",
        IDTOOLKIT_KEY_SHARES=os.pathsep.join(str(p) for p in shares[1:]),
    )
    assert issued.returncode == 0, issued.stderr


def test_a_ca_whose_key_is_elsewhere_is_refused_alike_by_a_backup_and_dual_control(
    sqlite_pki: TwoTier, tmp_path: Path
) -> None:
    """A CA imported from its certificate alone (its key is on another machine): exporting
    its key and putting it under dual control both say so in the same sentence, and write
    nothing."""
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import Encoding
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Elsewhere Root CA")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now).not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False),
                       critical=True)
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    ws = sqlite_pki.ws
    api.import_ca(ws, "elsewhere", cert_data=cert.public_bytes(Encoding.PEM))
    refusal = "CA 'elsewhere' has no private key in this workspace"
    with pytest.raises(InputError, match=refusal) as backup:
        api.export_ca_key(ws, "elsewhere", b"a long backup password")
    with pytest.raises(InputError, match=refusal) as dual_control:
        set_key_activation(ws, "elsewhere", 3, 2, tmp_path / "shares")
    assert backup.value.kind == dual_control.value.kind == "ca.no_private_key"
    assert not (tmp_path / "shares").exists()
