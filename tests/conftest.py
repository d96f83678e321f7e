"""Root fixtures: paths to shared data, hand-made article files, the spaCy model."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", REPO.parent / "shared"))
SEED = REPO / "examples" / "000_ad4cf2ea6679c452.txt"
SCHEMA = SHARED / "contract" / "extraction.schema.json"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with a clear message when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not found: {path} (set NEWSGRAPH_SHARED to the shared/ folder)")
    return path


def article_text(title: str = "A title", date: str = "20220207", url: str = "https://example.org/a",
                 body: tuple[str, ...] = ("First sentence here.", "Second sentence there.")) -> str:
    return "\n".join((title, date, url, *body)) + "\n"


def article_of(*lines: str, published: str = "2022-02-07"):
    """An article whose body is ``lines`` (published on a Monday by default)."""
    import datetime as dt

    from newsgraph.ingest.readers import build_article

    return build_article(title="T", published=dt.date.fromisoformat(published), url=None,
                         body_lines=list(lines), origin="test")


@pytest.fixture
def write_article(tmp_path: Path) -> Callable[..., Path]:
    """Write a canonical-format article file under tmp_path and return its path."""

    def write(name: str, **parts: object) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article_text(**parts), encoding="utf-8")  # type: ignore[arg-type]
        return path

    return write


@pytest.fixture(scope="session")
def nlp():
    """The default spaCy pipeline, loaded once per test session."""
    from newsgraph.extract.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def default_pipeline():
    from newsgraph.pipeline import Pipeline

    return Pipeline.default()
