"""The CoNLL-2003 reader and the conlleval-style span scorer on tiny hand-made data."""

from __future__ import annotations

import pytest

from newsgraph.evaluation.conll import (
    ConllDocument, Counts, article_of, char_to_token_spans, default_dev_path, gold_spans, iob1_spans,
    read_conll, scores,
)

SAMPLE = """-DOCSTART- -X- O O

EU NNP I-NP I-ORG
rejects VBZ I-VP O
German JJ I-NP I-MISC
call NN I-NP O
. . O O

Peter NNP I-NP I-PER
Blackburn NNP I-NP I-PER
in IN I-PP O
New NNP I-NP I-LOC
York NNP I-NP I-LOC

-DOCSTART- -X- O O

Kyiv NNP I-NP I-LOC
"""


@pytest.mark.parametrize(("tags", "spans"), [
    (["I-PER", "I-PER", "O"], [(0, 2, "PER")]),
    (["I-LOC", "B-LOC", "O"], [(0, 1, "LOC"), (1, 2, "LOC")]),
    (["I-ORG", "I-LOC"], [(0, 1, "ORG"), (1, 2, "LOC")]),
    (["O", "I-MISC"], [(1, 2, "MISC")]),
    (["O", "O"], []),
])
def test_conll_iob1_spans(tags, spans):
    assert iob1_spans(tags) == spans


def test_conll_reader_splits_documents_and_sentences(tmp_path):
    path = tmp_path / "sample.txt"
    path.write_text(SAMPLE)
    documents = read_conll(path)
    assert len(documents) == 2
    assert documents[0].sentences[1] == ("Peter", "Blackburn", "in", "New", "York")
    assert gold_spans(documents[0]) == {(0, 1, "ORG"), (2, 3, "MISC"), (5, 7, "PER"), (8, 10, "LOC")}


def test_conll_article_text_maps_characters_to_tokens(tmp_path):
    path = tmp_path / "sample.txt"
    path.write_text(SAMPLE)
    document = read_conll(path)[0]
    article = article_of(document, 0)
    assert article.text == "EU rejects German call .\nPeter Blackburn in New York"
    start = article.text.index("New York")
    assert char_to_token_spans(document, [(start, start + 8, "LOC")]) == {(8, 10, "LOC")}
    assert [article.sentence_text(i) for i in range(2)] == article.text.split("\n")


def test_conll_scores_count_only_exact_boundaries_and_types():
    document = ConllDocument((("a",) * 10,), ((),))
    gold = {(0, 1, "ORG"), (2, 3, "MISC"), (5, 7, "PER"), (8, 10, "LOC")}
    system = {(0, 1, "ORG"),   # exact: correct
              (5, 6, "PER"),   # boundary wrong
              (8, 10, "ORG"),  # type wrong
              (2, 3, "MISC")}  # MISC is not scored
    counts = Counts.empty()
    counts.add(gold, system)
    table = scores(counts)
    assert table["ORG"]["tp"] == 1 and table["ORG"]["system"] == 2 and table["ORG"]["gold"] == 1
    assert table["PER"]["precision"] == 0.0 and table["PER"]["recall"] == 0.0
    assert table["micro"]["precision"] == pytest.approx(100 / 3, abs=0.01)
    assert table["micro"]["recall"] == pytest.approx(100 / 3, abs=0.01)
    assert table["micro"]["f1"] == pytest.approx(100 / 3, abs=0.01)
    assert document.sentences


def test_conll_perfect_system_scores_100():
    gold = {(0, 2, "PER"), (3, 4, "LOC")}
    counts = Counts.empty()
    counts.add(gold, set(gold))
    assert scores(counts)["micro"]["f1"] == 100.0


def test_conll_dev_file_reads_when_shared_data_present():
    path = default_dev_path()
    if not path.exists():
        pytest.skip(f"CoNLL-2003 dev split not found at {path} (set NEWSGRAPH_SHARED)")
    documents = read_conll(path)
    assert len(documents) == 216
    assert sum(len(gold_spans(d)) for d in documents) == 5942
