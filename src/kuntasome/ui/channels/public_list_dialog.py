"""The public channel list for the municipal website: pick language and format, preview, save."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kuntasome.core.channels.public_list import LANGUAGE_NAMES, render_public_list
from kuntasome.core.messages import arg

from kuntasome.ui.file_dialogs import save_file_name
from kuntasome.ui.translations import translator_for
from kuntasome.ui.widgets import Retranslating, save_file, status_message, translate

if TYPE_CHECKING:
    from kuntasome.ui.context import AppContext

FORMATS = ("html", "csv")


class PublicListDialog(Retranslating, QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.language = QComboBox()
        for code in LANGUAGE_NAMES:
            self.language.addItem("", code)
        ui_language = context.languages.language
        self.language.setCurrentIndex(max(0, self.language.findData(ui_language)))
        self.format = QComboBox()
        for fmt in FORMATS:
            self.format.addItem("", fmt)
        self.language_label, self.format_label = QLabel(), QLabel()
        self.language_label.setBuddy(self.language)
        self.format_label.setBuddy(self.format)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        form.addRow(self.format_label, self.format)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("hint")
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 560)
        self.language.currentIndexChanged.connect(self.show_list)
        self.format.currentIndexChanged.connect(self.show_list)
        self.data = b""
        self.count = 0
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Public channel list"))
        self.language_label.setText(self.tr("&Language of the list:"))
        self.format_label.setText(self.tr("&Format:"))
        for i in range(self.language.count()):
            self.language.setItemText(
                i, translate("Languages", LANGUAGE_NAMES[self.language.itemData(i)])
            )
        self.format.setItemText(0, self.tr("HTML for the website"))
        self.format.setItemText(1, self.tr("CSV for Excel"))
        self.show_list()

    def show_list(self) -> None:
        language = self.language.currentData()
        fmt = self.format.currentData()
        self.data, self.count = render_public_list(
            self.context.engine(),
            fmt=fmt,
            language=language,
            translate=translator_for(language, self.context.languages.country),
            today=self.context.today(),
        )
        text = self.data.decode("utf-8-sig")
        if fmt == "html":
            self.preview.setHtml(text)
        else:
            self.preview.setPlainText(text)
        self.hint.setText(
            self.tr(
                "%n channel(s) marked public and in use (active or dormant). Mark a channel"
                " public in its details.",
                "",
                self.count,
            )
        )

    def save(self) -> None:
        fmt = self.format.currentData()
        language = self.language.currentData()
        suggested = str(Path.home() / f"channels-{language}.{fmt}")
        filters = self.tr("Web page fragment (*.html)") if fmt == "html" else self.tr("CSV (*.csv)")
        path, _ = save_file_name(self, self.tr("Save the list"), suggested, filters)
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != f".{fmt}":
            target = target.with_name(target.name + f".{fmt}")
        if save_file(self, target, self.data):
            status_message(self, arg(self.tr("Saved {target}."), target=str(target)), 8000)
            self.accept()
