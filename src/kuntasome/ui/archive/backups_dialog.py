"""*File › Backups…*: the backups in the data folder, restoring one, and how many automatic
backups to keep and where to copy them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kuntasome.core.archive.backup import BackupFile, list_backups
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.messages import arg
from kuntasome.core.settings import BACKUP_COPY_FOLDER, BACKUP_KEEP

from kuntasome.ui.accessible import accessible_name
from kuntasome.ui.archive.backups import Backups
from kuntasome.ui.file_dialogs import existing_folder
from kuntasome.ui.formatting import format_data_size, format_local_datetime
from kuntasome.ui.records import Cell, RecordTable


class BackupsDialog(QDialog):
    def __init__(self, backups: Backups, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backups = backups
        self.preferences = backups.context.preferences
        self.setMinimumSize(620, 440)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.last = QLabel()
        self.last.setObjectName("hint")
        self.found: list[BackupFile] = []
        self.table = RecordTable(3)
        accessible_name(self.table, QT_TRANSLATE_NOOP("AccessibleNames", "Backups"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _index: self.restore_selected())
        self.back_up = QPushButton()
        self.back_up.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file = QPushButton()
        self.restore_file.clicked.connect(lambda: self.backups.restore())
        self.open_folder = QPushButton()
        self.open_folder.clicked.connect(self._open_folder)
        actions = QHBoxLayout()
        for button in (self.back_up, self.restore_button, self.restore_file):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.open_folder)

        self.keep = QSpinBox()
        self.keep.setRange(1, 365)
        self.keep.setMaximumWidth(90)
        self.keep.setValue(backups.keep())
        self.keep.valueChanged.connect(lambda value: self.preferences.set(BACKUP_KEEP, value))
        self.copy_folder = QLineEdit(self.preferences.get(BACKUP_COPY_FOLDER))
        self.copy_folder.setReadOnly(True)
        self.choose = QPushButton()
        self.choose.clicked.connect(self._choose_folder)
        self.no_copy = QPushButton()
        self.no_copy.clicked.connect(lambda: self._set_copy_folder(""))
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_folder, 1)
        copy_row.addWidget(self.choose)
        copy_row.addWidget(self.no_copy)
        self.keep_label = QLabel()
        self.keep_label.setBuddy(self.keep)
        self.copy_label = QLabel()
        self.copy_label.setBuddy(self.choose)
        self.copy_hint = QLabel()
        self.copy_hint.setObjectName("hint")
        self.copy_hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.keep_label, self.keep)
        form.addRow(self.copy_label, copy_row)
        form.addRow("", self.copy_hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.last)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Backups"))
        self.intro.setText(
            self.tr(
                "A backup holds the database, the evidence and media files and the settings —"
                " never the passwords, which stay in this computer's password store. KuntaSome"
                " backs up by itself on the first start of each day and when it closes."
            )
        )
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Kind"), self.tr("Size")])
        self.back_up.setText(self.tr("Back up now…"))
        self.restore_button.setText(self.tr("Restore the chosen one…"))
        self.restore_file.setText(self.tr("Restore from a file…"))
        self.open_folder.setText(self.tr("Open the folder"))
        self.keep_label.setText(self.tr("Automatic backups to &keep:"))
        self.copy_label.setText(self.tr("Also copy them &to:"))
        self.copy_folder.setPlaceholderText(self.tr("No second folder"))
        self.copy_hint.setText(
            self.tr(
                "A copy on a network drive or a USB stick is safe even if this computer is"
                " lost. When the folder cannot be reached, the backup is still made here."
            )
        )
        self.choose.setText(self.tr("Choose…"))
        self.no_copy.setText(self.tr("No copy"))
        self._show_last()

    def _show_last(self) -> None:
        last = self.backups.last_backup()
        self.last.setText(
            arg(self.tr("Last backup: {when}"), when=format_local_datetime(last))
            if last
            else self.tr("No backup has been made yet.")
        )

    def reload(self) -> None:
        self.found = found = list_backups(self.backups.context.paths.backups)
        self.table.show_rows(
            [
                (
                    Cell(format_local_datetime(b.created_at), sort_key=b.created_at),
                    self.tr("Automatic") if b.automatic else self.tr("Made by a person"),
                    Cell(format_data_size(b.size), sort_key=b.size, align_right=True),
                )
                for b in found
            ]
        )
        self.table.selectRow(0)
        self._selection_changed()
        self._show_last()

    def _selected(self) -> Path | None:
        row = self.table.currentRow()
        return self.found[row].path if 0 <= row < len(self.found) else None

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self._selected() is not None)

    def back_up_now(self) -> None:
        if self.backups.back_up_now() is not None:
            self.reload()

    def restore_selected(self) -> None:
        path = self._selected()
        if path is not None:
            self.backups.restore(path)

    def _choose_folder(self) -> None:
        folder = existing_folder(
            self, self.tr("Folder for copies of the backups"), self.copy_folder.text()
        )
        if folder:
            self._set_copy_folder(folder)

    def _set_copy_folder(self, folder: str) -> None:
        self.copy_folder.setText(folder)
        self.preferences.set(BACKUP_COPY_FOLDER, folder)

    def _open_folder(self) -> None:
        folder = self.backups.context.paths.backups
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def done(self, result: int) -> None:
        self.preferences.sync()
        super().done(result)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
