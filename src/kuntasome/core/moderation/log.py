"""The moderation and dialogue log: appending entries to the hash chain, and reading it.

Entries are never changed: a correction (or the answer given later) is a new entry whose
``corrects_id`` points at the entry it replaces. The log shows each comment's latest
version; the earlier ones stay in the chain.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import literal, update
from sqlalchemy import select as sa_select
from sqlalchemy.orm import aliased
from sqlmodel import col, func, select

from kuntasome.core import audit
from kuntasome.core.db import session_scope
from kuntasome.core.errors import UserError
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.models import Channel, Evidence, ModerationEntry, Person, Setting
from kuntasome.core.moderation.chain import GENESIS, VERSION, commitment_of, entry_hash_v2, new_salt
from kuntasome.core.moderation.settings import load_moderation_settings
from kuntasome.core.organisation import load_organisation
from kuntasome.core.utc import as_utc, local_bounds
from kuntasome.core.working_time import answer_due

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlmodel import Session

    from kuntasome.core.moderation.settings import ModerationSettings

CHAIN_LOCK_KEY = "moderation.chain_lock"

KINDS: dict[str, str] = {
    "question": QT_TRANSLATE_NOOP("Moderation", "Question"),
    "feedback": QT_TRANSLATE_NOOP("Moderation", "Feedback"),
    "criticism": QT_TRANSLATE_NOOP("Moderation", "Criticism"),
    "rumour": QT_TRANSLATE_NOOP("Moderation", "Rumour or disinformation"),
    "inappropriate": QT_TRANSLATE_NOOP("Moderation", "Inappropriate"),
}
ACTIONS: dict[str, str] = {
    "answered": QT_TRANSLATE_NOOP("Moderation", "Answered"),
    "acknowledged": QT_TRANSLATE_NOOP("Moderation", "Acknowledged"),
    "forwarded": QT_TRANSLATE_NOOP("Moderation", "Forwarded to the registry"),
    "hidden": QT_TRANSLATE_NOOP("Moderation", "Hidden"),
    "removed": QT_TRANSLATE_NOOP("Moderation", "Removed"),
    "user_blocked": QT_TRANSLATE_NOOP("Moderation", "User blocked"),
    "no_action": QT_TRANSLATE_NOOP("Moderation", "No action"),
}
# The chain's own entries: a disposal records there which entries it erased. They are not
# comments, so the log's views and figures leave them out; verify and the archive do not.
SYSTEM_KIND = "system"
ERASED_ACTION = "erased"
KIND_LABELS: dict[str, str] = {
    **KINDS,
    SYSTEM_KIND: QT_TRANSLATE_NOOP("Moderation", "Records management"),
}
ACTION_LABELS: dict[str, str] = {
    **ACTIONS,
    ERASED_ACTION: QT_TRANSLATE_NOOP("Moderation", "Personal data disposed of"),
}
# Actions that promise the commenter an answer, and so have a deadline.
ANSWERING_ACTIONS = ("answered", "acknowledged", "forwarded")
# Actions that take a comment out of view: they need a reason.
REMOVING_ACTIONS = ("hidden", "removed", "user_blocked")
# Actions that destroy what was said: they need a screenshot taken before.
EVIDENCE_ACTIONS = ("removed", "user_blocked")


class ModerationError(UserError):
    """An entry that cannot be saved as it is."""


@dataclass
class EntryDraft:
    """What the quick-entry form collects. Times are aware datetimes."""

    channel_id: int
    kind: str
    action: str
    seen_at: datetime
    posted_at: datetime | None = None
    answered_at: datetime | None = None
    reason_code: str = ""
    author_handle: str = ""
    comment_url: str = ""
    comment_text: str = ""
    answer_text: str = ""
    case_number: str = ""
    handler_id: int | None = None
    no_evidence_reason: str = ""
    corrects_id: int | None = None


@dataclass(frozen=True)
class EvidenceFile:
    """A screenshot already stored in the data folder: the original and its PDF/A."""

    sha256: str
    pdf_sha256: str
    original_name: str
    mime_type: str
    size_bytes: int
    captured_at: datetime
    captured_by_id: int | None = None


@dataclass(frozen=True)
class EntryRow:
    id: int
    channel_id: int
    channel_name: str
    platform: str
    kind: str
    action: str
    reason_code: str
    posted_at: datetime | None
    seen_at: datetime
    answered_at: datetime | None
    due_at: datetime | None
    author_handle: str
    comment_url: str
    comment_text: str
    answer_text: str
    case_number: str
    handler_id: int | None
    handler_name: str
    corrects_id: int | None
    no_evidence_reason: str
    created_at: datetime
    evidence_count: int = 0
    superseded: bool = False

    @property
    def needs_answer(self) -> bool:
        return self.action in ANSWERING_ACTIONS

    def is_open(self) -> bool:
        return self.needs_answer and self.answered_at is None and not self.superseded

    def is_overdue(self, now: datetime) -> bool:
        return self.is_open() and self.due_at is not None and self.due_at < now

    def answered_late(self) -> bool:
        return (
            self.needs_answer
            and self.answered_at is not None
            and self.due_at is not None
            and self.answered_at > self.due_at
        )

    @property
    def arrived_at(self) -> datetime:
        return self.posted_at or self.seen_at


@dataclass(frozen=True)
class EntryHistory:
    """An entry with its evidence and every earlier version, newest first."""

    entry: EntryRow
    evidence: list[EvidenceFile]
    versions: list[EntryRow] = field(default_factory=list)


def _utc(value: datetime | None) -> datetime | None:
    return None if value is None else as_utc(value).astimezone(UTC)


def validate(draft: EntryDraft, has_evidence: bool) -> None:
    """Refuse an entry the log must not hold; the message names what is missing."""
    if draft.kind not in KINDS:
        raise ModerationError(QT_TRANSLATE_NOOP("Errors", "Choose what kind of comment this is."))
    if draft.action not in ACTIONS:
        raise ModerationError(QT_TRANSLATE_NOOP("Errors", "Choose what was done."))
    if draft.posted_at is not None and draft.posted_at > draft.seen_at:
        raise ModerationError(
            QT_TRANSLATE_NOOP("Errors", "The comment cannot have been seen before it was posted.")
        )
    if draft.answered_at is not None and draft.answered_at < (draft.posted_at or draft.seen_at):
        raise ModerationError(
            QT_TRANSLATE_NOOP("Errors", "The answer cannot be earlier than the comment.")
        )
    if draft.action in REMOVING_ACTIONS and not draft.reason_code:
        raise ModerationError(
            QT_TRANSLATE_NOOP("Errors", "Choose the reason for hiding or removing the comment.")
        )
    if draft.action == "forwarded" and not draft.case_number.strip():
        raise ModerationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Give the registry's case number for a comment forwarded there."
            )
        )
    if draft.action == "answered" and draft.answered_at is not None and not draft.answer_text:
        raise ModerationError(QT_TRANSLATE_NOOP("Errors", "Write the answer that was given."))
    if draft.action in EVIDENCE_ACTIONS and not has_evidence and not draft.no_evidence_reason:
        raise ModerationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A removed comment needs a screenshot taken before the removal. Add one, or"
                " explain why none could be taken.",
            )
        )


def lock_chain(s: Session) -> None:
    """Serialise writers of the chain: the first statement of the transaction is a write."""

    result: Any = s.execute(
        update(Setting).where(col(Setting.key) == CHAIN_LOCK_KEY).values(value=Setting.value)
    )
    if result.rowcount == 0:
        s.add(Setting(key=CHAIN_LOCK_KEY, value=""))
        s.flush()


def _earlier_evidence(s: Session, corrects_id: int | None) -> bool:
    """Whether an earlier version of the entry has evidence (a correction keeps it)."""

    seen: set[int] = set()
    current = corrects_id
    while current is not None and current not in seen:
        seen.add(current)
        count = s.exec(
            select(func.count()).select_from(Evidence).where(Evidence.entry_id == current)
        ).one()
        if count:
            return True
        current = s.exec(
            select(ModerationEntry.corrects_id).where(ModerationEntry.id == current)
        ).first()
    return False


def append_entry(
    engine: Engine,
    draft: EntryDraft,
    *,
    evidence: Sequence[EvidenceFile] = (),
    actor_id: int | None = None,
    now: datetime | None = None,
) -> int:
    """Append *draft* to the chain; returns its id. All or nothing."""

    now = (now or datetime.now(UTC)).astimezone(UTC)
    org = load_organisation(engine)
    settings = load_moderation_settings(engine)
    draft.author_handle = draft.author_handle.strip()
    draft.comment_url = draft.comment_url.strip()
    draft.case_number = draft.case_number.strip()
    draft.no_evidence_reason = draft.no_evidence_reason.strip()
    with session_scope(engine) as s:
        # First a write: on SQLite a transaction that read first could not become a writer
        # once a colleague had appended meanwhile.
        lock_chain(s)
        if s.get(Channel, draft.channel_id) is None:
            raise ModerationError(QT_TRANSLATE_NOOP("Errors", "Choose the channel."))
        original = s.get(ModerationEntry, draft.corrects_id) if draft.corrects_id else None
        if draft.corrects_id and original is None:
            raise ModerationError(
                QT_TRANSLATE_NOOP("Errors", "The entry to correct no longer exists.")
            )
        validate(draft, bool(evidence) or _earlier_evidence(s, draft.corrects_id))
        if original is not None:
            newer = s.exec(
                select(ModerationEntry.id).where(ModerationEntry.corrects_id == original.id)
            ).first()
            if newer is not None:
                raise ModerationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Entry {id} has already been corrected by entry {newer}: correct the"
                        " newest version.",
                    ),
                    id=original.id,
                    newer=newer,
                )
        due = None
        if draft.action in ANSWERING_ACTIONS:
            due = (
                as_utc(original.due_at)
                if original is not None and original.due_at is not None
                else answer_due(
                    draft.posted_at or draft.seen_at,
                    country=org.country,
                    tz=org.time_zone,
                    settings=settings,
                )
            )
        last = s.exec(
            select(ModerationEntry.id, ModerationEntry.entry_hash)
            .order_by(col(ModerationEntry.id).desc())
            .limit(1)
        ).first()
        entry_id = (last[0] or 0) + 1 if last else 1
        prev = last[1] if last else GENESIS
        values: dict[str, object] = {
            "id": entry_id,
            "channel_id": draft.channel_id,
            "kind": draft.kind,
            "action": draft.action,
            "reason_code": draft.reason_code if draft.action in REMOVING_ACTIONS else "",
            "posted_at": _utc(draft.posted_at),
            "seen_at": _utc(draft.seen_at),
            "answered_at": _utc(draft.answered_at),
            "due_at": _utc(due),
            "author_handle": draft.author_handle[:200],
            "comment_url": draft.comment_url[:500],
            "comment_text": draft.comment_text,
            "answer_text": draft.answer_text,
            "case_number": draft.case_number[:60],
            "handler_id": draft.handler_id,
            "corrects_id": draft.corrects_id,
            "no_evidence_reason": draft.no_evidence_reason if not evidence else "",
            "created_at": _utc(now),
        }
        pairs = [(e.sha256, e.pdf_sha256) for e in evidence]
        salt = new_salt()
        committed = commitment_of(values, salt)
        digest = entry_hash_v2(values, prev, pairs, committed)
        s.add(
            ModerationEntry(
                **values,  # type: ignore[arg-type]
                prev_hash=prev,
                entry_hash=digest,
                hash_version=VERSION,
                salt=salt,
                commitment=committed,
            )
        )
        s.flush()
        for item in evidence:
            s.add(
                Evidence(
                    entry_id=entry_id,
                    sha256=item.sha256,
                    pdf_sha256=item.pdf_sha256,
                    original_name=item.original_name[:300],
                    mime_type=item.mime_type[:100],
                    size_bytes=item.size_bytes,
                    captured_at=item.captured_at,
                    captured_by_id=item.captured_by_id,
                )
            )
        lock = s.get(Setting, CHAIN_LOCK_KEY)
        assert lock is not None
        lock.value = f"{entry_id}:{digest}"  # the head: verify notices a cut-off tail
        details: dict[str, object] = {"entry_action": draft.action, "evidence": len(evidence)}
        if draft.corrects_id:
            details["corrects"] = draft.corrects_id
        if values["no_evidence_reason"]:
            # The override is logged twice: in the chained entry and in the audit log.
            details["no_evidence_reason"] = values["no_evidence_reason"]
        audit.record(
            s,
            "moderation.entry",
            entity="moderationentry",
            entity_id=entry_id,
            actor_id=actor_id,
            **details,
        )
        return entry_id


# Plain columns, not ORM entities: a year of a large town's log is tens of thousands of rows,
# and building an entity for each took most of the time (tests/bench/test_reports.py).
_ENTRY_COLUMNS = (
    ModerationEntry.id,
    ModerationEntry.channel_id,
    ModerationEntry.kind,
    ModerationEntry.action,
    ModerationEntry.reason_code,
    ModerationEntry.posted_at,
    ModerationEntry.seen_at,
    ModerationEntry.answered_at,
    ModerationEntry.due_at,
    ModerationEntry.author_handle,
    ModerationEntry.comment_url,
    ModerationEntry.comment_text,
    ModerationEntry.answer_text,
    ModerationEntry.case_number,
    ModerationEntry.handler_id,
    ModerationEntry.corrects_id,
    ModerationEntry.no_evidence_reason,
    ModerationEntry.created_at,
)


def _rows(s: Session, query: Any) -> list[EntryRow]:
    result = []
    for (
        entry_id,
        channel_id,
        kind,
        action,
        reason_code,
        posted_at,
        seen_at,
        answered_at,
        due_at,
        author_handle,
        comment_url,
        comment_text,
        answer_text,
        case_number,
        handler_id,
        corrects_id,
        no_evidence_reason,
        created_at,
        display_name,
        handle,
        platform,
        handler_name,
        superseded_by,
        evidence_count,
    ) in s.execute(query):
        result.append(
            EntryRow(
                id=entry_id,
                channel_id=channel_id,
                channel_name=display_name or handle or "",
                platform=platform or "",
                kind=kind,
                action=action,
                reason_code=reason_code,
                posted_at=as_utc(posted_at),
                seen_at=as_utc(seen_at),
                answered_at=as_utc(answered_at),
                due_at=as_utc(due_at),
                author_handle=author_handle,
                comment_url=comment_url,
                comment_text=comment_text,
                answer_text=answer_text,
                case_number=case_number,
                handler_id=handler_id,
                handler_name=handler_name or "",
                corrects_id=corrects_id,
                no_evidence_reason=no_evidence_reason,
                created_at=as_utc(created_at),
                evidence_count=evidence_count or 0,
                superseded=superseded_by is not None,
            )
        )
    return result


# What people wrote: left out (as "") where only the figures are wanted, which reads a
# fraction of the bytes.
_TEXT_COLUMNS = ("comment_url", "comment_text", "answer_text", "no_evidence_reason")


def _base_query(texts: bool = True) -> tuple[Any, Any]:
    newer = aliased(ModerationEntry)
    columns: list[Any] = []
    for column in _ENTRY_COLUMNS:
        name: str = getattr(column, "key")  # noqa: B009 (mypy sees the value type, not the column)
        columns.append(column if texts or name not in _TEXT_COLUMNS else literal("").label(name))
    evidence = (
        sa_select(col(Evidence.entry_id), func.count().label("files"))
        .group_by(col(Evidence.entry_id))
        .subquery()
    )
    return (
        sa_select(  # type: ignore[call-overload]
            *columns,
            Channel.display_name,
            Channel.handle,
            Channel.platform,
            Person.name,
            newer.id,
            evidence.c.files,
        )
        .join(Channel, col(Channel.id) == col(ModerationEntry.channel_id))
        .outerjoin(Person, col(Person.id) == col(ModerationEntry.handler_id))
        .outerjoin(newer, col(newer.corrects_id) == col(ModerationEntry.id))
        .outerjoin(evidence, evidence.c.entry_id == col(ModerationEntry.id))
    ), newer


def list_entries(
    engine: Engine,
    *,
    tz: ZoneInfo,
    first: date | None = None,
    last: date | None = None,
    channel_ids: Sequence[int] | None = None,
    include_superseded: bool = False,
    open_only: bool = False,
    account: str | None = None,
    texts: bool = True,
) -> list[EntryRow]:
    """Entries seen in the period (local days), newest first; by default each comment's
    latest version only. Without *texts* the comment, answer, address and no-evidence
    reason are left empty (for figures: a year of a large town's log is read much faster)."""

    query, newer = _base_query(texts)
    conditions = []
    if first is not None or last is not None:
        start, end = local_bounds(first or date(1970, 1, 1), last or date(9999, 12, 30), tz)
        conditions += [col(ModerationEntry.seen_at) >= start, col(ModerationEntry.seen_at) < end]
    if channel_ids is not None:
        conditions.append(col(ModerationEntry.channel_id).in_(list(channel_ids)))
    conditions.append(col(ModerationEntry.kind) != SYSTEM_KIND)
    if not include_superseded or open_only:
        conditions.append(newer.id.is_(None))
    if open_only:
        conditions += [
            col(ModerationEntry.action).in_(ANSWERING_ACTIONS),
            col(ModerationEntry.answered_at).is_(None),
        ]
    if account is not None:
        conditions.append(func.lower(ModerationEntry.author_handle) == account.strip().lower())
    query = query.where(*conditions).order_by(
        col(ModerationEntry.seen_at).desc(), col(ModerationEntry.id).desc()
    )
    with session_scope(engine) as s:
        return _rows(s, query)


def load_history(engine: Engine, entry_id: int) -> EntryHistory:
    """An entry with its evidence and the versions it corrects."""

    with session_scope(engine) as s:
        query, _ = _base_query()
        rows = _rows(s, query.where(ModerationEntry.id == entry_id))
        if not rows:
            raise ModerationError(
                QT_TRANSLATE_NOOP("Errors", "There is no moderation entry {id}."), id=entry_id
            )
        versions: list[EntryRow] = []
        current = rows[0].corrects_id
        while current is not None:
            earlier = _rows(s, query.where(ModerationEntry.id == current))
            if not earlier:
                break
            versions.append(earlier[0])
            current = earlier[0].corrects_id
        ids = [rows[0].id, *(v.id for v in versions)]
        evidence = [
            EvidenceFile(
                sha256=e.sha256,
                pdf_sha256=e.pdf_sha256,
                original_name=e.original_name,
                mime_type=e.mime_type,
                size_bytes=e.size_bytes,
                captured_at=as_utc(e.captured_at),
                captured_by_id=e.captured_by_id,
            )
            for e in s.exec(
                select(Evidence).where(col(Evidence.entry_id).in_(ids)).order_by(col(Evidence.id))
            )
        ]
        return EntryHistory(rows[0], evidence, versions)


def draft_from(row: EntryRow) -> EntryDraft:
    """A correction of *row*: the same content, pointing at it."""
    return EntryDraft(
        channel_id=row.channel_id,
        kind=row.kind,
        action=row.action,
        seen_at=row.seen_at,
        posted_at=row.posted_at,
        answered_at=row.answered_at,
        reason_code=row.reason_code,
        author_handle=row.author_handle,
        comment_url=row.comment_url,
        comment_text=row.comment_text,
        answer_text=row.answer_text,
        case_number=row.case_number,
        handler_id=row.handler_id,
        no_evidence_reason=row.no_evidence_reason,
        corrects_id=row.id,
    )


def record_answer(
    engine: Engine,
    entry_id: int,
    answer_text: str,
    answered_at: datetime,
    *,
    handler_id: int | None,
    actor_id: int | None = None,
) -> int:
    """The answer given later to an open comment, as a new version of its entry."""
    row = load_history(engine, entry_id).entry
    draft = draft_from(row)
    draft.answer_text = answer_text.strip()
    draft.answered_at = answered_at
    draft.handler_id = handler_id or row.handler_id
    if not draft.answer_text and row.action == "answered":
        raise ModerationError(QT_TRANSLATE_NOOP("Errors", "Write the answer that was given."))
    return append_entry(engine, draft, actor_id=actor_id)


def keep_until(row: EntryRow, settings: ModerationSettings) -> date:
    """The day the entry's personal data may be disposed of, per the retention settings."""
    years = (
        settings.keep_removals_with_evidence_years
        if row.action in EVIDENCE_ACTIONS or row.evidence_count
        else settings.keep_other_entries_years
    )
    created = row.created_at.date()
    try:
        return created.replace(year=created.year + years)
    except ValueError:  # 29 February
        return created.replace(year=created.year + years, day=28)
