"""Quotations in the knowledge base: who said what, and when.

``quotes_by_speaker`` finds the quotes of a speaker by the speaker entity's
name or aliases (``entities`` joined on ``(article_id, speaker)``) or by the
words that named the speaker in the sentence (``speaker_text``), so an
unresolved "Kremlin spokesman Dmitry Peskov" is found as well as a resolved
"he".  Matching is case-insensitive on whole words: "Peskov" matches
"Dmitry Peskov" but "Ann" does not match "Anne".
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class QuoteRow:
    """One quote with the article and sentence it comes from."""

    article_id: str
    published: str
    title: str
    url: str | None
    sentence: int
    sentence_text: str | None
    text: str
    kind: str
    speaker: str | None          # entity id within the article
    speaker_name: str | None     # the entity's canonical name
    speaker_text: str | None
    cue: str | None
    start: int
    end: int


_QUERY = """
SELECT q.article_id, a.published, a.title, a.url, q.sentence, s.text, q.text, q.kind,
       q.speaker, e.name, q.speaker_text, q.cue, q.start_char, q.end_char, e.aliases
FROM quotes AS q
JOIN articles AS a ON a.id = q.article_id
LEFT JOIN entities AS e ON e.article_id = q.article_id AND e.id = q.speaker
LEFT JOIN sentences AS s ON s.article_id = q.article_id AND s.idx = q.sentence
WHERE (e.name LIKE :pattern OR e.aliases LIKE :pattern OR q.speaker_text LIKE :pattern)
  AND (:since IS NULL OR a.published >= :since)
  AND (:until IS NULL OR a.published <= :until)
ORDER BY a.published, q.article_id, q.start_char
"""


def _names_match(query: str, names: list[str]) -> bool:
    words = [re.escape(w) for w in query.split()]
    if not words:
        return False
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)
    return any(pattern.search(name) for name in names if name)


def quotes_by_speaker(conn: sqlite3.Connection, name: str, *, since: dt.date | str | None = None,
                      until: dt.date | str | None = None, limit: int | None = None) -> list[QuoteRow]:
    """Quotes whose speaker entity (name, aliases) or speaker words match ``name``, oldest first."""
    name = name.strip()
    if not name:
        return []
    params = {
        "pattern": f"%{name}%",
        "since": since.isoformat() if isinstance(since, dt.date) else since,
        "until": until.isoformat() if isinstance(until, dt.date) else until,
    }
    rows: list[QuoteRow] = []
    merged = _kb_members_named(conn, name)
    query = _QUERY if not merged else _QUERY.replace(
        "WHERE (", "WHERE ((q.article_id, q.speaker) IN (SELECT article_id, entity_id FROM temp.kb_speakers) OR ")
    for record in conn.execute(query, params):
        (article_id, published, title, url, sentence, sentence_text, text, kind, speaker,
         speaker_name, speaker_text, cue, start, end, aliases) = record
        try:
            alias_list = list(json.loads(aliases)) if aliases else []
        except (ValueError, TypeError):
            alias_list = []
        if (article_id, speaker) not in merged and not _names_match(
                name, [speaker_name or "", speaker_text or "", *map(str, alias_list)]):
            continue
        rows.append(QuoteRow(article_id, published, title, url, sentence, sentence_text, text, kind,
                             speaker, speaker_name, speaker_text, cue, start, end))
        if limit is not None and len(rows) >= limit:
            break
    return rows


def _has_kb_entities(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'kb_members'").fetchone() is not None


def _kb_members_named(conn: sqlite3.Connection, name: str) -> set[tuple[str, str]]:
    """(article, entity) pairs of the KB entities called ``name`` (by any alias or spelling variant).

    Also left in ``temp.kb_speakers`` for the quote query to join.
    """
    if not _has_kb_entities(conn):
        return set()
    pattern = f"%{name}%"
    candidates = conn.execute(
        "SELECT DISTINCT k.id, k.name, a.alias FROM kb_entities AS k JOIN kb_aliases AS a ON a.kb_id = k.id"
        " WHERE k.name LIKE ? OR a.alias LIKE ?", (pattern, pattern)).fetchall()
    ids = sorted({kb_id for kb_id, kb_name, alias in candidates if _names_match(name, [kb_name, alias])})
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS kb_speakers (article_id TEXT, entity_id TEXT)")
    conn.execute("DELETE FROM temp.kb_speakers")
    if not ids:
        return set()
    marks = ",".join("?" * len(ids))
    conn.execute(f"INSERT INTO temp.kb_speakers SELECT article_id, entity_id FROM kb_members"  # noqa: S608
                 f" WHERE kb_id IN ({marks})", ids)
    return {(a, e) for a, e in conn.execute("SELECT article_id, entity_id FROM temp.kb_speakers")}


def quote_timeline(conn: sqlite3.Connection, name: str, *, since: dt.date | str | None = None,
                   until: dt.date | str | None = None) -> list[tuple[str, int]]:
    """Quotes of a speaker per month ('YYYY-MM', count), oldest first."""
    months: dict[str, int] = {}
    for row in quotes_by_speaker(conn, name, since=since, until=until):
        month = (row.published or "")[:7]
        months[month] = months.get(month, 0) + 1
    return sorted(months.items())


def quote_counts_by_speaker(conn: sqlite3.Connection, *, limit: int = 20) -> list[tuple[str, int]]:
    """The most quoted resolved speakers: (entity name, number of quotes), most first.

    Speakers are counted per KB entity (spelling variants merged across
    articles) when the KB has them, else per name.
    """
    if _has_kb_entities(conn):
        query = """
        SELECT COALESCE(k.name, e.name) AS speaker_name, COUNT(*) AS n FROM quotes AS q
        JOIN entities AS e ON e.article_id = q.article_id AND e.id = q.speaker
        LEFT JOIN kb_members AS m ON m.article_id = q.article_id AND m.entity_id = q.speaker
        LEFT JOIN kb_entities AS k ON k.id = m.kb_id
        GROUP BY COALESCE('kb' || k.id, 'name:' || e.name) ORDER BY n DESC, speaker_name LIMIT ?
        """
    else:
        query = """
        SELECT e.name, COUNT(*) AS n FROM quotes AS q
        JOIN entities AS e ON e.article_id = q.article_id AND e.id = q.speaker
        GROUP BY e.name ORDER BY n DESC, e.name LIMIT ?
        """
    return [(name, count) for name, count in conn.execute(query, (limit,))]


__all__ = ["QuoteRow", "quote_counts_by_speaker", "quote_timeline", "quotes_by_speaker"]
