"""Export the plan to an .ics file for Outlook or Thunderbird."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from kuntasome.core.calendar.ics import export_ics
from kuntasome.core.channels.public_list import LANGUAGE_NAMES

from kuntasome.ui.file_dialogs import save_file_name
from kuntasome.ui.service_icons import channel_item
from kuntasome.ui.widgets import (
    Retranslating,
    date_edit,
    from_qdate,
    save_file,
    show_error,
    status_message,
    translate,
)

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from kuntasome.core.calendar.rules import ChannelInfo

    from kuntasome.ui.context import AppContext


class IcsDialog(Retranslating, QDialog):
    def __init__(
        self,
        context: AppContext,
        channels: dict[int, ChannelInfo],
        first: date,
        tz: ZoneInfo,
        organisation: str,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.tz = tz
        self.organisation = organisation
        self.first = date_edit(first)
        self.last = date_edit(first + timedelta(days=90))
        self.language = QComboBox()
        for lang in ("fi", "sv", "en"):
            self.language.addItem("", lang)
        self.channel_list = QListWidget()
        for channel in channels.values():
            if channel.status in ("closed", "requested"):
                continue
            item = QListWidgetItem(*channel_item(channel.label, channel.platform))
            item.setData(Qt.ItemDataRole.UserRole, channel.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.channel_list.addItem(item)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.labels = {key: QLabel() for key in ("first", "last", "language", "channels")}
        form = QFormLayout(self)
        for key, widget in (
            ("first", self.first),
            ("last", self.last),
            ("language", self.language),
            ("channels", self.channel_list),
        ):
            self.labels[key].setBuddy(widget)
            form.addRow(self.labels[key], widget)
        form.addRow(self.buttons)
        self.path: Path | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export to Outlook (.ics)"))
        self.labels["first"].setText(self.tr("&From:"))
        self.labels["last"].setText(self.tr("&To:"))
        self.labels["language"].setText(self.tr("&Language of the texts:"))
        self.labels["channels"].setText(self.tr("&Channels:"))
        for i in range(self.language.count()):
            self.language.setItemText(
                i, translate("Languages", LANGUAGE_NAMES[self.language.itemData(i)])
            )

    def chosen_channels(self) -> frozenset[int] | None:
        items = [self.channel_list.item(i) for i in range(self.channel_list.count())]
        chosen = [i for i in items if i.checkState() == Qt.CheckState.Checked]
        if len(chosen) == len(items):
            return None
        return frozenset(int(i.data(Qt.ItemDataRole.UserRole)) for i in chosen)

    def accept(self) -> None:
        first, last = from_qdate(self.first.date()), from_qdate(self.last.date())
        assert first is not None and last is not None
        if last < first:
            self.last.setFocus()
            return
        name, _ = save_file_name(
            self,
            self.windowTitle(),
            f"kuntasome-{first:%Y%m%d}.ics",
            self.tr("iCalendar files (*.ics)"),
        )
        if not name:
            return
        try:
            result = export_ics(
                self.context.engine(),
                first,
                last,
                tz=self.tz,
                language=self.language.currentData(),
                channel_ids=self.chosen_channels(),
                organisation=self.organisation,
            )
        except Exception as error:
            show_error(self, self.windowTitle(), error)
            return
        path = Path(name)
        if save_file(self, path, result.data):
            self.path = path
            status_message(self, self.tr("%n post(s) exported.", "", result.events), 5000)
            super().accept()
