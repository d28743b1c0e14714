"""Adding an officer's own profile to a workspace.

It lives above both :mod:`idtoolkit.profiles` (which knows nothing of workspaces) and
:mod:`idtoolkit.workspace`, and records the file's digest in the audit trail, so an auditor
can tell which profile text certificates were issued under.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from idtoolkit import audit_chain
from idtoolkit.errors import AlreadyExistsError
from idtoolkit.profiles.loader import load_profile_file
from idtoolkit.profiles.model import Profile
from idtoolkit.workspace import PROFILES_DIR, Workspace


def add_profile(ws: Workspace, source: Path) -> tuple[Profile, Path]:
    """Validate ``source`` and copy it into the workspace's profiles; never replaces a file."""
    profile = load_profile_file(source)  # validates; raises naming file and key
    target = ws.directory / PROFILES_DIR / f"{profile.name}.toml"
    if target.exists():
        raise AlreadyExistsError(
            "profile.file_exists",
            "the workspace already has a profile file {target}",
            target=target,
        )
    target.parent.mkdir(exist_ok=True)
    shutil.copyfile(source, target)
    with ws.store.transaction() as session:
        audit_chain.append(
            session,
            "profile.added",
            {
                "profile": profile.name,
                "file": target.name,
                "sha256": hashlib.sha256(target.read_bytes()).hexdigest(),
                "replaces_shipped": profile.name in ws.profiles.names(),
            },
        )
    return profile, target
