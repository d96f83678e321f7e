"""Time of the entities stage relative to the spaCy parse, per article.

    PYTHONPATH=src python benchmarks/entities_speed.py [--corpus DIR] [--articles 100]

Reads the first N articles of a corpus (default: reuters-2008 from the shared
data), parses them once, then times the entities stage on the parsed docs.
The first call's one-off table building (GeoNames, lexicons) is reported
separately: it is paid once per process, not per article.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from newsgraph.evaluation.conll import shared_dir
from newsgraph.extract.entities import entities_from_doc
from newsgraph.extract.nlp import load_nlp, parse
from newsgraph.ingest.readers import read_file
from newsgraph.model import Article
from newsgraph.resolve.geocode import tables


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=str(shared_dir() / "corpora" / "reuters-2008"))
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--out", default=None)
    args = parser.parse_args(argv)
    corpus = Path(args.corpus)
    if not corpus.exists():
        print(f"corpus not found at {corpus}", file=sys.stderr)
        return 2
    articles: list[Article] = []
    for path in sorted(corpus.glob("*.txt")):
        for record in read_file(path):
            if isinstance(record, Article):
                articles.append(record)
        if len(articles) >= args.articles:
            break
    nlp = load_nlp()
    began = time.perf_counter()
    tables()
    warmup = time.perf_counter() - began
    began = time.perf_counter()
    docs = list(parse(nlp, articles))
    parse_seconds = time.perf_counter() - began
    began = time.perf_counter()
    count = sum(len(entities_from_doc(a, d)) for a, d in zip(articles, docs, strict=True))
    stage_seconds = time.perf_counter() - began
    result = {
        "articles": len(articles),
        "parse_ms_per_article": round(1000 * parse_seconds / len(articles), 2),
        "entities_ms_per_article": round(1000 * stage_seconds / len(articles), 2),
        "entities_over_parse_percent": round(100 * stage_seconds / parse_seconds, 1),
        "one_off_table_build_s": round(warmup, 2),
        "entities": count,
    }
    for key, value in result.items():
        print(f"{key}: {value}")
    if args.out:
        Path(args.out).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
