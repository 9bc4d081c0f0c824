"""Words, dates and numbers in a chosen language: the one locale-aware module.

The window writes in the user's language (QLocale's default, set by the language manager);
a document or an export is written in the language chosen for it, whatever the window
speaks. Both go through the helpers here, so a date looks the same in both. QtCore only:
no display is needed, so the CLI writes documents headless.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from functools import lru_cache
from importlib import resources
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTranslator

LANGUAGES = ("fi", "sv", "en")

Translate = Callable[..., str]  # (context, text[, disambiguation, n]) -> text


def catalogue_dir() -> str:
    """The folder of the compiled .qm files inside the installed package."""
    return str(resources.files("kuntasome") / "translations")


def locale_for(language: str, country: str = "FI") -> QLocale:
    """Dates and numbers as they are written in *language* in the organisation's country:
    Finnish and Swedish as in Finland or Sweden (sv_FI and sv_SE differ); English in the
    British way wherever the organisation is (en_FI and en_SE would write "16,9 MB" and
    "1 024" in English text, as no English reader expects)."""
    return QLocale("en_GB") if language == "en" else QLocale(f"{language}_{country}")


def catalogues(language: str, country: str = "FI") -> list[QTranslator]:
    """The catalogues of *language*, the one searched first first: the country's own words
    where they differ (``kuntasome_sv_SE``: Sweden's Swedish over Finland's), then the
    language's. English has a catalogue too: it holds the plural forms ("1 channel")."""
    found = []
    for name in (f"kuntasome_{language}_{country}", f"kuntasome_{language}"):
        translator = QTranslator()
        # By its exact name (Qt would fall back from kuntasome_fi_FI to kuntasome_fi).
        path = Path(catalogue_dir()) / f"{name}.qm"
        if path.is_file() and translator.load(str(path)):
            found.append(translator)
    return found


def translator_for(language: str, country: str = "FI") -> Translate:
    """Translate into *language* whatever the user interface language is (for documents)."""
    translators = catalogues(language, country)

    def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        found = ""
        for translator in translators:
            found = translator.translate(context, text, disambiguation, n) or ""
            if found:
                break
        if not found:
            found = text
        return found.replace("%n", str(n)) if n >= 0 else found

    return translate


# -- dates and numbers ------------------------------------------------------------------------


def number_text(locale: QLocale, value: float, decimals: int = 0) -> str:
    if decimals == 0:
        return locale.toString(round(value))
    return locale.toString(float(value), "f", decimals)


def date_text(locale: QLocale, value: date, long: bool = False) -> str:
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return locale.toString(QDate(value.year, value.month, value.day), fmt)


def datetime_text(locale: QLocale, value: datetime, tz: tzinfo) -> str:
    local = value.astimezone(tz)
    moment = QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )
    return locale.toString(moment, QLocale.FormatType.ShortFormat)


# How a document writes a day in full, without the weekday the long format adds.
_FULL_DATE = {"fi": "d. MMMM yyyy", "sv": "d MMMM yyyy", "en": "d MMMM yyyy"}


@dataclass
class Writing:
    """How one document speaks: its language, the country's conventions, the catalogue."""

    language: str
    country: str = "FI"
    translate: Translate = field(init=False, repr=False)
    locale: QLocale = field(init=False, repr=False)

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            self.language = "en"
        self.translate = translator_for(self.language, self.country)
        # English documents of a Nordic municipality: British conventions (1,234.5).
        self.locale = locale_for(self.language, self.country)

    @property
    def region(self) -> str:
        return "GB" if self.language == "en" else self.country

    def number(self, value: float, decimals: int = 0) -> str:
        return number_text(self.locale, value, decimals)

    def percent(self, share: float | None, decimals: int = 0) -> str:
        """A share (0.25) as a percentage ("25 %" in fi and sv, "25%" in en)."""
        if share is None:
            return "–"
        figure = self.number(share * 100, decimals)
        return f"{figure}%" if self.language == "en" else f"{figure}\u00a0%"

    def change(self, now: float, before: float | None) -> str:
        """The change from *before* to *now* as a signed percentage, or – if there is none."""
        if before is None or before == 0:
            return "–"
        share = round((now - before) / before, 2)  # shown as whole percent: −0.4 % is ±0 %
        sign = "+" if share > 0 else ("−" if share < 0 else "±")
        return sign + self.percent(abs(share))

    def short_date(self, value: date | None) -> str:
        return date_text(self.locale, value) if value else "–"

    def full_date(self, value: date) -> str:
        return self.locale.toString(
            QDate(value.year, value.month, value.day), _FULL_DATE[self.language]
        )

    def date_time(self, value: datetime | None, tz: ZoneInfo) -> str:
        return datetime_text(self.locale, value, tz) if value else "–"

    def period(self, first: date, last: date) -> str:
        return f"{self.short_date(first)}–{self.short_date(last)}"


@lru_cache(maxsize=16)
def writing_for(language: str, country: str = "FI") -> Writing:
    """A shared :class:`Writing` (its catalogue is read once), for the window, which asks
    for one every time it names a period or makes a document."""
    return Writing(language, country)
