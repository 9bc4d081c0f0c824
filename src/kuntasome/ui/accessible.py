"""What a screen reader announces for a widget that has no visible label of its own.

A table, a list or a search field sits under a tab or a heading, not beside a label that
could be its buddy; its name is set here and follows the language. The names are one
translation context, ``AccessibleNames``: mark each with ``QT_TRANSLATE_NOOP``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QWidget

CONTEXT = "AccessibleNames"


class _Name(QObject):
    def __init__(self, widget: QWidget, text: str) -> None:
        super().__init__(widget)
        self.text = text
        widget.installEventFilter(self)
        self.apply(widget)

    def apply(self, widget: QWidget) -> None:
        widget.setAccessibleName(QCoreApplication.translate(CONTEXT, self.text))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange and isinstance(watched, QWidget):
            self.apply(watched)
        return False


def accessible_name(widget: QWidget, text: str) -> None:
    """Name *widget* with *text* (a source text of the ``AccessibleNames`` context)."""
    existing = widget.findChild(_Name)
    if isinstance(existing, _Name):
        existing.text = text
        existing.apply(widget)
    else:
        _Name(widget, text)


def leave_with_tab(view: QAbstractItemView) -> None:
    """Tab moves on to the next field and the arrows move inside the table (with Qt's default
    Tab walks from cell to cell and never leaves)."""
    view.setTabKeyNavigation(False)
