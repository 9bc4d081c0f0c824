"""The record sets of an archive snapshot, declared: each file's path, title, what it holds,
its record type in the records plan, and every column with what it means (the snapshot's
README is written from these; ``contents.collect`` fills them)."""

from __future__ import annotations

from dataclasses import dataclass

from kuntasome.core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Column:
    name: str
    about: str  # source text in context "ArchiveReadme"


@dataclass(frozen=True)
class Table:
    path: str  # inside the payload
    title: str  # "ArchiveReadme"
    about: str  # "ArchiveReadme"
    record_type: str  # key of the records plan
    columns: tuple[Column, ...]


def C(name: str, about: str) -> Column:
    return Column(name, about)


CHANNELS = Table(
    "register/channels.csv",
    QT_TRANSLATE_NOOP("ArchiveReadme", "Channel register"),
    QT_TRANSLATE_NOOP(
        "ArchiveReadme",
        "Every account of the organisation on a social media service, as it is"
        " registered when the snapshot is made (channels.json holds the same records exactly).",
    ),
    "channel",
    (
        C("id", QT_TRANSLATE_NOOP("ArchiveReadme", "number of the channel in the register")),
        C("service", QT_TRANSLATE_NOOP("ArchiveReadme", "the social media service")),
        C("handle", QT_TRANSLATE_NOOP("ArchiveReadme", "the account's name on the service")),
        C("name", QT_TRANSLATE_NOOP("ArchiveReadme", "the name shown on the service")),
        C("address", QT_TRANSLATE_NOOP("ArchiveReadme", "web address of the account")),
        C(
            "unit",
            QT_TRANSLATE_NOOP(
                "ArchiveReadme", "the unit of the organisation that owns the channel"
            ),
        ),
        C("manager", QT_TRANSLATE_NOOP("ArchiveReadme", "the person responsible for the channel")),
        C("purpose", QT_TRANSLATE_NOOP("ArchiveReadme", "what the channel is for")),
        C("languages", QT_TRANSLATE_NOOP("ArchiveReadme", "content languages (fi, sv, en)")),
        C(
            "status",
            QT_TRANSLATE_NOOP(
                "ArchiveReadme", "requested, approved, active, dormant, closed or reserved"
            ),
        ),
        C(
            "status_changed_at",
            QT_TRANSLATE_NOOP("ArchiveReadme", "when the status last changed (UTC)"),
        ),
        C(
            "two_factor",
            QT_TRANSLATE_NOOP("ArchiveReadme", "two-factor authentication method of the account"),
        ),
        C(
            "public",
            QT_TRANSLATE_NOOP("ArchiveReadme", "whether the channel is on the public list"),
        ),
        C(
            "last_reviewed_on",
            QT_TRANSLATE_NOOP("ArchiveReadme", "date of the last periodic review"),
        ),
        C("closed_on", QT_TRANSLATE_NOOP("ArchiveReadme", "date the channel was closed")),
    ),
)
STATUS_HISTORY = Table(
    "register/status-history.csv",
    QT_TRANSLATE_NOOP("ArchiveReadme", "Status history of the channels"),
    QT_TRANSLATE_NOOP("ArchiveReadme", "Every change of a channel's status, from the audit log."),
    "channel",
    (
        C(
            "channel_id",
            QT_TRANSLATE_NOOP("ArchiveReadme", "number of the channel in the register"),
        ),
        C("at", QT_TRANSLATE_NOOP("ArchiveReadme", "when (UTC)")),
        C("from", QT_TRANSLATE_NOOP("ArchiveReadme", "the status before")),
        C("to", QT_TRANSLATE_NOOP("ArchiveReadme", "the status after")),
        C("reason", QT_TRANSLATE_NOOP("ArchiveReadme", "why, as recorded")),
        C("by", QT_TRANSLATE_NOOP("ArchiveReadme", "who made the change")),
    ),
)
ACCESS = Table(
    "register/access.csv",
    QT_TRANSLATE_NOOP("ArchiveReadme", "Access history"),
    QT_TRANSLATE_NOOP(
        "ArchiveReadme", "Who could log in to each channel, in which role, from when to when."
    ),
    "channel",
    (
        C(
            "channel_id",
            QT_TRANSLATE_NOOP("ArchiveReadme", "number of the channel in the register"),
        ),
        C("person", QT_TRANSLATE_NOOP("ArchiveReadme", "the person given access")),
        C("role", QT_TRANSLATE_NOOP("ArchiveReadme", "admin, editor, moderator or analyst")),
        C("granted_on", QT_TRANSLATE_NOOP("ArchiveReadme", "date access was given")),
        C(
            "last_verified_on",
            QT_TRANSLATE_NOOP("ArchiveReadme", "date it was last checked on the service"),
        ),
        C(
            "revoked_on",
            QT_TRANSLATE_NOOP("ArchiveReadme", "date it was removed (empty: still valid)"),
        ),
    ),
)
REVIEWS = Table(
    "register/reviews.csv",
    QT_TRANSLATE_NOOP("ArchiveReadme", "Channel reviews"),
    QT_TRANSLATE_NOOP("ArchiveReadme", "The periodic reviews of the channels and their outcome."),
    "channel",
    (
        C(
            "channel_id",
            QT_TRANSLATE_NOOP("ArchiveReadme", "number of the channel in the register"),
        ),
        C("reviewed_on", QT_TRANSLATE_NOOP("ArchiveReadme", "date of the review")),
        C("reviewer", QT_TRANSLATE_NOOP("ArchiveReadme", "who reviewed")),
        C("outcome", QT_TRANSLATE_NOOP("ArchiveReadme", "keep, change or close")),
        C("notes", QT_TRANSLATE_NOOP("ArchiveReadme", "notes of the review")),
    ),
)
POSTS = Table(
    "calendar/posts.csv",
    QT_TRANSLATE_NOOP("ArchiveReadme", "Posts"),
    QT_TRANSLATE_NOOP(
        "ArchiveReadme", "The posts planned for the period, one row per post and language."
    ),
    "post",
    (
        C("post_id", QT_TRANSLATE_NOOP("ArchiveReadme", "number of the post")),
        C("title", QT_TRANSLATE_NOOP("ArchiveReadme", "working title of the post")),
        C("status", QT_TRANSLATE_NOOP("ArchiveReadme", "the post's status in the workflow")),
        C("language", QT_TRANSLATE_NOOP("ArchiveReadme", "language of the text (fi, sv, en)")),
        C("text", QT_TRANSLATE_NOOP("ArchiveReadme", "the text in that language")),
        C("sponsored", QT_TRANSLATE_NOOP("ArchiveReadme", "whether it is a paid post")),
        C("approved_at", QT_TRANSLATE_NOOP("ArchiveReadme", "when it was approved (UTC)")),
        C("approved_by", QT_TRANSLATE_NOOP("ArchiveReadme", "who approved it")),
    ),
)
TARGETS = Table(
    "calendar/publications.csv",
    QT_TRANSLATE_NOOP("ArchiveReadme", "Publications"),
    QT_TRANSLATE_NOOP(
        "ArchiveReadme", "Each post on each channel: when it was planned and published, and where."
    ),
    "post",
    (
        C("post_id", QT_TRANSLATE_NOOP("ArchiveReadme", "number of the post")),
        C(
            "channel_id",
            QT_TRANSLATE_NOOP("ArchiveReadme", "number of the channel in the register"),
        ),
        C("scheduled_at", QT_TRANSLATE_NOOP("ArchiveReadme", "planned time (UTC)")),
        C(
            "status",
            QT_TRANSLATE_NOOP("ArchiveReadme", "planned, scheduled, published or cancelled"),
        ),
        C("published_at", QT_TRANSLATE_NOOP("ArchiveReadme", "when it was published (UTC)")),
        C("published_url", QT_TRANSLATE_NOOP("ArchiveReadme", "address of the published post")),
    ),
)
MEDIA = Table(
    "calendar/media.csv",
    QT_TRANSLATE_NOOP("ArchiveReadme", "Media of the posts"),
    QT_TRANSLATE_NOOP(
        "ArchiveReadme",
        "Pictures and videos of the period's posts; the files are in calendar/media"
        " under their SHA-256.",
    ),
    "post",
    (
        C("post_id", QT_TRANSLATE_NOOP("ArchiveReadme", "number of the post")),
        C("file", QT_TRANSLATE_NOOP("ArchiveReadme", "the file in this snapshot")),
        C("original_name", QT_TRANSLATE_NOOP("ArchiveReadme", "the file's name when it was added")),
        C("sha256", QT_TRANSLATE_NOOP("ArchiveReadme", "SHA-256 of the file")),
        C("owner", QT_TRANSLATE_NOOP("ArchiveReadme", "who holds the rights")),
        C("licence", QT_TRANSLATE_NOOP("ArchiveReadme", "licence or terms of use")),
        C("consent", QT_TRANSLATE_NOOP("ArchiveReadme", "consent of the people shown")),
        C("alt_fi", QT_TRANSLATE_NOOP("ArchiveReadme", "alternative text in Finnish")),
        C("alt_sv", QT_TRANSLATE_NOOP("ArchiveReadme", "alternative text in Swedish")),
        C("alt_en", QT_TRANSLATE_NOOP("ArchiveReadme", "alternative text in English")),
    ),
)
POST_HISTORY = Table(
    "calendar/status-history.csv",
    QT_TRANSLATE_NOOP("ArchiveReadme", "Status history of the posts"),
    QT_TRANSLATE_NOOP("ArchiveReadme", "Every change of the period's posts, from the audit log."),
    "post",
    (
        C("post_id", QT_TRANSLATE_NOOP("ArchiveReadme", "number of the post")),
        C("at", QT_TRANSLATE_NOOP("ArchiveReadme", "when (UTC)")),
        C("action", QT_TRANSLATE_NOOP("ArchiveReadme", "what was done")),
        C("by", QT_TRANSLATE_NOOP("ArchiveReadme", "who did it")),
        C("details", QT_TRANSLATE_NOOP("ArchiveReadme", "details as recorded (JSON)")),
    ),
)
ENTRIES = Table(
    "moderation/entries.csv",
    QT_TRANSLATE_NOOP("ArchiveReadme", "Moderation and dialogue log"),
    QT_TRANSLATE_NOOP(
        "ArchiveReadme",
        "Every handled comment of the period, every version (a correction is a new"
        " entry pointing to the one it corrects), with the hash chain: entry_hash is"
        " SHA-256 over the entry and prev_hash, the hash of the entry before it."
        " entries.json holds the same exactly.",
    ),
    "moderation_entry",
    (
        C("id", QT_TRANSLATE_NOOP("ArchiveReadme", "number of the entry")),
        C("corrects_id", QT_TRANSLATE_NOOP("ArchiveReadme", "the entry this one corrects")),
        C(
            "channel_id",
            QT_TRANSLATE_NOOP("ArchiveReadme", "number of the channel in the register"),
        ),
        C("kind", QT_TRANSLATE_NOOP("ArchiveReadme", "question, feedback, inappropriate, …")),
        C("action", QT_TRANSLATE_NOOP("ArchiveReadme", "answered, removed, hidden, forwarded, …")),
        C("reason_code", QT_TRANSLATE_NOOP("ArchiveReadme", "reason of a removal")),
        C("posted_at", QT_TRANSLATE_NOOP("ArchiveReadme", "when the comment was written (UTC)")),
        C("seen_at", QT_TRANSLATE_NOOP("ArchiveReadme", "when it was seen (UTC)")),
        C("answered_at", QT_TRANSLATE_NOOP("ArchiveReadme", "when it was answered (UTC)")),
        C("due_at", QT_TRANSLATE_NOOP("ArchiveReadme", "when the answer was due (UTC)")),
        C("author", QT_TRANSLATE_NOOP("ArchiveReadme", "the writer's account (personal data)")),
        C("address", QT_TRANSLATE_NOOP("ArchiveReadme", "address of the comment")),
        C("comment", QT_TRANSLATE_NOOP("ArchiveReadme", "the comment's text (personal data)")),
        C("answer", QT_TRANSLATE_NOOP("ArchiveReadme", "the answer given")),
        C("case_number", QT_TRANSLATE_NOOP("ArchiveReadme", "case number in the records system")),
        C("handler", QT_TRANSLATE_NOOP("ArchiveReadme", "who handled it")),
        C(
            "no_evidence_reason",
            QT_TRANSLATE_NOOP("ArchiveReadme", "why a removal has no screenshot"),
        ),
        C("created_at", QT_TRANSLATE_NOOP("ArchiveReadme", "when the entry was recorded (UTC)")),
        C(
            "prev_hash",
            QT_TRANSLATE_NOOP("ArchiveReadme", "hash of the entry before this one in the chain"),
        ),
        C("entry_hash", QT_TRANSLATE_NOOP("ArchiveReadme", "hash of this entry")),
    ),
)
EVIDENCE = Table(
    "moderation/evidence.csv",
    QT_TRANSLATE_NOOP("ArchiveReadme", "Evidence"),
    QT_TRANSLATE_NOOP(
        "ArchiveReadme",
        "Screenshots of removed comments: the original picture and its PDF/A, in"
        " moderation/evidence under their SHA-256.",
    ),
    "evidence",
    (
        C("entry_id", QT_TRANSLATE_NOOP("ArchiveReadme", "number of the entry")),
        C("original", QT_TRANSLATE_NOOP("ArchiveReadme", "the original picture in this snapshot")),
        C("pdf", QT_TRANSLATE_NOOP("ArchiveReadme", "the PDF/A made of it")),
        C("sha256", QT_TRANSLATE_NOOP("ArchiveReadme", "SHA-256 of the original")),
        C("pdf_sha256", QT_TRANSLATE_NOOP("ArchiveReadme", "SHA-256 of the PDF/A")),
        C(
            "original_name",
            QT_TRANSLATE_NOOP("ArchiveReadme", "the picture's name when it was captured"),
        ),
        C("captured_at", QT_TRANSLATE_NOOP("ArchiveReadme", "when it was captured (UTC)")),
        C("captured_by", QT_TRANSLATE_NOOP("ArchiveReadme", "who captured it")),
    ),
)
BLOCKS = Table(
    "moderation/blocks.csv",
    QT_TRANSLATE_NOOP("ArchiveReadme", "Blocked accounts"),
    QT_TRANSLATE_NOOP(
        "ArchiveReadme", "Accounts blocked during the period or still blocked at its start."
    ),
    "block",
    (
        C("id", QT_TRANSLATE_NOOP("ArchiveReadme", "number of the block")),
        C(
            "channel_id",
            QT_TRANSLATE_NOOP("ArchiveReadme", "number of the channel in the register"),
        ),
        C("service", QT_TRANSLATE_NOOP("ArchiveReadme", "the social media service")),
        C("account", QT_TRANSLATE_NOOP("ArchiveReadme", "the blocked account (personal data)")),
        C("blocked_on", QT_TRANSLATE_NOOP("ArchiveReadme", "date of the block")),
        C("decided_by", QT_TRANSLATE_NOOP("ArchiveReadme", "who decided it")),
        C("reason", QT_TRANSLATE_NOOP("ArchiveReadme", "why")),
        C("entry_id", QT_TRANSLATE_NOOP("ArchiveReadme", "the log entry that led to it")),
        C("lifted_on", QT_TRANSLATE_NOOP("ArchiveReadme", "date the block was lifted")),
        C("lift_reason", QT_TRANSLATE_NOOP("ArchiveReadme", "why it was lifted")),
    ),
)
CHECKINS = Table(
    "moderation/check-ins.csv",
    QT_TRANSLATE_NOOP("ArchiveReadme", "Monitoring check-ins"),
    QT_TRANSLATE_NOOP("ArchiveReadme", "Each time a person checked the channels for new comments."),
    "checkin",
    (
        C(
            "channel_id",
            QT_TRANSLATE_NOOP("ArchiveReadme", "number of the channel in the register"),
        ),
        C("checked_at", QT_TRANSLATE_NOOP("ArchiveReadme", "when (UTC)")),
        C("person", QT_TRANSLATE_NOOP("ArchiveReadme", "who checked")),
    ),
)
METRICS = Table(
    "statistics/{channel}/{metric}.csv",
    QT_TRANSLATE_NOOP("ArchiveReadme", "Statistics"),
    QT_TRANSLATE_NOOP(
        "ArchiveReadme",
        "One file per channel and metric (followers, reach, impressions, …), one"
        " row per day, from the services' own export files.",
    ),
    "statistics",
    (
        C("day", QT_TRANSLATE_NOOP("ArchiveReadme", "the day")),
        C("value", QT_TRANSLATE_NOOP("ArchiveReadme", "the metric's value that day")),
    ),
)
AUDIT = Table(
    "audit/audit-log.csv",
    QT_TRANSLATE_NOOP("ArchiveReadme", "Audit log"),
    QT_TRANSLATE_NOOP("ArchiveReadme", "Who did what and when in KuntaSome during the period."),
    "audit",
    (
        C("id", QT_TRANSLATE_NOOP("ArchiveReadme", "number of the audit entry")),
        C("at", QT_TRANSLATE_NOOP("ArchiveReadme", "when (UTC)")),
        C("by", QT_TRANSLATE_NOOP("ArchiveReadme", "who")),
        C("action", QT_TRANSLATE_NOOP("ArchiveReadme", "what was done")),
        C("entity", QT_TRANSLATE_NOOP("ArchiveReadme", "the kind of record")),
        C("entity_id", QT_TRANSLATE_NOOP("ArchiveReadme", "its number")),
        C("details", QT_TRANSLATE_NOOP("ArchiveReadme", "details as recorded (JSON)")),
    ),
)
TABLES = (
    CHANNELS, STATUS_HISTORY, ACCESS, REVIEWS, POSTS, TARGETS, MEDIA, POST_HISTORY,
    ENTRIES, EVIDENCE, BLOCKS, CHECKINS, METRICS, AUDIT,
)  # fmt: skip
