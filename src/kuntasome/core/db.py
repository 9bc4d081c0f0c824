"""Engines and sessions. The only module that knows SQLite's connection quirks."""

from __future__ import annotations

import logging
import sqlite3
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlmodel import Session

__all__ = ["Engine", "is_sqlite", "make_engine", "reset_id_sequences", "session_scope"]

log = logging.getLogger(__name__)

SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=NORMAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=5000",
    # A commit that takes the WAL past 1,000 pages would copy them into the database file
    # and fsync it itself: half a second on the GUI thread with a large database. Commits
    # never checkpoint; a background thread does (see _Checkpointer).
    "PRAGMA wal_autocheckpoint=0",
)
# The background checkpoint runs when the WAL has grown past this size (≈ 1,000 pages).
CHECKPOINT_BYTES = 4 * 1024 * 1024
CHECKPOINT_INTERVAL_S = 2.0


class _Checkpointer:
    """Copies the WAL into the database file now and then, off every caller's thread.

    PASSIVE checkpoints never wait for or block readers and writers. The thread stops when
    the engine is garbage-collected; SQLite itself checkpoints when the last connection
    closes, so a short CLI run leaves no WAL behind either.
    """

    def __init__(self, engine: Engine, path: str) -> None:
        self._path = path
        self._stop = threading.Event()
        weakref.finalize(engine, self._stop.set)
        threading.Thread(target=self._run, name="sqlite-checkpoint", daemon=True).start()

    def _run(self) -> None:
        wal = Path(self._path + "-wal")
        while not self._stop.wait(CHECKPOINT_INTERVAL_S):
            try:
                if wal.exists() and wal.stat().st_size > CHECKPOINT_BYTES:
                    connection = sqlite3.connect(self._path, timeout=1)
                    try:
                        connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
                    finally:
                        connection.close()
            except (OSError, sqlite3.Error):
                log.debug("Background checkpoint skipped", exc_info=True)


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Take transaction control away from the sqlite3 module, which would otherwise
        # commit DDL behind our back: a failed migration must roll back completely.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in SQLITE_PRAGMAS:
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")


def make_engine(url: str, *, echo: bool = False, busy_timeout: float = 5.0) -> Engine:
    """An engine for *url*: SQLite (WAL, foreign keys, transactional DDL) or PostgreSQL.
    *busy_timeout*: how long a SQLite writer waits for another one to finish (seconds)."""
    if is_sqlite(url):
        engine = create_engine(url, echo=echo, connect_args={"timeout": busy_timeout})
        _configure_sqlite(engine)
        database = make_url(url).database
        if database and database != ":memory:":
            _Checkpointer(engine, database)
        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True)


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A short session that commits on success and rolls back on any error.

    Objects stay usable after the session closes (``expire_on_commit=False``), so
    services can hand detached objects to the UI.
    """
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def reset_id_sequences(connection: Any, tables: list[str]) -> None:
    """After inserting explicit ids, move PostgreSQL's id sequences past them.

    SQLite needs nothing: its rowids continue from the largest id.
    """
    if connection.dialect.name != "postgresql":
        return
    for table in tables:
        connection.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
        )
