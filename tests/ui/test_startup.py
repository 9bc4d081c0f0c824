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
