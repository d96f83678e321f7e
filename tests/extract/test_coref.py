"""Pronoun and title coreference: agreement, salience and article-wide evidence."""

from __future__ import annotations


import pytest

from newsgraph.extract.coref import country_of, first_name_genders
from newsgraph.model import Article, Entity
from conftest import article_of


def resolved(nlp, article: Article) -> dict[tuple[int, int], str]:  # type: ignore[no-untyped-def]
    """(start, end) of every added mention -> entity name."""
    from newsgraph.extract.coref import entities_with_pronouns
    from newsgraph.extract.entities import entities_from_doc
    from newsgraph.extract.nlp import parse

    (doc,) = list(parse(nlp, [article]))
    before = entities_from_doc(article, doc)
    after = entities_with_pronouns(article, doc, before)
    old = {(m.start, m.end) for e in before for m in e.mentions}
    out = {}
    for entity in after:
        assert list(entity.mentions) == sorted(entity.mentions, key=lambda m: (m.start, m.end))
        for mention in entity.mentions:
            assert article.text[mention.start:mention.end] == mention.text
            if (mention.start, mention.end) not in old:
                out[(mention.start, mention.end)] = entity.name
    return out


def pronoun_at(article: Article, words: str, pronoun: str) -> tuple[int, int]:
    start = article.text.index(words) + words.index(pronoun)
    return start, start + len(pronoun)


@pytest.mark.parametrize(("words", "country"), [("Ukrainian", "Ukraine"), ("Kyiv", "Ukraine"),
                                                 ("French", "France"), ("Moscow", "Russia")])
def test_country_of_demonyms_and_places(words: str, country: str) -> None:
    assert country_of(words) == country


def test_first_name_genders_lexicon_is_data() -> None:
    genders = first_name_genders()
    assert genders["emmanuel"] == "m" and genders["annalena"] == "f"


# (lines, words around the pronoun, the pronoun, expected entity name)
CASES = [
    (["Emmanuel Macron arrived in Moscow on Monday.", "He said the talks would be long."],
     "He said", "He", "Emmanuel Macron"),
    (["Annalena Baerbock met Joe Biden in Washington.", "She said the meeting was useful."],
     "She said", "She", "Annalena Baerbock"),
    (["Mr. Smith met Olaf Scholz in Berlin.", "Later Ms. Jones arrived.", "She said nothing."],
     "She said", "She", "Ms. Jones"),
    # shuffled order: the previous sentence names the Frenchman, the evidence names the Ukrainian
    (["Ukrainian Foreign Minister Dmytro Kuleba spoke on Monday.",
      "French President Emmanuel Macron arrived in Moscow.",
      '"Ukraine will never give up our land," he told reporters in Kyiv.'],
     "he told", "he", "Dmytro Kuleba"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lines", "words", "pronoun", "name"), CASES)
def test_entities_with_pronouns_resolves_by_agreement_and_evidence(nlp, lines: list[str], words: str,  # type: ignore[no-untyped-def]
                                                                   pronoun: str, name: str) -> None:
    article = article_of(*lines)
    added = resolved(nlp, article)
    span = pronoun_at(article, words, pronoun)
    assert added.get(span, "").endswith(name.split()[-1]), added


@pytest.mark.slow
def test_entities_with_pronouns_definite_title(nlp) -> None:  # type: ignore[no-untyped-def]
    article = article_of("Kremlin spokesman Dmitry Peskov met reporters.", "Later the Kremlin spokesman said more.")
    added = resolved(nlp, article)
    assert "Dmitry Peskov" in added.values()


@pytest.mark.slow
def test_entities_with_pronouns_leaves_pronoun_without_candidate(nlp) -> None:  # type: ignore[no-untyped-def]
    article = article_of("It rained all day.", "She said it was cold.")
    assert resolved(nlp, article) == {}


def test_entities_with_pronouns_no_entities_is_identity() -> None:
    from newsgraph.extract.coref import entities_with_pronouns

    entities: list[Entity] = []
    assert entities_with_pronouns(article_of("Nothing here."), None, entities) == []


@pytest.mark.slow
def test_entities_with_pronouns_uses_entity_country_codes(nlp) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from newsgraph.extract.coref import entities_with_pronouns
    from newsgraph.extract.entities import entities_from_doc
    from newsgraph.extract.nlp import parse

    article = article_of("Dmytro Kuleba spoke on Monday.", "Emmanuel Macron arrived in Moscow.",
                         '"Ukraine will never give up our land," he told reporters in Kyiv.')
    (doc,) = list(parse(nlp, [article]))
    entities = [replace(e, country="UA") if e.name.endswith("Kuleba") else e for e in entities_from_doc(article, doc)]
    start = article.text.index("he told")
    resolved_to = [e.name for e in entities_with_pronouns(article, doc, entities)
                   if any(m.start == start for m in e.mentions)]
    assert resolved_to == ["Dmytro Kuleba"]
