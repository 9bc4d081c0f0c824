"""Every kind of PDF the app writes, in Finnish, Swedish and English, passes the PDF checks."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine

from kuntasome.core.channels.access import offboarding
from kuntasome.core.db import make_engine
from kuntasome.core.errors import UserError
from kuntasome.core.moderation.evidence import EvidenceMeta
from kuntasome.core.moderation.log import list_entries
from kuntasome.core.paths import DataPaths
from kuntasome.core.people import list_people

from kuntasome.documents.evidence_pdf import render_evidence_pdf
from kuntasome.documents.language import Writing
from kuntasome.documents.moderation_pdf import render_log_pdf
from kuntasome.documents.offboarding_pdf import render_offboarding_pdf

from tests.pdf_checks import check_pdf, headings, pdf_text

FI = ZoneInfo("Europe/Helsinki")
LANGUAGES = ("fi", "sv", "en")
# Text written by the public is data: Typst markup in it must print as typed.
MARKUP = "#set text(red) *lihava* $x$ <tag> @ref // ei kommentti"


@pytest.fixture(scope="module")
def demo_engine(demo_db: Path) -> Engine:
    return make_engine(DataPaths(demo_db).database_url)  # read only


@pytest.mark.parametrize("language", LANGUAGES)
def test_moderation_log_pdf(demo_engine: Engine, language: str) -> None:
    first, last = date(2026, 10, 1), date(2026, 11, 30)
    rows = list(reversed(list_entries(demo_engine, tz=FI, first=first, last=last)))
    assert len(rows) > 50
    rows[0] = replace(rows[0], comment_text=MARKUP)
    writing = Writing(language, "FI")
    data = render_log_pdf(
        rows,
        first=first,
        last=last,
        organisation="Kalliorannan kaupunki",
        tz=FI,
        reasons={},
        writing=writing,
    )
    title = {
        "fi": "Moderointiloki 1.10.2026–30.11.2026",
        "sv": "Modereringslogg 1.10.2026–30.11.2026",
        "en": "Moderation log 01/10/2026–30/11/2026",
    }[language]
    check_pdf(data, lang=language, title=title)
    assert headings(data) == [title]
    text = pdf_text(data)
    assert "#set text(red) *lihava*" in text.replace("\n", " ")
    assert {"fi": "Havaittu", "sv": "Upptäckt", "en": "Seen"}[language] in text
    # The table header repeats on every page, so a page read alone still says what is what.
    pages = text.split("\f")
    assert len(pages) > 3
    assert all({"fi": "Kanava", "sv": "Kanal", "en": "Channel"}[language] in p for p in pages[:-1])


def _screenshot(path: Path, fmt: str) -> Path:
    from PySide6.QtGui import QColor, QImage

    image = QImage(640, 200, QImage.Format.Format_ARGB32)
    image.fill(QColor(250, 240, 230, 200))
    assert image.save(str(path), fmt)
    return path


META = EvidenceMeta(
    channel="Kallioranta (Facebook)",
    comment_url="https://www.facebook.com/kallioranta/posts/1?comment_id=9",
    captured_at=datetime(2026, 11, 20, 8, 5, tzinfo=UTC),
    captured_by="Sari Virtanen",
    reason=MARKUP,
    sha256="ab" * 32,
    original_name="kuvakaappaus.png",
)


@pytest.mark.parametrize("language", LANGUAGES)
def test_evidence_pdf(tmp_path: Path, language: str, qapp: object) -> None:
    picture = _screenshot(tmp_path / "shot.png", "PNG")
    data = render_evidence_pdf(picture, META, FI, Writing(language, "FI"))
    check_pdf(data, lang=language, figures=1)
    text = pdf_text(data)
    assert "ab" * 32 in text.replace("\n", "")
    assert MARKUP in text
    assert "20.11.2026 10.05" in text or "20/11/2026 10:05" in text  # Helsinki time


def test_evidence_from_other_picture_formats_and_a_broken_one(tmp_path: Path, qapp: object) -> None:
    for suffix, fmt in ((".jpg", "JPEG"), (".bmp", "BMP"), (".webp", "WEBP")):
        picture = _screenshot(tmp_path / f"shot{suffix}", fmt)
        check_pdf(render_evidence_pdf(picture, META, FI, Writing("fi")), lang="fi", figures=1)
    broken = tmp_path / "rikki.png"
    broken.write_bytes(b"not a picture at all")
    with pytest.raises(UserError) as refused:
        render_evidence_pdf(broken, META, FI, Writing("fi"))
    assert "rikki.png" in refused.value.translated(lambda _c, text: text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_offboarding_pdf(demo_engine: Engine, language: str) -> None:
    person = next(p for p in list_people(demo_engine) if p.name == "Mikko Heikkinen")
    checklist = offboarding(demo_engine, person.id)
    assert checklist.items
    data = render_offboarding_pdf(checklist, Writing(language, "FI"))
    check_pdf(data, lang=language)
    text = pdf_text(data)
    assert "Mikko Heikkinen" in text
    assert {"fi": "Käyttöoikeus", "sv": "Behörighet", "en": "Access"}[language] in text


def test_what_a_killed_typesetting_left_is_removed_by_the_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 20 (the kill harness): a document is typeset from files in the system's
    temporary folder — the moderation log's comments, a screenshot. A process killed while
    typesetting left them there for good; the next document now removes them, and leaves
    nothing of its own."""
    import subprocess
    import sys

    monkeypatch.setenv("TMPDIR", str(tmp_path))
    script = (
        "import os, signal, kuntasome.documents.typeset as t\n"
        "t.typst.compile = lambda *a, **k: os.kill(os.getpid(), signal.SIGKILL)\n"
        "t.typeset_pdf('offboarding', {'comment': 'häirikkö kirjoitti'})\n"
    )
    killed = subprocess.run([sys.executable, "-c", script], timeout=60)
    assert killed.returncode == -9
    assert list(tmp_path.iterdir())  # what the kill left: the data, in a folder of its own

    from kuntasome.documents import typeset

    monkeypatch.setattr(typeset.tempfile, "tempdir", None)  # read TMPDIR again
    with pytest.raises(typeset.TypesetError):  # any document: this one lacks its data
        typeset.typeset_pdf("offboarding", {})
    assert list(tmp_path.iterdir()) == []
