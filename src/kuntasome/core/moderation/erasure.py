"""Erasing the personal data of moderation entries at disposal, and recording it in the
chain: one entry per channel that names the entries it erased (see ``chain``, version 2)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import update
from sqlmodel import col, select

from kuntasome.core.models import ModerationEntry, Setting
from kuntasome.core.moderation.chain import GENESIS, VERSION, commitment_of, entry_hash_v2, new_salt
from kuntasome.core.moderation.log import CHAIN_LOCK_KEY, ERASED_ACTION, SYSTEM_KIND, lock_chain

if TYPE_CHECKING:
    from sqlmodel import Session


def erase_entries(
    s: Session, by_channel: dict[int, list[int]], *, decision: str, now: datetime
) -> list[int]:
    """Empty the erasable fields of the entries in *by_channel* (channel → entry ids) and
    record the erasure in the chain: one entry per channel that names the ids it erased.
    Runs inside the caller's transaction (a disposal); returns the new entries' ids."""
    lock_chain(s)
    made = []
    for channel_id, ids in sorted(by_channel.items()):
        if not ids:
            continue
        s.execute(
            update(ModerationEntry)
            .where(col(ModerationEntry.id).in_(ids))
            .values(
                author_handle="",
                comment_url="",
                comment_text="",
                answer_text="",
                salt="",
                erased_at=now,
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
            "channel_id": channel_id,
            "kind": SYSTEM_KIND,
            "action": ERASED_ACTION,
            "reason_code": "",
            "posted_at": None,
            "seen_at": now,
            "answered_at": None,
            "due_at": None,
            "author_handle": "",
            "comment_url": "",
            "comment_text": "",
            "answer_text": "",
            "case_number": decision[:60],
            "handler_id": None,
            "corrects_id": None,
            "no_evidence_reason": "",
            "created_at": now,
        }
        erases = ",".join(str(i) for i in sorted(ids))
        salt = new_salt()
        committed = commitment_of(values, salt)
        digest = entry_hash_v2(values, prev, (), committed, erases)
        s.add(
            ModerationEntry(
                **values,  # type: ignore[arg-type]
                prev_hash=prev,
                entry_hash=digest,
                hash_version=VERSION,
                salt=salt,
                commitment=committed,
                erases=erases,
            )
        )
        s.flush()
        lock = s.get(Setting, CHAIN_LOCK_KEY)
        assert lock is not None
        lock.value = f"{entry_id}:{digest}"
        made.append(entry_id)
    return made
