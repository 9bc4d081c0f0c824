"""Small pieces every page uses: retranslation on language change, error messages, labels."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent
from PySide6.QtWidgets import QDateEdit, QMessageBox, QWidget

from kuntasome.core.errors import UserError

log = logging.getLogger(__name__)


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class Retranslating:
    """Mixin for widgets and dialogs: ``retranslate()`` runs again when the language changes."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]


def show_error(parent: QWidget, title: str, error: BaseException) -> None:
    """A user error in the user's language; anything else as a short, honest message."""
    if isinstance(error, UserError):
        message = error.translated(translate)
    else:
        log.exception("Unexpected error", exc_info=error)
        message = QCoreApplication.translate(
            "Widgets", "Something went wrong and nothing was saved. The log has the details."
        )
    QMessageBox.warning(parent, title, message)


def to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


def from_qdate(value: QDate) -> date | None:
    return date(value.year(), value.month(), value.day()) if value.isValid() else None


class OptionalDateEdit(QDateEdit):
    """A date that may be empty: the minimum date stands for "none" and shows a dash."""

    NONE = QDate(2000, 1, 1)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(self.NONE)
        self.setSpecialValueText("–")
        self.setDate(self.NONE)

    def value(self) -> date | None:
        return None if self.date() == self.NONE else from_qdate(self.date())

    def set_value(self, value: date | None) -> None:
        self.setDate(to_qdate(value) if value else self.NONE)
