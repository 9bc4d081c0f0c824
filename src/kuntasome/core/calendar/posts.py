"""Posts of the calendar: texts per language, targets per channel, the approval workflow.

A post is written once (a text per language) and targeted at channels; each target has its
own time, status and published address. The post's status is the editorial workflow
(idea → draft → in review → approved → scheduled → published, or cancelled); a target's
status follows it (planned, scheduled, paused by crisis mode, published, cancelled).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlmodel import col, select

from kuntasome.core import audit
from kuntasome.core.db import session_scope
from kuntasome.core.errors import StaleRecord, UserError
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.models import (
    Campaign,
    Channel,
    Media,
    Post,
    PostMedia,
    PostTarget,
    PostText,
    utcnow,
)
from kuntasome.core.people import holds_role
from kuntasome.core.utc import as_utc

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlmodel import Session

    from kuntasome.core.models import Post, PostTarget

POST_STATUSES = ("idea", "draft", "in_review", "approved", "scheduled", "published", "cancelled")
POST_STATUS_LABELS = {
    "idea": QT_TRANSLATE_NOOP("PostStatus", "idea"),
    "draft": QT_TRANSLATE_NOOP("PostStatus", "draft"),
    "in_review": QT_TRANSLATE_NOOP("PostStatus", "in review"),
    "approved": QT_TRANSLATE_NOOP("PostStatus", "approved"),
    "scheduled": QT_TRANSLATE_NOOP("PostStatus", "scheduled"),
    "published": QT_TRANSLATE_NOOP("PostStatus", "published"),
    "cancelled": QT_TRANSLATE_NOOP("PostStatus", "cancelled"),
}
# Where a post can go from each status. "published" is reached by marking targets published.
TRANSITIONS = {
    "idea": ("draft", "cancelled"),
    "draft": ("in_review", "idea", "cancelled"),
    "in_review": ("approved", "draft", "cancelled"),
    "approved": ("scheduled", "draft", "cancelled"),
    "scheduled": ("approved", "cancelled"),
    "published": (),
    "cancelled": ("draft",),
}
TARGET_STATUS_LABELS = {
    "planned": QT_TRANSLATE_NOOP("TargetStatus", "planned"),
    "scheduled": QT_TRANSLATE_NOOP("TargetStatus", "scheduled"),
    "paused": QT_TRANSLATE_NOOP("TargetStatus", "paused (crisis)"),
    "published": QT_TRANSLATE_NOOP("TargetStatus", "published"),
    "cancelled": QT_TRANSLATE_NOOP("TargetStatus", "cancelled"),
}
OPEN_TARGET_STATUSES = ("planned", "scheduled", "paused")
# Statuses at which the texts have been approved: changing them asks for a new approval.
APPROVED_STATUSES = ("approved", "scheduled")


class PostError(UserError):
    pass


@dataclass(frozen=True)
class TargetDetails:
    """A post on one channel. ``id`` 0 is a target not saved yet."""

    channel_id: int
    scheduled_at: datetime | None = None
    id: int = 0
    status: str = "planned"
    published_at: datetime | None = None
    published_url: str = ""
    version_id: int = 0


@dataclass(frozen=True)
class PostDetails:
    """A post with everything the post editor shows. ``id`` 0 is a new post."""

    title: str = ""
    texts: dict[str, str] = field(default_factory=dict)
    targets: tuple[TargetDetails, ...] = ()
    campaign_id: int | None = None
    notes: str = ""
    is_sponsored: bool = False
    sponsor_budget_cents: int | None = None
    is_crisis: bool = False
    media_ids: tuple[int, ...] = ()
    id: int = 0
    status: str = "idea"
    created_by_id: int | None = None
    approved_by_id: int | None = None
    approved_at: datetime | None = None
    version_id: int = 0

    def text(self, language: str) -> str:
        return self.texts.get(language, "").strip()


def _target_details(t: PostTarget) -> TargetDetails:
    return TargetDetails(
        channel_id=t.channel_id,
        scheduled_at=as_utc(t.scheduled_at),
        id=t.id or 0,
        status=t.status,
        published_at=as_utc(t.published_at),
        published_url=t.published_url,
        version_id=t.version_id,
    )


def _details(session: Session, post: Post) -> PostDetails:
    texts = session.exec(select(PostText).where(PostText.post_id == post.id)).all()
    targets = session.exec(
        select(PostTarget).where(PostTarget.post_id == post.id).order_by(col(PostTarget.id))
    ).all()
    media = session.exec(
        select(PostMedia.media_id)
        .where(PostMedia.post_id == post.id)
        .order_by(col(PostMedia.position))
    ).all()
    return PostDetails(
        title=post.title,
        texts={t.language: t.body for t in texts if t.body.strip()},
        targets=tuple(_target_details(t) for t in targets),
        campaign_id=post.campaign_id,
        notes=post.notes,
        is_sponsored=post.is_sponsored,
        sponsor_budget_cents=post.sponsor_budget_cents,
        is_crisis=post.is_crisis,
        media_ids=tuple(media),
        id=post.id or 0,
        status=post.status,
        created_by_id=post.created_by_id,
        approved_by_id=post.approved_by_id,
        approved_at=as_utc(post.approved_at),
        version_id=post.version_id,
    )


def no_post(post_id: object) -> PostError:
    return PostError(QT_TRANSLATE_NOOP("Errors", "There is no post {post}."), post=post_id)


def load_post(engine: Engine, post_id: int) -> PostDetails:
    with session_scope(engine) as s:
        post = s.get(Post, post_id)
        if post is None:
            raise no_post(post_id)
        return _details(s, post)


def _check(session: Session, details: PostDetails) -> None:
    if not details.title.strip():
        raise PostError(QT_TRANSLATE_NOOP("Errors", "Give the post a title."))
    channel_ids = [t.channel_id for t in details.targets]
    if len(set(channel_ids)) != len(channel_ids):
        raise PostError(QT_TRANSLATE_NOOP("Errors", "A channel can be a target only once."))
    for channel_id in channel_ids:
        if session.get(Channel, channel_id) is None:
            raise PostError(
                QT_TRANSLATE_NOOP("Errors", "There is no channel {channel}."), channel=channel_id
            )
    for media_id in details.media_ids:
        if session.get(Media, media_id) is None:
            raise PostError(
                QT_TRANSLATE_NOOP("Errors", "There is no media file {media}."), media=media_id
            )
    budget = details.sponsor_budget_cents
    if budget is not None and budget < 0:
        raise PostError(QT_TRANSLATE_NOOP("Errors", "The budget cannot be negative."))


def save_post(engine: Engine, details: PostDetails, *, actor_id: int | None) -> PostDetails:
    """Create (``id`` 0) or update a post with its texts, targets and media.

    Changing what an approved post says (texts, media, channels) withdraws the approval:
    the post goes back to review. Published targets cannot be removed or moved.
    """

    with session_scope(engine) as s:
        _check(s, details)
        if details.id:
            post = s.get(Post, details.id)
            if post is None:
                raise no_post(details.id)
            if post.version_id != details.version_id:
                raise StaleRecord()
            before = _details(s, post)
        else:
            post = Post(title=details.title.strip(), status="idea", created_by_id=actor_id)
            if details.status in ("idea", "draft"):
                post.status = details.status
            s.add(post)
            s.flush()
            before = PostDetails(id=post.id or 0, status=post.status)
        assert post.id is not None
        changed = _apply(s, post, before, details)
        withdrawn = (
            bool(details.id)
            and post.status in APPROVED_STATUSES
            and bool({"texts", "media", "channels"} & set(changed))
        )
        if withdrawn:
            _set_status(s, post, "in_review")
            post.approved_by_id = None
            post.approved_at = None
        if changed or not details.id:
            post.updated_at = utcnow()
            audit.record(
                s,
                "post.update" if details.id else "post.create",
                entity="post",
                entity_id=post.id,
                actor_id=actor_id,
                fields=",".join(changed),
                approval_withdrawn=withdrawn,
            )
        s.flush()
        return _details(s, post)


def _apply(session: Session, post: Post, before: PostDetails, new: PostDetails) -> list[str]:
    """Write *new* over *post*; the names of what changed."""
    changed: list[str] = []
    simple = {
        "title": new.title.strip(),
        "campaign_id": new.campaign_id,
        "notes": new.notes,
        "is_sponsored": new.is_sponsored,
        "sponsor_budget_cents": new.sponsor_budget_cents if new.is_sponsored else None,
        "is_crisis": new.is_crisis,
    }
    for name, value in simple.items():
        if getattr(post, name) != value:
            setattr(post, name, value)
            changed.append(name)
    texts = {lang: body for lang, body in new.texts.items() if body.strip()}
    if texts != before.texts:
        _write_texts(session, post.id or 0, texts)
        changed.append("texts")
    if tuple(new.media_ids) != before.media_ids:
        _write_media(session, post.id or 0, new.media_ids)
        changed.append("media")
    changed.extend(_write_targets(session, post, before, new.targets))
    return changed


def _write_texts(session: Session, post_id: int, texts: dict[str, str]) -> None:
    existing = {
        t.language: t for t in session.exec(select(PostText).where(PostText.post_id == post_id))
    }
    for lang, row in existing.items():
        if lang not in texts:
            session.delete(row)
    for lang, body in texts.items():
        if lang in existing:
            existing[lang].body = body
        else:
            session.add(PostText(post_id=post_id, language=lang, body=body))


def _write_media(session: Session, post_id: int, media_ids: tuple[int, ...]) -> None:
    for row in session.exec(select(PostMedia).where(PostMedia.post_id == post_id)):
        session.delete(row)
    session.flush()
    for position, media_id in enumerate(dict.fromkeys(media_ids)):
        session.add(PostMedia(post_id=post_id, media_id=media_id, position=position))


def _write_targets(
    session: Session, post: Post, before: PostDetails, targets: tuple[TargetDetails, ...]
) -> list[str]:
    changed: list[str] = []
    old = {t.channel_id: t for t in before.targets}
    new = {t.channel_id: t for t in targets}
    for channel_id, target in old.items():
        if channel_id not in new:
            if target.status == "published":
                raise PostError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "A published target stays in the post: it is a public record."
                    )
                )
            row = session.get(PostTarget, target.id)
            session.delete(row)
            changed.append("channels")
    for channel_id, target in new.items():
        if channel_id not in old:
            status = "cancelled" if post.status == "cancelled" else "planned"
            session.add(
                PostTarget(
                    post_id=post.id or 0,
                    channel_id=channel_id,
                    scheduled_at=target.scheduled_at,
                    status=status,
                )
            )
            changed.append("channels")
            continue
        was = old[channel_id]
        if target.scheduled_at != was.scheduled_at:
            row = session.get(PostTarget, was.id)
            assert row is not None
            if row.status == "published":
                raise PostError(
                    QT_TRANSLATE_NOOP("Errors", "A published post cannot be moved to another time.")
                )
            row.scheduled_at = target.scheduled_at
            changed.append("times")
    return list(dict.fromkeys(changed))


def _set_status(session: Session, post: Post, status: str) -> None:
    """Set the post's status and carry it to its open targets."""

    post.status = status
    targets = session.exec(select(PostTarget).where(PostTarget.post_id == post.id)).all()
    for target in targets:
        if target.status == "published":
            continue
        if status == "cancelled":
            target.status = "cancelled"
        elif status == "scheduled":
            if target.status == "planned":
                target.status = "scheduled"
        elif target.status in ("scheduled", "cancelled"):
            target.status = "planned"


