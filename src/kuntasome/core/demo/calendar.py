"""Time helpers of the demo: the town lies in Finland's time zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

TZ = ZoneInfo("Europe/Helsinki")


def local_time(day: date, hour: int, minute: int = 0) -> datetime:
    """A local wall-clock time in the town, as an aware UTC datetime."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=TZ).astimezone(UTC)


def working_day(day: date) -> bool:
    return day.weekday() < 5


def next_working_day(day: date) -> date:
    day += timedelta(days=1)
    while not working_day(day):
        day += timedelta(days=1)
    return day
