"""Who is signed in on an open workspace: the operator's name and credential, for this run.

Kept beside the workspace (a weak map), not in it, so the workspace stays unaware of
operators and a closed workspace forgets its operator. The credential stays in memory only.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING

from idtoolkit.signing.credentials import SigningCredential

if TYPE_CHECKING:
    from idtoolkit.workspace import Workspace


@dataclass(frozen=True)
class SignedIn:
    operator: str
    credential: SigningCredential


_SIGNED_IN: weakref.WeakKeyDictionary[Workspace, SignedIn] = weakref.WeakKeyDictionary()


def signed_in(ws: Workspace) -> SignedIn | None:
    return _SIGNED_IN.get(ws)


def remember(ws: Workspace, who: SignedIn) -> None:
    _SIGNED_IN[ws] = who


def forget(ws: Workspace) -> None:
    _SIGNED_IN.pop(ws, None)
