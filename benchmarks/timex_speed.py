"""How much the temporal layer adds to per-article time: timex stage vs the spaCy parse.

    PYTHONPATH=src python benchmarks/timex_speed.py [--corpus DIR] [--n 100] [--out FILE.json]

Reads the first N articles of a canonical-format corpus (default: the shared
reuters-2008 corpus), parses them once with the default model, then times the
timex stage alone on the parsed docs.  The target is a stage time of at most
10% of the parse time.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    shared = Path(os.environ.get("NEWSGRAPH_SHARED", Path(__file__).resolve().parents[1] / ".." / "shared"))
    parser.add_argument("--corpus", type=Path, default=shared / "corpora" / "reuters-2008")
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3, help="time the stage this many times, keep the best")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        sys.stderr.write(f"no corpus at {args.corpus}; pass --corpus DIR\n")
        return 2

    from newsgraph.extract.nlp import load_nlp, parse
    from newsgraph.extract.timexes import timexes_from_doc
    from newsgraph.ingest.readers import parse_text

    files = sorted(p for p in args.corpus.glob("*.txt") if p.stem.isdigit())[: args.n]
    articles = [parse_text(p.read_text(encoding="utf-8"), origin=str(p)) for p in files]
    nlp = load_nlp()
    list(parse(nlp, articles[:2]))  # warm up
    started = time.perf_counter()
    docs = list(parse(nlp, articles))
    parse_seconds = time.perf_counter() - started

    timexes_from_doc(articles[0], docs[0])  # compile patterns outside the timing
    best = float("inf")
    count = 0
    for _ in range(args.repeat):
        started = time.perf_counter()
        count = sum(len(timexes_from_doc(article, doc)) for article, doc in zip(articles, docs, strict=True))
        best = min(best, time.perf_counter() - started)
    result = {
        "articles": len(articles), "characters": sum(len(a.text) for a in articles), "timexes": count,
        "parse_seconds": round(parse_seconds, 3), "timex_seconds": round(best, 3),
        "timex_ms_per_article": round(1000 * best / len(articles), 2),
        "timex_share_of_parse": round(best / parse_seconds, 4),
    }
    for key, value in result.items():
        print(f"{key:24} {value}")
    if args.out:
        args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
