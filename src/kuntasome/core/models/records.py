"""Records management: plan codes, archive runs, reports, disposal and the audit log."""

from datetime import date, datetime

from sqlmodel import Field, SQLModel

from kuntasome.core.models.base import utcnow


class RecordsPlanCode(SQLModel, table=True):
    """A code of the records management plan (tiedonohjaussuunnitelma / dokumenthanteringsplan)."""

    id: int | None = Field(default=None, primary_key=True)
    record_type: str = Field(max_length=40, unique=True)
    code: str = Field(max_length=40)
    title: str = Field(default="", max_length=200)
    retention_years: int | None = None


class ReportRun(SQLModel, table=True):
    """A management report made: what it covered, how, by whom, and where it was saved."""

    id: int | None = Field(default=None, primary_key=True)
    period_start: date
    period_end: date
    kind: str = Field(default="custom", max_length=10)  # month, quarter, half, year, custom
    language: str = Field(max_length=5)
    sections: str = Field(default="", max_length=200)  # comma-separated, in report order
    comparison: str = Field(default="previous", max_length=10)  # previous or year
    commentary: str = ""
    file_name: str = Field(default="", max_length=300)
    path: str = ""
    sha256: str = Field(default="", max_length=64)
    created_at: datetime = Field(default_factory=utcnow)
    created_by_id: int | None = Field(default=None, foreign_key="person.id")


class ArchiveRun(SQLModel, table=True):
    """An archive snapshot made: its period, format and place, the hash of its manifest."""

    id: int | None = Field(default=None, primary_key=True)
    period_start: date
    period_end: date
    bag_name: str = Field(default="", max_length=300)
    payload_oxum: str = Field(default="", max_length=60)
    manifest_sha256: str = Field(default="", max_length=64)
    created_at: datetime = Field(default_factory=utcnow)
    created_by_id: int | None = Field(default=None, foreign_key="person.id")
    format: str = Field(default="bagit", max_length=10)  # bagit or eark
    layout: str = Field(default="dir", max_length=5)  # dir, zip or tar
    language: str = Field(default="fi", max_length=5)  # of its README
    path: str = ""
    # The final snapshot of one channel (closed); None: the whole register.
    channel_id: int | None = Field(default=None, foreign_key="channel.id")


class DisposalLog(SQLModel, table=True):
    """Records disposed of (hävittäminen / gallring) at the end of their retention."""

    id: int | None = Field(default=None, primary_key=True)
    disposed_at: datetime = Field(default_factory=utcnow)
    disposed_by_id: int | None = Field(default=None, foreign_key="person.id")
    record_type: str = Field(max_length=40)
    records_plan_code: str = Field(default="", max_length=40)
    record_count: int = 0
    older_than: date | None = None
    description: str = ""
    decision: str = ""  # the decision that approved it, e.g. "Kunnanhallitus 12.3.2027 § 45"


class LegalHold(SQLModel, table=True):
    """Records that must not be disposed of (a complaint, a court case, an information
    request): a whole channel, an account on the services, or one moderation entry."""

    id: int | None = Field(default=None, primary_key=True)
    channel_id: int | None = Field(default=None, foreign_key="channel.id", index=True)
    account: str = Field(default="", max_length=200, index=True)
    entry_id: int | None = Field(default=None, foreign_key="moderationentry.id")
    reason: str = ""
    placed_at: datetime = Field(default_factory=utcnow)
    placed_by_id: int | None = Field(default=None, foreign_key="person.id")
    lifted_at: datetime | None = None
    lifted_by_id: int | None = Field(default=None, foreign_key="person.id")
    lift_reason: str = ""


class AuditLog(SQLModel, table=True):
    """Who did what and when: status changes, approvals, crisis mode, secrets changed."""

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    actor_id: int | None = Field(default=None, foreign_key="person.id")
    actor_name: str = Field(default="", max_length=200)
    action: str = Field(max_length=60)
    entity: str = Field(max_length=40)
    entity_id: int | None = None
    details: str = ""
