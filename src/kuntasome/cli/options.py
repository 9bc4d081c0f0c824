"""Command-line options several commands share: dates and periods."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from kuntasome.core.errors import UserError
from kuntasome.core.i18n import QT_TRANSLATE_NOOP

from kuntasome.cli.common import arg

translate = QCoreApplication.translate


#: Every date a command takes lies in these years: social media, a public body's records
#: and the plans ahead. (A day at the calendar's very ends, 0001-01-01 or 9999-12-31,
#: overflowed when a period was turned into times.)
FIRST_YEAR, LAST_YEAR = 1990, 2100


def parse_date(text: str) -> date:
    """A ``YYYY-MM-DD`` date of the years the application works with."""
    try:
        value = date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            arg(translate("Cli", "not a date (YYYY-MM-DD): {value}"), value=text)
        ) from None
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(
            arg(
                translate("Cli", "{value} is not between {first} and {last}"),
                value=text,
                first=f"{FIRST_YEAR}-01-01",
                last=f"{LAST_YEAR}-12-31",
            )
        )
    return value


def years(text: str) -> int:
    """A number of years from 1 to 30 (``demo --years``)."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= 30:
        raise argparse.ArgumentTypeError(
            arg(translate("Cli", "not a number of years from 1 to 30: {value}"), value=text)
        )
    return value


def period_options(
    parser: argparse.ArgumentParser, *, required: bool, first_help: str, last_help: str
) -> None:
    """``--from DATE --to DATE`` (stored as ``first`` and ``last``)."""
    for flag, dest, help_text in (("--from", "first", first_help), ("--to", "last", last_help)):
        parser.add_argument(
            flag,
            dest=dest,
            type=parse_date,
            required=required,
            metavar=translate("Cli", "DATE"),
            help=help_text,
        )


def local_time(text: str, tz: ZoneInfo) -> datetime:
    """``2026-12-03T09:15`` (or with a space) as a time in *tz*, unless it names its own zone."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "Not a date and time (YYYY-MM-DDTHH:MM): {value}"),
            value=text,
        ) from None
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "{value} is not between {first} and {last}"),
            value=text,
            first=f"{FIRST_YEAR}-01-01",
            last=f"{LAST_YEAR}-12-31",
        )
    return value if value.tzinfo is not None else value.replace(tzinfo=tz)
