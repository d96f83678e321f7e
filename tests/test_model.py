from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsgraph.ingest import build_article
from newsgraph.model import Entity, Extraction, Geo, Timex, registrable_domain


@pytest.mark.parametrize(
    ("url", "exp"),
    [("https://ewn.co.za/2022/02/07/x", "ewn.co.za"), ("https://www.bbc.co.uk/news", "bbc.co.uk"),
     ("http://edition.cnn.com/a?b=c", "cnn.com"), ("https://www.abc.net.au/news", "abc.net.au"),
     ("https://user@www.example.org:8080/x", "example.org"), ("https://localhost/x", "localhost"),
     (None, None), ("", None)],
)
def test_model_registrable_domain(url, exp) -> None:
    assert registrable_domain(url) == exp


lines = st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\n\r"),
                         max_size=80), min_size=1, max_size=6)


@given(lines)
def test_model_round_trip_and_spans(body: list[str]) -> None:
    article = build_article(title="T", published=dt.date(2022, 2, 7), url="https://x.org/a", body_lines=body,
                            origin="mem")
    entities = []
    timexes = []
    for i, sentence in enumerate(article.sentences):
        mention = article.mention(sentence.start, sentence.end)
        assert mention.sentence == sentence.index
        entities.append(Entity(id=f"e{i}", name=mention.text, type="OTHER", aliases=(mention.text,),
                               geo=Geo(1.0, 2.0, 5), mentions=(mention,)))
        timexes.append(Timex(mention.text, "DATE", "2022", None, sentence.index, sentence.start, sentence.end))
    extraction = Extraction(article, tuple(entities), tuple(timexes))
    data = extraction.to_dict()
    assert Extraction.from_dict(data) == extraction
    text = data["article"]["text"]
    for sentence in data["article"]["sentences"]:
        assert text[sentence["start"]:sentence["end"]] == sentence["text"]
    for entity in data["entities"]:
        for mention in entity["mentions"]:
            assert text[mention["start"]:mention["end"]] == mention["text"]
