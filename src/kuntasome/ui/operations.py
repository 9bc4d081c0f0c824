"""User actions that change data: run off the GUI thread, then tell every view what changed.

Modelled on Anki's ``CollectionOp``/``OpChanges``: a widget gathers input and hands one core
service call to :func:`run_operation`; the work runs in the thread pool while the initiator is
marked busy (a second click does nothing), an error is shown translated, and on success
:class:`~kuntasome.ui.events.DataEvents` broadcasts typed
:class:`~kuntasome.core.changes.Change` flags together with who started the change. Views
reload only for the flags they show, and not for a change they started and have already
drawn themselves.

:class:`Loader` is the other half: one view's background load, never two at once, and a
request during a load runs once more after it.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from kuntasome.core.changes import Change

from kuntasome.ui.events import DataEvents
from kuntasome.ui.tasks import run_in_background
from kuntasome.ui.widgets import show_error

T = TypeVar("T")

#: Operations started and not yet finished (tests wait for this to reach zero).
_running: set[int] = set()


def busy(initiator: QObject) -> bool:
    """True while an operation *initiator* started is still running."""
    return id(initiator) in _running


def running() -> int:
    """How many operations are running (for tests and the window's close)."""
    return len(_running)


def run_operation(
    initiator: QWidget,
    events: DataEvents,
    work: Callable[[], T],
    *,
    changes: Change,
    title: str,
    done: Callable[[T], None] | None = None,
    failed: Callable[[BaseException], None] | None = None,
) -> bool:
    """Run one write *work* off the GUI thread on behalf of *initiator*.

    On success the *changes* are announced with the initiator as who made them, and then
    *done* gets the result; on failure the error is shown under
    *title* in the user's language and *failed* is called. Returns False, doing nothing,
    when the initiator's previous operation has not finished (a double click saves once).
    """
    key = id(initiator)
    if key in _running:
        return False
    _running.add(key)
    owner = weakref.ref(initiator)  # the callbacks never keep a closed window alive

    def succeeded(result: Any) -> None:
        events.announce(changes, owner())
        if done is not None:
            done(result)

    def went_wrong(error: BaseException) -> None:
        widget = owner()
        if widget is not None:
            show_error(widget, title, error)
        if failed is not None:
            failed(error)

    run_in_background(
        work, succeeded, went_wrong, owner=initiator, always=lambda: _running.discard(key)
    )
    return True


class SavingDialog:
    """Mixin for a dialog whose OK button carries out one operation and then closes it.

    While the operation runs, Esc and Close do nothing (the dialog closes when it is done, or
    stays open with the error shown, the input intact for a correction).
    """

    def close_after(
        self,
        events: DataEvents,
        work: Callable[[], T],
        *,
        changes: Change,
        done: Callable[[T], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        dialog = self
        assert isinstance(dialog, QDialog)

        def finished(result: T) -> None:
            if done is not None:
                done(result)
            QDialog.accept(dialog)

        run_operation(
            dialog,
            events,
            work,
            changes=changes,
            title=dialog.windowTitle(),
            done=finished,
            failed=failed,
        )

    def reject(self) -> None:
        assert isinstance(self, QDialog)
        if not busy(self):
            QDialog.reject(self)


class Loader(Generic[T]):
    """One view's background load.

    *prepare* runs on the GUI thread and returns the work to do in the pool (so it reads the
    view's filters at the moment of the request); *loaded* and *failed* run on the GUI thread.
    A request while a load runs is remembered and run once, after it.
    """

    def __init__(
        self,
        owner: QObject,
        prepare: Callable[[], Callable[[], T]],
        loaded: Callable[[T], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        self._owner = owner
        self._prepare = prepare
        self._loaded = loaded
        self._failed = failed
        self.running = False
        self.has_loaded = False
        self._again = False

    def request(self) -> None:
        if self.running:
            self._again = True
            return
        self.running = True
        run_in_background(self._prepare(), self._finished, self._went_wrong, owner=self._owner)

    def _finished(self, result: T) -> None:
        self.running = False
        self.has_loaded = True
        if self._again:  # the result is already stale: ask again, but show this meanwhile
            self._again = False
            self.request()
        self._loaded(result)

    def _went_wrong(self, error: BaseException) -> None:
        self.running = False
        if self._again:
            self._again = False
            self.request()
            return
        self._failed(error)
