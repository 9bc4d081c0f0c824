"""The figures of a management report for one period, computed by the services the app's
sections use (statistics summaries, response times, check-ins, register warnings), so that a
figure in the report is the figure the app shows."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, func
from sqlmodel import col, select

from kuntasome.core.channels.public_list import PublicChannel, public_channels
from kuntasome.core.db import session_scope
from kuntasome.core.models import Channel, Media, Post, PostMedia, PostTarget, PostText
from kuntasome.core.moderation.blocks import block_counts
from kuntasome.core.moderation.log import EntryRow, list_entries
from kuntasome.core.moderation.monitoring import checkin_grid
from kuntasome.core.moderation.removal_reasons import reason_labels
from kuntasome.core.moderation.response_times import ResponseFigures, response_figures
from kuntasome.core.moderation.settings import load_moderation_settings
from kuntasome.core.organisation import OrganisationSettings
from kuntasome.core.platforms import PLATFORMS, channel_label
from kuntasome.core.reports.health import RegisterHealth, register_health
from kuntasome.core.reports.logo import Logo, load_logo
from kuntasome.core.reports.periods import Period
from kuntasome.core.statistics.series import (
    ChartData,
    MetricSummary,
    chart_data,
    engagements_of,
    stats_channels,
    summaries,
    top_posts,
)
from kuntasome.core.utc import as_utc, local_bounds

SECTIONS = ("summary", "channels", "languages", "dialogue", "health", "accessibility", "appendix")
TOP_POSTS = 5
COMPARISONS = ("previous", "year")


@dataclass(frozen=True)
class KeyFigures:
    """The figures the summary compares between periods."""

    period: Period
    followers: float | None  # all channels' followers at the end of the period
    reach: float
    engagements: float
    posts_published: int
    entries: int  # moderation log entries (latest versions)
    answered_on_time: float | None  # share of answers within the deadline
    median_response_hours: float | None

    @property
    def engagement_rate(self) -> float | None:
        return self.engagements / self.reach if self.reach else None


@dataclass(frozen=True)
class ChannelFigures:
    channel_id: int
    name: str
    platform: str
    followers: float | None
    followers_change: float | None  # during the period, where the start is known too
    reach: float
    engagements: float
    posts_published: int
    posts_target: int | None  # the channel's weekly minimum over the period's weeks

    @property
    def engagement_rate(self) -> float | None:
        return self.engagements / self.reach if self.reach else None

    @property
    def platform_name(self) -> str:
        return PLATFORMS[self.platform].name if self.platform in PLATFORMS else self.platform


@dataclass(frozen=True)
class TopPost:
    channel: str
    title: str
    published: date | None
    engagements: float
    url: str


@dataclass(frozen=True)
class LanguageCoverage:
    channel: str
    required: tuple[str, ...]
    posts: int
    complete: int  # posts carrying a text in every required language

    @property
    def share(self) -> float | None:
        return self.complete / self.posts if self.posts else None


@dataclass(frozen=True)
class Moderation:
    by_kind: dict[str, int]
    by_action: dict[str, int]
    by_reason: dict[str, int]
    evidence: int
    blocks_added: int
    blocks_in_force: int


@dataclass(frozen=True)
class Monitoring:
    target: int  # check-ins per channel and working day
    working_days: int
    channels: int
    checks: int
    gaps: int  # channel-days under the target
    days_with_gaps: int


@dataclass(frozen=True)
class AccessibilityDuty:
    file_name: str
    duty: str  # "captions" or "recording"
    due_on: date | None
    posts: tuple[str, ...]


@dataclass
class ReportFigures:
    organisation: OrganisationSettings
    period: Period
    as_of: date  # register health and open cases are as of this day
    current: KeyFigures
    previous: KeyFigures
    year_earlier: KeyFigures
    channels: list[ChannelFigures] = field(default_factory=list)
    top_posts: list[TopPost] = field(default_factory=list)
    languages: list[LanguageCoverage] = field(default_factory=list)
    dialogue: list[ResponseFigures] = field(default_factory=list)
    moderation: Moderation | None = None
    monitoring: Monitoring | None = None
    health: RegisterHealth | None = None
    accessibility: list[AccessibilityDuty] = field(default_factory=list)
    channel_list: list[PublicChannel] = field(default_factory=list)
    reasons: dict[str, str] = field(default_factory=dict)  # removal reason labels
    charts: dict[str, ChartData] = field(default_factory=dict)  # followers, reach
    # The channels' figures in the period compared with (for the change columns).
    compared: dict[str, list[ChannelFigures]] = field(default_factory=dict)
    logo: Logo | None = None  # on the cover

    @property
    def language_coverage(self) -> float | None:
        posts = sum(c.posts for c in self.languages)
        return sum(c.complete for c in self.languages) / posts if posts else None


# -- queries ---------------------------------------------------------------------------------


# (channel, post, title, when, address) of each post published on a channel
Published = list[tuple[int, int, str, datetime, str]]


def _published(
    engine: Engine, period: Period, tz: ZoneInfo
) -> list[tuple[int, int, str, datetime, str]]:
    """(channel, post, title, when, url) of every post published on a channel in the period.

    When it was published is the recorded time, or the scheduled one where none was recorded.
    """
    start, end = local_bounds(period.first, period.last, tz)
    when = func.coalesce(PostTarget.scheduled_at, PostTarget.published_at)
    with session_scope(engine) as s:
        rows = s.exec(
            select(  # type: ignore[call-overload]
                PostTarget.channel_id,
                PostTarget.post_id,
                Post.title,
                when,
                PostTarget.published_url,
            )
            .join(Post, col(Post.id) == PostTarget.post_id)
            .where(PostTarget.status == "published", when >= start, when < end)
        ).all()
    return [(c, p, t, as_utc(w), u) for c, p, t, w, u in rows if w is not None]


def _channels(engine: Engine) -> list[Channel]:
    with session_scope(engine) as s:
        return list(
            s.exec(
                select(Channel)
                .where(col(Channel.status).not_in(("requested", "closed")))
                .order_by(col(Channel.display_name), col(Channel.handle))
            )
        )


def _latest(rows: list[EntryRow]) -> list[EntryRow]:
    return [r for r in rows if not r.superseded]


def _period_entries(engine: Engine, period: Period, tz: ZoneInfo) -> list[EntryRow]:
    """The log of the period as the Moderation section lists it, without the texts: the
    report counts entries and times, it never prints what was written."""
    return _latest(list_entries(engine, tz=tz, first=period.first, last=period.last, texts=False))


def key_figures(
    engine: Engine,
    period: Period,
    organisation: OrganisationSettings,
    now: datetime,
    *,
    stats: list[MetricSummary] | None = None,
    entries: list[EntryRow] | None = None,
    published: Published | None = None,
) -> KeyFigures:
    """The summary's figures of *period*; *stats*, *entries* and *published* when read."""
    tz = organisation.time_zone
    if stats is None:
        stats = summaries(engine, period.first, period.last)
    if entries is None:
        entries = _period_entries(engine, period, tz)
    followers = [m.total for m in stats if m.metric == "followers"]
    by_channel: dict[int, dict[str, float]] = {}
    for m in stats:
        by_channel.setdefault(m.channel_id, {})[m.metric] = m.total
    total = response_figures(entries, min(now, _end(period, tz)))[-1]
    return KeyFigures(
        period=period,
        followers=sum(followers) if followers else None,
        reach=sum(v.get("reach", 0.0) for v in by_channel.values()),
        engagements=sum(engagements_of(v) for v in by_channel.values()),
        posts_published=len(_published(engine, period, tz) if published is None else published),
        entries=len(entries),
        answered_on_time=total.on_time_share,
        median_response_hours=total.median_hours,
    )


