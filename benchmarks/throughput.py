"""Throughput and memory: newsgraph build vs bare spaCy on the same texts.

    python benchmarks/throughput.py --n 500 --workers 1 2

Reads the first N distinct articles (sorted by file name; exact duplicates,
which a build stores once without parsing, are left out) of
``../shared/corpora/reuters-2008`` and, each in a fresh process,
  * times bare spaCy: ``nlp.pipe`` over the article bodies with the same model;
  * times ``newsgraph build`` of the same files into a new SQLite KB with 1..W
    worker processes (every stage, the storage and the dedup checks included).
Model loading (and newsgraph's lookup tables) are excluded from both timings:
they are paid once per build, before the workers fork.
Prints articles/s, sentences/s, peak RSS (the process plus its largest
worker), the build's throughput relative to bare spaCy, and CPU milliseconds
per article (all processes; steadier than wall time on a shared machine);
``--json FILE`` keeps them.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
DEFAULT_CORPUS = Path(os.environ.get("NEWSGRAPH_SHARED", REPO.parent / "shared")) / "corpora" / "reuters-2008"


def _peak_rss_mib() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children) / 1024  # ru_maxrss is in KiB on Linux


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children (the build's workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _articles(files: list[str]):
    from newsgraph.ingest import read_file

    return [record for path in files for record in read_file(path)]


def _first_distinct(paths: list[str], n: int) -> list[str]:
    """The first n files whose article is not an exact duplicate of an earlier one.

    The build skips duplicates without parsing them; leaving them out keeps the
    two runs on exactly the same work.
    """
    from newsgraph.ingest import content_key, read_file

    chosen: list[str] = []
    seen: set[str] = set()
    for path in paths:
        records = list(read_file(path))
        keys = {content_key(r.text) for r in records if hasattr(r, "text")}
        keys |= {r.id for r in records if hasattr(r, "text")}
        if not keys or keys & seen:
            continue
        seen |= keys
        chosen.append(path)
        if len(chosen) == n:
            break
    return chosen


def _bare_spacy(files: list[str], model: str, queue) -> None:
    import spacy  # noqa: F401

    from newsgraph.extract.nlp import DEFAULT_MODEL, PIPE_BATCH_SIZE, load_nlp

    articles = _articles(files)
    texts = [a.text for a in articles]
    nlp = load_nlp(model or DEFAULT_MODEL)
    cpu = _cpu_seconds()
    started = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=PIPE_BATCH_SIZE):
        pass
    seconds = time.perf_counter() - started
    queue.put({"seconds": seconds, "cpu_seconds": _cpu_seconds() - cpu, "articles": len(texts),
               "sentences": sum(len(a.sentences) for a in articles), "peak_rss_mib": _peak_rss_mib()})


def _newsgraph_build(files: list[str], model: str, workers: int, queue) -> None:
    from newsgraph.build import build
    from newsgraph.pipeline import Pipeline

    # Load the model and build the lookup tables once, outside the timing (workers fork from here).
    pipeline = Pipeline.default(model=model or None)
    cpu = _cpu_seconds()
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        summary = build(files, Path(tmp) / "bench.db", workers=workers,
                        pipeline_factory=lambda: pipeline)
        seconds = time.perf_counter() - started
    queue.put({"seconds": seconds, "cpu_seconds": _cpu_seconds() - cpu, "articles": summary.stored,
               "sentences": summary.sentences,
               "rejected": len(summary.rejected), "duplicates": summary.duplicates,
               "peak_rss_mib": _peak_rss_mib()})


def _in_fresh_process(target, *args) -> dict:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=target, args=(*args, queue))
    process.start()
    result = queue.get()
    process.join()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--n", type=int, default=500, help="first N articles of the corpus")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--model", default="", help="spaCy model package (default: newsgraph's)")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found: {args.corpus} (set NEWSGRAPH_SHARED or --corpus)", file=sys.stderr)
        return 2
    files = _first_distinct(sorted(str(p) for p in args.corpus.glob("*.txt") if p.name[0].isdigit()), args.n)
    print(f"{len(files)} articles from {args.corpus}  (cpus: {os.cpu_count()})")
    rows = [("bare spaCy nlp.pipe", _in_fresh_process(_bare_spacy, files, args.model))]
    for workers in args.workers:
        rows.append((f"newsgraph build, {workers} worker{'s' if workers > 1 else ''}",
                     _in_fresh_process(_newsgraph_build, files, args.model, workers)))
    base = rows[0][1]["articles"] / rows[0][1]["seconds"]
    print(f"{'run':34} {'articles/s':>11} {'sentences/s':>12} {'peak RSS MiB':>13} {'vs bare':>8} "
          f"{'CPU ms/article':>15}")
    results = []
    for name, row in rows:
        rate = row["articles"] / row["seconds"]
        print(f"{name:34} {rate:11.1f} {row['sentences'] / row['seconds']:12.1f} "
              f"{row['peak_rss_mib']:13.0f} {rate / base:8.2f} {1000 * row['cpu_seconds'] / row['articles']:15.1f}")
        results.append({"run": name, **row, "articles_per_s": rate, "relative_to_bare": rate / base})
    if args.json:
        args.json.write_text(json.dumps({"n": len(files), "cpus": os.cpu_count(), "results": results}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
