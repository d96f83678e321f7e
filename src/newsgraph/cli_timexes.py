"""``newsgraph when``: what the knowledge base dates to a day, a week, a month, a season or a year."""

from __future__ import annotations

import click

from newsgraph.cli_common import DB_OPTION, handle_errors, open_kb
from newsgraph.storage.timexes import dated_in


@click.command("when")
@click.argument("period", required=False)
@click.option("--week", help="an ISO week, e.g. 2022-W07 (the same as giving it as PERIOD)")
@DB_OPTION
@click.option("--planned", is_flag=True, help="only expressions that look ahead of their article's date")
@click.option("--limit", type=int, default=50, show_default=True, help="print at most this many")
@handle_errors
def when(period: str | None, week: str | None, db: str, planned: bool, limit: int) -> None:
    """Print what happened or was planned in PERIOD, a calendar period written as
    a TIMEX3 value: a day (2022-02-08), an ISO week (2022-W07), a month
    (2022-03), a quarter (2022-Q1), a half (2022-H1), a season (2022-WI,
    December 2022 to February 2023) or a year (2022).

    Every stored time expression whose dates overlap PERIOD is listed with its
    article and sentence, the most precise first: a day before the week, month
    or year that also covers it."""
    if (period is None) == (week is None):
        raise click.UsageError("give a PERIOD (e.g. 2022-02-08, 2022-W07, 2022-03) or --week YYYY-Www")
    conn = open_kb(db)
    try:
        try:
            rows = dated_in(conn, week or period or "")
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--week" if week else "PERIOD") from None
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
