"""GUI fixtures: an application context on a copy of the demo town."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kuntasome.core.database import inspect_database
from kuntasome.core.paths import DataPaths

from kuntasome.ui.collector import collect_on_gui_thread
from kuntasome.ui.context import AppContext
from kuntasome.ui.main_window import MainWindow
from kuntasome.ui.preferences import Preferences
from kuntasome.ui.translations import LanguageManager


class LoggedErrors(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(scope="session", autouse=True)
def collector(qapp: QApplication) -> None:
    """As the application does: garbage is collected on the GUI thread, never by a worker
    that happens to allocate (which destroyed an earlier test's widgets off their thread)."""
    collect_on_gui_thread(qapp)


@pytest.fixture(autouse=True)
def no_logged_errors(request: pytest.FixtureRequest) -> Iterator[LoggedErrors]:
    """A background task's failure (or any error the window logs) fails the test: the
    user would only see a vague message, and the log is where it would hide. A test that
    provokes one on purpose is marked ``logs_errors``."""
    handler = LoggedErrors()
    logger = logging.getLogger("kuntasome")
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
    if request.node.get_closest_marker("logs_errors") is None and handler.records:
        pytest.fail(
            "errors were logged:\n"
            + "\n".join(
                f"{r.name}: {r.getMessage()} {r.exc_info and r.exc_info[1]!r}"
                for r in handler.records
            )
        )


@pytest.fixture
def context(qapp: QApplication, demo_paths: DataPaths) -> Iterator[AppContext]:
    preferences = Preferences.open(demo_paths)
    languages = LanguageManager()
    languages.apply("en")
    ctx = AppContext(demo_paths, inspect_database(demo_paths.database_url), preferences, languages)
    on_gui_thread = _watch_gui_thread_writes(ctx)
    yield ctx
    ctx.close()
    languages.apply("en")
    assert not on_gui_thread, "the window wrote on the GUI thread:\n" + "\n".join(on_gui_thread)


WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


def _watch_gui_thread_writes(ctx: AppContext) -> list[str]:
    """Every write the window's code makes on the GUI thread (it must run them off it, see
    ``ui/operations``); writes the test itself makes to set the scene are not counted."""
    import threading
    import traceback

    from sqlalchemy import event

    found: list[str] = []

    def check(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        if not statement.lstrip().upper().startswith(WRITES):
            return
        frames = [f for f in traceback.extract_stack() if "/kuntasome/ui/" in f.filename]
        if frames:
            where = frames[-1]
            found.append(f"{statement.split()[0]} {statement.split()[2]} from {where.name}")

    event.listen(ctx.engine(), "before_cursor_execute", check)
    return found


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


def settle(qtbot: object, timeout_ms: int = 10_000) -> None:
    """Wait until every operation started by a click has finished (they run off the GUI
    thread) and its follow-up has run."""
    from kuntasome.ui import operations

    qtbot.waitUntil(lambda: operations.running() == 0, timeout=timeout_ms)  # type: ignore[attr-defined]


def open_window(
    qtbot: QtBot,
    context: AppContext,
    *,
    language: str | None = None,
    size: tuple[int, int] | None = (1366, 768),
) -> MainWindow:
    """The main window as a user sees it (on a laptop's screen unless *size* is None: then
    at the size it keeps), built and with Today's figures in."""
    if language is not None:
        context.languages.apply(language)
    window = MainWindow(context)
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    qtbot.waitUntil(lambda: window.ready and window.today.overview is not None, timeout=10_000)
    return window
