"""Entities: one per real-world referent within an article.

Raw NER spans go through the repair layer (``entity_repair``), then mentions
are grouped into entities:

* people: a short form ("Macron") joins the full name it ends or starts with
  ("Emmanuel Macron"); when two full names share the surname, it joins the
  nearest one mentioned before it; spelling variants meet through the alias
  table (Zelenskyy -> Zelensky);
* places: mentions geocoded to the same GeoNames place are one entity
  ("U.S.", "US", "United States");
* organisations: an acronym joins the name it abbreviates ("EU", "European Union").

The canonical name is the fullest form used.  Roles come from
``entity_roles``; a person's country from their role's qualifiers
("Ukrainian Foreign Minister" -> UA) or from the person a possessive refers
to ("his foreign minister" -> the country of "his").  Places are geocoded
with the article's countries and dateline as context; a direction word is
kept ("eastern Ukraine" -> Ukraine, ``direction="eastern"``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from newsgraph.extract.entity_repair import TokenSpan, repaired_spans
from newsgraph.extract.entity_roles import RoleMention, role_mentions
from newsgraph.model import Article, Entity, Geo, Mention, with_dateline_entity
from newsgraph.pipeline import Analysis, Stage
from newsgraph.resolve.geocode import DIRECTIONS, Place, country_aliases, country_of_name, geocode, lexicon_rows
from newsgraph.resolve.names import canonical_spelling, fold, org_key

if TYPE_CHECKING:
    from spacy.tokens import Doc

PLACE_TYPES = ("GPE", "LOC", "FAC")
# Tie-break when a group's mentions are typed differently in equal numbers.
TYPE_PRIORITY = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "OTHER")
# Roles that relate a person to someone of another side: no shared country.
_RELATIONAL_ROLES = frozenset({"counterpart", "counterparts", "rival", "opponent", "envoy", "ambassador"})
_ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "in", "on", "de", "du", "la", "&"})


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Lower-cased demonym -> ISO country ("ukrainian" -> "UA")."""
    return {row[0].lower(): row[1] for row in lexicon_rows("demonyms.tsv")}


def country_of_demonym(text: str) -> str | None:
    key = fold(text)
    table = demonyms()
    if key in table:
        return table[key]
    for suffix in ("s", "es"):
        if key.endswith(suffix) and key[: -len(suffix)] in table:
            return table[key[: -len(suffix)]]
    return None


def country_of_qualifier(text: str, label: str) -> str | None:
    """The country a name inside a role or organisation name stands for."""
    if label == "NORP":
        return country_of_demonym(text)
    found = country_of_name(text)
    if found:
        return found
    words = text.split()
    if label == "ORG":
        for word in words:  # "Ukrainian Foreign Ministry", "Bank of England"
            found = country_of_demonym(word) or country_of_name(word)
            if found:
                return found
    if label in PLACE_TYPES:
        place = geocode(text)
        return place.country if place else None
    return None


@dataclass
class _Group:
    type: str
    spans: list[tuple[int, int]] = field(default_factory=list)  # char spans
    tokens: list[TokenSpan] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)
    place: Place | None = None

    @property
    def name(self) -> str:
        # the fullest form: most words, then longest, then first used
        order = {form: i for i, form in reversed(list(enumerate(self.forms)))}
        return max(order, key=lambda f: (len(f.split()), len(f), not f.isupper(), -order[f]))


def _acronym(text: str) -> str:
    return "".join(word[0] for word in text.replace("-", " ").split() if word.lower() not in _ACRONYM_SKIP).upper()


