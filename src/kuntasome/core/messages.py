"""One message type for the Qt-free core: an untranslated text and its parameters.

Core never translates: it marks a text with ``QT_TRANSLATE_NOOP(context, text)`` where it is
written and hands out a :class:`Message`; the window and the command line translate it when
they show it, in the language chosen then (so a language switch re-translates what is on
screen). Placeholders are ``{name}``, filled after translation.

Errors (:class:`kuntasome.core.errors.UserError`), check findings, register warnings, rule
warnings and verify problems all carry their words this way.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

Translate = Callable[[str, str], str]


class Count(int):
    """A number in a message that is a quantity ("2,000,000 rows"): written as the reader's
    language writes numbers when the message is translated; an id or a year stays plain."""


def _plain_number(value: int) -> str:
    return str(value)


#: How a :class:`Count` is written: set with the language (the window's and the command
#: line's :class:`~kuntasome.ui.translations.LanguageManager`), so core needs no locale.
number_format: Callable[[int], str] = _plain_number


def set_number_format(write: Callable[[int], str]) -> None:
    global number_format
    number_format = write


def fill(text: str, params: Mapping[str, object]) -> str:
    """*text* with its ``{name}`` placeholders filled; unknown names are left as written."""
    if not params:
        return text
    return text.format_map(_Keep(params))


def arg(text: str, **values: object) -> str:
    """A translated *text* with its ``{name}`` placeholders filled: the one placeholder style
    of the window, the command line and the documents (core messages use it too)."""
    return fill(text, values)


class _Keep(dict[str, Any]):
    def __init__(self, params: Mapping[str, object]) -> None:
        super().__init__(params)

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@dataclass(frozen=True)
class Message:
    """*text* in *context*, with ``{name}`` placeholders from *params*.

    A parameter that is itself a :class:`Message` is translated too; *labels* names the
    parameters whose values are translatable labels, with the context they are in (a status,
    a kind). Counts are parameters too ("Posts written: {count}"): a catalogue entry found
    without a count cannot be found with one.
    """

    context: str
    text: str
    params: Mapping[str, object] = field(default_factory=dict)
    labels: Mapping[str, str] = field(default_factory=dict)

    def translated(self, translate: Translate) -> str:
        params = {
            name: value.translated(translate)
            if isinstance(value, Message)
            else translate(self.labels[name], str(value))
            if name in self.labels
            else number_format(value)
            if isinstance(value, Count)
            else value
            for name, value in self.params.items()
        }
        return fill(translate(self.context, self.text), params)

    def __str__(self) -> str:
        """The untranslated English text, for logs."""
        return fill(self.text, self.params)


class Translatable:
    """Something that carries a :attr:`message`, and so can be shown in any language."""

    if TYPE_CHECKING:  # each class that mixes this in says how it makes its message

        @property
        def message(self) -> Message: ...

    def translated(self, translate: Translate) -> str:
        return self.message.translated(translate)
