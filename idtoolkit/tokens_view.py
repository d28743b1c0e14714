"""Tokens, mechanisms and keys of the workspace's PKCS#11 module, for the desktop app's token
view. Thin wrappers over :mod:`idtoolkit.hsm.inventory` that pick the module the workspace is
configured with and take the PIN from the workspace's PIN provider."""

from __future__ import annotations

from typing import TYPE_CHECKING

from idtoolkit.workspace import Workspace

if TYPE_CHECKING:  # python-pkcs11 (the hsm extra) is imported only when a token is used
    from idtoolkit.hsm.inventory import KeySummary, TokenSummary


def _module(ws: Workspace) -> str:
    from idtoolkit.hsm.module import default_module_path

    return default_module_path(ws.config.pkcs11_module)


def list_workspace_tokens(ws: Workspace) -> list[TokenSummary]:
    """Initialised tokens, including any inserted since start-up; raises
    :class:`~idtoolkit.errors.KeyStoreError` without a module."""
    from idtoolkit.hsm.inventory import list_tokens

    return [t for t in list_tokens(_module(ws), rescan=True) if t.initialized]


def list_token_mechanisms(ws: Workspace, label: str) -> list[str]:
    from idtoolkit.hsm.inventory import list_mechanisms

    return list_mechanisms(_module(ws), label)


def list_token_keys(ws: Workspace, label: str) -> list[KeySummary]:
    """Needs the user PIN: asked through the workspace's PIN provider."""
    from idtoolkit.hsm.inventory import list_keys

    return list_keys(_module(ws), label, ws.pin)


__all__ = ["list_token_keys", "list_token_mechanisms", "list_workspace_tokens"]
