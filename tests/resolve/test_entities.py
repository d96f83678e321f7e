"""Cross-article entity merging over hand-made KB rows."""

from __future__ import annotations

import json
import sqlite3

import pytest

from newsgraph.resolve.entities import merge_entities
from newsgraph.storage.schema import KB_ENTITIES
from newsgraph.storage.entities import entity_profile

SCHEMA = """
CREATE TABLE articles (id TEXT PRIMARY KEY, published TEXT);
CREATE TABLE entities (article_id TEXT, id TEXT, name TEXT, type TEXT, country TEXT, lat REAL,
                       lon REAL, geonameid TEXT, aliases TEXT, roles TEXT);
CREATE TABLE mentions (article_id TEXT, entity_id TEXT, sentence INTEGER, start_char INTEGER,
                       end_char INTEGER, text TEXT);
"""

# (article, published, entity id, name, type, country, geonameid, aliases, roles, mentions)
ROWS = [
    ("a1", "2022-02-07", "e1", "Volodymyr Zelensky", "PERSON", "UA", None,
     ["Volodymyr Zelensky", "Zelensky"], ["Ukrainian President"], 3),
    ("a2", "2022-03-01", "e1", "Volodymyr Zelenskyy", "PERSON", "UA", None,
     ["Volodymyr Zelenskyy"], ["President"], 2),
    ("a3", "2022-03-05", "e4", "Zelenskiy", "PERSON", None, None, ["Zelenskiy"], [], 1),
    ("a3", "2022-03-05", "e2", "John Smith", "PERSON", "GB", None, ["John Smith"], ["lawyer"], 1),
    ("a4", "2022-03-06", "e1", "Mary Smith", "PERSON", "US", None, ["Mary Smith"], ["senator"], 1),
    ("a4", "2022-03-06", "e2", "Smith", "PERSON", None, None, ["Smith"], [], 2),
    ("a1", "2022-02-07", "e2", "US", "GPE", "US", "6252001", ["US"], [], 1),
    ("a2", "2022-03-01", "e2", "U.S.", "GPE", "US", "6252001", ["U.S."], [], 2),
    ("a3", "2022-03-05", "e1", "United States", "GPE", "US", "6252001", ["United States"], [], 1),
    ("a1", "2022-02-07", "e3", "Kiev", "GPE", "UA", "703448", ["Kiev"], [], 1),
    ("a2", "2022-03-01", "e3", "Kyiv", "GPE", "UA", "703448", ["Kyiv"], [], 1),
    ("a1", "2022-02-07", "e4", "European Union", "ORG", None, None, ["EU", "European Union"], [], 2),
    ("a4", "2022-03-06", "e3", "EU", "ORG", None, None, ["EU"], [], 1),
    ("a2", "2022-03-01", "e4", "eastern Ukraine", "GPE", "UA", "690791", ["eastern Ukraine"], [], 1),
    ("a3", "2022-03-05", "e3", "Ukraine", "GPE", "UA", "690791", ["Ukraine"], [], 1),
]


def kb(rows=ROWS, **options) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", **{k: v for k, v in options.items() if k != "row_factory"})
    if "row_factory" in options:
        conn.row_factory = options["row_factory"]
    conn.executescript(SCHEMA)
    conn.executescript(KB_ENTITIES)
    for article, published in sorted({(r[0], r[1]) for r in rows}):
        conn.execute("INSERT INTO articles VALUES (?, ?)", (article, published))
    for article, _, eid, name, kind, country, gid, aliases, roles, mentions in rows:
        conn.execute("INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     (article, eid, name, kind, country, 1.0 if gid else None, 2.0 if gid else None, gid,
                      json.dumps(aliases), json.dumps(roles)))
        for i in range(mentions):
            conn.execute("INSERT INTO mentions VALUES (?, ?, 0, ?, ?, ?)", (article, eid, i, i + 1, name))
    conn.commit()
    merge_entities(conn)
    assert not conn.in_transaction  # it committed its own transaction
    return conn


def members(conn: sqlite3.Connection, name: str) -> set[tuple[str, str]]:
    profile = entity_profile(conn, name)
    assert profile is not None
    return {tuple(r) for r in conn.execute(
        "SELECT article_id, entity_id FROM kb_members WHERE kb_id = ?", (profile["id"],))}


def test_entities_transliterations_merge_into_one_person():
    conn = kb()
    assert members(conn, "Zelensky") == {("a1", "e1"), ("a2", "e1"), ("a3", "e4")}
    profile = entity_profile(conn, "Zelenskyy")
    assert profile["name"].startswith("Volodymyr Zelensk")
    assert profile["country"] == "UA"
    assert profile["mention_count"] == 6 and profile["article_count"] == 3
    assert {a["alias"] for a in profile["aliases"]} >= {"Volodymyr Zelensky", "Volodymyr Zelenskyy", "Zelenskiy"}
    assert profile["merge_evidence"]


