"""Ordered stages composed into one per-article function.

A ``Stage`` is a small callable that reads named layers of an ``Analysis``
and returns the layers it assigns; it declares both, and ``Pipeline``
checks the order when it is built (a stage may only require what the parse
or an earlier stage assigns).  Running the stages on one article is a pure
function of the article and the loaded models, so the same code runs in one
process, in a process pool (``newsgraph.storage.build``) or on a cluster.

Failures never escape a batch: an exception in a stage becomes a
``Rejection`` naming the article, the stage and the cause.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from newsgraph.errors import PipelineConfigError
from newsgraph.model import Article, Extraction, Rejection

# Layers that become fields of ``Extraction``; other layers (the parsed doc,
# intermediate results) stay inside the analysis.
EXTRACTION_LAYERS = ("entities", "timexes", "quotes", "claims", "events")


@dataclass
class Analysis:
    """Working state for one article: the article and the layers so far."""

    article: Article
    layers: dict[str, Any] = field(default_factory=dict)

    def __getitem__(self, name: str) -> Any:
        return self.layers[name]

    def get(self, name: str, default: Any = None) -> Any:
        return self.layers.get(name, default)

    def to_extraction(self) -> Extraction:
        values = {name: tuple(self.layers.get(name, ())) for name in EXTRACTION_LAYERS}
        article = self.layers.get("article", self.article)
        return Extraction(article=article, **values)


@dataclass(frozen=True)
class Stage:
    """A named, versioned step: ``func(analysis) -> {layer: value}``."""

    name: str
    func: Callable[[Analysis], Mapping[str, Any]]
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    # Builds the stage's lookup tables (gazetteers, lexicons) ahead of the first
    # article, so process-pool workers inherit them instead of each building its own.
    setup: Callable[[], Any] | None = None

    def __call__(self, analysis: Analysis) -> Mapping[str, Any]:
        produced = self.func(analysis)
        missing = [name for name in self.assigns if name not in produced]
        if missing:
            raise PipelineConfigError(f"stage {self.name!r} did not assign {missing}")
        return produced


def check_order(stages: Sequence[Stage], *, available: Iterable[str] = ("article",)) -> None:
    """Raise ``PipelineConfigError`` when a stage requires a layer nothing before it assigns."""
    have = set(available)
    for stage in stages:
        missing = [name for name in stage.requires if name not in have]
        if missing:
            raise PipelineConfigError(
                f"stage {stage.name!r} requires {missing}, which no earlier stage assigns; "
                f"available at that point: {sorted(have)}"
            )
        have.update(stage.assigns)


Result = Extraction | Rejection


class Pipeline:
    """A batch parser (articles -> docs) followed by per-article stages.

    ``parser`` is optional: without it the stages see no ``doc`` layer, which
    is how tests compose rule-only pipelines without loading a model.
    """

    def __init__(self, stages: Sequence[Stage], *,
                 parser: Callable[[Sequence[Article]], Iterable[Any]] | None = None) -> None:
        available = ["article"] + (["doc"] if parser is not None else [])
        check_order(stages, available=available)
        self.stages = tuple(stages)
        self.parser = parser

    @classmethod
    def default(cls, *, model: str | None = None) -> Pipeline:
        """The full extraction pipeline with the default (or named) spaCy model."""
        from newsgraph.extract import default_parser, default_stages

        pipeline = cls(default_stages(), parser=default_parser(model))
        pipeline.setup()
        return pipeline

    def setup(self) -> None:
        """Build every stage's lookup tables now rather than on the first article."""
        for stage in self.stages:
            if stage.setup is not None:
                stage.setup()

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(stage.name for stage in self.stages)

    def analyse(self, article: Article, doc: Any = None) -> Result:
        """All stages on one article; a failing stage yields a ``Rejection``."""
        analysis = Analysis(article, {"article": article} if doc is None else {"article": article, "doc": doc})
        for stage in self.stages:
            try:
                analysis.layers.update(stage(analysis))
            except Exception as exc:  # noqa: BLE001 - any failure becomes a recorded rejection
                return Rejection(
                    origin=article.origin or article.id, stage=stage.name,
                    reason=f"{type(exc).__name__}: {exc}", article_id=article.id,
                )
        return analysis.to_extraction()

    def process(self, articles: Sequence[Article]) -> list[Result]:
        """Results for a batch, in input order."""
        if self.parser is None:
            return [self.analyse(article) for article in articles]
        try:
            docs = list(self.parser(articles))
        except Exception:  # noqa: BLE001 - isolate the failing article
            return [self._process_one(article) for article in articles]
        return [self.analyse(article, doc) for article, doc in zip(articles, docs, strict=True)]

    def _process_one(self, article: Article) -> Result:
        assert self.parser is not None
        try:
            (doc,) = list(self.parser([article]))
        except Exception as exc:  # noqa: BLE001
            return Rejection(origin=article.origin or article.id, stage="parse",
                             reason=f"{type(exc).__name__}: {exc}", article_id=article.id)
        return self.analyse(article, doc)

    def iter_process(self, articles: Iterable[Article], *, batch_size: int = 64) -> Iterator[Result]:
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= batch_size:
                yield from self.process(batch)
                batch = []
        if batch:
            yield from self.process(batch)
