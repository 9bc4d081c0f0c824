"""TikTok Studio exports: Overview, Content, Followers, Viewers; dates without a year."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime

from kuntasome.core.statistics.importers.cells import DateColumn, number, resolve_years, year_for
from kuntasome.core.statistics.importers.parsed import (
    Columns,
    Parsed,
    PostValues,
    cell,
    find_header,
)
from kuntasome.core.statistics.importers.tables import Table

_VIDEO = re.compile(r"tiktok\.com/@([^/]+)/video/(\d+)")

OVERVIEW = {
    "video_views": ("Video Views",),
    "profile_visits": ("Profile Views",),
    "reactions": ("Likes",),
    "comments": ("Comments",),
    "shares": ("Shares",),
}


def read(table: Table, today: date) -> Parsed | None:
    rows = table.rows
    for required, kind, names in (
        ((("Date",), ("Video Views",), ("Profile Views",)), "tiktok_overview", OVERVIEW),
        (
            (("Date",), ("Followers",), ("Difference in followers from previous day",)),
            "tiktok_followers",
            {"followers": ("Followers",)},
        ),
        ((("Date",), ("Total Viewers",)), "tiktok_viewers", {"reach": ("Total Viewers",)}),
    ):
        header = find_header(rows, *required, within=3)
        if header is not None:
            return _daily(rows[header + 1 :], Columns(rows[header]), kind, names, today)
    header = find_header(rows, ("Video link",), ("Post time",), ("Total views",), within=3)
    if header is not None:
        return _content(rows[header + 1 :], Columns(rows[header]), today)
    for required in (
        (("Date",), ("Hour",), ("Active followers",)),
        (("Gender",), ("Distribution",)),
        (("Top territories",), ("Distribution",)),
    ):
        if find_header(rows, *required, within=3) is not None:
            return Parsed("tiktok", "tiktok_breakdown", rows=len(rows) - 1, no_metrics="activity")
    return None


def _daily(
    body: list[list[object]],
    cols: Columns,
    kind: str,
    names: Mapping[str, tuple[str, ...]],
    today: date,
) -> Parsed:
    parsed = Parsed("tiktok", kind, accounts={"": ""})
    body = [r for r in body if any(c not in (None, "") for c in r)]
    column = DateColumn(cell(r, cols.find("Date")) for r in body)
    days = resolve_years([column.parse(cell(r, cols.find("Date"))) for r in body], today)
    for row, day in zip(body, days, strict=True):
        if day is None:
            continue
        parsed.rows += 1
        for metric, group in names.items():
            parsed.add("", day, metric, number(cell(row, cols.find(*group))))
    return parsed


def _content(body: list[list[object]], cols: Columns, today: date) -> Parsed:
    parsed = Parsed("tiktok", "tiktok_content")
    column = DateColumn([])
    for row in body:
        url = str(cell(row, cols.find("Video link")) or "")
        match = _VIDEO.search(url)
        if not match:
            continue
        exported = column.parse(cell(row, cols.find("Time")))
        export_day = (
            exported
            if isinstance(exported, date)
            else year_for(exported, today)
            if isinstance(exported, tuple)
            else today
        ) or today
        posted = column.parse(cell(row, cols.find("Post time")))
        day = (
            posted
            if isinstance(posted, date)
            else (year_for(posted, export_day) if isinstance(posted, tuple) else None)
        )
        account = match.group(1).casefold()
        parsed.accounts.setdefault(account, f"@{account}")
        parsed.rows += 1
        parsed.posts.append(
            PostValues(
                account,
                match.group(2),
                url,
                datetime.combine(day, datetime.min.time()) if day else None,
                {
                    m: v
                    for m, group in (
                        ("reactions", "Total likes"),
                        ("comments", "Total comments"),
                        ("shares", "Total shares"),
                        ("video_views", "Total views"),
                    )
                    if (v := number(cell(row, cols.find(group)))) is not None
                },
            )
        )
    parsed.count_posts_per_day()
    return parsed
