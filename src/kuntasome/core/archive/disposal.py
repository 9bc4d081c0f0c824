"""Disposal (hävittäminen / gallring) at the end of retention: the records past their
retention period and not on a legal hold, removed only with a decision that a named person
approves, each run written to the disposal log — which is itself never disposed of.

What each record type's disposal means:

- a moderation entry (and every version of it): its personal data is erased — author,
  address, comment, answer — and the chain records the erasure (``moderation verify`` keeps
  passing); an entry with evidence goes by the evidence's longer retention, when the
  screenshots and their PDF/As are deleted too;
- blocked accounts lifted before the limit, monitoring check-ins, daily statistics, posts
  (with their texts and publications) and audit entries: removed;
- the channel register and the management reports are kept permanently: never disposed of.

The period is counted from the record's last date (a comment's last version, a lifted
block's lifting, a post's last publication).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path

from sqlalchemy import Engine, delete, update
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, func, select

from kuntasome.core import audit
from kuntasome.core.archive.holds import Holds, active_holds
from kuntasome.core.archive.records_plan import PERMANENT, PlanEntry, load_plan
from kuntasome.core.db import session_scope
from kuntasome.core.errors import UserError
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.models import (
    AuditLog,
    BlockedUser,
    ChannelDailyMetric,
    DisposalLog,
    Evidence,
    ModerationEntry,
    MonitoringCheckin,
    Person,
    Post,
    PostMedia,
    PostMetric,
    PostTarget,
    PostText,
)
from kuntasome.core.moderation.erasure import erase_entries
from kuntasome.core.moderation.evidence import original_path, pdf_path
from kuntasome.core.moderation.log import SYSTEM_KIND

# Disposed of by KuntaSome, in this order (evidence before entries: an entry with
# evidence is erased when its evidence goes).
DISPOSABLE = ("evidence", "moderation_entry", "block", "checkin", "statistics", "post", "audit")
# Audit entries about records management itself stay with the disposal log.
KEPT_AUDIT_PREFIXES = ("records.", "archive.", "moderation.chain")


class DisposalError(UserError):
    pass


@dataclass
class DisposalGroup:
    """One record type's records past retention."""

    record_type: str
    code: str
    retention_years: int
    older_than: date  # records whose last date is before this day
    count: int = 0  # records to dispose of
    held: int = 0  # past retention, but on a legal hold
    unerasable: int = 0  # entries from a broken old chain: their data cannot be erased
    ids: list[int] = field(default_factory=list, repr=False)
    by_channel: dict[int, list[int]] = field(default_factory=dict, repr=False)


def cutoff(today: date, years: int) -> date:
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


def _start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def _threads(s: Session) -> dict[int, list[tuple[int, int, datetime, str, int, bool]]]:
    """Every comment's versions by its first entry: (id, channel, seen, author, version,
    erased)."""
    rows = s.execute(
        sa_select(
            col(ModerationEntry.id),
            col(ModerationEntry.corrects_id),
            col(ModerationEntry.channel_id),
            col(ModerationEntry.seen_at),
            col(ModerationEntry.author_handle),
            col(ModerationEntry.hash_version),
            col(ModerationEntry.erased_at),
        )
        .where(col(ModerationEntry.kind) != SYSTEM_KIND)
        .order_by(col(ModerationEntry.id))
    ).all()
    root: dict[int, int] = {}
    threads: dict[int, list[tuple[int, int, datetime, str, int, bool]]] = defaultdict(list)
    for entry_id, corrects, channel_id, seen, author, version, erased in rows:
        first = root.get(corrects, corrects) if corrects else entry_id
        root[entry_id] = first
        threads[first].append((entry_id, channel_id, seen, author, version, erased is not None))
    return threads


