"""What the calendar shows for a range of days: posts per channel, rules broken, holidays."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import select as sa_select
from sqlmodel import col, select

from kuntasome.core.calendar.media import media_details
from kuntasome.core.calendar.posts import POST_STATUSES, PostDetails, TargetDetails
from kuntasome.core.calendar.rules import (
    ChannelInfo,
    RuleWarning,
    frequency_warnings,
    load_channel_infos,
    post_warnings,
)
from kuntasome.core.db import session_scope
from kuntasome.core.models import Media, MediaAltText, Post, PostMedia, PostTarget, PostText
from kuntasome.core.public_holidays import holidays_between
from kuntasome.core.utc import as_utc, local_bounds

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlmodel import Session

    from kuntasome.core.calendar.media import MediaDetails


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    """A post on one channel at one time: a chip in the calendar, a row in the list."""

    target_id: int
    post_id: int
    channel_id: int
    at: datetime  # in the organisation's time zone
    target_status: str
    post_status: str
    title: str
    is_crisis: bool
    is_sponsored: bool
    version_id: int
    warnings: tuple[RuleWarning, ...] = ()

    @property
    def day(self) -> date:
        return self.at.date()

    @property
    def movable(self) -> bool:
        return self.target_status not in ("published", "cancelled")


@dataclass(frozen=True, slots=True)
class UnscheduledPost:
    """A post not yet given a time on any channel (an idea, a draft)."""

    post_id: int
    title: str
    post_status: str
    channel_ids: tuple[int, ...]


@dataclass
class CalendarData:
    first: date
    last: date
    tz: ZoneInfo
    entries: list[CalendarEntry]
    unscheduled: list[UnscheduledPost]
    day_warnings: dict[date, list[RuleWarning]]
    holidays: dict[date, str]
    channels: dict[int, ChannelInfo]
    by_day: dict[date, list[CalendarEntry]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        by_day: dict[date, list[CalendarEntry]] = defaultdict(list)
        for entry in self.entries:
            by_day[entry.day].append(entry)
        self.by_day = dict(by_day)


def load_calendar(
    engine: Engine,
    first: date,
    last: date,
    *,
    tz: ZoneInfo,
    today: date,
    country: str = "FI",
    language: str = "fi",
    channel_ids: frozenset[int] | None = None,
    channels: dict[int, ChannelInfo] | None = None,
) -> CalendarData:
    """Posts from *first* to *last* (local days), with the rules' warnings and holidays.

    *channel_ids* limits the posts to those channels (None: all). Pass *channels* to reuse
    channel information already loaded.
    """

    channels = channels if channels is not None else load_channel_infos(engine)
    start, end = local_bounds(first, last, tz)
    in_range = (col(PostTarget.scheduled_at) >= start, col(PostTarget.scheduled_at) < end)
    with session_scope(engine) as s:
        rows: list[Any] = s.execute(  # ten columns: more than sqlmodel's select() types
            sa_select(
                col(PostTarget.id),
                col(PostTarget.post_id),
                col(PostTarget.channel_id),
                col(PostTarget.scheduled_at),
                col(PostTarget.status),
                col(PostTarget.version_id),
                col(Post.title),
                col(Post.status),
                col(Post.is_crisis),
                col(Post.is_sponsored),
            )
            .join(Post, col(Post.id) == col(PostTarget.post_id))
            .where(*in_range)
            .order_by(col(PostTarget.scheduled_at), col(PostTarget.id))
        ).all()  # type: ignore[assignment]
        if channel_ids is not None:
            rows = [r for r in rows if r[2] in channel_ids]
        post_ids = {r[1] for r in rows}
        in_range_posts = select(PostTarget.post_id).where(*in_range).scalar_subquery()
        texts: dict[int, dict[str, str]] = defaultdict(dict)
        for post_id, lang, body in s.exec(
            select(PostText.post_id, PostText.language, PostText.body).where(
                col(PostText.post_id).in_(in_range_posts)
            )
        ):
            if post_id in post_ids and body.strip():
                texts[post_id][lang] = body
        media = _media_of(s, in_range_posts)
        unscheduled = unscheduled_posts(s) if first <= today <= last else []
    by_post: dict[int, list[TargetDetails]] = defaultdict(list)
    for r in rows:
        by_post[r[1]].append(TargetDetails(channel_id=r[2], id=r[0], status=r[4]))
    warnings_of: dict[int, list[RuleWarning]] = {}
    for r in rows:
        post_id = r[1]
        if post_id not in warnings_of:
            details = PostDetails(
                title=r[6],
                texts=texts.get(post_id, {}),
                targets=tuple(by_post[post_id]),
                is_sponsored=r[9],
                id=post_id,
                status=r[7],
            )
            warnings_of[post_id] = post_warnings(details, channels, media.get(post_id, ()), today)
    entries = [
        CalendarEntry(
            target_id=r[0],
            post_id=r[1],
            channel_id=r[2],
            at=as_utc(r[3]).astimezone(tz),
            target_status=r[4],
            post_status=r[7],
            title=r[6],
            is_crisis=r[8],
            is_sponsored=r[9],
            version_id=r[5],
            warnings=tuple(
                w for w in warnings_of[r[1]] if w.channel_id is None or w.channel_id == r[2]
            ),
        )
        for r in rows
    ]
    counts: Counter[tuple[int, date]] = Counter(
        (e.channel_id, e.day) for e in entries if e.target_status not in ("cancelled", "paused")
    )
    judged = channels if channel_ids is None else {k: channels[k] for k in channel_ids}
    day_warnings: dict[date, list[RuleWarning]] = defaultdict(list)
    for w in frequency_warnings(counts, judged, first, last, today):
        assert w.day is not None
        day_warnings[w.day].append(w)
    return CalendarData(
        first=first,
        last=last,
        tz=tz,
        entries=entries,
        unscheduled=unscheduled,
        day_warnings=dict(day_warnings),
        holidays=holidays_between(country, first, last, language),
        channels=channels,
    )


def _media_of(session: Session, posts: Any) -> dict[int, list[MediaDetails]]:
    """The media of the posts *posts* (a subquery of post ids) with their alt texts."""

    links = session.exec(
        select(PostMedia.post_id, Media)
        .join(Media, col(Media.id) == col(PostMedia.media_id))
        .where(col(PostMedia.post_id).in_(posts))
        .order_by(col(PostMedia.position))
    ).all()
    alts: dict[int, dict[str, str]] = defaultdict(dict)
    media_ids = {m.id for _, m in links}
    if media_ids:
        for media_id, lang, text in session.exec(
            select(MediaAltText.media_id, MediaAltText.language, MediaAltText.text).where(
                col(MediaAltText.media_id).in_(media_ids)
            )
        ):
            alts[media_id][lang] = text
    found: dict[int, list[MediaDetails]] = defaultdict(list)
    for post_id, m in links:
        found[post_id].append(media_details(m, alts.get(m.id or 0, {})))
    return found


def unscheduled_posts(session: Session) -> list[UnscheduledPost]:
    """Open posts with no time on any channel: ideas and drafts waiting for a slot."""

    timed = (
        select(PostTarget.id)
        .where(col(PostTarget.post_id) == col(Post.id), col(PostTarget.scheduled_at).is_not(None))
        .exists()
    )
    open_statuses = [s for s in POST_STATUSES if s not in ("published", "cancelled")]
    posts = session.exec(
        select(Post.id, Post.title, Post.status)
        .where(col(Post.status).in_(open_statuses), ~timed)
        .order_by(col(Post.id))
    ).all()
    targets: dict[int, list[int]] = defaultdict(list)
    ids = [p[0] for p in posts]
    if ids:
        for post_id, channel_id in session.exec(
            select(PostTarget.post_id, PostTarget.channel_id).where(
                col(PostTarget.post_id).in_(ids)
            )
        ):
            targets[post_id].append(channel_id)
    return [
        UnscheduledPost(int(i or 0), title, status, tuple(targets.get(int(i or 0), ())))
        for i, title, status in posts
    ]
