"""Statistics read back for charts: weeks and days are the organisation's, not UTC's."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import Engine
from sqlmodel import Session

from kuntasome.core.channels.register import create_channel
from kuntasome.core.models import Post, PostMetric, PostTarget
from kuntasome.core.statistics.series import chart_data

from kuntasome.documents.charts import render

HELSINKI = ZoneInfo("Europe/Helsinki")


def _published(s: Session, channel_id: int, title: str, at: datetime) -> PostTarget:
    """A post published on one channel at *at*."""
    post = Post(title=title, status="published")
    s.add(post)
    s.flush()
    target = PostTarget(
        post_id=post.id or 0,
        channel_id=channel_id,
        scheduled_at=at,
        status="published",
        published_at=at,
    )
    s.add(target)
    s.flush()
    return target


def _weeks(
    engine: Engine, channel_id: int, first: date, last: date, today: date
) -> list[tuple[date, float]]:
    """The frequency chart's weeks of one channel, as of *today*."""
    data = chart_data(engine, "frequency", first, last, [channel_id], tz=HELSINKI, today=today)
    return data.series[channel_id]


def test_a_post_on_monday_night_counts_in_mondays_week(engine: Engine) -> None:
    channel = create_channel(engine, platform="facebook", address="kallioranta", status="active")
    # Monday 7 December 2026 at 01:30 in Helsinki is Sunday 23:30 in UTC.
    monday_night = datetime(2026, 12, 6, 23, 30, tzinfo=UTC)
    with Session(engine) as s:
        target = _published(s, channel.id or 0, "Itsenäisyyspäivän jälkeen", monday_night)
        s.add(
            PostMetric(
                channel_id=channel.id or 0,
                external_id="1",
                post_target_id=target.id,
                published_at=monday_night,
                metric="engagements",
                value=12,
            )
        )
        s.commit()
    ids = [channel.id or 0]
    weeks = _weeks(engine, ids[0], date(2026, 11, 30), date(2026, 12, 13), date(2026, 12, 14))
    assert weeks == [(date(2026, 11, 30), 0.0), (date(2026, 12, 7), 1.0)]
    # A chart of the week from Monday on finds it too; the top post is dated Monday.
    top = chart_data(
        engine, "top_posts", date(2026, 12, 7), date(2026, 12, 13), ids, tz=HELSINKI
    ).top
    assert [p.published for p in top] == [date(2026, 12, 7)]
    # Issue 17, item 11: a top post is named by its title in the calendar, not only by where
    # and when; the chart's labels say it (an SVG keeps its words as text).
    assert [p.title for p in top] == ["Itsenäisyyspäivän jälkeen"]
    data = chart_data(engine, "top_posts", date(2026, 12, 7), date(2026, 12, 13), ids, tz=HELSINKI)
    svg = render(data, "svg", lambda _c, text, *_a: text).decode("utf-8")
    assert "Itsenäisyyspäivän jälkeen" in svg


def test_a_week_not_over_is_not_plotted_as_a_drop(engine: Engine) -> None:
    """Issue 17, item 11: the week in progress (and weeks to come) plotted as 0 posts."""
    channel = create_channel(engine, platform="facebook", address="kallioranta", status="active")
    with Session(engine) as s:
        for day in (1, 2, 8, 9, 15):  # two posts a week, then one so far on Tuesday 15th
            at = datetime(2026, 12, day, 9, 0, tzinfo=UTC)
            _published(s, channel.id or 0, f"Viikkotiedote {day}.12.", at)
        s.commit()
    december = (date(2026, 12, 1), date(2026, 12, 31))
    weeks = _weeks(engine, channel.id or 0, *december, today=date(2026, 12, 16))
    # The month starts on a Tuesday: its first week is counted from Monday 30 November.
    assert weeks == [(date(2026, 11, 30), 2.0), (date(2026, 12, 7), 2.0)]
    # Before any week of the period is over, the week so far is shown rather than nothing.
    early = _weeks(engine, channel.id or 0, *december, today=date(2026, 12, 3))
    assert early == [(date(2026, 11, 30), 2.0)]
