"""Waiting for background work: Cancel stops the work itself where the work can stop."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from kuntasome.core.cancel import Cancellation
from kuntasome.core.errors import UserError
from kuntasome.core.i18n import QT_TRANSLATE_NOOP

from kuntasome.ui.tasks import Cancelled, run_in_background, wait_in_background

from tests.ui.conftest import LoggedErrors


def press_cancel_when_shown(parent: QWidget) -> None:
    def poll() -> None:
        for widget in parent.findChildren(QProgressDialog):
            button = widget.findChild(QPushButton)
            if widget.isVisible() and button is not None:
                button.click()  # as the user does
                return
        QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)


def test_cancel_waits_for_the_work_to_stop_and_says_so(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    cancel = Cancellation()
    stopped: list[bool] = []

    def work() -> str:
        for _ in range(200):  # about ten seconds unless cancelled
            time.sleep(0.05)
            if cancel.cancelled:
                stopped.append(True)
                cancel.check()
        return "done"

    press_cancel_when_shown(parent)
    with pytest.raises(Cancelled):
        wait_in_background(parent, "Importing…", work, cancel=cancel)
    assert stopped == [True]  # the work itself stopped before the window said so


def test_work_past_its_last_check_reports_its_result(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    cancel = Cancellation()

    def committed_already() -> str:  # cancel arrives after the commit: the truth is "done"
        time.sleep(1.5)
        return "imported"

    press_cancel_when_shown(parent)
    assert wait_in_background(parent, "Importing…", committed_already, cancel=cancel) == "imported"
    assert cancel.cancelled


def test_work_that_outlives_its_widget_is_dropped_without_a_crash(qtbot: QtBot) -> None:
    from kuntasome.ui.tasks import run_in_background

    owner = QWidget()
    answers: list[object] = []
    run_in_background(
        lambda: time.sleep(0.3) or "late", answers.append, answers.append, owner=owner
    )
    owner.deleteLater()
    qtbot.wait(50)  # the widget is gone while the work still runs
    qtbot.wait(600)  # the answer arrives: nobody to give it to, and no crash
    assert answers == []


@pytest.mark.logs_errors
def test_a_failing_task_is_logged_and_a_refusal_is_not(
    qtbot: QtBot, no_logged_errors: LoggedErrors
) -> None:
    """What the suite's ``no_logged_errors`` guard catches: an unexpected exception in a
    background task (without the ``logs_errors`` mark this test would fail), but not a
    refusal the user is shown in words."""
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[BaseException] = []

    def refuse() -> None:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Write the person's name."))

    def crash() -> None:
        raise ZeroDivisionError("a bug")

    run_in_background(refuse, lambda _r: None, seen.append, owner=parent)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=5_000)
    assert no_logged_errors.records == []
    run_in_background(crash, lambda _r: None, seen.append, owner=parent)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5_000)
    (record,) = no_logged_errors.records
    assert record.exc_info is not None and isinstance(record.exc_info[1], ZeroDivisionError)


class Finalised:
    """Garbage only the cycle collector frees, like a closed dialog and its connections."""

    def __init__(self, threads: list[str]) -> None:
        self.threads = threads
        self.cycle = self

    def __del__(self) -> None:
        self.threads.append(threading.current_thread().name)


def test_garbage_is_collected_on_the_gui_thread_never_by_a_worker(qtbot: QtBot) -> None:
    """A worker that allocated a lot (loading the register) ran Python's collector, which
    destroyed an earlier window's widgets on the worker thread: a segmentation fault."""
    parent = QWidget()
    qtbot.addWidget(parent)
    freed_on: list[str] = []
    results: list[list[list[int]]] = []
    Finalised(freed_on)

    def allocate() -> list[list[int]]:
        return [[] for _ in range(50_000)]  # kept: the collector's count stays over threshold

    run_in_background(allocate, results.append, lambda exc: None, owner=parent)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    qtbot.waitUntil(lambda: bool(freed_on), timeout=5000)
    assert freed_on == [threading.main_thread().name]
