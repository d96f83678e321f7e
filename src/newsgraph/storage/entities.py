"""Queries over the knowledge-base entities built by ``newsgraph.resolve.entities``."""

from __future__ import annotations

import sqlite3
from typing import Any

from newsgraph.resolve.names import name_key


def find_entity_id(conn: sqlite3.Connection, name: str) -> int | None:
    """The KB entity called ``name``: by canonical name, else the one that most often
    uses ``name`` as an alias, else the largest whose name contains it."""
    row = conn.execute(
        "SELECT id FROM kb_entities WHERE name = ? COLLATE NOCASE ORDER BY mention_count DESC, id LIMIT 1",
        (name,)).fetchone()
    if row is None:
        row = conn.execute(
            "SELECT a.kb_id FROM kb_aliases a JOIN kb_entities e ON e.id = a.kb_id"
            " WHERE a.alias = ? COLLATE NOCASE ORDER BY a.count DESC, e.mention_count DESC, e.id LIMIT 1",
            (name,)).fetchone()
    if row is None:
        row = conn.execute(
            "SELECT id FROM kb_entities WHERE name LIKE ? ORDER BY mention_count DESC, id LIMIT 1",
            (f"%{name}%",)).fetchone()
    if row is None:  # spelling variants: compare normalised keys (Zelenskyy -> Zelensky)
        key = name_key(name)
        best = None
        for kb_id, text, mentions in conn.execute(
                "SELECT e.id, e.name, e.mention_count FROM kb_entities e UNION ALL"
                " SELECT a.kb_id, a.alias, e.mention_count FROM kb_aliases a JOIN kb_entities e ON e.id = a.kb_id"):
            words = name_key(text).split()
            if name_key(text) == key or (words and words[-1] == key):
                if best is None or (-mentions, kb_id) < (-best[1], best[0]):
                    best = (kb_id, mentions)
        return best[0] if best else None
    return row[0]


def entity_profile(conn: sqlite3.Connection, name: str) -> dict[str, Any] | None:
    """Everything the KB knows about the entity ``name`` refers to, or None."""
    kb_id = find_entity_id(conn, name)
    if kb_id is None:
        return None
    (kb_id, canonical, kind, country, lat, lon, geonameid, mentions, articles) = conn.execute(
        "SELECT id, name, type, country, lat, lon, geonameid, mention_count, article_count"
        " FROM kb_entities WHERE id = ?", (kb_id,)).fetchone()
    aliases = conn.execute(
        "SELECT alias, count FROM kb_aliases WHERE kb_id = ? ORDER BY count DESC, alias", (kb_id,)).fetchall()
    roles = conn.execute(
        "SELECT role, first_date, last_date, article_count FROM kb_roles WHERE kb_id = ?"
        " ORDER BY article_count DESC, first_date, role", (kb_id,)).fetchall()
    evidence = [row[0] for row in conn.execute(
        "SELECT evidence FROM kb_merge_evidence WHERE kb_id = ? ORDER BY evidence", (kb_id,))]
    return {
        "id": kb_id, "name": canonical, "type": kind, "country": country,
        "geo": {"lat": lat, "lon": lon, "geonameid": geonameid} if lat is not None else None,
        "aliases": [{"alias": a, "count": n} for a, n in aliases],
        "roles": [{"role": r, "first_date": f, "last_date": l, "article_count": n} for r, f, l, n in roles],
        "mention_count": mentions, "article_count": articles, "merge_evidence": evidence,
    }


__all__ = ["entity_profile", "find_entity_id"]
