from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.errors import StoreError
from newsgraph.ingest import content_key, parse_text
from newsgraph.model import Entity, Extraction, Timex
from newsgraph.storage.schema import MIGRATIONS
from newsgraph.storage.store import KnowledgeBase, applied_migrations, connect, migrate, search, stats


def extraction(body: str = "Peace talks began in Geneva.\nThe delegates met again.", url: str = "https://x.org/a"):
    article = parse_text(f"Talks\n20220207\n{url}\n{body}", origin="mem.txt")
    start = article.text.index("Geneva")
    entity = Entity(id="e0", name="Geneva", type="GPE", aliases=("Geneva",),
                    mentions=(article.mention(start, start + 6),))
    timex = Timex("2022", "DATE", "2022-W07", None, 0, 0, 5)
    return Extraction(article, (entity,), (timex,))


def test_store_migrations_apply_once_in_order(tmp_path: Path) -> None:
    conn = connect(tmp_path / "kb.db")
    assert migrate(conn) == [name for name, _ in MIGRATIONS]
    assert migrate(conn) == []
    assert applied_migrations(conn) == [name for name, _ in MIGRATIONS]
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_store_refuses_a_kb_from_a_newer_version(tmp_path: Path) -> None:
    conn = connect(tmp_path / "kb.db")
    migrate(conn)
    conn.execute("INSERT INTO migrations(name) VALUES ('9999_future')")
    with pytest.raises(StoreError, match="newer newsgraph"):
        migrate(conn)


def test_store_write_replace_and_provenance(tmp_path: Path) -> None:
    with KnowledgeBase(tmp_path / "kb.db") as kb:
        first = extraction()
        with kb.transaction():
            kb.write_extraction(first, content_key=content_key(first.article.text))
        second = extraction(body="New text about Geneva.")
        with kb.transaction():
            kb.write_extraction(second, content_key=content_key(second.article.text))
        conn = kb.conn
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM sentences").fetchone()[0] == 1
        row = conn.execute("SELECT m.*, a.text AS body FROM mentions m JOIN articles a ON a.id = m.article_id"
                           ).fetchone()
        assert row["body"][row["start_char"]:row["end_char"]] == row["text"] == "Geneva"
        timex = conn.execute("SELECT first_day, last_day FROM timexes").fetchone()
        assert tuple(timex) == ("2022-02-14", "2022-02-20")
        assert search(conn, "delegates") == []
        assert [r["text"] for r in search(conn, "geneva")] == ["New text about Geneva."]
        assert stats(conn)["counts"]["entities"] == 1


@pytest.mark.parametrize("query", ['"', "AND", "NEAR(", "*", "a OR", "col:x", ""])
def test_store_search_never_fails_on_user_text(tmp_path: Path, query: str) -> None:
    with KnowledgeBase(tmp_path / "kb.db") as kb:
        assert isinstance(search(kb.conn, query), list)


def test_store_search_raw_syntax_error_is_a_newsgraph_error(tmp_path: Path) -> None:
    with KnowledgeBase(tmp_path / "kb.db") as kb, pytest.raises(StoreError, match="cannot search"):
        search(kb.conn, 'NEAR("a"', raw=True)
