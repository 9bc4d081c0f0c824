"""`kuntasome moderation add | check-in | block | lift`: the log's daily writes, headless.

The same services as the quick-entry form, the monitoring tab and the block register.
"""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from kuntasome.core.channels.register import find_channel
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.moderation.blocks import BlockError, add_block, list_blocks, unblock
from kuntasome.core.moderation.log import ACTIONS, KINDS, EntryDraft
from kuntasome.core.moderation.monitoring import check_in, watched_channels
from kuntasome.core.moderation.recording import record_entry
from kuntasome.core.organisation import load_organisation
from kuntasome.core.paths import DataPaths
from kuntasome.core.people import find_person

from kuntasome.cli.common import (
    SubParsers,
    arg,
    database,
    json_option,
    output_language,
    report,
    translate,
)
from kuntasome.cli.options import local_time
from kuntasome.cli.people import actor_id, actor_option, on_option
from kuntasome.documents.evidence_pdf import render_evidence_pdf
from kuntasome.documents.language import Writing


def _time_option(parser: argparse.ArgumentParser, flag: str, help_text: str) -> None:
    parser.add_argument(flag, metavar=translate("Cli", "TIME"), help=help_text)


def add_recording_parsers(sub: SubParsers) -> None:
    add = sub.add_parser(
        "add",
        help=translate("Cli", "record a handled comment, with screenshots as evidence"),
        description=translate(
            "Cli",
            "Record a handled comment or message in the log. Times are local, e.g."
            " 2026-12-03T09:15. A removal needs a screenshot (--evidence) or the reason why"
            " none could be taken (--no-evidence-reason).",
        ),
    )
    add.add_argument("--channel", required=True, metavar=translate("Cli", "CHANNEL"))
    add.add_argument("--kind", required=True, choices=tuple(KINDS))
    add.add_argument("--action", required=True, choices=tuple(ACTIONS))
    _time_option(add, "--seen", translate("Cli", "when it was seen (default: now)"))
    _time_option(add, "--posted", translate("Cli", "when it was posted"))
    _time_option(add, "--answered", translate("Cli", "when it was answered"))
    add.add_argument("--reason", default="", help=translate("Cli", "removal reason code"))
    add.add_argument("--author", default="", help=translate("Cli", "the writer's handle"))
    add.add_argument("--url", default="", help=translate("Cli", "the comment's web address"))
    add.add_argument("--comment", default="", help=translate("Cli", "the comment's text"))
    add.add_argument("--answer", default="", help=translate("Cli", "the answer given"))
    add.add_argument("--case-number", default="", help=translate("Cli", "registry case number"))
    add.add_argument(
        "--handler",
        metavar=translate("Cli", "PERSON"),
        help=translate("Cli", "who handled it (default: the person given with --as)"),
    )
    add.add_argument(
        "--evidence",
        nargs="+",
        default=[],
        metavar=translate("Cli", "FILE"),
        help=translate("Cli", "screenshots taken before the removal (PNG, JPEG, …)"),
    )
    add.add_argument(
        "--no-evidence-reason",
        default="",
        help=translate("Cli", "why no screenshot could be taken"),
    )
    actor_option(add)
    json_option(add)
    add.set_defaults(run=run_add)

    checkin = sub.add_parser(
        "check-in", help=translate("Cli", "record that the channels were checked now")
    )
    checkin.add_argument(
        "--channel",
        action="append",
        default=[],
        metavar=translate("Cli", "CHANNEL"),
        help=translate("Cli", "a channel checked; repeatable (default: every watched channel)"),
    )
    _time_option(checkin, "--at", translate("Cli", "when, local time (default: now)"))
    actor_option(checkin)
    json_option(checkin)
    checkin.set_defaults(run=run_check_in)

    block = sub.add_parser("block", help=translate("Cli", "add an account to the block register"))
    block.add_argument("--channel", required=True, metavar=translate("Cli", "CHANNEL"))
    block.add_argument("--account", required=True, help=translate("Cli", "the blocked account"))
    block.add_argument("--reason", required=True, help=translate("Cli", "why it was blocked"))
    on_option(block)
    block.add_argument(
        "--decided-by",
        metavar=translate("Cli", "PERSON"),
        help=translate("Cli", "who decided (default: the person given with --as)"),
    )
    block.add_argument("--entry", type=int, help=translate("Cli", "the log entry it follows"))
    actor_option(block)
    json_option(block)
    block.set_defaults(run=run_block)

    lift = sub.add_parser("lift", help=translate("Cli", "lift a block; the register keeps it"))
    lift.add_argument("block", type=int, metavar=translate("Cli", "BLOCK"))
    lift.add_argument("--reason", required=True, help=translate("Cli", "why it was lifted"))
    on_option(lift)
    actor_option(lift)
    json_option(lift)
    lift.set_defaults(run=run_lift)


