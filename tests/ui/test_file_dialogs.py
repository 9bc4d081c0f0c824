"""File dialogs start where the user keeps files and speak the user's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from kuntasome.ui import file_dialogs
from kuntasome.ui.context import AppContext

from tests.ui.conftest import when_modal


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / ".config"))
    monkeypatch.setattr(file_dialogs, "_last_folder", None)
    (tmp_path / "Downloads").mkdir()
    (tmp_path / "Documents").mkdir()
    return tmp_path


def test_opening_starts_in_downloads_saving_in_documents_then_the_last_folder(home: Path) -> None:
    assert file_dialogs.start_folder(saving=False) == home / "Downloads"
    assert file_dialogs.start_folder(saving=True) == home / "Documents"
    elsewhere = home / "Raportit"
    elsewhere.mkdir()
    file_dialogs.remember(str(elsewhere / "raportti.pdf"))
    assert file_dialogs.start_folder(saving=False) == elsewhere
    assert file_dialogs.start_folder(saving=True) == elsewhere


@pytest.mark.parametrize(
    ("language", "look_in", "file_type"),
    [("fi", "&Sijainti:", "&Tiedostotyyppi:"), ("sv", "&Titta i:", "Filer av &typ:")],
)
def test_the_qt_file_dialog_is_in_the_users_language_and_starts_in_downloads(
    qtbot: QtBot, context: AppContext, home: Path, language: str, look_in: str, file_type: str
) -> None:
    context.languages.apply(language)
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, str] = {}

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        for name in ("lookInLabel", "fileTypeLabel"):
            label = dialog.findChild(QLabel, name)
            assert label is not None
            seen[name] = label.text()
        seen["folder"] = dialog.directory().absolutePath()
        dialog.reject()

    when_modal(look)
    assert file_dialogs.open_file_name(parent, "Tuo", "", "CSV (*.csv)") == ("", "")
    assert seen == {
        "lookInLabel": look_in,
        "fileTypeLabel": file_type,
        "folder": str(home / "Downloads"),
    }
