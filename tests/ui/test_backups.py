"""Backups in the window: File › Back up now…, Restore…, Backups…, the Today notice, the
automatic backups at the first start of the day and on closing."""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from kuntasome.core.archive.backup import list_backups, make_backup, table_counts
from kuntasome.core.database import DatabaseInfo, DbState
from kuntasome.core.schema import HEAD
from kuntasome.core.settings import BACKUP_COPY_FOLDER, BACKUP_KEEP, LAST_BACKUP

from kuntasome.ui.archive.backups_dialog import BackupsDialog
from kuntasome.ui.context import AppContext
from kuntasome.ui.main_window import MainWindow

from tests.ui.conftest import choose_file, when_modal


def window_for(qtbot: QtBot, context: AppContext, **kwargs: object) -> MainWindow:
    window = MainWindow(context, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.finish()  # the menus' actions, backups and Today, as after the first paint
    return window


def test_back_up_now_from_the_file_menu_and_the_today_notice(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    window = window_for(qtbot, context)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.today.backup_notice.isVisible())
    assert "No backup" in window.today.backup_text.text()
    titles = [a.text() for a in window.file_menu.actions()]
    assert titles[:3] == ["&Back up now…", "&Restore from a backup…", "Back&ups…"]

    out = tmp_path / "usb" / "kallioranta.zip"
    out.parent.mkdir()
    when_modal(choose_file(str(out)))
    window.backup_action.trigger()
    qtbot.waitUntil(out.exists, timeout=20_000)
    qtbot.waitUntil(lambda: not window.today.backup_notice.isVisible())
    with zipfile.ZipFile(out) as backup:
        assert "database/kuntasome.sqlite" in backup.namelist()
    assert context.preferences.get(LAST_BACKUP)
    assert "Backed up" in window.statusBar().currentMessage()

    # Eight days later the notice is back, with the date and how long ago.
    eight_days_ago = datetime.now(UTC) - timedelta(days=8)
    out.unlink()
    context.preferences.set(LAST_BACKUP, eight_days_ago.isoformat())
    window._show_backup_state()
    assert window.today.backup_notice.isVisible()
    assert "8 days ago" in window.today.backup_text.text()


def test_restore_replaces_the_data_keeps_the_old_aside_and_starts_again(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    backup = make_backup(context.paths, tmp_path / "backup.zip")
    expected = table_counts(context.paths.database)
    # Work done after the backup, which the restore takes back (and keeps aside).
    with context.engine().begin() as conn:
        conn.exec_driver_sql("DELETE FROM monitoringcheckin")
    restarted: list[bool] = []
    window = window_for(qtbot, context)
    window.backups.restart = lambda: restarted.append(True)
    assert window.backups.restore(backup.path, confirm=False)
    assert restarted == [True]
    assert table_counts(context.paths.database) == expected
    aside = list((context.paths.root / "set-aside").iterdir())
    assert len(aside) == 1 and (aside[0] / "kuntasome.sqlite").is_file()
    assert table_counts(aside[0] / "kuntasome.sqlite")["monitoringcheckin"] == 0
    window.close()  # no closing backup of the data that was replaced
    assert list_backups(context.paths.backups) == []


def test_a_damaged_backup_is_refused_in_words_and_nothing_changes(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QMessageBox

    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(b"PK\x03\x04 not really a zip")
    before = context.paths.database.read_bytes()
    window = window_for(qtbot, context)
    shown: list[str] = []

    def read_and_close(box: object) -> None:
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        box.accept()

    when_modal(read_and_close)
    assert not window.backups.restore(damaged)
    qtbot.waitUntil(lambda: bool(shown))
    assert "not a KuntaSome backup" in shown[0] and "Traceback" not in shown[0]
    assert context.paths.database.read_bytes() == before


def test_automatic_backups_at_start_of_day_and_on_closing(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    context.preferences.set(BACKUP_KEEP, 1)
    context.preferences.set(BACKUP_COPY_FOLDER, str(tmp_path / "network-drive"))
    window = window_for(qtbot, context, automatic_backups=True)
    window.backups.start_of_day()
    qtbot.waitUntil(lambda: len(list_backups(context.paths.backups)) == 1, timeout=20_000)
    qtbot.waitUntil(lambda: not window.backups.running)
    assert "daily backup" in window.statusBar().currentMessage()
    window.backups.start_of_day()  # the day's backup is made: not again
    assert not window.backups.running
    first = list_backups(context.paths.backups)[0]
    assert [b.path.name for b in list_backups(tmp_path / "network-drive")] == [first.path.name]

    qtbot.wait(1100)  # the next backup's name is a second later
    window.close()
    kept = list_backups(context.paths.backups)
    assert len(kept) == 1 and kept[0].path != first.path  # keep 1: the closing one
    assert kept[0].automatic


def test_a_window_made_without_automatic_backups_writes_none(
    qtbot: QtBot, context: AppContext
) -> None:
    window = window_for(qtbot, context)
    window.backups.start_of_day()
    window.close()
    assert not context.paths.backups.exists() or list_backups(context.paths.backups) == []


def test_backups_dialog_lists_and_keeps_its_settings(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    make_backup(context.paths, context.paths.backups / "kuntasome-backup-20261130-101500.zip")
    window = window_for(qtbot, context)
    dialog = BackupsDialog(window.backups, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.text(0, 1) == "Made by a person"
    assert dialog.restore_button.isEnabled()
    dialog.keep.setValue(30)
    assert context.preferences.get(BACKUP_KEEP) == 30
    dialog._set_copy_folder(str(tmp_path))
    assert context.preferences.get(BACKUP_COPY_FOLDER) == str(tmp_path)
    dialog.no_copy.click()
    assert context.preferences.get(BACKUP_COPY_FOLDER) == ""


def test_a_team_database_has_no_backup_actions(qtbot: QtBot, context: AppContext) -> None:
    context.database = DatabaseInfo(
        "postgresql+psycopg://ks@127.0.0.1:1/kuntasome", DbState.CURRENT, HEAD, None
    )
    window = window_for(qtbot, context)
    assert not window.backup_action.isEnabled()
    assert "pg_dump" in window.backup_action.toolTip()
    assert not window.backups.overdue()
