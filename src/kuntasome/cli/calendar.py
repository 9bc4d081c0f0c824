"""`kuntasome calendar …`: the posting plan as a list or an iCalendar file, headless."""

from __future__ import annotations

import argparse
import json
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kuntasome.core.calendar.ics import export_ics
from kuntasome.core.calendar.posts import POST_STATUS_LABELS, TARGET_STATUS_LABELS
from kuntasome.core.calendar.view import load_calendar
from kuntasome.core.channels.register import find_channel
from kuntasome.core.errors import UserError
from kuntasome.core.files import write_export
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.organisation import load_organisation
from kuntasome.core.paths import DataPaths

from kuntasome.cli.calendar_workflow import add_workflow_parsers
from kuntasome.cli.common import SubParsers, database, json_option
from kuntasome.cli.options import period_options

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from sqlalchemy import Engine

    from kuntasome.core.organisation import OrganisationSettings

translate = QCoreApplication.translate
DEFAULT_DAYS = 30


def _range_options(parser: argparse.ArgumentParser) -> None:
    period_options(
        parser,
        required=False,
        first_help=translate("Cli", "first day (default: today)"),
        last_help=translate("Cli", "last day (default: 30 days from the first)"),
    )
    parser.add_argument(
        "--channel",
        action="append",
        metavar=translate("Cli", "CHANNEL"),
        help=translate("Cli", "only this channel (id, service:handle or handle); repeatable"),
    )


def add_parsers(commands: SubParsers) -> None:
    calendar = commands.add_parser(
        "calendar",
        help=translate("Cli", "the posting calendar"),
        description=translate("Cli", "The posting calendar."),
    )
    sub = calendar.add_subparsers(
        dest="calendar_command", metavar=translate("Cli", "COMMAND"), required=True
    )
    listing = sub.add_parser("list", help=translate("Cli", "list the posts of a period"))
    _range_options(listing)
    json_option(listing)
    listing.set_defaults(run=run_calendar)
    add_workflow_parsers(sub)
    ics = sub.add_parser(
        "export-ics",
        help=translate("Cli", "export the plan as an iCalendar (.ics) file for Outlook"),
    )
    _range_options(ics)
    ics.add_argument(
        "--out",
        required=True,
        metavar=translate("Cli", "FILE"),
        help=translate("Cli", "file to write"),
    )
    ics.add_argument(
        "--lang",
        dest="content_lang",
        choices=("fi", "sv", "en"),
        default="fi",
        help=translate("Cli", "language of the post texts in the file"),
    )
    ics.set_defaults(run=run_calendar)


def _period(args: argparse.Namespace) -> tuple[date, date]:
    first = args.first or date.today()
    last = args.last or first + timedelta(days=DEFAULT_DAYS)
    if last < first:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "The period ends before it starts."))
    return first, last


def _channel_ids(engine: Engine, refs: list[str] | None) -> frozenset[int] | None:
    if not refs:
        return None
    return frozenset(find_channel(engine, ref).id for ref in refs)


def run_calendar(args: argparse.Namespace, paths: DataPaths) -> int:
    first, last = _period(args)
    with database(args, paths) as engine:
        org = load_organisation(engine)
        channel_ids = _channel_ids(engine, args.channel)
        if args.calendar_command == "export-ics":
            return _export(args, engine, first, last, channel_ids, org.name, org.time_zone)
        return _list(args, engine, first, last, channel_ids, org)


def _export(
    args: argparse.Namespace,
    engine: Engine,
    first: date,
    last: date,
    channel_ids: frozenset[int] | None,
    name: str,
    tz: ZoneInfo,
) -> int:
    result = export_ics(
        engine,
        first,
        last,
        tz=tz,
        language=args.content_lang,
        channel_ids=channel_ids,
        organisation=name,
    )
    write_export(Path(args.out), result.data, personal=False)
    print(translate("Cli", "%n post(s)", "", result.events) + f" → {args.out}")
    return 0


def _list(
    args: argparse.Namespace,
    engine: Engine,
    first: date,
    last: date,
    channel_ids: frozenset[int] | None,
    org: OrganisationSettings,
) -> int:
    data = load_calendar(
        engine,
        first,
        last,
        tz=org.time_zone,
        today=date.today(),
        country=org.country,
        channel_ids=channel_ids,
    )
    rows = []
    for e in data.entries:
        channel = data.channels[e.channel_id]
        rows.append(
            {
                "target_id": e.target_id,
                "post_id": e.post_id,
                "at": e.at.isoformat(),
                "channel": f"{channel.platform}:{channel.handle}",
                "title": e.title,
                "status": e.target_status,
                "post_status": e.post_status,
                "crisis": e.is_crisis,
                "warnings": [w.translated(translate) for w in e.warnings],
            }
        )
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    for e, row in zip(data.entries, rows, strict=True):
        status = translate("TargetStatus", TARGET_STATUS_LABELS[e.target_status])
        if e.target_status in ("planned", "scheduled"):
            status = translate("PostStatus", POST_STATUS_LABELS[e.post_status])
        mark = "!" if e.warnings else " "
        print(f"{e.at:%Y-%m-%d %H:%M} {mark} {row['channel']:<36} {status:<14} {e.title}")
    print(translate("Cli", "%n post(s)", "", len(rows)))
    return 0
