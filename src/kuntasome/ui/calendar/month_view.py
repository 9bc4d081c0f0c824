"""The month grid: six weeks with ISO week numbers and holidays, posts as chips."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from kuntasome.ui.calendar.canvas import (
    GRID,
    HOLIDAY,
    MUTED,
    OTHER_MONTH,
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

WEEKS = 6
HEADER = 24
WEEK_COLUMN = 34


def month_grid(month: date) -> tuple[date, date]:
    """The first and last day of the six weeks shown for *month* (Monday to Sunday)."""
    first = month.replace(day=1)
    start = first - timedelta(days=first.weekday())
    return start, start + timedelta(days=WEEKS * 7 - 1)


class MonthView(CalendarCanvas):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.month = date.today().replace(day=1)
        self.setAccessibleName(self.tr("Month calendar"))

    def set_month(self, month: date) -> None:
        self.month = month.replace(day=1)
        if not (self.first <= self.current_day <= self.last) or (
            self.current_day.month != self.month.month
        ):
            self.current_day = self.month
        self._layout()
        self.update()

    @property
    def first(self) -> date:
        return month_grid(self.month)[0]

    @property
    def last(self) -> date:
        return month_grid(self.month)[1]

    # -- geometry --------------------------------------------------------------------------
    def _cell(self, day: date) -> QRectF:
        index = (day - self.first).days
        width = (self.width() - WEEK_COLUMN) / 7
        height = (self.height() - HEADER) / WEEKS
        return QRectF(
            WEEK_COLUMN + (index % 7) * width, HEADER + (index // 7) * height, width, height
        )

    def _line(self) -> float:
        return float(self.fontMetrics().height() + 4)

    def _small(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        return small

    def _day_note(self, day: date) -> str:
        """The holiday (and ⚠ for a day's frequency warning) written beside the day."""
        holidays = self.data.holidays if self.data else {}
        warnings = self.data.day_warnings if self.data else {}
        return ("⚠ " if day in warnings else "") + holidays.get(day, "")

    def note_below(self, day: date) -> bool:
        """Whether the day's holiday is written on a line of its own, under the day's
        number, because it does not fit beside it ("Itsenäisyyspäivä", "Uudenvuodenpäivä");
        a ⚠ stays beside the number."""
        note = self._day_note(day)
        if not note or not (self.data and day in self.data.holidays):
            return False
        room = self._cell(day).width() - 10 - self.fontMetrics().horizontalAdvance("31 ")
        return QFontMetricsF(self._small()).horizontalAdvance(note) > room

    def day_at(self, pos: QPointF) -> date | None:
        if pos.x() < WEEK_COLUMN or pos.y() < HEADER:
            return None
        width = (self.width() - WEEK_COLUMN) / 7
        height = (self.height() - HEADER) / WEEKS
        column = min(6, int((pos.x() - WEEK_COLUMN) // width))
        row = min(WEEKS - 1, int((pos.y() - HEADER) // height))
        return self.first + timedelta(days=row * 7 + column)

    def place_entries(self) -> list[Placed]:
        placed: list[Placed] = []
        line = self._line()
        for offset in range(WEEKS * 7):
            day = self.first + timedelta(days=offset)
            entries = self.day_entries(day)
            if not entries:
                continue
            cell = self._cell(day)
            top = cell.top() + line * (2 if self.note_below(day) else 1) + 2
            room = max(0, int((cell.bottom() - top - 2) // line))
            shown = entries if len(entries) <= room else entries[: max(0, room - 1)]
            if (
                self.selected is not None
                and self.selected in entries
                and self.selected not in shown
            ):
                shown = [*shown[:-1], self.selected] if shown else [self.selected]
            for i, entry in enumerate(shown):
                rect = QRectF(cell.left() + 3, top + i * line, cell.width() - 6, line - 2)
                placed.append(Placed(rect, entry))
            if len(entries) > len(shown):
                hidden = [e for e in entries if e not in shown]
                rect = QRectF(cell.left() + 3, top + len(shown) * line, cell.width() - 6, line - 2)
                self.overflow.append(Overflow(rect, day, hidden))
        return placed

    def select(self, entry: CalendarEntry | None) -> None:
        super().select(entry)
        self._layout()  # a chosen post hidden under "+N more" comes into view

    # -- painting --------------------------------------------------------------------------
    def paint_grid(self, painter: QPainter) -> None:
        locale = QLocale()
        bold = QFont(self.font())
        bold.setBold(True)
        small = self._small()
        width = (self.width() - WEEK_COLUMN) / 7
        painter.setPen(MUTED)
        painter.setFont(small)
        painter.drawText(
            QRectF(0, 0, WEEK_COLUMN, HEADER), Qt.AlignmentFlag.AlignCenter, self.tr("Wk")
        )
        for i in range(7):
            name = locale.dayName(i + 1, QLocale.FormatType.ShortFormat)
            painter.drawText(
                QRectF(WEEK_COLUMN + i * width, 0, width, HEADER),
                Qt.AlignmentFlag.AlignCenter,
                name,
            )
        line = self._line()
        holidays = self.data.holidays if self.data else {}
        warnings = self.data.day_warnings if self.data else {}
        for offset in range(WEEKS * 7):
            day = self.first + timedelta(days=offset)
            cell = self._cell(day)
            if day.month != self.month.month:
                painter.fillRect(cell, OTHER_MONTH)
            if day == self.today:
                painter.fillRect(cell, TODAY_FILL)
            painter.setPen(GRID)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(cell)
            if day.weekday() == 0:
                painter.setPen(MUTED)
                painter.setFont(small)
                painter.drawText(
                    QRectF(0, cell.top(), WEEK_COLUMN, line),
                    Qt.AlignmentFlag.AlignCenter,
                    str(day.isocalendar().week),
                )
            red = day in holidays or day.weekday() == 6
            painter.setFont(bold if day == self.today else self.font())
            painter.setPen(HOLIDAY if red else (TEXT if day.month == self.month.month else MUTED))
            head = QRectF(cell.left() + 5, cell.top(), cell.width() - 10, line)
            painter.drawText(
                head, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(day.day)
            )
            note = self._day_note(day)
            if note:
                painter.setFont(small)
                painter.setPen(WARNING if day in warnings and day not in holidays else HOLIDAY)
                if self.note_below(day):  # on a line of its own, under the number
                    if day in warnings:
                        painter.setPen(WARNING)
                        painter.drawText(
                            head, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, "⚠"
                        )
                        painter.setPen(HOLIDAY)
                    below = QRectF(cell.left() + 3, cell.top() + line - 2, cell.width() - 5, line)
                    # Smaller rather than cut, down to a size still readable.
                    fitted = QFont(small)  # fonts come in whole pixels: step down
                    while (
                        QFontMetricsF(fitted).horizontalAdvance(holidays[day]) > below.width()
                        and fitted.pointSizeF() > 6.5
                    ):
                        fitted.setPointSizeF(fitted.pointSizeF() - 0.25)
                    painter.setFont(fitted)
                    label = painter.fontMetrics().elidedText(
                        holidays[day], Qt.TextElideMode.ElideRight, int(below.width())
                    )
                    painter.drawText(
                        below, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label
                    )
                else:
                    painter.drawText(
                        head, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, note
                    )
            if day == self.current_day and self.hasFocus():
                painter.setPen(SELECTED)
                painter.drawRect(cell.adjusted(1, 1, -1, -1))
        painter.setFont(self.font())

    # -- moving ----------------------------------------------------------------------------
    def drop_time(self, pos: QPointF, entry: CalendarEntry) -> datetime | None:
        day = self.day_at(pos)
        if day is None:
            return None
        return datetime.combine(day, entry.at.time().replace(tzinfo=None))

    def key_step(self, key: int) -> timedelta | None:
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        return timedelta(days=steps[key]) if key in steps else None  # type: ignore[index]
