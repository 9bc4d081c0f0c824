"""Every table of KuntaSome. Importing this module registers them all on the metadata."""

from kuntasome.core.models.base import Timestamped, Versioned, utcnow
from kuntasome.core.models.calendar import (
    Campaign,
    CrisisPeriod,
    Media,
    MediaAltText,
    Post,
    PostMedia,
    PostTarget,
    PostText,
)
from kuntasome.core.models.channels import (
    AccessGrant,
    Channel,
    ChannelRequest,
    ChannelReview,
    SecretRecord,
)
from kuntasome.core.models.moderation import (
    BlockedUser,
    Evidence,
    ModerationEntry,
    MonitoringCheckin,
    RemovalReason,
)
from kuntasome.core.models.organisation import Person, PersonRole, Setting, Unit
from kuntasome.core.models.records import (
    ArchiveRun,
    AuditLog,
    DisposalLog,
    LegalHold,
    RecordsPlanCode,
    ReportRun,
)
from kuntasome.core.models.statistics import (
    AccountLink,
    ChannelDailyMetric,
    ColumnMapping,
    ImportBatch,
    PostMetric,
)

__all__ = [
    "AccessGrant",
    "AccountLink",
    "ArchiveRun",
    "AuditLog",
    "BlockedUser",
    "Campaign",
    "Channel",
    "ChannelDailyMetric",
    "ChannelRequest",
    "ChannelReview",
    "ColumnMapping",
    "CrisisPeriod",
    "DisposalLog",
    "Evidence",
    "ImportBatch",
    "LegalHold",
    "Media",
    "MediaAltText",
    "ModerationEntry",
    "MonitoringCheckin",
    "Person",
    "PersonRole",
    "Post",
    "PostMedia",
    "PostMetric",
    "PostTarget",
    "PostText",
    "RecordsPlanCode",
    "RemovalReason",
    "ReportRun",
    "SecretRecord",
    "Setting",
    "Timestamped",
    "Unit",
    "Versioned",
    "utcnow",
]
