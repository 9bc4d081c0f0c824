"""Small pieces every page uses: retranslation, messages, record tables, dates, saving files."""

from __future__ import annotations

import logging
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, QLocale, QTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QMainWindow, QMessageBox, QWidget

from kuntasome.core.errors import UserError
from kuntasome.core.files import write_export

log = logging.getLogger(__name__)


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def without_accelerator(text: str) -> str:
    """A button's or menu item's text as read out or used as a title: "&Make report…" is
    "Make report…" ("&&" is a literal "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class Retranslating:
    """Mixin for widgets and dialogs: ``retranslate()`` runs again when the language changes."""

    def retranslate(self) -> None:
        """Set every user-visible text; each widget that mixes this in defines it."""

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


def to_local(value: QDateTime, tz: ZoneInfo) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=tz)


def to_qdatetime(value: datetime) -> QDateTime:
    """A wall-clock time as Qt shows it (the time zone is the organisation's, not Qt's)."""
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


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


class DateTimeEdit(QDateTimeEdit):
    """A date and time as the user's language writes them; "–" when there is none (a
    disabled field never shows Qt's default 01.01.2000 00.00)."""

    NONE = QDateTime(QDate(2000, 1, 1), QTime(0, 0))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDateTime(self.NONE)
        self.setSpecialValueText("–")
        self.setDateTime(self.NONE)
        self.set_locale_format()

    def set_locale_format(self) -> None:
        """The language's short date and time format (again after a language switch)."""
        self.setDisplayFormat(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))

    def clear_value(self) -> None:
        self.setDateTime(self.NONE)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LocaleChange or event.type() == QEvent.Type.LanguageChange:
            self.set_locale_format()
        super().changeEvent(event)


def date_edit(value: date) -> QDateEdit:
    """A required date with a calendar to pick from."""
    edit = QDateEdit(to_qdate(value))
    edit.setCalendarPopup(True)
    return edit


def status_message(widget: QWidget, text: str, milliseconds: int) -> None:
    """Show *text* in the status bar of the main window *widget* belongs to, if it has one."""
    window = widget.window()
    if not isinstance(window, QMainWindow):
        parent = window.parentWidget()
        window = parent.window() if parent is not None else window
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, milliseconds)


def save_file(parent: QWidget, path: Path, data: bytes, *, personal: bool = False) -> bool:
    """Write *data* to *path* whole or not at all; say so plainly if that cannot be done.
    *personal*: the file holds personal data, so only its owner may read it."""
    try:
        write_export(path, data, personal=personal)
    except UserError as error:
        QMessageBox.warning(parent, parent.windowTitle(), error.translated(translate))
        return False
    return True
