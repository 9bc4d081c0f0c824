"""The Today overview: what needs attention now, computed from the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Engine, and_, exists, func
from sqlalchemy.orm import aliased
from sqlmodel import col, select

from kuntasome.core.archive.snapshot import final_snapshots_due, snapshot_due
from kuntasome.core.calendar.attention import WARNING_DAYS
from kuntasome.core.calendar.view import load_calendar
from kuntasome.core.db import session_scope
from kuntasome.core.models import (
    Channel,
    Media,
    ModerationEntry,
    MonitoringCheckin,
    Person,
    Post,
    PostTarget,
)
from kuntasome.core.moderation.monitoring import CheckStatus, check_status
from kuntasome.core.moderation.settings import load_moderation_settings
from kuntasome.core.organisation import load_organisation
from kuntasome.core.reports.periods import Period
from kuntasome.core.reports.service import report_due
from kuntasome.core.utc import as_utc, local_bounds

# Moderation actions that promise the commenter an answer.
ANSWERING_ACTIONS = ("answered", "acknowledged", "forwarded")
OPEN_TARGET_STATUSES = ("planned", "scheduled")


@dataclass(frozen=True)
class TodayOverview:
    now: datetime
    channels_active: int
    channels_total: int
    posts_today: int
    posts_next_hour: int
    approvals_waiting: int
    missed_publications: int
    answers_waiting: int
    answers_overdue: int
    reviews_overdue: int
    last_checkin: datetime | None
    # The calendar's rules over the coming week, and live recordings still to be made accessible.
    posts_with_warnings: int = 0
    recordings_due: int = 0
    # Monitoring: whether a check of the channels is due now, and when the next one is.
    check_due: bool = False
    next_check_at: datetime | None = None
    # The last month or quarter that ended without a management report (if reminders are on).
    report_due: Period | None = None
    # The last half-year without an archive snapshot; closed channels without a final one.
    snapshot_due: Period | None = None
    final_snapshots_due: tuple[str, ...] = ()
    # People in the register who have not left (a new database has none).
    people_total: int = 0


def today_overview(engine: Engine, tz: ZoneInfo, now: datetime | None = None) -> TodayOverview:
    now = (now or datetime.now(UTC)).astimezone(UTC)
    local_today = now.astimezone(tz).date()
    start, end = local_bounds(local_today, local_today, tz)
    with session_scope(engine) as s:
        by_status = dict(
            s.exec(select(Channel.status, func.count()).group_by(col(Channel.status))).all()
        )

        def count_targets(*conditions: ColumnElement[bool]) -> int:
            query = select(func.count()).select_from(PostTarget).where(*conditions)
            return int(s.exec(query).one())

        not_cancelled = col(PostTarget.status) != "cancelled"
        posts_today = count_targets(
            col(PostTarget.scheduled_at) >= start, col(PostTarget.scheduled_at) < end, not_cancelled
        )
        next_hour = count_targets(
            col(PostTarget.scheduled_at) >= now,
            col(PostTarget.scheduled_at) < now + timedelta(hours=1),
            col(PostTarget.status).in_(OPEN_TARGET_STATUSES),
        )
        missed = count_targets(
            col(PostTarget.scheduled_at) < now, col(PostTarget.status) == "scheduled"
        )
        approvals = int(
            s.exec(select(func.count()).select_from(Post).where(Post.status == "in_review")).one()
        )
        newer = aliased(ModerationEntry)
        waiting = and_(
            col(ModerationEntry.action).in_(ANSWERING_ACTIONS),
            col(ModerationEntry.answered_at).is_(None),
            # The latest version only: an answer recorded later is a newer entry.
            ~exists().where(col(newer.corrects_id) == col(ModerationEntry.id)),
        )
        answers_waiting = int(
            s.exec(select(func.count()).select_from(ModerationEntry).where(waiting)).one()
        )
        answers_overdue = int(
            s.exec(
                select(func.count())
                .select_from(ModerationEntry)
                .where(waiting, col(ModerationEntry.due_at) < now)
            ).one()
        )
        reviews_overdue = int(
            s.exec(
                select(func.count())
                .select_from(Channel)
                .where(
                    col(Channel.status).not_in(("closed",)),
                    col(Channel.next_review_on) < local_today,
                )
            ).one()
        )
        last_checkin = s.exec(select(func.max(MonitoringCheckin.checked_at))).one()
        people = int(
            s.exec(
                select(func.count()).select_from(Person).where(col(Person.left_on).is_(None))
            ).one()
        )
        recordings_due = int(
            s.exec(
                select(func.count())
                .select_from(Media)
                .where(
                    col(Media.is_live_recording).is_(True), col(Media.accessible_done_on).is_(None)
                )
            ).one()
        )
    last_checkin = as_utc(last_checkin)  # func.max bypasses the column type
    check = _check_status(engine, tz, now)
    return TodayOverview(
        now=now,
        channels_active=int(by_status.get("active", 0)),
        channels_total=int(sum(by_status.values())),
        posts_today=posts_today,
        posts_next_hour=next_hour,
        approvals_waiting=approvals,
        missed_publications=missed,
        answers_waiting=answers_waiting,
        answers_overdue=answers_overdue,
        reviews_overdue=reviews_overdue,
        last_checkin=last_checkin,
        posts_with_warnings=_posts_with_warnings(engine, tz, local_today),
        recordings_due=recordings_due,
        check_due=check.due,
        next_check_at=check.next_due_at,
        report_due=report_due(engine, local_today),
        snapshot_due=snapshot_due(engine, local_today),
        final_snapshots_due=tuple(final_snapshots_due(engine)),
        people_total=people,
    )


def _check_status(engine: Engine, tz: ZoneInfo, now: datetime) -> CheckStatus:
    return check_status(
        engine,
        now=now,
        tz=tz,
        country=load_organisation(engine).country,
        settings=load_moderation_settings(engine),
    )


def _posts_with_warnings(engine: Engine, tz: ZoneInfo, today: date) -> int:
    """Open posts of the coming week that break one of the calendar's rules."""

    data = load_calendar(
        engine, today, today + timedelta(days=WARNING_DAYS - 1), tz=tz, today=today
    )
    return len({e.post_id for e in data.entries if e.warnings and e.target_status != "published"})
