"""``newsgraph when``: what the knowledge base dates to a day or a week."""

from __future__ import annotations

import datetime as dt

import click

from newsgraph.cli_common import DB_OPTION, handle_errors, open_kb
from newsgraph.storage.timexes import dated_in_week, dated_on


@click.command("when")
@click.argument("day", required=False)
@click.option("--week", help="an ISO week, e.g. 2022-W07, instead of a day")
@DB_OPTION
@click.option("--planned", is_flag=True, help="only expressions that look ahead of their article's date")
@click.option("--limit", type=int, default=50, show_default=True, help="print at most this many")
@handle_errors
def when(day: str | None, week: str | None, db: str, planned: bool, limit: int) -> None:
    """Print what happened or was planned on DAY (YYYY-MM-DD) or in --week.

    The most precise expressions come first: a day before the week, month or
    year that also covers it."""
    if (day is None) == (week is None):
        raise click.UsageError("give a DAY (YYYY-MM-DD) or --week YYYY-Www")
    conn = open_kb(db)
    try:
        if week:
            try:
                rows = dated_in_week(conn, week)
            except ValueError as exc:
                raise click.BadParameter(str(exc), param_hint="--week") from None
        else:
            try:
                rows = dated_on(conn, dt.date.fromisoformat(day or ""))
            except ValueError:
                raise click.BadParameter(f"{day!r} is not a date (YYYY-MM-DD)", param_hint="DAY") from None
    finally:
        conn.close()
    if planned:
        rows = [row for row in rows if row.planned]
    if not rows:
        click.echo("nothing dated there")
        return
    for row in rows[:limit]:
        mark = "planned" if row.planned else "reported"
        click.echo(f"{row.first_day}..{row.last_day}  {row.value:<12} {mark:<8} {row.published}  {row.title}")
        if row.sentence_text:
            click.echo(f"    [{row.text}] {row.sentence_text}")
    if len(rows) > limit:
        click.echo(f"... {len(rows) - limit} more (use --limit)")
