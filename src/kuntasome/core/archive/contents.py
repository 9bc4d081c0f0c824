"""What an archive snapshot holds: every record set of a period as files an archivist can
open, each with its columns explained (the snapshot's README is written from the same lists).

Tables are CSV (RFC 4180: UTF-8, comma, a header row). Text written by the public is data:
a cell that a spreadsheet would run as a formula (it begins with ``= + - @``, a tab or a
carriage return) starts with an apostrophe in the CSV; the JSON files beside the register and
the moderation log keep the exact text.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, and_, or_
from sqlmodel import col, select

from kuntasome.core.archive.tables import (
    ACCESS,
    AUDIT,
    BLOCKS,
    CHANNELS,
    CHECKINS,
    ENTRIES,
    EVIDENCE,
    MEDIA,
    METRICS,
    POST_HISTORY,
    POSTS,
    REVIEWS,
    STATUS_HISTORY,
    TARGETS,
    Column,
    Table,
)
from kuntasome.core.db import session_scope
from kuntasome.core.excel_csv import spreadsheet_text
from kuntasome.core.models import (
    AccessGrant,
    AuditLog,
    BlockedUser,
    Channel,
    ChannelDailyMetric,
    ChannelReview,
    Evidence,
    Media,
    MediaAltText,
    ModerationEntry,
    MonitoringCheckin,
    Person,
    Post,
    PostMedia,
    PostTarget,
    PostText,
    Unit,
)
from kuntasome.core.moderation.evidence import original_path, pdf_path
from kuntasome.core.utc import as_utc


@dataclass(frozen=True)
class Scope:
    """What a snapshot covers: the UTC half-open range of the period, and optionally one
    channel (the final snapshot of a closed channel)."""

    start: datetime
    end: datetime
    first: date
    last: date
    channel_id: int | None = None


def cell(value: Any) -> str:
    """A value as a CSV cell: times in UTC ISO 8601, never a formula."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return as_utc(value).isoformat(timespec="seconds").replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value) if not value.is_integer() else str(int(value))
    return str(spreadsheet_text(str(value)))