def test_entities_roles_keep_their_dates():
    roles = {r["role"]: r for r in entity_profile(kb(), "Zelensky")["roles"]}
    assert roles["Ukrainian President"]["first_date"] == "2022-02-07"
    assert roles["President"]["last_date"] == "2022-03-01"


def test_entities_two_smiths_stay_apart_and_bare_surname_is_not_forced():
    conn = kb()
    john, mary, smith = (entity_profile(conn, n)["id"] for n in ("John Smith", "Mary Smith", "Smith"))
    assert len({john, mary, smith}) == 3


def test_entities_surname_joins_unique_full_name():
    conn = kb([r for r in ROWS if r[3] != "Mary Smith"])
    assert ("a4", "e2") in members(conn, "John Smith")


@pytest.mark.parametrize("name", ["US", "U.S.", "United States"])
def test_entities_country_forms_merge(name):
    assert members(kb(), name) == {("a1", "e2"), ("a2", "e2"), ("a3", "e1")}


def test_entities_historic_spelling_merges_and_direction_stays_apart():
    conn = kb()
    assert members(conn, "Kiev") == members(conn, "Kyiv") == {("a1", "e3"), ("a2", "e3")}
    assert members(conn, "eastern Ukraine") == {("a2", "e4")}


def test_entities_acronym_used_as_alias_merges():
    assert members(kb(), "EU") == {("a1", "e4"), ("a4", "e3")}


def test_entities_same_result_for_any_row_order():
    def dump(conn: sqlite3.Connection) -> list:
        return [list(conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2"))
                for t in ("kb_entities", "kb_aliases", "kb_members", "kb_roles", "kb_merge_evidence")]

    assert dump(kb(ROWS)) == dump(kb(list(reversed(ROWS)))) == dump(kb(ROWS[5:] + ROWS[:5]))


def test_entities_merge_on_an_autocommit_connection_with_row_objects():
    conn = kb(isolation_level=None, row_factory=sqlite3.Row)
    assert not conn.in_transaction
    assert members(conn, "Zelensky") == {("a1", "e1"), ("a2", "e1"), ("a3", "e4")}
    plain = kb()
    query = "SELECT * FROM kb_entities ORDER BY id"
    assert [tuple(r) for r in conn.execute(query)] == list(plain.execute(query))


def test_entities_merge_inside_the_callers_transaction_leaves_it_open():
    conn = kb()
    conn.execute("BEGIN IMMEDIATE")
    merge_entities(conn)
    assert conn.in_transaction
    conn.execute("COMMIT")
    assert entity_profile(conn, "Zelensky")["article_count"] == 3


def test_entities_merge_is_a_full_recompute():
    conn = kb()
    before = conn.execute("SELECT COUNT(*) FROM kb_entities").fetchone()
    merge_entities(conn)
    assert conn.execute("SELECT COUNT(*) FROM kb_entities").fetchone() == before


def test_entities_unknown_name_has_no_profile():
    assert entity_profile(kb(), "Nobody Atall") is None


def test_entities_ambiguous_name_lists_the_other_referents():
    profile = entity_profile(kb(), "Smith")
    names = {profile["name"]} | {o["name"] for o in profile["other_matches"]}
    assert names == {"Smith"}  # exact name match first; the full names are not aliases "Smith"
    assert entity_profile(kb(), "Zelenskyy")["other_matches"] == []


def test_entities_demonyms_merge_by_country():
    rows = [("a1", "2022-01-01", "e1", "Ukrainian", "NORP", "UA", None, ["Ukrainian"], [], 1),
            ("a2", "2022-01-02", "e1", "Ukrainians", "NORP", "UA", None, ["Ukrainians"], [], 1),
            ("a2", "2022-01-02", "e2", "Russians", "NORP", "RU", None, ["Russians"], [], 1)]
    conn = kb(rows)
    assert members(conn, "Ukrainians") == {("a1", "e1"), ("a2", "e1")}
    assert members(conn, "Russians") == {("a2", "e2")}


def test_entities_entity_command_prints_the_profile(tmp_path):
    from click.testing import CliRunner

    from newsgraph.cli_entities import entity

    path = tmp_path / "kb.sqlite"
    conn = kb()
    disk = __import__("sqlite3").connect(path)
    conn.backup(disk)
    disk.close()
    result = CliRunner().invoke(entity, ["Zelenskiy", "--db", str(path)])
    assert result.exit_code == 0, result.output
    assert "Volodymyr Zelensk" in result.output and "Ukrainian President: 2022-02-07 .. 2022-02-07" in result.output
    missing = CliRunner().invoke(entity, ["Nobody Atall", "--db", str(path)])
    assert missing.exit_code != 0 and "no entity" in missing.output


def test_entities_company_legal_form_merges_across_articles():
    rows = [("a1", "2008-01-01", "e1", "AT&T Inc", "ORG", None, None, ["AT&T Inc"], [], 1),
            ("a2", "2008-01-02", "e1", "AT&T", "ORG", None, None, ["AT&T"], [], 1)]
    assert members(kb(rows), "AT&T") == {("a1", "e1"), ("a2", "e1")}
