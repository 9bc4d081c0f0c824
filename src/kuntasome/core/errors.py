"""Errors a user can cause and fix, carrying an untranslated, parameterised message."""

from __future__ import annotations

from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.messages import Message, Translatable, Translate

__all__ = ["DatabaseError", "Message", "StaleRecord", "Translate", "UserError"]


class UserError(Translatable, Exception):
    """An error to show to the user: translated at display time, never a traceback.

    *text* must be marked with ``QT_TRANSLATE_NOOP("Errors", ...)`` where it is written;
    it may hold ``{name}`` placeholders filled from *params*.
    """

    context = "Errors"

    def __init__(
        self, text: str, *, translate_params: dict[str, str] | None = None, **params: object
    ) -> None:
        # A reason that is itself a user error is shown with its own words.
        values = {k: v.message if isinstance(v, UserError) else v for k, v in params.items()}
        # Parameters that are themselves translatable labels: name → their context.
        self._message = Message(self.context, text, values, translate_params or {})
        super().__init__(str(self._message))

    @property
    def message(self) -> Message:
        return self._message

    @property
    def text(self) -> str:
        return self.message.text

    @property
    def params(self) -> dict[str, object]:
        return dict(self.message.params)


class DatabaseError(UserError):
    """The database cannot be opened or used as it is."""


class DatabaseInUse(DatabaseError):
    """Another process holds the database's write lock (it may be free again soon)."""


class StaleRecord(UserError):
    """Someone else saved the record after this copy was read (optimistic locking)."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Someone else changed this record while you were editing it. Your changes were"
                " not saved: reload it and make them again.",
            )
        )