def _end(period: Period, tz: ZoneInfo) -> datetime:
    return local_bounds(period.first, period.last, tz)[1]


def _channel_figures(
    engine: Engine,
    period: Period,
    channels: list[Channel],
    published: list[tuple[int, int, str, datetime, str]],
    stats: list[MetricSummary] | None = None,
) -> list[ChannelFigures]:
    if stats is None:
        stats = summaries(engine, period.first, period.last)
    values: dict[int, dict[str, float]] = {}
    for m in stats:
        values.setdefault(m.channel_id, {})[m.metric] = m.total
    # Followers at the start: the last value before the period (or its first day).
    start_values = {
        m.channel_id: m.total
        for m in summaries(engine, period.first - timedelta(days=31), period.first)
        if m.metric == "followers"
    }
    posts = Counter(channel_id for channel_id, *_ in published)
    weeks = period.days / 7
    result = []
    for ch in channels:
        assert ch.id is not None
        mine = values.get(ch.id, {})
        followers = mine.get("followers")
        before = start_values.get(ch.id)
        result.append(
            ChannelFigures(
                channel_id=ch.id,
                name=ch.display_name or ch.handle,
                platform=ch.platform,
                followers=followers,
                followers_change=followers - before
                if followers is not None and before is not None
                else None,
                reach=mine.get("reach", 0.0),
                engagements=engagements_of(mine),
                posts_published=posts.get(ch.id, 0),
                posts_target=round(ch.posts_per_week_min * weeks)
                if ch.posts_per_week_min
                else None,
            )
        )
    return result


