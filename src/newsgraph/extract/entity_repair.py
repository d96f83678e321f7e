"""A repair layer over raw NER spans, using evidence from the whole article.

Raw OntoNotes NER on news makes errors that the rest of the article can
correct: a capital tagged PERSON ("Kyiv"), a surname tagged GPE or NORP
("Scholz", "Kuleba") when the full name appears elsewhere, a name tagged once
and missed in its other mentions, a team name in a results line tagged as its
city, spans that swallow a leading "the", a title or a dash.  Each repair is a
plain function over token spans ``(first token, end token, label)``;
``repaired_spans`` chains them.  Measured on CoNLL-2003 (see
``newsgraph.evaluation.conll`` and the README table).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from newsgraph.resolve.geocode import candidates, country_aliases, lexicon_rows

if TYPE_CHECKING:
    from spacy.tokens import Doc

TokenSpan = tuple[int, int, str]

# OntoNotes labels kept as entities; everything numeric or temporal is left to
# the timex and claim extractors.
LABEL_TYPES = {
    "PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "NORP": "NORP",
    "EVENT": "EVENT", "FAC": "FAC", "WORK_OF_ART": "OTHER", "LAW": "OTHER", "PRODUCT": "OTHER",
    "LANGUAGE": "OTHER",
}
NAME_TYPES = ("PERSON", "ORG", "GPE", "LOC")
_LEADING_WORDS = frozenset({"the", "a", "an"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
# A city whose name a model tags PERSON is retyped GPE from this population up;
# tuned on CoNLL-2003 train (smaller towns share names with people too often).
CITY_RETYPE_POPULATION = 500_000
_NO_TRAILING_NUMBER = frozenset({"PERSON", "GPE", "LOC", "NORP"})
_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
# Longest untagged team name read before a score (tuned on CoNLL-2003 train:
# "Atletico Paranaense", "Vasco da Gama" is cut to "Gama", rare).
MAX_TEAM_TOKENS = 3
# Capitalised words in results lines that are not team names.
_RESULT_WORDS = frozenset({"at", "in", "v", "vs", "and", "the", "attendance", "aggregate", "scorers", "half",
                           "halftime", "result", "results", "score", "scores", "round", "division", "league",
                           "group", "game", "games", "week", "leg", "first", "second", "third", "final",
                           "january", "february", "march", "april", "may", "june", "july", "august",
                           "september", "october", "november", "december", "jan", "feb", "mar", "apr",
                           "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday",
                           "wednesday", "thursday", "friday", "saturday", "sunday", "article", "section",
                           "chapter", "page", "paragraph", "rule", "phase", "stage", "level", "no", "number"})
# Reuters instrument codes: "KSS.N", "TSCO.L", "005930.KS".
_TICKER_RE = re.compile(r"^[A-Z0-9_]{1,8}[a-z]?\.[A-Z]{1,2}$")
_VERSUS = frozenset({"v", "v.", "vs", "vs.", "versus"})
# A score: up to three digits, maybe "236-4" or "7-5" (a year such as 2008 is not one).
_SCORE_RE = re.compile(r"^\d{1,3}(?:[-/]\d{1,3})*$")


@lru_cache(maxsize=1)
def title_words() -> dict[str, str]:
    """Lower-cased title word -> ``head`` or ``modifier`` (a word may be both: head wins)."""
    words: dict[str, str] = {}
    for word, kind in lexicon_rows("titles.tsv"):
        if words.get(word) != "head":
            words[word] = kind
    return words


@lru_cache(maxsize=1)
def _bare_titles() -> frozenset[str]:
    return frozenset(word.rstrip(".") for word in title_words())


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def words(doc: Doc) -> list[str]:
    """The token texts of ``doc`` (computed once per doc and kept in ``doc.user_data``)."""
    cached = doc.user_data.get("newsgraph.words")
    if cached is None or len(cached) != len(doc):
        cached = [token.text for token in doc]
        doc.user_data["newsgraph.words"] = cached
    return cached


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` without building a Span."""
    tokens = words(doc)
    cached = doc.user_data.get("newsgraph.starts")
    if cached is None or len(cached[0]) != len(doc):
        # doc.text joins every token on each access: keep it with the token offsets
        cached = ([int(i) for i in doc.to_array("IDX")] if len(doc) else [], doc.text)
        doc.user_data["newsgraph.starts"] = cached
    offsets, text = cached
    return text[offsets[start]:offsets[end - 1] + len(tokens[end - 1])]


def model_spans(doc: Doc) -> list[TokenSpan]:
    """The model's entities with newsgraph types."""
    return [(ent.start, ent.end, LABEL_TYPES[ent.label_]) for ent in doc.ents if ent.label_ in LABEL_TYPES]


def split_at_dashes(doc: Doc, spans: Iterable[TokenSpan]) -> list[TokenSpan]:
    """A span across a free-standing dash is two names ("Gloria Bistrita - Ilie Lazar")."""
    result = []
    for start, end, label in spans:
        first = start
        for i in range(start + 1, end - 1):
            if doc[i].text in _DASHES and doc[i].whitespace_ and doc[i - 1].whitespace_:
                result.append((first, i, label))
                first = i + 1
        result.append((first, end, label))
    return result


