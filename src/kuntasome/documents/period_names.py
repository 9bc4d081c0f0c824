"""A report period as people say it: "lokakuu 2026", "3. vuosineljännes 2026", "Q3 2026".

Kept apart from the report itself: the window's Today page and reminders name the period a
report is due for before the first paint, without loading the ORM.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from kuntasome.core.messages import arg
from kuntasome.core.reports.periods import Period

from kuntasome.documents.language import Writing


def period_name(period: Period, writing: Writing, *, dates: bool = True) -> str:
    """ "lokakuu 2026", "3. vuosineljännes 2026", … (with the dates), in *writing*'s language."""
    first, y = period.first, str(period.first.year)
    span = writing.period(period.first, period.last)
    if period.kind == "month":
        name = writing.locale.standaloneMonthName(first.month, QLocale.FormatType.LongFormat)
        name = f"{name} {y}"
    elif period.kind in ("quarter", "half"):
        number = str((first.month - 1) // (3 if period.kind == "quarter" else 6) + 1)
        if period.kind == "quarter":
            text = writing.translate("Reports", "quarter {number}/{year}")
        else:
            text = writing.translate("Reports", "half-year {number}/{year}")
        name = arg(text, number=number, year=y)
    elif period.kind == "year":
        name = arg(writing.translate("Reports", "year {year}"), year=y)
    else:
        return span
    return f"{name} ({span})" if dates else name
