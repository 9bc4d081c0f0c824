"""Running work off the GUI thread and getting the result back on it."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the GUI thread; queued signals from the worker land in its slots."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        owner: QObject,
    ) -> None:
        super().__init__(owner)
        self._on_done = on_done
        self._on_error = on_error
        self.finished.connect(self._done)
        self.failed.connect(self._error)

    @Slot(object)
    def _done(self, result: Any) -> None:
        self._on_done(result)
        self.deleteLater()

    @Slot(object)
    def _error(self, exc: BaseException) -> None:
        self._on_error(exc)
        self.deleteLater()


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
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
) -> None:
    """Run *fn* in the thread pool; the callbacks run later on *owner*'s (GUI) thread."""
    relay = _Relay(on_done, on_error, owner)
    QThreadPool.globalInstance().start(_Task(fn, relay))
