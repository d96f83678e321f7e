from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from conftest import SCHEMA, SEED, shared_path
from newsgraph.cli import main


@pytest.fixture(scope="module")
def seed_output() -> dict:
    result = CliRunner().invoke(main, ["extract", str(SEED), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def all_spans(output: dict):
    for sentence in output["article"]["sentences"]:
        yield sentence
    for entity in output["entities"]:
        yield from entity["mentions"]
    for key in ("timexes", "quotes"):
        yield from output[key]


def test_cli_extract_seed_validates_against_the_contract(seed_output: dict) -> None:
    schema = json.loads(shared_path("contract", "extraction.schema.json").read_text())
    jsonschema.validate(seed_output, schema)
    text = seed_output["article"]["text"]
    for span in all_spans(seed_output):
        assert text[span["start"]:span["end"]] == span["text"]


def test_cli_extract_seed_segmentation_and_dateline(seed_output: dict) -> None:
    sentences = [s["text"] for s in seed_output["article"]["sentences"]]
    assert any(s.endswith("with Putin and Zelensky.") for s in sentences)
    assert any(s.startswith("Visits to Moscow by the British") for s in sentences)
    dateline = seed_output["article"]["dateline"]
    assert dateline["place"] == "PARIS"
    entity = next(e for e in seed_output["entities"] if e["id"] == dateline["entity"])
    assert entity["type"] == "GPE"
    assert seed_output["article"]["source"] == "ewn.co.za"
    assert seed_output["article"]["published"] == "2022-02-07"


def test_cli_extract_rejects_bad_input_and_continues(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Title\n20220207\n\nThe minister spoke in Paris on Monday.\n")
    bad = tmp_path / "bad.txt"
    bad.write_text("Title\n7 Feb 2022\n\nBody.\n")
    runner = CliRunner()
    result = runner.invoke(main, ["extract", str(good), str(bad), "--format", "jsonl"])
    assert result.exit_code == 1
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == 1 and json.loads(lines[0])["article"]["title"] == "Title"
    assert f"{bad}:2" in result.stderr and "YYYYMMDD" in result.stderr
    relaxed = runner.invoke(main, ["extract", str(good), str(bad), "--format", "jsonl", "--allow-rejects"])
    assert relaxed.exit_code == 0


def test_cli_build_stats_search(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text(SEED.read_text())
    (corpus / "broken.txt").write_text("Title only\n")
    db = str(tmp_path / "kb.db")
    runner = CliRunner()
    result = runner.invoke(main, ["build", str(corpus), "--db", db])
    assert result.exit_code == 1, result.output
    assert "1 stored" in result.stdout and "1 rejected" in result.stdout
    assert "broken.txt:2" in result.stderr
    result = runner.invoke(main, ["build", str(corpus), "--db", db, "--allow-rejects"])
    assert result.exit_code == 0 and "0 stored" in result.stdout and "1 unchanged" in result.stdout
    stats = json.loads(runner.invoke(main, ["stats", "--db", db, "--json"]).stdout)
    assert stats["counts"]["articles"] == 1 and stats["counts"]["sentences"] == 25
    assert stats["counts"]["rejections"] == 1
    found = json.loads(runner.invoke(main, ["search", "Zelensky Kyiv", "--db", db, "--json"]).stdout)
    assert found and all("Zelensky" in row["text"] and "Kyiv" in row["text"] for row in found)
    assert found[0]["url"].startswith("https://ewn.co.za/")
    assert runner.invoke(main, ["search", 'unbalanced "quote', "--db", db]).exit_code == 0
    listed = runner.invoke(main, ["rejections", "--db", db])
    assert "broken.txt:2 [ingest]" in listed.stdout
    tuesday = runner.invoke(main, ["when", "2022-02-08", "--db", db])
    assert tuesday.exit_code == 0 and "Kyiv Tuesday" in tuesday.stdout
    next_week = runner.invoke(main, ["when", "--week", "2022-W07", "--planned", "--db", db])
    assert "next week" in next_week.stdout


def test_cli_missing_db_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["stats", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "no such knowledge base" in result.stderr


@pytest.mark.parametrize("command", [[], ["extract"], ["build"], ["stats"], ["search"], ["rejections"]])
def test_cli_help(command: list[str]) -> None:
    result = CliRunner().invoke(main, [*command, "--help"])
    assert result.exit_code == 0 and "Usage:" in result.output