def _top_posts(
    engine: Engine, period: Period, channels: list[Channel], tz: ZoneInfo
) -> list[TopPost]:
    """The Statistics section's top posts of the period, by their calendar title."""
    names = {c.id: channel_label(c.display_name, c.handle, c.platform) for c in channels}
    ids = [c for c in names if c is not None]
    return [
        TopPost(
            channel=names[p.channel_id],
            title=p.title or p.url or p.external_id,
            published=p.published,
            engagements=p.engagements,
            url=p.url,
        )
        for p in top_posts(engine, period.first, period.last, ids, TOP_POSTS, tz=tz)
    ]


def _languages(
    engine: Engine, channels: list[Channel], published: list[tuple[int, int, str, datetime, str]]
) -> list[LanguageCoverage]:
    post_ids = {post_id for _c, post_id, *_ in published}
    written: dict[int, set[str]] = {}
    with session_scope(engine) as s:
        for post_id, language, body in s.exec(
            select(PostText.post_id, PostText.language, PostText.body).where(
                col(PostText.post_id).in_(post_ids)
            )
        ):
            if body.strip():
                written.setdefault(post_id, set()).add(language)
    by_channel: dict[int, list[int]] = {}
    for channel_id, post_id, *_ in published:
        by_channel.setdefault(channel_id, []).append(post_id)
    result = []
    for ch in channels:
        required = tuple(x for x in ch.languages.split(",") if x)
        mine = by_channel.get(ch.id or 0, [])
        if not mine:
            continue
        complete = sum(1 for p in mine if set(required) <= written.get(p, set()))
        result.append(
            LanguageCoverage(
                channel_label(ch.display_name, ch.handle, ch.platform),
                required,
                len(mine),
                complete,
            )
        )
    return result


def _moderation(engine: Engine, entries: list[EntryRow], period: Period) -> Moderation:
    added, in_force = block_counts(engine, period.first, period.last)
    return Moderation(
        by_kind=dict(Counter(r.kind for r in entries).most_common()),
        by_action=dict(Counter(r.action for r in entries).most_common()),
        by_reason=dict(Counter(r.reason_code for r in entries if r.reason_code).most_common()),
        evidence=sum(r.evidence_count for r in entries),
        blocks_added=added,
        blocks_in_force=in_force,
    )


def _monitoring(
    engine: Engine, period: Period, organisation: OrganisationSettings, as_of: date
) -> Monitoring:
    settings = load_moderation_settings(engine)
    last = min(period.last, as_of)
    grid = checkin_grid(
        engine,
        period.first,
        last,
        tz=organisation.time_zone,
        country=organisation.country,
        settings=settings,
    )
    gaps = grid.gaps()
    return Monitoring(
        target=grid.target,
        working_days=len(grid.days),
        channels=len(grid.channels),
        checks=sum(grid.count(ch.id, day) for ch in grid.channels for day in grid.days),
        gaps=len(gaps),
        days_with_gaps=len({day for _c, day in gaps}),
    )


