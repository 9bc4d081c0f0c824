"""Issue 17, item 4: after a language switch at run time, the data's words (statuses,
warnings, removal reasons) are in the new language, not the one they were loaded in."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from kuntasome.core.moderation.removal_reasons import reason_labels

from kuntasome.ui.calendar.calendar_page import CalendarPage
from kuntasome.ui.context import AppContext
from kuntasome.ui.moderation.moderation_page import ModerationPage


def test_the_calendar_list_speaks_the_new_language(qtbot: QtBot, context: AppContext) -> None:
    context.today = lambda: date(2026, 11, 22)
    page = CalendarPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.data is not None and not page.loader.running, timeout=10_000)
    page.set_view("list")
    qtbot.waitUntil(lambda: bool(page.list.model.all_rows), timeout=10_000)
    english = {row.cells[3] for row in page.list.model.all_rows}
    assert english & {"published", "approved", "draft"}
    context.languages.apply("sv")
    qtbot.waitUntil(
        lambda: {row.cells[3] for row in page.list.model.all_rows} != english, timeout=5_000
    )
    swedish = {row.cells[3] for row in page.list.model.all_rows}
    assert not swedish & english
    assert swedish & {"publicerat", "godkänt", "utkast"}


def test_the_removal_reasons_follow_the_language(qtbot: QtBot, context: AppContext) -> None:
    page = ModerationPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loaded is not None, timeout=10_000)
    engine = context.engine()
    assert page.loaded is not None and page.loaded.reasons == reason_labels(engine, "en")
    context.languages.apply("fi")
    finnish = reason_labels(engine, "fi")
    assert finnish != reason_labels(engine, "en")
    qtbot.waitUntil(
        lambda: page.loaded is not None and page.loaded.reasons == finnish, timeout=10_000
    )
