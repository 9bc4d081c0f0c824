"""Opening the database safely: inspect, refuse what we cannot use, back up, migrate.

Every failure a user can meet (missing, locked, corrupt, foreign or too-new database)
raises a :class:`~kuntasome.core.errors.DatabaseError` with a translatable message, and
nothing on disk is changed.
"""

from __future__ import annotations

import enum
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kuntasome.core.errors import DatabaseError, DatabaseInUse
from kuntasome.core.files import Workspace
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.schema import HEAD, REVISIONS

if TYPE_CHECKING:
    pass

# SQLAlchemy is imported inside the functions: the window imports this module before its
# first paint, which must not wait for the ORM (tests/ui/test_startup.py guards the boundary).

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"


class DbState(enum.Enum):
    MISSING = "missing"
    EMPTY = "empty"
    OUTDATED = "outdated"
    CURRENT = "current"


@dataclass(frozen=True)
class DatabaseInfo:
    url: str
    state: DbState
    revision: str | None
    path: Path | None = None

    @property
    def display_name(self) -> str:
        """Where the data lives, for the status bar and messages (never a password)."""
        if self.path is not None:
            return str(self.path)
        from sqlalchemy.engine import make_url

        return make_url(self.url).render_as_string(hide_password=True)


def sqlite_path(url: str) -> Path | None:
    """The file behind a ``sqlite:///`` URL, or None for other databases."""
    prefix = "sqlite:///"
    if not url.startswith(prefix):
        return None
    rest = url[len(prefix) :].split("?", 1)[0]
    if not rest or rest == ":memory:":
        return None
    return Path(rest)


def _classify(url: str, revision: str | None, has_tables: bool, path: Path | None) -> DatabaseInfo:
    if revision is None:
        if has_tables:
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{name} is not a KuntaSome database. Choose another file or folder."
                ),
                name=str(path or url),
            )
        return DatabaseInfo(url, DbState.EMPTY, None, path)
    if revision not in REVISIONS:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database {name} was made by a newer version of KuntaSome (schema {revision})."
                " Install the newer version to open it. Nothing was changed.",
            ),
            name=str(path or url),
            revision=revision,
        )
    state = DbState.CURRENT if revision == HEAD else DbState.OUTDATED
    return DatabaseInfo(url, state, revision, path)


def _corrupt(path: Path, detail: str) -> DatabaseError:
    return DatabaseError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database file {path} is damaged or is not a database ({detail})."
            " Nothing was changed. Restore it from a backup in the backups folder.",
        ),
        path=str(path),
        detail=detail,
    )


def _locked(path: Path) -> DatabaseError:
    return DatabaseInUse(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database {path} is in use by another program, or by KuntaSome in another"
            " window. Close it and try again.",
        ),
        path=str(path),
    )


def inspect_sqlite(path: Path, url: str | None = None) -> DatabaseInfo:
    """Classify a SQLite file with the standard library only (fast: no SQLAlchemy)."""
    url = url or f"sqlite:///{path.as_posix()}"
    if not path.exists():
        return DatabaseInfo(url, DbState.MISSING, None, path)
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise _corrupt(path, exc.strerror or str(exc)) from exc
    if header and header != SQLITE_MAGIC:
        raise _corrupt(path, "header")
    try:
        con = sqlite3.connect(path, timeout=1)
    except sqlite3.Error as exc:
        raise _corrupt(path, str(exc)) from exc
    try:
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in names:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc):
            raise _locked(path) from exc
        raise _corrupt(path, str(exc)) from exc
    except sqlite3.DatabaseError as exc:
        raise _corrupt(path, str(exc)) from exc
    finally:
        con.close()
    return _classify(url, revision, bool(names - {"alembic_version"}), path)


def _read_only(path: Path) -> DatabaseError:
    return DatabaseError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database file {path} cannot be written: the file or its folder is read-only."
            " It is not damaged and nothing was changed. Give yourself permission to write"
            " to it, or copy the data folder to a place where you can.",
        ),
        path=str(path),
    )