def trimmed(doc: Doc, spans: Iterable[TokenSpan]) -> list[TokenSpan]:
    """Spans without a leading article, dash or quote, a trailing possessive or
    punctuation, or (for people) a leading title ("President Joe Biden")."""
    titles = _bare_titles()
    result = []
    for start, end, label in spans:
        while start < end and (doc[start].lower_ in _LEADING_WORDS or _is_junk(doc[start])):
            start += 1
        while end > start and (doc[end - 1].text in _POSSESSIVE or _is_junk(doc[end - 1])):
            end -= 1
        if label in _NO_TRAILING_NUMBER:  # "M. Dowman 107", "Yorkshire 305-5"
            while end - start > 1 and not any(ch.isalpha() for ch in doc[end - 1].text):
                end -= 1
        if label == "PERSON":
            while end - start > 1 and doc[start].lower_.rstrip(".") in titles:
                start += 1
        if start < end and any(ch.isalpha() for ch in span_text(doc, start, end)):
            result.append((start, end, label))
    return result


def _is_junk(token) -> bool:  # noqa: ANN001 - a spaCy Token
    """Punctuation, or a token with neither letters nor digits ("+44", "--")."""
    return token.is_punct or token.is_space or not any(ch.isalnum() for ch in token.text) or (
        token.text.startswith("+") and token.text[1:].isdigit())


@lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    return " ".join(text.replace(".", "").lower().split())


def person_surnames(doc: Doc, spans: Iterable[TokenSpan]) -> dict[str, set[str]]:
    """Folded surname (last token of a multi-token PERSON span) -> the full names that end with it."""
    surnames: dict[str, set[str]] = {}
    for start, end, label in spans:
        if label == "PERSON" and end - start >= 2 and doc[end - 1].is_alpha:
            surnames.setdefault(doc[end - 1].lower_, set()).add(_fold(span_text(doc, start, end)))
    return surnames


def linked_surnames(doc: Doc, spans: list[TokenSpan]) -> list[TokenSpan]:
    """A single name that is the surname of a full PERSON name in the article is a PERSON ("Scholz")."""
    surnames = person_surnames(doc, spans)
    full_names = {name for names in surnames.values() for name in names}
    result = []
    for start, end, label in spans:
        text = _fold(span_text(doc, start, end))
        if label != "PERSON" and ((end - start == 1 and text in surnames) or text in full_names):
            label = "PERSON"
        result.append((start, end, label))
    return result


def tickers_retyped(doc: Doc, spans: list[TokenSpan]) -> list[TokenSpan]:
    """A stock ticker ("KSS.N", "VOWG_p.DE") names a company, whatever the model said."""
    return [(start, end, "ORG" if end - start == 1 and _TICKER_RE.match(doc[start].text) else label)
            for start, end, label in spans]


def gazetteer_retyped(doc: Doc, spans: list[TokenSpan]) -> list[TokenSpan]:
    """A PERSON, ORG or NORP span that names a country, or a PERSON span that names
    a large city, is a GPE ("Kyiv" tagged PERSON) -- unless it is a surname in the article."""
    surnames = person_surnames(doc, spans)
    aliases = country_aliases()
    result = []
    for start, end, label in spans:
        text = span_text(doc, start, end)
        if label in ("PERSON", "ORG", "NORP") and not (end - start == 1 and doc[start].lower_ in surnames):
            places = candidates(text)
            alias = aliases.get(_fold(text))
            if alias and alias[1] == "institution":
                pass
            elif any(p.kind == "country" for p in places) or (alias and alias[1] == "country"):
                label = "GPE"
            elif label in ("PERSON", "ORG") and any(
                    p.kind in ("admin1", "continent") or (p.kind == "city" and p.population >= CITY_RETYPE_POPULATION)
                    for p in places):
                label = "GPE"
            elif label in ("PERSON", "ORG") and places and _is_dateline(doc, start, end):
                label = "GPE"
        result.append((start, end, label))
    return result


def _is_dateline(doc: Doc, start: int, end: int) -> bool:
    """A capitalised place opening a line, followed by a comma or a date ("GDANSK , Poland 1996-08-22")."""
    if not doc[start].is_sent_start or not span_text(doc, start, end).isupper() or end >= len(doc):
        return False
    following = doc[end]
    return following.text in (",", "-", "\u2013") or bool(re.match(r"^\d{4}-\d\d-\d\d$", following.text))


