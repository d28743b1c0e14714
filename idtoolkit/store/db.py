"""Opening the store: engine creation, SQLite tuning, and Alembic migrations.

The schema is owned by Alembic from the first version, so a workspace created today can be
upgraded by any later release, on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError, DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from idtoolkit.errors import StoreError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def normalise_url(url: str) -> str:
    """Accept ``postgresql://`` URLs and use the psycopg 3 driver we depend on."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


#: The operator's own PostgreSQL login, replacing the user (and password) of the workspace's
#: URL: several officers share one ``config.toml`` URL and each connects as themselves.
DB_USER_ENV = "IDTOOLKIT_DB_USER"
DB_PASSWORD_ENV = "IDTOOLKIT_DB_PASSWORD"


def with_operator_login(url: str, environ: Mapping[str, str] | None = None) -> str:
    """``url`` with the user from ``$IDTOOLKIT_DB_USER`` and the password from
    ``$IDTOOLKIT_DB_PASSWORD`` (PostgreSQL URLs only). The password replaces the URL's only
    with a user given too: a password alone belongs to no login. Without one, libpq's own
    ways apply (``~/.pgpass``, ``$PGPASSWORD``), so no password need be written anywhere."""
    env = os.environ if environ is None else environ
    user = env.get(DB_USER_ENV, "")
    if not user or not url.startswith("postgresql"):
        return url
    from sqlalchemy.engine import URL, make_url

    try:
        parsed = make_url(url)
    except Exception:  # an unparseable URL is said by make_engine, redacted
        return url
    mine = URL.create(
        parsed.drivername,
        username=user,
        password=env.get(DB_PASSWORD_ENV) or None,  # not the URL's: that is another login's
        host=parsed.host,
        port=parsed.port,
        database=parsed.database,
        query=parsed.query,
    )
    return mine.render_as_string(hide_password=False)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets readers (the GUI) work while a writer commits; FULL keeps every commit
    # durable on power loss, which an issued certificate must be.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()
    # pysqlite's own transaction handling commits DDL implicitly, so a failed migration would
    # leave half a schema behind. Let SQLAlchemy emit BEGIN itself (its documented recipe):
    # then every transaction, DDL included, commits or rolls back whole.
    dbapi_connection.isolation_level = None


#: Execution option marking a connection whose transaction will write.
WRITE_OPTION = "idtoolkit_write"


def _sqlite_begin(connection: Any) -> None:
    # In WAL mode a deferred BEGIN that later writes gets SQLITE_BUSY at once when another
    # writer holds the lock: the busy timeout is skipped because waiting could deadlock. A
    # write transaction therefore takes the write lock when it starts (BEGIN IMMEDIATE) and
    # waits its turn on busy_timeout, so concurrent writers (serve, the app, a script) queue.
    if connection.get_execution_options().get(WRITE_OPTION):
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("BEGIN")


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    try:
        engine = create_engine(url, future=True)
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        raise StoreError(
            "store.bad_url",
            "cannot use database URL {url}: {problem}",
            url=_redact(url),
            problem=exc,
        ) from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


