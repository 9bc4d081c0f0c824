"""`kuntasome moderation …`: the log, its verification, exports and the block register."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kuntasome.core.errors import UserError
from kuntasome.core.files import write_export
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.moderation.blocks import list_blocks
from kuntasome.core.moderation.export import entries_csv
from kuntasome.core.moderation.log import ACTIONS, KINDS, list_entries
from kuntasome.core.moderation.removal_reasons import reason_labels
from kuntasome.core.moderation.verify import verify_log
from kuntasome.core.organisation import load_organisation
from kuntasome.core.paths import DataPaths

from kuntasome.cli.common import SubParsers, arg, database, json_option, output_language
from kuntasome.cli.moderation_recording import add_recording_parsers
from kuntasome.cli.options import period_options
from kuntasome.documents.language import Writing
from kuntasome.documents.moderation_pdf import render_log_pdf

if TYPE_CHECKING:
    from sqlalchemy import Engine

translate = QCoreApplication.translate
DEFAULT_DAYS = 30


def _period_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    period_options(
        parser,
        required=required,
        first_help=translate("Cli", "first day (seen on)"),
        last_help=translate("Cli", "last day (seen on)"),
    )


def add_parsers(commands: SubParsers) -> None:
    moderation = commands.add_parser(
        "moderation",
        help=translate("Cli", "the moderation and dialogue log"),
        description=translate("Cli", "The moderation and dialogue log."),
    )
    sub = moderation.add_subparsers(
        dest="moderation_command", metavar=translate("Cli", "COMMAND"), required=True
    )
    listing = sub.add_parser(
        "list", help=translate("Cli", "list the entries of a period (default: the last 30 days)")
    )
    _period_options(listing, required=False)
    json_option(listing)
    listing.set_defaults(run=run_moderation)
    sub.add_parser(
        "verify", help=translate("Cli", "check the hash chain of the log and every evidence file")
    ).set_defaults(run=run_moderation)
    export = sub.add_parser("export", help=translate("Cli", "export the log of a period"))
    _period_options(export, required=True)
    export.add_argument(
        "--format",
        dest="fmt",
        choices=("csv", "pdf"),
        required=True,
        help=translate("Cli", "CSV for spreadsheets, PDF/A for the archive"),
    )
    export.add_argument(
        "--out",
        required=True,
        metavar=translate("Cli", "FILE"),
        help=translate("Cli", "file to write"),
    )
    export.set_defaults(run=run_moderation)
    blocked = sub.add_parser("blocked", help=translate("Cli", "the register of blocked accounts"))
    json_option(blocked)
    blocked.set_defaults(run=run_moderation)
    add_recording_parsers(sub)


def run_moderation(args: argparse.Namespace, paths: DataPaths) -> int:
    with database(args, paths) as engine:
        command = args.moderation_command
        if command == "verify":
            return _verify(engine, paths)
        if command == "blocked":
            return _blocked(engine, args.json)
        first, last = _period(args)
        if command == "export":
            return _export(engine, first, last, args.fmt, Path(args.out))
        return _list(engine, first, last, args.json)


def _period(args: argparse.Namespace) -> tuple[date, date]:
    last = args.last or date.today()
    first = args.first or last - timedelta(days=DEFAULT_DAYS - 1)
    if last < first:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "The period ends before it starts."))
    return first, last


def _list(engine: Engine, first: date, last: date, as_json: bool) -> int:
    tz = load_organisation(engine).time_zone
    rows = list_entries(engine, tz=tz, first=first, last=last)
    if as_json:
        reasons = reason_labels(engine, "en")
        print(
            json.dumps(
                [
                    {
                        "id": r.id,
                        "corrects": r.corrects_id,
                        "channel": f"{r.platform}:{r.channel_name}",
                        "kind": r.kind,
                        "action": r.action,
                        "reason": r.reason_code,
                        "reason_label": reasons.get(r.reason_code, ""),
                        "posted_at": r.posted_at.isoformat() if r.posted_at else None,
                        "seen_at": r.seen_at.isoformat(),
                        "answered_at": r.answered_at.isoformat() if r.answered_at else None,
                        "due_at": r.due_at.isoformat() if r.due_at else None,
                        "author": r.author_handle,
                        "url": r.comment_url,
                        "comment": r.comment_text,
                        "answer": r.answer_text,
                        "case_number": r.case_number,
                        "handler": r.handler_name,
                        "evidence_files": r.evidence_count,
                    }
                    for r in rows
                ],
                indent=2,
                ensure_ascii=False,
            )
        )
        return 0
    for r in rows:
        kind = translate("Moderation", KINDS.get(r.kind, r.kind))
        action = translate("Moderation", ACTIONS.get(r.action, r.action))
        print(
            f"{r.id:>7} {r.seen_at.astimezone(tz):%Y-%m-%d %H:%M}  {r.channel_name[:28]:<28} "
            f"{kind[:22]:<22} {action[:26]:<26} {r.author_handle}"
        )
    print(translate("Cli", "%n entry(s)", "", len(rows)))
    return 0


def _verify(engine: Engine, paths: DataPaths) -> int:
    report = verify_log(engine, paths.evidence)
    for problem in report.problems:
        print(problem.translated(translate), file=sys.stderr)
    summary = (
        translate("Cli", "%n entry(s) checked", "", report.entries)
        + ", "
        + translate("Cli", "%n evidence file(s) checked", "", report.evidence_files)
    )
    if report.ok:
        print(arg(translate("Cli", "The moderation log is intact: {summary}."), summary=summary))
        return 0
    print(
        arg(
            translate("Cli", "The moderation log has been tampered with: {summary}."),
            summary=summary,
        )
    )
    return 1


def _export(engine: Engine, first: date, last: date, fmt: str, out: Path) -> int:
    org = load_organisation(engine)
    rows = list(reversed(list_entries(engine, tz=org.time_zone, first=first, last=last)))
    reasons = reason_labels(engine, output_language())
    if fmt == "csv":
        data = entries_csv(rows, org.time_zone, translate, reasons)
    else:
        data = render_log_pdf(
            rows,
            first=first,
            last=last,
            organisation=org.name,
            tz=org.time_zone,
            reasons=reasons,
            writing=Writing(output_language(), org.country),
        )
    write_export(out, data, personal=True)
    print(translate("Cli", "%n entry(s)", "", len(rows)) + f" → {out}")
    return 0


def _blocked(engine: Engine, as_json: bool) -> int:
    rows = list_blocks(engine)
    if as_json:
        print(
            json.dumps(
                [
                    {
                        "platform": b.platform,
                        "channel": b.channel_name,
                        "account": b.account,
                        "blocked_on": b.blocked_on.isoformat(),
                        "decided_by": b.decided_by,
                        "reason": b.reason,
                        "entry": b.entry_id,
                        "unblocked_on": b.unblocked_on.isoformat() if b.unblocked_on else None,
                        "unblock_reason": b.unblock_reason,
                    }
                    for b in rows
                ],
                indent=2,
                ensure_ascii=False,
            )
        )
        return 0
    for b in rows:
        state = (
            arg(
                translate("Cli", "unblocked {unblocked_on}"),
                unblocked_on=b.unblocked_on.isoformat(),
            )
            if b.unblocked_on
            else translate("Cli", "blocked")
        )
        print(f"{b.blocked_on}  {b.platform:<10} {b.account:<24} {state:<20} {b.reason}")
    print(translate("Cli", "%n block(s)", "", len(rows)))
    return 0
