"""Reading the platforms' real export files (tests/fixtures/exports, see its SOURCES.md)
and small synthetic files for every quirk; figures are checked against the files."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from kuntasome.core.errors import UserError
from kuntasome.core.statistics.importers.cells import DateColumn, number, resolve_years
from kuntasome.core.statistics.importers.detect import UnknownFile, inspect_file
from kuntasome.core.statistics.importers.tables import UnreadableFile

EXPORTS = Path(__file__).resolve().parents[2] / "fixtures" / "exports"
TODAY = date(2026, 11, 22)

# Every sample: (path, platform, kind, values, first day, last day) or a "no metrics" reason.
SAMPLES = [
    (
        "bluesky/bsky-backup__wish.freakybob.site.car",
        "bluesky",
        "bluesky_repo",
        61,
        "2024-05-12",
        "2025-11-26",
    ),
    (
        "bluesky/bsky-backup__wish.freakybob.site.json",
        "bluesky",
        "bluesky_identity",
        0,
        "identity",
        None,
    ),
    (
        "facebook/Digital-Marketing__Feb-01-2025_Mar-15-2025_613168031534769.csv",
        "facebook",
        "meta_posts",
        157,
        "2025-02-17",
        "2025-03-15",
    ),
    (
        "facebook/Oigetit-Social-Media-Reports__Audience.csv",
        "",
        "meta_audience",
        0,
        "demographics",
        None,
    ),
    (
        "facebook/Oigetit-Social-Media-Reports__Follows.csv",
        "",
        "meta_daily",
        105,
        "2025-01-01",
        "2025-04-15",
    ),
    (
        "facebook/Oigetit-Social-Media-Reports__Interactions.csv",
        "",
        "meta_daily",
        105,
        "2025-01-01",
        "2025-04-15",
    ),
    (
        "facebook/Oigetit-Social-Media-Reports__Jan-14-2025_Apr-14-2025_1396269028466733.csv",
        "facebook",
        "meta_posts",
        1655,
        "2025-01-14",
        "2025-04-14",
    ),
    (
        "facebook/Oigetit-Social-Media-Reports__Mar-18-2025_Apr-14-2025_553302954456165.csv",
        "facebook",
        "meta_posts",
        356,
        "2025-03-18",
        "2025-04-14",
    ),
    (
        "facebook/Oigetit-Social-Media-Reports__Reach.csv",
        "facebook",
        "meta_daily",
        105,
        "2025-01-01",
        "2025-04-15",
    ),
    (
        "facebook/Oigetit-Social-Media-Reports__Views.csv",
        "",
        "meta_daily",
        105,
        "2025-01-01",
        "2025-04-15",
    ),
    (
        "facebook/Oigetit-Social-Media-Reports__Visits.csv",
        "facebook",
        "meta_daily",
        105,
        "2025-01-01",
        "2025-04-15",
    ),
    (
        "facebook/Sugarcane_Artist_Management__Jan-01-2024_Apr-01-2024_1162450548895235.csv",
        "facebook",
        "meta_posts",
        438,
        "2024-01-01",
        "2024-04-01",
    ),
    (
        "facebook/Sugarcane_Artist_Management__Nov-05-2024_Jan-05-2025_1016476477111055 .csv",
        "facebook",
        "meta_posts",
        363,
        "2024-11-05",
        "2024-12-25",
    ),
    (
        "facebook/Sugarcane_Artist_Management__Oct-01-2024_Dec-31-2024_659394146642923.csv",
        "facebook",
        "meta_posts",
        551,
        "2024-10-01",
        "2024-12-25",
    ),
    (
        "facebook/metaDB__FB Riks Feb-01-2026_Feb-28-2026_1931058604954295.csv",
        "facebook",
        "meta_posts",
        14933,
        "2026-02-01",
        "2026-02-28",
    ),
    (
        "instagram/Oigetit-Social-Media-Reports__Mar-18-2025_Apr-14-2025_1019826952924933.csv",
        "instagram",
        "meta_posts",
        414,
        "2025-03-18",
        "2025-04-14",
    ),
    (
        "instagram/Oigetit-Social-Media-Reports__Visits (1).csv",
        "instagram",
        "meta_daily",
        105,
        "2025-01-01",
        "2025-04-15",
    ),
    ("instagram/fts-video-site__Audience.csv", "", "meta_audience", 0, "demographics", None),
    (
        "instagram/fts-video-site__Follows.csv",
        "instagram",
        "meta_daily",
        20,
        "2026-05-25",
        "2026-06-13",
    ),
    (
        "instagram/fts-video-site__Interactions.csv",
        "",
        "meta_daily",
        28,
        "2026-05-25",
        "2026-06-21",
    ),
    (
        "instagram/fts-video-site__Link clicks.csv",
        "instagram",
        "meta_daily",
        28,
        "2026-05-25",
        "2026-06-21",
    ),
    (
        "instagram/fts-video-site__May-25-2026_Jun-21-2026_1493633672508178.csv",
        "instagram",
        "meta_posts",
        124,
        "2026-05-26",
        "2026-06-21",
    ),
    ("instagram/fts-video-site__Reach.csv", "", "meta_daily", 28, "2026-05-25", "2026-06-21"),
    ("instagram/fts-video-site__Views.csv", "", "meta_daily", 28, "2026-05-25", "2026-06-21"),
    (
        "instagram/fts-video-site__Visits.csv",
        "instagram",
        "meta_daily",
        28,
        "2026-05-25",
        "2026-06-21",
    ),
    (
        "instagram/metaDB__Insta riks Jan-01-2026_Jan-31-2026_1727196598254722.csv",
        "instagram",
        "meta_posts",
        5347,
        "2026-01-01",
        "2026-01-31",
    ),
    (
        "linkedin/Digital-Marketing__pro-efficient-data-entry_content_1742193384396.xls",
        "linkedin",
        "linkedin_content",
        228,
        "2025-02-14",
        "2025-03-15",
    ),
    (
        "linkedin/Digital-Marketing__pro-efficient-data-entry_content_1742193384396.xlsx",
        "linkedin",
        "linkedin_content",
        228,
        "2025-02-14",
        "2025-03-15",
    ),
    ("mastodon/goija-mastodon__actor.json", "mastodon", "mastodon_archive", 0, "identity", None),
    (
        "mastodon/goija-mastodon__bookmarks.json",
        "mastodon",
        "mastodon_archive",
        0,
        "identity",
        None,
    ),
    ("mastodon/goija-mastodon__likes.json", "mastodon", "mastodon_archive", 0, "identity", None),
    (
        "mastodon/goija-mastodon__outbox.json",
        "mastodon",
        "mastodon_outbox",
        5,
        "2026-06-30",
        "2026-07-04",
    ),
    (
        "tiktok/htupycollabs-Analytics__Content.csv",
        "tiktok",
        "tiktok_content",
        65,
        "2025-04-08",
        "2026-02-01",
    ),
    (
        "tiktok/htupycollabs-Analytics__Followers_haileytupy2.0__FollowerActivity.csv",
        "tiktok",
        "tiktok_breakdown",
        0,
        "activity",
        None,
    ),
    (
        "tiktok/htupycollabs-Analytics__Followers_haileytupy2.0__FollowerGender.csv",
        "tiktok",
        "tiktok_breakdown",
        0,
        "activity",
        None,
    ),
    (
        "tiktok/htupycollabs-Analytics__Followers_haileytupy2.0__FollowerHistory.csv",
        "tiktok",
        "tiktok_followers",
        340,
        "2025-03-25",
        "2026-02-27",
    ),
    (
        "tiktok/htupycollabs-Analytics__Followers_haileytupy2.0__FollowerTopTerritories.csv",
        "tiktok",
        "tiktok_breakdown",
        0,
        "activity",
        None,
    ),
    (
        "tiktok/htupycollabs-Analytics__Overview.csv",
        "tiktok",
        "tiktok_overview",
        1825,
        "2025-02-28",
        "2026-02-27",
    ),
    (
        "tiktok/htupycollabs-Analytics__Viewers.csv",
        "tiktok",
        "tiktok_viewers",
        340,
        "2025-03-25",
        "2026-02-27",
    ),
    (
        "tiktok/tiktok-analytics__Overview.csv",
        "tiktok",
        "tiktok_overview",
        35,
        "2026-04-12",
        "2026-04-18",
    ),
    (
        "tiktok/tiktok-analytics__Overview.xlsx",
        "tiktok",
        "tiktok_overview",
        35,
        "2026-04-12",
        "2026-04-18",
    ),
    (
        "twitter/30DCC-2022__daily_tweet_activity_metrics_LisaDeBruine_20210801_20210901_en.csv",
        "x",
        "x_daily",
        310,
        "2021-08-01",
        "2021-08-31",
    ),
    (
        "twitter/30DCC-2022__tweet_activity_metrics_LisaDeBruine_20210801_20210901_en.csv",
        "x",
        "x_tweets",
        3234,
        "2021-08-02",
        "2021-08-31",
    ),
    (
        "twitter/Wormhole-analytics__account_analytics_content_2024-11-21_2025-02-19.csv",
        "x",
        "x_content",
        1166,
        "2024-12-31",
        "2025-02-17",
    ),
    (
        "twitter/Wormhole-analytics__account_overview_analytics.csv",
        "x",
        "x_overview",
        500,
        "2024-12-31",
        "2025-02-18",
    ),
    (
        "youtube/Traffic-Source-Analysis-WholeBrainHealth__Chart_data.csv",
        "youtube",
        "youtube_chart",
        803,
        "2020-09-01",
        "2022-11-12",
    ),
    (
        "youtube/Traffic-Source-Analysis-WholeBrainHealth__Table_data.csv",
        "youtube",
        "youtube_sources",
        0,
        "sources",
        None,
    ),
    (
        "youtube/Traffic-Source-Analysis-WholeBrainHealth__Totals.csv",
        "youtube",
        "youtube_totals",
        803,
        "2020-09-01",
        "2022-11-12",
    ),
    (
        "youtube/YouTube-Channel-Analytics-Dashboard__Chart data.csv",
        "youtube",
        "youtube_chart",
        365,
        "2025-06-13",
        "2026-06-12",
    ),
    (
        "youtube/YouTube-Channel-Analytics-Dashboard__Table data.csv",
        "youtube",
        "youtube_table",
        1199,
        "2022-01-29",
        "2026-06-11",
    ),
    (
        "youtube/YouTube-Channel-Analytics-Dashboard__Totals.csv",
        "youtube",
        "youtube_totals",
        365,
        "2025-06-13",
        "2026-06-12",
    ),
]


def test_every_sample_file_is_listed() -> None:
    on_disk = {str(p.relative_to(EXPORTS)) for p in EXPORTS.rglob("*") if p.is_file()}
    assert on_disk - {"SOURCES.md"} == {s[0] for s in SAMPLES}


@pytest.mark.parametrize(("name", "platform", "kind", "values", "first", "last"), SAMPLES)
def test_every_sample_is_recognised(
    name: str, platform: str, kind: str, values: int, first: str, last: str | None
) -> None:
    parsed = inspect_file(EXPORTS / name, TODAY)
    assert (parsed.platform, parsed.kind, parsed.values) == (platform, kind, values)
    if last is None:  # recognised, but carries no metrics: says why
        assert parsed.no_metrics == first and parsed.values == 0
    else:
        assert (str(parsed.first_day), str(parsed.last_day)) == (first, last)


def _csv(name: str, encoding: str = "utf-8-sig", skip: int = 0) -> list[list[str]]:
    text = (EXPORTS / name).read_bytes().decode(encoding)
    return [r for r in csv.reader(io.StringIO(text)) if r][skip:]


def test_meta_daily_values_match_the_file() -> None:
    name = "facebook/Oigetit-Social-Media-Reports__Reach.csv"
    rows = _csv(name, "utf-16", skip=3)  # sep=, / title / header
    parsed = inspect_file(EXPORTS / name, TODAY)
    assert sum(parsed.daily.values()) == sum(float(r[1]) for r in rows)
    assert parsed.daily[("", date(2025, 1, 1), "reach")] == float(rows[0][1])


def test_meta_posts_keep_ids_as_text_and_the_first_views_column() -> None:
    name = "facebook/Digital-Marketing__Feb-01-2025_Mar-15-2025_613168031534769.csv"
    rows = _csv(name)
    header = rows[0]
    first_views = header.index("Views")
    parsed = inspect_file(EXPORTS / name, TODAY)
    posts = {p.external_id: p for p in parsed.posts}
    for row in rows[1:]:
        if row and row[0].isdigit() and len(row) > first_views and row[first_views]:
            assert posts[row[0]].metrics["impressions"] == float(row[first_views])
    excel = inspect_file(
        EXPORTS
        / "facebook/Sugarcane_Artist_Management__Oct-01-2024_Dec-31-2024_659394146642923.csv",
        TODAY,
    )
    assert all(not p.external_id.endswith(".00") for p in excel.posts)  # Excel's "….00"
    assert set(excel.accounts) == {"100044310645639"}


def test_swedish_meta_export_with_ragged_rows_and_many_pages() -> None:
    name = "facebook/metaDB__FB Riks Feb-01-2026_Feb-28-2026_1931058604954295.csv"
    rows = _csv(name)
    distinct = {(r[1], r[0]) for r in rows[1:] if r and r[0].isdigit()}  # (Sid-id, post)
    parsed = inspect_file(EXPORTS / name, TODAY)
    assert parsed.rows == 2141 and len(parsed.accounts) == 39
    # Posts that appear twice in one export count once (the later row wins).
    assert len(parsed.posts) == len(distinct) < 2141
    assert sum(v for (_a, _d, m), v in parsed.daily.items() if m == "posts") == len(distinct)


def test_tiktok_overview_without_years_crosses_new_year() -> None:
    name = "tiktok/htupycollabs-Analytics__Overview.csv"
    rows = _csv(name, skip=1)
    parsed = inspect_file(EXPORTS / name, TODAY)
    days = sorted({d for (_a, d, _m) in parsed.daily})
    assert len(days) == len(rows) == 365 and days[-1] == date(2026, 2, 27)
    assert parsed.daily[("", date(2026, 2, 26), "video_views")] == 18327


def test_youtube_table_skips_the_total_row_and_sums_match() -> None:
    name = "youtube/YouTube-Channel-Analytics-Dashboard__Table data.csv"
    rows = _csv(name, encoding="utf-8")
    total = next(r for r in rows if r[0] == "Total")
    parsed = inspect_file(EXPORTS / name, TODAY)
    assert all(p.external_id != "Total" for p in parsed.posts)
    videos = [r for r in rows[1:] if r and r[0] != "Total"]
    assert len(parsed.posts) == len(videos)
    assert sum(p.metrics["video_views"] for p in parsed.posts) == sum(float(r[4]) for r in videos)
    # The file's own Total also counts videos the table leaves out.
    assert float(total[4]) > sum(float(r[4]) for r in videos)


def test_mastodon_outbox_counts_own_posts_not_boosts() -> None:
    outbox = json.loads((EXPORTS / "mastodon/goija-mastodon__outbox.json").read_text())
    creates = sum(1 for i in outbox["orderedItems"] if i["type"] == "Create")
    parsed = inspect_file(EXPORTS / "mastodon/goija-mastodon__outbox.json", TODAY)
    assert sum(parsed.daily.values()) == creates == 292


# -- synthetic files, one quirk each --------------------------------------------------------
def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_windows_1252_decimal_commas_and_placeholders(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "export.csv",
        "Date;Impressions;Likes;Engagements;Bookmarks;Shares;New follows;Unfollows;Replies;"
        "Reposts;Profile visits;Create Post;Video views;Media views\n"
        "2025-02-18;1 234,0;N/A;3;0;0;1;0;0;0;1;0;--;0\n"
        "2025-02-17;426;18;49;1;0;2;0;1;2;4;2;0;0\n",
        "cp1252",
    )
    parsed = inspect_file(path, TODAY)
    assert parsed.kind == "x_overview"
    assert parsed.daily[("", date(2025, 2, 18), "impressions")] == 1234.0
    assert ("", date(2025, 2, 18), "reactions") not in parsed.daily  # N/A is no value
    assert ("", date(2025, 2, 18), "video_views") not in parsed.daily


def test_german_youtube_with_soft_hyphens_footer_and_total(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Diagrammdaten.csv",
        "Da\u00adtum,Auf\u00adrufe\nGesamt,30\n2025-03-01,10\n2025-03-02,20\n"
        "Die 500 besten Ergebnisse werden angezeigt,\n",
    )
    parsed = inspect_file(path, TODAY)
    assert parsed.kind == "youtube_totals" and sum(parsed.daily.values()) == 30


def test_legacy_facebook_insights_csv_xlsx_and_spreadsheetml(tmp_path: Path) -> None:
    import openpyxl

    header = ["Date", "Lifetime Total Likes", "Daily New Likes", "Daily Total Reach"]
    notes = ["", "Lifetime: The total number of people who have liked your Page.", "Daily", "Daily"]
    data = [["1/31/2019", "1,204", "3", "512"], ["2/1/2019", "1,207", "4", "610"]]
    csv_path = tmp_path / "insights.csv"
    csv_path.write_text(
        "\n".join(",".join(f'"{c}"' for c in r) for r in [header, notes, *data]), encoding="cp1252"
    )
    book = openpyxl.Workbook()
    for row in [header, notes, *data]:
        book.active.append(row)
    xlsx_path = tmp_path / "insights.xlsx"
    book.save(xlsx_path)
    cells = "".join(
        "<Row>" + "".join(f'<Cell><Data ss:Type="String">{c}</Data></Cell>' for c in r) + "</Row>"
        for r in [header, notes, *data]
    )
    xml_path = tmp_path / "insights.xls"  # SpreadsheetML that calls itself .xls
    xml_path.write_text(
        '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"'
        ' xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">'
        f'<Worksheet ss:Name="Key Metrics"><Table>{cells}</Table></Worksheet></Workbook>'
    )
    for path in (csv_path, xlsx_path, xml_path):
        parsed = inspect_file(path, TODAY)
        assert parsed.kind == "facebook_insights", path.name
        assert parsed.daily[("", date(2019, 2, 1), "followers")] == 1207
        assert parsed.daily[("", date(2019, 1, 31), "reach")] == 512
        assert parsed.rows == 2  # the description row is not data


def test_short_rows_duplicate_columns_and_a_junk_line(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "posts.csv",
        "\ufeffPost ID,Page ID,Page name,Publish time,Permalink,Views,Reach,Views,Reactions\n"
        "0012345678901234567,99,Kallioranta,03/04/2025 10:00,https://facebook.com/p/1,50,40,7\n"
        "0012345678901234568,99,Kallioranta,03/05/2025 12:30\n",
    )
    parsed = inspect_file(path, TODAY)
    first, second = parsed.posts
    assert first.external_id == "0012345678901234567"  # leading zeros and all digits kept
    assert first.metrics == {"impressions": 50.0, "reach": 40.0}  # the first "Views"
    assert second.metrics == {} and second.published_at is not None
    assert second.published_at.date() == date(2025, 3, 5)  # Meta writes month first


def test_an_unknown_and_a_broken_file_are_refused(tmp_path: Path) -> None:
    with pytest.raises(UnknownFile, match="not an export KuntaSome recognises") as error:
        inspect_file(write(tmp_path, "budjetti.csv", "Kohde;Summa\nA;1\n"), TODAY)
    assert error.value.table is not None and error.value.table.rows[0] == ["Kohde", "Summa"]
    with pytest.raises(UnreadableFile, match="damaged"):
        inspect_file(write(tmp_path, "x.xlsx", "PK\x03\x04 not really a zip"), TODAY)
    with pytest.raises(UnreadableFile, match="empty"):
        inspect_file(write(tmp_path, "tyhjä.csv", "  \n"), TODAY)


def test_cells() -> None:
    column = DateColumn(["13/02/2025", "01/03/2025"])
    assert column.parse("01/03/2025") == date(2025, 3, 1)  # a 13th first: day first
    assert DateColumn([]).parse("Tue, Feb 18, 2025") == date(2025, 2, 18)
    assert DateColumn([]).parse("8 de marzo") == (3, 8)
    assert DateColumn([]).parse("28.2.2025") == date(2025, 2, 28)
    assert resolve_years([(12, 31), (1, 1)], date(2026, 1, 5)) == [
        date(2025, 12, 31),
        date(2026, 1, 1),
    ]
    assert number("1,234") == 1234 and number("12,5") == 12.5 and number("undefined") is None
    assert number("1.234,5", decimal_comma=True) == 1234.5


def _sum_column(rows: list[list[str]], name: str) -> float:
    index = rows[0].index(name)
    return sum(float(r[index]) for r in rows[1:] if len(r) > index and r[index] not in ("", "-"))


@pytest.mark.parametrize(
    ("name", "column", "metric"),
    [
        (
            "twitter/30DCC-2022__daily_tweet_activity_metrics_LisaDeBruine_20210801_20210901_en.csv",
            "impressions",
            "impressions",
        ),
        (
            "twitter/Wormhole-analytics__account_overview_analytics.csv",
            "Impressions",
            "impressions",
        ),
        ("youtube/Traffic-Source-Analysis-WholeBrainHealth__Totals.csv", "Views", "video_views"),
        (
            "youtube/Traffic-Source-Analysis-WholeBrainHealth__Chart_data.csv",
            "Views",
            "video_views",
        ),
        ("tiktok/htupycollabs-Analytics__Viewers.csv", "Total Viewers", "reach"),
    ],
)
def test_daily_totals_match_the_files(name: str, column: str, metric: str) -> None:
    rows = [
        r for r in csv.reader(io.StringIO((EXPORTS / name).read_text(encoding="utf-8-sig"))) if r
    ]
    rows = [rows[0]] + [r for r in rows[1:] if "undefined" not in r]
    parsed = inspect_file(EXPORTS / name, TODAY)
    ours = sum(v for (_a, _d, m), v in parsed.daily.items() if m == metric)
    assert ours == pytest.approx(_sum_column(rows, column))


def test_post_figures_match_the_files() -> None:
    name = "instagram/fts-video-site__May-25-2026_Jun-21-2026_1493633672508178.csv"
    rows = _csv(name)
    parsed = inspect_file(EXPORTS / name, TODAY)
    assert sum(p.metrics.get("reactions", 0) for p in parsed.posts) == _sum_column(rows, "Likes")
    tweets = "twitter/30DCC-2022__tweet_activity_metrics_LisaDeBruine_20210801_20210901_en.csv"
    rows = _csv(tweets, encoding="utf-8")
    parsed = inspect_file(EXPORTS / tweets, TODAY)
    assert len(parsed.posts) == len(rows) - 1 == 356
    assert sum(p.metrics["impressions"] for p in parsed.posts) == _sum_column(rows, "impressions")


def test_linkedin_metrics_sheet_matches_the_workbook() -> None:
    import openpyxl

    name = "linkedin/Digital-Marketing__pro-efficient-data-entry_content_1742193384396.xlsx"
    sheet = openpyxl.load_workbook(EXPORTS / name, read_only=True)["Metrics"]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    header = rows[0]
    total = sum(float(r[header.index("Impressions (total)")] or 0) for r in rows[1:] if r[0])
    parsed = inspect_file(EXPORTS / name, TODAY)
    assert sum(v for (_a, _d, m), v in parsed.daily.items() if m == "impressions") == total
    assert len(parsed.posts) == len(
        [
            r
            for r in openpyxl.load_workbook(EXPORTS / name, read_only=True)["All posts"].iter_rows(
                min_row=2, values_only=True
            )
            if r[1]
        ]
    )


def test_linkedin_followers_and_visitors_with_a_description_row(tmp_path: Path) -> None:
    import openpyxl

    for sheet_rows, kind, metric, expected in (
        (
            [
                ["Aggregated follower statistics for the selected period"],
                [
                    "Date",
                    "Sponsored followers",
                    "Organic followers",
                    "Auto-invited followers",
                    "Total followers",
                ],
                ["11/01/2025", 0, 4, 0, 4],
                ["11/02/2025", 1, 2, 0, 3],
            ],
            "linkedin_followers",
            "follows",
            7,
        ),
        (
            [
                ["Page views and unique visitors"],
                [
                    "Date",
                    "Overview page views (desktop)",
                    "Total page views (total)",
                    "Total unique visitors (total)",
                ],
                ["11/01/2025", 3, 10, 6],
                ["11/02/2025", 1, 5, 4],
            ],
            "linkedin_visitors",
            "profile_visits",
            15,
        ),
    ):
        book = openpyxl.Workbook()
        for row in sheet_rows:
            book.active.append(row)
        path = tmp_path / f"{kind}.xlsx"
        book.save(path)
        parsed = inspect_file(path, TODAY)
        assert parsed.kind == kind
        assert sum(v for (_a, _d, m), v in parsed.daily.items() if m == metric) == expected
        assert parsed.first_day == date(2025, 11, 1)


def test_finnish_and_swedish_meta_exports(tmp_path: Path) -> None:
    daily = tmp_path / "Kattavuus.csv"
    daily.write_bytes(
        'sep=,\n"Facebook-kattavuus"\n"Päivämäärä","Ensisijainen"\n'
        '"2026-03-01T00:00:00","120"\n"2026-03-03T00:00:00","80"\n'.encode("utf-16")
    )
    parsed = inspect_file(daily, TODAY)
    assert (parsed.platform, parsed.kind) == ("facebook", "meta_daily")
    assert parsed.daily[("", date(2026, 3, 2), "reach")] == 0  # the day left out
    swedish = tmp_path / "Räckvidd.csv"
    swedish.write_bytes(
        'sep=,\n"Räckvidd på Instagram"\n"Datum","Primär"\n"2026-03-01T00:00:00","7"\n'.encode(
            "utf-16"
        )
    )
    assert inspect_file(swedish, TODAY).daily == {("", date(2026, 3, 1), "reach"): 7.0}
    posts = tmp_path / "julkaisut.csv"
    posts.write_text(
        "\ufeffJulkaisun tunnus,Sivun tunnus,Sivun nimi,Julkaisuaika,Pysyvä linkki,"
        "Näyttökerrat,Kattavuus,Reaktiot,Kommentit,Jaot\n"
        "123,9,Kallioranta,03/04/2026 09:15,https://www.facebook.com/9/posts/123,500,300,12,3,1\n",
        encoding="utf-8",
    )
    parsed = inspect_file(posts, TODAY)
    assert parsed.kind == "meta_posts" and parsed.accounts == {"9": "Kallioranta"}
    assert parsed.posts[0].metrics == {
        "impressions": 500,
        "reach": 300,
        "reactions": 12,
        "comments": 3,
        "shares": 1,
    }


def test_odd_date_cells_are_no_dates_not_crashes() -> None:
    """Issue 20, family 1: "Sep 2¹, 2025" (isdigit is true for ¹) raised ValueError and a
    twenty-digit year OverflowError."""
    from kuntasome.core.statistics.importers.cells import DateColumn

    column = DateColumn([])
    assert column.parse("Sep 2¹, 2025") == date(2025, 9, 2)  # the footnote mark is no digit
    for text in (
        "99999999999999999999-01-01",
        "12.3.99999999999999999999",
        "Sep 12, 99999999999999999999",
        "²³/¹/2025",
    ):
        assert column.parse(text) is None, text


def test_a_damaged_bluesky_car_is_no_export_not_a_crash() -> None:
    """Issue 20, family 1: a damaged CAR raised TypeError (unhashable type: 'list')."""
    import random

    from kuntasome.core.statistics.importers.archives import read_car

    good = (EXPORTS / "bluesky/bsky-backup__wish.freakybob.site.car").read_bytes()
    assert read_car(good) is not None
    rng = random.Random(20)
    for _ in range(300):  # flipped, cut and inserted bytes
        data = bytearray(good)
        for _ in range(rng.randint(1, 8)):
            where = rng.randrange(len(data))
            match rng.randrange(3):
                case 0:
                    data[where] = rng.randrange(256)
                case 1:
                    del data[where : where + rng.randint(1, 64)]
                case _:
                    data[where:where] = bytes(
                        [0x81, 0x84, 0xA1, 0xBF][rng.randrange(4)] for _ in range(3)
                    )
        result = read_car(bytes(data))  # no exception, whatever the bytes
        assert result is None or result.platform == "bluesky"


def test_files_no_export_can_be_are_refused_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 20, family 2: `stats import /dev/zero` read for ever, an .xlsx unpacking to
    530 MB ran for minutes at 1.8 GB, a million-column header took 47 s to be refused."""
    import time
    import zipfile

    from kuntasome.core.statistics.importers import tables
    from kuntasome.core.statistics.importers.tables import read_document

    started = time.perf_counter()
    for special in (Path("/dev/zero"), tmp_path):
        with pytest.raises(UserError, match="not an ordinary file"):
            read_document(special)
    wide = tmp_path / "wide.csv"
    wide.write_text(",".join(f"c{i}" for i in range(20_000)) + "\n" + "1," * 19_999 + "1\n")
    with pytest.raises(UserError, match="20000 columns"):
        read_document(wide)
    monkeypatch.setattr(tables, "MAX_UNPACKED_BYTES", 10 << 20)  # a small bomb, same rule
    bomb = tmp_path / "report.xlsx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (40 << 20))
    assert bomb.stat().st_size < 1 << 20
    with pytest.raises(UserError, match="too large to be an export"):
        read_document(bomb)
    # A cell longer than any export's, and more rows or cells than any export has: refused
    # while the file is read (the rows beyond the bound are never kept).
    long_cell = tmp_path / "cell.csv"
    long_cell.write_text('Date,Views\n2025-01-01,1\n2025-01-02,"' + "x" * 200_000 + '"\n')
    with pytest.raises(UserError, match="more than 131072 characters on line 3"):
        read_document(long_cell)
    long = tmp_path / "long.csv"
    long.write_text("Date,Views\n" + "2025-01-01,1\n" * 2_000)
    assert len(read_document(long).tables[0].rows) == 2_001
    monkeypatch.setattr(tables, "MAX_ROWS", 1_000)
    with pytest.raises(UserError, match="more rows than any export"):
        read_document(long)
    monkeypatch.setattr(tables, "MAX_ROWS", 10_000)
    monkeypatch.setattr(tables, "MAX_CELLS", 3_000)
    with pytest.raises(UserError, match="more rows than any export"):
        read_document(long)
    monkeypatch.setattr(tables, "MAX_FILE_BYTES", 1000)
    with pytest.raises(UserError, match="too large"):
        read_document(wide)
    assert time.perf_counter() - started < 10