def _when(text: str | None, tz: ZoneInfo) -> datetime | None:
    return local_time(text, tz) if text else None


def run_add(args: argparse.Namespace, paths: DataPaths) -> int:
    with database(args, paths) as engine:
        actor = actor_id(engine, args)
        handler = find_person(engine, args.handler) if args.handler else actor
        organisation = load_organisation(engine)
        tz = organisation.time_zone  # read once: every time below is local
        writing = Writing(output_language(), organisation.country)
        draft = EntryDraft(
            channel_id=find_channel(engine, args.channel).id,
            kind=args.kind,
            action=args.action,
            seen_at=_when(args.seen, tz) or datetime.now(UTC),
            posted_at=_when(args.posted, tz),
            answered_at=_when(args.answered, tz),
            reason_code=args.reason.strip(),
            author_handle=args.author,
            comment_url=args.url,
            comment_text=args.comment.strip(),
            answer_text=args.answer.strip(),
            case_number=args.case_number,
            handler_id=handler,
            no_evidence_reason=args.no_evidence_reason,
        )
        entry_id = record_entry(
            engine,
            draft,
            evidence_files=[Path(name) for name in args.evidence],
            evidence_folder=paths.evidence,
            render_pdf=lambda source, meta: render_evidence_pdf(source, meta, tz, writing),
            language=output_language(),
            actor_id=actor,
        )
    return report(
        args,
        {"entry": entry_id, "evidence_files": len(args.evidence)},
        arg(translate("Cli", "Entry {entry_id} added to the moderation log."), entry_id=entry_id),
    )


def run_check_in(args: argparse.Namespace, paths: DataPaths) -> int:
    with database(args, paths) as engine:
        ids = [find_channel(engine, ref).id for ref in args.channel] or [
            c.id for c in watched_channels(engine)
        ]
        at = local_time(args.at, load_organisation(engine).time_zone) if args.at else None
        count = check_in(engine, ids, person_id=actor_id(engine, args), at=at)
    return report(
        args, {"channels": count}, translate("Cli", "Checked now: %n channel(s).", "", count)
    )


def run_block(args: argparse.Namespace, paths: DataPaths) -> int:
    with database(args, paths) as engine:
        actor = actor_id(engine, args)
        block_id = add_block(
            engine,
            channel_id=find_channel(engine, args.channel).id,
            account=args.account,
            blocked_on=args.on or date.today(),
            decided_by_id=find_person(engine, args.decided_by) if args.decided_by else actor,
            reason=args.reason,
            entry_id=args.entry,
            actor_id=actor,
        )
    return report(
        args,
        {"block": block_id},
        arg(translate("Cli", "Block {block_id} added to the register."), block_id=block_id),
    )


def run_lift(args: argparse.Namespace, paths: DataPaths) -> int:
    with database(args, paths) as engine:
        row = next((b for b in list_blocks(engine) if b.id == args.block), None)
        if row is None:
            raise BlockError(QT_TRANSLATE_NOOP("Errors", "There is no block {id}."), id=args.block)
        unblock(
            engine,
            row.id,
            row.version_id,
            unblocked_on=args.on or date.today(),
            reason=args.reason,
            actor_id=actor_id(engine, args),
        )
    return report(
        args,
        {"block": row.id, "lifted": True},
        arg(translate("Cli", "Block {id} lifted; the register keeps it."), id=row.id),
    )
