"""Choosing files: the platform's own dialog where it has one (Windows, macOS; Qt's
translated dialog elsewhere), starting where the user keeps files — the folder last used,
else Downloads for opening (exports arrive there) and Documents for saving — never the
application's folder.

The functions take and return what QFileDialog's static functions do, so a caller only
changes the name it calls.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from kuntasome.core.i18n import QT_TRANSLATE_NOOP

_last_folder: Path | None = None

# Qt's own Finnish catalogue leaves these file dialog texts untranslated (and the Swedish
# one "My Computer"): ours fills them, since a translator installed earlier answers when a
# later one has no translation.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "My Computer"),
)


def _standard(location: QStandardPaths.StandardLocation) -> Path | None:
    found = QStandardPaths.writableLocation(location)
    return Path(found) if found and Path(found).is_dir() else None


def start_folder(saving: bool) -> Path:
    """Where a file dialog opens when the caller names no folder."""
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    first = (
        QStandardPaths.StandardLocation.DocumentsLocation
        if saving
        else QStandardPaths.StandardLocation.DownloadLocation
    )
    for location in (first, QStandardPaths.StandardLocation.DocumentsLocation):
        folder = _standard(location)
        if folder is not None:
            return folder
    return Path.home()


def _start(given: str, saving: bool) -> str:
    if not given:
        return str(start_folder(saving))
    path = Path(given)
    if not path.is_absolute() and len(path.parts) == 1:  # a suggested file name
        return str(start_folder(saving) / path)
    return given


def remember(chosen: str) -> None:
    """The next dialog opens in the folder of what was just chosen."""
    global _last_folder
    if chosen:
        path = Path(chosen)
        _last_folder = path if path.is_dir() else path.parent


def open_file_name(
    parent: QWidget, caption: str, folder: str = "", filters: str = ""
) -> tuple[str, str]:
    name, chosen = QFileDialog.getOpenFileName(parent, caption, _start(folder, False), filters)
    remember(name)
    return name, chosen


def open_file_names(
    parent: QWidget, caption: str, folder: str = "", filters: str = ""
) -> tuple[list[str], str]:
    names, chosen = QFileDialog.getOpenFileNames(parent, caption, _start(folder, False), filters)
    if names:
        remember(names[0])
    return names, chosen


def save_file_name(
    parent: QWidget, caption: str, suggested: str = "", filters: str = ""
) -> tuple[str, str]:
    name, chosen = QFileDialog.getSaveFileName(parent, caption, _start(suggested, True), filters)
    remember(name)
    return name, chosen


def existing_folder(parent: QWidget, caption: str, folder: str = "") -> str:
    chosen = QFileDialog.getExistingDirectory(parent, caption, _start(folder, True))
    remember(chosen)
    return chosen
