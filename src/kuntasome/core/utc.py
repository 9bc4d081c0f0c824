"""Timestamps are stored in UTC; this makes sure a value read back says so."""

from __future__ import annotations

from datetime import UTC, datetime
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
