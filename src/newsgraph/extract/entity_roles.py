"""Roles and titles the text gives a person, and the country they imply.

Three constructions, read from tokens (and the parse for the copula):

* pre-nominal: ``Kremlin spokesman Dmitry Peskov``, ``German Chancellor Olaf Scholz``;
* appositive: ``Annalena Baerbock, his foreign minister,`` and
  ``his foreign minister, Annalena Baerbock,``;
* copular: ``X is the chief executive of Y``.

A role phrase is a run of title words (``lexicons/titles.tsv``: a head such as
``minister`` with optional modifiers such as ``foreign``) with qualifiers that
are names (``Kremlin``, ``US``, ``German``).  The qualifiers give the
country (``Ukrainian Foreign Minister`` -> UA).  A possessive determiner
(``his foreign minister``) is resolved to the nearest person before it; the
caller gives the role that person's country.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsgraph.extract.entity_repair import TokenSpan, title_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "whose"})
_APPOSITION_END = frozenset({",", ".", ";", ":", ")", "(", "-", "--", "—", "–", "said", "told", "says"})
# The longest role phrase read in either direction, in tokens; tuned on the seed
# article and the reuters-2008 sample (longer phrases were run-on noun phrases).
MAX_ROLE_TOKENS = 7


@dataclass(frozen=True, slots=True)
class RoleMention:
    """A role stated for the person at token span ``[start, end)``."""

    start: int
    end: int
    role: str
    qualifiers: tuple[tuple[str, str], ...] = ()  # (text, entity type) of names inside the role
    possessor: int | None = None  # token index of the person a possessive pronoun refers to
    of_name: tuple[str, str] | None = None  # "chief executive of Y": (Y, type)


def _label_at(spans_by_token: dict[int, TokenSpan], i: int) -> TokenSpan | None:
    return spans_by_token.get(i)


def _is_title(token: Token) -> str | None:
    return title_words().get(token.lower_) or title_words().get(token.lower_.rstrip("."))


def _phrase_left(doc: Doc, end: int, floor: int, spans_by_token: dict[int, TokenSpan]) -> tuple[int, list[TokenSpan]]:
    """Walk left from ``end`` over title words and qualifying names; (start, qualifiers)."""
    i = end - 1
    qualifiers: list[TokenSpan] = []
    while i >= floor and end - i <= MAX_ROLE_TOKENS:
        token = doc[i]
        span = _label_at(spans_by_token, i)
        if span is not None and span[2] in ("GPE", "NORP", "ORG", "LOC", "FAC"):
            qualifiers.append(span)
            i = span[0] - 1
            continue
        if token.text in ("'s", "’s") and i - 1 >= floor and _label_at(spans_by_token, i - 1) is not None:
            i -= 1
            continue
        if _is_title(token) and span is None:
            i -= 1
            continue
        break
    return i + 1, qualifiers


def _has_head(doc: Doc, start: int, end: int) -> bool:
    return end > start and _is_title(doc[end - 1]) == "head"


def _role_text(doc: Doc, start: int, end: int) -> str:
    while start < end and doc[start].lower_ in _DETERMINERS:
        start += 1
    return doc[start:end].text


def role_mentions(doc: Doc, spans: Sequence[TokenSpan],
                  person_before: Callable[[int], int | None]) -> list[RoleMention]:
    """Every role stated for a PERSON span; ``person_before(i)`` gives the token index of the
    nearest person mention before token ``i`` (for possessives), or None."""
    spans_by_token = {i: span for span in spans for i in range(span[0], span[1])}
    found: list[RoleMention] = []
    for start, end, label in spans:
        if label != "PERSON":
            continue
        sentence = doc[start].sent
        # pre-nominal: "German Chancellor Olaf Scholz"
        left, qualifiers = _phrase_left(doc, start, sentence.start, spans_by_token)
        if left < start and _has_head(doc, left, start):
            possessor = None
            if left - 1 >= sentence.start and doc[left - 1].lower_ in _POSSESSIVE_PRONOUNS:
                possessor = person_before(left - 1)
            found.append(RoleMention(start, end, _role_text(doc, left, start),
                                     tuple((doc[s:e].text, t) for s, e, t in qualifiers), possessor))
        # appositive before: "his foreign minister, Annalena Baerbock"
        if start - 2 >= sentence.start and doc[start - 1].text == ",":
            left, qualifiers = _phrase_left(doc, start - 1, sentence.start, spans_by_token)
            if left < start - 1 and _has_head(doc, left, start - 1):
                before = doc[left - 1] if left - 1 >= sentence.start else None
                if before is None or before.lower_ in _DETERMINERS or before.is_punct:
                    possessor = person_before(left - 1) if before is not None and before.lower_ in _POSSESSIVE_PRONOUNS else None
                    found.append(RoleMention(start, end, _role_text(doc, left, start - 1),
                                             tuple((doc[s:e].text, t) for s, e, t in qualifiers), possessor))
        # appositive after: "Dmitry Peskov, the Kremlin spokesman,"
        if end + 2 < sentence.end and doc[end].text == ",":
            role = _phrase_right(doc, end + 1, sentence.end, spans_by_token)
            if role is not None:
                found.append(RoleMention(start, end, *role[:2], possessor=person_before(start) if role[2] else None,
                                         of_name=role[3]))
        # copular: "X is the chief executive of Y"
        head = doc[end - 1]
        if head.dep_ == "nsubj" and head.head.lemma_ == "be":
            for attr in head.head.children:
                if attr.dep_ == "attr" and _is_title(attr) == "head":
                    role = _phrase_right(doc, attr.left_edge.i, sentence.end, spans_by_token)
                    if role is not None:
                        found.append(RoleMention(start, end, *role[:2], possessor=person_before(start) if role[2] else None,
                                                 of_name=role[3]))
    return found


def _phrase_right(doc: Doc, begin: int, limit: int, spans_by_token: dict[int, TokenSpan]
                  ) -> tuple[str, tuple[tuple[str, str], ...], bool, tuple[str, str] | None] | None:
    """A role phrase starting at ``begin``: [det] (qualifier|title)* head [of NAME]."""
    i = begin
    possessive = False
    if i < limit and doc[i].lower_ in _DETERMINERS:
        possessive = doc[i].lower_ in _POSSESSIVE_PRONOUNS
        i += 1
    qualifiers: list[TokenSpan] = []
    last_head = None
    while i < limit and i - begin <= MAX_ROLE_TOKENS:
        span = _label_at(spans_by_token, i)
        if span is not None and span[2] in ("GPE", "NORP", "ORG", "LOC", "FAC"):
            qualifiers.append(span)
            i = span[1]
            continue
        if span is None and (doc[i].text in ("'s", "’s") and qualifiers):
            i += 1
            continue
        kind = _is_title(doc[i]) if span is None else None
        if kind is None:
            break
        if kind == "head":
            last_head = i
        i += 1
    if last_head is None:
        return None
    end = last_head + 1
    of_name = None
    if end + 1 < limit and doc[end].lower_ == "of":
        span = _label_at(spans_by_token, end + 1)
        if span is None and end + 2 < limit and doc[end + 1].lower_ == "the":
            span = _label_at(spans_by_token, end + 2)
        if span is not None and span[2] in ("GPE", "ORG", "LOC", "NORP"):
            of_name = (doc[span[0]:span[1]].text, span[2])
            end = span[1]
    following = doc[end] if end < len(doc) else None
    if end < limit and following is not None and following.text not in _APPOSITION_END and not following.is_space:
        return None
    return (_role_text(doc, begin, end), tuple((doc[s:e].text, t) for s, e, t in qualifiers if s < end),
            possessive, of_name)


__all__ = ["MAX_ROLE_TOKENS", "RoleMention", "role_mentions"]
