"""The store: Alembic owns the schema on both backends, and the database enforces what must
never happen (a serial used twice by one CA)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from idtoolkit.ca.certificate_recording import certificate_record
from idtoolkit.errors import ConfigurationError, NotFoundError, PassphraseError, StoreError
from idtoolkit.store.db import Store, head_revision
from idtoolkit.store.models import Base, CertificateRecord
from idtoolkit.workspace import Workspace

from .conftest import PASSPHRASE, TwoTier


def _is_search_index(diff: tuple[object, ...]) -> bool:
    kind, what = diff[0], diff[1]
    name = str(getattr(what, "name", ""))
    return (kind == "remove_table" and name.startswith("certificates_subject_fts")) or (
        kind == "remove_index" and name == "ix_certificates_subject_trgm"
    )


def test_migrations_create_exactly_the_models(db_url: str) -> None:
    store = Store(db_url)
    try:
        with store.engine.connect() as conn:
            context = MigrationContext.configure(conn)
            assert context.get_current_revision() == head_revision()
            diffs = [d for d in compare_metadata(context, Base.metadata) if d[0] != "add_fk"]
            # The subject search index (migration 0005) lives outside the models on purpose.
            search_index = [d for d in diffs if _is_search_index(d)]
            assert [d for d in diffs if d not in search_index] == []
            assert search_index, "the subject search index is missing"
        names = set(inspect(store.engine).get_table_names())
        assert {
            "cas",
            "keys",
            "certificates",
            "revocations",
            "crls",
            "audit_events",
            "settings",
        } <= names
        indexes = {i["name"] for i in inspect(store.engine).get_indexes("certificates")}
        assert {
            "ix_certificates_subject",
            "ix_certificates_not_after",
            "ix_certificates_status",
        } <= indexes
        # Lookups by serial use the unique (serial, issuer) constraint's index.
        uniques = inspect(store.engine).get_unique_constraints("certificates")
        assert ["serial_hex", "issuer_ca_id"] in [u["column_names"] for u in uniques]
    finally:
        store.dispose()


def test_a_store_made_by_the_first_release_is_upgraded_with_its_data(
    db_url: str, tmp_path: Path
) -> None:
    from alembic import command

    from idtoolkit import api
    from idtoolkit.store.db import _alembic_config

    ws = Workspace.init(tmp_path / "ws", PASSPHRASE, db_url=db_url)
    api.create_root(ws, "root", "CN=Root,O=Tests,C=SN", "ec-p256")
    issued = api.issue_with_new_key(ws, "root", "tls-client", "CN=c", "ec-p256")
    api.revoke(ws, "root", issued.serial, "superseded")  # rows that refer to certificates
    api.make_crl(ws, "root")
    with ws.store.engine.connect() as connection:
        if ws.store.engine.dialect.name == "sqlite":
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        with connection.begin():
            command.downgrade(_alembic_config(connection), "0001")
    ws.close()
    reopened = Workspace.open(tmp_path / "ws", db_url)  # migrates to head on open, data and all
    try:
        with reopened.store.engine.connect() as conn:
            assert MigrationContext.configure(conn).get_current_revision() == head_revision()
        assert api.find_certificate(reopened, issued.serial).certificate == issued.certificate
        assert [c.name for c in api.list_cas(reopened)] == ["root"]
        assert api.find_certificate(reopened, issued.serial).summary.status == "revoked"
    finally:
        reopened.close()


def test_opening_twice_does_not_migrate_again(db_url: str) -> None:
    Store(db_url).dispose()
    Store(db_url).dispose()


def test_the_database_refuses_a_duplicate_serial_for_one_ca(pki: TwoTier) -> None:
    from idtoolkit import api

    issued = api.issue_with_new_key(pki.ws, "issuing", "tls-client", "CN=one", "ec-p256")
    with pki.ws.store.reading() as s:
        original = s.query(CertificateRecord).filter_by(serial_hex=issued.serial).one()
        issuer_id = original.issuer_ca_id
    duplicate = certificate_record(issued.certificate, issuer_id, "tls-client")
    duplicate.fingerprint_sha256 = "0" * 64  # only the serial collides
    with pytest.raises(StoreError), pki.ws.store.transaction() as s:
        s.add(duplicate)


def test_workspace_passphrase_is_checked_before_any_key_is_touched(tmp_path: Path) -> None:
    Workspace.init(tmp_path / "ws", PASSPHRASE).close()
    ws = Workspace.open(tmp_path / "ws")
    with pytest.raises(PassphraseError, match="wrong workspace passphrase"):
        ws.unlock(b"not the passphrase")
    ws.unlock(PASSPHRASE)
    ws.close()
    # The same rule as the desktop app's new-workspace dialog: 12 characters, counted as typed.
    with pytest.raises(PassphraseError, match="at least 12"):
        Workspace.init(tmp_path / "short", b"eleven char")
    assert not (tmp_path / "short").exists()
    Workspace.init(tmp_path / "accented", "passphrasé12".encode()).close()  # 12 chars, 13 bytes


def test_opening_a_directory_that_is_no_workspace_says_how_to_make_one(tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="initialise it first") as err:
        Workspace.open(tmp_path)
    assert err.value.kind == "workspace.not_initialised"  # the CLI says: run 'idtoolkit init'


def test_a_broken_config_names_the_file_and_key(tmp_path: Path) -> None:
    Workspace.init(tmp_path / "ws", PASSPHRASE).close()
    config = tmp_path / "ws" / "config.toml"
    config.write_text(config.read_text().replace("crl_days = 7", "crl_days = 'weekly'"))
    with pytest.raises(ConfigurationError, match=r"config.toml: ca.crl_days: must be int"):
        Workspace.open(tmp_path / "ws")


def test_an_unreachable_database_is_one_clear_error() -> None:
    with pytest.raises(StoreError, match="cannot open database"):
        Store("postgresql://postgres@127.0.0.1:1/nothing")


def test_timestamps_come_back_in_utc(db_url: str, tmp_path: Path) -> None:
    ws = Workspace.init(tmp_path / "ws", PASSPHRASE, db_url=db_url)
    try:
        from idtoolkit import api

        info = api.create_root(ws, "r", "CN=R,O=Tests,C=SN", "ec-p256")
        assert info.not_after is not None and info.not_after.tzinfo is not None
        assert info.not_after > dt.datetime.now(dt.UTC)
    finally:
        ws.close()


def test_subject_search_finds_text_inside_subjects(pki: TwoTier) -> None:
    """Searching for an ID number or a surname inside the subject (the trigram index on SQLite,
    pg_trgm or a scan on PostgreSQL) finds exactly the subjects that contain it, in any case,
    and keeps up with issuance and subject text with quotes."""
    from idtoolkit import api

    ws = pki.ws
    subjects = [
        "CN=Awa Ndiaye,GN=Awa,SN=Ndiaye,serialNumber=IDCSN-0777777,C=SN",
        "CN=Ibrahima Ndiaye,GN=Ibrahima,SN=Ndiaye,serialNumber=IDCSN-0777778,C=SN",
        r"CN=Fatou \"Fa\" Diop,GN=Fatou,SN=Diop,C=SN",
    ]
    for subject in subjects:
        api.issue_with_new_key(ws, "issuing", "citizen-auth", subject, "ec-p256")

    def found(text: str) -> list[str]:
        return sorted(c.subject for c in api.list_certificates(ws, api.CertFilter(text=text)))

    assert len(found("IDCSN-077777")) == 2
    assert found("0777778") == [api.format_subject(api.parse_subject(subjects[1]))]
    assert len(found("ndiaye")) == 2  # case does not matter
    assert len(found(r"\"Fa\"")) == 1  # quotes are text, not query syntax (stored escaped)
    assert len(found("'Fa")) == 0 and len(found("Fa OR Awa")) == 0
    assert found("Diallo") == []
    assert found("A_a") == [] and found("Aw%") == []  # wildcards are text too
    assert found("Aw") != []  # two characters: below the trigram size, still found
    assert api.count_certificates(ws, api.CertFilter(text="IDCSN-0777")) == 2


def test_opening_a_store_at_the_newest_revision_does_not_load_alembic(tmp_path: Path) -> None:
    """Every command opens the store; one already at the newest revision is recognised from
    its version table and the migration files' revision lines, without importing Alembic
    (a fifth of a single issuance's start-up). Any other store is still judged by Alembic."""
    import subprocess
    import sys

    from idtoolkit.store.db import _scripted_head

    assert _scripted_head() == head_revision()
    url = f"sqlite:///{tmp_path / 'store.db'}"
    Store(url).engine.dispose()  # created and migrated to the head
    probe = (
        "import sys; from idtoolkit.store.db import Store; s = Store(sys.argv[1]); "
        "s.engine.dispose(); print('alembic' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, url], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"
    store = Store(url)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'not-ours'")
    store.engine.dispose()
    with pytest.raises(StoreError) as caught:  # not at the head: Alembic judges, as before
        Store(url)
    assert caught.value.kind == "store.not_ours"
