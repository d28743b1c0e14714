"""Setting a software CA key under dual control: M of N key custodians activate it.

After :func:`set_key_activation` the CA's key is stored sealed under an activation key that
exists only as the custodians' shares (:mod:`idtoolkit.keys.activation`): the workspace
passphrase no longer opens it, and every signature of that CA (certificates, CRLs, OCSP
answers, seals) first needs M shares. Keep a backup (``ca backup split``) made before: shares
lost beyond N - M lose the key.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from idtoolkit import audit_chain
from idtoolkit.errors import AlreadyExistsError, InputError
from idtoolkit.files import make_private_dir, write_new
from idtoolkit.keys import activation
from idtoolkit.keys.shares import share_text
from idtoolkit.keys.signer import SoftwareSigner
from idtoolkit.store.cas import ca_by_name, ca_key_by_name
from idtoolkit.workspace import Workspace


@dataclass(frozen=True)
class ActivationResult:
    activation_id: str
    share_files: list[Path]
    threshold: int
    custodians: int


def set_key_activation(
    ws: Workspace, ca_name: str, custodians: int, threshold: int, out_dir: Path
) -> ActivationResult:
    """Seal the CA's software key for M-of-N activation and write the N share files (0600,
    in a 0700 folder; never over an existing file). Unlocking it now takes the passphrase,
    or, when it is under dual control already, M shares of the current set."""
    activation.check_threshold(threshold, custodians)
    share_files = [
        out_dir / f"{ca_name}-activation-share-{i}-of-{custodians}.txt"
        for i in range(1, custodians + 1)
    ]
    for path in share_files:
        if path.exists():  # before the key is unlocked: nothing to undo
            raise AlreadyExistsError(
                "backup.file_exists", "{path} exists already; refusing to overwrite it", path=path
            )
    with ws.store.reading() as session:
        key = ca_key_by_name(session, ca_name)
        if key.backend != "software":
            raise InputError(
                "key.activation_needs_software_key",
                "CA {name!r} keeps its key on token {token!r}: a token has its own PIN and "
                "M-of-N; dual control here is for software keys",
                name=ca_name,
                token=key.token_label or key.backend,
            )
        key_id = key.id
        signer = ws.signer_for(key)
    assert isinstance(signer, SoftwareSigner)
    sealed, shares = activation.seal(signer.issuer_key(), ca_name, threshold, custodians)
    make_private_dir(out_dir)
    assert [s.index for s in shares] == list(range(1, custodians + 1))
    for share, path in zip(shares, share_files, strict=True):
        try:
            write_new(path, share_text(share).encode(), secret=True, sync=True)
        except FileExistsError:
            raise AlreadyExistsError(
                "backup.file_exists", "{path} exists already; refusing to overwrite it", path=path
            ) from None
    with ws.store.transaction() as session:
        ca = ca_by_name(session, ca_name)
        assert ca.key is not None
        ca.key.encrypted_pkcs8 = sealed.to_bytes()
        audit_chain.append(
            session,
            "ca.key_activation_set",
            {
                "ca": ca_name,
                "activation_id": sealed.activation_id,
                "threshold": threshold,
                "custodians": custodians,
            },
        )
    ws.keys.forget_signer(key_id)  # from now on, this key opens with shares only
    return ActivationResult(sealed.activation_id, share_files, threshold, custodians)
