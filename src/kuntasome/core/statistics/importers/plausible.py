"""Values no platform writes: refused with the day and the figure, before anything is stored.

A file with such a value is damaged or not what it seems, and importing the rest of it would
put a hole or a spike in the charts without a word. Each value is checked as it is read
(:meth:`Parsed.add`, before rows are summed into a day); the days and the posts' figures here.
"""

from __future__ import annotations

from datetime import date, timedelta

from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.statistics.importers.limits import FIRST_DAY, ImplausibleValue, check_value
from kuntasome.core.statistics.importers.parsed import Parsed


def check_plausible(parsed: Parsed, today: date) -> None:
    """Refuse *parsed* if one of its days or values is impossible; name the first one."""
    last_day = today + timedelta(days=1)  # an export made late in the evening elsewhere
    for (_account, day, metric), value in parsed.daily.items():
        _check_day(day, last_day)
        check_value(metric, value, day.isoformat())
    for post in parsed.posts:
        if post.published_at is not None:
            _check_day(post.published_at.date(), last_day)
        for metric, value in post.metrics.items():
            check_value(metric, value, post.external_id or post.url)


def _check_day(day: date, last_day: date) -> None:
    if not FIRST_DAY <= day <= last_day:
        raise ImplausibleValue(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file has a day no export holds: {day} (the days run from {first} to"
                " {last}). Nothing was imported: check that it is the file the service gave.",
            ),
            day=day.isoformat(),
            first=FIRST_DAY.isoformat(),
            last=last_day.isoformat(),
        )
