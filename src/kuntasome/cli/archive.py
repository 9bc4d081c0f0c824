"""`kuntasome archive create|verify|due|list` and `kuntasome records plan`: snapshots for the
public-records archive and the records plan they carry."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from kuntasome.core.archive.records_plan import (
    BY_KEY,
    PERMANENT,
    PUBLICITY,
    PlanEntry,
    load_plan,
    save_plan_entry,
)
from kuntasome.core.archive.snapshot import (
    LANGUAGES,
    LAYOUTS,
    SnapshotRequest,
    list_snapshots,
    make_snapshot,
    snapshot_due,
)
from kuntasome.core.archive.verify import verify_bag
from kuntasome.core.channels.register import find_channel
from kuntasome.core.paths import DataPaths
from kuntasome.core.reports.periods import Period, parse_period
from kuntasome.core.reports.service import ReportRequest, report_bytes

from kuntasome.cli.common import (
    EXIT_OK,
    SubParsers,
    arg,
    database,
    json_option,
    output_language,
    print_json,
)
from kuntasome.cli.people import actor_id, actor_option
from kuntasome.documents.language import writing_for
from kuntasome.documents.report_pdf import render_report_pdf

translate = QCoreApplication.translate


def add_parsers(commands: SubParsers) -> None:
    archive = commands.add_parser(
        "archive", help=translate("Cli", "snapshots for the public-records archive (BagIt)")
    )
    actions = archive.add_subparsers(dest="action", required=True, metavar="ACTION")
    create = actions.add_parser(
        "create",
        help=translate("Cli", "write a period's snapshot as a BagIt bag"),
        description=translate(
            "Cli",
            "Write a period's records as a BagIt bag (RFC 8493): the channel register with its"
            " status and access history, posts, the moderation log with every version and its"
            " evidence, blocks, check-ins, statistics, the period's management report and the"
            " audit log, with a README that explains every file and column.",
        ),
    )
    create.add_argument(
        "--period",
        required=True,
        metavar=translate("Cli", "PERIOD"),
        help=translate("Cli", "a half-year (2026-H1), year, quarter or month"),
    )
    create.add_argument("--format", choices=("bagit",), default="bagit")
    create.add_argument(
        "--as",
        dest="layout",
        choices=LAYOUTS,
        default="dir",
        help=translate("Cli", "a folder, a zip file or a tar file (default: a folder)"),
    )
    create.add_argument(
        "--lang",
        "--content-lang",
        dest="readme_lang",
        choices=LANGUAGES,
        help=translate("Cli", "language of the README and the report (default: yours)"),
    )
    create.add_argument(
        "--channel",
        metavar=translate("Cli", "CHANNEL"),
        help=translate("Cli", "only this channel: the final snapshot of a closed channel"),
    )
    create.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar=translate("Cli", "PATH"),
        help=translate("Cli", "the folder or file to write (must not exist)"),
    )
    create.add_argument(
        "--by",
        dest="actor",
        metavar=translate("Cli", "PERSON"),
        help=translate("Cli", "who makes the snapshot (number, e-mail address or name)"),
    )
    json_option(create)
    create.set_defaults(run=run_create)

    verify = actions.add_parser(
        "verify",
        help=translate("Cli", "check a bag: every file against its checksums"),
        description=translate(
            "Cli",
            "Check a BagIt bag (folder, zip or tar): every file against every manifest, no file"
            " missing or added. Exit status 1 and the file named when something changed.",
        ),
    )
    verify.add_argument("path", type=Path, metavar=translate("Cli", "PATH"))
    json_option(verify)
    verify.set_defaults(run=run_verify)

    due = actions.add_parser(
        "due", help=translate("Cli", "the half-year whose snapshot has not been made")
    )
    json_option(due)
    due.set_defaults(run=run_due)

    listing = actions.add_parser("list", help=translate("Cli", "the snapshots made"))
    json_option(listing)
    listing.set_defaults(run=run_list)

    records = commands.add_parser(
        "records", help=translate("Cli", "the records plan: codes and retention of each record")
    )
    record_actions = records.add_subparsers(dest="action", required=True, metavar="ACTION")
    plan = record_actions.add_parser(
        "plan", help=translate("Cli", "each record type's code, retention and publicity")
    )
    json_option(plan)
    plan.set_defaults(run=run_plan, set_type=None)
    plan_actions = plan.add_subparsers(dest="plan_action", metavar="set")
    setter = plan_actions.add_parser(
        "set", help=translate("Cli", "set a record type's code, title or retention period")
    )
    setter.add_argument("record_type", choices=tuple(BY_KEY), metavar=translate("Cli", "TYPE"))
    setter.add_argument("--code", help=translate("Cli", "its task code in the records plan"))
    setter.add_argument("--title", help=translate("Cli", "the code's title in the plan"))
    setter.add_argument(
        "--retention",
        type=int,
        metavar=translate("Cli", "YEARS"),
        help=translate("Cli", "how many years it is kept (0: permanently)"),
    )
    actor_option(setter)
    json_option(setter)
    setter.set_defaults(run=run_plan_set)


def _renderer(engine: object) -> object:
    def render(period: Period, language: str) -> bytes:
        return report_bytes(
            engine,  # type: ignore[arg-type]
            ReportRequest(period, language),
            render=render_report_pdf,
        )

    return render


def run_create(args: argparse.Namespace, paths: DataPaths) -> int:
    period = parse_period(args.period)
    language = args.readme_lang or output_language()
    with database(args, paths) as engine:
        channel_id = find_channel(engine, args.channel).id if args.channel else None
        result = make_snapshot(
            engine,
            paths,
            SnapshotRequest(period, language, args.layout, args.format, channel_id),
            args.out,
            translate=writing_for(language).translate,  # the README's language, not ours
            render_report=_renderer(engine),  # type: ignore[arg-type]
            actor_id=actor_id(engine, args),
        )
    if args.json:
        print_json(
            {
                "id": result.run_id,
                "path": str(result.path),
                "files": result.files,
                "bytes": result.bytes,
                "payload_oxum": result.payload_oxum,
                "manifest_sha256": result.manifest_sha256,
            }
        )
    else:
        print(
            arg(
                translate("Cli", "Snapshot of {period}: %n file(s) → {path}", "", result.files),
                period=period.code,
                path=result.path,
            )
        )
    return EXIT_OK


def run_verify(args: argparse.Namespace, paths: DataPaths) -> int:
    report = verify_bag(args.path)
    if args.json:
        print_json(
            {
                "path": str(args.path),
                "ok": True,
                "files": report.files,
                "bytes": report.bytes,
                "algorithms": list(report.algorithms),
            }
        )
    else:
        print(
            arg(
                translate(
                    "Cli",
                    "The bag is intact: %n file(s), every checksum ({algorithms}) matches.",
                    "",
                    report.files,
                ),
                algorithms=", ".join(report.algorithms),
            )
        )
    return EXIT_OK


def run_due(args: argparse.Namespace, paths: DataPaths) -> int:
    with database(args, paths) as engine:
        period = snapshot_due(engine, date.today())
    if args.json:
        print_json({"due": period.code if period else None})
    elif period:
        print(arg(translate("Cli", "The snapshot of {period} is due."), period=period.code))
    else:
        print(translate("Cli", "Every half-year's snapshot has been made."))
    return EXIT_OK


def run_list(args: argparse.Namespace, paths: DataPaths) -> int:
    with database(args, paths) as engine:
        rows = [
            {
                "id": r.id,
                "first": r.period.first,
                "last": r.period.last,
                "layout": r.layout,
                "language": r.language,
                "made": r.created_at,
                "author": r.author,
                "path": r.path,
                "payload_oxum": r.payload_oxum,
                "channel_id": r.channel_id,
            }
            for r in list_snapshots(engine)
        ]
    if args.json:
        print_json(rows)
        return EXIT_OK
    if not rows:
        print(translate("Cli", "No snapshots made yet."))
    for r in rows:
        print(f"{r['id']:>4}  {r['first']} – {r['last']}  {r['layout']:<4} {r['path']}")
    return EXIT_OK


def run_plan(args: argparse.Namespace, paths: DataPaths) -> int:
    with database(args, paths) as engine:
        plan = load_plan(engine)
    if args.json:
        print_json(
            [
                {
                    "record_type": p.key,
                    "code": p.code,
                    "title": p.title,
                    "retention_years": p.retention_years or None,
                    "permanent": p.retention_years == PERMANENT,
                    "publicity": p.record_type.publicity,
                    "personal_data": p.record_type.personal_data,
                }
                for p in plan
            ]
        )
        return EXIT_OK
    _print_plan(plan)
    return EXIT_OK


def run_plan_set(args: argparse.Namespace, paths: DataPaths) -> int:
    with database(args, paths) as engine:
        save_plan_entry(
            engine,
            args.record_type,
            code=args.code,
            title=args.title,
            retention_years=args.retention,
            actor_id=actor_id(engine, args),
        )
        plan = load_plan(engine)
    if args.json:
        print_json({"record_type": args.record_type, "saved": True})
    else:
        _print_plan(plan)
    return EXIT_OK


def _print_plan(plan: list[PlanEntry]) -> None:
    not_set = translate("Cli", "(no code set)")
    for p in plan:
        years = (
            translate("Cli", "permanent")
            if p.retention_years == PERMANENT
            else translate("Cli", "%n year(s)", "", p.retention_years)
        )
        print(
            f"{translate('RecordsPlan', p.record_type.title):<28} {p.code or not_set:<16} "
            f"{years:<12} {translate('RecordsPlan', PUBLICITY[p.record_type.publicity])}"
        )
    if any(not p.code for p in plan):
        print(
            translate(
                "Cli",
                "Some record types have no code of your organisation's records plan yet:"
                " kuntasome records plan set TYPE --code CODE.",
            ),
            file=sys.stderr,
        )
