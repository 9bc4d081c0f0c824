"""The shell as a communicator meets it: sections, Today figures, languages, state."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from kuntasome.core.organisation import load_organisation
from kuntasome.core.settings import LANGUAGE
from kuntasome.core.today import today_overview

from kuntasome.ui.channels.channels_page import ChannelsPage
from kuntasome.ui.context import AppContext
from kuntasome.ui.main_window import MainWindow
from kuntasome.ui.sections import SECTIONS
from kuntasome.ui.today_page import TodayPage

from tests.ui.conftest import open_window


def nav_texts(window: MainWindow) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_today_shows_the_figures_the_database_holds(qtbot: QtBot, context: AppContext) -> None:
    window = open_window(qtbot, context, size=None)
    engine = context.engine()
    org = load_organisation(engine)
    expected = today_overview(engine, org.time_zone)
    cards = window.today.cards
    assert all(card.isVisible() for card in cards)
    assert cards[0].value.text() == str(expected.posts_today)
    assert cards[1].value.text() == str(expected.approvals_waiting)
    assert cards[1].property("alert") is (expected.approvals_waiting > 0)
    assert cards[4].value.text() == str(expected.reviews_overdue)
    assert "Kalliorannan kaupunki" in window.today.greeting.text()
    assert "SQLite" in window.database_label.text()


def test_sections_are_listed_and_built_when_first_opened(qtbot: QtBot, context: AppContext) -> None:
    window = open_window(qtbot, context, size=None)
    assert nav_texts(window) == [s.translated_title() for s in SECTIONS]
    assert nav_texts(window)[0] == "Today" and len(SECTIONS) == 7
    # The Channels section is built the first time it is opened, and loads the register.
    assert window.pages["channels"].content is None
    window.nav.setCurrentRow(1)
    channels = window.page("channels")
    assert isinstance(channels, ChannelsPage)
    qtbot.waitUntil(lambda: channels.loaded, timeout=10_000)
    assert channels.register.count.text() == "12 of 12 channels"
    window.section_actions[0].trigger()  # Ctrl+0 goes back to Today
    assert window.stack.currentWidget() is window.pages["today"]
    assert isinstance(window.page("today"), TodayPage)


def test_language_switch_retranslates_the_open_window(qtbot: QtBot, context: AppContext) -> None:
    window = open_window(qtbot, context, size=None)
    window.language_actions["sv"].trigger()
    qtbot.waitUntil(lambda: nav_texts(window)[0] == "I dag")  # LanguageChange is posted
    assert nav_texts(window)[:3] == ["I dag", "Kanaler", "Kalender"]
    assert window.file_menu.title() == "&Arkiv"
    assert window.today.cards[1].caption.text() == "Inlägg som väntar på godkännande"
    assert context.preferences.get(LANGUAGE) == "sv"
    window.language_actions["fi"].trigger()
    qtbot.waitUntil(lambda: nav_texts(window)[1] == "Kanavat")
    assert window.today.cards[1].caption.text() == "Hyväksyntää odottavat julkaisut"
    assert "kuuta" in window.today.greeting.text()  # Finnish month names end in -kuuta
    archive = window.page("archive")  # a section built after the switch speaks Finnish too
    qtbot.waitUntil(lambda: archive.loaded is not None, timeout=10_000)  # type: ignore[attr-defined]
    assert archive.header.title.text() == "Arkisto"  # type: ignore[attr-defined]
    assert archive.tabs.tabText(1) == "Tiedonohjaussuunnitelma"  # type: ignore[attr-defined]


def test_window_remembers_section_and_size(qtbot: QtBot, context: AppContext) -> None:
    window = open_window(qtbot, context, size=None)
    window.resize(720, 520)  # fits the 800x600 offscreen screen
    window.nav.setCurrentRow(4)
    window.close()
    again = open_window(qtbot, context, size=None)
    assert again.nav.currentRow() == 4
    assert (again.width(), again.height()) == (720, 520)


def test_standard_shortcuts(qtbot: QtBot, context: AppContext) -> None:
    from PySide6.QtGui import QKeySequence

    window = open_window(qtbot, context, size=None)
    assert window.quit_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)
    assert [a.shortcut().toString() for a in window.section_actions][:3] == [
        "Ctrl+0",
        "Ctrl+1",
        "Ctrl+2",
    ]


@pytest.mark.logs_errors
def test_an_unexpected_failure_shows_a_translated_message_not_its_internals(
    qtbot: QtBot, context: AppContext
) -> None:
    window = open_window(qtbot, context, size=None)
    window._load_failed(RuntimeError("no such table: setting (/home/anna/kuntasome.sqlite)"))
    shown = window.statusBar().currentMessage()
    assert shown == "The overview could not be loaded. The log has the details."
    assert "sqlite" not in shown


def test_calendar_view_shortcuts_do_not_collide_with_the_sections(
    qtbot: QtBot, context: AppContext
) -> None:
    """Issue 17, item 14: Ctrl+1…3 were bound to sections and to calendar views at once
    ("Ambiguous shortcut overload"), so in the calendar they did nothing."""
    from kuntasome.ui.calendar.calendar_page import CalendarPage

    window = open_window(qtbot, context, size=None)
    window.nav.setCurrentRow(2)
    calendar = window.page("calendar")
    assert isinstance(calendar, CalendarPage)
    sections = {a.shortcut().toString() for a in window.section_actions}
    views = {s.key().toString() for s in calendar.shortcuts.values()}
    assert views and not sections & views
    calendar.shortcuts["Alt+2"].activated.emit()
    assert calendar.stack.currentWidget() is calendar.week
