"""Cancelling long work for real: the worker checks a token at points where stopping is safe.

The window's Cancel button sets the token; the work raises :class:`OperationCancelled` at its
next check, inside its transaction, so the database is left as it was. Work that has passed its
last check (its commit) finishes, and the window says what really happened.
"""

from __future__ import annotations

import threading

from kuntasome.core.errors import UserError
from kuntasome.core.i18n import QT_TRANSLATE_NOOP


class OperationCancelled(UserError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Errors", "Cancelled: nothing was changed."))


class Cancellation:
    """Set from any thread; checked by the worker."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        """Raise :class:`OperationCancelled` if the work was cancelled."""
        if self._event.is_set():
            raise OperationCancelled()