def _accessibility(
    engine: Engine, period: Period, as_of: date, tz: ZoneInfo
) -> list[AccessibilityDuty]:
    """Videos without captions in the period's posts, and live recordings past their 14 days
    that have not been made accessible (Act 306/2019)."""
    start, end = local_bounds(period.first, period.last, tz)
    when = func.coalesce(PostTarget.scheduled_at, PostTarget.published_at)
    with session_scope(engine) as s:
        rows = s.exec(
            select(Media, Post.title)
            .join(PostMedia, col(PostMedia.media_id) == Media.id)
            .join(Post, col(Post.id) == PostMedia.post_id)
            .join(PostTarget, col(PostTarget.post_id) == Post.id)
            .where(
                col(PostTarget.status).in_(("published", "scheduled", "approved")),
                when >= start,
                when < end,
            )
        ).all()
    found: dict[tuple[int, str], tuple[Media, set[str]]] = {}
    for media, title in rows:
        assert media.id is not None
        if media.kind == "video" and not media.has_captions and not media.is_live_recording:
            found.setdefault((media.id, "captions"), (media, set()))[1].add(title)
        if (
            media.is_live_recording
            and media.accessible_done_on is None
            and media.accessible_due_on is not None
            and media.accessible_due_on < as_of
        ):
            found.setdefault((media.id, "recording"), (media, set()))[1].add(title)
    return sorted(
        (
            AccessibilityDuty(
                media.file_name,
                duty,
                media.accessible_due_on if duty == "recording" else None,
                tuple(sorted(titles)),
            )
            for (_id, duty), (media, titles) in found.items()
        ),
        key=lambda d: (d.duty, d.file_name.lower()),
    )


def report_figures(
    engine: Engine,
    period: Period,
    organisation: OrganisationSettings,
    *,
    language: str,
    now: datetime | None = None,
) -> ReportFigures:
    """Everything a report of *period* shows; open cases and register health as of the end of
    the period, or today if the period has not ended."""
    now = (now or datetime.now(UTC)).astimezone(UTC)
    tz = organisation.time_zone
    as_of = min(period.last, now.astimezone(tz).date())
    channels = _channels(engine)
    published = _published(engine, period, tz)
    entries = _period_entries(engine, period, tz)
    stats = summaries(engine, period.first, period.last)
    with_stats = [c.id for c in stats_channels(engine)]
    previous, year_earlier = period.previous(), period.year_earlier()
    # Each comparison period's statistics are read once, for the summary and the channels.
    earlier = {
        name: (when, summaries(engine, when.first, when.last), _published(engine, when, tz))
        for name, when in (("previous", previous), ("year", year_earlier))
    }
    return ReportFigures(
        organisation=organisation,
        period=period,
        as_of=as_of,
        current=key_figures(
            engine, period, organisation, now, stats=stats, entries=entries, published=published
        ),
        previous=key_figures(
            engine,
            previous,
            organisation,
            now,
            stats=earlier["previous"][1],
            published=earlier["previous"][2],
        ),
        year_earlier=key_figures(
            engine,
            year_earlier,
            organisation,
            now,
            stats=earlier["year"][1],
            published=earlier["year"][2],
        ),
        channels=_channel_figures(engine, period, channels, published, stats),
        top_posts=_top_posts(engine, period, channels, tz),
        languages=_languages(engine, channels, published),
        dialogue=response_figures(entries, min(now, _end(period, tz))),
        moderation=_moderation(engine, entries, period),
        monitoring=_monitoring(engine, period, organisation, as_of),
        health=register_health(engine, as_of=as_of),
        accessibility=_accessibility(engine, period, as_of, tz),
        channel_list=public_channels(engine, language),
        reasons=reason_labels(engine, language),
        logo=load_logo(engine),
        charts={
            kind: chart_data(engine, kind, period.first, period.last, with_stats, tz=tz)
            for kind in ("followers", "reach")
        },
        compared={
            name: _channel_figures(engine, when, channels, posts, stats)
            for name, (when, stats, posts) in earlier.items()
        },
    )
