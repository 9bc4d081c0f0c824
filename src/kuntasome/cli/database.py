"""`kuntasome init | demo | check`: creating a register, filling the demo town, checking."""

from __future__ import annotations

import argparse
import sys

from kuntasome.core.database import prepare_database
from kuntasome.core.db import make_engine
from kuntasome.core.demo import generate_demo
from kuntasome.core.integrity import check_database
from kuntasome.core.messages import Message
from kuntasome.core.organisation import COUNTRIES, OrganisationSettings, create_register
from kuntasome.core.paths import DataPaths

from kuntasome.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    SubParsers,
    arg,
    database_url,
    json_option,
    print_json,
    report,
    translate,
)
from kuntasome.cli.options import parse_date, years


def add_parsers(commands: SubParsers) -> None:
    init = commands.add_parser(
        "init",
        help=translate("Cli", "create a new, empty register for an organisation"),
        description=translate(
            "Cli",
            "Create a new, empty register (database) for an organisation. Refuses a data"
            " folder or database that already holds one.",
        ),
    )
    init.add_argument(
        "--organisation",
        required=True,
        metavar=translate("Cli", "NAME"),
        help=translate("Cli", "the organisation's name, e.g. Kallioranta – Bergstrand"),
    )
    init.add_argument(
        "--country",
        required=True,
        choices=COUNTRIES,
        help=translate("Cli", "FI or SE: public holidays, the law and the default time zone"),
    )
    init.add_argument(
        "--time-zone",
        metavar=translate("Cli", "ZONE"),
        default="",
        help=translate("Cli", "time zone, e.g. Europe/Helsinki (default: the country's)"),
    )
    init.add_argument(
        "--languages",
        default="",
        metavar="fi,sv",
        help=translate("Cli", "content languages, comma-separated (default: fi,sv)"),
    )
    json_option(init)
    init.set_defaults(run=run_init)

    demo = commands.add_parser(
        "demo",
        help=translate("Cli", "fill an empty database with a fictional bilingual municipality"),
        description=translate(
            "Cli",
            "Fill an empty database with the fictional town of Kallioranta – Bergstrand:"
            " channels, people, posts, moderation entries, check-ins and statistics.",
        ),
    )
    demo.add_argument(
        "--seed", type=int, default=1, help=translate("Cli", "random seed (same seed, same data)")
    )
    demo.add_argument("--years", type=years, default=2, help=translate("Cli", "years of history"))
    demo.add_argument(
        "--scale",
        choices=("small", "large"),
        default="small",
        help=translate("Cli", "small: about 12 channels; large: the benchmark municipality"),
    )
    demo.add_argument(
        "--today",
        type=parse_date,
        metavar=translate("Cli", "DATE"),
        help=translate("Cli", "the date the demo is built around (default: today)"),
    )
    json_option(demo)
    demo.set_defaults(run=run_demo)

    check = commands.add_parser(
        "check",
        help=translate("Cli", "check the database's integrity and migration state"),
        description=translate(
            "Cli", "Check the database's integrity and migration state. Changes nothing."
        ),
    )
    check.add_argument(
        "--full",
        action="store_true",
        help=translate("Cli", "also compare every index with its table (slower)"),
    )
    json_option(check)
    check.set_defaults(run=run_check)


def run_init(args: argparse.Namespace, paths: DataPaths) -> int:
    languages = tuple(x.strip() for x in args.languages.split(",") if x.strip()) or ("fi", "sv")
    unknown = [x for x in languages if x not in ("fi", "sv", "en")]
    if unknown:
        print(
            arg(
                translate("Cli", "Unknown content language: {unknown} (choose from fi, sv, en)."),
                unknown=unknown[0],
            ),
            file=sys.stderr,
        )
        return EXIT_REFUSED
    org = create_register(
        database_url(args, paths),
        OrganisationSettings(
            name=args.organisation.strip(),
            country=args.country,
            content_languages=languages,
            time_zone_name=args.time_zone.strip(),
        ),
        backup_dir=paths.backups,
    )
    return report(
        args,
        {
            "organisation": org.name,
            "country": org.country,
            "time_zone": str(org.time_zone),
            "content_languages": list(org.content_languages),
        },
        arg(
            translate("Cli", "Register created for {name} ({country}, {time_zone})."),
            name=org.name,
            country=org.country,
            time_zone=org.time_zone,
        ),
    )


def run_demo(args: argparse.Namespace, paths: DataPaths) -> int:
    url = database_url(args, paths)
    prepare_database(url, create=True, backup_dir=paths.backups)
    engine = make_engine(url)

    def progress(message: Message) -> None:
        if not args.json:
            print(message.translated(translate), file=sys.stderr)

    try:
        summary = generate_demo(
            engine,
            seed=args.seed,
            years=args.years,
            scale=args.scale,
            today=args.today,
            progress=progress,
        )
    finally:
        engine.dispose()
    if args.json:
        print_json(summary)
        return EXIT_OK
    print(
        arg(
            translate("Cli", "Demo data created in {seconds} seconds:"),
            seconds=f"{summary.seconds:.1f}",
        )
    )
    lines = (
        (translate("Cli", "channels"), summary.channels),
        (translate("Cli", "people"), summary.people),
        (translate("Cli", "posts"), summary.posts),
        (translate("Cli", "post targets"), summary.targets),
        (translate("Cli", "moderation entries"), summary.moderation_entries),
        (translate("Cli", "blocked users"), summary.blocked_users),
        (translate("Cli", "monitoring check-ins"), summary.checkins),
        (translate("Cli", "metric values"), summary.metric_values),
    )
    for label, value in lines:
        print(f"  {value:>10,}  {label}".replace(",", "\u00a0"))
    return EXIT_OK


def run_check(args: argparse.Namespace, paths: DataPaths) -> int:
    report = check_database(database_url(args, paths), full=args.full)
    if args.json:
        print_json(
            {
                "database": report.database,
                "revision": report.revision,
                "ok": report.ok,
                "findings": [
                    {"level": f.level, "message": f.translated(translate)} for f in report.findings
                ],
            }
        )
    else:
        print(arg(translate("Cli", "Database: {database}"), database=report.database))
        marks = {"ok": "✓", "warning": "!", "error": "✗"}
        for finding in report.findings:
            print(f"  {marks[finding.level]} {finding.translated(translate)}")
        print(
            translate("Cli", "No problems found.")
            if report.ok
            else translate("Cli", "Problems found.")
        )
    return EXIT_OK if report.ok else EXIT_REFUSED
