"""Errors a user can cause and fix, carrying an untranslated, parameterised message."""

from __future__ import annotations

from collections.abc import Callable

from kuntasome.core.i18n import QT_TRANSLATE_NOOP

Translate = Callable[[str, str], str]


class UserError(Exception):
    """An error to show to the user: translated at display time, never a traceback.

    *text* must be marked with ``QT_TRANSLATE_NOOP("Errors", ...)`` where it is written;
    it may hold ``{name}`` placeholders filled from *params*.
    """

    context = "Errors"

    def __init__(
        self, text: str, *, translate_params: dict[str, str] | None = None, **params: object
    ) -> None:
        super().__init__(text.format(**params))
        self.text = text
        self.params = params
        # Parameters that are themselves translatable labels: name → their context.
        self.translate_params = translate_params or {}

    def translated(self, translate: Translate) -> str:
        params = {
            name: value.translated(translate)
            if isinstance(value, UserError)  # a reason that is itself a user error
            else translate(self.translate_params[name], str(value))
            if name in self.translate_params
            else value
            for name, value in self.params.items()
        }
        return translate(self.context, self.text).format(**params)


class DatabaseError(UserError):
    """The database cannot be opened or used as it is."""


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
