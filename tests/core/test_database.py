"""Opening the database: every failure is a clear DatabaseError and changes nothing."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from kuntasome.core.database import DbState, backup_sqlite, inspect_sqlite, prepare_database
from kuntasome.core.db import make_engine
from kuntasome.core.errors import DatabaseError
from kuntasome.core.paths import DataPaths
from kuntasome.core.schema import HEAD


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_missing_database_is_not_created_unless_asked(data_paths: DataPaths) -> None:
    with pytest.raises(DatabaseError, match="does not exist"):
        prepare_database(data_paths.database_url, create=False)
    assert not data_paths.database.exists()


def test_new_database_is_created_current_and_in_wal_mode(data_paths: DataPaths) -> None:
    info = prepare_database(data_paths.database_url, create=True)
    assert info.state is DbState.CURRENT and info.revision == HEAD
    assert inspect_sqlite(data_paths.database).state is DbState.CURRENT
    con = sqlite3.connect(data_paths.database)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    con.close()


def test_engine_enforces_foreign_keys(data_paths: DataPaths) -> None:
    prepare_database(data_paths.database_url, create=True)
    engine = make_engine(data_paths.database_url)
    with pytest.raises(Exception, match="FOREIGN KEY"), engine.begin() as conn:
        conn.execute(text("INSERT INTO posttext (post_id, language, body) VALUES (999, 'fi', '')"))
    engine.dispose()


def test_corrupt_file_is_refused_and_left_alone(data_paths: DataPaths) -> None:
    data_paths.root.mkdir(parents=True)
    data_paths.database.write_bytes(b"This is a Word document, not a database" * 100)
    before = digest(data_paths.database)
    with pytest.raises(DatabaseError, match="damaged or is not a database"):
        prepare_database(data_paths.database_url, create=True)
    assert digest(data_paths.database) == before


def test_damaged_sqlite_pages_are_refused(data_paths: DataPaths) -> None:
    prepare_database(data_paths.database_url, create=True)
    raw = bytearray(data_paths.database.read_bytes())
    raw[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page, keep the header
    data_paths.database.write_bytes(bytes(raw))
    before = digest(data_paths.database)
    with pytest.raises(DatabaseError):
        prepare_database(data_paths.database_url, create=True)
    assert digest(data_paths.database) == before


def test_foreign_sqlite_database_is_refused(data_paths: DataPaths) -> None:
    data_paths.root.mkdir(parents=True)
    con = sqlite3.connect(data_paths.database)
    con.execute("CREATE TABLE recipes (name TEXT)")
    con.commit()
    con.close()
    before = digest(data_paths.database)
    with pytest.raises(DatabaseError, match="is not a KuntaSome database"):
        prepare_database(data_paths.database_url, create=True)
    assert digest(data_paths.database) == before


def test_database_from_a_newer_version_is_refused(data_paths: DataPaths) -> None:
    prepare_database(data_paths.database_url, create=True)
    con = sqlite3.connect(data_paths.database)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = digest(data_paths.database)
    with pytest.raises(DatabaseError, match="newer version") as caught:
        prepare_database(data_paths.database_url, create=True, backup_dir=data_paths.backups)
    assert caught.value.params["revision"] == "9999"
    assert digest(data_paths.database) == before
    assert not data_paths.backups.exists()


def test_database_locked_by_another_program_is_refused(data_paths: DataPaths) -> None:
    prepare_database(data_paths.database_url, create=True)
    other = sqlite3.connect(data_paths.database, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    try:
        with pytest.raises(DatabaseError, match="in use by another program"):
            prepare_database(data_paths.database_url, create=True)
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_failed_migration_rolls_back_schema_changes(data_paths: DataPaths) -> None:
    """SQLite DDL is transactional through our engine: a half migration leaves nothing."""
    prepare_database(data_paths.database_url, create=True)
    engine = make_engine(data_paths.database_url)
    with pytest.raises(RuntimeError), engine.begin() as conn:
        conn.execute(text("CREATE TABLE half_done (id INTEGER)"))
        conn.execute(text("ALTER TABLE channel ADD COLUMN half_column TEXT"))
        raise RuntimeError("migration step failed")
    with engine.connect() as conn:
        tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}
        columns = {r[1] for r in conn.execute(text("PRAGMA table_info(channel)"))}
    engine.dispose()
    assert "half_done" not in tables
    assert "half_column" not in columns


def test_backup_is_a_complete_consistent_copy(demo_paths: DataPaths) -> None:
    copy = backup_sqlite(demo_paths.database, demo_paths.backups, "test")
    assert copy.parent == demo_paths.backups and not list(demo_paths.backups.glob("*.partial"))

    def counts(path: Path) -> tuple[int, int]:
        con = sqlite3.connect(path)
        result = (
            con.execute("SELECT COUNT(*) FROM post").fetchone()[0],
            con.execute("SELECT COUNT(*) FROM moderationentry").fetchone()[0],
        )
        con.close()
        return result

    assert counts(copy) == counts(demo_paths.database)
    assert inspect_sqlite(copy).state is DbState.CURRENT


def test_outdated_database_is_backed_up_before_migrating(demo_paths: DataPaths) -> None:
    """With one revision so far, an "outdated" database is described rather than made."""
    from dataclasses import replace

    current = inspect_sqlite(demo_paths.database)
    outdated = replace(current, state=DbState.OUTDATED, revision="0000")
    prepare_database(
        demo_paths.database_url, create=False, backup_dir=demo_paths.backups, info=outdated
    )
    backups = list(demo_paths.backups.glob("*.sqlite"))
    assert len(backups) == 1 and f"before-{HEAD}" in backups[0].name
    assert inspect_sqlite(backups[0]).state is DbState.CURRENT
    assert inspect_sqlite(demo_paths.database).state is DbState.CURRENT


def test_database_of_the_previous_version_is_backed_up_and_migrated(data_paths: DataPaths) -> None:
    """A real 0001 database with data: the backup holds it as it was, the data survives."""
    from kuntasome.core.migrate import upgrade

    data_paths.root.mkdir(parents=True)
    engine = make_engine(data_paths.database_url)
    upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO channel (platform, handle, display_name, url, account_id, purpose,"
                " audience, languages, tone_of_voice, status, status_changed_at,"
                " review_interval_months, may_sponsor, is_crisis_channel, is_public,"
                " two_factor_method, notes, created_at, updated_at, version_id) VALUES"
                " ('x', '@kallioranta', 'Kallioranta', '', '', 'Tiedotteet', '', 'fi', '',"
                " 'active',"
                " '2026-01-01 00:00:00', 12, 0, 0, 1, 'app', '', '2026-01-01 00:00:00',"
                " '2026-01-01 00:00:00', 1)"
            )
        )
    engine.dispose()
    assert inspect_sqlite(data_paths.database).state is DbState.OUTDATED
    prepare_database(data_paths.database_url, create=False, backup_dir=data_paths.backups)
    assert inspect_sqlite(data_paths.database).revision == HEAD
    (backup,) = data_paths.backups.glob("*.sqlite")
    assert inspect_sqlite(backup).revision == "0001"
    con = sqlite3.connect(data_paths.database)
    row = con.execute("SELECT handle, purpose, purpose_sv FROM channel").fetchone()
    con.close()
    assert row == ("@kallioranta", "Tiedotteet", "")


def test_commits_leave_checkpoints_to_the_background(tmp_path: Path) -> None:
    """A commit never copies the WAL into the database file itself (that fsync took half a
    second on the GUI thread with a large database); the background thread does it."""
    import time

    path = tmp_path / "wal.sqlite"
    engine = make_engine(f"sqlite:///{path.as_posix()}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE blob (data BLOB)"))
    for _ in range(12):  # 6 MB in separate commits: past the autocheckpoint's 1,000 pages
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO blob VALUES (randomblob(500000))"))
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 0
    assert path.stat().st_size < 1_000_000  # still all in the WAL
    deadline = time.monotonic() + 10
    while path.stat().st_size < 6_000_000 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert path.stat().st_size >= 6_000_000  # copied in by the background checkpoint
    engine.dispose()


KILLED_BACKUP = r"""
import os, signal, sys
from pathlib import Path
import kuntasome.core.database as database
database.os.replace = lambda *a: os.kill(os.getpid(), signal.SIGKILL)  # the copy is complete
database.backup_sqlite(Path(sys.argv[1]), Path(sys.argv[2]), "before-0009")
"""


def test_a_migration_killed_while_backing_up_leaves_no_copy(demo_paths: DataPaths) -> None:
    """Issue 20 (the kill harness): the copy of the whole database made before migrating was
    written as `….partial` in the backups folder; killed then, the copy stayed there for good
    under a name nothing removes. Now the next backup removes it."""
    import subprocess
    import sys

    folder = demo_paths.backups
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_BACKUP, str(demo_paths.database), str(folder)], timeout=60
    )
    assert killed.returncode == -9
    assert any(folder.iterdir())  # what the kill left
    made = backup_sqlite(demo_paths.database, folder, "before-0010")  # a later migration
    assert [p.name for p in folder.iterdir()] == [made.name]
