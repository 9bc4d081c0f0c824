"""One channel's record: every field, its status, who has access, and its secrets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kuntasome.core.changes import Change
from kuntasome.core.channels.access import RegisterWarning
from kuntasome.core.channels.colours import COLOUR_NAMES, PALETTE, colour_or_default
from kuntasome.core.channels.details import (
    CONTENT_LANGUAGES,
    TWO_FACTOR_LABELS,
    TWO_FACTOR_METHODS,
    ChannelDetails,
    load_channel,
    save_channel,
)
from kuntasome.core.channels.public_list import LANGUAGE_NAMES
from kuntasome.core.channels.register import STATUS_LABELS, TRANSITIONS, change_status
from kuntasome.core.errors import StaleRecord, UserError
from kuntasome.core.messages import arg
from kuntasome.core.people import PersonDetails, UnitRow
from kuntasome.core.platforms import PLATFORMS

from kuntasome.ui.channels.access_panel import AccessPanel
from kuntasome.ui.channels.secrets_panel import SecretsPanel
from kuntasome.ui.formatting import format_date
from kuntasome.ui.operations import run_operation
from kuntasome.ui.service_icons import swatch
from kuntasome.ui.widgets import OptionalDateEdit, Retranslating, translate

if TYPE_CHECKING:
    from kuntasome.ui.context import AppContext


def status_label(status: str) -> str:
    return translate("ChannelStatus", STATUS_LABELS.get(status, status))


def _text_box(height: int = 64) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


class ChannelEditor(Retranslating, QWidget):
    """Edits one channel; Save writes the fields, access and secrets act at once."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.details: ChannelDetails | None = None
        self.warnings: tuple[RegisterWarning, ...] = ()
        self.units: list[UnitRow] = []
        self.people: list[PersonDetails] = []
        self.dirty = False
        self._loading = False

        self.title = QLabel()
        self.title.setObjectName("editorTitle")
        self.title.setWordWrap(True)
        self.link = QLabel()
        self.link.setOpenExternalLinks(True)
        self.status = QLabel()
        self.status.setObjectName("statusChip")
        self.status_button = QToolButton()
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_menu = QMenu(self.status_button)
        self.status_button.setMenu(self.status_menu)
        head = QHBoxLayout()
        head.addWidget(self.status)
        head.addWidget(self.status_button)
        head.addStretch(1)

        # -- the fields --
        self.platform = QLabel()
        self.address = QLineEdit()
        self.display_name = QLineEdit()
        self.account_id = QLineEdit()
        self.unit = QComboBox()
        self.manager = QComboBox()
        self.purpose = {lang: _text_box() for lang in CONTENT_LANGUAGES}
        self.audience = _text_box(48)
        self.language_boxes = {lang: QCheckBox() for lang in CONTENT_LANGUAGES}
        languages = QHBoxLayout()
        for box in self.language_boxes.values():
            languages.addWidget(box)
        languages.addStretch(1)
        self.tone = _text_box(48)
        self.interval = QSpinBox()
        self.interval.setRange(1, 60)
        self.next_review = OptionalDateEdit()
        self.last_review = QLabel()
        self.per_week = QSpinBox()
        self.per_week.setRange(0, 100)
        self.per_day = QSpinBox()
        self.per_day.setRange(0, 50)
        self.per_day_min = QSpinBox()
        self.per_day_min.setRange(0, 20)
        self.spread = QCheckBox()
        self.may_sponsor = QCheckBox()
        self.crisis = QCheckBox()
        self.public = QCheckBox()
        self.notes = _text_box(80)
        self.colour = QComboBox()
        for colour in PALETTE:
            self.colour.addItem(swatch(QColor(colour)), "", colour)
        self.two_factor = QComboBox()
        for method in ("", *TWO_FACTOR_METHODS):
            self.two_factor.addItem("", method)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # In a narrow window (or a long Finnish label) the label goes above its field.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.labels: dict[str, QLabel] = {}
        rows: list[tuple[str, QWidget | QHBoxLayout]] = [
            ("platform", self.platform),
            ("address", self.address),
            ("display_name", self.display_name),
            ("colour", self.colour),
            ("account_id", self.account_id),
            ("unit", self.unit),
            ("manager", self.manager),
            ("purpose_fi", self.purpose["fi"]),
            ("purpose_sv", self.purpose["sv"]),
            ("purpose_en", self.purpose["en"]),
            ("audience", self.audience),
            ("languages", languages),
            ("tone", self.tone),
            ("interval", self.interval),
            ("next_review", self.next_review),
            ("last_review", self.last_review),
            ("per_week", self.per_week),
            ("per_day_min", self.per_day_min),
            ("per_day", self.per_day),
            ("spread", self.spread),
            ("flags", self._flags()),
            ("notes", self.notes),
        ]
        for key, widget in rows:
            label = QLabel()
            self.labels[key] = label
            if isinstance(widget, QWidget):
                label.setBuddy(widget)
                self.form.addRow(label, widget)
            else:
                self.form.addRow(label, widget)
        details = QWidget()
        details.setLayout(self.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(details)

        security = QWidget()
        security_layout = QVBoxLayout(security)
        two_factor_row = QFormLayout()
        self.two_factor_label = QLabel()
        self.two_factor_label.setBuddy(self.two_factor)
        two_factor_row.addRow(self.two_factor_label, self.two_factor)
        security_layout.addLayout(two_factor_row)
        self.secrets = SecretsPanel(context)
        security_layout.addWidget(self.secrets, 1)

        self.access = AccessPanel(context)
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, "")
        self.tabs.addTab(self.access, "")
        self.tabs.addTab(security, "")

        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self.save())
        self.revert_button = QPushButton()
        self.revert_button.clicked.connect(self.revert)
        buttons = QHBoxLayout()
        self.dirty_label = QLabel()
        self.dirty_label.setObjectName("hint")
        buttons.addWidget(self.dirty_label, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.link)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self._connect_dirty()
        self.retranslate()
        self.show_channel(0)

    def _flags(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        for flag in (self.may_sponsor, self.crisis, self.public):
            column.addWidget(flag)
        return box

    def _connect_dirty(self) -> None:
        for line in (self.address, self.display_name, self.account_id):
            line.textEdited.connect(self._mark_dirty)
        for box in (*self.purpose.values(), self.audience, self.tone, self.notes):
            box.textChanged.connect(self._mark_dirty)
        for combo in (self.unit, self.manager, self.two_factor, self.colour):
            combo.currentIndexChanged.connect(self._mark_dirty)
        flags = (self.may_sponsor, self.crisis, self.public, self.spread)
        for check in (*self.language_boxes.values(), *flags):
            check.toggled.connect(self._mark_dirty)
        for spin in (self.interval, self.per_week, self.per_day, self.per_day_min):
            spin.valueChanged.connect(self._mark_dirty)
        self.next_review.dateChanged.connect(self._mark_dirty)

    def retranslate(self) -> None:
        texts = {
            "platform": self.tr("Service:"),
            "address": self.tr("&Address:"),
            "display_name": self.tr("&Name:"),
            "colour": self.tr("Colour in the calendar:"),
            "account_id": self.tr("Account &ID:"),
            "unit": self.tr("&Unit:"),
            "manager": self.tr("Responsible &manager:"),
            "purpose_fi": self.tr("Purpose (Finnish):"),
            "purpose_sv": self.tr("Purpose (Swedish):"),
            "purpose_en": self.tr("Purpose (English):"),
            "audience": self.tr("Audience:"),
            "languages": self.tr("Languages:"),
            "tone": self.tr("Tone of voice:"),
            "interval": self.tr("Review every:"),
            "next_review": self.tr("Next review:"),
            "last_review": self.tr("Last reviewed:"),
            "per_week": self.tr("Posts a week, at least:"),
            "per_day_min": self.tr("Posts a day, at least:"),
            "per_day": self.tr("Posts a day, at most:"),
            "spread": "",
            "flags": self.tr("Use:"),
            "notes": self.tr("Notes:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.address.setToolTip(
            self.tr("The profile's web address or handle; it is checked and written the same way")
        )
        self.interval.setSuffix(self.tr(" months"))
        self.spread.setText(self.tr("Not several posts a day on consecutive days"))
        for spin in (self.per_week, self.per_day, self.per_day_min):
            spin.setSpecialValueText(self.tr("no target"))
        for lang, box in self.language_boxes.items():
            box.setText(translate("Languages", LANGUAGE_NAMES[lang]))
        self.may_sponsor.setText(self.tr("May run paid (sponsored) posts"))
        self.crisis.setText(self.tr("Crisis communication channel"))
        self.public.setText(self.tr("Shown on the public channel list"))
        self.two_factor_label.setText(self.tr("&Two-factor authentication:"))
        for i in range(self.two_factor.count()):
            method = self.two_factor.itemData(i)
            self.two_factor.setItemText(i, translate("TwoFactor", TWO_FACTOR_LABELS[method]))
        for i in range(self.colour.count()):
            name = COLOUR_NAMES.get(self.colour.itemData(i))
            if name:
                self.colour.setItemText(i, translate("Colours", name))
        self.tabs.setTabText(0, self.tr("Details"))
        self.tabs.setTabText(1, self.tr("Access"))
        self.tabs.setTabText(2, self.tr("Security"))
        self.save_button.setText(self.tr("&Save"))
        self.revert_button.setText(self.tr("Undo changes"))
        self.status_button.setText(self.tr("Change status"))
        self.unit.setItemText(0, self.tr("(none)"))
        self.manager.setItemText(0, self.tr("(none)"))
        self._show_header()
        self._update_buttons()

    # -- loading -------------------------------------------------------------------------
    def set_choices(self, units: list[UnitRow], people: list[PersonDetails]) -> None:
        """The units and people to choose from, as the section last loaded them."""
        self.units = units
        self.people = people
        self.access.people = people

    def show_channel(self, channel_id: int, warnings: tuple[RegisterWarning, ...] = ()) -> None:
        """Show a channel (0: nothing chosen). Callers ask ``maybe_keep_changes`` first."""
        self.details = load_channel(self.context.engine(), channel_id) if channel_id else None
        self.warnings = warnings
        self.setEnabled(self.details is not None)
        self._fill_choices()
        self._fill()
        self.access.show_channel(channel_id, warnings)
        self.secrets.show_channel(channel_id)

    def _fill_choices(self) -> None:
        today = self.context.today()
        current = self.details
        self._loading = True
        self.unit.clear()
        self.unit.addItem(self.tr("(none)"), None)
        for unit in self.units:
            self.unit.addItem(unit.name, unit.id)
        self.manager.clear()
        self.manager.addItem(self.tr("(none)"), None)
        for person in self.people:
            is_current = current is not None and person.id == current.manager_id
            if is_current or ("manager" in person.roles and not person.has_left(today)):
                self.manager.addItem(person.name, person.id)
        self._loading = False

    def _fill(self) -> None:
        d = self.details or ChannelDetails(platform="facebook", address="")
        self._loading = True
        self.platform.setText(PLATFORMS[d.platform].name if d.platform in PLATFORMS else "")
        self.address.setText(d.address)
        self.display_name.setText(d.display_name)
        self.account_id.setText(d.account_id)
        self.unit.setCurrentIndex(max(0, self.unit.findData(d.unit_id)))
        self.manager.setCurrentIndex(max(0, self.manager.findData(d.manager_id)))
        for lang, box in self.purpose.items():
            box.setPlainText(getattr(d, "purpose" if lang == "fi" else f"purpose_{lang}"))
        self.audience.setPlainText(d.audience)
        for lang, check in self.language_boxes.items():
            check.setChecked(lang in d.languages)
        self.tone.setPlainText(d.tone_of_voice)
        self.interval.setValue(d.review_interval_months)
        self.next_review.set_value(d.next_review_on)
        self.per_week.setValue(d.posts_per_week_min or 0)
        self.per_day.setValue(d.posts_per_day_max or 0)
        self.per_day_min.setValue(d.posts_per_day_min or 0)
        self.spread.setChecked(d.spread_busy_days)
        self.may_sponsor.setChecked(d.may_sponsor)
        self.crisis.setChecked(d.is_crisis_channel)
        self.public.setChecked(d.is_public)
        self.notes.setPlainText(d.notes)
        self.two_factor.setCurrentIndex(max(0, self.two_factor.findData(d.two_factor_method)))
        self._show_colour(d)
        self._loading = False
        self.dirty = False
        self._show_header()
        self._update_buttons()

    def _show_header(self) -> None:
        d = self.details
        if d is None:
            self.title.setText(self.tr("Choose a channel from the list."))
            self.link.clear()
            self.status.clear()
            self.status_button.hide()
            self.last_review.setText("–")
            return
        self.title.setText(d.display_name or d.address)
        self.link.setText(f'<a href="{d.url}">{d.url}</a>' if d.url else "")
        closed = (
            arg(self.tr(" since {closed_on}"), closed_on=format_date(d.closed_on))
            if d.closed_on
            else ""
        )
        self.status.setText(
            arg(self.tr("Status: {status}"), status=status_label(d.status)) + closed
        )
        self.last_review.setText(format_date(d.last_reviewed_on) if d.last_reviewed_on else "–")
        self.status_menu.clear()
        for target in TRANSITIONS.get(d.status, ()):
            action = QAction(status_label(target), self.status_menu)
            action.triggered.connect(lambda _=False, t=target: self.change_status(t))
            self.status_menu.addAction(action)
        self.status_button.setVisible(bool(TRANSITIONS.get(d.status)))

    # -- editing -------------------------------------------------------------------------
    def _mark_dirty(self) -> None:
        if not self._loading and self.details is not None:
            self.dirty = True
            self._update_buttons()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.dirty)
        self.revert_button.setEnabled(self.dirty)
        self.dirty_label.setText(self.tr("Unsaved changes") if self.dirty else "")

    def edited(self) -> ChannelDetails:
        assert self.details is not None
        return replace(
            self.details,
            address=self.address.text(),
            display_name=self.display_name.text(),
            account_id=self.account_id.text().strip(),
            unit_id=self.unit.currentData(),
            manager_id=self.manager.currentData(),
            purpose=self.purpose["fi"].toPlainText().strip(),
            purpose_sv=self.purpose["sv"].toPlainText().strip(),
            purpose_en=self.purpose["en"].toPlainText().strip(),
            audience=self.audience.toPlainText().strip(),
            languages=tuple(k for k, box in self.language_boxes.items() if box.isChecked()),
            tone_of_voice=self.tone.toPlainText().strip(),
            review_interval_months=self.interval.value(),
            next_review_on=self.next_review.value(),
            posts_per_week_min=self.per_week.value() or None,
            posts_per_day_max=self.per_day.value() or None,
            posts_per_day_min=self.per_day_min.value() or None,
            spread_busy_days=self.spread.isChecked(),
            may_sponsor=self.may_sponsor.isChecked(),
            is_crisis_channel=self.crisis.isChecked(),
            is_public=self.public.isChecked(),
            notes=self.notes.toPlainText().strip(),
            two_factor_method=self.two_factor.currentData(),
            colour=self.colour.currentData() or "",
        )

    def _show_colour(self, d: ChannelDetails) -> None:
        """The channel's colour; one from outside the palette is offered as its own."""
        colour = colour_or_default(d.colour, d.id).upper()
        if self.colour.findData(colour) < 0:
            self.colour.addItem(swatch(QColor(colour)), colour, colour)
        self.colour.setCurrentIndex(self.colour.findData(colour))

    def save(self, then: Callable[[], None] | None = None) -> None:
        """Save in the background; *then* runs once the channel is saved."""
        if self.details is None or not self.dirty:
            if then is not None:
                then()
            return
        engine, edited, actor_id = self.context.engine(), self.edited(), self.context.actor_id()

        def saved(details: ChannelDetails) -> None:
            self.details = details
            self._fill()
            if then is not None:
                then()

        def refused(error: BaseException) -> None:
            if isinstance(error, UserError) and not isinstance(error, StaleRecord):
                self.address.setFocus()  # what was typed stays, for correcting

        run_operation(
            self,
            self.context.events,
            lambda: save_channel(engine, edited, actor_id=actor_id),
            changes=Change.CHANNELS,
            title=self.tr("Channel not saved"),
            done=saved,
            failed=refused,
        )

    def revert(self) -> None:
        if self.details is not None:
            self.show_channel(self.details.id, self.warnings)

    def maybe_keep_changes(self, then: Callable[[], None]) -> None:
        """Before leaving a channel with unsaved changes: save or discard them and go on with
        *then*, or stay (*then* is not called)."""
        if not self.dirty:
            then()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            arg(self.tr("Save the changes to {title}?"), title=self.title.text()),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        # In the app's own words (Qt's Finnish says "Peru" beside the app's "Peruuta").
        for button, text in (
            (QMessageBox.StandardButton.Save, self.tr("Save")),
            (QMessageBox.StandardButton.Discard, self.tr("Don't save")),
            (QMessageBox.StandardButton.Cancel, self.tr("Cancel")),
        ):
            box.button(button).setText(text)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.exec()
        answer = box.standardButton(box.clickedButton())
        if answer == QMessageBox.StandardButton.Save:
            self.save(then)
        elif answer == QMessageBox.StandardButton.Discard:
            self.dirty = False
            then()

    def change_status(self, status: str) -> None:
        if self.details is not None:
            self.maybe_keep_changes(lambda: self._change_status(status))

    def _change_status(self, status: str) -> None:
        assert self.details is not None
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Change status"),
            arg(
                self.tr("Why is {title} now {status}? (saved in the audit log)"),
                title=self.title.text(),
                status=status_label(status),
            ),
        )
        if not ok:
            return
        engine, actor_id, today = (
            self.context.engine(),
            self.context.actor_id(),
            self.context.today(),
        )
        channel_id = self.details.id
        run_operation(
            self,
            self.context.events,
            lambda: change_status(
                engine, channel_id, status, actor_id=actor_id, reason=reason.strip(), today=today
            ),
            changes=Change.CHANNELS,
            title=self.tr("Change status"),
        )
