"""The key-value ``settings`` table: the passphrase verifier and the audit chain's head."""

from __future__ import annotations

from sqlalchemy import select

from idtoolkit.store.models import Setting
from idtoolkit.store.session import Session


def setting(session: Session, key: str) -> Setting | None:
    return session.get(Setting, key)


def setting_for_update(session: Session, key: str) -> Setting | None:
    """A setting row, locked until the caller's transaction ends (the audit head: two writers
    must not append after the same event)."""
    return session.execute(
        select(Setting).where(Setting.key == key).with_for_update()
    ).scalar_one_or_none()


def add_setting(session: Session, key: str, value: str) -> Setting:
    row = Setting(key=key, value=value)
    session.add(row)
    return row
