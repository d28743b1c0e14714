"""Files the toolkit writes (atomically, public or secret, never over an old one) and the
strict TOML tables it reads."""

from idtoolkit.files import (
    check_output_target,
    is_stream,
    make_private_dir,
    write_atomic,
    write_new,
    write_public,
    write_secret,
)
from idtoolkit.strict_toml import StrictTable, loads_toml

__all__ = [
    "StrictTable",
    "check_output_target",
    "is_stream",
    "loads_toml",
    "make_private_dir",
    "write_atomic",
    "write_new",
    "write_public",
    "write_secret",
]
