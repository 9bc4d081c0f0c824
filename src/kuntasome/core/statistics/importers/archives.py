"""Account archives: Mastodon's ActivityStreams JSON and Bluesky's CAR repository.

They carry no engagement figures (those are not in your own archive), but they do tell
how many posts went out each day.
"""

from __future__ import annotations

import struct
from datetime import date, datetime
from typing import Any

from kuntasome.core.statistics.importers.parsed import Parsed


def read_json(document: Any) -> Parsed | None:
    if not isinstance(document, dict):
        return None
    if str(document.get("id", "")).startswith("did:") and "alsoKnownAs" in document:
        return Parsed("bluesky", "bluesky_identity", no_metrics="identity")
    kind = document.get("type")
    items = document.get("orderedItems")
    if kind == "OrderedCollection" and isinstance(items, list):
        creates = [
            i for i in items if isinstance(i, dict) and i.get("type") in ("Create", "Announce")
        ]
        if not creates:
            return Parsed("mastodon", "mastodon_archive", rows=len(items), no_metrics="identity")
        return _outbox(creates)
    if kind in ("Person", "Service", "Application") and "preferredUsername" in document:
        return Parsed("mastodon", "mastodon_archive", no_metrics="identity")
    return None


def _outbox(items: list[dict[str, Any]]) -> Parsed:
    actor = next((str(i.get("actor")) for i in items if i.get("actor")), "")
    parsed = Parsed("mastodon", "mastodon_outbox", accounts={actor: actor})
    for item in items:
        parsed.rows += 1
        if item.get("type") != "Create":
            continue  # a boost of someone else's post
        day = _day(item.get("published") or (item.get("object") or {}).get("published"))
        parsed.add(actor, day, "posts", 1.0)
    return parsed


def _day(text: object) -> date | None:
    try:
        return datetime.fromisoformat(str(text).replace("Z", "+00:00")).date()
    except ValueError:
        return None


# -- Bluesky: CAR v1 with DAG-CBOR blocks --------------------------------------------------
def _varint(data: bytes, pos: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, pos
        shift += 7


def _cbor(data: bytes, pos: int) -> tuple[Any, int]:
    """One DAG-CBOR item (the subset records use: ints, strings, bytes, lists, maps, CIDs)."""
    initial = data[pos]
    pos += 1
    major, info = initial >> 5, initial & 0x1F
    if info < 24:
        arg = info
    elif info in (24, 25, 26, 27):
        size = 1 << (info - 24)
        arg = int.from_bytes(data[pos : pos + size], "big")
        pos += size
    else:
        raise ValueError("indefinite lengths are not DAG-CBOR")
    if major == 0:
        return arg, pos
    if major == 1:
        return -1 - arg, pos
    if major == 2:
        return data[pos : pos + arg], pos + arg
    if major == 3:
        return data[pos : pos + arg].decode("utf-8", errors="replace"), pos + arg
    if major == 4:
        items = []
        for _ in range(arg):
            item, pos = _cbor(data, pos)
            items.append(item)
        return items, pos
    if major == 5:
        result = {}
        for _ in range(arg):
            key, pos = _cbor(data, pos)
            if not isinstance(key, str):  # DAG-CBOR keys are strings; a damaged file's may
                raise ValueError("a map key that is not a string")  # be lists (unhashable)
            value, pos = _cbor(data, pos)
            result[key] = value
        return result, pos
    if major == 6:
        return _cbor(data, pos)  # tag 42: a CID, kept as its bytes
    if info == 20:
        return False, pos
    if info == 21:
        return True, pos
    if info in (22, 23):
        return None, pos
    if info == 27:
        return struct.unpack(">d", arg.to_bytes(8, "big"))[0], pos
    return None, pos


# What a damaged CAR file makes the reader meet: it is then no Bluesky export we can read.
DAMAGED = (IndexError, ValueError, TypeError, RecursionError, OverflowError, struct.error)


def read_car(data: bytes) -> Parsed | None:
    try:
        length, pos = _varint(data, 0)
        header, _ = _cbor(data, pos)
        if not isinstance(header, dict) or header.get("version") != 1:
            return None
        pos += length
        records: list[dict[str, Any]] = []
        did = ""
        while pos < len(data):
            length, pos = _varint(data, pos)
            end = pos + length
            block = pos
            _version, block = _varint(data, block)
            _codec, block = _varint(data, block)
            _hash, block = _varint(data, block)
            digest_length, block = _varint(data, block)
            block += digest_length
            try:
                value, _ = _cbor(data, block)
            except DAMAGED:
                value = None
            if isinstance(value, dict):
                if value.get("$type"):
                    records.append(value)
                elif isinstance(value.get("did"), str) and "sig" in value:
                    did = value["did"]
            pos = end
    except DAMAGED:
        return None
    parsed = Parsed("bluesky", "bluesky_repo", accounts={did: did})
    for record in records:
        if record.get("$type") == "app.bsky.feed.post":
            parsed.rows += 1
            parsed.add(did, _day(record.get("createdAt")), "posts", 1.0)
    return parsed
