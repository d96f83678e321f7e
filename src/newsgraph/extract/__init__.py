"""Per-article extraction: the only package that imports spaCy.

Each module offers plain functions over a parsed ``Doc`` and the ``Article``
(named for what they return) and one ``STAGE`` that plugs them into the
``Pipeline``.  Lexicons live as data files in ``lexicons/``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from newsgraph.model import Article
from newsgraph.pipeline import Stage


def default_stages() -> list[Stage]:
    """The extraction stages in dependency order."""
    from newsgraph.extract import coref, entities, quotes, timexes

    return [entities.STAGE, timexes.STAGE, coref.STAGE, quotes.STAGE]


def default_parser(model: str | None = None) -> Callable[[Sequence[Article]], Iterable[Any]]:
    """A batch parser over the (lazily loaded) spaCy model."""
    from newsgraph.extract.nlp import DEFAULT_MODEL, load_nlp, parse

    nlp = load_nlp(model or DEFAULT_MODEL)

    def parser(articles: Sequence[Article]) -> Iterable[Any]:
        return parse(nlp, articles)

    parser.nlp = nlp  # type: ignore[attr-defined]
    return parser


def pipeline_signature(model: str | None = None) -> str:
    """The model package and stage versions of the default pipeline, without loading the model.

    A build re-extracts stored articles whose signature differs, so a new
    model or a stage whose version was bumped reaches the whole KB.
    """
    from importlib.metadata import PackageNotFoundError, version

    from newsgraph.extract.nlp import DEFAULT_MODEL

    package = model or DEFAULT_MODEL
    try:
        package_version = version(package.replace("_", "-"))
    except PackageNotFoundError:
        package_version = "unknown"
    return "|".join([f"{package}=={package_version}", *(stage.name for stage in default_stages())])
