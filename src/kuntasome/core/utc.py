"""Timestamps are stored in UTC; this makes sure a value read back says so."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import overload


@overload
def as_utc(value: datetime) -> datetime: ...
@overload
def as_utc(value: None) -> None: ...
def as_utc(value: datetime | None) -> datetime | None:
    """*value* with its UTC zone: aggregate queries (``max``) and raw rows on SQLite bypass
    the column type and hand back naive UTC; aware values pass unchanged."""
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def local_bounds(first: date, last: date, tz: tzinfo) -> tuple[datetime, datetime]:
    """The UTC instants where the local day *first* starts and the day after *last* starts:
    the half-open range a query over "these days" in the organisation's time zone needs."""
    start = datetime.combine(first, time.min, tzinfo=tz).astimezone(UTC)
    end = datetime.combine(last + timedelta(days=1), time.min, tzinfo=tz).astimezone(UTC)
    return start, end