def write_refusal(path: Path, exc: sqlite3.Error) -> DatabaseError:
    """What SQLite's refusal to begin writing *path* means for the user."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return _locked(path)
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return _read_only(path)  # an intact file that cannot be written is not damaged
    return _corrupt(path, str(exc))


def ensure_writable(path: Path, timeout: float = 1.0) -> None:
    """Refuse a SQLite file another process holds a write lock on, or one that cannot be
    written at all (read-only), saying which."""
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise _read_only(path)
    con = sqlite3.connect(path, timeout=timeout, isolation_level=None)
    try:
        con.execute("BEGIN IMMEDIATE")
        con.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        raise write_refusal(path, exc) from exc
    except sqlite3.DatabaseError as exc:
        raise _corrupt(path, str(exc)) from exc
    finally:
        con.close()


def inspect_server(url: str) -> DatabaseInfo:
    """Classify a database on a server (PostgreSQL)."""
    from sqlalchemy import inspect, text
    from sqlalchemy.exc import OperationalError

    from kuntasome.core.db import make_engine

    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            names = set(inspect(conn).get_table_names())
            revision = None
            if "alembic_version" in names:
                revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except OperationalError as exc:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "Cannot connect to the database server {name}: {detail}"),
            name=DatabaseInfo(url, DbState.MISSING, None).display_name,
            detail=str(exc.orig).strip().splitlines()[0] if exc.orig else "",
        ) from exc
    finally:
        engine.dispose()
    return _classify(url, revision, bool(names - {"alembic_version"}), None)


def inspect_database(url: str) -> DatabaseInfo:
    path = sqlite_path(url)
    if path is not None:
        return inspect_sqlite(path, url)
    return inspect_server(url)


def backup_sqlite(path: Path, backup_dir: Path, label: str) -> Path:
    """Copy a live SQLite database consistently (backup API), atomically into place."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"{path.stem}-{stamp}-{label}.sqlite"
    with Workspace(backup_dir) as workspace:
        partial = workspace.path / target.name
        src = sqlite3.connect(path)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        os.replace(partial, target)
    return target


def prepare_database(
    url: str, *, create: bool, backup_dir: Path | None = None, info: DatabaseInfo | None = None
) -> DatabaseInfo:
    """Bring the database to the current schema, or raise a DatabaseError and change nothing.

    A missing SQLite file is created only when *create* is true. An outdated database is
    backed up into *backup_dir* first, then migrated in a single transaction.
    """
    info = info or inspect_database(url)
    if info.state is DbState.MISSING and not create:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "The database file {path} does not exist."),
            path=str(info.path),
        )
    if info.state is DbState.EMPTY and not create:
        # Only `init`, `demo` and the window's first start make a register: an empty file
        # where one was (a failed copy, a zero-byte restore) must not become an empty one.
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database {name} is empty: it holds no register. Nothing was changed."
                " Restore it from a backup, or make a new register with 'kuntasome init'.",
            ),
            name=info.display_name,
        )
    if info.path is not None and info.state is not DbState.MISSING:
        ensure_writable(info.path)
    if info.state is DbState.CURRENT:
        return info

    from kuntasome.core.db import make_engine
    from kuntasome.core.migrate import upgrade

    if info.path is not None:
        info.path.parent.mkdir(parents=True, exist_ok=True)
        if info.state is DbState.OUTDATED and backup_dir is not None:
            copy = backup_sqlite(info.path, backup_dir, f"before-{HEAD}")
            log.info("Backed up %s to %s before migrating", info.path, copy)
    from kuntasome.core.organisation import database_id  # organisation imports this module

    engine = make_engine(url)
    try:
        upgrade(engine)
        database_id(engine)  # made now, so no later read (an export) has to write it
    finally:
        engine.dispose()
    log.info("Database %s migrated from %s to %s", info.display_name, info.revision, HEAD)
    return DatabaseInfo(url, DbState.CURRENT, HEAD, info.path)
