"""Public holidays of the organisation's country (Finland or Sweden), named in a UI language."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

# The holidays package names holidays in these locales; Finnish is not offered for Sweden.
_LOCALES = {
    "FI": {"fi": "fi", "sv": "sv_FI", "en": "en_US"},
    "SE": {"fi": "sv", "sv": "sv", "en": "en_US"},
}
# Sweden's midsummer eve, Christmas eve and New Year's eve are "de facto" holidays: offices
# are closed, so calendars and working-day counts treat them as holidays too.
_CATEGORIES = {"FI": ("public",), "SE": ("public", "de_facto")}


@lru_cache(maxsize=64)
def _year(country: str, year: int, language: str) -> dict[date, str]:
    # holidays imports its country tables (0.1 s): only when a year is first asked for.
    import holidays

    locale = _LOCALES.get(country, _LOCALES["FI"]).get(language, "en_US")
    found = holidays.country_holidays(
        country if country in _LOCALES else "FI",
        years=year,
        language=locale,
        categories=_CATEGORIES.get(country, ("public",)),
    )
    return dict(found.items())


def holidays_between(country: str, first: date, last: date, language: str) -> dict[date, str]:
    """Public holidays from *first* to *last* (inclusive), day → name."""
    result: dict[date, str] = {}
    for year in range(first.year, last.year + 1):
        for day, name in _year(country, year, language).items():
            if first <= day <= last:
                result[day] = name
    return result


def is_holiday(country: str, day: date) -> bool:
    return day in _year(country, day.year, "en")
