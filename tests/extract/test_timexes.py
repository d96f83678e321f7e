"""The temporal tagger: extents, types, values and mods against the publication date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.extract.timexes import (
    FUTURE,
    PAST,
    PRESENT,
    STAGE,
    duration_value,
    month_year,
    number_value,
    timexes_from_doc,
    timexes_from_text,
    weekday_date,
)

@pytest.fixture(scope="module")
def nlp():
    from newsgraph.extract.nlp import load_nlp

    return load_nlp()


MON = dt.date(2022, 2, 7)  # a Monday, the seed article's publication date
THU = dt.date(1989, 10, 26)
SAT = dt.date(2022, 2, 12)
SUN = dt.date(2022, 2, 13)


def _one(text: str, published: dt.date, tense: str | None, expression: str):
    found = timexes_from_text(text, published, tense_of=lambda start, end: tense)
    hits = [f for f in found if text[f.start:f.end] == expression]
    assert hits, f"{expression!r} not found in {text!r}; got {[(text[f.start:f.end], f.value) for f in found]}"
    return hits[0]


def _values(text: str, published: dt.date, tense: str | None = PAST, tense_of=None) -> list[tuple[str, str]]:
    """(expression, value) of every timex found in ``text``, every verb in ``tense``."""
    found = timexes_from_text(text, published, tense_of=tense_of or (lambda start, end: tense))
    return [(text[f.start:f.end], f.value) for f in found]


# expression in context x publication date x tense of the governing verb -> type, value, mod
CASES = [
    # weekday names: the tense decides the direction; the publication day itself in every tense
    ("Macron will go on to Kyiv Tuesday.", MON, FUTURE, "Tuesday", "DATE", "2022-02-08", None),
    ("He held a call with Biden on Sunday.", MON, PAST, "Sunday", "DATE", "2022-02-06", None),
    ("The G7 meets on Friday of next week.", MON, FUTURE, "Friday of next week", "DATE", "2022-02-18", None),
    # the middle of a year: this year's, last year's when counted back from the first half
    ("It will need a cash injection by mid-year.", MON, FUTURE, "mid-year", "DATE", "2022", "MID"),
    ("Prices have risen since midyear.", MON, PAST, "midyear", "DATE", "2021", "MID"),
    ("The mid-year 2007 results were weak.", MON, PAST, "mid-year 2007", "DATE", "2007", "MID"),
    ("Shares fell on Monday of last week.", MON, PAST, "Monday of last week", "DATE", "2022-01-31", None),
    # ... and without "of" ("by Friday next week"); a day of "this week" gone by in the calendar week, still
    # to come, is in the week ahead
    ("We can make it happen by Friday next week.", dt.date(2022, 10, 20), FUTURE, "Friday next week", "DATE",
     "2022-10-28", None),
    ("The explosion took place on Saturday last week.", dt.date(2022, 10, 11), PAST, "Saturday last week", "DATE",
     "2022-10-08", None),
    ("It could happen Wednesday this week.", dt.date(2022, 5, 14), PRESENT, "Wednesday this week", "DATE",
     "2022-05-18", None),
    ("TomTom had until Thursday this week to offer remedies.", dt.date(2008, 4, 11), PAST, "Thursday this week",
     "DATE", "2008-04-10", None),
    ("He said Monday last week's attack was awful.", MON, PAST, "Monday", "DATE", "2022-02-07", None),
    ("He said Tuesday that talks failed.", MON, PAST, "Tuesday", "DATE", "2022-02-01", None),
    ("Talks resume on Sunday.", MON, FUTURE, "Sunday", "DATE", "2022-02-13", None),
    ("Peskov said Monday's talks were important.", MON, None, "Monday", "DATE", "2022-02-07", None),
    ("Scholz will also meet Monday with Biden.", MON, FUTURE, "Monday", "DATE", "2022-02-07", None),
    ("They met on Friday.", MON, None, "Friday", "DATE", "2022-02-04", None),
    ("They meet on Wednesday.", MON, PRESENT, "Wednesday", "DATE", "2022-02-09", None),
    ("She arrived last Monday.", MON, PAST, "last Monday", "DATE", "2022-01-31", None),
    ("She arrives next Friday.", MON, FUTURE, "next Friday", "DATE", "2022-02-11", None),
    ("They spoke Friday night.", MON, PAST, "Friday night", "TIME", "2022-02-04TNI", None),
    # deictic days and parts of days
    ("Officials said today.", MON, PAST, "today", "DATE", "2022-02-07", None),
    ("Officials said yesterday.", MON, PAST, "yesterday", "DATE", "2022-02-06", None),
    ("Voting ends tomorrow.", MON, FUTURE, "tomorrow", "DATE", "2022-02-08", None),
    ("He spoke this morning.", MON, PAST, "this morning", "TIME", "2022-02-07TMO", None),
    ("It happened tonight.", MON, None, "tonight", "TIME", "2022-02-07TNI", None),
    # weeks and their parts
    ("Scholz will be in Moscow next week.", MON, FUTURE, "next week", "DATE", "2022-W07", None),
    ("Visits are expected at the end of this week.", MON, FUTURE, "the end of this week", "DATE", "2022-W06", "END"),
    ("Officials cited assessments this weekend.", MON, PAST, "this weekend", "DATE", "2022-W05-WE", None),
    ("The summit is this weekend.", MON, FUTURE, "this weekend", "DATE", "2022-W06-WE", None),
    ("They spoke several times over the past week.", MON, PAST, "the past week", "DATE", "2022-W05", None),
    ("Prices rose last week.", MON, PAST, "last week", "DATE", "2022-W05", None),
    ("It rose earlier this week.", THU, PAST, "earlier this week", "DATE", "1989-W43", "START"),
    # a Monday paper: a week that has "ended", and what happened "earlier in the week", are last week's
    ("Spot gold ended the week some 10 percent lower.", MON, PAST, "the week", "DATE", "2022-W05", None),
    ("Spot gold ended the week some 10 percent lower.", THU, PAST, "the week", "DATE", "1989-W42", None),
    ("Spot gold ended the week some 10 percent lower.", dt.date(2022, 2, 11), PAST, "the week", "DATE", "2022-W06",
     None),
    ("The index ended down 2.07 percent for the week.", dt.date(2008, 1, 28), PAST, "the week", "DATE", "2008-W04",
     None),
    # "the week ahead": from Friday on, the coming week; earlier, this one
    ("Investors will watch inflation data in the week ahead.", dt.date(2008, 8, 22), FUTURE, "the week ahead", "DATE",
     "2008-W35", None),
    ("Investors will watch inflation data in the week ahead.", dt.date(2008, 8, 18), FUTURE, "the week ahead", "DATE",
     "2008-W34", None),
    ("Baku accused Armenia of an attack earlier in the week.", MON, PAST, "earlier in the week", "DATE", "2022-W05",
     "START"),
    ("Earlier in the weekend, negotiators had said they were ready.", MON, PAST, "the weekend", "DATE",
     "2022-W05-WE", None),
    ("Drug stocks fell after leading the market higher earlier in the week.", THU, PAST, "earlier in the week", "DATE",
     "1989-W43", "START"),
    # a Sunday paper: the week just ending is "last week"; a "this week" to come is the next
    ("Prices rose last week.", SUN, PAST, "last week", "DATE", "2022-W06", None),
    ("Prices rose over the past week.", SUN, PAST, "the past week", "DATE", "2022-W06", None),
    ("Officials met this week.", SUN, PAST, "this week", "DATE", "2022-W06", None),
    ("Officials said earlier this week.", SUN, PAST, "earlier this week", "DATE", "2022-W06", "START"),
    ("The Fed will cut rates this week.", SUN, FUTURE, "this week", "DATE", "2022-W07", None),
    ("Results are due later this week.", SUN, PRESENT, "later this week", "DATE", "2022-W07", "END"),
    # ... and so is one not told in the past with a word of prospect in its sentence
    ("Stocks could face a further pounding this week.", SUN, PRESENT, "this week", "DATE", "2022-W07", None),
    ("If it drops further this week, it could enter a bear market.", SUN, PRESENT, "this week", "DATE", "2022-W07",
     None),
    ("It is the second such incident in Russia this week.", SUN, PRESENT, "this week", "DATE", "2022-W06", None),
    ("What costs 2,000 shillings this week may cost 3,000 next week.", SUN, PRESENT, "this week", "DATE", "2022-W06",
     None),
    ("The summit is next week.", SUN, FUTURE, "next week", "DATE", "2022-W07", None),
    ("Prices rose last week.", SAT, PAST, "last week", "DATE", "2022-W05", None),
    ("The Fed will cut rates this week.", SAT, FUTURE, "this week", "DATE", "2022-W06", None),
    # months and their parts without a year
    ("A full-scale invasion by mid-February.", MON, None, "mid-February", "DATE", "2022-02", "MID"),
    ("He faces a re-election challenge in April.", MON, FUTURE, "April", "DATE", "2022-04", None),
    ("The crisis kicked off in December.", MON, PAST, "December", "DATE", "2021-12", None),
    # a month or day already past this year is never next year's under a past tense
    ("Russia invaded Ukraine in February.", dt.date(2022, 12, 9), PAST, "February", "DATE", "2022-02", None),
    ("She was arrested on Feb. 17.", dt.date(2022, 12, 30), PAST, "Feb. 17", "DATE", "2022-02-17", None),
    # "as soon as"/"as early as" name the earliest time expected, whatever the clause's tense
    ("Russia was accused of massing troops for an attack as soon as January.", dt.date(2021, 12, 13), PAST,
     "January", "DATE", "2022-01", None),
    ("Prices have risen since December.", MON, PAST, "December", "DATE", "2021-12", None),
    ("The vote is due in late November.", MON, FUTURE, "late November", "DATE", "2022-11", "END"),
    ("The plant opened in early January.", MON, PAST, "early January", "DATE", "2022-01", "START"),
    ("The offer expires Nov. 10.", THU, PAST, "Nov. 10", "DATE", "1989-11-10", None),
    ("The company was founded on March 5, 1946.", THU, PAST, "March 5, 1946", "DATE", "1946-03-05", None),
    ("Sales fell in July 1997.", THU, PAST, "July 1997", "DATE", "1997-07", None),
    ("It closed Monday, Oct. 26.", dt.date(1998, 10, 27), PAST, "Monday, Oct. 26", "DATE", "1998-10-26", None),
    ("Shares fell 2% this month.", THU, PAST, "this month", "DATE", "1989-10", None),
    ("Sales rose last month.", THU, PAST, "last month", "DATE", "1989-09", None),
    # years, decades, quarters, fiscal years, seasons
    ("Profit fell last year.", MON, PAST, "last year", "DATE", "2021", None),
    ("It cut its sales forecast for this calendar year.", MON, PAST, "this calendar year", "DATE", "2022", None),
    ("His fortune climbed in the last calendar year.", MON, PAST, "the last calendar year", "DATE", "2021", None),
    ("It forecast a decline of 25 percent for the calendar year.", MON, PAST, "the calendar year", "DATE", "2022",
     None),
    ("It collapsed two years ago.", MON, PAST, "two years ago", "DATE", "2020", None),
    ("Sales peaked in the 1990s.", MON, PAST, "the 1990s", "DATE", "199", None),
    # "the 1800s" is a century, "the 2000s" a decade
    ("The fort was built in the early 1800s.", MON, PAST, "the early 1800s", "DATE", "18", "START"),
    ("Prices boomed in the 2000s.", MON, PAST, "the 2000s", "DATE", "200", None),
    ("Sales peaked in the mid-1990s.", MON, PAST, "the mid-1990s", "DATE", "199", "MID"),
    ("Prices rose in 1990.", MON, PAST, "1990", "DATE", "1990", None),
    ("Net income rose in the third quarter.", THU, PAST, "the third quarter", "DATE", "1989-Q3", None),
    ("Net income rose in the third quarter.", MON, PAST, "the third quarter", "DATE", "2021-Q3", None),
    ("It expects a loss in the first quarter.", MON, FUTURE, "the first quarter", "DATE", "2022-Q1", None),
    ("Third-quarter profit fell.", THU, PAST, "Third-quarter", "DATE", "1989-Q3", None),
    ("Revenue rose in the quarter.", THU, PAST, "the quarter", "DATE", "1989-Q3", None),
    # a quarter later in the year: last year's when told in the past, this year's when planned or forecast
    ("Profits rose after falling 3.3 percent in the fourth quarter.", dt.date(2008, 5, 29), PAST, "the fourth quarter",
     "DATE", "2007-Q4", None),
    ("The deal is expected to close in the second quarter.", dt.date(2008, 3, 26), PAST, "the second quarter", "DATE",
     "2008-Q2", None),
    ("Johnson Controls forecast third-quarter earnings of 74 cents.", dt.date(2008, 4, 16), None, "third-quarter",
     "DATE", "2008-Q3", None),
    ("The rebates could give the economy a lift in the third quarter.", dt.date(2008, 2, 13), PRESENT,
     "the third quarter", "DATE", "2008-Q3", None),
    ("Sales could have risen in the fourth quarter.", dt.date(2008, 7, 21), PAST, "the fourth quarter", "DATE",
     "2007-Q4", None),
    # a later quarter opening a noun phrase with an estimate, or with a verb told ahead after it
    ("Hintz reduced his third- and fourth-quarter earnings estimates for Lehman.", dt.date(2008, 6, 5), PAST,
     "fourth-quarter", "DATE", "2008-Q4", None),
    ("The company said fourth-quarter profit would rise.", dt.date(2008, 8, 15), PAST, "fourth-quarter", "DATE",
     "2008-Q4", None),
    ("Fourth-quarter sales would have been up 3 percent.", dt.date(2008, 8, 15), None, "Fourth-quarter", "DATE",
     "2007-Q4", None),
    ("Looking ahead, HP sees third-quarter earnings per share of 82 cents.", dt.date(2008, 5, 13), PRESENT,
     "third-quarter", "DATE", "2008-Q3", None),
    ("It would appear that they have a solid outlook for Q4.", dt.date(2008, 8, 19), PRESENT, "Q4", "DATE", "2008-Q4",
     None),
    ("Q4 profit rose.", dt.date(2008, 8, 19), None, "Q4", "DATE", "2007-Q4", None),
    ("Delinquencies rose to 2.65 percent in the fourth quarter from 2.44 percent in the third quarter, and from 2.23 "
     "percent a year earlier.", dt.date(2008, 4, 3), PAST, "a year earlier", "DATE", "2006-Q4", None),
    ("The percentage of loans 30 days past due rose in the fourth quarter.", dt.date(2008, 4, 3), PAST,
     "the fourth quarter", "DATE", "2007-Q4", None),
    ("Results beat forecasts set in train by bad news which followed a dismal third quarter.", dt.date(2008, 4, 25),
     PAST, "third quarter", "DATE", "2007-Q3", None),
    ("Profits are expected to remain at the low level recorded in the fourth quarter.", dt.date(2008, 4, 9), PAST,
     "the fourth quarter", "DATE", "2007-Q4", None),
    # the quarter just ended is the one whose results are still to come, the fourth in January too
    ("Fourth-quarter results will be released on Jan. 20.", dt.date(2008, 1, 10), FUTURE, "Fourth-quarter", "DATE",
     "2007-Q4", None),
    ("Earnings rose 5 percent in the third quarter that ended May 31.", dt.date(2008, 6, 23), PAST,
     "the third quarter", "DATE", "2008-Q3", None),
    ("Revenue rose in fiscal 1989.", THU, PAST, "fiscal 1989", "DATE", "1989", None),
    ("Revenue rose in FY2021.", MON, PAST, "FY2021", "DATE", "2021", None),
    ("Growth slowed in the second half of 1990.", MON, PAST, "the second half of 1990", "DATE", "1990-H2", None),
    ("Stocks soared in the latter half of 2021.", MON, PAST, "the latter half of 2021", "DATE", "2021-H2", None),
    ("Demand should pick up in the back half of the year.", MON, FUTURE, "the back half of the year", "DATE",
     "2022-H2", None),
    # a part of "the year" not yet begun is of the year before only as the time of a past verb (see
    # FIRMLY_PAST); a year written before it in its sentence is "the year"
    ("Lutz remained optimistic about the second half of the year.", dt.date(2008, 3, 3), PAST,
     "the second half of the year", "DATE", "2008-H2", None),
    ("Harting expects WaMu in 2009 to set aside $8 billion, and it could break even in the second half of the year.",
     dt.date(2008, 6, 24), FUTURE, "the second half of the year", "DATE", "2009-H2", None),
    ("The meeting lasted half an hour.", MON, PAST, "half an hour", "DURATION", "PT30M", None),
    ("They talked for less than half an hour.", MON, PAST, "less than half an hour", "DURATION", "PT30M",
     "LESS_THAN"),
    ("Sales fell last summer.", MON, PAST, "last summer", "DATE", "2021-SU", None),
    ("The talks resume this spring.", MON, FUTURE, "this spring", "DATE", "2022-SP", None),
    # "this <season>" is this year's whatever the tense; next year's when over and told ahead;
    # last year's when told in the past early in the year
    ("He was to be moved to another service this summer.", dt.date(2022, 3, 31), PAST, "this summer", "DATE",
     "2022-SU", None),
    ("Biden's popularity fell ahead of midterm elections this fall.", dt.date(2022, 6, 3), PAST, "this fall",
     "DATE", "2022-FA", None),
    ("The bailout might cost £4 billion by this spring.", dt.date(2022, 8, 22), FUTURE, "this spring", "DATE",
     "2023-SP", None),
    ("Countrywide overhauled its lending practices this summer.", dt.date(2008, 1, 10), PAST, "this summer", "DATE",
     "2007-SU", None),
    # "the end of the year" told in the past in January or February is the year just gone, not an
    # aim told in the past
    ("Filings rose at the end of the year, with December the fifth straight month of rises.", dt.date(2008, 1, 29),
     PAST, "the end of the year", "DATE", "2007", "END"),
    ("Ministers declared their determination to meet with a view to completing the deal by the end of the year.",
     dt.date(2008, 2, 23), PAST, "the end of the year", "DATE", "2008", "END"),
    ("Filings rose at the end of the year.", dt.date(2008, 6, 29), PAST, "the end of the year", "DATE", "2008",
     "END"),
    # ... but what is expected then lies ahead (not "than expected")
    ("Enact a stimulus plan to offset a tax increase expected this spring.", dt.date(2008, 1, 10), PAST,
     "this spring", "DATE", "2008-SP", None),
    ("Sales fell more than expected in the summer.", dt.date(2008, 9, 10), PAST, "the summer", "DATE", "2008-SU",
     None),
    ("Profit rose a year earlier.", THU, PAST, "a year earlier", "DATE", "1988", None),
    # references to the past, present and future
    ("Prices have recently risen.", MON, PAST, "recently", "DATE", "PAST_REF", None),
    ("He is now in Kyiv.", MON, PRESENT, "now", "DATE", "PRESENT_REF", None),
    ("France currently heads the EU.", MON, PRESENT, "currently", "DATE", "PRESENT_REF", None),
    ("It will change in the future.", MON, FUTURE, "the future", "DATE", "FUTURE_REF", None),
    ("It will be financed at a later date.", MON, FUTURE, "a later date", "DATE", "FUTURE_REF", None),
    ("Just the other day, the administration announced aid.", MON, PAST, "the other day", "DATE", "PAST_REF", None),
    ("What I said the other week was support.", MON, PAST, "the other week", "DATE", "PAST_REF", None),
    # durations
    ("Kyiv could fall in a matter of 48 hours.", MON, FUTURE, "48 hours", "DURATION", "PT48H", None),
    ("She begins a two-day visit.", MON, FUTURE, "two-day", "DURATION", "P2D", None),
    # minutes or hours ago: a time of the publication day, its clock unknown; a day or more back
    # is a day
    ("She said she arrived at the station an hour ago.", MON, PAST, "an hour ago", "TIME", "2022-02-07TXX:XX", None),
    ("As of about two hours ago, the decision was no shock.", MON, PAST, "about two hours ago", "TIME",
     "2022-02-07TXX:XX", "APPROX"),
    ("Just 48 hours ago, they could not have imagined it.", MON, PAST, "48 hours ago", "DATE", "2022-02-05", None),
    ("Forty-eight hours from now will decide it.", MON, FUTURE, "Forty-eight hours from now", "DATE", "2022-02-09",
     None),
    ("Later in the more than five minute back-and-forth, he spoke.", MON, PAST, "more than five minute", "DURATION",
     "PT5M", "MORE_THAN"),
    ("It takes me half an hour to get there and half an hour back.", MON, PRESENT, "half an hour back", "DURATION",
     "PT30M", None),
    # "the year" a verb ends or begins is a year: the last one ended, the one begun or still to end,
    # or the one written before it in its sentence
    ("WaMu ended the year with $327.9 billion in assets.", dt.date(2008, 1, 17), PAST, "the year", "DATE", "2007",
     None),
    ("They began the year at $38.03.", dt.date(2008, 7, 25), PAST, "the year", "DATE", "2008", None),
    ("Stocks will likely end the year higher.", dt.date(2008, 3, 14), FUTURE, "the year", "DATE", "2008", None),
    ("In early 1973, the Dow broke 1,000 -- only to end the year at 850.86.", dt.date(2008, 6, 8), PAST, "the year",
     "DATE", "1973", None),
    ("Sirius added 654,309 subscribers in the quarter, ending the year with 8.32 million.", dt.date(2008, 2, 26), PAST,
     "the year", "DATE", "2007", None),
    ("Traders have swung from discounting the refi rate ending the year at 3.5 percent.", dt.date(2008, 3, 4), PAST,
     "the year", "DATE", "2008", None),
    ("Profit for the year rose.", dt.date(2008, 3, 4), PAST, "the year", "DURATION", "P1Y", None),
    # what something is heading into lies ahead
    ("The economy has topped the list of voters' concerns heading into the November election.", dt.date(2008, 4, 6),
     PAST, "November", "DATE", "2008-11", None),
    ("Europe faces energy crises heading into winter.", dt.date(2022, 9, 6), PRESENT, "winter", "DATE", "2022-WI",
     None),
    # "upcoming" and "recent" before a month or a day: the first such one after the publication
    # date, or the last one before it, whatever the verb
    ("Details of the upcoming January 10 meeting were released.", dt.date(2021, 12, 31), PAST, "January 10", "DATE",
     "2022-01-10", None),
    ("Conductor Semyon Bychkov canceled upcoming June performances.", dt.date(2022, 3, 10), PAST, "June", "DATE",
     "2022-06", None),
    ("The recent March election worried him.", dt.date(2021, 12, 31), PAST, "March", "DATE", "2021-03", None),
    # a later part of a year written in its sentence is of that year (not a point of comparison)
    ("The staff projection showed a contraction in the first half of 2008 followed by a slow rise in the second "
     "half.", dt.date(2008, 2, 20), PAST, "the second half", "DATE", "2008-H2", None),
    ("Debt growth slowed to a 3.5 percent pace in the first quarter of 2008 from a 6.1 percent fourth-quarter rate.",
     dt.date(2008, 6, 5), PAST, "fourth-quarter", "DATE", "2007-Q4", None),
    # two counts that make no number: the expression starts at the second
    ("It traded one-for-one three months ago with the dollar.", dt.date(2008, 1, 13), PAST, "three months ago", "DATE",
     "2007-10", None),
    # a range run together is a range, not a sum ("five-six weeks" is no 11 weeks)
    ("I was fighting in Mariupol for five-six weeks.", MON, PAST, "five-six weeks", "DURATION", "P5W",
     "EQUAL_OR_MORE"),
    ("The fighting is set to intensify over the next two-three weeks.", MON, FUTURE, "the next two-three weeks",
     "DURATION", "P2W", "EQUAL_OR_MORE"),
    ("Bush returned from a weeklong holiday.", MON, PAST, "weeklong", "DURATION", "P1W", None),
    ("A third of the power plants were destroyed over the last fortnight.", MON, PAST, "the last fortnight", "DURATION",
     "P2W", None),
    ("Claims were resolved over the last quarter century.", MON, PAST, "the last quarter century", "DURATION", "P25Y",
     None),
    ("Soldiers came under artillery fire in the last week of October.", dt.date(2022, 11, 5), PAST,
     "the last week of October", "DATE", "2022-W43", None),
    ("We believe business fell off in the last week in April.", dt.date(2008, 6, 3), PAST,
     "the last week in April", "DATE", "2008-W17", None),
    ("Both houses are out on recess until the last week of February.", dt.date(2022, 2, 18), FUTURE,
     "the last week of February", "DATE", "2022-W08", None),
    ("Farmers have until the first week of July to seed soybeans.", dt.date(2008, 6, 16), FUTURE,
     "the first week of July", "DATE", "2008-W27", None),
    ("Russian forces bedded down there around the second week of March.", dt.date(2022, 4, 5), PAST,
     "the second week of March", "DATE", "2022-W10", None),
    ("And in the final week of February, Russia launched an invasion.", dt.date(2022, 4, 2), PAST,
     "the final week of February", "DATE", "2022-W08", None),
    ("Sales rose in the first week of January 2021.", MON, PAST, "the first week of January 2021", "DATE",
     "2021-W01", None),
    ("Sales fell the year before last.", MON, PAST, "the year before last", "DATE", "2020", None),
    ("The price assumed distributing the products at Christmas this year.", dt.date(2008, 8, 18), PAST,
     "Christmas this year", "DATE", "2008-12-25", None),
    ("Easter last year fell in April.", MON, PAST, "Easter last year", "DATE", "2021-04-04", None),
    ("He is probably going to declare on this May Day that they are at war.", dt.date(2022, 5, 4), FUTURE,
     "this May Day", "DATE", "2022-05-01", None),
    ("It happened the week before last.", MON, PAST, "the week before last", "DATE", "2022-W04", None),
    ("It happened the week before last.", dt.date(2022, 2, 6), PAST, "the week before last", "DATE", "2022-W04", None),
    ("Prices peaked the month before last.", MON, PAST, "the month before last", "DATE", "2021-12", None),
    ("NASA plans to operate the station through the end of the decade.", dt.date(2022, 7, 26), FUTURE,
     "the end of the decade", "DATE", "202", "END"),
    ("Uranium prices have risen tenfold since the start of the decade.", dt.date(2008, 3, 11), PAST,
     "the start of the decade", "DATE", "200", "START"),
    ("By the middle of the century, the population will double.", MON, FUTURE, "the middle of the century", "DATE",
     "20", "MID"),
    ("The budget will cut the deficit by $1 trillion over the next decade.", MON, FUTURE, "the next decade", "DURATION",
     "P10Y", None),
    ("Boeing will bring a jet to market by the middle of the next decade.", dt.date(2008, 4, 22), FUTURE,
     "the middle of the next decade", "DATE", "201", "MID"),
    ("China had undergone meteoric growth in the past half-century.", MON, PAST, "the past half-century", "DURATION",
     "P50Y", None),
    ('"The past night was tough," Zelenskyy said.', MON, PAST, "The past night", "TIME", "2022-02-06TNI", None),
    ("It ended a decade-long housing boom.", MON, PAST, "decade-long", "DURATION", "P10Y", None),
    ("Biden held an hourlong call with Putin.", MON, PAST, "hourlong", "DURATION", "PT1H", None),
    ("He held a 40-minute call.", MON, PAST, "40-minute", "DURATION", "PT40M", None),
    ("Talks lasted several months.", MON, PAST, "several months", "DURATION", "PXM", None),
    ("Profit rose in the first nine months.", THU, PAST, "the first nine months", "DURATION", "P9M", None),
    ("Prices fell over the past two months.", THU, PAST, "the past two months", "DURATION", "P2M", None),
    ("The strike lasted 2 1/2 years.", THU, PAST, "2 1/2 years", "DURATION", "P2Y6M", None),
    ("It took about five hours.", THU, PAST, "about five hours", "DURATION", "PT5H", "APPROX"),
    ("It lasted more than four decades.", THU, PAST, "more than four decades", "DURATION", "P40Y", "MORE_THAN"),
    ("The talks took over two years.", THU, PAST, "over two years", "DURATION", "P2Y", "MORE_THAN"),
    # "over" before a span with no number is "during"
    ("Russia had tried so hard to divide them over years.", THU, PAST, "years", "DURATION", "PXY", None),
    ("The past decade was hard.", MON, PAST, "The past decade", "DURATION", "P10Y", None),
    # sets
    ("The board meets every week.", MON, PRESENT, "every week", "SET", "P1W", None),
    ("The index is published weekly.", MON, PRESENT, "weekly", "SET", "P1W", None),
    ("Traffic grew daily.", MON, PAST, "daily", "SET", "P1D", None),
    ("The bank dropped the phrase from its half-yearly report.", MON, PAST, "half-yearly", "SET", "P6M", None),
    ("The market opens on Tuesdays.", MON, PRESENT, "Tuesdays", "SET", "XXXX-WXX-2", None),
    ("He visits each July.", MON, PRESENT, "each July", "SET", "XXXX-07", None),
    # clock times with zones
    ("The deadline is 3 p.m. EST.", MON, PRESENT, "3 p.m. EST", "TIME", "2022-02-07T15:00", None),
    ("The offer expires at 5 p.m. Friday.", MON, FUTURE, "5 p.m. Friday", "TIME", "2022-02-11T17:00", None),
    ("It ended at 10:35 a.m. on the day.", MON, PAST, "10:35 a.m.", "TIME", "2022-02-07T10:35", None),
    ("Shares rose in mid-afternoon yesterday.", MON, PAST, "mid-afternoon yesterday", "TIME", "2022-02-06TAF", "MID"),
    # a month after a capitalised word is still a date when "last"/"next" names it
    ("The Supreme Court last June ruled on it.", THU, PAST, "last June", "DATE", "1989-06", None),
    ("Unveiled last April, the chip sold well.", THU, PAST, "last April", "DATE", "1989-04", None),
    # "last <month>" for the month just before publication is the one a year earlier (the
    # month just gone is "last month"); an earlier month is this year's unless it is the
    # base of a percentage change
    ("Two helicopters crashed last February.", dt.date(1998, 3, 1), PAST, "last February", "DATE", "1997-02", None),
    ("Sales are down from last December's rate.", dt.date(2008, 1, 2), None, "last December", "DATE", "2006-12",
     None),
    ("Filings were 112 percent higher than last March.", dt.date(2008, 4, 15), PAST, "last March", "DATE",
     "2007-03", None),
    ("Prices were down 2.4 percent from last February.", dt.date(2008, 4, 22), PAST, "last February", "DATE",
     "2007-02", None),
    ("Russia invaded Ukraine last February.", dt.date(2022, 6, 23), PAST, "last February", "DATE", "2022-02", None),
    ("Analysts see more anxiety now than last April.", dt.date(2021, 11, 26), None, "last April", "DATE",
     "2021-04", None),
    # a level compared with the one at the end of a month
    ("Assets fell to $2.1 trillion, down from $2.36 trillion at the end of September.", dt.date(2008, 7, 19), PAST,
     "the end of September", "DATE", "2007-09", "END"),
    # a half or quarter of a year named by "next"/"last"/"this"
    ("Bills will drop in the second half of next year.", dt.date(2022, 8, 22), FUTURE,
     "the second half of next year", "DATE", "2023-H2", None),
    ("Output fell in the first quarter of last year.", dt.date(2022, 8, 22), PAST,
     "the first quarter of last year", "DATE", "2021-Q1", None),
    ("In the first quarter of the year, sales fell.", dt.date(2008, 8, 22), PAST,
     "the first quarter of the year", "DATE", "2008-Q1", None),
    # "since" points back
    ("They searched since the Oct. 23 slaying.", dt.date(1999, 5, 6), None, "Oct. 23", "DATE", "1998-10-23", None),
    # a possessive day is one reported on, unless it is at most two days ahead
    ("A premium over Thursday's closing price.", dt.date(1989, 10, 30), None, "Thursday", "DATE", "1989-10-26", None),
    ("Ahead of Wednesday's vote.", MON, None, "Wednesday", "DATE", "2022-02-09", None),
    # "the previous Friday": before the day in focus
    ("Kemp took a victory lap following Friday's decision.", dt.date(2022, 10, 3), None, "Friday", "DATE",
     "2022-09-30", None),
    ("Shares fell on Friday, below the previous Friday.", dt.date(1989, 10, 30), PAST, "the previous Friday", "DATE",
     "1989-10-20", None),
    # a night spoken of as past is the one that ended on the publication day; "overnight" is no day in focus
    ("Russian forces shelled Kharkiv overnight.", MON, PAST, "overnight", "TIME", "2022-02-06TNI", None),
    ("The bridge will be closed overnight.", MON, FUTURE, "overnight", "TIME", "2022-02-07TNI", None),
    ("Shares fell on Friday after overnight losses, below the previous Friday.", dt.date(1989, 10, 30), PAST,
     "the previous Friday", "DATE", "1989-10-20", None),
    # a story told about a past year: a later day of the year spoken of in the past takes the year just named
    ("The bomb fell on Hiroshima on Aug. 6, 1945. Japan surrendered on Aug. 15.", dt.date(2022, 8, 6), PAST,
     "Aug. 15", "DATE", "1945-08-15", None),
    ("The July 2021 drills were the largest. In September, the army led more.", dt.date(2022, 7, 3), PAST,
     "September", "DATE", "2021-09", None),
    ("Spain joined in 1982. Many wait. A summit was set for April.", dt.date(1999, 3, 12), PAST,
     "April", "DATE", "1999-04", None),
    ("It was signed on Feb. 12, 2016. He has canceled a trip in August.", dt.date(2022, 3, 1), PAST,
     "August", "DATE", "2021-08", None),
    # fractions of a unit
    ("Half a century ago, it began.", dt.date(2022, 8, 6), PAST, "Half a century ago", "DATE", "1972", None),
    ("A year and a half ago, it began.", dt.date(2022, 8, 6), PAST, "A year and a half ago", "DATE", "2021-02", None),
    ("It took a quarter of a century.", dt.date(2022, 8, 6), PAST, "a quarter of a century", "DURATION", "P25Y", None),
    ("Three quarters of a century later, we ask.", dt.date(2022, 8, 6), None, "Three quarters of a century",
     "DURATION", "P75Y", None),
    ("A few were let in every half-hour.", dt.date(2022, 8, 6), PAST, "every half-hour", "SET", "PT30M", None),
    ("It gets one donation every other day.", dt.date(2022, 8, 6), PRESENT, "every other day", "SET", "P2D", None),
    ("He is on the Sunday shows every weekend.", dt.date(2022, 5, 2), PRESENT, "every weekend", "SET", "XXXX-WXX-WE",
     None),
    ("The children visit every other weekend.", dt.date(2022, 5, 2), PRESENT, "every other weekend", "SET", "P2W", None),
    ("We hope that by this Christmas there will be a choice.", dt.date(2008, 1, 9), FUTURE, "this Christmas", "DATE",
     "2008-12-25", None),
    ("So this Christmas, let's spread kindness, Biden said.", dt.date(2022, 12, 22), PAST, "this Christmas", "DATE",
     "2022-12-25", None),
    ("It charged 400 people in a 3-1/2-month probe.", dt.date(2008, 6, 19), PAST, "3-1/2-month", "DURATION", "P3M15D",
     None),
    ("For the full year of 2007, costs rose.", dt.date(2008, 6, 19), PAST, "the full year of 2007", "DATE", "2007",
     None),
    ("For the full year 2007, Anheuser said it sold 104.4 million barrels.", dt.date(2008, 1, 7), PAST,
     "the full year 2007", "DATE", "2007", None),
    # told as over in the first months of a year: the year just over; not a forecast, nor a year ending later
    ("For the full year, Lipitor sales fell 2 percent.", dt.date(2008, 1, 23), PAST, "the full year", "DATE", "2007",
     None),
    ("Honda raised its forecasts for the full year.", dt.date(2008, 1, 30), PAST, "the full year", "DATE", "2008",
     None),
    ("Toyota kept its profit for the full year to March 31 unchanged.", dt.date(2008, 2, 5), PAST, "the full year",
     "DATE", "2008", None),
    ("For the full year, sales rose.", dt.date(2008, 7, 23), PAST, "the full year", "DATE", "2008", None),
    ("Yahoo sees revenue of $5.35 billion for the full year.", dt.date(2008, 1, 29), PRESENT, "the full year", "DATE",
     "2008", None),
    # the year first, as chronologies and rate tables write it
    ("2008 January 31 - Ballmer calls Yang.", dt.date(2008, 5, 19), None, "2008 January 31", "DATE", "2008-01-31", None),
    ("2007 February - Yahoo launches Panama.", dt.date(2008, 5, 19), None, "2007 February", "DATE", "2007-02", None),
    ("In this Oct. 10, 2021, file photo, soldiers march.", dt.date(2022, 3, 9), None, "Oct. 10, 2021", "DATE",
     "2021-10-10", None),
    # the verb "last" is not part of a duration
    ("The trial is expected to last five weeks.", dt.date(2022, 10, 4), FUTURE, "five weeks", "DURATION", "P5W", None),
    ("The war is expected to last months.", dt.date(2022, 10, 4), FUTURE, "months", "DURATION", "PXM", None),
    # a duration in two units is one duration; a list of durations stays a list
    ("The call lasted 1 hour and 20 minutes.", MON, PAST, "1 hour and 20 minutes", "DURATION", "PT1H20M", None),
    ("He served two years and three months.", MON, PAST, "two years and three months", "DURATION", "P2Y3M", None),
    ("Aims for the first 100 days, 6 months, 1 year and 4 years.", MON, None, "1 year", "DURATION", "P1Y", None),
    ("While the year has barely begun, some retailers have announced closures.", dt.date(2008, 1, 13), PAST,
     "the year", "DATE", "2008", None),
    ("He said the year had only just started.", dt.date(2008, 3, 4), PAST, "the year", "DATE", "2008", None),
    ("The index has dropped 45 percent since the year began.", dt.date(2008, 7, 14), PAST, "the year", "DATE",
     "2008", None),
    ("Profit for the second half of fiscal year 2008 will rise.", dt.date(2008, 2, 19), FUTURE,
     "the second half of fiscal year 2008", "DATE", "2008-H2", None),
    # "after midnight", and a midnight told in the past on the day of publication, begin the day
    ("Raids began shortly after midnight on Saturday.", dt.date(2022, 9, 3), PAST, "midnight on Saturday", "TIME",
     "2022-09-03T00:00", None),
    ("Explosions were heard at midnight.", dt.date(2022, 9, 13), PAST, "midnight", "TIME", "2022-09-13T00:00", None),
    ("The curfew starts at midnight.", dt.date(2022, 9, 13), FUTURE, "midnight", "TIME", "2022-09-13T24:00", None),
    ("Fighting raged on Friday. After midnight, the army struck Nikopol.", dt.date(2022, 8, 6), PAST, "midnight",
     "TIME", "2022-08-05T24:00", None),
    ("Closer to midnight, even more people came to the site.", dt.date(2022, 8, 24), PAST, "midnight", "TIME",
     "2022-08-24T00:00", None),
    # noon and midnight belong to the day named before them, like clock times
    ("The figures cover Feb. 24 at 4 a.m. to March 8 ending at midnight.", dt.date(2022, 3, 9), PAST, "midnight",
     "TIME", "2022-03-08T24:00", None),
    ("The talks resume at noon.", dt.date(2022, 3, 9), FUTURE, "noon", "TIME", "2022-03-09T12:00", None),
    ("Through Thursday, shares fell. In midday trading on Friday, they rose.", dt.date(2008, 6, 27), None, "midday",
     "TIME", "2008-06-27T12:00", None),
    ("Over the next couple of years it grows.", THU, FUTURE, "the next couple of years", "DURATION", "P2Y", None),
    ("Sales rose in the third quarter, up from last year's quarter.", THU, PAST, "last year's quarter", "DATE",
     "1988-Q3", None),
    ("The day before last Tuesday's hearing, he left.", MON, PAST, "The day before last Tuesday", "DATE",
     "2022-01-31", None),
    ("He came back the day after Jan. 5.", MON, PAST, "the day after Jan. 5", "DATE", "2022-01-06", None),
    ("He was arrested on Jan. 5 and appeared in court the next morning.", MON, PAST, "the next morning", "TIME",
     "2022-01-06TMO", None),
    ("He was arrested on Jan. 5 and appeared in court the following morning.", MON, PAST, "the following morning",
     "TIME", "2022-01-06TMO", None),
    ("The cuts apply from May 1, and the deal, announced earlier in the day, is part of it.", dt.date(2008, 4, 22),
     PAST, "earlier in the day", "DATE", "2008-04-22", "START"),
    ("The summit is on April 24 and 25.", dt.date(1999, 2, 10), FUTURE, "25", "DATE", "1999-04-25", None),
    # a year written once for two dates is the year of both
    ("Two such meetings were on July 28 and September 30, 2021.", MON, PAST, "July 28", "DATE", "2021-07-28", None),
    ("Soldiers killed villagers from April 7-8, 1995.", MON, PAST, "April 7", "DATE", "1995-04-07", None),
    ("Soldiers killed villagers from April 7-8, 1995.", MON, PAST, "8, 1995", "DATE", "1995-04-08", None),
    ("The bombs fell on August 6 and 9, 1945.", MON, PAST, "August 6", "DATE", "1945-08-06", None),
    ("The talks ran from Dec. 3 to Jan. 4, 2021.", MON, PAST, "Dec. 3", "DATE", "2020-12-03", None),
    ("The recession lasted from March to November 2001.", MON, PAST, "March", "DATE", "2001-03", None),
    ("Prices change in April, July and October 2023.", MON, FUTURE, "April", "DATE", "2023-04", None),
    ("Job losses were the first since May and June of 2003.", MON, PAST, "May", "DATE", "2003-05", None),
    ("It was mentioned on March 18 and January 30.", dt.date(2008, 4, 30), PAST, "March 18", "DATE", "2008-03-18",
     None),
    ("The poll ran Jan. 5 and the vote on Nov. 8, 2020.", MON, PAST, "Jan. 5", "DATE", "2022-01-05", None),
    ("A few days later, the company announced a loss.", THU, PAST, "A few days", "DURATION", "PXD", None),
    ("It came several months before he took office.", THU, PAST, "several months", "DURATION", "PXM", None),
    ("They left a few years ago.", THU, PAST, "a few years ago", "DATE", "PAST_REF", None),
    ("But a minute and a half later, a pilot called.", THU, PAST, "a minute and a half", "DURATION", "PT1M30S", None),
    ("Islam will one day be the second religion.", MON, FUTURE, "one day", "DATE", "FUTURE_REF", None),
    ("I just knew that I would get back on a bike one day.", MON, PAST, "one day", "DATE", "FUTURE_REF", None),
    ("He expressed the hope he one day follow them.", MON, PAST, "one day", "DATE", "FUTURE_REF", None),
    ("Aramco says it is working to one day reach that ceiling.", MON, PRESENT, "one day", "DATE", "FUTURE_REF", None),
    ("\"If one day it really happens, I will of course fight for my country,\" Huang said.", MON, PAST, "one day",
     "DATE", "FUTURE_REF", None),
    ("If one day passes without news, we worry.", MON, PRESENT, "one day", "DURATION", "P1D", None),
    ("We do not know what tomorrow will bring.", MON, PRESENT, "tomorrow", "DATE", "FUTURE_REF", None),
    ("The visit was shortened to one day.", MON, PAST, "one day", "DURATION", "P1D", None),
    ("It would take one day to fix.", MON, FUTURE, "one day", "DURATION", "P1D", None),
    # "a day when": some day, or the day told of after "on"
    ("There will come a day when he is gone.", MON, FUTURE, "a day", "DATE", "FUTURE_REF", None),
    ("He said that if there ever came a day when he could not serve, he would quit.", MON, PAST, "a day", "DATE",
     "FUTURE_REF", None),
    ("Shares fell 5 percent on a day when the index rose.", MON, PAST, "a day", "DATE", "2022-02-07", None),
    ("This is a day when its reputation lies in tatters.", MON, PRESENT, "a day", "DATE", "2022-02-07", None),
    ("Shares plunged 40 percent in one day when it posted a loss.", MON, PAST, "one day", "DURATION", "P1D", None),
    ("He will stay one day longer.", MON, FUTURE, "one day", "DURATION", "P1D", None),
    ("Major had only been in the job one day.", MON, PAST, "one day", "DURATION", "P1D", None),
    ("The trip took one day.", MON, PAST, "one day", "DURATION", "P1D", None),
    ("For the quarter a year ago, it earned $16 million.", THU, PAST, "the quarter a year ago", "DATE", "1988-Q3",
     None),
    ("The trend of the last half of the '80s.", THU, PAST, "the last half of the '80s", "DATE", "198", "END"),
    ("It was built in the first half of the 18th century.", MON, PAST, "the first half of the 18th century", "DATE",
     "17", "START"),
    # a century with its ordinal suffix left out ("the mid-20 century") is no 2,000 years
    ("He respected the mid-20 century Kentucky senator.", MON, PAST, "the mid-20 century", "DATE", "19", "MID"),
    # a century spelt out
    ("The twentieth century was violent.", MON, PAST, "The twentieth century", "DATE", "19", None),
    ("In the late nineteenth century, cities grew.", MON, PAST, "the late nineteenth century", "DATE", "18", "END"),
    ("The principles agreed in the last quarter of the twentieth century still hold.", MON, PAST,
     "the twentieth century", "DATE", "19", None),
    ("Eight trading days after Oct. 12, it recovered.", THU, PAST, "Eight trading days", "DURATION", "P8D", None),
    ("Over the years many more patients died.", THU, PAST, "the years", "DURATION", "PXY", None),
    ("In the years that followed, they fought.", THU, PAST, "the years", "DURATION", "PXY", None),
    ("Rights end on Nov. 30. Until then, the stock remains convertible.", THU, PRESENT, "then", "DATE",
     "1989-11-30", None),
    ("Sales rose in the second quarter. Results for that quarter included a gain.", THU, PAST, "that quarter",
     "DATE", "1989-Q2", None),
    # "that week" after a day named just before is that day's week; a month named in the sentence
    # wins over a day named after it; a day further back is another thread
    ("Bear Stearns said on March 14 it had a lifeline. Later that week, liquidity plunged.", dt.date(2008, 4, 15),
     PAST, "Later that week", "DATE", "2008-W11", "END"),
    ("Approvals fell in April, data on Monday showed, a record low that month.", dt.date(2008, 6, 2), PAST,
     "that month", "DATE", "2008-04", None),
    # a month or season with a spelled-out year is one date
    ("January nineteen ninety-seven. Atlanta again.", MON, None, "January nineteen ninety-seven", "DATE", "1997-01",
     None),
    ("The level we saw in the winter of nineteen ninety-four.", MON, PAST, "the winter of nineteen ninety-four",
     "DATE", "1994-WI", None),
    # "year's end" reads as "the end of the year"; the hyphenated "year-end" is the day
    ("Rules should be in place by year's end.", THU, FUTURE, "year's end", "DATE", "1989", "END"),
    ("Cuts of 6,000 jobs by year end.", THU, FUTURE, "year end", "DATE", "1989", "END"),
    ("The deal should close by year-end.", THU, FUTURE, "year-end", "DATE", "1989-12-31", None),
    # a value compared with the one at year-end: the last one
    # early in the year a year-end not still to come is the one just past
    ("Investors await Merrill's year-end results.", dt.date(2008, 1, 4), None, "year-end", "DATE", "2007-12-31",
     None),
    ("It will report year-end results on Thursday.", dt.date(2008, 1, 15), FUTURE, "year-end", "DATE", "2007-12-31",
     None),
    ("Its cash balance at year-end was $434 million.", dt.date(2008, 1, 31), PAST, "year-end", "DATE", "2007-12-31",
     None),
    ("It expects a profit by year-end.", dt.date(2008, 2, 14), FUTURE, "year-end", "DATE", "2008-12-31", None),
    ("It forecast year-end membership of 35.3 million.", dt.date(2008, 3, 10), PAST, "year-end", "DATE",
     "2008-12-31", None),
    ("Sales will rise at year-end.", dt.date(2008, 1, 15), FUTURE, "year-end", "DATE", "2008-12-31", None),
    ("Its cash balance at year-end was $434 million.", dt.date(2008, 5, 2), PAST, "year-end", "DATE", "2008-12-31",
     None),
    ("Comcast set a year-end 2009 target.", dt.date(2008, 2, 14), PAST, "year-end", "DATE", "2009-12-31", None),
    ("It spoiled strong 2007 year-end results.", dt.date(2008, 1, 23), PAST, "year-end", "DATE", "2007-12-31", None),
    # a month's or quarter's end told in the past (or with no verb) in the first days of the next is
    # the one just over
    ("Inventories at month-end were 533,000 units.", dt.date(2008, 1, 3), PAST, "month-end", "DATE", "2007-12",
     "END"),
    ("A month-end clearance sale helped General Motors.", dt.date(2008, 7, 1), PAST, "month-end", "DATE", "2008-06",
     "END"),
    ("Operating conditions deteriorated near quarter-end.", dt.date(2008, 1, 16), PAST, "quarter-end", "DATE",
     "2007-Q4", "END"),
    ("Bond prices were supported by month-end position squaring.", dt.date(2008, 5, 30), PAST, "month-end", "DATE",
     "2008-05", "END"),
    ("The Fed will cut rates when it meets at month's end.", dt.date(2008, 1, 4), FUTURE, "month's end", "DATE",
     "2008-01", "END"),
    ("It ended March with a ratio of 7.7 percent, up from 7.12 percent at year-end.", dt.date(2008, 4, 18), PAST,
     "year-end", "DATE", "2007-12-31", None),
    ("It ended March with 137 employees, down 83 percent from 827 at year's end.", dt.date(2008, 5, 21), PAST,
     "year's end", "DATE", "2007", "END"),
    ("It expects the ratio to fall from 8 percent now to 7 percent at year-end.", dt.date(2008, 4, 18), FUTURE,
     "year-end", "DATE", "2008-12-31", None),
    # "the quarter ended <date>" with no quarter named before: the calendar quarter holding most of it
    ("In the quarter ended July 31, sales rose.", dt.date(1989, 10, 30), PAST, "the quarter", "DATE", "1989-Q2",
     None),
    ("Profit fell in the quarter ended Sept. 30.", dt.date(1989, 10, 30), PAST, "the quarter", "DATE", "1989-Q3",
     None),
    ("In the second quarter, sales rose. In the quarter ended Oct. 31, they fell.", dt.date(1989, 11, 30), PAST,
     "the quarter", "DATE", "1989-Q2", None),
    # a period "ended" on a day has ended: the last such day, however close the coming one
    ("In the quarter ended Oct. 31, it had a loss.", dt.date(1989, 10, 27), None, "Oct. 31", "DATE",
     "1988-10-31", None),
    ("Its second quarter ended Oct. 31 was weak.", dt.date(1989, 10, 27), PAST, "Its second quarter", "DATE",
     "1988-Q2", None),
    ("Its first quarter ended Sept. 29 was strong.", dt.date(1989, 10, 26), PAST, "Its first quarter", "DATE",
     "1989-Q1", None),
    ("Callen said, \"Some day, perhaps.\"", MON, None, "Some day", "DATE", "FUTURE_REF", None),
    ("It lost money for two quarters of losses.", MON, PAST, "two quarters", "DURATION", "P2Q", None),
    ("He said Monday. Today, it rains.", MON, PRESENT, "Today", "DATE", "2022-02-07", None),
    ("In the winter of nineteen ninety-four, it snowed.", MON, PAST, "the winter of nineteen ninety-four",
     "DATE", "1994-WI", None),
    # wire-style hours and minutes with a zone are a time, not a year
    ("It was released at 10:00 a.m. (1500 GMT) as scheduled.", dt.date(2008, 2, 5), PAST, "1500 GMT", "TIME",
     "2008-02-05T15:00", None),
    # a span of years gives both
    ("It was Ukraine's 1917-1921 war of independence.", MON, PAST, "1917", "DATE", "1917", None),
    # three months that make a quarter
    ("It reported April-June net profit of $2 billion.", dt.date(2008, 7, 24), PAST, "April-June", "DATE", "2008-Q2",
     None),
    ("From Oct.-Dec. 2007 sales fell.", dt.date(2008, 7, 24), PAST, "Oct.-Dec. 2007", "DATE", "2007-Q4", None),
    ("From January to June it rose.", dt.date(2008, 7, 24), PAST, "June", "DATE", "2008-06", None),
    # two quarters of a named year: its half
    ("It will continue through the first two quarters of 1990.", dt.date(1989, 10, 26), FUTURE,
     "the first two quarters of 1990", "DATE", "1990-H1", None),
    # "Independence Day": that of the country named nearest before it, else the US one
    ("A strike killed 25 on Ukraine's Independence Day.", dt.date(2022, 8, 25), PAST, "Independence Day", "DATE",
     "2022-08-24", None),
    ("A Ukrainian station was hit. It was the country's Independence Day.", dt.date(2022, 8, 25), PAST,
     "Independence Day", "DATE", "2022-08-24", None),
    ("Let us mark Independence Day.", dt.date(2022, 8, 25), PAST, "Independence Day", "DATE", "2022-07-04", None),
    # ... the one named in its own sentence first, before it or after it (a capital names its country)
    ("Poland protested. Lukashenko said in his Independence Day speech in Minsk that ties were strong.",
     dt.date(2022, 7, 3), PAST, "Independence Day", "DATE", "2022-07-03", None),
    ("On Aug. 24, we say: Happy Independence Day, Ukraine!", dt.date(2022, 8, 24), PRESENT, "Independence Day",
     "DATE", "2022-08-24", None),
    ("He spoke to highlight Cuban Independence Day outside the Capitol.", dt.date(2022, 5, 19), PAST,
     "Independence Day", "DATE", "2022-05-20", None),
    # a holiday with no tense to go by: the nearest one
    ("As a result of successful Christmas sales, profit rose.", dt.date(2007, 1, 18), None, "Christmas", "DATE",
     "2006-12-25", None),
    # holidays computed from the year: Orthodox Easter by the Julian computus, days counted from Easter or
    # Thanksgiving, the Nth weekday of a month; typographic apostrophes match
    ("A truce for Orthodox Easter was rejected.", dt.date(2022, 4, 22), PAST, "Orthodox Easter", "DATE",
     "2022-04-24", None),
    ("Orthodox Easter fell late.", dt.date(2008, 5, 2), PAST, "Orthodox Easter", "DATE", "2008-04-27", None),
    ("The Pope will pray on Ash Wednesday.", dt.date(2022, 2, 25), FUTURE, "Ash Wednesday", "DATE", "2022-03-02",
     None),
    ("Shoppers crowded stores on Black Friday.", dt.date(2008, 12, 1), PAST, "Black Friday", "DATE", "2008-11-28",
     None),
    ("Markets are closed for Martin Luther King Day.", dt.date(2008, 1, 18), FUTURE, "Martin Luther King Day",
     "DATE", "2008-01-21", None),
    ("She met Zelenska on Mother’s Day.", dt.date(2022, 5, 10), PAST, "Mother’s Day", "DATE", "2022-05-08", None),
    ("Putin spoke at the Victory Day parade.", dt.date(2022, 5, 10), PAST, "Victory Day", "DATE", "2022-05-09",
     None),
    ("Putin marked International Women’s Day.", dt.date(2022, 3, 9), PAST, "International Women’s Day", "DATE",
     "2022-03-08", None),
    # a holiday a few days ahead is the coming one, even in the past tense
    ("The assault on the eve of Orthodox Easter came after a lull.", dt.date(2022, 4, 23), PAST, "Orthodox Easter",
     "DATE", "2022-04-24", None),
    ("Putin hoped to have a victory to announce for Victory Day.", dt.date(2022, 5, 7), PAST, "Victory Day", "DATE",
     "2022-05-09", None),
    ("Sales rose last Christmas.", dt.date(2022, 12, 20), PAST, "last Christmas", "DATE", "2021-12-25", None),
    ("Later during that same Valentine's Day lunch, he asked.", dt.date(2019, 12, 3), None, "Valentine's Day",
     "DATE", "2019-02-14", None),
    # a day and month naming a known event, and "9/11"
    ("He was angry over the Jan. 6 congressional hearings.", dt.date(2022, 10, 30), None, "Jan. 6", "DATE",
     "2021-01-06", None),
    ("Jobs rose the most since the September 11 attacks.", dt.date(2008, 1, 4), PAST, "September 11", "DATE",
     "2001-09-11", None),
    ("Stocks had their worst day since 9/11.", dt.date(2008, 1, 25), PAST, "9/11", "DATE", "2001-09-11", None),
    ("Swedes vote in the Sept. 11 elections.", dt.date(2022, 9, 5), FUTURE, "Sept. 11", "DATE", "2022-09-11", None),
    # a year written with the holiday, or after "in"
    ("He was born on Christmas Day 1950.", MON, PAST, "Christmas Day 1950", "DATE", "1950-12-25", None),
    ("The tank turned heads on Victory Day in 2015.", dt.date(2022, 5, 6), PAST, "Victory Day", "DATE",
     "2015-05-09", None),
    # "For the year," alone is the year reported on; "for the year ended ..." a span
    ("For the year, pet food volume was flat.", THU, PAST, "the year", "DATE", "1989", None),
    ("For the year ended Sept. 30, it earned $1 billion.", THU, PAST, "the year", "DURATION", "P1Y", None),
    ("Few expect gains in the year ahead.", THU, PRESENT, "the year ahead", "DURATION", "P1Y", None),
    ("Bear markets lasted 16 and a half months on average.", THU, PAST, "16 and a half months", "DURATION",
     "P16M15D", None),
    ("He left two and a half years ago.", dt.date(2008, 7, 9), PAST, "two and a half years ago", "DATE", "2006-01",
     None),
    ("P/E ratios were high a few months back.", THU, PAST, "a few months back", "DATE", "PAST_REF", None),
    # "early" / "late" before a part of a day
    ("Bout arrived back in Russia late last night.", dt.date(2022, 12, 9), PAST, "late last night", "TIME",
     "2022-12-08TNI", "END"),
    ("Missiles struck a building in Toretsk early Thursday morning.", dt.date(2022, 7, 28), PAST,
     "early Thursday morning", "TIME", "2022-07-28TMO", "START"),
    # "in N units' time" counts from the publication date, unless told in the past
    ("Prices will fall in a year's time.", dt.date(2022, 6, 7), FUTURE, "a year's time", "DATE", "2023", None),
    ("He would be buried in two days' time.", dt.date(2022, 4, 13), FUTURE, "two days' time", "DATE", "2022-04-15",
     None),
    ("He rose to chief of staff in eight years' time.", dt.date(2022, 5, 9), PAST, "eight years", "DURATION", "P8Y",
     None),
    ("The deadline is six months back from the original target.", THU, PRESENT, "six months", "DURATION", "P6M",
     None),
    ("Ukraine was ruled from Moscow for centuries.", MON, PAST, "centuries", "DURATION", "PXC", None),
    # "the last century" naming the century before, a span for a decade
    ("Gorbachev was one of the last political giants of the last century.", MON, PAST, "the last century",
     "DATE", "19", None),
    ("Russia today is as dangerous as Nazi Germany was in the last century.", MON, PAST, "the last century",
     "DATE", "19", None),
    ("Some 100 million people have been killed over the last century.", MON, PAST, "the last century", "DURATION",
     "P100Y", None),
    ("Prices rose over the past decade.", dt.date(2008, 3, 20), PAST, "the past decade", "DURATION", "P10Y", None),
    ("It was one of the greatest turnarounds of the past decade.", dt.date(2008, 3, 20), PAST, "the past decade",
     "DURATION", "P10Y", None),
    ("Prisoners were taken in the first hours of the ground war.", MON, PAST, "the first hours", "DURATION",
     "PTXH", None),
    ("Russia took the island in the opening days of the war.", MON, PAST, "the opening days", "DURATION", "PXD",
     None),
    ("The glass makers kept their secret for millennia.", MON, PAST, "millennia", "DURATION", "PXL", None),
    ("It expects a loss for the year ahead of the merger.", THU, PRESENT, "the year", "DURATION", "P1Y", None),
    # the week of a named day or holiday
    ("It may be resolved in a court hearing the week of March 6.", dt.date(2000, 2, 24), FUTURE,
     "the week of March 6", "DATE", "2000-W10", None),
    # the span of the last day or hour up to now; not the final day of something
    ("Russia struck 40 villages over the past day.", MON, PAST, "the past day", "DURATION", "P1D", None),
    ("Shelling killed 14 people in the last day.", MON, PAST, "the last day", "DURATION", "P1D", None),
    ("In the last hour Russia attacked Kharkiv.", MON, PAST, "the last hour", "DURATION", "PT1H", None),
    # "N weeks earlier" counts from a day told of just before; "earlier than" is a difference;
    # "a year before" with nothing after it is "a year earlier"
    ("The deal closed on Jan. 5. Two weeks earlier, talks had failed.", dt.date(2008, 2, 29), PAST,
     "Two weeks earlier", "DATE", "2007-W51", None),
    ("Easter fell two weeks earlier than a year ago.", dt.date(2008, 4, 8), PAST, "two weeks", "DURATION", "P2W",
     None),
    ("Net income was $116 million, compared with $105.1 million a year before.", dt.date(2008, 2, 29), PAST,
     "a year before", "DATE", "2007", None),
    # "N years (months, decades) earlier" counts from the time the story is at: the date named
    # last, in its sentence or the one before; not from a time itself counted back, nor a point
    # of comparison, nor a day ahead; "a year earlier" by a figure is the reporting period's
    ("At the 1990 World Cup, four sides were from the East. Four years earlier, Steaua had won the European Cup.",
     dt.date(2022, 11, 22), PAST, "Four years earlier", "DATE", "1986", None),
    ("In 2018, the United States reimposed sanctions that had been suspended three years earlier.",
     dt.date(2022, 7, 11), PAST, "three years earlier", "DATE", "2015", None),
    ("In October 2021, a ministry denied that China had tested a missile two months earlier.", MON, PAST,
     "two months earlier", "DATE", "2021-08", None),
    ("Donetsk was founded in 1869, and Luhansk seven decades earlier.", MON, PAST, "seven decades earlier", "DATE",
     "179", None),
    ("The Taliban took Kabul in August 2021. Just a month earlier, Biden had called it unlikely.", MON, PAST,
     "a month earlier", "DATE", "2021-07", None),
    ("Its worst month since February 2006. Sales fell 9.5 percent two years earlier.", dt.date(2008, 7, 15), PAST,
     "two years earlier", "DATE", "2006", None),
    ("The report is due on Friday. Economists say jobs fell after a loss a month earlier.", dt.date(2008, 4, 30),
     PAST, "a month earlier", "DATE", "2008-03", None),
    ("Ford lost $12.6 billion in 2006. The loss narrowed to $45 million from $613 million a year earlier.",
     dt.date(2008, 4, 24), PAST, "a year earlier", "DATE", "2007", None),
    ("The operation was in the spring of 2020. Then, just as one year earlier, it ended in talks.",
     dt.date(2022, 10, 1), PAST, "one year earlier", "DATE", "2019", None),
    ("Sales rose 3 percent in 2006 from a year earlier. Two years earlier, they fell.", dt.date(2008, 7, 15), PAST,
     "Two years earlier", "DATE", "2006", None),
    # the day after one not told of, in the past: not tomorrow, and no day can be given
    ("We met him. The next day the Russians invaded.", MON, PAST, "The next day", "DATE", "XXXX-XX-XX", None),
    # "a Friday" is some Friday; "a Friday deadline", "a Wednesday Facebook post" date a thing
    ("Prisoner transfers always seem to happen on a Friday.", MON, PRESENT, "Friday", "DATE", "XXXX-WXX-5", None),
    ("On a Friday night in August, a safety system triggered the shutdown.", MON, PAST, "Friday night", "TIME",
     "XXXX-WXX-5TNI", None),
    ("The ministry said in a Wednesday Facebook post that it had retreated.", MON, PAST, "Wednesday", "DATE",
     "2022-02-02", None),
    ("They set a Friday deadline.", MON, PAST, "Friday", "DATE", "2022-02-04", None),
    ("Russian forces had endured heavy losses on September 13, a Tuesday.", dt.date(2022, 10, 5), PAST, "Tuesday",
     "DATE", "2022-09-13", None),
    # a season coming on, and a season sharing "this" with the one before it
    ("Russia is hitting energy facilities to freeze Ukrainians as winter approaches.", dt.date(2022, 10, 21), PRESENT,
     "winter", "DATE", "2022-WI", None),
    ("Things will be difficult this autumn and winter, she said.", dt.date(2022, 8, 28), FUTURE, "winter", "DATE",
     "2022-WI", None),
    # a month opening a sentence before a verb is the month, unless the verb is one of saying (or it is "May")
    ("April had 26 selling days compared with 24 a year earlier.", dt.date(2008, 5, 1), PAST, "April", "DATE",
     "2008-04", None),
    ("June was originally reported as 79,000 jobs lost.", dt.date(2008, 7, 30), PAST, "June", "DATE", "2008-06",
     None),
    ("May was the fifth month of retrenchment in six months.", dt.date(2008, 6, 2), PAST, "May", "DATE", "2008-05",
     None),
    # ... nor, told in the past, the day after the publication day
    ("Baza reported the arrest on Monday. The other man turned himself in to police the next day.", MON, PAST,
     "the next day", "DATE", "XXXX-XX-XX", None),
    ("Penn spoke on Monday. We met him, and the next morning the Russians invaded.", MON, PAST, "the next morning",
     "TIME", "XXXX-XX-XXTMO", None),
    ("He arrived on Saturday and the next day he left.", MON, PAST, "the next day", "DATE", "2022-02-06", None),
    ("We met him, and the next morning the Russians invaded.", MON, PAST, "the next morning", "TIME",
     "XXXX-XX-XXTMO", None),
    ("He was arrested on Friday and released the next day.", MON, PAST, "the next day", "DATE", "2022-02-05", None),
    ("The deal could be sold in the next day or two, sources said.", MON, PAST, "the next day", "DATE",
     "2022-02-08", None),
    # "the following week", "the previous week" count from a day told of nearby
    ("The deal closed on March 3. The following week, prices fell.", dt.date(2022, 6, 1), PAST,
     "The following week", "DATE", "2022-W10", None),
    ("JPMorgan agreed on March 16 to pay $2 a share, below the $60 of the previous week.", dt.date(2008, 4, 3), PAST,
     "the previous week", "DATE", "2008-W11", None),
    ("Crude averaged $97.82 in the first quarter, 8 percent higher than the preceding quarter.", dt.date(2008, 4, 1),
     PAST, "the preceding quarter", "DATE", "2007-Q4", None),
    # a clock time of a habit is any day's
    ("Households tend to use a fifth of their energy between 4pm and 7pm.", MON, PRESENT, "7pm", "TIME",
     "XXXX-XX-XXT19:00", None),
    ("Zelensky urged consumers to curb their power use between 7 a.m. and 11 a.m. daily.", MON, PAST, "7 a.m.",
     "TIME", "XXXX-XX-XXT07:00", None),
    ("Sign up to our free newsletter - every weekday morning at 7am BST.", MON, None, "7am BST", "TIME",
     "XXXX-XX-XXT07:00", None),
    ("Bush had his briefing in the Oval Office at 6:45 a.m. each day.", MON, PAST, "6:45 a.m.", "TIME",
     "XXXX-XX-XXT06:45", None),
    ("He arrived at 7am and left.", MON, PAST, "7am", "TIME", "2022-02-07T07:00", None),
    # no space after an abbreviated month
    ("Zelenskyy addresses lawmakers in Kyiv, Ukraine, Wednesday, Dec.1, 2021.", MON, PRESENT,
     "Wednesday, Dec.1, 2021", "DATE", "2021-12-01", None),
    ("Russian forces have abducted three mayors since the invasion on Feb.24.", dt.date(2022, 3, 16), PAST,
     "Feb.24", "DATE", "2022-02-24", None),
    # a span of years with a two-digit end: both years
    ("He served in the army in 2014-15.", MON, PAST, "15", "DATE", "2015", None),
    ("He served in the army in 2014-15.", MON, PAST, "2014", "DATE", "2014", None),
    ("Growth resembled the recovery from 1999-00.", MON, PAST, "00", "DATE", "2000", None),
    # split years written with a slash, as crop, marketing and business years are
    ("Output in the 2007/08 marketing year fell.", MON, PAST, "08", "DATE", "2008", None),
    ("Output in the 2007/08 marketing year fell.", MON, PAST, "2007", "DATE", "2007", None),
    ("The market may ease in 2009/2010.", MON, FUTURE, "2010", "DATE", "2010", None),
    ("Shipments fell from 146 units in 2007/8.", MON, PAST, "2007", "DATE", "2007", None),
    # a full date written year first with slashes
    ("The file dated 2008/09/15 was released.", MON, PAST, "2008/09/15", "DATE", "2008-09-15", None),
    # before the era, TIMEX3 writes BC; "every second" before a noun is an ordinal
    ("Lao Tzu wrote 2,500 years ago.", MON, PAST, "2,500 years ago", "DATE", "BC0479", None),
    ("Trains run every second day.", MON, PRESENT, "every second day", "SET", "P2D", None),
    ("Prices change every second.", MON, PRESENT, "every second", "SET", "PT1S", None),
    # a calendar quarter named by its months
    ("Profit rose 15 percent in the December quarter.", dt.date(2008, 1, 23), PAST, "the December quarter", "DATE",
     "2007-Q4", None),
    ("We expect to sell more Macs in the September quarter.", dt.date(2008, 7, 21), FUTURE,
     "the September quarter", "DATE", "2008-Q3", None),
    ("NEC's profit fell in the April-June quarter.", dt.date(2008, 8, 1), PAST, "the April-June quarter", "DATE",
     "2008-Q2", None),
    ("Costs were cut at the end of the March quarter.", dt.date(2008, 4, 15), PAST, "the end of the March quarter",
     "DATE", "2008-Q1", "END"),
    # the Chinese lunisolar new year, from the lexicon's table; a year written before a holiday's name
    ("The momentum will last until the Chinese New Year.", dt.date(2008, 1, 27), FUTURE, "Chinese New Year", "DATE",
     "2008-02-07", None),
    ("The owner fled during the 2007 Lunar New Year holidays.", dt.date(2008, 3, 23), PAST, "Lunar New Year", "DATE",
     "2007-02-18", None),
    # a holiday's weekend: the nearest Saturday's, before a Monday holiday and after a Thursday one
    ("Hackers struck the plant over Memorial Day weekend.", dt.date(2021, 10, 18), PAST, "Memorial Day weekend",
     "DATE", "2021-W21-WE", None),
    ("Families will gather over Thanksgiving weekend.", dt.date(2021, 11, 17), FUTURE, "Thanksgiving weekend",
     "DATE", "2021-W47-WE", None),
    ("Stocks rose after a three-day Easter weekend.", dt.date(2008, 3, 24), PAST, "Easter weekend", "DATE",
     "2008-W12-WE", None),
    ("Protesters prayed as Easter week began.", dt.date(2000, 4, 17), PAST, "Easter week", "DATE", "2000-W16",
     None),
    # "the weekend" with no tense early in the week is the one just past; "through the weekend" lies ahead
    ("Here are the key developments from the weekend.", dt.date(2022, 3, 21), PRESENT, "the weekend", "DATE",
     "2022-W11-WE", None),
    ("The chamber may work through the weekend.", dt.date(2022, 9, 26), PRESENT, "the weekend", "DATE",
     "2022-W39-WE", None),
    ("Protests are planned this weekend.", dt.date(2022, 3, 21), PRESENT, "this weekend", "DATE", "2022-W12-WE",
     None),
    ("Sales were soft in the week after Easter.", dt.date(2008, 5, 7), PAST, "the week after Easter", "DATE",
     "2008-W13", None),
    ("All these cross-currents come in the week before the Labor Day holiday.", dt.date(2008, 8, 22), PRESENT,
     "the week before the Labor Day holiday", "DATE", "2008-W35", None),
    ("Their biggest move since the day after the September 11 attacks.", dt.date(2008, 3, 11), PAST,
     "the day after the September 11", "DATE", "2001-09-12", None),
    ("Sales rose in the week before Christmas.", dt.date(2008, 1, 7), PAST, "the week before Christmas", "DATE",
     "2007-W51", None),
    ("He arrived in Philadelphia later in the day.", MON, PAST, "later in the day", "DATE", "2022-02-07", "END"),
    # "the year before": the year before the one in focus, else before the publication year
    ("Revenue fell to $300 million last year, down from $450 million the year before.", THU, PAST,
     "the year before", "DATE", "1987", None),
    ("Sales fell in March from the month before.", THU, PAST, "the month before", "DATE", "1989-02", None),
    ("He had left the year before.", THU, PAST, "the year before", "DATE", "1988", None),
    # "is the Nth day of": the day the text speaks from
    ("It's the second day of an offensive by the police.", MON, PRESENT, "the second day", "DATE", "2022-02-07",
     None),
    # regular parts of named days
    ("Flights leave on Tuesday nights.", MON, PRESENT, "Tuesday nights", "SET", "XXXX-WXX-2TNI", None),
    ("Flights leave on Monday and Tuesday nights.", MON, FUTURE, "Monday", "SET", "XXXX-WXX-1TNI", None),
    # some time back, how long unsaid; an approximate count of years back keeps its "about"
    ("U.S. intelligence raised the alarm weeks ago.", MON, PAST, "weeks ago", "DATE", "PAST_REF", None),
    ("Then just days ago they met.", MON, PAST, "days ago", "DATE", "PAST_REF", None),
    ("He had surgery about four years ago.", MON, PAST, "about four years ago", "DATE", "2018", "APPROX"),
    ("The satellites Russia deployed around three years ago.", MON, PAST, "around three years ago", "DATE",
     "2019", "APPROX"),
    # "the new year": the year to come from July on, unless counted from
    ("Losses may pick up again in the new year.", dt.date(2022, 11, 4), FUTURE, "the new year", "DATE", "2023",
     None),
    ("He spoke of victory in the new year.", dt.date(2022, 12, 22), PAST, "the new year", "DATE", "2023", None),
    ("Prices have doubled since the new year.", dt.date(2022, 11, 4), PAST, "the new year", "DATE", "2022", None),
    ("Demand has slowed in the new year.", dt.date(2008, 1, 17), PAST, "the new year", "DATE", "2008", None),
    # a month after a preposition of time is no name, whatever verb follows
    ("An official in August told the paper Iran had sent drones.", dt.date(2022, 11, 4), PAST, "August", "DATE",
     "2022-08", None),
    ("Bank of America in April said it would cut jobs.", dt.date(2008, 6, 9), PAST, "April", "DATE", "2008-04",
     None),
    # "that" as a conjunction before a day or month
    ("Machimura told a news conference that Wednesday's deadline was firm.", dt.date(2008, 2, 15), None,
     "Wednesday", "DATE", "2008-02-13", None),
    ("Dealers warned that June sales plummeted.", dt.date(2008, 8, 1), PAST, "June", "DATE", "2008-06", None),
    ("It was updated to reflect that Jan. 5 was the date given.", dt.date(2020, 12, 10), PAST, "Jan. 5", "DATE",
     "2020-01-05", None),
    ('He said: "The April numbers do reflect energy prices."', dt.date(2008, 5, 12), PRESENT, "April", "DATE",
     "2008-04", None),
    # a part of the day told of; a market session is the publication day's
    ("Shares fell 2 percent in afternoon New York Stock Exchange trading.", MON, None, "afternoon", "TIME",
     "2022-02-07TAF", None),
    ("He left on Feb. 3. He returned in the morning.", MON, PAST, "the morning", "TIME", "2022-02-03TMO", None),
    ("Early in the morning on Feb. 4, I received a call.", MON, PAST, "the morning", "TIME", "2022-02-04TMO",
     None),
    # "the previous/prior/same week or quarter": next to the one in focus, not to another counted from it
    ("Claims rose to 448,000 last week from 404,000 the prior week. Analysts had forecast 395,000 versus "
     "406,000 the week before.", dt.date(2008, 7, 31), PAST, "the week before", "DATE", "2008-W29", None),
    ("Profit rose in the first quarter, up from a year earlier and from the previous quarter.",
     dt.date(2008, 5, 5), PAST, "the previous quarter", "DATE", "2007-Q4", None),
    ("In January, Countrywide was sold. The same month, Bank of America sold bonds.", dt.date(2008, 3, 5), PAST,
     "The same month", "DATE", "2008-01", None),
    # a weekday written with a month and day names the year, away from publication
    ("The stock closes at $150.09 on Friday, June 15.", dt.date(2008, 3, 17), PRESENT, "Friday, June 15", "DATE",
     "2007-06-15", None),
    ("He was swapped in Abu Dhabi on Thursday, Dec. 9.", dt.date(2022, 12, 11), PAST, "Thursday, Dec. 9", "DATE",
     "2022-12-09", None),
    # ... also against a reading ahead by tense when it fits only the year before
    ("Day 1: Thursday 24 February - Russian invasion begins.", dt.date(2022, 6, 3), FUTURE, "Thursday 24 February",
     "DATE", "2022-02-24", None),
    # "back in": a time already past; "as early as" under a past verb with no plan in sight
    ("In an interview published back in August, he said so.", dt.date(2022, 7, 29), PAST, "August", "DATE",
     "2021-08", None),
    # a delivery month of a contract lies ahead, whatever the tense of the report
    ("June 10-year futures edged up 0.13 point.", dt.date(2008, 5, 26), PAST, "June", "DATE", "2008-06", None),
    # a quarter code before a noun its figures count stays a quarter (not a model's name: "Hummer H2 models")
    ("Apple's Q3 phone shipments rose.", dt.date(2008, 7, 28), PAST, "Q3", "DATE", "2008-Q3", None),
    ("Gold fell, with the most active February contract down $17.70.", dt.date(2008, 1, 21), PAST, "February",
     "DATE", "2008-02", None),
    ("Boeing had argued after the February contract award that it was wronged.", dt.date(2008, 8, 6), PAST,
     "February", "DATE", "2008-02", None),
    # "2007, May 4 - ...": the year written first
    ("2007, May 4 - Reuters says it has received an approach.", dt.date(2008, 4, 17), PRESENT, "2007, May 4", "DATE",
     "2007-05-04", None),
    # an opening single quote is no part of a word
    ("He said: 'Today we all feel elation.'", MON, PRESENT, "Today", "DATE", "2022-02-07", None),
    ("He added: ‘Yesterday was hard.’", MON, PAST, "Yesterday", "DATE", "2022-02-06", None),
    # "this <weekday>" is the day of the publication week, whatever the tense; from a Sunday, the coming one
    ("We were told to expect payment this Friday.", dt.date(2008, 7, 22), PAST, "this Friday", "DATE", "2008-07-25",
     None),
    ("Shareholders vote at this Friday's annual meeting.", dt.date(2008, 5, 27), None, "this Friday", "DATE",
     "2008-05-30", None),
    ("He said this Monday that talks failed.", dt.date(2008, 7, 22), PAST, "this Monday", "DATE", "2008-07-21",
     None),
    ("The committee will hold a hearing this Wednesday.", dt.date(2022, 9, 25), FUTURE, "this Wednesday", "DATE",
     "2022-09-28", None),
    # a winter is named by the year of its December, whichever side of New Year it is told
    ("Europe faces a hard winter this year, the grid held up this winter.", dt.date(2022, 11, 20), PRESENT,
     "this winter", "DATE", "2022-WI", None),
    ("The grid held up this winter.", dt.date(2023, 1, 15), PAST, "this winter", "DATE", "2022-WI", None),
    ("Prices will rise next winter.", dt.date(2023, 1, 15), FUTURE, "next winter", "DATE", "2023-WI", None),
    ("Gas ran short last winter.", dt.date(2023, 1, 15), PAST, "last winter", "DATE", "2021-WI", None),
    ("Gas ran short last winter.", dt.date(2023, 8, 20), PAST, "last winter", "DATE", "2022-WI", None),
    ("Storage must be full ahead of winter.", dt.date(2022, 10, 10), FUTURE, "winter", "DATE", "2022-WI", None),
    ("Auction-rate markets froze this winter.", dt.date(2008, 5, 3), PAST, "this winter", "DATE", "2007-WI", None),
    ("EU governments agreed Tuesday to ration natural gas this winter.", dt.date(2022, 7, 26), PAST, "this winter",
     "DATE", "2022-WI", None),
    ("Bills for heating next winter will rise.", dt.date(2008, 5, 22), FUTURE, "next winter", "DATE", "2008-WI",
     None),
    ("Costs could rise a further £64billion through next winter.", dt.date(2022, 8, 25), FUTURE, "next winter",
     "DATE", "2023-WI", None),
    ("Fighting will slow during winter.", dt.date(2022, 10, 10), FUTURE, "winter", "DATE", "2022-WI", None),
    ("Organizers were picked for an offering planned for autumn.", dt.date(2008, 7, 7), PAST, "autumn", "DATE",
     "2008-FA", None),
    ("By autumn, Washington had decided it needed to do more.", dt.date(2022, 4, 8), PAST, "autumn", "DATE",
     "2021-FA", None),
    ("Economists expect a full recovery by the summer.", dt.date(2022, 4, 1), PRESENT, "the summer", "DATE",
     "2022-SU", None),
    ("Europe must prepare for the winter of 2022-23.", dt.date(2022, 10, 10), FUTURE, "the winter of 2022-23",
     "DATE", "2022-WI", None),
    ("Gas demand in winter 2022/23 will be high.", dt.date(2022, 10, 10), FUTURE, "winter 2022/23", "DATE",
     "2022-WI", None),
    ("In the summer of 2014-15, prices fell.", dt.date(2022, 10, 10), PAST, "the summer of 2014", "DATE", "2014-SU",
     None),
    # a day of the month spelt out
    ("The parade was held on the ninth of May.", dt.date(2022, 6, 10), PAST, "ninth of May", "DATE", "2022-05-09",
     None),
    ("Americans celebrate the Fourth of July.", dt.date(2022, 6, 10), PRESENT, "Fourth of July", "DATE",
     "2022-07-04", None),
    # after its month, where a clause or a year follows (a transcript's way)
    ("Women's Day is this coming Sunday, March eighth.", dt.date(1998, 3, 5), PRESENT,
     "this coming Sunday, March eighth", "DATE", "1998-03-08", None),
    ("They met on May twenty-first, 1997, in Paris.", dt.date(1998, 3, 5), PAST, "May twenty-first, 1997", "DATE",
     "1997-05-21", None),
    # "today's" and "of tomorrow" in general
    ("It is hard to be neutral in today's world.", MON, PRESENT, "today", "DATE", "PRESENT_REF", None),
    ("Today's announcement was welcome.", MON, PAST, "Today", "DATE", "2022-02-07", None),
    ("I would have chosen the people of tomorrow.", MON, PAST, "tomorrow", "DATE", "FUTURE_REF", None),
    # "this quarter's" results in the first two months of a quarter are the last quarter's
    ("Foreign revenues have been the savior of this quarter's earnings results.", dt.date(2008, 4, 25), PAST,
     "this quarter", "DATE", "2008-Q1", None),
    ("This quarter's loss includes pretax charges.", dt.date(1989, 11, 1), PRESENT, "This quarter", "DATE",
     "1989-Q3", None),
    ("The question is whether activity will remain at this quarter's levels.", dt.date(2008, 4, 25), FUTURE,
     "this quarter", "DATE", "2008-Q2", None),
    ("This quarter's results will be weak.", dt.date(2008, 6, 30), FUTURE, "This quarter", "DATE", "2008-Q2", None),
    # "that" before a holiday: a conjunction before a clause, else the one told of
    ("Be prepared for the fact that Independence Day will also be attacked in Ukraine.", dt.date(2022, 8, 23),
     FUTURE, "Independence Day", "DATE", "2022-08-24", None),
    ("They met during that Valentine's Day lunch.", dt.date(2022, 8, 23), None, "Valentine's Day", "DATE",
     "2022-02-14", None),
    ("Prices rise as of tomorrow.", MON, FUTURE, "tomorrow", "DATE", "2022-02-08", None),
    # "dates back to" a month: a time already past
    ("The tradition dates back to October.", dt.date(2022, 6, 10), PRESENT, "October", "DATE", "2021-10", None),
    # a month after a time preposition is a month, whatever capitalised word follows it
    ("In April Russian troops erected a statue.", dt.date(2022, 6, 4), PAST, "April", "DATE", "2022-04", None),
    ("The March Bund future was down 27 ticks.", dt.date(2008, 1, 29), None, "March", "DATE", "2008-03", None),
    # a bare season with a word of habit is any such season; without one, the coming one
    ("Supply always rises in spring.", dt.date(2008, 5, 23), PRESENT, "spring", "DATE", "XXXX-SP", None),
    ("Households must not pay a penny more in winter.", dt.date(2022, 8, 26), PRESENT, "winter", "DATE", "2022-WI",
     None),
    # a closing price is one already set
    ("It values EDS at $25 per share, a 33 percent premium to its closing price on Friday.", dt.date(2008, 5, 13),
     None, "Friday", "DATE", "2008-05-09", None),
    ("The offer is based on the Friday closing prices for both companies.", dt.date(2008, 5, 13), None, "Friday",
     "DATE", "2008-05-09", None),
    # "as of" a weekday: the latest count, past
    ("Cases were falling as of Thursday.", dt.date(2022, 12, 23), PRESENT, "Thursday", "DATE", "2022-12-22", None),
    ("Weekly cases are falling as of Monday.", dt.date(2022, 12, 23), PRESENT, "Monday", "DATE", "2022-12-19", None),
    ("Holders could tender their shares as of Tuesday until June 27.", dt.date(2008, 5, 19), PRESENT, "Tuesday",
     "DATE", "2008-05-20", None),
    # the end of a span from now lies ahead, whatever the tense
    ("Orders for delivery from now until July rose 11 percent.", dt.date(2008, 3, 19), PAST, "July", "DATE",
     "2008-07", None),
    # a week closed by a day is the week of that day
    ("Claims rose to 372,000 in the week ended May 24.", dt.date(2008, 5, 29), PAST, "the week", "DATE",
     "2008-W21", None),
    # ... and "the week starting March 17" the week of its first day
    ("Forecasts for the week starting March 17 are below.", dt.date(2008, 3, 15), None, "the week", "DATE",
     "2008-W12", None),
    ("The meetings could be held in the week starting July 14.", dt.date(2008, 5, 26), FUTURE, "the week", "DATE",
     "2008-W29", None),
    ("Rates were the lowest since the week ended March 25, 2004.", dt.date(2008, 1, 24), PAST, "the week", "DATE",
     "2004-W13", None),
    # "the week to July 11" is the week ending that day
    ("Crude stocks rose 3 million barrels in the week to July 11.", dt.date(2008, 7, 16), PAST, "the week", "DATE",
     "2008-W28", None),
    ("VaR was $34 million in the second quarter to May 31, 2007.", dt.date(2008, 6, 18), PAST, "the second quarter",
     "DATE", "2007-Q2", None),
    # "the week" told in the past after a day of another week is that day's week
    ("The index tumbled 1.2% on Friday. For the week, it dropped 3.8%.", MON, PAST, "the week", "DATE", "2022-W05",
     None),
    ("Stocks closed higher on Friday. The Fed meets during the week.", MON, FUTURE, "the week", "DATE", "2022-W06",
     None),
    ("The man told CNN on Sunday. The start of the week was quiet on the front.", dt.date(2022, 10, 25), PAST,
     "The start of the week", "DATE", "2022-W43", "START"),
    ("Profit rose in the quarter ended Sept. 30, 2006.", dt.date(2008, 1, 24), PAST, "the quarter", "DATE",
     "2006-Q3", None),
    # a half of a month or quarter is no half-year
    # a month with a year by its last two digits
    ("We saw a free-fall in February '07.", dt.date(2008, 4, 24), PAST, "February '07", "DATE", "2007-02", None),
    ("Sales peaked in March ’96.", dt.date(2008, 4, 24), PAST, "March ’96", "DATE", "1996-03", None),
    ("She has a mandate until January '25.", dt.date(2022, 10, 20), PRESENT, "January '25", "DATE", "2025-01", None),
    ("Weakness grew in the second half of March.", dt.date(2008, 4, 21), PAST, "the second half of March", "DATE",
     "2008-03", "END"),
    ("Demand was strong in the second half of the quarter.", dt.date(2008, 3, 11), PAST,
     "the second half of the quarter", "DATE", "2007-Q4", "END"),
    # an hour up to six said alone is an afternoon one
    ("Stocks close at 1 o'clock tomorrow.", dt.date(2008, 7, 2), FUTURE, "1 o'clock tomorrow", "TIME",
     "2008-07-03T13:00", None),
    ("The market opens at 9 o'clock.", dt.date(2008, 7, 2), FUTURE, "9 o'clock", "TIME", "2008-07-02T09:00", None),
    ("He called at 4 o'clock this morning.", dt.date(2008, 7, 2), PAST, "4 o'clock", "TIME", "2008-07-02T04:00",
     None),
    # "each other Friday": a pronoun before a day, no set
    ("Russia and Ukraine accused each other Friday of shelling a prison.", dt.date(2022, 8, 14), PAST, "Friday",
     "DATE", "2022-08-12", None),
    ("They meet every other Friday.", MON, PRESENT, "every other Friday", "SET", "XXXX-WXX-5", None),
    # "every" with a count, a part of a weekday or a season
    ("Olympic Games are held every four years.", MON, PRESENT, "every four years", "SET", "P4Y", None),
    ("Buses run every 10 minutes.", MON, PRESENT, "every 10 minutes", "SET", "PT10M", None),
    ("Data was sent every 10 to 15 minutes.", MON, PAST, "every 10 to 15 minutes", "SET", "PT10M", None),
    ("The sirens sound every few hours.", MON, PRESENT, "every few hours", "SET", "PTXH", None),
    ("Every Monday morning, he runs.", MON, PRESENT, "Every Monday morning", "SET", "XXXX-WXX-1TMO", None),
    ("The festival is held every summer in Odesa.", MON, PRESENT, "every summer", "SET", "XXXX-SU", None),
    ("The office is closed on weekends.", MON, PRESENT, "weekends", "SET", "XXXX-WXX-WE", None),
    # a range of counts is one span, its lower bound with EQUAL_OR_MORE (not a change "from two to three years")
    ("Prices will rise over the next two to three years.", MON, FUTURE, "the next two to three years", "DURATION",
     "P2Y", "EQUAL_OR_MORE"),
    ("He faces five to 10 years in prison.", MON, PRESENT, "five to 10 years", "DURATION", "P5Y", "EQUAL_OR_MORE"),
    ("It takes another two or three months.", MON, PRESENT, "two or three months", "DURATION", "P2M",
     "EQUAL_OR_MORE"),
    ("The term was extended from two to three years.", MON, PAST, "three years", "DURATION", "P3Y", None),
    ("The term was cut from four to two years.", MON, PAST, "two years", "DURATION", "P2Y", None),
    ("Rates reset at auctions held every seven, 28 or 35 days.", MON, PRESENT, "35 days", "DURATION", "P35D", None),
    # "a week or two", "a decade or more": at least the count; "a month or so": about it
    ("Ukrainian troops would need training, which could take a week or two.", MON, FUTURE, "a week or two",
     "DURATION", "P1W", "EQUAL_OR_MORE"),
    ("Reconstruction will take a decade or more.", MON, FUTURE, "a decade or more", "DURATION", "P10Y",
     "EQUAL_OR_MORE"),
    ("The crossing would take a month or so.", MON, FUTURE, "a month or so", "DURATION", "P1M", "APPROX"),
    ("He left the company a year or two ago.", dt.date(2022, 6, 3), PAST, "a year or two ago", "DATE", "2021",
     "APPROX"),
    ("A day or two later, he returned.", dt.date(2022, 6, 3), PAST, "A day or two", "DURATION", "P1D", "EQUAL_OR_MORE"),
    ("Do they want to spend 18 months or two years waiting?", MON, PRESENT, "two years", "DURATION", "P2Y", None),
    ("She studies in the evenings and weekends.", MON, PRESENT, "weekends", "SET", "XXXX-WXX-WE", None),
    ("The rest of us could have seen this coming ten years ago.", dt.date(2022, 5, 12), PAST, "ten years ago",
     "DATE", "2012", None),
    # "the fall" after a word of time or another season is the season
    ("Prices will rise until the fall.", dt.date(2008, 8, 12), FUTURE, "the fall", "DATE", "2008-FA", None),
    ("The show airs in the spring and the fall.", dt.date(2008, 8, 12), FUTURE, "the fall", "DATE", "2008-FA",
     None),
    ("The exercises were postponed from the fall.", dt.date(2022, 3, 8), PAST, "the fall", "DATE", "2021-FA", None),
    # "prior" with nothing after it is "before", "earlier"
    ("Forces were pushed out of the city a month prior.", dt.date(2022, 7, 1), PAST, "a month prior", "DATE",
     "2022-06", None),
    ("Two days prior, the captain spoke.", dt.date(2022, 7, 1), PAST, "Two days", "DURATION", "P2D", None),
    ("He had visited two days prior to the vote.", dt.date(2022, 7, 1), PAST, "two days", "DURATION", "P2D",
     None),
    # a year written after the comma with no space
    ("He attended a reception at the Kremlin on December 28,2017 in Moscow.", dt.date(2022, 3, 2), PAST,
     "December 28,2017", "DATE", "2017-12-28", None),
    # "following weeks of": the preposition, as "after weeks of" ("the following weeks" is a span ahead)
    ("The deal came after talks began, following weeks of informal discussions.", dt.date(2008, 1, 18), PAST,
     "weeks", "DURATION", "PXW", None),
    ("Following months of talks, they agreed.", dt.date(2008, 1, 18), PAST, "months", "DURATION", "PXM", None),
    ("In following years, the town grew.", dt.date(2008, 1, 18), PAST, "following years", "DURATION", "PXY", None),
    # "over" before "... ago" is "more than", but not after a verb it belongs to or in a comparison
    ("Active hostilities resumed over six months ago.", dt.date(2022, 9, 30), PAST, "over six months ago", "DATE",
     "2022-03", "MORE_THAN"),
    ("Russia took over two years ago.", dt.date(2022, 9, 30), PAST, "two years ago", "DATE", "2020", None),
    ("Its liberation a little over a week ago has begun a slow process.", dt.date(2022, 4, 13), PAST,
     "a little over a week ago", "DATE", "2022-W14", "MORE_THAN"),
    ("Sales were up 5 percent over a year ago.", dt.date(2022, 9, 30), PAST, "a year ago", "DATE", "2021", None),
    # "overnight on" a day is that day's night, as "overnight Wednesday" is
    ("Followers jumped by 10,000 in an hour overnight on 29 March.", dt.date(2022, 5, 28), PAST, "overnight", "TIME",
     "2022-03-29TNI", None),
    ("Russia attacked the plant overnight on Wednesday.", dt.date(2022, 5, 28), PAST, "overnight", "TIME",
     "2022-05-25TNI", None),
    # "an early Easter" is one falling early in the year, not the start of Easter
    ("Sales were hurt by an early Easter.", dt.date(2008, 4, 10), PAST, "Easter", "DATE", "2008-03-23", None),
    ("Sales fell because of an earlier Easter.", dt.date(2008, 4, 10), PAST, "Easter", "DATE", "2008-03-23", None),
    # "year ago" without its article, in a wire table's comparison
    ("Inventories were down 14 percent from year ago.", dt.date(2008, 6, 4), PAST, "year ago", "DATE", "2007", None),
    ("Ford H1 China sales rise 21 percent over year ago", dt.date(2008, 7, 9), PRESENT, "year ago", "DATE", "2007-H1",
     None),
    # a later quarter that "looks possible" is a prospect, this year's
    ("If an agreement is completed, a closing during the second quarter looks possible.", dt.date(2008, 3, 12),
     PRESENT, "the second quarter", "DATE", "2008-Q2", None),
    # "the early part of", "end-": a part of the range
    ("By the early part of March, the threat was growing.", dt.date(2008, 4, 3), PAST, "the early part of March",
     "DATE", "2008-03", "START"),
    ("Dodge & Cox owned 5.8 percent of the bank at end-March.", dt.date(2008, 6, 26), PAST, "end-March", "DATE",
     "2008-03", "END"),
    ("Yahoo's workforce stood at close to 14,000 at end-2007.", dt.date(2008, 1, 22), PAST, "end-2007", "DATE",
     "2007", "END"),
    # "the following year", "the next year" told in the past: the year after the one named last, else some year
    ("She moved to Kyiv and the following year married a soldier.", dt.date(2022, 10, 20), PAST, "the following year",
     "DATE", "XXXX", None),
    ("A Saudi-led coalition entered the war early the next year.", dt.date(2022, 8, 30), PAST, "early the next year",
     "DATE", "XXXX", "START"),
    ("He will retire the following year.", dt.date(2022, 10, 20), FUTURE, "the following year", "DATE", "2023", None),
    # a bare span of something told after "of": "devastated by weeks of heavy bombardment"
    ("The city was devastated by weeks of heavy bombardment.", dt.date(2022, 4, 5), PAST, "weeks", "DURATION", "PXW",
     None),
    ("The merger follows months of twists and turns.", dt.date(1989, 10, 27), PRESENT, "months", "DURATION", "PXM",
     None),
    # "the past couple days", "a month and a half ago", "about the year ahead" (a preposition)
    ("Prices fell over the past couple days.", dt.date(2008, 6, 5), PAST, "the past couple days", "DURATION", "P2D",
     None),
    ("He left a month and a half ago.", dt.date(2008, 6, 5), PAST, "a month and a half ago", "DATE", "2008-04", None),
    ("Investors showed optimism about the year ahead.", dt.date(2008, 1, 2), PAST, "the year ahead", "DURATION", "P1Y",
     None),
    # "earlier this month" on the first of a month, "earlier this week" on a Monday: the one before
    ("Dana Corp struggled to emerge from bankruptcy earlier this month.", dt.date(2008, 3, 1), PAST,
     "earlier this month", "DATE", "2008-02", "START"),
    ("Russia launched a full-scale invasion of Ukraine earlier this week.", dt.date(2022, 2, 28), PAST,
     "earlier this week", "DATE", "2022-W08", "START"),
    ("Russia launched a full-scale invasion of Ukraine earlier this week.", dt.date(2022, 3, 1), PAST,
     "earlier this week", "DATE", "2022-W09", "START"),
    # a quarter with its year written right after it, without "of"
    ("Net income was lifted in the first quarter 2007 by divestments.", dt.date(2008, 5, 7), PAST,
     "the first quarter 2007", "DATE", "2007-Q1", None),
    ("It was the first drop since the third quarter 2003.", dt.date(2008, 4, 3), PAST, "the third quarter 2003",
     "DATE", "2003-Q3", None),
    ("GM posted a 12.7 percent gain in first-half 2008 China sales.", dt.date(2008, 7, 8), PAST, "first-half 2008",
     "DATE", "2008-H1", None),
    # the quarter just ended is the one reported on, but a forecast's deadline "by" it is this year's
    ("The jobless rate would likely rise to 5.3 percent by the fourth quarter.", dt.date(2008, 2, 20), FUTURE,
     "the fourth quarter", "DATE", "2008-Q4", None),
    ("It will report losses in the fourth quarter.", dt.date(2008, 1, 9), FUTURE, "the fourth quarter", "DATE",
     "2007-Q4", None),
    # a clock time told roughly keeps its "about", "around" (APPROX), also with its day
    ("The crew remained there until about 4 a.m.", dt.date(2021, 11, 15), PAST, "about 4 a.m.", "TIME",
     "2021-11-15T04:00", "APPROX"),
    ("He arrived around 7:15 p.m. Thursday.", dt.date(1998, 2, 13), PAST, "around 7:15 p.m. Thursday", "TIME",
     "1998-02-12T19:15", "APPROX"),
    ("The shelling began around 11:00 on 17 March.", dt.date(2022, 4, 5), PAST, "around 11:00 on 17 March", "TIME",
     "2022-03-17T11:00", "APPROX"),
    ("Production resumed at 4 p.m. today.", dt.date(2008, 1, 21), PAST, "4 p.m. today", "TIME",
     "2008-01-21T16:00", None),
    # a season of a habit, with the word of habit further back in the clause
    ("Typically, shareholders submit resolutions in December and January for annual meetings that take place in the "
     "spring.", dt.date(2008, 1, 24), PRESENT, "the spring", "DATE", "XXXX-SP", None),
    ("Gasoline demand usually rises during the summer holiday months.", dt.date(2008, 7, 9), PRESENT, "the summer",
     "DATE", "XXXX-SU", None),
    # a weekday's part joined by a hyphen, as an adjective
    ("Andersson, who was on the Thursday-night call, told reporters.", dt.date(2022, 2, 25), PAST, "Thursday-night",
     "TIME", "2022-02-24TNI", None),
    ("Zelenskyy said in an early Thursday-morning address that saboteurs had entered Kyiv.", dt.date(2022, 2, 25),
     PAST, "early Thursday-morning", "TIME", "2022-02-24TMO", "START"),
    # decades and their parts written with a curly apostrophe
    ("In the early 1970’s, we were stationed at Hickam Air Force Base.", dt.date(2022, 7, 3), PAST,
     "the early 1970’s", "DATE", "197", "START"),
    ("I feel like we are back in the ’90s.", dt.date(2022, 2, 27), PRESENT, "the ’90s", "DATE", "199", None),
    ("The late ‘70s were not America’s glory days.", dt.date(2022, 7, 21), PAST, "The late ‘70s", "DATE", "197",
     "END"),
    # a day of the year, every year
    ("Every December 7, I pause and reflect on the meaning of that day.", dt.date(2022, 7, 3), PRESENT,
     "Every December 7", "SET", "XXXX-12-07", None),
    ("Every May 10 percent of the staff quit.", dt.date(2022, 7, 3), PRESENT, "Every May", "SET", "XXXX-05", None),
    # a count before a plural unit joined to "-long"
    ("They came at the beginning of the now six weeks-long war.", dt.date(2022, 4, 8), PAST, "six weeks-long",
     "DURATION", "P6W", None),
    # "more than" of a comparison is no mod of the date compared with
    ("PlayStation 2 sold 352,000 units, 19 percent more than a year ago.", dt.date(2008, 3, 13), PAST,
     "a year ago", "DATE", "2007", None),
    ("In the first four months, car sales totaled 101,769, 23.2 percent more than a year earlier.",
     dt.date(2008, 5, 27), PAST, "a year earlier", "DATE", "2007", None),
    # a month of "that year" is of the year named before
    ("The law should have been passed in 2014. After the coup in Kiev in February that year, Crimea voted.",
     dt.date(2022, 9, 17), PAST, "February that year", "DATE", "2014-02", None),
    ("They proclaimed independence in 2014, after in April of that year Kiev’s militants attacked.",
     dt.date(2022, 6, 17), PAST, "April of that year", "DATE", "2014-04", None),
    ("In late May the same year, he quit.", dt.date(2022, 6, 17), PAST, "late May the same year", "DATE", "XXXX-05",
     "END"),
    # two quarters sharing one noun
    ("In the third and fourth quarter it will be better.", dt.date(2008, 7, 3), FUTURE, "the third", "DATE", "2008-Q3",
     None),
    ("The consecutive declines were the first since the second and third quarters of 2002.", dt.date(2008, 6, 5),
     PAST, "the second", "DATE", "2002-Q2", None),
    ("The consecutive declines were the first since the second and third quarters of 2002.", dt.date(2008, 6, 5),
     PAST, "third quarters of 2002", "DATE", "2002-Q3", None),
    ("Intuit typically loses money in its fourth and first quarters.", dt.date(2008, 8, 21), PRESENT,
     "first quarters", "SET", "XXXX-Q1", None),
    ("Such business is usually conducted in the second and fourth quarters.", dt.date(2008, 8, 21), PRESENT,
     "the second", "SET", "XXXX-Q2", None),
    # "the past week" from a Thursday on is mostly the current week; "last week" alone the one before
    ("The events of the past week have answered that question.", dt.date(2022, 1, 7), PAST, "the past week", "DATE",
     "2022-W01", None),
    ("The events of the past week have answered that question.", dt.date(2022, 1, 5), PAST, "the past week", "DATE",
     "2021-W52", None),
    ("Last week, prices rose.", dt.date(2022, 1, 7), PAST, "Last week", "DATE", "2021-W52", None),
    # wire-style hours before "today" or "local time", and clock times with seconds
    ("The figures are valid as of 1200 today.", dt.date(2022, 10, 3), PRESENT, "1200 today", "TIME",
     "2022-10-03T12:00", None),
    ("Polls close at 2100 local time.", dt.date(2022, 10, 3), FUTURE, "2100", "TIME", "2022-10-03T21:00", None),
    ("Sales rose in 2008 and by 2010 today's firm was born.", dt.date(2022, 10, 3), PAST, "2010", "DATE", "2010",
     None),
    ("The capsule touched down at 5:49:02 a.m. EDT.", dt.date(2022, 10, 3), PAST, "5:49:02 a.m. EDT", "TIME",
     "2022-10-03T05:49:02", None),
    # a day before a month of "this/next/that year"
    ("The deal runs until 25 October this year.", dt.date(2022, 6, 3), FUTURE, "25 October this year", "DATE",
     "2022-10-25", None),
    ("In 2014 he won. On 3 May that year he quit.", dt.date(2022, 6, 3), PAST, "3 May that year", "DATE",
     "2014-05-03", None),
    # a counted rhythm, and "early in" / "late in" a month or year
    ("The five-yearly congress opens on Sunday.", dt.date(2022, 10, 3), FUTURE, "five-yearly", "SET", "P5Y", None),
    ("Early in March, troops left.", dt.date(2022, 6, 3), PAST, "Early in March", "DATE", "2022-03", "START"),
    ("Late in the year, prices rose.", dt.date(2022, 6, 3), PAST, "Late in the year", "DATE", "2022", "END"),
    # "the same period" after "this year", with no quarter or month named: the year so far
    ("Genentech shares are up about 13 percent this year, outperforming the index, which has fallen about 4 percent "
     "over the same period.", dt.date(2008, 5, 15), PRESENT, "the same period", "DATE", "2008", None),
    # one more unit
    ("The obesity trial will continue for another year.", dt.date(2008, 3, 31), FUTURE, "another year", "DURATION",
     "P1Y", None),
    # the quarter just ended after a later one in a forecast's sentence (the first, in May)
    ("Growth will reach 2 percent in the second quarter and the first quarter will look weak.", dt.date(2008, 5, 12),
     FUTURE, "the first quarter", "DATE", "2008-Q1", None),
    # a full year closed by a day written with its year; a span and its alternative; a count before "ahead"
    ("Sales for the full fiscal year ended September 30, 2007 rose.", dt.date(2008, 1, 15), PAST,
     "the full fiscal year", "DATE", "2007", None),
    ("It could take months or years to fix.", dt.date(2008, 1, 15), FUTURE, "months or years", "DURATION", "PXM",
     None),
    ("The vote was less than two weeks ahead.", dt.date(2022, 10, 27), PAST, "less than two weeks ahead",
     "DURATION", "P2W", "LESS_THAN"),
    ("He had met her a couple days earlier.", dt.date(2022, 10, 27), PAST, "a couple days earlier", "DURATION",
     "P2D", None),
    # a holiday counted from publication; a clock time restated in a second zone after a slash
    ("Biden, speaking just 13 days before Election Day, touted other moves.", dt.date(2022, 10, 26), PAST,
     "Election Day", "DATE", "2022-11-08", None),
    ("Two weeks before Christmas, sales fell.", dt.date(2022, 10, 26), PAST, "Christmas", "DATE", "2021-12-25", None),
    ("UAW Local 31 could strike as early as 3:30 pm CT/4:30 pm ET Thursday, Manning said.", dt.date(2008, 4, 22),
     FUTURE, "3:30 pm CT", "TIME", "2008-04-24T15:30", None),
    # "earlier in the month" after a month named in its sentence
    ("Explosions rocked Mayskoye in August, while earlier in the month the Saki airfield saw blasts.",
     dt.date(2022, 10, 1), PAST, "earlier in the month", "DATE", "2022-08", "START"),
    ("The police seized his smaller vessel in March. His yacht was spotted earlier in the month off Estonia.",
     dt.date(2022, 10, 26), PAST, "earlier in the month", "DATE", "2022-10", "START"),
    # "late on Tuesday" is late Tuesday; "early on Sept. 6" after a verb is earlier than usual
    ("Late on Tuesday evening, the vote passed.", dt.date(2022, 4, 29), PAST, "Late on Tuesday evening", "TIME",
     "2022-04-26TEV", "END"),
    ("Nokia and Qualcomm said late on Wednesday they had settled.", dt.date(2008, 7, 24), PAST, "late on Wednesday",
     "DATE", "2008-07-23", "END"),
    ("These groups start early on Sept. 6.", dt.date(2022, 8, 24), FUTURE, "Sept. 6", "DATE", "2022-09-06", None),
    ("His self-presentation in the days just ahead may tell the tale.", dt.date(2022, 2, 28), FUTURE,
     "the days just ahead", "DURATION", "PXD", None),
]


@pytest.mark.parametrize(("text", "published", "tense", "expression", "type_", "value", "mod"), CASES,
                         ids=[f"{c[3]}|{c[1]}|{c[2]}" for c in CASES])
def test_timexes_from_text_values(text, published, tense, expression, type_, value, mod):
    found = _one(text, published, tense, expression)
    assert (found.type, found.value, found.mod) == (type_, value, mod)


# numbers that are not times stay out
NOT_TIMEXES = [
    ("Farmers begin collecting the winter wheat in July.", ("the winter",)),
    ("BP said the Forties pipeline could be back in operation within 24 hours.", ("the Forties",)),
    ("And then, once in a while, a pro-Russian sentiment is blurted out.", ("a while",)),
    ("Analysts look for another year of record earnings.", ("another year",)),
    ("Hourly and salaried workers went on strike.", ("Hourly",)),
    ("GM expects the plant to run out of parts for its Hummer H2 by Tuesday.", ("H2",)),
    ("Shares of Mattel fell 5.3 percent in after hours trade on Friday.", ("hours",)),
    ("\"I stay,\" Bouton told Les Echos daily in an interview.", ("daily",)),
    ("Space Daily said that the agency had approved multiple launches.", ("Daily",)),
    ("Change came in the last quarter of the century.", ("the last quarter",)),
    ("He scored in the final quarter of the game.", ("the final quarter",)),
    ("She was due to conduct this summer's Last Night of the Proms.", ("Last Night",)),
    ("Fireworks lit up the last night of the festival.", ("last night",)),
    ("On the third day of the talks, they agreed.", ("the third day", "third day")),
    ("It is a risk, said Lee Sung-june, an analyst.", ("june",)),
    ("Russia has assembled 5,000 troops near the border.", ("5,000", "5,000 troops", "000")),
    ("He has spoken to Putin several times.", ("several times",)),
    ("The depot was hit in the early hours of Friday.", ("the early hours", "the early hours of Friday")),
    ("Blasts were heard in the early hours.", ("the early hours",)),
    ("About 2000 troops were sent.", ("2000",)),
    ("June first quarter results were weak.", ("June first",)),
    ("The story March first appeared in was short.", ("March first",)),
    ("Mr. Schwarz, 52 years old, will succeed him.", ("52 years", "52 years old")),
    ("It was his 1,989th game.", ("1,989", "989")),
    ("The annual March for Life drew crowds.", ("March",)),
    ("Sixty years after the October Revolution, the house was demolished.", ("October", "the October")),
    ("The victory in the Great October Socialist Revolution changed it.", ("October",)),
    ("Growth may slow.", ("May", "may")),
    ("The price was $1,990 a share.", ("1,990", "990")),
    ("The code 2022-99-99 is not a date.", ("2022-99-99",)),
    ("Theresa May said the vote was lost.", ("May",)),
    ("Mrs May's cabinet met.", ("May",)),
    ("April Ryan asked a question.", ("April",)),
    ('"No one is exempt from the threat," May said in an interview with Reuters last week.', ("May",)),
    ("May has been prime minister since 2016.", ("May",)),
    ("Prices fell on Jan. 5 to 10 percent.", ("10",)),
    ("The Spring of Life demonstrations failed.", ("Spring",)),
    ("Guards stood there 24 hours a day.", ("a day",)),
    ("Ukraine is using 5,000 to 6,000 artillery rounds a day.", ("a day",)),
    ("Kerviel earned just under 100,000 euros a year.", ("a year",)),
    ("It moved from a fiscal year to a calendar year.", ("a calendar year",)),
    ("It happened in the years before the war.", ("the years",)),
    ("The list began in 1950. Since then, 427 fugitives were caught.", ("then",)),
    ("Until then, nothing.", ("then",)),
    ("The offer expires on Nov. 6 at 5 p.m.", ("5",)),
    ("The annual daily Granma edition.", ()),
    ("The Sunday Times reported it.", ("Sunday",)),
    ("The former 60 Minutes correspondent spoke.", ("60 Minutes",)),
    ("It recalled the Winter War with Finland.", ("Winter", "the Winter")),
    ("He praised the Good Friday Agreement.", ("Good Friday",)),
    ("They founded a venture called Orion 1980 in Budapest.", ("1980",)),
    ("He wrote to the 1922 Committee chairman Graham Brady.", ("1922",)),
    ("Members of the 1922 committee met in 2022.", ("1922",)),
    ("He wrote to the chairman of the 1922 Committee.", ("1922",)),
    ("Ukraine took control with the fall of communism.", ("the fall", "fall")),
    ("WINTER OF DISCONTENT", ("WINTER",)),
    ("Every now and then, he calls.", ("now",)),
    ("He spoke at the Institute of the Future.", ("the Future",)),
    ("Shares of Geely 0175.HK and Alibaba.com 1688.HK rose.", ("1688",)),
    ("Wait a minute, he said.", ("a minute",)),
    ("It imposed a full-year ban.", ("full-year",)),
    ("He has years of experience.", ("years",)),
    ("The shop filled about three quarters of the van.", ("about three quarters", "three quarters")),
    ("He spoke on 'Tucker Carlson Tonight.'", ("Tonight",)),
    ("Jennifer Griffin joins 'Sunday Night in America' to discuss it.", ("Sunday Night", "Sunday")),
    ("He told the BBC's Sunday Morning programme it was over.", ("Sunday Morning", "Sunday")),
    ("He talked about two years ago.", ("about two years ago",)),
    ("It led to an invasion that November.", ("November", "that November")),
    ("The crew will launch that Friday from Baikonur.", ("Friday", "that Friday")),
    ("May we never forget them.", ("May",)),
    ("He said: 'May they rest in peace.'", ("May",)),
    ("A plane broke up in the evening sky.", ("the evening",)),
    ("It began in the early morning of Feb. 24.", ("early morning", "the early morning")),
    ("This is VOA Today.", ("Today",)),
    ("Crimea Today News said on Telegram that witnesses reported fire.", ("Today",)),
    ("He told BBC Radio 4's Today programme: it is huge.", ("Today",)),
    ("USA Today and Reuters also confirmed the report.", ("Today",)),
    ("Russia Today said so.", ("Today",)),
    ("His byline appeared in Women's Wear Daily and more.", ("Daily",)),
    ('He added: "Heavy fighting MAY disturb nuclear waste."', ("MAY",)),
    ("MARK MAY, ANALYST AT NEEDHAM & COMPANY", ("MAY",)),
    ("NATO will begin its exercise known as Steadfast Noon.", ("Noon",)),
    ("Its annual nuclear exercise 'Steadfast Noon' will see 60 aircraft take part.", ("Noon",)),
    ("Shares were lower by 1212 GMT on Friday.", ("1212",)),
    ("In 2010 ET was shown again.", ("2010 ET",)),
    ("The S&P 1500 Software Index fell.", ("1500",)),
    ("Shell closed down 2 percent at 1799 pence.", ("1799",)),
    ("And then one Christmas morning, confirmation.", ("Christmas",)),
    ("He spoke to the Polish daily Wyborcza.", ("daily",)),
    ("He hurt his back half an hour ago.", ("back half",)),
    ("Fans cheered in the latter half of the game.", ("the latter half",)),
    ("It was the last day of the festival.", ("the last day",)),
    ("He left, the day after the vote.", ("the day",)),
    ("Marriott International Inc MAR.N operates about 85 hotels.", ("MAR.",)),
    ("Revenue was 2014-15 percent higher.", ("2014", "15")),
    ("Every second person in the city was hurt.", ("Every second",)),
    ("The serial number is 2014-15-3.", ("2014", "15")),
    ("The code reads 2008/09/1234.", ("2008", "09", "2008/09/12")),
    ("He spent the last day in Kyiv.", ("the last day",)),
    ("Shares fell in the first half hour of trading.", ("the first half", "first half")),
    ("He scored in the second half of the match.", ("the second half", "second half")),
    ("A third of May's budget went to defence.", ("third of May",)),
    ("It abandoned its pillars, said Brian Winter, vice president of the council.", ("Winter",)),
    ("Someone will have to take the fall for the defeat.", ("the fall", "fall")),
    ("He was determined not to become the fall guy over the trading scandal.", ("the fall", "fall")),
    # "the fall in prices", "the fall of 3 percent": a drop, not the season
    ("The fall in the value of the dollar has helped drive buying.", ("The fall", "fall")),
    ("It's reassuring the fall in the previous month was reversed.", ("the fall", "fall")),
    ("The fall of 23,000 jobs compares with 119,000 added in January.", ("The fall", "fall")),
    # ... and so it is after any word but one of time or another season
    ("The fall, which wiped $1 billion off its market value, brought its losses to 35 percent.", ("The fall", "fall")),
    ("Despite the fall, the result beat the median forecast.", ("the fall", "fall")),
    ("Analysts attributed the fall to slowing economies.", ("the fall", "fall")),
    ("Analysts referred to the fall in DS sales.", ("the fall", "fall")),
    # "the Belfast (Good Friday) Agreement": a name in brackets
    ("Both leaders want to preserve the Belfast (Good Friday) Agreement.", ("Good Friday",)),
    ("The protests lasted three consecutive weekends.", ("weekends",)),
    # an age range
    ("Among 18-24 year olds, 29 percent back the war.", ("18-24 year", "24 year")),
    # a model's name before the noun of a product
    ("GM will slow production of Hummer H2 models at a plant in Indiana.", ("H2",)),
    # a title after a noun of a work
    ("The state also appears in George Orwell's novel 1984.", ("1984",)),
    # a place in an upper-case dateline
    ("SILVER SPRING, Maryland (Reuters) - Roche won a U.S. panel's backing.", ("SPRING",)),
    ("The Doomsday Clock stands at 100 seconds to midnight.", ("midnight",)),
    ("News Corp owns the 20th Century Fox film studio.", ("the 20th Century", "20th Century")),
    # a house number, and a military clock time, are no years
    ("Protesters gathered outside 1600 Pennsylvania Avenue.", ("1600",)),
    ("The convoy left at 1600 hours.", ("1600",)),
    ("Winter says there is a small window now.", ("Winter",)),
    ("The Ukrainian team did well at the winter games in Beijing.", ("winter", "the winter")),
    ("Prices rose in the first weeks of March.", ("the first weeks",)),
    # the end of a decade told in the past early in this one: a decade of the story, not this one
    ("By the end of the decade, the empire had collapsed.", ("the decade", "the end of the decade")),
    ("I thought I could live my last days in peace.", ("last days",)),
    # "overnight" naming a kind: the money market's overnight loans, a train that runs by night
    ("The Fed stunned markets by slashing overnight borrowing costs.", ("overnight",)),
    ("He took an overnight train to Kyiv.", ("overnight",)),
    ("It saw a surge in overnight dollar London interbank offered rates.", ("overnight",)),
    # "overnight" as a loan's term
    ("That is beneficial to banks, who borrow overnight and lend out at term.", ("overnight",)),
    ("On Monday the central bank put C$706 million in overnight.", ("overnight",)),
    ("Rates jumped, with the overnight dollar-denominated Libor rate rising.", ("overnight",)),
    ("They decided to issue an overnight non-recourse loan to JPMorgan.", ("overnight",)),
    # a weekday that names a day of its own, not one of the publication week
    ("He questioned Biden's health after Super Tuesday.", ("Tuesday",)),
    ("Biden did not mention the anniversary of Bloody Sunday.", ("Sunday",)),
    ("Investor malaise fed the Black Monday crash.", ("Monday",)),
    ("Russia and Ukraine accused each other Friday of shelling.", ("each other Friday",)),
    ("We could have seen this coming ten years ago.", ("coming ten years",)),
    ("Read the second half of Julius Caesar.", ("the second half",)),
    ("He told LBC Radio's Tonight with Andrew Marr that Putin acts alone.", ("Tonight",)),
    # a weekday in the name of a paper or a programme
    ("The Mail on Sunday revealed last week that her phone was hacked.", ("Sunday",)),
    ("A spokesman told the Sunday Times that talks would resume.", ("Sunday",)),
    ("He told the Sunday Mirror: 'We are ready.'", ("Sunday",)),
    ("In an interview with the Sun on Sunday she said it was over.", ("Sunday",)),
    ("In a separate report, the Independent on Sunday said builders cut jobs.", ("Sunday",)),
    ('Kirby said on "Fox News Sunday" that aid would continue.', ("Sunday",)),
    ("Pompeo joins 'Fox News Sunday' to discuss key foreign policy issues.", ("Sunday",)),
    ("said John Challenger, head of Challenger, Gray & Christmas workplace consultants.", ("Christmas",)),
    ("He was 'gobsmacked' by The Mail on Sunday's revelations.", ("Sunday",)),
    # a capitalised "On" opens the next sentence: no clock time joined to its date
    ("Our newsletter comes every weekday at 7am BST On 31 May the channel posted a video.", ("7am BST On 31 May",)),
    # "daily" or "weekly" naming a paper
    ("The plant will open in May, the Japanese business daily said.", ("daily",)),
    ("Its chief executive told a German weekly.", ("weekly",)),
    ("He gave the figure in an interview with the daily, which is state-owned.", ("daily",)),
    ("Sales rose, the weekly reported on Monday.", ("weekly",)),
    ("Talks stalled, according to the state-run Al-Ahram daily.", ("daily",)),
    ("He agreed to buy the Long Island daily newspaper.", ("daily",)),
    # a month word in a name
    ("She stood at the head of the Women's March, a mobilization.", ("March",)),
    ("China launched a Long March rocket.", ("March",)),
    ("Chief Financial Officer Kevin March said in an interview.", ("March",)),
]


@pytest.mark.parametrize(("text", "not_expected"), NOT_TIMEXES, ids=[c[0][:30] for c in NOT_TIMEXES])
def test_timexes_from_text_leaves_numbers_out(text, not_expected):
    found = timexes_from_text(text, MON, tense_of=lambda start, end: PAST)
    texts = {text[f.start:f.end] for f in found}
    assert not texts & set(not_expected), texts


# the same words where the weekday is a day: a paper that reports on Sunday, a match on Sunday
WEEKDAYS_BESIDE_NAMES = [
    ("The Washington Post on Sunday reported the talks.", "Sunday"),
    ("The Daily Mail on Sunday reported that talks failed.", "Sunday"),
    ("England will play Wales on Sunday.", "Sunday"),
    ("Crowds filled Times Square on Sunday.", "Sunday"),
]


@pytest.mark.parametrize(("text", "expected"), WEEKDAYS_BESIDE_NAMES, ids=[c[0][:30] for c in WEEKDAYS_BESIDE_NAMES])
def test_timexes_from_text_keeps_weekdays_beside_names(text, expected):
    found = timexes_from_text(text, MON, tense_of=lambda start, end: PAST)
    assert expected in {text[f.start:f.end] for f in found}


# the same words as a rhythm: after a verb's object, in a list of rhythms, before the noun they describe
RHYTHMS_BESIDE_PAPERS = [
    "His parents still hear the sirens daily.",
    "Supporters tweeted at the White House daily.",
    "We will be doing this daily.",
    "Prices are tracked on a daily, weekly and monthly basis.",
    "The institute said so in one of its daily reports.",
    "The last time that weekly claims fell was in July.",
    "Gas stations turn their inventory weekly.",
    "He takes the pill twice daily.",
]


@pytest.mark.parametrize("text", RHYTHMS_BESIDE_PAPERS, ids=[c[:30] for c in RHYTHMS_BESIDE_PAPERS])
def test_timexes_from_text_keeps_rhythms_beside_papers(text):
    found = timexes_from_text(text, MON, tense_of=lambda start, end: PRESENT)
    assert any(f.type == "SET" for f in found), found


def test_timexes_from_text_as_early_as_under_a_past_verb_without_a_plan_is_the_nearest_month():
    text = "Incidents were recorded by the prosecutor's office as early as late May."
    assert _values(text, dt.date(2022, 8, 30), PAST) == [("late May", "2022-05")]
    text = "Officials warned of a possible invasion as early as January."
    assert _values(text, dt.date(2022, 8, 30), PAST) == [("January", "2023-01")]
    # so is a day
    text = "Lawmakers began signing on as early as June 30, Jacobs tweeted."
    assert _values(text, dt.date(2022, 10, 25), PAST) == [("June 30", "2022-06-30")]
    text = "Officials warned of a possible invasion as early as Feb. 16."
    assert _values(text, dt.date(2022, 1, 28), PAST) == [("Feb. 16", "2022-02-16")]


def test_timexes_from_text_a_habitual_part_of_the_day_is_no_timex():
    text = "In the morning I pray."
    found = timexes_from_text(text, MON, tense_of=lambda start, end: PRESENT)
    assert [text[f.start:f.end] for f in found] == []


def test_timexes_from_text_chronology_entries_follow_the_entry_before():
    text = ("Microsoft's pursuit of Yahoo.\n2007 February - Yahoo launches Panama.\nJune 12 - Shareholders vote.\n"
            "2008 January 31 - Ballmer calls Yang.\nMay 3 - Yang meets Ballmer.\nJuly 3 - The annual meeting is held.\n")
    assert _values(text, dt.date(2008, 5, 19), PRESENT) == [
        ("2007 February", "2007-02"), ("June 12", "2007-06-12"), ("2008 January 31", "2008-01-31"),
        ("May 3", "2008-05-03"), ("July 3", "2008-07-03")]


def test_timexes_from_text_chronology_a_month_alone_after_a_day_of_it_keeps_its_year():
    # "Mid-February" after "February 11" is the same February, and the list still runs forward
    text = ("Microsoft's pursuit of Yahoo.\n2008 January 31 - Ballmer makes an offer.\nFebruary 11 - Yahoo rejects it.\n"
            "Mid-February - Yahoo begins talks with Time Warner.\nMarch 18 - Yahoo gives forecasts.\n"
            "April 9 - Yahoo tests Google ads.\n")
    assert _values(text, dt.date(2008, 7, 7), FUTURE) == [
        ("2008 January 31", "2008-01-31"), ("February 11", "2008-02-11"), ("Mid-February", "2008-02"),
        ("March 18", "2008-03-18"), ("April 9", "2008-04-09")]


def test_timexes_from_text_chronology_a_day_inside_an_entry_takes_the_entry_year():
    text = "* 1985: Microsoft launches Windows 1.0.\n* 1986: Microsoft went public on March 13 at $21 per share.\n"
    assert _values(text, dt.date(2008, 2, 1), PAST) == [("1985", "1985"), ("1986", "1986"), ("March 13", "1986-03-13")]


def test_timexes_from_text_chronology_oldest_first_keeps_the_year_of_the_entry_before():
    text = ("Timeline of the credit crunch.\n-- * Feb 8, 2007 - HSBC sets aside more funds.\n"
            "-- * June 6 - The ECB raises rates.\nSpreads soar from a low hit on June 1.\n"
            "-- * Sept 6 - The ECB holds rates, postponing the rise it had signaled in August.\n"
            "-- * Sept 24/25 - The IMF says tight credit will slow growth.\n"
            "-- * Oct 1 - UBS warns of a third-quarter loss.\n-- * Jan 21 - Stocks tumble.\n")
    assert _values(text, dt.date(2008, 8, 1), PAST) == [
        ("Feb 8, 2007", "2007-02-08"), ("June 6", "2007-06-06"), ("June 1", "2007-06-01"), ("Sept 6", "2007-09-06"),
        ("August", "2007-08"), ("Sept 24", "2007-09-24"), ("Oct 1", "2007-10-01"), ("third-quarter", "2007-Q3"),
        ("Jan 21", "2008-01-21")]


def test_timexes_from_text_chronology_newest_first_with_year_headings():
    text = ("Deals in mining.\n2008 Jan 21 - Vale is in talks with Xstrata.\nJan 17 - Anglo buys ore projects.\n"
            "2007 Dec 21 - RUSAL buys a Norilsk stake.\nOct 29 - Xstrata bids for Jubilee.\n"
            "2006 Dec 12 - Zinifex and Umicore combine.\nNov 20 - Freeport agrees to buy Phelps Dodge.\n")
    assert [v for _, v in _values(text, dt.date(2008, 1, 30), PRESENT)] == [
        "2008-01-21", "2008-01-17", "2007-12-21", "2007-10-29", "2006-12-12", "2006-11-20"]


def test_timexes_from_text_chronology_a_year_heading_before_the_day():
    text = ("Key dates.\n2006 June 2006 - A fund is launched.\n2007 July 5, 2007 - The CEO is replaced.\n"
            "October 30 - UBS reports a third-quarter loss.\n2008 January 30, 2008 - New write-downs.\n"
            "February 27 - Shareholders back a capital injection.\n")
    values = dict(_values(text, dt.date(2008, 4, 4), PAST))
    assert (values["October 30"], values["third-quarter"], values["February 27"]) == (
        "2007-10-30", "2007-Q3", "2008-02-27")


def test_timexes_from_text_chronology_a_month_after_a_day_of_it_still_runs_forward():
    text = ("Microsoft and Yahoo.\n2008 January 31 - Microsoft bids.\nFebruary 11 - Yahoo rejects the offer.\n"
            "Mid-February - News Corp and Yahoo talk.\nMarch 18 - Yahoo gives forecasts.\n"
            "April 4-7 - Microsoft reevaluates its bid.\nJune 12 - Yahoo signs a deal with Google.\n")
    assert [v for _, v in _values(text, dt.date(2008, 7, 7), PAST)] == [
        "2008-01-31", "2008-02-11", "2008-02", "2008-03-18", "2008-04-04", "2008-04-07", "2008-06-12"]


def test_timexes_from_text_chronology_newest_first_stays_in_the_past():
    text = "Key dates.\nDec. 17 - Zinifex agrees.\nDec. 7 - Sinosteel bids.\nOct. 29 - Xstrata offers.\n"
    found = timexes_from_text(text, dt.date(2008, 1, 30), tense_of=lambda start, end: PRESENT)
    assert [f.value for f in found] == ["2007-12-17", "2007-12-07", "2007-10-29"]


def test_timexes_from_text_chronology_after_a_year_heading():
    text = "Key dates.\n2014 - Russia annexes Crimea.\nApril 7 - Separatists seize buildings.\n"
    found = timexes_from_text(text, dt.date(2022, 3, 1), tense_of=lambda start, end: PRESENT)
    assert [f.value for f in found] == ["2014", "2014-04-07"]


def test_timexes_from_text_chronology_with_double_dashes_and_a_year_heading_between_entries():
    text = ("Yahoo's history.\n* 2004: Yahoo considered buying Google.\n* 2007 acquisitions: * April 30 -- Says it "
            "will buy Right Media.\n* Sept 4 -- Buys BlueLithium.\n")
    assert _values(text, dt.date(2008, 5, 5), PRESENT) == [
        ("2004", "2004"), ("2007", "2007"), ("April 30", "2007-04-30"), ("Sept 4", "2007-09-04")]


def test_timexes_from_text_chronology_a_date_ahead_told_in_an_entry_keeps_the_plain_reading():
    text = ("A chronology of the dispute:\nApril 2007 -- Qualcomm sues. Nokia files a counter-suit in May.\n"
            "June 2007 -- A judge rules. Final decision expected by April 14.\n")
    assert _values(text, dt.date(2008, 2, 25), PRESENT) == [
        ("April 2007", "2007-04"), ("May", "2007-05"), ("June 2007", "2007-06"), ("April 14", "2008-04-14")]


def test_timexes_from_text_a_month_named_again_without_tense_is_the_same_month():
    text = "The department in March charged two men. The report cites the March indictment."
    second = text.index("The report")
    found = timexes_from_text(text, dt.date(2022, 10, 4), tense_of=lambda start, end: PAST if start < second else None)
    assert [f.value for f in found] == ["2022-03", "2022-03"]


def test_timexes_from_text_40_minute_is_not_2040():
    text = "He held a 40-minute call."
    (found,) = timexes_from_text(text, MON)
    assert text[found.start:found.end] == "40-minute"
    assert found.value == "PT40M"


def test_timexes_from_text_a_later_quarter_named_again_keeps_its_year():
    text = ("Deere expects net profit of $550 million for the third quarter. An analyst said that translates to "
            "earnings of $1.25 for the third quarter.")
    assert _values(text, dt.date(2008, 5, 14), tense_of=lambda start, end: FUTURE if start < 60 else PAST) == [
        ("the third quarter", "2008-Q3"), ("the third quarter", "2008-Q3")]
    # ... but not last year's, restated
    text = "It expects a third-quarter loss. The third-quarter profit a year ago got a one-time bump."
    assert _values(text, dt.date(2008, 4, 24), tense_of=lambda start, end: FUTURE if start < 30 else PAST) == [
        ("third-quarter", "2008-Q3"), ("The third-quarter", "2007-Q3"), ("a year ago", "2007")]


def test_timexes_from_text_the_full_year_is_the_year_of_a_quarter_named_with_it():
    text = "The bank's loan loss provision in the quarter was $691 million and $1.3 billion for the full year."
    found = _values("Citi posted a loss in the fourth quarter. " + text, dt.date(2008, 1, 22))
    assert found[-1] == ("the full year", "2007")
    # not a point of comparison
    text = ("Analysts expect it to earn $1.17 in the third quarter, down 12.7 percent from a year earlier, and "
            "$4.36 for the full year.")
    assert _values(text, dt.date(2008, 7, 25), FUTURE)[-1] == ("the full year", "2008")


def test_timexes_from_text_a_year_ago_takes_the_quarter_in_focus():
    text = "Profit rose in the third quarter. A year ago, it fell."
    found = timexes_from_text(text, THU, tense_of=lambda start, end: PAST)
    assert [f.value for f in found] == ["1989-Q3", "1988-Q3"]


def test_timexes_from_text_a_year_earlier_after_nine_months_is_last_year():
    text = ("Profit rose in the third quarter. For the nine months, net was $2 billion, up from $1 billion "
            "a year earlier. In the year-earlier period, it sold a unit.")
    assert _values(text, THU) == [
        ("the third quarter", "1989-Q3"), ("the nine months", "P9M"), ("a year earlier", "1988"),
        ("the year-earlier period", "P9M")]


def test_timexes_from_text_year_ago_skips_a_quarter_named_for_comparison_or_forecast():
    text = ("Net rose in the third quarter. After a flat second quarter, sales grew. Analysts expect a decline "
            "in the fourth quarter. In the year-earlier period, it had charges.")

    def tense_of(start: int, end: int) -> str:
        return FUTURE if text[start:end] == "the fourth quarter" else PAST

    found = timexes_from_text(text, THU, tense_of=tense_of)
    assert [(text[f.start:f.end], f.value) for f in found][-1] == ("the year-earlier period", "1988-Q3")


@pytest.mark.parametrize(("body", "published", "value"), [
    # written on a Tuesday, Thursday two days ahead: a missile strike is an attack, over; a strike
    # alone may be a walkout still to come
    ("Liza was among 23 people killed in Thursday's missile strike in Vinnytsia.", dt.date(2022, 8, 23),
     "2022-08-18"),
    ("Workers plan to join Thursday's strike.", dt.date(2022, 8, 23), "2022-08-25"),
    # an event someone will chair or attend lies ahead, with either apostrophe (written on a Friday)
    ("Borrell, who will chair Monday’s meeting, told ambassadors.", dt.date(2022, 10, 14), "2022-10-17"),
    ("Borrell chaired Monday's meeting.", dt.date(2022, 10, 14), "2022-10-10"),
    # a holiday the day falls on is that day (written on a Saturday)
    ("Putin made an appearance marking Tuesday’s International Women’s Day.", dt.date(2022, 3, 5), "2022-03-08"),
])
def test_timexes_from_doc_a_possessive_weekday(nlp, body, published, value):
    from newsgraph.extract.nlp import parse

    article = _article(body, published)
    (doc,) = list(parse(nlp, [article]))
    found = [(t.text, t.value) for t in timexes_from_doc(article, doc)]
    assert found and found[0][1] == value, found


def test_timexes_from_text_a_fiscal_quarter_reported_is_of_the_fiscal_year_ending_in_the_publication_year():
    # written in April: the fiscal fourth quarter just reported, not last year's calendar one;
    # the same quarter named again and "the quarter" follow it, "a year earlier" counts from it
    text = ("The drugmaker reported a fiscal fourth-quarter profit of $172.8 million. Revenues for the quarter rose "
            "12 percent. Revenue in the fourth quarter rose from $880 million a year earlier.")
    assert _values(text, dt.date(2008, 4, 15), tense=None) == [
        ("fiscal fourth-quarter", "2008-Q4"), ("the quarter", "2008-Q4"), ("the fourth quarter", "2008-Q4"),
        ("a year earlier", "2007-Q4")]
    # without "fiscal", a quarter later in the year than the publication date is last year's
    assert _values("GDP grew in the fourth quarter.", dt.date(2008, 4, 15)) == [("the fourth quarter", "2007-Q4")]
    # "its last (fiscal) quarter" is the latest one, not the fourth; "the last quarter of the
    # century" no quarter of a year
    assert _values("HP ended its last fiscal quarter with $10 billion in cash.", dt.date(2008, 5, 13)) == [
        ("its last fiscal quarter", "2008-Q1")]
    assert _values("Profit fell in its last quarter.", dt.date(2008, 1, 13)) == [("its last quarter", "2007-Q4")]


def test_timexes_from_text_an_ordinal_quarter_since_an_event_is_the_quarter_reported_on():
    text = ("The bank said second-quarter profit fell 57 percent. In the fourth quarter since the merger, "
            "profit totaled $309 million. A year earlier, earnings were $720 million.")
    assert _values(text, dt.date(2008, 7, 17)) == [
        ("second-quarter", "2008-Q2"), ("the fourth quarter", "2008-Q2"), ("A year earlier", "2007-Q2")]
    # no quarter reported on before it: no value to give
    assert _values("In the second quarter since the merger, net income totaled $520 million.",
                   dt.date(2008, 1, 17)) == []
    # a record since a year is the calendar half
    assert _values("The Dow suffered its worst first half since 1970.", dt.date(2008, 6, 30)) == [
        ("first half", "2008-H1"), ("1970", "1970")]


def test_timexes_from_text_a_year_earlier_in_the_sentence_of_a_forecast_quarter_counts_from_it():
    text = "Second-quarter sales are expected to decrease compared with a year earlier."

    def tense_of(start: int, end: int) -> str:
        return FUTURE

    found = timexes_from_text(text, dt.date(2008, 5, 22), tense_of=tense_of)
    assert [(text[f.start:f.end], f.value) for f in found] == [("Second-quarter", "2008-Q2"),
                                                             ("a year earlier", "2007-Q2")]


def test_timexes_from_text_the_quarter_is_the_quarter_in_focus_past_a_month():
    text = ("It earned $5 million in the fiscal first quarter. Earlier this month, it said it expected to "
            "break even for the quarter.")
    assert _values(text, dt.date(1989, 10, 26)) == [
        ("the fiscal first quarter", "1989-Q1"), ("Earlier this month", "1989-10"), ("the quarter", "1989-Q1")]


def test_timexes_from_text_a_fiscal_quarter_reported_on_is_in_focus_though_its_label_lies_ahead():
    text = ("Profit rose to $158.6 million in its fiscal third quarter ended May 3, from $151.6 million a year "
            "earlier. It opened 32 stores in the quarter.")
    assert _values(text, dt.date(2008, 5, 20)) == [
        ("its fiscal third quarter", "2008-Q3"), ("May 3", "2008-05-03"), ("a year earlier", "2007-Q3"),
        ("the quarter", "2008-Q3")]


def test_timexes_from_text_the_month_ahead_is_the_current_one_after_a_month_reported_on():
    text = "Bonuses rose in December. The payout is expected at the end of the month."
    assert _values(text, dt.date(2008, 1, 11), tense_of=lambda start, end: PAST if start < 30 else PRESENT) == [
        ("December", "2007-12"), ("the end of the month", "2008-01")]


def test_timexes_from_text_a_quarter_ahead_under_would_is_this_years():
    assert _values("Ford said it would cut third-quarter production by 25 percent.", dt.date(2008, 6, 20), None) == [
        ("third-quarter", "2008-Q3")]
    # one already over, named after "after" or "despite"
    text = "It had warned its fourth quarter would be difficult, after poor third-quarter sales."
    assert _values(text, dt.date(2008, 2, 21), None) == [("its fourth quarter", "2007-Q4"), ("third-quarter", "2007-Q3")]


def test_timexes_from_text_a_quarter_ahead_before_a_plan_noun_is_this_years():
    # the verb is past, the plan or forecast is for a quarter still to come
    assert _values("GM and Ford responded with cuts to second-quarter production plans.", dt.date(2008, 3, 3)) == [
        ("second-quarter", "2008-Q2")]
    assert _values("It looks like the third quarter earnings view is a little below the Street.", dt.date(2008, 4, 23),
                   PRESENT) == [("the third quarter", "2008-Q3")]
    assert _values("Shares fell after it issued a second-quarter forecast.", dt.date(2008, 2, 13)) == [
        ("second-quarter", "2008-Q2")]
    # a hoped-for recovery or the prospects for a half still to come
    assert _values("Sales weakened, raising doubts about the prospect for the second-half recovery.",
                   dt.date(2008, 6, 26), PAST) == [("the second-half", "2008-H2")]
    assert _values("Farley said Ford is hopeful about its prospects in the second half.", dt.date(2008, 3, 3),
                   PAST) == [("the second half", "2008-H2")]
    # not through a preposition: the forecast is another one
    text = "The staff revised up its estimate of activity in the third quarter from its forecast."
    assert _values(text, dt.date(2008, 4, 8)) == [("the third quarter", "2007-Q3")]


def test_timexes_from_text_a_list_of_days_ahead_runs_on_in_order():
    text = ("JPMorgan is slated to report on Thursday, Citigroup on Friday, Bank of America Corp ( BAC.N ) on Monday "
            "and Wachovia on Tuesday.")
    assert _values(text, dt.date(2008, 7, 16), None) == [
        ("Thursday", "2008-07-17"), ("Friday", "2008-07-18"), ("Monday", "2008-07-21"), ("Tuesday", "2008-07-22")]
    # a day told in the past is not part of the list
    text = "Talks are set for Thursday, and Putin on Monday said no."
    assert _values(text, dt.date(2008, 7, 16), tense_of=lambda start, end: FUTURE if start < 30 else PAST) == [
        ("Thursday", "2008-07-17"), ("Monday", "2008-07-14")]
    # two days joined: the second follows the first
    assert _values("The FOMC is set to meet next Tuesday and Wednesday.", dt.date(2008, 1, 22), None) == [
        ("next Tuesday", "2008-01-29"), ("Wednesday", "2008-01-30")]
    assert _values("It met on Monday and Tuesday.", dt.date(2008, 2, 22)) == [
        ("Monday", "2008-02-18"), ("Tuesday", "2008-02-19")]


@pytest.mark.slow
@pytest.mark.parametrize(("body", "published", "expected"), [
    # a plan adjective's infinitive after "is" looks ahead
    ("On Tuesday, the Institute for Supply Management is due to release its non-manufacturing index.",
     dt.date(2008, 2, 1), {"Tuesday": "2008-02-05"}),
    # a plan in a participle the parser hung on a clause
    ("Wall Street will get some other economic data this week that could give more clues about the U.S. economy's "
     "health, with industrial production and capacity utilization due Monday and February housing starts set for "
     "Tuesday.", dt.date(2008, 3, 16), {"this week": "2008-W12", "Monday": "2008-03-17", "February": "2008-02",
                                         "Tuesday": "2008-03-18"}),
    # what leads up to a day lies after it, as what comes ahead of it
    ("Recent reports all promoted potential security threats in the final days leading up to the vote on Tuesday.",
     dt.date(2022, 11, 7), {"Tuesday": "2022-11-08"}),
    ("In the weeks leading up to Tuesday's runoff, Cisneros raised money.", dt.date(2022, 5, 19),
     {"Tuesday": "2022-05-24"}),
    ("In the run-up to the Saturday deadline, the line extended to 80km.", dt.date(2022, 4, 17),
     {"Saturday": "2022-04-16"}),
    # figures that may yet tell something are still to come (a weekly outlook, written on a Friday)
    ("July durable goods orders on Wednesday and initial jobless claims data on Thursday could also provide more "
     "clues on the economic outlook, Praveen said.", dt.date(2008, 8, 22),
     {"July": "2008-07", "Wednesday": "2008-08-27", "Thursday": "2008-08-28"}),
    # a range of days told in the past, opening its clause, has begun (the day of publication
    # may be its first, a Wednesday; not one that starts that day)
    ("Oryx estimated that from Wednesday to Sunday, at least 338 tanks were left behind.", dt.date(2022, 9, 14),
     {"Wednesday": "2022-09-07", "Sunday": "2022-09-11"}),
    ("In Kyiv, the city administration issued a ban on all big gatherings between Monday and Thursday.",
     dt.date(2022, 8, 22), {"Monday": "2022-08-22", "Thursday": "2022-08-25"}),
    # an upcoming event's weekday, with no preposition, in a sentence told in the past
    ("Several journalists gave President Biden the same advice for his upcoming State of the Union address Tuesday, "
     "urging him to use the war to his advantage.", dt.date(2022, 2, 28), {"Tuesday": "2022-03-01"}),
    ("Erdogan described the upcoming exchange to PBS NewsHour on Monday as a significant step.", dt.date(2022, 9, 22),
     {"Monday": "2022-09-19"}),
    # a forecast running through this year's quarters, written in the first quarter
    ("Growth will edge up to 1.3 percent in the second quarter and reach 2.8 percent in the third and fourth "
     "quarters.", dt.date(2008, 2, 12),
     {"the second quarter": "2008-Q2", "the third": "2008-Q3", "fourth quarters": "2008-Q4"}),
    # "the near term" before a noun is an adjective, no time
    ("It sets a near term target for cuts.", dt.date(2022, 6, 3), {}),
    ("In the near term prices will rise.", dt.date(2022, 6, 3), {"the near term": "FUTURE_REF"}),
    ("But the relationship between public opinion and the past nuclear accidents is not direct.",
     dt.date(2022, 9, 14), {}),
    # a clause of time in the simple present tells of the future; so does a time that draws near
    ("The Bush administration wants to complete the first efficiency rule before it leaves office in January.",
     dt.date(2008, 7, 1), {"January": "2009-01"}),
    ("Republicans are poised to exploit it as November gets closer.", dt.date(2022, 4, 3), {"November": "2022-11"}),
    ("By Monday afternoon the top bid was $40,100, but the auction is likely to fetch more before it wraps up late "
     "Friday.", dt.date(2008, 6, 23), {"Monday afternoon": "2008-06-23TAF", "late Friday": "2008-06-27"}),
    ("Republicans are making a serious play at flipping the district come November.", dt.date(2022, 4, 29),
     {"November": "2022-11"}),
    # a thing done on a weekday, named by its participle, is done whatever the clause's verb
    ("Ambac's capital plan announced Wednesday would fall short, analysts said.", dt.date(2008, 3, 15),
     {"Wednesday": "2008-03-12"}),
    ("The results, to be released Friday, will show a loss.", dt.date(2008, 3, 12), {"Friday": "2008-03-14"}),
    # "the last weekend of July": the weekend of the month's last Saturday
    ("Every year since, on the last weekend of July, celebrations include a fleet review.", dt.date(2022, 7, 1),
     {"Every year": "P1Y", "the last weekend of July": "2022-W30-WE"}),
    # "the future" before a noun is an adjective, no time
    ("One of the first jobs was planning the workflow on the future farm.", dt.date(2022, 6, 3), {}),
    ("In the future prices will rise.", dt.date(2022, 6, 3), {"the future": "FUTURE_REF"}),
    # a sale something comes before, with its day and no verb of its own, lies ahead
    ("The dollar edged higher on the news, which came before a crucial sale of $3 billion in 3- and 6-month notes "
     "by Freddie Mac on Monday.", dt.date(2008, 7, 13), {"6-month": "P6M", "Monday": "2008-07-14"}),
    # "earlier today" in a quotation is of the day of the speech
    ("\"Earlier today, Russia conducted a destructive satellite test,\" spokesman Ned Price said at a briefing "
     "Monday.", dt.date(2021, 11, 16), {"Earlier today": "2021-11-15", "Monday": "2021-11-15"}),
    # a clause of its own is no item of a list of days ahead
    ("The UN Security Council will discuss Ukraine on Tuesday and will not meet on Monday as requested by Russia.",
     dt.date(2022, 4, 4), {"Tuesday": "2022-04-05", "Monday": "2022-04-04"}),
])
def test_timexes_from_doc_plans_and_what_leads_up_to_a_day(nlp, body, published, expected):
    assert _doc_values(nlp, body, published) == expected


@pytest.mark.slow
def test_timexes_from_doc_a_list_of_days_ahead_of_things_not_named_runs_on(nlp):
    # "followed by the S&P/Case-Shiller report on home prices on Tuesday", in a Sunday paper
    text = ("First up is data on existing-home sales, due on Monday, followed by the S&P/Case-Shiller report on "
            "home prices on Tuesday, and single-family home sales on Wednesday.")
    assert _doc_values(nlp, text, dt.date(2008, 3, 23)) == {
        "Monday": "2008-03-24", "Tuesday": "2008-03-25", "Wednesday": "2008-03-26"}


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a span of days, or two days in a row, runs forward even under a past verb, across the
    # publication day
    ("Ukraine's government warned citizens to be careful on Tuesday and Wednesday.", dt.date(2022, 8, 23),
     [("Tuesday", "2022-08-23"), ("Wednesday", "2022-08-24")]),
    ("The city issued a ban on all big gatherings between Monday and Thursday.", dt.date(2022, 8, 23),
     [("Monday", "2022-08-22"), ("Thursday", "2022-08-25")]),
    ("The festival ran from Thursday to Saturday.", dt.date(2022, 8, 19),
     [("Thursday", "2022-08-18"), ("Saturday", "2022-08-20")]),
    # one thing after another: "before" with a gerund, "then"
    ("Germany's leader was in Kyiv on Monday to talk with Zelenskyy, before heading to Moscow on Tuesday.",
     dt.date(2022, 2, 14), [("Monday", "2022-02-14"), ("Tuesday", "2022-02-15")]),
    # ... but not two days that may run backwards, nor "before" an event
    ("Videos from Monday and Saturday caught four aircraft.", dt.date(2022, 4, 19),
     [("Monday", "2022-04-18"), ("Saturday", "2022-04-16")]),
    ("He said on Monday it was warned before Sunday's attack.", dt.date(2022, 2, 14),
     [("Monday", "2022-02-14"), ("Sunday", "2022-02-13")]),
])
def test_timexes_from_text_days_in_a_span_or_a_sequence_run_forward(text, published, expected):
    assert _values(text, published) == expected


@pytest.mark.slow
def test_timexes_from_doc_a_report_under_a_modal_is_no_report_made(nlp):
    # "may be announced on Monday": a modal's report lies ahead or nearest, not in the past as
    # "says Monday" does
    text = ("A rescue for Ambac may be announced on Monday or Tuesday, a person familiar with the matter "
            "said on Friday.")
    assert _doc_values(nlp, text, dt.date(2008, 2, 22)) == {
        "Monday": "2008-02-25", "Tuesday": "2008-02-26", "Friday": "2008-02-22"}
    assert _doc_values(nlp, "A transaction could be announced Monday.", dt.date(2008, 2, 22)) == {
        "Monday": "2008-02-25"}


def test_timexes_from_text_a_calendar_quarter_still_to_come_is_not_in_focus():
    text = "It expects a loss in the third quarter. It opened 32 stores in the quarter."
    assert _values(text, dt.date(2008, 5, 20), tense_of=lambda start, end: FUTURE if start < 40 else PAST) == [
        ("the third quarter", "2008-Q3"), ("the quarter", "2008-Q1")]


# whole texts x publication date -> every (expression, value), each verb in the past
WHOLE_TEXTS = [
    # "the month" is the month reported on in its sentence, or in the sentence before when it is one of the
    # last two months, else the current one
    ("It cut 486 jobs in January, ending the month with 50,114 employees. Sales rose in the month.",
     dt.date(2008, 2, 15), [("January", "2008-01"), ("the month", "2008-01"), ("the month", "2008-01")]),
    ("Sales fell 4.5 percent in April. Spending on hotels also fell during the month. Shares fell for the month.",
     dt.date(2008, 5, 7), [("April", "2008-04"), ("the month", "2008-04"), ("the month", "2008-05")]),
    # ... or further up in a story told in the past, when no market's move is dated and it is no deadline
    ("Retail sales rose 1 percent in May. Gasoline sales jumped. Economists had expected a rise. Taking out autos, "
     "sales rose a steady 0.8 percent during the month.", dt.date(2008, 6, 12),
     [("May", "2008-05"), ("the month", "2008-05")]),
    # "a month earlier" in a story told in the past counts back from the month the story leads with
    ("Existing home sales edged up in November from a record low. Sales rose 0.4 percent. Economists were relieved "
     "that the glut of unsold homes was smaller than a month earlier.", dt.date(2008, 1, 2),
     [("November", "2007-11"), ("a month earlier", "2007-10")]),
    ("Retail sales rose 1 percent in May. Gasoline sales jumped. Economists had expected a rise. The Dow fell 2 "
     "percent for the month.", dt.date(2008, 6, 12), [("May", "2008-05"), ("the month", "2008-06")]),
    ("House prices fell 0.5 percent on the month in February.", dt.date(2008, 2, 29),
     [("the month", "2008-02"), ("February", "2008-02")]),
    ("Ford sold 18,131 vehicles in July. Ford of Canada sold 9,000 vehicles in the month, down 13.8 percent from a "
     "year ago.", dt.date(2008, 8, 1), [("July", "2008-07"), ("the month", "2008-07"), ("a year ago", "2007-07")]),
    ("Markets peaked in October. The Nasdaq dropped 5 percent for the month.",
     dt.date(2008, 2, 29), [("October", "2007-10"), ("the month", "2008-02")]),
    # "that day" with no day named before is a day of the past month or year told of just before
    ("The images, captured in June, show the drones the delegation saw that day.", dt.date(2022, 7, 16),
     [("June", "2022-06"), ("that day", "2022-06-XX")]),
    ("It was a warm day in 1989. Until that day America was an abstract concept.", dt.date(2022, 6, 9),
     [("1989", "1989"), ("that day", "1989-XX-XX")]),
    # a past month set as the scene after the last day named: "that day" is a day of it
    ("Doctors were killed on Thursday. The last was killed in October when he stood in his kitchen. His name was "
     "crossed out that same day.", dt.date(1999, 2, 6), [("Thursday", "1999-02-04"), ("October", "1998-10"),
                                                         ("that same day", "1998-10-XX")]),
    ("The photo was made during his visit to Izyum on Wednesday. In May, his office posted a similar photo. The "
     "same photo was also shared by the ministry that day.", dt.date(2022, 9, 14),
     [("Wednesday", "2022-09-14"), ("May", "2022-05"), ("that day", "2022-05-XX")]),
    # ... not a deadline, nor a year in the sentence of the day
    ("On Friday an official said an invasion could come between now and mid-February. Later that day, Kirby "
     "spoke.", dt.date(2022, 1, 17), [("Friday", "2022-01-14"), ("now", "PRESENT_REF"), ("mid-February", "2022-02"),
                                      ("Later that day", "2022-01-14")]),
    ("May 9 commemorates the defeat of the Nazis in 1945. Putin used that day to announce a war.",
     dt.date(2022, 5, 12), [("May 9", "2022-05-09"), ("1945", "1945"), ("that day", "2022-05-09")]),
    ("Sales rose this month. Shares fell that day.", dt.date(2022, 7, 16),
     [("this month", "2022-07"), ("that day", "2022-07-16")]),
    # "today" said to be a day named is that day
    ("\"I'm in the airport. Today is 25 October.\"", dt.date(2022, 11, 3),
     [("Today", "2022-10-25"), ("25 October", "2022-10-25")]),
    # a month with its year written after "a year ago" is no period to count back from
    ("A year ago, 56% approved and 43% disapproved in June 2021.", dt.date(2022, 6, 16),
     [("A year ago", "2021"), ("June 2021", "2021-06")]),
    # a second point of comparison after "a year earlier" is not its anchor
    ("Late payments rose to 1.48 percent from 0.77 percent a year earlier, and from December's 1.44 percent.",
     dt.date(2008, 2, 15), [("a year earlier", "2007"), ("December", "2007-12")]),
    # a year reported on in the sentence is the one "a year earlier" counts back from ("ago" counts from now),
    # and "the prior year" after it counts from the year named, not from the year-ago period
    ("Full-year 2007 sales dropped 3 percent, the lowest since 1998 and down from 16.55 million a year earlier.",
     dt.date(2008, 1, 3), [("Full-year 2007", "2007"), ("1998", "1998"), ("a year earlier", "2006")]),
    # a month a figure moved from is a point of comparison, not the month "the month" is
    ("Consumer prices rose 0.6 percent in May. Energy prices surged 4.4 percent during the month, after holding "
     "steady in April. That was driven by a 5.7 percent spike in gasoline prices during the month.",
     dt.date(2008, 6, 13), [("May", "2008-05"), ("the month", "2008-05"), ("April", "2008-04"),
                            ("the month", "2008-05")]),
    # so does "the year earlier" and "the year-earlier" level
    ("Sales slipped to 16.15 million vehicles in 2007, down 2.5 percent from the year earlier.", dt.date(2008, 2, 10),
     [("2007", "2007"), ("the year earlier", "2006")]),
    ("Citibank made net profit of 365 million euros in 2007, 16 percent below the year-earlier level.",
     dt.date(2008, 7, 11), [("2007", "2007"), ("the year-earlier", "2006")]),
    ("Fourth-quarter profit rose 10 percent. For 2007, profit rose 5 percent from a year earlier.",
     dt.date(2008, 2, 1), [("Fourth-quarter", "2007-Q4"), ("2007", "2007"), ("a year earlier", "2006")]),
    ("Profit rose 5 percent from 2006 levels and 3 percent from a year earlier.", dt.date(2008, 2, 1),
     [("2006", "2006"), ("a year earlier", "2007")]),
    ("He was paid $20.4 million in 2007, a decline from a year earlier. He was paid $22.85 million in the prior "
     "year.", dt.date(2008, 3, 19), [("2007", "2007"), ("a year earlier", "2006"), ("the prior year", "2006")]),
    ("Fourth-quarter delinquencies rose. The rate was 0.9 percent in the last three months of 2007 compared with "
     "0.54 percent a year earlier.", dt.date(2008, 3, 6),
     [("Fourth-quarter", "2007-Q4"), ("the last three months", "P3M"), ("2007", "2007"), ("a year earlier", "2006-Q4")]),
    ("He moved to Paris in 2005. The following year he married. The following year he died.", dt.date(2008, 3, 19),
     [("2005", "2005"), ("The following year", "2006"), ("The following year", "2007")]),
    # a title named for a year
    ("He was named its 2003 manager of the year.", dt.date(2008, 2, 15), [("2003", "2003")]),
    # a range of days across two months: its first day keeps its number
    ("The poll, conducted in the period May 22-June 9, had 110 responses.", dt.date(2008, 6, 18),
     [("May 22", "2008-05-22"), ("June 9", "2008-06-09")]),
    ("Lambert won entertainer of the year; Aldean won single of the year.", dt.date(2022, 3, 7), []),
    ("Wal-Mart was nominated for best retailer of the year for Spider-Man 3.", dt.date(2008, 6, 10), []),
    # (but a superlative after a determiner is of a time: "the biggest game of the year")
    ("It is expected to be the biggest game of the year.", dt.date(2008, 3, 13), [("the year", "2008")]),
    # a first day written before a day and month is of that month (a score is not)
    ("They vote from 23-27 September. Talks on 3 and 4 March 2021 failed. He won 3-1 on 5 May.",
     dt.date(2022, 9, 21), [("23", "2022-09-23"), ("27 September", "2022-09-27"), ("3", "2021-03-03"),
                            ("4 March 2021", "2021-03-04"), ("5 May", "2022-05-05")]),
    # "a month earlier" is a month before the month reported on in its sentence (or, below, the
    # month the story leads with); with neither, before the publication month
    ("A poll came out on Thursday. Bankruptcies rose 15 percent in February from a month earlier. It was down from "
     "30.8 percent a month earlier.", dt.date(2008, 3, 20),
     [("Thursday", "2008-03-20"), ("February", "2008-02"), ("a month earlier", "2008-01"),
      ("a month earlier", "2008-02")]),
    # "the next day" restated by a date after a comma is that date
    ("Kennedy got the letter on Oct. 26. The next day, on October 28, the situation was critical.",
     dt.date(2022, 10, 29), [("Oct. 26", "2022-10-26"), ("The next day", "2022-10-28"), ("October 28", "2022-10-28")]),
    # a year named by "next"/"last"/"this year" after a list of months is the year of each
    ("Bills rise in January 2023, then fall in July and October next year. Sales fell in March this year and April "
     "last year.", dt.date(2022, 8, 27), [("January 2023", "2023-01"), ("July", "2023-07"),
                                          ("October next year", "2023-10"), ("March this year", "2022-03"),
                                          ("April last year", "2021-04")]),
    # "the next month" after a month named earlier in a sentence told in the past follows it
    ("Blinken met Lavrov on Jan. 21, before Russia's invasion of Ukraine the next month.", dt.date(2022, 11, 14),
     [("Jan. 21", "2022-01-21"), ("the next month", "2022-02")]),
    # a two-digit year lies at most ten years after the publication date
    ("S&P 500: 10/19/87 20.5 PCT 03/18/35 10.1 PCT", dt.date(2008, 1, 22),
     [("10/19/87", "1987-10-19"), ("03/18/35", "1935-03-18")]),
    ("The lease runs to 03/15/25.", dt.date(2022, 3, 1), [("03/15/25", "2025-03-15")]),
    # a clock time whose zone and day come on the next line ("1:05 a.m." / "EDT Thursday") takes that day
    ("It will announce the decision at about 2:15 p.m.\nEDT on Tuesday.", dt.date(2008, 8, 3),
     [("about 2:15 p.m.", "2008-07-29T14:15"), ("Tuesday", "2008-07-29")]),
    # the first clock time of a range takes the day named after the second, the day before for an
    # overnight range
    ("Forces held fire from 9am until 9pm local time on Wednesday.", dt.date(2022, 3, 10),
     [("9am", "2022-03-09T09:00"), ("9pm", "2022-03-09T21:00"), ("Wednesday", "2022-03-09")]),
    ("The curfew ran from 11pm to 6am on Friday.", dt.date(2022, 3, 8),
     [("11pm", "2022-03-03T23:00"), ("6am on Friday", "2022-03-04T06:00")]),
    # a clock time restated in another zone before the day: the day named
    ("The committee heard from Bernanke at 10 a.m. (1500 GMT) on Thursday.", dt.date(2008, 1, 18),
     [("10 a.m.", "2008-01-17T10:00"), ("1500 GMT", "2008-01-17T15:00"), ("Thursday", "2008-01-17")]),
    ("The images were taken at 11:37 a.m. local time (4.37 a.m. ET) on Thursday.", dt.date(2022, 3, 11),
     [("11:37 a.m.", "2022-03-10T11:37"), ("4.37 a.m. ET", "2022-03-10T04:37"), ("Thursday", "2022-03-10")]),
    # the time of a market quote is the day of the report, not a day told of before it
    ("The price is a 4 percent discount to Alcon's closing price on Friday. Alcon shares were 3.8 percent "
     "higher, at $154.02 by 1553 GMT.", dt.date(2008, 4, 7),
     [("Friday", "2008-04-04"), ("1553 GMT", "2008-04-07T15:53")]),
    ("Shares, up 62 percent since April 18, were up 14 percent at A$20.91 by 0116 GMT.", dt.date(2008, 5, 20),
     [("April 18", "2008-04-18"), ("0116 GMT", "2008-05-20T01:16")]),
    ("Talks ended on Monday. By 1000 GMT, M&S shares were down 18.5 percent.", dt.date(2008, 7, 2),
     [("Monday", "2008-06-30"), ("1000 GMT", "2008-07-02T10:00")]),
    ("Crude, which had dropped nearly $2 on Friday on a report, slipped 36 cents to $134.50 a barrel by 2239 GMT.",
     dt.date(2008, 6, 15), [("Friday", "2008-06-13"), ("2239 GMT", "2008-06-15T22:39")]),
    ("Wal-Mart shares, which through Monday were up 22 percent, fell 2.1 percent in morning New York stock "
     "Exchange trading.", dt.date(2008, 5, 13), [("Monday", "2008-05-12"), ("morning", "2008-05-13TMO")]),
    # unless its own sentence names the day
    ("On Monday, the shares closed 3 percent higher at $5.10 at 2000 GMT.", dt.date(2008, 7, 2),
     [("Monday", "2008-06-30"), ("2000 GMT", "2008-06-30T20:00")]),
    # what is due at a time: not on a day told of in the past, nor on one named in the possessive
    ("Its shares fell in extended trade on Thursday. Attention is focused on payrolls data due at 1330 GMT.",
     dt.date(2008, 2, 1), [("Thursday", "2008-01-31"), ("1330 GMT", "2008-02-01T13:30")]),
    ("Claims will be watched ahead of tomorrow's payrolls. The Challenger report is due at 7:30 a.m.",
     dt.date(2008, 1, 3), [("tomorrow", "2008-01-04"), ("7:30 a.m.", "2008-01-03T07:30")]),
    # a year-end is no day to anchor "earlier in the day" on
    ("GM's year-end inventory levels seem right. Earlier in the day, Wagoner told reporters he was fine.",
     dt.date(2008, 1, 13), [("year-end", "2007-12-31"), ("Earlier in the day", "2008-01-13")]),
]


WHOLE_TEXTS += [
    # a clock time restated in another zone is the same moment, read in its own zone
    ("U.S. light crude stood at $137.74 by 0332 GMT (11:32 p.m. EDT on Sunday), down 80 cents.", dt.date(2008, 6, 8),
     [("0332 GMT", "2008-06-09T03:32"), ("11:32 p.m. EDT on Sunday", "2008-06-08T23:32")]),
    # "the same period the year before" (the previous year, a year before) is one span, a year back
    ("Shell reported a profit in the third quarter, more than double what it made during the same period the year "
     "before.", dt.date(2022, 10, 27), [("the third quarter", "2022-Q3"), ("the same period the year before", "2021-Q3")]),
    ("Harrah's reported fourth-quarter results. It was acquired last month. It posted a loss, compared with a profit "
     "in the same quarter the previous year.", dt.date(2008, 2, 27),
     [("fourth-quarter", "2007-Q4"), ("last month", "2008-01"), ("the same quarter the previous year", "2006-Q4")]),
    # a day that dates a price anchors no "same day"
    ("Dabah said on Thursday he could bid. The offer is a premium to the $17.78 closing Wednesday price. The SEC "
     "filing comes the same day that the company said its sales rose.", dt.date(2008, 2, 7),
     [("Thursday", "2008-02-07"), ("Wednesday", "2008-02-06"), ("the same day", "2008-02-07")]),
    # a clock time told by a city's clock takes the day named right after it; "heard around" is no "about"
    ("On Sunday, sirens sounded. Explosions were heard around 1 a.m. Moscow time Monday morning.",
     dt.date(2022, 3, 15), [("Sunday", "2022-03-13"), ("around 1 a.m.", "2022-03-14T01:00"),
                            ("Monday morning", "2022-03-14TMO")]),
    # (a day named after the brackets is the first time's)
    ("The session ended at 11 p.m. EST (0400 GMT) on Tuesday.", dt.date(2022, 3, 2),
     [("11 p.m. EST", "2022-03-01T23:00"), ("0400 GMT", "2022-03-02T04:00"), ("Tuesday", "2022-03-01")]),
    ("The Houthis seized Sanaa in 2014. A Saudi-led coalition entered the war early the next year.",
     dt.date(2022, 8, 30), [("2014", "2014"), ("early the next year", "2015")]),
    # the day closing a reporting period is no day a clock time after it falls on
    ("Sales grew 10 percent in the 16 weeks to April 26. Shares were 0.5 percent down by 0845 GMT.",
     dt.date(2008, 5, 9), [("the 16 weeks", "P16W"), ("April 26", "2008-04-26"), ("0845 GMT", "2008-05-09T08:45")]),
    # "that year" points back to a year named, past a span named since
    ("In 1994, I was a young journalist, just two years out of college. In April of that year, the genocide "
     "erupted.", dt.date(2022, 3, 17), [("1994", "1994"), ("two years", "P2Y"), ("April of that year", "1994-04")]),
    # the week before a week closed by a day
    ("Claims rose to 372,000 in the week ended May 24 from 368,000 for the prior week.", dt.date(2008, 5, 29),
     [("the week", "2008-W21"), ("May 24", "2008-05-24"), ("the prior week", "2008-W20")]),
    # "today", "yesterday", "tomorrow" in a quotation count from the day of the speech
    ('"We could try a break out tomorrow," he wrote on Monday.', dt.date(2022, 3, 17),
     [("tomorrow", "2022-03-15"), ("Monday", "2022-03-14")]),
    ('"Yesterday, Zelensky called for a strike," Lavrov stated during a media conference on Wednesday.',
     dt.date(2022, 10, 7), [("Yesterday", "2022-10-04"), ("Wednesday", "2022-10-05")]),
    ('On Sunday, Sullivan told ABC News: "It could happen as soon as tomorrow or it could take some weeks yet."',
     dt.date(2022, 2, 7), [("Sunday", "2022-02-06"), ("tomorrow", "2022-02-07"), ("some weeks", "PXW")]),
    ('On Jan. 6, 2021, shortly before a mob broke into the U.S. Capitol, she tweeted, "Today is 1776."',
     dt.date(2022, 2, 27), [("Jan. 6, 2021", "2021-01-06"), ("Today", "2021-01-06"), ("1776", "1776")]),
    ('"Tomorrow is another day," Tremonti, who could win an election on April 13, said on Sunday.',
     dt.date(2008, 4, 7), [("Tomorrow", "2008-04-07"), ("April 13", "2008-04-13"), ("Sunday", "2008-04-06")]),
    ('"Four soldiers died in a plane crash last night," the prime minister said on Saturday.', dt.date(2022, 3, 20),
     [("last night", "2022-03-18TNI"), ("Saturday", "2022-03-19")]),
    ('He took it seriously, telling CBS\' "Face the Nation" on Sunday: "Maybe yesterday it was a bluff."',
     dt.date(2022, 10, 4), [("Sunday", "2022-10-02"), ("yesterday", "2022-10-01")]),
    ('Speaking at an event on Thursday, he said that "NATO is stronger today than ever."', dt.date(2022, 4, 4),
     [("Thursday", "2022-03-31"), ("today", "2022-03-31")]),
    ('On Friday, the talks stalled. "We are ready today," he said.', dt.date(2022, 4, 4),
     [("Friday", "2022-04-01"), ("today", "2022-04-04")]),
    ('"I signed this letter on June 30. I would not sign it today."', dt.date(2022, 10, 25),
     [("June 30", "2022-06-30"), ("today", "2022-10-25")]),
    ('Mayorkas "has terminated the board effective today, August 24, 2022," a spokesperson said.',
     dt.date(2022, 8, 25), [("today", "2022-08-24"), ("August 24, 2022", "2022-08-24")]),
    ("A man walks past homes hit by a rocket early this morning, Tuesday, Aug. 16, 2022, in Kramatorsk.",
     dt.date(2022, 8, 17), [("early this morning", "2022-08-16TMO"), ("Tuesday, Aug. 16, 2022", "2022-08-16")]),
    ("Firefighters work at the site of a blast last night, Aug. 15, 2022, in Kyiv.",
     dt.date(2022, 8, 17), [("last night", "2022-08-15TNI"), ("Aug. 15, 2022", "2022-08-15")]),
    # what something came ahead of lies after it: the first such day from the day before publication
    ("Apple rose ahead of Friday's new iPhone launch.", dt.date(2008, 7, 8), [("Friday", "2008-07-11")]),
    ("A draft, obtained by Reuters ahead of its release on Saturday, said risks grew.", dt.date(2008, 2, 8),
     [("Saturday", "2008-02-09")]),
    ("Bodman said ahead of a meeting with al-Naimi on Saturday that supply matters.", dt.date(2008, 1, 20),
     [("Saturday", "2008-01-19")]),
    # the time of an event named as the next or an upcoming one lies ahead, whatever the verb
    ("OPEC saw no need to meet before its next scheduled meeting in September.", dt.date(2008, 5, 22),
     [("September", "2008-09")]),
    ("She thanked von der Leyen for her upcoming visit planned for Thursday morning.", dt.date(2022, 9, 14),
     [("Thursday morning", "2022-09-15TMO")]),
    # "overnight" told of in the past: the night before the publication day, or before the day
    # it ran into, or before the day of the report that tells of it
    ("Troops shelled the city overnight.", dt.date(2022, 4, 18), [("overnight", "2022-04-17TNI")]),
    ("Missile strikes hit civilian infrastructure overnight into Thursday.", dt.date(2022, 11, 18),
     [("overnight", "2022-11-16TNI"), ("Thursday", "2022-11-17")]),
    ("Russia said on Sunday it had attacked an ammunition plant near Kyiv overnight.", dt.date(2022, 4, 18),
     [("Sunday", "2022-04-17"), ("overnight", "2022-04-16TNI")]),
    ("He visited wounded troops on Sunday, then delivered a stark warning overnight.", dt.date(2022, 3, 14),
     [("Sunday", "2022-03-13"), ("overnight", "2022-03-13TNI")]),
    # what lies beyond a time: a limit ahead
    ("Paulson said he had no interest in staying in his post beyond January.", dt.date(2008, 8, 10),
     [("January", "2009-01")]),
    ("The opposition rejected a suggestion to extend Fukui's tenure beyond Wednesday.", dt.date(2008, 3, 17),
     [("Wednesday", "2008-03-19")]),
    # a year told in the possessive before the month
    ("By comparison, sales in last year's March/April period rose 3.8 percent.", dt.date(2008, 3, 6),
     [("last year", "2007"), ("March", "2007-03"), ("April", "2007-04")]),
    ("Microsoft incurred a charge during last year's June quarter.", dt.date(2008, 7, 17),
     [("last year", "2007"), ("June quarter", "2007-Q2")]),
    # a year told at the end of the noun phrase of a month or day
    ("The stock hit a high of $36.61 on January 18 of last year.", dt.date(2008, 1, 8),
     [("January 18", "2007-01-18"), ("last year", "2007")]),
    ("Officials recalled the March meeting last year.", dt.date(2020, 1, 27),
     [("March", "2019-03"), ("last year", "2019")]),
    # "the same month a year earlier": the month in focus, a year back
    ("GM's sales fell to 260,922 vehicles in April from 311,687 in the same month a year earlier.", dt.date(2008, 5, 1),
     [("April", "2008-04"), ("the same month a year earlier", "2007-04")]),
    ("The company sold 27,301 vehicles last month, compared with 28,115 in the same month a year earlier.",
     dt.date(2008, 1, 3), [("last month", "2007-12"), ("the same month a year earlier", "2006-12")]),
    # a quarter still running (outside its last month) is not the quarter reported on, unless told ahead;
    # nor is the year-ago quarter restated with its year
    ("AMR posted a net loss for the second quarter. The third quarter is normally the best. AMR ended the quarter "
     "with $5.5 billion in cash.", dt.date(2008, 7, 16),
     [("the second quarter", "2008-Q2"), ("The third quarter", "2008-Q3"), ("the quarter", "2008-Q2")]),
    ("Stocks fell in the second quarter. Traders made final adjustments at the end of the quarter.",
     dt.date(2008, 6, 30), [("the second quarter", "2008-Q2"), ("the end of the quarter", "2008-Q2")]),
    ("Meritage posted a net loss for the fourth quarter. The fourth quarter of 2006 included a charge. During the "
     "quarter, Meritage cut its inventory.", dt.date(2008, 1, 28),
     [("the fourth quarter", "2007-Q4"), ("The fourth quarter of 2006", "2006-Q4"), ("the quarter", "2007-Q4")]),
    # a report before the plan word is of another quarter; "than expected" is no plan
    ("HP posted solid fiscal third-quarter sales and said it expects fourth-quarter earnings ahead of expectations.",
     dt.date(2008, 8, 19), [("fiscal third-quarter", "2008-Q3"), ("fourth-quarter", "2008-Q4")]),
    ("Toyota reported a bigger-than-expected 28 percent fall in fourth-quarter net profit.", dt.date(2008, 5, 8),
     [("fourth-quarter", "2007-Q4")]),
    # a point of comparison with a figure written with a thousands comma
    ("It ended March with 45,883 employees, down from 49,403 at year-end.", dt.date(2008, 6, 19),
     [("March", "2008-03"), ("year-end", "2007-12-31")]),
    # ... and right after a day, one expression with it (a day sharing it takes its year too)
    ("They closed at $18.04 on March 26 last year.", dt.date(2008, 3, 26), [("March 26 last year", "2007-03-26")]),
    ("Bush does not leave office until January 20 next year.", dt.date(2008, 6, 30),
     [("January 20 next year", "2009-01-20")]),
    ("The charges allege that between Feb 15 and April 30 last year, Du dealt in shares.", dt.date(2008, 7, 12),
     [("Feb 15", "2007-02-15"), ("April 30 last year", "2007-04-30")]),
    # a day restated after a comma is the same day
    ("She fled the capital Feb. 25, the day after Russia invaded.", dt.date(2022, 6, 30),
     [("Feb. 25", "2022-02-25"), ("the day", "2022-02-25")]),
    # a table run into one line: each year's first row carries the year, the rows after it run on
    ("Changes since 1994: 2008 Jan 22 Cut 75 bps to 3.50 pct 2007 Dec 11 Cut 25 bps to 4.25 pct Oct 31 Cut "
     "25 bps to 4.50 pct 1998 Nov 17 Cut 25 bps to 4.75 pct Oct 15 Cut 25 bps to 5.00 pct", dt.date(2008, 1, 22),
     [("1994", "1994"), ("2008 Jan 22", "2008-01-22"), ("2007 Dec 11", "2007-12-11"), ("Oct 31", "2007-10-31"),
      ("1998 Nov 17", "1998-11-17"), ("Oct 15", "1998-10-15")]),
    # the unit before or after a calendar day just told of counts from that day
    ("Sarsour awoke on Jan. 23, 2017, and felt sick. The weekend before, she had stood in Washington.",
     dt.date(2022, 9, 18), [("Jan. 23, 2017", "2017-01-23"), ("The weekend before", "2017-W03-WE")]),
    ("He arrived on Jan. 23, 2017. The week before, she had left. The month after, she came back.",
     dt.date(2022, 9, 18), [("Jan. 23, 2017", "2017-01-23"), ("The week before", "2017-W03"),
                            ("The month after", "2017-02")]),
    # with no such day, the weekend alone
    ("Talks stalled over the weekend before the vote.", dt.date(2022, 9, 18), [("the weekend", "2022-W37-WE")]),
    # the sentence after a photo caption tells of the caption's day
    ("Soldiers take positions in Kyiv, Ukraine, Saturday, Feb. 26, 2022. Russian troops stormed toward the "
     "capital Saturday.", dt.date(2022, 3, 10), [("Saturday, Feb. 26, 2022", "2022-02-26"), ("Saturday", "2022-02-26")]),
    # a weekday in the sentence of a date written out with its weekday and year counts from it
    ("The army said in a statement Tuesday, June 16, 2020, that a faceoff took place on Monday night.",
     dt.date(2022, 4, 12), [("Tuesday, June 16, 2020", "2020-06-16"), ("Monday night", "2020-06-15TNI")]),
    # not a sentence further on, nor a caption with more after its date
    ("Soldiers take positions in Kyiv, Ukraine, Saturday, Feb. 26, 2022. Talks stalled. Troops moved on Saturday.",
     dt.date(2022, 3, 10), [("Saturday, Feb. 26, 2022", "2022-02-26"), ("Saturday", "2022-03-05")]),
    ("Jets march past on Wednesday, Sept. 29, 2021, in Zhuhai. China on Wednesday rejected the claims.",
     dt.date(2022, 2, 24), [("Wednesday, Sept. 29, 2021", "2021-09-29"), ("Wednesday", "2022-02-23")]),
    # a day named again without its year, after it was written with it, keeps that year
    ("The plant was seized on March 4, 2021. Workers have not been paid since March 4.", dt.date(2022, 3, 31),
     [("March 4, 2021", "2021-03-04"), ("March 4", "2021-03-04")]),
    # ... but not a point of comparison
    ("That compares with a 33 percent hedge as of January 22, 2006. Delta was 26 percent hedged as of January 22.",
     dt.date(2008, 3, 13), [("January 22, 2006", "2006-01-22"), ("January 22", "2008-01-22")]),
    # a known event's day after one of its nouns and "of"
    ("He condemned the violence of Jan. 6 but would not denounce the resolution.", dt.date(2022, 2, 8),
     [("Jan. 6", "2021-01-06")]),
    # "the same day" after a part of a day named last is that day; after a week told of since the
    # last day named, a day of that week
    ("Talks were held on March 1. Biden banned Russian oil imports this afternoon. The move came on the same "
     "day Zelensky spoke.", dt.date(2022, 3, 8),
     [("March 1", "2022-03-01"), ("this afternoon", "2022-03-08TAF"), ("the same day", "2022-03-08")]),
    ("Reda spoke on August 2. At a news conference last week, he said talks failed. The following day, officials "
     "accused the TPLF.", dt.date(2022, 9, 5),
     [("August 2", "2022-08-02"), ("last week", "2022-W35"), ("The following day", "2022-W35")]),
    ("She was at the rally on Jan. 6, 2021. Footage unearthed this week showed her marching toward the Capitol "
     "that day.", dt.date(2022, 5, 19), [("Jan. 6, 2021", "2021-01-06"), ("this week", "2022-W20"),
                                         ("that day", "2021-01-06")]),
    # a month after "that year" or "the same year" in its sentence is of that year (not a possessive one's)
    ("In 2016, Trump praised Putin. That year, he won the election in November.", dt.date(2022, 3, 9),
     [("2016", "2016"), ("That year", "2016"), ("November", "2016-11")]),
    ("Trump praised Putin in 2016. Later that year, in October, he met him.", dt.date(2022, 3, 9),
     [("2016", "2016"), ("Later that year", "2016"), ("October", "2016-10")]),
    ("Trump praised Putin in 2016. That year's losses were recovered by March.", dt.date(2022, 3, 9),
     [("2016", "2016"), ("That year", "2016"), ("March", "2022-03")]),
    # "a year ago" is the year-ago period of the figures in focus, not after a verb of an event
    ("Second-quarter profit fell to $1 billion from $2 billion a year ago. Banks have written down $40 billion "
     "since the credit crisis began a year ago.", dt.date(2008, 7, 16),
     [("Second-quarter", "2008-Q2"), ("a year ago", "2007-Q2"), ("a year ago", "2007")]),
    # a share price compared with a year before counts from the publication date, not the quarter
    ("Fourth-quarter sales beat forecasts. Anheuser shares rose $2.34 to $54.04, up 11 percent from a year ago. "
     "Profit was $1 billion, up from $900 million a year ago.", dt.date(2008, 1, 7),
     [("Fourth-quarter", "2007-Q4"), ("a year ago", "2007"), ("a year ago", "2006-Q4")]),
    # "the prior quarter" named again is the same quarter, not the one before it
    ("This quarter will have the same challenges that we had in the prior quarter, but it will also represent "
     "improvement over the prior quarter.", dt.date(2008, 6, 19),
     [("This quarter", "2008-Q2"), ("the prior quarter", "2008-Q1"), ("the prior quarter", "2008-Q1")]),
    # "the most recent quarter" is the latest one, the quarter in focus
    ("Fourth-quarter profit rose. Sales fell in the most recent quarter.", dt.date(2008, 1, 30),
     [("Fourth-quarter", "2007-Q4"), ("the most recent quarter", "2007-Q4")]),
    # "12am" after later hours of the day is the midnight that closes it
    ("Watch it on Friday at 5pm, 9pm, and 12am ET, or from 10pm to 12am.", dt.date(2021, 5, 14),
     [("Friday", "2021-05-14"), ("5pm", "2021-05-14T17:00"), ("9pm", "2021-05-14T21:00"),
      ("12am ET", "2021-05-15T00:00"), ("10pm", "2021-05-14T22:00"), ("12am", "2021-05-15T00:00")]),
    # "the most recent week/month/year" restates the one named just before it, else is the last full one
    ("Claims eased for the week ended April 12, the most recent week these figures were available, from 2.999 "
     "million the prior week.", dt.date(2008, 4, 24),
     [("the week", "2008-W15"), ("April 12", "2008-04-12"), ("the most recent week", "2008-W15"),
      ("the prior week", "2008-W14")]),
    ("There were 10,000 road accidents in 2019, the most recent year for which statistics are available.",
     dt.date(2022, 4, 13), [("2019", "2019"), ("the most recent year", "2019")]),
    ("Banks borrowed $17.45 billion a day in the most recent week.", dt.date(2008, 7, 31),
     [("the most recent week", "2008-W31")]),
    # "the year before" counts from the year in focus, but "the year after <an event>" from the event
    ("It earned $5 million in 2006, down from $8 million the year before. The year after the war ended, he left. "
     "It was the largest loan of the year after BHP's deal.", dt.date(2008, 7, 11),
     [("2006", "2006"), ("the year before", "2005"), ("The year after", "XXXX"), ("the year", "2008")]),
    # ... and after a comma it restates the date before it
    ("It was the weakest reading since April 2003, the month after the start of the Iraq war.", dt.date(2008, 3, 5),
     [("April 2003", "2003-04"), ("the month after", "2003-04")]),
    # "the quarter is not yet over": the one running
    ("Write-downs totaled $9 billion in the first quarter. Forecasting them is difficult because the quarter is "
     "not yet over.", dt.date(2008, 6, 19), [("the first quarter", "2008-Q1"), ("the quarter", "2008-Q2")]),
    # a market session is on a day named before it in its sentence, else on the publication day
    ("A plan was announced on Sunday. Fannie was at $10.78 in midday trading.", dt.date(2008, 7, 17),
     [("Sunday", "2008-07-13"), ("midday", "2008-07-17T12:00")]),
    ("Shares fell on Friday in midday trading.", dt.date(2008, 7, 17),
     [("Friday", "2008-07-11"), ("midday", "2008-07-11T12:00")]),
    # a list of days, each with its own times: a time before the next day's name stays on its own day
    ("It was shown on BBC World News on Saturday at 23:30 GMT, Sunday at 05:30 and Monday at 16:30 GMT.",
     dt.date(2022, 5, 10), [("Saturday", "2022-05-07"), ("23:30 GMT", "2022-05-07T23:30"), ("Sunday", "2022-05-08"),
                           ("05:30", "2022-05-08T05:30"), ("Monday", "2022-05-09"), ("16:30 GMT", "2022-05-09T16:30")]),
    # "last year" dating a figure compared with one of the quarter or half reported on is that period a year back
    ("The company reported a fourth-quarter net profit of $186.1 million, or 78 cents a share, compared with $252.4 "
     "million, or 97 cents a share, last year.", dt.date(2008, 1, 25),
     [("fourth-quarter", "2007-Q4"), ("last year", "2006-Q4")]),
    ("Ralston reported a decline in fourth-quarter earnings. Sales in the latest period were $1.76 billion, a 13% "
     "increase from last year's $1.55 billion.", dt.date(1989, 11, 2),
     [("fourth-quarter", "1989-Q4"), ("the latest period", "1989-Q4"), ("last year", "1988-Q4")]),
    ("Caterpillar's guidance for the second half implied a profit of $2.82 a share, down from $2.90 a share last "
     "year.", dt.date(2008, 7, 22), [("the second half", "2008-H2"), ("last year", "2007-H2")]),
    # ... not when the sentence reports on a year or a span of months, or on this year
    ("Net rose in the third quarter. In the nine months, net rose 4.3% to $525.8 million from $504.2 million last "
     "year.", dt.date(1989, 10, 30),
     [("the third quarter", "1989-Q3"), ("the nine months", "P9M"), ("last year", "1988")]),
    ("Profit rose in the second quarter. So far this year, unsolicited bids represent about 20 percent of deals, "
     "compared with 6 percent last year.", dt.date(2008, 6, 27),
     [("the second quarter", "2008-Q2"), ("this year", "2008"), ("last year", "2007")]),
    # ... nor a share of a year in a forecast, nor the time of a report
    ("Westinghouse reported third-quarter profit. It expects sales to grow to 25% of total sales from 20% last "
     "year.", dt.date(1989, 10, 26), [("third-quarter", "1989-Q3"), ("last year", "1988")]),
    ("Profit fell in the second half. Beemer expects spending to fall 4.0 percent below last year's results.",
     dt.date(2008, 8, 15), [("the second half", "2008-H2"), ("last year", "2007")]),
    # ... and so is "the previous year" there; "deeper-than-expected" is no forecast
    ("Elpida reported results for October-December. Elpida tumbled to a deeper-than-expected quarterly loss of 8.9 "
     "billion yen, against a 27.3 billion yen profit the previous year.", dt.date(2008, 1, 29),
     [("October-December", "2007-Q4"), ("the previous year", "2006-Q4")]),
    ("Its third-quarter earnings will be lower than the 16 cents a share it reported last year.",
     dt.date(1989, 10, 30), [("Its third-quarter", "1989-Q3"), ("last year", "1988")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), WHOLE_TEXTS)
def test_timexes_from_text_whole_texts(text, published, expected):
    assert _values(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("U.S. road travel typically peaks between May and September.", dt.date(2008, 2, 29),
     [("May", "XXXX-05"), ("September", "XXXX-09")]),
    ("Typically, shareholders submit resolutions in December and January.", dt.date(2008, 1, 24),
     [("December", "XXXX-12"), ("January", "XXXX-01")]),
    ("The UN General Assembly traditionally takes place in the third week of September.", dt.date(2022, 8, 8),
     [("the third week of September", "XXXX-09")]),
    # (not a month in another clause, nor one on a noun)
    ("Though Easter usually boosts sales, a much colder March means fewer sales.", dt.date(2008, 4, 10),
     [("Easter", "2008-03-23"), ("March", "2008-03")]),
    ("Queues are often long and June temperatures are hitting 30C.", dt.date(2022, 6, 3), [("June", "2022-06")]),
])
def test_timexes_from_text_a_month_of_a_habit_is_any_years(text, published, expected):
    assert _values(text, published, PRESENT) == expected


@pytest.mark.slow
def test_timexes_from_doc_another_day_of_a_month_written_with_its_year(nlp):
    # another day of a month written with its year just before, which would otherwise lie
    # ahead, takes that year
    text = ("CIA officers landed in Afghanistan on Sept. 26, 2001, and were part of operations to displace the "
            "Taliban.\nAnd 13 years after a double agent blew himself up, the CIA killed him in a strike.\n"
            "\"Just remember on Sept. 12 what everyone was feeling,\" he said.")
    assert _doc_values(nlp, text, dt.date(2022, 8, 8))["Sept. 12"] == "2001-09-12"


@pytest.mark.slow
def test_timexes_from_doc_a_day_of_a_month_written_with_its_year_just_before(nlp):
    # a day of the month a past year's month was written with, no date between them
    text = ("In June 1988, I was part of a five-person advanced party sent to Votkinsk.\n"
            "We were told to wait.\nWe arrived in Votkinsk on June 18.")
    assert _doc_values(nlp, text, dt.date(2022, 7, 3))["June 18"] == "1988-06-18"
    # (not with a date named between them)
    text = "Sales fell in June 2021.\nOn Monday, we left.\nWe arrived in Votkinsk on June 18."
    assert _doc_values(nlp, text, dt.date(2022, 7, 3))["June 18"] == "2022-06-18"


@pytest.mark.slow
def test_timexes_from_doc_a_day_already_told_as_ahead_keeps_its_year(nlp):
    text = ("Vande Hei broke the record on Tuesday before he departs the station on March 30.\n"
            "The crew poses for a picture in Star City, Russia March 20, 2021\n"
            '"We have on March 30th the return of a Soyuz," the program manager said at a press conference.')
    assert _doc_values(nlp, text, dt.date(2022, 3, 15))["March 30th"] == "2022-03-30"


# a clock time told ahead ("will testify at 10 a.m."): a day still to come told of before
# anchors it, a day told of in the past does not; "would" is as often a habit of the past
CLOCKS_AHEAD = [
    ("Bernanke will deliver the report on July 15, a panel said on Tuesday. He will testify at 10 a.m.",
     dt.date(2008, 7, 10), [("July 15", "2008-07-15"), ("Tuesday", "2008-07-08"), ("10 a.m.", "2008-07-15T10:00")]),
    ("Shares fell in extended trade on Tuesday. He will speak at 10 a.m.",
     dt.date(2008, 7, 10), [("Tuesday", "2008-07-08"), ("10 a.m.", "2008-07-10T10:00")]),
    ("The town was occupied on March 3. The streets would empty out from around 3pm.",
     dt.date(2022, 5, 29), [("March 3", "2022-03-03"), ("around 3pm", "2022-03-03T15:00")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CLOCKS_AHEAD, ids=[c[0][:30] for c in CLOCKS_AHEAD])
def test_timexes_from_text_clock_times_ahead(text, published, expected):
    second = text.index(". ") + 2  # the first sentence told in the past, the second ahead

    def tense_of(start: int, end: int) -> str:
        return FUTURE if start >= second else PAST

    assert _values(text, published, tense_of=tense_of) == expected


def test_timexes_from_text_overnight_as_suddenly_is_no_timex():
    for text in ("The Soviet Union collapsed overnight, by historical standards.", "This won't happen overnight.",
                 "But the mobilization won’t happen overnight, he said.",
                 "Sales fell almost overnight.", "Their lives changed overnight.",
                 "This country will become poor overnight.", "It can't happen overnight and needs effort.",
                 "The world gets better overnight.", "NATO's border with Russia will double overnight."):
        assert _values(text, dt.date(2022, 9, 21)) == [], text
    assert _values("Russian forces shelled Kharkiv overnight.", dt.date(2022, 9, 21)) == [("overnight", "2022-09-20TNI")]
    assert _values("Nothing major happened overnight.", dt.date(2022, 9, 21)) == [("overnight", "2022-09-20TNI")]
    # not told ahead, the night just over too ("the EU's overnight decision", "an overnight decline in
    # equities"); told ahead, the coming night
    assert _values("It follows the EU's overnight decision.", dt.date(2022, 5, 31), None) == [
        ("overnight", "2022-05-30TNI")]
    assert _values("The plane should be arriving overnight in Poland.", dt.date(2022, 4, 13), FUTURE) == [
        ("overnight", "2022-04-13TNI")]


def test_timexes_from_text_a_month_of_that_year_takes_the_year_named_before():
    text = "He became chief in 2003. At a vote in July of that year, he spoke. In May of the following year, he quit."
    assert _values(text, dt.date(2008, 5, 27)) == [
        ("2003", "2003"), ("July of that year", "2003-07"), ("May of the following year", "2004-05")]


def test_timexes_from_text_the_same_period_of_a_named_year():
    text = "Imports fell in the second quarter, down from the same period in 2021. Exports matched the same period " \
           "of the last year."
    assert _values(text, dt.date(2022, 8, 25)) == [
        ("the second quarter", "2022-Q2"), ("the same period in 2021", "2021-Q2"),
        ("the same period of the last year", "2021-Q2")]
    # after the year so far, "the same period" is that year's
    text = ("Profit fell in the fourth quarter. So far this year, merger volume has totaled $263.2 billion, "
            "down 8 percent from the same period in 2007.")
    assert _values(text, dt.date(2008, 2, 15))[-1] == ("the same period in 2007", "2007")
    assert _values("Only 44 deals have been priced year to date, a 49 percent slump from the same period last year.",
                   dt.date(2008, 3, 19)) == [("the same period last year", "2007")]
    # and so after the first months of the year (not the quarter before the publication date's)
    assert _values("U.S. auto sales are down by 7 percent for the first two months of this year compared with "
                   "the same period last year.", dt.date(2008, 3, 12))[-1] == ("the same period last year", "2007")
    assert _values("Shell made $9.13bn in the first three months of the year, nearly triple its profit for the "
                   "same period last year.", dt.date(2022, 5, 5))[-1] == ("the same period last year", "2021")


def test_timexes_from_text_the_month_before_one_reported_on():
    # the month before the one reported on, not a point of comparison ("since October")
    text = ("Sales of new homes rose 3.3 percent in April. The estimate showed the first increase since October, "
            "but the increase came after a big downward revision to the prior month.")
    assert _values(text, dt.date(2008, 5, 27))[-1] == ("the prior month", "2008-03")
    # beside a figure, a day of the news weeks is no month reported on
    text = ("Existing home sales for February, due on Monday, are expected to slip to a rate of 4.85 million "
            "from 4.89 million the previous month.")
    assert _values(text, dt.date(2008, 3, 20))[-1] == ("the previous month", "2008-01")
    # a story's day is (no figure): "On Saturday she attended the festival ... the previous month"
    text = "On Saturday she attended the festival. Having entered Russia the previous month, she changed plates."
    assert _values(text, dt.date(2022, 8, 23))[-1] == ("the previous month", "2022-07")
    # "the same month" is the one named last, whatever the preposition before it
    text = "The company postponed its annual meeting from July 3 until later the same month."
    assert _values(text, dt.date(2008, 5, 23))[-1] == ("later the same month", "2008-07")


def test_timexes_from_text_year_ago_quarter_restated_after_a_comma():
    text = "In the comparable year-ago quarter, the second quarter ended Oct. 31, it had a loss."
    assert _values(text, dt.date(1989, 10, 27)) == [
        ("the comparable year-ago quarter", "1988-Q2"), ("the second quarter", "1988-Q2"), ("Oct. 31", "1988-10-31")]


def test_timexes_from_text_year_ago_quarter_written_without_a_hyphen():
    text = "It earned 28 cents a share in the second quarter, against a loss of 85 cents in the year ago quarter."
    assert _values(text, dt.date(2008, 8, 5)) == [
        ("the second quarter", "2008-Q2"), ("the year ago quarter", "2007-Q2")]


@pytest.mark.parametrize(("published", "weekday", "tense", "expected"), [
    (MON, 2, FUTURE, dt.date(2022, 2, 8)),
    (MON, 2, PAST, dt.date(2022, 2, 1)),
    (MON, 7, PAST, dt.date(2022, 2, 6)),
    (MON, 7, FUTURE, dt.date(2022, 2, 13)),
    (MON, 1, PAST, MON),
    (MON, 1, FUTURE, MON),
    (MON, 5, None, dt.date(2022, 2, 4)),  # nearest: 3 days back beats 4 ahead
    (MON, 4, None, dt.date(2022, 2, 10)),  # 3 ahead beats 4 back
    (SAT, 1, None, dt.date(2022, 2, 14)),
])
def test_weekday_date_by_tense(published, weekday, tense, expected):
    assert weekday_date(published, weekday, tense) == expected


@pytest.mark.parametrize(("published", "month", "tense", "day", "expected"), [
    (MON, 4, FUTURE, None, 2022),
    (MON, 12, PAST, None, 2021),
    (MON, 12, None, None, 2021),
    (MON, 2, PAST, None, 2022),
    (THU, 11, PAST, 10, 1989),  # a past reading a year back loses to the coming Nov. 10
    (THU, 3, PAST, None, 1989),
    (THU, 1, FUTURE, None, 1990),
])
def test_month_year_by_tense(published, month, tense, day, expected):
    assert month_year(published, month, tense, day) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("two", 2), ("twenty-four", 24), ("2 1/2", 2.5), ("a", 1), ("several", None), ("40", 40),
    ("a couple of", 2), ("five and a half", 5.5),
    # tens and units, hundreds; two counts run together are a range, read as its upper end
    ("two hundred", 200), ("three hundred fifty", 350), ("two dozen", 24), ("five-six", 6), ("two-three", 3),
    ("six five", None), ("one three", None),
])
def test_number_value_words_and_digits(text, expected):
    assert number_value(text) == expected


@pytest.mark.parametrize(("amount", "unit", "expected"), [
    (48, "hours", "PT48H"), (2, "day", "P2D"), (40, "minute", "PT40M"), (None, "months", "PXM"),
    (1, "decade", "P10Y"), (2, "weekend", "P4D"), (1.5, "year", "P1Y6M"), (5.5, "hour", "PT5H30M"),
    (2, "quarter", "P2Q"),
])
def test_duration_value_units(amount, unit, expected):
    assert duration_value(amount, unit) == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("0123456789 -,.:/'apmAPM") + [
    " Monday", " next week", " May ", " 1990", " hours", " two", " the ", " last", " year", " ago",
    " a.m.", " EST", " mid-", " Feb. ", " quarter", " third", " every", " now", "\n", '"', "“", "”", " today",
    " yesterday", " said", " Speaking", " last night", " the week ended", " as of", " On"]), max_size=30).map("".join))
def test_timexes_from_text_spans_are_ordered_and_inside(text):
    found = timexes_from_text(text, MON)
    previous_end = 0
    for f in found:
        assert 0 <= f.start < f.end <= len(text)
        assert f.start >= previous_end
        assert text[f.start:f.end] == text[f.start:f.end].strip()
        previous_end = f.end


# --- with the parser: the governing verb decides --------------------------------------------

def _article(body: str, published: dt.date = MON):
    from newsgraph.ingest.readers import parse_text

    return parse_text(f"Title\n{published.strftime('%Y%m%d')}\n\n{body}\n", origin="test")


PARSED = [
    ("Macron, who will go on to Kyiv Tuesday for talks, said he was hopeful.", "Tuesday", "2022-02-08"),
    # a prospect told in the past is still ahead
    ("American said additional cancellations were likely on Wednesday.", "Wednesday", "2022-02-09"),
    # a time between a reporting verb and the clause it reports is the time of the saying
    ("Citigroup said in December it would bring $46 billion of assets onto its balance sheet.", "December",
     "2021-12"),
    # a programme airs on the day ahead; an event a scheduling verb's object is planned
    ("Raddatz's full interview with Austin airs Sunday on a special edition of the show.", "Sunday", "2022-02-13"),
    ("The White House was working to schedule a briefing for Wednesday with McConnell.", "Wednesday",
     "2022-02-09"),
    ("He had hoped to schedule a vote for Friday but failed.", "Friday", "2022-02-04"),
    # a deadline set with "to" lies ahead, as with "until"; not a level pushed to in a period
    ("Her detention in Russia was extended to Sept. 20, the expected length of her trial.", "Sept. 20", "2022-09-20"),
    ("First flight has been delayed by six months to July.", "July", "2022-07"),
    ("Wage growth pushed ahead slightly to 3.4 percent in the year to September.", "September", "2021-09"),
    # an incident or accident is over when named
    ("Flights will resume a week after the incident on Friday.", "Friday", "2022-02-04"),
    # a passive infinitive under a verb of expecting looks ahead as an active one does
    ("Congress is mulling cuts in a legislative package expected to be passed by June 30.", "June 30",
     "2022-06-30"),
    ("A Delta-Northwest merger, expected to be announced late Monday or Tuesday, would free Continental.",
     "Tuesday", "2022-02-08"),
    # ... also where the parser took the reported clause, with no "that", for a second predicate
    ("President Joe Biden said he told Ukrainian President Volodymyr Zelenskyy Wednesday the U.S. will also "
     "provide $225 million in humanitarian assistance for Ukrainians.", "Wednesday", "2022-02-02"),
    ("Scholz held a 40-minute call with Biden on Sunday.", "Sunday", "2022-02-06"),
    # a reporting verb in a clause of time ahead ("when it reports") is no report of the past
    ("Freddie Mac will be first out of the chute when it reports results on Wednesday.", "Wednesday",
     "2022-02-09"),
    # a participle after a clause told ahead is ahead too; one before it, or a verb of saying, is past
    ("Goldman will report earnings on Tuesday, followed by Morgan Stanley on Wednesday.", "Wednesday", "2022-02-09"),
    ("Elected in May, she will take office in June.", "May", "2021-05"),
    ("Finland will decide to apply for membership, newspaper Iltalehti reported on Sunday.", "Sunday", "2022-02-06"),
    # a perfect participle tells of the past
    ("Having defeated Scotland on Wednesday night, Ukraine will face Wales.", "Wednesday night", "2022-02-02TNI"),
    # a scheduling verb with its object after "in" looks ahead; "planned in <place>" keeps the tense
    ("One union has pencilled in strikes from July.", "July", "2022-07"),
    ("A cease-fire was planned in the port city of Mariupol on Saturday morning.", "Saturday morning",
     "2022-02-05TMO"),
    # a photo caption ending on a city and its country
    ("Ukrainian President Volodymyr Zelenskyy speaks from Kyiv, Ukraine on Thursday.", "Thursday", "2022-02-03"),
    ("Zelenskyy will meet Scholz in Downing Street on Thursday.", "Thursday", "2022-02-10"),
    # no verb above the time: the clause of "when" hung on it tells the tense
    ("Most notably in July, when a missile with a cluster warhead hit the station.", "July", "2021-07"),
    # a deadline set in the past lies ahead: "authorized through", "ordered held until"
    ("Her detention has been authorized through Nov. 20.", "Nov. 20", "2022-11-20"),
    # a month on an adjective on the noun is the nearest such month
    ("NBC said it was considering canceling its May upfront advertising presentations.", "May", "2022-05"),
    # a photo caption tells of a day past in the present tense
    ("Ukrainian soldiers examine their tanks at a military unit close to Kharkiv, Ukraine, on Wednesday.",
     "Wednesday", "2022-02-02"),
    ("A rocket launcher shells a Russian troop position near Luhansk in the Donbas region on Wednesday.",
     "Wednesday", "2022-02-02"),
    ("Anti-tank constructions are seen in central Kyiv, Ukraine, on Wednesday.", "Wednesday", "2022-02-02"),
    ("Talks resume in Geneva on Wednesday.", "Wednesday", "2022-02-09"),
    # "would not" say or comment: a refusal already made
    ("Speaking to reporters on Thursday, Blinken would not confirm details.", "Thursday", "2022-02-03"),
    ("Russia said it would not attack on Thursday.", "Thursday", "2022-02-10"),
    ("Kremlin spokesman Dmitry Peskov said Monday's talks were very important.", "Monday", "2022-02-07"),
    # a weekday in the possessive is the nearest such day, unless it names an event that is over
    ("Economists expect Wednesday's jobs report to show a fall.", "Wednesday", "2022-02-09"),
    ("Futures rose on short-covering after Wednesday's big falls.", "Wednesday", "2022-02-02"),
    ("More than 50 people were killed in Wednesday's train station attack.", "Wednesday", "2022-02-02"),
    # a month modifying such a noun, too: "a May ransomware attack" written in January
    ("Hackers were behind a May ransomware attack on JBS USA.", "May", "2021-05"),
    ("NASA is looking toward a May launch of the spacecraft.", "May", "2022-05"),
    ("Macron is heading to Kyiv on Thursday.", "Thursday", "2022-02-10"),
    ("Macron has visited Kyiv on Thursday.", "Thursday", "2022-02-03"),
    ("The foreign ministers are expected to meet on Friday.", "Friday", "2022-02-11"),
    ("The ministers met on Friday.", "Friday", "2022-02-04"),
    ("Officials cited intelligence assessments this weekend that Russia has stepped up preparations.",
     "this weekend", "2022-W05-WE"),
    ("Macron, who is facing a re-election challenge in April, has tried to position himself.", "April", "2022-04"),
    ("He will be the first leader to meet Putin since the crisis kicked off in December.", "December", "2021-12"),
    # a month modifying a noun is the nearest one, whatever the clause's tense
    ("The bank is continuing to try to sell itself, under a December agreement with a shareholder group.", "December",
     "2021-12"),
    # "through" a month with a deadline verb: the span runs ahead
    ("Lenders have extended the company up to $90 million in loans through March.", "March", "2022-03"),
    # a scheduling verb with an object: the planned event lies ahead
    ("The prosecutor has scheduled a news conference Thursday.", "Thursday", "2022-02-10"),
    ("Protesters planned a large demonstration on Saturday.", "Saturday", "2022-02-12"),
    # without an object the planning is what is dated
    ("A memorial service planned for Saturday was canceled.", "Saturday", "2022-02-05"),
    # "until" after a deadline verb looks ahead, unless the clause is pluperfect
    ("Officials postponed until Tuesday morning any action on the case.", "Tuesday morning", "2022-02-08TMO"),
    ("The agency has given the relatives until 9 a.m. Tuesday to sign.", "9 a.m. Tuesday", "2022-02-08T09:00"),
    ("The agency extended its deadline until Thursday.", "Thursday", "2022-02-10"),
    ("Until Thursday, they had not called him a suspect.", "Thursday", "2022-02-03"),
    ("The talks did not resume until Thursday.", "Thursday", "2022-02-03"),
    ("The offer runs until Friday.", "Friday", "2022-02-11"),
    ("He remained in custody until Thursday.", "Thursday", "2022-02-03"),
    ("Prices rose 4.3 percent in the 12 months through January.", "January", "2022-01"),
    # present perfect progressive reports the past
    ("Negotiators have been meeting on Thursday.", "Thursday", "2022-02-03"),
    # a date inside a "since" phrase is past, whatever the clause's tense
    ("It is believed to be the largest attack since the invasion of the country in late June.", "late June",
     "2021-06"),
    # a modal perfect is a past that did not happen
    # a time clause under a "would" of reported speech is told ahead (written in February)
    ("Lawmakers said they would reconsider it once Congress returned in mid-November.", "mid-November", "2022-11"),
    ("He said he would decide after the talks ended in October.", "October", "2022-10"),
    ("He said the bill passed once Congress returned in January.", "January", "2022-01"),
    ("Kyiv would have launched an offensive in November, were it not for the intervention.", "November",
     "2021-11"),
    # "'d" before a participle is "had", with either apostrophe; "’ll" is "will"
    ("She’d said on Tuesday that she was leaving.", "Tuesday", "2022-02-01"),
    ("He'd arrived in Kyiv on Saturday.", "Saturday", "2022-02-05"),
    ("He'd travel to Kyiv on Tuesday, she said.", "Tuesday", "2022-02-08"),
    ("They’ll be fighting probably Monday, he said.", "Monday", "2022-02-07"),    # a season modifying a noun is a kind, not a time
    # a noun the tagger took for a verb ("a vandalism call") tells no tense
    ("Police responded to a vandalism call around 1:30am on Friday morning.", "Friday morning", "2022-02-04TMO"),
    # a plan told in the past may lie either side of the publication date: the nearest such day or month
    ("The hearing had been scheduled for Thursday.", "Thursday", "2022-02-10"),
    ("The Intercontinental Drifting Cup was scheduled for June in Sochi.", "June", "2022-06"),
    # a day's event someone will take part in lies ahead; a day's figures or an event that is the
    # subject of a verb ahead stay a day past
    ("Chotai, who will be at Thursday's unveiling in New Delhi, said so.", "Thursday", "2022-02-10"),
    ("Traders will look at Friday's data for clues.", "Friday", "2022-02-04"),
    ("Investors will seek direction from what will be the week's highlight -- Thursday's release of the CPI.",
     "Thursday", "2022-02-10"),
    ("Sunday's price hike will only add to these pressures.", "Sunday", "2022-02-06"),
    # the time of a source "according to" is past, whatever the tense of what it says
    ("The trial should not begin until then, according to the banks' court filing on Thursday.", "Thursday",
     "2022-02-03"),
    # a plan on track, a term that expires, a period that ends: ahead
    ("The plane is still on track for a first flight in September.", "September", "2022-09"),
    ("The offer expires Friday.", "Friday", "2022-02-11"),
    ("No targets were given for the fiscal year, which ends September 30.", "September 30", "2022-09-30"),
    # a reduced relative of scheduling: a plan, the nearest such day
    ("Data due include industrial production and housing starts set for Tuesday.", "Tuesday", "2022-02-08"),

    ("With the first snow overnight and more expected by the weekend, pressure will mount.", "the weekend",
     "2022-W06-WE"),
    # no verb above the time (a parse that hangs the verb after it on a noun): the verb right after it
    ("Putin on Tuesday repeated allegations of a \"genocide\" there in explaining the need to protect them.",
     "Tuesday", "2022-02-01"),
    # a weekday restated by its date
    ("The outage was scheduled for Friday evening, April 8, 2022, the company said.", "Friday evening",
     "2022-04-08TEV"),
    ("Troops in winter clothes marched past.", "winter", None),
    ("Putin has signed a decree for the annual Spring draft.", "Spring", None),
    ("Spring demand growth will soak up the supply.", "Spring", None),
]


# a past reading that holds however far back: the time of a past finite verb itself, or "since";
# an end point, a plan, an infinitive or a noun under the past verb keeps the nearest reading
FIRMLY_PAST = [
    # a part of "the year" not yet begun, the time of a past verb, is of the year before
    ("Sales growth slowed significantly in the second half of the year, the filing stated.", dt.date(2008, 4, 7),
     "the second half of the year", "2007-H2"),
    ("CVS bought Caremark, a pharmacy benefits manager, in March.", dt.date(2008, 1, 31), "March", "2007-03"),
    ("The Fed has slashed its benchmark rate since September.", dt.date(2008, 7, 8), "September", "2007-09"),
    ("Index prices rose to the highest since June.", dt.date(2008, 4, 3), "June", "2007-06"),
    ("Conditions appeared to have deteriorated noticeably near year-end.", dt.date(2008, 5, 21), "year-end",
     "2007-12-31"),
    ("The partnership extended to Nov. 20 its offer for all shares.", dt.date(1989, 11, 2), "Nov. 20", "1989-11-20"),
    ("The deal was to expire at year's end.", dt.date(2022, 10, 5), "year's end", "2022"),
    ("Icahn had assembled a dissident board slate for election at Yahoo's annual meeting on July 3.",
     dt.date(2008, 5, 15), "July 3", "2008-07-03"),
    ("Apple announced today another special event to be held on October 12.", dt.date(2005, 10, 4), "October 12",
     "2005-10-12"),
    ("NATO has decided to admit Poland, Hungary and the Czech Republic in early March.", dt.date(1999, 2, 10),
     "early March", "1999-03"),
    # a verb of agreeing or deciding dated itself is the act, an infinitive under it the plan
    ("GE and the Blackstone Group had agreed in March to acquire PHH.", dt.date(2008, 1, 2), "March", "2007-03"),
    ("They agreed to meet in March.", dt.date(2008, 1, 2), "March", "2008-03"),
    # "as early as" after a past verb or opening a sentence told in the past looks back
    ("Officials said the hack began as early as March when malicious code was slipped into updates.",
     dt.date(2021, 1, 5), "March", "2020-03"),
    ("Even as early as May, only a few months into the war, the defense industry struggled.", dt.date(2022, 10, 14),
     "May", "2022-05"),
    ("The hackers made their move at least as early as March and remained undetected.", dt.date(2020, 12, 18),
     "March", "2020-03"),
    ("Officials warned of a possible Russian invasion of Ukraine as early as January.", dt.date(2021, 12, 8),
     "January", "2022-01"),
    # a clock time told in the present is of the publication day, not of a day told of in a sentence
    # before, unless that day is still to come and named in the sentence right before; the entries
    # of a timeline under a day keep that day
    ("SocGen said on Jan. 24 that a trader lost 4.9 billion euros.\nThe auction ends at 9:45 a.m. EDT.",
     dt.date(2008, 1, 28), "9:45 a.m. EDT", "2008-01-28T09:45"),
    ("An extraordinary general meeting, scheduled for Tuesday, represents the highest-profile stage for "
     "shareholders.\nThe EGM is due to be held in Newcastle, starting at 1000 GMT.", dt.date(2008, 1, 10), "1000 GMT",
     "2008-01-15T10:00"),
    ("SocGen says on Jan. 24 that a trader lost 4.9 billion euros.\n* 1525 GMT - SocGen sources identify the trader "
     "as Kerviel.", dt.date(2008, 1, 28), "1525 GMT", "2008-01-24T15:25"),
    # an entry of a live page is of the page's day, not of a day told of in the entry before
    ("The Latest on the U.S. Open (all times local): 12:10 a.m.\nShe won the title on Nov. 8, 2021, in Mexico.\n"
     "___ 11:15 a.m.\nPlay began under grey skies.", dt.date(2022, 8, 29), "11:15 a.m.", "2022-08-29T11:15"),
    # nor of a day a span runs from, told in a sentence before
    ("Refugees have fled Ukraine since Moscow's invasion on February 24. The agreed ceasefire was set to last "
     "until 9 p.m. local time.", dt.date(2022, 3, 8), "9 p.m.", "2022-03-08T21:00"),
    # what markets price in is expected, whatever the tense (but not a day they priced it in on)
    ("At the start of the week markets were pricing in a quarter-point rate hike by September.", dt.date(2008, 6, 17),
     "September", "2008-09"),
    ("Markets priced in a rate cut on Friday.", dt.date(2008, 6, 17), "Friday", "2008-06-13"),
    # the odds of something are of what is still to come, but a time of the odds taken is theirs
    ("Investors have priced in around a 30 percent chance of a rate cut by the BOJ by June.", dt.date(2008, 3, 21),
     "June", "2008-06"),
    ("Futures rose, pricing in an 8 percent probability of a rate cut at the Fed's June meeting versus a 6 percent "
     "probability late Tuesday.", dt.date(2008, 5, 14), "late Tuesday", "2008-05-13"),
    # an election month told in the present or ahead is the coming one, not one a year back
    ("The economy is now the major issue in the campaign for the U.S. presidential election in November.",
     dt.date(2008, 3, 18), "November", "2008-11"),
    ("Republicans lead among those who say they are certain to vote in November.", dt.date(2022, 2, 27), "November",
     "2022-11"),
    ("Viktor Orban, after securing re-election in early April, remains a disruptive presence.", dt.date(2022, 5, 2),
     "early April", "2022-04"),
    ("The Senate expected to vote in December to repeal the law.", dt.date(2022, 1, 26), "December", "2021-12"),
    ("The New York senator, who hopes to become the nominee in the November election, proposed a plan.",
     dt.date(2008, 1, 11), "November", "2008-11"),
    ("It is a big political problem for Democrats ahead of November's midterm elections.", dt.date(2022, 2, 16),
     "November", "2022-11"),
    ("Obama drew a sharp contrast with McCain, his opponent in the November election.", dt.date(2008, 6, 10),
     "November", "2008-11"),
    ("A new government is about to be formed after the April general election.", dt.date(2022, 8, 22), "April",
     "2022-04"),
    # a month on a noun that "since" governs is past
    ("The situation has become less favorable since the time of our July report.", dt.date(2008, 2, 27), "July",
     "2007-07"),
    # what something dates to or from is past, whatever the clause's tense
    ("The move could be the last in a series dating to mid-September.", dt.date(2008, 4, 30), "mid-September",
     "2007-09"),
    # what something follows is over (a caption in the present), unless told ahead
    ("A man walks on a street in Sievierodonetsk, eastern Ukraine, following shelling there on Wednesday.",
     dt.date(2022, 6, 19), "Wednesday", "2022-06-15"),
    ("The vote will take place following talks on Friday.", dt.date(2022, 6, 19), "Friday", "2022-06-24"),
    # a closing price told with its figure is set, even under a verb told ahead
    ("The value would range up to $19 billion, representing an 82 percent premium to KPE's closing stock price of "
     "$10.50 on Friday.", dt.date(2008, 7, 28), "Friday", "2008-07-25"),
    # what was done "despite" or "since" doing something is done
    ("Biden says the U.S. will not push for the ouster of Putin, despite saying in March that Putin cannot remain in "
     "power.", dt.date(2022, 6, 1), "March", "2022-03"),
    # an election on a day is the nearest such day, whatever the tense of the telling
    ("It is three months away from an election, said Nussle, referring to the U.S. presidential election on "
     "November 4.", dt.date(2008, 7, 31), "November 4", "2008-11-04"),
    # a period "ending" in a month is the nearest such end, whatever the tense of the clause
    ("Microsoft lifted its outlook for the fiscal year ending in June.", dt.date(2008, 1, 25), "June", "2008-06"),
    ("Profit rose in the quarter ending June 30.", dt.date(2008, 8, 15), "June 30", "2008-06-30"),
    # the subject's "next" tells a copula in the present to look ahead
    ("OPEC's next scheduled meeting is September 9.", dt.date(2008, 3, 5), "September 9", "2008-09-09"),
    # "cut" in "a rate cut" is a noun, not a participle telling the past
    ("Swap contracts are pricing in around a 30 percent chance of a rate cut by June.", dt.date(2008, 3, 24), "June",
     "2008-06"),
    # a plan in a reduced relative on the subject of a verb told in the present lies ahead
    ("An extraordinary general meeting, scheduled for Tuesday, represents the highest-profile stage for "
     "shareholders.", dt.date(2008, 1, 10), "Tuesday", "2008-01-15"),
    # a day still to come is no anchor of a clock time told in the past
    ("The G7 will meet in Washington on Friday. U.S. crude jumped $2.89 by 1747 GMT.", dt.date(2008, 4, 7),
     "1747 GMT", "2008-04-07T17:47"),
    ("The Financial Times said a deal could be announced as early as Monday.", dt.date(2008, 4, 13), "Monday",
     "2008-04-14"),
    ("Her next hearing has been scheduled for July 7 at 2:30 p.m. local time (8:30 a.m. ET).", dt.date(2022, 7, 1),
     "8:30 a.m. ET", "2022-07-07T08:30"),
    ("Lufthansa will publish results on Wednesday. Its shares were higher at 15.21 euros by 1210 GMT.",
     dt.date(2008, 3, 10), "1210 GMT", "2008-03-10T12:10"),
    ("With just hours until a possible government shutdown Friday at midnight, aid is endangered. Earlier in the "
     "day, the administration announced a package.", dt.date(2022, 12, 22), "Earlier in the day", "2022-12-22"),
    # a value compared with an earlier one: the last such month however far back
    ("The stock is down 9 percent from its all-time high in October, hurt by broader concerns.",
     dt.date(2008, 7, 22), "October", "2007-10"),
    ("Economists expect the rate to fall to 4.5 percent in June.", dt.date(2008, 2, 1), "June", "2008-06"),
    # a story told about a past year keeps its year
    ("The US dropped the bomb on Hiroshima on Aug. 6, 1945. Japan surrendered on Aug. 15, ending the war.",
     dt.date(2022, 8, 6), "Aug. 15", "1945-08-15"),
    # a live report dated a day early: a date just after the publication date stays in its year
    ("The Russian invasion of Ukraine continued for a fifth day on Monday, Feb. 28.", dt.date(2022, 2, 27),
     "Monday, Feb. 28", "2022-02-28"),
    ("The blasts came overnight. Around 1:30am, my guard called me.", dt.date(2022, 4, 15), "Around 1:30am",
     "2022-04-15T01:30"),
    ("The ASAT missile was launched from the ground in November and obliterated a satellite.", dt.date(2022, 10, 25),
     "November", "2021-11"),
    # a present "reports" is no past verb, and a nearby past reading wins over a story's year
    ("Merrill is expected to show a decline when it reports results on March 18.", dt.date(2008, 3, 10),
     "March 18", "2008-03-18"),
    ("Payrolls fell in 2003 when 42,000 jobs were lost. The rate eased to 4.9 percent from 5 percent in December.",
     dt.date(2008, 2, 1), "December", "2007-12"),
    # a photo caption's date is no story's year
    ("Putin shakes hands with Xi at the Kremlin in Moscow, Russia, June 5, 2019. In October, Biden said the U.S. "
     "would defend Taiwan.", dt.date(2022, 2, 25), "October", "2021-10"),
    # a later step of a sequence that starts at a date with its year written
    ("The country declared its independence in August 1991 and in December, a referendum backed the move.",
     dt.date(2022, 8, 24), "December", "1991-12"),
    ("A referendum was held in December 1991. The Soviet Union then formally ceased to exist on December 26.",
     dt.date(2022, 8, 24), "December 26", "1991-12-26"),
    ("DHS had threat information related to the events on January 6, 2021, but did not issue any products until "
     "January 8, the report said.", dt.date(2022, 3, 8), "January 8", "2021-01-08"),
    ("The report covers the supervision of the bank from January 2005 to July 2007, before the August crisis.",
     dt.date(2008, 3, 26), "August", "2007-08"),
    ("Analysts predict the cap will rise to £5,405 in January 2023, then to £7,263 in April - before falling to "
     "£6,485 in July and to £6,006 in October.", dt.date(2022, 8, 26), "October", "2023-10"),
    # a present passive of scheduling looks ahead
    ("Both missions are scheduled for launches in September.", dt.date(2022, 2, 24), "September", "2022-09"),
    ("The ISM report on the service sector is scheduled for Thursday.", dt.date(2008, 3, 28), "Thursday", "2008-04-03"),
    ("The Federal Open Market Committee's announcement is expected on Wednesday.", dt.date(2008, 1, 25), "Wednesday",
     "2008-01-30"),
    ("The vote is set for September.", dt.date(2022, 2, 24), "September", "2022-09"),
    # what someone was told to do is done after the telling; what they were ordered to do is as often done already
    ("EU leaders have told the European Commission to prepare a report on the issue by October.",
     dt.date(2008, 7, 7), "October", "2008-10"),
    ("Russia has told workers at the plant not to show up to work Friday, Ukrainian intelligence said.",
     dt.date(2022, 8, 18), "Friday", "2022-08-19"),
    ("Ever since Putin ordered his forces to invade Ukraine on February 24, rumours have been swirling.",
     dt.date(2022, 10, 24), "February 24", "2022-02-24"),
    # ... but not a month compared with a dated one, nor a step told in the past after the publication date
    ("The share rose from 9 per cent in March 2021 to 14 per cent in June.", dt.date(2022, 8, 24), "June",
     "2022-06"),
    ("Employment fell to the lowest since March 2003 and stayed there in June.", dt.date(2008, 7, 1), "June",
     "2008-06"),
    ("April 1, 2022 - Reed was transferred to a prison hospital after exposure to tuberculosis in December, his "
     "family said.", dt.date(2022, 4, 27), "December", "2021-12"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("body", "published", "expression", "value"), FIRMLY_PAST,
                         ids=[p[2] + "|" + p[3] for p in FIRMLY_PAST])
def test_timexes_from_doc_firmly_past(nlp, body, published, expression, value):
    found = _doc_values(nlp, body, published)
    assert found.get(expression) == value, found


def _doc_values(nlp, body: str, published: dt.date) -> dict[str, str]:
    """Expression -> value of every timex of ``body``, read with the parser."""
    from newsgraph.extract.nlp import parse

    article = _article(body, published)
    (doc,) = list(parse(nlp, [article]))
    return {t.text: t.value for t in timexes_from_doc(article, doc)}


# a month or weekday on a noun: the nearest such one, but the last one for an event that is over
ON_A_NOUN = [
    # a holiday after "pre-", which the parser takes for an adjective, modifies its noun as any time does
    ("Democrats will elect new leaders this week, following Pelosi's pre-Thanksgiving announcement.",
     dt.date(2022, 11, 28), "Thanksgiving", "2022-11-24"),
    ("Kherson was the first city to fall after Russia's February invasion.", dt.date(2022, 10, 19), "February",
     "2022-02"),
    ("Ratcliffe claimed during an August interview with Fox News.", dt.date(2021, 3, 17), "August", "2020-08"),
    ("Expectations were high that Yahoo would eventually accept Microsoft's January 31 offer.",
     dt.date(2008, 6, 30), "January 31", "2008-01-31"),
    ("One document from early January, reviewed by CNN, proposes spreading claims.", dt.date(2019, 4, 25),
     "early January", "2019-01"),
    ("An author discusses the legacy of Mikhail Gorbachev after his death Tuesday.", dt.date(2022, 9, 3), "Tuesday",
     "2022-08-30"),
    ("A government source said the statement on Monday would be about process.", dt.date(2008, 1, 19), "Monday",
     "2008-01-21"),
    # a deadline of what someone was urged or told to do lies after the telling
    # a value since one at an earlier point: that point is past, however far back
    ("Marriott shares, which have lost about a third of their value since hitting a 13-year high of $52 in April, "
     "rose 1.7 percent.", dt.date(2008, 2, 14), "April", "2007-04"),
    ("He lobbied lawmakers to adopt a plan to vaccinate 70% of the world's population by September.",
     dt.date(2022, 3, 31), "September", "2022-09"),
    # an early GMT time in a story datelined in Asia, dated by the feed's U.S. clock, is on the day after
    ("SEOUL (Reuters) - Hyundai Motor Group said on Tuesday it plans to build a plant. Shares in Hyundai Motor fell "
     "1.43 percent to 83,000 won as of 0210 GMT.", dt.date(2008, 5, 26), "0210 GMT", "2008-05-27T02:10"),
    ("SYDNEY (Reuters) - BHP was 4.85 percent higher at A$48.00 by 0215 GMT (10:15 p.m. EDT), while Rio rose.",
     dt.date(2008, 5, 13), "0215 GMT", "2008-05-14T02:15"),
    ("SYDNEY (Reuters) - BHP was 4.85 percent higher at A$48.00 by 0215 GMT (10:15 p.m. EDT), while Rio rose.",
     dt.date(2008, 5, 13), "10:15 p.m. EDT", "2008-05-13T22:15"),
    ("The Montreal-based firm called a press conference for 5:30 a.m EDT (0930 GMT) on Sunday at Farnborough.",
     dt.date(2008, 7, 12), "5:30 a.m EDT", "2008-07-13T05:30"),
    # "full-year" names a year: in the results season, results reported are last year's, a forecast this year's
    ("GM posted a record $39 billion full-year loss.", dt.date(2008, 2, 12), "full-year", "2007"),
    ("Investors are bracing for grim news from banks when they report full-year results this week.",
     dt.date(2008, 1, 14), "full-year", "2007"),
    ("Capital One lowered its full-year profit forecast to $3.97 per share.", dt.date(2008, 1, 10), "full-year",
     "2008"),
    ("Fuel alone will drive full-year losses for all of the legacy carriers.", dt.date(2008, 3, 13), "full-year",
     "2008"),
    ("The U.S. conglomerate left its full-year profit forecast unchanged.", dt.date(2008, 7, 11), "full-year", "2008"),
    # a weekday of an act of saying named by a noun, told by a past verb of saying before it
    ("The Kremlin expressed alarm over remarks from Biden, who said that Putin must not remain in power in a speech "
     "on Saturday.", dt.date(2022, 3, 28), "Saturday", "2022-03-26"),
    ("CEO Fred Buenrostro, said in a statement late on Monday he would leave the fund, best known as Calpers, which "
     "manages roughly $240 billion, to pursue private interests.", dt.date(2008, 4, 29), "late on Monday", "2008-04-28"),
    ("Biden and Putin will speak in a video call Tuesday, the Kremlin said.", dt.date(2021, 12, 6), "Tuesday",
     "2021-12-07"),
    # an election told of as still to come is ahead, whatever the clause's tense
    ("The economy has become a major issue in the campaign for the presidential and congressional elections in "
     "November.", dt.date(2008, 7, 13), "November", "2008-11"),
    ("The deal was made more unpredictable by the upcoming U.S. presidential elections in November.",
     dt.date(2008, 5, 5), "November", "2008-11"),
    ("Kenya collapsed into violence after a disputed election in December.", dt.date(2008, 3, 18), "December",
     "2007-12"),
    # what is to come "before year-end", told after the results season, is this year's
    ("The Fed said that market assumptions of rate rises before year-end were premature.", dt.date(2008, 6, 22),
     "year-end", "2008-12-31"),
    # a meeting, vote or deadline something comes before lies after the day before publication
    ("Trading volume was faint as investors turned cautious before the Federal Reserve's meeting to decide "
     "interest-rate policy on Tuesday and Wednesday.", dt.date(2008, 4, 28), "Tuesday", "2008-04-29"),
    ("The move comes days before a regulatory deadline on Wednesday for BHP.", dt.date(2008, 2, 1), "Wednesday",
     "2008-02-06"),
    ("Johnson had spoken directly to Zelenskiy before the vote on Monday.", dt.date(2022, 6, 7), "Monday",
     "2022-06-06"),
    ("Hours before the summit began Sunday, Russian missiles hit Kyiv.", dt.date(2022, 6, 27), "Sunday", "2022-06-26"),
    # a plan in the course of the past may lie either side: the nearest such time
    ("As President Biden was planning a politically risky trip to Saudi Arabia this summer, his aides thought they "
     "had struck a deal.", dt.date(2022, 10, 25), "this summer", "2022-SU"),
    ("Officials were planning a meeting in July.", dt.date(2022, 10, 19), "July", "2022-07"),
    # a release of results told in the present is on the calendar, still to come
    ("Pulte Homes Inc ( PHM.N ) reports results on Wednesday.", dt.date(2008, 1, 25), "Wednesday", "2008-01-30"),
    ("Shares of JPMorgan Chase, which reports earnings on Wednesday, advanced 1.5 percent.", dt.date(2008, 4, 15),
     "Wednesday", "2008-04-16"),
    ("Apparel maker Polo Ralph Lauren Corp ( RL.N ) reports earnings on Tuesday, followed on Wednesday by close-out "
     "retailer Big Lots.", dt.date(2008, 5, 23), "Wednesday", "2008-05-28"),
    ("The second-quarter loss follows a $151 million loss in the first quarter.", dt.date(2008, 8, 6),
     "the first quarter", "2008-Q1"),
    # a passive infinitive on a noun tells what is still to be done, also under a past verb of saying
    ("Ring said the plan to be unveiled in the autumn would cut costs.", dt.date(2008, 7, 13), "the autumn",
     "2008-FA"),
    ("Ring said the report to be published in October would cut costs.", dt.date(2008, 7, 13), "October", "2008-10"),
    ("OnePlace, to be launched in the second quarter, allows users to mark links.", dt.date(2008, 3, 4),
     "the second quarter", "2008-Q2"),
    ("Brown wrote in an article for a newspaper to be published on Sunday.", dt.date(2008, 4, 12), "Sunday",
     "2008-04-13"),
    # who was first to do it tells no tense of the clause it hangs in
    ("Officials say they'll retake Kherson, one of the first cities to fall in early March, as Russia ramps up "
     "strikes.", dt.date(2022, 8, 14), "early March", "2022-03"),
    ("Ukraine will be the first country to join in March.", dt.date(2022, 8, 14), "March", "2023-03"),
    ("The pre-scheduled June summit felt a long way away.", dt.date(2022, 5, 27), "June", "2022-06"),
    ("Hunter's lawyers reacted with fury to the Washington Post's Thursday story.", dt.date(2022, 10, 26),
     "Thursday", "2022-10-20"),
    # a day on such an event through a preposition, when the event is definite
    ("The Pentagon is set to announce the package six months after the invasion on Feb. 24.",
     dt.date(2022, 8, 23), "Feb. 24", "2022-02-24"),
    ("Russia could launch an invasion in February.", dt.date(2022, 1, 20), "February", "2022-02"),
    ("There is also lingering resentment at Mr Sunak for his resignation as Chancellor in July.",
     dt.date(2022, 10, 20), "July", "2022-07"),
    # a time the parser hangs on a reporting verb after it, with its subject after a comma, is the reported
    # clause's (the parse of this sentence depends on the next one)
    ("A statement from the Treasury about Northern Rock is expected at 0700 GMT (2 a.m. EST) on Monday, a Treasury "
     "spokesman said. \"I believe we will save by far and away the most jobs,\" Virgin Chairman Richard Branson told "
     "journalists in New Delhi, India, as he accompanies Prime Minister Gordon Brown on a trip to Asia.",
     dt.date(2008, 1, 20), "Monday", "2008-01-21"),
    ("An announcement is expected Monday, the newspaper said.", dt.date(2008, 3, 30), "Monday", "2008-03-31"),
    ("Prices rose on Monday, the ministry said.", dt.date(2008, 3, 30), "Monday", "2008-03-24"),
    # what is hoped for or feared on a day is still to come (not the hope's own day)
    ("The data surprised economists and raised hopes for a stronger-than-expected government jobs report on Friday.",
     dt.date(2008, 7, 30), "Friday", "2008-08-01"),
    ("Hopes rose on Friday.", dt.date(2008, 7, 30), "Friday", "2008-07-25"),
    # a weekday or month on a verb under "could", "may" or "might" is a possibility ahead (not through a
    # noun, nor negated)
    ("The WSJ said portions of this move could be announced on Thursday when the company reports results.",
     dt.date(2008, 7, 19), "Thursday", "2008-07-24"),
    ("The WSJ reported on Friday that the retailer could file for bankruptcy protection by Tuesday.",
     dt.date(2008, 4, 11), "Tuesday", "2008-04-15"),
    ("Households could face average energy bills of £6,500 a year by April, the latest forecasts reveal.",
     dt.date(2022, 8, 23), "April", "2023-04"),
    ("He said Macron may soon visit Moscow as part of renewed diplomatic efforts following their call on Monday.",
     dt.date(2022, 2, 2), "Monday", "2022-01-31"),
    ("He signed the order last week and could not be reached in person on Tuesday.", dt.date(2008, 8, 20),
     "Tuesday", "2008-08-19"),
    # a month on a thing planned for it, told in the present, lies ahead (told in the past, the nearest)
    ("And an authorized biography is slated for September release.", dt.date(2008, 2, 27), "September", "2008-09"),
    ("The film was scheduled for a September release but was delayed.", dt.date(2008, 2, 27), "September",
     "2007-09"),
    # an event over between a month and a present progressive is what the month dates, not a
    # plan of the verb's (but an event in prospect is still to come)
    ("The resolution says Russian forces are deliberately targeting Ukrainian civilians, including with attacks "
     "on a theater in Mariupol in March.", dt.date(2022, 8, 11), "March", "2022-03"),
    ("Officials are bracing for another potential price surge in December.", dt.date(2022, 6, 16), "December",
     "2022-12"),
    # a forecast is told in the future, a release on the calendar is no saying
    ("On Thursday, the Philadelphia Fed's index is expected to show a reading of negative 11.",
     dt.date(2008, 2, 17), "Thursday", "2008-02-21"),
    ("Yahoo reports quarterly results on Tuesday.", dt.date(2008, 7, 21), "Tuesday", "2008-07-22"),
    ("Officials say Tuesday that talks failed.", dt.date(2008, 7, 21), "Tuesday", "2008-07-15"),
    # the figure a forecast is compared with is one reported
    ("GDP is expected to show growth of 2.7 percent, compared with 1.9 percent in the first quarter.",
     dt.date(2008, 8, 22), "the first quarter", "2008-Q1"),
    # figures, and papers told of as out, are of a month already begun however far back
    ("The retailer said that October sales fell 3 percent.", dt.date(2008, 7, 10), "October", "2007-10"),
    ("An August assessment by the agency found no link.", dt.date(2008, 3, 10), "August", "2007-08"),
    ("He wrote in a September letter to shareholders that the war was a tragedy.", dt.date(2022, 7, 1),
     "September", "2021-09"),
    ("Households switch to cheaper foods, Osendarp said in an April op-ed in Nature magazine.",
     dt.date(2022, 11, 19), "April", "2022-04"),
    ("He said in a December interview that talks had stalled.", dt.date(2022, 7, 1), "December", "2021-12"),
    ("The retailer said on Thursday that June same-store sales rose.", dt.date(2008, 7, 10), "June", "2008-06"),
    # but a month ahead may be a plan, and a delivery month lies ahead
    ("The minister spoke on Saudi July output.", dt.date(2008, 6, 15), "July", "2008-07"),
    ("Millers bought wheat for November shipment.", dt.date(2022, 10, 1), "November", "2022-11"),
    ("The September jobs data will show a rise.", dt.date(2008, 7, 10), "September", "2008-09"),
    ("An April rebound in jobs helped stocks.", dt.date(2008, 5, 2), "April", "2008-04"),
    # "following" as a preposition; a demonstrative before a full date; a name-month after "Throughout"
    ("The index jumped 13% in March, following February's record high.", dt.date(2022, 9, 1), "February",
     "2022-02"),
    ("Aerospace stocks are off nearly 30 percent from October highs.", dt.date(2008, 6, 25), "October",
     "2007-10"),
    ("Trump did nothing wrong during that July 25 phone call.", dt.date(2020, 1, 27), "July 25", "2019-07-25"),
    ("Throughout August, the plant came under regular fire.", dt.date(2022, 9, 1), "August", "2022-08"),
    # a start on the calendar in the simple present lies ahead
    ("Medvedev will compete in the U.S. Open, which begins Monday.", dt.date(2022, 8, 25), "Monday", "2022-08-29"),
    ("Stocks usually open at 9:30 a.m.", dt.date(2022, 10, 21), "9:30 a.m.", "XXXX-XX-XXT09:30"),
    ("Dynamo Kyiv starts Sunday against Dnipro-1.", dt.date(2022, 8, 22), "Sunday", "2022-08-28"),
    # ... and so does a meeting or a release
    ("The Federal Open Market Committee meets on Tuesday to consider its next step.", dt.date(2008, 3, 14),
     "Tuesday", "2008-03-18"),
    ("The Ifo institute publishes its business climate index on Thursday.", dt.date(2008, 4, 20), "Thursday",
     "2008-04-24"),
    ("On Tuesday, the government releases July housing starts.", dt.date(2008, 8, 15), "Tuesday", "2008-08-19"),
    # (not a photo caption's meeting: "meets with")
    ("China's ambassador to Ukraine meets with Ukrainian officials in Lviv on Monday.", dt.date(2022, 3, 16),
     "Monday", "2022-03-14"),
    # "call" schedules what it calls for a time: ahead, whatever the tense
    ("The firm called a press conference for 5:30 a.m. EDT on Sunday at Farnborough.", dt.date(2008, 7, 12),
     "5:30 a.m. EDT on Sunday", "2008-07-13T05:30"),
    ("The firm called a press conference for Sunday at Farnborough.", dt.date(2008, 7, 12), "Sunday", "2008-07-13"),
    ("Morawiecki on Tuesday called an urgent meeting of the security committee.", dt.date(2022, 11, 16),
     "Tuesday", "2022-11-15"),
    ("Moscow called the strikes on Monday a response to terrorist attacks.", dt.date(2022, 10, 12), "Monday",
     "2022-10-10"),
    # a "when" clause on the time tells its tense where the verb above tells none
    ("Spreads had increased on Tuesday as investors unwound gains of Friday, when some assumed the companies would "
     "be taken over.", dt.date(2008, 7, 17), "Friday", "2008-07-11"),
    ("The agenda is light until Friday, when the Consumer Price Index will command attention.", dt.date(2008, 3, 9),
     "Friday", "2008-03-14"),
    # a month told without a tense after a month ahead named just before it follows it
    ("In January, the breakdown could be 2,212 pounds. In April, the bills could climb further.",
     dt.date(2022, 8, 23), "April", "2023-04"),
    ("Analysts say bills could rise by a further 1,000 pounds in January, with more pain in April.",
     dt.date(2022, 8, 26), "April", "2023-04"),
    # (alone, "could" tells a possibility ahead too)
    ("In May, the bills could climb further.", dt.date(2022, 8, 23), "May", "2023-05"),
    ("Nexium could face generic competition from April and Seroquel from late March.", dt.date(2008, 2, 13),
     "late March", "2008-03"),
    ("The three are expected to join in April. They can plan for the summit in April.", dt.date(1998, 12, 5),
     "April", "1999-04"),
    # a market session takes the day its move is told with later in the clause (not a day compared with)
    ("Cemex shares slipped back in morning trading, rising 0.52 percent on Tuesday to 29.04 pesos.",
     dt.date(2008, 4, 24), "morning", "2008-04-22TMO"),
    ("Shares rose in morning trading, after falling 3 percent on Tuesday.", dt.date(2008, 4, 24), "morning",
     "2008-04-24TMO"),
    # a closing part of "the year" not yet begun, told in the past, is of last year (not a fiscal year's)
    ("Productivity rose at a 1.9 percent clip in the last three months of the year.", dt.date(2008, 3, 5),
     "the year", "2007"),
    ("Sales rose in the first two months of the year.", dt.date(2008, 3, 5), "the year", "2008"),
    ("Sales will rise in the last three months of the year.", dt.date(2008, 3, 5), "the year", "2008"),
    ("Sales grew 10.1 percent in the last 16 weeks of the year to April 26.", dt.date(2008, 5, 9), "the year",
     "2008"),
    # "N years later" after a year told of is the year the story moves on to (not a count made inexact)
    ("Steaua reached the final again in 1989. Two years later, Red Star Belgrade triumphed.", dt.date(2022, 11, 22),
     "Two years later", "1991"),
    ("He was extradited to the United States in 2010 and two years later was sentenced.", dt.date(2022, 7, 28),
     "two years later", "2012"),
    ("Arrested in 2021, he was sentenced less than a year later.", dt.date(2022, 12, 14), "less than a year",
     "P1Y"),
    ("We met him. Three days later he left.", dt.date(2022, 12, 14), "Three days", "P3D"),
    # "the year before" counts from a period of its own sentence
    ("Oil prices doubled from a year ago. Continental plans to cut flights 16 percent in the fourth quarter, over "
     "the year before.", dt.date(2008, 6, 5), "the year before", "2007"),
    ("The Minsk-2 agreement in February 2015 followed the coup in Ukraine the year before.", dt.date(2022, 7, 9),
     "the year before", "2014"),
    # what a verb of expecting has its object do lies ahead, even parsed as a relative infinitive
    ("He posted an update on Tuesday saying he expected \"loaded ships to leave Ukrainian ports on Thursday\".",
     dt.date(2022, 11, 2), "Thursday", "2022-11-03"),
    # a weekday naming an event after "the", told in the past, is past (not a deadline)
    ("The Monday pre-announcement sent IBM stock sharply higher.", dt.date(2008, 1, 18), "Monday", "2008-01-14"),
    ("The Monday deadline was extended by the court.", dt.date(2008, 1, 18), "Monday", "2008-01-21"),
    # a clause of time under a modal told ahead is ahead
    ("Investors will get more insight this week when June home sales come out on Thursday.", dt.date(2008, 7, 20),
     "Thursday", "2008-07-24"),
    ("When France faces off against Argentina on Sunday, it will be the most watched event in the world.",
     dt.date(2022, 12, 14), "Sunday", "2022-12-18"),
    # (not under a present that the writer tells from before publication)
    ("I am writing this before Biden delivers the State of the Union address on Tuesday night.",
     dt.date(2022, 3, 2), "Tuesday night", "2022-03-01TNI"),
    # a verb of naming passes the time to the verb it names the object of
    ("Russia's biggest victory since it launched what it calls a special military operation on February 24.",
     dt.date(2022, 5, 18), "February 24", "2022-02-24"),
    # a place of a known event before its day and month
    ("Read how these groups overlapped at the Capitol on Jan. 6.", dt.date(2022, 7, 11), "Jan. 6", "2021-01-06"),
    ("The Capitol will reopen to visitors on Jan. 6.", dt.date(2022, 7, 11), "Jan. 6", "2023-01-06"),
    # a quarter still running counts as the one in focus when told ahead
    ("Netflix gave a projection for the current quarter. Netflix is projecting revenue of $7.8 billion for the "
     "quarter.", dt.date(2022, 10, 19), "the quarter", "2022-Q4"),
    # a year on figures is one "a year earlier" counts back from; a year on a thing is not
    ("The company reported a 2007 profit of 967.8 million yuan versus 219.94 million a year earlier.",
     dt.date(2008, 3, 18), "a year earlier", "2006"),
    ("Excluding costs related to CME's 2007 purchase of the Chicago Board of Trade, profit rose to $215 million from "
     "$194 million a year earlier.", dt.date(2008, 7, 22), "a year earlier", "2007"),
    # a gerund of saying is a report made, whatever the tense of the clause it hangs on
    ("There has been tense speculation about whether Putin will attack Ukraine, with Biden saying Wednesday he "
     "believes the strongman leader will \"move in.\"", dt.date(2022, 1, 20), "Wednesday", "2022-01-19"),
    ("With data on Friday showing unemployment ticking up, that's probably going to keep investors spooked.",
     dt.date(2008, 1, 7), "Friday", "2008-01-04"),
    # (not a release of results on a noun, nor one still to come)
    ("Macy's will not be among the retailers reporting February same-store sales figures on Thursday.",
     dt.date(2008, 3, 5), "Thursday", "2008-03-06"),
    ("Analysts expect it to cut jobs before announcing on Friday its results.", dt.date(2022, 1, 20), "Friday",
     "2022-01-21"),
    # a time in the subject of "was unlikely" is no prospect
    ("The remarks come after Biden said the missile killing two people in Poland on Tuesday was \"unlikely\" to have "
     "been fired from Russia.", dt.date(2022, 11, 16), "Tuesday", "2022-11-15"),
    ("Cancellations were likely on Wednesday, the airline said.", dt.date(2022, 11, 14), "Wednesday", "2022-11-16"),
    # a weekday right after a statement told of, hung by the parser further up, is the statement's day
    ("Should the turmoil continue, the administration is likely to continue escalating its signals of support, "
     "first with verbal measures beyond Treasury Secretary Paulson's brief statement Friday and proceeding to "
     "outright credit support if needed.", dt.date(2008, 7, 13), "Friday", "2008-07-11"),
    ("Bolstered by falling oil prices, stocks could extend their modest gains this week.", dt.date(2008, 8, 17),
     "this week", "2008-W34"),
    # a start of doing is no start on the calendar: a photo caption tells of a day past
    ("A cemetery worker waits in a truck before colleagues start to load the corpses of civilians killed in Bucha, "
     "before transporting them to the morgue, on the outskirts of Kyiv, Ukraine, on Wednesday.", dt.date(2022, 4, 7),
     "Wednesday", "2022-04-06"),
    ("Talks start Monday in Geneva.", dt.date(2022, 4, 7), "Monday", "2022-04-11"),
    # a weekday named twice in a sentence is one day, the first reading holding
    ("The Kremlin on Monday insisted that Zelensky must implement the peace plan in a press conference with "
     "Macron on Monday.", dt.date(2022, 2, 8), "Monday", "2022-02-07"),
    # what an invitation, a proposal or a plan is to do is planned (lexicon key plan_nouns)
    ("Guterres and Erdogan have accepted an invitation from Zelenskyy to meet Thursday to review the grain deal.",
     dt.date(2022, 8, 16), "Thursday", "2022-08-18"),
    ("ISS differed with Yahoo management on a nonbinding proposal to be put forward Friday.", dt.date(2008, 7, 31),
     "Friday", "2008-08-01"),
    ("Kolesnikov said he thinks Putin's original plan was to declare victory on Monday.", dt.date(2022, 5, 8),
     "Monday", "2022-05-09"),
    # "not ... until" told in the past says when it came at last; a deadline given lies ahead
    ("But the students in Sumy say they weren't given clarity about their situation -- until Saturday.",
     dt.date(2022, 3, 8), "Saturday", "2022-03-05"),
    ("Russia was given until Friday to respond.", dt.date(2022, 3, 8), "Friday", "2022-03-11"),
    # the start of a period is the nearest such month, whatever the clause's tense
    ("DRAM maker Elpida said it was considering spending 100 billion yen in the year starting April.",
     dt.date(2008, 1, 29), "April", "2008-04"),
    # a time clause under the writer's own "would" keeps its past; under reported speech it is told ahead
    ("The capture of Lyman would be a major setback for Russia after Putin proclaimed the annexation of the "
     "Donetsk region at a ceremony in the Kremlin on Friday.", dt.date(2022, 10, 1), "Friday", "2022-09-30"),
    ("Ford's statement that it would not have a revised restructuring plan until July raised questions.",
     dt.date(2008, 5, 23), "July", "2008-07"),
    # the past of a supposition under a modal tells of what may come; told in the past, the nearest such time
    ("He knew that his planned six-month mission could be extended if Roscosmos approved the launch of an actress "
     "in September.", dt.date(2021, 5, 13), "September", "2021-09"),
    ("The two men spoke by phone in March, when the president warned Beijing it would face consequences if it "
     "propped up Russia's invasion, and again in July.", dt.date(2022, 10, 19), "July", "2022-07"),
    # a month after "than in", under a verb told ahead, is a point of comparison
    ("Reinhart said he wouldn't expect CEOs to feel much different now than in March.", dt.date(2008, 8, 13),
     "March", "2008-03"),
    # a sentence whose verb the parser took for a modifier of its root noun: the first verb group tells
    ("In March, the platforms Facebook and Instagram were banned in Russia as extremist organizations.",
     dt.date(2022, 10, 2), "March", "2022-03"),
    # a list of days ahead runs on in order, "followed by" too
    ("Lehman Brothers and Goldman Sachs report earnings on Tuesday, followed by Morgan Stanley on Wednesday.",
     dt.date(2008, 3, 17), "Wednesday", "2008-03-19"),
    # what was said to be possible at a time is a prospect, ahead of the saying
    ("Trichet jolted markets on Thursday by saying higher benchmark interest rates were \"possible\" in July.",
     dt.date(2008, 6, 6), "July", "2008-07"),
    # what is done despite something is done despite a fact, not a prospect
    ("Britain is to supply long-range rocket artillery to Ukraine, despite a threat on Sunday from Russia's "
     "president.", dt.date(2022, 6, 6), "Sunday", "2022-06-05"),
    ("The oil giant does not expect to pay any extra tax this year despite the Government's decision in May to put "
     "a windfall tax on producers.", dt.date(2022, 10, 27), "May", "2022-05"),
    ("Unions will go ahead despite a planned meeting on Wednesday.", dt.date(2022, 6, 6), "Wednesday", "2022-06-08"),
    # an event of the past that something follows is over, even before a verb told ahead
    ("\"But we're still expecting the Dow to open higher following a big sell off on Friday.\"", dt.date(2008, 6, 9),
     "Friday", "2008-06-06"),
    ("Troops will withdraw following talks on Wednesday.", dt.date(2008, 6, 9), "Wednesday", "2008-06-11"),
    # what something came ahead of lies after it, however long the noun phrase between
    ("The White House did not mince words Monday about its message to Moscow ahead of the President Joe Biden's "
     "video call with Russian President Vladimir Putin Tuesday.", dt.date(2021, 12, 6), "Tuesday", "2021-12-07"),
    ("Ahead of Independence Day, Kyiv authorities banned large gatherings in the capital through Thursday for fear "
     "of missile strikes.", dt.date(2022, 8, 24), "Thursday", "2022-08-25"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("body", "published", "expression", "value"), ON_A_NOUN,
                         ids=[f"{p[2]}|{p[3]}" for p in ON_A_NOUN])
def test_timexes_from_doc_month_on_a_noun(nlp, body, published, expression, value):
    found = _doc_values(nlp, body, published)
    assert found.get(expression) == value, found


@pytest.mark.slow
@pytest.mark.parametrize(("body", "expression", "value"), PARSED, ids=[f"{p[1]}|{p[2]}" for p in PARSED])
def test_timexes_from_doc_tense_of_governing_verb(nlp, body, expression, value):
    from newsgraph.extract.nlp import parse

    article = _article(body)
    (doc,) = list(parse(nlp, [article]))
    found = {t.text: t.value for t in timexes_from_doc(article, doc)}
    assert found.get(expression) == value, found


SEED = Path(__file__).resolve().parents[2] / "examples" / "000_ad4cf2ea6679c452.txt"

# every time expression of the seed article (published Monday 2022-02-07), in order
SEED_TIMEXES = [
    ("next week", "DATE", "2022-W07", None),
    ("the end of this week", "DATE", "2022-W06", "END"),
    ("December", "DATE", "2021-12", None),
    ("Monday", "DATE", "2022-02-07", None),          # was headed to Moscow on Monday
    ("a week", "DURATION", "P1W", None),            # the start of a week of intense diplomacy
    ("Sunday", "DATE", "2022-02-06", None),          # Kuleba saying on Sunday
    ("48 hours", "DURATION", "PT48H", None),
    ("currently", "DATE", "PRESENT_REF", None),
    ("April", "DATE", "2022-04", None),
    ("Tuesday", "DATE", "2022-02-08", None),         # will go on to Kyiv Tuesday
    ("Monday", "DATE", "2022-02-07", None),          # Monday's talks
    ("mid-February", "DATE", "2022-02", "MID"),
    ("this weekend", "DATE", "2022-W05-WE", None),
    ("Monday", "DATE", "2022-02-07", None),          # will also meet Monday with Biden
    ("the past week", "DATE", "2022-W05", None),     # TimeBank/AQUAINT: "the past year" is the previous year
    ("40-minute", "DURATION", "PT40M", None),
    ("Sunday", "DATE", "2022-02-06", None),          # held a call with Biden on Sunday
    ("two-day", "DURATION", "P2D", None),
]


@pytest.mark.slow
def test_timexes_from_doc_seed_article_every_expression(nlp):
    from newsgraph.extract.nlp import parse
    from newsgraph.ingest.readers import parse_text

    article = parse_text(SEED.read_text(encoding="utf-8"), origin=str(SEED))
    (doc,) = list(parse(nlp, [article]))
    timexes = timexes_from_doc(article, doc)
    assert [(t.text, t.type, t.value, t.mod) for t in timexes] == SEED_TIMEXES
    for t in timexes:
        assert article.text[t.start:t.end] == t.text
        assert article.sentences[t.sentence].start <= t.start < article.sentences[t.sentence].end
    assert "several times" not in {t.text for t in timexes}


@pytest.mark.slow
def test_timexes_stage_in_default_pipeline(nlp):
    from newsgraph.extract import default_stages
    from newsgraph.pipeline import Pipeline

    from newsgraph.extract.nlp import parse

    names = [stage.name for stage in default_stages()]
    assert names[names.index("newsgraph.entities.v2") + 1] == STAGE.name  # right after the entities

    pipeline = Pipeline([STAGE], parser=lambda articles: parse(nlp, articles))
    (result,) = pipeline.process([_article("Talks resume next week.")])
    assert [(t.text, t.value) for t in result.timexes] == [("next week", "2022-W07")]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([
    "Monday", "next week", "May", "1990", "48 hours", "two-day", "the third quarter", "a year ago", "3 p.m. EST",
    "mid-February", "every week", "now", "Feb. 7", "troops", "said", "the", ",", ".", "\n", "fiscal", "1990s",
    "2 1/2 years", "Tuesdays", "this weekend", "the past", "recently", "12:30", "Q3", "nineteen ninety-six",
]), max_size=25).map(" ".join))
def test_candidates_from_text_same_as_full_scan(text):
    from newsgraph.extract.timexes import candidates_from_text, candidates_from_text_full

    def key(candidates):
        return sorted((c.start, c.end, c.rule) for c in candidates)

    assert key(candidates_from_text(text)) == key(candidates_from_text_full(text))


@pytest.mark.parametrize(("place", "ahead"), [
    ("SINGAPORE", True), ("TOKYO/SEOUL", True), ("SYDNEY", True), ("NEW DELHI", True),
    ("MOSCOW", False), ("KYIV", False), ("NEW YORK", False), ("CHINA", False), ("NOWHERE", False),
])
def test_dateline_day_ahead_is_a_city_far_east_of_utc(place, ahead):
    from newsgraph.extract.timexes import dateline_day_ahead

    assert dateline_day_ahead(place, dt.date(2008, 3, 17)) is ahead


@pytest.mark.slow
@pytest.mark.parametrize(("body", "published", "expected"), [
    # datelined far east of UTC on a feed dated in the U.S.: a weekday read six days back is the
    # local day, the day after publication; the day of publication keeps its reading
    ("SINGAPORE (Reuters) - The world's biggest passenger plane left Singapore for London on Tuesday. It said "
     "on Monday that the flight was full.", dt.date(2008, 3, 17), [("Tuesday", "2008-03-18"), ("Monday", "2008-03-17")]),
    # ... but not a past perfect, nor "last Tuesday", nor a dateline on the publication clock
    # a day told by the local clock: the same
    ("Key Ukrainian government websites were down early Thursday morning local time.", dt.date(2022, 2, 23),
     [("early Thursday morning", "2022-02-24TMO")]),
    ("Russia launched a full-scale invasion of Ukraine Thursday local time.", dt.date(2022, 2, 25),
     [("Thursday", "2022-02-24")]),
    # (the underscore of older wire copy opens a dateline too)
    ("WELLINGTON, New Zealand (AP) _ New Zealand said Friday in response to U.S. missile attacks that the United "
     "States had the right to defend its citizens.", dt.date(1998, 8, 20), [("Friday", "1998-08-21")]),
    ("TOKYO (Reuters) - Microsoft had threatened on Saturday to launch a hostile bid.", dt.date(2008, 4, 11),
     [("Saturday", "2008-04-05")]),
    ("TOKYO (Reuters) - The bank raised rates last Tuesday.", dt.date(2008, 3, 17), [("last Tuesday", "2008-03-11")]),
    ("LONDON (Reuters) - The plane left London on Tuesday.", dt.date(2008, 3, 17), [("Tuesday", "2008-03-11")]),
])
def test_timexes_from_doc_a_dateline_far_east_reads_its_local_day(nlp, body, published, expected):
    from newsgraph.extract.nlp import parse

    article = _article(body, published)
    (doc,) = list(parse(nlp, [article]))
    assert [(t.text, t.value) for t in timexes_from_doc(article, doc)] == expected


def test_timexes_from_text_a_weekday_named_twice_in_a_sentence_is_one_day():
    # (the first told in the past, the others ahead: the first reading holds for the second, in its sentence)
    text = "On Wednesday there was confusion: some believed it would be Wednesday. Others said Wednesday."
    found = timexes_from_text(text, dt.date(2020, 7, 2), tense_of=lambda start, end: PAST if start < 5 else FUTURE)
    assert [(text[f.start:f.end], f.value) for f in found] == [
        ("Wednesday", "2020-07-01"), ("Wednesday", "2020-07-01"), ("Wednesday", "2020-07-08")]
