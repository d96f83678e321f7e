"""Entities: NER repair rules on hand-built docs, roles and countries, and the seed article."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.extract import entity_repair as repair
from newsgraph.extract.entities import STAGE, dateline_entity, entities_from_doc
from newsgraph.model import Article, Extraction, Sentence
from newsgraph.pipeline import Analysis

VOCAB = spacy.blank("en").vocab


def make(sentences: list[str], ents: dict[str, str]) -> tuple[Article, Doc]:
    """A doc over whitespace-separated sentences (one per line) with entities given as
    {"Olaf Scholz": "PERSON", ...}: every occurrence (at token boundaries) is tagged."""
    words, spaces, starts = [], [], []
    for number, sentence in enumerate(sentences):
        tokens = sentence.split(" ")
        for i, token in enumerate(tokens):
            words.append(token)
            spaces.append(i < len(tokens) - 1)
            starts.append(i == 0)
        if number < len(sentences) - 1:
            words.append("\n")
            spaces.append(False)
            starts.append(False)
    tags = ["O"] * len(words)
    for name, label in sorted(ents.items(), key=lambda item: -len(item[0].split())):
        parts = name.split(" ")
        for i in range(len(words) - len(parts) + 1):
            if words[i:i + len(parts)] == parts and all(t == "O" for t in tags[i:i + len(parts)]):
                tags[i:i + len(parts)] = [f"B-{label}"] + [f"I-{label}"] * (len(parts) - 1)
    doc = Doc(VOCAB, words=words, spaces=spaces, sent_starts=starts, ents=tags)
    text = doc.text
    offsets, position = [], 0
    for index, sentence in enumerate(sentences):
        offsets.append(Sentence(index, position, position + len(sentence)))
        position += len(sentence) + 1
    article = Article("t", "test", dt.date(2022, 2, 7), None, text, tuple(offsets))
    assert text == "\n".join(sentences)
    return article, doc


def spans(doc: Doc, token_spans) -> list[tuple[str, str]]:
    return [(doc[s:e].text, label) for s, e, label in token_spans]


def by_name(entities, name):
    matches = [e for e in entities if e.name == name]
    assert matches, f"no entity {name!r} in {[e.name for e in entities]}"
    return matches[0]


@pytest.mark.parametrize(("sentence", "ents", "expected"), [
    ("He left the European Union 's summit .", {"the European Union 's": "ORG"}, [("European Union", "ORG")]),
    ("-- Dimitris Kontogiannis , Athens", {"-- Dimitris Kontogiannis": "PERSON"}, [("Dimitris Kontogiannis", "PERSON")]),
    ("President Joe Biden spoke .", {"President Joe Biden": "PERSON"}, [("Joe Biden", "PERSON")]),
    ("London Newsroom +44", {"London Newsroom +44": "ORG"}, [("London Newsroom", "ORG")]),
])
def test_entities_trimmed_spans(sentence, ents, expected):
    _, doc = make([sentence], ents)
    assert spans(doc, repair.trimmed(doc, repair.model_spans(doc))) == expected


def test_entities_surname_tagged_gpe_or_norp_becomes_person():
    _, doc = make(["German Chancellor Olaf Scholz met Dmytro Kuleba .", "Scholz and Kuleba spoke ."],
                  {"Olaf Scholz": "PERSON", "Dmytro Kuleba": "PERSON", "Scholz": "GPE", "Kuleba": "NORP"})
    result = dict(spans(doc, repair.linked_surnames(doc, repair.model_spans(doc))))
    assert result["Scholz"] == "PERSON" and result["Kuleba"] == "PERSON"


@pytest.mark.parametrize(("name", "label", "expected"), [
    ("Kyiv", "PERSON", "GPE"),       # a capital tagged PERSON
    ("Ukraine", "ORG", "GPE"),       # a country tagged ORG
    ("Kremlin", "ORG", "ORG"),       # an institution stays ORG
    ("Peskov", "PERSON", "PERSON"),  # not a place
])
def test_entities_gazetteer_retyping(name, label, expected):
    _, doc = make([f"He went to {name} today ."], {name: label})
    assert spans(doc, repair.gazetteer_retyped(doc, repair.model_spans(doc))) == [(name, expected)]


def test_entities_gazetteer_keeps_a_surname_that_is_also_a_place():
    _, doc = make(["Michael Jordan scored .", "Jordan left ."], {"Michael Jordan": "PERSON", "Jordan": "PERSON"})
    assert dict(spans(doc, repair.gazetteer_retyped(doc, repair.model_spans(doc))))["Jordan"] == "PERSON"


def test_entities_type_vote_across_mentions():
    _, doc = make(["Gazprom said .", "Gazprom rose .", "Gazprom fell ."], {"Gazprom": "ORG"})
    token_spans = repair.model_spans(doc)
    token_spans[1] = (token_spans[1][0], token_spans[1][1], "PERSON")
    assert {label for _, label in spans(doc, repair.voted_types(doc, token_spans))} == {"ORG"}


def test_entities_propagation_tags_missed_mentions_and_capitals():
    _, doc = make(["Kenny Dalglish left Blackburn .", "DALGLISH SAD .", "Later , Dalglish said no ."],
                  {"Kenny Dalglish": "PERSON"})
    result = spans(doc, repair.propagated(doc, repair.model_spans(doc)))
    assert ("DALGLISH", "PERSON") in result and ("Dalglish", "PERSON") in result


def test_entities_results_line_teams_are_orgs():
    _, doc = make(["Bahia 2 Santos 0 Gremio 1 Vitoria 1"], {"Bahia": "GPE", "Santos": "GPE", "Gremio": "ORG"})
    assert {label for _, label in spans(doc, repair.results_line_teams(doc, repair.model_spans(doc)))} == {"ORG"}
    _, doc = make(["Kent v Surrey at Canterbury ."], {"Kent": "GPE", "Surrey": "GPE", "Canterbury": "GPE"})
    assert dict(spans(doc, repair.results_line_teams(doc, repair.model_spans(doc)))) == {
        "Kent": "ORG", "Surrey": "ORG", "Canterbury": "GPE"}


@pytest.mark.parametrize(("sentences", "ents", "person", "role", "country"), [
    (["German Chancellor Olaf Scholz met reporters ."], {"German": "NORP", "Olaf Scholz": "PERSON"},
     "Olaf Scholz", "German Chancellor", "DE"),
    (["Kremlin spokesman Dmitry Peskov said no ."], {"Kremlin": "ORG", "Dmitry Peskov": "PERSON"},
     "Dmitry Peskov", "Kremlin spokesman", "RU"),
    (["Dmitry Peskov , the Kremlin spokesman , said no ."], {"Kremlin": "ORG", "Dmitry Peskov": "PERSON"},
     "Dmitry Peskov", "Kremlin spokesman", "RU"),
    (["US President Joe Biden spoke ."], {"US": "GPE", "Joe Biden": "PERSON"}, "Joe Biden", "US President", "US"),
    (["Sarah Smith , chief executive of Tesco , said ."], {"Sarah Smith": "PERSON", "Tesco": "ORG"},
     "Sarah Smith", "chief executive of Tesco", None),
])
def test_entities_roles_and_countries(sentences, ents, person, role, country):
    article, doc = make(sentences, ents)
    entity = by_name(entities_from_doc(article, doc), person)
    assert role in entity.roles
    assert entity.country == country


def test_entities_possessive_role_takes_the_possessors_country():
    article, doc = make(["German Chancellor Olaf Scholz is in Washington .",
                         "While Scholz is away , his foreign minister , Annalena Baerbock , will be in Kyiv ."],
                        {"German": "NORP", "Olaf Scholz": "PERSON", "Scholz": "PERSON", "Washington": "GPE",
                         "Annalena Baerbock": "PERSON", "Kyiv": "GPE"})
    baerbock = by_name(entities_from_doc(article, doc), "Annalena Baerbock")
    assert baerbock.roles == ("foreign minister",)
    assert baerbock.country == "DE"


def test_entities_short_forms_join_full_names_and_two_smiths_stay_apart():
    article, doc = make(["John Smith met Mary Smith .", "Smith said yes .", "Macron and Emmanuel Macron ."],
                        {"John Smith": "PERSON", "Mary Smith": "PERSON", "Smith": "PERSON",
                         "Emmanuel Macron": "PERSON", "Macron": "PERSON"})
    entities = entities_from_doc(article, doc)
    names = [e.name for e in entities if e.type == "PERSON"]
    assert names.count("John Smith") == 1 and names.count("Mary Smith") == 1
    assert by_name(entities, "Emmanuel Macron").aliases == ("Emmanuel Macron", "Macron")


def test_entities_place_forms_merge_by_geonames_id():
    article, doc = make(["The US and the United States and U.S. officials ."],
                        {"US": "GPE", "United States": "GPE", "U.S.": "GPE"})
    places = [e for e in entities_from_doc(article, doc) if e.type == "GPE"]
    assert len(places) == 1 and places[0].name == "United States" and places[0].country == "US"


def test_entities_mentions_are_exact_spans():
    article, doc = make(["Kremlin spokesman Dmitry Peskov said Kyiv is far ."],
                        {"Kremlin": "ORG", "Dmitry Peskov": "PERSON", "Kyiv": "PERSON"})
    for entity in entities_from_doc(article, doc):
        for mention in entity.mentions:
            assert article.text[mention.start:mention.end] == mention.text
            assert entity.type != "PERSON" or entity.geo is None


def test_entities_stage_declares_its_layers():
    assert STAGE.name == "newsgraph.entities.v2"
    assert STAGE.requires == ("doc",) and STAGE.assigns == ("entities", "article")


# --- the seed article, through the real model -------------------------------------------

PEOPLE = [
    ("Emmanuel Macron", "French President", "FR"),
    ("Dmitry Peskov", "Kremlin spokesman", "RU"),
    ("Olaf Scholz", "German Chancellor", "DE"),
    ("Dmytro Kuleba", "Ukrainian Foreign Minister", "UA"),
    ("Annalena Baerbock", "foreign minister", "DE"),
    ("Volodymyr Zelensky", "Ukrainian President", "UA"),
    ("Joe Biden", "US President", "US"),
]
PLACES = [
    ("Moscow", "RU", (55.75, 37.62)),
    ("Kyiv", "UA", (50.45, 30.52)),
    ("Paris", "FR", (48.85, 2.35)),
    ("Washington", "US", (38.9, -77.04)),
    ("Poland", "PL", (52.2, 21.0)),
    ("Ukraine", "UA", (50.45, 30.52)),
    ("Russia", "RU", (55.75, 37.62)),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "role", "country"), PEOPLE)
def test_entities_seed_people(seed_entities, name, role, country):
    _, entities = seed_entities
    entity = by_name(entities, name)
    assert entity.type == "PERSON"
    assert role in entity.roles
    assert entity.country == country
    assert entity.geo is None
    assert not [e for e in entities if e.type != "PERSON" and e.name in name.split()]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "country", "point"), PLACES)
def test_entities_seed_places(seed_entities, name, country, point):
    _, entities = seed_entities
    entity = by_name(entities, name)
    assert entity.type in ("GPE", "LOC")
    assert entity.country == country
    assert entity.geo.lat == pytest.approx(point[0], abs=1.0)
    assert entity.geo.lon == pytest.approx(point[1], abs=1.0)


@pytest.mark.slow
def test_entities_seed_dateline_and_direction(seed_entities):
    article, entities = seed_entities
    paris = by_name(entities, "Paris")
    assert dateline_entity(article, entities) == paris.id
    assert "PARIS" in paris.aliases
    east = by_name(entities, "eastern Ukraine")
    assert east.direction == "eastern" and east.country == "UA"


@pytest.mark.slow
def test_entities_seed_stage_output_round_trips(seed_entities, nlp):
    from newsgraph.extract.nlp import parse

    article, _ = seed_entities
    doc = next(parse(nlp, [article]))
    layers = STAGE(Analysis(article, {"article": article, "doc": doc}))
    extraction = Extraction(layers["article"], tuple(layers["entities"]))
    assert layers["article"].dateline.entity is not None
    assert Extraction.from_dict(extraction.to_dict()) == extraction


@pytest.mark.slow
def test_entities_seed_output_matches_the_contract_schema(seed_entities):
    import json

    from newsgraph.evaluation.conll import shared_dir

    jsonschema = pytest.importorskip("jsonschema")
    schema_path = shared_dir() / "contract" / "extraction.schema.json"
    if not schema_path.exists():
        pytest.skip(f"contract schema not found at {schema_path}")
    article, entities = seed_entities
    data = Extraction(article, tuple(entities)).to_dict()
    jsonschema.validate(data, json.loads(schema_path.read_text()))


# --- span invariants on arbitrary tagged docs ----------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

WORDS = ["Kyiv", "Olaf", "Scholz", "the", "said", "US", "Macron", "'s", ",", "President", "eastern",
         "Ukraine", "Kremlin", "spokesman", "Peskov", ".", "2", "v", "Kent", "his", "minister", "-"]
LABELS = ["O", "PERSON", "GPE", "ORG", "NORP", "LOC"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(LABELS)), min_size=1, max_size=12),
                min_size=1, max_size=4))
def test_entities_mentions_are_exact_disjoint_spans(sentences):
    words, spaces, starts, tags = [], [], [], []
    for number, sentence in enumerate(sentences):
        previous = "O"
        for i, (word, label) in enumerate(sentence):
            words.append(word)
            spaces.append(i < len(sentence) - 1)
            starts.append(i == 0)
            tags.append("O" if label == "O" else ("I-" if label == previous else "B-") + label)
            previous = label
        if number < len(sentences) - 1:
            words.append("\n")
            spaces.append(False)
            starts.append(False)
            tags.append("O")
    doc = Doc(VOCAB, words=words, spaces=spaces, sent_starts=starts, ents=tags)
    lines = doc.text.split("\n")
    offsets, position = [], 0
    for index, line in enumerate(lines):
        offsets.append(Sentence(index, position, position + len(line)))
        position += len(line) + 1
    article = Article("h", "h", dt.date(2022, 2, 7), None, doc.text, tuple(offsets))
    entities = entities_from_doc(article, doc)
    seen = []
    for entity in entities:
        assert entity.name in entity.aliases
        for mention in entity.mentions:
            assert article.text[mention.start:mention.end] == mention.text
            assert mention.text.strip() == mention.text and mention.text
            assert article.sentences[mention.sentence].start <= mention.start
            seen.append((mention.start, mention.end))
        if entity.type == "PERSON":
            assert entity.geo is None
    seen.sort()
    assert all(a[1] <= b[0] for a, b in zip(seen, seen[1:]))


def test_entities_results_line_untagged_team_names_become_orgs():
    _, doc = make(["Bahia 2 Atletico Paranaense 0 Gremio 1"], {"Bahia": "GPE"})
    assert spans(doc, repair.results_line_teams(doc, repair.model_spans(doc))) == [
        ("Bahia", "ORG"), ("Atletico Paranaense", "ORG"), ("Gremio", "ORG")]


def test_entities_dates_are_not_results_lines():
    _, doc = make(["Sales rose in March 2008 and April 2009 ."], {})
    assert repair.results_line_teams(doc, []) == []


@pytest.mark.parametrize(("sentence", "ents", "expected"), [
    ("Scorers : Gloria Bistrita - Ilie Lazar ( 32nd )", {"Gloria Bistrita - Ilie Lazar": "PERSON"},
     [("Gloria Bistrita", "PERSON"), ("Ilie Lazar", "PERSON")]),
    ("( M. Dowman 107 )", {"M. Dowman 107": "PERSON"}, [("M. Dowman", "PERSON")]),
])
def test_entities_split_and_trim(sentence, ents, expected):
    _, doc = make([sentence], ents)
    assert spans(doc, repair.trimmed(doc, repair.split_at_dashes(doc, repair.model_spans(doc)))) == expected


def test_entities_propagation_prefers_the_full_name():
    _, doc = make(["Costas met them .", "Prime Minister Costas Simitis spoke .", "Costas Simitis left ."],
                  {"Costas": "PERSON", "Costas Simitis": "PERSON"})
    doc.ents = [e for e in doc.ents if e.start != 7]  # the model missed the second mention
    assert ("Costas Simitis", "PERSON") in spans(doc, repair.propagated(doc, repair.model_spans(doc)))


def test_entities_ticker_is_an_org_and_capitals_only_place_takes_geonames_spelling():
    article, doc = make(["ATLANTA ( Reuters ) - Kohl 's Corp ( KSS.N ) said ."],
                        {"ATLANTA": "GPE", "Reuters": "ORG", "KSS.N": "GPE"})
    entities = entities_from_doc(article, doc)
    assert by_name(entities, "KSS.N").type == "ORG"
    atlanta = by_name(entities, "Atlanta")
    assert atlanta.aliases == ("ATLANTA",) and atlanta.country == "US"


def test_entities_one_name_typed_two_ways_is_one_entity():
    article, doc = make(["BellSouth rose .", "BellSouth fell ."], {})
    doc.ents = [doc.char_span(0, 9, label="ORG"), doc.char_span(17, 26, label="LOC")]
    (entity,) = entities_from_doc(article, doc)
    assert entity.type == "ORG" and len(entity.mentions) == 2


def test_entities_company_legal_form_does_not_split_an_organisation():
    article, doc = make(["AT&T Inc said AT&T would grow ."], {"AT&T Inc": "ORG", "AT&T": "ORG"})
    (entity,) = entities_from_doc(article, doc)
    assert entity.name == "AT&T Inc" and entity.aliases == ("AT&T", "AT&T Inc")


def test_entities_capitals_only_dateline_place_gets_a_readable_name():
    article, doc = make(["NEW YORK ( Reuters ) - Shares rose ."], {"NEW YORK": "GPE", "Reuters": "ORG"})
    place = by_name(entities_from_doc(article, doc), "New York")
    assert place.country == "US" and place.aliases == ("NEW YORK",)
