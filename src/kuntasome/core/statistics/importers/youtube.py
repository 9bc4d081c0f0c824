"""YouTube Studio exports (Table data, Chart data, Totals) in any interface language:
headers in English, German, Swedish or Finnish, soft hyphens, a Total row, a footer."""

from __future__ import annotations

from datetime import date

from kuntasome.core.statistics.importers.cells import DateColumn, norm_header, number, timestamp
from kuntasome.core.statistics.importers.limits import MAX_COUNT, check_value
from kuntasome.core.statistics.importers.parsed import (
    Columns,
    Parsed,
    PostValues,
    cell,
    find_header,
)
from kuntasome.core.statistics.importers.tables import Table

DATE = ("Date", "Datum", "Päivämäärä")
VIEWS = ("Views", "Aufrufe", "Visningar", "Näyttökerrat", "Katselukerrat")
CONTENT = ("Content", "Inhalt", "Innehåll", "Sisältö")
TITLE = ("Video title", "Videotitel", "Videons titel", "Videon nimi")
PUBLISHED = (
    "Video publish time",
    "Veröffentlichungszeit des Videos",
    "Videons publiceringstid",
    "Videon julkaisuaika",
)
SOURCE = ("Traffic source", "Zugriffsquelle", "Trafikkälla", "Liikenteen lähde")
IMPRESSIONS = ("Impressions", "Impressionen", "Exponeringar", "Näyttökerrat pikkukuville")
TOTAL_ROW = frozenset({"total", "gesamt", "insgesamt", "totalt", "summa", "yhteensä"})


def read(table: Table) -> Parsed | None:
    rows = table.rows
    header = find_header(rows, DATE, VIEWS, within=3)
    if header is not None:
        cols = Columns(rows[header])
        kind = "youtube_chart" if cols.has(*CONTENT, *SOURCE) else "youtube_totals"
        if len([n for n in cols.names if n]) > 2 and kind == "youtube_totals":
            return None  # a date and views among other columns: not a Studio file
        parsed = Parsed("youtube", kind, accounts={"": ""})
        body = rows[header + 1 :]
        date_col, views_col = cols.find(*DATE) or 0, cols.find(*VIEWS) or 0
        width = max(date_col, views_col) + 1
        dates = DateColumn(r[date_col] for r in body if len(r) > date_col)
        parse = dates.parse
        totals: dict[date, float] = {}
        # The hot loop of a million-row chart export: no helper calls per row.
        for row in body:
            if len(row) < width:
                continue
            day = parse(row[date_col])
            if not isinstance(day, date):
                continue  # "Total", "Die 500 besten Ergebnisse werden angezeigt"
            parsed.rows += 1
            text = row[views_col]
            try:
                value: float | None = float(text)
            except (TypeError, ValueError):
                value = number(text)
            if value is not None and value == value:
                if not 0 <= value <= MAX_COUNT:  # negative, infinite, absurd: refused
                    check_value("video_views", value, day.isoformat())
                totals[day] = totals.get(day, 0.0) + value
        for day, total in totals.items():
            parsed.daily[("", day, "video_views")] = total
        return parsed
    header = find_header(rows, CONTENT, VIEWS, within=3)
    if header is not None and Columns(rows[header]).has(*TITLE):
        return _table(rows[header + 1 :], Columns(rows[header]))
    header = find_header(rows, SOURCE, VIEWS, within=3)
    if header is not None:
        return Parsed(
            "youtube", "youtube_sources", rows=len(rows) - header - 1, no_metrics="sources"
        )
    return None


def _table(body: list[list[object]], cols: Columns) -> Parsed:
    parsed = Parsed("youtube", "youtube_table", accounts={"": ""})
    times = DateColumn(cell(r, cols.find(*PUBLISHED)) for r in body)
    for row in body:
        video = str(cell(row, cols.find(*CONTENT)) or "").strip()
        if not video or norm_header(video) in TOTAL_ROW or " " in video:
            continue  # the Total row, footers
        metrics = {
            m: v
            for m, group in (("video_views", VIEWS), ("impressions", IMPRESSIONS))
            if (v := number(cell(row, cols.find(*group)))) is not None
        }
        parsed.rows += 1
        parsed.posts.append(
            PostValues(
                "",
                video,
                f"https://www.youtube.com/watch?v={video}",
                timestamp(cell(row, cols.find(*PUBLISHED)), times),
                metrics,
            )
        )
    parsed.count_posts_per_day()
    return parsed
