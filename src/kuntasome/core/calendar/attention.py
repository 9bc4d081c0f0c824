"""Posts that need attention: the lists behind the Today overview's calendar figures.

Each kind names one of the overview's cards; :func:`load_attention` gives the calendar's
entries behind it, across whatever dates they fall on, so that a figure on Today and the
list it opens agree.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, func
from sqlmodel import col, select
from sqlmodel.sql.expression import SelectOfScalar

from kuntasome.core.calendar.rules import ChannelInfo
from kuntasome.core.calendar.view import (
    CalendarData,
    CalendarEntry,
    UnscheduledPost,
    load_calendar,
    unscheduled_posts,
)
from kuntasome.core.db import session_scope
from kuntasome.core.models import Media, Post, PostMedia, PostTarget
from kuntasome.core.utc import as_utc

#: Rule warnings are looked for over the coming week (as on Today).
WARNING_DAYS = 7


class Attention(StrEnum):
    IN_REVIEW = "in_review"  # posts waiting for approval
    MISSED = "missed"  # scheduled times that have passed without the post marked published
    WARNINGS = "warnings"  # open posts of the coming week that break one of the rules
    RECORDINGS = "recordings"  # posts with a live recording still to be made accessible


def attention_range(
    engine: Engine, kind: Attention, tz: ZoneInfo, now: datetime
) -> tuple[date, date]:
    """The local days the posts of *kind* fall on (today alone when there are none)."""

    today = now.astimezone(tz).date()
    if kind is Attention.WARNINGS:
        return today, today + timedelta(days=WARNING_DAYS - 1)
    with session_scope(engine) as s:
        query = select(func.min(PostTarget.scheduled_at), func.max(PostTarget.scheduled_at))
        if kind is Attention.IN_REVIEW:
            query = query.join(Post, col(Post.id) == col(PostTarget.post_id)).where(
                Post.status == "in_review"
            )
        elif kind is Attention.MISSED:
            query = query.where(
                col(PostTarget.scheduled_at) < now, col(PostTarget.status) == "scheduled"
            )
        else:
            query = query.where(col(PostTarget.post_id).in_(_recording_posts_query()))
        earliest, latest = s.exec(query).one()
    days = [as_utc(value).astimezone(tz).date() for value in (earliest, latest) if value]
    return (min(days), max(days)) if days else (today, today)


def _recording_posts_query() -> SelectOfScalar[int]:
    return (
        select(PostMedia.post_id)
        .join(Media, col(Media.id) == col(PostMedia.media_id))
        .where(col(Media.is_live_recording).is_(True), col(Media.accessible_done_on).is_(None))
    )


def _matches(kind: Attention, entry: CalendarEntry, now: datetime, recordings: set[int]) -> bool:
    if kind is Attention.IN_REVIEW:
        return entry.post_status == "in_review"
    if kind is Attention.MISSED:
        return entry.target_status == "scheduled" and entry.at < now
    if kind is Attention.WARNINGS:
        return bool(entry.warnings) and entry.target_status != "published"
    return entry.post_id in recordings


def load_attention(
    engine: Engine,
    kind: Attention,
    *,
    tz: ZoneInfo,
    now: datetime,
    country: str = "FI",
    language: str = "fi",
    channel_ids: frozenset[int] | None = None,
    channels: dict[int, ChannelInfo] | None = None,
) -> CalendarData:
    """The calendar's entries behind the Today figure *kind*, on whichever days they fall."""

    first, last = attention_range(engine, kind, tz, now)
    today = now.astimezone(tz).date()
    data = load_calendar(
        engine,
        first,
        last,
        tz=tz,
        today=today,
        country=country,
        language=language,
        channel_ids=channel_ids,
        channels=channels,
    )
    recordings: set[int] = set()
    unscheduled: list[UnscheduledPost] = []
    with session_scope(engine) as s:
        if kind is Attention.RECORDINGS:
            recordings = set(s.exec(_recording_posts_query()).all())
        if kind is Attention.IN_REVIEW:  # waiting for approval before it has a time
            unscheduled = [p for p in unscheduled_posts(s) if p.post_status == "in_review"]
    entries = [e for e in data.entries if _matches(kind, e, now, recordings)]
    return replace(data, entries=entries, unscheduled=unscheduled, day_warnings={})
