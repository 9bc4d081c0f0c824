"""One KuntaSome window per data folder: a second one on the same folder is told so.

Two windows on one folder would both make the daily and closing backups and write each
other's window settings; the database itself is safe either way (SQLite locks, and team
mode is PostgreSQL). The lock file holds the process id; one left by a process that died is
stale and taken over (QLockFile checks the process).
"""

from __future__ import annotations

from PySide6.QtCore import QLockFile

from kuntasome.core.paths import DataPaths

LOCK_NAME = "kuntasome.lock"


def claim_data_folder(paths: DataPaths) -> QLockFile | None:
    """The data folder's lock, held for as long as the returned object lives; None when
    another running KuntaSome holds it."""
    paths.root.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(paths.root / LOCK_NAME))
    return lock if lock.tryLock(200) else None
