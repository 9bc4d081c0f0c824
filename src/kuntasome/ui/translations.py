"""Loading the Qt Linguist catalogues and switching language at run time."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kuntasome.core.messages import set_number_format

from kuntasome.documents.language import (
    LANGUAGES,
    catalogue_dir,
    catalogues,
    locale_for,
    number_text,
    translator_for,
)

log = logging.getLogger(__name__)

__all__ = [
    "LANGUAGES",
    "LanguageManager",
    "catalogue_dir",
    "guess_language",
    "locale_for",
    "translator_for",
]

# Each language's name in itself, so a user can find their own in any UI language.
LANGUAGE_NAMES = {"fi": "Suomi", "sv": "Svenska", "en": "English"}


def guess_language() -> str:
    """The system's UI language if we have it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name[:2].lower()
        if code in LANGUAGES:
            return code
    return "en"


class LanguageManager:
    """Owns the installed translators; installing new ones posts LanguageChange.

    An application speaks one language: the translators are shared by every manager, so
    applying a language replaces whatever another manager installed before (a second
    manager used to add its catalogues on top of the first one's, which then won).
    """

    _translators: list[QTranslator] = []  # shared on purpose

    def __init__(self) -> None:
        self.language = "en"
        # The organisation's country sets how dates and numbers are written (sv_FI, sv_SE);
        # it is the database's, so the window sets it once the organisation is loaded.
        self.country = "FI"

    def set_country(self, country: str) -> None:
        """Words, dates and numbers as the organisation's country writes them."""
        if country != self.country:
            self.apply(self.language, country)

    def apply(self, language: str, country: str | None = None) -> None:
        if country is not None:
            self.country = country
        if language not in LANGUAGES:
            language = "en"
        for translator in self._translators:
            QCoreApplication.removeTranslator(translator)
        self._translators.clear()
        # Installed last, searched first: the country's words over the language's.
        ours = list(reversed(catalogues(language, self.country)))
        if not ours and language != "en":
            log.warning("No catalogue for %s in %s", language, catalogue_dir())
        self._translators.extend(ours)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator()
        if language != "en" and qtbase.load(QLocale(language), "qtbase", "_", qt_dir):
            self._translators.append(qtbase)
        for translator in self._translators:
            QCoreApplication.installTranslator(translator)
        QLocale.setDefault(locale_for(language, self.country))
        set_number_format(lambda value: number_text(QLocale(), value))
        self.language = language
