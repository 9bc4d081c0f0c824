"""Errors a user can cause and fix, carrying an untranslated, parameterised message."""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str, str], str]


class UserError(Exception):
    """An error to show to the user: translated at display time, never a traceback.

    *text* must be marked with ``QT_TRANSLATE_NOOP("Errors", ...)`` where it is written;
    it may hold ``{name}`` placeholders filled from *params*.
    """

    context = "Errors"

    def __init__(self, text: str, **params: object) -> None:
        super().__init__(text.format(**params))
        self.text = text
        self.params = params

    def translated(self, translate: Translate) -> str:
        return translate(self.context, self.text).format(**self.params)


class DatabaseError(UserError):
    """The database cannot be opened or used as it is."""
