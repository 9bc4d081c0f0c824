"""The evidence pictures of the entry being written: paste, drop, add a file or capture."""

from __future__ import annotations

import tempfile
import weakref
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QImage,
    QKeySequence,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kuntasome.core.files import Workspace
from kuntasome.core.moderation.evidence import IMAGE_SUFFIXES

from kuntasome.ui.file_dialogs import open_file_names
from kuntasome.ui.moderation.capture import RegionSelector, grab_screen_without
from kuntasome.ui.widgets import Retranslating


class EvidenceBox(Retranslating, QWidget):
    """Pictures waiting to be stored with the entry when it is saved."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Pasted and captured screenshots wait in a locked workspace of the system's
        # temporary folder until the entry is saved; it goes with the form (or at exit), and
        # one a crashed window left is removed by the next form.
        workspace = Workspace(Path(tempfile.gettempdir()))
        weakref.finalize(self, workspace.close)
        self.destroyed.connect(lambda *_: workspace.close())
        self._folder = workspace.path
        self.files: list[Path] = []
        self.list = QListWidget()
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(96, 64))
        self.list.setFixedHeight(84)
        self.list.setAcceptDrops(False)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.paste_button = QPushButton()
        self.paste_button.clicked.connect(self.paste)
        self.file_button = QPushButton()
        self.file_button.clicked.connect(self.choose_file)
        self.screen_button = QPushButton()
        self.screen_button.clicked.connect(lambda: self.capture(region=False))
        self.region_button = QPushButton()
        self.region_button.clicked.connect(lambda: self.capture(region=True))
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QGridLayout()
        buttons.addWidget(self.paste_button, 0, 0)
        buttons.addWidget(self.file_button, 0, 1)
        buttons.addWidget(self.remove_button, 0, 2)
        buttons.addWidget(self.region_button, 1, 0)
        buttons.addWidget(self.screen_button, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.setAcceptDrops(True)
        paste = QShortcut(QKeySequence.StandardKey.Paste, self.list)
        paste.activated.connect(self.paste)
        self._selector: RegionSelector | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.paste_button.setText(self.tr("Paste picture"))
        self.paste_button.setToolTip(self.tr("Paste a screenshot from the clipboard"))
        self.file_button.setText(self.tr("Add file…"))
        self.region_button.setText(self.tr("Capture region…"))
        self.region_button.setToolTip(
            self.tr("The window steps aside; drag over the part of the screen to keep")
        )
        self.screen_button.setText(self.tr("Capture screen"))
        self.remove_button.setText(self.tr("Remove"))
        self.hint.setText(
            self.tr("Take the screenshot before removing the comment. Drop picture files here.")
        )
        self.list.setAccessibleName(self.tr("Evidence pictures"))

    # -- adding ----------------------------------------------------------------------------
    def add_image(self, image: QImage, name: str) -> bool:
        if image.isNull():
            return False
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
        path = self._folder / f"{name}-{stamp}.png"
        if not image.save(str(path), "PNG"):  # type: ignore[call-overload]  # (stubs: bytes)
            return False
        self._append(path)
        return True

    def add_file(self, path: Path) -> bool:
        if path.suffix.lower() not in IMAGE_SUFFIXES or QImage(str(path)).isNull():
            return False
        self._append(path)
        return True

    def _append(self, path: Path) -> None:
        self.files.append(path)
        item = QListWidgetItem(
            QIcon(QPixmap(str(path)).scaled(96, 64, Qt.AspectRatioMode.KeepAspectRatio)),
            path.name[:24],
        )
        item.setToolTip(path.name)
        self.list.addItem(item)
        self.changed.emit()

    def paste(self) -> None:
        clipboard = QGuiApplication.clipboard()
        mime = clipboard.mimeData()
        if mime is not None and mime.hasImage():
            self.add_image(clipboard.image(), "clipboard")
        elif mime is not None and mime.hasUrls():
            for url in mime.urls():
                self.add_file(Path(url.toLocalFile()))
        else:
            self.hint.setText(self.tr("The clipboard holds no picture. Take a screenshot first."))

    def choose_file(self) -> None:
        names, _ = open_file_names(
            self,
            self.tr("Add evidence picture"),
            "",
            self.tr("Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)"),
        )
        for name in names:
            self.add_file(Path(name))

    def capture(self, *, region: bool) -> None:
        window = self.window()

        def grabbed(picture: QPixmap) -> None:
            if not region:
                self.add_image(picture.toImage(), "screen")
                return
            self._selector = RegionSelector(picture)
            self._selector.chosen.connect(lambda part: self.add_image(part.toImage(), "region"))
            self._selector.setGeometry(window.screen().geometry())
            self._selector.showFullScreen()

        grab_screen_without(window, grabbed)

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            del self.files[row]
            self.changed.emit()

    def clear(self) -> None:
        """Forget the pictures; the ones pasted or captured (copies of ours) are deleted, the
        files a user added stay where they are. Saved evidence lives in the data folder."""
        for path in self.files:
            if path.parent == self._folder:
                path.unlink(missing_ok=True)
        self.list.clear()
        self.files = []
        self.changed.emit()

    # -- dropping --------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        if mime.hasImage():
            self.add_image(QImage(mime.imageData()), "dropped")
        for url in mime.urls():
            self.add_file(Path(url.toLocalFile()))
        event.acceptProposedAction()
