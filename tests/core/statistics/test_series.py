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


def test_a_post_on_monday_night_counts_in_mondays_week(engine: Engine) -> None:
    channel = create_channel(engine, platform="facebook", address="kallioranta", status="active")
    # Monday 7 December 2026 at 01:30 in Helsinki is Sunday 23:30 in UTC.
    monday_night = datetime(2026, 12, 6, 23, 30, tzinfo=UTC)
    with Session(engine) as s:
        post = Post(title="Itsenäisyyspäivän jälkeen", status="published")
        s.add(post)
        s.flush()
        assert post.id is not None
        target = PostTarget(
            post_id=post.id,
            channel_id=channel.id or 0,
            scheduled_at=monday_night,
            status="published",
            published_at=monday_night,
        )
        s.add(target)
        s.flush()
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
    weeks = chart_data(
        engine, "frequency", date(2026, 11, 30), date(2026, 12, 13), ids, tz=HELSINKI
    ).series[ids[0]]
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
