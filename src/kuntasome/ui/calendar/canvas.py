"""The painted calendar grids (month, week): posts as coloured chips, drag and drop to move
them, and a keyboard for everything the mouse does."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from kuntasome.core.calendar.posts import TARGET_STATUS_LABELS
from kuntasome.core.channels.colours import PALETTE, colour_or_default

from kuntasome.ui.formatting import format_date, format_day_time, format_time, format_wall_time
from kuntasome.ui.widgets import translate

if TYPE_CHECKING:
    from kuntasome.core.calendar.rules import ChannelInfo
    from kuntasome.core.calendar.view import CalendarData, CalendarEntry

GRID = QColor("#d5dde3")
TEXT = QColor("#1d2b36")
MUTED = QColor("#5b6b77")
HOLIDAY = QColor("#b3261e")
TODAY_FILL = QColor("#e8f1f8")
OTHER_MONTH = QColor("#f6f8fa")
SELECTED = QColor("#1f5f8b")
WARNING = QColor("#9a4d0e")


def channel_colours(channels: Iterable[ChannelInfo]) -> dict[int, QColor]:
    """Each channel's own colour (stored with it: adding a channel changes no other's)."""
    return {c.id: QColor(colour_or_default(c.colour, c.id)) for c in channels}


@dataclass
class Placed:
    rect: QRectF
    entry: CalendarEntry


@dataclass
class Overflow:
    """Posts of a day that did not fit, drawn as "+N more": it opens the day's list."""

    rect: QRectF
    day: date
    entries: list[CalendarEntry]


