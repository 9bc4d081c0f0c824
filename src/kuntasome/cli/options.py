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


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            arg(translate("Cli", "not a date (YYYY-MM-DD): {value}"), value=text)
        ) from None


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
    return value if value.tzinfo is not None else value.replace(tzinfo=tz)
