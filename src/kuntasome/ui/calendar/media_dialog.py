"""A media file's rights, consent, alternative texts and accessibility."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from kuntasome.core.calendar.media import CONSENT_LABELS, CONSENTS, save_media
from kuntasome.core.changes import Change
from kuntasome.core.channels.public_list import LANGUAGE_NAMES
from kuntasome.core.messages import arg

from kuntasome.ui.operations import SavingDialog
from kuntasome.ui.widgets import OptionalDateEdit, Retranslating, translate

if TYPE_CHECKING:
    from kuntasome.core.calendar.media import MediaDetails

    from kuntasome.ui.context import AppContext


class MediaDialog(SavingDialog, Retranslating, QDialog):
    def __init__(self, context: AppContext, media: MediaDetails, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.context = context
        self.original = media
        self.media: MediaDetails | None = None
        self.owner = QLineEdit(media.owner)
        self.licence = QLineEdit(media.licence)
        self.consent = QComboBox()
        for key in CONSENTS:
            self.consent.addItem("", key)
        self.consent.setCurrentIndex(max(0, self.consent.findData(media.consent)))
        self.consent_note = QLineEdit(media.consent_note)
        self.alts = {lang: QLineEdit(media.alt_texts.get(lang, "")) for lang in ("fi", "sv", "en")}
        self.captions = QCheckBox()
        self.captions.setChecked(media.has_captions)
        self.live = QCheckBox()
        self.live.setChecked(media.is_live_recording)
        self.due_on = OptionalDateEdit()
        self.due_on.set_value(media.accessible_due_on)
        self.done_on = OptionalDateEdit()
        self.done_on.set_value(media.accessible_done_on)
        for widget in (self.captions, self.live, self.due_on, self.done_on):
            widget.setEnabled(media.kind == "video")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout(self)
        self.labels: dict[str, QLabel] = {}
        rows: list[tuple[str, QWidget]] = [
            ("owner", self.owner),
            ("licence", self.licence),
            ("consent", self.consent),
            ("consent_note", self.consent_note),
            *((f"alt_{lang}", edit) for lang, edit in self.alts.items()),
            ("captions", self.captions),
            ("live", self.live),
            ("due", self.due_on),
            ("done", self.done_on),
        ]
        for key, field in rows:
            label = QLabel()
            label.setBuddy(field)
            self.labels[key] = label
            self.form.addRow(label, field)
        self.form.addRow(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(arg(self.tr("Media: {file_name}"), file_name=self.original.file_name))
        texts = {
            "owner": self.tr("&Owner / photographer:"),
            "licence": self.tr("&Licence or right of use:"),
            "consent": self.tr("People pictured:"),
            "consent_note": self.tr("Consent note:"),
            "captions": self.tr("Captions:"),
            "live": self.tr("Live broadcast:"),
            "due": self.tr("Accessible by:"),
            "done": self.tr("Made accessible on:"),
        }
        for lang in self.alts:
            name = translate("Languages", LANGUAGE_NAMES[lang])
            texts[f"alt_{lang}"] = arg(self.tr("Alt text ({name}):"), name=name)
        for key, text in texts.items():
            self.labels[key].setText(text)
        for i in range(self.consent.count()):
            self.consent.setItemText(
                i, translate("Consent", CONSENT_LABELS[self.consent.itemData(i)])
            )
        self.captions.setText(self.tr("The video has captions"))
        self.live.setText(
            self.tr("Recording of a live broadcast (to be made accessible within 14 days)")
        )

    def accept(self) -> None:
        edited = replace(
            self.original,
            owner=self.owner.text(),
            licence=self.licence.text(),
            consent=self.consent.currentData(),
            consent_note=self.consent_note.text(),
            alt_texts={lang: edit.text() for lang, edit in self.alts.items()},
            has_captions=self.captions.isChecked(),
            is_live_recording=self.live.isChecked(),
            accessible_due_on=self.due_on.value(),
            accessible_done_on=self.done_on.value(),
        )
        engine, actor_id, today = (
            self.context.engine(),
            self.context.actor_id(),
            self.context.today(),
        )
        self.close_after(
            self.context.events,
            lambda: save_media(engine, edited, actor_id=actor_id, today=today),
            changes=Change.CALENDAR,
            done=self._saved,
        )

    def _saved(self, media: MediaDetails) -> None:
        self.media = media
