"""Report periods and what they are compared with."""

from __future__ import annotations

from datetime import date

import pytest

from kuntasome.core.reports.periods import Period, PeriodError, last_complete, parse_period


@pytest.mark.parametrize(
    ("code", "first", "last", "previous", "year_earlier"),
    [
        (
            "2026-10",
            date(2026, 10, 1),
            date(2026, 10, 31),
            (date(2026, 9, 1), date(2026, 9, 30)),
            (date(2025, 10, 1), date(2025, 10, 31)),
        ),
        (
            "2026-Q1",
            date(2026, 1, 1),
            date(2026, 3, 31),
            (date(2025, 10, 1), date(2025, 12, 31)),
            (date(2025, 1, 1), date(2025, 3, 31)),
        ),
        (
            "2026-H2",
            date(2026, 7, 1),
            date(2026, 12, 31),
            (date(2026, 1, 1), date(2026, 6, 30)),
            (date(2025, 7, 1), date(2025, 12, 31)),
        ),
        (
            "2026",
            date(2026, 1, 1),
            date(2026, 12, 31),
            (date(2025, 1, 1), date(2025, 12, 31)),
            (date(2025, 1, 1), date(2025, 12, 31)),
        ),
        # A leap February is compared with the whole February of the years around it.
        (
            "2024-02",
            date(2024, 2, 1),
            date(2024, 2, 29),
            (date(2024, 1, 1), date(2024, 1, 31)),
            (date(2023, 2, 1), date(2023, 2, 28)),
        ),
    ],
)
def test_periods_and_their_comparisons(
    code: str, first: date, last: date, previous: tuple[date, date], year_earlier: tuple[date, date]
) -> None:
    period = parse_period(code)
    assert (period.first, period.last, period.code) == (first, last, code)
    assert (period.previous().first, period.previous().last) == previous
    assert (period.year_earlier().first, period.year_earlier().last) == year_earlier


def test_a_custom_period_is_compared_with_as_many_days_just_before() -> None:
    period = Period(date(2026, 3, 10), date(2026, 3, 19))
    assert period.days == 10
    assert period.previous() == Period(date(2026, 2, 28), date(2026, 3, 9))
    assert period.year_earlier() == Period(date(2025, 3, 10), date(2025, 3, 19))


@pytest.mark.parametrize("code", ["2026-13", "2026-Q5", "26-10", "lokakuu", "2026-H3", ""])
def test_a_bad_period_is_refused_in_words(code: str) -> None:
    with pytest.raises(PeriodError) as refused:
        parse_period(code)
    assert "2026-Q3" in refused.value.translated(lambda _c, text: text)


def test_a_period_cannot_end_before_it_starts() -> None:
    with pytest.raises(PeriodError):
        Period(date(2026, 3, 10), date(2026, 3, 9))


def test_the_last_complete_period_a_reminder_is_for() -> None:
    assert last_complete("month", date(2026, 1, 5)).code == "2025-12"
    assert last_complete("quarter", date(2026, 2, 1)).code == "2025-Q4"
    assert last_complete("quarter", date(2026, 12, 2)).code == "2026-Q3"
    assert last_complete("half", date(2026, 7, 1)).code == "2026-H1"
