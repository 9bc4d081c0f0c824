"""Register health: a score a manager can follow from report to report, and its reasons."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Engine, func
from sqlmodel import col, select

from kuntasome.core.channels.access import register_warnings
from kuntasome.core.channels.register import LIVE_STATUSES
from kuntasome.core.db import session_scope
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.models import Channel, PostTarget
from kuntasome.core.platforms import channel_label
from kuntasome.core.utc import as_utc

DORMANT_DAYS = 90

# In the order the report lists them: what puts the organisation at risk first.
REASONS = {
    "left_holds_access": QT_TRANSLATE_NOOP("Health", "People who have left still have access"),
    "no_2fa": QT_TRANSLATE_NOOP("Health", "Two-factor authentication not in use"),
    "few_admins": QT_TRANSLATE_NOOP("Health", "Fewer than two admins"),
    "unverified_admin": QT_TRANSLATE_NOOP("Health", "Admin access not verified"),
    "overdue_review": QT_TRANSLATE_NOOP("Health", "Review overdue"),
    "no_manager": QT_TRANSLATE_NOOP("Health", "No responsible manager"),
    "dormant": QT_TRANSLATE_NOOP("Health", "Dormant: nothing published in 90 days"),
}


@dataclass(frozen=True)
class HealthReason:
    code: str
    channels: tuple[str, ...]

    @property
    def text(self) -> str:
        return REASONS[self.code]


@dataclass(frozen=True)
class RegisterHealth:
    as_of: date
    channels: int  # channels in use (approved, active, dormant or reserved)
    healthy: int  # of them, with nothing to fix
    reasons: list[HealthReason]

    @property
    def score(self) -> int | None:
        """The share of channels in use with nothing to fix, 0–100."""
        return round(100 * self.healthy / self.channels) if self.channels else None


def register_health(engine: Engine, *, as_of: date) -> RegisterHealth:
    warnings = register_warnings(engine, today=as_of)
    quiet_since = as_of - timedelta(days=DORMANT_DAYS)
    with session_scope(engine) as s:
        channels = s.exec(
            select(Channel)
            .where(col(Channel.status).in_(LIVE_STATUSES))
            .order_by(col(Channel.display_name), col(Channel.handle))
        ).all()
        last_post = dict(
            s.exec(
                select(
                    PostTarget.channel_id,
                    func.max(func.coalesce(PostTarget.scheduled_at, PostTarget.published_at)),
                )
                .where(PostTarget.status == "published")
                .group_by(col(PostTarget.channel_id))
            ).all()
        )
    found: dict[str, list[str]] = {code: [] for code in REASONS}
    healthy = 0
    for ch in channels:
        assert ch.id is not None
        name = channel_label(ch.display_name, ch.handle, ch.platform)
        codes = {w.code for w in warnings.get(ch.id, [])}
        if ch.next_review_on is None or ch.next_review_on < as_of:
            codes.add("overdue_review")
        latest = last_post.get(ch.id)
        if ch.status == "dormant" or (
            ch.status == "active" and (latest is None or as_utc(latest).date() < quiet_since)
        ):
            codes.add("dormant")
        for code in codes:
            found.setdefault(code, []).append(name)
        healthy += not codes
    return RegisterHealth(
        as_of=as_of,
        channels=len(channels),
        healthy=healthy,
        reasons=[HealthReason(code, tuple(names)) for code, names in found.items() if names],
    )
