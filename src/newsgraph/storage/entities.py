"""Queries over the knowledge-base entities built by ``newsgraph.resolve.entities``."""

from __future__ import annotations

import sqlite3
from typing import Any

from newsgraph.resolve.names import name_key


def matching_entities(conn: sqlite3.Connection, name: str) -> list[tuple[int, str, int]]:
    """KB entities ``name`` can refer to, most mentioned first: ``(id, name, mentions)``.

    A KB entity matches when ``name`` is its canonical name or one of its aliases
    (case-insensitive); failing that, when the normalised spelling (Zelenskyy ->
    Zelensky) equals its name, an alias, or an alias's last word; failing that, when
    its name contains ``name``."""
    rows = conn.execute(
        "SELECT id, name, mention_count FROM kb_entities WHERE name = ? COLLATE NOCASE UNION"
        " SELECT e.id, e.name, e.mention_count FROM kb_aliases a JOIN kb_entities e ON e.id = a.kb_id"
        " WHERE a.alias = ? COLLATE NOCASE", (name, name)).fetchall()
    if not rows:
        key = name_key(name)
        found = {}
        for kb_id, text, canonical, mentions in conn.execute(
                "SELECT id, name, name, mention_count FROM kb_entities UNION ALL"
                " SELECT a.kb_id, a.alias, e.name, e.mention_count FROM kb_aliases a"
                " JOIN kb_entities e ON e.id = a.kb_id"):
            words = name_key(text).split()
            if words and (" ".join(words) == key or words[-1] == key):
                found[kb_id] = (kb_id, canonical, mentions)
        rows = list(found.values())
    if not rows:
        rows = conn.execute("SELECT id, name, mention_count FROM kb_entities WHERE name LIKE ?",
                            (f"%{name}%",)).fetchall()
    return sorted(set(rows), key=lambda row: (-row[2], row[0]))


def find_entity_id(conn: sqlite3.Connection, name: str) -> int | None:
    """The most mentioned KB entity that ``name`` can refer to, or None."""
    matches = matching_entities(conn, name)
    return matches[0][0] if matches else None


def entity_profile(conn: sqlite3.Connection, name: str) -> dict[str, Any] | None:
    """Everything the KB knows about the entity ``name`` refers to, or None."""
    matches = matching_entities(conn, name)
    if not matches:
        return None
    kb_id = matches[0][0]
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
        "other_matches": [{"id": i, "name": n, "mention_count": m} for i, n, m in matches[1:]],
    }


__all__ = ["entity_profile", "find_entity_id", "matching_entities"]