def change_status(
    engine: Engine,
    post_id: int,
    status: str,
    *,
    actor_id: int | None,
    version_id: int | None = None,
    reason: str = "",
) -> PostDetails:
    """Move a post along its workflow. Only an approver approves; who and when are logged."""

    with session_scope(engine) as s:
        post = s.get(Post, post_id)
        if post is None:
            raise no_post(post_id)
        if version_id is not None and post.version_id != version_id:
            raise StaleRecord()
        if status not in TRANSITIONS.get(post.status, ()):
            raise PostError(
                QT_TRANSLATE_NOOP("Errors", "A post that is {old} cannot become {new}."),
                translate_params={"old": "PostStatus", "new": "PostStatus"},
                old=POST_STATUS_LABELS[post.status],
                new=POST_STATUS_LABELS.get(status, status),
            )
        if status == "approved" and post.status == "in_review":
            if not holds_role(s, actor_id, "approver"):
                raise PostError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Only a person with the approver role can approve a post. Choose who you"
                        " are in Settings.",
                    )
                )
            post.approved_by_id = actor_id
            post.approved_at = utcnow()
        if status == "scheduled":
            targets = s.exec(
                select(PostTarget).where(
                    PostTarget.post_id == post_id, PostTarget.status != "cancelled"
                )
            ).all()
            if not targets:
                raise PostError(
                    QT_TRANSLATE_NOOP("Errors", "Choose at least one channel for the post.")
                )
            if any(t.scheduled_at is None for t in targets if t.status != "published"):
                raise PostError(
                    QT_TRANSLATE_NOOP("Errors", "Give every channel a time before scheduling.")
                )
        if status in ("draft", "idea", "cancelled"):
            post.approved_by_id = None
            post.approved_at = None
        old = post.status
        _set_status(s, post, status)
        post.updated_at = utcnow()
        audit.record(
            s,
            f"post.{status}",
            entity="post",
            entity_id=post_id,
            actor_id=actor_id,
            old=old,
            reason=reason.strip(),
        )
        s.flush()
        return _details(s, post)


