"""Monitoring check-ins: someone looked at the channels' comments and messages.

The target is a number of checks per working day (default 3) spread over office hours;
the grid shows the days and channels that fell short, and Today says when a check is due.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlmodel import col, func, select

from kuntasome.core.db import session_scope
from kuntasome.core.errors import UserError
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.models import Channel, MonitoringCheckin
from kuntasome.core.moderation.choices import ChannelChoice
from kuntasome.core.moderation.settings import ModerationSettings
from kuntasome.core.utc import as_utc, local_bounds
from kuntasome.core.working_time import is_working_day, next_working_day, office_hours, working_days

if TYPE_CHECKING:
    from sqlalchemy import Engine


@dataclass(frozen=True)
class CheckinGrid:
    """Check-ins per channel and working day; a cell under the target is a gap."""

    days: list[date]
    channels: list[ChannelChoice]
    counts: dict[tuple[int, date], int]
    target: int

    def count(self, channel_id: int, day: date) -> int:
        return self.counts.get((channel_id, day), 0)

    def gaps(self) -> list[tuple[int, date]]:
        return [
            (ch.id, day)
            for day in self.days
            for ch in self.channels
            if self.count(ch.id, day) < self.target
        ]


@dataclass(frozen=True)
class CheckStatus:
    due: bool
    next_due_at: datetime | None
    last_check_at: datetime | None


def watched_channels(engine: Engine) -> list[ChannelChoice]:
    """The channels someone must watch: every active one."""

    with session_scope(engine) as s:
        return [
            ChannelChoice(ch_id or 0, name or handle, platform, "active")
            for ch_id, name, handle, platform in s.exec(
                select(Channel.id, Channel.display_name, Channel.handle, Channel.platform)
                .where(Channel.status == "active")
                .order_by(col(Channel.display_name), col(Channel.handle))
            )
        ]


def check_in(
    engine: Engine, channel_ids: Sequence[int], *, person_id: int | None, at: datetime | None = None
) -> int:
    """Record that *channel_ids* were checked now; returns how many."""

    if not channel_ids:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Choose at least one channel you checked."))
    at = (at or datetime.now(UTC)).astimezone(UTC)
    with session_scope(engine) as s:
        for channel_id in dict.fromkeys(channel_ids):
            s.add(MonitoringCheckin(channel_id=channel_id, checked_at=at, person_id=person_id))
    return len(set(channel_ids))


def checkin_grid(
    engine: Engine,
    first: date,
    last: date,
    *,
    tz: ZoneInfo,
    country: str,
    settings: ModerationSettings,
) -> CheckinGrid:
    channels = watched_channels(engine)
    days = list(working_days(country, first, last))
    start, end = local_bounds(first, last, tz)
    counts: dict[tuple[int, date], int] = {}
    with session_scope(engine) as s:
        for channel_id, checked_at in s.exec(
            select(MonitoringCheckin.channel_id, MonitoringCheckin.checked_at).where(
                col(MonitoringCheckin.checked_at) >= start, col(MonitoringCheckin.checked_at) < end
            )
        ):
            key = (channel_id, as_utc(checked_at).astimezone(tz).date())
            counts[key] = counts.get(key, 0) + 1
    return CheckinGrid(days, channels, counts, settings.checkins_per_working_day)


def check_status(
    engine: Engine, *, now: datetime, tz: ZoneInfo, country: str, settings: ModerationSettings
) -> CheckStatus:
    """Whether a check is due now, and when the next one is.

    Office hours are split into as many stretches as the daily target: a check is due when
    the channel checked longest ago today was checked a stretch ago (or not yet today).
    """

    now = now.astimezone(UTC)
    today = now.astimezone(tz).date()
    channels = [ch.id for ch in watched_channels(engine)]
    with session_scope(engine) as s:
        last_any = as_utc(s.exec(select(func.max(MonitoringCheckin.checked_at))).one())
        opens, closes = office_hours(today, tz, settings)
        latest = dict(
            s.exec(
                select(MonitoringCheckin.channel_id, func.max(MonitoringCheckin.checked_at))
                .where(
                    col(MonitoringCheckin.checked_at) >= opens - timedelta(hours=4),
                    col(MonitoringCheckin.channel_id).in_(channels),
                )
                .group_by(col(MonitoringCheckin.channel_id))
            ).all()
        )
    if not channels:
        return CheckStatus(False, None, last_any)
    tomorrow = CheckStatus(
        False, office_hours(next_working_day(country, today), tz, settings)[0], last_any
    )
    if not is_working_day(country, today) or now >= closes:
        return tomorrow
    stretch = (closes - opens) / settings.checkins_per_working_day
    oldest = (
        min(as_utc(latest[c]) for c in channels) if all(c in latest for c in channels) else None
    )
    next_due = opens if oldest is None else max(opens, oldest + stretch)
    if next_due >= closes:
        return tomorrow  # today's checks are done
    return CheckStatus(now >= next_due, next_due, last_any)
