"""Restoring a backup: every checksum verified first, then into an empty data folder, or over
an existing one only when asked — and then its data is moved aside, never deleted.

A backup from a newer version (a schema or a backup format this version does not know) is
refused; an older one is migrated after the restore, as at start.
"""

from __future__ import annotations

import json
import os
import sqlite3
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from kuntasome.core.archive.backup import (
    DATABASE_NAME,
    FOLDERS,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    SETTINGS_NAME,
    table_counts,
)
from kuntasome.core.archive.packing import Meter, Progress, copy_stream
from kuntasome.core.cancel import Cancellation
from kuntasome.core.database import prepare_database
from kuntasome.core.errors import UserError
from kuntasome.core.files import Workspace
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.paths import DataPaths
from kuntasome.core.schema import HEAD, REVISIONS

SET_ASIDE = "set-aside"


class RestoreError(UserError):
    pass


@dataclass(frozen=True)
class ManifestFile:
    path: str
    sha256: str
    size: int


@dataclass(frozen=True)
class BackupManifest:
    app_version: str
    schema_revision: str
    created_at: datetime
    automatic: bool
    organisation: str
    counts: dict[str, int]
    files: tuple[ManifestFile, ...]

    @property
    def size(self) -> int:
        return sum(f.size for f in self.files)


@dataclass(frozen=True)
class RestoreResult:
    manifest: BackupManifest
    folder: Path
    set_aside: Path | None  # where the data that was in the folder went
    migrated_from: str | None  # the backup's schema, when it was older than this version's


def _not_a_backup(path: Path, detail: str = "") -> RestoreError:
    return RestoreError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{name} is not a KuntaSome backup, or it is damaged{detail}. Nothing was changed.",
        ),
        name=path.name,
        detail=f" ({detail})" if detail else "",
    )


def _safe_name(name: str) -> bool:
    parts = PurePosixPath(name).parts
    if not parts or name.startswith("/") or "\\" in name or ".." in parts:
        return False
    if name in (DATABASE_NAME, SETTINGS_NAME):
        return True
    return parts[0] in FOLDERS and len(parts) > 1


def _parse_manifest(path: Path, raw: Any) -> BackupManifest:
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise _not_a_backup(path, "manifest")
    version = raw.get("format_version")
    revision = raw.get("schema_revision")
    if not isinstance(version, int) or not isinstance(revision, str):
        raise _not_a_backup(path, "manifest")
    if version > FORMAT_VERSION or revision not in REVISIONS:
        raise RestoreError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} was made by a newer version of KuntaSome ({version}, schema {revision})."
                " Install that version or a newer one to restore it. Nothing was changed.",
            ),
            name=path.name,
            version=str(raw.get("app_version", "?")),
            revision=revision,
        )
    try:
        files = tuple(
            ManifestFile(str(f["path"]), str(f["sha256"]), int(f["size"])) for f in raw["files"]
        )
        created = datetime.fromisoformat(str(raw["created_at"])).astimezone(UTC)
        counts = {str(k): int(v) for k, v in dict(raw.get("counts", {})).items()}
    except (KeyError, TypeError, ValueError) as exc:
        raise _not_a_backup(path, "manifest") from exc
    names = [f.path for f in files]
    if DATABASE_NAME not in names or len(set(names)) != len(names):
        raise _not_a_backup(path, "manifest")
    for name in names:
        if not _safe_name(name):
            raise _not_a_backup(path, name)
    return BackupManifest(
        app_version=str(raw.get("app_version", "")),
        schema_revision=revision,
        created_at=created,
        automatic=bool(raw.get("automatic", False)),
        organisation=str(raw.get("organisation", "")),
        counts=counts,
        files=files,
    )


def _open(path: Path) -> zipfile.ZipFile:
    if not path.is_file():
        raise RestoreError(QT_TRANSLATE_NOOP("Errors", "There is no file {name}."), name=str(path))
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise _not_a_backup(path) from exc


def read_manifest(path: Path) -> BackupManifest:
    """What a backup says about itself (checks nothing else: see :func:`verify_backup`)."""
    with _open(path) as archive:
        return _manifest_of(path, archive)


def _manifest_of(path: Path, archive: zipfile.ZipFile) -> BackupManifest:
    try:
        raw = json.loads(archive.read(MANIFEST).decode("utf-8"))
    except (KeyError, ValueError, zipfile.BadZipFile, OSError) as exc:
        raise _not_a_backup(path, "manifest") from exc
    return _parse_manifest(path, raw)


def _damaged_file(path: Path, name: str) -> RestoreError:
    return RestoreError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The backup {name} is damaged: {file} is not what was backed up (its checksum"
            " differs). Nothing was changed. Use another backup.",
        ),
        name=path.name,
        file=name,
    )


def _check_entries(path: Path, archive: zipfile.ZipFile, manifest: BackupManifest) -> None:
    present = set(archive.namelist()) - {MANIFEST}
    expected = {f.path for f in manifest.files}
    for name in sorted(expected - present):
        raise RestoreError(
            QT_TRANSLATE_NOOP(
                "Errors", "The backup {name} is incomplete: {file} is missing. Nothing was changed."
            ),
            name=path.name,
            file=name,
        )
    for name in sorted(present - expected):
        raise RestoreError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The backup {name} holds a file its manifest does not list ({file}). Nothing"
                " was changed.",
            ),
            name=path.name,
            file=name,
        )


