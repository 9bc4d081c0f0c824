"""Dates, times and numbers in the user's language (QLocale's default, set per language).

The same helpers as documents are written with (kuntasome.documents.language), over the
window's locale.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo

from PySide6.QtCore import QLocale

from kuntasome.documents.language import date_text, datetime_text, number_text


def format_number(value: int | float, decimals: int = 0) -> str:
    return number_text(QLocale(), value, decimals)


def format_date(value: date, long: bool = False) -> str:
    return date_text(QLocale(), value, long)


def format_datetime(value: datetime, tz: tzinfo) -> str:
    return datetime_text(QLocale(), value, tz)


def format_local_datetime(value: datetime) -> str:
    """A moment in this computer's time zone (a backup's time: no organisation is loaded)."""
    return format_datetime(value, value.astimezone().tzinfo or UTC)


def format_data_size(n: int) -> str:
    """Bytes as people read them: "16.6 MB" (powers of 1,024, with the familiar names)."""
    return QLocale().formattedDataSize(n, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
