"""Starting the application: database problems get a translated message, not a traceback."""

from __future__ import annotations

import argparse
import hashlib
import sqlite3
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kuntasome.core.paths import DataPaths

from kuntasome.ui.main_window import LazyPage, MainWindow
from kuntasome.ui.sections import SECTIONS

from kuntasome.app import run_gui

from tests.ui.conftest import when_modal


@pytest.fixture(autouse=True)
def _plain_application(qapp: QApplication) -> Iterator[None]:
    """run_gui styles the one QApplication of the test run; later tests get it unstyled."""
    yield
    qapp.setStyleSheet("")


def args(paths: DataPaths, lang: str) -> argparse.Namespace:
    return argparse.Namespace(data_dir=str(paths.root), lang=lang, db=None)


def capture_and_close(seen: list[str]) -> None:
    def handle(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.reject()

    when_modal(handle)


@pytest.mark.logs_errors
def test_corrupt_database_gets_a_finnish_message(qapp: QApplication, tmp_path: object) -> None:
    paths = DataPaths(tmp_path / "data")  # type: ignore[operator]
    paths.root.mkdir(parents=True)
    paths.database.write_bytes(b"\x00garbage" * 500)
    paths.settings_file.write_text("[General]\nlanguage=fi\n")
    before = hashlib.sha256(paths.database.read_bytes()).hexdigest()
    seen: list[str] = []
    capture_and_close(seen)
    assert run_gui(args(paths, "fi")) == 2
    assert seen and seen[0].startswith("Tietokantatiedosto") and "vioittunut" in seen[0]
    assert hashlib.sha256(paths.database.read_bytes()).hexdigest() == before


@pytest.mark.logs_errors
def test_newer_database_gets_a_swedish_message(qapp: QApplication, demo_paths: DataPaths) -> None:
    con = sqlite3.connect(demo_paths.database)
    con.execute("UPDATE alembic_version SET version_num='0042'")
    con.commit()
    con.close()
    demo_paths.settings_file.write_text("[General]\nlanguage=sv\n")
    seen: list[str] = []
    capture_and_close(seen)
    assert run_gui(args(demo_paths, "sv")) == 2
    assert "nyare version av KuntaSome" in seen[0]


def test_missing_database_asks_before_creating(qapp: QApplication, tmp_path: object) -> None:
    paths = DataPaths(tmp_path / "data")  # type: ignore[operator]
    paths.root.mkdir(parents=True)
    paths.settings_file.write_text("[General]\nlanguage=en\n")  # not a first start
    seen: list[str] = []
    capture_and_close(seen)  # answers No
    assert run_gui(args(paths, "en")) == 1
    assert "does not exist" in seen[0]
    assert not paths.database.exists()


def test_an_empty_database_file_is_not_silently_made_a_new_register(
    qapp: QApplication, tmp_path: object
) -> None:
    """Issue 20, family 9: a zero-byte kuntasome.sqlite (a failed copy) became an empty
    register without a word; the window now asks, as for a missing file."""
    paths = DataPaths(tmp_path / "data")  # type: ignore[operator]
    paths.root.mkdir(parents=True)
    paths.database.write_bytes(b"")
    paths.settings_file.write_text("[General]\nlanguage=en\n")  # not a first start
    seen: list[str] = []
    capture_and_close(seen)  # answers No
    assert run_gui(args(paths, "en")) == 1
    assert "is empty: it holds no register" in seen[0]
    assert paths.database.read_bytes() == b""


@pytest.mark.parametrize("section", [s.key for s in SECTIONS])
def test_the_window_opens_on_the_section_used_last(
    qapp: QApplication, demo_paths: DataPaths, section: str
) -> None:
    """Every section as the restored one: the window is painted first, then the section's
    page is built and shown, without an error reaching the user."""
    row = next(i for i, s in enumerate(SECTIONS) if s.key == section)
    demo_paths.settings_file.write_text(f"[General]\nlanguage=en\n\n[window]\nsection={row}\n")
    seen: dict[str, object] = {}

    def close_window() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                page = widget.pages[section]
                content = page.content if isinstance(page, LazyPage) else page
                if content is None:
                    break  # not built yet: it is, right after the first paint
                seen["title"] = widget.windowTitle()
                seen["row"] = widget.nav.currentRow()
                seen["shown"] = widget.stack.currentWidget() is page and content.isVisible()
                widget.close()
                return
        QTimer.singleShot(50, close_window)

    QTimer.singleShot(50, close_window)
    assert run_gui(args(demo_paths, "en")) == 0
    assert seen == {"title": "KuntaSome", "row": row, "shown": True}


def test_the_window_starts_without_loading_the_database_layer() -> None:
    """The start-up boundary: everything the window imports before its first paint leaves
    SQLAlchemy unloaded (it loads in the Today worker, after the paint)."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import kuntasome.cli, kuntasome.app, kuntasome.ui.main_window\n"
        "import kuntasome.ui.settings_dialog, kuntasome.ui.today_page\n"
        "print(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'alembic') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


FIRST_PAINT = r"""
import json, sys
import PySide6.QtCore as QtCore
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

LATER = ("sqlalchemy", "kuntasome.ui.today_page", "kuntasome.ui.archive.backups",
         "kuntasome.ui.tasks", "kuntasome.ui.operations", "kuntasome.ui.calendar.calendar_page")
app = QApplication(sys.argv[:1])
seen = {}

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and type(obj).__name__ == "MainWindow" and not seen:
            seen["loaded"] = sorted(m for m in LATER if m in sys.modules)
            seen["qt_namespace"] = "Qt" in QtCore.__dict__
            seen["nav"] = [obj.nav.item(i).text() for i in range(obj.nav.count())]
            seen["menus"] = [a.text() for a in obj.menuBar().actions()]
            self.window = obj
            QTimer.singleShot(0, self.when_ready)
        return False

    def when_ready(self):
        window = self.window
        if not (getattr(window, "ready", True) and window.today.overview is not None):
            QTimer.singleShot(20, self.when_ready)
            return
        seen["greeting"] = window.today.greeting.text()
        seen["calendar"] = type(window.stack.currentWidget().content).__name__
        seen["actions"] = len(window.file_menu.actions())
        print(json.dumps(seen))
        window.close()

first = FirstPaint()
app.installEventFilter(first)
from kuntasome.cli import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def test_the_first_paint_shows_the_frame_and_the_rest_follows(demo_paths: DataPaths) -> None:
    """Cold start (issue 17, item 20): the first paint shows the window's frame in the user's
    language — the sections, the menu titles — before the Today page, backups, the thread
    pool's helpers, the section used last and Qt's big enum namespace are even loaded (it was
    2.3 times a bare window's start); right after it the rest is built and the data arrives."""
    import json
    import os
    import subprocess
    import sys

    demo_paths.settings_file.write_text("[General]\nlanguage=sv\n\n[window]\nsection=2\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT, str(demo_paths.root)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["loaded"] == []
    assert seen["qt_namespace"] is False
    assert seen["nav"][:3] == ["I dag", "Kanaler", "Kalender"]
    assert seen["menus"] == ["&Arkiv", "&Visa", "&Hjälp"]
    assert "Kalliorannan" in seen["greeting"] or "Kallioranta" in seen["greeting"]
    assert seen["calendar"] == "CalendarPage"  # the section used last, built after the paint
    assert seen["actions"] > 3  # the File menu's actions came with the rest