def results_line_teams(doc: Doc, spans: list[TokenSpan]) -> list[TokenSpan]:
    """In sports results, a place name is a team, i.e. an ORG: followed by a score in a
    results line (two or more "Name 3" pairs), or on either side of "v" / "vs"
    ("Bahia 2 Atletico Paranaense 0", "Kent v Surrey")."""
    texts = words(doc)
    scores = [i for i, text in enumerate(texts)
              if i and text[:1].isdigit() and _SCORE_RE.match(text) and texts[i - 1][:1].isupper()]
    versus = [i for i, text in enumerate(texts) if text.lower() in _VERSUS]
    if len(scores) < 2 and not versus:
        return spans
    by_end = {end: i for i, (_, end, _) in enumerate(spans)}
    by_start = {start: i for i, (start, _, _) in enumerate(spans)}
    teams: set[int] = set()
    new: list[TokenSpan] = []
    if len(scores) >= 2:
        taken = {i for start, end, _ in spans for i in range(start, end)}
        sentence_starts = [sent.start for sent in doc.sents]
        per_sentence: dict[int, list[int]] = {}
        for i in scores:
            per_sentence.setdefault(bisect.bisect_right(sentence_starts, i - 1), []).append(i)
        for pairs in per_sentence.values():
            if len(pairs) < 2:
                continue
            teams.update(by_end[i] for i in pairs if i in by_end)
            for i in pairs:  # an untagged name before a score: the team's name
                start = i
                while start - 1 >= 0 and i - start < MAX_TEAM_TOKENS and start - 1 not in taken \
                        and texts[start - 1][:1].isupper() and texts[start - 1].isalpha() \
                        and texts[start - 1].lower() not in _RESULT_WORDS:
                    start -= 1
                if start < i:
                    new.append((start, i, "ORG"))
    for i in versus:
        if i in by_end:
            teams.add(by_end[i])
        if i + 1 in by_start:
            teams.add(by_start[i + 1])
    result = list(spans)
    for index in teams:
        start, end, label = result[index]
        if label in ("GPE", "LOC", "NORP", "FAC"):
            result[index] = (start, end, "ORG")
    return sorted(result + new)


def voted_types(doc: Doc, spans: list[TokenSpan]) -> list[TokenSpan]:
    """Every mention of one name gets the type most of its mentions have."""
    votes: dict[str, Counter[str]] = {}
    for start, end, label in spans:
        votes.setdefault(_fold(span_text(doc, start, end)), Counter())[label] += 1
    result = []
    for start, end, label in spans:
        counts = votes[_fold(span_text(doc, start, end))]
        best, top = counts.most_common(1)[0]
        if top > counts[label]:
            label = best
        result.append((start, end, label))
    return result


def propagated(doc: Doc, spans: list[TokenSpan]) -> list[TokenSpan]:
    """Other occurrences of a name the model tagged somewhere in the article (and of a
    tagged person's surname), also in capitals ("DALGLISH" for "Dalglish"), get its type."""
    if not spans:
        return spans
    texts = words(doc)
    stop_words = _stop_words()
    taken = [False] * len(doc)
    for start, end, _ in spans:
        for i in range(start, end):
            taken[i] = True
    names: dict[tuple[str, ...], Counter[str]] = {}
    for start, end, label in spans:
        if label in NAME_TYPES:
            names.setdefault(tuple(texts[start:end]), Counter())[label] += 1
    for surname in person_surnames(doc, spans):
        for start, end, label in spans:
            if label == "PERSON" and texts[end - 1].lower() == surname:
                names.setdefault((texts[end - 1],), Counter())["PERSON"] += 1
                break
    index: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        index.setdefault(text, []).append(i)
        if len(text) > 1 and text.isupper():
            index.setdefault(text.title(), []).append(i)
    added = list(spans)
    for name, counts in sorted(names.items(), key=lambda item: (-len(item[0]), item[0])):  # longest first
        if not name[0][:1].isupper() or (len(name) == 1 and (name[0].lower() in stop_words or len(name[0]) < 2)):
            continue
        label = counts.most_common(1)[0][0]
        for first in index.get(name[0], ()):
            end = first + len(name)
            if end > len(doc) or any(taken[first:end]):
                continue
            if all(texts[first + k] == w or (texts[first + k].isupper() and texts[first + k].title() == w)
                   for k, w in enumerate(name)):
                # a single capitalised word opening a sentence may be an ordinary word
                if len(name) == 1 and doc[first].is_sent_start and not texts[first].isupper():
                    continue
                added.append((first, end, label))
                for i in range(first, end):
                    taken[i] = True
    return sorted(added)


def repaired_spans(doc: Doc) -> list[TokenSpan]:
    """The model's entity spans after every repair, in document order."""
    spans = trimmed(doc, split_at_dashes(doc, model_spans(doc)))
    spans = linked_surnames(doc, spans)
    spans = gazetteer_retyped(doc, spans)
    spans = tickers_retyped(doc, spans)
    spans = results_line_teams(doc, spans)
    spans = voted_types(doc, spans)
    spans = propagated(doc, spans)
    return sorted(spans)


__all__ = ["LABEL_TYPES", "TokenSpan", "gazetteer_retyped", "linked_surnames", "model_spans",
           "propagated", "repaired_spans", "results_line_teams", "title_words", "trimmed", "voted_types"]
