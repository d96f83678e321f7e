"""TempEval-3 task A scoring and the TimeML / MEANTIME readers, on hand-made documents."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from newsgraph.evaluation.tempeval import (
    GoldTimex,
    SystemTimex,
    TimeMLDoc,
    canonical_input,
    offset_map,
    read_meantime,
    read_timeml,
    score_corpus,
    score_document,
    summary,
)

TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" temporalFunction="false" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
Shares of AT&amp;T fell <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>.

In <TIMEX3 tid="t2" type="DURATION" value="P1D" temporalFunction="true" anchorTimeID="t0">the last twenty four hours</TIMEX3>, <EVENT eid="e1" class="OCCURRENCE">prices</EVENT> fell.
</TEXT>
</TimeML>
"""


def test_read_timeml_offsets_entities_and_dct():
    doc = read_timeml(TIMEML)
    assert doc.doc_id == "TEST1"
    assert doc.dct == dt.date(1998, 1, 8)
    assert [(t.text, t.type, t.value) for t in doc.timexes] == [
        ("yesterday", "DATE", "1998-01-07"), ("the last twenty four hours", "DURATION", "P1D")]
    for t in doc.timexes:
        assert doc.text[t.start:t.end] == t.text
    assert "AT&T" in doc.text and "<EVENT" not in doc.text
    assert "CREATION_TIME" not in {t.tid for t in doc.timexes} and "t0" not in {t.tid for t in doc.timexes}


def test_canonical_input_reads_back_with_same_text():
    from newsgraph.ingest.readers import parse_text

    doc = read_timeml(TIMEML)
    article = parse_text(canonical_input(doc), origin="test")
    assert article.published == dt.date(1998, 1, 8)
    assert article.url is None
    mapping = offset_map(doc.text, article.text)
    for t in doc.timexes:
        start = article.text.index(t.text)
        assert doc.text[mapping[start]:mapping[start + len(t.text)]] == t.text


def test_offset_map_with_changed_text():
    source, target = "  a  b\n\nc", "a  b\n\nc"
    mapping = offset_map(source, target)
    assert source[mapping[0]:mapping[4]] == "a  b"
    assert source[mapping[6]:mapping[7]] == "c"


def _g(start, end, type_="DATE", value="2022-02-08"):
    return GoldTimex(start, end, "x" * (end - start), type_, value)


def _s(start, end, type_="DATE", value="2022-02-08"):
    return SystemTimex(start, end, "x" * (end - start), type_, value)


@pytest.mark.parametrize(("gold", "system", "strict", "relaxed", "types", "values"), [
    ([_g(0, 5)], [_s(0, 5)], 1, 1, 1, 1),                             # exact
    ([_g(0, 10)], [_s(3, 10)], 0, 1, 1, 1),                           # overlap only
    ([_g(0, 5)], [_s(5, 9)], 0, 0, 0, 0),                             # touching is not overlapping
    ([_g(0, 5)], [_s(0, 5, "DURATION", "P1D")], 1, 1, 0, 0),         # wrong type and value
    ([_g(0, 5)], [_s(0, 5, "DATE", "2022-02-09")], 1, 1, 1, 0),      # wrong value
    ([_g(0, 10)], [_s(0, 3), _s(5, 10)], 0, 1, 1, 1),                # one gold, two pieces: one match
    ([_g(0, 3), _g(5, 10)], [_s(0, 10)], 0, 1, 1, 1),                # two gold, one span: one match
    ([], [_s(0, 3)], 0, 0, 0, 0),
])
def test_score_document_matches(gold, system, strict, relaxed, types, values):
    counts = score_document(gold, system)
    assert (counts.strict, counts.relaxed, counts.type_correct, counts.value_correct) == (strict, relaxed, types, values)
    assert (counts.gold, counts.system) == (len(gold), len(system))


def test_summary_attribute_f1_is_relaxed_f1_times_accuracy():
    doc = TimeMLDoc("d", dt.date(2022, 2, 7), "x" * 60,
                    [_g(0, 5), _g(10, 20), _g(30, 40, value="P1D"), _g(50, 55)])
    system = [_s(0, 5), _s(12, 20), _s(30, 40, "DURATION", "P2D"), _s(44, 48)]
    scores = score_corpus([doc], [system])
    # strict 2/4 both ways; relaxed 3/4 both ways; values right on 2 of the 3 matches
    assert scores["strict_p"] == pytest.approx(50.0) and scores["strict_r"] == pytest.approx(50.0)
    assert scores["relaxed_f1"] == pytest.approx(75.0)
    assert scores["value_accuracy"] == pytest.approx(200 / 3)
    assert scores["value_f1"] == pytest.approx(75.0 * 2 / 3)
    assert scores["type_f1"] == pytest.approx(75.0 * 2 / 3)


def test_summary_empty_is_zero():
    from newsgraph.evaluation.tempeval import Counts

    assert summary(Counts())["relaxed_f1"] == 0.0


MEANTIME = """<?xml version="1.0" ?><Document doc_id="1" doc_name="1_Test" lang="en" url="http://x">
<token number="0" sentence="0" t_id="1">Apple</token>
<token number="1" sentence="0" t_id="2">news</token>
<token number="2" sentence="1" t_id="3">May</token>
<token number="3" sentence="1" t_id="4">7</token>
<token number="4" sentence="1" t_id="5">,</token>
<token number="5" sentence="1" t_id="6">2005</token>
<token number="6" sentence="2" t_id="7">Apple</token>
<token number="7" sentence="2" t_id="8">shipped</token>
<token number="8" sentence="2" t_id="9">it</token>
<token number="9" sentence="2" t_id="10">last</token>
<token number="10" sentence="2" t_id="11">week</token>
<token number="11" sentence="2" t_id="12">.</token>
<Markables>
<TIMEX3 m_id="1" type="DATE" value="2005-W17" functionInDocument="NONE"><token_anchor t_id="10"/><token_anchor t_id="11"/></TIMEX3>
<TIMEX3 m_id="2" type="DATE" value="2005-05-07" functionInDocument="CREATION_TIME"><token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/></TIMEX3>
<TIMEX3 m_id="3" type="DATE" value="2005-04-30" functionInDocument="NONE"/>
</Markables>
</Document>
"""


def test_read_meantime_rebuilds_text_and_leaves_dateline_out():
    doc = read_meantime(MEANTIME)
    assert doc.dct == dt.date(2005, 5, 7)
    assert doc.title == "Apple news"
    assert doc.text == "Apple shipped it last week."
    assert [(t.text, t.value) for t in doc.timexes] == [("last week", "2005-W17")]


SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", Path(__file__).resolve().parents[2] / ".." / "shared"))
TBAQ = SHARED / "data" / "tempeval3" / "TBAQ-cleaned"


@pytest.mark.slow
def test_read_timeml_dir_tbaq_counts():
    if not TBAQ.is_dir():
        pytest.skip(f"TBAQ-cleaned not found at {TBAQ} (set NEWSGRAPH_SHARED)")
    from newsgraph.evaluation.tempeval import read_timeml_dir

    docs = read_timeml_dir(TBAQ)
    assert len(docs) == 256
    assert sum(len(d.timexes) for d in docs) == 1822
    for doc in docs:
        for t in doc.timexes:
            assert doc.text[t.start:t.end] == t.text
