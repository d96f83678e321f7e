"""What every ``newsgraph`` command shares: the --db option, error translation, read-only KB access."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import click

from newsgraph.errors import NewsgraphError

F = TypeVar("F", bound=Callable[..., Any])

DB_OPTION = click.option(
    "--db", "db", default="newsgraph.db", show_default=True, envvar="NEWSGRAPH_DB",
    type=click.Path(dir_okay=False), help="Knowledge-base file (SQLite). Env: NEWSGRAPH_DB.",
)


def handle_errors(func: F) -> F:
    """Translate library errors into a message on stderr and the error's exit status."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except NewsgraphError as exc:
            click.secho(f"Error: {exc}", fg="red", err=True)
            sys.exit(exc.exit_code)

    return wrapper  # type: ignore[return-value]


def open_kb(db: str) -> sqlite3.Connection:
    """A read-only connection to an existing knowledge base (StoreError when there is none)."""
    from newsgraph.storage.store import connect

    return connect(db, readonly=True)
