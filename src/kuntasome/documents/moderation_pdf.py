"""The moderation log of a period as a tagged PDF/A-2a table (Typst, headless)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from zoneinfo import ZoneInfo

from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.messages import arg
from kuntasome.core.moderation.log import ACTIONS, KINDS, EntryRow

from kuntasome.documents.language import Writing
from kuntasome.documents.typeset import typeset_pdf

HEADERS = (
    QT_TRANSLATE_NOOP("ModerationPdf", "No."),
    QT_TRANSLATE_NOOP("ModerationPdf", "Seen"),
    QT_TRANSLATE_NOOP("ModerationPdf", "Channel"),
    QT_TRANSLATE_NOOP("ModerationPdf", "Kind"),
    QT_TRANSLATE_NOOP("ModerationPdf", "Action"),
    QT_TRANSLATE_NOOP("ModerationPdf", "Author"),
    QT_TRANSLATE_NOOP("ModerationPdf", "Comment"),
    QT_TRANSLATE_NOOP("ModerationPdf", "Answer"),
    QT_TRANSLATE_NOOP("ModerationPdf", "Answered"),
    QT_TRANSLATE_NOOP("ModerationPdf", "Handler"),
    QT_TRANSLATE_NOOP("ModerationPdf", "Evidence"),
)


def _what(row: EntryRow, writing: Writing, reasons: dict[str, str]) -> str:
    what = writing.translate("Moderation", ACTIONS.get(row.action, row.action))
    if row.reason_code:
        what += f" ({reasons.get(row.reason_code, row.reason_code)})"
    if row.case_number:
        what += f" {row.case_number}"
    if row.corrects_id:
        what += " · " + arg(
            writing.translate("ModerationPdf", "corrects entry {corrects_id}"),
            corrects_id=str(row.corrects_id),
        )
    return what


def log_document(
    rows: Sequence[EntryRow],
    *,
    first: date,
    last: date,
    organisation: str,
    tz: ZoneInfo,
    reasons: dict[str, str],
    writing: Writing,
) -> dict[str, object]:
    """What the template prints: every text already in the document's language."""
    title = arg(
        writing.translate("ModerationPdf", "Moderation log {first}–{last}"),
        first=writing.short_date(first),
        last=writing.short_date(last),
    )
    headers = [writing.translate("ModerationPdf", h) for h in HEADERS]
    body = [
        [
            str(r.id),
            writing.date_time(r.seen_at, tz),
            r.channel_name,
            writing.translate("Moderation", KINDS.get(r.kind, r.kind)),
            _what(r, writing, reasons),
            r.author_handle,
            r.comment_text,
            r.answer_text,
            writing.date_time(r.answered_at, tz),
            r.handler_name,
            str(r.evidence_count) if r.evidence_count else r.no_evidence_reason,
        ]
        for r in rows
    ]
    return {
        "meta": {
            "title": title,
            "author": organisation,
            "lang": writing.language,
            "region": writing.region,
            "footer": f"{organisation} · {title}",
        },
        "subtitle": organisation
        + " · "
        + writing.translate("ModerationPdf", "%n entry(s)", None, len(rows)),
        "headers": headers,
        "rows": body,
        "empty": writing.translate("ModerationPdf", "No entries in this period."),
    }


def render_log_pdf(
    rows: Sequence[EntryRow],
    *,
    first: date,
    last: date,
    organisation: str,
    tz: ZoneInfo,
    reasons: dict[str, str],
    writing: Writing,
) -> bytes:
    return typeset_pdf(
        "moderation_log",
        log_document(
            rows,
            first=first,
            last=last,
            organisation=organisation,
            tz=tz,
            reasons=reasons,
            writing=writing,
        ),
    )
