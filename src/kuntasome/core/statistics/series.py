"""Statistics read back for charts, the CLI list and reports."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import case
from sqlmodel import col, func, select

from kuntasome.core.channels.colours import colour_or_default
from kuntasome.core.db import session_scope
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.models import Channel, Post, PostTarget
from kuntasome.core.models import ChannelDailyMetric as M
from kuntasome.core.models import PostMetric as P
from kuntasome.core.platforms import channel_label
from kuntasome.core.utc import as_utc, local_bounds

if TYPE_CHECKING:
    from sqlalchemy import Engine

# Metrics that are a level (the last value counts), not a flow (values add up).
LEVELS = frozenset({"followers"})

CHART_KINDS: dict[str, str] = {
    "followers": QT_TRANSLATE_NOOP("Charts", "Followers over time"),
    "reach": QT_TRANSLATE_NOOP("Charts", "Reach and engagement per channel"),
    "engagement_rate": QT_TRANSLATE_NOOP("Charts", "Engagement rate"),
    "frequency": QT_TRANSLATE_NOOP("Charts", "Posting frequency against target"),
    "top_posts": QT_TRANSLATE_NOOP("Charts", "Top posts"),
}
METRIC_LABELS: dict[str, str] = {
    "followers": QT_TRANSLATE_NOOP("Metrics", "followers"),
    "follows": QT_TRANSLATE_NOOP("Metrics", "new followers"),
    "unfollows": QT_TRANSLATE_NOOP("Metrics", "unfollows"),
    "reach": QT_TRANSLATE_NOOP("Metrics", "reach"),
    "impressions": QT_TRANSLATE_NOOP("Metrics", "impressions"),
    "engagements": QT_TRANSLATE_NOOP("Metrics", "engagements"),
    "reactions": QT_TRANSLATE_NOOP("Metrics", "reactions"),
    "comments": QT_TRANSLATE_NOOP("Metrics", "comments"),
    "shares": QT_TRANSLATE_NOOP("Metrics", "shares"),
    "link_clicks": QT_TRANSLATE_NOOP("Metrics", "link clicks"),
    "profile_visits": QT_TRANSLATE_NOOP("Metrics", "profile visits"),
    "video_views": QT_TRANSLATE_NOOP("Metrics", "video views"),
    "posts": QT_TRANSLATE_NOOP("Metrics", "posts"),
}


@dataclass(frozen=True)
class StatsChannel:
    id: int
    label: str
    platform: str
    posts_per_week_min: int | None
    colour: str = ""


@dataclass(frozen=True)
class MetricSummary:
    channel_id: int
    metric: str
    days: int
    total: float  # the sum, or the last value for a level such as followers
    first_day: date
    last_day: date


@dataclass(frozen=True)
class TopPost:
    channel_id: int
    external_id: str
    url: str
    published: date | None
    engagements: float
    impressions: float
    title: str = ""  # the calendar's title, where the post is linked to it


@dataclass
class ChartData:
    kind: str
    channels: list[StatsChannel]
    first: date
    last: date
    series: dict[int, list[tuple[date, float]]]  # followers; posts per week
    totals: dict[int, dict[str, float]]  # reach, engagements, impressions per channel
    targets: dict[int, int]  # posts per week
    top: list[TopPost]

    def names(self) -> dict[int, str]:
        """Each channel as a reader tells it apart ("Name (Service)"), by id."""
        return {c.id: channel_label(c.label, c.label, c.platform) for c in self.channels}


def rate_percent(values: dict[str, float]) -> float | None:
    """A channel's engagements per reach in per cent, as its chart draws it; None without
    reach."""
    reach = values.get("reach")
    return 100 * values.get("engagements", 0.0) / reach if reach else None


def engagements_of(values: dict[str, float]) -> float:
    """A channel's engagements: as reported, or the sum of reactions, comments and shares
    for the services that report only the parts."""
    if "engagements" in values:
        return values["engagements"]
    return sum(values.get(m, 0.0) for m in ("reactions", "comments", "shares"))


def stats_channels(engine: Engine) -> list[StatsChannel]:
    with session_scope(engine) as s:
        return [
            StatsChannel(
                c.id or 0,
                c.display_name or c.handle,
                c.platform,
                c.posts_per_week_min,
                colour_or_default(c.colour, c.id or 0),
            )
            for c in s.exec(
                select(Channel)
                .where(col(Channel.status).not_in(("requested",)))
                .order_by(col(Channel.display_name), col(Channel.handle))
            )
        ]


def summaries(
    engine: Engine, first: date, last: date, channel_ids: Sequence[int] | None = None
) -> list[MetricSummary]:
    query = (
        select(  # type: ignore[call-overload]
            M.channel_id,
            M.metric,
            func.count(),
            func.sum(M.value),
            func.min(M.day),
            func.max(M.day),
        )
        .where(col(M.day) >= first, col(M.day) <= last)
        .group_by(col(M.channel_id), col(M.metric))
        .order_by(col(M.channel_id), col(M.metric))
    )
    if channel_ids is not None:
        query = query.where(col(M.channel_id).in_(list(channel_ids)))
    with session_scope(engine) as s:
        rows = list(s.exec(query))
        # A level (followers) counts as its value on the last day: one query for them all.
        last_days = {(c, m): d for c, m, _n, _t, _f, d in rows if m in LEVELS}
        levels: dict[tuple[int, str], float] = {}
        if last_days:
            levels_query = select(  # type: ignore[call-overload]
                M.channel_id, M.metric, M.day, M.value
            ).where(col(M.metric).in_(list(LEVELS)), col(M.day).in_(list(set(last_days.values()))))
            if channel_ids is not None:
                levels_query = levels_query.where(col(M.channel_id).in_(list(channel_ids)))
            for channel_id, metric, day, value in s.exec(levels_query):
                if last_days.get((channel_id, metric)) == day:
                    levels[(channel_id, metric)] = value
        return [
            MetricSummary(
                channel_id,
                metric,
                int(days),
                float(levels.get((channel_id, metric), total) or 0),
                first_day,
                last_day,
            )
            for channel_id, metric, days, total, first_day, last_day in rows
        ]


def daily_series(
    engine: Engine, metric: str, first: date, last: date, channel_ids: Sequence[int]
) -> dict[int, list[tuple[date, float]]]:
    series: dict[int, list[tuple[date, float]]] = defaultdict(list)
    with session_scope(engine) as s:
        for channel_id, day, value in s.exec(
            select(col(M.channel_id), col(M.day), col(M.value))
            .where(
                M.metric == metric,
                col(M.day) >= first,
                col(M.day) <= last,
                col(M.channel_id).in_(list(channel_ids)),
            )
            .order_by(col(M.channel_id), col(M.day))
        ):
            series[channel_id].append((day, value))
    return dict(series)


def _weekly_posts(
    engine: Engine, first: date, last: date, channel_ids: Sequence[int], tz: ZoneInfo, today: date
) -> dict[int, list[tuple[date, float]]]:
    """Published posts per ISO week (Monday) and channel, from the calendar, in the
    organisation's time zone: a post on Monday 01:30 in Helsinki is Monday's.

    Whole weeks only: the weeks the period touches are counted from Monday to Sunday, and a
    week not over by *today* is left out (its few posts so far would plot as a drop, a week
    still to come as 0) — unless no week of the period is over yet.
    """

    monday = first - timedelta(days=first.weekday())
    sunday = last + timedelta(days=6 - last.weekday())
    start, end = local_bounds(monday, sunday, tz)
    counts: dict[int, dict[date, float]] = {c: {} for c in channel_ids}
    with session_scope(engine) as s:
        for channel_id, at in s.exec(
            select(PostTarget.channel_id, PostTarget.scheduled_at).where(
                PostTarget.status == "published",
                col(PostTarget.scheduled_at) >= start,
                col(PostTarget.scheduled_at) < end,
                col(PostTarget.channel_id).in_(list(channel_ids)),
            )
        ):
            day = as_utc(at).astimezone(tz).date() if at else None
            if day is None:
                continue
            week = day - timedelta(days=day.weekday())
            counts[channel_id][week] = counts[channel_id].get(week, 0) + 1
    weeks = [monday + timedelta(days=7 * i) for i in range((sunday - monday).days // 7 + 1)]
    over = [w for w in weeks if w + timedelta(days=6) < today]
    shown = over or [w for w in weeks if w <= today]
    return {c: [(w, counts[c].get(w, 0.0)) for w in shown] for c in channel_ids}


def chart_data(
    engine: Engine,
    kind: str,
    first: date,
    last: date,
    channel_ids: Sequence[int],
    *,
    tz: ZoneInfo,
    today: date | None = None,
) -> ChartData:
    """The figures of chart *kind*; *today* (the organisation's, by default) ends the weeks
    that are over."""
    channels = [c for c in stats_channels(engine) if c.id in set(channel_ids)]
    ids = [c.id for c in channels]
    data = ChartData(kind, channels, first, last, {}, {}, {}, [])
    if kind == "followers":
        data.series = daily_series(engine, "followers", first, last, ids)
    elif kind in ("reach", "engagement_rate"):
        with session_scope(engine) as s:
            for channel_id, metric, total in s.exec(
                select(M.channel_id, M.metric, func.sum(M.value))
                .where(
                    col(M.metric).in_(
                        ("reach", "engagements", "impressions", "reactions", "comments", "shares")
                    ),
                    col(M.day) >= first,
                    col(M.day) <= last,
                    col(M.channel_id).in_(ids),
                )
                .group_by(col(M.channel_id), col(M.metric))
            ):
                data.totals.setdefault(channel_id, {})[metric] = float(total or 0)
        for values in data.totals.values():
            if "engagements" not in values and engagements_of(values):
                values["engagements"] = engagements_of(values)
    elif kind == "frequency":
        local_today = today or datetime.now(tz).date()
        data.series = _weekly_posts(engine, first, last, ids, tz, local_today)
        data.targets = {c.id: c.posts_per_week_min for c in channels if c.posts_per_week_min}
    elif kind == "top_posts":
        data.top = top_posts(engine, first, last, ids, tz=tz)
    return data


def top_posts(
    engine: Engine,
    first: date,
    last: date,
    channel_ids: Sequence[int],
    limit: int = 10,
    *,
    tz: ZoneInfo,
) -> list[TopPost]:
    """The posts published from *first* to *last* with the most engagements (as reported,
    or reactions + comments + shares where a service reports only these), named by their
    calendar title where linked. Summed in the database: a year of a large town is over a
    hundred thousand post figures."""
    start, end = local_bounds(first, last, tz)
    engaged = func.max(case((col(P.metric) == "engagements", P.value)))
    parts = func.sum(case((col(P.metric).in_(("reactions", "comments", "shares")), P.value)))
    score = case((func.coalesce(engaged, 0) > 0, engaged), else_=func.coalesce(parts, 0))
    seen = func.coalesce(
        func.max(case((col(P.metric).in_(("impressions", "video_views")), P.value))), 0
    )
    query = (
        select(  # type: ignore[call-overload]
            P.channel_id,
            P.external_id,
            func.max(P.url),
            func.min(P.published_at),
            score,
            seen,
            func.max(Post.title),
        )
        .join(PostTarget, col(PostTarget.id) == P.post_target_id, isouter=True)
        .join(Post, col(Post.id) == PostTarget.post_id, isouter=True)
        .where(
            col(P.published_at) >= start,
            col(P.published_at) < end,
            col(P.channel_id).in_(list(channel_ids)),
        )
        .group_by(col(P.channel_id), col(P.external_id))
        .order_by(score.desc(), seen.desc(), col(P.external_id))
        .limit(limit)
    )
    with session_scope(engine) as s:
        rows = s.exec(query).all()
    return [
        TopPost(
            channel_id,
            external_id,
            url or "",
            as_utc(published).astimezone(tz).date() if published else None,
            float(engagements or 0),
            float(impressions or 0),
            title or "",
        )
        for channel_id, external_id, url, published, engagements, impressions, title in rows
    ]
