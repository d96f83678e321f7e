"""The SQLite knowledge base: opening, migrating, writing extractions, reading.

One writer (the process that owns a ``KnowledgeBase``) and any number of
readers: the database runs in WAL mode so searches work during a build.
Writes go in explicit ``BEGIN IMMEDIATE`` transactions; an article is written
together with all its facts or not at all, which is what lets a killed build
resume without loss.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsgraph.errors import StoreError
from newsgraph.model import Extraction, Rejection
from newsgraph.storage.schema import ARTICLE_TABLES, MIGRATIONS
from newsgraph.timeline.dates import day_range

# Derivations over the whole KB (e.g. cross-article entity merging) that a
# build runs after writing articles: (name, function(conn)).
Derivation = tuple[str, Callable[[sqlite3.Connection], Any]]


def connect(path: str | Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A connection with newsgraph's settings (WAL, row factory)."""
    path = str(path)
    if readonly:
        if path != ":memory:" and not Path(path).exists():
            raise StoreError(f"{path}: no such knowledge base; create one with `newsgraph build PATH --db {path}`")
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True) if path != ":memory:" else sqlite3.connect(path)
    else:
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA busy_timeout=10000")
    return conn


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='migrations'"
    ).fetchone()
    if not exists:
        return []
    return [row[0] for row in conn.execute("SELECT name FROM migrations ORDER BY rowid")]


def migrate(conn: sqlite3.Connection, migrations: Sequence[tuple[str, str]] = MIGRATIONS) -> list[str]:
    """Apply the migrations not yet applied, in order; return their names."""
    conn.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY)")
    done = set(applied_migrations(conn))
    known = {name for name, _ in migrations}
    unknown = [name for name in done if name not in known]
    if unknown:
        raise StoreError(
            f"the knowledge base was written by a newer newsgraph (unknown migrations {unknown}); upgrade newsgraph"
        )
    applied = []
    for name, sql in migrations:
        if name in done:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute("INSERT INTO migrations(name) VALUES (?)", (name,))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(name)
    return applied


def _statements(sql: str) -> Iterator[str]:
    """Split a migration into statements (``sqlite3.complete_statement`` knows triggers)."""
    buffer = ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                yield buffer.strip()
            buffer = ""
    if buffer.strip():
        yield buffer.strip()


@dataclass(frozen=True)
class ArticleState:
    """What the KB already holds for an article id."""

    content_key: str
    origin: str | None
    pipeline: str | None


