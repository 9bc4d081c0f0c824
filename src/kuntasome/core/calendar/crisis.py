"""Crisis mode: a logged switch that pauses (never deletes) scheduled non-crisis posts.

Starting it records who, when and why, and pauses every planned or scheduled target of a
non-crisis post from now on. Ending it records who and when and returns what was paused,
so the team can put each back at its time or a new one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlmodel import col, select

from kuntasome.core import audit
from kuntasome.core.db import session_scope
from kuntasome.core.errors import UserError
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.models import CrisisPeriod, Person, Post, PostTarget
from kuntasome.core.utc import as_utc

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlmodel import Session


# The crisis message template in the three content languages; [brackets] are filled in.
CRISIS_TEMPLATE = {
    "fi": (
        "TIEDOTE [klo]: [Mitä on tapahtunut, missä.]\n"
        "[Mitä asukkaiden tulee tehdä nyt.]\n"
        "Lisätietoa: [osoite]. Päivitämme tilannetta klo [seuraava päivitys]."
    ),
    "sv": (
        "MEDDELANDE [kl.]: [Vad har hänt, var.]\n"
        "[Vad invånarna ska göra nu.]\n"
        "Mer information: [adress]. Vi uppdaterar läget kl. [nästa uppdatering]."
    ),
    "en": (
        "NOTICE [time]: [What has happened, where.]\n"
        "[What residents should do now.]\n"
        "More information: [address]. We will update the situation at [next update]."
    ),
}


class CrisisError(UserError):
    pass


@dataclass(frozen=True)
class CrisisState:
    id: int
    started_at: datetime
    started_by: str
    reason: str


@dataclass(frozen=True)
class PausedTarget:
    target_id: int
    post_id: int
    title: str
    channel_id: int
    scheduled_at: datetime | None
    post_status: str


def _active(session: Session) -> CrisisPeriod | None:
    return session.exec(
        select(CrisisPeriod)
        .where(col(CrisisPeriod.ended_at).is_(None))
        .order_by(col(CrisisPeriod.id).desc())
    ).first()


def active_crisis(engine: Engine) -> CrisisState | None:
    with session_scope(engine) as s:
        period = _active(s)
        if period is None:
            return None
        person = s.get(Person, period.started_by_id) if period.started_by_id else None
        started = as_utc(period.started_at)
        assert started is not None
        return CrisisState(period.id or 0, started, person.name if person else "", period.reason)


def start_crisis(engine: Engine, *, reason: str, actor_id: int | None, now: datetime) -> int:
    """Switch crisis mode on; the number of posts paused."""

    if not reason.strip():
        raise CrisisError(QT_TRANSLATE_NOOP("Errors", "Say why crisis mode is switched on."))
    with session_scope(engine) as s:
        if _active(s) is not None:
            raise CrisisError(QT_TRANSLATE_NOOP("Errors", "Crisis mode is already on."))
        period = CrisisPeriod(started_at=now, started_by_id=actor_id, reason=reason.strip())
        s.add(period)
        s.flush()
        targets = s.exec(
            select(PostTarget)
            .join(Post, col(Post.id) == col(PostTarget.post_id))
            .where(
                col(PostTarget.status).in_(("planned", "scheduled")),
                col(PostTarget.scheduled_at) >= now,
                col(Post.is_crisis).is_(False),
            )
        ).all()
        for target in targets:
            target.status = "paused"
            target.paused_by_crisis_id = period.id
        audit.record(
            s,
            "crisis.start",
            entity="crisisperiod",
            entity_id=period.id,
            actor_id=actor_id,
            reason=reason.strip(),
            paused=len(targets),
        )
        return len(targets)


def end_crisis(engine: Engine, *, actor_id: int | None, now: datetime) -> list[PausedTarget]:
    """Switch crisis mode off; the posts it paused (still paused until resumed)."""

    with session_scope(engine) as s:
        period = _active(s)
        if period is None:
            raise CrisisError(QT_TRANSLATE_NOOP("Errors", "Crisis mode is not on."))
        period.ended_at = now
        period.ended_by_id = actor_id
        audit.record(s, "crisis.end", entity="crisisperiod", entity_id=period.id, actor_id=actor_id)
    return paused_targets(engine)


def paused_targets(engine: Engine) -> list[PausedTarget]:
    with session_scope(engine) as s:
        rows = s.exec(
            select(PostTarget, Post.title, Post.status)
            .join(Post, col(Post.id) == col(PostTarget.post_id))
            .where(PostTarget.status == "paused")
            .order_by(col(PostTarget.scheduled_at))
        ).all()
        return [
            PausedTarget(
                t.id or 0, t.post_id, title, t.channel_id, as_utc(t.scheduled_at), post_status
            )
            for t, title, post_status in rows
        ]


def resume(engine: Engine, times: dict[int, datetime], *, actor_id: int | None) -> int:
    """Put paused targets back in the calendar at the given times; how many."""

    with session_scope(engine) as s:
        if _active(s) is not None:
            raise CrisisError(
                QT_TRANSLATE_NOOP("Errors", "End crisis mode before resuming paused posts.")
            )
        for target_id, at in times.items():
            target = s.get(PostTarget, target_id)
            if target is None or target.status != "paused":
                continue
            post = s.get(Post, target.post_id)
            assert post is not None
            target.status = "scheduled" if post.status == "scheduled" else "planned"
            target.scheduled_at = at.astimezone(UTC)
            target.paused_by_crisis_id = None
            audit.record(
                s,
                "post.resume",
                entity="post",
                entity_id=post.id,
                actor_id=actor_id,
                channel_id=target.channel_id,
                at=target.scheduled_at.isoformat(),
            )
        return len(times)