@dataclass(frozen=True)
class Rescheduled:
    target_id: int
    scheduled_at: datetime
    version_id: int


def reschedule_target(
    engine: Engine,
    target_id: int,
    scheduled_at: datetime,
    *,
    actor_id: int | None,
    version_id: int | None = None,
) -> Rescheduled:
    """Move one target to a new time (drag and drop in the calendar)."""

    if scheduled_at.tzinfo is None:
        raise ValueError("scheduled_at must be timezone-aware")
    with session_scope(engine) as s:
        target = s.get(PostTarget, target_id)
        if target is None:
            raise PostError(QT_TRANSLATE_NOOP("Errors", "This post is no longer in the calendar."))
        if version_id is not None and target.version_id != version_id:
            raise StaleRecord()
        if target.status in ("published", "cancelled"):
            raise PostError(
                QT_TRANSLATE_NOOP("Errors", "A {status} post cannot be moved to another time."),
                translate_params={"status": "TargetStatus"},
                status=TARGET_STATUS_LABELS[target.status],
            )
        old = as_utc(target.scheduled_at)
        target.scheduled_at = scheduled_at.astimezone(UTC)
        audit.record(
            s,
            "post.reschedule",
            entity="post",
            entity_id=target.post_id,
            actor_id=actor_id,
            channel_id=target.channel_id,
            old=old.isoformat() if old else "",
            new=target.scheduled_at.isoformat(),
        )
        s.flush()
        return Rescheduled(target_id, target.scheduled_at, target.version_id)


