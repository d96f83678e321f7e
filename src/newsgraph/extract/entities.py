"""Entities: NER spans grouped into one entity per referent within an article.

Mentions of one name are grouped; a short form ("Macron") joins the fullest
form that ends with it ("Emmanuel Macron"), which becomes the canonical name.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from newsgraph.model import Article, Entity, Mention, with_dateline_entity
from newsgraph.pipeline import Analysis, Stage

if TYPE_CHECKING:
    from spacy.tokens import Doc

# OntoNotes labels kept as entities; everything numeric or temporal is left to
# the timex and claim extractors.
LABEL_TYPES = {
    "PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "NORP": "NORP",
    "EVENT": "EVENT", "FAC": "FAC", "WORK_OF_ART": "OTHER", "LAW": "OTHER", "PRODUCT": "OTHER",
    "LANGUAGE": "OTHER",
}
_LEADING = ("the ", "The ")


def _trim(doc_text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading article and possessive "'s" from an NER span."""
    for lead in _LEADING:
        if doc_text.startswith(lead, start) and end - start > len(lead):
            start += len(lead)
    for tail in ("'s", "’s"):
        if doc_text.endswith(tail, start, end) and end - start > len(tail):
            end -= len(tail)
    return start, end


def entities_from_doc(article: Article, doc: Doc) -> list[Entity]:
    """Group NER mentions into entities, canonical name = the fullest form."""
    text = article.text
    spans: list[tuple[str, int, int]] = []
    for ent in doc.ents:
        etype = LABEL_TYPES.get(ent.label_)
        if etype is None:
            continue
        start, end = _trim(text, ent.start_char, ent.end_char)
        if not text[start:end].strip():
            continue
        spans.append((etype, start, end))

    # Longest names first, so short forms can join them.
    names: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for etype, start, end in spans:
        names.setdefault((etype, text[start:end]), []).append((start, end))
    order = sorted(names, key=lambda key: (-len(key[1]), min(s for s, _ in names[key])))
    groups: list[dict[str, Any]] = []
    by_key: dict[tuple[str, str], dict[str, Any]] = {}
    for etype, name in order:
        target = None
        if etype == "PERSON":
            for group in groups:
                full = group["name"]
                if group["type"] == etype and full != name and (
                    full.endswith(" " + name) or full.startswith(name + " ")
                ):
                    target = group
                    break
        if target is None:
            target = {"type": etype, "name": name, "aliases": [], "spans": []}
            groups.append(target)
        target["aliases"].append(name)
        target["spans"].extend(names[(etype, name)])
        by_key[(etype, name)] = target

    groups.sort(key=lambda g: min(s for s, _ in g["spans"]))
    entities = []
    for number, group in enumerate(groups):
        mentions = tuple(article.mention(s, e) for s, e in sorted(set(group["spans"])))
        entities.append(Entity(
            id=f"e{number}", name=group["name"], type=group["type"],
            aliases=tuple(sorted(set(group["aliases"]))), mentions=mentions,
        ))
    return entities


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


STAGE = Stage("newsgraph.entities.v1", _stage, requires=("doc",), assigns=("entities", "article"))

__all__ = ["STAGE", "Mention", "dateline_entity", "entities_from_doc"]
