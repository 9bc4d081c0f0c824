"""A management report: its figures are the app's figures, and its PDF prints them."""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from kuntasome.core.calendar.view import load_calendar
from kuntasome.core.cancel import Cancellation, OperationCancelled
from kuntasome.core.channels.access import register_warnings
from kuntasome.core.db import make_engine
from kuntasome.core.errors import UserError
from kuntasome.core.models import AuditLog, ReportRun
from kuntasome.core.moderation.log import list_entries
from kuntasome.core.moderation.response_times import response_figures
from kuntasome.core.organisation import load_organisation
from kuntasome.core.paths import DataPaths
from kuntasome.core.reports.figures import SECTIONS, report_figures
from kuntasome.core.reports.periods import parse_period
from kuntasome.core.reports.service import (
    ReportRequest,
    ReportSettings,
    list_reports,
    make_report,
    report_due,
    save_report_settings,
)
from kuntasome.core.statistics.series import summaries, top_posts

from kuntasome.documents.language import Writing
from kuntasome.documents.report_pdf import render_report_pdf

from tests.conftest import DEMO_TODAY
from tests.pdf_checks import check_pdf, headings, pdf_text

NOW = datetime(2026, 12, 1, 12, tzinfo=UTC)
Q3 = parse_period("2026-Q3")


@pytest.fixture(scope="module")
def demo_engine(demo_db: Path) -> Engine:
    return make_engine(DataPaths(demo_db).database_url)  # read only


@pytest.fixture
def demo_copy(demo_paths: DataPaths) -> Engine:
    return make_engine(demo_paths.database_url)


def test_the_figures_are_the_sections_figures(demo_engine: Engine) -> None:
    org = load_organisation(demo_engine)
    f = report_figures(demo_engine, Q3, org, language="fi", now=NOW)
    # Statistics: the same summaries the Statistics section reads.
    stats = summaries(demo_engine, Q3.first, Q3.last)
    assert f.current.followers == sum(m.total for m in stats if m.metric == "followers") > 0
    assert f.current.reach == sum(m.total for m in stats if m.metric == "reach") > 0
    # Posts published: what the calendar shows as published in those days.
    calendar = load_calendar(
        demo_engine, Q3.first, Q3.last, tz=org.time_zone, today=DEMO_TODAY, country=org.country
    )
    published = [e for e in calendar.entries if e.target_status == "published"]
    assert f.current.posts_published == len(published) > 0
    assert sum(c.posts_published for c in f.channels) == len(published)
    # Dialogue: the Moderation section's response figures.
    entries = list_entries(demo_engine, tz=org.time_zone, first=Q3.first, last=Q3.last)
    total = response_figures(entries, NOW)[-1]
    assert f.current.entries == total.handled
    assert f.current.answered_on_time == total.on_time_share
    assert f.dialogue[-1] == total
    # Register health: every channel the register warns about is among the unhealthy.
    warned = {cid for cid, found in register_warnings(demo_engine, today=f.as_of).items() if found}
    assert f.health is not None
    assert f.health.channels - f.health.healthy >= len(warned) > 0
    assert f.health.score == round(100 * f.health.healthy / f.health.channels)
    # Top posts: the Statistics section's ranking, by the calendar's titles.
    ranked = top_posts(
        demo_engine, Q3.first, Q3.last, [c.channel_id for c in f.channels], tz=org.time_zone
    )
    assert [p.engagements for p in f.top_posts] == [p.engagements for p in ranked[:5]]
    assert all(p.title and not p.title.startswith("http") for p in f.top_posts)
    # The comparisons are periods of their own, computed the same way.
    assert f.previous.period == parse_period("2026-Q2")
    assert f.year_earlier.period == parse_period("2025-Q3")
    assert (
        f.previous
        == report_figures(demo_engine, parse_period("2026-Q2"), org, language="fi", now=NOW).current
    )


def _number(writing: Writing, value: float) -> str:
    # pdftotext gives the no-break space of "41 269" as a plain one in some fonts.
    return writing.number(value)


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_pdf_prints_the_figures_in_its_language(demo_engine: Engine, language: str) -> None:
    org = load_organisation(demo_engine)
    f = report_figures(demo_engine, Q3, org, language=language, now=NOW)
    commentary = "Kolmas neljännes oli *vilkas* #hashtag $5 <b>\n\nToinen kappale."
    request = ReportRequest(Q3, language, commentary=commentary, author="Sara Lindqvist")
    pdf = render_report_pdf(f, request, made_on=date(2026, 12, 1))
    check_pdf(pdf, lang=language, figures=2)
    text = re.sub(r"[\u00a0\u202f]", " ", pdf_text(pdf))
    writing = Writing(language, org.country)
    for value in (f.current.followers, f.current.reach, f.current.engagements):
        assert value is not None
        assert _number(writing, value).replace("\u00a0", " ") in text
    assert f"{f.health.score}/100" in text if f.health else False
    assert "Kolmas neljännes oli *vilkas* #hashtag $5 <b>" in text  # as typed, not markup
    titles = headings(pdf)
    expected = {
        "fi": ["Sosiaalisen median raportti", "Yhteenveto", "Saate", "Kanavat"],
        "sv": ["Rapport om sociala medier", "Sammanfattning", "Kommentar", "Kanaler"],
        "en": ["Social media report", "Summary", "Commentary", "Channels"],
    }[language]
    assert titles[:4] == expected
    assert len(titles) >= 2 + len(SECTIONS)  # the cover, each section, the commentary


