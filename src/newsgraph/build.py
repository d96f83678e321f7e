"""Building a knowledge base from files: ingest -> pipeline -> store, reliably.

The guarantees (issue 2):
  * a file that cannot be read or parsed becomes a recorded ``Rejection``
    naming the file, the line and the problem; the batch goes on;
  * running the same build again adds nothing: article ids are stable, an
    unchanged article is skipped before any NLP runs, a changed one replaces
    its old version;
  * exact duplicates (same URL, or the same normalised text) are stored once
    and recorded in ``duplicates``;
  * a build killed at any moment and run again ends with the same KB as an
    uninterrupted one: each chunk of articles is committed with all its facts
    in one transaction, and KB-wide derivations are recomputed from scratch;
  * ``workers=N`` runs the per-article stage in N processes; results are
    written in input order, so the KB is the same for every N.

Only the calling thread touches the database; worker processes just run the
pipeline on chunks of articles.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.errors import InputError
from newsgraph.ingest import content_key, discover, read_file
from newsgraph.model import Article, Extraction, Rejection
from newsgraph.pipeline import Pipeline, Result
from newsgraph.storage.store import Derivation, KnowledgeBase

# Articles per task sent to a worker.  16 keeps both cores busy while nlp.pipe
# still batches; larger chunks lose more work when a build is killed.
# Tuned on reuters-2008 (benchmarks/throughput.py), 2 cores.
CHUNK_SIZE = 16
# Chunks in flight per worker: enough to hide the main process's reading and
# writing behind the workers' parsing.
WINDOW_PER_WORKER = 3


@dataclass
class BuildSummary:
    files: int = 0
    passed_over: list[str] = field(default_factory=list)
    articles_read: int = 0
    stored: int = 0
    replaced: int = 0
    reextracted: int = 0  # unchanged text, extracted again by a newer pipeline
    unchanged: int = 0
    duplicates: int = 0
    sentences: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    derivations: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.rejected


@dataclass(frozen=True)
class BuildProgress:
    files_done: int
    files_total: int
    stored: int
    rejected: int


ProgressCallback = Callable[[BuildProgress], None]
PipelineFactory = Callable[[], Pipeline]

# The pipeline of a worker process (inherited when forked, else built once).
_WORKER_PIPELINE: Pipeline | None = None


def _init_worker(factory: PipelineFactory | None) -> None:
    global _WORKER_PIPELINE
    if _WORKER_PIPELINE is None and factory is not None:
        _WORKER_PIPELINE = factory()


def _run_chunk(articles: Sequence[Article]) -> list[Result]:
    assert _WORKER_PIPELINE is not None
    return _WORKER_PIPELINE.process(articles)


class _Done:
    """A finished task, for the serial (one-worker) path."""

    def __init__(self, value: list[Result]) -> None:
        self.value = value

    def get(self) -> list[Result]:
        return self.value


class _Task:
    """A chunk submitted to the pool; ``get()`` survives a worker that dies."""

    def __init__(self, executor: _Executor, chunk: list[Article], future: Future[list[Result]]) -> None:
        self.executor = executor
        self.chunk = chunk
        self.future = future

    def get(self) -> list[Result]:
        try:
            return self.future.result()
        except BrokenProcessPool:
            return self.executor.isolate(self.chunk)


class _Executor:
    """Runs chunks in this process (one worker) or a process pool, started on first use.

    Nothing is loaded until an article needs the pipeline, so a re-run over
    an unchanged corpus never loads the models.  When a worker process dies
    (a crash or the out-of-memory killer), its chunk is re-run one article at
    a time in a fresh pool, and the article that kills a worker again is
    rejected; the batch goes on.
    """

    def __init__(self, factory: PipelineFactory, workers: int) -> None:
        self.factory = factory
        self.workers = workers
        self.pipeline: Pipeline | None = None
        self.pool: ProcessPoolExecutor | None = None

    def submit(self, chunk: list[Article]) -> Any:
        if self.workers == 1:
            if self.pipeline is None:
                self.pipeline = self.factory()
            return _Done(self.pipeline.process(chunk))
        return _Task(self, chunk, self._pool().submit(_run_chunk, chunk))

    def _pool(self) -> ProcessPoolExecutor:
        global _WORKER_PIPELINE
        if self.pool is None:
            if "fork" in multiprocessing.get_all_start_methods():
                # Load the models once here and fork: workers share them copy-on-write.
                if _WORKER_PIPELINE is None:
                    _WORKER_PIPELINE = self.factory()
                self.pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("fork"),
                                                initializer=_init_worker, initargs=(None,))
            else:
                self.pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                                initializer=_init_worker, initargs=(self.factory,))
        return self.pool

    def _replace_broken_pool(self) -> None:
        if self.pool is not None and getattr(self.pool, "_broken", False):
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None

    def isolate(self, chunk: list[Article]) -> list[Result]:
        results: list[Result] = []
        for article in chunk:
            self._replace_broken_pool()
            try:
                results.extend(self._pool().submit(_run_chunk, [article]).result())
            except BrokenProcessPool:
                results.append(Rejection(
                    origin=article.origin or article.id, stage="worker", article_id=article.id,
                    reason="the worker process died while processing this article (a crash or out of memory)",
                ))
        return results

    def close(self) -> None:
        global _WORKER_PIPELINE
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
        _WORKER_PIPELINE = None


def default_derivations() -> list[Derivation]:
    """KB-wide derivations run at the end of every build, in order."""
    from newsgraph.resolve import derivations

    return derivations()


def build(
    paths: Sequence[str | os.PathLike[str]],
    db: str | Path,
    *,
    workers: int = 1,
    pipeline_factory: PipelineFactory | None = None,
    derivations: Sequence[Derivation] | None = None,
    progress: ProgressCallback | None = None,
    chunk_size: int = CHUNK_SIZE,
    signature: str | None = None,
) -> BuildSummary:
    """Read ``paths`` into the knowledge base at ``db``; see the module docstring.

    ``signature`` names the pipeline (model and stage versions; see
    ``newsgraph.extract.pipeline_signature``): a stored article extracted
    under another signature is extracted again.
    """
    started = time.perf_counter()
    factory = pipeline_factory or Pipeline.default
    summary = BuildSummary()
    files, passed, missing = discover(paths)
    summary.files = len(files)
    summary.passed_over = passed
    workers = max(1, workers or (os.cpu_count() or 1))

    if progress:
        progress(BuildProgress(0, len(files), 0, 0))
    with KnowledgeBase(db) as kb:
        for error in missing:
            _reject(kb, summary, _rejection(error))
        executor = _Executor(factory, workers)
        try:
            in_flight: deque[Any] = deque()
            window = WINDOW_PER_WORKER * workers if workers > 1 else 1
            for chunk, keys, files_done in _chunks(kb, summary, files, chunk_size, signature):
                in_flight.append((executor.submit(chunk), keys, files_done))
                while len(in_flight) >= window:
                    _write(kb, summary, *in_flight.popleft(), len(files), progress, signature)
            while in_flight:
                _write(kb, summary, *in_flight.popleft(), len(files), progress, signature)
        finally:
            executor.close()
        for name, func in (default_derivations() if derivations is None else derivations):
            with kb.transaction() as conn:
                func(conn)
            summary.derivations.append(name)
        if progress:
            progress(BuildProgress(len(files), len(files), summary.stored, len(summary.rejected)))
    summary.seconds = time.perf_counter() - started
    return summary


def _rejection(error: InputError) -> Rejection:
    return Rejection(origin=error.path, stage="ingest", reason=error.problem, line=error.line)


def _reject(kb: KnowledgeBase, summary: BuildSummary, rejection: Rejection) -> None:
    with kb.transaction():
        kb.record_rejection(rejection)
    summary.rejected.append(rejection)


def _chunks(kb: KnowledgeBase, summary: BuildSummary, files: Sequence[str],
            chunk_size: int, signature: str | None) -> Iterator[tuple[list[Article], list[str], int]]:
    """Chunks of articles that need the pipeline, their content keys, and the count of files read so far.

    Everything else is settled here: ingest rejections, unchanged articles and
    duplicates (against the KB and earlier in this run).
    """
    run_ids: set[str] = set()
    run_keys: dict[str, str] = {}
    chunk: list[Article] = []
    keys: list[str] = []
    for number, path in enumerate(files, start=1):
        records = list(read_file(path))
        errors = [r for r in records if isinstance(r, InputError)]
        with kb.transaction():
            kb.clear_ingest_rejections(path)
            for error in errors:
                rejection = _rejection(error)
                kb.record_rejection(rejection)
                summary.rejected.append(rejection)
        for article in (r for r in records if isinstance(r, Article)):
            summary.articles_read += 1
            key = content_key(article.text)
            origin = article.origin or path
            duplicate_of = None
            if article.id in run_ids:
                duplicate_of = (article.id, "same url")
            elif key in run_keys:
                duplicate_of = (run_keys[key], "same text")
            else:
                state = kb.article_state(article.id)
                if state is not None and state.content_key == key and state.pipeline == signature:
                    summary.unchanged += 1
                    run_ids.add(article.id)
                    run_keys[key] = article.id
                    continue
                if state is not None and state.origin != origin:
                    duplicate_of = (article.id, "same url")
                else:
                    other = kb.article_with_content(key)
                    if other is not None and other != article.id:
                        duplicate_of = (other, "same text")
                    elif state is not None and state.content_key != key:
                        summary.replaced += 1
                    elif state is not None:
                        summary.reextracted += 1
            if duplicate_of is not None:
                summary.duplicates += 1
                with kb.transaction():
                    kb.record_duplicate(origin, *duplicate_of)
                continue
            run_ids.add(article.id)
            run_keys[key] = article.id
            chunk.append(article)
            keys.append(key)
            if len(chunk) >= chunk_size:
                yield chunk, keys, number
                chunk, keys = [], []
    if chunk:
        yield chunk, keys, len(files)


def _write(kb: KnowledgeBase, summary: BuildSummary, task: Any, keys: list[str], files_done: int,
           files_total: int, progress: ProgressCallback | None, signature: str | None) -> None:
    results: list[Result] = task.get()
    with kb.transaction():
        for result, key in zip(results, keys, strict=True):
            if isinstance(result, Extraction):
                kb.write_extraction(result, content_key=key, pipeline=signature)
                summary.stored += 1
                summary.sentences += len(result.article.sentences)
            else:
                kb.record_rejection(result)
                summary.rejected.append(result)
    if progress:
        progress(BuildProgress(files_done, files_total, summary.stored, len(summary.rejected)))
