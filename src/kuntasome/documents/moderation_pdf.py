"""The moderation log of a period as a PDF/A-1b table (Qt's PDF writer, headless)."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QTextDocument

from kuntasome.core.messages import arg
from kuntasome.core.moderation.log import ACTIONS, KINDS, EntryRow

from kuntasome.documents.pdf_a import pdf_a

CHUNK = 100


def _when(value: datetime | None, tz: ZoneInfo) -> str:
    return value.astimezone(tz).strftime("%Y-%m-%d %H:%M") if value else "–"


def render_log_pdf(
    rows: Sequence[EntryRow],
    *,
    first: date,
    last: date,
    organisation: str,
    tz: ZoneInfo,
    reasons: dict[str, str],
) -> bytes:
    def cell(text: str) -> str:
        return f"<td>{html.escape(text)}</td>"

    body = []
    for r in rows:
        what = QCoreApplication.translate("Moderation", ACTIONS.get(r.action, r.action))
        if r.reason_code:
            what += f" ({reasons.get(r.reason_code, r.reason_code)})"
        if r.case_number:
            what += f" {r.case_number}"
        if r.corrects_id:
            what += " · " + arg(
                QCoreApplication.translate("ModerationPdf", "corrects entry {corrects_id}"),
                corrects_id=str(r.corrects_id),
            )
        body.append(
            "<tr>"
            + cell(str(r.id))
            + cell(_when(r.seen_at, tz))
            + cell(r.channel_name)
            + cell(QCoreApplication.translate("Moderation", KINDS.get(r.kind, r.kind)))
            + cell(what)
            + cell(r.author_handle)
            + cell(r.comment_text)
            + cell(r.answer_text)
            + cell(_when(r.answered_at, tz))
            + cell(r.handler_name)
            + cell(str(r.evidence_count) if r.evidence_count else r.no_evidence_reason)
            + "</tr>"
        )
    headers = [
        QCoreApplication.translate("ModerationPdf", "No."),
        QCoreApplication.translate("ModerationPdf", "Seen"),
        QCoreApplication.translate("ModerationPdf", "Channel"),
        QCoreApplication.translate("ModerationPdf", "Kind"),
        QCoreApplication.translate("ModerationPdf", "Action"),
        QCoreApplication.translate("ModerationPdf", "Author"),
        QCoreApplication.translate("ModerationPdf", "Comment"),
        QCoreApplication.translate("ModerationPdf", "Answer"),
        QCoreApplication.translate("ModerationPdf", "Answered"),
        QCoreApplication.translate("ModerationPdf", "Handler"),
        QCoreApplication.translate("ModerationPdf", "Evidence"),
    ]
    title = arg(
        QCoreApplication.translate("ModerationPdf", "Moderation log {first}–{last}"),
        first=first.isoformat(),
        last=last.isoformat(),
    )
    table_head = (
        '<table border="0.5" cellspacing="0" cellpadding="2" width="100%">'
        "<thead><tr>"
        + "".join(f"<th align='left'>{html.escape(h)}</th>" for h in headers)
        + "</tr></thead>"
    )
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 7))
    document.setHtml(
        "<html><body>"
        f"<h2>{html.escape(title)}</h2>"
        f"<p>{html.escape(organisation)} · "
        + html.escape(
            arg(QCoreApplication.translate("ModerationPdf", "{rows} entries"), rows=str(len(rows)))
        )
        + "</p>"
        + "".join(
            # One long table makes Qt's text layout slow down with the square of its rows
            # (3,000 rows: 12 s); tables of CHUNK rows, each with its header, take linear time.
            table_head + "".join(body[start : start + CHUNK]) + "</table>"
            for start in range(0, max(len(body), 1), CHUNK)
        )
        + "</body></html>"
    )
    with pdf_a(landscape=True, margin_mm=12, title=title) as (writer, result):
        document.print_(writer)
    return result.data
