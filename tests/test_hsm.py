"""CA keys on a real SoftHSM2 token: a two-tier PKI whose keys never leave the token, checked
with openssl and pkcs11-tool; and the errors an officer meets (wrong PIN, missing token)."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pkcs11
import pytest
from pkcs11 import Attribute, ObjectClass
from pkcs11 import exceptions as p11

from idtoolkit import api
from idtoolkit.errors import KeyStoreError, LintRejected
from idtoolkit.hsm.errors import PinError, TokenNotFoundError, token_errors
from idtoolkit.hsm.module import default_module_path, token_session
from idtoolkit.workspace import Workspace

from .conftest import PASSPHRASE, TOKEN_USER_PIN
from .pki_helpers import check_crl_with_openssl, openssl_verify


def _on_token(label: str, operation: Callable[[pkcs11.Session], Any]) -> Any:
    # python-pkcs11 allows one login per token per process: share the engine's session.
    return token_session(default_module_path(), label, lambda _: TOKEN_USER_PIN.encode()).run(
        "inspect", operation
    )


def _private_keys(label: str) -> list[pkcs11.PrivateKey]:
    return _on_token(
        label, lambda s: list(s.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY}))
    )  # type: ignore[no-any-return]


def _key_attributes(label: str) -> list[tuple[str, bool, bool, bool]]:
    """(label, sensitive, extractable, value readable) of every private key on the token."""
    return _on_token(label, lambda s: _attributes(s))  # type: ignore[no-any-return]


def _attributes(session: pkcs11.Session) -> list[tuple[str, bool, bool, bool]]:
    result = []
    for key in session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY}):
        try:
            key[
                Attribute.VALUE
                if key[Attribute.KEY_TYPE] != pkcs11.KeyType.RSA
                else Attribute.PRIVATE_EXPONENT
            ]
            readable = True
        except (p11.AttributeSensitive, p11.AttributeTypeInvalid):
            readable = False
        result.append(
            (
                key[Attribute.LABEL],
                key[Attribute.SENSITIVE],
                key[Attribute.EXTRACTABLE],
                readable,
            )
        )
    return result


@pytest.fixture
def hsm_workspace(tmp_path: Path) -> Workspace:
    ws = Workspace.init(tmp_path / "ws", PASSPHRASE)
    yield ws  # type: ignore[misc]
    ws.close()


def test_a_two_tier_pki_on_a_token_issues_revokes_and_publishes(
    hsm_workspace: Workspace, token: str, tmp_path: Path
) -> None:
    store = f"pkcs11:token={token}"
    root = api.create_root(
        hsm_workspace, "root", "CN=HSM Root CA,O=Gov,C=SN", "ec-p384", key_store=store
    )
    sub = api.create_sub(
        hsm_workspace, "issuing", "root", "CN=HSM Issuing CA,O=Gov,C=SN", "ec-p256", key_store=store
    )
    assert root.key_store == sub.key_store == store
    good = api.issue_with_new_key(
        hsm_workspace, "issuing", "tls-client", "CN=good,O=Gov,C=SN", "ec-p256"
    )
    bad = api.issue_with_new_key(
        hsm_workspace, "issuing", "tls-client", "CN=bad,O=Gov,C=SN", "ec-p256"
    )
    api.revoke(hsm_workspace, "issuing", bad.serial, "key-compromise")
    crl = api.make_crl(hsm_workspace, "issuing")
    chain = api.ca_chain(hsm_workspace, "issuing")
    check_crl_with_openssl(tmp_path, crl.pem(), chain, good.certificate, bad.certificate)
    # The keys are on the token, sensitive and not extractable: their value cannot be read.
    attributes = sorted(_key_attributes(token))
    assert attributes == [
        ("issuing CA key", True, False, False),
        ("root CA key", True, False, False),
    ]
    listed = subprocess.run(
        [
            "pkcs11-tool",
            "--module",
            default_module_path(),
            "--token-label",
            token,
            "--list-objects",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "root CA key" in listed and "issuing CA key" in listed
    with hsm_workspace.store.reading() as s:
        from idtoolkit.store.models import KeyRecord

        assert all(k.encrypted_pkcs8 is None for k in s.query(KeyRecord).all())


def test_rsa_pss_and_ed25519_keys_on_a_token(
    hsm_workspace: Workspace, token: str, tmp_path: Path
) -> None:
    store = f"pkcs11:token={token}"
    api.create_root(hsm_workspace, "root", "CN=Ed Root,O=Gov,C=SN", "ed25519", key_store=store)
    api.create_sub(
        hsm_workspace,
        "issuing",
        "root",
        "CN=PSS Sub,O=Gov,C=SN",
        "rsa2048",
        key_store=store,
        rsa_pss=True,
    )
    leaf = api.issue_with_new_key(
        hsm_workspace, "issuing", "tls-client", "CN=c,O=Gov,C=SN", "ec-p256"
    )
    chain = api.ca_chain(hsm_workspace, "issuing")
    assert openssl_verify(tmp_path, leaf.certificate, chain[-1], chain[:-1]).returncode == 0


def test_an_existing_token_key_can_become_a_ca(hsm_workspace: Workspace, token: str) -> None:
    backend = hsm_workspace.backend_for_store(f"pkcs11:token={token}")
    from idtoolkit.keys import SignatureScheme, key_spec

    record, _ = backend.generate(
        key_spec("ec-p256"), SignatureScheme.PKCS1V15, "prepared in ceremony"
    )
    info = api.create_root(
        hsm_workspace,
        "root",
        "CN=Ceremony Root,O=Tests,C=SN",
        "ec-p256",
        key_store=f"pkcs11:token={token}",
        key_id=record.token_key_id,
    )
    assert info.key_store == f"pkcs11:token={token}"
    assert len(_private_keys(token)) == 1
    with pytest.raises(Exception, match="is ec-p256, not ec-p384"):
        api.create_root(
            hsm_workspace,
            "root2",
            "CN=Other,O=Tests,C=SN",
            "ec-p384",
            key_store=f"pkcs11:token={token}",
            key_label="prepared in ceremony",
        )


def test_a_failure_after_key_generation_leaves_no_orphan_key(
    hsm_workspace: Workspace, token: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import idtoolkit.ca.authorities as authorities

    def reject(*_args: object, **_kwargs: object) -> None:
        raise LintRejected("lint.rejected", "simulated lint error")

    monkeypatch.setattr(authorities, "lint_or_reject", reject)
    with pytest.raises(LintRejected):
        api.create_root(
            hsm_workspace,
            "root",
            "CN=Root,O=Tests,C=SN",
            "ec-p256",
            key_store=f"pkcs11:token={token}",
        )
    assert _private_keys(token) == []
    assert api.list_cas(hsm_workspace) == []


def test_wrong_pin_is_one_clear_error_and_creates_nothing(
    hsm_workspace: Workspace, token: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IDTOOLKIT_PIN", "not-the-pin")
    from idtoolkit.hsm.module import close_all_sessions

    close_all_sessions()
    with pytest.raises(PinError, match=rf"wrong PIN for token '{token}'"):
        api.create_root(
            hsm_workspace,
            "root",
            "CN=Root,O=Tests,C=SN",
            "ec-p256",
            key_store=f"pkcs11:token={token}",
        )
    assert api.list_cas(hsm_workspace) == []
    close_all_sessions()


def test_missing_token_lists_the_tokens_present(hsm_workspace: Workspace, token: str) -> None:
    with pytest.raises(
        TokenNotFoundError,
        match=rf"token 'no-such-token' is not present \(tokens present: .*{token}",
    ):
        api.create_root(
            hsm_workspace,
            "root",
            "CN=Root,O=Tests,C=SN",
            "ec-p256",
            key_store="pkcs11:token=no-such-token",
        )
    assert api.list_cas(hsm_workspace) == []


def test_a_locked_pin_is_reported_as_such() -> None:
    # SoftHSM2 never locks a user PIN (it only raises USER_PIN_COUNT_LOW), so a real token
    # cannot be driven into this state here; the translation of CKR_PIN_LOCKED is checked
    # directly instead.
    with (
        pytest.raises(PinError, match="locked: the security officer must unlock it"),
        token_errors("sign", "card-7"),
    ):
        raise p11.PinLocked()


def test_unknown_key_store_options_are_refused(hsm_workspace: Workspace) -> None:
    with pytest.raises(KeyStoreError, match="needs a token label"):
        hsm_workspace.backend_for_store("pkcs11:")
    with pytest.raises(KeyStoreError, match="unknown PKCS#11 key store option 'slot'"):
        hsm_workspace.backend_for_store("pkcs11:token=x;slot=1")
    with pytest.raises(KeyStoreError, match="unknown key store 'tpm:x'"):
        hsm_workspace.backend_for_store("tpm:x")


def test_bulk_issuance_with_a_token_key(hsm_workspace: Workspace, token: str) -> None:
    from .test_bulk import _csrs

    api.create_root(
        hsm_workspace, "root", "CN=Root,O=Tests,C=SN", "ec-p256", key_store=f"pkcs11:token={token}"
    )
    result = api.issue_csrs_bulk(hsm_workspace, "root", "tls-client", _csrs(50))
    assert result.issued == 50


# python-pkcs11 finalises the dead session's search iterators later and reports the failure.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_signing_recovers_when_the_token_session_drops(
    hsm_workspace: Workspace, token: str
) -> None:
    api.create_root(
        hsm_workspace, "root", "CN=Root,O=Tests,C=SN", "ec-p256", key_store=f"pkcs11:token={token}"
    )
    api.issue_with_new_key(hsm_workspace, "root", "tls-client", "CN=before", "ec-p256")
    # What an HSM restart does to a client: every session handle it held becomes invalid.
    from idtoolkit.hsm.module import load_module

    load_module(default_module_path()).reinitialize()
    after = api.issue_with_new_key(hsm_workspace, "root", "tls-client", "CN=after", "ec-p256")
    after.certificate.verify_directly_issued_by(api.ca_chain(hsm_workspace, "root")[0])


def test_ca_keys_on_a_token_can_only_sign(hsm_workspace: Workspace, token: str) -> None:
    store = f"pkcs11:token={token}"
    api.create_root(hsm_workspace, "ec", "CN=EC Root,O=Gov,C=SN", "ec-p256", key_store=store)
    api.create_root(hsm_workspace, "rsa", "CN=RSA Root,O=Gov,C=SN", "rsa2048", key_store=store)
    wanted = {
        Attribute.SIGN: True,
        Attribute.DECRYPT: False,
        Attribute.UNWRAP: False,
        Attribute.DERIVE: False,
        Attribute.MODIFIABLE: False,
        Attribute.SENSITIVE: True,
        Attribute.EXTRACTABLE: False,
    }

    def capabilities(session: pkcs11.Session) -> dict[str, dict[str, bool]]:
        return {
            str(key[Attribute.LABEL]): {a.name: bool(key[a]) for a in wanted}
            for key in session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY})
        }

    found = _on_token(token, capabilities)
    assert set(found) == {"ec CA key", "rsa CA key"}
    for label, attributes in found.items():
        assert attributes == {a.name: v for a, v in wanted.items()}, label