def _moderation_groups(
    s: Session, plan: dict[str, PlanEntry], today: date, holds: Holds
) -> tuple[DisposalGroup, DisposalGroup]:
    with_evidence = set(s.exec(select(Evidence.entry_id).distinct()).all())
    groups = {}
    for key in ("moderation_entry", "evidence"):
        entry = plan[key]
        groups[key] = DisposalGroup(
            key, entry.code, entry.retention_years, cutoff(today, entry.retention_years)
        )
    for versions in _threads(s).values():
        if all(v[5] for v in versions):
            continue  # already erased
        key = "evidence" if any(v[0] in with_evidence for v in versions) else "moderation_entry"
        group = groups[key]
        if plan[key].retention_years == PERMANENT:
            continue
        last_seen = max(_aware(v[2]) for v in versions)
        if last_seen >= _start(group.older_than):
            continue
        if any(holds.holds_entry(v[0], v[1], v[3]) for v in versions):
            group.held += 1
            continue
        if any(v[4] != 2 for v in versions):
            group.unerasable += 1
            continue
        group.count += 1
        for v in versions:
            group.ids.append(v[0])
            group.by_channel.setdefault(v[1], []).append(v[0])
    return groups["evidence"], groups["moderation_entry"]


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _simple_group(
    s: Session, key: str, plan: dict[str, PlanEntry], today: date, holds: Holds
) -> DisposalGroup:
    entry = plan[key]
    group = DisposalGroup(
        key, entry.code, entry.retention_years, cutoff(today, entry.retention_years)
    )
    if entry.retention_years == PERMANENT:
        return group
    limit = _start(group.older_than)
    held_channels = holds.channels
    if key == "block":
        blocks = s.exec(
            select(BlockedUser.id, BlockedUser.channel_id, BlockedUser.account).where(
                col(BlockedUser.unblocked_on).is_not(None),
                col(BlockedUser.unblocked_on) < group.older_than,
            )
        ).all()
        for block_id, channel_id, account in blocks:
            if channel_id in held_channels or account.lower() in holds.accounts:
                group.held += 1
            else:
                group.ids.append(int(block_id or 0))
    elif key == "checkin":
        checkins = s.exec(
            select(MonitoringCheckin.id, MonitoringCheckin.channel_id).where(
                col(MonitoringCheckin.checked_at) < limit
            )
        ).all()
        for checkin_id, checked_channel in checkins:
            if checked_channel in held_channels:
                group.held += 1
            else:
                group.ids.append(int(checkin_id or 0))
    elif key == "statistics":
        counts = s.exec(
            select(ChannelDailyMetric.channel_id, func.count())
            .where(col(ChannelDailyMetric.day) < group.older_than)
            .group_by(col(ChannelDailyMetric.channel_id))
        ).all()
        for channel_id, n in counts:
            if channel_id in held_channels:
                group.held += int(n)
            else:
                group.count += int(n)
                group.by_channel[channel_id] = []
    elif key == "post":
        targets = s.exec(
            select(PostTarget.post_id, PostTarget.channel_id, PostTarget.scheduled_at,
                   PostTarget.published_at)
        ).all()  # fmt: skip
        latest: dict[int, datetime] = {}
        channels: dict[int, set[int]] = defaultdict(set)
        for post_id, channel_id, scheduled, published in targets:
            for moment in (scheduled, published):
                if moment is not None:
                    latest[post_id] = max(latest.get(post_id, _aware(moment)), _aware(moment))
            channels[post_id].add(channel_id)
        created = {int(i or 0): made for i, made in s.exec(select(Post.id, Post.created_at)).all()}
        for post_id, made in created.items():
            last = max(latest.get(post_id, _aware(made)), _aware(made))
            if last >= limit:
                continue
            if channels[post_id] & held_channels:
                group.held += 1
            else:
                group.ids.append(int(post_id))
    elif key == "audit":
        audits = s.exec(select(AuditLog.id, AuditLog.action).where(col(AuditLog.at) < limit)).all()
        group.ids = [
            int(i or 0) for i, action in audits if not action.startswith(KEPT_AUDIT_PREFIXES)
        ]
    if key != "statistics":
        group.count = len(group.ids)
    return group


def plan_disposal(engine: Engine, today: date | None = None) -> list[DisposalGroup]:
    """What a disposal would remove today, per record type (nothing is changed)."""
    today = today or date.today()
    with session_scope(engine) as s:
        return _groups(s, {p.key: p for p in load_plan(engine)}, today)


def _groups(s: Session, plan: dict[str, PlanEntry], today: date) -> list[DisposalGroup]:
    holds = active_holds(s)
    evidence, entries = _moderation_groups(s, plan, today, holds)
    groups = [evidence, entries]
    groups += [_simple_group(s, key, plan, today, holds) for key in DISPOSABLE[2:]]
    return groups


@dataclass(frozen=True)
class DisposalResult:
    groups: list[DisposalGroup]
    log_ids: list[int]
    files_removed: int
    files_left: list[str]  # evidence files the disk refused to delete (named, to do by hand)


