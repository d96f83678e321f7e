"""``newsgraph entity NAME --db FILE``: who or what a name refers to across the KB."""

from __future__ import annotations

import json
import sqlite3

import click

from newsgraph.cli_common import DB_OPTION, handle_errors, open_kb
from newsgraph.storage.entities import entity_profile


@click.command("entity")
@click.argument("name")
@DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="print the profile as JSON")
@click.option("--limit", default=15, show_default=True, help="aliases and roles shown")
@handle_errors
def entity(name: str, db: str, as_json: bool, limit: int) -> None:
    """Show the knowledge-base entity NAME refers to: canonical name, type, country,
    place, aliases, roles with the dates of the articles that state them, counts and
    the evidence for each merge."""
    conn = open_kb(db)
    try:
        profile = entity_profile(conn, name)
    except sqlite3.OperationalError as exc:
        raise click.ClickException(
            f"{db} has no knowledge-base entity tables ({exc}); rebuild it with `newsgraph build`") from None
    finally:
        conn.close()
    if profile is None:
        raise click.ClickException(f"no entity called {name!r} in {db}")
    if as_json:
        click.echo(json.dumps(profile, indent=2, ensure_ascii=False))
        return
    click.echo(f"{profile['name']}  ({profile['type']}{', ' + profile['country'] if profile['country'] else ''})")
    if profile["geo"]:
        geo = profile["geo"]
        click.echo(f"  place: {geo['lat']:.4f}, {geo['lon']:.4f}  (GeoNames {geo['geonameid']})")
    click.echo(f"  mentions: {profile['mention_count']} in {profile['article_count']} articles")
    aliases = ", ".join(f"{a['alias']} ({a['count']})" for a in profile["aliases"][:limit])
    click.echo(f"  aliases: {aliases}")
    if profile["roles"]:
        click.echo("  roles:")
        for role in profile["roles"][:limit]:
            click.echo(f"    {role['role']}: {role['first_date']} .. {role['last_date']}"
                       f"  ({role['article_count']} articles)")
    if profile["other_matches"]:
        others = ", ".join(f"{o['name']} ({o['mention_count']})" for o in profile["other_matches"][:limit])
        click.echo(f"  {name!r} may also mean: {others}")
    if profile["merge_evidence"]:
        click.echo("  merged because:")
        for line in profile["merge_evidence"][:limit]:
            click.echo(f"    - {line}")


__all__ = ["entity"]
