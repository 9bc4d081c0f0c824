"""A chart in words: what a screen reader says for a chart in the window, and the alternative
text of the same chart in a PDF report. One text for both, from the chart's own data."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.messages import arg
from kuntasome.core.statistics.series import ChartData, rate_percent

from kuntasome.documents.charts import Translate

Number = Callable[[float, int], str]  # a value and its decimals, in the reader's language

INTRO = {
    "followers": QT_TRANSLATE_NOOP("Charts", "Line chart of followers per channel over the period"),
    "frequency": QT_TRANSLATE_NOOP("Charts", "Line chart of posts published per week"),
    "reach": QT_TRANSLATE_NOOP("Charts", "Bar chart of reach and engagements per channel"),
    "engagement_rate": QT_TRANSLATE_NOOP("Charts", "Bar chart of the engagement rate per channel"),
    "top_posts": QT_TRANSLATE_NOOP("Charts", "Bar chart of the posts with the most engagements"),
}


def describe(data: ChartData, translate: Translate, number: Number) -> str:
    """What *data* shows, in one paragraph: the kind of chart, then each channel's (or
    post's) figures."""
    names = data.names()
    parts: list[str] = []
    if data.kind == "followers":
        parts = [
            arg(
                translate("Charts", "{channel} from {start} to {end}"),
                channel=names.get(cid, ""),
                start=number(points[0][1], 0),
                end=number(points[-1][1], 0),
            )
            for cid, points in data.series.items()
            if points
        ]
    elif data.kind == "frequency":
        for cid, points in data.series.items():
            if not points:
                continue
            values = [v for _, v in points]
            part = arg(
                translate("Charts", "{channel}: {least}–{most} posts a week"),
                channel=names.get(cid, ""),
                least=number(min(values), 0),
                most=number(max(values), 0),
            )
            if cid in data.targets:
                part += ", " + arg(
                    translate("Charts", "target {target}"), target=number(data.targets[cid], 0)
                )
            parts.append(part)
    elif data.kind == "reach":
        parts = [
            arg(
                translate("Charts", "{channel}: reach {reach}, engagements {engagements}"),
                channel=names.get(cid, ""),
                reach=number(values.get("reach", 0.0), 0),
                engagements=number(values.get("engagements", 0.0), 0),
            )
            for cid, values in data.totals.items()
        ]
    elif data.kind == "engagement_rate":
        parts = [
            arg(
                translate("Charts", "{channel}: {rate}%"),
                channel=names.get(cid, ""),
                rate=number(rate, 1),
            )
            for cid, values in data.totals.items()
            if (rate := rate_percent(values)) is not None
        ]
    elif data.kind == "top_posts":
        parts = [
            arg(
                translate("Charts", "{post}: {engagements} engagements"),
                post=post.title or names.get(post.channel_id, ""),
                engagements=number(post.engagements, 0),
            )
            for post in data.top
        ]
    intro = translate("Charts", INTRO.get(data.kind, INTRO["reach"]))
    if not parts:
        return intro + ": " + translate("Charts", "no statistics for the period.")
    return intro + ": " + "; ".join(parts) + "."


HEADERS = {
    "followers": (
        QT_TRANSLATE_NOOP("Charts", "Channel"),
        QT_TRANSLATE_NOOP("Charts", "Date"),
        QT_TRANSLATE_NOOP("Charts", "Followers"),
    ),
    "frequency": (
        QT_TRANSLATE_NOOP("Charts", "Channel"),
        QT_TRANSLATE_NOOP("Charts", "Week from"),
        QT_TRANSLATE_NOOP("Charts", "Posts a week"),
        QT_TRANSLATE_NOOP("Charts", "Target a week"),
    ),
    "reach": (
        QT_TRANSLATE_NOOP("Charts", "Channel"),
        QT_TRANSLATE_NOOP("Charts", "Reach"),
        QT_TRANSLATE_NOOP("Charts", "Engagements"),
    ),
    "engagement_rate": (
        QT_TRANSLATE_NOOP("Charts", "Channel"),
        QT_TRANSLATE_NOOP("Charts", "Engagements per reach (%)"),
    ),
    "top_posts": (
        QT_TRANSLATE_NOOP("Charts", "Post"),
        QT_TRANSLATE_NOOP("Charts", "Channel"),
        QT_TRANSLATE_NOOP("Charts", "Published"),
        QT_TRANSLATE_NOOP("Charts", "Engagements"),
    ),
}


def chart_table(
    data: ChartData, translate: Translate, number: Number, day: Callable[[date], str]
) -> tuple[list[str], list[list[str]]]:
    """The chart's figures as a table (headers, rows): the chart for a reader who cannot see
    it, or who wants the exact values."""
    names = data.names()
    headers = [translate("Charts", h) for h in HEADERS.get(data.kind, HEADERS["reach"])]
    rows: list[list[str]] = []
    if data.kind in ("followers", "frequency"):
        for cid, points in data.series.items():
            target = data.targets.get(cid)
            for when, value in points:
                row = [names.get(cid, ""), day(when), number(value, 0)]
                if data.kind == "frequency":
                    row.append(number(target, 0) if target is not None else "–")
                rows.append(row)
    elif data.kind == "reach":
        rows = [
            [
                names.get(cid, ""),
                number(values.get("reach", 0.0), 0),
                number(values.get("engagements", 0.0), 0),
            ]
            for cid, values in data.totals.items()
        ]
    elif data.kind == "engagement_rate":
        rows = [
            [names.get(cid, ""), "–" if (rate := rate_percent(values)) is None else number(rate, 1)]
            for cid, values in data.totals.items()
        ]
    elif data.kind == "top_posts":
        rows = [
            [
                post.title or post.external_id,
                names.get(post.channel_id, ""),
                day(post.published) if post.published else "–",
                number(post.engagements, 0),
            ]
            for post in data.top
        ]
    return headers, rows
