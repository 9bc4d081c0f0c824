"""Shared pieces of every table: naming convention, timestamps, optimistic locking."""

from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import declared_attr
from sqlmodel import Field, SQLModel

# Named constraints, so migrations can alter them on SQLite (batch mode) and PostgreSQL alike.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Now, timezone-aware in UTC.

    Timestamps are stored as UTC (sqlmodel's ``UTCDateTime`` refuses naive values) and
    come back aware; the UI converts them to the user's local time.
    """
    return datetime.now(UTC)


class Versioned(SQLModel):
    """Optimistic locking for records people edit.

    SQLAlchemy bumps ``version_id`` on every UPDATE and refuses (``StaleDataError``) an
    update made from an older copy, so two communicators cannot silently overwrite
    each other's edits.
    """

    version_id: int = Field(default=1)

    @declared_attr  # type: ignore[arg-type]
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version_id}  # type: ignore[attr-defined]


class Timestamped(SQLModel):
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
