"""User actions that change data: off the GUI thread, once per click, and each view reloads
only for what it shows and not for its own change."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from kuntasome.core.changes import Change
from kuntasome.core.errors import UserError
from kuntasome.core.i18n import QT_TRANSLATE_NOOP

from kuntasome.ui import operations
from kuntasome.ui.calendar.calendar_page import CalendarPage
from kuntasome.ui.context import AppContext
from kuntasome.ui.events import Changes, DataEvents
from kuntasome.ui.operations import run_operation

from tests.ui.conftest import settle, when_modal


def test_the_work_runs_off_the_gui_thread_once_per_click_and_says_what_changed(
    qtbot: QtBot,
) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    events = DataEvents()
    heard: list[Changes] = []
    events.changed.connect(heard.append)
    ran_on: list[threading.Thread] = []
    release = threading.Event()
    results: list[str] = []

    def work() -> str:
        ran_on.append(threading.current_thread())
        release.wait(5)
        return "saved"

    started = run_operation(
        widget, events, work, changes=Change.CALENDAR, title="Save", done=results.append
    )
    again = run_operation(widget, events, work, changes=Change.CALENDAR, title="Save")
    assert started and not again  # a double click saves once
    assert operations.busy(widget)
    release.set()
    settle(qtbot)
    assert results == ["saved"] and len(ran_on) == 1
    assert ran_on[0] is not threading.main_thread()
    assert [(c.flags, c.initiator) for c in heard] == [(Change.CALENDAR, widget)]
    assert not operations.busy(widget)


def test_a_refusal_is_shown_translated_and_announces_nothing(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    events = DataEvents()
    heard: list[Changes] = []
    events.changed.connect(heard.append)
    seen: list[str] = []
    failed: list[BaseException] = []

    def refuse() -> None:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Write the person's name."))

    when_modal(lambda box: (seen.append(box.text()), box.accept()))  # type: ignore[attr-defined]
    run_operation(
        widget, events, refuse, changes=Change.PEOPLE, title="Person", failed=failed.append
    )
    settle(qtbot)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == ["Write the person's name."]
    assert len(failed) == 1 and heard == []


def test_a_window_closed_while_its_work_runs_gets_no_answer_and_nothing_breaks(
    qtbot: QtBot,
) -> None:
    widget = QWidget()
    release = threading.Event()
    done: list[object] = []
    run_operation(
        widget,
        DataEvents(),
        lambda: release.wait(5),
        changes=Change.MODERATION,
        title="Save",
        done=done.append,
    )
    widget.deleteLater()
    qtbot.wait(50)
    release.set()
    settle(qtbot)
    assert done == [] and operations.running() == 0


def test_concern_is_what_the_view_shows_and_not_its_own_change() -> None:
    page, other = object(), object()
    mine = Changes(Change.CALENDAR, page)
    theirs = Changes(Change.CALENDAR | Change.CHANNELS, other)
    shown = Change.CALENDAR | Change.CHANNELS
    assert not mine.concern(shown, page)
    assert theirs.concern(shown, page)
    assert not Changes(Change.STATISTICS, other).concern(shown, page)
    assert Changes(Change.CALENDAR, None).concern(shown, page)


@pytest.fixture
def calendar(qtbot: QtBot, context: AppContext) -> Iterator[CalendarPage]:
    context.today = lambda: date(2026, 11, 22)
    page = CalendarPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitUntil(lambda: page.data is not None and not page.loader.running, timeout=10_000)
    yield page


def _count_loads(page: CalendarPage) -> list[int]:
    requests: list[int] = []
    original = page.loader.request

    def counted() -> None:
        requests.append(1)
        original()

    page.loader.request = counted  # type: ignore[method-assign]
    return requests


def test_the_calendar_draws_its_own_move_without_reloading(
    qtbot: QtBot, calendar: CalendarPage, context: AppContext
) -> None:
    loads = _count_loads(calendar)
    item = next(
        p
        for p in calendar.month.placed
        if p.entry.movable and p.entry.day.month == 11 and p.entry.day.weekday() < 4
    )
    start = item.rect.center().toPoint()
    destination = calendar.month._cell(item.entry.day + timedelta(days=1)).center().toPoint()
    qtbot.mousePress(calendar.month, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(calendar.month, start + QPoint(12, 0))
    qtbot.mouseMove(calendar.month, destination)
    qtbot.mouseRelease(calendar.month, Qt.MouseButton.LeftButton, pos=destination)
    settle(qtbot)
    qtbot.wait(100)
    moved = next(e for e in calendar.data.entries if e.target_id == item.entry.target_id)
    assert moved.day == item.entry.day + timedelta(days=1)  # drawn at once
    assert loads == []  # and not loaded again

    # Someone else's change to posts reloads it; a change to statistics does not.
    context.events.announce(Change.STATISTICS, object())
    assert loads == []
    context.events.announce(Change.CALENDAR, object())
    assert loads == [1]


def test_a_failed_move_is_refused_and_the_calendar_shows_the_truth_again(
    qtbot: QtBot, calendar: CalendarPage, context: AppContext
) -> None:
    loads = _count_loads(calendar)
    entry = next(e for e in calendar.data.entries if e.movable)
    stale = replace(entry, version_id=(entry.version_id or 0) + 99)  # a colleague moved it
    seen: list[str] = []

    def close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    when_modal(close)
    calendar.move_entry(stale, stale.at + timedelta(days=1))
    qtbot.waitUntil(lambda: bool(seen))
    settle(qtbot)
    assert "Someone else changed this record" in seen[0]
    assert loads == [1]
