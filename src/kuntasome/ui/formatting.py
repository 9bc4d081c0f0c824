"""Dates, times and numbers in the user's language (QLocale's default, set per language).

The same helpers as documents are written with (kuntasome.documents.language), over the
window's locale.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from PySide6.QtCore import QLocale

from kuntasome.documents.language import date_text, datetime_text, number_text


def format_number(value: int | float, decimals: int = 0) -> str:
    return number_text(QLocale(), value, decimals)


def format_date(value: date, long: bool = False) -> str:
    return date_text(QLocale(), value, long)


def format_datetime(value: datetime, tz: tzinfo) -> str:
    return datetime_text(QLocale(), value, tz)
