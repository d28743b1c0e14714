"""Where profiles come from: the shipped ``ca_profiles`` package, then the workspace's own.

A workspace profile with the same name as a shipped one replaces it for that workspace, so an
officer can tighten a shipped profile without forking the toolkit.
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from types import MappingProxyType

from idtoolkit.errors import NotFoundError
from idtoolkit.profiles.loader import load_profile_file, parse_profile
from idtoolkit.profiles.model import Profile


def shipped_profiles() -> dict[str, Profile]:
    result: dict[str, Profile] = {}
    package = resources.files("ca_profiles")
    for entry in sorted(package.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            profile = parse_profile(entry.read_text(encoding="utf-8"), f"ca_profiles/{entry.name}")
            result[profile.name] = profile
    return result


class ProfileRegistry:
    """The profiles of one workspace, read once when it opens.

    Thread rule: immutable after construction (frozen profiles in a read-only mapping), so
    any thread may read it, the UI thread included: nothing here touches the store or a
    file after loading. A profile added later is seen by the next workspace opened.
    """

    def __init__(self, workspace_dir: Path | None = None):
        profiles = shipped_profiles()
        custom: set[str] = set()
        if workspace_dir is not None and workspace_dir.is_dir():
            for path in sorted(workspace_dir.glob("*.toml")):
                profile = load_profile_file(path)
                profiles[profile.name] = profile
                custom.add(profile.name)
        self._profiles: Mapping[str, Profile] = MappingProxyType(profiles)
        self._custom = frozenset(custom)

    def get(self, name: str) -> Profile:
        try:
            return self._profiles[name]
        except KeyError:
            raise NotFoundError(
                "profile.unknown",
                "unknown profile {name!r}; available: {available}",
                name=name,
                available=", ".join(sorted(self._profiles)),
            ) from None

    def names(self) -> list[str]:
        return sorted(self._profiles)

    def is_custom(self, name: str) -> bool:
        return name in self._custom

    def all(self) -> list[Profile]:
        return [self._profiles[n] for n in self.names()]
