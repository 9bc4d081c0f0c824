"""GUI start-up: settings, translators, database checks, then the main window.

The window is shown before SQLAlchemy is imported when the database is already current
(checked with plain sqlite3); the Today overview then loads in the background.
"""

from __future__ import annotations

import argparse
import logging
import sys
from importlib import resources

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from kuntasome.core.database import DatabaseInfo, DbState, ensure_writable, inspect_database
from kuntasome.core.errors import DatabaseError
from kuntasome.core.logsetup import configure_logging
from kuntasome.core.messages import arg
from kuntasome.core.paths import DataPaths
from kuntasome.core.settings import LANGUAGE

from kuntasome.ui.collector import collect_on_gui_thread
from kuntasome.ui.context import AppContext
from kuntasome.ui.crash import CrashHandler, route_qt_messages
from kuntasome.ui.icons import icon
from kuntasome.ui.instance import claim_data_folder
from kuntasome.ui.main_window import MainWindow
from kuntasome.ui.preferences import Preferences
from kuntasome.ui.smoke import report_failure
from kuntasome.ui.translations import LanguageManager, guess_language

from kuntasome import APP_NAME, ORG_DOMAIN, __version__

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def _open_database(url: str, paths: DataPaths, first_start: bool) -> DatabaseInfo | None:
    """Inspect, create or migrate the database; None if the user chose not to go on."""
    info = inspect_database(url)
    if info.state is DbState.CURRENT:
        if info.path is not None:
            ensure_writable(info.path)
        return info
    # Message boxes, the wait cursor and the ORM load only on these rarer paths: the usual
    # start (a current database) paints the window without them (tests/ui/test_startup.py).
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QMessageBox

    if info.state in (DbState.MISSING, DbState.EMPTY) and not first_start:
        question = (
            translate(
                "Startup",
                "The database file {path} does not exist.\n\nIf you moved it, quit and move it"
                " back. Otherwise KuntaSome can start with a new, empty database.\n\n"
                "Create a new, empty database?",
            )
            if info.state is DbState.MISSING
            else translate(
                "Startup",
                "The database file {path} is empty: it holds no register.\n\nIf that is not"
                " what you expected, quit and restore it from a backup. Otherwise KuntaSome"
                " can start a new, empty register in it.\n\nStart a new, empty register?",
            )
        )
        answer = QMessageBox.question(
            None,
            APP_NAME,
            arg(question, path=str(info.path or info.display_name)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
    # Only a new or older database loads the ORM before the window appears (start-up
    # boundary, tests/ui/test_startup.py); a current one is opened after the first paint.
    from kuntasome.core.database import prepare_database

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return prepare_database(url, create=True, backup_dir=paths.backups, info=info)
    finally:
        QGuiApplication.restoreOverrideCursor()


def _open_anyway(paths: DataPaths) -> bool:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Warning,
        APP_NAME,
        arg(
            QCoreApplication.translate(
                "Startup",
                "KuntaSome is already open on this data folder ({folder}). Use that window:"
                " two windows on one folder would both make the backups and overwrite each"
                " other's settings.",
            ),
            folder=str(paths.root),
        ),
    )
    box.addButton(
        QCoreApplication.translate("Startup", "Open anyway"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    return box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole


def _welcome(context: AppContext) -> bool:
    """The first start's settings; imported only then (start-up time)."""
    from kuntasome.ui.settings_dialog import SettingsDialog

    return bool(SettingsDialog(context, first_start=True).exec())


def run_gui(args: argparse.Namespace, languages: LanguageManager | None = None) -> int:
    paths = DataPaths.resolve(args.data_dir)
    configure_logging(paths.log_file)
    log.info("KuntaSome %s starting, data folder %s", __version__, paths.root)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setOrganizationDomain(ORG_DOMAIN)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setWindowIcon(icon("kuntasome"))
    app.setStyleSheet((resources.files("kuntasome") / "resources" / "style.qss").read_text("utf-8"))
    route_qt_messages()
    CrashHandler(paths.log_file).install()
    collect_on_gui_thread(app)  # workers must never destroy widgets

    preferences = Preferences.open(paths)
    first_start = not preferences.has(LANGUAGE)
    language = args.lang or preferences.get(LANGUAGE) or guess_language()
    languages = languages or LanguageManager()
    languages.apply(language)  # the organisation's country follows when it is loaded

    smoke_test = bool(getattr(args, "smoke_test", False))
    claim = claim_data_folder(paths)  # kept until the application ends
    if claim is None:
        if smoke_test:
            return report_failure(f"the data folder {paths.root} is in use")
        if not _open_anyway(paths):
            return 0
    try:
        # The self-test creates a missing database as a first start would, without asking.
        info = _open_database(args.db or paths.database_url, paths, first_start or smoke_test)
    except DatabaseError as exc:
        log.error("Cannot open the database: %s", exc)
        if smoke_test:
            return report_failure(str(exc))
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, APP_NAME, exc.translated(QCoreApplication.translate))
        return 2
    if info is None:
        return 1
    context = AppContext(paths, info, preferences, languages)
    if first_start and not smoke_test and not _welcome(context):
        context.close()
        return 0
    window = MainWindow(context, automatic_backups=not smoke_test)
    if smoke_test:
        from kuntasome.ui.smoke import SmokeTest

        SmokeTest(window)
    window.show()
    status = app.exec()
    context.close()
    return status
