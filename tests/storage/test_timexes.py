"""Date queries over the timexes table."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from newsgraph.storage.timexes import dated_between, dated_in, dated_in_week, dated_on
from newsgraph.timeline.dates import day_range

SCHEMA = """
CREATE TABLE articles(id TEXT PRIMARY KEY, title TEXT, published TEXT);
CREATE TABLE sentences(article_id TEXT, idx INTEGER, start_char INTEGER, end_char INTEGER, text TEXT);
CREATE TABLE timexes(article_id TEXT, idx INTEGER, sentence INTEGER, start_char INTEGER, end_char INTEGER,
                     text TEXT, type TEXT, value TEXT, mod TEXT, first_day TEXT, last_day TEXT);
"""

# (article, sentence text, timex text, type, value)
ROWS = [
    ("a1", "Macron will go on to Kyiv Tuesday.", "Tuesday", "DATE", "2022-02-08"),
    ("a1", "Scholz will be in Moscow next week.", "next week", "DATE", "2022-W07"),
    ("a1", "He held a call with Biden on Sunday.", "Sunday", "DATE", "2022-02-06"),
    ("a1", "Kyiv could fall in 48 hours.", "48 hours", "DURATION", "PT48H"),
    ("a1", "The invasion could come by mid-February.", "mid-February", "DATE", "2022-02"),
    ("a2", "Talks were held on Tuesday.", "Tuesday", "DATE", "2022-02-08"),
]


@pytest.fixture
def conn():
    connection = sqlite3.connect(":memory:")
    connection.executescript(SCHEMA)
    connection.execute("INSERT INTO articles VALUES ('a1', 'Macron heads to Moscow', '2022-02-07')")
    connection.execute("INSERT INTO articles VALUES ('a2', 'Talks in Kyiv', '2022-02-09')")
    for i, (article, sentence, text, type_, value) in enumerate(ROWS):
        first, last = day_range(value)
        connection.execute("INSERT INTO sentences VALUES (?, ?, 0, ?, ?)", (article, i, len(sentence), sentence))
        start = sentence.index(text)
        connection.execute(
            "INSERT INTO timexes VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)",
            (article, i, i, start, start + len(text), text, type_, value,
             first.isoformat() if first else None, last.isoformat() if last else None))
    connection.commit()
    yield connection
    connection.close()


def test_dated_on_day_returns_overlapping_ranges(conn):
    found = dated_on(conn, dt.date(2022, 2, 8))
    assert sorted((f.article_id, f.text) for f in found) == [
        ("a1", "Tuesday"), ("a1", "mid-February"), ("a2", "Tuesday")]
    by_article = {(f.article_id, f.text): f for f in found}
    assert by_article[("a1", "Tuesday")].planned is True       # published the day before
    assert by_article[("a2", "Tuesday")].planned is False      # reported afterwards
    assert by_article[("a1", "Tuesday")].sentence_text == "Macron will go on to Kyiv Tuesday."
    assert by_article[("a1", "Tuesday")].title == "Macron heads to Moscow"


def test_dated_on_day_lists_the_narrowest_ranges_first(conn):
    assert [f.text for f in dated_on(conn, dt.date(2022, 2, 8))] == ["Tuesday", "Tuesday", "mid-February"]
    assert [f.text for f in dated_in_week(conn, "2022-W07")] == ["next week", "mid-February"]


def test_dated_in_week_iso_week(conn):
    found = dated_in_week(conn, "2022-W07")
    assert sorted(f.text for f in found) == ["mid-February", "next week"]
    assert sorted(f.text for f in dated_in_week(conn, "2022-W05")) == ["Sunday", "mid-February"]


def test_dated_between_exact_range(conn):
    found = dated_between(conn, dt.date(2022, 2, 14), dt.date(2022, 2, 20), exact=True)
    assert [f.value for f in found] == ["2022-W07"]


def test_dated_on_leaves_out_durations(conn):
    assert all(f.type != "DURATION" for f in dated_on(conn, dt.date(2022, 2, 7)))


@pytest.mark.parametrize(("period", "expected"), [
    ("2022-02-08", ["Tuesday", "Tuesday", "mid-February"]),
    ("2022-W07", ["next week", "mid-February"]),
    ("2022-02", ["Sunday", "Tuesday", "Tuesday", "next week", "mid-February"]),
    ("2022-Q1", ["Sunday", "Tuesday", "Tuesday", "next week", "mid-February"]),
    ("2021-WI", ["Sunday", "Tuesday", "Tuesday", "next week", "mid-February"]),
    ("2022-WI", []),
    ("2022", ["Sunday", "Tuesday", "Tuesday", "next week", "mid-February"]),
    ("2021-03", []),
])
def test_dated_in_any_calendar_period(conn, period, expected):
    assert [f.text for f in dated_in(conn, period)] == expected


@pytest.mark.parametrize("period", ["2022-13", "2022-02-30", "next week", "2022-W7", "22-02", ""])
def test_dated_in_rejects_what_is_no_calendar_period(conn, period):
    with pytest.raises(ValueError, match="not a calendar period"):
        dated_in(conn, period)


def test_dated_in_week_rejects_non_week(conn):
    with pytest.raises(ValueError):
        dated_in_week(conn, "2022-02")


def test_when_command_prints_day(conn, tmp_path):
    from click.testing import CliRunner

    from newsgraph.cli_timexes import when

    path = tmp_path / "kb.sqlite"
    disk = sqlite3.connect(path)
    conn.backup(disk)
    disk.close()
    result = CliRunner().invoke(when, ["2022-02-08", "--db", str(path)])
    assert result.exit_code == 0, result.output
    assert "planned" in result.output and "[Tuesday] Macron will go on to Kyiv Tuesday." in result.output
    result = CliRunner().invoke(when, ["--week", "2022-W07", "--db", str(path), "--planned"])
    assert result.exit_code == 0 and "next week" in result.output
    result = CliRunner().invoke(when, ["--db", str(path)])
    assert result.exit_code != 0


def test_when_command_takes_a_month_and_names_a_bad_period(conn, tmp_path):
    from click.testing import CliRunner

    from newsgraph.cli_timexes import when

    path = tmp_path / "kb.sqlite"
    disk = sqlite3.connect(path)
    conn.backup(disk)
    disk.close()
    result = CliRunner().invoke(when, ["2022-02", "--db", str(path), "--planned"])
    assert result.exit_code == 0, result.output
    assert "[next week] Scholz will be in Moscow next week." in result.output
    assert "[Sunday]" not in result.output  # reported, not planned
    result = CliRunner().invoke(when, ["2022-13", "--db", str(path)])
    assert result.exit_code == 2 and "not a calendar period" in result.output
