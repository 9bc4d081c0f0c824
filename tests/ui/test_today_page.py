"""Today is actionable: each card opens the list behind its figure, and a new database shows
the first steps instead of cards of zeros (issue 17, item 10)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from kuntasome.core.calendar.attention import Attention
from kuntasome.core.database import inspect_database, prepare_database
from kuntasome.core.organisation import load_organisation
from kuntasome.core.paths import DataPaths
from kuntasome.core.today import today_overview

from kuntasome.ui.calendar.calendar_page import CalendarPage
from kuntasome.ui.channels.channels_page import ChannelsPage
from kuntasome.ui.channels.new_channel_dialog import NewChannelDialog
from kuntasome.ui.context import AppContext
from kuntasome.ui.main_window import MainWindow
from kuntasome.ui.moderation.moderation_page import ModerationPage
from kuntasome.ui.preferences import Preferences
from kuntasome.ui.settings_dialog import SettingsDialog
from kuntasome.ui.today_page import CARD_TARGETS
from kuntasome.ui.translations import LanguageManager

from tests.ui.conftest import open_window, settle, when_modal


def card(window: MainWindow, target: str) -> QWidget:
    return window.today.cards[CARD_TARGETS.index(target)]


def current_key(window: MainWindow) -> str:
    from kuntasome.ui.sections import SECTIONS

    return SECTIONS[window.nav.currentRow()].key


def calendar_list(qtbot: QtBot, window: MainWindow, target: str) -> CalendarPage:
    qtbot.mouseClick(card(window, target), Qt.MouseButton.LeftButton)
    assert current_key(window) == "calendar"
    page = window.page("calendar")
    assert isinstance(page, CalendarPage)
    qtbot.waitUntil(lambda: page.data is not None and not page.loader.running, timeout=10_000)
    assert page.view == "list" and page.attention() == Attention(target.split(":")[1])
    return page


def test_the_calendar_cards_list_the_posts_their_figures_count(
    qtbot: QtBot, context: AppContext
) -> None:
    window = open_window(qtbot, context)
    engine = context.engine()
    expected = today_overview(engine, load_organisation(engine).time_zone)
    assert expected.approvals_waiting and expected.missed_publications  # the demo town has them

    page = calendar_list(qtbot, window, "calendar:in_review")
    rows = page.list.model.rows
    assert len({r.post_id for r in rows}) == expected.approvals_waiting
    assert rows and all(r.cells[3] == "in review" for r in rows)
    assert not page.previous.isEnabled()  # the list is not a month: no paging
    assert "–" in page.period.text()

    window.nav.setCurrentRow(0)
    page = calendar_list(qtbot, window, "calendar:missed")
    assert len(page.list.model.rows) == expected.missed_publications

    window.nav.setCurrentRow(0)
    page = calendar_list(qtbot, window, "calendar:warnings")
    rows = page.list.model.rows
    assert len({r.post_id for r in rows}) == expected.posts_with_warnings
    assert all(r.cells[4] for r in rows)

    # "Every post of the month" is the month again, with paging.
    page.list.set_attention(None)
    qtbot.waitUntil(lambda: not page.loader.running, timeout=10_000)
    assert page.previous.isEnabled()
    assert len(page.list.model.rows) > expected.posts_with_warnings

    # "Posts planned for today" opens today in the month view, by keyboard too.
    window.nav.setCurrentRow(0)
    today_card = card(window, "calendar:today")
    today_card.setFocus()
    qtbot.keyClick(today_card, Qt.Key.Key_Return)
    assert current_key(window) == "calendar" and page.view == "month"
    assert page.anchor == context.today()


def test_the_other_cards_open_their_lists(qtbot: QtBot, context: AppContext) -> None:
    window = open_window(qtbot, context)
    engine = context.engine()
    expected = today_overview(engine, load_organisation(engine).time_zone)

    qtbot.mouseClick(card(window, "moderation:waiting"), Qt.MouseButton.LeftButton)
    moderation = window.page("moderation")
    assert isinstance(moderation, ModerationPage)
    assert current_key(window) == "moderation" and moderation.waiting_only.isChecked()
    assert moderation.period.currentData() == 0  # everything, not the last 30 days
    qtbot.waitUntil(
        lambda: moderation.loaded is not None and not moderation.loader.running, timeout=10_000
    )
    assert moderation.model.rowCount() == expected.answers_waiting

    window.nav.setCurrentRow(0)
    qtbot.mouseClick(card(window, "moderation:monitoring"), Qt.MouseButton.LeftButton)
    assert moderation.tabs.currentWidget() is moderation.monitoring

    window.nav.setCurrentRow(0)
    qtbot.mouseClick(card(window, "channels:reviews"), Qt.MouseButton.LeftButton)
    channels = window.page("channels")
    assert isinstance(channels, ChannelsPage)
    assert current_key(window) == "channels" and channels.register.review_due.isChecked()

    window.nav.setCurrentRow(0)
    qtbot.mouseClick(card(window, "reports:"), Qt.MouseButton.LeftButton)
    assert current_key(window) == "reports"
    settle(qtbot)
    # Every card says where it leads.
    assert all(c.toolTip() for c in window.today.cards)


@pytest.fixture
def empty_context(qapp: QApplication, tmp_path: Path) -> Iterator[AppContext]:
    paths = DataPaths(tmp_path / "new")
    prepare_database(paths.database_url, create=True)
    languages = LanguageManager()
    languages.apply("en")
    ctx = AppContext(
        paths, inspect_database(paths.database_url), Preferences.open(paths), languages
    )
    yield ctx
    ctx.close()


def test_a_new_database_shows_the_first_steps_not_zeros(
    qtbot: QtBot, empty_context: AppContext
) -> None:
    window = open_window(qtbot, empty_context)
    steps = window.today.getting_started
    assert steps.isVisible()
    assert not any(c.isVisible() for c in window.today.cards)  # no wall of zeros and "never"
    texts = [steps.texts[s].text() for s in steps.STEPS]
    assert all(steps.texts[s].isVisible() for s in steps.STEPS)
    assert "channels" in texts[0] and "who you are" in texts[3]

    def cancel(dialog: QWidget) -> None:
        try:
            assert isinstance(dialog, NewChannelDialog)
        finally:
            dialog.reject()

    when_modal(cancel)
    qtbot.mouseClick(steps.buttons["channels:new"], Qt.MouseButton.LeftButton)
    assert current_key(window) == "channels"

    window.nav.setCurrentRow(0)
    qtbot.mouseClick(steps.buttons["channels:people"], Qt.MouseButton.LeftButton)
    channels = window.page("channels")
    assert isinstance(channels, ChannelsPage)
    assert channels.tabs.currentWidget() is channels.people

    window.nav.setCurrentRow(0)
    seen: list[QDialog] = []

    def close_settings(dialog: QWidget) -> None:
        try:
            assert isinstance(dialog, SettingsDialog)
            seen.append(dialog)
        finally:
            dialog.reject()  # type: ignore[attr-defined]

    when_modal(close_settings)
    qtbot.mouseClick(steps.buttons["settings"], Qt.MouseButton.LeftButton)
    assert seen
    settle(qtbot)
    assert all(isinstance(b, QPushButton) and b.text() for b in steps.buttons.values())


def test_the_first_steps_tick_off_and_go_away(qtbot: QtBot, context: AppContext) -> None:
    """On the demo town there are channels and people: only saying who you are is left."""
    window = open_window(qtbot, context)
    steps = window.today.getting_started
    assert steps.isVisible() and all(c.isVisible() for c in window.today.cards)
    shown = [s for s in steps.STEPS if steps.texts[s].isVisible()]
    assert shown == ["settings"]  # the steps taken are not shown
    engine = context.engine()
    from sqlmodel import Session, select

    from kuntasome.core.models import Person

    with Session(engine) as s:
        person = s.exec(select(Person)).first()
        assert person is not None and person.id is not None
        context.set_actor_id(person.id)
    window.refresh()
    qtbot.waitUntil(lambda: window.ready and window.today.overview is not None, timeout=10_000)
    assert not steps.isVisible()
