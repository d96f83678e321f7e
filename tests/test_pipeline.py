from __future__ import annotations

import pytest

from newsgraph.errors import PipelineConfigError
from newsgraph.ingest import parse_text
from newsgraph.model import Extraction, Rejection
from newsgraph.pipeline import Pipeline, Stage


def article(body: str = "One.\nTwo."):
    return parse_text(f"T\n20220207\n\n{body}", origin="mem.txt")


def layer(name: str, value=()):
    return lambda analysis: {name: list(value)}


def test_pipeline_checks_order_when_built() -> None:
    needs_entities = Stage("quotes.v1", layer("quotes"), requires=("doc", "entities"), assigns=("quotes",))
    with pytest.raises(PipelineConfigError, match="requires"):
        Pipeline([needs_entities])
    Pipeline([Stage("ents.v1", layer("entities"), requires=("doc",), assigns=("entities",)), needs_entities],
             parser=lambda articles: [None for _ in articles])


def test_pipeline_stage_must_assign_what_it_declares() -> None:
    liar = Stage("liar.v1", lambda analysis: {}, requires=("article",), assigns=("entities",))
    result = Pipeline([liar]).process([article()])[0]
    assert isinstance(result, Rejection) and "did not assign" in result.reason


def test_pipeline_failure_becomes_rejection_and_batch_goes_on() -> None:
    def fragile(analysis):
        if "boom" in analysis.article.text:
            raise RuntimeError("boom")
        return {"entities": []}

    pipeline = Pipeline([Stage("fragile.v1", fragile, requires=("article",), assigns=("entities",))])
    results = pipeline.process([article("fine."), article("boom."), article("fine too.")])
    assert [type(r) for r in results] == [Extraction, Rejection, Extraction]
    assert results[1].stage == "fragile.v1" and results[1].origin == "mem.txt"
    assert "RuntimeError: boom" in results[1].reason


def test_pipeline_parser_failure_isolates_the_bad_article() -> None:
    def parser(articles):
        if any("bad" in a.text for a in articles):
            raise ValueError("cannot parse")
        return [a.text.upper() for a in articles]

    seen = []
    stage = Stage("see.v1", lambda an: seen.append(an["doc"]) or {}, requires=("doc",))
    results = Pipeline([stage], parser=parser).process([article("good."), article("bad."), article("fine.")])
    assert [type(r) for r in results] == [Extraction, Rejection, Extraction]
    assert results[1].stage == "parse"
    assert seen == ["GOOD.", "FINE."]


def test_pipeline_iter_process_keeps_order() -> None:
    pipeline = Pipeline([])
    articles = [article(f"Body {i}.") for i in range(10)]
    assert [r.article.text for r in pipeline.iter_process(articles, batch_size=3)] == [a.text for a in articles]
