"""Backups in the window: *File › Back up now…*, *Restore from a backup…*, *Backups…*, and
the automatic backups (first start of the day, and when the window closes).

A team database on a server is backed up on the server: there, the actions are disabled
and say why.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QProcess, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from kuntasome.core.archive.backup import (
    BackupResult,
    automatic_backup,
    automatic_backup_due,
    backup_overdue,
    default_backup_path,
    last_backup_at,
    make_backup,
)
from kuntasome.core.archive.restore import (
    SET_ASIDE,
    BackupManifest,
    RestoreResult,
    holds_data,
    restore_backup,
    verify_backup,
)
from kuntasome.core.cancel import Cancellation
from kuntasome.core.errors import UserError
from kuntasome.core.messages import arg
from kuntasome.core.paths import DataPaths
from kuntasome.core.settings import BACKUP_COPY_FOLDER, BACKUP_KEEP, LAST_BACKUP

from kuntasome.ui.context import AppContext
from kuntasome.ui.file_dialogs import open_file_name, save_file_name
from kuntasome.ui.formatting import format_data_size, format_local_datetime
from kuntasome.ui.tasks import Cancelled, run_in_background, wait_with_progress

if TYPE_CHECKING:
    from kuntasome.core.channels.secrets import MissingSecret

log = logging.getLogger(__name__)


def restart_application() -> None:
    """Start KuntaSome again with the same arguments (after a restore), then quit this one."""
    if getattr(sys, "frozen", False):  # an installed, frozen build
        QProcess.startDetached(sys.executable, sys.argv[1:])
    else:
        QProcess.startDetached(sys.executable, sys.argv)
    QCoreApplication.quit()


def _restore(
    path: Path, paths: DataPaths, progress: Callable[[int, int], None], cancel: Cancellation
) -> tuple[RestoreResult, list[MissingSecret]]:
    """The restore, then which secrets the keyring of this computer lacks (both off the GUI
    thread: asking the keyring takes a moment per secret)."""
    # Imported here: the channel core loads the ORM, which the window must not wait for at
    # start (the window imports this module; tests/ui/test_startup.py guards the boundary).
    from kuntasome.core.channels.secrets import missing_secrets

    result = restore_backup(path, paths, replace=True, progress=progress, cancel=cancel)
    return result, missing_secrets(paths.database_url) or []


def _secret_line(secret: MissingSecret) -> str:
    from kuntasome.core.channels.secrets import KIND_LABELS  # as above: not at start

    kind = QCoreApplication.translate("SecretKind", KIND_LABELS[secret.kind])
    return f"• {secret.channel}: {kind}"


class Backups(QObject):
    """The window's backup actions and the automatic backups, over the core services."""

    # A backup was made (or failed): the Today overview shows the new state.
    changed = Signal()

    def __init__(
        self,
        parent: QWidget,
        context: AppContext,
        *,
        automatic: bool = False,
        restart: Callable[[], None] = restart_application,
    ) -> None:
        super().__init__(parent)
        self.window = parent
        self.context = context
        self.automatic = automatic and self.available
        self.restart = restart
        self.running = False
        self.restored = False  # the data was replaced: no closing backup of the old one

    # -- state -------------------------------------------------------------------------
    @property
    def available(self) -> bool:
        """Backups are of a data folder's SQLite database, not of a team server."""
        return self.context.database.path is not None

    def unavailable_reason(self) -> str:
        return self.tr(
            "A team database on a server is backed up on the server (for example with"
            " pg_dump), not from this window."
        )

    def last_backup(self) -> datetime | None:
        recorded = self.context.preferences.get(LAST_BACKUP)
        try:
            when = datetime.fromisoformat(recorded) if recorded else None
        except ValueError:
            when = None
        return last_backup_at(self.context.paths.backups, when)

    def overdue(self, now: datetime | None = None) -> bool:
        return self.state(now)[1]

    def state(self, now: datetime | None = None) -> tuple[datetime | None, bool]:
        """The last backup and whether it is overdue, from one look at the backups folder."""
        if not self.available:
            return None, False
        last = self.last_backup()
        return last, backup_overdue(last, now)

    def keep(self) -> int:
        return max(1, self.context.preferences.get(BACKUP_KEEP))

    def copy_folder(self) -> Path | None:
        folder = self.context.preferences.get(BACKUP_COPY_FOLDER)
        return Path(folder) if folder else None

    def _record(self, result: BackupResult) -> None:
        preferences = self.context.preferences
        preferences.set(LAST_BACKUP, result.created_at.isoformat(timespec="seconds"))
        preferences.sync()
        self.changed.emit()

    def _status(self, text: str) -> None:
        status = getattr(self.window, "statusBar", None)
        if status is not None:
            status().showMessage(text, 15_000)

    def _error_text(self, exc: BaseException) -> str:
        if isinstance(exc, UserError):
            return exc.translated(QCoreApplication.translate)
        log.error("Backup or restore failed", exc_info=exc)
        return self.tr("It failed for a reason the log file describes.")

    # -- actions -----------------------------------------------------------------------
    def back_up_now(self, out: Path | None = None) -> BackupResult | None:
        """Ask where (unless *out*), then back up with a progress bar and Cancel."""
        if not self.available:
            QMessageBox.information(self.window, self.tr("Back up"), self.unavailable_reason())
            return None
        if out is None:
            suggested = default_backup_path(self.context.paths)
            suggested.parent.mkdir(parents=True, exist_ok=True)
            name, _ = save_file_name(
                self.window, self.tr("Back up to"), str(suggested), self.tr("Backups (*.zip)")
            )
            if not name:
                return None
            out = Path(name)
        cancel = Cancellation()
        try:
            result: BackupResult = wait_with_progress(
                self.window,
                self.tr("Backing up the database, evidence and media…"),
                lambda progress: make_backup(
                    self.context.paths, out, progress=progress, cancel=cancel
                ),
                cancel=cancel,
            )
        except Cancelled:
            self._status(self.tr("Backup cancelled: no file was written."))
            return None
        except Exception as exc:
            QMessageBox.warning(
                self.window,
                self.tr("Back up"),
                arg(self.tr("The backup was not made. {reason}"), reason=self._error_text(exc)),
            )
            return None
        self._record(result)
        self._status(
            arg(
                self.tr("Backed up %n file(s) ({size}) to {file}.", "", result.files),
                size=format_data_size(result.size),
                file=str(result.path),
            )
        )
        return result

    def restore(self, path: Path | None = None, *, confirm: bool = True) -> bool:
        """Check a backup, say what it holds and what happens to today's data, restore it
        and start again on the restored data."""
        if not self.available:
            QMessageBox.information(self.window, self.tr("Restore"), self.unavailable_reason())
            return False
        if path is None:
            name, _ = open_file_name(
                self.window,
                self.tr("Restore from a backup"),
                str(self.context.paths.backups),
                self.tr("Backups (*.zip)"),
            )
            if not name:
                return False
            path = Path(name)
        try:
            manifest: BackupManifest = wait_with_progress(
                self.window,
                self.tr("Checking every file of the backup…"),
                lambda progress: verify_backup(path, progress=progress),
            )
        except Cancelled:
            return False
        except Exception as exc:
            QMessageBox.warning(self.window, self.tr("Restore"), self._error_text(exc))
            return False
        if confirm and not self._confirm(manifest):
            return False
        paths = self.context.paths
        self.context.close()  # no connection of ours may hold the file being replaced
        cancel = Cancellation()
        try:
            result, missing = wait_with_progress(
                self.window,
                self.tr("Restoring…"),
                lambda progress: _restore(path, paths, progress, cancel),
                cancel=cancel,
            )
        except Cancelled:
            self._status(self.tr("Restore cancelled: nothing was changed."))
            return False
        except Exception as exc:
            QMessageBox.warning(
                self.window,
                self.tr("Restore"),
                arg(self.tr("Nothing was restored. {reason}"), reason=self._error_text(exc)),
            )
            return False
        self.restored = True
        lines = [self.tr("The backup was restored.")]
        if result.set_aside is not None:
            lines.append(
                arg(
                    self.tr("The data that was here was moved to {folder}; nothing was deleted."),
                    folder=str(result.set_aside),
                )
            )
        if missing:
            lines.append(
                self.tr(
                    "Passwords and backup codes are never in a backup. These are not in this"
                    " computer's password store; enter them again in the channel's Security"
                    " tab:"
                )
                + "\n"
                + "\n".join(_secret_line(m) for m in missing)
            )
        lines.append(self.tr("KuntaSome starts again on the restored data."))
        if confirm:
            QMessageBox.information(self.window, self.tr("Restore"), "\n\n".join(lines))
        self.restart()
        return True

    def _confirm(self, manifest: BackupManifest) -> bool:
        what = arg(
            self.tr(
                "Backup of {organisation}, made {made} by KuntaSome {version}: %n file(s),"
                " {size}. Every file matches its checksum.",
                "",
                len(manifest.files),
            ),
            organisation=manifest.organisation or "–",
            made=format_local_datetime(manifest.created_at),
            version=manifest.app_version,
            size=format_data_size(manifest.size),
        )
        if holds_data(self.context.paths):
            what += "\n\n" + arg(
                self.tr(
                    "It replaces the data in {folder}. Today's data is first moved into the"
                    " folder {aside} there, not deleted."
                ),
                folder=str(self.context.paths.root),
                aside=SET_ASIDE,
            )
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore"), what, parent=self.window)
        box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole

    # -- automatic ---------------------------------------------------------------------
    def start_of_day(self) -> None:
        """The first start of the day backs up in the background; the window stays free."""
        if not self.automatic or self.running:
            return
        if not automatic_backup_due(self.context.paths.backups):
            return
        self.running = True
        paths, keep, copy_to = self.context.paths, self.keep(), self.copy_folder()
        run_in_background(
            lambda: automatic_backup(paths, keep=keep, copy_to=copy_to),
            self._automatic_done,
            self._automatic_failed,
            owner=self,
            always=self._finished,
        )

    def _finished(self) -> None:
        self.running = False

    def _automatic_done(self, result: BackupResult) -> None:
        self._record(result)
        if result.copy_error:
            self._status(
                arg(
                    self.tr("The daily backup was made, but not copied to {folder}: {reason}"),
                    folder=str(self.copy_folder()),
                    reason=result.copy_error,
                )
            )
        else:
            self._status(self.tr("The daily backup was made."))

    def _automatic_failed(self, exc: BaseException) -> None:
        self._status(
            arg(self.tr("The daily backup failed: {reason}"), reason=self._error_text(exc))
        )

    def at_close(self) -> None:
        """The closing backup, with a progress bar: Cancel skips it and the window closes."""
        if not self.automatic or self.restored or not self.context.paths.database.exists():
            return
        cancel = Cancellation()
        paths, keep, copy_to = self.context.paths, self.keep(), self.copy_folder()
        try:
            result: BackupResult = wait_with_progress(
                self.window,
                self.tr("Backing up before closing…"),
                lambda progress: automatic_backup(
                    paths, keep=keep, copy_to=copy_to, progress=progress, cancel=cancel
                ),
                cancel=cancel,
            )
        except Cancelled:
            return
        except Exception as exc:
            QMessageBox.warning(
                self.window,
                self.tr("Back up"),
                arg(
                    self.tr("The closing backup was not made. {reason}"),
                    reason=self._error_text(exc),
                ),
            )
            return
        self._record(result)
