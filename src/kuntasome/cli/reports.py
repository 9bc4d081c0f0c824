"""`kuntasome report …` makes a management report; `kuntasome reports` lists those made."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from kuntasome.core.errors import UserError
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.paths import DataPaths
from kuntasome.core.reports.figures import COMPARISONS, SECTIONS
from kuntasome.core.reports.logo import save_logo
from kuntasome.core.reports.periods import Period, parse_period
from kuntasome.core.reports.service import (
    LANGUAGES,
    ReportRequest,
    list_reports,
    load_report_settings,
    make_report,
)

from kuntasome.cli.common import EXIT_OK, SubParsers, arg, database, json_option, print_json, report
from kuntasome.cli.options import period_options
from kuntasome.cli.people import actor_id, actor_option
from kuntasome.documents.report_pdf import render_report_pdf

translate = QCoreApplication.translate


def add_parsers(commands: SubParsers) -> None:
    make = commands.add_parser(
        "report",
        help=translate("Cli", "make a management report of a period as PDF/A"),
        description=translate(
            "Cli",
            "A management report of a period as a tagged PDF/A: key figures against the"
            " previous period and a year earlier, channels, language coverage, dialogue and"
            " moderation, register health and accessibility duties.",
        ),
    )
    make.add_argument(
        "--period",
        metavar=translate("Cli", "PERIOD"),
        help=translate(
            "Cli", "a month (2026-10), quarter (2026-Q3), half-year (2026-H1) or year (2026)"
        ),
    )
    period_options(
        make,
        required=False,
        first_help=translate("Cli", "first day of a custom period"),
        last_help=translate("Cli", "last day of a custom period"),
    )
    make.add_argument(
        "--lang",
        "--content-lang",
        dest="report_lang",
        choices=LANGUAGES,
        help=translate("Cli", "language of the report (default: as set for reports)"),
    )
    make.add_argument(
        "--sections",
        metavar=translate("Cli", "SECTION,…"),
        help=arg(
            translate("Cli", "the sections to include, comma-separated (default: all): {all}"),
            all=",".join(SECTIONS),
        ),
    )
    make.add_argument(
        "--compare",
        choices=COMPARISONS,
        default="previous",
        help=translate(
            "Cli", "what the channels' changes are against: the previous period or a year earlier"
        ),
    )
    make.add_argument(
        "--commentary-file",
        type=Path,
        metavar=translate("Cli", "FILE"),
        help=translate("Cli", "a UTF-8 text file whose text goes in as the commentary"),
    )
    make.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar=translate("Cli", "FILE"),
        help=translate("Cli", "the PDF file to write"),
    )
    actor_option(make)
    json_option(make)
    make.set_defaults(run=run_report)

    logo = commands.add_parser(
        "report-logo", help=translate("Cli", "the logo on every report's cover (PNG, JPEG or SVG)")
    )
    choice = logo.add_mutually_exclusive_group(required=True)
    choice.add_argument("file", nargs="?", type=Path, metavar=translate("Cli", "FILE"))
    choice.add_argument(
        "--remove", action="store_true", help=translate("Cli", "no logo on the cover")
    )
    actor_option(logo)
    json_option(logo)
    logo.set_defaults(run=run_logo)

    listing = commands.add_parser("reports", help=translate("Cli", "list the reports made"))
    json_option(listing)
    listing.set_defaults(run=run_list)


def _period(args: argparse.Namespace) -> Period:
    if args.period and (args.first or args.last):
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "Give either a period or its first and last day, not both.")
        )
    if args.period:
        return parse_period(args.period)
    if args.first and args.last:
        return Period(args.first, args.last)
    raise UserError(
        QT_TRANSLATE_NOOP(
            "Errors", "Which period? Give --period (e.g. 2026-Q3) or --from and --to."
        )
    )


def _commentary(path: Path | None) -> str:
    if path is None:
        return ""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "{name} could not be read as UTF-8 text."), name=path.name
        ) from None


def run_report(args: argparse.Namespace, paths: DataPaths) -> int:
    period = _period(args)
    sections = (
        tuple(s.strip() for s in args.sections.split(",") if s.strip())
        if args.sections
        else SECTIONS
    )
    commentary = _commentary(args.commentary_file)
    with database(args, paths) as engine:
        language = args.report_lang or load_report_settings(engine).language
        run = make_report(
            engine,
            ReportRequest(period, language, sections, args.compare, commentary),
            render=render_report_pdf,
            out=args.out,
            actor_id=actor_id(engine, args),
        )
    if args.json:
        print_json(
            {
                "id": run.id,
                "period": run.period.code,
                "first": run.period.first,
                "last": run.period.last,
                "language": run.language,
                "sections": list(run.sections),
                "file": run.path,
                "sha256": run.sha256,
            }
        )
    else:
        print(
            arg(
                translate("Cli", "Report of {period} → {file}"),
                period=run.period.code,
                file=run.path,
            )
        )
    return EXIT_OK


def run_list(args: argparse.Namespace, paths: DataPaths) -> int:
    with database(args, paths) as engine:
        runs = list_reports(engine)
    if args.json:
        print_json(
            [
                {
                    "id": r.id,
                    "period": r.period.code,
                    "language": r.language,
                    "made": r.created_at,
                    "author": r.author,
                    "file": r.path,
                    "sha256": r.sha256,
                }
                for r in runs
            ]
        )
        return EXIT_OK
    if not runs:
        print(translate("Cli", "No reports made yet."))
    for r in runs:
        print(f"{r.id:>4}  {r.period.code:<12} {r.language}  {r.author or '–'}  {r.path}")
    return EXIT_OK


def run_logo(args: argparse.Namespace, paths: DataPaths) -> int:
    with database(args, paths) as engine:
        logo = save_logo(
            engine, None if args.remove else args.file, actor_id=actor_id(engine, args)
        )
    return report(
        args,
        {"logo": logo.format if logo else None, "bytes": len(logo.data) if logo else 0},
        translate("Cli", "The reports' cover shows the logo.")
        if logo
        else translate("Cli", "The reports' cover has no logo."),
    )
