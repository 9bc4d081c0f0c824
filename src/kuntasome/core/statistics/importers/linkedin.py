"""LinkedIn page exports: content (Metrics + All posts sheets), followers, visitors."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from kuntasome.core.statistics.importers.cells import DateColumn, number, timestamp
from kuntasome.core.statistics.importers.parsed import (
    Columns,
    Parsed,
    PostValues,
    cell,
    find_header,
)
from kuntasome.core.statistics.importers.tables import Table

_URN = re.compile(r"urn:li:(?:activity|share|ugcPost):(\d+)")

DAILY = {
    "impressions": ("Impressions (total)",),
    "reach": ("Unique impressions (organic)", "Unique impressions (total)"),
    "link_clicks": ("Clicks (total)",),
    "reactions": ("Reactions (total)",),
    "comments": ("Comments (total)",),
    "shares": ("Reposts (total)",),
}
POSTS = {
    "impressions": ("Impressions",),
    "link_clicks": ("Clicks",),
    "reactions": ("Likes", "Reactions"),
    "comments": ("Comments",),
    "shares": ("Reposts",),
    "video_views": ("Views",),
}


def read(tables: list[Table]) -> Parsed | None:
    parsed: Parsed | None = None
    for table in tables:
        rows = table.rows
        header = find_header(rows, ("Date",), ("Impressions (total)",))
        if header is not None:
            parsed = parsed or Parsed("linkedin", "linkedin_content", accounts={"": ""})
            _daily(parsed, rows[header + 1 :], Columns(rows[header]), DAILY)
            continue
        header = find_header(rows, ("Post link",), ("Created date",), ("Impressions",))
        if header is not None:
            parsed = parsed or Parsed("linkedin", "linkedin_content", accounts={"": ""})
            _posts(parsed, rows[header + 1 :], Columns(rows[header]))
            continue
        header = find_header(rows, ("Date",), ("Total followers",))
        if header is not None:
            parsed = parsed or Parsed("linkedin", "linkedin_followers", accounts={"": ""})
            _daily(
                parsed, rows[header + 1 :], Columns(rows[header]), {"follows": ("Total followers",)}
            )
            continue
        header = find_header(rows, ("Date",), ("Total page views (total)",))
        if header is not None:
            parsed = parsed or Parsed("linkedin", "linkedin_visitors", accounts={"": ""})
            _daily(
                parsed,
                rows[header + 1 :],
                Columns(rows[header]),
                {"profile_visits": ("Total page views (total)",)},
            )
    if parsed is not None and parsed.kind == "linkedin_content":
        parsed.count_posts_per_day()
    return parsed


def _daily(
    parsed: Parsed, body: list[list[object]], cols: Columns, names: Mapping[str, tuple[str, ...]]
) -> None:
    dates = DateColumn(cell(r, cols.find("Date")) for r in body)
    for row in body:
        day = dates.parse(cell(row, cols.find("Date")))
        if not isinstance(day, date):
            continue
        parsed.rows += 1
        for metric, group in names.items():
            parsed.add("", day, metric, number(cell(row, cols.find(*group))))


def _posts(parsed: Parsed, body: list[list[object]], cols: Columns) -> None:
    dates = DateColumn(cell(r, cols.find("Created date")) for r in body)
    for row in body:
        url = str(cell(row, cols.find("Post link")) or "")
        match = _URN.search(url)
        if not url:
            continue
        parsed.rows += 1
        parsed.posts.append(
            PostValues(
                "",
                match.group(1) if match else url,
                url,
                timestamp(cell(row, cols.find("Created date")), dates),
                {
                    m: v
                    for m, group in POSTS.items()
                    if (v := number(cell(row, cols.find(*group)))) is not None
                },
            )
        )
