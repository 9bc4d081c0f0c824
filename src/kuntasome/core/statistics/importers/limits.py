"""The limits of what an export can hold: a count is never infinite or above a trillion (the
largest account on any platform has a few billion views a year) and never negative — except
a day's change in reactions, comments or shares, which falls when people delete theirs
(TikTok Studio writes "-1" comments); a day lies between the first social media exports
(2004) and tomorrow."""

from __future__ import annotations

import math
from datetime import date

from kuntasome.core.errors import UserError
from kuntasome.core.i18n import QT_TRANSLATE_NOOP

FIRST_DAY = date(2004, 1, 1)
MAX_COUNT = 1e12
#: A day's figure that may be below zero: what people take back.
MAY_FALL = frozenset({"reactions", "comments", "shares", "engagements", "follows"})


class ImplausibleValue(UserError):
    """A value or a day that no platform's export holds."""


def check_value(metric: str, value: float, where: str) -> None:
    """Refuse a count no export holds; *where* names its day or post."""
    lowest = -MAX_COUNT if metric in MAY_FALL else 0
    if math.isfinite(value) and lowest <= value <= MAX_COUNT:
        return
    raise ImplausibleValue(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The file has an impossible value: {metric} {value} ({where}). A count of views,"
            " reach or followers is never negative, and no count is infinite or above a"
            " trillion. Nothing was imported.",
        ),
        metric=metric,
        value=repr(value) if not math.isfinite(value) else f"{value:g}",
        where=where,
    )
