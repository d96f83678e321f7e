from __future__ import annotations

import pytest

from newsgraph.extract.nlp import make_doc, parse
from newsgraph.ingest import parse_text


@pytest.mark.parametrize(
    "body",
    [
        "He met Putin and Zelensky.Visits to Moscow are expected.\nA second line.",
        "One sentence here. Another one here.\n\n  Indented line after a blank.",
        "Shares rose 3.5 percent in the U.S. market.",
        '"A quote," he said.The end.',
    ],
)
def test_nlp_doc_uses_article_text_and_sentences(nlp, body: str) -> None:
    article = parse_text(f"T\n20220207\n\n{body}", origin="mem")
    for doc in (make_doc(nlp, article), next(parse(nlp, [article]))):
        assert doc.text == article.text
        starts = {sentence.start_char for sentence in doc.sents}
        assert {s.start for s in article.sentences} <= starts
        content = [s for s in doc.sents if s.text.strip()]
        assert len(content) == len(article.sentences)
