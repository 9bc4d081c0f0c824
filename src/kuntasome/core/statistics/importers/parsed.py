"""What a recognised file holds, in the normalised vocabulary, and the helpers the readers
of each platform's files share."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.statistics.importers.cells import norm_header
from kuntasome.core.statistics.importers.limits import check_value

# What each kind of file is, for people ("recognised as …").
KIND_LABELS: dict[str, str] = {
    "meta_daily": QT_TRANSLATE_NOOP("StatsKind", "Meta Business Suite daily metric"),
    "meta_posts": QT_TRANSLATE_NOOP("StatsKind", "Meta Business Suite posts"),
    "meta_audience": QT_TRANSLATE_NOOP("StatsKind", "Meta Business Suite audience"),
    "facebook_insights": QT_TRANSLATE_NOOP("StatsKind", "Facebook Insights page export"),
    "x_tweets": QT_TRANSLATE_NOOP("StatsKind", "X tweet activity"),
    "x_daily": QT_TRANSLATE_NOOP("StatsKind", "X daily activity"),
    "x_overview": QT_TRANSLATE_NOOP("StatsKind", "X account overview"),
    "x_content": QT_TRANSLATE_NOOP("StatsKind", "X content"),
    "linkedin_content": QT_TRANSLATE_NOOP("StatsKind", "LinkedIn page content"),
    "linkedin_followers": QT_TRANSLATE_NOOP("StatsKind", "LinkedIn page followers"),
    "linkedin_visitors": QT_TRANSLATE_NOOP("StatsKind", "LinkedIn page visitors"),
    "youtube_table": QT_TRANSLATE_NOOP("StatsKind", "YouTube Studio table data"),
    "youtube_chart": QT_TRANSLATE_NOOP("StatsKind", "YouTube Studio chart data"),
    "youtube_totals": QT_TRANSLATE_NOOP("StatsKind", "YouTube Studio totals"),
    "youtube_sources": QT_TRANSLATE_NOOP("StatsKind", "YouTube Studio traffic sources"),
    "tiktok_overview": QT_TRANSLATE_NOOP("StatsKind", "TikTok Studio overview"),
    "tiktok_content": QT_TRANSLATE_NOOP("StatsKind", "TikTok Studio content"),
    "tiktok_followers": QT_TRANSLATE_NOOP("StatsKind", "TikTok Studio followers"),
    "tiktok_viewers": QT_TRANSLATE_NOOP("StatsKind", "TikTok Studio viewers"),
    "tiktok_breakdown": QT_TRANSLATE_NOOP("StatsKind", "TikTok Studio follower breakdown"),
    "mastodon_outbox": QT_TRANSLATE_NOOP("StatsKind", "Mastodon archive posts"),
    "mastodon_archive": QT_TRANSLATE_NOOP("StatsKind", "Mastodon archive file"),
    "bluesky_repo": QT_TRANSLATE_NOOP("StatsKind", "Bluesky repository export"),
    "bluesky_identity": QT_TRANSLATE_NOOP("StatsKind", "Bluesky account identity"),
    "mapped": QT_TRANSLATE_NOOP("StatsKind", "Table with mapped columns"),
}
# Why a recognised file adds no values.
NO_METRICS: dict[str, str] = {
    "demographics": QT_TRANSLATE_NOOP(
        "StatsKind", "a breakdown of the audience (age, gender, places): no daily values"
    ),
    "sources": QT_TRANSLATE_NOOP(
        "StatsKind", "totals by traffic source for the whole period: no daily values"
    ),
    "identity": QT_TRANSLATE_NOOP("StatsKind", "account details: no statistics"),
    "activity": QT_TRANSLATE_NOOP(
        "StatsKind", "followers' active hours or shares: no daily values"
    ),
}


@dataclass
class PostValues:
    account: str
    external_id: str
    url: str
    published_at: datetime | None
    metrics: dict[str, float]


@dataclass
class Parsed:
    platform: str  # "" when the file does not say (Meta's "Views" is Facebook or Instagram)
    kind: str
    accounts: dict[str, str] = field(default_factory=dict)  # key → name; "" = not said
    daily: dict[tuple[str, date, str], float] = field(default_factory=dict)
    posts: list[PostValues] = field(default_factory=list)
    rows: int = 0
    no_metrics: str = ""  # a key of NO_METRICS when the file is recognised but adds nothing

    @property
    def values(self) -> int:
        return len(self.daily) + sum(len(p.metrics) for p in self.posts)

    def days(self) -> list[date]:
        found = [key[1] for key in self.daily]
        found += [p.published_at.date() for p in self.posts if p.published_at]
        return found

    @property
    def first_day(self) -> date | None:
        return min(self.days(), default=None)

    @property
    def last_day(self) -> date | None:
        return max(self.days(), default=None)

    def add(self, account: str, day: date | None, metric: str, value: float | None) -> None:
        """Add to a day's value (several rows may fall on one day: videos, sources)."""
        if day is None or value is None:
            return
        check_value(metric, value, day.isoformat())  # before it is summed into the day
        key = (account, day, metric)
        self.daily[key] = self.daily.get(key, 0.0) + value

    def count_posts_per_day(self) -> None:
        for post in self.posts:
            if post.published_at is not None:
                self.add(post.account, post.published_at.date(), "posts", 1.0)

    def fill_gaps(self, metrics: Iterable[str]) -> None:
        """Days a series leaves out (Instagram omits days with no follows) are zeros."""
        for metric in metrics:
            by_account: dict[str, list[date]] = {}
            for account, day, name in self.daily:
                if name == metric:
                    by_account.setdefault(account, []).append(day)
            for account, days in by_account.items():
                day, last = min(days), max(days)
                while day < last:
                    day += timedelta(days=1)
                    self.daily.setdefault((account, day, metric), 0.0)


class Columns:
    """A header row: find a column by any of its names in any language (names are
    normalised once: :func:`norm_header` is cached, so a lookup per row stays cheap)."""

    def __init__(self, header: Sequence[Any]) -> None:
        self.names = [norm_header(h) for h in header]
        self.index: dict[str, int] = {}
        for i, name in enumerate(self.names):
            self.index.setdefault(name, i)  # duplicates: the first one ("Views" twice)

    def find(self, *names: str) -> int | None:
        for name in names:
            i = self.index.get(norm_header(name))
            if i is not None:
                return i
        return None

    def has(self, *names: str) -> bool:
        return self.find(*names) is not None

    def has_all(self, *groups: tuple[str, ...]) -> bool:
        return all(self.find(*group) is not None for group in groups)


def find_header(
    rows: Sequence[Sequence[Any]], *required: tuple[str, ...], within: int = 15
) -> int | None:
    """The index of the first row holding every *required* column (any of its names):
    description rows above the header (LinkedIn) are skipped, not hard-coded."""
    for i, row in enumerate(rows[:within]):
        if row and Columns(row).has_all(*required):
            return i
    return None


def cell(row: Sequence[Any], index: int | None) -> Any:
    """A cell of a row that may be shorter than the header (trailing cells left out)."""
    if index is None or index >= len(row):
        return None
    return row[index]
