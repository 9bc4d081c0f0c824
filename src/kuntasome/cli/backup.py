"""`kuntasome backup` and `kuntasome restore`: the whole data folder into one file and back."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from kuntasome.core.archive.backup import BackupError, default_backup_path, make_backup
from kuntasome.core.archive.restore import SET_ASIDE, BackupManifest, restore_backup, verify_backup
from kuntasome.core.channels.secrets import KIND_LABELS, missing_secrets
from kuntasome.core.database import sqlite_path
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.paths import DataPaths
from kuntasome.core.settings import LAST_BACKUP

from kuntasome.ui.formatting import format_data_size, format_local_datetime
from kuntasome.ui.preferences import Preferences

from kuntasome.cli.common import EXIT_OK, SubParsers, arg, json_option, print_json

translate = QCoreApplication.translate


def add_parsers(commands: SubParsers) -> None:
    backup = commands.add_parser(
        "backup",
        help=translate("Cli", "back up the database, evidence, media and settings into one file"),
        description=translate(
            "Cli",
            "Back up everything in the data folder into one zip file while the application"
            " may be running: a consistent copy of the database, the evidence and media"
            " files, the settings (never the passwords: they stay in the keyring) and a"
            " manifest with every file's SHA-256.",
        ),
    )
    backup.add_argument(
        "--out",
        type=Path,
        metavar=translate("Cli", "FILE"),
        help=translate("Cli", "the file to write (default: a new file in the backups folder)"),
    )
    json_option(backup)
    backup.set_defaults(run=run_backup)

    restore = commands.add_parser(
        "restore",
        help=translate("Cli", "restore a backup into a data folder"),
        description=translate(
            "Cli",
            "Check every file of a backup against its checksum, then restore it into the data"
            " folder. A folder that already holds data is replaced only with --replace, and its"
            " data is moved aside, never deleted. A backup from an older version is migrated.",
        ),
    )
    restore.add_argument("file", type=Path, metavar=translate("Cli", "FILE"))
    restore.add_argument(
        "--replace",
        action="store_true",
        help=arg(
            translate(
                "Cli", "restore over the data in the folder; that data is moved into {folder} first"
            ),
            folder=SET_ASIDE,
        ),
    )
    restore.add_argument(
        "--check",
        action="store_true",
        help=translate("Cli", "only check the backup's checksums; change nothing"),
    )
    # Also after the command, as people write it: kuntasome restore FILE --data-dir DIR.
    restore.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        metavar=translate("Cli", "FOLDER"),
        help=translate("Cli", "the data folder to restore into"),
    )
    json_option(restore)
    restore.set_defaults(run=run_restore)


def _local_only(args: argparse.Namespace, paths: DataPaths) -> None:
    if args.db and sqlite_path(args.db) != paths.database:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Backup and restore work on a data folder and its SQLite database. A team"
                " database on a server is backed up on the server (for example with pg_dump).",
            )
        )


class _Progress:
    """A percentage on the terminal (not when the output is a pipe or a log)."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.shown = -1

    def __call__(self, done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        if self.enabled and percent != self.shown:
            self.shown = percent
            print(f"\r{percent:3d} %", end="", file=sys.stderr, flush=True)

    def end(self) -> None:
        if self.enabled and self.shown >= 0:
            print(file=sys.stderr)


def run_backup(args: argparse.Namespace, paths: DataPaths) -> int:
    _local_only(args, paths)
    out = args.out or default_backup_path(paths)
    progress = _Progress(not args.json)
    try:
        result = make_backup(paths, out, progress=progress)
    finally:
        progress.end()
    preferences = Preferences.open(paths)
    preferences.set(LAST_BACKUP, result.created_at.isoformat(timespec="seconds"))
    preferences.sync()
    if args.json:
        print_json(
            {
                "file": str(result.path),
                "created_at": result.created_at,
                "files": result.files,
                "bytes": result.size,
                "schema_revision": result.schema_revision,
            }
        )
    else:
        print(
            arg(
                translate("Cli", "Backed up %n file(s) ({size}) → {file}", "", result.files),
                size=format_data_size(result.size),
                file=result.path,
            )
        )
    return EXIT_OK


def _describe(manifest: BackupManifest) -> str:
    made = format_local_datetime(manifest.created_at)
    return arg(
        translate(
            "Cli",
            "Backup of {organisation} made {made} by KuntaSome {version} (schema {revision}):"
            " %n file(s), {size}.",
            "",
            len(manifest.files),
        ),
        organisation=manifest.organisation or "–",
        made=made,
        version=manifest.app_version,
        revision=manifest.schema_revision,
        size=format_data_size(manifest.size),
    )


def run_restore(args: argparse.Namespace, paths: DataPaths) -> int:
    _local_only(args, paths)
    if "data_dir" in args and args.data_dir:
        paths = DataPaths.resolve(args.data_dir)
    progress = _Progress(not args.json)
    try:
        if args.check:
            manifest = verify_backup(args.file, progress=progress)
        else:
            result = restore_backup(args.file, paths, replace=args.replace, progress=progress)
            manifest = result.manifest
    finally:
        progress.end()
    if args.check:
        if args.json:
            print_json({"file": str(args.file), "ok": True, "files": len(manifest.files)})
        else:
            print(_describe(manifest))
            print(translate("Cli", "Every file matches its checksum."))
        return EXIT_OK
    found = missing_secrets(paths.database_url)
    missing, keyring_ok = found or [], found is not None
    if args.json:
        print_json(
            {
                "folder": str(result.folder),
                "files": len(manifest.files),
                "schema_revision": manifest.schema_revision,
                "migrated_from": result.migrated_from,
                "set_aside": str(result.set_aside) if result.set_aside else None,
                "keyring_available": keyring_ok,
                "missing_secrets": [{"channel": m.channel, "kind": m.kind} for m in missing],
            }
        )
        return EXIT_OK
    print(_describe(manifest))
    print(arg(translate("Cli", "Restored into {folder}."), folder=result.folder))
    if result.migrated_from:
        print(
            arg(
                translate("Cli", "The database was brought up to date from schema {revision}."),
                revision=result.migrated_from,
            )
        )
    if result.set_aside:
        print(
            arg(
                translate("Cli", "The data that was in the folder was moved to {folder}."),
                folder=result.set_aside,
            )
        )
    if not keyring_ok:
        print(
            translate(
                "Cli",
                "The computer's password store (keyring) is not available: the channels'"
                " passwords and backup codes cannot be checked.",
            )
        )
    elif missing:
        print(
            translate(
                "Cli",
                "Not in this computer's password store (the keyring is never in a backup);"
                " enter them again in each channel's Security tab:",
            )
        )
        for m in missing:
            print(f"  {m.channel}: {translate('SecretKind', KIND_LABELS[m.kind])}")
    return EXIT_OK