def dispose(
    engine: Engine,
    evidence_folder: Path,
    *,
    decision: str,
    approved_by_id: int | None,
    today: date | None = None,
    now: datetime | None = None,
) -> DisposalResult:
    """Dispose of what :func:`plan_disposal` lists, in one transaction, with the decision
    and the person who approved it in the disposal log; then delete the evidence files."""
    today = today or date.today()
    now = (now or datetime.now(UTC)).astimezone(UTC)
    decision = decision.strip()
    if not decision:
        raise DisposalError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Give the decision that approves the disposal (who decided, when, its number).",
            )
        )
    plan = {p.key: p for p in load_plan(engine)}
    files: list[Path] = []
    log_ids: list[int] = []
    with session_scope(engine) as s:
        approver = s.get(Person, approved_by_id) if approved_by_id else None
        if approver is None:
            raise DisposalError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "A disposal is approved by a named person: choose who you are in the"
                    " settings (or give --as).",
                )
            )
        groups = _groups(s, plan, today)
        by_type = {g.record_type: g for g in groups}
        # Evidence: its files go after the commit; the rows stay (their hashes are chained).
        ev = by_type["evidence"]
        if ev.ids:
            for row in s.exec(select(Evidence).where(col(Evidence.entry_id).in_(ev.ids))).all():
                if row.disposed_at is None:
                    files.append(original_path(evidence_folder, row.sha256, row.original_name))
                    if row.pdf_sha256:
                        files.append(pdf_path(evidence_folder, row.pdf_sha256))
            s.execute(
                update(Evidence).where(col(Evidence.entry_id).in_(ev.ids)).values(disposed_at=now)
            )
        erase: dict[int, list[int]] = defaultdict(list)
        for key in ("evidence", "moderation_entry"):
            for channel_id, ids in by_type[key].by_channel.items():
                erase[channel_id] += ids
        if erase:
            erase_entries(s, dict(erase), decision=decision, now=now)
        block = by_type["block"]
        if block.ids:
            s.execute(delete(BlockedUser).where(col(BlockedUser.id).in_(block.ids)))
        checkin = by_type["checkin"]
        if checkin.ids:
            s.execute(delete(MonitoringCheckin).where(col(MonitoringCheckin.id).in_(checkin.ids)))
        stats = by_type["statistics"]
        if stats.by_channel:
            s.execute(
                delete(ChannelDailyMetric).where(
                    col(ChannelDailyMetric.day) < stats.older_than,
                    col(ChannelDailyMetric.channel_id).in_(list(stats.by_channel)),
                )
            )
        post = by_type["post"]
        if post.ids:
            target_ids = s.exec(
                select(PostTarget.id).where(col(PostTarget.post_id).in_(post.ids))
            ).all()
            s.execute(
                update(PostMetric)
                .where(col(PostMetric.post_target_id).in_(target_ids))
                .values(post_target_id=None)
            )
            for table, column in (
                (PostText, PostText.post_id),
                (PostMedia, PostMedia.post_id),
                (PostTarget, PostTarget.post_id),
                (Post, Post.id),
            ):
                s.execute(delete(table).where(col(column).in_(post.ids)))
        audits = by_type["audit"]
        if audits.ids:
            s.execute(delete(AuditLog).where(col(AuditLog.id).in_(audits.ids)))
        for group in groups:
            if not group.count:
                continue
            log_row = DisposalLog(
                disposed_at=now,
                disposed_by_id=approver.id,
                record_type=group.record_type,
                records_plan_code=group.code,
                record_count=group.count,
                older_than=group.older_than,
                decision=decision,
                description=json.dumps(
                    {
                        "retention_years": group.retention_years,
                        "held": group.held,
                        "unerasable": group.unerasable,
                        "entries": group.ids
                        if group.record_type in ("evidence", "moderation_entry")
                        else [],
                    }
                ),
            )
            s.add(log_row)
            s.flush()
            log_ids.append(int(log_row.id or 0))
        audit.record(
            s,
            "records.disposal",
            entity="disposallog",
            entity_id=log_ids[0] if log_ids else None,
            actor_id=approver.id,
            decision=decision,
            counts={g.record_type: g.count for g in groups if g.count},
        )
    removed, left = 0, []
    for path in files:
        try:
            path.unlink(missing_ok=True)
            removed += 1
        except OSError:
            left.append(str(path))
    return DisposalResult(groups, log_ids, removed, left)


@dataclass(frozen=True)
class DisposalLogRow:
    id: int
    disposed_at: datetime
    approved_by: str
    record_type: str
    code: str
    count: int
    older_than: date | None
    decision: str


def disposal_log(engine: Engine) -> list[DisposalLogRow]:
    with session_scope(engine) as s:
        rows = s.exec(
            select(DisposalLog, Person.name)
            .join(Person, col(Person.id) == col(DisposalLog.disposed_by_id), isouter=True)
            .order_by(col(DisposalLog.disposed_at).desc(), col(DisposalLog.id))
        ).all()
        return [
            DisposalLogRow(
                int(r.id or 0), r.disposed_at, name or "", r.record_type, r.records_plan_code,
                r.record_count, r.older_than, r.decision,
            )
            for r, name in rows
        ]  # fmt: skip