def _unpack(
    path: Path, archive: zipfile.ZipFile, manifest: BackupManifest, meter: Meter, into: Path | None
) -> None:
    """Read every file, comparing its SHA-256 and size with the manifest; with *into*, write
    it there too (the bytes written are the bytes checked)."""
    _check_entries(path, archive, manifest)
    for entry in manifest.files:
        target = into / entry.path if into is not None else None
        try:
            with archive.open(entry.path) as source:
                if target is None:
                    sha, size = copy_stream(source, _Discard(), meter)
                else:
                    target.parent.mkdir(parents=True, exist_ok=True)
                    with open(target, "wb") as out:
                        sha, size = copy_stream(source, out, meter)
                        out.flush()
                        os.fsync(out.fileno())
        except (zipfile.BadZipFile, EOFError) as exc:  # a CRC error, a cut file
            raise _damaged_file(path, entry.path) from exc
        if sha != entry.sha256 or size != entry.size:
            raise _damaged_file(path, entry.path)


class _Discard:
    def write(self, data: bytes) -> int:
        return len(data)


def verify_backup(
    path: Path, *, progress: Progress | None = None, cancel: Cancellation | None = None
) -> BackupManifest:
    """Check every file of a backup against its manifest. Changes nothing."""
    with _open(path) as archive:
        manifest = _manifest_of(path, archive)
        _unpack(path, archive, manifest, Meter(manifest.size, progress, cancel), None)
    return manifest


def data_items(paths: DataPaths) -> list[Path]:
    """What a restore replaces: the database (with its journal files), evidence, media and
    the settings file. Logs, backups and earlier set-aside data stay where they are."""
    database = paths.database
    candidates = [
        database,
        database.with_name(database.name + "-wal"),
        database.with_name(database.name + "-shm"),
        database.with_name(database.name + "-journal"),
        *(paths.root / folder for folder in FOLDERS),
        paths.settings_file,
    ]
    return [p for p in candidates if p.exists()]


def holds_data(paths: DataPaths) -> bool:
    items = data_items(paths)
    return any(not p.is_dir() or any(p.iterdir()) for p in items)


def restore_backup(
    path: Path,
    paths: DataPaths,
    *,
    replace: bool = False,
    progress: Progress | None = None,
    cancel: Cancellation | None = None,
    now: datetime | None = None,
) -> RestoreResult:
    """Restore the backup *path* into the data folder *paths*.

    Everything is checked and unpacked into a temporary folder inside the data folder first;
    only then is the folder's own data moved aside (with *replace*) and the backup's moved in.
    """
    now = (now or datetime.now(UTC)).astimezone(UTC)
    path = path.absolute()
    with _open(path) as archive:
        manifest = _manifest_of(path, archive)
        if holds_data(paths) and not replace:
            raise RestoreError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The folder {folder} already holds KuntaSome data. Restore into an empty"
                    " folder, or replace the data (it is moved aside into {aside}, not"
                    " deleted). Nothing was changed.",
                ),
                folder=str(paths.root),
                aside=SET_ASIDE,
            )
        try:
            workspace = Workspace(paths.root)
        except OSError as exc:
            raise _cannot_restore(paths, exc) from exc
        staging = workspace.path
        try:
            meter = Meter(manifest.size, progress, cancel)
            _unpack(path, archive, manifest, meter, staging)
            if cancel is not None:
                cancel.check()
            _use_wal(staging / DATABASE_NAME)
            counts = table_counts(staging / DATABASE_NAME)
            if manifest.counts and counts != manifest.counts:
                raise _not_a_backup(path, "counts")
            set_aside = _move_in(staging, paths, now)
        except OSError as exc:
            raise _cannot_restore(paths, exc) from exc
        finally:
            workspace.close()
    migrated_from = None
    if manifest.schema_revision != HEAD:
        prepare_database(paths.database_url, create=False, backup_dir=paths.backups)
        migrated_from = manifest.schema_revision
    return RestoreResult(manifest, paths.root, set_aside, migrated_from)


def _use_wal(database: Path) -> None:
    """The copy in a backup is a plain file (VACUUM INTO); the app runs SQLite in WAL mode."""
    con = sqlite3.connect(database)
    try:
        con.execute("PRAGMA journal_mode=WAL")
    finally:
        con.close()


def _move_in(staging: Path, paths: DataPaths, now: datetime) -> Path | None:
    """Move the folder's data aside (if any) and the staged data into place."""
    current = data_items(paths)
    aside = None
    if current:
        stamp = now.astimezone().strftime("%Y%m%d-%H%M%S")
        aside = paths.root / SET_ASIDE / f"before-restore-{stamp}"
        aside.mkdir(parents=True, exist_ok=False)
        for item in current:
            os.replace(item, aside / item.name)
    moves = [(staging / DATABASE_NAME, paths.database)]
    moves += [(staging / f, paths.root / f) for f in FOLDERS if (staging / f).exists()]
    if (staging / SETTINGS_NAME).exists():
        moves.append((staging / SETTINGS_NAME, paths.settings_file))
    for source, target in moves:
        os.replace(source, target)
    return aside


def _cannot_restore(paths: DataPaths, exc: OSError) -> RestoreError:
    return RestoreError(
        QT_TRANSLATE_NOOP("Errors", "The backup could not be restored into {folder}: {detail}"),
        folder=str(paths.root),
        detail=exc.strerror or str(exc),
    )
