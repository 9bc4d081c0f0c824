"""Account archives: Mastodon's ActivityStreams JSON and Bluesky's CAR repository.

They carry no engagement figures (those are not in your own archive), but they do tell
how many posts went out each day.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import libipld

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
# libipld (the Rust decoder the atproto SDK itself uses) parses the CAR framing and the
# DAG-CBOR of each block; untrusted bytes end in its ValueError, never in a crash. Our code
# only walks the records.


def read_car(data: bytes) -> Parsed | None:
    try:
        header, blocks = libipld.decode_car(data)
    except (ValueError, TypeError, OverflowError, RecursionError):
        return None  # damaged or no CAR: no Bluesky export we can read
    if not isinstance(header, dict) or header.get("version") != 1:
        return None
    did = ""
    posts: list[dict[str, Any]] = []
    for value in blocks.values():
        if not isinstance(value, dict):
            continue
        if value.get("$type") == "app.bsky.feed.post":
            posts.append(value)
        elif isinstance(value.get("did"), str) and "sig" in value:
            did = value["did"]  # the signed commit names the account
    parsed = Parsed("bluesky", "bluesky_repo", accounts={did: did})
    for record in posts:
        parsed.rows += 1
        parsed.add(did, _day(record.get("createdAt")), "posts", 1.0)
    return parsed
