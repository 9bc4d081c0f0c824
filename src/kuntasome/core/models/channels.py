"""The channel register: channels, access, secrets (metadata only), requests, reviews."""

from datetime import date, datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from kuntasome.core.models.base import Timestamped, Versioned, utcnow


class Channel(Versioned, Timestamped, table=True):
    """One social media account the organisation has, plans or reserves."""

    __table_args__ = (UniqueConstraint("platform", "handle"),)

    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(max_length=30, index=True)
    handle: str = Field(max_length=200)
    display_name: str = Field(default="", max_length=200)
    url: str = Field(default="", max_length=500)
    account_id: str = Field(default="", max_length=100)
    unit_id: int | None = Field(default=None, foreign_key="unit.id", index=True)
    manager_id: int | None = Field(default=None, foreign_key="person.id", index=True)
    purpose: str = ""
    # The purpose as the public channel list shows it in Swedish and English (Finnish: purpose).
    purpose_sv: str = ""
    purpose_en: str = ""
    audience: str = ""
    languages: str = Field(default="fi", max_length=20)
    tone_of_voice: str = ""
    status: str = Field(default="requested", max_length=20, index=True)
    status_changed_at: datetime = Field(default_factory=utcnow)
    review_interval_months: int = 12
    last_reviewed_on: date | None = None
    next_review_on: date | None = Field(default=None, index=True)
    posts_per_week_min: int | None = None
    posts_per_day_max: int | None = None
    posts_per_day_min: int | None = None
    # "Not several posts a day on consecutive days": spread the busy days out.
    spread_busy_days: bool = False
    may_sponsor: bool = False
    is_crisis_channel: bool = False
    is_public: bool = False
    two_factor_method: str = Field(default="", max_length=30)
    notes: str = ""
    closed_on: date | None = None
    # The calendar's and the charts' colour for it: chosen once (core.channels.colours).
    colour: str = Field(default="", max_length=7)


class AccessGrant(Versioned, table=True):
    """A named person's access to a channel, with its verification history."""

    id: int | None = Field(default=None, primary_key=True)
    channel_id: int = Field(foreign_key="channel.id", index=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    role: str = Field(max_length=20)
    granted_on: date
    last_verified_on: date | None = None
    revoked_on: date | None = None
    notes: str = ""


class SecretRecord(SQLModel, table=True):
    """That a secret exists in the OS keyring, and when it changed. Never the value."""

    __table_args__ = (UniqueConstraint("channel_id", "kind"),)

    id: int | None = Field(default=None, primary_key=True)
    channel_id: int = Field(foreign_key="channel.id", index=True)
    kind: str = Field(max_length=30)
    changed_at: datetime = Field(default_factory=utcnow)
    changed_by_id: int | None = Field(default=None, foreign_key="person.id")


class ChannelRequest(Versioned, Timestamped, table=True):
    """A request for a new channel, answering the questions municipal guidelines ask."""

    id: int | None = Field(default=None, primary_key=True)
    requested_by_id: int | None = Field(default=None, foreign_key="person.id")
    unit_id: int | None = Field(default=None, foreign_key="unit.id")
    platform: str = Field(max_length=30)
    proposed_name: str = Field(max_length=200)
    purpose: str = ""
    target_audiences: str = ""
    content_plan: str = ""
    desired_effects: str = ""
    hours_per_week: float | None = None
    maintainers: str = ""
    complements_website: str = ""
    has_profile_picture: bool = False
    has_description: bool = False
    has_page_rules: bool = False
    status: str = Field(default="pending", max_length=20, index=True)
    decided_by_id: int | None = Field(default=None, foreign_key="person.id")
    decided_at: datetime | None = None
    decision_reason: str = ""
    channel_id: int | None = Field(default=None, foreign_key="channel.id")


class ChannelReview(SQLModel, table=True):
    """A periodic review of whether a channel still serves its purpose."""

    id: int | None = Field(default=None, primary_key=True)
    channel_id: int = Field(foreign_key="channel.id", index=True)
    reviewed_on: date
    reviewer_id: int | None = Field(default=None, foreign_key="person.id")
    outcome: str = Field(max_length=20)
    notes: str = ""