class CalendarCanvas(QWidget):
    """Shared behaviour of the month and week grids; subclasses place days and chips."""

    entrySelected = Signal(object)  # CalendarEntry | None
    entryActivated = Signal(object)  # CalendarEntry: open the post
    daySelected = Signal(object)  # date
    newPostRequested = Signal(object)  # datetime (local) to start a post at
    moveRequested = Signal(object, object)  # CalendarEntry, new local datetime
    pageRequested = Signal(int)  # -1: previous period, +1: next
    dayListRequested = Signal(object, object)  # date, QRectF (where on the canvas)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(560, 360)
        self.data: CalendarData | None = None
        self.today = date.today()
        self.current_day = date.today()
        self.selected: CalendarEntry | None = None
        self.colours: dict[int, QColor] = {}
        self.placed: list[Placed] = []
        self.overflow: list[Overflow] = []
        self._press: QPoint | None = None
        self._dragging = False
        self._drop: datetime | None = None

    # -- data ------------------------------------------------------------------------------
    def set_data(self, data: CalendarData, colours: dict[int, QColor], today: date) -> None:
        self.data = data
        self.colours = colours
        self.today = today
        if self.selected is not None:
            same = [e for e in data.entries if e.target_id == self.selected.target_id]
            self.selected = same[0] if same else None
        self._layout()
        self.update()

    def set_current_day(self, day: date) -> None:
        self.current_day = day
        self.update()
        self._announce()

    def day_entries(self, day: date) -> list[CalendarEntry]:
        return self.data.by_day.get(day, []) if self.data else []

    # -- subclass hooks --------------------------------------------------------------------
    def place_entries(self) -> list[Placed]:
        """The chips to draw; what does not fit goes to ``self.overflow``."""
        raise NotImplementedError

    def paint_grid(self, painter: QPainter) -> None:
        raise NotImplementedError

    def day_at(self, pos: QPointF) -> date | None:
        raise NotImplementedError

    def drop_time(self, pos: QPointF, entry: CalendarEntry) -> datetime | None:
        """The local time *entry* moves to when dropped at *pos*."""
        raise NotImplementedError

    def key_step(self, key: int) -> timedelta | None:
        """How far Alt+arrow moves the chosen post."""
        raise NotImplementedError

    def new_post_time(self, pos: QPointF | None) -> datetime:
        day = self.current_day
        return datetime(day.year, day.month, day.day, 9, 0)

    # -- layout and painting ---------------------------------------------------------------
    def _layout(self) -> None:
        self.overflow = []
        self.placed = self.place_entries() if self.data else []

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._layout()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        self.paint_grid(painter)
        if self.data is None:  # still loading: say so, rather than show an empty month
            painter.setPen(MUTED)
            painter.drawText(
                QRectF(self.rect()),
                Qt.AlignmentFlag.AlignCenter,
                QCoreApplication.translate("Canvas", "Loading the calendar…"),
            )
        for item in self.placed:
            self.paint_chip(painter, item.rect, item.entry)
        for more in self.overflow:
            self.paint_overflow(painter, more)
        if self._dragging and self._drop is not None and self.selected is not None:
            self.paint_drop(painter)
        painter.end()

    def paint_chip(self, painter: QPainter, rect: QRectF, entry: CalendarEntry) -> None:
        colour = self.colours.get(entry.channel_id, QColor(PALETTE[0]))
        selected = self.selected is not None and entry.target_id == self.selected.target_id
        background = QColor(colour)
        background.setAlpha(40 if entry.target_status not in ("paused", "cancelled") else 15)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 3, 3)
        painter.setBrush(colour)
        painter.drawRect(QRectF(rect.left(), rect.top(), 4, rect.height()))
        if selected:
            painter.setPen(QPen(SELECTED, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
        marks = ""
        if entry.is_crisis:
            marks += "‼ "
        if entry.warnings:
            marks += "⚠ "
        if entry.target_status == "published":
            marks += "✓ "
        elif entry.target_status == "paused":
            marks += "⏸ "
        font = QFont(self.font())
        font.setStrikeOut(entry.target_status == "cancelled")
        painter.setFont(font)
        painter.setPen(MUTED if entry.target_status in ("paused", "cancelled") else TEXT)
        text = f"{entry.at.hour}.{entry.at.minute:02d} {marks}{entry.title}"  # 8.15, as written
        painter.drawText(
            rect.adjusted(7, 0, -2, 0),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            painter.fontMetrics().elidedText(
                text, Qt.TextElideMode.ElideRight, int(rect.width() - 9)
            ),
        )

    def paint_overflow(self, painter: QPainter, more: Overflow) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(OTHER_MONTH)
        painter.drawRoundedRect(more.rect, 3, 3)
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        painter.setFont(font)
        painter.setPen(SELECTED)
        text = QCoreApplication.translate("Canvas", "+%n more", "", len(more.entries))
        painter.drawText(
            more.rect.adjusted(6, 0, -2, 0),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            text,
        )
        painter.setFont(self.font())

    def overflow_at(self, pos: QPointF) -> Overflow | None:
        return next((m for m in self.overflow if m.rect.contains(pos)), None)

    def open_day_list(self, day: date) -> None:
        """Ask for the list of every post of *day* (the "+N more" of a crowded day)."""
        more = next((m for m in self.overflow if m.day == day), None)
        rect = more.rect if more else QRectF(self.rect().center(), self.rect().center())
        self.dayListRequested.emit(day, rect)

    def paint_drop(self, painter: QPainter) -> None:
        """Where the dragged post would land."""
        assert self._drop is not None
        label = format_day_time(self._drop, None)
        painter.setPen(QPen(SELECTED, 1, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(31, 95, 139, 30))
        cursor = self.mapFromGlobal(self.cursor().pos())
        rect = QRectF(cursor.x() + 8, cursor.y() + 8, 120, 22)
        painter.drawRoundedRect(rect, 3, 3)
        painter.setPen(SELECTED)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)

    # -- mouse -----------------------------------------------------------------------------
    def entry_at(self, pos: QPointF) -> CalendarEntry | None:
        for item in reversed(self.placed):
            if item.rect.contains(pos):
                return item.entry
        return None

    def select(self, entry: CalendarEntry | None) -> None:
        self.selected = entry
        if entry is not None and entry.day != self.current_day:
            self.current_day = entry.day
            self.daySelected.emit(entry.day)
        self.entrySelected.emit(entry)
        self.update()
        self._announce()

    def show_selected(self, entry: CalendarEntry) -> None:
        """Mark *entry* chosen (in a list beside the grid), drawn even on a crowded day."""
        self.selected = entry
        self._layout()
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        entry = self.entry_at(pos)
        day = self.day_at(pos)
        if day is not None and day != self.current_day:
            self.current_day = day
            self.daySelected.emit(day)
        more = self.overflow_at(pos) if entry is None else None
        if more is not None:
            self.select(None)
            self.dayListRequested.emit(more.day, more.rect)
            return
        self.select(entry)
        self._press = event.position().toPoint() if entry is not None else None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or self.selected is None or not self.selected.movable:
            return
        moved = (event.position().toPoint() - self._press).manhattanLength()
        if moved >= QApplication.startDragDistance():
            self._dragging = True
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            self._drop = self.drop_time(event.position(), self.selected)
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._dragging and self.selected is not None:
            target = self.drop_time(event.position(), self.selected)
            if target is not None and target != self.selected.at.replace(tzinfo=None):
                self.moveRequested.emit(self.selected, target)
        self._press = None
        self._dragging = False
        self._drop = None
        self.unsetCursor()
        self.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        entry = self.entry_at(event.position())
        if entry is not None:
            self.entryActivated.emit(entry)
        elif self.day_at(event.position()) is not None:
            self.newPostRequested.emit(self.new_post_time(event.position()))

    # -- keyboard --------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        arrows: dict[Any, int] = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -7,
            Qt.Key.Key_Down: 7,
        }
        if alt and key in arrows and self.selected is not None:
            step = self.key_step(key)
            if step is not None and self.selected.movable:
                self.moveRequested.emit(self.selected, self.selected.at.replace(tzinfo=None) + step)
            return
        if key in arrows:
            self.current_day += timedelta(days=arrows[key])
            self.selected = None
            self.daySelected.emit(self.current_day)
            self.entrySelected.emit(None)
            self.update()
            self._announce()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.selected is not None:
                self.entryActivated.emit(self.selected)
            elif self.day_entries(self.current_day):  # the day's list, every post in full
                self.open_day_list(self.current_day)
            else:
                self.newPostRequested.emit(self.new_post_time(None))
            return
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.pageRequested.emit(-1 if key == Qt.Key.Key_PageUp else 1)
            return
        if key == Qt.Key.Key_Home:
            self.current_day = self.today
            self.daySelected.emit(self.today)
            self.update()
            return
        super().keyPressEvent(event)

    def _cycle(self, step: int) -> None:
        entries = self.day_entries(self.current_day)
        if not entries:
            return
        ids = [e.target_id for e in entries]
        if self.selected is None or self.selected.target_id not in ids:
            index = 0 if step > 0 else len(entries) - 1
        else:
            index = (ids.index(self.selected.target_id) + step) % len(entries)
        self.select(entries[index])

    def _announce(self) -> None:
        """Tell screen readers what has the keyboard's attention."""
        text = format_date(self.current_day, long=True)
        if self.data and self.current_day in self.data.holidays:
            text += " " + self.data.holidays[self.current_day]
        count = len(self.day_entries(self.current_day))
        text += " – " + QCoreApplication.translate("Calendar", "%n post(s)", "", count)
        if self.selected is not None:
            text = describe(self.selected, self.data)
        self.setAccessibleDescription(text)

    # -- tooltips --------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        # Tab moves between the day's posts (Ctrl+Tab leaves the calendar, as in text fields).
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = not event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if plain and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                self._cycle(-1 if event.key() == Qt.Key.Key_Backtab else 1)
                return True
        if event.type() == QEvent.Type.ToolTip:
            pos = QPointF(event.pos())  # type: ignore[attr-defined]
            entry = self.entry_at(pos)
            day = self.day_at(pos)
            more = self.overflow_at(pos)
            text = ""
            if entry is not None:
                text = describe(entry, self.data)
            elif more is not None:
                text = "\n".join(f"{format_time(e.at)} {e.title}" for e in more.entries)
            elif day is not None and self.data is not None:
                lines = [self.data.holidays[day]] if day in self.data.holidays else []
                lines += [w.translated(translate) for w in self.data.day_warnings.get(day, [])]
                text = "\n".join(lines)
            if text:
                QToolTip.showText(event.globalPos(), text, self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


def describe(entry: CalendarEntry, data: CalendarData | None) -> str:
    """A post on a channel in words: the tooltip and the screen reader's description."""
    channel = data.channels.get(entry.channel_id) if data else None
    name = channel.label if channel else ""
    status = translate("TargetStatus", TARGET_STATUS_LABELS.get(entry.target_status, ""))
    lines = [f"{format_wall_time(entry.at)} {name}", entry.title, status]
    if entry.is_crisis:
        lines.append(translate("Calendar", "Crisis communication"))
    lines += ["⚠ " + w.translated(translate) for w in entry.warnings]
    return "\n".join(lines)