def test_a_report_of_chosen_sections(demo_engine: Engine) -> None:
    org = load_organisation(demo_engine)
    f = report_figures(demo_engine, Q3, org, language="en", now=NOW)
    pdf = render_report_pdf(f, ReportRequest(Q3, "en", ("health", "summary")))
    check_pdf(pdf, lang="en", figures=0)
    assert headings(pdf) == ["Social media report", "Summary", "Register health"]


def test_making_a_report_writes_the_file_and_records_the_run(
    demo_copy: Engine, tmp_path: Path
) -> None:
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "raportti.pdf"
    run = make_report(
        demo_copy,
        ReportRequest(Q3, "sv", ("summary", "channels"), "year", "Kommentar."),
        render=render_report_pdf,
        out=out,
        actor_id=2,
        now=NOW,
    )
    assert run.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert run.file_is_intact()
    [listed] = list_reports(demo_copy)
    assert listed.id == run.id and listed.author and listed.commentary == "Kommentar."
    assert listed.request == ReportRequest(Q3, "sv", ("summary", "channels"), "year", "Kommentar.")
    with Session(demo_copy) as s:
        assert s.exec(select(AuditLog).where(AuditLog.action == "report.created")).one()
    assert list(out.parent.iterdir()) == [out]  # no temporary file left beside it


def test_bad_requests_and_cancel_change_nothing(demo_copy: Engine, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "r.pdf"
    for bad in (
        ReportRequest(Q3, "de"),
        ReportRequest(Q3, "fi", ("summary", "gossip")),
        ReportRequest(Q3, "fi", ()),
        ReportRequest(Q3, "fi", comparison="decade"),
        ReportRequest(Q3, "fi", commentary="x" * 5001),
    ):
        with pytest.raises(UserError):
            make_report(demo_copy, bad, render=render_report_pdf, out=out)
    cancel = Cancellation()
    cancel.cancel()
    with pytest.raises(OperationCancelled):
        make_report(
            demo_copy, ReportRequest(Q3, "fi"), render=render_report_pdf, out=out, cancel=cancel
        )
    assert not out.exists() and list(out.parent.iterdir()) == []
    with Session(demo_copy) as s:
        assert s.exec(select(ReportRun)).all() == []


def test_the_reminder_says_when_a_report_is_due(demo_copy: Engine, tmp_path: Path) -> None:
    today = date(2026, 12, 2)
    assert report_due(demo_copy, today) == parse_period("2026-Q3")  # quarterly by default
    save_report_settings(demo_copy, ReportSettings(reminder="monthly"))
    assert report_due(demo_copy, today) == parse_period("2026-11")
    make_report(
        demo_copy,
        ReportRequest(parse_period("2026-11"), "fi", ("summary",)),
        render=render_report_pdf,
        out=tmp_path / "marras.pdf",
    )
    assert report_due(demo_copy, today) is None
    save_report_settings(demo_copy, replace(ReportSettings(), reminder="off"))
    assert report_due(demo_copy, date(2027, 1, 5)) is None
    with pytest.raises(UserError):
        save_report_settings(demo_copy, ReportSettings(reminder="weekly"))


def test_table_headers_never_run_into_each_other(demo_engine: Engine, tmp_path: Path) -> None:
    """Long Finnish headers in narrow columns ("Tavoittavuus", "Sitoutumisaste") ran into the
    next column; they are hyphenated now. Every word of the report's pages is measured."""
    import subprocess
    from xml.etree import ElementTree

    org = load_organisation(demo_engine)
    f = report_figures(demo_engine, Q3, org, language="fi", now=NOW)
    pdf = tmp_path / "raportti.pdf"
    pdf.write_bytes(render_report_pdf(f, ReportRequest(Q3, "fi"), made_on=date(2026, 12, 1)))
    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    root = ElementTree.fromstring(out[out.index("<html") :])
    overlaps = []
    for page in root.iter("{http://www.w3.org/1999/xhtml}page"):
        words = [
            (
                float(w.get("xMin", 0)),
                float(w.get("yMin", 0)),
                float(w.get("xMax", 0)),
                float(w.get("yMax", 0)),
                w.text or "",
            )
            for w in page.iter("{http://www.w3.org/1999/xhtml}word")
        ]
        for i, a in enumerate(words):
            for b in words[i + 1 :]:
                same_line = abs(a[1] - b[1]) < 2
                if same_line and a[0] < b[2] - 1 and b[0] < a[2] - 1:
                    overlaps.append((a[4], b[4]))
    assert not overlaps, overlaps[:5]
