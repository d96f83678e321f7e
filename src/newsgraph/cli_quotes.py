"""``newsgraph quotes``: who said what, from the knowledge base."""

from __future__ import annotations

import datetime as dt
import sqlite3

import click

from newsgraph.cli_common import DB_OPTION, handle_errors, open_kb
from newsgraph.errors import StoreError
from newsgraph.storage.quotes import quote_counts_by_speaker, quote_timeline, quotes_by_speaker


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"expected YYYY-MM-DD, found {value!r}") from exc


@click.command("quotes")
@click.option("--speaker", "speaker", default=None, help="Speaker name or part of it (e.g. Peskov).")
@DB_OPTION
@click.option("--since", default=None, callback=_date, help="Only articles published on or after YYYY-MM-DD.")
@click.option("--until", default=None, callback=_date, help="Only articles published on or before YYYY-MM-DD.")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(min=1), help="At most N quotes.")
@click.option("--by-month", is_flag=True, help="Count the speaker's quotes per month instead of listing them.")
@handle_errors
def quotes(speaker: str | None, db: str, since: dt.date | None, until: dt.date | None, limit: int,
           by_month: bool) -> None:
    """List quotes by a speaker, oldest first, with date, article and sentence.

    Without --speaker, list the most quoted speakers.
    """
    conn = open_kb(db)
    try:
        if not speaker:
            for name, count in quote_counts_by_speaker(conn, limit=limit):
                click.echo(f"{count:6d}  {name}")
            return
        if by_month:
            for month, count in quote_timeline(conn, speaker, since=since, until=until):
                click.echo(f"{month}  {count:5d}  {'#' * min(count, 60)}")
            return
        rows = quotes_by_speaker(conn, speaker, since=since, until=until, limit=limit)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{db}: not a newsgraph knowledge base ({exc})") from exc
    finally:
        conn.close()
    if not rows:
        click.echo(f"No quotes found for {speaker!r}.")
        return
    for row in rows:
        who = row.speaker_name or row.speaker_text or "?"
        if row.speaker_text and row.speaker_name and row.speaker_text != row.speaker_name:
            who = f"{row.speaker_name} ({row.speaker_text})"
        click.echo(f"{row.published}  {who} [{row.kind}{', ' + row.cue if row.cue else ''}]: \u201c{row.text}\u201d")
        click.echo(f"    {row.title}" + (f"  <{row.url}>" if row.url else "") + f"  [{row.article_id}#{row.sentence}]")
        if row.sentence_text and row.sentence_text.strip() != row.text.strip():
            click.echo(f"    sentence: {row.sentence_text}")