def grouped(article: Article, doc: Doc, spans: list[TokenSpan], places: dict[TokenSpan, Place]) -> list[_Group]:
    """Mentions grouped into one group per referent (see the module docstring)."""
    text = article.text
    groups: list[_Group] = []
    by_key: dict[tuple[str, str], _Group] = {}
    persons: list[_Group] = []

    def char_span(span: TokenSpan) -> tuple[int, int]:
        return doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1].text)

    # longest names first, so short forms find their full form
    order = sorted(spans, key=lambda s: (-(s[1] - s[0]), s[0]))
    for span in order:
        start, end = char_span(span)
        form = text[start:end]
        label = span[2]
        key_text = fold(canonical_spelling(form))
        place = places.get(span)
        if place is not None:
            key = ("PLACE", f"{place.geo.geonameid}/{place.direction or ''}")
        elif label == "PERSON":
            key = ("PERSON", key_text)
        else:  # one name is one referent whatever type its mentions got ("BellSouth" ORG and LOC)
            key = ("NAME", org_key(key_text) if label == "ORG" else key_text)
        group = by_key.get(key)
        if group is None and label == "PERSON":
            group = _person_for_short_form(key_text, span, persons)
        if group is None and label == "ORG" and form.isupper() and " " not in form:
            group = next((g for g in groups if g.type == "ORG" and len(g.name.split()) > 1
                          and _acronym(g.name) == form.replace(".", "")), None)
        if group is None:
            group = _Group(label, place=place)
            groups.append(group)
            if label == "PERSON":
                persons.append(group)
        by_key.setdefault(key, group)
        group.spans.append((start, end))
        group.tokens.append(span)
        group.forms.append(form)
    for group in groups:
        votes = Counter(t[2] for t in group.tokens)
        group.type = min(votes, key=lambda t: (-votes[t], TYPE_PRIORITY.index(t) if t in TYPE_PRIORITY else 99))
    groups.sort(key=lambda g: min(g.spans))
    return groups


def _person_for_short_form(key_text: str, span: TokenSpan, persons: list[_Group]) -> _Group | None:
    """The person a short form ("Macron", "Emmanuel") refers to: the unique full name that
    ends (or starts) with it, else the nearest such person mentioned before it."""
    words = key_text.split()
    matches = []
    for group in persons:
        for form in group.forms:
            full = fold(canonical_spelling(form)).split()
            if len(full) > len(words) and (full[-len(words):] == words or full[: len(words)] == words):
                matches.append(group)
                break
    if len(matches) == 1:
        return matches[0]
    before = [(max(t[0] for t in g.tokens if t[0] < span[0]), g) for g in matches
              if any(t[0] < span[0] for t in g.tokens)]
    return max(before, key=lambda pair: pair[0])[1] if before else None


def _dateline_span(article: Article, doc: Doc, spans: list[TokenSpan]) -> list[TokenSpan]:
    """Add the dateline place ("PARIS") as a GPE mention when the model missed it."""
    dateline = article.dateline
    if dateline is None:
        return spans
    for start, end, _ in spans:
        if doc[start].idx < dateline.end and dateline.start < doc[end - 1].idx + len(doc[end - 1].text):
            return spans
    span = doc.char_span(dateline.start, dateline.end, alignment_mode="contract")
    if span is None or len(span) == 0 or geocode(span.text) is None:
        return spans
    return sorted([*spans, (span.start, span.end, "GPE")])


def with_directions(doc: Doc, spans: list[TokenSpan]) -> list[TokenSpan]:
    """A place span preceded by a direction word takes it in ("eastern Ukraine")."""
    taken = {i for start, end, _ in spans for i in range(start, end)}
    result = []
    for start, end, label in spans:
        if label in PLACE_TYPES and start > 0 and doc[start - 1].lower_ in DIRECTIONS \
                and start - 1 not in taken and not doc[start - 1].is_sent_start and doc[start - 1].is_lower:
            start -= 1
        result.append((start, end, label))
    return result


def geocoded(article: Article, doc: Doc, spans: list[TokenSpan]) -> dict[TokenSpan, Place]:
    """Places for GPE/LOC/FAC spans, disambiguated by the article's countries and dateline."""
    names = {span: doc[span[0]:span[1]].text for span in spans if span[2] in PLACE_TYPES}
    context = {country_of_name(name) for name in names.values()}
    context.discard(None)
    dateline_country = None
    if article.dateline is not None:
        place = geocode(article.dateline.place, context=context)  # type: ignore[arg-type]
        dateline_country = place.country if place else None
    result = {}
    for span, name in names.items():
        place = geocode(name, context=context, dateline_country=dateline_country)  # type: ignore[arg-type]
        if place is not None:
            result[span] = place
    return result


