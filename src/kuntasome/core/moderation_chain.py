"""The hash chain that makes the moderation log tamper-evident.

Each entry's hash is SHA-256 over the previous entry's hash and a canonical JSON
serialisation of the entry's content (including its id), so changing, removing or
reordering any past entry breaks every hash after it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import UTC, date, datetime

GENESIS = "0" * 64

CHAINED_FIELDS: tuple[str, ...] = (
    "id",
    "channel_id",
    "kind",
    "action",
    "reason_code",
    "posted_at",
    "seen_at",
    "answered_at",
    "due_at",
    "author_handle",
    "comment_url",
    "comment_text",
    "answer_text",
    "case_number",
    "handler_id",
    "corrects_id",
    "no_evidence_reason",
    "created_at",
)


def _canonical(value: object) -> object:
    if isinstance(value, datetime):
        # Stored as UTC; naive values are taken to be UTC already.
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def entry_hash(values: Mapping[str, object], prev_hash: str) -> str:
    """The hash of one entry given its field values and the previous entry's hash."""
    payload = {name: _canonical(values.get(name)) for name in CHAINED_FIELDS}
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256((prev_hash + text).encode("utf-8")).hexdigest()
