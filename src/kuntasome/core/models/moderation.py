"""The moderation and dialogue log: hash-chained entries, evidence, blocks, check-ins."""

from datetime import date, datetime

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from kuntasome.core.models.base import Versioned, utcnow


class ModerationEntry(SQLModel, table=True):
    """One handled comment or message. Append-only; a correction is a new entry.

    ``entry_hash`` is SHA-256 over the entry's canonical content and ``prev_hash`` (the
    hash of the entry before it), so changing any past entry breaks the chain.
    """

    __table_args__ = (Index("ix_moderationentry_channel_posted", "channel_id", "posted_at"),)

    id: int | None = Field(default=None, primary_key=True)
    channel_id: int = Field(foreign_key="channel.id")
    kind: str = Field(max_length=20)
    action: str = Field(max_length=20, index=True)
    reason_code: str = Field(default="", max_length=40)
    posted_at: datetime | None = None
    seen_at: datetime = Field(default_factory=utcnow, index=True)  # the log lists by it
    answered_at: datetime | None = None
    due_at: datetime | None = Field(default=None, index=True)
    author_handle: str = Field(default="", max_length=200, index=True)
    comment_url: str = Field(default="", max_length=500)
    comment_text: str = ""
    answer_text: str = ""
    case_number: str = Field(default="", max_length=60)
    handler_id: int | None = Field(default=None, foreign_key="person.id")
    corrects_id: int | None = Field(default=None, foreign_key="moderationentry.id", index=True)
    no_evidence_reason: str = ""
    created_at: datetime = Field(default_factory=utcnow, index=True)
    prev_hash: str = Field(default="", max_length=64)
    entry_hash: str = Field(default="", max_length=64)
    # Version 2 of the chain (core.moderation.chain): the erasable fields are hashed as one
    # commitment (hex) made with a salt (hex, emptied on disposal).
    hash_version: int = 1
    salt: str = Field(default="", max_length=32)
    commitment: str = Field(default="", max_length=64)
    erased_at: datetime | None = None  # when disposal emptied the erasable fields
    erases: str = ""  # a disposal entry: the ids it erased, comma-separated


class Evidence(SQLModel, table=True):
    """A screenshot kept as the original image and a PDF/A, both content-addressed."""

    id: int | None = Field(default=None, primary_key=True)
    entry_id: int = Field(foreign_key="moderationentry.id", index=True)
    sha256: str = Field(max_length=64, index=True)
    pdf_sha256: str = Field(default="", max_length=64)
    original_name: str = Field(default="", max_length=300)
    mime_type: str = Field(default="", max_length=100)
    size_bytes: int = 0
    captured_at: datetime = Field(default_factory=utcnow)
    captured_by_id: int | None = Field(default=None, foreign_key="person.id")
    disposed_at: datetime | None = None  # the files were removed at the end of retention


class RemovalReason(SQLModel, table=True):
    """A configurable reason for removing a comment, with its labels in three languages."""

    code: str = Field(primary_key=True, max_length=40)
    label_fi: str = Field(max_length=200)
    label_sv: str = Field(max_length=200)
    label_en: str = Field(max_length=200)
    position: int = 0
    active: bool = True


class BlockedUser(Versioned, table=True):
    """A block on an account: itself a public record."""

    id: int | None = Field(default=None, primary_key=True)
    channel_id: int | None = Field(default=None, foreign_key="channel.id", index=True)
    platform: str = Field(max_length=30)
    account: str = Field(max_length=200, index=True)
    blocked_on: date
    decided_by_id: int | None = Field(default=None, foreign_key="person.id")
    reason: str = ""
    entry_id: int | None = Field(default=None, foreign_key="moderationentry.id")
    unblocked_on: date | None = None
    unblock_reason: str = ""


class MonitoringCheckin(SQLModel, table=True):
    """Someone looked at a channel's comments and messages at this moment."""

    __table_args__ = (Index("ix_monitoringcheckin_channel_at", "channel_id", "checked_at"),)

    id: int | None = Field(default=None, primary_key=True)
    channel_id: int = Field(foreign_key="channel.id")
    checked_at: datetime = Field(default_factory=utcnow)
    person_id: int | None = Field(default=None, foreign_key="person.id")
