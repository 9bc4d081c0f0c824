"""Every post of a crowded day, in full: the list "+N more" (or Enter on a day) opens."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from kuntasome.core.calendar.posts import TARGET_STATUS_LABELS
from kuntasome.core.i18n import QT_TRANSLATE_NOOP

from kuntasome.ui.accessible import accessible_name
from kuntasome.ui.formatting import channel_text, format_date, format_time
from kuntasome.ui.service_icons import swatch
from kuntasome.ui.widgets import translate

if TYPE_CHECKING:
    from PySide6.QtGui import QColor

    from kuntasome.core.calendar.view import CalendarData, CalendarEntry


class DayList(QFrame):
    """A popup over the calendar: the day's posts with time, title, channel and status.

    Arrow keys choose, Enter or a double click opens the post, Escape closes.
    """

    entryChosen = Signal(object)  # CalendarEntry
    entryOpened = Signal(object)  # CalendarEntry

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("dayList")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.entries: list[CalendarEntry] = []
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.posts = QListWidget()
        accessible_name(self.posts, QT_TRANSLATE_NOOP("AccessibleNames", "Posts of the day"))
        self.posts.setWordWrap(True)
        self.posts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.posts.itemActivated.connect(self._opened)
        self.posts.currentRowChanged.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.posts)
        self.resize(360, 320)

    def show_day(
        self,
        day: date,
        data: CalendarData,
        colours: dict[int, QColor],
        at: QPoint,
        selected: CalendarEntry | None = None,
    ) -> None:
        """Fill the list with *day*'s posts and show it at *at* (global), on the screen."""
        self.entries = data.by_day.get(day, [])
        heading = format_date(day, long=True)
        if day in data.holidays:
            heading += f" · {data.holidays[day]}"
        self.title.setText(heading)
        self.posts.blockSignals(True)
        self.posts.clear()
        for entry in self.entries:
            channel = data.channels.get(entry.channel_id)
            where = channel_text(channel.label, channel.platform) if channel else ""
            status = translate("TargetStatus", TARGET_STATUS_LABELS[entry.target_status])
            mark = "⚠ " if entry.warnings else ""
            when = format_time(entry.at)
            item = QListWidgetItem(f"{when} {mark}{entry.title}\n{where} · {status}")
            item.setToolTip(item.text())
            colour = colours.get(entry.channel_id)
            if colour is not None:
                item.setIcon(swatch(colour))
            self.posts.addItem(item)
        ids = [e.target_id for e in self.entries]
        current = ids.index(selected.target_id) if selected and selected.target_id in ids else 0
        self.posts.setCurrentRow(current)
        self.posts.blockSignals(False)
        screen = self.screen().availableGeometry() if self.screen() else None
        x, y = at.x(), at.y()
        if screen is not None:
            x = max(screen.left(), min(x, screen.right() - self.width()))
            y = max(screen.top(), min(y, screen.bottom() - self.height()))
        self.move(x, y)
        self.show()
        self.posts.setFocus()

    def _chosen(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            self.entryChosen.emit(self.entries[row])

    def _opened(self, item: QListWidgetItem) -> None:
        row = self.posts.row(item)
        if 0 <= row < len(self.entries):
            self.hide()
            self.entryOpened.emit(self.entries[row])
