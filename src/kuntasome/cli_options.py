"""Command-line options several commands share: dates and periods."""

from __future__ import annotations

import argparse
from datetime import date

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "not a date (YYYY-MM-DD): %1").replace("%1", text)
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
