"""A post's media in the post editor: add files, edit their rights and alt texts, remove."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kuntasome.core.calendar.media import KIND_LABELS, add_media_file
from kuntasome.core.changes import Change

from kuntasome.ui.calendar.media_dialog import MediaDialog
from kuntasome.ui.file_dialogs import open_file_name
from kuntasome.ui.operations import run_operation
from kuntasome.ui.widgets import Retranslating, translate

if TYPE_CHECKING:
    from kuntasome.core.calendar.media import MediaDetails

    from kuntasome.ui.context import AppContext


class MediaList(Retranslating, QWidget):
    """Holds ``media`` (in order); ``changed`` fires when the list or a file's details change."""

    changed = Signal()

    def __init__(
        self, context: AppContext, media: list[MediaDetails], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.media = media
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.list = QListWidget()
        self.list.setMaximumHeight(90)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_file)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Media"))
        self.add_button.setText(self.tr("Add file…"))
        self.edit_button.setText(self.tr("Rights and alt texts…"))
        self.remove_button.setText(self.tr("Remove"))
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        for media in self.media:
            kind = translate("MediaKind", KIND_LABELS.get(media.kind, KIND_LABELS["other"]))
            item = QListWidgetItem(f"{media.file_name} ({kind})")
            item.setData(Qt.ItemDataRole.UserRole, media.id)
            self.list.addItem(item)

    def add_file(self) -> None:
        name, _ = open_file_name(
            self,
            self.tr("Add a picture or video"),
            "",
            self.tr(
                "Pictures and videos (*.jpg *.jpeg *.png *.gif *.webp *.mp4 *.mov *.m4v)"
                ";;All files (*)"
            ),
        )
        if not name:
            return
        engine, folder, actor_id = (
            self.context.engine(),
            self.context.paths.media,
            self.context.actor_id(),
        )
        run_operation(
            self,
            self.context.events,
            lambda: add_media_file(engine, folder, Path(name), actor_id=actor_id),
            changes=Change.CALENDAR,
            title=self.window().windowTitle(),
            done=self._added,
        )

    def _added(self, media: MediaDetails) -> None:
        if media.id not in {m.id for m in self.media}:
            self.media.append(media)
        self._fill()
        self.changed.emit()

    def selected(self) -> MediaDetails | None:
        row = self.list.currentRow()
        return self.media[row] if 0 <= row < len(self.media) else None

    def edit_selected(self) -> None:
        media = self.selected()
        if media is None:
            return
        dialog = MediaDialog(self.context, media, self)
        if dialog.exec() and dialog.media is not None:
            self.media[self.media.index(media)] = dialog.media
            self.changed.emit()

    def remove_selected(self) -> None:
        media = self.selected()
        if media is not None:
            self.media.remove(media)
            self._fill()
            self.changed.emit()
