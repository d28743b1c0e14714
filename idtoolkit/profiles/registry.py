"""Where profiles come from: the shipped ``ca_profiles`` package, then the workspace's own.

A workspace profile with the same name as a shipped one replaces it for that workspace, so an
officer can tighten a shipped profile without forking the toolkit.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

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
    def __init__(self, workspace_dir: Path | None = None):
        self._profiles = shipped_profiles()
        self._custom: set[str] = set()
        if workspace_dir is not None and workspace_dir.is_dir():
            for path in sorted(workspace_dir.glob("*.toml")):
                profile = load_profile_file(path)
                self._profiles[profile.name] = profile
                self._custom.add(profile.name)

    def get(self, name: str) -> Profile:
        try:
            return self._profiles[name]
        except KeyError:
            raise NotFoundError(
                f"unknown profile {name!r}; available: {', '.join(sorted(self._profiles))}"
            ) from None

    def names(self) -> list[str]:
        return sorted(self._profiles)

    def is_custom(self, name: str) -> bool:
        return name in self._custom

    def all(self) -> list[Profile]:
        return [self._profiles[n] for n in self.names()]
