"""Legal holds: records that must not be disposed of while a complaint, a court case or an
information request needs them — a whole channel, an account on the services, or one
moderation entry (with every version of it). Placing and lifting are audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from kuntasome.core import audit
from kuntasome.core.db import session_scope
from kuntasome.core.errors import UserError
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.models import Channel, LegalHold, ModerationEntry, Person


class HoldError(UserError):
    pass


@dataclass(frozen=True)
class HoldRow:
    id: int
    channel_id: int | None
    channel: str
    account: str
    entry_id: int | None
    reason: str
    placed_at: datetime
    placed_by: str
    lifted_at: datetime | None
    lift_reason: str

    @property
    def active(self) -> bool:
        return self.lifted_at is None


@dataclass(frozen=True)
class Holds:
    """What the active holds protect, as a disposal asks it."""

    channels: frozenset[int]
    accounts: frozenset[str]  # lower case
    entries: frozenset[int]  # every version of each held entry

    def holds_entry(self, entry_id: int, channel_id: int, author: str) -> bool:
        return (
            entry_id in self.entries
            or channel_id in self.channels
            or (bool(author) and author.strip().lower() in self.accounts)
        )


def place_hold(
    engine: Engine,
    *,
    reason: str,
    channel_id: int | None = None,
    account: str = "",
    entry_id: int | None = None,
    actor_id: int | None = None,
    now: datetime | None = None,
) -> int:
    """Hold a channel, an account or an entry; returns the hold's number."""
    account = account.strip()
    given = [x for x in (channel_id, account or None, entry_id) if x is not None]
    if len(given) != 1:
        raise HoldError(
            QT_TRANSLATE_NOOP(
                "Errors", "A hold is on one thing: a channel, an account or a moderation entry."
            )
        )
    if not reason.strip():
        raise HoldError(
            QT_TRANSLATE_NOOP(
                "Errors", "Say why the records are held (e.g. the complaint or case number)."
            )
        )
    with session_scope(engine) as s:
        if channel_id is not None and s.get(Channel, channel_id) is None:
            raise HoldError(
                QT_TRANSLATE_NOOP("Errors", "There is no channel {channel}."),
                channel=str(channel_id),
            )
        if entry_id is not None and s.get(ModerationEntry, entry_id) is None:
            raise HoldError(
                QT_TRANSLATE_NOOP("Errors", "There is no moderation entry {id}."), id=entry_id
            )
        hold = LegalHold(
            channel_id=channel_id,
            account=account[:200],
            entry_id=entry_id,
            reason=reason.strip(),
            placed_at=(now or datetime.now(UTC)),
            placed_by_id=actor_id,
        )
        s.add(hold)
        s.flush()
        audit.record(
            s,
            "records.hold",
            entity="legalhold",
            entity_id=hold.id,
            actor_id=actor_id,
            channel_id=channel_id,
            account=account,
            entry_id=entry_id,
            reason=hold.reason,
        )
        return int(hold.id or 0)


def lift_hold(
    engine: Engine,
    hold_id: int,
    *,
    reason: str,
    actor_id: int | None = None,
    now: datetime | None = None,
) -> None:
    if not reason.strip():
        raise HoldError(QT_TRANSLATE_NOOP("Errors", "Say why the hold is lifted."))
    with session_scope(engine) as s:
        hold = s.get(LegalHold, hold_id)
        if hold is None:
            raise HoldError(QT_TRANSLATE_NOOP("Errors", "There is no hold {id}."), id=hold_id)
        if hold.lifted_at is not None:
            raise HoldError(
                QT_TRANSLATE_NOOP("Errors", "Hold {id} has already been lifted."), id=hold_id
            )
        hold.lifted_at = now or datetime.now(UTC)
        hold.lifted_by_id = actor_id
        hold.lift_reason = reason.strip()
        audit.record(
            s,
            "records.hold_lifted",
            entity="legalhold",
            entity_id=hold_id,
            actor_id=actor_id,
            reason=hold.lift_reason,
        )


def list_holds(engine: Engine) -> list[HoldRow]:
    """Every hold, the active ones first, newest first."""
    with session_scope(engine) as s:
        people = {p.id: p.name for p in s.exec(select(Person)).all()}
        channels = {c.id: f"{c.platform}:{c.handle}" for c in s.exec(select(Channel)).all()}
        holds = s.exec(select(LegalHold).order_by(col(LegalHold.placed_at).desc())).all()
        rows = [
            HoldRow(
                int(h.id or 0),
                h.channel_id,
                channels.get(h.channel_id, "") if h.channel_id else "",
                h.account,
                h.entry_id,
                h.reason,
                h.placed_at,
                people.get(h.placed_by_id, "") if h.placed_by_id else "",
                h.lifted_at,
                h.lift_reason,
            )
            for h in holds
        ]
    return sorted(rows, key=lambda r: not r.active)


def active_holds(session: Session) -> Holds:
    holds = session.exec(select(LegalHold).where(col(LegalHold.lifted_at).is_(None))).all()
    entries: set[int] = set()
    for hold in holds:
        if hold.entry_id is not None:
            entries |= _versions(session, hold.entry_id)
    return Holds(
        frozenset(h.channel_id for h in holds if h.channel_id is not None),
        frozenset(h.account.lower() for h in holds if h.account),
        frozenset(entries),
    )


def _versions(session: Session, entry_id: int) -> set[int]:
    """The entry, the ones it corrects and the ones that correct it."""
    found = {entry_id}
    frontier = {entry_id}
    while frontier:
        rows = session.exec(
            select(ModerationEntry.id, ModerationEntry.corrects_id).where(
                col(ModerationEntry.id).in_(frontier)
                | col(ModerationEntry.corrects_id).in_(frontier)
            )
        ).all()
        more = {r[0] for r in rows if r[0] is not None} | {r[1] for r in rows if r[1] is not None}
        frontier = more - found
        found |= more
    return found