def entities_from_doc(article: Article, doc: Doc) -> list[Entity]:
    """The article's entities with canonical names, roles, countries and places."""
    spans = with_directions(doc, _dateline_span(article, doc, repaired_spans(doc)))
    places = geocoded(article, doc, spans)
    groups = grouped(article, doc, spans, places)
    group_of_token: dict[int, int] = {}
    for number, group in enumerate(groups):
        for span in group.tokens:
            for i in range(span[0], span[1]):
                group_of_token[i] = number
    person_starts = sorted((t[0], n) for n, g in enumerate(groups) if g.type == "PERSON" for t in g.tokens)

    def person_before(i: int) -> int | None:
        candidates = [start for start, _ in person_starts if start < i]
        return candidates[-1] if candidates else None

    roles: dict[int, list[RoleMention]] = {}
    typed = sorted((t[0], t[1], g.type) for g in groups for t in g.tokens)
    for mention in role_mentions(doc, typed, person_before):
        roles.setdefault(group_of_token[mention.start], []).append(mention)

    countries: dict[int, str | None] = {}
    for number, group in enumerate(groups):
        countries[number] = _own_country(group)
    for _ in range(2):  # a possessor's country may itself come from a possessive
        for number, mentions in roles.items():
            if countries.get(number):
                continue
            for mention in mentions:
                country = _role_country(mention)
                # "his foreign minister" shares his country; "his counterpart" does not
                if country is None and mention.possessor is not None and not _is_relational(mention.role):
                    country = countries.get(group_of_token.get(mention.possessor, -1))
                if country:
                    countries[number] = country
                    break

    entities = []
    for number, group in enumerate(groups):
        role_texts = list({fold(m.role): m.role for m in reversed(sorted(roles.get(number, ()),
                                                                        key=lambda m: m.start))}.values())[::-1]
        place = group.place or next((places[t] for t in group.tokens if t in places), None)
        mentions = tuple(article.mention(s, e) for s, e in sorted(set(group.spans)))
        name = group.name
        if name.isupper() and place is not None and len(name) > 3 and "." not in name:
            # only capitals were used ("PARIS", "NEW YORK" datelines)
            name = place.name if fold(place.name) == fold(name) else name.title()
        entities.append(Entity(
            id=f"e{number}", name=name, type=group.type,
            aliases=tuple(sorted(set(group.forms))), roles=tuple(role_texts),
            country=countries.get(number), mentions=mentions,
            geo=Geo(place.geo.lat, place.geo.lon, place.geo.geonameid) if place and group.type in PLACE_TYPES else None,
            direction=place.direction if place and group.type in PLACE_TYPES else None,
        ))
    return entities


def _own_country(group: _Group) -> str | None:
    if group.type in PLACE_TYPES:
        return group.place.country if group.place else country_of_name(group.name)
    if group.type == "NORP":
        return next(filter(None, (country_of_demonym(f) for f in group.forms)), None)
    if group.type == "ORG":
        alias = country_aliases().get(fold(group.name))
        if alias:
            return alias[0]
        return next(filter(None, (country_of_qualifier(f, "ORG") for f in group.forms)), None)
    return None


def _is_relational(role: str) -> bool:
    return any(word in _RELATIONAL_ROLES for word in fold(role).split())


def _role_country(mention: RoleMention) -> str | None:
    for text, label in mention.qualifiers:
        country = country_of_qualifier(text, label)
        if country:
            return country
    if mention.of_name:
        return country_of_qualifier(*mention.of_name)
    return None


def dateline_entity(article: Article, entities: list[Entity]) -> str | None:
    """The id of the entity mentioned at the dateline place, if any."""
    if article.dateline is None:
        return None
    for entity in entities:
        for mention in entity.mentions:
            if mention.start < article.dateline.end and article.dateline.start < mention.end:
                return entity.id
    return None


def _stage(analysis: Analysis) -> Mapping[str, Any]:
    article = analysis.article
    entities = entities_from_doc(article, analysis["doc"])
    return {"entities": entities, "article": with_dateline_entity(article, dateline_entity(article, entities))}


def _setup() -> None:
    """Load the lookup tables this stage uses."""
    from newsgraph.extract.entity_repair import title_words
    from newsgraph.resolve.geocode import tables as geocode_tables

    demonyms()
    title_words()
    geocode_tables()


STAGE = Stage("newsgraph.entities.v2", _stage, requires=("doc",), assigns=("entities", "article"), setup=_setup)

__all__ = ["STAGE", "Mention", "canonical_spelling", "dateline_entity", "entities_from_doc", "fold"]
