"""Quotations: mark pairing, cue detection, speakers, not-quotes, robustness on real news."""

from __future__ import annotations


import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.extract.quotes import quote_mark_spans, speech_cues
from newsgraph.model import Article, Quote

from conftest import SEED, SHARED, article_of  # noqa: E402


def run(nlp, article: Article) -> list[Quote]:  # type: ignore[no-untyped-def]
    from newsgraph.extract.coref import entities_with_pronouns
    from newsgraph.extract.entities import entities_from_doc
    from newsgraph.extract.nlp import parse
    from newsgraph.extract.quotes import quotes_from_doc

    (doc,) = list(parse(nlp, [article]))
    entities = entities_with_pronouns(article, doc, entities_from_doc(article, doc))
    return quotes_from_doc(article, doc, entities)


# --------------------------------------------------------------------------- marks

MARK_CASES = [
    ("“We are ready,” he said.", ["We are ready,"]),
    ('"We are ready," he said.', ["We are ready,"]),
    ("‘We are ready,’ he said.", ["We are ready,"]),
    ("'We are ready,' he said.", ["We are ready,"]),
    ("«We are ready», he said.", ["We are ready"]),
    ("„We are ready“, he said.", ["We are ready"]),
    ("''We are ready,'' he said.", ["We are ready,"]),
    ("He said “it is ‘absurd’ to think so” on Monday.", ["it is ‘absurd’ to think so"]),
    ("Don't stop O’Malley’s plan, the voters’ choice.", []),
    ('He said: "No way. We will not go.\nThe talks ended.', ["No way. We will not go."]),
    ('"First part.\n"Second part," he said.', ['First part.\n"Second part,']),
    ('"First part.\nSecond part," he said.', ["First part.\nSecond part,"]),
    ('An essay "Through Fog” says that “cameras fail at night.”', ["Through Fog", "cameras fail at night."]),
    ('A stray " mark, then “a real quote.”', ["a real quote."]),
]


@pytest.mark.parametrize(("text", "expected"), MARK_CASES)
def test_quote_mark_spans_pairs_every_style(text: str, expected: list[str]) -> None:
    assert [text[s.start:s.end] for s in quote_mark_spans(text)] == expected


def test_quote_mark_spans_unbalanced_mark_keeps_other_quotes() -> None:
    text = 'He said "this is one quote." Then\nan "unclosed mark here\nand "a second quote," she said.'
    quoted = [text[s.start:s.end] for s in quote_mark_spans(text)]
    assert "this is one quote." in quoted
    assert "a second quote," in quoted


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("ab .,\n\"'“”‘’«»„") + ["''", "word ", "He said "]), max_size=40).map("".join))
def test_quote_mark_spans_never_fail_and_spans_are_valid(text: str) -> None:
    for span in quote_mark_spans(text):
        assert 0 <= span.open < span.start <= span.end <= len(text)
        assert span.close is None or span.end <= span.close < len(text)


def test_quote_speaker_and_cue_spans_survive_the_contract_round_trip() -> None:
    from newsgraph.model import Extraction

    article = article_of('"We are ready," Peskov said.')
    quote = Quote("We are ready", "direct", None, "Peskov", "said", 0, 1, 13,
                  speaker_start=16, speaker_end=22, cue_start=23, cue_end=27)
    extraction = Extraction(article, quotes=(quote,))
    assert Extraction.from_dict(extraction.to_dict()).quotes == (quote,)
    old = extraction.to_dict()
    for field_name in ("speaker_start", "speaker_end", "cue_start", "cue_end"):
        del old["quotes"][0][field_name]  # a document written before the span fields
    assert Extraction.from_dict(old).quotes[0].speaker_start is None


def test_speech_cues_lexicon_is_data() -> None:
    cues = speech_cues()
    assert cues["say"] == "speech" and cues["according to"] == "phrase"


# --------------------------------------------------------------------------- quotes

