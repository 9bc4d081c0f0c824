"""The Today overview counts what a communicator must act on."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import Engine
from sqlmodel import Session

from kuntasome.core.models import Channel, ModerationEntry, MonitoringCheckin, Post, PostTarget
from kuntasome.core.today import today_overview

TZ = ZoneInfo("Europe/Helsinki")
NOW = datetime(2026, 11, 23, 10, 30, tzinfo=TZ).astimezone(UTC)  # a Monday morning


def test_overview_counts(engine: Engine) -> None:
    with Session(engine) as s:
        s.add(
            Channel(
                platform="facebook", handle="a", status="active", next_review_on=date(2026, 11, 1)
            )
        )
        s.add(Channel(platform="x", handle="@b", status="closed", next_review_on=date(2026, 1, 1)))
        s.add(Post(title="Valtuusto", status="in_review"))
        s.add(Post(title="Uimahalli", status="scheduled"))
        s.commit()
        s.add(PostTarget(post_id=1, channel_id=1, scheduled_at=NOW + timedelta(minutes=20)))
        s.add(
            PostTarget(
                post_id=2, channel_id=1, scheduled_at=NOW - timedelta(hours=2), status="scheduled"
            )
        )
        for due, answered in (
            (NOW - timedelta(hours=1), None),
            (NOW + timedelta(hours=5), None),
            (NOW - timedelta(days=2), NOW - timedelta(days=3)),
        ):
            s.add(
                ModerationEntry(
                    channel_id=1,
                    kind="question",
                    action="answered",
                    due_at=due,
                    answered_at=answered,
                )
            )
        s.add(ModerationEntry(channel_id=1, kind="inappropriate", action="removed"))
        s.add(MonitoringCheckin(channel_id=1, checked_at=NOW - timedelta(hours=3)))
        s.commit()
    o = today_overview(engine, TZ, NOW)
    assert (o.channels_active, o.channels_total) == (1, 2)
    assert o.posts_today == 2 and o.posts_next_hour == 1
    assert o.approvals_waiting == 1
    assert o.missed_publications == 1
    assert (o.answers_waiting, o.answers_overdue) == (2, 1)
    assert o.reviews_overdue == 1  # the closed channel's old review date does not count
    assert o.last_checkin == NOW - timedelta(hours=3)
