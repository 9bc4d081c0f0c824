"""Statistics imported from the platforms' export files, normalised per channel and day."""

from datetime import date, datetime

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from kuntasome.core.models.base import utcnow


class ImportBatch(SQLModel, table=True):
    """One imported file: what it was, what it held, and whether it was undone."""

    id: int | None = Field(default=None, primary_key=True)
    file_name: str = Field(max_length=300)
    sha256: str = Field(max_length=64, index=True)
    platform: str = Field(max_length=30)
    kind: str = Field(max_length=40)
    channel_id: int | None = Field(default=None, foreign_key="channel.id")
    rows: int = 0
    values: int = 0
    first_day: date | None = None
    last_day: date | None = None
    imported_at: datetime = Field(default_factory=utcnow)
    imported_by_id: int | None = Field(default=None, foreign_key="person.id")
    undone_at: datetime | None = None


class AccountLink(SQLModel, table=True):
    """Remembers which channel an account in an export file belongs to."""

    __table_args__ = (UniqueConstraint("platform", "account_key"),)

    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(max_length=30)
    account_key: str = Field(max_length=200)
    channel_id: int = Field(foreign_key="channel.id")


class ChannelDailyMetric(SQLModel, table=True):
    """One metric of one channel on one day (followers, reach, views, engagements…)."""

    # Questions of a period across channels (reports) search by day first.
    __table_args__ = (
        Index("ix_channeldailymetric_day_metric", "day", "metric", "channel_id", "value"),
    )

    channel_id: int = Field(foreign_key="channel.id", primary_key=True)
    day: date = Field(primary_key=True)
    metric: str = Field(primary_key=True, max_length=30)
    value: float
    batch_id: int | None = Field(default=None, foreign_key="importbatch.id", index=True)


class PostMetric(SQLModel, table=True):
    """One metric of one published post, linked to a calendar target where known."""

    __table_args__ = (UniqueConstraint("channel_id", "external_id", "metric"),)

    id: int | None = Field(default=None, primary_key=True)
    channel_id: int = Field(foreign_key="channel.id", index=True)
    external_id: str = Field(max_length=100)
    post_target_id: int | None = Field(default=None, foreign_key="posttarget.id", index=True)
    published_at: datetime | None = None
    url: str = Field(default="", max_length=500)
    metric: str = Field(max_length=30)
    value: float
    batch_id: int | None = Field(default=None, foreign_key="importbatch.id", index=True)


class ColumnMapping(SQLModel, table=True):
    """A user's column mapping for an unknown file shape, reused for the next such file."""

    id: int | None = Field(default=None, primary_key=True)
    signature: str = Field(max_length=64, unique=True)
    platform: str = Field(max_length=30)
    kind: str = Field(max_length=40)
    mapping_json: str = "{}"
    created_at: datetime = Field(default_factory=utcnow)
