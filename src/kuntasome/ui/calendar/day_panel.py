"""The panel beside the month and week grids: the chosen day's holiday, frequency warnings
and posts, and the chosen post in words."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kuntasome.core.calendar.posts import TARGET_STATUS_LABELS
from kuntasome.core.i18n import QT_TRANSLATE_NOOP

from kuntasome.ui.accessible import accessible_name
from kuntasome.ui.calendar.canvas import describe
from kuntasome.ui.formatting import format_date, format_time
from kuntasome.ui.service_icons import swatch
from kuntasome.ui.widgets import Retranslating, translate

if TYPE_CHECKING:
    from PySide6.QtGui import QColor

    from kuntasome.core.calendar.view import CalendarData, CalendarEntry


class DayPanel(Retranslating, QWidget):
    entryChosen = Signal(object)  # CalendarEntry chosen in the day's list
    entryOpened = Signal(object)  # CalendarEntry to open in the editor

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[CalendarEntry] = []
        self.entry: CalendarEntry | None = None
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.posts = QListWidget()
        accessible_name(self.posts, QT_TRANSLATE_NOOP("AccessibleNames", "Posts of the day"))
        self.posts.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.posts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.posts.itemActivated.connect(self._activated)
        self.posts.currentRowChanged.connect(self._row_changed)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(lambda: self.entryOpened.emit(self.entry))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.notes)
        layout.addWidget(self.posts, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.open_button)
        self.setMinimumWidth(240)
        self.setMaximumWidth(340)
        self.retranslate()

    def retranslate(self) -> None:
        self.open_button.setText(self.tr("Open post"))

    def show_day(
        self,
        day: date,
        data: CalendarData | None,
        colours: dict[int, QColor],
        selected: CalendarEntry | None,
    ) -> None:
        self.title.setText(format_date(day, long=True))
        notes: list[str] = []
        self.entries = []
        if data is not None:
            if day in data.holidays:
                notes.append(data.holidays[day])
            notes += ["⚠ " + w.translated(translate) for w in data.day_warnings.get(day, [])]
            self.entries = data.by_day.get(day, [])
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        self.posts.blockSignals(True)
        self.posts.clear()
        for entry in self.entries:
            channel = data.channels.get(entry.channel_id) if data else None
            status = translate("TargetStatus", TARGET_STATUS_LABELS[entry.target_status])
            mark = "⚠ " if entry.warnings else ""
            where = channel.label if channel else ""
            when = format_time(entry.at)
            item = QListWidgetItem(f"{when} {mark}{entry.title}\n{where} · {status}")
            colour = colours.get(entry.channel_id)
            if colour is not None:
                item.setIcon(swatch(colour))
            self.posts.addItem(item)
        ids = [e.target_id for e in self.entries]
        if selected is not None and selected.target_id in ids:
            self.posts.setCurrentRow(ids.index(selected.target_id))
        self.posts.blockSignals(False)
        if data is None:
            self.posts.addItem(self.tr("Loading…"))
            self.posts.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        elif not self.entries:
            self.posts.addItem(self.tr("No posts. Double-click the day or press Enter to add one."))
            self.posts.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self.show_entry(selected, data)

    def show_entry(self, entry: CalendarEntry | None, data: CalendarData | None) -> None:
        self.entry = entry
        self.details.setText(describe(entry, data) if entry else "")
        self.open_button.setEnabled(entry is not None)

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            self.entryChosen.emit(self.entries[row])

    def _activated(self, item: QListWidgetItem) -> None:
        row = self.posts.row(item)
        if 0 <= row < len(self.entries):
            self.entryOpened.emit(self.entries[row])
