"""GUI fixtures: an application context on a copy of the demo town."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kuntasome.core.database import inspect_database
from kuntasome.core.paths import DataPaths

from kuntasome.ui.context import AppContext
from kuntasome.ui.translations import LanguageManager


@pytest.fixture
def context(qapp: QApplication, demo_paths: DataPaths) -> Iterator[AppContext]:
    settings = QSettings(str(demo_paths.settings_file), QSettings.Format.IniFormat)
    languages = LanguageManager()
    languages.apply("en")
    ctx = AppContext(demo_paths, inspect_database(demo_paths.database_url), settings, languages)
    yield ctx
    ctx.close()
    languages.apply("en")


def when_modal(handle: Callable[[QWidget], None], timeout_ms: int = 5000) -> None:
    """Call *handle* with the next modal dialog once it is shown (it must close it)."""
    waited = 0

    def poll() -> None:
        nonlocal waited
        widget = QApplication.activeModalWidget()
        if widget is not None and widget.isVisible():
            handle(widget)
            return
        waited += 20
        if waited < timeout_ms:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


def choose_file(path: str) -> Callable[[QWidget], None]:
    """A ``when_modal`` handler that types *path* into Qt's file dialog and accepts it."""
    from PySide6.QtWidgets import QFileDialog, QLineEdit

    def handle(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog), dialog
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        assert edit is not None
        edit.setText(path)
        dialog.accept()

    return handle
