"""X (Twitter): the legacy tweet activity exports and the newer account analytics."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from kuntasome.core.statistics.importers.cells import DateColumn, id_text, number, timestamp
from kuntasome.core.statistics.importers.parsed import (
    Columns,
    Parsed,
    PostValues,
    cell,
    find_header,
)
from kuntasome.core.statistics.importers.tables import Table

_HANDLE = re.compile(r"(?:twitter|x)\.com/([^/]+)/status", re.IGNORECASE)

LEGACY = {
    "impressions": ("impressions",),
    "engagements": ("engagements",),
    "shares": ("retweets",),
    "comments": ("replies",),
    "reactions": ("likes",),
    "link_clicks": ("url clicks",),
    "profile_visits": ("user profile clicks",),
    "follows": ("follows",),
    "video_views": ("media views",),
}
NEW = {
    "impressions": ("Impressions",),
    "engagements": ("Engagements",),
    "reactions": ("Likes",),
    "comments": ("Replies",),
    "shares": ("Reposts",),
    "follows": ("New follows",),
    "unfollows": ("Unfollows",),
    "profile_visits": ("Profile visits",),
    "video_views": ("Video views",),
    "link_clicks": ("URL clicks", "Url clicks"),
    "posts": ("Create Post",),
}


def _metrics(
    row: list[object], cols: Columns, names: Mapping[str, tuple[str, ...]]
) -> dict[str, float]:
    return {
        m: v
        for m, group in names.items()
        if (v := number(cell(row, cols.find(*group)))) is not None
    }


def read(table: Table) -> Parsed | None:
    rows = table.rows
    for finder in (_tweets, _legacy_daily, _content, _overview):
        parsed = finder(rows)
        if parsed is not None:
            return parsed
    return None


def _tweets(rows: list[list[object]]) -> Parsed | None:
    header = find_header(rows, ("Tweet id",), ("Tweet permalink",), ("impressions",), within=3)
    if header is None:
        return None
    cols = Columns(rows[header])
    parsed = Parsed("x", "x_tweets")
    body = rows[header + 1 :]
    times = DateColumn(cell(r, cols.find("time")) for r in body)
    for row in body:
        post_id = id_text(cell(row, cols.find("Tweet id")))
        if not post_id:
            continue
        url = str(cell(row, cols.find("Tweet permalink")) or "")
        match = _HANDLE.search(url)
        account = match.group(1).casefold() if match else ""
        parsed.accounts.setdefault(account, f"@{account}" if account else "")
        parsed.rows += 1
        parsed.posts.append(
            PostValues(
                account,
                post_id,
                url,
                timestamp(cell(row, cols.find("time")), times),
                _metrics(row, cols, LEGACY),
            )
        )
    parsed.count_posts_per_day()
    return parsed


def _legacy_daily(rows: list[list[object]]) -> Parsed | None:
    header = find_header(rows, ("Date",), ("Tweets published",), ("impressions",), within=3)
    if header is None:
        return None
    cols = Columns(rows[header])
    names = dict(LEGACY, posts=("Tweets published",))
    return _daily(rows[header + 1 :], cols, names, "x_daily")


def _overview(rows: list[list[object]]) -> Parsed | None:
    header = find_header(rows, ("Date",), ("Impressions",), ("New follows",), within=3)
    if header is None or Columns(rows[header]).has("Post id", "Post text"):
        return None
    return _daily(rows[header + 1 :], Columns(rows[header]), NEW, "x_overview")


def _daily(
    body: list[list[object]], cols: Columns, names: Mapping[str, tuple[str, ...]], kind: str
) -> Parsed:
    parsed = Parsed("x", kind, accounts={"": ""})
    dates = DateColumn(cell(r, cols.find("Date")) for r in body)
    for row in body:
        day = dates.parse(cell(row, cols.find("Date")))
        if not isinstance(day, date):
            continue
        parsed.rows += 1
        for metric, value in _metrics(row, cols, names).items():
            parsed.add("", day, metric, value)
    return parsed


def _content(rows: list[list[object]]) -> Parsed | None:
    header = find_header(rows, ("Post id",), ("Date",), ("Impressions",), within=3)
    if header is None:
        return None
    cols = Columns(rows[header])
    parsed = Parsed("x", "x_content", accounts={"": ""})
    body = rows[header + 1 :]
    dates = DateColumn(cell(r, cols.find("Date")) for r in body)
    names = dict(NEW)
    names.pop("posts")
    names["shares"] = ("Reposts", "Share", "Shares")
    for row in body:
        post_id = id_text(cell(row, cols.find("Post id")))
        if not post_id:
            continue
        url = str(cell(row, cols.find("Post Link", "Link")) or "")
        parsed.rows += 1
        parsed.posts.append(
            PostValues(
                "",
                post_id,
                url,
                timestamp(cell(row, cols.find("Date")), dates),
                _metrics(row, cols, names),
            )
        )
    parsed.count_posts_per_day()
    return parsed
