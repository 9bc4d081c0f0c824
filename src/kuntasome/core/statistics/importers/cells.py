"""Cells as the platforms and Excel write them: headers, numbers, ids and dates."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from functools import lru_cache

PLACEHOLDERS = frozenset(
    {"", "-", "--", "–", "n/a", "na", "nan", "undefined", "null", "none", "lifetime", "livstid"}
)


@lru_cache(maxsize=4096)
def norm_header(text: object) -> str:
    """A header as the detectors compare it: case, soft hyphens, BOMs, underscores,
    parentheses and spacing do not matter ("Watch_time (hours)" == "watch time hours")."""
    value = str(text or "").replace("\u00ad", "").replace("\ufeff", "")
    value = value.replace("_", " ").replace("(", " ").replace(")", " ").replace("\u00a0", " ")
    return " ".join(value.casefold().split())


_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")
_SPACES = re.compile(r"[\s\u00a0\u202f']")


def number(text: object, *, decimal_comma: bool = False) -> float | None:
    """A count or amount; None for the placeholders the platforms use for "nothing"."""
    if isinstance(text, bool):
        return float(text)
    if isinstance(text, int | float):
        return float(text)
    if isinstance(text, str) and not decimal_comma:
        try:  # the common case, a plain number, without the slow path
            fast = float(text)
        except ValueError:
            pass
        else:
            if fast - fast == 0:  # not nan or infinity ("NaN" is a placeholder)
                return fast
            return None
    value = str(text or "").strip()
    if value.casefold() in PLACEHOLDERS:
        return None
    value = _SPACES.sub("", value)
    if value.endswith("%"):
        value = value[:-1]
    if decimal_comma:
        value = value.replace(".", "").replace(",", ".") if "," in value else value
    elif _THOUSANDS.match(value):
        value = value.replace(",", "")
    elif value.count(",") == 1 and "." not in value:
        value = value.replace(",", ".")  # a decimal comma in a comma-less context
    try:
        return float(value)
    except ValueError:
        return None


def id_text(text: object) -> str:
    """An id kept as text: Excel's "1096263115194030.00" becomes "1096263115194030"."""
    if isinstance(text, float) and text.is_integer():
        return str(int(text))
    value = str(text or "").strip()
    if re.fullmatch(r"\d+\.0+", value):
        value = value.split(".")[0]
    return value


MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan tammikuu tammikuuta tammi januari januar janeiro enero ene",
        "february feb helmikuu helmikuuta helmi februari februar fevereiro febrero",
        "march mar maaliskuu maaliskuuta maalis mars märz mär marzo março",
        "april apr huhtikuu huhtikuuta huhti abril",
        "may toukokuu toukokuuta touko maj mai mayo maio",
        "june jun kesäkuu kesäkuuta kesä juni junio junho",
        "july jul heinäkuu heinäkuuta heinä juli julio julho",
        "august aug elokuu elokuuta elo augusti agosto ago",
        "september sep sept syyskuu syyskuuta syys septiembre setembro set",
        "october oct lokakuu lokakuuta loka oktober okt octubre outubro out",
        "november nov marraskuu marraskuuta marras noviembre novembro",
        "december dec joulukuu joulukuuta joulu dezember dez diciembre dezembro dic",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS.setdefault(_name, _number)

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})")
_YMD_SLASH = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})")
_NUMERIC = re.compile(r"^(\d{1,2})([/.\-])(\d{1,2})\2(\d{2,4})(?:\D|$)")
_DAY_MON_YEAR = re.compile(r"^(\d{1,2})[ \-.]+([^\W\d_]+)\.?[ \-,]+(\d{2,4})", re.UNICODE)
_WORDS = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)


def _year(value: str) -> int:
    year = int(value)
    return year + 2000 if year < 100 else year


def _month(word: str) -> int | None:
    word = word.casefold().rstrip(".")
    return MONTHS.get(word) or MONTHS.get(word[:3])


