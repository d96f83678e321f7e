"""Date queries over the knowledge base: what happened, or was planned, on a day, in a week, a month ...

Each stored timex carries the calendar range its value covers
(``first_day``/``last_day``, from ``newsgraph.timeline.dates.day_range``);
a query returns the timexes whose range overlaps the asked-for range, with
the article and the sentence they come from.  A timex is *planned* when its
range starts after the article's publication date (the article looks ahead:
"will go on to Kyiv Tuesday").
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass

from newsgraph.timeline.dates import day_range


@dataclass(frozen=True, slots=True)
class DatedTimex:
    article_id: str
    title: str
    published: str
    sentence: int
    sentence_text: str | None
    text: str
    type: str
    value: str
    mod: str | None
    first_day: str
    last_day: str
    planned: bool


_QUERY = """
SELECT t.article_id, a.title, a.published, t.sentence, s.text, t.text, t.type, t.value, t.mod,
       t.first_day, t.last_day
FROM timexes AS t
JOIN articles AS a ON a.id = t.article_id
LEFT JOIN sentences AS s ON s.article_id = t.article_id AND s.idx = t.sentence
WHERE t.first_day IS NOT NULL AND t.last_day IS NOT NULL
  AND t.first_day <= :last AND t.last_day >= :first
ORDER BY julianday(t.last_day) - julianday(t.first_day), t.first_day, a.published, t.article_id, t.start_char
"""


def dated_between(conn: sqlite3.Connection, first: dt.date, last: dt.date, *,
                  exact: bool = False) -> list[DatedTimex]:
    """Timexes whose calendar range overlaps ``[first, last]`` (or equals it when ``exact``),
    the narrowest first: a day named before its week, its month, its year, its century."""
    rows = conn.execute(_QUERY, {"first": first.isoformat(), "last": last.isoformat()}).fetchall()
    found = []
    for row in rows:
        (article_id, title, published, sentence, sentence_text, text, type_, value, mod,
         first_day, last_day) = tuple(row)
        if exact and (first_day, last_day) != (first.isoformat(), last.isoformat()):
            continue
        found.append(DatedTimex(article_id, title, published, sentence, sentence_text, text, type_, value,
                                mod, first_day, last_day, planned=first_day > published))
    return found


def dated_on(conn: sqlite3.Connection, day: dt.date) -> list[DatedTimex]:
    """Timexes whose range covers ``day`` ("Tuesday", "next week", "February" all cover 2022-02-08)."""
    return dated_between(conn, day, day)


# the calendar periods a query may name, as TIMEX3 values
PERIOD_SHAPE = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?|-W\d\d|-Q[1-4]|-H[12]|-(?:SP|SU|FA|WI))?")


def dated_in(conn: sqlite3.Connection, period: str) -> list[DatedTimex]:
    """Timexes overlapping a calendar period written as a TIMEX3 value: a day
    (``2022-02-08``), an ISO week (``2022-W07``), a month (``2022-03``), a quarter
    (``2022-Q1``), a half (``2022-H2``), a season (``2022-WI``: December 2022 to
    February 2023) or a year (``2022``)."""
    first, last = day_range(period) if PERIOD_SHAPE.fullmatch(period) else (None, None)
    if first is None or last is None:
        raise ValueError(f"not a calendar period: {period!r} (expected a day YYYY-MM-DD, a week YYYY-Www, "
                         "a month YYYY-MM, a quarter YYYY-Qn, a season such as YYYY-WI, or a year YYYY)")
    return dated_between(conn, first, last)


def dated_in_week(conn: sqlite3.Connection, week: str) -> list[DatedTimex]:
    """Timexes overlapping the ISO week ``week`` (``"2022-W07"``); ``dated_in`` for one week."""
    if not re.fullmatch(r"\d{4}-W\d\d", week) or day_range(week)[0] is None:
        raise ValueError(f"not an ISO week: {week!r} (expected YYYY-Www, e.g. 2022-W07)")
    return dated_in(conn, week)
