"""The data model: one owner of the text, every annotation a span into it.

``Article`` owns ``text`` (the body exactly as read, NFC-normalised).
Sentences, mentions, time expressions, quotes, claims and events all point
into it with half-open character offsets ``[start, end)``; none keeps a copy
that could drift.  ``Extraction`` bundles an article with its annotation
layers and renders the public ``newsgraph.article/1`` contract.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field, fields, replace
from typing import Any

SCHEMA_VERSION = "newsgraph.article/1"

ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "FAC", "OTHER")
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
QUOTE_KINDS = ("direct", "indirect", "mixed")
CLAIM_QUALIFIERS = ("exact", "approx", "up_to", "at_least", "range")
EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
MODALITIES = ("asserted", "planned", "hypothetical", "negated")

# Second-level labels under which registrable domains sit one level deeper
# (bbc.co.uk, ewn.co.za, abc.net.au).  A short list covers the outlets of the
# news corpora; an unknown suffix falls back to the last two labels.
_SECOND_LEVEL = frozenset({"co", "com", "net", "org", "gov", "ac", "edu", "or", "ne", "go"})


def registrable_domain(url: str | None) -> str | None:
    """The registrable domain of ``url`` (``https://www.bbc.co.uk/x`` -> ``bbc.co.uk``)."""
    if not url:
        return None
    rest = url.split("://", 1)[-1]
    host = rest.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
    host = host.rsplit("@", 1)[-1].split(":", 1)[0].strip(".").lower()
    if not host or "." not in host:
        return host or None
    labels = host.split(".")
    if all(label.isdigit() for label in labels):
        return host
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int


def _sentence_start(sentence: Sentence) -> int:
    return sentence.start


@dataclass(frozen=True, slots=True)
class Dateline:
    """A body dateline such as ``PARIS -``; ``place`` is ``text[start:end]``."""

    place: str
    start: int
    end: int
    entity: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """One news article; the single owner of its text."""

    id: str
    title: str
    published: dt.date
    url: str | None
    text: str
    sentences: tuple[Sentence, ...]
    dateline: Dateline | None = None
    origin: str | None = None  # "path" or "path:line" the article was read from

    @property
    def source(self) -> str | None:
        return registrable_domain(self.url)

    def sentence_text(self, index: int) -> str:
        sentence = self.sentences[index]
        return self.text[sentence.start:sentence.end]

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence that contains character ``offset`` (or the nearest before it)."""
        return max(0, bisect.bisect_right(self.sentences, offset, key=_sentence_start) - 1)

    def mention(self, start: int, end: int) -> Mention:
        """A ``Mention`` over ``text[start:end]`` with its sentence index."""
        return Mention(self.sentence_index(start), start, end, self.text[start:end])


@dataclass(frozen=True, slots=True)
class Mention:
    sentence: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Geo:
    lat: float
    lon: float
    geonameid: int | str | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    country: str | None = None
    geo: Geo | None = None
    mentions: tuple[Mention, ...] = ()
    direction: str | None = None  # "eastern" for "eastern Ukraine" (a part of the geocoded place)


@dataclass(frozen=True, slots=True)
class Timex:
    text: str
    type: str
    value: str
    mod: str | None
    sentence: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    kind: str
    speaker: str | None
    speaker_text: str | None
    cue: str | None
    sentence: int
    start: int
    end: int
    # spans of ``speaker_text`` and ``cue`` (None when absent)
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    text: str
    value: float
    value_max: float | None
    qualifier: str
    unit: str | None
    claimant: str | None
    claimant_text: str | None
    sentence: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Event:
    type: str
    mode: str | None
    modality: str
    attributed_to: str | None
    trigger: str
    actors: tuple[str, ...]
    targets: tuple[str, ...]
    location: str | None
    date: str | None
    sentence: int
    start: int = 0  # span of the trigger
    end: int = 0


def _plain(value: Any) -> Any:
    """Dataclass trees to JSON-ready dicts and lists."""
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    return value


@dataclass(frozen=True, slots=True)
class Extraction:
    """An article with every per-article annotation layer."""

    article: Article
    entities: tuple[Entity, ...] = ()
    timexes: tuple[Timex, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    events: tuple[Event, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The ``newsgraph.article/1`` contract object."""
        article = self.article
        dateline = None
        if article.dateline is not None:
            dateline = _plain(article.dateline)
        return {
            "schema": SCHEMA_VERSION,
            "article": {
                "id": article.id,
                "title": article.title,
                "published": article.published.isoformat(),
                "url": article.url,
                "source": article.source,
                "dateline": dateline,
                "text": article.text,
                "sentences": [
                    {"index": s.index, "start": s.start, "end": s.end,
                     "text": article.text[s.start:s.end]}
                    for s in article.sentences
                ],
                "origin": article.origin,
            },
            "entities": [_plain(e) for e in self.entities],
            "timexes": [_plain(t) for t in self.timexes],
            "quotes": [_plain(q) for q in self.quotes],
            "claims": [_plain(c) for c in self.claims],
            "events": [_plain(e) for e in self.events],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Extraction:
        a = data["article"]
        dateline = None
        if a.get("dateline"):
            d = a["dateline"]
            dateline = Dateline(d["place"], d.get("start", 0), d.get("end", 0), d.get("entity"))
        article = Article(
            id=a["id"], title=a["title"], published=dt.date.fromisoformat(a["published"]),
            url=a["url"], text=a["text"],
            sentences=tuple(Sentence(s["index"], s["start"], s["end"]) for s in a["sentences"]),
            dateline=dateline, origin=a.get("origin"),
        )

        def mentions(items: list[dict[str, Any]]) -> tuple[Mention, ...]:
            return tuple(Mention(m["sentence"], m["start"], m["end"], m["text"]) for m in items)

        entities = tuple(
            Entity(
                id=e["id"], name=e["name"], type=e["type"], aliases=tuple(e["aliases"]),
                roles=tuple(e["roles"]), country=e["country"],
                geo=Geo(**e["geo"]) if e.get("geo") else None,
                mentions=mentions(e["mentions"]), direction=e.get("direction"),
            )
            for e in data["entities"]
        )
        timexes = tuple(Timex(**t) for t in data["timexes"])
        quotes = tuple(Quote(**q) for q in data["quotes"])
        claims = tuple(Claim(**c) for c in data["claims"])
        events = tuple(
            Event(**{**e, "actors": tuple(e["actors"]), "targets": tuple(e["targets"])})
            for e in data["events"]
        )
        return cls(article, entities, timexes, quotes, claims, events)


def with_dateline_entity(article: Article, entity_id: str | None) -> Article:
    if article.dateline is None:
        return article
    return replace(article, dateline=replace(article.dateline, entity=entity_id))


@dataclass(frozen=True, slots=True)
class Rejection:
    """A record that was not turned into a stored article, and why.

    ``stage`` is ``ingest`` for unreadable input, or the name of the pipeline
    stage that failed; ``line`` is 1-based where the problem has a line.
    """

    origin: str
    stage: str
    reason: str
    line: int | None = None
    article_id: str | None = None
