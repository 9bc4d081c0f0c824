"""The week as a time grid: posts at their time, each chip the width of its day.

Posts close in time are stacked under one another rather than squeezed side by side (a
title a seventh of a laptop screen wide is still readable; a seventh of that is not). A
post pushed more than an hour below its time is not drawn on its own: the day's "+N more"
counts it, and opens the list of the day's posts.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QPainter

from kuntasome.core.messages import arg

from kuntasome.ui.calendar.canvas import (
    GRID,
    HOLIDAY,
    MUTED,
    SELECTED,
    TEXT,
    TODAY_FILL,
    WARNING,
    CalendarCanvas,
    Overflow,
    Placed,
)

if TYPE_CHECKING:
    from kuntasome.core.calendar.view import CalendarEntry

FIRST_HOUR = 6
LAST_HOUR = 22  # the grid ends at 22.00; earlier and later posts sit at its edges
HEADER = 44
TIME_COLUMN = 48
SNAP_MINUTES = 15
# How far below its time a stacked post may be drawn before "+N more" counts it instead.
MAX_DRIFT_HOURS = 1.0


def week_of(day: date) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


class WeekView(CalendarCanvas):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.monday = week_of(date.today())[0]
        self.setAccessibleName(self.tr("Week calendar"))

    def set_week(self, day: date) -> None:
        self.monday = week_of(day)[0]
        if not (self.monday <= self.current_day <= self.monday + timedelta(days=6)):
            self.current_day = self.monday
        self._layout()
        self.update()

    # -- geometry --------------------------------------------------------------------------
    def _day_width(self) -> float:
        return (self.width() - TIME_COLUMN) / 7

    def _hour_height(self) -> float:
        return (self.height() - HEADER) / (LAST_HOUR - FIRST_HOUR)

    def _y(self, at: time) -> float:
        hours = at.hour + at.minute / 60
        hours = min(max(hours, FIRST_HOUR), LAST_HOUR - 0.5)
        return HEADER + (hours - FIRST_HOUR) * self._hour_height()

    def day_at(self, pos: QPointF) -> date | None:
        if pos.x() < TIME_COLUMN:
            return None
        column = min(6, int((pos.x() - TIME_COLUMN) // self._day_width()))
        return self.monday + timedelta(days=column)

    def _time_at(self, y: float) -> time:
        hours = FIRST_HOUR + max(0.0, y - HEADER) / self._hour_height()
        minutes = int(round(hours * 60 / SNAP_MINUTES) * SNAP_MINUTES)
        minutes = min(max(minutes, 0), 23 * 60 + 45)
        return time(minutes // 60, minutes % 60)

    def chip_height(self) -> float:
        return max(self._hour_height() / 2, self.fontMetrics().height() + 4)

    def place_entries(self) -> list[Placed]:
        placed: list[Placed] = []
        width = self._day_width()
        height = self.chip_height()
        drift = MAX_DRIFT_HOURS * self._hour_height()
        for offset in range(7):
            day = self.monday + timedelta(days=offset)
            x = TIME_COLUMN + offset * width + 2
            free = float(HEADER)  # where the next chip may start
            more: Overflow | None = None
            for entry in self.day_entries(day):  # in order of time
                at = self._y(entry.at.time())
                selected = self.selected is not None and entry.target_id == self.selected.target_id
                if more is not None and at < more.rect.bottom() and not selected:
                    more.entries.append(entry)  # still within the crowd that overflowed
                    continue
                y = max(at, free)
                below = y + height > self.height()
                if (y - at > drift or below) and not selected:
                    rect = QRectF(x, min(y, self.height() - height), width - 4, height - 2)
                    more = Overflow(rect, day, [entry])
                    self.overflow.append(more)
                    free = rect.bottom() + 2
                    continue
                rect = QRectF(x, y, width - 4, height - 2)
                placed.append(Placed(rect, entry))
                free = rect.bottom() + 2
        return placed

    # -- painting --------------------------------------------------------------------------
    def paint_grid(self, painter: QPainter) -> None:
        locale = QLocale()
        width = self._day_width()
        hour = self._hour_height()
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        holidays = self.data.holidays if self.data else {}
        warnings = self.data.day_warnings if self.data else {}
        painter.setFont(small)
        painter.setPen(MUTED)
        week = self.monday.isocalendar().week
        painter.drawText(
            QRectF(0, 0, TIME_COLUMN, HEADER),
            Qt.AlignmentFlag.AlignCenter,
            arg(self.tr("Wk {week}"), week=str(week)),
        )
        for h in range(FIRST_HOUR, LAST_HOUR + 1):
            y = HEADER + (h - FIRST_HOUR) * hour
            painter.setPen(GRID)
            painter.drawLine(QPointF(TIME_COLUMN, y), QPointF(self.width(), y))
            if h < LAST_HOUR:
                painter.setPen(MUTED)
                painter.drawText(
                    QRectF(0, y, TIME_COLUMN - 6, 16),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                    f"{h:02d}.00",
                )
        for offset in range(7):
            day = self.monday + timedelta(days=offset)
            x = TIME_COLUMN + offset * width
            column = QRectF(x, HEADER, width, self.height() - HEADER)
            if day == self.today:
                painter.fillRect(column, TODAY_FILL)
            painter.setPen(GRID)
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
            red = day in holidays or day.weekday() == 6
            painter.setFont(self.font())
            painter.setPen(HOLIDAY if red else TEXT)
            name = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
            painter.drawText(
                QRectF(x, 2, width, 20),
                Qt.AlignmentFlag.AlignCenter,
                f"{name} {day.day}.{day.month}.",
            )
            second = ("⚠ " if day in warnings else "") + holidays.get(day, "")
            if second:
                painter.setFont(small)
                painter.setPen(HOLIDAY if day in holidays else WARNING)
                painter.drawText(
                    QRectF(x + 2, 22, width - 4, 18),
                    Qt.AlignmentFlag.AlignCenter,
                    painter.fontMetrics().elidedText(
                        second, Qt.TextElideMode.ElideRight, int(width - 6)
                    ),
                )
            if day == self.current_day and self.hasFocus():
                painter.setPen(SELECTED)
                painter.drawRect(QRectF(x + 1, 1, width - 2, HEADER - 2))
        painter.setFont(self.font())

    # -- moving ----------------------------------------------------------------------------
    def drop_time(self, pos: QPointF, entry: CalendarEntry) -> datetime | None:
        day = self.day_at(pos)
        if day is None:
            return None
        return datetime.combine(day, self._time_at(pos.y()))

    def key_step(self, key: int) -> timedelta | None:
        steps = {
            Qt.Key.Key_Left: timedelta(days=-1),
            Qt.Key.Key_Right: timedelta(days=1),
            Qt.Key.Key_Up: timedelta(minutes=-SNAP_MINUTES),
            Qt.Key.Key_Down: timedelta(minutes=SNAP_MINUTES),
        }
        return steps.get(key)  # type: ignore[call-overload]

    def new_post_time(self, pos: QPointF | None) -> datetime:
        if pos is None:
            return super().new_post_time(None)
        return datetime.combine(self.current_day, self._time_at(pos.y()))
