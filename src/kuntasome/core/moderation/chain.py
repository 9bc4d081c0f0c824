"""The hash chain that makes the moderation log tamper-evident.

Each entry's hash is SHA-256 over the previous entry's hash and a canonical JSON
serialisation of the entry's content (including its id, and the SHA-256 of its evidence
files when it has any), so changing, removing or reordering any past entry — or swapping
an evidence file and its recorded hash — breaks every hash after it.

Version 2 (every entry since migration 0008) lets personal data be disposed of at the end
of its retention without breaking the chain: the hash covers a *commitment* to the erasable
fields — SHA-256 over a random salt and the values — instead of the values themselves.
While the data is kept, the verifier recomputes the commitment from the salt and the values;
disposal empties the fields and the salt (the commitment alone reveals nothing, not even a
short handle) and is itself recorded by a later entry of the chain that names the entries it
erased (``erases``). Version 1 entries (before the migration re-sealed an intact chain, or
after a broken one) hash the values themselves.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Mapping, Sequence
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
DATETIME_FIELDS = frozenset({"posted_at", "seen_at", "answered_at", "due_at", "created_at"})
# What disposal may erase: what the public wrote, and where (the answer quotes it).
ERASABLE_FIELDS: tuple[str, ...] = ("author_handle", "comment_url", "comment_text", "answer_text")
KEPT_FIELDS: tuple[str, ...] = tuple(f for f in CHAINED_FIELDS if f not in ERASABLE_FIELDS)
assert len(ERASABLE_FIELDS) == 4  # commitment() is written out for four
VERSION = 2


def _canonical(value: object) -> object:
    if isinstance(value, datetime):
        # Stored as UTC; naive values are taken to be UTC already.
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def canonical_stored_datetime(value: object) -> object:
    """A datetime column as SQLite hands it back unparsed ("2026-11-22 10:00:00.000000")
    in the same form :func:`_canonical` gives the datetime itself; verifying 300,000
    entries need not parse 1.5 million timestamps."""
    if isinstance(value, str):
        text = value.replace(" ", "T", 1)
        return text if "." in text else text + ".000000"
    return _canonical(value)


# One encoder for every entry: json.dumps would build a new one each time.
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _digest(payload: dict[str, object], prev_hash: str, evidence: Sequence[tuple[str, str]]) -> str:
    if evidence:  # entries without evidence hash as they always have
        payload["evidence"] = sorted([list(pair) for pair in evidence])
    return hashlib.sha256((prev_hash + _ENCODER.encode(payload)).encode("utf-8")).hexdigest()


def entry_hash(
    values: Mapping[str, object], prev_hash: str, evidence: Sequence[tuple[str, str]] = ()
) -> str:
    """The hash of one entry given its field values, the previous entry's hash and its
    evidence as (original SHA-256, PDF SHA-256) pairs."""
    payload = {name: _canonical(values.get(name)) for name in CHAINED_FIELDS}
    return _digest(payload, prev_hash, evidence)


def canonical_entry_hash(
    values: Sequence[object], prev_hash: str, evidence: Sequence[tuple[str, str]] = ()
) -> str:
    """:func:`entry_hash` for values already in canonical form, in ``CHAINED_FIELDS``
    order (as the verifier reads them): the same hash, without a conversion per field."""
    return _digest(dict(zip(CHAINED_FIELDS, values, strict=True)), prev_hash, evidence)


# -- version 2 --------------------------------------------------------------------------


def new_salt() -> str:
    """A random salt for a new entry's erasable fields."""
    return secrets.token_hex(16)


def commitment(salt: str, values: Sequence[object]) -> str:
    """What the chain keeps of the erasable values (in ``ERASABLE_FIELDS`` order): SHA-256
    over the salt and each value with its length, so no two lists give the same text."""
    # Written out for the four fields: the verifier computes this for every entry.
    a, b, c, d = (v if type(v) is str else "" if v is None else str(v) for v in values)
    text = f"{salt}\x00{len(a)}:{a}{len(b)}:{b}{len(c)}:{c}{len(d)}:{d}"
    return hashlib.sha256(text.encode()).hexdigest()


def commitment_of(values: Mapping[str, object], salt: str) -> str:
    return commitment(salt, [values.get(name) for name in ERASABLE_FIELDS])


def _digest_v2(
    kept: dict[str, object],
    committed: str,
    erases: str,
    prev_hash: str,
    evidence: Sequence[tuple[str, str]],
) -> str:
    kept["v"] = VERSION
    kept["commitment"] = committed
    if erases:
        kept["erases"] = erases
    return _digest(kept, prev_hash, evidence)


def entry_hash_v2(
    values: Mapping[str, object],
    prev_hash: str,
    evidence: Sequence[tuple[str, str]],
    committed: str,
    erases: str = "",
) -> str:
    """The hash of a version 2 entry: its kept fields, the commitment to its erasable ones,
    the entries it records as erased (a disposal), the previous hash and its evidence."""
    kept = {name: _canonical(values.get(name)) for name in KEPT_FIELDS}
    return _digest_v2(kept, committed, erases, prev_hash, evidence)


def canonical_entry_hash_v2(
    kept: Sequence[object],
    prev_hash: str,
    evidence: Sequence[tuple[str, str]],
    committed: str,
    erases: str = "",
) -> str:
    """:func:`entry_hash_v2` for kept values already canonical, in ``KEPT_FIELDS`` order."""
    return _digest_v2(
        dict(zip(KEPT_FIELDS, kept, strict=True)), committed, erases, prev_hash, evidence
    )