def csv_bytes(columns: Sequence[Column], rows: Iterable[Sequence[Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([c.name for c in columns])
    for row in rows:
        writer.writerow([cell(v) for v in row])
    return out.getvalue().encode("utf-8")


def json_bytes(records: list[dict[str, Any]]) -> bytes:
    def plain(value: Any) -> Any:
        if isinstance(value, datetime):
            return as_utc(value).isoformat(timespec="seconds").replace("+00:00", "Z")
        if isinstance(value, date):
            return value.isoformat()
        return value

    data = [{k: plain(v) for k, v in r.items()} for r in records]
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


@dataclass
class Payload:
    """What a snapshot writes: files made from bytes, and files copied from the data folder."""

    written: dict[str, bytes]
    copied: dict[str, Path]
    counts: dict[str, int]  # rows per table path

    def add(self, path: str, data: bytes) -> None:
        self.written[path] = data


def _people(session: Any) -> dict[int, str]:
    return {p.id: p.name for p in session.exec(select(Person)).all() if p.id is not None}


def _in_period(column: Any, scope: Scope) -> Any:
    return and_(col(column) >= scope.start, col(column) < scope.end)


def collect(engine: Engine, scope: Scope, paths_evidence: Path, paths_media: Path) -> Payload:
    """Read every record set of *scope* into a payload (the bag's ``data/``)."""
    payload = Payload({}, {}, {})
    with session_scope(engine) as s:
        people = _people(s)
        name = people.get
        channel_filter = [] if scope.channel_id is None else [Channel.id == scope.channel_id]

        def one_channel(column: Any) -> list[Any]:
            return [] if scope.channel_id is None else [col(column) == scope.channel_id]

        channels = s.exec(select(Channel).where(*channel_filter).order_by(col(Channel.id))).all()
        units = {u.id: u.name for u in s.exec(select(Unit)).all()}
        rows = [
            [c.id, c.platform, c.handle, c.display_name, c.url, units.get(c.unit_id or 0, ""),
             name(c.manager_id or 0, ""), c.purpose, c.languages, c.status, c.status_changed_at,
             c.two_factor_method, c.is_public, c.last_reviewed_on, c.closed_on]
            for c in channels
        ]  # fmt: skip
        _table(payload, CHANNELS, rows)
        payload.add(
            "register/channels.json",
            json_bytes([c.model_dump(exclude={"version_id"}) for c in channels]),
        )
        channel_ids = {c.id for c in channels}

        audits = s.exec(
            select(AuditLog)
            .where(AuditLog.action == "channel.status")
            .order_by(col(AuditLog.at), col(AuditLog.id))
        ).all()
        rows = []
        for a in audits:
            if a.entity_id not in channel_ids:
                continue
            details = json.loads(a.details or "{}")
            rows.append(
                [a.entity_id, a.at, details.get("from", ""), details.get("to", ""),
                 details.get("reason", ""), name(a.actor_id or 0, a.actor_name)]
            )  # fmt: skip
        _table(payload, STATUS_HISTORY, rows)

        grants = s.exec(
            select(AccessGrant)
            .where(*one_channel(AccessGrant.channel_id))
            .order_by(col(AccessGrant.channel_id), col(AccessGrant.granted_on))
        ).all()
        _table(
            payload,
            ACCESS,
            [[g.channel_id, name(g.person_id, ""), g.role, g.granted_on, g.last_verified_on,
              g.revoked_on] for g in grants],
        )  # fmt: skip
        reviews = s.exec(
            select(ChannelReview)
            .where(*one_channel(ChannelReview.channel_id))
            .order_by(col(ChannelReview.channel_id), col(ChannelReview.id))
        ).all()
        _table(
            payload,
            REVIEWS,
            [[r.channel_id, r.reviewed_on, name(r.reviewer_id or 0, ""), r.outcome, r.notes]
             for r in reviews],
        )  # fmt: skip

        # Posts: those with a publication planned or made in the period.
        targets = s.exec(
            select(PostTarget)
            .where(
                or_(_in_period(PostTarget.scheduled_at, scope),
                    _in_period(PostTarget.published_at, scope)),
                *one_channel(PostTarget.channel_id),
            )
            .order_by(col(PostTarget.post_id), col(PostTarget.id))
        ).all()  # fmt: skip
        post_ids = sorted({t.post_id for t in targets})
        posts = {p.id: p for p in s.exec(select(Post).where(col(Post.id).in_(post_ids))).all()}
        texts = s.exec(
            select(PostText)
            .where(col(PostText.post_id).in_(post_ids))
            .order_by(col(PostText.post_id), col(PostText.language))
        ).all()
        rows = []
        for t in texts:
            p = posts[t.post_id]
            rows.append([p.id, p.title, p.status, t.language, t.body, p.is_sponsored,
                         p.approved_at, name(p.approved_by_id or 0, "")])  # fmt: skip
        _table(payload, POSTS, rows)
        _table(
            payload,
            TARGETS,
            [[t.post_id, t.channel_id, t.scheduled_at, t.status, t.published_at, t.published_url]
             for t in targets],
        )  # fmt: skip
        links = s.exec(
            select(PostMedia, Media)
            .join(Media, col(Media.id) == col(PostMedia.media_id))
            .where(col(PostMedia.post_id).in_(post_ids))
            .order_by(col(PostMedia.post_id), col(PostMedia.position))
        ).all()
        media_ids = {m.id for _link, m in links}
        alts: dict[tuple[int, str], str] = {
            (a.media_id, a.language): a.text
            for a in s.exec(
                select(MediaAltText).where(col(MediaAltText.media_id).in_(media_ids))
            ).all()
        }
        rows = []
        for link, m in links:
            suffix = Path(m.file_name).suffix.lower()
            inside = f"calendar/media/{m.sha256}{suffix}"
            source = paths_media / m.sha256[:2] / (m.sha256 + suffix)
            if source.is_file():
                payload.copied[inside] = source
            alt = [alts.get((m.id or 0, language), "") for language in ("fi", "sv", "en")]
            rows.append([link.post_id, inside, m.file_name, m.sha256, m.owner, m.licence,
                         m.consent, *alt])  # fmt: skip
        _table(payload, MEDIA, rows)
        history = s.exec(
            select(AuditLog)
            .where(AuditLog.entity == "post", col(AuditLog.entity_id).in_(post_ids))
            .order_by(col(AuditLog.at), col(AuditLog.id))
        ).all()
        _table(
            payload,
            POST_HISTORY,
            [[a.entity_id, a.at, a.action, name(a.actor_id or 0, a.actor_name), a.details]
             for a in history],
        )  # fmt: skip

        # The moderation log: entries seen in the period and every correction of them.
        seen = s.exec(
            select(ModerationEntry.id).where(
                _in_period(ModerationEntry.seen_at, scope), *one_channel(ModerationEntry.channel_id)
            )
        ).all()
        entry_ids = set(seen)
        frontier = set(seen)
        while frontier:  # corrections of corrections, made later, belong with them
            more = set(
                s.exec(
                    select(ModerationEntry.id).where(
                        col(ModerationEntry.corrects_id).in_(sorted(frontier))
                    )
                ).all()
            )
            frontier = more - entry_ids
            entry_ids |= more
        entries = s.exec(
            select(ModerationEntry)
            .where(col(ModerationEntry.id).in_(sorted(entry_ids)))
            .order_by(col(ModerationEntry.id))
        ).all()
        _table(
            payload,
            ENTRIES,
            [[e.id, e.corrects_id, e.channel_id, e.kind, e.action, e.reason_code, e.posted_at,
              e.seen_at, e.answered_at, e.due_at, e.author_handle, e.comment_url, e.comment_text,
              e.answer_text, e.case_number, name(e.handler_id or 0, ""), e.no_evidence_reason,
              e.created_at, e.prev_hash, e.entry_hash] for e in entries],
        )  # fmt: skip
        payload.add("moderation/entries.json", json_bytes([e.model_dump() for e in entries]))
        evidence = s.exec(
            select(Evidence)
            .where(col(Evidence.entry_id).in_(sorted(entry_ids)))
            .order_by(col(Evidence.entry_id), col(Evidence.id))
        ).all()
        rows = []
        for ev in evidence:
            suffix = Path(ev.original_name).suffix.lower()
            original = f"moderation/evidence/{ev.sha256}{suffix}"
            pdf = f"moderation/evidence/{ev.pdf_sha256}.pdf" if ev.pdf_sha256 else ""
            payload.copied[original] = original_path(paths_evidence, ev.sha256, ev.original_name)
            if pdf:
                payload.copied[pdf] = pdf_path(paths_evidence, ev.pdf_sha256)
            rows.append([ev.entry_id, original, pdf, ev.sha256, ev.pdf_sha256, ev.original_name,
                         ev.captured_at, name(ev.captured_by_id or 0, "")])  # fmt: skip
        _table(payload, EVIDENCE, rows)

        blocks = s.exec(
            select(BlockedUser)
            .where(
                col(BlockedUser.blocked_on) <= scope.last,
                or_(col(BlockedUser.unblocked_on).is_(None),
                    col(BlockedUser.unblocked_on) >= scope.first),
                *one_channel(BlockedUser.channel_id),
            )
            .order_by(col(BlockedUser.id))
        ).all()  # fmt: skip
        _table(
            payload,
            BLOCKS,
            [[b.id, b.channel_id, b.platform, b.account, b.blocked_on,
              name(b.decided_by_id or 0, ""), b.reason, b.entry_id, b.unblocked_on,
              b.unblock_reason] for b in blocks],
        )  # fmt: skip
        checkins = s.exec(
            select(MonitoringCheckin)
            .where(
                _in_period(MonitoringCheckin.checked_at, scope),
                *one_channel(MonitoringCheckin.channel_id),
            )
            .order_by(col(MonitoringCheckin.checked_at), col(MonitoringCheckin.id))
        ).all()
        _table(
            payload,
            CHECKINS,
            [[c.channel_id, c.checked_at, name(c.person_id or 0, "")] for c in checkins],
        )
        by_channel = {c.id: c for c in channels}
        metrics = s.exec(
            select(ChannelDailyMetric)
            .where(
                col(ChannelDailyMetric.day) >= scope.first,
                col(ChannelDailyMetric.day) <= scope.last,
                *one_channel(ChannelDailyMetric.channel_id),
            )
            .order_by(
                col(ChannelDailyMetric.channel_id),
                col(ChannelDailyMetric.metric),
                col(ChannelDailyMetric.day),
            )
        ).all()
        series: dict[tuple[int, str], list[list[Any]]] = {}
        for metric_row in metrics:
            key = (metric_row.channel_id, metric_row.metric)
            series.setdefault(key, []).append([metric_row.day, metric_row.value])
        total = 0
        for (channel_id, metric), values in series.items():
            channel = by_channel.get(channel_id)
            folder = f"{channel_id}-{safe_name(channel.handle if channel else '')}"
            path = METRICS.path.format(channel=folder, metric=safe_name(metric))
            payload.add(path, csv_bytes(METRICS.columns, values))
            total += len(values)
        payload.counts[METRICS.path] = total

        audit_rows = s.exec(
            select(AuditLog)
            .where(_in_period(AuditLog.at, scope))
            .order_by(col(AuditLog.at), col(AuditLog.id))
        ).all()
        if scope.channel_id is not None:
            audit_rows = [
                a for a in audit_rows
                if (a.entity == "channel" and a.entity_id == scope.channel_id)
            ]  # fmt: skip
        _table(
            payload,
            AUDIT,
            [[a.id, a.at, name(a.actor_id or 0, a.actor_name), a.action, a.entity, a.entity_id,
              a.details] for a in audit_rows],
        )  # fmt: skip
    return payload


def _table(payload: Payload, table: Table, rows: list[list[Any]]) -> None:
    payload.add(table.path, csv_bytes(table.columns, rows))
    payload.counts[table.path] = len(rows)


def safe_name(text: str) -> str:
    """A name usable as a file name on every system."""
    kept = "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in text).strip(".-")
    return kept[:60] or "channel"
