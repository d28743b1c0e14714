"""Workspaces: a folder with its store, profiles and settings; the token listing of one."""

from idtoolkit.tokens_view import list_token_keys, list_token_mechanisms, list_workspace_tokens
from idtoolkit.workspace import PROFILES_DIR, Workspace, default_workspace_dir, load_config

__all__ = [
    "PROFILES_DIR",
    "Workspace",
    "default_workspace_dir",
    "list_token_keys",
    "list_token_mechanisms",
    "list_workspace_tokens",
    "load_config",
]
