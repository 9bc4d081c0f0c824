"""The moderation log and everything about one account, as files people can open."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from kuntasome.core.excel_csv import excel_csv
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.moderation.log import ACTION_LABELS, KIND_LABELS, EntryRow

if TYPE_CHECKING:
    from kuntasome.core.errors import Translate
    from kuntasome.core.moderation.blocks import BlockRow

ENTRY_HEADERS = (
    QT_TRANSLATE_NOOP("ModerationExport", "Entry"),
    QT_TRANSLATE_NOOP("ModerationExport", "Corrects entry"),
    QT_TRANSLATE_NOOP("ModerationExport", "Channel"),
    QT_TRANSLATE_NOOP("ModerationExport", "Kind"),
    QT_TRANSLATE_NOOP("ModerationExport", "Action"),
    QT_TRANSLATE_NOOP("ModerationExport", "Reason"),
    QT_TRANSLATE_NOOP("ModerationExport", "Posted"),
    QT_TRANSLATE_NOOP("ModerationExport", "Seen"),
    QT_TRANSLATE_NOOP("ModerationExport", "Answered"),
    QT_TRANSLATE_NOOP("ModerationExport", "Answer due"),
    QT_TRANSLATE_NOOP("ModerationExport", "Author"),
    QT_TRANSLATE_NOOP("ModerationExport", "Address"),
    QT_TRANSLATE_NOOP("ModerationExport", "Comment"),
    QT_TRANSLATE_NOOP("ModerationExport", "Answer"),
    QT_TRANSLATE_NOOP("ModerationExport", "Case number"),
    QT_TRANSLATE_NOOP("ModerationExport", "Handler"),
    QT_TRANSLATE_NOOP("ModerationExport", "Evidence files"),
    QT_TRANSLATE_NOOP("ModerationExport", "Why no evidence"),
)


def _local(value: object, tz: ZoneInfo) -> str:
    if isinstance(value, datetime):
        return value.astimezone(tz).strftime("%Y-%m-%d %H:%M")
    return ""


def entry_values(
    row: EntryRow, tz: ZoneInfo, translate: Translate, reasons: dict[str, str]
) -> list[object]:
    return [
        row.id,
        row.corrects_id or "",
        row.channel_name,
        translate("Moderation", KIND_LABELS.get(row.kind, row.kind)),
        translate("Moderation", ACTION_LABELS.get(row.action, row.action)),
        reasons.get(row.reason_code, row.reason_code),
        _local(row.posted_at, tz),
        _local(row.seen_at, tz),
        _local(row.answered_at, tz),
        _local(row.due_at, tz),
        row.author_handle,
        row.comment_url,
        row.comment_text,
        row.answer_text,
        row.case_number,
        row.handler_name,
        row.evidence_count,
        row.no_evidence_reason,
    ]


def entries_csv(
    rows: Sequence[EntryRow], tz: ZoneInfo, translate: Translate, reasons: dict[str, str]
) -> bytes:
    header = [translate("ModerationExport", h) for h in ENTRY_HEADERS]
    return excel_csv([header] + [entry_values(r, tz, translate, reasons) for r in rows])


def subject_json(account: str, entries: Sequence[EntryRow], blocks: Sequence[BlockRow]) -> bytes:
    """Everything the log holds about one account, for a data subject's access request."""

    def when(value: object) -> str | None:
        return value.isoformat() if isinstance(value, datetime) else None

    document = {
        "account": account,
        "moderation_entries": [
            {
                "id": r.id,
                "corrects": r.corrects_id,
                "channel": r.channel_name,
                "platform": r.platform,
                "kind": r.kind,
                "action": r.action,
                "reason": r.reason_code,
                "posted_at": when(r.posted_at),
                "seen_at": when(r.seen_at),
                "answered_at": when(r.answered_at),
                "author": r.author_handle,
                "address": r.comment_url,
                "comment": r.comment_text,
                "answer": r.answer_text,
                "case_number": r.case_number,
                "evidence_files": r.evidence_count,
            }
            for r in entries
        ],
        "blocks": [
            {
                "platform": b.platform,
                "channel": b.channel_name,
                "account": b.account,
                "blocked_on": b.blocked_on.isoformat(),
                "reason": b.reason,
                "unblocked_on": b.unblocked_on.isoformat() if b.unblocked_on else None,
                "unblock_reason": b.unblock_reason,
            }
            for b in blocks
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
