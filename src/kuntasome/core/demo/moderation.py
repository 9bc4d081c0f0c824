"""The demo town's moderation log (hash-chained), blocks and monitoring check-ins."""

from __future__ import annotations

import hashlib
import math
import random
from collections.abc import Iterator, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from kuntasome.core.demo import content as c
from kuntasome.core.demo.calendar import TZ, local_time, next_working_day, working_day
from kuntasome.core.moderation.chain import GENESIS, VERSION, commitment_of, entry_hash_v2

NO_EVIDENCE = "Kuvakaappaus on tallennettu asianhallintaan ennen KuntaSomen käyttöönottoa."


def _salt(entry_id: int) -> str:
    return hashlib.sha256(f"kuntasome-demo/{entry_id}".encode()).hexdigest()[:32]


def moderation_rows(
    rng: random.Random,
    channels: Sequence[dict[str, Any]],
    moderators: Sequence[int],
    start: date,
    now: datetime,
    per_working_day: float,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Entries in the order they were logged, each chained to the one before, and blocks."""
    active = [ch for ch in channels if ch["status"] == "active"]
    weights = [max(1, ch["posts_per_week_min"] or 1) ** 2 for ch in active]
    prev = GENESIS
    entries: list[dict[str, Any]] = []
    blocks: list[dict[str, Any]] = []
    day = start
    while day <= now.astimezone(TZ).date():
        mean = per_working_day * (1.0 if working_day(day) else 0.5)
        for _ in range(max(0, round(rng.gauss(mean, math.sqrt(mean))))):
            spec = rng.choice(c.COMMENTS)
            ch = rng.choices(active, weights)[0]
            posted = local_time(day, rng.randrange(7, 23), rng.randrange(60))
            seen = min(posted + timedelta(minutes=rng.randrange(10, 600)), now)
            if posted > now:
                continue
            due = local_time(next_working_day(posted.astimezone(TZ).date()), 16)
            answered = None
            if spec.action in ("answered", "acknowledged", "forwarded"):
                late = rng.random() < 0.08
                answered = (
                    due + timedelta(hours=rng.randrange(2, 30))
                    if late
                    else seen + timedelta(minutes=rng.randrange(5, 240))
                )
                if answered > now:
                    answered = None  # still waiting for an answer: shows as open
            entry_id = len(entries) + 1
            handler = rng.choice(moderators)
            author = f"{rng.choice(c.COMMENTERS)}{rng.randrange(10, 999)}"
            removed = spec.action in ("removed", "user_blocked")
            row: dict[str, Any] = {
                "id": entry_id,
                "channel_id": ch["id"],
                "kind": spec.kind,
                "action": spec.action,
                "reason_code": spec.reason,
                "posted_at": posted,
                "seen_at": seen,
                "answered_at": answered,
                "due_at": due,
                "author_handle": author,
                "comment_url": f"{ch['url']}/comments/{entry_id:09d}",
                "comment_text": spec.text,
                "answer_text": spec.answer if answered else "",
                "case_number": f"KAL/{entry_id % 900 + 100}/00.01.05/{day.year}"
                if spec.action == "forwarded"
                else "",
                "handler_id": handler,
                "corrects_id": None,
                "no_evidence_reason": NO_EVIDENCE if removed else "",
                "created_at": seen,
                "prev_hash": prev,
            }
            # Fixed salts (fictional data): the same seed gives the same town, and the random
            # stream the rest of the town is drawn from stays as it was.
            salt = _salt(entry_id)
            committed = commitment_of(row, salt)
            row["hash_version"] = VERSION
            row["salt"] = salt
            row["commitment"] = committed
            row["entry_hash"] = prev = entry_hash_v2(row, prev, (), committed)
            entries.append(row)
            if spec.action == "user_blocked":
                blocks.append(
                    {
                        "channel_id": ch["id"],
                        "platform": ch["platform"],
                        "account": author,
                        "blocked_on": seen.astimezone(TZ).date(),
                        "decided_by_id": handler,
                        "reason": "Toistuva häiriköinti ohjeistuksesta huolimatta.",
                        "entry_id": entry_id,
                    }
                )
        day += timedelta(days=1)
    return entries, blocks


def checkin_rows(
    rng: random.Random,
    channel_ids: Sequence[int],
    moderators: Sequence[int],
    start: date,
    now: datetime,
) -> Iterator[dict[str, Any]]:
    """Three check-ins a working day across the watched channels, with the odd gap."""
    day = start
    while day <= now.astimezone(TZ).date():
        if working_day(day):
            for hour in (8, 12, 15):
                if rng.random() < 0.06:
                    continue  # a gap to see in the monitoring view
                at = local_time(day, hour, rng.randrange(0, 50))
                if at > now:
                    continue
                person = rng.choice(moderators)
                for channel_id in channel_ids:
                    yield {"channel_id": channel_id, "checked_at": at, "person_id": person}
        day += timedelta(days=1)