class DateColumn:
    """The dates of one column, read together: whether "03/04/2025" is March or April
    follows from the other values (a 13th or later in the first place means day first)."""

    def __init__(self, values: Iterable[object]) -> None:
        self.day_first = False
        self._cache: dict[object, date | tuple[int, int] | None] = {}
        for value in set(v for v in values if isinstance(v, str)):
            text = str(value or "").strip()
            match = _NUMERIC.match(text)
            if match and match.group(2) in "/-" and int(match.group(1)) > 12:
                self.day_first = True
            if match and match.group(2) == ".":
                self.day_first = True  # 28.2.2025: the Nordic order

    def parse(self, value: object) -> date | tuple[int, int] | None:
        """A date; (month, day) when the file gives no year; None when it is no date."""
        try:
            return self._cache[value]
        except (KeyError, TypeError):
            pass
        result = self._parse(value)
        with contextlib.suppress(TypeError):  # daily rows repeat each date for every video
            self._cache[value] = result
        return result

    def _parse(self, value: object) -> date | tuple[int, int] | None:
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        text = str(value or "").strip()
        if not text:
            return None
        match = _ISO.match(text) or _YMD_SLASH.match(text)
        if match:
            return _safe(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        match = _NUMERIC.match(text)
        if match:
            first, second, year = int(match.group(1)), int(match.group(3)), _year(match.group(4))
            if self.day_first or match.group(2) == "." or first > 12:
                return _safe(year, second, first)
            return _safe(year, first, second)
        match = _DAY_MON_YEAR.match(text)
        if match and _month(match.group(2)):
            return _safe(_year(match.group(3)), _month(match.group(2)) or 0, int(match.group(1)))
        words = [w for w in _WORDS.findall(text) if w.casefold() not in ("de", "del", "of")]
        # isdecimal, not isdigit: "2¹" is digits to isdigit, and int("¹") fails.
        month = next((m for w in words if not w.isdecimal() and (m := _month(w))), None)
        numbers = [int(w) for w in words if w.isdecimal() and len(w) <= 8]
        if month is None or not numbers or any(w.isdecimal() and len(w) > 8 for w in words):
            return None
        years = [n for n in numbers if n > 31]
        days = [n for n in numbers if 1 <= n <= 31]
        if not days:
            return None
        if years:  # "Tue, Feb 18, 2025", "Mon Feb 17 2025", "Mar 30, 2023"
            return _safe(years[0], month, days[0])
        return (month, days[0])  # "February 28", "10 February", "8 de marzo"


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except (ValueError, OverflowError):  # a twenty-digit year is no date either
        return None


def resolve_years(
    parsed: Sequence[date | tuple[int, int] | None], latest: date
) -> list[date | None]:
    """Years for dates a file gives without one (TikTok Studio): the series runs in order
    and ends on or before *latest* (the export day, or today); crossing New Year going back
    steps the year down."""
    result: list[date | None] = [None] * len(parsed)
    year = latest.year
    previous: tuple[int, int] | None = None
    last = next((p for p in reversed(parsed) if isinstance(p, tuple)), None)
    if last is not None and last > (latest.month, latest.day):
        year -= 1
    for index in range(len(parsed) - 1, -1, -1):
        item = parsed[index]
        if isinstance(item, date) or item is None:
            result[index] = item
            continue
        if previous is not None and item > previous:
            year -= 1  # going back in time past 1 January
        previous = item
        result[index] = _safe(year, item[0], item[1]) or (
            _safe(year, 2, 28) if item == (2, 29) else None
        )
    return result


def year_for(month_day: tuple[int, int], not_after: date) -> date | None:
    """A yearless date on or before *not_after* (a post time before its export day)."""
    year = not_after.year if month_day <= (not_after.month, not_after.day) else not_after.year - 1
    return _safe(year, *month_day)


def timestamp(value: object, column: DateColumn) -> datetime | None:
    """A publish time with its clock time when the text has one (naive, as written)."""
    if isinstance(value, datetime):
        return value
    day = column.parse(value)
    if not isinstance(day, date):
        return None
    text = str(value)
    match = re.search(r"(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?", text)
    if not match:
        return datetime.combine(day, datetime.min.time())
    hour, minute = int(match.group(1)), int(match.group(2))
    second = int(match.group(3) or 0)
    if match.group(4):
        hour = hour % 12 + (12 if match.group(4).lower() == "pm" else 0)
    try:
        return datetime(day.year, day.month, day.day, hour, minute, second)
    except ValueError:
        return datetime.combine(day, datetime.min.time())
