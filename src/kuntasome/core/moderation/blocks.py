"""The register of blocked accounts: itself a public record, so nothing is ever deleted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import or_
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import col, func, select

from kuntasome.core import audit
from kuntasome.core.db import session_scope
from kuntasome.core.errors import StaleRecord, UserError
from kuntasome.core.excel_csv import excel_csv
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.models import BlockedUser, Channel, Person

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from kuntasome.core.errors import Translate


class BlockError(UserError):
    pass


BLOCK_HEADERS = (
    QT_TRANSLATE_NOOP("Blocks", "Platform"),
    QT_TRANSLATE_NOOP("Blocks", "Channel"),
    QT_TRANSLATE_NOOP("Blocks", "Account"),
    QT_TRANSLATE_NOOP("Blocks", "Blocked on"),
    QT_TRANSLATE_NOOP("Blocks", "Decided by"),
    QT_TRANSLATE_NOOP("Blocks", "Reason"),
    QT_TRANSLATE_NOOP("Blocks", "Moderation entry"),
    QT_TRANSLATE_NOOP("Blocks", "Unblocked on"),
    QT_TRANSLATE_NOOP("Blocks", "Reason for unblocking"),
)


@dataclass(frozen=True)
class BlockRow:
    id: int
    version_id: int
    channel_id: int | None
    channel_name: str
    platform: str
    account: str
    blocked_on: date
    decided_by_id: int | None
    decided_by: str
    reason: str
    entry_id: int | None
    unblocked_on: date | None
    unblock_reason: str

    @property
    def active(self) -> bool:
        return self.unblocked_on is None


def block_counts(engine: Engine, first: date, last: date) -> tuple[int, int]:
    """How many accounts were blocked from *first* to *last*, and how many blocks were in
    force at the end of *last* (counted in the database: the register may hold tens of
    thousands)."""
    with session_scope(engine) as s:
        added = s.exec(
            select(func.count())
            .select_from(BlockedUser)
            .where(col(BlockedUser.blocked_on) >= first, col(BlockedUser.blocked_on) <= last)
        ).one()
        in_force = s.exec(
            select(func.count())
            .select_from(BlockedUser)
            .where(
                col(BlockedUser.blocked_on) <= last,
                or_(col(BlockedUser.unblocked_on).is_(None), col(BlockedUser.unblocked_on) > last),
            )
        ).one()
    return int(added), int(in_force)


def list_blocks(
    engine: Engine, *, include_unblocked: bool = True, account: str | None = None
) -> list[BlockRow]:
    query = (
        select(BlockedUser, Channel.display_name, Channel.handle, Person.name)
        .outerjoin(Channel, Channel.id == BlockedUser.channel_id)  # type: ignore[arg-type]
        .outerjoin(Person, Person.id == BlockedUser.decided_by_id)  # type: ignore[arg-type]
        .order_by(col(BlockedUser.blocked_on).desc(), col(BlockedUser.id).desc())
    )
    if not include_unblocked:
        query = query.where(col(BlockedUser.unblocked_on).is_(None))
    if account is not None:
        query = query.where(func.lower(BlockedUser.account) == account.strip().lower())
    with session_scope(engine) as s:
        return [
            BlockRow(
                id=b.id or 0,
                version_id=b.version_id,
                channel_id=b.channel_id,
                channel_name=channel or handle or "",
                platform=b.platform,
                account=b.account,
                blocked_on=b.blocked_on,
                decided_by_id=b.decided_by_id,
                decided_by=person or "",
                reason=b.reason,
                entry_id=b.entry_id,
                unblocked_on=b.unblocked_on,
                unblock_reason=b.unblock_reason,
            )
            for b, channel, handle, person in s.exec(query)
        ]


def add_block(
    engine: Engine,
    *,
    channel_id: int,
    account: str,
    blocked_on: date,
    decided_by_id: int | None,
    reason: str,
    entry_id: int | None = None,
    actor_id: int | None = None,
) -> int:
    account = account.strip()
    if not account:
        raise BlockError(QT_TRANSLATE_NOOP("Errors", "Give the blocked account's name."))
    if not reason.strip():
        raise BlockError(QT_TRANSLATE_NOOP("Errors", "Give the reason for the block."))
    if decided_by_id is None:
        raise BlockError(QT_TRANSLATE_NOOP("Errors", "Choose who decided on the block."))
    with session_scope(engine) as s:
        channel = s.get(Channel, channel_id)
        if channel is None:
            raise BlockError(QT_TRANSLATE_NOOP("Errors", "Choose the channel."))
        block = BlockedUser(
            channel_id=channel_id,
            platform=channel.platform,
            account=account[:200],
            blocked_on=blocked_on,
            decided_by_id=decided_by_id,
            reason=reason.strip(),
            entry_id=entry_id,
        )
        s.add(block)
        s.flush()
        audit.record(
            s,
            "block.add",
            entity="blockeduser",
            entity_id=block.id,
            actor_id=actor_id,
            channel=channel_id,
        )
        return block.id or 0


def unblock(
    engine: Engine,
    block_id: int,
    version_id: int,
    *,
    unblocked_on: date,
    reason: str,
    actor_id: int | None = None,
) -> None:
    if not reason.strip():
        raise BlockError(QT_TRANSLATE_NOOP("Errors", "Give the reason for lifting the block."))
    try:
        with session_scope(engine) as s:
            block = s.get(BlockedUser, block_id)
            if block is None or block.version_id != version_id:
                raise StaleRecord()
            if block.unblocked_on is not None:
                raise BlockError(QT_TRANSLATE_NOOP("Errors", "The block has already been lifted."))
            if unblocked_on < block.blocked_on:
                raise BlockError(
                    QT_TRANSLATE_NOOP("Errors", "A block cannot be lifted before it was made.")
                )
            block.unblocked_on = unblocked_on
            block.unblock_reason = reason.strip()
            audit.record(
                s, "block.lift", entity="blockeduser", entity_id=block_id, actor_id=actor_id
            )
    except StaleDataError as exc:
        raise StaleRecord() from exc


def blocks_csv(rows: list[BlockRow], translate: Translate) -> bytes:
    """The block register as a spreadsheet (a public record anyone may ask for)."""

    header = [translate("Blocks", text) for text in BLOCK_HEADERS]
    return excel_csv(
        [header]
        + [
            [
                r.platform,
                r.channel_name,
                r.account,
                r.blocked_on.isoformat(),
                r.decided_by,
                r.reason,
                r.entry_id or "",
                r.unblocked_on.isoformat() if r.unblocked_on else "",
                r.unblock_reason,
            ]
            for r in rows
        ]
    )
