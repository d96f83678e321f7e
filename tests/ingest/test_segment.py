from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsgraph.ingest.segment import find_dateline, segment, split_line


def sentences_of(line: str) -> list[str]:
    return [line[s:e] for s, e in split_line(line)]


@pytest.mark.parametrize(
    ("line", "exp"),
    [
        ("One sentence.", ["One sentence."]),
        ("He met Putin and Zelensky.Visits to Moscow are expected.",
         ["He met Putin and Zelensky.", "Visits to Moscow are expected."]),
        ("It rose 3.5 percent. Shares fell.", ["It rose 3.5 percent.", "Shares fell."]),
        ("The U.S. Army said so.", ["The U.S. Army said so."]),
        ("Troops left the U.S. The move was unexpected.", ["Troops left the U.S.", "The move was unexpected."]),
        ("John F. Kennedy spoke.", ["John F. Kennedy spoke."]),
        ("Mr. Smith and Dr. Jones met Gen. Miller.", ["Mr. Smith and Dr. Jones met Gen. Miller."]),
        ("The talks start at 3 p.m. Tuesday in Paris.", ["The talks start at 3 p.m. Tuesday in Paris."]),
        ("They met at 3 p.m. The talks lasted an hour.", ["They met at 3 p.m.", "The talks lasted an hour."]),
        ('"We will win," he said. "Never give up."', ['"We will win," he said.', '"Never give up."']),
        ("Is it over? No, it is not!", ["Is it over?", "No, it is not!"]),
        ("Visit www.example.com for details.", ["Visit www.example.com for details."]),
        ("Apple Inc. said profit rose.", ["Apple Inc. said profit rose."]),
        ("It was founded on Feb. 7 in Kyiv.", ["It was founded on Feb. 7 in Kyiv."]),
        ("He said he was ready.The rest followed.", ["He said he was ready.", "The rest followed."]),
        ("", []),
        ("   ", []),
    ],
)
def test_segment_split_line(line: str, exp: list[str]) -> None:
    assert sentences_of(line) == exp


def test_segment_never_crosses_lines() -> None:
    text = "First line without a period\nsecond line starts lowercase.\n\nThird."
    sentences = segment(text)
    assert [text[s.start:s.end] for s in sentences] == [
        "First line without a period", "second line starts lowercase.", "Third."]
    assert [s.index for s in sentences] == [0, 1, 2]


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_segment_spans_are_ordered_trimmed_and_inside(text: str) -> None:
    sentences = segment(text)
    previous_end = 0
    for index, sentence in enumerate(sentences):
        assert sentence.index == index
        assert previous_end <= sentence.start < sentence.end <= len(text)
        piece = text[sentence.start:sentence.end]
        assert piece == piece.strip() and piece
        assert "\n" not in piece
        previous_end = sentence.end


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Some sentence.\nPARIS - French President Emmanuel Macron was headed to Moscow.", "PARIS"),
        ("GENEVA (Reuters) - Talks resumed on Monday.", "GENEVA"),
        ("KYIV, Ukraine (AP) — Sirens sounded.", "KYIV"),
        ("WASHINGTON, Feb 7 (Reuters) - The White House said.", "WASHINGTON"),
        ("NEW YORK - Stocks fell.", "NEW YORK"),
        ("WELLINGTON, New Zealand (AP) _ New Zealand said Friday it backed the strikes.", "WELLINGTON"),
        ("Not_a dateline _ here.", None),
        ("Nothing here - just a dash.", None),
        ("UPDATE - the story changed.", None),
    ],
)
def test_segment_find_dateline(text: str, place: str | None) -> None:
    sentences = segment(text)
    dateline = find_dateline(text, sentences)
    if place is None:
        assert dateline is None
    else:
        assert dateline is not None and dateline.place == place
        assert text[dateline.start:dateline.end] == place
