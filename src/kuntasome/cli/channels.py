"""`kuntasome channels …`: the register — list, add, change status, import, public list."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from kuntasome.core.channels.inventory_import import (
    ImportFailed,
    import_channels,
    read_table,
    suggest_mapping,
)
from kuntasome.core.channels.public_list import render_public_list
from kuntasome.core.channels.register import (
    STATUSES,
    change_status,
    create_channel,
    find_channel,
    list_channels,
)
from kuntasome.core.files import write_export
from kuntasome.core.organisation import load_organisation
from kuntasome.core.paths import DataPaths
from kuntasome.core.people import ensure_unit
from kuntasome.core.platforms import PLATFORMS

from kuntasome.ui.translations import translator_for

from kuntasome.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    SubParsers,
    arg,
    channel_argument,
    database,
    json_option,
    out_option,
    plain,
    print_json,
    report,
    translate,
)
from kuntasome.cli.people import actor_id, actor_option


def add_parsers(commands: SubParsers) -> None:
    channels = commands.add_parser(
        "channels",
        help=translate("Cli", "the channel register"),
        description=translate("Cli", "The channel register."),
    )
    sub = channels.add_subparsers(
        dest="channels_command", metavar=translate("Cli", "COMMAND"), required=True
    )
    listing = sub.add_parser("list", help=translate("Cli", "list every channel in the register"))
    json_option(listing)
    listing.set_defaults(run=run_list)

    add = sub.add_parser("add", help=translate("Cli", "add a channel to the register"))
    add.add_argument("platform", choices=tuple(PLATFORMS), metavar=translate("Cli", "SERVICE"))
    add.add_argument(
        "address",
        metavar=translate("Cli", "ADDRESS"),
        help=translate("Cli", "the handle or the profile's address"),
    )
    add.add_argument("--name", default="", help=translate("Cli", "the name people see"))
    add.add_argument(
        "--status",
        choices=STATUSES,
        default="requested",
        help=translate("Cli", "lifecycle status (default: requested)"),
    )
    add.add_argument("--unit", default="", help=translate("Cli", "the unit that owns it"))
    add.add_argument(
        "--languages",
        default="",
        metavar="fi,sv",
        help=translate("Cli", "languages it posts in (default: the organisation's)"),
    )
    add.add_argument("--purpose", default="", help=translate("Cli", "what the channel is for"))
    add.add_argument(
        "--public", action="store_true", help=translate("Cli", "show it on the public list")
    )
    actor_option(add)
    json_option(add)
    add.set_defaults(run=run_add)

    status = sub.add_parser(
        "set-status", help=translate("Cli", "move a channel along its lifecycle")
    )
    channel_argument(status)
    status.add_argument("status", choices=STATUSES, metavar=translate("Cli", "STATUS"))
    status.add_argument(
        "--reason", default="", help=translate("Cli", "why (kept in the audit log)")
    )
    actor_option(status)
    json_option(status)
    status.set_defaults(run=run_set_status)

    imp = sub.add_parser(
        "import",
        help=translate(
            "Cli", "import a channel inventory spreadsheet (CSV or XLSX), all or nothing"
        ),
    )
    imp.add_argument("file", metavar=translate("Cli", "FILE"))
    json_option(imp)
    imp.set_defaults(run=run_import)

    export = sub.add_parser(
        "export-public",
        help=translate("Cli", "the public list of official channels for the website"),
    )
    export.add_argument("--format", choices=("html", "csv"), default="html")
    export.add_argument(
        "--lang",
        dest="content_lang",
        choices=("fi", "sv", "en"),
        default="fi",
        help=translate("Cli", "language of the list"),
    )
    out_option(export)
    export.set_defaults(run=run_export_public)


def run_list(args: argparse.Namespace, paths: DataPaths) -> int:
    with database(args, paths) as engine:
        rows = list_channels(engine)
    if args.json:
        print_json(rows)
        return EXIT_OK
    for r in rows:
        review = r.next_review_on.isoformat() if r.next_review_on else "–"
        print(f"{r.id:>4}  {r.platform:<10} {r.handle:<32} {r.status:<10} {review}  {r.unit}")
    print(translate("Cli", "%n channel(s)", "", len(rows)))
    return EXIT_OK


def run_add(args: argparse.Namespace, paths: DataPaths) -> int:
    with database(args, paths) as engine:
        actor = actor_id(engine, args)
        languages = [x.strip() for x in args.languages.split(",") if x.strip()]
        if not languages:
            languages = list(load_organisation(engine).content_languages)
        unit_id = ensure_unit(engine, args.unit, actor_id=actor) if args.unit.strip() else None
        channel = create_channel(
            engine,
            platform=args.platform,
            address=args.address,
            display_name=args.name.strip(),
            status=args.status,
            actor_id=actor,
            unit_id=unit_id,
            languages=",".join(languages),
            purpose=args.purpose.strip(),
            is_public=args.public,
        )
        row = find_channel(engine, str(channel.id))
    return report(
        args,
        row,
        arg(
            translate("Cli", "Channel {id} added: {platform}:{handle}"),
            id=row.id,
            platform=row.platform,
            handle=row.handle,
        ),
    )


def run_set_status(args: argparse.Namespace, paths: DataPaths) -> int:
    with database(args, paths) as engine:
        channel = find_channel(engine, args.channel)
        change_status(
            engine,
            channel.id,
            args.status,
            actor_id=actor_id(engine, args),
            reason=args.reason.strip(),
            today=date.today(),
        )
        row = find_channel(engine, str(channel.id))
    return report(
        args,
        row,
        arg(
            translate("Cli", "{platform}:{handle} is now {status}."),
            platform=row.platform,
            handle=row.handle,
            status=row.status,
        ),
    )


def run_import(args: argparse.Namespace, paths: DataPaths) -> int:
    table = read_table(Path(args.file))
    mapping = suggest_mapping(table.headers)
    with database(args, paths) as engine:
        try:
            count = import_channels(engine, table, mapping)
        except ImportFailed as failure:
            print(failure.translated(translate), file=sys.stderr)
            for problem in failure.problems[:20]:
                row = arg(translate("Cli", "row {row}"), row=problem.row)
                print(f"  {row}: {problem.error.translated(translate)}", file=sys.stderr)
            return EXIT_REFUSED
    return report(
        args,
        {"imported": count, "columns": plain(mapping)},
        translate("Cli", "Imported %n channel(s).", "", count),
    )


def run_export_public(args: argparse.Namespace, paths: DataPaths) -> int:
    with database(args, paths) as engine:
        data, count = render_public_list(
            engine,
            fmt=args.format,
            language=args.content_lang,
            translate=translator_for(args.content_lang, load_organisation(engine).country),
            today=date.today(),
        )
    write_export(Path(args.out), data, personal=False)  # the public list
    print(translate("Cli", "%n channel(s)", "", count) + f" → {args.out}")
    return EXIT_OK
