"""Dates, times and numbers in the user's language (QLocale's default, set per language).

The same helpers as documents are written with (kuntasome.documents.language), over the
window's locale.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo

from PySide6.QtCore import QDate, QLocale, QTime

from kuntasome.core.platforms import channel_label

from kuntasome.documents.language import date_text, datetime_text, number_text


def format_number(value: int | float, decimals: int = 0) -> str:
    return number_text(QLocale(), value, decimals)


def format_date(value: date, long: bool = False) -> str:
    return date_text(QLocale(), value, long)


def format_datetime(value: datetime, tz: tzinfo) -> str:
    return datetime_text(QLocale(), value, tz)


def format_wall_time(value: datetime) -> str:
    """A moment already in the organisation's time zone (a calendar entry's), as the
    language writes a date and a time."""
    return format_datetime(value, value.tzinfo or UTC)


def format_time(value: datetime) -> str:
    """A wall-clock time of day as the language writes it ("9.15", "09:15")."""
    return QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def datetime_edit_format() -> str:
    """The display format of a date-and-time field: the language's short one."""
    return QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat)


def format_local_datetime(value: datetime) -> str:
    """A moment in this computer's time zone (a backup's time: no organisation is loaded)."""
    return format_datetime(value, value.astimezone().tzinfo or UTC)


def format_data_size(n: int) -> str:
    """Bytes as people read them: "16.6 MB" (powers of 1,024, with the familiar names)."""
    return QLocale().formattedDataSize(n, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


# A day without its year, as each language writes it before a time ("1.12. 10.00").
_DAY_MONTH = {
    QLocale.Language.Finnish: "d.M.",
    QLocale.Language.Swedish: "d/M",
    QLocale.Language.English: "d MMM",
}


def format_day_time(value: datetime, tz: tzinfo | None) -> str:
    """A moment this year, without the year: a deadline in a table, a drop target's time.
    A time without a zone (or *tz* None) is already the wall-clock time."""
    local = value.astimezone(tz) if tz is not None and value.tzinfo is not None else value
    locale = QLocale()
    pattern = _DAY_MONTH.get(locale.language(), "d.M.")
    day = locale.toString(QDate(local.year, local.month, local.day), pattern)
    time = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return f"{day} {time}"


def channel_text(label: str, platform: str) -> str:
    """A channel as lists name it: "Kalliorannan kaupunki (Instagram)", the service's name,
    never its key."""
    return channel_label(label, label, platform)
