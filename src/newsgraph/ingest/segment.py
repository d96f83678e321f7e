"""Sentence segmentation within body lines, and dateline detection.

Input lines are meant to hold one sentence each, but real feeds glue two
sentences together ("...with Putin and Zelensky.Visits to Moscow...") or put
several on one line.  We split inside each line at sentence-final punctuation
and never across lines, leaving abbreviations, initials, decimals, "U.S." and
"p.m." alone.  The rules are deliberately small and data-driven: the
abbreviation lists below live in ``lexicons/abbreviations.txt``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from newsgraph.model import Dateline, Sentence

_CLOSERS = "\"'”’»)]"
_OPENERS = "\"'“‘«(["


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """(abbreviations that never end a sentence, those that may)."""
    never: set[str] = set()
    maybe: set[str] = set()
    text = resources.files("newsgraph.ingest").joinpath("abbreviations.txt").read_text("utf-8")
    target = never
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("[never]"):
            target = never
            continue
        if line.startswith("[maybe]"):
            target = maybe
            continue
        if not line or line.startswith("#"):
            continue
        target.update(word.lower() for word in line.split())
    return frozenset(never), frozenset(maybe)


# A candidate boundary: terminal punctuation, optional closing quotes/brackets,
# then either whitespace or (glued) directly the next sentence's first letter.
_BOUNDARY = re.compile(r"([.!?]+|…)([" + re.escape(_CLOSERS) + r"]*)(\s+|(?=[" + re.escape(_OPENERS) + r"A-Z]))")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.'’-]*)$")
# Words that commonly start a sentence right after "a.m."/"p.m."/"Inc." etc.
_STARTERS = frozenset(
    "the a an he she it they we i but and in on at this that these those there his her their our its "
    "however meanwhile earlier later officials police".split()
)


def _is_boundary(line: str, match: re.Match[str]) -> bool:
    punct, closers, gap = match.group(1), match.group(2), match.group(3)
    after = match.end()
    if after >= len(line):
        return False  # end of line is a boundary anyway
    nxt = line[after]
    before = line[: match.start()]
    glued = gap == ""
    if glued:
        # Only "word.Word" with a real word on each side: not "U.S.Army",
        # not "www.site.Com", not "3.5", not "Yahoo!News"-style brands.
        if punct != "." and punct not in ("?", "!"):
            return False
        if not re.search(r"[a-z]{2,}[" + re.escape(_CLOSERS) + r"]*$", before + closers) and not closers:
            return False
        tail = line[after:after + 3]
        if not re.match(r"[A-Z][a-z]|[" + re.escape(_OPENERS) + r"][A-Z]", tail):
            return False
        word = _WORD_BEFORE.search(before)
        if word and "." in word.group(1):
            return False
        return True
    if nxt.islower() or nxt in ",;:":
        return False
    if punct != ".":
        return True
    word_match = _WORD_BEFORE.search(before)
    if word_match is None:
        # "... 3.5 million." then capital: a number before the period ends a sentence.
        return True
    word = word_match.group(1)
    lowered = word.lower().rstrip(".")
    never, maybe = _abbreviations()
    if closers:
        return True
    if len(word) == 1 and word.isupper():
        return False  # an initial: "John F. Kennedy"
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):
        # "U.S." / "p.m." / "a.k.a."
        if lowered in maybe or len(word) <= 3:
            nxt_word = re.match(r"[A-Za-z]+", line[after:])
            return bool(nxt_word and nxt_word.group(0).lower() in _STARTERS)
        return False
    if lowered in never:
        return False
    if lowered in maybe:
        nxt_word = re.match(r"[A-Za-z]+", line[after:])
        return bool(nxt_word and nxt_word.group(0).lower() in _STARTERS)
    return True


def split_line(line: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` within one line, without surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(line):
        if not _is_boundary(line, match):
            continue
        end = match.end(2)
        spans.append((start, end))
        start = match.end()
    spans.append((start, len(line)))
    out = []
    for s, e in spans:
        while s < e and line[s].isspace():
            s += 1
        while e > s and line[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def segment(text: str) -> tuple[Sentence, ...]:
    """Sentences of an article body whose lines are separated by ``\\n``."""
    sentences: list[Sentence] = []
    offset = 0
    for line in text.split("\n"):
        for s, e in split_line(line):
            sentences.append(Sentence(len(sentences), offset + s, offset + e))
        offset += len(line) + 1
    return tuple(sentences)


# "PARIS - ", "GENEVA (Reuters) - ", "KYIV, Ukraine (AP) — ",
# "WASHINGTON, Feb 7 (Reuters) -", "NEW YORK/LONDON -", "Moscow, Russia —", and the
# underscore of older wire copy, "WELLINGTON, New Zealand (AP) _ ".
_DATELINE = re.compile(
    r"""(?P<place>[A-Z][A-Z'.\-]+(?:[ /][A-Z][A-Z'.\-]+){0,3})      # PARIS, NEW YORK, ST. PETERSBURG
        (?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+){0,2})?              # , Ukraine / , Feb
        (?:\s*\d{1,2})?                                                 # 7
        (?:\s*\((?P<agency>[A-Za-z][A-Za-z .&-]{0,30})\))?              # (Reuters)
        \s*(?:-{1,2}|–|—|_)\s+""",
    re.VERBOSE,
)
# All-caps words that open a sentence but are not places.
_NOT_PLACES = frozenset({"UPDATE", "BREAKING", "WATCH", "LIVE", "EXCLUSIVE", "ANALYSIS", "OPINION", "VIDEO", "PHOTOS"})


def find_dateline(text: str, sentences: tuple[Sentence, ...]) -> Dateline | None:
    """The dateline of the body, wherever its sentence sits (input may be shuffled)."""
    for sentence in sentences:
        match = _DATELINE.match(text, sentence.start, sentence.end)
        if match is None:
            continue
        place = match.group("place").rstrip(".-'")
        if place in _NOT_PLACES or len(place) < 2:
            continue
        start = match.start("place")
        return Dateline(place=place, start=start, end=start + len(place))
    return None
