"""One exception hierarchy; every message says what went wrong and what to do.

Library code raises these and never prints; the interfaces (CLI, API)
translate them for people.
"""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base class of every error newsgraph raises on purpose."""

    exit_code = 1


class InputError(NewsgraphError):
    """An input file (or one record in it) cannot be read as an article.

    ``path`` and ``line`` (1-based, or None for the whole file) say where;
    ``problem`` says what, in words a person can act on.
    """

    exit_code = 2

    def __init__(self, path: str, problem: str, *, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.problem = problem
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {problem}")


class StageError(NewsgraphError):
    """A pipeline stage failed on one article."""

    def __init__(self, stage: str, article_id: str, origin: str | None, cause: BaseException) -> None:
        self.stage = stage
        self.article_id = article_id
        self.origin = origin
        self.cause = cause
        super().__init__(f"{origin or article_id}: stage {stage!r} failed: {type(cause).__name__}: {cause}")


class PipelineConfigError(NewsgraphError):
    """Stages are composed in an order that cannot work."""


class ModelNotAvailable(NewsgraphError):
    """The spaCy model package is not installed."""


class StoreError(NewsgraphError):
    """The knowledge base cannot be opened or is not a newsgraph knowledge base."""


# Messages kept in one place so their wording stays consistent.
MSG_BAD_DATE = "line 2 must be the publication date as YYYYMMDD (a real calendar date); found {found!r}"
MSG_EMPTY = "the file is empty; expected title, YYYYMMDD date, URL, then the body one sentence per line"
MSG_NO_BODY = "the article has no body text after the title, date and URL lines"
MSG_NO_TITLE = "line 1 (the title) is empty"
MSG_MODEL = (
    "the spaCy model package {package!r} is not installed; install newsgraph with its "
    "dependencies (pip install -e .) or choose another model with --model"
)
