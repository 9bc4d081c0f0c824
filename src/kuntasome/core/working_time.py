"""Working days and office hours: the organisation country's public holidays and weekends."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from kuntasome.core.moderation.settings import ModerationSettings
from kuntasome.core.public_holidays import is_holiday


def is_working_day(country: str, day: date) -> bool:
    return day.weekday() < 5 and not is_holiday(country, day)


def next_working_day(country: str, day: date) -> date:
    """The first working day after *day*."""
    day += timedelta(days=1)
    while not is_working_day(country, day):
        day += timedelta(days=1)
    return day


def working_days(country: str, first: date, last: date) -> Iterator[date]:
    day = first
    while day <= last:
        if is_working_day(country, day):
            yield day
        day += timedelta(days=1)


def answer_due(
    arrived: datetime, *, country: str, tz: ZoneInfo, settings: ModerationSettings
) -> datetime:
    """When an answer to a comment that arrived at *arrived* is due (UTC).

    A comment that arrives on a working day before the office closes is counted from that
    day; otherwise from the next working day. The answer is due when the office closes on
    that day (``answer_within_working_days`` = 0) or that many working days later.
    """
    local = arrived.astimezone(tz)
    day = local.date()
    if not is_working_day(country, day) or local.time() >= settings.office_closes:
        day = next_working_day(country, day)
    for _ in range(settings.answer_within_working_days):
        day = next_working_day(country, day)
    return datetime.combine(day, settings.office_closes, tzinfo=tz).astimezone(UTC)


def office_hours(
    day: date, tz: ZoneInfo, settings: ModerationSettings
) -> tuple[datetime, datetime]:
    """The day's office hours as UTC datetimes."""
    opens = datetime.combine(day, settings.office_opens, tzinfo=tz).astimezone(UTC)
    closes = datetime.combine(day, settings.office_closes, tzinfo=tz).astimezone(UTC)
    return opens, closes
