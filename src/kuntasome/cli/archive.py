"""`kuntasome archive create|verify|due|list` and `kuntasome records plan`: snapshots for the
public-records archive and the records plan they carry."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from kuntasome.core.archive.disposal import DisposalGroup, disposal_log, dispose, plan_disposal
from kuntasome.core.archive.eark import is_package, verify_package_any
from kuntasome.core.archive.holds import lift_hold, list_holds, place_hold
from kuntasome.core.archive.records_plan import (
    BY_KEY,
    PERMANENT,
    PUBLICITY,
    PlanEntry,
    load_plan,
    save_plan_entry,
)
from kuntasome.core.archive.snapshot import (
    FORMATS,
    LANGUAGES,
    LAYOUTS,
    SnapshotRequest,
    list_snapshots,
    make_snapshot,
    period_report,
    snapshot_due,
)
from kuntasome.core.archive.verify import verify_bag
from kuntasome.core.channels.register import find_channel
from kuntasome.core.paths import DataPaths
from kuntasome.core.reports.periods import parse_period

from kuntasome.cli.common import (
    EXIT_OK,
    SubParsers,
    arg,
    database,
    json_option,
    output_language,
    print_json,
    report,
)
from kuntasome.cli.options import parse_date
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
    create.add_argument(
        "--format",
        choices=FORMATS,
        default="bagit",
        help=translate("Cli", "BagIt (RFC 8493) or E-ARK SIP 2.1 (FGS Paketstruktur 2.0)"),
    )
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
            "Check a BagIt bag or an E-ARK package (folder, zip or tar): every file against"
            " every manifest or METS, no file missing or added. Exit status 1 and the file named"
            " when something changed.",
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

    dispose_parser = record_actions.add_parser(
        "dispose",
        help=translate("Cli", "dispose of the records past their retention (with a decision)"),
        description=translate(
            "Cli",
            "List, or dispose of, the records past their retention period and not on a legal"
            " hold: moderation entries lose their personal data (the chain records it and"
            " still verifies), evidence files are deleted, old check-ins, statistics, posts and"
            " audit entries removed. Every disposal goes into the disposal log with its"
            " decision and the person who approved it.",
        ),
    )
    mode = dispose_parser.add_mutually_exclusive_group(required=True)
    mode.add_argument(
        "--dry-run", action="store_true", help=translate("Cli", "only list; change nothing")
    )
    mode.add_argument(
        "--approve", action="store_true", help=translate("Cli", "dispose of them now")
    )
    dispose_parser.add_argument(
        "--decision",
        metavar=translate("Cli", "TEXT"),
        default="",
        help=translate("Cli", "the decision that approves it, e.g. its body, date and number"),
    )
    dispose_parser.add_argument(
        "--on",
        type=parse_date,
        metavar=translate("Cli", "DATE"),
        help=translate("Cli", "the day retention is counted to (default: today)"),
    )
    actor_option(dispose_parser)
    json_option(dispose_parser)
    dispose_parser.set_defaults(run=run_dispose)

    disposals = record_actions.add_parser(
        "disposals", help=translate("Cli", "the disposal log: what was disposed of, when, why")
    )
    json_option(disposals)
    disposals.set_defaults(run=run_disposals)

    hold = record_actions.add_parser(
        "hold", help=translate("Cli", "legal holds: records that must not be disposed of")
    )
    hold_actions = hold.add_subparsers(dest="hold_action", required=True, metavar="ACTION")
    add = hold_actions.add_parser(
        "add", help=translate("Cli", "hold a channel, an account or a moderation entry")
    )
    target = add.add_mutually_exclusive_group(required=True)
    target.add_argument("--channel", metavar=translate("Cli", "CHANNEL"))
    target.add_argument("--account", metavar=translate("Cli", "ACCOUNT"))
    target.add_argument("--entry", type=int, metavar=translate("Cli", "ENTRY"))
    add.add_argument(
        "--reason",
        required=True,
        metavar=translate("Cli", "TEXT"),
        help=translate("Cli", "why, e.g. the complaint or case number"),
    )
    actor_option(add)
    json_option(add)
    add.set_defaults(run=run_hold_add)
    lift = hold_actions.add_parser("lift", help=translate("Cli", "lift a hold"))
    lift.add_argument("hold", type=int, metavar=translate("Cli", "HOLD"))
    lift.add_argument("--reason", required=True, metavar=translate("Cli", "TEXT"))
    actor_option(lift)
    json_option(lift)
    lift.set_defaults(run=run_hold_lift)
    holds = record_actions.add_parser("holds", help=translate("Cli", "the legal holds"))
    json_option(holds)
    holds.set_defaults(run=run_holds)


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
            render_report=period_report(engine, render_report_pdf),
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
    if is_package(args.path):
        files = verify_package_any(args.path)
        if args.json:
            print_json({"path": str(args.path), "ok": True, "format": "eark", "files": files})
        else:
            print(
                translate(
                    "Cli",
                    "The E-ARK package is intact: %n file(s), every SHA-256 in its METS matches.",
                    "",
                    files,
                )
            )
        return EXIT_OK
    report = verify_bag(args.path)
    if args.json:
        print_json(
            {
                "path": str(args.path),
                "ok": True,
                "format": "bagit",
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


def _group_line(group: DisposalGroup) -> str:
    title = translate("RecordsPlan", BY_KEY[group.record_type].title)
    line = arg(
        translate("Cli", "{title}: %n past retention (before {date})", "", group.count),
        title=title,
        date=group.older_than.isoformat(),
    )
    if group.held:
        line += " · " + translate("Cli", "%n on a legal hold", "", group.held)
    if group.unerasable:
        line += " · " + translate(
            "Cli", "%n from the old, broken chain: cannot be erased", "", group.unerasable
        )
    return line


def run_dispose(args: argparse.Namespace, paths: DataPaths) -> int:
    today = args.on or date.today()
    with database(args, paths) as engine:
        if args.dry_run:
            groups = plan_disposal(engine, today)
            log_ids: list[int] = []
        else:
            result = dispose(
                engine,
                paths.evidence,
                decision=args.decision,
                approved_by_id=actor_id(engine, args),
                today=today,
            )
            groups, log_ids = result.groups, result.log_ids
    if args.json:
        print_json(
            {
                "disposed": not args.dry_run,
                "disposal_log": log_ids,
                "groups": [
                    {
                        "record_type": g.record_type,
                        "code": g.code,
                        "older_than": g.older_than,
                        "count": g.count,
                        "held": g.held,
                        "unerasable": g.unerasable,
                    }
                    for g in groups
                ],
            }
        )
        return EXIT_OK
    for group in groups:
        print(_group_line(group))
    if args.dry_run:
        print(
            translate(
                "Cli",
                "Nothing was changed. To dispose of these: --approve --decision TEXT --as PERSON.",
            )
        )
    else:
        print(
            arg(
                translate("Cli", "Disposed of, and written to the disposal log ({entries})."),
                entries=", ".join(str(i) for i in log_ids) or "–",
            )
        )
    return EXIT_OK


def run_disposals(args: argparse.Namespace, paths: DataPaths) -> int:
    with database(args, paths) as engine:
        rows = disposal_log(engine)
    if args.json:
        print_json(rows)
        return EXIT_OK
    if not rows:
        print(translate("Cli", "Nothing has been disposed of."))
    for r in rows:
        print(
            f"{r.id:>4}  {r.disposed_at:%Y-%m-%d}  {r.record_type:<17} {r.count:>7}  "
            f"{r.approved_by}  {r.decision}"
        )
    return EXIT_OK


def run_hold_add(args: argparse.Namespace, paths: DataPaths) -> int:
    with database(args, paths) as engine:
        channel_id = find_channel(engine, args.channel).id if args.channel else None
        hold_id = place_hold(
            engine,
            reason=args.reason,
            channel_id=channel_id,
            account=args.account or "",
            entry_id=args.entry,
            actor_id=actor_id(engine, args),
        )
    return report(
        args,
        {"hold": hold_id},
        arg(translate("Cli", "Hold {id} placed: nothing it covers is disposed of."), id=hold_id),
    )


def run_hold_lift(args: argparse.Namespace, paths: DataPaths) -> int:
    with database(args, paths) as engine:
        lift_hold(engine, args.hold, reason=args.reason, actor_id=actor_id(engine, args))
    return report(
        args, {"hold": args.hold, "lifted": True},
        arg(translate("Cli", "Hold {id} lifted."), id=args.hold),
    )  # fmt: skip


def run_holds(args: argparse.Namespace, paths: DataPaths) -> int:
    with database(args, paths) as engine:
        rows = list_holds(engine)
    if args.json:
        print_json(rows)
        return EXIT_OK
    if not rows:
        print(translate("Cli", "No legal holds."))
    for h in rows:
        what = h.channel or h.account or f"#{h.entry_id}"
        state = translate("Cli", "active") if h.active else translate("Cli", "lifted")
        print(f"{h.id:>4}  {state:<8} {what:<30} {h.reason}")
    return EXIT_OK