def mark_published(
    engine: Engine, target_id: int, *, url: str, published_at: datetime, actor_id: int | None
) -> PostDetails:
    """Record that a target was published by hand on the platform, where and when.

    When every target is published (or cancelled) the post itself is published.
    """

    url = url.strip()
    if not url.lower().startswith(("https://", "http://")):
        raise PostError(
            QT_TRANSLATE_NOOP(
                "Errors", "Paste the published post's web address (it starts with https://)."
            )
        )
    if published_at.tzinfo is None:
        raise ValueError("published_at must be timezone-aware")
    with session_scope(engine) as s:
        target = s.get(PostTarget, target_id)
        if target is None:
            raise PostError(QT_TRANSLATE_NOOP("Errors", "This post is no longer in the calendar."))
        post = s.get(Post, target.post_id)
        assert post is not None
        if post.status not in APPROVED_STATUSES and post.status != "published":
            raise PostError(
                QT_TRANSLATE_NOOP("Errors", "The post must be approved before it is published.")
            )
        if target.status == "cancelled":
            raise PostError(QT_TRANSLATE_NOOP("Errors", "This channel's post was cancelled."))
        target.status = "published"
        target.published_url = url
        target.published_at = published_at.astimezone(UTC)
        others = s.exec(select(PostTarget.status).where(PostTarget.post_id == post.id)).all()
        if all(status in ("published", "cancelled") for status in others):
            post.status = "published"
        post.updated_at = utcnow()
        audit.record(
            s,
            "post.published",
            entity="post",
            entity_id=post.id,
            actor_id=actor_id,
            channel_id=target.channel_id,
            url=url,
        )
        s.flush()
        return _details(s, post)


def post_text_for(details: PostDetails, languages: tuple[str, ...]) -> str:
    """The text to publish on a channel that posts in *languages*: a bilingual channel gets
    each language's version one after another, in the channel's order. A post with none of
    the channel's languages gives whatever it has (the rules warn about the missing ones)."""
    for wanted in (languages, ("fi", "sv", "en")):
        parts = [details.text(lang) for lang in wanted if details.text(lang)]
        if parts:
            return "\n\n".join(parts)
    return ""


@dataclass(frozen=True)
class CampaignRow:
    id: int
    name: str


def list_campaigns(engine: Engine) -> list[CampaignRow]:
    with session_scope(engine) as s:
        rows = s.exec(select(Campaign.id, Campaign.name).order_by(col(Campaign.name))).all()
        return [CampaignRow(int(i or 0), name) for i, name in rows]


def create_campaign(engine: Engine, name: str, *, actor_id: int | None) -> int:
    name = name.strip()
    if not name:
        raise PostError(QT_TRANSLATE_NOOP("Errors", "Give the campaign a name."))
    with session_scope(engine) as s:
        campaign = Campaign(name=name)
        s.add(campaign)
        s.flush()
        audit.record(
            s, "campaign.create", entity="campaign", entity_id=campaign.id, actor_id=actor_id
        )
        return campaign.id or 0


FIRST_HOUR = 9  # a new post's usual time of day
LAST_HOUR = 20  # after this, the next day's first slot


def default_post_time(day: date, now: datetime) -> datetime:
    """When a new post on *day* is planned if nobody says: 09:00 that day, or — when that has
    passed (*now* is local, naive) — the next full hour, or tomorrow's 09:00 late in the day."""
    planned = datetime.combine(day, time(FIRST_HOUR))
    if planned > now:
        return planned
    next_hour = now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
    if next_hour.hour <= LAST_HOUR and next_hour.date() == now.date():
        return next_hour
    return datetime.combine(now.date() + timedelta(days=1), time(FIRST_HOUR))
