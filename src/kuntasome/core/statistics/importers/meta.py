"""Meta Business Suite (Facebook and Instagram) and legacy Facebook Insights exports, in
English, Swedish and Finnish."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from kuntasome.core.statistics.importers.cells import (
    DateColumn,
    id_text,
    norm_header,
    number,
    timestamp,
)
from kuntasome.core.statistics.importers.parsed import (
    Columns,
    Parsed,
    PostValues,
    cell,
    find_header,
)
from kuntasome.core.statistics.importers.tables import Table

DATE = ("Date", "Datum", "Päivämäärä", "Päivä")
PRIMARY = ("Primary", "Primär", "Ensisijainen")
# The metric a single-metric export holds, from words in its title line.
TITLE_METRICS = (
    (("link clicks", "länkklick", "linkkien klikkaukset", "linkkiklikkaukset"), "link_clicks"),
    (("visits", "besök", "käynnit", "profilbesök", "profiilikäynnit"), "profile_visits"),
    (("interactions", "interaktioner", "vuorovaikutukset", "vuorovaikutus"), "engagements"),
    (("follows", "följer", "följare", "seuraajat", "seuraamiset", "seuraajia"), "follows"),
    (("reach", "räckvidd", "kattavuus"), "reach"),
    (("views", "visningar", "näyttökerrat", "katselukerrat"), "impressions"),
)

POST_ID = ("Post ID", "Publicerings-id", "Julkaisun tunnus", "Julkaisun ID")
PUBLISH_TIME = ("Publish time", "Publiceringstid", "Julkaisuaika")
PAGE_ID = ("Page ID", "Sid-id", "Sivun tunnus", "Sivun ID")
PAGE_NAME = ("Page name", "Sidnamn", "Sivun nimi")
ACCOUNT_ID = ("Account ID", "Konto-id", "Tilin tunnus", "Tilin ID")
ACCOUNT_NAME = ("Account username", "Kontots användarnamn", "Tilin käyttäjänimi", "Account name")
PERMALINK = ("Permalink", "Permalänk", "Pysyvä linkki")
POST_METRICS = {
    "impressions": ("Views", "Visningar", "Näyttökerrat", "Impressions"),
    "reach": ("Reach", "Räckvidd", "Kattavuus"),
    "reactions": (
        "Reactions",
        "Reaktioner",
        "Reaktiot",
        "Likes",
        "Gilla-markeringar",
        "Tykkäykset",
    ),
    "comments": ("Comments", "Kommentarer", "Kommentit"),
    "shares": ("Shares", "Delningar", "Jaot", "Jakokerrat"),
    "engagements": (
        "Reactions, comments and shares",
        "Reaktioner, kommentarer och delningar",
        "Reaktiot, kommentit ja jaot",
    ),
    "link_clicks": ("Link clicks", "Länkklick", "Linkkien klikkaukset"),
    "video_views": (
        "3-second video views",
        "3-sekunders videovisningar",
        "3 sekunnin videon katselut",
    ),
}


def read_daily(table: Table) -> Parsed | None:
    """A single metric per day: "sep=," / title / Date, Primary."""
    rows = table.rows
    header = find_header(rows, DATE, PRIMARY, within=3)
    if header is None:
        return None
    cols = Columns(rows[header])
    title = norm_header(" ".join(table.preamble[-1:]) or "")
    metric = next((m for words, m in TITLE_METRICS if any(w in title for w in words)), None)
    if metric is None:
        return None
    platform = "facebook" if "facebook" in title else "instagram" if "instagram" in title else ""
    parsed = Parsed(platform, "meta_daily", accounts={"": ""})
    body = rows[header + 1 :]
    dates = DateColumn(cell(r, cols.find(*DATE)) for r in body)
    for row in body:
        day = dates.parse(cell(row, cols.find(*DATE)))
        if isinstance(day, date):
            parsed.rows += 1
            parsed.add("", day, metric, number(cell(row, cols.find(*PRIMARY))))
    parsed.fill_gaps([metric])
    return parsed


def read_audience(table: Table) -> Parsed | None:
    words = (
        " ".join(table.preamble).casefold()
        + " "
        + " ".join(str(c) for r in table.rows[:3] for c in r).casefold()
    )
    markers = ("age & gender", "top cities", "top countries", "ålder och kön", "ikä ja sukupuoli")
    if not any(m in words for m in markers):
        return None
    return Parsed("", "meta_audience", rows=len(table.rows), no_metrics="demographics")


def read_posts(table: Table) -> Parsed | None:
    rows = table.rows
    header = find_header(rows, POST_ID, PUBLISH_TIME, within=3)
    if header is None:
        return None
    cols = Columns(rows[header])
    facebook = cols.has(*PAGE_ID)
    if not facebook and not cols.has(*ACCOUNT_ID):
        return None
    platform = "facebook" if facebook else "instagram"
    id_col = cols.find(*(PAGE_ID if facebook else ACCOUNT_ID))
    name_col = cols.find(*(PAGE_NAME if facebook else ACCOUNT_NAME))
    parsed = Parsed(platform, "meta_posts")
    body = [r for r in rows[header + 1 :] if any(c not in (None, "") for c in r)]
    times = DateColumn(cell(r, cols.find(*PUBLISH_TIME)) for r in body)
    metric_cols = {m: cols.find(*names) for m, names in POST_METRICS.items()}
    seen: dict[tuple[str, str], PostValues] = {}
    for row in body:
        post_id = id_text(cell(row, cols.find(*POST_ID)))
        if not post_id:
            continue
        account = id_text(cell(row, id_col))
        parsed.accounts.setdefault(account, str(cell(row, name_col) or account))
        metrics = {
            m: v
            for m, i in metric_cols.items()
            if i is not None
            and (v := number(cell(row, i), decimal_comma=table.decimal_comma)) is not None
        }
        parsed.rows += 1
        seen[(account, post_id)] = PostValues(  # the same post twice: the later row wins
            account=account,
            external_id=post_id,
            url=str(cell(row, cols.find(*PERMALINK)) or ""),
            published_at=timestamp(cell(row, cols.find(*PUBLISH_TIME)), times),
            metrics=metrics,
        )
    parsed.posts = list(seen.values())
    parsed.count_posts_per_day()
    return parsed


INSIGHTS_METRICS = {
    "followers": ("Lifetime Total Likes", "Lifetime Total Page Likes"),
    "follows": ("Daily New Likes", "Daily New Page Likes"),
    "unfollows": ("Daily Unlikes", "Daily Page Unlikes"),
    "reach": ("Daily Total Reach", "Daily Page Reach"),
    "impressions": ("Daily Total Impressions", "Daily Page Impressions"),
    "engagements": ("Daily Page Engaged Users", "Daily Page Engagement"),
    "profile_visits": ("Daily Logged-in Page Views", "Daily Total Page Views"),
}


def read_insights(table: Table) -> Parsed | None:
    """Legacy Facebook Insights page data: "Lifetime Total Likes", "Daily New Likes"…, with
    a row of descriptions under the header."""
    rows = table.rows
    header = find_header(rows, DATE, INSIGHTS_METRICS["followers"] + INSIGHTS_METRICS["reach"])
    if header is None:
        return None
    cols = Columns(rows[header])
    parsed = Parsed("facebook", "facebook_insights", accounts={"": ""})
    body: Sequence[Sequence[Any]] = rows[header + 1 :]
    dates = DateColumn(cell(r, cols.find(*DATE)) for r in body)
    for row in body:
        day = dates.parse(cell(row, cols.find(*DATE)))
        if not isinstance(day, date):
            continue  # the description row, a footer
        parsed.rows += 1
        for metric, names in INSIGHTS_METRICS.items():
            parsed.add("", day, metric, number(cell(row, cols.find(*names))))
    return parsed
