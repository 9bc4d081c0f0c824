"""Report periods: a month, quarter, half-year, year or custom dates, and what to compare with."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from kuntasome.core.errors import UserError
from kuntasome.core.i18n import QT_TRANSLATE_NOOP

KINDS = ("month", "quarter", "half", "year", "custom")
KIND_LABELS = {
    "month": QT_TRANSLATE_NOOP("Reports", "month"),
    "quarter": QT_TRANSLATE_NOOP("Reports", "quarter"),
    "half": QT_TRANSLATE_NOOP("Reports", "half-year"),
    "year": QT_TRANSLATE_NOOP("Reports", "year"),
    "custom": QT_TRANSLATE_NOOP("Reports", "custom period"),
}


class PeriodError(UserError):
    pass


def _month_end(year: int, month: int) -> date:
    first_of_next = date(year + month // 12, month % 12 + 1, 1)
    return first_of_next - timedelta(days=1)


def _shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True)
class Period:
    first: date
    last: date
    kind: str = "custom"

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise PeriodError(QT_TRANSLATE_NOOP("Errors", "The period ends before it starts."))

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def months(self) -> int:
        return {"month": 1, "quarter": 3, "half": 6, "year": 12}.get(self.kind, 0)

    @property
    def code(self) -> str:
        """How the command line writes it: 2026-10, 2026-Q3, 2026-H1, 2026, or the dates."""
        y, m = self.first.year, self.first.month
        if self.kind == "month":
            return f"{y}-{m:02d}"
        if self.kind == "quarter":
            return f"{y}-Q{(m - 1) // 3 + 1}"
        if self.kind == "half":
            return f"{y}-H{(m - 1) // 6 + 1}"
        if self.kind == "year":
            return str(y)
        return f"{self.first.isoformat()}–{self.last.isoformat()}"

    def previous(self) -> Period:
        """The period of the same length just before: the previous month, quarter, …"""
        if self.months:
            first = _shift_months(self.first, -self.months)
            return Period(first, self.first - timedelta(days=1), self.kind)
        return Period(
            self.first - timedelta(days=self.days), self.first - timedelta(days=1), "custom"
        )

    def year_earlier(self) -> Period:
        """The same period a year earlier (29 February becomes the 28th)."""

        def back(day: date) -> date:
            try:
                return day.replace(year=day.year - 1)
            except ValueError:
                return day.replace(year=day.year - 1, day=28)

        if self.months:
            first = back(self.first)
            return Period(first, _month_end(*_last_month(first, self.months)), self.kind)
        return Period(back(self.first), back(self.last), "custom")


def _last_month(first: date, months: int) -> tuple[int, int]:
    end = _shift_months(first, months - 1)
    return end.year, end.month


def month(year: int, number: int) -> Period:
    return Period(date(year, number, 1), _month_end(year, number), "month")


def quarter(year: int, number: int) -> Period:
    start = 3 * (number - 1) + 1
    return Period(date(year, start, 1), _month_end(year, start + 2), "quarter")


def half(year: int, number: int) -> Period:
    start = 6 * (number - 1) + 1
    return Period(date(year, start, 1), _month_end(year, start + 5), "half")


def year(number: int) -> Period:
    return Period(date(number, 1, 1), date(number, 12, 31), "year")


_CODES = (
    (re.compile(r"^(\d{4})-(\d{1,2})$"), lambda y, n: month(y, n) if 1 <= n <= 12 else None),
    (re.compile(r"^(\d{4})-[Qq]([1-4])$"), quarter),
    (re.compile(r"^(\d{4})-[Hh]([12])$"), half),
)


def parse_period(text: str) -> Period:
    """2026-10 (a month), 2026-Q3, 2026-H1 or 2026."""
    text = text.strip()
    if re.fullmatch(r"\d{4}", text):
        return year(int(text))
    for pattern, make in _CODES:
        found = pattern.match(text)
        if found:
            period = make(int(found.group(1)), int(found.group(2)))
            if period is not None:
                return period
    raise PeriodError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{value} is not a period: write a month (2026-10), a quarter (2026-Q3), a half-year"
            " (2026-H1) or a year (2026).",
        ),
        value=text,
    )


def last_complete(kind: str, today: date) -> Period:
    """The latest period of *kind* that has ended by *today* (what a report is due for)."""
    if kind == "month":
        previous = _shift_months(date(today.year, today.month, 1), -1)
        return month(previous.year, previous.month)
    if kind == "quarter":
        number = (today.month - 1) // 3  # the quarter before this one
        return quarter(today.year, number) if number else quarter(today.year - 1, 4)
    if kind == "half":
        return half(today.year, 1) if today.month > 6 else half(today.year - 1, 2)
    return year(today.year - 1)
