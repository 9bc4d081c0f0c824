"""The posting calendar: campaigns, posts, their texts and targets, media, crisis periods."""

from datetime import date, datetime

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from kuntasome.core.models.base import Timestamped, Versioned, utcnow


class Campaign(Versioned, Timestamped, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    starts_on: date | None = None
    ends_on: date | None = None
    description: str = ""


class Post(Versioned, Timestamped, table=True):
    """A piece of content, written once per language and targeted at channels."""

    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(max_length=300)
    campaign_id: int | None = Field(default=None, foreign_key="campaign.id", index=True)
    status: str = Field(default="idea", max_length=20, index=True)
    notes: str = ""
    is_sponsored: bool = False
    sponsor_budget_cents: int | None = None
    is_crisis: bool = False
    created_by_id: int | None = Field(default=None, foreign_key="person.id")
    approved_by_id: int | None = Field(default=None, foreign_key="person.id")
    approved_at: datetime | None = None


class PostText(SQLModel, table=True):
    """The text of a post in one language (fi, sv or en)."""

    __table_args__ = (UniqueConstraint("post_id", "language"),)

    id: int | None = Field(default=None, primary_key=True)
    post_id: int = Field(foreign_key="post.id", index=True)
    language: str = Field(max_length=5)
    body: str = ""


class PostTarget(Versioned, table=True):
    """A post on one channel: its own time, status and published URL."""

    __table_args__ = (
        UniqueConstraint("post_id", "channel_id"),
        Index("ix_posttarget_channel_scheduled", "channel_id", "scheduled_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    post_id: int = Field(foreign_key="post.id", index=True)
    channel_id: int = Field(foreign_key="channel.id")
    scheduled_at: datetime | None = Field(default=None, index=True)
    status: str = Field(default="planned", max_length=20, index=True)
    published_at: datetime | None = None
    published_url: str = Field(default="", max_length=500)
    external_id: str = Field(default="", max_length=100, index=True)
    paused_by_crisis_id: int | None = Field(default=None, foreign_key="crisisperiod.id")


class Media(Versioned, Timestamped, table=True):
    """A media file, stored content-addressed in the data folder."""

    id: int | None = Field(default=None, primary_key=True)
    sha256: str = Field(max_length=64, unique=True)
    file_name: str = Field(max_length=300)
    mime_type: str = Field(default="", max_length=100)
    size_bytes: int = 0
    kind: str = Field(default="image", max_length=20)
    owner: str = Field(default="", max_length=200)
    licence: str = Field(default="", max_length=200)
    consent: str = Field(default="", max_length=30)
    consent_note: str = ""
    has_captions: bool = False
    is_live_recording: bool = False
    accessible_due_on: date | None = None
    accessible_done_on: date | None = None


class MediaAltText(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("media_id", "language"),)

    id: int | None = Field(default=None, primary_key=True)
    media_id: int = Field(foreign_key="media.id", index=True)
    language: str = Field(max_length=5)
    text: str = ""


class PostMedia(SQLModel, table=True):
    post_id: int = Field(foreign_key="post.id", primary_key=True)
    media_id: int = Field(foreign_key="media.id", primary_key=True)
    position: int = 0


class CrisisPeriod(SQLModel, table=True):
    """Crisis mode: who switched it on and off, when and why."""

    id: int | None = Field(default=None, primary_key=True)
    started_at: datetime = Field(default_factory=utcnow)
    started_by_id: int | None = Field(default=None, foreign_key="person.id")
    reason: str = ""
    ended_at: datetime | None = None
    ended_by_id: int | None = Field(default=None, foreign_key="person.id")
