"""Backing up everything in a data folder into one file, while the application runs.

A backup is a zip file: the database as a consistent online copy (SQLite's ``VACUUM INTO``,
which reads one snapshot while others keep writing), the evidence and media files, the
settings file (secrets are never in it: they stay in the keyring) and ``manifest.json`` with
each file's SHA-256 and size, the row count of every table and the app and schema versions.
It is written under a temporary name and renamed into place; Cancel leaves nothing.

Automatic backups go into the data folder's ``backups/``: the last *keep* are kept, and each
can be copied to a second folder (a network drive, a USB stick).
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from kuntasome.core.archive.packing import (
    Meter,
    PackedFile,
    Progress,
    add_to_zip,
    atomic_target,
    files_under,
)
from kuntasome.core.cancel import Cancellation, OperationCancelled
from kuntasome.core.errors import UserError
from kuntasome.core.files import Workspace
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.paths import DataPaths

from kuntasome import __version__

FORMAT = "kuntasome-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATABASE_NAME = "database/kuntasome.sqlite"
SETTINGS_NAME = "settings.ini"
FOLDERS = ("evidence", "media")  # data folders copied file by file
DEFAULT_KEEP = 14
OVERDUE_AFTER = timedelta(days=7)
NAME_PATTERN = re.compile(r"^kuntasome-backup-(\d{8})-(\d{6})(-auto)?\.zip$")


class BackupError(UserError):
    pass


@dataclass(frozen=True)
class BackupResult:
    path: Path
    created_at: datetime
    files: int
    size: int  # bytes of the files inside, before compression
    schema_revision: str
    copied_to: Path | None = None
    copy_error: str = ""  # why the copy into the second folder failed (it never stops a backup)


@dataclass(frozen=True)
class BackupFile:
    """A backup in a folder, known from its name (reading no manifest)."""

    path: Path
    created_at: datetime  # local time of the computer that made it
    automatic: bool
    size: int


def backup_name(now: datetime, *, automatic: bool) -> str:
    stamp = now.astimezone().strftime("%Y%m%d-%H%M%S")
    return f"kuntasome-backup-{stamp}{'-auto' if automatic else ''}.zip"


def list_backups(folder: Path) -> list[BackupFile]:
    """The backups in *folder*, newest first."""
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = NAME_PATTERN.match(path.name)
            if not match or not path.is_file():
                continue
            try:
                made = datetime.strptime(match[1] + match[2], "%Y%m%d%H%M%S").astimezone()
            except ValueError:
                continue
            found.append(BackupFile(path, made, bool(match[3]), path.stat().st_size))
    return sorted(found, key=lambda b: b.created_at, reverse=True)


def last_backup_at(folder: Path, recorded: datetime | None = None) -> datetime | None:
    """When the newest backup was made: the newest in *folder*, or *recorded* (a backup made
    elsewhere, e.g. onto a USB stick) if that is newer."""
    newest = [b.created_at for b in list_backups(folder)[:1]]
    if recorded is not None:
        newest.append(recorded)
    return max(newest) if newest else None


def backup_overdue(last: datetime | None, now: datetime | None = None) -> bool:
    now = now or datetime.now(UTC)
    return last is None or now - last > OVERDUE_AFTER


def automatic_backup_due(folder: Path, today: date | None = None) -> bool:
    """True when no automatic backup was made today (local time) in *folder*."""
    today = today or date.today()
    return not any(b.automatic and b.created_at.date() == today for b in list_backups(folder))


def _damaged(detail: str) -> BackupError:
    return BackupError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database is damaged and cannot be backed up ({detail}). Nothing was"
            " written. Run “kuntasome check” for details.",
        ),
        detail=detail,
    )


def _snapshot(database: Path, target: Path, cancel: Cancellation | None) -> str:
    """A consistent copy of the live *database* in *target*; returns its schema revision."""
    target.unlink(missing_ok=True)  # VACUUM INTO wants a new file
    source = sqlite3.connect(database, timeout=10)
    try:
        if cancel is not None:
            # Checked every few thousand steps inside VACUUM: Cancel stops even a big copy.
            source.set_progress_handler(lambda: int(cancel.cancelled), 10_000)
        try:
            source.execute("VACUUM INTO ?", (str(target),))
        except sqlite3.OperationalError as exc:
            if cancel is not None and cancel.cancelled:
                raise OperationCancelled() from exc
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The database could not be copied for the backup: {detail}"
                ),
                detail=str(exc),
            ) from exc
        except sqlite3.DatabaseError as exc:
            raise _damaged(str(exc)) from exc
    finally:
        source.close()
    copy = sqlite3.connect(target)
    try:
        ok = copy.execute("PRAGMA quick_check").fetchone()[0]
        if ok != "ok":
            raise _damaged(str(ok))
        row = copy.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "{folder} holds no KuntaSome database to back up."),
            folder=str(database.parent),
        ) from exc
    finally:
        copy.close()
    return str(row[0]) if row else ""


def table_counts(database: Path) -> dict[str, int]:
    """Rows in every table of a SQLite file (the manifest's and the restore check's counts)."""
    con = sqlite3.connect(f"file:{database.as_posix()}?mode=ro", uri=True)
    try:
        names = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table'"
                " AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        return {n: int(con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]) for n in names}
    finally:
        con.close()


def _organisation(database: Path) -> tuple[str, str]:
    con = sqlite3.connect(f"file:{database.as_posix()}?mode=ro", uri=True)
    try:
        values = dict(
            con.execute(
                "SELECT key, value FROM setting WHERE key IN ('organisation_name', 'database_id')"
            ).fetchall()
        )
    except sqlite3.DatabaseError:
        values = {}
    finally:
        con.close()
    return values.get("organisation_name", ""), values.get("database_id", "")


def _data_files(paths: DataPaths) -> Iterator[tuple[Path, str]]:
    for folder in FOLDERS:
        root = paths.root / folder
        for path in files_under(root):
            yield path, f"{folder}/{path.relative_to(root).as_posix()}"
    if paths.settings_file.is_file():
        yield paths.settings_file, SETTINGS_NAME


def make_backup(
    paths: DataPaths,
    out: Path,
    *,
    automatic: bool = False,
    progress: Progress | None = None,
    cancel: Cancellation | None = None,
    now: datetime | None = None,
) -> BackupResult:
    """Back up the data folder *paths* into the zip file *out* (replaced if it exists)."""
    now = (now or datetime.now(UTC)).astimezone(UTC)
    if not paths.database.is_file():
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "{folder} holds no KuntaSome database to back up."),
            folder=str(paths.root),
        )
    out = out.absolute()
    if out.is_dir():
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder. Give the name of a file to write."),
            path=str(out),
        )
    try:
        workspace = Workspace(out.parent)
    except OSError as exc:
        raise _cannot_write(out, exc) from exc
    snapshot = workspace.path / "snapshot.sqlite"
    try:
        revision = _snapshot(paths.database, snapshot, cancel)
        data = list(_data_files(paths))
        total = snapshot.stat().st_size + sum(p.stat().st_size for p, _ in data)
        meter = Meter(total, progress, cancel)
        counts = table_counts(snapshot)
        organisation, database_id = _organisation(snapshot)
        packed: list[PackedFile] = []
        with (
            atomic_target(out, workspace) as partial,
            zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive,
        ):
            packed.append(add_to_zip(archive, snapshot, DATABASE_NAME, meter))
            for source, name in data:
                packed.append(add_to_zip(archive, source, name, meter))
            manifest = {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "app_version": __version__,
                "schema_revision": revision,
                "created_at": now.isoformat(timespec="seconds"),
                "automatic": automatic,
                "organisation": organisation,
                "database_id": database_id,
                "counts": counts,
                "files": [{"path": f.path, "sha256": f.sha256, "size": f.size} for f in packed],
            }
            archive.writestr(MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False))
    except OSError as exc:
        raise _cannot_write(out, exc) from exc
    finally:
        workspace.close()
    return BackupResult(out, now, len(packed), sum(f.size for f in packed), revision)


def _cannot_write(out: Path, exc: OSError) -> BackupError:
    return BackupError(
        QT_TRANSLATE_NOOP("Errors", "The backup could not be written to {path}: {detail}"),
        path=str(out),
        detail=exc.strerror or str(exc),
    )


def prune(folder: Path, keep: int) -> list[Path]:
    """Remove the automatic backups in *folder* beyond the newest *keep*; never a backup a
    person made."""
    automatic = [b for b in list_backups(folder) if b.automatic]
    removed = []
    for old in automatic[max(keep, 1) :]:
        try:
            old.path.unlink()
            removed.append(old.path)
        except OSError:
            continue
    return removed


def copy_backup(source: Path, folder: Path, keep: int) -> Path:
    """Copy a backup into a second *folder* atomically, and prune the old ones there."""
    target = folder / source.name
    with atomic_target(target) as partial:
        shutil.copyfile(source, partial)
    prune(folder, keep)
    return target


def automatic_backup(
    paths: DataPaths,
    *,
    keep: int = DEFAULT_KEEP,
    copy_to: Path | None = None,
    progress: Progress | None = None,
    cancel: Cancellation | None = None,
    now: datetime | None = None,
) -> BackupResult:
    """A backup into ``backups/`` (and a copy into *copy_to*), keeping the last *keep*."""
    now = (now or datetime.now(UTC)).astimezone(UTC)
    out = paths.backups / backup_name(now, automatic=True)
    result = make_backup(paths, out, automatic=True, progress=progress, cancel=cancel, now=now)
    prune(paths.backups, keep)
    if copy_to is None:
        return result
    try:
        copied = copy_backup(out, copy_to, keep)
    except OSError as exc:
        # The stick is not plugged in, the network drive is away: the backup itself is made.
        return _with_copy(result, None, exc.strerror or str(exc))
    return _with_copy(result, copied, "")


def _with_copy(result: BackupResult, copied: Path | None, error: str) -> BackupResult:
    return replace(result, copied_to=copied, copy_error=error)


def default_backup_path(paths: DataPaths, now: datetime | None = None) -> Path:
    return paths.backups / backup_name(now or datetime.now(UTC), automatic=False)
