"""Calendar ranges of TIMEX3 values."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.timeline.dates import day_range

D = dt.date


@pytest.mark.parametrize(("value", "expected"), [
    ("2022-02-08", (D(2022, 2, 8), D(2022, 2, 8))),
    ("2022-02-07TMO", (D(2022, 2, 7), D(2022, 2, 7))),
    ("2022-02-07T15:00", (D(2022, 2, 7), D(2022, 2, 7))),
    ("2022-W07", (D(2022, 2, 14), D(2022, 2, 20))),
    ("2022-W05-WE", (D(2022, 2, 5), D(2022, 2, 6))),
    ("2022-02", (D(2022, 2, 1), D(2022, 2, 28))),
    ("2024-02", (D(2024, 2, 1), D(2024, 2, 29))),
    ("2020-06-XX", (D(2020, 6, 1), D(2020, 6, 30))),  # a day of June 2020 not told
    ("1994-XX-XX", (D(1994, 1, 1), D(1994, 12, 31))),
    ("2021-Q3", (D(2021, 7, 1), D(2021, 9, 30))),
    ("1990-H2", (D(1990, 7, 1), D(1990, 12, 31))),
    ("2021-SU", (D(2021, 6, 1), D(2021, 8, 31))),
    ("2021-WI", (D(2021, 12, 1), D(2022, 2, 28))),
    ("2021", (D(2021, 1, 1), D(2021, 12, 31))),
    ("FY2021", (D(2021, 1, 1), D(2021, 12, 31))),
    ("199", (D(1990, 1, 1), D(1999, 12, 31))),
    ("199X", (D(1990, 1, 1), D(1999, 12, 31))),
    ("19", (D(1900, 1, 1), D(1999, 12, 31))),
])
def test_day_range_calendar_values(value, expected):
    assert day_range(value) == expected


@pytest.mark.parametrize("value", [
    None, "", "PT48H", "P2D", "PXM", "PRESENT_REF", "PAST_REF", "XXXX-WXX-2", "2022-02-30", "2022-W54",
    "1989-WXX", "00", "XXXX-XX-XX", "XXXX-06-XX",
])
def test_day_range_no_calendar_range(value):
    assert day_range(value) == (None, None)
