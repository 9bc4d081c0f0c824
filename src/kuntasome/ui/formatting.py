"""Dates, times and numbers in the user's language (QLocale's default, set per language)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def format_number(value: int | float, decimals: int = 0) -> str:
    if decimals == 0:
        return QLocale().toString(round(value))
    return QLocale().toString(float(value), "f", decimals)


def format_date(value: date, long: bool = False) -> str:
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(QDate(value.year, value.month, value.day), fmt)


def format_datetime(value: datetime, tz: ZoneInfo) -> str:
    local = value.astimezone(tz)
    qdt = QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )
    return QLocale().toString(qdt, QLocale.FormatType.ShortFormat)