def _redact(url: str) -> str:
    """Never print a database password."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "<unparseable URL>"


def _alembic_config(engine_connection: Any) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = engine_connection
    return config


def head_revision() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head


_REVISION = re.compile(r'^(down_)?revision\s*=\s*(None|"([^"]+)")\s*$', re.MULTILINE)


def _scripted_head() -> str | None:
    """The newest revision, read from the migration files' ``revision``/``down_revision``
    lines without importing Alembic (~0.2 s of every command's start-up); None whenever the
    files are not that simple (then Alembic is asked)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        if path.name.startswith("_"):  # the package's __init__, not a revision
            continue
        found = {bool(m.group(1)): m.group(3) for m in _REVISION.finditer(path.read_text())}
        if len(found) != 2 or found[False] is None:
            return None
        revisions.add(found[False])
        if found[True] is not None:
            parents.add(found[True])
    heads = revisions - parents
    return next(iter(heads)) if len(heads) == 1 else None


def _at_head(engine: Engine) -> bool:
    """Whether the store is at the newest revision, asked without Alembic; any doubt (no
    version table, an unreadable file, a damaged database) says no and Alembic decides."""
    head = _scripted_head()
    if head is None:
        return False
    try:
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except SQLAlchemyError:
        return False
    return [tuple(row) for row in rows] == [(head,)]


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision (a no-op when it is there already)."""
    if _at_head(engine):
        return
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.util.exc import CommandError as AlembicError

    try:
        with engine.connect() as connection:
            current = MigrationContext.configure(connection).get_current_revision()
        if current == head_revision():
            return
        with engine.connect().execution_options(**{WRITE_OPTION: True}) as connection:
            sqlite = engine.dialect.name == "sqlite"
            if sqlite:
                # Alembic rebuilds SQLite tables (copy, drop, rename); foreign keys must be off
                # for that, and can only be switched outside a transaction.
                connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
            try:
                with connection.begin():
                    command.upgrade(_alembic_config(connection), "head")
                    if sqlite:
                        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                        if broken:
                            raise StoreError(
                                "store.migration_breaks_foreign_keys",
                                "migration would break {broken_count} foreign keys; nothing changed",
                                broken_count=len(broken),
                            )
            finally:
                if sqlite:
                    connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]
    except OperationalError as exc:
        raise StoreError(
            "store.cannot_open",
            "cannot open database {url}: {problem}",
            url=_redact(str(engine.url)),
            problem=exc.orig,
        ) from None
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) == "42501":
            # An operator's own login (``db roles``) may read and write, never change the
            # schema: the upgrade is for the owner of the tables.
            raise StoreError(
                "store.upgrade_needs_owner",
                "the database {url} needs an upgrade to this version, which only the owner of "
                "its tables can make (connected as {user})",
                url=_redact(str(engine.url)),
                user=engine.url.username or "?",
            ) from None
        raise not_our_database(str(engine.url)) from exc
    except (DatabaseError, AlembicError) as exc:
        # A file that is not SQLite at all, a damaged one, or a database whose schema version
        # is none of ours: SQLAlchemy's and Alembic's messages run to several lines.
        raise not_our_database(str(engine.url)) from exc


def not_our_database(url: str) -> StoreError:
    """The one-line error for a store that cannot be read as ours (garbage, damaged)."""
    return StoreError(
        "store.not_ours",
        "{url}: this is not an ID Toolkit database (or it is damaged)",
        url=_redact(url),
    )


def _first_line(exc: SQLAlchemyError) -> str:
    text = str(exc.orig if isinstance(exc, DBAPIError) else exc.args[0] if exc.args else exc)
    return text.strip().splitlines()[0] if text.strip() else type(exc).__name__


def _is_damage(exc: SQLAlchemyError) -> bool:
    """SQLite's words for a file that is damaged or not a database at all."""
    text = str(getattr(exc, "orig", "") or "")
    return isinstance(exc, DatabaseError) and (
        "malformed" in text or "not a database" in text or "no such table" in text
    )


class Store:
    """The database of one workspace; hands out short transactional sessions.

    Thread rule: safe to use from any thread. The engine is SQLAlchemy's pooled (thread-safe)
    engine, and every :meth:`transaction` or :meth:`reading` opens its own session, which
    stays on the thread that opened it (never hand a session to another thread). SQLite
    writers queue on ``BEGIN IMMEDIATE``; readers never wait for them (WAL).
    """

    def __init__(self, url: str):
        self.url = with_operator_login(normalise_url(url))
        self.engine = make_engine(self.url)
        migrate(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def display_url(self) -> str:
        return _redact(self.url)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session committed on success and rolled back on any error: nothing half-written."""
        session = self._sessions()
        try:
            if self.engine.dialect.name == "sqlite":
                session.connection(execution_options={WRITE_OPTION: True})
            yield session
            session.commit()
        except SQLAlchemyError as exc:
            session.rollback()
            if _is_damage(exc):
                raise not_our_database(self.url) from exc
            raise StoreError(
                "store.database_error",
                "database error: {error_type}: {problem}",
                error_type=exc.__class__.__name__,
                problem=_first_line(exc),
            ) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        session = self._sessions()
        try:
            yield session
        except DatabaseError as exc:
            if _is_damage(exc):
                raise not_our_database(self.url) from exc
            raise
        finally:
            session.rollback()
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
