"""Running work off the GUI thread and getting the result back on it."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

from kuntasome.core.cancel import Cancellation, OperationCancelled
from kuntasome.core.errors import UserError

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the GUI thread; queued signals from the worker land in its slots.

    It belongs to the application, not to the widget that asked: a widget closed while its
    work runs would otherwise take the relay with it, and the worker's emit on the deleted
    object crashes the process. When the owner is gone, the answer is dropped.
    """

    finished = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        owner: QObject,
        always: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(QCoreApplication.instance())
        self._on_done = on_done
        self._on_error = on_error
        self._always = always
        self._owner_alive = True
        owner.destroyed.connect(self._owner_gone)
        self.finished.connect(self._done)
        self.failed.connect(self._error)

    @Slot()
    def _owner_gone(self) -> None:
        self._owner_alive = False

    @Slot(object)
    def _done(self, result: Any) -> None:
        self._end()
        if self._owner_alive:
            self._on_done(result)
        self._release()

    @Slot(object)
    def _error(self, exc: BaseException) -> None:
        self._end()
        if self._owner_alive:
            self._on_error(exc)
        self._release()

    def _end(self) -> None:
        if self._always is not None:
            self._always()

    def _release(self) -> None:
        # The callbacks may hold the last reference to a widget; drop them here, on the GUI
        # thread, while nothing of this relay is still running.
        self._on_done = self._on_error = _ignore
        self._always = None
        self.deleteLater()


def _ignore(_value: Any) -> None:
    pass


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except (UserError, OperationCancelled) as exc:  # a refusal the user is told of
            log.info("Background task refused: %s", type(exc).__name__)
            self._deliver("failed", exc)
        except Exception as exc:  # handed to the GUI thread, which decides what to show
            log.exception("Background task failed")
            self._deliver("failed", exc)
        else:
            self._deliver("finished", result)

    def _deliver(self, signal: str, value: object) -> None:
        # RuntimeError: the window that asked has closed meanwhile; nobody wants the answer.
        with contextlib.suppress(RuntimeError):
            getattr(self.relay, signal).emit(value)


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    *,
    owner: QObject,
    always: Callable[[], None] | None = None,
) -> None:
    """Run *fn* in the thread pool; the callbacks run later on *owner*'s (GUI) thread.

    *always* runs first when the work ends, even when *owner* has gone meanwhile (and the
    answer is dropped)."""
    relay = _Relay(on_done, on_error, owner, always)
    QThreadPool.globalInstance().start(_Task(fn, relay))


class Cancelled(Exception):
    """The user cancelled work that was waited for; its result was thrown away."""


class _Steps(QObject):
    """Carries a worker's progress (bytes done of bytes in all) to the dialog, as per mille:
    a signal per change of a thousandth, never one per chunk."""

    advanced = Signal(int)

    def __init__(self, dialog: QProgressDialog) -> None:
        super().__init__(dialog)
        self.shown = -1
        self.advanced.connect(self._show)

    def report(self, done: int, total: int) -> None:  # called on the worker thread
        value = min(1000, 1000 * done // total) if total > 0 else 1000
        if value != self.shown:
            self.shown = value
            with contextlib.suppress(RuntimeError):  # the dialog closed meanwhile
                self.advanced.emit(value)

    @Slot(int)
    def _show(self, value: int) -> None:
        dialog = self.parent()
        if isinstance(dialog, QProgressDialog):
            if dialog.maximum() != 1000:
                dialog.setRange(0, 1000)
            dialog.setValue(value)


def wait_with_progress(
    parent: QWidget,
    text: str,
    fn: Callable[[Callable[[int, int], None]], Any],
    *,
    cancel: Cancellation | None = None,
) -> Any:
    """:func:`wait_in_background` for work that says how far it is: *fn* gets a
    ``progress(done, total)`` callback, and the dialog shows a bar instead of a busy one."""
    return wait_in_background(parent, text, fn, cancel=cancel, steps=True)


def wait_in_background(
    parent: QWidget,
    text: str,
    fn: Callable[..., Any],
    *,
    cancel: Cancellation | None = None,
    steps: bool = False,
) -> Any:
    """Run *fn* off the GUI thread while a busy dialog with Cancel keeps the window alive,
    and return its result here (raising what it raised, or :class:`Cancelled`).

    For step-by-step work that asks questions between steps (an import: read the file, ask
    the channel, store): the steps stay readable in order, the window never freezes.

    Without *cancel*, Cancel only stops the waiting: use that for work that changes nothing
    (reading a file). With it, Cancel sets the token and waits for the work to stop: the
    work rolls back and :class:`Cancelled` is raised, or — if it had already passed its last
    check — its result is returned, so the window never says "not imported" about data that
    was imported.
    """

    loop = QEventLoop()
    outcome: dict[str, Any] = {}
    dialog = QProgressDialog(text, QCoreApplication.translate("Tasks", "Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    if cancel is None:
        dialog.canceled.connect(loop.quit)
    else:

        def stop() -> None:
            cancel.cancel()
            dialog.setLabelText(QCoreApplication.translate("Tasks", "Cancelling…"))
            dialog.setCancelButton(None)
            dialog.show()

        dialog.canceled.connect(stop)
    dialog.hide()  # a busy dialog never gets the setValue() calls that would show it: a timer
    show_later = QTimer(dialog)
    show_later.setSingleShot(True)
    show_later.timeout.connect(lambda: None if outcome else dialog.show())
    show_later.start(800)  # quick work shows no dialog at all

    def done(result: Any) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(error: BaseException) -> None:
        outcome["error"] = error
        loop.quit()

    if steps:
        relay = _Steps(dialog)
        work = fn
        fn = lambda: work(relay.report)  # noqa: E731 - the worker's call, with the relay
    run_in_background(fn, done, failed, owner=dialog)
    loop.exec()
    cancelled = dialog.wasCanceled() and not outcome
    dialog.reset()
    dialog.deleteLater()
    if cancelled:
        raise Cancelled()
    if isinstance(outcome.get("error"), OperationCancelled):
        raise Cancelled()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]