class KnowledgeBase:
    """Read and write access to one knowledge-base file."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            self.conn = connect(self.path)
            migrate(self.conn)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a newsgraph knowledge base ({exc})") from exc

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # -- what is there -------------------------------------------------
    def article_state(self, article_id: str) -> ArticleState | None:
        row = self.conn.execute("SELECT content_key, origin, pipeline FROM articles WHERE id=?",
                                (article_id,)).fetchone()
        return ArticleState(row[0], row[1], row[2]) if row else None

    def article_with_content(self, content_key: str) -> str | None:
        row = self.conn.execute("SELECT id FROM articles WHERE content_key=? LIMIT 1", (content_key,)).fetchone()
        return row[0] if row else None

    # -- writing (call inside ``transaction()``) -------------------------
    def delete_article(self, article_id: str) -> None:
        for table in ARTICLE_TABLES:
            self.conn.execute(f"DELETE FROM {table} WHERE article_id=?", (article_id,))  # noqa: S608
        self.conn.execute("DELETE FROM articles WHERE id=?", (article_id,))

    def write_extraction(self, extraction: Extraction, *, content_key: str, pipeline: str | None = None) -> None:
        """Store an article and all its facts, replacing any older version."""
        article = extraction.article
        self.delete_article(article.id)
        conn = self.conn
        dateline = article.dateline
        conn.execute(
            "INSERT INTO articles(id, title, published, url, source, dateline_place, dateline_entity, text,"
            " content_key, origin, pipeline) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (article.id, article.title, article.published.isoformat(), article.url, article.source,
             dateline.place if dateline else None, dateline.entity if dateline else None,
             article.text, content_key, article.origin, pipeline),
        )
        text = article.text
        conn.executemany(
            "INSERT INTO sentences(article_id, idx, start_char, end_char, text) VALUES (?,?,?,?,?)",
            [(article.id, s.index, s.start, s.end, text[s.start:s.end]) for s in article.sentences],
        )
        conn.executemany(
            "INSERT INTO entities(article_id, id, name, type, country, lat, lon, geonameid, aliases, roles)"
            " VALUES (?,?,?,?,?,?,?,?,?,?)",
            [(article.id, e.id, e.name, e.type, e.country,
              e.geo.lat if e.geo else None, e.geo.lon if e.geo else None,
              str(e.geo.geonameid) if e.geo and e.geo.geonameid is not None else None,
              json.dumps(list(e.aliases), ensure_ascii=False), json.dumps(list(e.roles), ensure_ascii=False))
             for e in extraction.entities],
        )
        conn.executemany(
            "INSERT OR IGNORE INTO mentions(article_id, entity_id, sentence, start_char, end_char, text)"
            " VALUES (?,?,?,?,?,?)",
            [(article.id, e.id, m.sentence, m.start, m.end, m.text)
             for e in extraction.entities for m in e.mentions],
        )
        timex_rows = []
        for i, t in enumerate(extraction.timexes):
            first, last = day_range(t.value) if t.type in ("DATE", "TIME") else (None, None)
            timex_rows.append((article.id, i, t.sentence, t.start, t.end, t.text, t.type, t.value, t.mod,
                               first.isoformat() if first else None, last.isoformat() if last else None))
        conn.executemany(
            "INSERT INTO timexes(article_id, idx, sentence, start_char, end_char, text, type, value, mod,"
            " first_day, last_day) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            timex_rows,
        )
        conn.executemany(
            "INSERT INTO quotes(article_id, idx, sentence, start_char, end_char, text, kind, speaker,"
            " speaker_text, cue, speaker_start, speaker_end, cue_start, cue_end) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(article.id, i, q.sentence, q.start, q.end, q.text, q.kind, q.speaker, q.speaker_text, q.cue,
              q.speaker_start, q.speaker_end, q.cue_start, q.cue_end)
             for i, q in enumerate(extraction.quotes)],
        )
        conn.executemany(
            "INSERT INTO claims(article_id, idx, sentence, start_char, end_char, text, value, value_max,"
            " qualifier, unit, claimant, claimant_text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [(article.id, i, c.sentence, c.start, c.end, c.text, c.value, c.value_max, c.qualifier, c.unit,
              c.claimant, c.claimant_text) for i, c in enumerate(extraction.claims)],
        )
        conn.executemany(
            "INSERT INTO events(article_id, idx, sentence, start_char, end_char, type, mode, modality,"
            " attributed_to, trigger, actors, targets, location, date) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(article.id, i, e.sentence, e.start, e.end, e.type, e.mode, e.modality, e.attributed_to, e.trigger,
              json.dumps(list(e.actors)), json.dumps(list(e.targets)), e.location, e.date)
             for i, e in enumerate(extraction.events)],
        )
        # The article made it: earlier failures of this input no longer stand.
        if article.origin:
            conn.execute("DELETE FROM rejections WHERE origin=? AND stage != 'ingest'", (article.origin,))
            conn.execute("DELETE FROM duplicates WHERE origin=?", (article.origin,))

    def record_rejection(self, rejection: Rejection) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO rejections(origin, line, stage, reason, article_id) VALUES (?,?,?,?,?)",
            (rejection.origin, rejection.line or 0, rejection.stage, rejection.reason, rejection.article_id),
        )

    def clear_ingest_rejections(self, origin: str) -> None:
        """Forget what an earlier run found wrong with a file that is being read again."""
        self.conn.execute("DELETE FROM rejections WHERE origin=? AND stage='ingest'", (origin,))

    def record_duplicate(self, origin: str, article_id: str, reason: str) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO duplicates(origin, article_id, reason) VALUES (?,?,?)",
            (origin, article_id, reason),
        )

    # -- reading -------------------------------------------------------
    def rejections(self) -> list[Rejection]:
        return [
            Rejection(origin=row["origin"], stage=row["stage"], reason=row["reason"],
                      line=row["line"] or None, article_id=row["article_id"])
            for row in self.conn.execute("SELECT * FROM rejections ORDER BY origin, line, stage")
        ]

    def stats(self) -> dict[str, Any]:
        return stats(self.conn)

    def search(self, query: str, *, limit: int = 20) -> list[dict[str, Any]]:
        return search(self.conn, query, limit=limit)


COUNTED_TABLES = ("articles", "sentences", "entities", "mentions", "timexes", "quotes", "claims", "events",
                  "rejections", "duplicates")


def stats(conn: sqlite3.Connection) -> dict[str, Any]:
    """Row counts, the date range and the sources of a knowledge base."""
    counts = {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
              for table in COUNTED_TABLES}
    first, last = conn.execute("SELECT min(published), max(published) FROM articles").fetchone()
    sources = [(row[0], row[1]) for row in conn.execute(
        "SELECT coalesce(source, '(none)'), count(*) AS n FROM articles GROUP BY 1 ORDER BY n DESC, 1 LIMIT 20")]
    entity_types = [(row[0], row[1]) for row in conn.execute(
        "SELECT type, count(*) AS n FROM entities GROUP BY type ORDER BY n DESC")]
    return {"counts": counts, "first_published": first, "last_published": last, "sources": sources,
            "entity_types": entity_types, "migrations": applied_migrations(conn)}


def _fts_query(query: str) -> str:
    """User words as an FTS5 query: each word a quoted term (no syntax errors)."""
    terms = [word.replace('"', '""') for word in query.split()]
    return " ".join(f'"{term}"' for term in terms if term)


def search(conn: sqlite3.Connection, query: str, *, limit: int = 20, raw: bool = False) -> list[dict[str, Any]]:
    """Sentences matching ``query`` (all words, any order) with their article, best first.

    ``raw=True`` passes ``query`` to FTS5 as is (phrases, OR, NEAR, prefix*).
    """
    match = query if raw else _fts_query(query)
    if not match:
        return []
    try:
        rows = conn.execute(
            """
            SELECT s.article_id, s.idx, s.start_char, s.end_char, s.text, a.title, a.published, a.url,
                   snippet(sentences_fts, 0, '[', ']', '…', 24) AS snippet
            FROM sentences_fts
            JOIN sentences AS s ON s.rowid = sentences_fts.rowid
            JOIN articles AS a ON a.id = s.article_id
            WHERE sentences_fts MATCH ?
            ORDER BY bm25(sentences_fts), a.published DESC, s.article_id, s.idx
            LIMIT ?
            """,
            (match, limit),
        ).fetchall()
    except sqlite3.OperationalError as exc:
        raise StoreError(f"cannot search for {query!r}: {exc}") from exc
    return [dict(row) for row in rows]