# (body lines, [(kind, speaker_text, cue, words the quote text contains)])
QUOTE_CASES = [
    (["“The situation is too complex,” Peskov told reporters."],
     [("direct", "Peskov", "told", "The situation is too complex")]),
    (['"We will discuss the terms," said Peskov.'], [("direct", "Peskov", "said", "We will discuss the terms")]),
    (["‘We will not move,’ the minister said."], [("direct", "the minister", "said", "We will not move")]),
    (["«We are ready for talks», Lavrov said."], [("direct", "Lavrov", "said", "We are ready for talks")]),
    (['"Do not believe the predictions. Ukraine is ready for anything," Kuleba said.'],
     [("direct", "Kuleba", "said", "Do not believe the predictions. Ukraine is ready")]),
    (['Kuleba said on Sunday: "Do not believe the apocalyptic predictions.', "Other news followed."],
     [("direct", "Kuleba", "said", "Do not believe the apocalyptic predictions")]),
    (["Macron said that he would look for historic solutions with Putin."],
     [("indirect", "Macron", "said", "he would look for historic solutions")]),
    (["Ukrainian Foreign Minister Dmytro Kuleba told reporters that Kyiv would not give up any territory."],
     [("indirect", "Ukrainian Foreign Minister Dmytro Kuleba", "told", "Kyiv would not give up any territory")]),
    (["The talks will resume next week, according to two diplomats familiar with the plan."],
     [("indirect", "two diplomats familiar with the plan", "according to", "The talks will resume next week")]),
    (["Russia insists it has no plans to attack its neighbour."],
     [("indirect", "Russia", "insists", "it has no plans to attack")]),
    (["US officials say Russia has assembled 110,000 troops near the border."],
     [("indirect", "US officials", "say", "Russia has assembled 110,000 troops")]),
    (["The deal is dead, the officials said."], [("indirect", "the officials", "said", "The deal is dead")]),
    (["Officials in Washington, citing intelligence assessments, said Russia had stepped up preparations."],
     [("indirect", "Officials in Washington", "said", "Russia had stepped up preparations")]),
    (['Kuleba said Kyiv would not budge on its "red lines" in the conflict.'],
     [("mixed", "Kuleba", "said", 'Kyiv would not budge on its "red lines"')]),
    (["In any case, Mr. Rossi said, the industry was vastly over-supplied with courses."],
     [("indirect", "Mr. Rossi", "said", "the industry was vastly over-supplied")]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lines", "expected"), QUOTE_CASES)
def test_quotes_from_doc_finds_quote_and_speaker(nlp, lines: list[str], expected: list[tuple[str, str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    quotes = run(nlp, article_of(*lines))
    found = [(q.kind, q.speaker_text, q.cue, q.text) for q in quotes]
    for kind, speaker, cue, words in expected:
        assert any(k == kind and s == speaker and c == cue and words in t for k, s, c, t in found), found


# (body lines, quoted words that must not be a quote)
NOT_QUOTE_CASES = [
    (['The so-called "peace plan" remains on the table.'], "peace plan"),
    (['She starred in "Gone With The Wind" in her youth.'], "Gone With The Wind"),
    (["'APOCALYPTIC PREDICTIONS' Such a force could take the city in 48 hours, the officials said."],
     "APOCALYPTIC PREDICTIONS"),
    (['The "Great Satan" slogan was painted on the wall.'], "Great Satan"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lines", "words"), NOT_QUOTE_CASES)
def test_quotes_from_doc_skips_scare_quotes_titles_and_headlines(nlp, lines: list[str], words: str) -> None:  # type: ignore[no-untyped-def]
    quotes = run(nlp, article_of(*lines))
    assert not any(words in q.text for q in quotes), [(q.kind, q.text) for q in quotes]


@pytest.mark.slow
def test_quotes_from_doc_spans_and_speaker_spans_are_exact(nlp) -> None:  # type: ignore[no-untyped-def]
    article = article_of('"We are ready," said Kremlin spokesman Dmitry Peskov.',
                         "US officials say the talks failed, according to Reuters.")
    for quote in run(nlp, article):
        assert article.text[quote.start:quote.end] == quote.text
        assert quote.sentence == article.sentence_index(quote.start)
        if quote.speaker_text is not None:
            assert article.text[quote.speaker_start:quote.speaker_end] == quote.speaker_text
        if quote.cue is not None:
            assert article.text[quote.cue_start:quote.cue_end] == quote.cue


# --------------------------------------------------------------------------- seed article

SEED_EXPECTED = [
    # (words in the quote, kind, speaker_text, speaker entity name or None)
    ("The situation is too complex", "direct", "Peskov", "Dmitry Peskov"),
    ("We will discuss the terms of de-escalation", "direct", "Macron", "Emmanuel Macron"),
    ("Russia's objective was", "mixed", "Macron", "Emmanuel Macron"),
    ("Do not believe the apocalyptic predictions", "direct", "Kuleba", "Dmytro Kuleba"),
    ("Such a force would be capable", "indirect", "the officials", None),
    ("Kyiv would not budge", "mixed", "Ukrainian Foreign Minister Dmytro Kuleba", "Dmytro Kuleba"),
    ("The security and sovereignty of Ukraine", "direct", "Macron", "Emmanuel Macron"),
    ("the chance of finding a diplomatic solution", "mixed", "An advisor to Zelensky", None),
    ("he would be looking to find", "mixed", "Macron", "Emmanuel Macron"),
    ("Ukraine is approaching this process", "direct", "he", "Dmytro Kuleba"),
    ("Monday's talks between Macron and Putin", "mixed", "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov"),
    ("no one should expect a major step forward", "indirect", "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov"),
    ("it has no plans to attack", "indirect", "Russia", "Russia"),
    ("Russia has assembled 110,000 troops", "indirect", "US officials", None),
    ("Russia has stepped up preparations", "indirect", "officials in Washington", None),
]


@pytest.fixture(scope="module")
def seed_quotes(nlp):  # type: ignore[no-untyped-def]
    from newsgraph.extract.coref import entities_with_pronouns
    from newsgraph.extract.entities import entities_from_doc
    from newsgraph.extract.nlp import parse
    from newsgraph.extract.quotes import quotes_from_doc
    from newsgraph.ingest.readers import read_file

    (article,) = list(read_file(SEED))
    (doc,) = list(parse(nlp, [article]))
    entities = entities_with_pronouns(article, doc, entities_from_doc(article, doc))
    names = {e.id: e.name for e in entities}
    return [(q, names.get(q.speaker) if q.speaker else None) for q in quotes_from_doc(article, doc, entities)]


@pytest.mark.slow
@pytest.mark.parametrize(("words", "kind", "speaker_text", "speaker"), SEED_EXPECTED)
def test_seed_article_quote_has_right_speaker(seed_quotes, words: str, kind: str, speaker_text: str,  # type: ignore[no-untyped-def]
                                              speaker: str | None) -> None:
    matches = [(q, name) for q, name in seed_quotes if words in q.text]
    assert matches, f"no quote containing {words!r}"
    quote, name = matches[0]
    assert (quote.kind, quote.speaker_text, name) == (kind, speaker_text, speaker)


@pytest.mark.slow
def test_seed_article_headline_fragment_is_not_a_quote(seed_quotes) -> None:  # type: ignore[no-untyped-def]
    assert not any("APOCALYPTIC" in q.text for q, _ in seed_quotes)


# --------------------------------------------------------------------------- real news

# Files sampled from each corpus; 100 each keeps the test near 30 s on one core.
SAMPLE_PER_CORPUS = 100


@pytest.mark.slow
def test_quotes_on_corpus_sample_never_fail_and_spans_are_valid(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.extract.coref import entities_with_pronouns
    from newsgraph.extract.entities import entities_from_doc
    from newsgraph.extract.nlp import parse
    from newsgraph.extract.quotes import quotes_from_doc
    from newsgraph.ingest.readers import read_file
    from newsgraph.model import Article as ArticleType

    corpora = SHARED / "corpora"
    if not corpora.exists():
        pytest.skip(f"shared corpora not found: {corpora} (set NEWSGRAPH_SHARED to the shared/ folder)")
    articles = []
    for corpus in sorted(p for p in corpora.iterdir() if p.is_dir()):
        files = sorted(corpus.glob("*.txt"))
        step = max(1, len(files) // SAMPLE_PER_CORPUS)
        for path in files[::step][:SAMPLE_PER_CORPUS]:
            articles.extend(a for a in read_file(path) if isinstance(a, ArticleType))
    assert articles
    unbalanced = 0
    for article, doc in zip(articles, parse(nlp, articles), strict=True):
        entities = entities_with_pronouns(article, doc, entities_from_doc(article, doc))
        text = article.text
        if text.count("“") != text.count("”") or text.count('"') % 2:
            unbalanced += 1
        for quote in quotes_from_doc(article, doc, entities):
            assert text[quote.start:quote.end] == quote.text and quote.text.strip()
            assert quote.kind in ("direct", "indirect", "mixed")
            if quote.speaker_start is not None:
                assert text[quote.speaker_start:quote.speaker_end] == quote.speaker_text
            if quote.speaker is not None:
                assert quote.speaker in {e.id for e in entities}
    assert unbalanced >= 0
