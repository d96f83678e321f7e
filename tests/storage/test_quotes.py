"""Quotes by speaker from the knowledge base, and the ``quotes`` command."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli_quotes import quotes as quotes_command
from newsgraph.storage.quotes import quote_counts_by_speaker, quote_timeline, quotes_by_speaker

TABLES = """
CREATE TABLE articles(id TEXT PRIMARY KEY, title TEXT, published TEXT, url TEXT, source TEXT,
                      dateline_place TEXT, dateline_entity TEXT, text TEXT, content_key TEXT, origin TEXT);
CREATE TABLE sentences(article_id TEXT, idx INTEGER, start_char INTEGER, end_char INTEGER, text TEXT);
CREATE TABLE entities(article_id TEXT, id TEXT, name TEXT, type TEXT, country TEXT, lat REAL, lon REAL,
                      geonameid TEXT, aliases TEXT, roles TEXT);
CREATE TABLE quotes(article_id TEXT, idx INTEGER, sentence INTEGER, start_char INTEGER, end_char INTEGER,
                    text TEXT, kind TEXT, speaker TEXT, speaker_text TEXT, cue TEXT);
"""


def make_db(conn: sqlite3.Connection) -> sqlite3.Connection:
    conn.executescript(TABLES)
    conn.executemany("INSERT INTO articles(id, title, published, url) VALUES (?, ?, ?, ?)", [
        ("a1", "Talks in Moscow", "2022-02-07", "https://example.org/1"),
        ("a2", "Kremlin replies", "2022-02-01", "https://example.org/2"),
        ("a3", "Anne speaks", "2022-03-01", None),
    ])
    conn.executemany("INSERT INTO sentences VALUES (?, ?, ?, ?, ?)", [
        ("a1", 0, 0, 40, '"It is complex," Peskov told reporters.'),
        ("a2", 3, 100, 150, "The Kremlin spokesman said the talks were useful."),
        ("a3", 0, 0, 30, "Anne said it was fine."),
    ])
    conn.executemany("INSERT INTO entities(article_id, id, name, type, aliases) VALUES (?, ?, ?, ?, ?)", [
        ("a1", "e1", "Dmitry Peskov", "PERSON", json.dumps(["Dmitry Peskov", "Peskov"])),
        ("a2", "e4", "Dmitry Peskov", "PERSON", json.dumps(["Dmitry Peskov"])),
        ("a3", "e0", "Anne Smith", "PERSON", json.dumps(["Anne"])),
    ])
    conn.executemany("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
        ("a1", 0, 0, 1, 14, "It is complex", "direct", "e1", "Peskov", "told"),
        ("a2", 0, 3, 130, 149, "the talks were useful", "indirect", "e4", "The Kremlin spokesman", "said"),
        ("a2", 1, 3, 151, 160, "more to come", "indirect", None, "Mr. Peskov's deputy", "said"),
        ("a3", 0, 0, 10, 21, "it was fine", "indirect", "e0", "Anne", "said"),
    ])
    return conn


@pytest.fixture
def conn() -> sqlite3.Connection:
    return make_db(sqlite3.connect(":memory:"))


def test_quotes_by_speaker_matches_entity_and_speaker_words_oldest_first(conn: sqlite3.Connection) -> None:
    rows = quotes_by_speaker(conn, "Peskov")
    assert [(r.article_id, r.text) for r in rows] == [
        ("a2", "the talks were useful"), ("a2", "more to come"), ("a1", "It is complex")]
    first = rows[0]
    assert (first.published, first.title, first.speaker_name) == ("2022-02-01", "Kremlin replies", "Dmitry Peskov")
    assert first.sentence_text == "The Kremlin spokesman said the talks were useful."


@pytest.mark.parametrize(("kwargs", "expected"), [
    ({"since": "2022-02-05"}, ["a1"]),
    ({"until": "2022-02-05"}, ["a2", "a2"]),
    ({"limit": 1}, ["a2"]),
])
def test_quotes_by_speaker_filters(conn: sqlite3.Connection, kwargs: dict[str, object], expected: list[str]) -> None:
    assert [r.article_id for r in quotes_by_speaker(conn, "peskov", **kwargs)] == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(("name", "count"), [("Ann", 0), ("Anne", 1), ("anne smith", 1), ("", 0), ("Nobody", 0)])
def test_quotes_by_speaker_matches_whole_words(conn: sqlite3.Connection, name: str, count: int) -> None:
    assert len(quotes_by_speaker(conn, name)) == count


def test_quote_counts_by_speaker(conn: sqlite3.Connection) -> None:
    assert quote_counts_by_speaker(conn) == [("Dmitry Peskov", 2), ("Anne Smith", 1)]


def test_quotes_command_lists_with_date_article_and_sentence(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    make_db(sqlite3.connect(db)).commit()
    result = CliRunner().invoke(quotes_command, ["--speaker", "Peskov", "--db", str(db), "--since", "2022-02-05"])
    assert result.exit_code == 0, result.output
    assert "2022-02-07" in result.output and "It is complex" in result.output and "Talks in Moscow" in result.output
    assert "the talks were useful" not in result.output


def test_quotes_command_missing_db_and_bad_date(tmp_path: Path) -> None:
    runner = CliRunner()
    missing = runner.invoke(quotes_command, ["--speaker", "X", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 1 and "no such knowledge base" in missing.output
    db = tmp_path / "kb.db"
    make_db(sqlite3.connect(db)).commit()
    bad = runner.invoke(quotes_command, ["--speaker", "X", "--db", str(db), "--since", "Feb 5"])
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.output


def test_quote_timeline_counts_per_month(conn: sqlite3.Connection) -> None:
    assert quote_timeline(conn, "Peskov") == [("2022-02", 3)]
    assert quote_timeline(conn, "Anne") == [("2022-03", 1)]


def test_quotes_command_by_month_and_top_speakers(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    make_db(sqlite3.connect(db)).commit()
    runner = CliRunner()
    by_month = runner.invoke(quotes_command, ["--speaker", "Peskov", "--db", str(db), "--by-month"])
    assert by_month.exit_code == 0 and "2022-02" in by_month.output and "3" in by_month.output
    top = runner.invoke(quotes_command, ["--db", str(db)])
    assert top.exit_code == 0 and top.output.splitlines()[0].split() == ["2", "Dmitry", "Peskov"]


def test_quotes_follow_kb_entities_across_spellings(conn: sqlite3.Connection) -> None:
    from newsgraph.storage.schema import KB_ENTITIES

    conn.executescript(KB_ENTITIES)
    conn.execute("INSERT INTO articles(id, title, published) VALUES ('a4', 'Kyiv', '2022-02-09')")
    conn.execute("INSERT INTO entities(article_id, id, name, type, aliases) VALUES "
                 "('a4', 'e2', 'Volodymyr Zelenskyy', 'PERSON', '[\"Zelenskyy\"]'),"
                 "('a3', 'e5', 'Volodymyr Zelensky', 'PERSON', '[\"Zelensky\"]')")
    conn.execute("INSERT INTO quotes VALUES ('a4', 0, 0, 0, 5, 'We stand', 'direct', 'e2', 'Zelenskyy', 'said'),"
                 "('a3', 1, 0, 0, 5, 'No retreat', 'direct', 'e5', 'Zelensky', 'said')")
    conn.execute("INSERT INTO kb_entities VALUES (1, 'Volodymyr Zelenskyy', 'PERSON', 'UA', NULL, NULL, NULL, 2, 2)")
    conn.executemany("INSERT INTO kb_aliases VALUES (1, ?, 1)", [("Zelensky",), ("Zelenskyy",)])
    conn.executemany("INSERT INTO kb_members VALUES (1, ?, ?)", [("a4", "e2"), ("a3", "e5")])
    assert [r.text for r in quotes_by_speaker(conn, "Zelensky")] == ["We stand", "No retreat"]
    assert [r.text for r in quotes_by_speaker(conn, "Volodymyr Zelenskyy")] == ["We stand", "No retreat"]
    counts = dict(quote_counts_by_speaker(conn))
    assert counts["Volodymyr Zelenskyy"] == 2 and "Volodymyr Zelensky" not in counts
