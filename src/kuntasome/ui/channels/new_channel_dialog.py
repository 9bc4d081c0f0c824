"""Adding a channel the organisation already has (new ones go through a request)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kuntasome.core.changes import Change
from kuntasome.core.channels.register import create_channel
from kuntasome.core.errors import UserError
from kuntasome.core.messages import arg
from kuntasome.core.people import list_units
from kuntasome.core.platforms import PLATFORMS, normalise

from kuntasome.ui.channels.channel_editor import status_label
from kuntasome.ui.operations import SavingDialog
from kuntasome.ui.widgets import Retranslating, translate

if TYPE_CHECKING:
    from kuntasome.core.models import Channel

    from kuntasome.ui.context import AppContext

# An account that exists already is in use, resting, kept only to reserve the name, or
# approved and about to start.
ADDABLE_STATUSES = ("active", "reserved", "dormant", "approved")


class NewChannelDialog(SavingDialog, Retranslating, QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.channel_id = 0
        self.platform = QComboBox()
        for key, platform in PLATFORMS.items():
            self.platform.addItem(platform.name, key)
        self.address = QLineEdit()
        self.check = QLabel()
        self.check.setObjectName("hint")
        self.check.setWordWrap(True)
        self.name = QLineEdit()
        self.status = QComboBox()
        for status in ADDABLE_STATUSES:
            self.status.addItem("", status)
        self.unit = QComboBox()
        self.unit.addItem("", None)
        for unit in list_units(context.engine()):
            self.unit.addItem(unit.name, unit.id)
        self.labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        for label, widget in zip(
            self.labels,
            (self.platform, self.address, self.name, self.status, self.unit),
            strict=True,
        ):
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.check)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.platform.currentIndexChanged.connect(self._check_address)
        self.address.textChanged.connect(self._check_address)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a channel"))
        for label, text in zip(
            self.labels,
            (
                self.tr("&Service:"),
                self.tr("&Address:"),
                self.tr("&Name:"),
                self.tr("S&tatus:"),
                self.tr("&Unit:"),
            ),
            strict=True,
        ):
            label.setText(text)
        for i in range(self.status.count()):
            self.status.setItemText(i, status_label(self.status.itemData(i)))
        self.unit.setItemText(0, self.tr("(none)"))
        self._check_address()

    def _check_address(self) -> None:
        """Say at once how the address will be written, or what is wrong with it."""
        key = self.platform.currentData()
        text = self.address.text().strip()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if not text:
            self.check.setText(
                arg(self.tr("For example: {example}"), example=PLATFORMS[key].example)
            )
            ok.setEnabled(False)
            return
        try:
            normal = normalise(key, text)
        except UserError as error:
            self.check.setText(error.translated(translate))
            ok.setEnabled(False)
            return
        self.check.setText(arg(self.tr("Will be saved as {url}"), url=normal.url))
        ok.setEnabled(True)

    def accept(self) -> None:
        engine, actor_id = self.context.engine(), self.context.actor_id()
        platform, address, name = (
            self.platform.currentData(),
            self.address.text(),
            self.name.text().strip(),
        )
        status, unit_id = self.status.currentData(), self.unit.currentData()
        self.close_after(
            self.context.events,
            lambda: create_channel(
                engine,
                platform=platform,
                address=address,
                display_name=name,
                status=status,
                actor_id=actor_id,
                unit_id=unit_id,
            ),
            changes=Change.CHANNELS,
            done=self._created,
        )

    def _created(self, channel: Channel) -> None:
        self.channel_id = channel.id or 0
