"""Calendar ranges of TIMEX3 values, so the KB can ask "what is dated to this day/week".

``day_range("2022-W07") == (date(2022, 2, 14), date(2022, 2, 20))``; values
that name no calendar range (durations, ``PRESENT_REF``, sets) give
``(None, None)``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

_SEASONS = {  # meteorological seasons, northern hemisphere
    "SP": ((3, 1), (5, 31)), "SU": ((6, 1), (8, 31)), "FA": ((9, 1), (11, 30)), "WI": ((12, 1), (2, None)),
}


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def day_range(value: str | None) -> tuple[dt.date | None, dt.date | None]:
    """First and last day covered by a TIMEX3 date value (inclusive)."""
    if not value:
        return None, None
    try:
        return _day_range(value.strip())
    except ValueError:
        return None, None


def _day_range(value: str) -> tuple[dt.date | None, dt.date | None]:
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?", value):
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return day, day
    if m := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value):
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
        return monday, monday + dt.timedelta(days=6)
    if m := re.fullmatch(r"(\d{4})-(\d{2})(?:-XX)?", value):  # a month, or a day of it not told
        year, month = int(m[1]), int(m[2])
        return dt.date(year, month, 1), _month_end(year, month)
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        year, quarter = int(m[1]), int(m[2])
        return dt.date(year, 3 * quarter - 2, 1), _month_end(year, 3 * quarter)
    if m := re.fullmatch(r"(\d{4})-H([12])", value):
        year, half = int(m[1]), int(m[2])
        return dt.date(year, 6 * half - 5, 1), _month_end(year, 6 * half)
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        year = int(m[1])
        (m1, d1), (m2, d2) = _SEASONS[m[2]]
        if m[2] == "WI":
            return dt.date(year, m1, d1), _month_end(year + 1, m2)
        return dt.date(year, m1, d1), dt.date(year, m2, d2)
    if m := re.fullmatch(r"(\d{4})(?:-XX-XX)?", value):  # a year, or a day of it not told
        year = int(m[1])
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if m := re.fullmatch(r"(?:FY)?(\d{4})", value):  # a (fiscal) year, taken as the calendar year
        year = int(m[1])
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if m := re.fullmatch(r"(\d{2})(?:XX)?", value):  # a century: 19 / 19XX
        start = int(m[1]) * 100
        if start == 0:
            return None, None
        return dt.date(start, 1, 1), dt.date(start + 99, 12, 31)
    if m := re.fullmatch(r"(\d{3})X?", value):  # a decade: 199 / 199X
        start = int(m[1]) * 10
        return dt.date(start, 1, 1), dt.date(start + 9, 12, 31)
    return None, None
